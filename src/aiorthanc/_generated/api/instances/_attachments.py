# generated: do not edit, run make codegen
"""Operations of the `Instances` tag, group `attachments` (generated)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING

import httpx

from aiorthanc._api_support import (
    checked_stream,
    headers,
)
from aiorthanc._generated.api._shared.attachments import ResourceAttachmentsOperations
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

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
    get_instance_attachment_compressed_md5 = (
        ResourceAttachmentsOperations._get_resource_attachment_compressed_md5
    )
    get_instance_attachment_compressed_size = (
        ResourceAttachmentsOperations._get_resource_attachment_compressed_size
    )
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

    async def get_instance_attachment_compressed_data(
        self,
        id: str,
        name: str,
        *,
        filename: str | None = None,
        if_none_match: str | None = None,
        range: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Get attachment (no decompression). `GET /instances/{id}/attachments/{name}/compressed-data`

        Orthanc 1.10.1 and later.

        Get the (binary) content of one attachment associated with the given instance. The
        attachment will not be decompressed if `StorageCompression` is `true`.

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            filename: Filename to set in the "Content-Disposition" HTTP header (including file extension)
                (Orthanc 1.12.7 and later)
            if_none_match: Optional revision of the attachment, to check if its content has changed
            range: Optional content range to access part of the attachment (new in Orthanc 1.12.5) (Orthanc
                1.13.0 and later)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The attachment (application/octet-stream)
        """
        if filename is not None:
            await self._session.require_version(
                "1.12.7", "get_instance_attachment_compressed_data(filename=...)"
            )
        if range is not None:
            await self._session.require_version(
                "1.13.0", "get_instance_attachment_compressed_data(range=...)"
            )
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/compressed-data",
            params={"filename": filename},
            headers=headers({"If-None-Match": if_none_match, "Range": range}),
            timeout=timeout,
        )
        return content

    def stream_instance_attachment_compressed_data(
        self,
        id: str,
        name: str,
        *,
        filename: str | None = None,
        if_none_match: str | None = None,
        range: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_attachment_compressed_data` (GET /instances/{id}/attachments/{name}/compressed-data).

        Use as `async with api.instances.stream_instance_attachment_compressed_data(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return checked_stream(
            self._session,
            [
                (
                    "1.12.7",
                    "get_instance_attachment_compressed_data(filename=...)",
                    filename is not None,
                ),
                ("1.13.0", "get_instance_attachment_compressed_data(range=...)", range is not None),
            ],
            lambda: self._session.stream(
                "GET",
                f"/instances/{_quote(id)}/attachments/{_quote(name)}/compressed-data",
                params={"filename": filename},
                headers=headers({"If-None-Match": if_none_match, "Range": range}),
                timeout=timeout,
            ),
        )

    async def get_instance_attachment_data(
        self,
        id: str,
        name: str,
        *,
        filename: str | None = None,
        if_none_match: str | None = None,
        range: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Get attachment. `GET /instances/{id}/attachments/{name}/data`

        Orthanc 1.10.1 and later.

        Get the (binary) content of one attachment associated with the given instance

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            filename: Filename to set in the "Content-Disposition" HTTP header (including file extension)
                (Orthanc 1.12.7 and later)
            if_none_match: Optional revision of the attachment, to check if its content has changed
            range: Optional content range to access part of the attachment (new in Orthanc 1.12.5) (Orthanc
                1.13.0 and later)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The attachment (application/octet-stream)
        """
        if filename is not None:
            await self._session.require_version(
                "1.12.7", "get_instance_attachment_data(filename=...)"
            )
        if range is not None:
            await self._session.require_version("1.13.0", "get_instance_attachment_data(range=...)")
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}/data",
            params={"filename": filename},
            headers=headers({"If-None-Match": if_none_match, "Range": range}),
            timeout=timeout,
        )
        return content

    def stream_instance_attachment_data(
        self,
        id: str,
        name: str,
        *,
        filename: str | None = None,
        if_none_match: str | None = None,
        range: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_attachment_data` (GET /instances/{id}/attachments/{name}/data).

        Use as `async with api.instances.stream_instance_attachment_data(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return checked_stream(
            self._session,
            [
                ("1.12.7", "get_instance_attachment_data(filename=...)", filename is not None),
                ("1.13.0", "get_instance_attachment_data(range=...)", range is not None),
            ],
            lambda: self._session.stream(
                "GET",
                f"/instances/{_quote(id)}/attachments/{_quote(name)}/data",
                params={"filename": filename},
                headers=headers({"If-None-Match": if_none_match, "Range": range}),
                timeout=timeout,
            ),
        )
