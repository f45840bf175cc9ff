# generated: do not edit, run make codegen
"""Pydantic models of Orthanc's JSON answers, family `tags` (generated): DicomTag, DicomTags,
InstanceMainDicomTags, MainDicomTagsItem, PatientMainDicomTags, SeriesMainDicomTags,
ShortMainDicomTags, ShortTagValue, ShortTags, SimplifiedTagValue, SimplifiedTags,
StudyMainDicomTags.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal, Union

from pydantic import BaseModel, ConfigDict, Field
from typing_extensions import TypeAliasType


class InstanceMainDicomTags(BaseModel):
    """
    The main DICOM tags of an instance, by DICOM keyword.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    acquisition_number: str | None = Field(None, alias="AcquisitionNumber")
    image_comments: str | None = Field(None, alias="ImageComments")
    image_index: str | None = Field(None, alias="ImageIndex")
    image_orientation_patient: str | None = Field(None, alias="ImageOrientationPatient")
    image_position_patient: str | None = Field(None, alias="ImagePositionPatient")
    instance_creation_date: str | None = Field(None, alias="InstanceCreationDate")
    instance_creation_time: str | None = Field(None, alias="InstanceCreationTime")
    instance_number: str | None = Field(None, alias="InstanceNumber")
    number_of_frames: str | None = Field(None, alias="NumberOfFrames")
    sop_instance_uid: str | None = Field(None, alias="SOPInstanceUID")
    temporal_position_identifier: str | None = Field(None, alias="TemporalPositionIdentifier")


MainDicomTagsItem = TypeAliasType("MainDicomTagsItem", dict[str, Any])
"""
One item of a sequence among the main DICOM tags: its tags by keyword (or by "gggg,eeee" in short format), each a string or a nested sequence.
"""


class PatientMainDicomTags(BaseModel):
    """
    The main DICOM tags of a patient, by DICOM keyword.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    other_patient_i_ds: str | None = Field(None, alias="OtherPatientIDs")
    patient_birth_date: str | None = Field(None, alias="PatientBirthDate")
    patient_id: str | None = Field(None, alias="PatientID")
    patient_name: str | None = Field(None, alias="PatientName")
    patient_sex: str | None = Field(None, alias="PatientSex")


class SeriesMainDicomTags(BaseModel):
    """
    The main DICOM tags of a series, by DICOM keyword.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    acquisition_device_processing_description: str | None = Field(
        None, alias="AcquisitionDeviceProcessingDescription"
    )
    body_part_examined: str | None = Field(None, alias="BodyPartExamined")
    cardiac_number_of_images: str | None = Field(None, alias="CardiacNumberOfImages")
    contrast_bolus_agent: str | None = Field(None, alias="ContrastBolusAgent")
    image_orientation_patient: str | None = Field(None, alias="ImageOrientationPatient")
    images_in_acquisition: str | None = Field(None, alias="ImagesInAcquisition")
    manufacturer: str | None = Field(None, alias="Manufacturer")
    modality: str | None = Field(None, alias="Modality")
    number_of_slices: str | None = Field(None, alias="NumberOfSlices")
    number_of_temporal_positions: str | None = Field(None, alias="NumberOfTemporalPositions")
    number_of_time_slices: str | None = Field(None, alias="NumberOfTimeSlices")
    operators_name: str | None = Field(None, alias="OperatorsName")
    performed_procedure_step_description: str | None = Field(
        None, alias="PerformedProcedureStepDescription"
    )
    performed_procedure_step_start_date: str | None = Field(
        None, alias="PerformedProcedureStepStartDate"
    )
    """
    Orthanc 1.12+.
    """
    performed_procedure_step_start_time: str | None = Field(
        None, alias="PerformedProcedureStepStartTime"
    )
    """
    Orthanc 1.12+.
    """
    protocol_name: str | None = Field(None, alias="ProtocolName")
    request_attributes_sequence: list[MainDicomTagsItem] | None = Field(
        None, alias="RequestAttributesSequence"
    )
    """
    Orthanc 1.12+: the requested procedures, one item each (a sequence).
    """
    sequence_name: str | None = Field(None, alias="SequenceName")
    series_date: str | None = Field(None, alias="SeriesDate")
    series_description: str | None = Field(None, alias="SeriesDescription")
    series_instance_uid: str | None = Field(None, alias="SeriesInstanceUID")
    series_number: str | None = Field(None, alias="SeriesNumber")
    series_time: str | None = Field(None, alias="SeriesTime")
    series_type: str | None = Field(None, alias="SeriesType")
    station_name: str | None = Field(None, alias="StationName")
    timezone_offset_from_utc: str | None = Field(None, alias="TimezoneOffsetFromUTC")
    """
    Orthanc 1.12+.
    """


ShortMainDicomTags = TypeAliasType("ShortMainDicomTags", dict[str, str | list[MainDicomTagsItem]])
"""
Main DICOM tags in short format: "gggg,eeee" (lower-case hexadecimal) -> value.
"""


class StudyMainDicomTags(BaseModel):
    """
    The main DICOM tags of a study, by DICOM keyword.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    accession_number: str | None = Field(None, alias="AccessionNumber")
    institution_name: str | None = Field(None, alias="InstitutionName")
    referring_physician_name: str | None = Field(None, alias="ReferringPhysicianName")
    requested_procedure_description: str | None = Field(None, alias="RequestedProcedureDescription")
    requesting_physician: str | None = Field(None, alias="RequestingPhysician")
    study_date: str | None = Field(None, alias="StudyDate")
    study_description: str | None = Field(None, alias="StudyDescription")
    study_id: str | None = Field(None, alias="StudyID")
    study_instance_uid: str | None = Field(None, alias="StudyInstanceUID")
    study_time: str | None = Field(None, alias="StudyTime")
    timezone_offset_from_utc: str | None = Field(None, alias="TimezoneOffsetFromUTC")


class DicomTag(BaseModel):
    """
    One DICOM tag in Orthanc's full format: its keyword, the kind of value, and the value (a string, a list of items for a sequence, None for Null and TooLong values).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    name: str = Field(..., alias="Name")
    """
    DICOM keyword, e.g. PatientName.
    """
    type: Literal["String", "Sequence", "Null", "TooLong", "Binary"] = Field(..., alias="Type")
    value: list[DicomTags] | str | None = Field(None, alias="Value")
    """
    The value; for a sequence, one tag dictionary per item.
    """


DicomTags = TypeAliasType("DicomTags", dict[str, DicomTag])
"""
DICOM tags in full format: "gggg,eeee" (lower-case hexadecimal) -> DicomTag.
"""


ShortTagValue = TypeAliasType("ShortTagValue", Union["list[ShortTags]", str] | None)
"""
A tag value in short format; a sequence is a list of tag dictionaries.
"""


ShortTags = TypeAliasType("ShortTags", dict[str, ShortTagValue])
"""
DICOM tags in short format: "gggg,eeee" -> value.
"""


SimplifiedTagValue = TypeAliasType("SimplifiedTagValue", Union["list[SimplifiedTags]", str] | None)
"""
A tag value in simplified format; a sequence is a list of tag dictionaries.
"""


SimplifiedTags = TypeAliasType("SimplifiedTags", dict[str, SimplifiedTagValue])
"""
DICOM tags in simplified format: keyword (e.g. "PatientName") -> value.
"""


DicomTag.model_rebuild()
