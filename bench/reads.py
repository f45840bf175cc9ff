"""Reads at the server's speed: aiorthanc against raw aiohttp (the ceiling) and httpx, side by side.

One throwaway Orthanc, filled with generated instances (pydicom), then, in one run:

- 500 small GETs (`/instances/{id}`, JSON decoded), one at a time and 8 in flight: raw aiohttp,
  httpx, aiorthanc `get_json`, the typed `orthanc.api.instances.get_instance`; wall time and
  client CPU per request;
- export of 2000 instances to a folder: raw aiohttp (GET each file, write it, one flat folder)
  against `orthanc.export()`, both 8 requests in flight: writing the ceiling's files, with the
  default layout (patient/study/series folders named by tags), and with `archive_bytes=0` (a
  request per file, as the ceiling does; otherwise small files come in ZIP archives);
- `find()` with a metadata filter over 500 studies: raw aiohttp (/tools/find, then each study's
  metadata 8 in flight) against `orthanc.studies.find(metadata=...)`;
- `forest()` of 20,000 instances, each side in a child process for its peak RSS: raw aiohttp
  reading the same pages against `orthanc.forest()`.

Prints each figure and its ratio to the ceiling (higher is better for rates)::

    python bench/reads.py [--instances 2000] [--forest 20000] [--only gets export find forest]
                          [--folder DIR]

`--folder` is where exports write (default: the temporary folder). On a disk whose file
creation costs hundreds of microseconds (seen on these machines, varying by the minute) the disk
bounds both sides; `--folder /dev/shm` (tmpfs) measures the clients alone.

Figures are noisy on shared machines: compare ratios from one run.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import aiohttp
import httpx
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

from aiorthanc import AsyncOrthanc
from aiorthanc.testing import LocalOrthanc

IN_FLIGHT = 8
SECTIONS = ["gets", "export", "find", "forest"]
REVIEWED = "Reviewed"


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def instance(patient: int, study: int, series: int) -> bytes:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = CTImageStorage
    ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID = CTImageStorage
    ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
    ds.PatientID, ds.PatientName = f"P{patient}", f"DOE^{patient}"
    ds.StudyInstanceUID = f"1.2.826.0.1.3680043.10.1.{patient}.{study}"
    ds.SeriesInstanceUID = f"1.2.826.0.1.3680043.10.1.{patient}.{study}.{series}"
    ds.StudyDate, ds.Modality, ds.StudyDescription = "20240101", "CT", f"study {study}"
    ds.PixelData, ds.Rows, ds.Columns = b"\0" * 8192, 64, 64
    ds.BitsAllocated, ds.SamplesPerPixel = 16, 1
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


async def fill(orthanc: AsyncOrthanc, count: int, *, offset: int = 0) -> None:
    """`count` instances: 4 per study, 2 series each, 10 studies per patient; ZIPs of 200."""
    numbers = range(offset, offset + count)
    for start in range(0, count, 200):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for n in numbers[start : start + 200]:
                study = n // 4
                archive.writestr(f"{n}.dcm", instance(study // 10, study, n % 2))
        await orthanc.request("POST", "/instances", content=buffer.getvalue())


async def in_flight(width: int, jobs: Iterable[Callable[[], Awaitable[object]]]) -> None:
    limit = asyncio.Semaphore(width)

    async def one(job: Callable[[], Awaitable[object]]) -> None:
        async with limit:
            await job()

    await asyncio.gather(*(one(job) for job in jobs))


async def timed(work: Callable[[], Awaitable[object]]) -> tuple[float, float]:
    """Wall and CPU seconds of `work`, best of three."""
    best = (float("inf"), float("inf"))
    for _ in range(3):
        cpu, wall = cpu_seconds(), time.perf_counter()
        await work()
        best = min(best, (time.perf_counter() - wall, cpu_seconds() - cpu))
    return best


async def interleaved(
    variants: list[tuple[str, Callable[[], Awaitable[object]]]], rounds: int = 3
) -> list[tuple[str, float, float]]:
    """(name, wall s, cpu s) of each variant, best of `rounds`; one run of each per round, so
    that a machine getting busier or quieter weighs on every variant alike. A variant that
    returns a folder has it removed once measured (deleting is not part of the work)."""
    best = {name: (float("inf"), float("inf")) for name, _ in variants}
    for _ in range(rounds):
        for name, work in variants:
            cpu, wall = cpu_seconds(), time.perf_counter()
            made = await work()
            best[name] = min(best[name], (time.perf_counter() - wall, cpu_seconds() - cpu))
            if isinstance(made, str):
                shutil.rmtree(made)
    return [(name, *best[name]) for name, _ in variants]


def report(title: str, unit: str, rows: list[tuple[str, float, float]], count: int) -> None:
    """Rows of (name, wall s, cpu s); the first is the ceiling."""
    print(f"\n{title}")
    ceiling = rows[0][1]
    for name, wall, cpu in rows:
        rate = count / wall
        print(
            f"  {name:34s} {rate:8.0f} {unit}/s  cpu {cpu / count * 1e6:6.0f} us each  "
            f"{ceiling / wall:5.2f}x the ceiling"
        )


async def small_gets(url: str, ids: list[str], orthanc: AsyncOrthanc) -> None:
    ids = ids[:500]
    async with (
        aiohttp.ClientSession() as raw,
        httpx.AsyncClient(limits=httpx.Limits(max_connections=20)) as plain,
    ):

        async def raw_get(i: str) -> None:
            async with raw.get(f"{url}/instances/{i}") as answer:
                json.loads(await answer.read())

        async def httpx_get(i: str) -> None:
            (await plain.get(f"{url}/instances/{i}")).json()

        async def get_json(i: str) -> None:
            await orthanc.get_json(f"/instances/{i}")

        async def typed(i: str) -> None:
            await orthanc.api.instances.get_instance(i)

        for width in (1, IN_FLIGHT):

            def run(get: Callable[[str], Awaitable[None]], w: int = width) -> Awaitable[None]:
                return in_flight(w, [lambda i=i: get(i) for i in ids])

            rows = await interleaved(
                [
                    ("raw aiohttp (ceiling)", lambda: run(raw_get)),
                    ("httpx", lambda: run(httpx_get)),
                    ("aiorthanc get_json", lambda: run(get_json)),
                    ("aiorthanc typed get_instance", lambda: run(typed)),
                ],
                rounds=5,  # 500 requests take 50-400 ms: best of more rounds steadies them
            )
            report(f"{len(ids)} GET /instances/{{id}}, {width} in flight", "req", rows, len(ids))


def write_atomically(path: str, data: bytes) -> None:
    temp = f"{path}.part"
    with open(temp, "wb") as file:
        file.write(data)
    os.replace(temp, path)


async def series_folders(raw: aiohttp.ClientSession, url: str) -> tuple[dict[str, str], list[Any]]:
    """The default layout's folder of each series (by its ID), and the expanded instances: every
    level listed expanded, folders named by tags as the default layout names them."""

    async def listing(level: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        while True:
            params = {"expand": "", "since": len(found), "limit": 500}
            async with raw.get(f"{url}/{level}", params=params) as answer:
                page = await answer.json()
            found += page
            if len(page) < 500:
                return found

    def name(tags: dict[str, str], *keys: str) -> str:
        return " - ".join(tags.get(key, "") for key in keys).replace("/", "_")

    levels = ("patients", "studies", "series", "instances")
    patients, studies, series, instances = await asyncio.gather(*map(listing, levels))
    folders = {p["ID"]: name(p["MainDicomTags"], "PatientID", "PatientName") for p in patients}
    for study in studies:
        tags = name(study["MainDicomTags"], "StudyDate", "StudyDescription")
        folders[study["ID"]] = os.path.join(folders[study["ParentPatient"]], tags)
    for one_series in series:
        tags = name(one_series["MainDicomTags"], "Modality", "SeriesDescription")
        folders[one_series["ID"]] = os.path.join(folders[one_series["ParentStudy"]], tags)
    return folders, instances


async def raw_tree(url: str, folder: str | None) -> str:
    """The default layout's tree by raw aiohttp: listed, then each file GET and written."""
    target = tempfile.mkdtemp(prefix="reads-tree-", dir=folder)
    async with aiohttp.ClientSession() as raw:
        folders, instances = await series_folders(raw, url)

        async def one(instance: dict[str, Any]) -> None:
            async with raw.get(f"{url}/instances/{instance['ID']}/file") as answer:
                data = await answer.read()
            where = os.path.join(target, folders[instance["ParentSeries"]])
            os.makedirs(where, exist_ok=True)
            uid = instance["MainDicomTags"]["SOPInstanceUID"]
            with open(os.path.join(where, f"{uid}.dcm"), "wb") as file:  # noqa: ASYNC230
                file.write(data)

        await in_flight(IN_FLIGHT, [lambda i=i: one(i) for i in instances])
    return target


