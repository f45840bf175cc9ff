"""What the walk found (`Item`) and what it is: DICOM to send, or a `Skip` with its reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO

from aiorthanc._dicom import (
    HEAD_SIZE,
    DicomHeader,
    parse_header,
    pydicom_available,
    sniff,
)
from aiorthanc._import._journal import Journal, JournalEntry
from aiorthanc._import._report import OutcomeStatus

__all__ = ["Item", "Skip", "classify", "describe", "journal_hit", "skipped"]


@dataclass(slots=True)
class Skip:
    """A source that is not sent: its outcome and why."""

    status: OutcomeStatus
    reason: str
    journal: JournalEntry | None = None


@dataclass(slots=True)
class Item:
    """One source found by the walk."""

    name: str
    """The path, or `archive!member` for a member of an archive."""
    key: str
    """The journal key (absolute path, or absolute archive path + member)."""
    stamp: tuple[int, int]
    """(size, mtime_ns) of the file on disk (of the archive for a member)."""
    size: int
    """Bytes of the source's content (uncompressed)."""
    data: bytes | None = None
    """The content when small enough to be held (and batched)."""
    opener: Callable[[], IO[bytes]] | None = field(default=None, repr=False)
    """Opens the content again (large sources), each call a fresh stream from its start."""
    header: DicomHeader | None = None
    skip: Skip | None = None
    release: Callable[[], None] | None = field(default=None, repr=False)
    """Frees what the opener reads from (a spooled member), once the item is accounted for."""


def skipped(name: str, status: OutcomeStatus, reason: str, size: int = 0) -> Item:
    """An item that is not sent (nothing read, or nothing readable)."""
    return Item(name=name, key=name, stamp=(size, 0), size=size, skip=Skip(status, reason))


def journal_hit(
    name: str, key: str, stamp: tuple[int, int], size: int, journal: Journal | None
) -> Item | None:
    """The item of a source the journal says Orthanc acknowledged with this stamp, or None."""
    entry = journal.get(key, stamp) if journal is not None else None
    if entry is None:
        return None
    if entry.content_size is not None:
        size = entry.content_size
    reason = "acknowledged in a previous run (journal)"
    return Item(name, key, stamp, size, skip=Skip(OutcomeStatus.ALREADY_STORED, reason, entry))


def describe(exc: BaseException) -> str:
    """A short account of why something could not be read."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def classify(
    name: str,
    key: str,
    stamp: tuple[int, int],
    walk_open: Callable[[], IO[bytes]],
    fresh_open: Callable[[], IO[bytes]],
    large_file_bytes: int,
    size: int | None,
) -> Item:
    """Classify one source: read it whole if small, else only its header.

    `walk_open` reads through the walk's own handles; `fresh_open` (kept in the item for the
    upload) opens a handle of its own, from any thread.
    """
    reopened: IO[bytes] | None = None
    try:
        with walk_open() as stream:
            if size is None or size <= large_file_bytes:
                data = stream.read(large_file_bytes + 1)
                if len(data) <= large_file_bytes:
                    return _classify_data(name, key, stamp, data)
                head = data[:HEAD_SIZE]
                size = len(data) + _count(stream)
                del data
                stream = reopened = fresh_open()
            else:
                head = stream.read(HEAD_SIZE)
                stream.seek(0)  # within the read buffer: no rewind of a compressed archive
            kind = sniff(head)
            verdict = _verdict(kind)
            if verdict is not None:
                return Item(name, key, stamp, size, skip=verdict)
            item = Item(name, key, stamp, size, opener=fresh_open)
            item.header = parse_header(stream, force=kind == "dicom?")
    except Exception as exc:  # any unreadable member (bad CRC, encrypted...) fails alone
        return skipped(name, OutcomeStatus.FAILED, f"cannot read: {describe(exc)}", size or 0)
    finally:
        if reopened is not None:
            reopened.close()
    return _check_header(item, kind)


def _count(stream: IO[bytes]) -> int:
    total = 0
    while chunk := stream.read(1024 * 1024):
        total += len(chunk)
    return total


def _classify_data(name: str, key: str, stamp: tuple[int, int], data: bytes) -> Item:
    kind = sniff(data[:HEAD_SIZE])
    verdict = _verdict(kind)
    if verdict is not None:
        return Item(name, key, stamp, len(data), skip=verdict)
    item = Item(name, key, stamp, len(data), data=data)
    item.header = parse_header(data, force=kind == "dicom?")
    return _check_header(item, kind)


def _verdict(kind: str | None) -> Skip | None:
    if kind == "empty":
        return Skip(OutcomeStatus.NOT_DICOM, "empty file")
    if kind == "json":
        return Skip(OutcomeStatus.SKIPPED, "JSON file (not DICOM)")
    if kind in ("zip", "tar", "gzip", "bzip2", "xz"):
        return Skip(OutcomeStatus.SKIPPED, f"{kind} archive inside an archive: not read")
    if kind is None:
        return Skip(OutcomeStatus.NOT_DICOM, "not DICOM (no DICM marker, not an archive)")
    return None


def _check_header(item: Item, kind: str | None) -> Item:
    header = item.header
    if header is not None and header.is_dicomdir:
        item.skip = Skip(OutcomeStatus.SKIPPED, "DICOMDIR (a media index)")
        item.data, item.opener = None, None
    elif header is None and kind == "dicom?" and pydicom_available():
        # Without pydicom nothing here can tell: the file goes alone and Orthanc judges it.
        reason = "not DICOM (no DICM marker, unreadable as raw DICOM)"
        item.skip, item.data, item.opener = Skip(OutcomeStatus.NOT_DICOM, reason), None, None
    # A DICM file that pydicom cannot read still goes (alone): Orthanc gives its verdict.
    return item
