# generated: do not edit, run make codegen
"""Operations of the `Series` tag, group `metadata` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.api._shared.metadata import ResourceMetadataOperations

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SeriesMetadataOperations"]


class SeriesMetadataOperations(ResourceMetadataOperations):
    """The 4 operations of the `metadata` group of `orthanc.api.series`, inherited by `SeriesApi`."""

    _level_route = "series"

    _session: Session

    get_series_metadata = ResourceMetadataOperations._get_resource_metadata
    get_series_metadata_by_name = ResourceMetadataOperations._get_resource_metadata_by_name
    put_series_metadata_by_name = ResourceMetadataOperations._put_resource_metadata_by_name
    delete_series_metadata_by_name = ResourceMetadataOperations._delete_resource_metadata_by_name
