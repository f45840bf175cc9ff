# generated: do not edit, run make codegen
"""Operations of the group `main` that every resource level has alike (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal, overload

from aiorthanc._api_support import (
    adapter,
    flag,
)
from aiorthanc._generated.models import (
    DeletionResult,
    DicomTags,
    ResourceStatistics,
    ShortTags,
    SimplifiedTags,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["ResourceMainOperations"]


class ResourceMainOperations:
    """The 3 `main` operations of every level, written once: each level's class sets `_level_route` and binds its own names to these methods."""

    _session: Session
    _level_route: ClassVar[str]
    """The first segment of the routes: the level (`patients`, `studies`, `series`, `instances`)."""

    async def _delete_resource(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DeletionResult:
        """Delete some resource. `DELETE /<level>/{id}`

        Orthanc 1.10.1 and later.

        Delete the DICOM resource whose Orthanc identifier is provided in the URL

        Args:
            id: Orthanc identifier of the resource of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "DELETE",
            f"/{self._level_route}/{_quote(id)}",
            timeout=timeout,
        )
        return DeletionResult.model_validate_json(content)

    @overload
    async def _get_resource_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags: ...

    @overload
    async def _get_resource_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SimplifiedTags: ...

    @overload
    async def _get_resource_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[True],
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ShortTags: ...

    @overload
    async def _get_resource_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def _get_resource_module(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get resource module. `GET /<level>/{id}/module`

        Orthanc 1.10.1 and later.

        Get the resource module of the DICOM resource whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the resource of interest
            ignore_length: Also include the DICOM tags that are provided in this list, even if their associated
                value is long
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Information about the DICOM resource: `DicomTags`; with `simplify`: `SimplifiedTags`;
            else with `short`: `ShortTags`.
        """
        content = await self._session.read(
            "GET",
            f"/{self._level_route}/{_quote(id)}/module",
            params={
                "ignore-length": ignore_length,
                "short": flag(short),
                "simplify": flag(simplify),
            },
            timeout=timeout,
        )
        if simplify:
            simplify_answer: SimplifiedTags = adapter(SimplifiedTags).validate_json(content)
            return simplify_answer
        if short:
            short_answer: ShortTags = adapter(ShortTags).validate_json(content)
            return short_answer
        result: DicomTags = adapter(DicomTags).validate_json(content)
        return result

    async def _get_resource_statistics(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ResourceStatistics:
        """Get resource statistics. `GET /<level>/{id}/statistics`

        Orthanc 1.10.1 and later.

        Get statistics about the given resource

        Args:
            id: Orthanc identifier of the resource of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "GET",
            f"/{self._level_route}/{_quote(id)}/statistics",
            timeout=timeout,
        )
        return ResourceStatistics.model_validate_json(content)
