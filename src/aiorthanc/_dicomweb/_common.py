"""What the parts of DICOMweb share: resource paths, the DICOM JSON model, pydicom on demand."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import httpx

from aiorthanc._errors import OptionalDependencyError, UnexpectedAnswerError
from aiorthanc._paths import quote_segment

if TYPE_CHECKING:
    import pydicom

__all__ = ["DicomJson", "json_list", "pydicom_module", "resource_path", "to_dataset"]

DicomJson = dict[str, Any]
"""One dataset in the DICOM JSON model: `{"0020000D": {"vr": "UI", "Value": [...]}, ...}`."""


def resource_path(
    root: str, study: str | None = None, series: str | None = None, instance: str | None = None
) -> str:
    """`root/studies/S/series/R/instances/I`, as deep as the UIDs given; each UID escaped."""
    if instance is not None and series is None:
        raise ValueError("an instance is named within its series: give series= too")
    if (series is not None or instance is not None) and study is None:
        raise ValueError("a series is named within its study: give study= too")
    path = root + "/studies"
    for name, uid in (("", study), ("/series", series), ("/instances", instance)):
        if uid is not None:
            path += f"{name}/{quote_segment(uid)}"
    return path


def pydicom_module() -> Any:
    """pydicom, or `OptionalDependencyError` naming the extra."""
    try:
        import pydicom
    except ImportError as exc:
        raise OptionalDependencyError(
            "DICOMweb's Datasets and file names need pydicom, which is not installed: "
            "pip install 'aiorthanc[dicomweb]'"
        ) from exc
    return pydicom


def to_dataset(item: DicomJson) -> pydicom.Dataset:
    """A pydicom Dataset from the DICOM JSON model; bulk data URIs are left empty."""
    dataset: pydicom.Dataset = pydicom_module().Dataset.from_json(
        item, bulk_data_uri_handler=_no_bulk_data
    )
    return dataset


def _no_bulk_data(tag: str, vr: str, uri: str) -> bytes | None:
    # Fetching each BulkDataURI would be a request per attribute: DicomWeb.bulkdata() does it.
    return None


def json_list(response: httpx.Response) -> list[DicomJson]:
    """A DICOM JSON answer (a list of datasets); an empty answer (204) is an empty list."""
    if not response.content:
        return []
    try:
        answer = json.loads(response.content)
    except ValueError:
        kind = response.headers.get("content-type", "no content type")
        raise UnexpectedAnswerError(
            f"{response.request.method} {response.request.url.path} answered {kind}, not DICOM JSON"
        ) from None
    if not isinstance(answer, list) or not all(isinstance(item, dict) for item in answer):
        raise UnexpectedAnswerError(
            f"{response.request.method} {response.request.url.path} answered JSON that is not "
            "a list of datasets"
        )
    return answer