async def exports(url: str, orthanc: AsyncOrthanc, ids: list[str], folder: str | None) -> None:
    async def raw_export(atomic: bool = False) -> str:
        target = tempfile.mkdtemp(prefix="reads-raw-", dir=folder)
        async with aiohttp.ClientSession() as raw:

            async def one(i: str) -> None:
                async with raw.get(f"{url}/instances/{i}/file") as answer:
                    data = await answer.read()
                path = os.path.join(target, f"{i}.dcm")
                if atomic:  # what a safe export must do: never a partial file under its name
                    await asyncio.to_thread(write_atomically, path, data)
                else:
                    with open(path, "wb") as file:  # noqa: ASYNC230
                        file.write(data)

            await in_flight(IN_FLIGHT, [lambda i=i: one(i) for i in ids])
        return target

    async def ours(**options: object) -> str:
        target = tempfile.mkdtemp(prefix="reads-export-", dir=folder)
        result = await orthanc.export(target, **options)  # type: ignore[arg-type]
        assert len(result.written) == len(ids)
        return target

    flat = {"layout": "{InstanceOrthancID}.dcm"}  # the ceiling's files: one folder, ID names
    rows = await interleaved(
        [
            ("raw aiohttp, 8 in flight (ceiling)", raw_export),
            ("raw aiohttp, atomic writes", lambda: raw_export(atomic=True)),
            # export()'s default concurrency is IN_FLIGHT (8) too
            ("aiorthanc export, same files", lambda: ours(**flat)),
            ("aiorthanc export() default layout", ours),
            ("aiorthanc export(archive_bytes=0)", lambda: ours(archive_bytes=0)),
            ("raw aiohttp, default layout's tree", lambda: raw_tree(url, folder)),
        ],
        rounds=5,
    )
    where = folder or tempfile.gettempdir()
    report(f"export of {len(ids)} instances to a folder in {where}", "files", rows[:-1], len(ids))
    # The default layout lists every level expanded (server time the flat files do not need)
    # and makes a folder per series: its own ceiling is raw aiohttp making the same tree.
    tree = [rows[-1], rows[3], rows[4]]
    report("the same export, default layout (folders by tags)", "files", tree, len(ids))


