"""Exports fetch small files many per request, in ZIP archives: each member goes to the instance
its own UIDs name (never its name in the archive), whole and checked; whatever an archive does
not deliver stays to be downloaded alone; batches keep their bounds."""

from __future__ import annotations

import io
import logging
import zipfile
from pathlib import Path

import httpx
import pytest

from aiorthanc import (
    APIStatusError,
    APITimeoutError,
    AsyncOrthanc,
    ForbiddenError,
    NotFoundError,
)
from aiorthanc._constants import EXPORT_ARCHIVE_FILES, STREAM_CHUNK_SIZE
from aiorthanc._dicom import parse_header
from aiorthanc._facade import _export as export_module
from aiorthanc._facade._download import write_whole
from aiorthanc._facade._export_archives import _member, batches, unpack
from aiorthanc._facade._levels import Instance
from dicom_factory import ct_dataset, dicom_bytes

CLIENT = AsyncOrthanc("http://127.0.0.1:9")  # never asked: instances are built from JSON


def files(count: int, *, pixels: int = 64) -> dict[str, bytes]:
    """`count` DICOM files by the Orthanc ID their UIDs give."""
    out = {}
    for _ in range(count):
        data = dicom_bytes(ct_dataset("P"), pixels=pixels)
        header = parse_header(data)
        assert header is not None
        assert header.instance_id is not None
        out[header.instance_id] = data
    return out


def archive_of(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=method) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return out.getvalue()


def unpacked(archive: bytes, wanted: dict[str, tuple[Path, int]]) -> list[tuple[Path, int]]:
    written: list[tuple[Path, int]] = []
    unpack(archive, wanted, write_whole, written)
    return written


def wanted_in(folder: Path, by_id: dict[str, bytes]) -> dict[str, tuple[Path, int]]:
    return {i: (folder / f"{n}.dcm", len(data)) for n, (i, data) in enumerate(by_id.items())}


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_members_go_to_the_instance_their_uids_name_not_their_name(
    tmp_path: Path, method: int
) -> None:
    by_id = files(3)
    ids = list(by_id)
    # Names that lie: each member is named after the next instance.
    members = [(f"{ids[(n + 1) % 3]}.dcm", by_id[i]) for n, i in enumerate(ids)]
    wanted = wanted_in(tmp_path, by_id)
    paths = {i: wanted[i][0] for i in ids}
    written = unpacked(archive_of(members, method), wanted)
    assert sorted(written) == sorted((paths[i], len(by_id[i])) for i in ids)
    assert wanted == {}
    for i in ids:
        assert paths[i].read_bytes() == by_id[i]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.dcm", "1.dcm", "2.dcm"]


