"""STOW-RS: files, bytes or Datasets sent as streamed `multipart/related` bodies, several
requests in flight, one outcome per instance read from the server's answer."""

from __future__ import annotations

import io
import os
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union

import anyio
import anyio.to_thread

from aiorthanc._concurrency import task_group
from aiorthanc._constants import STREAM_CHUNK_SIZE
from aiorthanc._dicomweb._common import pydicom_module
from aiorthanc._dicomweb._multipart import closing_delimiter, new_boundary, part_prefix
from aiorthanc._errors import APIStatusError, UnexpectedAnswerError
from aiorthanc._session import Session
from aiorthanc._types import TimeoutTypes, UseDefault

if TYPE_CHECKING:
    import pydicom

__all__ = ["StowOutcome", "StowReport", "StowSource", "StowStatus", "store"]

StowSource = Union[str, "os.PathLike[str]", bytes, "pydicom.Dataset"]
"""What STOW-RS can send: a file path, the bytes of a DICOM file, or a pydicom Dataset."""

StowStatus = Literal["stored", "failed"]

# Answer attributes (PS3.18 table 10.5.3-1).
_REFERENCED_SOP_SEQUENCE = "00081199"
_FAILED_SOP_SEQUENCE = "00081198"
_SOP_INSTANCE_UID = "00081155"
_RETRIEVE_URL = "00081190"
_FAILURE_REASON = "00081197"
_WARNING_REASON = "00081196"
_REASONS = {
    0x0110: "processing failure",
    0x0122: "SOP class not supported",
    0x0124: "not authorized",
    0xA700: "out of resources",
    0xA900: "data set does not match SOP class",
    0xB000: "coercion of data elements",
    0xB006: "elements discarded",
    0xB007: "data set does not match SOP class (warning)",
    0xC000: "cannot understand",
    0xC122: "referenced transfer syntax not supported",
}


@dataclass(frozen=True)
class StowOutcome:
    """What became of one source.

    `status` is "stored" when the server referenced the instance in its answer, "failed"
    otherwise, with `reason` (the server's FailureReason, or why it was not acknowledged).
    `warnings` holds the server's warnings about a stored instance; `url` its retrieve URL.
    """

    source: str
    sop_instance_uid: str | None
    status: StowStatus
    reason: str | None = None
    warnings: tuple[str, ...] = ()
    url: str | None = None


@dataclass
class StowReport:
    """One outcome per source, in the order given."""

    outcomes: list[StowOutcome] = field(default_factory=list)

    @property
    def stored(self) -> list[StowOutcome]:
        """The outcomes of the instances the server stored."""
        return [o for o in self.outcomes if o.status == "stored"]

    @property
    def failed(self) -> list[StowOutcome]:
        """The outcomes of the sources the server did not store."""
        return [o for o in self.outcomes if o.status == "failed"]


@dataclass
class _Item:
    index: int
    label: str
    size: int
    open: Callable[[], Any]  # a binary file, opened per request
    uid: str | None
    path: Path | None = None


async def store(
    session: Session,
    path: str,
    sources: Iterable[StowSource],
    *,
    batch_files: int,
    batch_bytes: int,
    concurrency: int,
    timeout: TimeoutTypes | UseDefault,
) -> StowReport:
    """Send `sources` in batches, `concurrency` requests at a time; see `DicomWeb.store`."""
    if batch_files < 1 or batch_bytes < 1 or concurrency < 1:
        raise ValueError("batch_files, batch_bytes and concurrency must be at least 1")
    items = await anyio.to_thread.run_sync(_prepare_all, list(sources))
    outcomes: list[StowOutcome | None] = [None] * len(items)
    batches = _batches(items, batch_files, batch_bytes)
    limiter = anyio.Semaphore(concurrency)

    async def send(batch: list[_Item]) -> None:
        async with limiter:
            # UIDs are read here, batch by batch, so that reading overlaps with sending.
            await anyio.to_thread.run_sync(_read_uids, batch)
            answer = await _post(session, path, batch, timeout)
        for item, outcome in zip(batch, _outcomes(batch, answer), strict=True):
            outcomes[item.index] = outcome

    async with task_group() as group:
        for batch in batches:
            group.start_soon(send, batch)
    return StowReport([o for o in outcomes if o is not None])


def _prepare_all(sources: list[StowSource]) -> list[_Item]:
    return [_prepare(index, source) for index, source in enumerate(sources)]


def _prepare(index: int, source: StowSource) -> _Item:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        return _Item(index, f"bytes #{index}", len(data), lambda: io.BytesIO(data), None)
    if isinstance(source, str | os.PathLike):
        file = Path(source)
        return _Item(index, str(file), file.stat().st_size, lambda: file.open("rb"), None, file)
    pydicom = pydicom_module()
    if not isinstance(source, pydicom.Dataset):
        raise TypeError(f"cannot store a {type(source).__name__}: give a path, bytes or a Dataset")
    out = io.BytesIO()
    source.save_as(out, enforce_file_format=True)
    data = out.getvalue()
    uid = str(source.get("SOPInstanceUID", "")) or None
    return _Item(index, f"dataset {uid or index}", len(data), lambda: io.BytesIO(data), uid)


