# generated: do not edit, run make codegen
"""Pydantic models of Orthanc's JSON answers, family `resources` (generated): FoundResource,
InstanceInfo, InstanceInfoFull, InstanceInfoShort, PatientInfo, PatientInfoFull,
PatientInfoShort, SeriesInfo, SeriesInfoFull, SeriesInfoShort, StudyInfo, StudyInfoFull,
StudyInfoShort.
"""

from __future__ import annotations

from typing import ClassVar, Literal, Union

from pydantic import BaseModel, ConfigDict, Field
from typing_extensions import TypeAliasType

from . import tags


class InstanceInfo(BaseModel):
    """
    An instance as Orthanc describes it (GET /instances/{id}).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    file_size: int = Field(..., alias="FileSize")
    """
    Size of the DICOM file in bytes.
    """
    file_uuid: str = Field(..., alias="FileUuid")
    """
    Identifier of the DICOM file in the storage area.
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the instance.
    """
    index_in_series: int | None = Field(None, alias="IndexInSeries")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    main_dicom_tags: tags.InstanceMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_series: str = Field(..., alias="ParentSeries")
    """
    Orthanc identifier of the series.
    """
    type: Literal["Instance"] = Field(..., alias="Type")


class InstanceInfoShort(BaseModel):
    """
    An instance with its main DICOM tags in short format ("gggg,eeee" -> value): `short=True`.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    file_size: int = Field(..., alias="FileSize")
    """
    Size of the DICOM file in bytes.
    """
    file_uuid: str = Field(..., alias="FileUuid")
    """
    Identifier of the DICOM file in the storage area.
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the instance.
    """
    index_in_series: int | None = Field(None, alias="IndexInSeries")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    main_dicom_tags: tags.ShortMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_series: str = Field(..., alias="ParentSeries")
    """
    Orthanc identifier of the series.
    """
    type: Literal["Instance"] = Field(..., alias="Type")


class PatientInfo(BaseModel):
    """
    A patient as Orthanc describes it (GET /patients/{id}).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the patient.
    """
    is_protected: bool | None = Field(None, alias="IsProtected")
    """
    Protected against recycling (Orthanc 1.12+).
    """
    is_stable: bool = Field(..., alias="IsStable")
    """
    No new instance was received for StableAge seconds.
    """
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    """
    Time of the last change (YYYYMMDDTHHMMSS).
    """
    main_dicom_tags: tags.PatientMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    studies: list[str] = Field(..., alias="Studies")
    """
    Orthanc identifiers of the studies.
    """
    type: Literal["Patient"] = Field(..., alias="Type")


class PatientInfoShort(BaseModel):
    """
    A patient with its main DICOM tags in short format ("gggg,eeee" -> value): `short=True`.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the patient.
    """
    is_protected: bool | None = Field(None, alias="IsProtected")
    """
    Protected against recycling (Orthanc 1.12+).
    """
    is_stable: bool = Field(..., alias="IsStable")
    """
    No new instance was received for StableAge seconds.
    """
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    """
    Time of the last change (YYYYMMDDTHHMMSS).
    """
    main_dicom_tags: tags.ShortMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    studies: list[str] = Field(..., alias="Studies")
    """
    Orthanc identifiers of the studies.
    """
    type: Literal["Patient"] = Field(..., alias="Type")


class SeriesInfo(BaseModel):
    """
    A series as Orthanc describes it (GET /series/{id}).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    expected_number_of_instances: int | None = Field(None, alias="ExpectedNumberOfInstances")
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the series.
    """
    instances: list[str] = Field(..., alias="Instances")
    """
    Orthanc identifiers of the instances.
    """
    is_stable: bool = Field(..., alias="IsStable")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    main_dicom_tags: tags.SeriesMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_study: str = Field(..., alias="ParentStudy")
    """
    Orthanc identifier of the study.
    """
    status: str = Field(..., alias="Status")
    """
    Completeness of the series: Unknown, Missing, Inconsistent or Complete.
    """
    type: Literal["Series"] = Field(..., alias="Type")


class SeriesInfoShort(BaseModel):
    """
    A series with its main DICOM tags in short format ("gggg,eeee" -> value): `short=True`.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    expected_number_of_instances: int | None = Field(None, alias="ExpectedNumberOfInstances")
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the series.
    """
    instances: list[str] = Field(..., alias="Instances")
    """
    Orthanc identifiers of the instances.
    """
    is_stable: bool = Field(..., alias="IsStable")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    main_dicom_tags: tags.ShortMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_study: str = Field(..., alias="ParentStudy")
    """
    Orthanc identifier of the study.
    """
    status: str = Field(..., alias="Status")
    """
    Completeness of the series: Unknown, Missing, Inconsistent or Complete.
    """
    type: Literal["Series"] = Field(..., alias="Type")


