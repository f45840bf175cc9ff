"""Delete every study of a server (Orthanc's DeleteAllStudies).

    python examples/delete_all_studies.py [URL] [--yes]

URL defaults to $AIORTHANC_URL, else http://localhost:8042. Without `--yes` it only prints what
it would delete. The studies go in one request (`/tools/bulk-delete`), with their patients.
"""

from __future__ import annotations

import argparse

import anyio
from _cli import parser as cli_parser

from aiorthanc import AsyncOrthanc


async def delete_all_studies(orthanc: AsyncOrthanc, *, really: bool) -> list[str]:
    """The IDs of the studies deleted (or that would be, unless `really`)."""
    ids = await orthanc.studies.ids()
    if really:
        await orthanc.studies.delete(ids)
    return ids


def parse_args() -> argparse.Namespace:
    parser = cli_parser(__doc__)
    parser.add_argument("--yes", action="store_true", help="really delete")
    return parser.parse_args()


async def main() -> None:
    args = parse_args()
    async with AsyncOrthanc(args.url) as orthanc:
        for study_id in await delete_all_studies(orthanc, really=args.yes):
            print(("deleted " if args.yes else "would delete ") + study_id)


if __name__ == "__main__":
    anyio.run(main)
