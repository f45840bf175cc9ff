# generated: do not edit, run make codegen
"""Operations of the `Studies` tag, group `tags` (generated)."""

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

__all__ = ["StudiesTagsOperations"]


class StudiesTagsOperations(ResourceMainOperations):
    """The 4 operations of the `tags` group of `orthanc.api.studies`, inherited by `StudiesApi`."""

    _level_route = "studies"

    _session: Session

    get_study_module = ResourceMainOperations._get_resource_module

    @overload
    async def get_study_instances_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> dict[str, DicomTags]: ...

    @overload
    async def get_study_instances_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> dict[str, SimplifiedTags]: ...

    @overload
    async def get_study_instances_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[True],
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> dict[str, ShortTags]: ...

    @overload
    async def get_study_instances_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> dict[str, DicomTags] | dict[str, SimplifiedTags] | dict[str, ShortTags]: ...

    async def get_study_instances_tags(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> dict[str, DicomTags] | dict[str, SimplifiedTags] | dict[str, ShortTags]:
        """Get tags of instances. `GET /studies/{id}/instances-tags`

        Orthanc 1.10.1 and later.

        Get the tags of all the child instances of the DICOM study whose Orthanc identifier is
        provided in the URL

        Args:
            id: Orthanc identifier of the study of interest
            ignore_length: Also include the DICOM tags that are provided in this list, even if their associated
                value is long
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON object associating the Orthanc identifiers of the instances, with the values of
            their DICOM tags: `dict[str, DicomTags]`; with `simplify`: `dict[str, SimplifiedTags]`;
            else with `short`: `dict[str, ShortTags]`.
        """
        content = await self._session.read(
            "GET",
            f"/studies/{_quote(id)}/instances-tags",
            params={
                "ignore-length": ignore_length,
                "short": flag(short),
                "simplify": flag(simplify),
            },
            timeout=timeout,
        )
        if simplify:
            simplify_answer: dict[str, SimplifiedTags] = adapter(
                dict[str, SimplifiedTags]
            ).validate_json(content)
            return simplify_answer
        if short:
            short_answer: dict[str, ShortTags] = adapter(dict[str, ShortTags]).validate_json(
                content
            )
            return short_answer
        result: dict[str, DicomTags] = adapter(dict[str, DicomTags]).validate_json(content)
        return result

    @overload
    async def get_study_module_patient(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags: ...

    @overload
    async def get_study_module_patient(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SimplifiedTags: ...

    @overload
    async def get_study_module_patient(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: Literal[True],
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ShortTags: ...

    @overload
    async def get_study_module_patient(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def get_study_module_patient(
        self,
        id: str,
        *,
        ignore_length: str | None = None,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get patient module of study. `GET /studies/{id}/module-patient`

        Orthanc 1.10.1 and later.

        Get the patient module of the DICOM study whose Orthanc identifier is provided in the URL

        Args:
            id: Orthanc identifier of the study of interest
            ignore_length: Also include the DICOM tags that are provided in this list, even if their associated
                value is long
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Information about the DICOM study: `DicomTags`; with `simplify`: `SimplifiedTags`; else
            with `short`: `ShortTags`.
        """
        content = await self._session.read(
            "GET",
            f"/studies/{_quote(id)}/module-patient",
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

    @overload
    async def get_study_shared_tags(
        self,
        id: str,
        *,
        short: Literal[False] = False,
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags: ...

    @overload
    async def get_study_shared_tags(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SimplifiedTags: ...

    @overload
    async def get_study_shared_tags(
        self,
        id: str,
        *,
        short: Literal[True],
        simplify: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ShortTags: ...

    @overload
    async def get_study_shared_tags(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags: ...

    async def get_study_shared_tags(
        self,
        id: str,
        *,
        short: bool = False,
        simplify: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> DicomTags | SimplifiedTags | ShortTags:
        """Get shared tags. `GET /studies/{id}/shared-tags`

        Orthanc 1.10.1 and later.

        Extract the DICOM tags whose value is constant across all the child instances of the DICOM
        study whose Orthanc identifier is provided in the URL

        Args:
            id: Orthanc identifier of the study of interest
            short: If present, report the DICOM tags in hexadecimal format
            simplify: If present, report the DICOM tags in human-readable format (using the symbolic name of
                the tags)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON object containing the values of the DICOM tags: `DicomTags`; with `simplify`:
            `SimplifiedTags`; else with `short`: `ShortTags`.
        """
        content = await self._session.read(
            "GET",
            f"/studies/{_quote(id)}/shared-tags",
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
