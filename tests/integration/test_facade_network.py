"""Modalities (echo, C-FIND, C-STORE) and peers, with a second real Orthanc as the remote."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from facade_data import make_instance, uid, zip_of

from aiorthanc import AsyncOrthanc, Job, JobState
from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]


@pytest.fixture(scope="module")
def remote() -> Iterator[LocalOrthanc]:
    with LocalOrthanc(aet="REMOTE") as server:
        yield server


@pytest.fixture(scope="module")
def local() -> Iterator[LocalOrthanc]:
    with LocalOrthanc(aet="LOCAL") as server:
        yield server


@pytest_asyncio.fixture
async def orthanc(local: LocalOrthanc, remote: LocalOrthanc) -> AsyncIterator[AsyncOrthanc]:
    async with local.client() as client, remote.client() as other:
        # The remote answers C-FIND only to modalities it knows.
        back = {"AET": "LOCAL", "Host": "127.0.0.1", "Port": local.dicom_port}
        await other.request("PUT", "/modalities/local", json=back)
        files = (make_instance(p, 0, 0, i) for p in range(2) for i in range(2))
        await client.request("POST", "/instances", content=zip_of(files))
        yield client
        await client.studies.delete(await client.studies.ids())
        await other.studies.delete(await other.studies.ids())


async def test_modality_echo_store_and_find(orthanc: AsyncOrthanc, remote: LocalOrthanc) -> None:
    pacs = await orthanc.modalities.configure("pacs", "REMOTE", "127.0.0.1", remote.dicom_port)
    assert "pacs" in await orthanc.modalities.names()
    assert await pacs.echo()
    dead = await orthanc.modalities.configure("dead", "NOBODY", "127.0.0.1", 9)
    assert not await dead.echo(timeout=30)
    studies = await orthanc.studies.ids()
    report = await pacs.store(studies[0])
    assert report.instances_count == 2
    assert report.failed_instances_count == 0
    job = await pacs.store([await orthanc.studies.get(studies[1])], asynchronous=True)
    assert isinstance(job, Job)
    assert (await job.wait(60, poll_interval=0.1)).state is JobState.SUCCESS
    answers = await pacs.find("Study", {"PatientID": "*", "StudyInstanceUID": ""})
    assert sorted(a["StudyInstanceUID"] for a in answers) == [uid(0, 0), uid(1, 0)]
    await orthanc.modalities.remove("dead")
    assert "dead" not in await orthanc.modalities.names()


async def test_peer_system_and_store(orthanc: AsyncOrthanc, remote: LocalOrthanc) -> None:
    backup = await orthanc.peers.configure("backup", remote.url)
    assert await orthanc.peers.names() == ["backup"]
    assert (await backup.system())["DicomAet"] == "REMOTE"
    report = await backup.store(await orthanc.studies.ids())
    assert report.instances_count == 4
    async with remote.client() as other:
        assert len(await other.instances.ids()) == 4
    job = await backup.store(await orthanc.patients.ids(), asynchronous=True)
    await job.wait(60, poll_interval=0.1)
    await orthanc.peers.remove("backup")
    assert await orthanc.peers.names() == []
