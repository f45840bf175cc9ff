"""Routing between two real Orthancs: all arrives, a killed router loses nothing, retries."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import anyio
import pytest
import pytest_asyncio
from facade_data import make_instance, zip_of

from aiorthanc import AsyncOrthanc, Checkpoint, RouteReport
from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

# A SOP class the target does not know: it refuses these instances (C-STORE fails).
UNKNOWN_SOP_CLASS = "1.2.826.0.1.3680043.10.1137.99"


@pytest.fixture(scope="module")
def target() -> Iterator[LocalOrthanc]:
    with LocalOrthanc(aet="TARGET") as server:
        yield server


@pytest.fixture
def source() -> Iterator[LocalOrthanc]:
    with LocalOrthanc(aet="SOURCE", config={"StableAge": 1}) as server:
        yield server


@pytest_asyncio.fixture
async def clients(
    source: LocalOrthanc, target: LocalOrthanc
) -> AsyncIterator[tuple[AsyncOrthanc, AsyncOrthanc]]:
    async with source.client() as orthanc, target.client() as other:
        await orthanc.modalities.configure("target", "TARGET", "127.0.0.1", target.dicom_port)
        await orthanc.peers.configure("backup", target.url)
        yield orthanc, other
        await other.studies.delete(await other.studies.ids())


async def _upload_stable(
    orthanc: AsyncOrthanc, patients: range, studies: int, refused: int | None = None
) -> list[str]:
    """Upload 2 instances per study, wait until every study is stable; their IDs.

    The instances of patient `refused` have a SOP class the target refuses.
    """
    odd = {"SOPClassUID": UNKNOWN_SOP_CLASS}
    files = (
        make_instance(p, s, 0, i, tags=odd if p == refused else None)
        for p in patients
        for s in range(studies)
        for i in range(2)
    )
    await orthanc.request("POST", "/instances", content=zip_of(files))
    with anyio.fail_after(60):
        while not all([s.is_stable async for s in orthanc.studies.all()]):  # noqa: ASYNC110
            await anyio.sleep(0.2)
    return sorted(await orthanc.studies.ids())


async def _study_uids(orthanc: AsyncOrthanc) -> set[str]:
    return {s.study_instance_uid async for s in orthanc.studies.all()}


async def test_every_stable_study_arrives_at_the_modality(
    clients: tuple[AsyncOrthanc, AsyncOrthanc], tmp_path: Path
) -> None:
    orthanc, other = clients
    studies = await _upload_stable(orthanc, range(2, 5), 2)
    checkpoint = tmp_path / "route.json"
    to = orthanc.modalities["target"]
    report = await orthanc.route(to, checkpoint=checkpoint, idle_timeout=0, poll_interval=0.1)
    assert sorted(report.forwarded) == studies
    assert not report.failed
    assert not report.deleted
    assert await _study_uids(other) == await _study_uids(orthanc)
    assert report.position == Checkpoint(checkpoint).load() == await orthanc.changes.last_seq()
    again = await orthanc.route(to, checkpoint=checkpoint, idle_timeout=0)
    assert again.forwarded == []  # nothing new since the checkpoint: nothing sent again


async def test_new_instances_go_to_a_peer_in_batches(
    clients: tuple[AsyncOrthanc, AsyncOrthanc],
) -> None:
    orthanc, other = clients
    start = await orthanc.changes.last_seq()
    files = (make_instance(7, 0, s, i) for s in range(3) for i in range(5))
    await orthanc.request("POST", "/instances", content=zip_of(files))
    sent: list[int] = []

    def progress(report: RouteReport) -> None:
        sent.append(len(report.forwarded))

    backup = orthanc.peers["backup"]
    report = await orthanc.route(
        backup, "instances", since=start, batch_size=4, idle_timeout=0, progress=progress
    )
    assert sorted(report.forwarded) == sorted(await orthanc.instances.ids())
    sizes = [b - a for a, b in zip([0, *sent], sent, strict=False)]
    assert sorted(sizes) == [3, 4, 4, 4]  # 15 instances in sends of at most 4
    assert sorted(await other.instances.ids()) == sorted(await orthanc.instances.ids())


async def test_a_killed_router_resumes_from_its_checkpoint_and_loses_nothing(
    clients: tuple[AsyncOrthanc, AsyncOrthanc], tmp_path: Path
) -> None:
    orthanc, other = clients
    studies = await _upload_stable(orthanc, range(2, 6), 3)
    checkpoint = tmp_path / "route.json"
    to = orthanc.modalities["target"]
    first = RouteReport()
    with anyio.CancelScope() as scope:

        def kill_after_five(report: RouteReport) -> None:
            first.forwarded[:] = report.forwarded
            if len(report.forwarded) >= 5:
                scope.cancel()  # killed with sends in flight

        await orthanc.route(to, checkpoint=checkpoint, progress=kill_after_five)
    assert len(first.forwarded) >= 5
    position = Checkpoint(checkpoint).load()
    assert position is not None
    assert 0 < position < await orthanc.changes.last_seq()
    second = await orthanc.route(to, checkpoint=checkpoint, idle_timeout=0, poll_interval=0.1)
    assert set(first.forwarded) | set(second.forwarded) == set(studies)  # none lost
    assert set(second.forwarded) < set(studies)  # the first run's work before the checkpoint
    assert await _study_uids(other) == await _study_uids(orthanc)


async def test_delete_after_removes_only_what_the_target_acknowledged(
    clients: tuple[AsyncOrthanc, AsyncOrthanc],
) -> None:
    orthanc, other = clients
    studies = await _upload_stable(orthanc, range(3), 1, refused=1)
    report = await orthanc.route(
        orthanc.modalities["target"],
        delete_after=True,
        concurrency=1,
        retries=1,
        initial_backoff=0.05,
        idle_timeout=0,
    )
    assert len(report.failed) == 1
    refused = next(iter(report.failed))
    assert (await orthanc.studies.get(refused)).patient_tags.patient_id == "P001"
    assert report.retries == 1
    assert sorted(report.deleted) == sorted(report.forwarded)
    assert set(await orthanc.studies.ids()) == set(studies) - set(report.deleted)
    assert len(await other.studies.ids()) == len(report.forwarded)


async def test_a_target_that_is_down_is_retried_then_reported(
    clients: tuple[AsyncOrthanc, AsyncOrthanc], target: LocalOrthanc, tmp_path: Path
) -> None:
    orthanc, _ = clients
    studies = await _upload_stable(orthanc, range(2, 4), 1)
    down = await orthanc.modalities.configure("down", "NOBODY", "127.0.0.1", 9)
    checkpoint = tmp_path / "route.json"
    report = await orthanc.route(
        down, checkpoint=checkpoint, retries=2, initial_backoff=0.05, idle_timeout=0
    )
    assert report.forwarded == []
    assert report.failed
    assert set(report.failed) <= set(studies)
    assert report.retries >= 2
    assert all(report.failed.values())  # why: Orthanc's message
    assert Checkpoint(checkpoint).load() in (None, report.position)
    # The target is back: the next run, from the same checkpoint, sends what had failed.
    await orthanc.modalities.configure("down", "TARGET", "127.0.0.1", target.dicom_port)
    again = await orthanc.route(down, checkpoint=checkpoint, idle_timeout=0)
    assert sorted(again.forwarded) == studies
