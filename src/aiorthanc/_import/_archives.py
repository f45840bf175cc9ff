"""Archives and compressed files, read in place (never extracted), with their stream wrappers.

ZIP and tar members are classified like files; a member that is sent alone is re-opened from
the archive for each attempt, or (in a compressed tar) spooled once to an anonymous file.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import shutil
import tarfile
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import IO, Literal, cast

from aiorthanc._dicom import HEAD_SIZE, sniff
from aiorthanc._import._classify import Item, classify, describe, journal_hit, skipped
from aiorthanc._import._journal import Journal
from aiorthanc._import._report import OutcomeStatus

__all__ = [
    "COMPRESSIONS",
    "TAR_MODES",
    "decompressing_opener",
    "is_compressed_tar",
    "walk_tar",
    "walk_zip",
]

# Each takes a binary file and gives its decompressed content (the caller closes it).
_DECOMPRESSORS: dict[str, Callable[[IO[bytes]], IO[bytes]]] = {
    "gzip": lambda f: cast(IO[bytes], gzip.GzipFile(fileobj=f, mode="rb")),
    "bzip2": lambda f: cast(IO[bytes], bz2.BZ2File(f, mode="rb")),
    "xz": lambda f: cast(IO[bytes], lzma.LZMAFile(f, mode="rb")),  # noqa: SIM115
}
COMPRESSIONS = frozenset(_DECOMPRESSORS)
"""The kinds (of `sniff`) of a compressed file: a tar inside, or a single file."""

TarMode = Literal["r:gz", "r:bz2", "r:xz", "r:"]
TAR_MODES: dict[str, TarMode] = {"gzip": "r:gz", "bzip2": "r:bz2", "xz": "r:xz", "tar": "r:"}


def is_compressed_tar(file: IO[bytes], kind: str) -> bool:
    """Whether a compressed file holds a tar (the file is left at its start)."""
    try:
        with _DECOMPRESSORS[kind](cast(IO[bytes], _Unclosed(file))) as stream:
            head = stream.read(HEAD_SIZE)
    except Exception:  # a broken compressed file: classified (and reported) as a single file
        return False
    finally:
        file.seek(0)
    return sniff(head) == "tar"


def decompressing_opener(path: str, kind: str) -> Callable[[], IO[bytes]]:
    """Opens the decompressed content of a single compressed file, each call from its start."""

    def open_decompressed() -> IO[bytes]:
        raw = open(path, "rb")  # noqa: SIM115 - closed with the stream
        return cast(IO[bytes], _OwningStream(raw, _DECOMPRESSORS[kind](raw)))

    return open_decompressed


@dataclass(frozen=True, slots=True)
class _Member:
    """A regular member of an archive, not read yet."""

    name: str
    size: int
    walk_open: Callable[[], IO[bytes]]
    """Reads it through the walk's handle of the archive (only while the walk is on it)."""
    fresh_open: Callable[[], IO[bytes]]
    """Opens it from a handle of its own, from any thread, at any time."""
    spool: bool = False
    """Copy it once while the walk is on it: re-opening would cost too much."""


def walk_zip(
    name: str,
    key: str,
    stamp: tuple[int, int],
    file: IO[bytes],
    large_file_bytes: int,
    journal: Journal | None,
) -> Iterator[Item]:
    """The members of a ZIP archive, classified."""
    try:
        archive = zipfile.ZipFile(file)
    except Exception as exc:
        reason = f"unreadable ZIP archive: {describe(exc)}"
        yield skipped(name, OutcomeStatus.FAILED, reason, stamp[0])
        return
    with archive:
        members = _zip_members(name, archive)
        yield from _classify_members(name, key, stamp, members, large_file_bytes, journal)


def walk_tar(
    name: str,
    key: str,
    stamp: tuple[int, int],
    mode: TarMode,
    large_file_bytes: int,
    journal: Journal | None,
) -> Iterator[Item]:
    """The regular members of a tar archive (maybe compressed), classified."""
    try:
        archive = tarfile.open(name, mode)  # noqa: SIM115 - closed below
    except Exception as exc:
        reason = f"unreadable tar archive: {describe(exc)}"
        yield skipped(name, OutcomeStatus.FAILED, reason, stamp[0])
        return
    with archive:
        members = _tar_members(name, archive, mode, large_file_bytes)
        yield from _classify_members(name, key, stamp, members, large_file_bytes, journal)


