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
    print(f"{outcome} {_peak_mb():.0f}")


def _peak_mb() -> float:
    # VmHWM belongs to this program's memory; ru_maxrss would count the parent's, from the fork.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    anyio.run(main, *sys.argv[1:])
