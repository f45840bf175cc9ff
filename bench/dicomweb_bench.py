"""DICOMweb against dicomweb-client (the reference, synchronous), on Orthanc's DICOMweb plugin.

    python bench/dicomweb_bench.py wado [--size-mb 300]   # a series to disk: peak RSS, MB/s
    python bench/dicomweb_bench.py stow [--count 2000]    # small files: instances/s

Each contender runs in a child process of its own, which reports its peak RSS (VmHWM) and the
seconds its work took; the files are generated beforehand by this process. Prints the figures
and the ratios; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pydicom

from aiorthanc.testing import LocalOrthanc
from import_bench import generate

PLUGIN = "/usr/share/orthanc/plugins/libOrthancDicomWeb.so"
CONFIG = {"Plugins": [PLUGIN], "DicomWeb": {"Enable": True, "Root": "/dicom-web/"}}
# 2048 x 2048 16-bit pixels: 8 MB instances.
WADO_SIDE = 2048
# 64 x 64: 8 KB files.
STOW_SIDE = 64

PRELUDE = """
import sys, time
from pathlib import Path
import anyio
URL, FOLDER, STUDY, SERIES = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]
"""
EPILOGUE = """
def peak_rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
start = time.perf_counter()
main()
print(time.perf_counter() - start, peak_rss_mb())
"""

WADO_OURS = """
    import aiohttp, multipart, pydicom  # imported on first use otherwise: not the transfer's cost
    from aiorthanc import DicomWebClient
    def main():
        async def run():
            async with DicomWebClient(URL) as client:
                await client.save(FOLDER, STUDY, SERIES)
        anyio.run(run)
"""
WADO_THEIRS = """
    import pydicom
    from dicomweb_client import DICOMwebClient
    def main():
        client = DICOMwebClient(URL)
        FOLDER.mkdir(parents=True, exist_ok=True)
        for ds in client.retrieve_series(STUDY, SERIES, media_types=(("application/dicom", "*"),)):
            pydicom.dcmwrite(FOLDER / f"{ds.SOPInstanceUID}.dcm", ds, enforce_file_format=True)
"""
WADO_THEIRS_ITER = WADO_THEIRS.replace("client.retrieve_series(", "client.iter_series(")
STOW_OURS = """
    import aiohttp, multipart, pydicom  # imported on first use otherwise: not the transfer's cost
    from aiorthanc import DicomWebClient
    def main():
        async def run():
            async with DicomWebClient(URL) as client:
                report = await client.store(sorted(FOLDER.rglob('*.dcm')))
            assert not report.failed, report.failed[:3]
        anyio.run(run)
"""
STOW_REST_IMPORT = """
    from aiorthanc import AsyncOrthanc
    def main():
        async def run():
            async with AsyncOrthanc(URL.removesuffix("/dicom-web")) as orthanc:
                report = await orthanc.import_dicom(FOLDER)
            assert not report.failed, report.failed[:3]
        anyio.run(run)
"""
STOW_THEIRS = """
    import pydicom
    from dicomweb_client import DICOMwebClient
    def main():
        client = DICOMwebClient(URL)
        datasets = [pydicom.dcmread(path) for path in sorted(FOLDER.rglob('*.dcm'))]
        client.store_instances(datasets)
"""


def run_child(
    body: str, url: str, folder: Path, study: str = "", series: str = ""
) -> tuple[float, int]:
    """Run one contender in a fresh interpreter: its seconds and its peak RSS in MB."""
    code = PRELUDE + textwrap.dedent(body) + EPILOGUE
    out = subprocess.run(
        [sys.executable, "-c", code, url, str(folder), study, series],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[-2]), int(out[-1])


def generate_series(folder: Path, count: int, side: int) -> tuple[str, str]:
    """`count` files of side x side 16-bit pixels in one series (import_bench's generator);
    the study and series UIDs."""
    generate(folder, count, side, per_series=count)
    first = pydicom.dcmread(next(folder.rglob("*.dcm")), stop_before_pixels=True)
    return str(first.StudyInstanceUID), str(first.SeriesInstanceUID)


def bench_wado(size_mb: int, tmp: Path) -> None:
    count = max(1, (size_mb << 20) // (WADO_SIDE * WADO_SIDE * 2))
    study, series = generate_series(tmp / "src", count, WADO_SIDE)
    total_mb = sum(p.stat().st_size for p in (tmp / "src").rglob("*.dcm")) / (1 << 20)
    with LocalOrthanc(config=CONFIG) as server:
        run_child(STOW_REST_IMPORT, server.url + "/dicom-web", tmp / "src")
        url = server.url + "/dicom-web"
        # A first, untimed retrieval: the server's cache is then as warm for each contender.
        run_child(WADO_THEIRS_ITER, url, tmp / "warm-up", study, series)
        rows = {}
        for name, body in (
            ("aiorthanc save()", WADO_OURS),
            ("dicomweb-client retrieve_series", WADO_THEIRS),
            ("dicomweb-client iter_series", WADO_THEIRS_ITER),
        ):
            rows[name] = run_child(body, url, tmp / name.replace(" ", "_"), study, series)
    print(f"WADO-RS of a series of {count} instances, {total_mb:.0f} MB, to disk")
    _table(rows, total_mb, "MB/s")


def bench_stow(count: int, tmp: Path) -> None:
    generate(tmp / "src", count, STOW_SIDE)
    rows = {}
    for name, body in (
        ("aiorthanc store() (STOW-RS)", STOW_OURS),
        ("aiorthanc import_dicom (REST)", STOW_REST_IMPORT),
        ("dicomweb-client store_instances", STOW_THEIRS),
    ):
        with LocalOrthanc(config=CONFIG) as server:
            rows[name] = run_child(body, server.url + "/dicom-web", tmp / "src")
    print(f"ingest of {count} small files")
    _table(rows, count, "instances/s")


def _table(rows: dict[str, tuple[float, int]], amount: float, unit: str) -> None:
    ours = amount / next(iter(rows.values()))[0]
    print(f"{'contender':<34}{'seconds':>9}{unit:>14}{'peak RSS':>10}{'ours / it':>11}")
    for name, (seconds, rss) in rows.items():
        rate = amount / seconds
        print(f"{name:<34}{seconds:>9.2f}{rate:>14.1f}{rss:>7} MB{ours / rate:>10.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("which", choices=("wado", "stow"))
    parser.add_argument("--size-mb", type=int, default=300)
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.which == "wado":
            bench_wado(args.size_mb, Path(tmp))
        else:
            bench_stow(args.count, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