class StudyInfo(BaseModel):
    """
    A study as Orthanc describes it (GET /studies/{id}).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the study.
    """
    is_stable: bool = Field(..., alias="IsStable")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    main_dicom_tags: tags.StudyMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_patient: str = Field(..., alias="ParentPatient")
    """
    Orthanc identifier of the patient.
    """
    patient_main_dicom_tags: tags.PatientMainDicomTags = Field(..., alias="PatientMainDicomTags")
    series: list[str] = Field(..., alias="Series")
    """
    Orthanc identifiers of the series.
    """
    type: Literal["Study"] = Field(..., alias="Type")


class StudyInfoShort(BaseModel):
    """
    A study with its main DICOM tags in short format ("gggg,eeee" -> value): `short=True`.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the study.
    """
    is_stable: bool = Field(..., alias="IsStable")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    main_dicom_tags: tags.ShortMainDicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_patient: str = Field(..., alias="ParentPatient")
    """
    Orthanc identifier of the patient.
    """
    patient_main_dicom_tags: tags.ShortMainDicomTags = Field(..., alias="PatientMainDicomTags")
    series: list[str] = Field(..., alias="Series")
    """
    Orthanc identifiers of the series.
    """
    type: Literal["Study"] = Field(..., alias="Type")


FoundResource = TypeAliasType(
    "FoundResource",
    Union[
        str,
        PatientInfoShort,
        StudyInfoShort,
        SeriesInfoShort,
        InstanceInfoShort,
        "PatientInfoFull",
        "StudyInfoFull",
        "SeriesInfoFull",
        "InstanceInfoFull",
        PatientInfo,
        StudyInfo,
        SeriesInfo,
        InstanceInfo,
    ],
)
"""
An item of a /tools/find answer: an Orthanc identifier, or the resource (Expand) in the tag format of Short / Full.
"""


class InstanceInfoFull(BaseModel):
    """
    An instance with its main DICOM tags in full format ("gggg,eeee" -> name, type, value): `full=True`.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    file_size: int = Field(..., alias="FileSize")
    """
    Size of the DICOM file in bytes.
    """
    file_uuid: str = Field(..., alias="FileUuid")
    """
    Identifier of the DICOM file in the storage area.
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the instance.
    """
    index_in_series: int | None = Field(None, alias="IndexInSeries")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    main_dicom_tags: tags.DicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_series: str = Field(..., alias="ParentSeries")
    """
    Orthanc identifier of the series.
    """
    type: Literal["Instance"] = Field(..., alias="Type")


class PatientInfoFull(BaseModel):
    """
    A patient with its main DICOM tags in full format ("gggg,eeee" -> name, type, value): `full=True`.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the patient.
    """
    is_protected: bool | None = Field(None, alias="IsProtected")
    """
    Protected against recycling (Orthanc 1.12+).
    """
    is_stable: bool = Field(..., alias="IsStable")
    """
    No new instance was received for StableAge seconds.
    """
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    """
    Time of the last change (YYYYMMDDTHHMMSS).
    """
    main_dicom_tags: tags.DicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    studies: list[str] = Field(..., alias="Studies")
    """
    Orthanc identifiers of the studies.
    """
    type: Literal["Patient"] = Field(..., alias="Type")


class SeriesInfoFull(BaseModel):
    """
    A series with its main DICOM tags in full format ("gggg,eeee" -> name, type, value): `full=True`.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    expected_number_of_instances: int | None = Field(None, alias="ExpectedNumberOfInstances")
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the series.
    """
    instances: list[str] = Field(..., alias="Instances")
    """
    Orthanc identifiers of the instances.
    """
    is_stable: bool = Field(..., alias="IsStable")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    main_dicom_tags: tags.DicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_study: str = Field(..., alias="ParentStudy")
    """
    Orthanc identifier of the study.
    """
    status: str = Field(..., alias="Status")
    """
    Completeness of the series: Unknown, Missing, Inconsistent or Complete.
    """
    type: Literal["Series"] = Field(..., alias="Type")


class StudyInfoFull(BaseModel):
    """
    A study with its main DICOM tags in full format ("gggg,eeee" -> name, type, value): `full=True`.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    anonymized_from: str | None = Field(None, alias="AnonymizedFrom")
    """
    Orthanc identifier of the original resource (anonymized copies).
    """
    id: str = Field(..., alias="ID")
    """
    Orthanc identifier of the study.
    """
    is_stable: bool = Field(..., alias="IsStable")
    labels: list[str] | None = Field(None, alias="Labels")
    """
    Labels (Orthanc 1.12+).
    """
    last_update: str = Field(..., alias="LastUpdate")
    main_dicom_tags: tags.DicomTags = Field(..., alias="MainDicomTags")
    metadata: dict[str, str] | None = Field(None, alias="Metadata")
    """
    Metadata by name (POST /tools/bulk-content only).
    """
    modified_from: str | None = Field(None, alias="ModifiedFrom")
    """
    Orthanc identifier of the original resource (modified copies).
    """
    parent_patient: str = Field(..., alias="ParentPatient")
    """
    Orthanc identifier of the patient.
    """
    patient_main_dicom_tags: tags.DicomTags = Field(..., alias="PatientMainDicomTags")
    series: list[str] = Field(..., alias="Series")
    """
    Orthanc identifiers of the series.
    """
    type: Literal["Study"] = Field(..., alias="Type")
