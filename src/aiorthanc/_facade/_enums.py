"""Typed values of the change log and of jobs: `ChangeType`, `JobState`, the models using them.

Orthanc may add values in a newer version: they parse into members made on the fly (their
`name` is the value upper-cased), so a new server never breaks an old client.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import Field

from aiorthanc._generated.models import Change as _GeneratedChange
from aiorthanc._generated.models import JobInfo as _GeneratedJobInfo

__all__ = ["Change", "ChangeType", "JobInfo", "JobState"]


class _OpenEnum(str, Enum):
    """A string enum that accepts values it does not list (see the module docstring)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


class ChangeType(_OpenEnum):
    """The kind of an entry of Orthanc's change log (``GET /changes``)."""

    NEW_INSTANCE = "NewInstance"
    NEW_SERIES = "NewSeries"
    NEW_STUDY = "NewStudy"
    NEW_PATIENT = "NewPatient"
    NEW_CHILD_INSTANCE = "NewChildInstance"
    COMPLETED_SERIES = "CompletedSeries"
    STABLE_SERIES = "StableSeries"
    STABLE_STUDY = "StableStudy"
    STABLE_PATIENT = "StablePatient"
    DELETED = "Deleted"
    ANONYMIZED_PATIENT = "AnonymizedPatient"
    ANONYMIZED_STUDY = "AnonymizedStudy"
    ANONYMIZED_SERIES = "AnonymizedSeries"
    MODIFIED_PATIENT = "ModifiedPatient"
    MODIFIED_STUDY = "ModifiedStudy"
    MODIFIED_SERIES = "ModifiedSeries"
    UPDATED_ATTACHMENT = "UpdatedAttachment"
    UPDATED_METADATA = "UpdatedMetadata"
    UPDATED_PEERS = "UpdatedPeers"
    UPDATED_MODALITIES = "UpdatedModalities"
    JOB_SUBMITTED = "JobSubmitted"
    JOB_SUCCESS = "JobSuccess"
    JOB_FAILURE = "JobFailure"


class JobState(_OpenEnum):
    """The state of an Orthanc job."""

    PENDING = "Pending"
    RUNNING = "Running"
    SUCCESS = "Success"
    FAILURE = "Failure"
    PAUSED = "Paused"
    RETRY = "Retry"

    @property
    def is_final(self) -> bool:
        """True for `SUCCESS` and `FAILURE`: the job will not change any more by itself."""
        return self in (JobState.SUCCESS, JobState.FAILURE)


class Change(_GeneratedChange):
    """One entry of Orthanc's change log, with a typed `change_type`."""

    change_type: ChangeType = Field(alias="ChangeType")
    """`ChangeType.STABLE_STUDY`, `ChangeType.NEW_INSTANCE`, ..."""


class JobInfo(_GeneratedJobInfo):
    """A job as Orthanc describes it (``GET /jobs/{id}``), with a typed `state`."""

    state: JobState = Field(alias="State")
    """`JobState.RUNNING`, `JobState.SUCCESS`, ..."""