async def finds(url: str, orthanc: AsyncOrthanc) -> None:
    studies = await orthanc.get_json("/studies")
    for study in studies[::2]:
        await orthanc.request("PUT", f"/studies/{study}/metadata/{REVIEWED}", content=b"yes")
    expected = len(studies[::2])

    async def raw_find() -> None:
        async with aiohttp.ClientSession() as raw:
            query = {"Level": "Study", "Query": {}, "Expand": True}
            async with raw.post(f"{url}/tools/find", json=query) as answer:
                found = json.loads(await answer.read())
            kept: list[str] = []

            async def check(study: dict[str, object]) -> None:
                async with raw.get(f"{url}/studies/{study['ID']}/metadata?expand") as answer:
                    if json.loads(await answer.read()).get(REVIEWED) == "yes":
                        kept.append(str(study["ID"]))

            await in_flight(IN_FLIGHT, [lambda s=s: check(s) for s in found])
        assert len(kept) == expected

    async def ours() -> None:
        kept = [s async for s in orthanc.studies.find(metadata={REVIEWED: "yes"})]
        assert len(kept) == expected

    rows = [
        ("raw aiohttp (ceiling)", *await timed(raw_find)),
        ("aiorthanc find", *await timed(ours)),
    ]
    report(
        f"find with a metadata filter over {len(studies)} studies", "studies", rows, len(studies)
    )


FOREST_CHILD = {
    "raw aiohttp pages (ceiling)": """
        import aiohttp, json
        async with aiohttp.ClientSession() as s:
            for level in ("patients", "studies", "series"):
                async with s.get(f"{URL}/{level}?expand") as r: json.loads(await r.read())
            since = 0
            while True:
                async with s.get(f"{URL}/instances?expand&since={since}&limit=2000") as r:
                    page = json.loads(await r.read())
                since += len(page)
                if len(page) < 2000: break
    """,
    "aiorthanc forest()": """
        from aiorthanc import AsyncOrthanc
        async with AsyncOrthanc(URL) as o:
            forest = await o.forest()
            assert len(forest.instances) > 0
    """,
}


def forests(url: str, count: int) -> None:
    print(f"\nforest of {count} instances (each in a child process)")
    rows = []
    for name, body in FOREST_CHILD.items():
        code = f"URL = {url!r}\nimport asyncio, time\nasync def main():\n"
        code += textwrap.indent(textwrap.dedent(body), "    ")
        code += (
            "\nt = time.perf_counter(); asyncio.run(main()); t = time.perf_counter() - t\n"
            "rss = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
            "print(t, int(rss) / 1024)\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"{name} failed:\n{done.stderr}")
        seconds, rss = map(float, done.stdout.split())
        rows.append((name, seconds, rss))
    for name, seconds, rss in rows:
        print(
            f"  {name:34s} {seconds:6.2f} s  peak RSS {rss:6.1f} MB  "
            f"{rows[0][1] / seconds:5.2f}x the ceiling's speed, {rss / rows[0][2]:4.2f}x its memory"
        )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--instances", type=int, default=2000)
    parser.add_argument("--forest", type=int, default=20000)
    parser.add_argument("--folder", help="where exports write (default: the temporary folder)")
    parser.add_argument(
        "--only", nargs="+", choices=SECTIONS, default=SECTIONS, help="the parts to run"
    )
    args = parser.parse_args()
    config = {"UserMetadata": {REVIEWED: 1024}}
    async with LocalOrthanc(config=config) as server, server.client() as orthanc:
        await fill(orthanc, args.instances)
        ids = await orthanc.get_json("/instances")
        print(f"Orthanc {await orthanc.server_version()}, {len(ids)} instances, {server.url}")
        if "gets" in args.only:
            await small_gets(server.url, ids, orthanc)
        if "export" in args.only:
            await exports(server.url, orthanc, ids, args.folder)
        if "find" in args.only:
            await finds(server.url, orthanc)
        if args.forest and "forest" in args.only:  # --forest 0 skips it too
            if args.forest > len(ids):
                await fill(orthanc, args.forest - len(ids), offset=len(ids))
            forests(server.url, args.forest)


if __name__ == "__main__":
    asyncio.run(main())
