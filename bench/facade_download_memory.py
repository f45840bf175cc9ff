"""Peak memory of downloading a large study archive: aiorthanc streams, so RSS stays flat.

Stores one study of about 320 MB (incompressible pixel data, so the ZIP stays that large) in a
throwaway Orthanc, then downloads its archive in a fresh child process and prints the child's
peak RSS (`ru_maxrss`). The data is generated and uploaded in another child process so that its
memory does not count. pyorthanc's `Study.download()` is measured the same way for comparison.

    PYTHONPATH=src python bench/facade_download_memory.py [--megabytes 320]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anyio

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1] / "tests" / "integration"))

ROWS, COLUMNS = 512, 1024  # 1 MiB of 16-bit pixels per instance


def peak_rss_mb() -> float:
    # Linux reports kilobytes.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def child_upload(url: str, megabytes: int) -> None:
    from facade_data import make_instance

    from aiorthanc import AsyncOrthanc

    count = max(1, megabytes)  # one MiB per instance
    limiter = anyio.CapacityLimiter(2)
    study_id = ""
    async with AsyncOrthanc(url) as orthanc:

        async def store(index: int) -> None:
            nonlocal study_id
            pixels = os.urandom(ROWS * COLUMNS * 2)
            data = make_instance(
                0, 0, 0, index, rows=ROWS, columns=COLUMNS, tags={"PixelData": pixels}
            )
            async with limiter:
                answer = (await orthanc.request("POST", "/instances", content=data)).json()
            study_id = answer["ParentStudy"]

        async with anyio.create_task_group() as tg:
            for index in range(count):
                tg.start_soon(store, index)
    print(study_id)


async def child_download(url: str, study_id: str, target: str) -> None:
    from aiorthanc import AsyncOrthanc
    from aiorthanc._facade import StudyCollection

    async with AsyncOrthanc(url) as orthanc:
        study = await StudyCollection(orthanc).get(study_id)
        start = time.perf_counter()
        size = await study.download_archive(target)
        elapsed = time.perf_counter() - start
    print(f"{size} {elapsed:.2f} {peak_rss_mb():.1f}")


def child_pyorthanc(url: str, study_id: str, target: str) -> None:
    import pyorthanc

    with pyorthanc.Orthanc(url, timeout=600) as client:
        study = pyorthanc.Study(study_id, client)
        start = time.perf_counter()
        study.download(target)
        elapsed = time.perf_counter() - start
    print(f"{os.path.getsize(target)} {elapsed:.2f} {peak_rss_mb():.1f}")


def run_child(*args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(HERE.parents[1] / "src")}
    result = subprocess.run(
        [sys.executable, str(HERE), "--child", *args],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return result.stdout.strip().splitlines()[-1]


def baseline_rss() -> float:
    # What importing aiorthanc and starting an event loop costs, without downloading anything.
    return float(run_child("baseline"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=320)
    parser.add_argument("--skip-pyorthanc", action="store_true")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each, alternating")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        role, *rest = args.child
        if role == "upload":
            anyio.run(child_upload, rest[0], int(rest[1]))
        elif role == "download":
            anyio.run(child_download, *rest)
        elif role == "pyorthanc":
            child_pyorthanc(*rest)
        elif role == "baseline":
            import aiorthanc._facade  # noqa: F401

            anyio.run(anyio.sleep, 0)
            print(f"{peak_rss_mb():.1f}")
        return

    from aiorthanc.testing import LocalOrthanc

    with LocalOrthanc() as server, tempfile.TemporaryDirectory() as workdir:
        start = time.perf_counter()
        study_id = run_child("upload", server.url, str(args.megabytes))
        print(f"stored a study of {args.megabytes} MiB in {time.perf_counter() - start:.1f} s")
        print(f"child baseline (imports, no download): {baseline_rss():.1f} MB peak RSS")
        rows = [("aiorthanc download_archive()", "download")]
        if not args.skip_pyorthanc:
            rows.append(("pyorthanc Study.download()", "pyorthanc"))
        print(f"\n{'archive download':30} {'MB on disk':>10} {'seconds':>8} {'peak RSS MB':>12}")
        figures: dict[str, float] = {}
        for _ in range(args.repeat):
            for name, role in rows:
                target = os.path.join(workdir, f"{role}.zip")
                size, seconds, rss = run_child(role, server.url, study_id, target).split()
                figures[role] = max(figures.get(role, 0.0), float(rss))
                mib = int(size) / 2**20
                print(f"{name:30} {mib:>10.1f} {float(seconds):>8.2f} {float(rss):>12.1f}")
                os.remove(target)
        if "pyorthanc" in figures:
            ratio = figures["pyorthanc"] / figures["download"]
            print(f"\npyorthanc peak RSS / aiorthanc peak RSS: {ratio:.1f}x")
        verdict = "OK" if figures["download"] < 100 else "OVER BUDGET"
        print(f"aiorthanc peak RSS {figures['download']:.1f} MB (budget 100 MB): {verdict}")


if __name__ == "__main__":
    main()
