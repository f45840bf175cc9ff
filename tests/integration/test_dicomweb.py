"""DICOMweb against Orthanc's plugin: QIDO-RS, WADO-RS, STOW-RS, and dicomweb-client on the
same server (the reference implementation)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pydicom
import pytest
import pytest_asyncio
from pydicom.dataset import Dataset
from pydicom.uid import generate_uid

from aiorthanc import AsyncOrthanc, DicomWebClient, StowReport
from aiorthanc.testing import LocalOrthanc
from dicom_factory import ct_dataset, dicom_bytes

PLUGIN = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so"
DICOMWEB_CONFIG = {"Plugins": [PLUGIN], "DicomWeb": {"Enable": True, "Root": "/dicom-web/"}}


def _image(patient: str, *, study: str, series: str, name: str, frames: int = 1) -> Dataset:
    ds = ct_dataset(patient, study=study, series=series)
    ds.PatientName = name
    ds.StudyDescription = "Chest"
    ds.Modality = "CT"
    ds.Rows, ds.Columns = 4, 4
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 8, 8, 7
    ds.SamplesPerPixel, ds.PixelRepresentation = 1, 0
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.NumberOfFrames = frames
    ds.PixelData = bytes(range(16)) * frames
    return ds


@pytest.fixture(scope="module")
def dicomweb_server(orthanc_version: str | None) -> Iterator[LocalOrthanc]:
    with LocalOrthanc(config=DICOMWEB_CONFIG, version=orthanc_version) as server:
        yield server


@pytest_asyncio.fixture
async def orthanc(dicomweb_server: LocalOrthanc) -> AsyncIterator[AsyncOrthanc]:
    async with dicomweb_server.client() as client:
        yield client


@pytest.fixture(scope="module")
def stored() -> dict[str, Dataset]:
    """Two studies of one patient: study A with two series (3 + 1 instances), study B one."""
    study_a, study_b = generate_uid(), generate_uid()
    series_a1, series_a2, series_b = generate_uid(), generate_uid(), generate_uid()
    made = {
        "a1-0": _image("DWP", study=study_a, series=series_a1, name="Doe^John"),
        "a1-1": _image("DWP", study=study_a, series=series_a1, name="Doe^John", frames=3),
        "a1-2": _image("DWP", study=study_a, series=series_a1, name="Doe^John"),
        "a2-0": _image("DWP", study=study_a, series=series_a2, name="Doe^John"),
        "b-0": _image("DWQ", study=study_b, series=series_b, name="Roe^Jane"),
    }
    return made


@pytest_asyncio.fixture
async def loaded(orthanc: AsyncOrthanc, stored: dict[str, Dataset]) -> dict[str, Dataset]:
    for ds in stored.values():
        await orthanc.upload(dicom_bytes(ds))
    return stored


def _uid(item: dict[str, object], tag: str) -> str:
    value = item[tag]
    assert isinstance(value, dict)
    return str(value["Value"][0])


@pytest.mark.asyncio
async def test_qido_every_level_and_within_parents(
    orthanc: AsyncOrthanc, loaded: dict[str, Dataset]
) -> None:
    a = loaded["a1-0"]
    dw = orthanc.dicomweb
    studies = await dw.search_studies({"PatientID": "DWP"}).all()
    assert [_uid(s, "0020000D") for s in studies] == [a.StudyInstanceUID]
    series = await dw.search_series(study=a.StudyInstanceUID).all()
    assert len(series) == 2
    everywhere = await dw.search_series({"StudyInstanceUID": a.StudyInstanceUID}).all()
    assert {_uid(s, "0020000E") for s in everywhere} == {_uid(s, "0020000E") for s in series}
    within = await dw.search_instances(study=a.StudyInstanceUID, series=a.SeriesInstanceUID).all()
    assert {_uid(i, "00080018") for i in within} == {
        loaded[k].SOPInstanceUID for k in ("a1-0", "a1-1", "a1-2")
    }
    in_study = await dw.search_instances(study=a.StudyInstanceUID).all()
    assert len(in_study) == 4


@pytest.mark.asyncio
async def test_qido_filters_fuzzy_includefield_and_datasets(
    orthanc: AsyncOrthanc, loaded: dict[str, Dataset]
) -> None:
    dw = orthanc.dicomweb
    wild = [ds async for ds in dw.search_studies({"PatientName": "Roe*"}).datasets()]
    assert [ds.PatientID for ds in wild] == ["DWQ"]
    # Orthanc accepts fuzzymatching and matches as usual (it implements no fuzzy semantics).
    fuzzy = await dw.search_studies({"PatientName": "Roe^Jane"}, fuzzy=True).all()
    assert [_uid(s, "00100020") for s in fuzzy] == ["DWQ"]
    with_description = await dw.search_studies(
        {"PatientID": "DWQ"}, include_fields=["StudyDescription"]
    ).all()
    assert _uid(with_description[0], "00081030") == "Chest"


@pytest.mark.asyncio
async def test_qido_paging_limit_offset(orthanc: AsyncOrthanc, loaded: dict[str, Dataset]) -> None:
    a = loaded["a1-0"]
    search = orthanc.dicomweb.search_instances(study=a.StudyInstanceUID, page_size=1)
    paged = [_uid(i, "00080018") async for i in search]
    assert len(paged) == 4
    assert len(set(paged)) == 4
    limited = orthanc.dicomweb.search_instances(
        study=a.StudyInstanceUID, page_size=1, limit=2, offset=1
    )
    assert [_uid(i, "00080018") async for i in limited] == paged[1:3]


@pytest.mark.asyncio
async def test_wado_study_series_instance_to_files_byte_identical(
    orthanc: AsyncOrthanc, loaded: dict[str, Dataset], tmp_path: Path
) -> None:
    a = loaded["a1-0"]
    dw = orthanc.dicomweb
    study_files = await dw.save(tmp_path / "study", a.StudyInstanceUID)
    assert len(study_files) == 4
    series_files = await dw.save(tmp_path / "series", a.StudyInstanceUID, a.SeriesInstanceUID)
    assert len(series_files) == 3
    one = await dw.save(tmp_path / "one", a.StudyInstanceUID, a.SeriesInstanceUID, a.SOPInstanceUID)
    assert one == [tmp_path / "one" / f"{a.SOPInstanceUID}.dcm"]
    assert one[0].read_bytes() == dicom_bytes(a)
    assert not [p for p in (tmp_path / "study").iterdir() if p.suffix != ".dcm"]


@pytest.mark.asyncio
async def test_wado_datasets_metadata_frames_rendered_bulkdata(
    orthanc: AsyncOrthanc, loaded: dict[str, Dataset]
) -> None:
    multi = loaded["a1-1"]
    uids = (multi.StudyInstanceUID, multi.SeriesInstanceUID, multi.SOPInstanceUID)
    dw = orthanc.dicomweb
    datasets = [ds async for ds in dw.datasets(multi.StudyInstanceUID, multi.SeriesInstanceUID)]
    assert {ds.SOPInstanceUID for ds in datasets} == {
        loaded[k].SOPInstanceUID for k in ("a1-0", "a1-1", "a1-2")
    }
    metadata = await dw.metadata(*uids)
    assert _uid(metadata[0], "00080018") == multi.SOPInstanceUID
    frames = await dw.frames(*uids, [3, 1])
    assert [f.number for f in frames] == [3, 1]
    assert [f.data[:16] for f in frames] == [bytes(range(16))] * 2
    assert frames[0].transfer_syntax in ("1.2.840.10008.1.2.1", None)
    png = await dw.rendered(*uids, frame=2)
    assert png.startswith(b"\x89PNG")
    instance_png = await dw.rendered(*uids)
    assert instance_png.startswith(b"\x89PNG")
    bulk = metadata[0]["7FE00010"].get("BulkDataURI")
    if bulk:
        assert (await dw.bulkdata(bulk)).startswith(bytes(range(16)))


@pytest.mark.asyncio
async def test_stow_one_broken_file_among_valid_ones(orthanc: AsyncOrthanc, tmp_path: Path) -> None:
    study = generate_uid()
    good = [ct_dataset("STOW", study=study) for _ in range(4)]
    paths = []
    for index, ds in enumerate(good[:2]):
        path = tmp_path / f"{index}.dcm"
        path.write_bytes(dicom_bytes(ds))
        paths.append(path)
    broken = tmp_path / "broken.dcm"
    broken.write_bytes(b"this is not DICOM" * 10)
    sources = [paths[0], broken, paths[1], dicom_bytes(good[2]), good[3]]
    report = await orthanc.dicomweb.store(sources, batch_files=2, concurrency=2)
    assert isinstance(report, StowReport)
    assert [o.status for o in report.outcomes] == [
        "stored",
        "failed",
        "stored",
        "stored",
        "stored",
    ]
    assert report.failed[0].source == str(broken)
    assert report.failed[0].reason
    found = await orthanc.dicomweb.search_instances(study=study).all()
    assert {_uid(i, "00080018") for i in found} == {ds.SOPInstanceUID for ds in good}


def _comparable(results: list[dict[str, object]]) -> list[str]:
    # The retrieve URL (0008,1190) is built from each client's Host header: not the answer.
    return sorted(str({k: v for k, v in r.items() if k != "00081190"}) for r in results)


@pytest.mark.asyncio
async def test_standalone_client_and_dicomweb_client_agree(
    dicomweb_server: LocalOrthanc, loaded: dict[str, Dataset], tmp_path: Path
) -> None:
    dicomweb_client = pytest.importorskip("dicomweb_client")
    url = dicomweb_server.url + "/dicom-web"
    reference = dicomweb_client.DICOMwebClient(url)
    a = loaded["a1-0"]
    async with DicomWebClient(url) as client:
        ours = await client.search_series({"PatientID": "DWP"}).all()
        theirs = reference.search_for_series(search_filters={"PatientID": "DWP"})
        assert _comparable(ours) == _comparable(theirs)
        ours_i = await client.search_instances(study=a.StudyInstanceUID).all()
        theirs_i = reference.search_for_instances(study_instance_uid=a.StudyInstanceUID)
        assert _comparable(ours_i) == _comparable(theirs_i)
        # Stored with our STOW-RS, read back through dicomweb-client's WADO-RS.
        fresh = _image("INTEROP", study=generate_uid(), series=generate_uid(), name="X^Y")
        data = dicom_bytes(fresh)
        report = await client.store([data])
        assert report.failed == []
    back = reference.retrieve_instance(
        fresh.StudyInstanceUID,
        fresh.SeriesInstanceUID,
        fresh.SOPInstanceUID,
        media_types=(("application/dicom", "*"),),
    )
    out = tmp_path / "back.dcm"
    pydicom.dcmwrite(out, back, enforce_file_format=True)
    assert pydicom.dcmread(out).PixelData == fresh.PixelData
    async with DicomWebClient(url) as client:
        files = await client.save(tmp_path, fresh.StudyInstanceUID)
    assert files[0].read_bytes() == data


@pytest.mark.asyncio
async def test_orthanc_as_dicomweb_client_of_a_remote_server(
    orthanc: AsyncOrthanc, local_orthanc_factory: Callable[..., LocalOrthanc]
) -> None:
    remote_server = local_orthanc_factory(config=DICOMWEB_CONFIG)
    remote_server.start()
    study = generate_uid()
    on_remote = _image("REMOTE", study=study, series=generate_uid(), name="Far^Away")
    servers = orthanc.dicomweb.servers
    remote = await servers.configure("far", remote_server.url + "/dicom-web/")
    assert "far" in await servers.names()
    async with remote_server.client() as remote_client:
        await remote_client.upload(dicom_bytes(on_remote))
        found = await remote.search("studies", {"PatientID": "REMOTE"})
        assert [s["StudyInstanceUID"] for s in found] == [study]
        assert found[0]["PatientName"] == "Far^Away"
        series = await remote.search("series", study=study)
        assert len(series) == 1
        await remote.retrieve([study])
        here = await orthanc.dicomweb.search_instances(study=study).all()
        assert [_uid(i, "00080018") for i in here] == [on_remote.SOPInstanceUID]
        # And back the other way: a study of ours, pushed with STOW-RS by Orthanc.
        pushed = _image("PUSHED", study=generate_uid(), series=generate_uid(), name="P^Q")
        uploaded = await orthanc.upload(dicom_bytes(pushed))
        await remote.store([uploaded.parent_study])
        there = await remote_client.dicomweb.search_studies({"PatientID": "PUSHED"}).all()
        assert len(there) == 1
    await servers.remove("far")
    assert "far" not in await servers.names()


def test_cli_search_and_retrieve(
    dicomweb_server: LocalOrthanc,
    stored: dict[str, Dataset],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import anyio

    from aiorthanc._cli import main

    b = stored["b-0"]

    async def load() -> None:
        async with dicomweb_server.client() as client:
            await client.upload(dicom_bytes(b))

    anyio.run(load)
    url = dicomweb_server.url + "/dicom-web"
    assert main(["dicomweb", "search", url, "-m", "PatientID=DWQ", "--include", "all"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["0020000D"]["Value"] for line in lines] == [[b.StudyInstanceUID]]
    assert main(["dicomweb", "retrieve", url, b.StudyInstanceUID, "-o", str(tmp_path)]) == 0
    assert (tmp_path / f"{b.SOPInstanceUID}.dcm").read_bytes() == dicom_bytes(b)
    capsys.readouterr()
    assert (
        main(["dicomweb", "retrieve", url, b.StudyInstanceUID, "-o", str(tmp_path), "--json"]) == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert report["Files"] == [str(tmp_path / f"{b.SOPInstanceUID}.dcm")]
    assert main(["dicomweb", "search", url, "-m", "nonsense"]) == 2
    assert "KEY=VALUE" in capsys.readouterr().err
