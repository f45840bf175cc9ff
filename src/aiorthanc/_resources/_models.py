"""Models of the expanded resource answers, used by the facade.

Provisional: the generated layer (`aiorthanc.models`) defines the same names with the same field
aliases; this module then only re-exports them. Fields the server adds are kept (`extra="allow"`).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "InstanceInfo",
    "InstanceMainDicomTags",
    "PatientInfo",
    "PatientMainDicomTags",
    "SeriesInfo",
    "SeriesMainDicomTags",
    "StudyInfo",
    "StudyMainDicomTags",
]


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="allow")


class PatientMainDicomTags(_Model):
    """Main DICOM tags of a patient."""

    patient_id: str | None = Field(default=None, alias="PatientID")
    patient_name: str | None = Field(default=None, alias="PatientName")
    patient_birth_date: str | None = Field(default=None, alias="PatientBirthDate")
    patient_sex: str | None = Field(default=None, alias="PatientSex")
    other_patient_ids: str | None = Field(default=None, alias="OtherPatientIDs")


class StudyMainDicomTags(_Model):
    """Main DICOM tags of a study."""

    study_instance_uid: str | None = Field(default=None, alias="StudyInstanceUID")
    study_date: str | None = Field(default=None, alias="StudyDate")
    study_time: str | None = Field(default=None, alias="StudyTime")
    study_description: str | None = Field(default=None, alias="StudyDescription")
    study_id: str | None = Field(default=None, alias="StudyID")
    accession_number: str | None = Field(default=None, alias="AccessionNumber")
    referring_physician_name: str | None = Field(default=None, alias="ReferringPhysicianName")
    institution_name: str | None = Field(default=None, alias="InstitutionName")
    requested_procedure_description: str | None = Field(
        default=None, alias="RequestedProcedureDescription"
    )


class SeriesMainDicomTags(_Model):
    """Main DICOM tags of a series."""

    series_instance_uid: str | None = Field(default=None, alias="SeriesInstanceUID")
    modality: str | None = Field(default=None, alias="Modality")
    series_description: str | None = Field(default=None, alias="SeriesDescription")
    series_number: str | None = Field(default=None, alias="SeriesNumber")
    series_date: str | None = Field(default=None, alias="SeriesDate")
    series_time: str | None = Field(default=None, alias="SeriesTime")
    body_part_examined: str | None = Field(default=None, alias="BodyPartExamined")
    protocol_name: str | None = Field(default=None, alias="ProtocolName")
    manufacturer: str | None = Field(default=None, alias="Manufacturer")
    station_name: str | None = Field(default=None, alias="StationName")


class InstanceMainDicomTags(_Model):
    """Main DICOM tags of an instance."""

    sop_instance_uid: str | None = Field(default=None, alias="SOPInstanceUID")
    instance_number: str | None = Field(default=None, alias="InstanceNumber")
    acquisition_number: str | None = Field(default=None, alias="AcquisitionNumber")
    number_of_frames: str | None = Field(default=None, alias="NumberOfFrames")
    image_position_patient: str | None = Field(default=None, alias="ImagePositionPatient")
    image_orientation_patient: str | None = Field(default=None, alias="ImageOrientationPatient")
    instance_creation_date: str | None = Field(default=None, alias="InstanceCreationDate")
    instance_creation_time: str | None = Field(default=None, alias="InstanceCreationTime")


class PatientInfo(_Model):
    """A patient: GET /patients/{id}, or an item of GET /patients?expand."""

    id: str = Field(alias="ID")
    type: str = Field(default="Patient", alias="Type")
    is_stable: bool = Field(default=False, alias="IsStable")
    last_update: str | None = Field(default=None, alias="LastUpdate")
    main_dicom_tags: PatientMainDicomTags = Field(
        default_factory=lambda: PatientMainDicomTags.model_validate({}), alias="MainDicomTags"
    )
    studies: list[str] = Field(default_factory=list, alias="Studies")


class StudyInfo(_Model):
    """A study: GET /studies/{id}, or an item of GET /studies?expand."""

    id: str = Field(alias="ID")
    type: str = Field(default="Study", alias="Type")
    is_stable: bool = Field(default=False, alias="IsStable")
    last_update: str | None = Field(default=None, alias="LastUpdate")
    main_dicom_tags: StudyMainDicomTags = Field(
        default_factory=lambda: StudyMainDicomTags.model_validate({}), alias="MainDicomTags"
    )
    parent_patient: str = Field(alias="ParentPatient")
    patient_main_dicom_tags: PatientMainDicomTags = Field(
        default_factory=lambda: PatientMainDicomTags.model_validate({}),
        alias="PatientMainDicomTags",
    )
    series: list[str] = Field(default_factory=list, alias="Series")


class SeriesInfo(_Model):
    """A series: GET /series/{id}, or an item of GET /series?expand."""

    id: str = Field(alias="ID")
    type: str = Field(default="Series", alias="Type")
    is_stable: bool = Field(default=False, alias="IsStable")
    last_update: str | None = Field(default=None, alias="LastUpdate")
    main_dicom_tags: SeriesMainDicomTags = Field(
        default_factory=lambda: SeriesMainDicomTags.model_validate({}), alias="MainDicomTags"
    )
    parent_study: str = Field(alias="ParentStudy")
    instances: list[str] = Field(default_factory=list, alias="Instances")
    expected_number_of_instances: int | None = Field(
        default=None, alias="ExpectedNumberOfInstances"
    )
    status: str | None = Field(default=None, alias="Status")


class InstanceInfo(_Model):
    """An instance: GET /instances/{id}, or an item of GET /instances?expand."""

    id: str = Field(alias="ID")
    type: str = Field(default="Instance", alias="Type")
    main_dicom_tags: InstanceMainDicomTags = Field(
        default_factory=lambda: InstanceMainDicomTags.model_validate({}), alias="MainDicomTags"
    )
    parent_series: str = Field(alias="ParentSeries")
    file_size: int | None = Field(default=None, alias="FileSize")
    file_uuid: str | None = Field(default=None, alias="FileUuid")
    index_in_series: int | None = Field(default=None, alias="IndexInSeries")
