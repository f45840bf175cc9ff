import bz2
import gzip
import io
import lzma
import os
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pydicom.uid import CTImageStorage

from aiorthanc._import._journal import Journal
from aiorthanc._import._walk import Item, walk
from dicom_factory import ct_dataset, dicom_bytes

SMALL = 64 * 1024


def _dicom(pixels: int = 0, sop_class: str = CTImageStorage) -> bytes:
    return dicom_bytes(ct_dataset(sop_class=sop_class), pixels=pixels)


def _walk(*paths: Path, journal: Journal | None = None) -> dict[str, Item]:
    return {
        os.path.relpath(item.name.split("!")[0], paths[0].parent)
        + ("!" + item.name.split("!")[1] if "!" in item.name else ""): item
        for item in walk(paths, large_file_bytes=SMALL, journal=journal)
    }


def _status(item: Item) -> str:
    return item.skip.status if item.skip else "send"


def test_folder_walk_classifies_by_content(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.dcm").write_bytes(_dicom())
    (root / "sub" / "no_extension").write_bytes(_dicom())
    (root / "sub" / "deeper" / "x.txt").write_bytes(b"hello")
    (root / "notes.json").write_bytes(b'{"a": 1}')
    (root / "empty.dcm").write_bytes(b"")
    (root / ".hidden.dcm").write_bytes(_dicom())
    (root / ".git").mkdir()
    (root / ".git" / "obj.dcm").write_bytes(_dicom())
    (root / "DICOMDIR").write_bytes(_dicom(sop_class="1.2.840.10008.1.3.10"))

    items = _walk(root)

    assert {name: _status(item) for name, item in items.items()} == {
        "in/a.dcm": "send",
        "in/sub/no_extension": "send",
        "in/sub/deeper/x.txt": "not_dicom",
        "in/notes.json": "skipped",
        "in/empty.dcm": "not_dicom",
        "in/.hidden.dcm": "skipped",
        "in/.git": "skipped",
        "in/DICOMDIR": "skipped",
    }
    assert items["in/DICOMDIR"].skip is not None
    assert "DICOMDIR" in items["in/DICOMDIR"].skip.reason
    assert items["in/a.dcm"].data is not None
    assert items["in/a.dcm"].header is not None
    assert items["in/a.dcm"].header.instance_id is not None


def test_a_large_file_is_not_held_in_memory_and_can_be_reopened(tmp_path: Path) -> None:
    content = _dicom(pixels=SMALL * 3)
    path = tmp_path / "big.dcm"
    path.write_bytes(content)

    (item,) = walk([path], large_file_bytes=SMALL)

    assert item.data is None
    assert item.size == len(content)
    assert item.header is not None
    assert item.header.instance_id is not None
    assert item.opener is not None
    for _ in range(2):  # a retry opens it again from its start
        with item.opener() as stream:
            assert stream.read() == content


def _archive_members() -> dict[str, bytes]:
    return {
        "a.dcm": _dicom(),
        "dir/b": _dicom(),
        "big.dcm": _dicom(pixels=SMALL * 2),
        "readme.txt": b"not dicom",
        "dir/.DS_Store": b"junk",
    }


def _write_zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _write_tar(path: Path, members: dict[str, bytes], mode: str) -> None:
    with tarfile.open(path, mode) as archive:  # type: ignore[call-overload]
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize(
    ("filename", "writer"),
    [
        ("x.zip", _write_zip),
        ("x.tar", lambda p, m: _write_tar(p, m, "w")),
        ("x.tar.gz", lambda p, m: _write_tar(p, m, "w:gz")),
        ("x.tar.bz2", lambda p, m: _write_tar(p, m, "w:bz2")),
        ("x.tar.xz", lambda p, m: _write_tar(p, m, "w:xz")),
        ("misleading.bin", lambda p, m: _write_tar(p, m, "w:gz")),  # content, not name
    ],
)
def test_archives_are_read_in_place(tmp_path: Path, filename: str, writer: object) -> None:
    members = _archive_members()
    path = tmp_path / filename
    writer(path, members)  # type: ignore[operator]

    items = {item.name.split("!", 1)[1]: item for item in walk([path], large_file_bytes=SMALL)}

    assert {name: _status(item) for name, item in items.items()} == {
        "a.dcm": "send",
        "dir/b": "send",
        "big.dcm": "send",
        "readme.txt": "not_dicom",
        "dir/.DS_Store": "skipped",
    }
    assert items["a.dcm"].data == members["a.dcm"]
    big = items["big.dcm"]
    assert big.data is None
    assert big.opener is not None
    with big.opener() as stream:  # reopened after the walk closed the archive
        assert stream.read() == members["big.dcm"]
    assert list(tmp_path.iterdir()) == [path]  # nothing extracted


@pytest.mark.parametrize(
    ("suffix", "compress"),
    [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)],
)
def test_single_compressed_files(tmp_path: Path, suffix: str, compress: object) -> None:
    small, big = _dicom(), _dicom(pixels=SMALL * 2)
    (tmp_path / f"small.dcm{suffix}").write_bytes(compress(small))  # type: ignore[operator]
    (tmp_path / f"big.dcm{suffix}").write_bytes(compress(big))  # type: ignore[operator]

    items = {Path(i.name).name: i for i in walk([tmp_path], large_file_bytes=SMALL)}

    assert items[f"small.dcm{suffix}"].data == small
    item = items[f"big.dcm{suffix}"]
    assert item.data is None
    assert item.size == len(big)
    assert item.header is not None
    assert item.header.instance_id is not None
    assert item.opener is not None
    with item.opener() as stream:
        assert stream.read() == big


