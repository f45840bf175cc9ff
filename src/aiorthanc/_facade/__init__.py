"""The facade: resource objects, collections, find, forest, downloads and export."""

from aiorthanc._facade._base import OptionalDependencyError, Resource
from aiorthanc._facade._collections import (
    InstanceCollection,
    PatientCollection,
    ResourceCollection,
    SeriesCollection,
    StudyCollection,
)
from aiorthanc._facade._download import DownloadTarget, ProgressCallback
from aiorthanc._facade._export import ExportProgressCallback, ExportResult, export
from aiorthanc._facade._find import DateRange, MetadataMatcher, QueryValue
from aiorthanc._facade._forest import Depth, Forest, build_forest
from aiorthanc._facade._layout import (
    DEFAULT_LAYOUT,
    ExportPathError,
    FolderLayout,
    LayoutFunction,
    sanitize_component,
)
from aiorthanc._facade._levels import ImageFormat, Instance, Patient, Series, Study

__all__ = [
    "DEFAULT_LAYOUT",
    "DateRange",
    "Depth",
    "DownloadTarget",
    "ExportPathError",
    "ExportProgressCallback",
    "ExportResult",
    "Forest",
    "FolderLayout",
    "ImageFormat",
    "Instance",
    "InstanceCollection",
    "LayoutFunction",
    "MetadataMatcher",
    "OptionalDependencyError",
    "Patient",
    "PatientCollection",
    "ProgressCallback",
    "QueryValue",
    "Resource",
    "ResourceCollection",
    "Series",
    "SeriesCollection",
    "Study",
    "StudyCollection",
    "build_forest",
    "export",
    "sanitize_component",
]
