"""Tags, metadata, datasets, images and streaming downloads against a real Orthanc."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import anyio
import pytest
import pytest_asyncio
from facade_data import make_instance, make_tree, upload_sync

from aiorthanc import AsyncOrthanc, NotFoundError
from aiorthanc._facade import (
    Instance,
    InstanceCollection,
    OptionalDependencyError,
    SeriesCollection,
    Study,
    StudyCollection,
    export,
)
from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalOrthanc]:
    with LocalOrthanc(config={"UserMetadata": {"Reviewed": 1024}}) as server:
        upload_sync(server.url, make_tree(1, 1, 2, 3, rows=32, columns=32))
        yield server


@pytest_asyncio.fixture
async def orthanc(server: LocalOrthanc) -> AsyncIterator[AsyncOrthanc]:
    async with server.client() as client:
        yield client


async def _study(orthanc: AsyncOrthanc) -> Study:
    study = await StudyCollection(orthanc).first()
    assert study is not None
    return study


async def _instance(orthanc: AsyncOrthanc) -> Instance:
    instance = await InstanceCollection(orthanc).first({"InstanceNumber": "2"})
    assert instance is not None
    return instance


async def test_tags(orthanc: AsyncOrthanc) -> None:
    instance = await _instance(orthanc)
    simplified = await instance.simplified_tags()
    assert simplified["PatientID"] == "P000"
    assert simplified["InstanceNumber"] == "2"
    full = await instance.full_tags()
    assert full["0010,0020"]["Value"] == "P000"
    assert full["0010,0020"]["Name"] == "PatientID"
    assert await instance.tag("PatientName") == "Test^Patient0"
    assert await instance.tag("0010,0010") == "Test^Patient0"
    assert await instance.tag("0010-0020") == "P000"
    assert await instance.tag("0020,0013") == "2"
    assert (await instance.tag_bytes("Modality")).rstrip(b" ") in (b"CT", b"MR")
    with pytest.raises(NotFoundError):
        await instance.tag("ReferencedImageSequence/0/ReferencedSOPInstanceUID")


async def test_tag_path_into_sequence(fresh_orthanc_server: LocalOrthanc) -> None:
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    item = Dataset()
    item.ReferencedSOPInstanceUID = "1.2.3.4"
    data = make_instance(0, 0, 0, 0, tags={"ReferencedImageSequence": Sequence([item])})
    async with fresh_orthanc_server.client() as orthanc:
        answer = (await orthanc.request("POST", "/instances", content=data)).json()
        instance = await InstanceCollection(orthanc).get(answer["ID"])
        path = "ReferencedImageSequence/0/ReferencedSOPInstanceUID"
        assert await instance.tag(path) == "1.2.3.4"
        assert await instance.tag(["ReferencedImageSequence", 0, "0008,1155"]) == "1.2.3.4"


async def test_metadata_get_set_delete(orthanc: AsyncOrthanc) -> None:
    instance = await _instance(orthanc)
    metadata = await instance.metadata()
    assert metadata["Origin"] == "RestApi"
    assert "TransferSyntax" in metadata
    assert await instance.get_metadata("Reviewed") is None
    assert await instance.get_metadata("Reviewed", "no") == "no"
    await instance.set_metadata("Reviewed", "yes: é")
    assert await instance.get_metadata("Reviewed") == "yes: é"
    assert (await instance.metadata())["Reviewed"] == "yes: é"
    await instance.delete_metadata("Reviewed")
    assert await instance.get_metadata("Reviewed") is None
    study = await _study(orthanc)
    await study.set_metadata("1025", "study-level")
    assert await study.get_metadata("1025") == "study-level"
    gone = Instance.from_json(orthanc, {**instance.info.model_dump(by_alias=True), "ID": "gone"})
    with pytest.raises(NotFoundError):
        await gone.get_metadata("Reviewed")
    # Orthanc decodes %2F and reads `\` as `/`: "x/../.." escaped would still reach
    # DELETE /instances/{id} and delete the instance.
    for name in ("x/../..", "..\\..\\x", "..", ""):
        with pytest.raises(ValueError, match="not a metadata name"):
            await instance.delete_metadata(name)
        with pytest.raises(ValueError, match="not a metadata name"):
            await instance.set_metadata(name, "x")
    assert await instance.refresh() is instance  # still there


async def test_statistics(orthanc: AsyncOrthanc) -> None:
    study = await _study(orthanc)
    statistics = await study.statistics()
    assert statistics.count_instances == 6
    assert statistics.count_series == 2


async def test_dataset(orthanc: AsyncOrthanc, monkeypatch: pytest.MonkeyPatch) -> None:
    instance = await _instance(orthanc)
    dataset = await instance.dataset()
    assert dataset.PatientID == "P000"
    assert dataset.Rows == 32
    assert len(dataset.PixelData) == 32 * 32 * 2
    header = await instance.dataset(stop_before_pixels=True)
    assert "PixelData" not in header

    import builtins

    real_import = builtins.__import__

    def no_pydicom(name: str, *args: object, **kwargs: object) -> object:
        if name == "pydicom" or name.startswith("pydicom."):
            raise ImportError("No module named 'pydicom'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pydicom)
    monkeypatch.delitem(__import__("sys").modules, "pydicom")
    with pytest.raises(OptionalDependencyError, match=r"aiorthanc\[dicom\]"):
        await instance.dataset()


async def test_images(orthanc: AsyncOrthanc) -> None:
    instance = await _instance(orthanc)
    assert await instance.frames() == [0]
    png = await instance.preview()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    jpeg = await instance.preview(0, image_format="jpeg")
    assert jpeg.startswith(b"\xff\xd8")
    rendered = await instance.rendered(width=16, height=16)
    from PIL import Image

    assert Image.open(io.BytesIO(rendered)).size == (16, 16)
    thumbnail = await instance.thumbnail(8)
    assert Image.open(io.BytesIO(thumbnail)).size == (8, 8)
    thumb_jpeg = await instance.thumbnail((10, 5), image_format="jpeg")
    image = Image.open(io.BytesIO(thumb_jpeg))
    assert image.format == "JPEG"
    assert image.size == (5, 5)


async def test_instance_downloads(orthanc: AsyncOrthanc, tmp_path: Path) -> None:
    instance = await _instance(orthanc)
    expected = await instance.read_file()
    assert len(expected) == instance.file_size

    calls: list[tuple[int, int | None]] = []
    target = tmp_path / "sub" / "one.dcm"
    written = await instance.download(
        target, progress=lambda done, total: calls.append((done, total))
    )
    assert written == len(expected)
    assert target.read_bytes() == expected
    # The client asks for identity encoding: Orthanc sends the file's Content-Length.
    assert calls[-1] == (len(expected), len(expected))
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert [p.name for p in target.parent.iterdir()] == ["one.dcm"]  # no temp file left

    buffer = io.BytesIO()
    assert await instance.download(buffer) == len(expected)
    assert buffer.getvalue() == expected

    async with instance.stream_file() as chunks:
        assert b"".join([c async for c in chunks]) == expected


async def test_archive_and_media(orthanc: AsyncOrthanc, tmp_path: Path) -> None:
    study = await _study(orthanc)
    seen: list[int] = []

    async def progress(done: int, total: int | None) -> None:
        seen.append(done)

    size = await study.download_archive(tmp_path / "study.zip", progress=progress)
    assert size == (tmp_path / "study.zip").stat().st_size
    assert seen[-1] == size
    with zipfile.ZipFile(tmp_path / "study.zip") as archive:
        assert len([n for n in archive.namelist() if not n.endswith("/")]) == 6

    series = (await study.series())[0]
    await series.download_media(tmp_path / "media.zip")
    with zipfile.ZipFile(tmp_path / "media.zip") as media:
        names = media.namelist()
        assert "DICOMDIR" in names
        assert len(names) == 4

    async with study.stream_archive() as chunks:
        data = b"".join([c async for c in chunks])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert len(archive.namelist()) >= 6

    patient = await study.patient()
    buffer = io.BytesIO()
    await patient.download_media(buffer)
    with zipfile.ZipFile(buffer) as media:
        assert "DICOMDIR" in media.namelist()
    async with series.stream_media() as chunks:
        assert (await chunks.__anext__()).startswith(b"PK")


async def test_failed_download_leaves_no_file(orthanc: AsyncOrthanc, tmp_path: Path) -> None:
    study = await _study(orthanc)
    target = tmp_path / "keep.zip"
    target.write_bytes(b"previous")
    gone = Study.from_json(orthanc, {**study.info.model_dump(by_alias=True), "ID": "missing"})
    with pytest.raises(NotFoundError):
        await gone.download_archive(target)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.zip"]


async def test_cancelled_download_removes_temp_file(orthanc: AsyncOrthanc, tmp_path: Path) -> None:
    study = await _study(orthanc)
    target = tmp_path / "cancelled.zip"
    started = anyio.Event()

    async def progress(done: int, total: int | None) -> None:
        started.set()
        await anyio.sleep_forever()  # stop mid-body, with a temp file on disk

    with anyio.move_on_after(10):
        async with anyio.create_task_group() as tg:

            async def run() -> None:
                await study.download_archive(target, progress=progress)

            tg.start_soon(run)
            await started.wait()
            assert any(p.name.endswith(".part") for p in tmp_path.iterdir())
            tg.cancel_scope.cancel()
    assert list(tmp_path.iterdir()) == []


async def test_series_archive_to_file_object(orthanc: AsyncOrthanc, tmp_path: Path) -> None:
    series = await SeriesCollection(orthanc).first()
    assert series is not None
    with open(tmp_path / "s.zip", "wb") as file:
        written = await series.download_archive(file)
    assert (tmp_path / "s.zip").stat().st_size == written
    with zipfile.ZipFile(tmp_path / "s.zip") as archive:
        assert len(archive.namelist()) == 3


@pytest.fixture
def umask() -> Iterator[None]:
    previous = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("umask")
async def test_written_files_follow_the_umask(orthanc: AsyncOrthanc, tmp_path: Path) -> None:
    # As a plain open() would: 0o666 minus the umask (0o027 here), not mkstemp's 0o600.
    instance = await _instance(orthanc)
    await instance.download(tmp_path / "one.dcm")
    study = await _study(orthanc)
    await study.download_archive(tmp_path / "study.zip")
    result = await export(orthanc, tmp_path / "export", [study])
    assert len(result.written) == 6
    for path in [tmp_path / "one.dcm", tmp_path / "study.zip", *result.written]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o640, path
