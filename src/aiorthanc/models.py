"""Typed models of Orthanc's JSON answers (generated from the OpenAPI spec and its overrides).

Attributes are snake_case (`patient.main_dicom_tags.patient_id`); the JSON names are aliases, and
both are accepted when building a model. Fields that a newer Orthanc adds are kept in `model_extra`.
"""

from aiorthanc._generated.models import (
    AttachmentInfo,
    Change,
    ChangesPage,
    InstanceInfo,
    InstanceMainDicomTags,
    JobInfo,
    JobSubmitted,
    Modality,
    ModificationResult,
    PatientInfo,
    PatientMainDicomTags,
    Peer,
    ResourceReference,
    ResourceStatistics,
    SeriesInfo,
    SeriesMainDicomTags,
    Statistics,
    StudyInfo,
    StudyMainDicomTags,
    SystemInfo,
    UploadResult,
)

__all__ = [
    "AttachmentInfo",
    "Change",
    "ChangesPage",
    "InstanceInfo",
    "InstanceMainDicomTags",
    "JobInfo",
    "JobSubmitted",
    "Modality",
    "ModificationResult",
    "PatientInfo",
    "PatientMainDicomTags",
    "Peer",
    "ResourceReference",
    "ResourceStatistics",
    "SeriesInfo",
    "SeriesMainDicomTags",
    "Statistics",
    "StudyInfo",
    "StudyMainDicomTags",
    "SystemInfo",
    "UploadResult",
]