def _classify_members(
    name: str,
    key: str,
    stamp: tuple[int, int],
    members: Iterator[_Member | Item],
    large_file_bytes: int,
    journal: Journal | None,
) -> Iterator[Item]:
    # The rules every archive shares: hidden members skipped, the journal consulted, each
    # member classified before the archive moves on (a compressed tar is read as a stream).
    for member in members:
        if isinstance(member, Item):  # the archive broke: the walk of it ends here
            yield member
            continue
        full, full_key = f"{name}!{member.name}", f"{key}!{member.name}"
        if _hidden_member(member.name):
            yield skipped(full, OutcomeStatus.SKIPPED, "hidden file", member.size)
        elif (hit := journal_hit(full, full_key, stamp, member.size, journal)) is not None:
            yield hit
        elif not member.spool:
            open_now, open_later = member.walk_open, member.fresh_open
            yield classify(
                full, full_key, stamp, open_now, open_later, large_file_bytes, member.size
            )
        else:
            spool = _Spool(member.walk_open)
            item = classify(
                full, full_key, stamp, spool.walk_open, spool.open, large_file_bytes, member.size
            )
            if item.opener is None:
                spool.close()
            else:
                item.release = spool.close
            yield item


def _zip_members(name: str, archive: zipfile.ZipFile) -> Iterator[_Member]:
    for info in archive.infolist():
        if not info.is_dir():
            walk_open = partial(_open_zip_member, archive, info)
            fresh_open = partial(_reopen_zip_member, name, info)
            yield _Member(info.filename, info.file_size, walk_open, fresh_open)


def _tar_members(
    name: str, archive: tarfile.TarFile, mode: TarMode, large_file_bytes: int
) -> Iterator[_Member | Item]:
    while True:
        try:
            info = archive.next()
        except Exception as exc:
            reason = f"tar archive broken after this point: {describe(exc)}"
            yield skipped(name, OutcomeStatus.FAILED, reason)
            return
        if info is None:
            return
        if info.isreg():
            walk_open = partial(_open_tar_member, archive, info)
            fresh_open = partial(_reopen_tar_member, name, mode, info)
            # Compressed: re-opening would decompress everything before the member, for each
            # large member (quadratic). Spool it once, in walk order, to an anonymous file.
            spool = mode != "r:" and info.size > large_file_bytes
            yield _Member(info.name, info.size, walk_open, fresh_open, spool)
        elif not info.isdir():  # links and special files: an outcome each, nothing followed
            yield skipped(f"{name}!{info.name}", OutcomeStatus.SKIPPED, _not_a_file(info))


def _not_a_file(info: tarfile.TarInfo) -> str:
    if info.issym():
        return "symbolic link in the archive (not followed)"
    if info.islnk():
        return f"hard link to {info.linkname!r} in the archive (that member is read itself)"
    return "not a regular file (device or pipe)"


def _open_zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> IO[bytes]:
    return archive.open(info)


def _reopen_zip_member(path: str, info: zipfile.ZipInfo) -> IO[bytes]:
    return cast(IO[bytes], _OwningStream(zipfile.ZipFile(path), info))


def _open_tar_member(archive: tarfile.TarFile, info: tarfile.TarInfo) -> IO[bytes]:
    stream = archive.extractfile(info)
    if stream is None:  # pragma: no cover - isreg() was checked
        raise OSError("archive member is not a regular file")
    return stream


def _reopen_tar_member(path: str, mode: TarMode, info: tarfile.TarInfo) -> IO[bytes]:
    # A handle of its own: in an uncompressed tar, a seek to the member.
    return cast(IO[bytes], _OwningStream(tarfile.open(path, mode), info))


def _hidden_member(member: str) -> bool:
    # Either separator (zips made on Windows use '\\'); '.' and '..' are path steps, not hidden
    # names: nothing is extracted, so a member named '../../x.dcm' is read like any other.
    parts = member.replace("\\", "/").split("/")
    return any(part.startswith(".") for part in parts if part not in ("", ".", ".."))


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


class _Delegating(io.RawIOBase):
    """A readable stream that reads, seeks and tells through another one."""

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__()
        self._stream = stream

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


class _Unclosed(_Delegating):
    """Wraps a stream so that a `with` block or a decompressor does not close it."""

    def close(self) -> None:
        pass

    @property
    def closed(self) -> bool:
        return False


class _OwningStream(_Delegating):
    """A stream that closes what it was opened from with it (an archive, a compressed file).

    It has no `fileno()`: the size of the underlying file is not the size of this content.
    """

    def __init__(
        self, owner: IO[bytes] | zipfile.ZipFile | tarfile.TarFile, member: object
    ) -> None:
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
        super().__init__(stream)
        self._owner = owner

    def close(self) -> None:
        if not self.closed:
            try:
                self._stream.close()
            finally:
                self._owner.close()
        super().close()
