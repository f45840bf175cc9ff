"""Upload of one DICOM source to `POST /instances`, streamed, with a typed answer."""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterable
from typing import IO, TYPE_CHECKING, TypeAlias, cast

import anyio.to_thread
import pydantic

from aiorthanc._content import RequestContent
from aiorthanc._errors import UnexpectedAnswerError
from aiorthanc._generated.models import UploadResult
from aiorthanc._retry import RetryPolicy
from aiorthanc._session import Session

if TYPE_CHECKING:
    import pydicom

__all__ = [
    "UnexpectedAnswerError",
    "UploadSource",
    "post_instances",
    "upload",
    "upload_zip",
]

# One string: type checkers other than mypy do not read concatenated literals as a type.
UploadSource: TypeAlias = "str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | AsyncIterable[bytes] | pydicom.Dataset"  # noqa: E501
"""What `upload` accepts: a file path, DICOM bytes, a binary file opened for reading, an async
iterable of bytes, or a pydicom Dataset."""

_OCTET_STREAM = {"Content-Type": "application/dicom", "Accept": "application/json"}
_ZIP = {"Content-Type": "application/zip", "Accept": "application/json"}


async def post_instances(
    orthanc: Session,
    content: RequestContent,
    *,
    zip: bool = False,
    retries: RetryPolicy | int | None = None,
) -> list[UploadResult]:
    """POST a body to `/instances` and return one result per instance Orthanc took.

    A single file answers one result; a ZIP answers one result per member that Orthanc could
    read (members that are not DICOM are silently left out by the server). The request is sent
    as idempotent: storing an instance twice only answers `AlreadyStored`. `retries` overrides
    the client's policy (the importer's asks for a deadline).
    """
    response = await orthanc.request(
        "POST",
        "/instances",
        content=content,
        headers=_ZIP if zip else _OCTET_STREAM,
        idempotent=True,
        retries=retries,
    )
    try:
        answer = response.json()
    except ValueError:
        raise UnexpectedAnswerError(
            f"POST /instances answered non-JSON ({len(response.content)} bytes)"
        ) from None
    items = answer if isinstance(answer, list) else [answer]
    try:
        return [UploadResult.model_validate(item) for item in items]
    except pydantic.ValidationError as exc:
        raise UnexpectedAnswerError(f"POST /instances answered {answer!r:.200}: {exc}") from None


async def upload(orthanc: Session, source: UploadSource) -> UploadResult:
    """Upload one DICOM instance, streamed, and return Orthanc's verdict.

    ::

        result = await upload(orthanc, "scan.dcm")
        if result.status == "AlreadyStored": ...

    `source` is a path (streamed from disk), bytes, a binary file, an async iterable of bytes
    (streamed, so it cannot be retried once sent), or a pydicom Dataset (written to an anonymous
    temporary file, not copied in memory). For many files or archives, use
    `import_dicom`.

    Raises:
        BadRequestError: the server could not read the file as DICOM.
        UnexpectedAnswerError: the source was a ZIP (use `upload_zip`).
        APIError: for any other failure of the request.
    """
    results = await _upload(orthanc, source, zip=False)
    if len(results) != 1:
        raise UnexpectedAnswerError(
            f"Orthanc answered {len(results)} instances: the source looks like a ZIP archive, "
            "use upload_zip() or import_dicom()"
        )
    return results[0]


async def upload_zip(orthanc: Session, source: UploadSource) -> list[UploadResult]:
    """Upload a ZIP archive of DICOM files in one request; one result per instance stored.

    Members that Orthanc cannot read are left out of the answer without an error; use
    `import_dicom` to get a verdict for every member.
    """
    return await _upload(orthanc, source, zip=True)


async def _upload(orthanc: Session, source: UploadSource, *, zip: bool) -> list[UploadResult]:
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as file:  # noqa: ASYNC230 - opening is instant; reads go to a thread
            return await post_instances(orthanc, file, zip=zip)
    if _is_dataset(source):
        written = await anyio.to_thread.run_sync(_write_dataset, cast("pydicom.Dataset", source))
        try:
            return await post_instances(orthanc, written, zip=zip)
        finally:
            written.close()
    return await post_instances(orthanc, source, zip=zip)


def _is_dataset(source: object) -> bool:
    # pydicom is optional: only look at it when the object could be a Dataset.
    if not hasattr(source, "save_as"):
        return False
    try:
        import pydicom
    except ImportError:  # pragma: no cover - a save_as without pydicom is not ours to guess
        return False
    return isinstance(source, pydicom.Dataset)


def _write_dataset(dataset: pydicom.Dataset) -> IO[bytes]:
    # An anonymous temporary file: the encoded Dataset is never held in memory next to the
    # Dataset itself, and its size (Content-Length) is known.
    file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by the caller
    try:
        # A full DICOM file (preamble, DICM, meta) when the Dataset allows it; Orthanc reads
        # preamble-less files less reliably.
        try:
            dataset.save_as(file, enforce_file_format=True)
        except (ValueError, AttributeError):
            file.seek(0)
            file.truncate()
            dataset.save_as(file)
        file.seek(0)
    except BaseException:
        file.close()
        raise
    return file
