"""A tour of aiorthanc's facade: navigate, find, read, download and export.

    python examples/facade.py                      # a throwaway local Orthanc with sample files
    python examples/facade.py http://localhost:8042 --user orthanc --password orthanc

Checked with `mypy --strict examples/facade.py`.
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import date
from pathlib import Path

import anyio

from aiorthanc import (
    AsyncOrthanc,
    DateRange,
    FolderLayout,
    OptionalDependencyError,
    UnsupportedOperationError,
)


async def store_samples(orthanc: AsyncOrthanc) -> None:
    """Upload a few of pydicom's bundled test files."""
    from pydicom.data import get_testdata_file

    for name in ("CT_small.dcm", "MR_small.dcm", "rtplan.dcm"):
        path = get_testdata_file(name)
        if isinstance(path, str):
            data = await anyio.Path(path).read_bytes()
            await orthanc.request("POST", "/instances", content=data)


async def tour(orthanc: AsyncOrthanc, workdir: Path) -> None:
    patients, studies = orthanc.patients, orthanc.studies

    # The whole server as a tree, one request per level.
    forest = await orthanc.forest()
    for patient in forest.patients:
        print(f"{patient.patient_id} {patient.patient_name}")
        for study in forest.children(patient):
            print(f"  {study.study_date} {study.study_description or ''}")
            for series in forest.children(study):
                count = len(forest.children(series))
                print(f"    {series.modality} {series.series_description or ''}: {count}")

    # Paged iteration and navigation: one request per call, whatever the number of children.
    async for patient in patients.all(page_size=100):
        for study in await patient.studies():
            assert await study.patient() == patient

    # Find: wildcards, date ranges, metadata filters, sorting; on Orthanc 1.12.5+ the server
    # sorts and filters, on older ones the client does, with the same results.
    since_2000 = DateRange(date(2000, 1, 1), None)
    async for study in studies.find({"StudyDate": since_2000}, order_by="StudyDate", limit=10):
        print(f"found {study!r}")
        await study.set_metadata("1024", "reviewed")
    reviewed = [s async for s in studies.find(metadata={"1024": "REVIEW*"})]
    print(f"{len(reviewed)} studies reviewed, of {await studies.count()}")
    await label_tour(orthanc)

    await instance_tour(orthanc, workdir)
    await download_tour(orthanc, workdir)


async def label_tour(orthanc: AsyncOrthanc) -> None:
    # Labels (Orthanc 1.12.0+): on an older server they raise before sending anything.
    try:
        study = await orthanc.studies.first()
        if study is not None:
            await study.add_label("toured")
            print("labels:", await study.labels(), "on the server:", await orthanc.labels())
            toured = [s async for s in orthanc.studies.find(labels=["toured"])]
            print(f"{len(toured)} studies toured")
            await study.remove_label("toured")
    except UnsupportedOperationError as exc:
        print(f"no labels here: {exc}")


async def instance_tour(orthanc: AsyncOrthanc, workdir: Path) -> None:
    # Data access on an instance.
    instance = await orthanc.instances.first({"Modality": "CT"})
    if instance is not None:
        print("PatientName:", await instance.tag("PatientName"))
        tags = await instance.simplified_tags()
        print("Rows x Columns:", tags.get("Rows"), "x", tags.get("Columns"))
        print("TransferSyntax:", await instance.get_metadata("TransferSyntax"))
        dataset = await instance.dataset(stop_before_pixels=True)
        print("SOP class (pydicom):", dataset.SOPClassUID)
        try:
            thumbnail = await instance.thumbnail(64)
            (workdir / "thumbnail.png").write_bytes(thumbnail)
        except OptionalDependencyError as exc:
            print(exc)
        size = await instance.download(workdir / "one.dcm")
        print(f"downloaded {size} bytes")


async def download_tour(orthanc: AsyncOrthanc, workdir: Path) -> None:
    # Streaming downloads, with progress.
    first = await orthanc.studies.first()
    if first is not None:

        def progress(done: int, total: int | None) -> None:
            print(f"\rarchive: {done} bytes", end="")

        # Archives can take Orthanc a while before the first byte: this call waits longer.
        await first.download_archive(workdir / "study.zip", progress=progress, timeout=900)
        print()
        async with first.stream_media() as chunks:
            received = sum([len(chunk) async for chunk in chunks])
        print(f"DICOMDIR media: {received} bytes")

    # Export everything to a folder tree, four files at a time.
    result = await orthanc.export(workdir / "export", concurrency=4)
    print(f"exported {len(result.written)} files, {result.bytes_written} bytes")
    by_uid = FolderLayout("{StudyInstanceUID}/{SeriesInstanceUID}/{SOPInstanceUID}.dcm")
    await orthanc.export(workdir / "by-uid", layout=by_uid)


async def main() -> None:
    parser = argparse.ArgumentParser(description="aiorthanc facade tour")
    parser.add_argument("url", nargs="?", help="an Orthanc server (default: start one)")
    parser.add_argument("--user")
    parser.add_argument("--password")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        if args.url:
            auth = (args.user, args.password) if args.user and args.password else None
            async with AsyncOrthanc(args.url, auth=auth) as orthanc:
                await tour(orthanc, Path(workdir))
            return
        from aiorthanc.testing import LocalOrthanc

        async with LocalOrthanc() as server, server.client() as orthanc:
            await store_samples(orthanc)
            await tour(orthanc, Path(workdir))


if __name__ == "__main__":
    anyio.run(main)
