"""Copy each new instance into a folder tree by patient, study and series (Orthanc's AutoClassify).

    python examples/auto_classify.py [URL] --target OrthancFiles [--all] [--remove]

URL defaults to $AIORTHANC_URL, else http://localhost:8042. Files land at
``<PatientID> - <PatientName>/<StudyDate> - <StudyDescription>/<Modality> -
<SeriesDescription>/<SOPInstanceUID>.dcm``, names sanitized, each written atomically. `--all`
replays the whole history first; `--remove` deletes an instance once its file is written.
"""

from __future__ import annotations

import argparse

import anyio
from _cli import parser as cli_parser

from aiorthanc import AsyncOrthanc, ChangeType, NotFoundError


async def classify(orthanc: AsyncOrthanc, target: str, *, replay: bool, remove: bool) -> None:
    """Write each new instance under `target` (runs until cancelled)."""
    since = 0 if replay else await orthanc.changes.last_seq()
    async for change in orthanc.changes.follow(since=since, types={ChangeType.NEW_INSTANCE}):
        try:
            instance = await orthanc.instances.get(change.id)
            written = await orthanc.export(target, resources=[instance], skip_existing=True)
        except NotFoundError:
            continue  # deleted before its turn
        for path in written.written:
            print(f"wrote {path}", flush=True)
        if remove:
            await instance.delete()


def parse_args() -> argparse.Namespace:
    parser = cli_parser(__doc__)
    parser.add_argument("--target", default="OrthancFiles", help="the folder to write into")
    parser.add_argument("--all", action="store_true", help="replay the whole history first")
    parser.add_argument("--remove", action="store_true", help="delete instances once written")
    return parser.parse_args()


async def main() -> None:
    args = parse_args()
    async with AsyncOrthanc(args.url) as orthanc:
        await classify(orthanc, args.target, replay=args.all, remove=args.remove)


if __name__ == "__main__":
    anyio.run(main)
