"""The models the facade wraps, from the generated layer."""

from aiorthanc.models import (
    InstanceInfo,
    InstanceMainDicomTags,
    PatientInfo,
    PatientMainDicomTags,
    ResourceStatistics,
    SeriesInfo,
    SeriesMainDicomTags,
    StudyInfo,
    StudyMainDicomTags,
)

__all__ = [
    "InstanceInfo",
    "InstanceMainDicomTags",
    "PatientInfo",
    "PatientMainDicomTags",
    "ResourceStatistics",
    "SeriesInfo",
    "SeriesMainDicomTags",
    "StudyInfo",
    "StudyMainDicomTags",
]
