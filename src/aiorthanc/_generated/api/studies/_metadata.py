# generated: do not edit, run make codegen
"""Operations of the `Studies` tag, group `metadata` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.api._shared.metadata import ResourceMetadataOperations

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["StudiesMetadataOperations"]


class StudiesMetadataOperations(ResourceMetadataOperations):
    """The 4 operations of the `metadata` group of `orthanc.api.studies`, inherited by `StudiesApi`."""

    _level_route = "studies"

    _session: Session

    get_study_metadata = ResourceMetadataOperations._get_resource_metadata
    get_study_metadata_by_name = ResourceMetadataOperations._get_resource_metadata_by_name
    put_study_metadata_by_name = ResourceMetadataOperations._put_resource_metadata_by_name
    delete_study_metadata_by_name = ResourceMetadataOperations._delete_resource_metadata_by_name
