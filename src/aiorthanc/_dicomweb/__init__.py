"""DICOMweb: QIDO-RS, WADO-RS and STOW-RS, streamed; Orthanc's remote DICOMweb servers."""

from aiorthanc._dicomweb._api import DicomWeb, DicomWebClient, RetrieveOptions
from aiorthanc._dicomweb._common import DicomJson, to_dataset
from aiorthanc._dicomweb._multipart import MultipartError, Part
from aiorthanc._dicomweb._qido import QidoSearch, QidoValue, SearchOptions
from aiorthanc._dicomweb._servers import DicomWebServers, RemoteDicomWeb, RemoteStudy
from aiorthanc._dicomweb._stow import StowOutcome, StowReport, StowSource, StowStatus
from aiorthanc._dicomweb._wado import Frame

__all__ = [
    "DicomJson",
    "DicomWeb",
    "DicomWebClient",
    "DicomWebServers",
    "Frame",
    "MultipartError",
    "Part",
    "QidoSearch",
    "QidoValue",
    "RemoteDicomWeb",
    "RemoteStudy",
    "RetrieveOptions",
    "SearchOptions",
    "StowOutcome",
    "StowReport",
    "StowSource",
    "StowStatus",
    "to_dataset",
]
