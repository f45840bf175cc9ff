# generated: do not edit, run make codegen
"""Operations of the `Instances` tag, group `metadata` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.api._shared.metadata import ResourceMetadataOperations

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["InstancesMetadataOperations"]


class InstancesMetadataOperations(ResourceMetadataOperations):
    """The 4 operations of the `metadata` group of `orthanc.api.instances`, inherited by `InstancesApi`."""

    _level_route = "instances"

    _session: Session

    get_instance_metadata = ResourceMetadataOperations._get_resource_metadata
    get_instance_metadata_by_name = ResourceMetadataOperations._get_resource_metadata_by_name
    put_instance_metadata_by_name = ResourceMetadataOperations._put_resource_metadata_by_name
    delete_instance_metadata_by_name = ResourceMetadataOperations._delete_resource_metadata_by_name
