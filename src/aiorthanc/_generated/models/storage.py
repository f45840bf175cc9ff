# generated: do not edit, run make codegen
"""Pydantic models of Orthanc's JSON answers, family `storage` (generated): AttachmentInfo,
ExportedResource, ExportsPage, ModificationResult, OrderedSlices, ResourceReference,
UploadResult, UploadStatus.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from typing_extensions import TypeAliasType


class AttachmentInfo(BaseModel):
    """
    Information about an attachment (GET /{level}/{id}/attachments/{name}/info).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    compressed_md5: str | None = Field(None, alias="CompressedMD5")
    compressed_size: int = Field(..., alias="CompressedSize")
    content_type: int = Field(..., alias="ContentType")
    uncompressed_md5: str | None = Field(None, alias="UncompressedMD5")
    uncompressed_size: int = Field(..., alias="UncompressedSize")
    uuid: str = Field(..., alias="Uuid")


class ExportedResource(BaseModel):
    """
    One entry of the log of exported resources (`LogExportedResources`); the UIDs of the levels at and above the resource's are present.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    date: str = Field(..., alias="Date")
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the resource.
    """
    path: str = Field(..., alias="Path")
    patient_id: str = Field(..., alias="PatientID")
    remote_modality: str = Field(..., alias="RemoteModality")
    """
    Name of the modality or peer it was sent to.
    """
    resource_type: str = Field(..., alias="ResourceType")
    """
    Patient, Study, Series or Instance.
    """
    sop_instance_uid: str | None = Field(None, alias="SOPInstanceUID")
    seq: int = Field(..., alias="Seq")
    series_instance_uid: str | None = Field(None, alias="SeriesInstanceUID")
    study_instance_uid: str | None = Field(None, alias="StudyInstanceUID")


class ExportsPage(BaseModel):
    """
    A page of the log of exported resources (GET /exports).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    done: bool = Field(..., alias="Done")
    """
    No more entries after this page.
    """
    exports: list[ExportedResource] = Field(..., alias="Exports")
    last: int = Field(..., alias="Last")
    """
    Sequence number to pass as `since` for the next page.
    """


class ModificationResult(BaseModel):
    """
    The result of a modification or anonymization: the new resource (synchronous), or only ID and Path of the job (with `Asynchronous` true).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str | None = Field(None, alias="Description")
    failed_instances_count: int | None = Field(None, alias="FailedInstancesCount")
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the new resource.
    """
    instances_count: int | None = Field(None, alias="InstancesCount")
    is_anonymization: bool | None = Field(None, alias="IsAnonymization")
    path: str = Field(..., alias="Path")
    patient_id: str | None = Field(None, alias="PatientID")
    """
    Orthanc identifier of the patient of the new resource.
    """
    type: str | None = Field(None, alias="Type")


class OrderedSlices(BaseModel):
    """
    The frames of a series in 3D order (GET /series/{id}/ordered-slices).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    dicom: list[str] = Field(..., alias="Dicom")
    """
    Paths of the DICOM files
    """
    slices: list[str] = Field(..., alias="Slices")
    """
    Paths of the frames
    """
    slices_short: list[list[str | int]] = Field(..., alias="SlicesShort")
    """
    [instance ID, first frame, number of frames] for each instance, in order.
    """
    type: str = Field(..., alias="Type")
    """
    Volume (sorted by 3D position) or Sequence (by index).
    """


class ResourceReference(BaseModel):
    """
    A resource found by its DICOM UID (POST /tools/lookup).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., alias="ID")
    path: str = Field(..., alias="Path")
    type: str = Field(..., alias="Type")
    """
    Patient, Study, Series or Instance.
    """


UploadStatus = TypeAliasType(
    "UploadStatus", Literal["Success", "AlreadyStored", "Failure", "FilteredOut"]
)
"""
What Orthanc did with an uploaded instance: stored it (Success), already had it (AlreadyStored, nothing changed), was refused by a filter of the server (FilteredOut), or failed.
"""


class UploadResult(BaseModel):
    """
    The result of storing one DICOM file (POST /instances).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the instance.
    """
    parent_patient: str | None = Field(None, alias="ParentPatient")
    parent_series: str | None = Field(None, alias="ParentSeries")
    parent_study: str | None = Field(None, alias="ParentStudy")
    path: str = Field(..., alias="Path")
    status: UploadStatus = Field(..., alias="Status")
