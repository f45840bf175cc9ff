# generated: do not edit, run make codegen
"""Operations of the `Series` tag, group `attachments` (generated)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Literal, overload

import httpx

from aiorthanc._api_support import JsonValue, adapter, flag, headers
from aiorthanc._content import RequestContent
from aiorthanc._generated.models import AttachmentInfo
from aiorthanc._paths import quote_segment as _quote

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SeriesAttachmentsOperations"]


class SeriesAttachmentsOperations:
    """The 14 operations of the `attachments` group of `orthanc.api.series`, inherited by `SeriesApi`."""

    _client: Session

    @overload
    async def get_series_attachments(
        self,
        id: str,
        *,
        full: Literal[False] = False,
    ) -> list[str]: ...

    @overload
    async def get_series_attachments(
        self,
        id: str,
        *,
        full: Literal[True],
    ) -> dict[str, int]: ...

    @overload
    async def get_series_attachments(
        self,
        id: str,
        *,
        full: bool = False,
    ) -> list[str] | dict[str, int]: ...

    async def get_series_attachments(
        self,
        id: str,
        *,
        full: bool = False,
    ) -> list[str] | dict[str, int]:
        """List attachments. `GET /series/{id}/attachments`

        Get the list of attachments that are associated with the given series

        Args:
            id: Orthanc identifier of the series of interest
            full: If present, retrieve the attachments list and their numerical ids

        Returns:
            JSON array containing the names of the attachments: `list[str]`; with `full`: `dict[str,
            int]`.
        """
        response = await self._client.request(
            "GET",
            f"/series/{_quote(id)}/attachments",
            params={"full": flag(full)},
        )
        if full:
            full_answer: dict[str, int] = adapter(dict[str, int]).validate_json(response.content)
            return full_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def put_series_attachment(
        self,
        id: str,
        name: str,
        body: RequestContent,
        *,
        if_match: str | None = None,
    ) -> JsonValue:
        """Set attachment. `PUT /series/{id}/attachments/{name}`

        Attach a file to the given DICOM series. This call will fail if trying to modify a system
        attachment (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            body: Binary data containing the attachment
            if_match: Revision of the attachment, if this is not the first time this attachment is set.

        Returns:
            Empty JSON object in the case of a success
        """
        response = await self._client.request(
            "PUT",
            f"/series/{_quote(id)}/attachments/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
            content=body,
        )
        result: JsonValue = response.json()
        return result

    async def delete_series_attachment(
        self,
        id: str,
        name: str,
        *,
        if_match: str | None = None,
    ) -> None:
        """Delete attachment. `DELETE /series/{id}/attachments/{name}`

        Delete an attachment associated with the given DICOM series. This call will fail if trying
        to delete a system attachment (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_match: Revision of the attachment, to check if its content has not changed and can be deleted.
                This header is mandatory if `CheckRevisions` option is `true`.

        Returns:
            Nothing.
        """
        await self._client.request(
            "DELETE",
            f"/series/{_quote(id)}/attachments/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
        )

    async def post_series_attachment_compress(
        self,
        id: str,
        name: str,
    ) -> None:
        """Compress attachment. `POST /series/{id}/attachments/{name}/compress`

        Change the compression scheme that is used to store an attachment.

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            f"/series/{_quote(id)}/attachments/{_quote(name)}/compress",
        )

    async def get_series_attachment_compressed_data(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> bytes:
        """Get attachment (no decompression). `GET /series/{id}/attachments/{name}/compressed-data`

        Get the (binary) content of one attachment associated with the given series. The attachment
        will not be decompressed if `StorageCompression` is `true`.

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the metadata, to check if its content has changed

        Returns:
            The attachment (application/octet-stream)
        """
        response = await self._client.request(
            "GET",
            f"/series/{_quote(id)}/attachments/{_quote(name)}/compressed-data",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.content

    def stream_series_attachment_compressed_data(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_series_attachment_compressed_data` (GET /series/{id}/attachments/{name}/compressed-data).

        Use as `async with api.series.stream_series_attachment_compressed_data(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/series/{_quote(id)}/attachments/{_quote(name)}/compressed-data",
            headers=headers({"If-None-Match": if_none_match}),
        )

    async def get_series_attachment_compressed_md5(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get MD5 of attachment on disk. `GET /series/{id}/attachments/{name}/compressed-md5`

        Get the MD5 hash of one attachment associated with the given series, as stored on the disk.
        This is different from `.../md5` iff `EnableStorage` is `true`.

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The MD5 of the attachment, as stored on the disk
        """
        response = await self._client.request(
            "GET",
            f"/series/{_quote(id)}/attachments/{_quote(name)}/compressed-md5",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def get_series_attachment_compressed_size(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get size of attachment on disk. `GET /series/{id}/attachments/{name}/compressed-size`

        Get the size of one attachment associated with the given series, as stored on the disk. This
        is different from `.../size` iff `EnableStorage` is `true`.

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The size of the attachment, as stored on the disk
        """
        response = await self._client.request(
            "GET",
            f"/series/{_quote(id)}/attachments/{_quote(name)}/compressed-size",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def get_series_attachment_data(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> bytes:
        """Get attachment. `GET /series/{id}/attachments/{name}/data`

        Get the (binary) content of one attachment associated with the given series

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the metadata, to check if its content has changed

        Returns:
            The attachment (application/octet-stream)
        """
        response = await self._client.request(
            "GET",
            f"/series/{_quote(id)}/attachments/{_quote(name)}/data",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.content

    def stream_series_attachment_data(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_series_attachment_data` (GET /series/{id}/attachments/{name}/data).

        Use as `async with api.series.stream_series_attachment_data(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/series/{_quote(id)}/attachments/{_quote(name)}/data",
            headers=headers({"If-None-Match": if_none_match}),
        )

    async def get_series_attachment_info(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> AttachmentInfo:
        """Get info about the attachment. `GET /series/{id}/attachments/{name}/info`

        Get all the information about the attachment associated with the given series

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            JSON object containing the information about the attachment
        """
        response = await self._client.request(
            "GET",
            f"/series/{_quote(id)}/attachments/{_quote(name)}/info",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return AttachmentInfo.model_validate_json(response.content)

    async def get_series_attachment_is_compressed(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Is attachment compressed?. `GET /series/{id}/attachments/{name}/is-compressed`

        Test whether the attachment has been stored as a compressed file on the disk.

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            `0` if the attachment was stored uncompressed, `1` if it was compressed
        """
        response = await self._client.request(
            "GET",
            f"/series/{_quote(id)}/attachments/{_quote(name)}/is-compressed",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def get_series_attachment_md5(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get MD5 of attachment. `GET /series/{id}/attachments/{name}/md5`

        Get the MD5 hash of one attachment associated with the given series

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The MD5 of the attachment
        """
        response = await self._client.request(
            "GET",
            f"/series/{_quote(id)}/attachments/{_quote(name)}/md5",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def get_series_attachment_size(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
    ) -> str:
        """Get size of attachment. `GET /series/{id}/attachments/{name}/size`

        Get the size of one attachment associated with the given series

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed

        Returns:
            The size of the attachment
        """
        response = await self._client.request(
            "GET",
            f"/series/{_quote(id)}/attachments/{_quote(name)}/size",
            headers=headers({"If-None-Match": if_none_match}),
        )
        return response.text

    async def post_series_attachment_uncompress(
        self,
        id: str,
        name: str,
    ) -> None:
        """Uncompress attachment. `POST /series/{id}/attachments/{name}/uncompress`

        Change the compression scheme that is used to store an attachment.

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            f"/series/{_quote(id)}/attachments/{_quote(name)}/uncompress",
        )

    async def post_series_attachment_verify_md5(
        self,
        id: str,
        name: str,
    ) -> JsonValue:
        """Verify attachment. `POST /series/{id}/attachments/{name}/verify-md5`

        Verify that the attachment is not corrupted, by validating its MD5 hash

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)

        Returns:
            On success, a valid JSON object is returned
        """
        response = await self._client.request(
            "POST",
            f"/series/{_quote(id)}/attachments/{_quote(name)}/verify-md5",
        )
        result: JsonValue = response.json()
        return result
