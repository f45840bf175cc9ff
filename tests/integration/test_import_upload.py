import io
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pydicom
import pytest
from pydicom.data import get_testdata_file
from pydicom.dataset import Dataset

from aiorthanc import (
    BadRequestError,
    UnexpectedAnswerError,
    orthanc_id,
    upload,
    upload_zip,
)
from aiorthanc.testing import LocalOrthanc
from dicom_factory import ct_dataset, dicom_bytes

pytestmark = pytest.mark.asyncio


def _expected_id(ds: Dataset) -> str:
    return orthanc_id(ds.PatientID, ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.SOPInstanceUID)


async def test_upload_every_kind_of_source(
    fresh_orthanc_server: LocalOrthanc, tmp_path: Path
) -> None:
    path_ds, bytes_ds, file_ds, iter_ds, dataset = (ct_dataset("UPLOAD") for _ in range(5))
    path = tmp_path / "a.dcm"
    path.write_bytes(dicom_bytes(path_ds))
    binary = tmp_path / "b.dcm"
    binary.write_bytes(dicom_bytes(file_ds))

    async def chunks(data: bytes) -> AsyncIterator[bytes]:
        for start in range(0, len(data), 100):
            yield data[start : start + 100]

    async with fresh_orthanc_server.client() as orthanc:
        results = [
            await upload(orthanc, path),
            await upload(orthanc, dicom_bytes(bytes_ds)),
        ]
        with binary.open("rb") as file:
            results.append(await upload(orthanc, file))
        results.append(await upload(orthanc, chunks(dicom_bytes(iter_ds))))
        results.append(await upload(orthanc, dataset))
        stored = set(await orthanc.get_json("/instances"))

    expected = [_expected_id(ds) for ds in (path_ds, bytes_ds, file_ds, iter_ds, dataset)]
    assert [r.id for r in results] == expected
    assert all(r.status == "Success" for r in results)
    assert stored == set(expected)
    assert results[0].parent_study == orthanc_id(path_ds.PatientID, path_ds.StudyInstanceUID)


async def test_upload_twice_is_already_stored(fresh_orthanc_server: LocalOrthanc) -> None:
    path = get_testdata_file("CT_small.dcm", read=False)
    assert isinstance(path, str)
    async with fresh_orthanc_server.client() as orthanc:
        first = await upload(orthanc, path)
        second = await upload(orthanc, path)
    assert first.status == "Success"
    assert second.status == "AlreadyStored"
    assert first.id == second.id
    ds = pydicom.dcmread(path)
    assert first.id == _expected_id(ds)  # the local computation agrees with the server


async def test_upload_of_a_dataset_with_a_large_pixel_data(
    fresh_orthanc_server: LocalOrthanc,
) -> None:
    ds = ct_dataset("UPLOAD")
    ds.PixelData = b"\2" * (9 * 1024 * 1024)  # over the in-memory spool size
    ds["PixelData"].VR = "OB"
    async with fresh_orthanc_server.client() as orthanc:
        result = await upload(orthanc, ds)
        size = int((await orthanc.get_json(f"/instances/{result.id}"))["FileSize"])
    assert result.status == "Success"
    assert size > 9 * 1024 * 1024


async def test_upload_of_garbage_raises_the_servers_verdict(
    fresh_orthanc_server: LocalOrthanc,
) -> None:
    async with fresh_orthanc_server.client() as orthanc:
        with pytest.raises(BadRequestError) as caught:
            await upload(orthanc, b"certainly not DICOM")
    assert caught.value.status_code == 400


async def test_upload_zip_answers_each_member_and_upload_refuses_it(
    fresh_orthanc_server: LocalOrthanc,
) -> None:
    members = [ct_dataset("UPLOAD"), ct_dataset("UPLOAD")]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number, ds in enumerate(members):
            archive.writestr(f"{number}.dcm", dicom_bytes(ds))
        archive.writestr("junk.txt", b"junk")
    data = buffer.getvalue()
    async with fresh_orthanc_server.client() as orthanc:
        results = await upload_zip(orthanc, data)
        with pytest.raises(UnexpectedAnswerError, match="upload_zip"):
            await upload(orthanc, data)
    assert sorted(r.id for r in results) == sorted(_expected_id(ds) for ds in members)


async def test_filtered_out_is_a_status(local_orthanc_factory: object, tmp_path: Path) -> None:
    script = tmp_path / "filter.lua"
    script.write_text(
        "function ReceivedInstanceFilter(dicom, origin, info)\n"
        "  return dicom.PatientID ~= 'REFUSED'\n"
        "end\n"
    )
    server = local_orthanc_factory(  # type: ignore[operator]
        config=lambda s: {"LuaScripts": [s.share(script)]}
    )
    async with server.client() as orthanc:
        refused = await upload(orthanc, ct_dataset("REFUSED"))
        accepted = await upload(orthanc, ct_dataset("WELCOME"))
    assert refused.status == "FilteredOut"
    assert accepted.status == "Success"


async def test_journal_keeps_only_what_orthanc_acknowledged(
    local_orthanc_factory: object, tmp_path: Path
) -> None:
    script = tmp_path / "filter.lua"
    script.write_text(
        "function ReceivedInstanceFilter(dicom, origin, info)\n"
        "  return dicom.PatientID ~= 'REFUSED'\n"
        "end\n"
    )
    server = local_orthanc_factory(  # type: ignore[operator]
        config=lambda s: {"LuaScripts": [s.share(script)]}
    )
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "refused.dcm").write_bytes(dicom_bytes(ct_dataset("REFUSED")))
    (folder / "welcome.dcm").write_bytes(dicom_bytes(ct_dataset("WELCOME")))
    journal = tmp_path / "journal.jsonl"
    async with server.client() as orthanc:
        first = await orthanc.import_dicom(folder, journal=journal)
        sent: list[str] = []

        async def record(request: httpx.Request) -> None:
            sent.append(f"{request.method} {request.url.path}")

        orthanc.http_client.event_hooks["request"].append(record)
        again = await orthanc.import_dicom(folder, journal=journal)
    status = {Path(o.source).name: o.status.value for o in first.outcomes}
    assert status == {"refused.dcm": "filtered_out", "welcome.dcm": "stored"}
    assert "refused.dcm" not in journal.read_text()
    assert "welcome.dcm" in journal.read_text()
    # The refused file is sent again (only the server can filter it out); the stored one is not.
    status = {Path(o.source).name: o.status.value for o in again.outcomes}
    assert status == {"refused.dcm": "filtered_out", "welcome.dcm": "already_stored"}
    assert [r for r in sent if r.startswith("POST")] == ["POST /instances"]


@pytest.mark.asyncio
async def test_client_methods_upload_and_import(
    fresh_orthanc_server: LocalOrthanc, tmp_path: Path
) -> None:
    ct, mr = (Path(str(get_testdata_file(name))) for name in ("CT_small.dcm", "MR_small.dcm"))
    (tmp_path / "mr.dcm").write_bytes(mr.read_bytes())
    (tmp_path / "notes.txt").write_text("not DICOM")
    async with fresh_orthanc_server.client() as orthanc:
        result = await orthanc.upload(ct)
        assert result.status == "Success"
        report = await orthanc.import_dicom(tmp_path, concurrency=2)
        assert sorted(o.status.value for o in report.outcomes) == ["not_dicom", "stored"]
        assert sorted(await orthanc.get_json("/instances")) == sorted(
            [result.id, next(o.instance_id for o in report.outcomes if o.instance_id)]
        )
