"""WADO-RS: instances streamed part by part to files or Datasets; metadata, frames, rendered
images and bulk data."""

from __future__ import annotations

import io
import re
import secrets
from collections.abc import AsyncGenerator, AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import anyio
import anyio.to_thread
import httpx

from aiorthanc._dicomweb._common import pydicom_module
from aiorthanc._dicomweb._multipart import MultipartError, Part, parse_media_type, read_parts
from aiorthanc._session import Session
from aiorthanc._types import TimeoutTypes, UseDefault

if TYPE_CHECKING:
    import pydicom

__all__ = [
    "Frame",
    "accept_dicom",
    "accept_frames",
    "bulk_path",
    "open_parts",
    "read_dataset",
    "read_frames",
    "save_instances",
]

# Only digits and dots: a UID from the server becomes a file name, never a path.
_UID = re.compile(r"^[0-9][0-9.]{0,63}$")


@dataclass(frozen=True)
class Frame:
    """One frame of a WADO-RS frames answer.

    `transfer_syntax` is the one the server chose among those asked for (from the part's or
    the answer's content type; None when it names none); `data` the frame's bytes.
    """

    number: int
    media_type: str
    transfer_syntax: str | None
    data: bytes


def accept_dicom(transfer_syntax: str | None) -> str:
    """Accept header of an instance retrieval; "*" asks for the files as stored (no
    transcoding: byte-identical to what was stored)."""
    accept = 'multipart/related; type="application/dicom"'
    return f"{accept}; transfer-syntax={transfer_syntax}" if transfer_syntax else accept


def accept_frames(media_type: str, transfer_syntaxes: Sequence[str]) -> str:
    """Accept header of a frames retrieval: one media range per acceptable transfer syntax, in
    order of preference (the server picks one)."""
    if not transfer_syntaxes:
        return f'multipart/related; type="{media_type}"'
    return ", ".join(
        f'multipart/related; type="{media_type}"; transfer-syntax={syntax}'
        for syntax in transfer_syntaxes
    )


@asynccontextmanager
async def open_parts(
    session: Session,
    path: str,
    accept: str,
    *,
    timeout: TimeoutTypes | UseDefault,
) -> AsyncIterator[AsyncGenerator[Part, None]]:
    """GET a multipart route and give its parts as they arrive; the answer is closed on exit."""
    async with session.stream("GET", path, headers={"Accept": accept}, timeout=timeout) as answer:
        parts = read_parts(answer.aiter_bytes(), answer.headers.get("content-type", ""))
        try:
            yield parts
        finally:
            await parts.aclose()


def _expect(part: Part, media_type: str) -> None:
    if part.media_type != media_type:
        raise MultipartError(
            f"expected parts of type {media_type}, got one of type {part.content_type or 'none'!r}"
        )


async def save_instances(parts: AsyncIterator[Part], folder: Path) -> list[Path]:
    """Write each `application/dicom` part to `folder/<SOPInstanceUID>.dcm`, atomically.

    A part is written to a hidden temporary file, renamed once complete; on any failure the
    temporary file is removed, so no half-written file is left. Files completed before the
    failure stay.
    """
    await anyio.Path(folder).mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    async for part in parts:
        _expect(part, "application/dicom")
        saved.append(await _save_part(part, folder))
    return saved


async def _save_part(part: Part, folder: Path) -> Path:
    temporary = folder / f".aiorthanc-{secrets.token_hex(8)}.part"
    try:
        async with await anyio.open_file(temporary, "wb") as out:
            async for chunk in part.iter_bytes():
                await out.write(chunk)
        uid = await anyio.to_thread.run_sync(_sop_instance_uid, temporary)
        final = folder / f"{uid}.dcm"
        await anyio.Path(temporary).replace(final)
    except BaseException:
        with anyio.CancelScope(shield=True):
            await anyio.Path(temporary).unlink(missing_ok=True)
        raise
    return final


def _sop_instance_uid(path: Path) -> str:
    pydicom = pydicom_module()
    try:
        dataset = pydicom.dcmread(path, stop_before_pixels=True, specific_tags=["SOPInstanceUID"])
    except (pydicom.errors.InvalidDicomError, OSError, ValueError, EOFError) as exc:
        raise MultipartError(f"a part of the answer is not a DICOM file: {exc}") from None
    uid = str(dataset.get("SOPInstanceUID", "")).strip("\0 ")
    if not _UID.match(uid):
        raise MultipartError(f"a part of the answer has no usable SOPInstanceUID: {uid!r}")
    return uid


async def read_dataset(part: Part, max_bytes: int) -> pydicom.Dataset:
    """The part (`application/dicom`) read whole, as a pydicom Dataset."""
    _expect(part, "application/dicom")
    data = await part.read(max_bytes)
    module = pydicom_module()
    try:
        dataset: pydicom.Dataset = module.dcmread(io.BytesIO(data))
    except (module.errors.InvalidDicomError, ValueError, EOFError) as exc:
        raise MultipartError(f"a part of the answer is not a DICOM file: {exc}") from None
    return dataset


async def read_frames(
    parts: AsyncIterator[Part],
    numbers: Sequence[int],
    answer_type: str,
    max_bytes: int,
) -> list[Frame]:
    """The frames of a frames answer, in the order asked for."""
    default_syntax = _transfer_syntax(answer_type)
    frames: list[Frame] = []
    async for part in parts:
        if len(frames) == len(numbers):
            raise MultipartError(f"asked for {len(numbers)} frames, the answer has more parts")
        data = await part.read(max_bytes)
        media_type = part.media_type or "application/octet-stream"
        syntax = _transfer_syntax(part.content_type) or default_syntax
        frames.append(Frame(numbers[len(frames)], media_type, syntax, data))
    if len(frames) != len(numbers):
        raise MultipartError(f"asked for {len(numbers)} frames, the answer has {len(frames)}")
    return frames


def _transfer_syntax(content_type: str) -> str | None:
    if not content_type:
        return None
    _, options = parse_media_type(content_type)
    syntax = options.get("transfer-syntax")
    if syntax is None and "type" in options:
        syntax = parse_media_type(options["type"])[1].get("transfer-syntax")
    return syntax


def bulk_path(session_url: str, uri: str) -> str:
    """The path, relative to the session's URL, of a BulkDataURI from metadata.

    Raises:
        ValueError: the URI points at another server (never sent our credentials).
    """
    base = httpx.URL(session_url)
    target = httpx.URL(uri)
    if target.is_absolute_url and (target.scheme, target.host, target.port) != (
        base.scheme,
        base.host,
        base.port,
    ):
        raise ValueError(f"the bulk data URI {uri!r} is not on this server ({session_url})")
    path = target.raw_path.decode("ascii")
    prefix = base.raw_path.decode("ascii").rstrip("/")
    if prefix and not path.startswith(prefix + "/"):
        raise ValueError(f"the bulk data URI {uri!r} is outside {session_url}")
    return path[len(prefix) :]
