"""Typed use of the generated layer: every REST operation of Orthanc as an async method.

Run against a server: `python examples/generated_api.py http://localhost:8042`.
"""

from __future__ import annotations

import sys

import anyio

from aiorthanc import AsyncOrthanc
from aiorthanc.models import DicomTags, Modality, ShortTags, SimplifiedTags, UploadResult


async def main(url: str) -> None:
    """Upload nothing, list modalities, read a job and stream an attachment, all typed."""
    async with AsyncOrthanc(url) as orthanc:
        api = orthanc.api
        names: list[str] = await api.networking.get_modalities()
        modalities: dict[str, Modality] = await api.networking.get_modalities(expand=True)
        for name in names:
            print(name, modalities[name].aet, modalities[name].port)
        uid: str = await api.system.get_tools_generate_uid(level="study")
        print("new study UID", uid)
        found = await api.system.post_tools_find({"Level": "Study", "Query": {}, "Limit": 5})
        for item in found:
            print(item if isinstance(item, str) else item.id)
        for instance in await api.instances.get_instances(limit=1):
            await show_tags(orthanc, instance)


async def show_tags(orthanc: AsyncOrthanc, instance: str) -> None:
    """The three formats of the tags, each typed by the flags (overloads)."""
    instances = orthanc.api.instances
    full: DicomTags = await instances.get_instance_tags(instance)
    short: ShortTags = await instances.get_instance_tags(instance, short=True)
    simplified: SimplifiedTags = await instances.get_instance_tags(instance, simplify=True)
    name = full.get("0010,0010")
    print("PatientName", name.value if name else None, short.get("0010,0010"))
    print("PatientName", simplified.get("PatientName"))


def describe(result: UploadResult | list[UploadResult]) -> str:
    """POST /instances answers one result for a file, a list for a ZIP."""
    results = result if isinstance(result, list) else [result]
    return ", ".join(f"{r.id}: {r.status}" for r in results)


if __name__ == "__main__":
    anyio.run(main, sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8042")
