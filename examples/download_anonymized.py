"""Download a ZIP of each anonymized patient (Orthanc's DownloadAnonymized).

    python examples/download_anonymized.py [URL] [--target FOLDER] [--by-name]

URL defaults to $AIORTHANC_URL, else http://localhost:8042; the folder to the current one.
A patient counts as anonymized when Orthanc made it: it has the `AnonymizedFrom` metadata
(found on the server from Orthanc 1.12.5). The sample script went by a name starting with
"Anonymized", which is what `--by-name` does.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import anyio
from _cli import parser as cli_parser

from aiorthanc import AsyncOrthanc, sanitize_component


async def download_anonymized(orthanc: AsyncOrthanc, target: Path, *, by_name: bool) -> list[Path]:
    """Write `<PatientName>.zip` (or its ID) for each anonymized patient; the files."""
    query = {"PatientName": "Anonymized*"} if by_name else None
    metadata = None if by_name else {"AnonymizedFrom": "*"}  # any value, but present
    written = []
    async for patient in orthanc.patients.find(query, metadata=metadata):
        path = target / sanitize_component(f"{patient.patient_name or patient.id}.zip")
        await patient.download_archive(path)
        written.append(path)
    return written


def parse_args() -> argparse.Namespace:
    parser = cli_parser(__doc__)
    parser.add_argument("--target", type=Path, default=Path(), help="the folder to write into")
    parser.add_argument("--by-name", action="store_true", help='names starting "Anonymized"')
    return parser.parse_args()


async def main() -> None:
    args = parse_args()
    async with AsyncOrthanc(args.url) as orthanc:
        for path in await download_anonymized(orthanc, args.target, by_name=args.by_name):
            print(path)


if __name__ == "__main__":
    anyio.run(main)
