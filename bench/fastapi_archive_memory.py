"""Memory of the FastAPI example app while it streams a 200 MB study archive to a client.

Stores one study of about 200 MB (100 instances of 2 MiB, pixels made with pydicom from random
bytes, so that the ZIP stays that large) in a throwaway Orthanc, serves examples/fastapi_app.py
with uvicorn in a child process, and downloads the study's archive through it while reading the
child's memory from /proc: its RSS before the download (after a warm-up request), and its peak
RSS during the download (VmHWM, reset before the download where the kernel lets us, else the
peak since start). The archive is written to a temporary file and checked (a whole ZIP, every
member's CRC). Prints the figures; asserts nothing.

    python bench/fastapi_archive_memory.py [--instances 100] [--megabytes-each 2]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import anyio
import httpx

from aiorthanc.testing import LocalOrthanc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "integration"))
from example_app import serving  # noqa: E402


def status_mb(pid: int, field: str) -> float:
    """A field of /proc/PID/status (VmRSS, VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def reset_peak(pid: int) -> bool:
    """Set VmHWM back to the current RSS (Linux 4.0+, own processes); False if refused."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        return False
    return True


async def store_study(server: LocalOrthanc, count: int, megabytes: float) -> str:
    from facade_data import make_instance

    columns = 1024
    rows = max(1, int(megabytes * 2**20 / (columns * 2)))
    limiter = anyio.CapacityLimiter(2)
    study_ids: set[str] = set()
    async with server.client() as orthanc:

        async def store(index: int) -> None:
            tags = {"PixelData": os.urandom(rows * columns * 2)}
            data = make_instance(0, 0, index // 50, index, rows=rows, columns=columns, tags=tags)
            async with limiter:
                answer = await orthanc.request("POST", "/instances", content=data)
            study_ids.add(answer.json()["ParentStudy"])

        async with anyio.create_task_group() as group:
            for index in range(count):
                group.start_soon(store, index)
    (study_id,) = study_ids
    return study_id


def download(client: httpx.Client, study_id: str, target: Path, pid: int) -> tuple[int, float]:
    """Stream the archive to `target`; returns its size and the highest RSS sampled meanwhile."""
    highest = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal highest
        while not done.is_set():
            highest = max(highest, status_mb(pid, "VmRSS"))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    size = 0
    try:
        with client.stream("GET", f"/studies/{study_id}/archive") as answer:
            answer.raise_for_status()
            with target.open("wb") as out:
                for chunk in answer.iter_bytes():
                    out.write(chunk)
                    size += len(chunk)
    finally:
        done.set()
        sampler.join()
    return size, highest


def measure(server: LocalOrthanc, study_id: str, workdir: Path) -> None:
    with serving(server.url, server.credentials) as (client, app):
        client.get("/studies", params={"limit": 1}).raise_for_status()  # warm up
        before = status_mb(app.pid, "VmRSS")
        reset = reset_peak(app.pid)
        target = workdir / "archive.zip"
        start = time.perf_counter()
        size, sampled = download(client, study_id, target, app.pid)
        seconds = time.perf_counter() - start
        # The kernel updates VmHWM lazily: a sample can be a few hundred KB above it.
        peak = max(status_mb(app.pid, "VmHWM"), sampled)
    with zipfile.ZipFile(target) as archive:
        members = len(archive.namelist())
        assert archive.testzip() is None, "a member fails its CRC check"
    archive_mb = size / 1e6
    growth = peak - before
    print(f"archive: {archive_mb:.1f} MB, {members} members, {archive_mb / seconds:.0f} MB/s")
    print(f"app RSS before the download: {before:.1f} MB")
    what = "during the download" if reset else "since the app started (VmHWM reset refused)"
    print(f"app peak RSS {what}: {peak:.1f} MB")
    print(f"growth: {growth:+.1f} MB, {growth / archive_mb:.1%} of the archive's size")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=100)
    parser.add_argument("--megabytes-each", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    with LocalOrthanc() as server, tempfile.TemporaryDirectory() as workdir:
        start = time.perf_counter()
        study_id = anyio.run(store_study, server, args.instances, args.megabytes_each)
        seconds = time.perf_counter() - start
        each = f"{args.megabytes_each:g} MiB"
        print(f"stored {args.instances} instances of {each} in {seconds:.1f} s")
        for _ in range(args.repeat):
            measure(server, study_id, Path(workdir))


if __name__ == "__main__":
    main()
