# generated: do not edit, run make codegen
"""Operations of the `Series` tag, group `metadata` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import (
    adapter,
    flag,
)
from aiorthanc._generated.api._shared.metadata import ResourceMetadataOperations
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SeriesMetadataOperations"]


class SeriesMetadataOperations(ResourceMetadataOperations):
    """The 4 operations of the `metadata` group of `orthanc.api.series`, inherited by `SeriesApi`."""

    _level_route = "series"

    _session: Session

    get_series_metadata_by_name = ResourceMetadataOperations._get_resource_metadata_by_name
    put_series_metadata_by_name = ResourceMetadataOperations._put_resource_metadata_by_name
    delete_series_metadata_by_name = ResourceMetadataOperations._delete_resource_metadata_by_name

    @overload
    async def get_series_metadata(
        self,
        id: str,
        *,
        expand: Literal[False] = False,
        numeric: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]: ...

    @overload
    async def get_series_metadata(
        self,
        id: str,
        *,
        expand: Literal[True],
        numeric: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> dict[str, str]: ...

    @overload
    async def get_series_metadata(
        self,
        id: str,
        *,
        expand: bool = False,
        numeric: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | dict[str, str]: ...

    async def get_series_metadata(
        self,
        id: str,
        *,
        expand: bool = False,
        numeric: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | dict[str, str]:
        """List metadata. `GET /series/{id}/metadata`

        Orthanc 1.10.1 and later.

        Get the list of metadata that are associated with the given series

        Args:
            id: Orthanc identifier of the series of interest
            expand: If present, also retrieve the value of the individual metadata
            numeric: If present, use the numeric identifier of the metadata instead of its symbolic name
                (Orthanc 1.12.7 and later)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the names of the available metadata, or JSON associative array
            mapping metadata to their values (if `expand` argument is provided): `list[str]`; with
            `expand`: `dict[str, str]`.
        """
        if numeric is not None:
            await self._session.require_version("1.12.7", "get_series_metadata(numeric=...)")
        content = await self._session.read(
            "GET",
            f"/series/{_quote(id)}/metadata",
            params={"expand": flag(expand), "numeric": numeric},
            timeout=timeout,
        )
        if expand:
            expand_answer: dict[str, str] = adapter(dict[str, str]).validate_json(content)
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(content)
        return result
