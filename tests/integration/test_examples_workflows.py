"""The workflow examples, run against a real Orthanc."""

from __future__ import annotations

import sys
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
