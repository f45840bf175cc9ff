"""A spreadsheet of every study: patient, date, description, size (the plugin page's report,
as CSV, which any spreadsheet opens).

    python examples/studies_report.py [URL] [--output report.csv]

URL defaults to $AIORTHANC_URL, else http://localhost:8042; the report goes to standard output
unless `--output` names a file. One request per level reads the whole server (`forest()`).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys

import anyio
from _cli import parser as cli_parser

from aiorthanc import AsyncOrthanc

COLUMNS = ("PatientID", "PatientName", "StudyDate", "StudyDescription", "Series", "Instances")


async def report_rows(orthanc: AsyncOrthanc) -> list[tuple[object, ...]]:
    """One row per study (the values of `COLUMNS`), sorted by patient then date."""
    forest = await orthanc.forest()
    rows: list[tuple[object, ...]] = []
    for study in forest.studies:
        series = forest.children(study)
        instances = sum(len(forest.children(s)) for s in series)
        patient = study.patient_tags
        names = (patient.patient_id, patient.patient_name)
        rows.append((*names, study.study_date, study.study_description, len(series), instances))
    return sorted(rows, key=lambda row: tuple(str(value or "") for value in row))


def to_csv(rows: list[tuple[object, ...]]) -> str:
    """The report as CSV text, with a header row."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return out.getvalue()


def parse_args() -> argparse.Namespace:
    parser = cli_parser(__doc__)
    parser.add_argument("--output", help="the CSV file to write (default: standard output)")
    return parser.parse_args()


async def main() -> None:
    args = parse_args()
    async with AsyncOrthanc(args.url) as orthanc:
        text = to_csv(await report_rows(orthanc))
    if args.output is None:
        sys.stdout.write(text)
    else:
        await anyio.Path(args.output).write_text(text, encoding="utf-8", newline="")


if __name__ == "__main__":
    anyio.run(main)
