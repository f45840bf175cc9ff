# generated: do not edit, run make codegen
"""Pydantic models of Orthanc's JSON answers, family `storage` (generated): AttachmentInfo,
BulkModificationResult, DeletionResult, ExportedResource, ExportsPage, MergeResult,
ModificationResult, OrderedSlices, ResourceReference, SplitResult, UploadResult, UploadStatus.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field
from typing_extensions import TypeAliasType

from . import other


class AttachmentInfo(BaseModel):
    """
    Information about an attachment (GET /{level}/{id}/attachments/{name}/info).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
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

    model_config: ClassVar[ConfigDict] = ConfigDict(
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

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    done: bool = Field(..., alias="Done")
    """
    No more entries after this page.
    """
    exports: list[ExportedResource] = Field(..., alias="Exports")
    first: int | None = Field(None, alias="First")
    """
    Sequence number of the first entry of the page (Orthanc 1.12+).
    """
    last: int = Field(..., alias="Last")
    """
    Sequence number to pass as `since` for the next page.
    """


class MergeResult(BaseModel):
    """
    The result of a synchronous merge into a study. With `Asynchronous` true the answer is a JobSubmitted instead.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str = Field(..., alias="Description")
    failed_instances_count: int = Field(..., alias="FailedInstancesCount")
    instances_count: int = Field(..., alias="InstancesCount")
    target_study: str = Field(..., alias="TargetStudy")
    """
    Orthanc identifier of the study merged into.
    """


class ModificationResult(BaseModel):
    """
    The result of a synchronous modification or anonymization (patient, study or series): the new resource. With `Asynchronous` true the answer is a JobSubmitted instead.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str = Field(..., alias="Description")
    failed_instances_count: int = Field(..., alias="FailedInstancesCount")
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the new resource.
    """
    instances_count: int = Field(..., alias="InstancesCount")
    is_anonymization: bool = Field(..., alias="IsAnonymization")
    parent_resources: list[str] | None = Field(None, alias="ParentResources")
    """
    Orthanc identifiers of the resources modified (Orthanc 1.12+).
    """
    path: str = Field(..., alias="Path")
    patient_id: str = Field(..., alias="PatientID")
    """
    Orthanc identifier of the patient of the new resource.
    """
    resources: list[other.ModifiedResource] | None = Field(None, alias="Resources")
    """
    The resources modified (Orthanc 1.13+).
    """
    type: str = Field(..., alias="Type")
    """
    Patient, Study or Series.
    """


class OrderedSlices(BaseModel):
    """
    The frames of a series in 3D order (GET /series/{id}/ordered-slices).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
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

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., alias="ID")
    path: str = Field(..., alias="Path")
    type: str = Field(..., alias="Type")
    """
    Patient, Study, Series or Instance.
    """


class SplitResult(BaseModel):
    """
    The result of a synchronous split of a study: the new study. With `Asynchronous` true the answer is a JobSubmitted instead.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str = Field(..., alias="Description")
    failed_instances_count: int = Field(..., alias="FailedInstancesCount")
    instances_count: int = Field(..., alias="InstancesCount")
    target_study: str = Field(..., alias="TargetStudy")
    """
    Orthanc identifier of the new study.
    """
    target_study_uid: str = Field(..., alias="TargetStudyUID")
    """
    StudyInstanceUID of the new study.
    """


UploadStatus = TypeAliasType(
    "UploadStatus", Literal["Success", "AlreadyStored", "Failure", "FilteredOut"]
)
"""
What Orthanc did with an uploaded instance: stored it (Success), already had it (AlreadyStored, nothing changed), was refused by a filter of the server (FilteredOut), or failed.
"""


class BulkModificationResult(BaseModel):
    """
    The result of a synchronous bulk modification or anonymization: every resource created, at each level. With `Asynchronous` true the answer is a JobSubmitted instead.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str = Field(..., alias="Description")
    failed_instances_count: int = Field(..., alias="FailedInstancesCount")
    instances_count: int = Field(..., alias="InstancesCount")
    is_anonymization: bool = Field(..., alias="IsAnonymization")
    parent_resources: list[str] | None = Field(None, alias="ParentResources")
    """
    Orthanc identifiers of the resources modified (Orthanc 1.12+).
    """
    resources: list[ResourceReference] = Field(..., alias="Resources")


class DeletionResult(BaseModel):
    """
    The answer to the deletion of a patient, study, series or instance.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    remaining_ancestor: ResourceReference | None = Field(..., alias="RemainingAncestor")
    """
    The closest parent that still exists (it has other children), or None.
    """


class UploadResult(BaseModel):
    """
    The result of storing one DICOM file (POST /instances).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
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
