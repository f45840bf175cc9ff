"""Anonymize each patient once it is stable, then delete the original
(Orthanc's ContinuousPatientAnonymization).

    python examples/continuous_anonymization.py [URL] [--checkpoint anonymize.json]

URL defaults to $AIORTHANC_URL, else http://localhost:8042. A patient is stable once no instance
arrived for it for `StableAge` seconds (Orthanc's configuration). The new PatientID is the
first 8 hex digits of the MD5 of the old one, so that a patient keeps one pseudonym.
"""

from __future__ import annotations

import hashlib

from _cli import run_follower

from aiorthanc import AsyncOrthanc, Patient


def pseudonym(patient_id: str) -> str:
    """A stable pseudonymous PatientID (not a secret: use a keyed hash for real data)."""
    return hashlib.md5(patient_id.encode(), usedforsecurity=False).hexdigest()[:8]


async def anonymize(patient: Patient, number: int) -> Patient:
    """The anonymized copy of `patient`, whose original is deleted."""
    replace = {
        "PatientID": pseudonym(patient.patient_id or ""),
        "PatientName": f"Anonymized patient {number}",
    }
    return await patient.anonymize(replace=replace, force=True, keep_source=False)


async def anonymize_stable_patients(orthanc: AsyncOrthanc, checkpoint: str | None = None) -> None:
    """Anonymize each patient as it becomes stable (runs until cancelled)."""
    number = 0
    async for patient in orthanc.changes.stable_patients(checkpoint=checkpoint):
        if await patient.anonymized_from() is not None:
            continue  # one of ours: it becomes stable too
        number += 1
        copy = await anonymize(patient, number)
        print(f"{patient.id} -> {copy.id} ({copy.patient_id})", flush=True)


if __name__ == "__main__":
    run_follower(anonymize_stable_patients, __doc__)
