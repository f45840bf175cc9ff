"""Anonymizing 100 studies: `orthanc.anonymize_many()` against one sequential loop.

One throwaway Orthanc with 100 studies of 20 small instances (2000, pydicom-made as
bench/reads.py makes them). In one run, best of `--repeat` each, the copies deleted in
between:

- the loop of Orthanc's AnonymizeAllPatients sample, with plain httpx: one synchronous
  ``POST /studies/{id}/anonymize`` after the other (timed first and last, the best kept);
- `orthanc.anonymize_many(studies, concurrency=N)` for a few N.

Prints each time and its ratio to the loop (higher is better)::

    python bench/anonymize.py [--studies 100] [--per-study 20] [--repeat 2]

Figures are noisy on shared machines: compare ratios from one run.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import time
import zipfile
from collections.abc import Awaitable, Callable

import httpx

from aiorthanc import AsyncOrthanc
from aiorthanc.testing import LocalOrthanc
from reads import instance

CONCURRENCIES = (1, 2, 4)


async def fill(orthanc: AsyncOrthanc, studies: int, per_study: int) -> None:
    """`studies` studies of `per_study` instances (2 series), 10 studies per patient."""
    for study in range(studies):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for n in range(per_study):
                archive.writestr(f"{n}.dcm", instance(study // 10, study, n % 2))
        await orthanc.request("POST", "/instances", content=buffer.getvalue())


async def timed(work: Callable[[], Awaitable[object]], orthanc: AsyncOrthanc, repeat: int) -> float:
    """Best wall time of `work`; the studies it added are deleted after each try."""
    originals = set(await orthanc.studies.ids())
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        await work()
        best = min(best, time.perf_counter() - start)
        copies = set(await orthanc.studies.ids()) - originals
        if len(copies) != len(originals):
            raise SystemExit(f"{len(copies)} anonymized studies, not {len(originals)}")
        await orthanc.studies.delete(copies)
    return best


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--studies", type=int, default=100)
    parser.add_argument("--per-study", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    async with LocalOrthanc() as server, server.client() as orthanc:
        await fill(orthanc, args.studies, args.per_study)
        ids = await orthanc.studies.ids()
        studies = [s async for s in orthanc.studies.all()]

        async def loop() -> None:
            async with httpx.AsyncClient(base_url=server.url, timeout=600) as plain:
                for study_id in ids:
                    answer = await plain.post(f"/studies/{study_id}/anonymize", json={})
                    answer.raise_for_status()

        rows = [("sequential loop (sample script)", await timed(loop, orthanc, args.repeat))]
        for width in CONCURRENCIES:

            async def ours(w: int = width) -> None:
                await orthanc.anonymize_many(studies, concurrency=w, timeout=600)

            elapsed = await timed(ours, orthanc, args.repeat)
            rows.append((f"anonymize_many(concurrency={width})", elapsed))
        # The loop again, last: a machine busier at the start or the end favours no side.
        rows[0] = (rows[0][0], min(rows[0][1], await timed(loop, orthanc, args.repeat)))
    count = args.studies * args.per_study
    print(f"\nAnonymizing {args.studies} studies ({count} instances), best of {args.repeat}")
    for name, elapsed in rows:
        print(
            f"  {name:36s} {elapsed:7.2f} s  {count / elapsed:6.0f} inst/s  "
            f"{rows[0][1] / elapsed:5.2f}x the loop"
        )


if __name__ == "__main__":
    asyncio.run(main())
