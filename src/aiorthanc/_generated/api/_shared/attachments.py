# generated: do not edit, run make codegen
"""Operations of the group `attachments` that every resource level has alike (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal, overload

from aiorthanc._api_support import (
    JsonValue,
    adapter,
    flag,
    headers,
)
from aiorthanc._content import RequestContent
from aiorthanc._generated.models import AttachmentInfo
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["ResourceAttachmentsOperations"]


class ResourceAttachmentsOperations:
    """The 13 `attachments` operations of every level, written once: each level's class sets `_level_route` and binds its own names to these methods."""

    _session: Session
    _level_route: ClassVar[str]
    """The first segment of the routes: the level (`patients`, `studies`, `series`, `instances`)."""

    @overload
    async def _get_resource_attachments(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]: ...

    @overload
    async def _get_resource_attachments(
        self,
        id: str,
        *,
        full: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> dict[str, int]: ...

    @overload
    async def _get_resource_attachments(
        self,
        id: str,
        *,
        full: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | dict[str, int]: ...

    async def _get_resource_attachments(
        self,
        id: str,
        *,
        full: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | dict[str, int]:
        """List attachments. `GET /<level>/{id}/attachments`

        Orthanc 1.10.1 and later.

        Get the list of attachments that are associated with the given resource

        Args:
            id: Orthanc identifier of the resource of interest
            full: If present, retrieve the attachments list and their numerical ids
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the names of the attachments: `list[str]`; with `full`: `dict[str,
            int]`.
        """
        content = await self._session.read(
            "GET",
            f"/{self._level_route}/{_quote(id)}/attachments",
            params={"full": flag(full)},
            timeout=timeout,
        )
        if full:
            full_answer: dict[str, int] = adapter(dict[str, int]).validate_json(content)
            return full_answer
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def _get_resource_attachment(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations on attachments. `GET /<level>/{id}/attachments/{name}`

        Orthanc 1.10.1 and later.

        Get the list of the operations that are available for attachments associated with the given
        resource

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            List of the available operations
        """
        content = await self._session.read(
            "GET",
            f"/{self._level_route}/{_quote(id)}/attachments/{_quote(name)}",
            headers=headers({"If-None-Match": if_none_match}),
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def _put_resource_attachment(
        self,
        id: str,
        name: str,
        body: RequestContent,
        *,
        if_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """Set attachment. `PUT /<level>/{id}/attachments/{name}`

        Orthanc 1.10.1 and later.

        Attach a file to the given DICOM resource. This call will fail if trying to modify a system
        attachment (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            body: Binary data containing the attachment
            if_match: Revision of the attachment, if this is not the first time this attachment is set.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Empty JSON object in the case of a success
        """
        content = await self._session.read(
            "PUT",
            f"/{self._level_route}/{_quote(id)}/attachments/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
            content=body,
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def _delete_resource_attachment(
        self,
        id: str,
        name: str,
        *,
        if_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Delete attachment. `DELETE /<level>/{id}/attachments/{name}`

        Orthanc 1.10.1 and later.

        Delete an attachment associated with the given DICOM resource. This call will fail if trying
        to delete a system attachment (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_match: Revision of the attachment, to check if its content has not changed and can be deleted.
                This header is mandatory if `CheckRevisions` option is `true`.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "DELETE",
            f"/{self._level_route}/{_quote(id)}/attachments/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
            timeout=timeout,
        )

    async def _post_resource_attachment_compress(
        self,
        id: str,
        name: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Compress attachment. `POST /<level>/{id}/attachments/{name}/compress`

        Orthanc 1.10.1 and later.

        Change the compression scheme that is used to store an attachment.

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "POST",
            f"/{self._level_route}/{_quote(id)}/attachments/{_quote(name)}/compress",
            timeout=timeout,
        )

    async def _get_resource_attachment_compressed_md5(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get MD5 of attachment on disk. `GET /<level>/{id}/attachments/{name}/compressed-md5`

        Orthanc 1.10.1 and later.

        Get the MD5 hash of one attachment associated with the given resource, as stored on the
        disk. This is different from `.../md5` iff `EnableStorage` is `true`.

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The MD5 of the attachment, as stored on the disk
        """
        response = await self._session.request(
            "GET",
            f"/{self._level_route}/{_quote(id)}/attachments/{_quote(name)}/compressed-md5",
            headers=headers({"If-None-Match": if_none_match}),
            timeout=timeout,
        )
        return response.text

    async def _get_resource_attachment_compressed_size(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get size of attachment on disk. `GET /<level>/{id}/attachments/{name}/compressed-size`

        Orthanc 1.10.1 and later.

        Get the size of one attachment associated with the given resource, as stored on the disk.
        This is different from `.../size` iff `EnableStorage` is `true`.

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The size of the attachment, as stored on the disk
        """
        response = await self._session.request(
            "GET",
            f"/{self._level_route}/{_quote(id)}/attachments/{_quote(name)}/compressed-size",
            headers=headers({"If-None-Match": if_none_match}),
            timeout=timeout,
        )
        return response.text

    async def _get_resource_attachment_info(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AttachmentInfo:
        """Get info about the attachment. `GET /<level>/{id}/attachments/{name}/info`

        Orthanc 1.10.1 and later.

        Get all the information about the attachment associated with the given resource

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON object containing the information about the attachment
        """
        content = await self._session.read(
            "GET",
            f"/{self._level_route}/{_quote(id)}/attachments/{_quote(name)}/info",
            headers=headers({"If-None-Match": if_none_match}),
            timeout=timeout,
        )
        return AttachmentInfo.model_validate_json(content)

    async def _get_resource_attachment_is_compressed(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Is attachment compressed?. `GET /<level>/{id}/attachments/{name}/is-compressed`

        Orthanc 1.10.1 and later.

        Test whether the attachment has been stored as a compressed file on the disk.

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            `0` if the attachment was stored uncompressed, `1` if it was compressed
        """
        response = await self._session.request(
            "GET",
            f"/{self._level_route}/{_quote(id)}/attachments/{_quote(name)}/is-compressed",
            headers=headers({"If-None-Match": if_none_match}),
            timeout=timeout,
        )
        return response.text

    async def _get_resource_attachment_md5(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get MD5 of attachment. `GET /<level>/{id}/attachments/{name}/md5`

        Orthanc 1.10.1 and later.

        Get the MD5 hash of one attachment associated with the given resource

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The MD5 of the attachment
        """
        response = await self._session.request(
            "GET",
            f"/{self._level_route}/{_quote(id)}/attachments/{_quote(name)}/md5",
            headers=headers({"If-None-Match": if_none_match}),
            timeout=timeout,
        )
        return response.text

    async def _get_resource_attachment_size(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get size of attachment. `GET /<level>/{id}/attachments/{name}/size`

        Orthanc 1.10.1 and later.

        Get the size of one attachment associated with the given resource

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The size of the attachment
        """
        response = await self._session.request(
            "GET",
            f"/{self._level_route}/{_quote(id)}/attachments/{_quote(name)}/size",
            headers=headers({"If-None-Match": if_none_match}),
            timeout=timeout,
        )
        return response.text

    async def _post_resource_attachment_uncompress(
        self,
        id: str,
        name: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Uncompress attachment. `POST /<level>/{id}/attachments/{name}/uncompress`

        Orthanc 1.10.1 and later.

        Change the compression scheme that is used to store an attachment.

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "POST",
            f"/{self._level_route}/{_quote(id)}/attachments/{_quote(name)}/uncompress",
            timeout=timeout,
        )

    async def _post_resource_attachment_verify_md5(
        self,
        id: str,
        name: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """Verify attachment. `POST /<level>/{id}/attachments/{name}/verify-md5`

        Orthanc 1.10.1 and later.

        Verify that the attachment is not corrupted, by validating its MD5 hash

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            On success, a valid JSON object is returned
        """
        content = await self._session.read(
            "POST",
            f"/{self._level_route}/{_quote(id)}/attachments/{_quote(name)}/verify-md5",
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result
