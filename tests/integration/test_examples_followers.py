"""The examples that follow changes (they run until stopped), against a real Orthanc."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
import pytest
from anyio.abc import Process
from facade_data import make_instance, zip_of

from aiorthanc import AsyncOrthanc
from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

EXAMPLES = Path(__file__).parents[2] / "examples"
WAIT = 60.0  # seconds a condition may take before the test fails (never asserted as a duration)


@asynccontextmanager
async def running(script: str, *args: str) -> AsyncIterator[list[str]]:
    """Run an example in the background; the lines it printed so far (all of them after)."""
    lines: list[str] = []
    command = [sys.executable, str(EXAMPLES / script), *args]
    async with await anyio.open_process(command) as process, anyio.create_task_group() as tasks:
        tasks.start_soon(_read_lines, process, lines)
        try:
            yield lines
        finally:
            process.terminate()
            await process.wait()


async def _read_lines(process: Process, lines: list[str]) -> None:
    assert process.stdout is not None
    pending = b""
    async for chunk in process.stdout:
        pending += chunk
        *done, pending = pending.split(b"\n")
        lines.extend(line.decode() for line in done)


async def eventually(condition: Callable[[], Awaitable[bool]]) -> None:
    with anyio.fail_after(WAIT):
        while True:  # polling a server: there is no event to wait on
            if await condition():
                return
            await anyio.sleep(0.2)


async def _upload(orthanc: AsyncOrthanc, files: list[bytes]) -> None:
    await orthanc.request("POST", "/instances", content=zip_of(iter(files)))


async def test_changes_loop_prints_and_deletes_each_new_instance() -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc, running("changes_loop.py", server.url) as lines:
            await _upload(orthanc, [make_instance(p, 0, 0, i) for p in range(2) for i in range(2)])

            async def all_handled() -> bool:
                return len(lines) == 4 and await orthanc.instances.ids() == []

            await eventually(all_handled)
        assert sorted(line.split("'")[1] for line in lines) == [
            "Test^Patient0",
            "Test^Patient0",
            "Test^Patient1",
            "Test^Patient1",
        ]


async def test_auto_classify_writes_a_tree_and_removes(tmp_path: Path) -> None:
    with LocalOrthanc() as server:
        async with server.client() as orthanc:
            await _upload(orthanc, [make_instance(0, 0, 0, i) for i in range(2)])  # history
            args = (server.url, "--target", str(tmp_path), "--all", "--remove")
            async with running("auto_classify.py", *args):
                await _upload(orthanc, [make_instance(1, 0, 1, i) for i in range(2)])

                async def all_written() -> bool:
                    files = list(tmp_path.rglob("*.dcm"))
                    return len(files) == 4 and await orthanc.instances.ids() == []

                await eventually(all_written)
        tree = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.dcm"))
        assert tree[0].startswith("P000 - Test^Patient0/20240101 - Study 0/CT - Series 0/")
        assert tree[-1].startswith("P001 - Test^Patient1/20240102 - Study 0/MR - Series 1/")


async def test_continuous_anonymization_replaces_each_stable_patient() -> None:
    with LocalOrthanc(config={"StableAge": 1}) as server:
        async with server.client() as orthanc:
            await _upload(orthanc, [make_instance(p, 0, 0, i) for p in range(2) for i in range(2)])
            originals = set(await orthanc.patients.ids())
            async with running("continuous_anonymization.py", server.url) as lines:

                async def all_anonymized() -> bool:
                    ids = set(await orthanc.patients.ids())
                    return len(lines) == 2 and len(ids) == 2 and not ids & originals

                await eventually(all_anonymized)
            pseudonyms = {
                hashlib.md5(f"P00{p}".encode(), usedforsecurity=False).hexdigest()[:8]
                for p in range(2)
            }
            patients = [p async for p in orthanc.patients.all()]
            assert {p.patient_id for p in patients} == pseudonyms
            assert {await p.anonymized_from() for p in patients} == originals
            assert sorted(p.patient_name or "" for p in patients) == [
                "Anonymized patient 1",
                "Anonymized patient 2",
            ]


async def test_new_and_stable_studies_are_reported() -> None:
    with LocalOrthanc(config={"StableAge": 1}) as server:
        async with (
            server.client() as orthanc,
            running("new_and_stable_studies.py", server.url) as lines,
        ):
            await _upload(orthanc, [make_instance(0, s, r, 0) for s in range(2) for r in range(2)])

            async def both_stable() -> bool:
                return len([line for line in lines if line.startswith("stable")]) == 2

            await eventually(both_stable)
            studies = set(await orthanc.studies.ids())
        assert {line.split()[1] for line in lines if line.startswith("new")} == studies
        stable = sorted(line.split(maxsplit=4)[1:] for line in lines if line.startswith("stable"))
        assert {s[0] for s in stable} == studies
        assert sorted(s[1:] for s in stable) == [["2", "2", "Study 0"], ["2", "2", "Study 1"]]
