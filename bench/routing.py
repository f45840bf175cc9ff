"""Routing by C-STORE: `orthanc.route()` against the server's own single store call (the ceiling).

Two throwaway Orthancs. The source receives 2000 small instances (pydicom-made, as
bench/reads.py makes them); then, in one run, each of these moves them all to the target:

- the ceiling: one ``POST /modalities/target/store`` with every instance ID (one association);
- `orthanc.route(modality, "instances", ...)` following the change log from before the upload,
  with several batch sizes and concurrencies (batch 1: one store call per instance, as a
  naive router would do);

each timed until the target has stored every instance (the store calls are synchronous), best
of `--repeat`, the target emptied in between; the ceiling is timed first and again last.
Prints each time and its ratio to the first ceiling (higher is better; the goal is 0.8x or
more)::

    python bench/routing.py [--instances 2000] [--repeat 3]

Figures are noisy on shared machines: compare ratios from one run.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Awaitable, Callable

import anyio

from aiorthanc import AsyncOrthanc, Modality, RouteReport
from aiorthanc.testing import LocalOrthanc
from reads import fill

# (batch_size, concurrency) of the router runs; (1, 1) is timed on a tenth of the instances.
SETTINGS = [(500, 2), (250, 4), (1, 1)]


async def timed(
    work: Callable[[], Awaitable[object]], target: AsyncOrthanc, count: int, repeat: int
) -> float:
    """Best wall time of `work`, checking that the target then holds `count` instances."""
    best = float("inf")
    for _ in range(repeat):
        await target.patients.delete(await target.patients.ids())
        start = time.perf_counter()
        await work()
        best = min(best, time.perf_counter() - start)
        stored = len(await target.instances.ids())
        if stored != count:
            raise SystemExit(f"the target holds {stored} instances, not {count}")
    return best


async def route(
    orthanc: AsyncOrthanc, modality: Modality, since: int, batch: int, width: int, n: int
) -> None:
    """Route the instances that arrived after `since` until `n` are acknowledged."""
    with anyio.CancelScope() as scope:

        def stop_at_n(report: RouteReport) -> None:
            if len(report.forwarded) >= n:
                scope.cancel()

        report = await orthanc.route(
            modality,
            "instances",
            since=since,
            batch_size=batch,
            concurrency=width,
            idle_timeout=0,
            poll_interval=0.05,
            progress=stop_at_n,
        )
        raise SystemExit(f"routing stopped early: {report}")


def show(name: str, n: int, elapsed: float, ceiling_per_instance: float) -> None:
    """One row: time, rate and ratio to the ceiling (by rate: the batch-1 row moves fewer)."""
    ratio = ceiling_per_instance * n / elapsed
    print(f"  {name:40s} {elapsed:7.2f} s  {n / elapsed:6.0f} inst/s  {ratio:5.2f}x", flush=True)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--instances", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    count, repeat = args.instances, args.repeat
    async with (
        LocalOrthanc(aet="TARGET") as remote,
        LocalOrthanc(aet="SOURCE") as server,
        server.client() as orthanc,
        remote.client() as target,
    ):
        modality = await orthanc.modalities.configure(
            "target", "TARGET", "127.0.0.1", remote.dicom_port
        )
        start = await orthanc.changes.last_seq()
        await fill(orthanc, count)
        ids = await orthanc.instances.ids()
        best = await timed(lambda: modality.store(ids, timeout=3600), target, count, repeat)
        print(f"\nRouting {count} instances by C-STORE to a second Orthanc (best of {repeat})")
        show("ceiling: one store call of all IDs", count, best, best / count)
        for batch, width in SETTINGS:
            n = count // 10 if batch == 1 else count  # one call per instance: a tenth will do
            elapsed = await timed(
                lambda b=batch, w=width, n=n: route(orthanc, modality, start, b, w, n),
                target,
                n,
                repeat,
            )
            show(f"route(): batch {batch}, {width} in flight", n, elapsed, best / count)

        # The ceiling again, last: a machine busier at the start or the end favours no side.
        again = await timed(lambda: modality.store(ids, timeout=3600), target, count, repeat)
        show("ceiling, timed again last", count, again, best / count)


if __name__ == "__main__":
    asyncio.run(main())
