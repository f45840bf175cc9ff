# generated: do not edit, run make codegen
"""Operations of the group `metadata` that every resource level has alike (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal, overload

from aiorthanc._api_support import adapter, flag, headers
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["ResourceMetadataOperations"]


class ResourceMetadataOperations:
    """The 4 `metadata` operations of every level, written once: each level's class sets `_level_route` and binds its own names to these methods."""

    _session: Session
    _level_route: ClassVar[str]
    """The first segment of the routes: the level (`patients`, `studies`, `series`, `instances`)."""

    @overload
    async def _get_resource_metadata(
        self,
        id: str,
        *,
        expand: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]: ...

    @overload
    async def _get_resource_metadata(
        self,
        id: str,
        *,
        expand: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> dict[str, str]: ...

    @overload
    async def _get_resource_metadata(
        self,
        id: str,
        *,
        expand: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | dict[str, str]: ...

    async def _get_resource_metadata(
        self,
        id: str,
        *,
        expand: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | dict[str, str]:
        """List metadata. `GET /<level>/{id}/metadata`

        Get the list of metadata that are associated with the given resource

        Args:
            id: Orthanc identifier of the resource of interest
            expand: If present, also retrieve the value of the individual metadata
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the names of the available metadata, or JSON associative array
            mapping metadata to their values (if `expand` argument is provided): `list[str]`; with
            `expand`: `dict[str, str]`.
        """
        response = await self._session.request(
            "GET",
            f"/{self._level_route}/{_quote(id)}/metadata",
            params={"expand": flag(expand)},
            timeout=timeout,
        )
        if expand:
            expand_answer: dict[str, str] = adapter(dict[str, str]).validate_json(response.content)
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def _get_resource_metadata_by_name(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Get metadata. `GET /<level>/{id}/metadata/{name}`

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
        await self._session.request(
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
        await self._session.request(
            "DELETE",
            f"/{self._level_route}/{_quote(id)}/metadata/{_quote(name)}",
            headers=headers({"If-Match": if_match}),
            timeout=timeout,
        )
