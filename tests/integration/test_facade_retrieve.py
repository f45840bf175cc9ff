"""Retrieval from a remote modality by C-MOVE, and by C-GET on Orthanc 1.12.6+.

A second local Orthanc plays the remote modality; each supported version retrieves from it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import pytest_asyncio
from facade_data import make_tree, uid, upload_sync

from aiorthanc import APIStatusError, AsyncOrthanc, Modality, UnsupportedOperationError
from aiorthanc._version import parse_version
from aiorthanc.testing import SUPPORTED_VERSIONS, LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

REMOTE_AET = "REMOTE"


@pytest.fixture(scope="module")
def remote() -> Iterator[LocalOrthanc]:
    # 3 patients, one study of one series of two instances each.
    with LocalOrthanc(version=SUPPORTED_VERSIONS[0], aet=REMOTE_AET) as server:
        upload_sync(server.url, make_tree(3, 1, 1, 2))
        yield server


@pytest.fixture(scope="module", params=SUPPORTED_VERSIONS)
def local(request: pytest.FixtureRequest, remote: LocalOrthanc) -> Iterator[LocalOrthanc]:
    version: str = request.param
    aet = "LOCAL" + version.replace(".", "")
    modality = {"AET": REMOTE_AET, "Host": "127.0.0.1", "Port": remote.dicom_port}
    with LocalOrthanc(version=version, aet=aet) as server:
        with httpx.Client(timeout=30) as http:
            http.put(f"{server.url}/modalities/pacs", json=modality).raise_for_status()
            back = {"AET": aet, "Host": "127.0.0.1", "Port": server.dicom_port}
            http.put(f"{remote.url}/modalities/{aet}", json=back).raise_for_status()
        yield server


@pytest_asyncio.fixture
async def orthanc(local: LocalOrthanc) -> AsyncIterator[AsyncOrthanc]:
    async with local.client() as client:
        yield client
        for study in await client.studies.ids():
            await client.request("DELETE", f"/studies/{study}")


async def test_retrieve_by_c_move(orthanc: AsyncOrthanc) -> None:
    pacs = orthanc.modalities["pacs"]
    assert isinstance(pacs, Modality)
    assert pacs.name == "pacs"
    assert await orthanc.modalities.names() == ["pacs"]
    await pacs.retrieve("Study", {"StudyInstanceUID": uid(0, 0)})
    assert await orthanc.instances.count() == 2
    study = await orthanc.studies.first()
    assert study is not None
    assert study.study_instance_uid == uid(0, 0)
    # Below the study level, DICOM's hierarchical retrieval names the levels above too.
    series = [{"StudyInstanceUID": uid(p, 0), "SeriesInstanceUID": uid(p, 0, 0)} for p in (1, 2)]
    await pacs.retrieve("Series", series)
    assert await orthanc.instances.count() == 6


async def test_retrieve_by_c_get_where_the_server_has_it(orthanc: AsyncOrthanc) -> None:
    pacs = orthanc.modalities["pacs"]
    with pytest.raises(ValueError, match="target_aet"):
        await pacs.retrieve("Study", {"StudyInstanceUID": uid(0, 0)}, method="get", target_aet="X")
    if (parse_version(await orthanc.server_version()) or (0, 0, 0)) < (1, 12, 6):
        sent: list[str] = []

        async def hook(request: httpx.Request) -> None:
            sent.append(request.url.path)

        orthanc.http_client.event_hooks["request"].append(hook)
        with pytest.raises(UnsupportedOperationError, match=r"needs Orthanc 1\.12\.6"):
            await pacs.retrieve("Study", {"StudyInstanceUID": uid(1, 0)}, method="get")
        assert sent == []
        return
    await pacs.retrieve("Study", {"StudyInstanceUID": uid(1, 0)}, method="get")
    instances = [i async for i in orthanc.instances.find()]
    assert sorted(i.sop_instance_uid or "" for i in instances) == [uid(1, 0, 0, 0), uid(1, 0, 0, 1)]


async def test_a_failed_retrieval_says_why(orthanc: AsyncOrthanc) -> None:
    with pytest.raises(APIStatusError, match="C-MOVE"):
        await orthanc.modalities["pacs"].retrieve("Study", {"StudyInstanceUID": "1.2.3.4"})
    with pytest.raises(ValueError, match="level"):
        await orthanc.modalities["pacs"].retrieve("Stud", {})  # type: ignore[arg-type]
