"""The facade: resource objects, collections, find, forest, downloads and export."""

from aiorthanc._facade._archives import archive_request
from aiorthanc._facade._base import OptionalDependencyError, Resource
from aiorthanc._facade._bulk_modify import copy_many
from aiorthanc._facade._changes import ChangeFollower, Changes, Checkpoint
from aiorthanc._facade._collections import (
    InstanceCollection,
    PatientCollection,
    ResourceCollection,
    SeriesCollection,
    StudyCollection,
)
from aiorthanc._facade._download import DownloadTarget, ProgressCallback, download, stream_chunks
from aiorthanc._facade._enums import Change, ChangeType, JobInfo, JobState
from aiorthanc._facade._export import (
    ExportOptions,
    ExportProgressCallback,
    ExportResult,
    export,
    export_with,
)
from aiorthanc._facade._forest import Depth, Forest, ForestOptions, build_forest, build_forest_with
from aiorthanc._facade._instance_data import ImageFormat
from aiorthanc._facade._jobs import (
    Job,
    JobError,
    JobFailedError,
    JobProgressCallback,
    Jobs,
    JobTimeoutError,
)
from aiorthanc._facade._labels import server_labels
from aiorthanc._facade._layout import (
    DEFAULT_LAYOUT,
    ExportPathError,
    FolderLayout,
    LayoutFunction,
    sanitize_component,
)
from aiorthanc._facade._levels import Instance, Patient, Series, Study
from aiorthanc._facade._modalities import Modalities, Modality, RetrieveMethod
from aiorthanc._facade._modify import Modifiable
from aiorthanc._facade._options import HELP, takes_options
from aiorthanc._facade._peers import Peer, Peers
from aiorthanc._facade._query import (
    CountOptions,
    DateRange,
    FindOptions,
    LabelsConstraint,
    MetadataMatcher,
    QueryValue,
)
from aiorthanc._facade._routing import (
    RouteOptions,
    RouteProgressCallback,
    RouteReport,
    RouteWhat,
    route_with,
)
from aiorthanc._facade._sending import SendTarget
from aiorthanc._facade._streamed import StreamedAnswer, open_stream

__all__ = [
    "archive_request",
    "copy_many",
    "Modifiable",
    "RouteOptions",
    "RouteProgressCallback",
    "RouteReport",
    "RouteWhat",
    "route_with",
    "Peer",
    "Peers",
    "SendTarget",
    "StreamedAnswer",
    "open_stream",
    "Job",
    "JobError",
    "JobFailedError",
    "JobProgressCallback",
    "JobTimeoutError",
    "Jobs",
    "ChangeFollower",
    "Changes",
    "Checkpoint",
    "Change",
    "ChangeType",
    "JobInfo",
    "JobState",
    "CountOptions",
    "LabelsConstraint",
    "Modalities",
    "Modality",
    "RetrieveMethod",
    "server_labels",
    "DEFAULT_LAYOUT",
    "HELP",
    "DateRange",
    "Depth",
    "DownloadTarget",
    "ExportOptions",
    "ExportPathError",
    "ExportProgressCallback",
    "ExportResult",
    "FindOptions",
    "Forest",
    "ForestOptions",
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
    "build_forest_with",
    "download",
    "export",
    "export_with",
    "stream_chunks",
    "sanitize_component",
    "takes_options",
]
