"""React to studies as they arrive and once they are complete (the plugin page's OnChange).

    python examples/new_and_stable_studies.py [URL] [--checkpoint studies.json]

URL defaults to $AIORTHANC_URL, else http://localhost:8042. Prints ``new <ID>`` when a study's
first instance arrives and ``stable <ID> <series> <instances> <description>`` once no instance
arrived for `StableAge` seconds: the moment to route, archive or analyse it.
"""

from __future__ import annotations

from _cli import run_follower

from aiorthanc import AsyncOrthanc, ChangeType, NotFoundError


async def watch_studies(orthanc: AsyncOrthanc, checkpoint: str | None = None) -> None:
    """Print each new and each stable study (runs until cancelled)."""
    types = {ChangeType.NEW_STUDY, ChangeType.STABLE_STUDY}
    async for change in orthanc.changes.follow(types=types, checkpoint=checkpoint):
        if change.change_type is ChangeType.NEW_STUDY:
            print(f"new {change.id}", flush=True)
            continue
        try:
            study = await orthanc.studies.get(change.id)
            instances = len(await study.instances())
        except NotFoundError:
            continue  # deleted since
        description = study.study_description or ""
        print(f"stable {study.id} {len(study.series_ids)} {instances} {description}", flush=True)


if __name__ == "__main__":
    run_follower(watch_studies, __doc__)
