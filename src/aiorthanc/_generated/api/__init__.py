# generated: do not edit, run make codegen
"""Every operation of Orthanc's REST API, one class per tag of the spec (generated).

`Api(session)` gathers them: `await Api(session).patients.get_patient_studies(patient_id)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.api.instances import InstancesApi
from aiorthanc._generated.api.jobs import JobsApi
from aiorthanc._generated.api.logs import LogsApi
from aiorthanc._generated.api.networking import NetworkingApi
from aiorthanc._generated.api.patients import PatientsApi
from aiorthanc._generated.api.series import SeriesApi
from aiorthanc._generated.api.studies import StudiesApi
from aiorthanc._generated.api.system import SystemApi
from aiorthanc._generated.api.tracking_changes import TrackingChangesApi

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = [
    "Api",
    "InstancesApi",
    "JobsApi",
    "LogsApi",
    "NetworkingApi",
    "PatientsApi",
    "SeriesApi",
    "StudiesApi",
    "SystemApi",
    "TrackingChangesApi",
]


class Api:
    """All 300 operations of the spec, grouped by tag."""

    instances: InstancesApi
    """61 operations of the `Instances` tag."""
    jobs: JobsApi
    """9 operations of the `Jobs` tag."""
    logs: LogsApi
    """16 operations of the `Logs` tag."""
    networking: NetworkingApi
    """42 operations of the `Networking` tag."""
    patients: PatientsApi
    """42 operations of the `Patients` tag."""
    series: SeriesApi
    """42 operations of the `Series` tag."""
    studies: StudiesApi
    """43 operations of the `Studies` tag."""
    system: SystemApi
    """41 operations of the `System` tag."""
    tracking_changes: TrackingChangesApi
    """4 operations of the `Tracking changes` tag."""

    def __init__(self, session: Session) -> None:
        self.instances = InstancesApi(session)
        self.jobs = JobsApi(session)
        self.logs = LogsApi(session)
        self.networking = NetworkingApi(session)
        self.patients = PatientsApi(session)
        self.series = SeriesApi(session)
        self.studies = StudiesApi(session)
        self.system = SystemApi(session)
        self.tracking_changes = TrackingChangesApi(session)
