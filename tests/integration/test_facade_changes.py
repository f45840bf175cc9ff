"""Following the change log against a real Orthanc: exactly once across a kill and a restart."""

from __future__ import annotations

from pathlib import Path

import anyio
import anyio.lowlevel
import pytest
from facade_data import make_instance, zip_of

from aiorthanc import AsyncOrthanc, ChangeType, Checkpoint, Study
from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]


async def _all_seqs(orthanc: AsyncOrthanc) -> list[int]:
    seqs: list[int] = []
    since = 0
    while True:
        page = await orthanc.get_json("/changes", params={"since": since, "limit": 500})
        seqs += [c["Seq"] for c in page["Changes"]]
        since = page["Last"]
        if page["Done"]:
            return seqs


async def _follow_until(
    orthanc: AsyncOrthanc, checkpoint: Path, handled: list[int], last: int, kill_at: int | None
) -> bool:
    """Handle changes (recording their seq) until `last`; False when killed at `kill_at`."""
    with anyio.CancelScope() as scope:
        async for change in orthanc.changes.follow(checkpoint=checkpoint, poll_interval=0.05):
            if len(handled) == kill_at:
                scope.cancel()  # killed in the middle of handling: nothing recorded
                await anyio.lowlevel.checkpoint()
            handled.append(change.seq)
            if change.seq >= last:
                return True
    return False


async def test_a_killed_follower_resumes_from_its_checkpoint_exactly_once(tmp_path: Path) -> None:
    with LocalOrthanc(config={"StableAge": 3600}) as server:
        async with server.client() as orthanc:
            files = (make_instance(0, 0, i // 100, i % 100) for i in range(1000))
            await orthanc.request("POST", "/instances", content=zip_of(files))
            expected = await _all_seqs(orthanc)
            assert len(expected) >= 1000
            last = await orthanc.changes.last_seq()
            checkpoint = tmp_path / "state" / "changes.json"
            handled: list[int] = []
            assert not await _follow_until(orthanc, checkpoint, handled, last, kill_at=437)
            assert Checkpoint(checkpoint).load() == handled[-1]
            assert await _follow_until(orthanc, checkpoint, handled, last, kill_at=None)
            assert handled == expected


async def test_types_filter_and_stable_studies(tmp_path: Path) -> None:
    with LocalOrthanc(config={"StableAge": 1}) as server:
        async with server.client() as orthanc:
            start = await orthanc.changes.last_seq()
            files = (make_instance(0, s, 0, i) for s in range(2) for i in range(3))
            await orthanc.request("POST", "/instances", content=zip_of(files))
            studies: list[Study] = []
            with anyio.fail_after(60):
                async for study in orthanc.changes.stable_studies(since=start, poll_interval=0.2):
                    studies.append(study)
                    if len(studies) == 2:
                        break
            assert {s.study_description for s in studies} == {"Study 0", "Study 1"}
            assert all(s.is_stable for s in studies)
            follower = orthanc.changes.follow(since=start, types={ChangeType.NEW_SERIES})
            kinds = []
            async for change in follower:
                kinds.append(change.change_type)
                if len(kinds) == 2:
                    break
            assert kinds == [ChangeType.NEW_SERIES] * 2


async def test_the_follower_waits_out_a_server_restart() -> None:
    with LocalOrthanc(config={"StableAge": 3600}) as server:
        async with server.client(retries=0) as orthanc:
            await orthanc.request("POST", "/instances", content=make_instance(0, 0, 0, 0))

            async def outage() -> None:
                await anyio.to_thread.run_sync(lambda: server.stop(kill=True))
                await anyio.sleep(2)  # the follower polls a dead port meanwhile
                await anyio.to_thread.run_sync(server.start)
                await orthanc.request("POST", "/instances", content=make_instance(0, 0, 0, 1))

            seen: list[ChangeType] = []
            with anyio.fail_after(120):
                async with anyio.create_task_group() as tasks:
                    async for change in orthanc.changes.follow(poll_interval=0.05):
                        seen.append(change.change_type)
                        if len(seen) == 4:  # NewInstance, NewSeries, NewStudy, NewPatient
                            tasks.start_soon(outage)
                        if len(seen) > 4 and change.change_type is ChangeType.NEW_INSTANCE:
                            break
            assert seen.count(ChangeType.NEW_INSTANCE) == 2
