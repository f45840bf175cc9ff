"""Bulk import into Orthanc: aiorthanc against the other ways, each on a fresh local Orthanc.

Runs, for each generated workload (pydicom): OrthancImport.py (orthanc-doc's sample, run
unmodified as a subprocess), pyorthanc's `upload`, raw httpx at several concurrencies and
`aiorthanc.import_dicom`; then a re-import with the journal against OrthancImport.py uploading
the same folder again; then the peak RSS of importing a single large file (1 GiB by default) in
a child process. Prints instances/s and the ratios. Takes a few minutes::

    python bench/import_bench.py [--small 2000] [--medium 500] [--big-mib 1024]

Figures are noisy: compare ratios from one run, not absolute times across machines.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import anyio
import httpx
import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

from aiorthanc import AsyncOrthanc, import_dicom
from aiorthanc.testing import LocalOrthanc

ORTHANC_IMPORT = Path("/usr/share/doc/orthanc/Samples/ImportDicomFiles/OrthancImport.py")
HTTPX_CONCURRENCIES = (1, 2, 4, 8)
HERE = Path(__file__).resolve().parent


# -- data ----------------------------------------------------------------------------------------


def generate(folder: Path, count: int, side: int, *, per_series: int = 100) -> int:
    """Write `count` CT files with side x side 16-bit pixels; return the bytes written."""
    folder.mkdir(parents=True)
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 4096, size=(side, side), dtype=np.uint16).tobytes()
    total = 0
    study = series = ""
    for number in range(count):
        if number % (per_series * 5) == 0:
            study = generate_uid()
        if number % per_series == 0:
            series = generate_uid()
        ds = Dataset()
        ds.file_meta = FileMetaDataset()
        ds.file_meta.MediaStorageSOPClassUID = CTImageStorage
        ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
        ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds.SOPClassUID = CTImageStorage
        ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID
        ds.PatientID = f"BENCH{number // (per_series * 10)}"
        ds.PatientName = "Bench^Import"
        ds.StudyInstanceUID = study
        ds.SeriesInstanceUID = series
        ds.Modality = "CT"
        ds.InstanceNumber = number % per_series + 1
        ds.SamplesPerPixel = 1
        ds.PhotometricInterpretation = "MONOCHROME2"
        ds.Rows = ds.Columns = side
        ds.BitsAllocated = 16
        ds.BitsStored = 12
        ds.HighBit = 11
        ds.PixelRepresentation = 0
        ds.PixelData = pixels
        path = folder / f"{number // per_series:03d}" / f"{number:05d}.dcm"
        path.parent.mkdir(exist_ok=True)
        ds.save_as(path, enforce_file_format=True)
        total += path.stat().st_size
    return total


# -- the contenders ------------------------------------------------------------------------------


def run_orthanc_import(url: str, folder: Path) -> None:
    subprocess.run(
        [sys.executable, str(ORTHANC_IMPORT), "--url", url, str(folder)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def run_pyorthanc(url: str, folder: Path) -> None:
    import pyorthanc  # type: ignore[import-untyped]

    client = pyorthanc.Orthanc(url)
    pyorthanc.upload(client, str(folder), recursive=True)


def run_httpx(url: str, folder: Path, concurrency: int) -> None:
    files = sorted(folder.rglob("*.dcm"))

    async def main() -> None:
        limiter = anyio.Semaphore(concurrency)
        async with httpx.AsyncClient(timeout=300) as client:

            async def one(path: Path) -> None:
                async with limiter:
                    data = await anyio.Path(path).read_bytes()
                    response = await client.post(f"{url}/instances", content=data)
                    response.raise_for_status()

            async with anyio.create_task_group() as tg:
                for path in files:
                    tg.start_soon(one, path)

    anyio.run(main)


def run_aiorthanc(url: str, folder: Path, journal: Path | None = None) -> None:
    async def main() -> None:
        async with AsyncOrthanc(url) as orthanc:
            report = await import_dicom(orthanc, [folder], journal=journal)
        if not report.ok:
            raise RuntimeError(report.summary())

    anyio.run(main)


def run_aiorthanc_cli(url: str, folder: Path) -> None:
    # As a subprocess, like OrthancImport.py: interpreter start-up included.
    subprocess.run(
        [sys.executable, "-m", "aiorthanc", "import", str(folder), "--url", url, "--quiet"],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def contenders(url: str, folder: Path) -> dict[str, Callable[[], None]]:
    runs: dict[str, Callable[[], None]] = {
        "OrthancImport.py": lambda: run_orthanc_import(url, folder),
        "pyorthanc.upload": lambda: run_pyorthanc(url, folder),
    }
    for n in HTTPX_CONCURRENCIES:
        runs[f"raw httpx x{n}"] = lambda n=n: run_httpx(url, folder, n)  # type: ignore[misc]
    runs["aiorthanc"] = lambda: run_aiorthanc(url, folder)
    runs["aiorthanc CLI"] = lambda: run_aiorthanc_cli(url, folder)
    return runs


def instance_count(url: str) -> int:
    return len(httpx.get(f"{url}/instances", timeout=60).json())


def measure(folder: Path, count: int, repeat: int) -> dict[str, float]:
    """Median instances/s of each contender over `repeat` rounds, each run on a fresh server."""
    samples: dict[str, list[float]] = {}
    names = list(contenders("http://unused", folder))
    for _ in range(repeat):
        for name in names:  # interleaved rounds: a slow spell of the machine hits everyone
            samples.setdefault(name, []).append(_one_run(name, folder, count))
    rates = {name: statistics.median(values) for name, values in samples.items()}
    for name, rate in rates.items():
        spread = ", ".join(f"{v:.0f}" for v in samples[name])
        print(f"  {name:18s} {rate:8.1f} instances/s  (runs: {spread})", flush=True)
    return rates


def _one_run(name: str, folder: Path, count: int) -> float:
    _settle()
    with LocalOrthanc() as server:
        run = contenders(server.url, folder)[name]
        start = time.perf_counter()
        run()
        seconds = time.perf_counter() - start
        stored = instance_count(server.url)
    if stored != count:
        raise RuntimeError(f"{name}: {stored} instances stored, expected {count}")
    return count / seconds


def _settle() -> None:
    # Write back what earlier runs left in the page cache, so that it does not slow this one.
    os.sync()
    time.sleep(0.5)


def measure_reimport(folder: Path, count: int, tmp: Path) -> dict[str, float]:
    """Seconds to import the same folder again: aiorthanc with its journal vs OrthancImport.py."""
    journal = tmp / "journal.jsonl"
    _settle()
    with LocalOrthanc() as server:
        run_aiorthanc(server.url, folder, journal)
        start = time.perf_counter()
        run_orthanc_import(server.url, folder)
        sample = time.perf_counter() - start

        async def again() -> tuple[float, int]:
            async with AsyncOrthanc(server.url) as orthanc:
                begin = time.perf_counter()
                report = await import_dicom(orthanc, [folder], journal=journal)
                elapsed = time.perf_counter() - begin
            accounted = report.counts["already_stored"]
            return elapsed, accounted

        seconds, accounted = anyio.run(again)
    if accounted != count:
        raise RuntimeError(f"journal re-run accounted for {accounted} of {count} files")
    print(f"  OrthancImport.py re-upload     {sample:7.2f} s")
    print(f"  aiorthanc re-run with journal  {seconds:7.2f} s  ({accounted} files accounted for)")
    return {"OrthancImport.py": sample, "aiorthanc journal": seconds}


_RSS_CHILD = textwrap.dedent(
    """
    import json, resource, sys, anyio
    from aiorthanc import AsyncOrthanc, import_dicom

    async def main():
        async with AsyncOrthanc(sys.argv[1]) as orthanc:
            return await import_dicom(orthanc, [sys.argv[2]])

    report = anyio.run(main)
    # ru_maxrss, and VmHWM (this process image's own peak) as a cross-check.
    with open("/proc/self/status") as status:
        hwm_kib = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    maxrss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"peak_rss_mib": hwm_kib / 1024, "ru_maxrss_mib": maxrss_kib / 1024,
                      "ok": report.ok, "instances": report.instances,
                      "seconds": report.seconds}))
    """
)


# On Linux the peak RSS (ru_maxrss) survives fork + exec: a child started from this process,
# which holds the generated data, would report this process's peak. A small launcher process
# in between gives the importer a clean count.
_LAUNCHER = "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode)"


def measure_big_file(size: int, tmp: Path) -> dict[str, float]:
    path = tmp / "big.dcm"
    # Generated in another process: its memory must not count in the importer's peak.
    subprocess.run(
        [sys.executable, str(HERE / "dicomgen.py"), str(path), str(size)],
        check=True,
        cwd=HERE,
    )
    _settle()
    with LocalOrthanc() as server:
        out = subprocess.run(
            [sys.executable, "-c", _LAUNCHER, sys.executable, "-c", _RSS_CHILD, server.url, path],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    path.unlink()
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    print(
        f"  {size // (1024 * 1024)} MiB file: peak RSS of the importing process "
        f"{result['ru_maxrss_mib']:.1f} MiB (ru_maxrss; VmHWM {result['peak_rss_mib']:.1f} MiB), "
        f"ok={result['ok']}, {result['instances']} instance, {result['seconds']:.1f} s"
    )
    return result


def ratios(rates: dict[str, float]) -> None:
    ours = rates["aiorthanc"]
    best_httpx = max(v for k, v in rates.items() if k.startswith("raw httpx"))
    print(f"  aiorthanc / OrthancImport.py : {ours / rates['OrthancImport.py']:.2f}x")
    cli = rates["aiorthanc CLI"] / rates["OrthancImport.py"]
    print(f"  aiorthanc CLI / OrthancImport.py (both subprocesses): {cli:.2f}x")
    print(f"  aiorthanc / pyorthanc.upload : {ours / rates['pyorthanc.upload']:.2f}x")
    print(f"  aiorthanc / best raw httpx   : {ours / best_httpx:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=2000, help="files of ~10 KB")
    parser.add_argument("--medium", type=int, default=500, help="files of ~0.5 MB")
    parser.add_argument("--big-mib", type=int, default=1024, help="size of the single big file")
    parser.add_argument("--repeat", type=int, default=3, help="runs per contender (median)")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=["small", "medium", "reimport", "big"],
        default=["small", "medium", "reimport", "big"],
        help="run only these parts",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if not ORTHANC_IMPORT.exists():
        sys.exit(f"{ORTHANC_IMPORT} is missing: apt-get install orthanc-doc")
    tmp = Path(tempfile.mkdtemp(prefix="aiorthanc-bench-"))
    figures: dict[str, object] = {}
    try:
        small, medium = tmp / "small", tmp / "medium"
        if {"small", "reimport"} & set(args.only):
            size = generate(small, args.small, 64)
            print(f"\n{args.small} files of ~{size / args.small / 1000:.0f} KB", flush=True)
        if "small" in args.only:
            figures["small"] = rates = measure(small, args.small, args.repeat)
            ratios(rates)
        if "medium" in args.only:
            size = generate(medium, args.medium, 512)
            print(f"\n{args.medium} files of ~{size / args.medium / 1e6:.2f} MB", flush=True)
            figures["medium"] = rates = measure(medium, args.medium, args.repeat)
            ratios(rates)
        if "reimport" in args.only:
            print(f"\nRe-import of the {args.small} small files", flush=True)
            figures["reimport"] = times = measure_reimport(small, args.small, tmp)
            speedup = times["OrthancImport.py"] / times["aiorthanc journal"]
            print(
                f"  aiorthanc journal re-run vs OrthancImport.py re-upload: {speedup:.1f}x faster"
            )
        if "big" in args.only and args.big_mib > 0:
            print(f"\nA single file of {args.big_mib} MiB", flush=True)
            figures["big"] = measure_big_file(args.big_mib * 1024 * 1024, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
