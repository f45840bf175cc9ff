"""Find studies by metadata, sorted and one page at a time (the plugin page's metadata filter
and paging samples, with no plugin).

    python examples/find_by_metadata.py [URL] [--metadata LastUpdate=2024*] [--page 0]
        [--page-size 10] [--patient-name 'DOE^*']

URL defaults to $AIORTHANC_URL, else http://localhost:8042. Metadata values take Orthanc's
wildcards; the studies come sorted by StudyDate. From Orthanc 1.12.5 the server
filters, sorts and pages; older ones read the metadata here, a few requests at a time. Prints
one line per study: ID, StudyDate, the metadata value, PatientName.
"""

from __future__ import annotations

import argparse

import anyio
from _cli import parser as cli_parser

from aiorthanc import AsyncOrthanc, Study


async def find_page(
    orthanc: AsyncOrthanc,
    metadata: dict[str, str],
    *,
    page: int = 0,
    page_size: int = 10,
    patient_name: str = "*",
) -> list[Study]:
    """Page `page` (from 0) of the studies matching `metadata`, by StudyDate."""
    found = orthanc.studies.find(
        {"PatientName": patient_name},
        metadata=metadata,
        order_by="StudyDate",
        offset=page * page_size,
        limit=page_size,
    )
    return [study async for study in found]


def parse_args() -> argparse.Namespace:
    parser = cli_parser(__doc__)
    parser.add_argument("--metadata", action="append", default=[], help="NAME=PATTERN")
    parser.add_argument("--page", type=int, default=0)
    parser.add_argument("--page-size", type=int, default=10)
    parser.add_argument("--patient-name", default="*")
    return parser.parse_args()


async def main() -> None:
    args = parse_args()
    metadata = dict(item.split("=", 1) for item in args.metadata)
    async with AsyncOrthanc(args.url) as orthanc:
        page = await find_page(
            orthanc,
            metadata,
            page=args.page,
            page_size=args.page_size,
            patient_name=args.patient_name,
        )
        for study in page:
            values = study.info.metadata or {}
            shown = " ".join(values.get(name, "-") for name in metadata)
            print(study.id, study.study_date, shown, study.patient_tags.patient_name)


if __name__ == "__main__":
    anyio.run(main)
