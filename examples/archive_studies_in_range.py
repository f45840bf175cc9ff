"""Download a ZIP of each study whose StudyDate lies in a range (ArchiveStudiesInTimeRange).

    python examples/archive_studies_in_range.py [URL] 20150101 20151231 TARGET_FOLDER

URL defaults to $AIORTHANC_URL, else http://localhost:8042. Orthanc finds the studies (one
query, paged); each archive is named ``<StudyDate> - <PatientID> <PatientName> -
<StudyDescription>.zip``, sanitized for any file system, streamed and written atomically.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import anyio
from _cli import parser as cli_parser

from aiorthanc import AsyncOrthanc, DateRange, Study, sanitize_component


def archive_name(study: Study) -> str:
    """The file name of a study's archive."""
    patient = study.patient_tags
    parts = (study.study_date, patient.patient_id, patient.patient_name, study.study_description)
    date, patient_id, name, description = (part or "-" for part in parts)
    return sanitize_component(f"{date} - {patient_id} {name} - {description}.zip")


async def archive_range(orthanc: AsyncOrthanc, start: str, end: str, target: Path) -> list[Path]:
    """Write the archive of each study dated from `start` to `end` (YYYYMMDD, both included)."""
    written = []
    async for study in orthanc.studies.find({"StudyDate": DateRange(start, end)}):
        path = target / archive_name(study)
        await study.download_archive(path)
        written.append(path)
    return written


def parse_args() -> argparse.Namespace:
    parser = cli_parser(__doc__)
    parser.add_argument("start", help="first StudyDate, YYYYMMDD")
    parser.add_argument("end", help="last StudyDate, YYYYMMDD")
    parser.add_argument("target", type=Path, help="the folder to write into")
    return parser.parse_args()


async def main() -> None:
    args = parse_args()
    async with AsyncOrthanc(args.url) as orthanc:
        for path in await archive_range(orthanc, args.start, args.end, args.target):
            print(path)


if __name__ == "__main__":
    anyio.run(main)
