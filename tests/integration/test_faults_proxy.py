"""Through a proxy that resets 1 exchange in 10 and cuts bodies (with and without a length):
import, forest(), export() and archive downloads each complete in one call, nothing lost, every
saved file identical to what a direct request gives."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from pydicom.uid import generate_uid

from aiorthanc import AsyncOrthanc, OutcomeStatus, RetryPolicy, import_dicom
from aiorthanc.testing import LocalOrthanc
from dicom_factory import ct_dataset
from faults import FaultPlan, FaultProxy

pytestmark = pytest.mark.asyncio

FILES = 1000
STUDIES = 30
# Enough retries that a piece failing ~1 time in 6 always gets through; short waits.
PATIENT = RetryPolicy(max_retries=10, initial_delay=0.01, max_delay=0.2)


def _generate(folder: Path) -> None:
    folder.mkdir()
    studies = [generate_uid() for _ in range(STUDIES)]
    for number in range(FILES):
        ds = ct_dataset(f"P{number % STUDIES}", study=studies[number % STUDIES])
        ds.save_as(folder / f"{number:04d}.dcm", enforce_file_format=True)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


async def test_everything_completes_through_a_faulty_proxy(
    fresh_orthanc_server: LocalOrthanc, tmp_path: Path
) -> None:
    _generate(tmp_path / "in")
    plan = FaultPlan(reset=0.1, cut=0.1)
    with FaultProxy(fresh_orthanc_server.url, plan) as proxy:
        auth = fresh_orthanc_server.credentials
        async with (
            AsyncOrthanc(proxy.url, auth=auth, retries=PATIENT) as faulty,
            fresh_orthanc_server.client() as direct,
        ):
            report = await import_dicom(faulty, tmp_path / "in", batch_files=20)
            acknowledged = report.by_status(OutcomeStatus.STORED) + report.by_status(
                OutcomeStatus.ALREADY_STORED
            )
            assert len(acknowledged) == FILES, report.summary()
            assert len(await direct.get_json("/instances")) == FILES

            forest = await faulty.forest()
            assert (len(forest.studies), len(forest.instances)) == (STUDIES, FILES)

            result = await faulty.export(tmp_path / "out")
            assert len(result.written) == FILES
            saved = {_digest(path.read_bytes()) for path in result.written}
            digests = {}
            for instance in forest.instances:
                answer = await direct.request("GET", f"{instance.path}/file")
                digests[instance.id] = _digest(answer.content)
            assert saved == set(digests.values())
            # Some again, a request per file (archives bring up to 250 files per request).
            some = forest.studies[:5]
            alone = await faulty.export(tmp_path / "alone", some, archive_bytes=0)
            assert {_digest(path.read_bytes()) for path in alone.written} == {
                digests[instance.id]
                for study in some
                for series in forest.children(study)
                for instance in forest.children(series)
            }

            for study in forest.studies:
                target = tmp_path / "archives" / f"{study.id}.zip"
                await study.download_archive(target)
                whole = (await direct.request("GET", f"{study.path}/archive")).content
                assert _members(target.read_bytes()) == _members(whole)
    print(f"\nproxy faults: {plan.counts}")
    assert plan.counts.get("reset", 0) > 10
    assert plan.counts.get("cut", 0) > 10