def test_journal_hits_are_skipped_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "a.dcm"
    path.write_bytes(_dicom())
    journal = Journal.open(tmp_path / "journal.jsonl")
    stat = path.stat()
    journal.record(str(path.resolve()), (stat.st_size, stat.st_mtime_ns), "id", "st", "stored")

    items = list(walk([tmp_path], large_file_bytes=SMALL, journal=journal))
    journal.close()

    (item,) = items  # the journal file itself is not a source
    assert item.skip is not None
    assert item.skip.status == "already_stored"
    assert item.skip.journal is not None
    assert item.skip.journal.instance_id == "id"
    assert item.data is None


def test_missing_path_is_reported_not_raised(tmp_path: Path) -> None:
    (item,) = walk([tmp_path / "nope"], large_file_bytes=SMALL)
    assert item.skip is not None
    assert item.skip.status == "failed"
    assert "No such file" in item.skip.reason


def test_corrupt_archive_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.tar.gz"
    path.write_bytes(gzip.compress(b"\0" * 257 + b"ustar" + b"\0" * 100)[:-20])
    items = list(walk([path], large_file_bytes=SMALL))
    assert items
    assert all(item.skip is not None for item in items)


def _patch_zip_member(
    path: Path, member: str, patch: Callable[[bytearray, int, int], None]
) -> None:
    """`patch(data, start of the member's data, start of its central directory record)`."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(member).header_offset
    local = data[offset + 26 : offset + 30]
    start = offset + 30 + int.from_bytes(local[:2], "little") + int.from_bytes(local[2:], "little")
    central = next(
        i
        for i in range(len(data) - 46)
        if data[i : i + 4] == b"PK\x01\x02"
        and int.from_bytes(data[i + 42 : i + 46], "little") == offset
    )
    patch(data, start, central)
    path.write_bytes(bytes(data))


def test_an_unreadable_zip_member_fails_alone_and_later_members_still_come(
    tmp_path: Path,
) -> None:
    members = {name: _dicom() for name in ("a.dcm", "b.dcm", "c.dcm", "d.dcm", "e.dcm")}
    path = tmp_path / "x.zip"
    _write_zip(path, members)

    def bad_deflate(data: bytearray, start: int, central: int) -> None:
        data[start : start + 8] = b"\xff" * 8  # an invalid deflate block type: zlib.error

    def unknown_method(data: bytearray, start: int, central: int) -> None:
        data[central + 10 : central + 12] = (99).to_bytes(2, "little")  # NotImplementedError

    _patch_zip_member(path, "b.dcm", bad_deflate)
    _patch_zip_member(path, "d.dcm", unknown_method)

    items = list(walk([path], large_file_bytes=SMALL))

    names = [item.name.split("!", 1)[1] for item in items]
    assert names == ["a.dcm", "b.dcm", "c.dcm", "d.dcm", "e.dcm"]  # one outcome each
    statuses = {name: _status(item) for name, item in zip(names, items, strict=True)}
    assert statuses == {
        "a.dcm": "send",
        "b.dcm": "failed",
        "c.dcm": "send",
        "d.dcm": "failed",
        "e.dcm": "send",
    }
    assert "error" in items[1].skip.reason.lower()  # type: ignore[union-attr]
    assert "NotImplementedError" in items[3].skip.reason  # type: ignore[union-attr]


def test_symlinked_folders_are_walked_once(tmp_path: Path) -> None:
    from aiorthanc._import._walk import scan_totals

    root = tmp_path / "d"
    (root / "sub").mkdir(parents=True)
    (root / "a.dcm").write_bytes(_dicom())
    (root / "sub" / "b.dcm").write_bytes(_dicom())
    (root / "loop").symlink_to(".")
    (root / "zlink").symlink_to("sub")

    items = list(walk([root], large_file_bytes=SMALL))

    sent = sorted(os.path.relpath(item.name, root) for item in items if item.skip is None)
    assert sent == ["a.dcm", os.path.join("sub", "b.dcm")]
    skipped = sorted(os.path.relpath(item.name, root) for item in items if item.skip is not None)
    assert skipped == ["loop", "zlink"]
    assert all("already walked" in item.skip.reason for item in items if item.skip is not None)
    files, size = scan_totals([root])
    assert (files, size) == (
        2,
        (root / "a.dcm").stat().st_size + (root / "sub" / "b.dcm").stat().st_size,
    )


@pytest.mark.parametrize("mode", ["w:gz", "w:bz2", "w:xz"])
def test_large_members_of_a_compressed_tar_are_read_in_one_pass(tmp_path: Path, mode: str) -> None:
    members = {f"big{n}.dcm": _dicom(pixels=SMALL * 2) for n in range(3)}
    path = tmp_path / "x.tar"
    _write_tar(path, members, mode)

    items = list(walk([path], large_file_bytes=SMALL))
    path.unlink()  # the upload must not decompress the archive again (once per member)

    assert [item.name.split("!", 1)[1] for item in items] == list(members)
    for item, content in zip(items, members.values(), strict=True):
        assert item.opener is not None
        assert item.release is not None
        for _ in range(2):  # a retry reads it again
            with item.opener() as stream:
                assert stream.read() == content
        item.release()
