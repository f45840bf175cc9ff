"""Small files of an export fetched many per request, as ZIP archives (``/tools/create-archive``).

A request per file costs the client more CPU than writing the file: on two cores, that CPU is
taken from the server. Orthanc puts many instances in one ZIP (the stored files, byte for byte,
on 1.10.1 to 1.13.0). Each member is known by the Orthanc ID computed from its own UIDs, never
by its name in the archive; its size and CRC-32 are checked; it is written atomically to the path
placed for that instance. Whatever an archive does not deliver (an instance deleted meanwhile, a
member that cannot be matched, a damaged or refused archive) is downloaded one file at a time.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import anyio
import httpx

from aiorthanc._constants import EXPORT_ARCHIVE_FILES, STREAM_CHUNK_SIZE
from aiorthanc._dicom import parse_header
from aiorthanc._facade._archives import archive_request
from aiorthanc._facade._levels import Instance

if TYPE_CHECKING:
    from aiorthanc._session import Session
    from aiorthanc._types import TimeoutTypes, UseDefault

__all__ = ["Batch", "batches", "fetch_archive", "unpack"]

# Per member: a local header and a central directory entry, each with the member's name.
_MEMBER_OVERHEAD = 1024


class Batch:
    """A unit of an export's work: small files for one archive, or one file alone.

    Its instances are known as soon as they are listed, its paths once they are placed (after
    the upper levels are listed, for a layout that reads their tags): an archive can be asked
    for meanwhile.
    """

    __slots__ = ("_paths", "_placed", "instances")

    def __init__(self, instances: list[Instance], paths: list[Path] | None = None) -> None:
        self.instances = instances
        self._paths: list[Path] = []
        self._placed = anyio.Event()
        if paths is not None:
            self.place(paths)

    def place(self, paths: list[Path]) -> None:
        """Give the path of each instance, in order."""
        self._paths = paths
        self._placed.set()

    async def placed(self) -> list[tuple[Instance, Path]]:
        """Each instance with its path, once placed."""
        await self._placed.wait()
        return list(zip(self.instances, self._paths, strict=True))


def batches(instances: Iterable[Instance], archive_bytes: int) -> Iterator[list[Instance]]:
    """`instances` grouped for download: files of known size up to `STREAM_CHUNK_SIZE`, at
    most `EXPORT_ARCHIVE_FILES` of them and `archive_bytes` together; every other file alone."""
    batch: list[Instance] = []
    size = 0
    for instance in instances:
        file_size = instance.file_size if instance.fetched else None  # listed by ID: unknown
        if file_size is None or not 0 < file_size <= min(STREAM_CHUNK_SIZE, archive_bytes):
            yield [instance]
            continue
        if batch and (size + file_size > archive_bytes or len(batch) == EXPORT_ARCHIVE_FILES):
            yield batch
            batch, size = [], 0
        batch.append(instance)
        size += file_size
    if batch:
        yield batch


async def fetch_archive(
    client: Session, instances: list[Instance], *, timeout: TimeoutTypes | UseDefault
) -> bytes | None:
    """The ZIP of `instances`; None if it is larger than they can make.

    Raises:
        APIError: as `request()` (`NotFoundError` when one was deleted since the listing).
    """
    most = sum(instance.file_size or 0 for instance in instances)
    most += _MEMBER_OVERHEAD * (len(instances) + 1) + most // 100  # deflate can grow a member
    route, body = archive_request(instances, media=False)

    async def read(response: httpx.Response) -> bytes | None:
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > most:
                return None
            chunks.append(chunk)
        return b"".join(chunks)

    # Asking for an archive changes nothing on the server: it may be sent again.
    return await client.exchange("POST", route, read, json=body, timeout=timeout, idempotent=True)


def unpack(
    archive: bytes,
    wanted: dict[str, tuple[Path, int]],
    write_file: Callable[[Path, bytes], int],
    written: list[tuple[Path, int]],
) -> None:
    """Write each member of `archive` that is one of the instances `wanted` (ID: path, size) to
    its path, and append (path, size) to `written` at once: those written before a write error
    are counted. Those written are taken out of `wanted`: what stays is to be downloaded alone.
    A damaged or foreign archive writes nothing; a damaged member is skipped.

    Raises:
        OSError: a file could not be written (as `write_file` raises it).
    """
    # No member is decompressed beyond the largest file wanted, and no more members are read
    # than were asked for: memory and time stay bounded whatever the archive claims.
    largest = max((size for _, size in wanted.values()), default=0)
    try:
        members = zipfile.ZipFile(io.BytesIO(archive))
    except (zipfile.BadZipFile, EOFError, ValueError):
        return
    with members:
        entries = members.infolist()
        if len(entries) > len(wanted) + _SPARE_MEMBERS:  # not the archive asked for
            return
        offsets: set[int] = set()
        for member in entries:
            if not wanted:
                return
            if member.is_dir() or member.file_size > largest or member.header_offset in offsets:
                continue
            offsets.add(member.header_offset)  # entries sharing data are read once
            data = _member(archive, member)
            if data is None:
                continue
            header = parse_header(data)
            instance_id = header.instance_id if header is not None else None
            if instance_id is None or instance_id not in wanted:
                continue
            path, _ = wanted.pop(instance_id)
            written.append((path, write_file(path, data)))


# Members beyond the instances asked for that an archive may hold (none from Orthanc today).
_SPARE_MEMBERS = 8

_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, ..., name length, extra length
_LOCAL_SIGNATURE = b"PK\x03\x04"


def _member(archive: bytes, member: zipfile.ZipInfo) -> bytes | None:
    """The bytes of `member`, read straight from `archive` and checked against its size and
    CRC-32; None if damaged, encrypted, or compressed other than stored or deflated (Orthanc
    uses nothing else, and zipfile would inflate bzip2 or LZMA whole before any size check).
    """
    if member.flag_bits & 0x1 or member.compress_type not in _OWN_METHODS:
        return None
    offset = member.header_offset
    if offset + _LOCAL_HEADER.size > len(archive):
        return None
    signature, name_length, extra_length = _LOCAL_HEADER.unpack_from(archive, offset)
    start = offset + _LOCAL_HEADER.size + name_length + extra_length
    raw = archive[start : start + member.compress_size]
    if signature != _LOCAL_SIGNATURE or len(raw) != member.compress_size:
        return None
    if member.compress_type == zipfile.ZIP_STORED:
        data = raw
    else:
        try:  # never more than the size announced: a lying member cannot fill memory
            data = zlib.decompressobj(-zlib.MAX_WBITS).decompress(raw, member.file_size + 1)
        except zlib.error:
            return None
    if len(data) != member.file_size or zlib.crc32(data) != member.CRC:
        return None
    return data


_OWN_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
