# generated: do not edit, run make codegen
"""Operations of the `Patients` tag, group `attachments` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.api._shared.attachments import ResourceAttachmentsOperations

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["PatientsAttachmentsOperations"]


class PatientsAttachmentsOperations(ResourceAttachmentsOperations):
    """The 15 operations of the `attachments` group of `orthanc.api.patients`, inherited by `PatientsApi`."""

    _level_route = "patients"

    _session: Session

    get_patient_attachments = ResourceAttachmentsOperations._get_resource_attachments
    get_patient_attachment = ResourceAttachmentsOperations._get_resource_attachment
    put_patient_attachment = ResourceAttachmentsOperations._put_resource_attachment
    delete_patient_attachment = ResourceAttachmentsOperations._delete_resource_attachment
    post_patient_attachment_compress = (
        ResourceAttachmentsOperations._post_resource_attachment_compress
    )
    get_patient_attachment_compressed_data = (
        ResourceAttachmentsOperations._get_resource_attachment_compressed_data
    )
    stream_patient_attachment_compressed_data = (
        ResourceAttachmentsOperations._stream_resource_attachment_compressed_data
    )
    get_patient_attachment_compressed_md5 = (
        ResourceAttachmentsOperations._get_resource_attachment_compressed_md5
    )
    get_patient_attachment_compressed_size = (
        ResourceAttachmentsOperations._get_resource_attachment_compressed_size
    )
    get_patient_attachment_data = ResourceAttachmentsOperations._get_resource_attachment_data
    stream_patient_attachment_data = ResourceAttachmentsOperations._stream_resource_attachment_data
    get_patient_attachment_info = ResourceAttachmentsOperations._get_resource_attachment_info
    get_patient_attachment_is_compressed = (
        ResourceAttachmentsOperations._get_resource_attachment_is_compressed
    )
    get_patient_attachment_md5 = ResourceAttachmentsOperations._get_resource_attachment_md5
    get_patient_attachment_size = ResourceAttachmentsOperations._get_resource_attachment_size
    post_patient_attachment_uncompress = (
        ResourceAttachmentsOperations._post_resource_attachment_uncompress
    )
    post_patient_attachment_verify_md5 = (
        ResourceAttachmentsOperations._post_resource_attachment_verify_md5
    )
