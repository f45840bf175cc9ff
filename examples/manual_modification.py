"""Modify a study instance by instance, keeping it one study (Orthanc's ManualModification).

    python examples/manual_modification.py [URL] STUDY_ID [--station TEST]

URL defaults to $AIORTHANC_URL, else http://localhost:8042. Each instance is modified on the
server (which returns the new file without storing it), streamed back into an upload, and its
original deleted.
The new study and series UIDs Orthanc gives the first instance of each are reused for the
next ones, so that the copies stay together. (`study.modify()` does all this in one call;
this is the way to go when each instance needs its own changes.) Prints the new study's ID.
"""

from __future__ import annotations

import argparse

import anyio
from _cli import parser as cli_parser

from aiorthanc import AsyncOrthanc

UID_TAGS = ("StudyInstanceUID", "SeriesInstanceUID")


async def modify_study(orthanc: AsyncOrthanc, study_id: str, replace: dict[str, str]) -> str:
    """Modify every instance of the study with `replace`; the ID of the new study."""
    new_uids: dict[str, str] = {}  # old UID -> new UID
    new_study = ""
    for instance in await orthanc.studies.handle(study_id).instances():
        old = {tag: await instance.tag(tag) for tag in UID_TAGS}
        changes = {**replace, **{t: new_uids[u] for t, u in old.items() if u in new_uids}}
        async with instance.stream_modified(replace=changes, force=True) as modified:
            stored = await orthanc.upload(modified)  # streamed through, never whole in memory
        await instance.delete()
        copy = orthanc.instances.handle(stored.id)
        for tag, uid in old.items():
            new_uids.setdefault(uid, await copy.tag(tag))
        new_study = stored.parent_study or new_study
    return new_study


def parse_args() -> argparse.Namespace:
    parser = cli_parser(__doc__)
    parser.add_argument("study", help="the Orthanc ID of the study")
    parser.add_argument("--station", default="TEST", help="the new StationName")
    return parser.parse_args()


async def main() -> None:
    args = parse_args()
    replace = {"PatientID": "Hello", "PatientName": "Modified", "StationName": args.station}
    async with AsyncOrthanc(args.url) as orthanc:
        print(await modify_study(orthanc, args.study, replace))


if __name__ == "__main__":
    anyio.run(main)
