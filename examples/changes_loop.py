"""Watch new instances arrive: print each one's patient, then delete it (Orthanc's ChangesLoop).

    python examples/changes_loop.py [URL] [--checkpoint changes.json]

URL defaults to $AIORTHANC_URL, else http://localhost:8042. Runs until interrupted; with a
checkpoint, a restart goes on after the last instance handled.
"""

from __future__ import annotations

from _cli import run_follower

from aiorthanc import AsyncOrthanc, ChangeType, NotFoundError


async def watch(orthanc: AsyncOrthanc, checkpoint: str | None = None) -> None:
    """Print ``<patient name> <instance ID>`` for each new instance, then delete it."""
    async for change in orthanc.changes.follow(
        types={ChangeType.NEW_INSTANCE}, checkpoint=checkpoint
    ):
        instance = orthanc.instances.handle(change.id)  # no GET: the change gives the ID
        try:
            name = await instance.tag("PatientName")
        except NotFoundError:  # deleted meanwhile, or no PatientName
            continue
        print(f"new instance for patient {name!r}: {instance.id}", flush=True)
        await instance.delete()


if __name__ == "__main__":
    run_follower(watch, __doc__)
