"""Run by test_hostile_rss in a child process: one misbehaving case, then print the peak RSS."""

from __future__ import annotations

import resource
import sys
import tempfile
from pathlib import Path

import anyio

from aiorthanc import AsyncOrthanc, OrthancError, RetryPolicy
from aiorthanc._facade._download import download


async def main(url: str, transport: str, case: str) -> None:
    options = {"deadline": 5.0} if case == "/slow-headers" else {}
    async with AsyncOrthanc(url, transport=transport, retries=RetryPolicy(0), **options) as orthanc:  # type: ignore[arg-type]
        try:
            if case == "/cut-zip":
                with tempfile.TemporaryDirectory() as folder:
                    await download(orthanc, "/studies/cut-zip/archive", Path(folder) / "a.zip")
            else:
                await orthanc.get_json(case)
        except OrthancError as exc:
            outcome = type(exc).__name__
        else:
            outcome = "no error"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{outcome} {peak:.0f}")


if __name__ == "__main__":
    anyio.run(main, *sys.argv[1:])
