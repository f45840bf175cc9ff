"""Navigation cost: aiorthanc's forest and children calls against pyorthanc's `find()`.

Stores P patients x S studies x R series x I instances (default 10 x 2 x 5 x 10) in a throwaway
Orthanc, then walks the whole tree reading one main tag at each level, and prints the number of
HTTP requests and the time each way took:

    PYTHONPATH=src python bench/facade_navigation.py [--patients 10 --studies 2 --series 5 ...]

Requests are counted with httpx event hooks (pyorthanc's clients are httpx clients too).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "integration"))
from facade_data import make_tree

from aiorthanc import AsyncOrthanc
from aiorthanc._facade import PatientCollection, build_forest
from aiorthanc.testing import LocalOrthanc


class Counter:
    def __init__(self) -> None:
        self.count = 0

    def sync_hook(self, request: httpx.Request) -> None:
        self.count += 1

    async def async_hook(self, request: httpx.Request) -> None:
        self.count += 1


async def upload(url: str, shape: tuple[int, int, int, int]) -> int:
    files = list(make_tree(*shape))
    limiter = anyio.CapacityLimiter(4)
    async with AsyncOrthanc(url) as orthanc:

        async def store(data: bytes) -> None:
            async with limiter:
                await orthanc.request("POST", "/instances", content=data)

        async with anyio.create_task_group() as tg:
            for data in files:
                tg.start_soon(store, data)
    return len(files)


async def aiorthanc_forest(url: str) -> tuple[int, int]:
    counter = Counter()
    async with AsyncOrthanc(url) as orthanc:
        orthanc.http_client.event_hooks["request"].append(counter.async_hook)
        forest = await build_forest(orthanc)
        seen = 0
        for patient in forest.patients:
            _ = patient.patient_name
            for study in forest.children(patient):
                _ = study.study_date
                for series in forest.children(study):
                    _ = series.modality
                    for instance in forest.children(series):
                        _ = instance.sop_instance_uid
                        seen += 1
    return counter.count, seen


async def aiorthanc_children(url: str) -> tuple[int, int]:
    counter = Counter()
    async with AsyncOrthanc(url) as orthanc:
        orthanc.http_client.event_hooks["request"].append(counter.async_hook)
        seen = 0
        async for patient in PatientCollection(orthanc).all():
            _ = patient.patient_name
            for study in await patient.studies():
                _ = study.study_date
                for series in await study.series():
                    _ = series.modality
                    for instance in await series.instances():
                        _ = instance.sop_instance_uid
                        seen += 1
    return counter.count, seen


def pyorthanc_find(url: str, use_async: bool) -> tuple[int, int]:
    import pyorthanc

    counter = Counter()
    client: Any
    if use_async:
        client = pyorthanc.AsyncOrthanc(url, timeout=3)
        client.event_hooks["request"].append(counter.async_hook)
    else:
        client = pyorthanc.Orthanc(url)
        client.event_hooks["request"].append(counter.sync_hook)
    # With the async client, find() runs its own event loop, and the properties read below go
    # through pyorthanc's sync wrapper of that client.
    patients = pyorthanc.find(client)
    seen = 0
    for patient in patients:
        _ = patient.name
        for study in patient.studies:
            _ = study.date
            for series in study.series:
                _ = series.modality
                for instance in series.instances:
                    _ = instance.uid
                    seen += 1
    if not use_async:
        client.close()
    return counter.count, seen


def timed(run: Callable[[], tuple[int, int]]) -> tuple[int, int, float]:
    start = time.perf_counter()
    requests, seen = run()
    return requests, seen, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=10)
    parser.add_argument("--studies", type=int, default=2)
    parser.add_argument("--series", type=int, default=5)
    parser.add_argument("--instances", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = parser.parse_args()
    shape = (args.patients, args.studies, args.series, args.instances)

    with LocalOrthanc() as server:
        stored = anyio.run(upload, server.url, shape)
        print(f"stored {stored} instances ({' x '.join(map(str, shape))}) in {server.url}")
        runs: dict[str, Callable[[], tuple[int, int]]] = {
            "aiorthanc build_forest()": lambda: anyio.run(aiorthanc_forest, server.url),
            "aiorthanc children calls": lambda: anyio.run(aiorthanc_children, server.url),
            "pyorthanc find() (sync)": lambda: pyorthanc_find(server.url, False),
            "pyorthanc find() (async client)": lambda: pyorthanc_find(server.url, True),
        }
        results: dict[str, tuple[int, int, float]] = {}
        for name, run in runs.items():
            best: tuple[int, int, float] | None = None
            for _ in range(args.repeat):
                try:
                    result = timed(run)
                except Exception as exc:  # a peer failing is a result too
                    print(f"{name}: failed: {type(exc).__name__}: {exc}")
                    break
                if best is None or result[2] < best[2]:
                    best = result
            if best is not None:
                results[name] = best

    base = results["aiorthanc build_forest()"]
    print(f"\n{'walk of the whole tree':34} {'requests':>9} {'instances':>10} {'seconds':>8}")
    for name, (requests, seen, seconds) in results.items():
        print(f"{name:34} {requests:>9} {seen:>10} {seconds:>8.3f}")
    print("\nratios against aiorthanc build_forest() (requests, time):")
    for name, (requests, _, seconds) in results.items():
        print(f"  {name:34} {requests / base[0]:>7.1f}x {seconds / base[2]:>7.1f}x")


if __name__ == "__main__":
    main()
