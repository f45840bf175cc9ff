"""Forward each study to a modality once it is stable: the client side of Orthanc's auto-routing.

    python examples/route_stable_studies.py http://localhost:8042 pacs \
        [--checkpoint route.json] [--delete] [--idle-timeout 30]

`pacs` is a modality of the server's `DicomModalities`. The checkpoint file keeps the position
in the change log: stopped and started again, the script loses nothing (a study whose send
was under way is sent again). `--delete` removes each study once the modality acknowledged
it; `--idle-timeout` stops once nothing was left to forward for that many seconds (default:
run until interrupted). Prints the ID of each study forwarded, then what failed.
"""

from __future__ import annotations

import argparse
import sys

import anyio

from aiorthanc import AsyncOrthanc, RouteReport


def print_new(report: RouteReport, shown: list[int]) -> None:
    """Print the studies forwarded since the last call."""
    for study_id in report.forwarded[shown[0] :]:
        print(study_id, flush=True)
    shown[0] = len(report.forwarded)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("modality")
    parser.add_argument("--checkpoint", default="route.json")
    parser.add_argument("--delete", action="store_true")
    parser.add_argument("--idle-timeout", type=float, default=None)
    args = parser.parse_args()
    shown = [0]
    async with AsyncOrthanc(args.url) as orthanc:
        report = await orthanc.route(
            orthanc.modalities[args.modality],
            checkpoint=args.checkpoint,
            delete_after=args.delete,
            idle_timeout=args.idle_timeout,
            progress=lambda report: print_new(report, shown),
        )
    for study_id, why in report.failed.items():
        print(f"not forwarded: {study_id}: {why}", file=sys.stderr)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(anyio.run(main))
