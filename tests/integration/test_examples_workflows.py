"""The workflow examples, run against a real Orthanc."""

from __future__ import annotations

import csv
import sys
import zipfile
from pathlib import Path

import anyio
import pytest
from facade_data import make_instance, zip_of

from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

EXAMPLES = Path(__file__).parents[2] / "examples"


async def test_anonymize_all() -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            files = (make_instance(p, 0, 0, i) for p in range(3) for i in range(2))
            await orthanc.request("POST", "/instances", content=zip_of(files))
            originals = set(await orthanc.patients.ids())
            script = [sys.executable, str(EXAMPLES / "anonymize_all.py"), server.url]
            done = await anyio.run_process(script, check=True)
            created = set(done.stdout.decode().split())
            assert len(created) == 3
            assert set(await orthanc.patients.ids()) == created
            for patient_id in created:
                patient = await orthanc.patients.get(patient_id)
                assert await patient.anonymized_from() in originals


async def _run(script: str, *args: str) -> list[str]:
    """Run an example to its end; the lines it printed."""
    done = await anyio.run_process([sys.executable, str(EXAMPLES / script), *args], check=True)
    return done.stdout.decode().splitlines()


def _members(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [n for n in archive.namelist() if not n.endswith("/") and "DICOMDIR" not in n]


async def test_manual_modification_keeps_the_instances_one_study() -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            files = (make_instance(0, 0, se, i) for se in range(2) for i in range(2))
            await orthanc.request("POST", "/instances", content=zip_of(files))
            [original] = await orthanc.studies.ids()
            [new_id] = await _run("manual_modification.py", server.url, original)
            assert await orthanc.studies.ids() == [new_id]
            study = await orthanc.studies.get(new_id)
            assert study.patient_tags.patient_id == "Hello"
            assert len(study.series_ids) == 2
            instances = await study.instances()
            assert len(instances) == 4
            assert {await i.tag("StationName") for i in instances} == {"TEST"}


async def test_replicate_copies_every_instance_with_credentials_in_the_url() -> None:
    with LocalOrthanc(users={"alice": "secret"}) as source, LocalOrthanc() as target:
        async with source.client() as src, target.client() as dst:
            files = [make_instance(p, 0, 0, i) for p in range(2) for i in range(3)]
            await src.request("POST", "/instances", content=zip_of(iter(files)))
            await dst.upload(files[0])  # already there: counted, not an error
            url = source.url.replace("http://", "http://alice:secret@")
            assert await _run("replicate.py", url, target.url) == ["AlreadyStored=1 Success=5"]
            assert sorted(await dst.instances.ids()) == sorted(await src.instances.ids())


async def test_archive_all_patients_in_one_zip_or_media(tmp_path: Path) -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            files = (make_instance(p, s, 0, 0) for p in range(3) for s in range(2))
            await orthanc.request("POST", "/instances", content=zip_of(files))
            [size] = await _run("archive_all_patients.py", server.url, str(tmp_path / "all.zip"))
            assert int(size) == (tmp_path / "all.zip").stat().st_size
            assert len(_members(tmp_path / "all.zip")) == 6
            await _run("archive_all_patients.py", server.url, str(tmp_path / "m.zip"), "--media")
            with zipfile.ZipFile(tmp_path / "m.zip") as media:
                assert "DICOMDIR" in media.namelist()


async def test_archive_studies_in_range_names_each_archive(tmp_path: Path) -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            # StudyDate 2024-<study + 1>-<patient + 1>: studies 0 and 1 lie in the range.
            files = (make_instance(p, s, 0, 0) for p in range(2) for s in range(3))
            await orthanc.request("POST", "/instances", content=zip_of(files))
            args = (server.url, "20240101", "20240229", str(tmp_path))
            written = await _run("archive_studies_in_range.py", *args)
            names = sorted(Path(line).name for line in written)
            assert names == [
                "20240101 - P000 Test^Patient0 - Study 0.zip",
                "20240102 - P001 Test^Patient1 - Study 0.zip",
                "20240201 - P000 Test^Patient0 - Study 1.zip",
                "20240202 - P001 Test^Patient1 - Study 1.zip",
            ]
            assert sorted(p.name for p in tmp_path.iterdir()) == names
            assert all(len(_members(tmp_path / name)) == 1 for name in names)


async def test_delete_all_studies_asks_first() -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            files = (make_instance(p, s, 0, 0) for p in range(2) for s in range(2))
            await orthanc.request("POST", "/instances", content=zip_of(files))
            studies = sorted(await orthanc.studies.ids())
            dry = await _run("delete_all_studies.py", server.url)
            assert sorted(line.split()[-1] for line in dry) == studies
            assert len(await orthanc.studies.ids()) == 4
            await _run("delete_all_studies.py", server.url, "--yes")
            assert await orthanc.studies.ids() == []
            assert await orthanc.patients.ids() == []


async def test_download_anonymized_takes_only_anonymized_patients(tmp_path: Path) -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            files = (make_instance(p, 0, 0, i) for p in range(2) for i in range(2))
            await orthanc.request("POST", "/instances", content=zip_of(files))
            patient = await orthanc.patients.first({"PatientID": "P000"})
            assert patient is not None
            copy = await patient.anonymize(replace={"PatientName": "Anonymized^One"}, force=True)
            args = (server.url, "--target", str(tmp_path))
            assert await _run("download_anonymized.py", *args) == [
                str(tmp_path / "Anonymized^One.zip")
            ]
            assert len(_members(tmp_path / "Anonymized^One.zip")) == 2
            by_name = await _run("download_anonymized.py", *args, "--by-name")
            assert by_name == [str(tmp_path / "Anonymized^One.zip")]
            assert copy.id in await orthanc.patients.ids()


async def test_find_by_metadata_pages_sorted_by_date() -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            files = (make_instance(0, s, 0, 0) for s in range(4))
            await orthanc.request("POST", "/instances", content=zip_of(files))
            studies = sorted([s async for s in orthanc.studies.all()], key=lambda s: s.study_date)
            for study in studies[1:]:  # three of four reviewed
                await study.set_metadata("1024", "yes" if study != studies[2] else "no")
            pages = [
                await _run(
                    "find_by_metadata.py",
                    server.url,
                    "--metadata",
                    "1024=y*",
                    "--page-size",
                    "1",
                    "--page",
                    str(page),
                )
                for page in range(3)
            ]
            assert [line.split()[:3] for [line] in pages[:2]] == [
                [studies[1].id, "20240201", "yes"],
                [studies[3].id, "20240401", "yes"],
            ]
            assert pages[2] == []


async def test_studies_report_is_a_csv_of_every_study(tmp_path: Path) -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            files = (
                make_instance(p, 0, se, i)
                for p in range(2)
                for se in range(2)
                for i in range(p + 1)
            )
            await orthanc.request("POST", "/instances", content=zip_of(files))
            await _run("studies_report.py", server.url, "--output", str(tmp_path / "r.csv"))
            with open(tmp_path / "r.csv", newline="", encoding="utf-8") as report:
                rows = list(csv.reader(report))
            assert rows == [
                [
                    "PatientID",
                    "PatientName",
                    "StudyDate",
                    "StudyDescription",
                    "Series",
                    "Instances",
                ],
                ["P000", "Test^Patient0", "20240101", "Study 0", "2", "2"],
                ["P001", "Test^Patient1", "20240102", "Study 0", "2", "4"],
            ]
            assert await _run("studies_report.py", server.url) == [",".join(r) for r in rows]


async def test_route_stable_studies(tmp_path: Path) -> None:
    with (
        LocalOrthanc(aet="PACS") as pacs,
        LocalOrthanc(config={"StableAge": 1}) as server,
    ):
        async with server.client() as orthanc, pacs.client() as other:
            await orthanc.modalities.configure("pacs", "PACS", "127.0.0.1", pacs.dicom_port)
            files = (make_instance(p, 0, 0, i) for p in range(3) for i in range(2))
            await orthanc.request("POST", "/instances", content=zip_of(files))
            studies = sorted(await orthanc.studies.ids())
            checkpoint = tmp_path / "route.json"
            script = [sys.executable, str(EXAMPLES / "route_stable_studies.py"), server.url]
            script += ["pacs", "--checkpoint", str(checkpoint), "--delete", "--idle-timeout", "10"]
            done = await anyio.run_process(script, check=True)
            assert sorted(done.stdout.decode().split()) == studies
            assert await orthanc.studies.ids() == []  # deleted once acknowledged
            assert len(await other.studies.ids()) == 3
            assert checkpoint.exists()
