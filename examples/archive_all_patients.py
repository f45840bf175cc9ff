"""Download one ZIP archive of every patient (Orthanc's ArchiveAllPatients).

    python examples/archive_all_patients.py [URL] TARGET.zip [--media]

URL defaults to $AIORTHANC_URL, else http://localhost:8042. The archive is streamed to disk
(memory stays at one chunk whatever its size) and appears only once complete. `--media`
makes DICOMDIR media instead. Prints the number of bytes written.
"""

from __future__ import annotations

import argparse

import anyio
from _cli import parser as cli_parser

from aiorthanc import AsyncOrthanc


async def archive_all(orthanc: AsyncOrthanc, target: str, *, media: bool = False) -> int:
    """Write the archive of all patients to `target`; its size (0 when there is no patient)."""
    patients = await orthanc.patients.ids()
    if not patients:
        return 0
    return await orthanc.download_archive(patients, target, media=media)


def parse_args() -> argparse.Namespace:
    parser = cli_parser(__doc__)
    parser.add_argument("target", help="the ZIP file to write")
    parser.add_argument("--media", action="store_true", help="DICOMDIR media")
    return parser.parse_args()


async def main() -> None:
    args = parse_args()
    async with AsyncOrthanc(args.url) as orthanc:
        print(await archive_all(orthanc, args.target, media=args.media))


if __name__ == "__main__":
    anyio.run(main)