def test_a_damaged_member_is_skipped_and_stays_wanted(tmp_path: Path) -> None:
    by_id = files(3)
    ids = list(by_id)
    archive = bytearray(archive_of([(str(n), by_id[i]) for n, i in enumerate(ids)]))
    with zipfile.ZipFile(io.BytesIO(bytes(archive))) as reading:
        second = reading.infolist()[1]
    # One byte of the second member's compressed data flipped: its CRC-32 no longer matches.
    start = second.header_offset + 30 + len(second.filename)
    archive[start + second.compress_size // 2] ^= 0xFF
    wanted = wanted_in(tmp_path, by_id)
    written = unpacked(bytes(archive), wanted)
    assert [path.name for path, _ in written] == ["0.dcm", "2.dcm"]
    assert list(wanted) == [ids[1]]
    assert not (tmp_path / "1.dcm").exists()


def test_a_cut_or_foreign_archive_writes_nothing(tmp_path: Path) -> None:
    by_id = files(2)
    archive = archive_of([(str(n), data) for n, data in enumerate(by_id.values())])
    for broken in (archive[: len(archive) // 2], b"<html>busy</html>", b""):
        wanted = wanted_in(tmp_path, by_id)
        assert unpacked(broken, wanted) == []
        assert len(wanted) == 2
    assert list(tmp_path.iterdir()) == []


def test_members_not_wanted_or_not_dicom_are_left(tmp_path: Path) -> None:
    by_id = files(2)
    stranger = dicom_bytes(ct_dataset("Q"), pixels=64)
    members = [("README", b"not DICOM"), ("x.dcm", stranger), *by_id.items()]
    wanted = wanted_in(tmp_path, dict(list(by_id.items())[:1]))
    written = unpacked(archive_of(members), wanted)
    assert len(written) == 1
    assert wanted == {}
    assert len(list(tmp_path.iterdir())) == 1


def test_no_member_is_inflated_beyond_the_largest_file_wanted(tmp_path: Path) -> None:
    by_id = files(1)
    [(instance_id, data)] = by_id.items()
    wanted = {instance_id: (tmp_path / "a.dcm", len(data) - 1)}  # listed smaller than it is
    assert unpacked(archive_of([("a", data)]), wanted) == []
    assert instance_id in wanted


def test_a_member_whose_size_or_crc_lies_is_refused() -> None:
    data = dicom_bytes(ct_dataset("P"), pixels=4096)
    archive = archive_of([("a", data)])
    with zipfile.ZipFile(io.BytesIO(archive)) as members:
        [member] = members.infolist()
        assert _member(archive, member) == data
        member.file_size -= 1  # inflating stops at the size announced, plus one byte
        assert _member(archive, member) is None
        member.file_size += 1
        member.CRC ^= 1
        assert _member(archive, member) is None


def test_a_write_error_is_raised_and_the_files_written_before_it_are_counted(
    tmp_path: Path,
) -> None:
    by_id = files(3)
    calls: list[Path] = []

    def full_after_one(target: Path, data: bytes) -> int:
        calls.append(target)
        if len(calls) > 1:
            raise OSError(28, "No space left on device")
        return write_whole(target, data)

    written: list[tuple[Path, int]] = []
    wanted = wanted_in(tmp_path, by_id)
    with pytest.raises(OSError, match="No space left"):
        unpack(archive_of(list(by_id.items())), wanted, full_after_one, written)
    assert written == [(calls[0], calls[0].stat().st_size)]
    assert len(wanted) == 1  # the third, never tried


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_a_member_compressed_otherwise_than_orthanc_does_is_not_read(
    tmp_path: Path, method: int
) -> None:
    # zipfile inflates bzip2 and LZMA whole before any size check, and raises their own errors
    # on damaged data: such a member is left to be downloaded alone.
    by_id = files(2)
    wanted = wanted_in(tmp_path, by_id)
    assert unpacked(archive_of(list(by_id.items()), method), wanted) == []
    assert len(wanted) == 2
    assert list(tmp_path.iterdir()) == []


def test_an_archive_with_more_members_than_asked_for_is_not_read(tmp_path: Path) -> None:
    by_id = files(1)
    padding = [(f"extra-{n}", b"not DICOM") for n in range(9)]  # more than the spare allowed
    wanted = wanted_in(tmp_path, by_id)
    assert unpacked(archive_of([*padding, *by_id.items()]), wanted) == []
    assert len(wanted) == 1
    wanted = wanted_in(tmp_path, by_id)
    assert len(unpacked(archive_of([*padding[:8], *by_id.items()]), wanted)) == 1


def instance(number: int, size: int | None) -> Instance:
    if size is None:
        return Instance.from_id(CLIENT, f"i{number}")
    return Instance.from_json(
        CLIENT,
        {
            "ID": f"i{number}",
            "FileSize": size,
            "FileUuid": "u",
            "IndexInSeries": None,
            "MainDicomTags": {},
            "ParentSeries": "s",
            "Type": "Instance",
        },
    )


def test_batches_keep_their_bounds_and_hold_every_file_once() -> None:
    small = [instance(n, 1000) for n in range(EXPORT_ARCHIVE_FILES + 5)]
    big, unknown = instance(900, STREAM_CHUNK_SIZE + 1), instance(901, None)
    empty = instance(902, 0)
    listed = [*small[:10], big, unknown, empty, *small[10:]]
    groups = list(batches(listed, archive_bytes=8 * 1024 * 1024))
    assert sorted(i.id for group in groups for i in group) == sorted(i.id for i in listed)
    # A large file, one of unknown size, an empty one: each alone; the small ones by 100.
    assert [group for group in groups if len(group) == 1] == [[big], [unknown], [empty]]
    assert [group for group in groups if len(group) > 1] == [
        small[:EXPORT_ARCHIVE_FILES],
        small[EXPORT_ARCHIVE_FILES:],
    ]
    # By bytes: at most 3500 bytes of files in one archive.
    assert [len(group) for group in batches(small[:10], archive_bytes=3500)] == [3, 3, 3, 1]
    # Without archives every file is alone, and sizes are never read.
    ids_only = [instance(n, None) for n in range(3)]
    assert [len(group) for group in batches(ids_only + small[:3], archive_bytes=0)] == [1] * 6


def status_error(kind: type[APIStatusError], status: int) -> APIStatusError:
    answer = httpx.Response(status, request=httpx.Request("POST", "http://o/tools/create-archive"))
    return kind(answer, method="POST", url="http://o/tools/create-archive")


@pytest.mark.asyncio
async def test_archives_are_given_up_on_a_refusal_or_404s_in_a_row_never_on_a_timeout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    answers: list[BaseException | bytes] = []

    async def fetch_archive(*_: object, **__: object) -> bytes:
        answer = answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    monkeypatch.setattr(export_module, "fetch_archive", fetch_archive)
    pair = [instance(1, 10), instance(2, 10)]
    not_found = status_error(NotFoundError, 404)
    timeout = APITimeoutError("timed out", method="POST", url="http://o/tools/create-archive")

    downloads = export_module._Downloads(CLIENT, export_module.ExportOptions(tmp_path))
    answers[:] = [timeout, not_found, not_found, b"PK", not_found, not_found]
    for expected in (None, None, None, b"PK", None, None):
        assert await downloads.fetch(pair) == expected
    assert downloads.archives  # a timeout, and 404s broken by an archive: still asked for
    answers[:] = [not_found, b"never asked"]
    assert await downloads.fetch(pair) is None
    assert not downloads.archives  # a third 404 in a row
    assert await downloads.fetch(pair) is None
    assert answers == [b"never asked"]

    downloads = export_module._Downloads(CLIENT, export_module.ExportOptions(tmp_path))
    answers[:] = [status_error(ForbiddenError, 403)]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="aiorthanc"):
        assert await downloads.fetch(pair) is None
        downloads.refuse(status_error(ForbiddenError, 403))  # a request that was in flight
    assert not downloads.archives
    assert [r.getMessage() for r in caplog.records] == [
        "export: POST /tools/create-archive -> 403 Forbidden; files are now downloaded one by one"
    ]
