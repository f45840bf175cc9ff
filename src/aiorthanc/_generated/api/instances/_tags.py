# generated: do not edit, run make codegen
"""Operations of the `Instances` tag, group `tags` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import (
    adapter,
    flag,
)
from aiorthanc._generated.api._shared.main import ResourceMainOperations
from aiorthanc._generated.models import DicomTags, ShortTags, SimplifiedTags
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["InstancesTagsOperations"]


class InstancesTagsOperations(ResourceMainOperations):
    """The 4 operations of the `tags` group of `orthanc.api.instances`, inherited by `InstancesApi`."""

    _level_route = "instances"

    _session: Session

    get_instance_module = ResourceMainOperations._get_resource_module

    @overload
    async def get_instance_header(
        self,
        id: str,
        *,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags: ...

    @overload
    async def get_instance_header(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SimplifiedTags: ...

    @overload
    async def get_instance_header(
        self,
        id: str,
        *,
        short: Literal[True],
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ShortTags: ...

    @overload
    async def get_instance_header(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def get_instance_header(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get DICOM meta-header. `GET /instances/{id}/header`

        Orthanc 1.10.1 and later.

        Get the DICOM tags in the meta-header of the DICOM instance. By default, the `full` format
        is used, which combines hexadecimal tags with human-readable description.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON object containing the DICOM tags and their associated value: `DicomTags`; with
            `simplify`: `SimplifiedTags`; else with `short`: `ShortTags`.
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/header",
            params={"short": flag(short), "simplify": flag(simplify)},
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

    async def get_instance_simplified_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        whole: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SimplifiedTags:
        """Get human-readable tags. `GET /instances/{id}/simplified-tags`

        Orthanc 1.10.1 and later.

        Get the DICOM tags in human-readable format (same as the `/instances/{id}/tags?simplify`
        route)

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            ignore_length: Also include the DICOM tags that are provided in this list, even if their associated
                value is long
            whole: Whether to read the whole DICOM file from the storage area (new in Orthanc 1.12.4). If
                set to "false" (default value), the DICOM file is read until the pixel data tag
                (7fe0,0010) to optimize access to storage. Setting the option to "true" provides access
                to the DICOM tags stored after the pixel data tag. (Orthanc 1.12.7 and later)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON object containing the DICOM tags and their associated value
        """
        if whole is not None:
            await self._session.require_version("1.12.7", "get_instance_simplified_tags(whole=...)")
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/simplified-tags",
            params={"ignore-length": ignore_length, "whole": whole},
            timeout=timeout,
        )
        result: SimplifiedTags = adapter(SimplifiedTags).validate_json(content)
        return result

    @overload
    async def get_instance_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
        whole: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags: ...

    @overload
    async def get_instance_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: Literal[True],
        whole: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SimplifiedTags: ...

    @overload
    async def get_instance_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[True],
        simplify: Literal[False] = False,
        whole: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ShortTags: ...

    @overload
    async def get_instance_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
        whole: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def get_instance_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
        whole: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get DICOM tags. `GET /instances/{id}/tags`

        Orthanc 1.10.1 and later.

        Get the DICOM tags in the specified format. By default, the `full` format is used, which
        combines hexadecimal tags with human-readable description.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            ignore_length: Also include the DICOM tags that are provided in this list, even if their associated
                value is long
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)
            whole: Whether to read the whole DICOM file from the storage area (new in Orthanc 1.12.4). If
                set to "false" (default value), the DICOM file is read until the pixel data tag
                (7fe0,0010) to optimize access to storage. Setting the option to "true" provides access
                to the DICOM tags stored after the pixel data tag. (Orthanc 1.12.7 and later)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON object containing the DICOM tags and their associated value: `DicomTags`; with
            `simplify`: `SimplifiedTags`; else with `short`: `ShortTags`.
        """
        if whole is not None:
            await self._session.require_version("1.12.7", "get_instance_tags(whole=...)")
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/tags",
            params={
                "ignore-length": ignore_length,
                "short": flag(short),
                "simplify": flag(simplify),
                "whole": whole,
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
