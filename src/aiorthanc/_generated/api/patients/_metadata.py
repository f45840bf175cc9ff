# generated: do not edit, run make codegen
"""Operations of the `Patients` tag, group `metadata` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.api._shared.metadata import ResourceMetadataOperations

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["PatientsMetadataOperations"]


class PatientsMetadataOperations(ResourceMetadataOperations):
    """The 4 operations of the `metadata` group of `orthanc.api.patients`, inherited by `PatientsApi`."""

    _level_route = "patients"

    _session: Session

    get_patient_metadata = ResourceMetadataOperations._get_resource_metadata
    get_patient_metadata_by_name = ResourceMetadataOperations._get_resource_metadata_by_name
    put_patient_metadata_by_name = ResourceMetadataOperations._put_resource_metadata_by_name
    delete_patient_metadata_by_name = ResourceMetadataOperations._delete_resource_metadata_by_name
