"""`make demo`: a throwaway Orthanc, pydicom's sample files uploaded concurrently, then shown."""

from __future__ import annotations

from pathlib import Path

import anyio
import pydicom.data

from aiorthanc import APIStatusError, AsyncOrthanc
from aiorthanc.testing import LocalOrthanc

CONCURRENCY = 4
DATE_AND_DESCRIPTION = ("StudyDate", "StudyDescription")
MODALITY_AND_LABEL = ("Modality", "SeriesDescription")


async def upload_all(orthanc: AsyncOrthanc, files: list[Path]) -> dict[str, int]:
    counts = {"stored": 0, "rejected": 0}
    limiter = anyio.CapacityLimiter(CONCURRENCY)

    async def upload(path: Path) -> None:
        async with limiter:
            try:
                with path.open("rb") as file:
                    await orthanc.request("POST", "/instances", content=file, idempotent=True)
            except APIStatusError:
                counts["rejected"] += 1
            else:
                counts["stored"] += 1

    async with anyio.create_task_group() as group:
        for path in files:
            group.start_soon(upload, path)
    return counts


async def show(orthanc: AsyncOrthanc) -> None:
    for patient in await orthanc.get_json("/patients", params={"expand": True}):
        tags = patient["MainDicomTags"]
        print(f"Patient {tags.get('PatientID', '?')} {tags.get('PatientName', '')}")
        for study in await orthanc.get_json(f"/patients/{patient['ID']}/studies"):
            date, description = (study["MainDicomTags"].get(k, "") for k in DATE_AND_DESCRIPTION)
            print(f"  Study {date} {description}")
            for series in await orthanc.get_json(f"/studies/{study['ID']}/series"):
                modality, label = (series["MainDicomTags"].get(k, "") for k in MODALITY_AND_LABEL)
                print(f"    Series {modality} {label}: {len(series['Instances'])} instances")


async def main() -> None:
    files = sorted(Path(str(pydicom.data.get_testdata_file("CT_small.dcm"))).parent.glob("*.dcm"))
    async with LocalOrthanc() as server, server.client() as orthanc:
        print(f"Local Orthanc at {server.url}; uploading {len(files)} files of pydicom's test data")
        counts = await upload_all(orthanc, files)
        print(f"{counts['stored']} stored, {counts['rejected']} rejected by Orthanc\n")
        await show(orthanc)


if __name__ == "__main__":
    anyio.run(main)
