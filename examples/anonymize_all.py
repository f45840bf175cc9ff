"""Anonymize every patient of a server, a few at a time, and delete the originals.

    python examples/anonymize_all.py http://localhost:8042 [--concurrency 2]

What Orthanc's AnonymizeAllPatients sample does, with bounded concurrency: each anonymization
runs as a job, waited for with a timeout; the new patient records where it came from.
"""

from __future__ import annotations

import argparse

import anyio

from aiorthanc import AsyncOrthanc, Patient


async def anonymize_all(orthanc: AsyncOrthanc, concurrency: int = 2) -> list[str]:
    """Anonymize each patient (originals deleted); the IDs of the anonymized patients."""
    limiter = anyio.CapacityLimiter(concurrency)
    created: list[str] = []

    async def anonymize(patient: Patient) -> None:
        async with limiter:
            job = await patient.anonymize(asynchronous=True, keep_source=False)
            info = await job.wait(timeout=600)
            created.append(str(info.content["ID"]))

    async with anyio.create_task_group() as tasks:
        # all() lists the patients present at the start: the new ones are not anonymized again.
        async for patient in orthanc.patients.all():
            tasks.start_soon(anonymize, patient)
    return created


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()
    async with AsyncOrthanc(args.url) as orthanc:
        for patient_id in await anonymize_all(orthanc, args.concurrency):
            print(patient_id)


if __name__ == "__main__":
    anyio.run(main)
