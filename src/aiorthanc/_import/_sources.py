"""Walk files, folders and archives lazily, and classify what is found.

Runs in a worker thread (all of it is blocking I/O): `walk()` is a plain generator of `Item`s.
Archives are read in place, never extracted: small members are read into memory (they go into
batches), large ones are re-opened from the archive when they are sent.
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import io
import lzma
import os
import shutil
import stat
import tarfile
import tempfile
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Literal, cast

from aiorthanc._import._dicom import (
    HEAD_SIZE,
    DicomHeader,
    parse_header,
    pydicom_available,
    sniff,
)
from aiorthanc._import._journal import Journal, JournalEntry

__all__ = ["Item", "Skip", "scan_totals", "walk"]

# Each takes a binary file and gives its decompressed content (the caller closes it).
_DECOMPRESSORS: dict[str, Callable[[IO[bytes]], IO[bytes]]] = {
    "gzip": lambda f: cast(IO[bytes], gzip.GzipFile(fileobj=f, mode="rb")),
    "bzip2": lambda f: cast(IO[bytes], bz2.BZ2File(f, mode="rb")),
    "xz": lambda f: cast(IO[bytes], lzma.LZMAFile(f, mode="rb")),  # noqa: SIM115
}
_TarMode = Literal["r:gz", "r:bz2", "r:xz", "r:"]
_TAR_MODES: dict[str, _TarMode] = {"gzip": "r:gz", "bzip2": "r:bz2", "xz": "r:xz", "tar": "r:"}


@dataclass(slots=True)
class Skip:
    """A source that is not sent: its outcome status and why."""

    status: str  # "not_dicom", "skipped", "already_stored", "failed"
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


def walk(
    paths: Iterable[str | os.PathLike[str]],
    *,
    large_file_bytes: int,
    journal: Journal | None = None,
) -> Generator[Item, None, None]:
    """Yield every source under `paths` (files, folders recursively, archive members).

    The journal's own file is left out; a folder reached again (symlink loop, second link)
    is skipped with a reason.
    """
    visited: set[tuple[int, int]] = set()
    for path in paths:
        name = os.fspath(path)
        if journal is not None and os.path.abspath(name) == journal.abspath:
            continue
        try:
            info = os.stat(name)
        except OSError as exc:
            yield _skipped(name, "failed", f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(info.st_mode):
            if _first_visit(info, visited):
                yield from _walk_dir(name, large_file_bytes, journal, visited)
            else:
                yield _skipped(name, "skipped", _SEEN_FOLDER)
            continue
        try:
            yield from _walk_file(name, info, large_file_bytes, journal)
        except Exception as exc:  # one unreadable file must not stop the walk
            yield _skipped(name, "failed", f"cannot read: {type(exc).__name__}: {exc}")


def scan_totals(paths: Iterable[str | os.PathLike[str]]) -> tuple[int, int]:
    """(files, bytes) on disk under `paths`, by the walk's rules (hidden entries left out,
    symlinks followed, each folder once): an estimate for progress."""
    visited: set[tuple[int, int]] = set()
    totals = [0, 0]

    def add(info: os.stat_result) -> None:
        totals[0] += 1
        totals[1] += info.st_size

    def scan(folder: str) -> None:
        try:
            with os.scandir(folder) as entries:
                found = list(entries)
        except OSError:
            return
        for entry in found:
            if entry.name.startswith("."):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat()
                if stat.S_ISDIR(info.st_mode):
                    if _first_visit(info, visited):
                        scan(entry.path)
                elif stat.S_ISREG(info.st_mode):
                    add(info)

    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode):
            if _first_visit(info, visited):
                scan(os.fspath(path))
        else:
            add(info)
    return totals[0], totals[1]


_SEEN_FOLDER = "folder already walked (a symlink loop, or a second link to it)"


def _first_visit(info: os.stat_result, visited: set[tuple[int, int]]) -> bool:
    folder = (info.st_dev, info.st_ino)
    if folder in visited:
        return False
    visited.add(folder)
    return True


def _skipped(name: str, status: str, reason: str, size: int = 0) -> Item:
    return Item(name=name, key=name, stamp=(size, 0), size=size, skip=Skip(status, reason))


def _walk_dir(
    root: str, large_file_bytes: int, journal: Journal | None, visited: set[tuple[int, int]]
) -> Iterator[Item]:
    # Depth first, names sorted: a deterministic order, memory bounded by one directory listing.
    try:
        with os.scandir(root) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        yield _skipped(root, "failed", f"cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        path = entry.path
        if journal is not None and os.path.abspath(path) == journal.abspath:
            continue
        if entry.name.startswith("."):
            kind = "folder" if entry.is_dir(follow_symlinks=False) else "file"
            yield _skipped(path, "skipped", f"hidden {kind}")
            continue
        try:
            if entry.is_dir():
                if _first_visit(entry.stat(), visited):
                    yield from _walk_dir(path, large_file_bytes, journal, visited)
                else:
                    yield _skipped(path, "skipped", _SEEN_FOLDER)
            elif entry.is_file():
                yield from _walk_file(path, entry.stat(), large_file_bytes, journal)
            else:
                yield _skipped(path, "skipped", "not a regular file")
        except OSError as exc:
            yield _skipped(path, "failed", f"cannot read: {exc.strerror or exc}")
        except Exception as exc:  # one unreadable file must not stop the walk
            yield _skipped(path, "failed", f"cannot read: {type(exc).__name__}: {exc}")


def _walk_file(
    name: str, info: os.stat_result, large_file_bytes: int, journal: Journal | None
) -> Iterator[Item]:
    key = os.path.abspath(name)
    stamp = (info.st_size, info.st_mtime_ns)
    if journal is not None:
        entry = journal.get(key, stamp)
        if entry is not None:
            size = entry.content_size if entry.content_size is not None else info.st_size
            yield Item(name, key, stamp, size, skip=_journal_skip(entry))
            return
    try:
        file = open(name, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        yield _skipped(name, "failed", f"cannot read: {exc.strerror or exc}", info.st_size)
        return
    with file:
        head = file.read(HEAD_SIZE)
        kind = sniff(head)
        file.seek(0)
        if kind == "zip":
            yield from _walk_zip(name, key, stamp, file, large_file_bytes, journal)
        elif kind == "tar" or (kind in _DECOMPRESSORS and _is_compressed_tar(file, kind)):
            yield from _walk_tar(name, key, stamp, _TAR_MODES[kind], large_file_bytes, journal)
        elif kind in _DECOMPRESSORS:
            opener = _decompressing_opener(name, kind)
            yield _classify(name, key, stamp, opener, opener, large_file_bytes, None)
        else:
            yield _classify(
                name, key, stamp, lambda: file, _file_opener(name), large_file_bytes, info.st_size
            )


def _is_compressed_tar(file: IO[bytes], kind: str) -> bool:
    try:
        with _DECOMPRESSORS[kind](cast(IO[bytes], _Unclosed(file))) as stream:
            head = stream.read(HEAD_SIZE)
    except Exception:  # a broken compressed file: classified (and reported) as a single file
        return False
    finally:
        file.seek(0)
    return sniff(head) == "tar"


def _classify(
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
            verdict = _verdict(kind, head)
            if verdict is not None:
                return Item(name, key, stamp, size, skip=verdict)
            item = Item(name, key, stamp, size, opener=fresh_open)
            item.header = parse_header(stream, force=kind == "dicom?")
    except Exception as exc:  # any unreadable member (bad CRC, encrypted...) fails alone
        return _skipped(name, "failed", f"cannot read: {_describe(exc)}", size or 0)
    finally:
        if reopened is not None:
            reopened.close()
    return _check_header(item, kind)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _count(stream: IO[bytes]) -> int:
    total = 0
    while chunk := stream.read(1024 * 1024):
        total += len(chunk)
    return total


def _classify_data(name: str, key: str, stamp: tuple[int, int], data: bytes) -> Item:
    head = data[:HEAD_SIZE]
    kind = sniff(head)
    verdict = _verdict(kind, head)
    if verdict is not None:
        return Item(name, key, stamp, len(data), skip=verdict)
    item = Item(name, key, stamp, len(data), data=data)
    item.header = parse_header(data, force=kind == "dicom?")
    return _check_header(item, kind)


def _verdict(kind: str | None, head: bytes) -> Skip | None:
    if kind == "empty":
        return Skip("not_dicom", "empty file")
    if kind == "json":
        return Skip("skipped", "JSON file (not DICOM)")
    if kind in ("zip", "tar", "gzip", "bzip2", "xz"):
        return Skip("skipped", f"{kind} archive inside an archive: not read")
    if kind is None:
        return Skip("not_dicom", "not DICOM (no DICM marker, not an archive)")
    return None


def _check_header(item: Item, kind: str | None) -> Item:
    header = item.header
    if header is not None and header.is_dicomdir:
        item.skip, item.data, item.opener = Skip("skipped", "DICOMDIR (a media index)"), None, None
    elif header is None and kind == "dicom?" and pydicom_available():
        # Without pydicom nothing here can tell: the file goes alone and Orthanc judges it.
        item.skip = Skip("not_dicom", "not DICOM (no DICM marker, unreadable as raw DICOM)")
        item.data, item.opener = None, None
    # A DICM file that pydicom cannot read still goes (alone): Orthanc gives its verdict.
    return item


def _file_opener(path: str) -> Callable[[], IO[bytes]]:
    def open_file() -> IO[bytes]:
        return open(path, "rb")

    return open_file


def _decompressing_opener(path: str, kind: str) -> Callable[[], IO[bytes]]:
    def open_decompressed() -> IO[bytes]:
        raw = open(path, "rb")  # noqa: SIM115 - closed with the stream
        return cast(IO[bytes], _OwningStream(raw, _DECOMPRESSORS[kind](raw)))

    return open_decompressed


def _journal_skip(entry: JournalEntry) -> Skip:
    return Skip("already_stored", "acknowledged in a previous run (journal)", entry)


def _walk_zip(
    name: str,
    key: str,
    stamp: tuple[int, int],
    file: IO[bytes],
    large_file_bytes: int,
    journal: Journal | None,
) -> Iterator[Item]:
    try:
        archive = zipfile.ZipFile(file)
    except Exception as exc:
        yield _skipped(name, "failed", f"unreadable ZIP archive: {_describe(exc)}", stamp[0])
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            member, member_key = f"{name}!{info.filename}", f"{key}!{info.filename}"
            if _hidden_member(info.filename):
                yield _skipped(member, "skipped", "hidden file", info.file_size)
                continue
            entry = journal.get(member_key, stamp) if journal is not None else None
            if entry is not None:
                yield Item(member, member_key, stamp, info.file_size, skip=_journal_skip(entry))
                continue

            def walk_open(info: zipfile.ZipInfo = info) -> IO[bytes]:
                return archive.open(info)

            def fresh_open(info: zipfile.ZipInfo = info) -> IO[bytes]:
                return cast(IO[bytes], _OwningStream(zipfile.ZipFile(name), info))

            yield _classify(
                member, member_key, stamp, walk_open, fresh_open, large_file_bytes, info.file_size
            )


def _walk_tar(
    name: str,
    key: str,
    stamp: tuple[int, int],
    mode: _TarMode,
    large_file_bytes: int,
    journal: Journal | None,
) -> Iterator[Item]:
    try:
        archive = tarfile.open(name, mode)  # noqa: SIM115 - closed below
    except Exception as exc:
        yield _skipped(name, "failed", f"unreadable tar archive: {_describe(exc)}", stamp[0])
        return
    with archive:
        while True:
            try:
                info = archive.next()
            except Exception as exc:
                reason = f"tar archive broken after this point: {_describe(exc)}"
                yield _skipped(name, "failed", reason)
                return
            if info is None:
                return
            if not info.isreg():
                continue
            member, member_key = f"{name}!{info.name}", f"{key}!{info.name}"
            if _hidden_member(info.name):
                yield _skipped(member, "skipped", "hidden file", info.size)
                continue
            entry = journal.get(member_key, stamp) if journal is not None else None
            if entry is not None:
                yield Item(member, member_key, stamp, info.size, skip=_journal_skip(entry))
                continue

            def walk_open(info: tarfile.TarInfo = info) -> IO[bytes]:
                stream = archive.extractfile(info)
                if stream is None:  # pragma: no cover - isreg() was checked
                    raise OSError("archive member is not a regular file")
                return stream

            def fresh_open(info: tarfile.TarInfo = info) -> IO[bytes]:
                # A handle of its own: in an uncompressed tar, a seek to the member.
                return cast(IO[bytes], _OwningStream(tarfile.open(name, mode), info))

            if mode == "r:" or info.size <= large_file_bytes:
                yield _classify(
                    member, member_key, stamp, walk_open, fresh_open, large_file_bytes, info.size
                )
                continue
            # Compressed: re-opening would decompress everything before the member, for each
            # large member (quadratic). Spool it once, in walk order, to an anonymous file.
            spool = _Spool(walk_open)
            item = _classify(
                member, member_key, stamp, spool.walk_open, spool.open, large_file_bytes, info.size
            )
            if item.opener is None:
                spool.close()
            else:
                item.release = spool.close
            yield item


class _Spool:
    """A member copied once to an anonymous temporary file, to be read again at will."""

    def __init__(self, source: Callable[[], IO[bytes]]) -> None:
        self._source = source
        self._file: IO[bytes] | None = None

    def walk_open(self) -> IO[bytes]:
        """Copy the member (in 1 MiB chunks) and give the copy, from its start."""
        file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        self._file = file
        with self._source() as member:
            shutil.copyfileobj(member, file, 1024 * 1024)
        file.seek(0)
        return cast(IO[bytes], _Unclosed(file))

    def open(self) -> IO[bytes]:
        """A stream of the copy of its own, from the start (for an upload and its retries)."""
        assert self._file is not None
        stream = os.fdopen(os.dup(self._file.fileno()), "rb")
        stream.seek(0)  # a duplicated descriptor shares the offset: sent one at a time
        return stream

    def close(self) -> None:
        """Delete the copy (idempotent)."""
        if self._file is not None:
            self._file.close()


class _Unclosed:
    """Wraps a stream so that a `with` block or a decompressor does not close it."""

    def __init__(self, inner: IO[bytes]) -> None:
        self.inner = inner

    def read(self, n: int = -1) -> bytes:
        return self.inner.read(n)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self.inner.seekable()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.inner.seek(offset, whence)

    def tell(self) -> int:
        return self.inner.tell()

    def close(self) -> None:
        pass

    @property
    def closed(self) -> bool:
        return False

    def __enter__(self) -> _Unclosed:
        return self

    def __exit__(self, *args: object) -> None:
        pass


class _OwningStream(io.RawIOBase):
    """A stream that closes what it was opened from with it (an archive, a compressed file).

    It has no `fileno()`: the size of the underlying file is not the size of this content.
    """

    def __init__(
        self, owner: IO[bytes] | zipfile.ZipFile | tarfile.TarFile, member: object
    ) -> None:
        super().__init__()
        self._owner = owner
        try:
            stream: IO[bytes] | None
            if isinstance(owner, zipfile.ZipFile):
                stream = owner.open(cast(zipfile.ZipInfo, member))
            elif isinstance(owner, tarfile.TarFile):
                stream = owner.extractfile(member)  # type: ignore[arg-type]
            else:
                stream = member  # type: ignore[assignment]
            if stream is None:
                raise OSError("archive member is not a regular file")
        except BaseException:
            owner.close()
            raise
        self._stream: IO[bytes] = stream

    def read(self, size: int | None = -1) -> bytes:
        return self._stream.read(-1 if size is None else size)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._stream.seekable()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._stream.seek(offset, whence)

    def tell(self) -> int:
        return self._stream.tell()

    def close(self) -> None:
        if not self.closed:
            try:
                self._stream.close()
            finally:
                self._owner.close()
        super().close()


def _hidden_member(member: str) -> bool:
    return any(part.startswith(".") for part in member.split("/") if part not in ("", "."))
