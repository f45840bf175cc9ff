# generated: do not edit, run make codegen
"""Operations of the group `metadata` that every resource level has alike (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from aiorthanc._api_support import (
    headers,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["ResourceMetadataOperations"]


class ResourceMetadataOperations:
    """The 3 `metadata` operations of every level, written once: each level's class sets `_level_route` and binds its own names to these methods."""

    _session: Session
    _level_route: ClassVar[str]
    """The first segment of the routes: the level (`patients`, `studies`, `series`, `instances`)."""

    async def _get_resource_metadata_by_name(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get metadata. `GET /<level>/{id}/metadata/{name}`

        Orthanc 1.10.1 and later.

        Get the value of a metadata that is associated with the given resource

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the metadata, or its index (cf. `UserMetadata` configuration option)
            if_none_match: Optional revision of the metadata, to check if its content has changed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Value of the metadata
        """
        response = await self._session.request(
            "GET",
            f"/{self._level_route}/{_quote(id)}/metadata/{_quote(name)}",
            headers=headers({"If-None-Match": if_none_match}),
            timeout=timeout,
        )
        return response.text

    async def _put_resource_metadata_by_name(
        self,
        id: str,
        name: str,
        body: str,
        *,
        if_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Set metadata. `PUT /<level>/{id}/metadata/{name}`

        Orthanc 1.10.1 and later.

        Set the value of some metadata in the given DICOM resource. This call will fail if trying to
        modify a system metadata (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the metadata, or its index (cf. `UserMetadata` configuration option)
            body: String value of the metadata
            if_match: Revision of the metadata, if this is not the first time this metadata is set.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            f"/{self._level_route}/{_quote(id)}/metadata/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
            content=body.encode("utf-8"),
            timeout=timeout,
        )

    async def _delete_resource_metadata_by_name(
        self,
        id: str,
        name: str,
        *,
        if_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Delete metadata. `DELETE /<level>/{id}/metadata/{name}`

        Orthanc 1.10.1 and later.

        Delete some metadata associated with the given DICOM resource. This call will fail if trying
        to delete a system metadata (i.e. whose index is < 1024).

        Args:
            id: Orthanc identifier of the resource of interest
            name: The name of the metadata, or its index (cf. `UserMetadata` configuration option)
            if_match: Revision of the metadata, to check if its content has not changed and can be deleted.
                This header is mandatory if `CheckRevisions` option is `true`.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "DELETE",
            f"/{self._level_route}/{_quote(id)}/metadata/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
            timeout=timeout,
        )
