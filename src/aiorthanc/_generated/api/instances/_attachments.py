# generated: do not edit, run make codegen
"""Operations of the `Instances` tag, group `attachments` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.api._shared.attachments import ResourceAttachmentsOperations

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["InstancesAttachmentsOperations"]


class InstancesAttachmentsOperations(ResourceAttachmentsOperations):
    """The 15 operations of the `attachments` group of `orthanc.api.instances`, inherited by `InstancesApi`."""

    _level_route = "instances"

    _session: Session

    get_instance_attachments = ResourceAttachmentsOperations._get_resource_attachments
    get_instance_attachment = ResourceAttachmentsOperations._get_resource_attachment
    put_instance_attachment = ResourceAttachmentsOperations._put_resource_attachment
    delete_instance_attachment = ResourceAttachmentsOperations._delete_resource_attachment
    post_instance_attachment_compress = (
        ResourceAttachmentsOperations._post_resource_attachment_compress
    )
    get_instance_attachment_compressed_data = (
        ResourceAttachmentsOperations._get_resource_attachment_compressed_data
    )
    stream_instance_attachment_compressed_data = (
        ResourceAttachmentsOperations._stream_resource_attachment_compressed_data
    )
    get_instance_attachment_compressed_md5 = (
        ResourceAttachmentsOperations._get_resource_attachment_compressed_md5
    )
    get_instance_attachment_compressed_size = (
        ResourceAttachmentsOperations._get_resource_attachment_compressed_size
    )
    get_instance_attachment_data = ResourceAttachmentsOperations._get_resource_attachment_data
    stream_instance_attachment_data = ResourceAttachmentsOperations._stream_resource_attachment_data
    get_instance_attachment_info = ResourceAttachmentsOperations._get_resource_attachment_info
    get_instance_attachment_is_compressed = (
        ResourceAttachmentsOperations._get_resource_attachment_is_compressed
    )
    get_instance_attachment_md5 = ResourceAttachmentsOperations._get_resource_attachment_md5
    get_instance_attachment_size = ResourceAttachmentsOperations._get_resource_attachment_size
    post_instance_attachment_uncompress = (
        ResourceAttachmentsOperations._post_resource_attachment_uncompress
    )
    post_instance_attachment_verify_md5 = (
        ResourceAttachmentsOperations._post_resource_attachment_verify_md5
    )