def _read_uids(batch: list[_Item]) -> None:
    for item in batch:
        if item.uid is None:
            item.uid = _uid_of(item)


def _uid_of(item: _Item) -> str | None:
    # Read locally only to match the server's answer to the source; the server is the judge.
    pydicom = pydicom_module()
    try:
        if item.path is not None:
            # The file meta alone: a fraction of the cost of parsing the header.
            meta = pydicom.filereader.read_file_meta_info(item.path)
            if uid := meta.get("MediaStorageSOPInstanceUID"):
                return str(uid)
        with item.open() as file:
            dataset = pydicom.dcmread(
                file, stop_before_pixels=True, specific_tags=["SOPInstanceUID"]
            )
        uid = dataset.get("SOPInstanceUID")
    except Exception:  # anything unreadable is sent all the same: the server judges
        return None
    return str(uid) if uid else None


def _batches(items: list[_Item], max_files: int, max_bytes: int) -> list[list[_Item]]:
    batches: list[list[_Item]] = []
    current: list[_Item] = []
    size = 0
    for item in items:
        if current and (len(current) >= max_files or size + item.size > max_bytes):
            batches.append(current)
            current, size = [], 0
        current.append(item)
        size += item.size
    if current:
        batches.append(current)
    return batches


async def _post(
    session: Session, path: str, batch: list[_Item], timeout: TimeoutTypes | UseDefault
) -> dict[str, Any]:
    boundary = new_boundary()
    length = sum(
        len(part_prefix(boundary, "application/dicom", first=i == 0)) + item.size
        for i, item in enumerate(batch)
    ) + len(closing_delimiter(boundary))
    headers = {
        "Content-Type": f'multipart/related; type="application/dicom"; boundary={boundary}',
        "Content-Length": str(length),
        "Accept": "application/dicom+json",
    }
    try:
        response = await session.request(
            "POST", path, content=_body(batch, boundary), headers=headers, timeout=timeout
        )
    except APIStatusError as exc:
        # 400 (some failed), 409 (all failed) still carry the per-instance answer.
        if isinstance(exc.body, dict) and _has_outcomes(exc.body):
            return exc.body
        raise
    try:
        answer = response.json() if response.content else {}
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise UnexpectedAnswerError(f"POST {path} answered no STOW-RS JSON response")
    return answer


def _has_outcomes(body: dict[str, Any]) -> bool:
    return _REFERENCED_SOP_SEQUENCE in body or _FAILED_SOP_SEQUENCE in body


async def _body(batch: list[_Item], boundary: str) -> AsyncIterator[bytes]:
    for i, item in enumerate(batch):
        yield part_prefix(boundary, "application/dicom", first=i == 0)
        file = await anyio.to_thread.run_sync(item.open)
        try:
            sent = 0
            while chunk := await anyio.to_thread.run_sync(file.read, STREAM_CHUNK_SIZE):
                sent += len(chunk)
                yield chunk
        finally:
            file.close()
        if sent != item.size:
            raise UnexpectedAnswerError(f"{item.label} changed size while being sent")
    yield closing_delimiter(boundary)


def _outcomes(batch: list[_Item], answer: dict[str, Any]) -> list[StowOutcome]:
    referenced = {
        _first(entry, _SOP_INSTANCE_UID): entry
        for entry in _items(answer, _REFERENCED_SOP_SEQUENCE)
    }
    failed = {
        _first(entry, _SOP_INSTANCE_UID): entry for entry in _items(answer, _FAILED_SOP_SEQUENCE)
    }
    outcomes = []
    for item in batch:
        if item.uid is not None and item.uid in referenced:
            entry = referenced[item.uid]
            warnings = tuple(_reason(v) for v in _values(entry, _WARNING_REASON))
            url = _first(entry, _RETRIEVE_URL)
            outcomes.append(StowOutcome(item.label, item.uid, "stored", None, warnings, url))
        elif item.uid is not None and item.uid in failed:
            reasons = [_reason(v) for v in _values(failed[item.uid], _FAILURE_REASON)]
            reason = ", ".join(reasons) or "failed without a reason"
            outcomes.append(StowOutcome(item.label, item.uid, "failed", reason))
        else:
            reason = "not acknowledged by the server (not a DICOM file it could read?)"
            outcomes.append(StowOutcome(item.label, item.uid, "failed", reason))
    return outcomes


def _items(answer: dict[str, Any], tag: str) -> list[dict[str, Any]]:
    return [entry for entry in _values(answer, tag) if isinstance(entry, dict)]


def _values(entry: dict[str, Any], tag: str) -> list[Any]:
    element = entry.get(tag)
    values = element.get("Value") if isinstance(element, dict) else None
    return values if isinstance(values, list) else []


def _first(entry: dict[str, Any], tag: str) -> Any:
    values = _values(entry, tag)
    return values[0] if values else None


def _reason(code: Any) -> str:
    if isinstance(code, int):
        name = _REASONS.get(code)
        return f"{name} (0x{code:04X})" if name else f"0x{code:04X}"
    return str(code)
