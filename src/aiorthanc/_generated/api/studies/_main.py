# generated: do not edit, run make codegen
"""Operations of the `Studies` tag, group `main` (generated)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import (
    adapter,
    flag,
    since_of,
)
from aiorthanc._generated.api._shared.main import ResourceMainOperations
from aiorthanc._generated.bodies import PostStudyReconstructBody
from aiorthanc._generated.models import StudyInfo, StudyInfoFull, StudyInfoShort
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["StudiesMainOperations"]


class StudiesMainOperations(ResourceMainOperations):
    """The 5 operations of the `main` group of `orthanc.api.studies`, inherited by `StudiesApi`."""

    _level_route = "studies"

    _session: Session

    delete_study = ResourceMainOperations._delete_resource
    get_study_statistics = ResourceMainOperations._get_resource_statistics

    @overload
    async def get_studies(
        self,
        *,
        expand: Literal[False] = False,
        full: Literal[False] = False,
        limit: int | None = None,
        requested_tags: str | None = None,
        response_content: str | None = None,
        short: Literal[False] = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]: ...

    @overload
    async def get_studies(
        self,
        *,
        expand: Literal[True],
        full: bool = False,
        limit: int | None = None,
        requested_tags: str | None = None,
        response_content: str | None = None,
        short: Literal[True],
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[StudyInfoShort]: ...

    @overload
    async def get_studies(
        self,
        *,
        expand: Literal[True],
        full: Literal[True],
        limit: int | None = None,
        requested_tags: str | None = None,
        response_content: str | None = None,
        short: Literal[False] = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[StudyInfoFull]: ...

    @overload
    async def get_studies(
        self,
        *,
        expand: Literal[True],
        full: Literal[False] = False,
        limit: int | None = None,
        requested_tags: str | None = None,
        response_content: str | None = None,
        short: Literal[False] = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[StudyInfo]: ...

    @overload
    async def get_studies(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: int | None = None,
        requested_tags: str | None = None,
        response_content: str | None = None,
        short: bool = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[StudyInfoShort] | list[StudyInfoFull] | list[StudyInfo]: ...

    async def get_studies(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: int | None = None,
        requested_tags: str | None = None,
        response_content: str | None = None,
        short: bool = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[StudyInfoShort] | list[StudyInfoFull] | list[StudyInfo]:
        """List the available studies. `GET /studies`

        Orthanc 1.10.1 and later.

        List the Orthanc identifiers of all the available DICOM studies

        Args:
            expand: If present, retrieve detailed information about the individual resources, not only their
                Orthanc identifiers
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            limit: Limit the number of results
            requested_tags: If present, list the DICOM Tags you want to list in the response. This argument is a
                semi-column separated list of DICOM Tags identifiers; e.g:
                'requested-tags=0010,0010;PatientBirthDate'. The tags requested tags are returned in the
                'RequestedTags' field in the response. Note that, if you are requesting tags that are
                not listed in the Main Dicom Tags stored in DB, building the response might be slow
                since Orthanc will need to access the DICOM files. If not specified, Orthanc will return
                all Main Dicom Tags to keep backward compatibility with Orthanc prior to 1.11.0.
                (Orthanc 1.12.7 and later)
            response_content: Defines the content of response for each returned resource. Allowed values are
                `MainDicomTags`, `Metadata`, `Children`, `Parent`, `Labels`, `Status`, `IsStable`,
                `IsProtected`, `Attachments`. If not specified, Orthanc will return `MainDicomTags`,
                `Metadata`, `Children`, `Parent`, `Labels`, `Status`, `IsStable`, `IsProtected`.e.g:
                'response-content=MainDicomTags;Children (new in Orthanc 1.12.5 - overrides `expand`)
                (Orthanc 1.12.7 and later)
            short: If present, report the DICOM tags in hexadecimal format
            since: Show only the resources since the provided index
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing either the Orthanc identifiers, or detailed information about the
            reported studies (if `expand` argument is provided): `list[str]`; with `expand` and
            `short`: `list[StudyInfoShort]`; else with `expand` and `full`: `list[StudyInfoFull]`;
            else with `expand`: `list[StudyInfo]`.
        """
        if requested_tags is not None:
            await self._session.require_version("1.12.7", "get_studies(requested_tags=...)")
        if response_content is not None:
            await self._session.require_version("1.12.7", "get_studies(response_content=...)")
        content = await self._session.read(
            "GET",
            "/studies",
            params={
                "expand": flag(expand),
                "full": flag(full),
                "limit": limit,
                "requested-tags": requested_tags,
                "response-content": response_content,
                "short": flag(short),
                "since": since_of(since, limit),
            },
            timeout=timeout,
        )
        if expand and short:
            expand_short_answer: list[StudyInfoShort] = adapter(list[StudyInfoShort]).validate_json(
                content
            )
            return expand_short_answer
        if expand and full:
            expand_full_answer: list[StudyInfoFull] = adapter(list[StudyInfoFull]).validate_json(
                content
            )
            return expand_full_answer
        if expand:
            expand_answer: list[StudyInfo] = adapter(list[StudyInfo]).validate_json(content)
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    @overload
    async def get_study(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfo: ...

    @overload
    async def get_study(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfoShort: ...

    @overload
    async def get_study(
        self,
        id: str,
        *,
        full: Literal[True],
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfoFull: ...

    @overload
    async def get_study(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfo | StudyInfoShort | StudyInfoFull: ...

    async def get_study(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfo | StudyInfoShort | StudyInfoFull:
        """Get information about some study. `GET /studies/{id}`

        Orthanc 1.10.1 and later.

        Get detailed information about the DICOM study whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the study of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            requested_tags: If present, list the DICOM Tags you want to list in the response. This argument is a
                semi-column separated list of DICOM Tags identifiers; e.g:
                'requested-tags=0010,0010;PatientBirthDate'. The tags requested tags are returned in the
                'RequestedTags' field in the response. Note that, if you are requesting tags that are
                not listed in the Main Dicom Tags stored in DB, building the response might be slow
                since Orthanc will need to access the DICOM files. If not specified, Orthanc will return
                all Main Dicom Tags to keep backward compatibility with Orthanc prior to 1.11.0.
                (Orthanc 1.12.7 and later)
            short: If present, report the DICOM tags in hexadecimal format
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Information about the DICOM study: `StudyInfo`; with `short`: `StudyInfoShort`; else
            with `full`: `StudyInfoFull`.
        """
        if requested_tags is not None:
            await self._session.require_version("1.12.7", "get_study(requested_tags=...)")
        content = await self._session.read(
            "GET",
            f"/studies/{_quote(id)}",
            params={"full": flag(full), "requested-tags": requested_tags, "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return StudyInfoShort.model_validate_json(content)
        if full:
            return StudyInfoFull.model_validate_json(content)
        return StudyInfo.model_validate_json(content)

    async def post_study_reconstruct(
        self,
        id: str,
        body: PostStudyReconstructBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Reconstruct tags & optionally files of study. `POST /studies/{id}/reconstruct`

        Orthanc 1.10.1 and later.

        Reconstruct the main DICOM tags in DB of the study whose Orthanc identifier is provided in
        the URL. This is useful if child studies/series/instances have inconsistent values for
        higher-level tags, in order to force Orthanc to use the value from the resource of interest.
        Beware that this is a time-consuming operation, as all the children DICOM instances will be
        parsed again, and the Orthanc index will be updated accordingly.

        Args:
            id: Orthanc identifier of the study of interest
            body: The json body. Keys: `LimitToThisLevelMainDicomTags` (Orthanc 1.12.7 and later),
                `ReconstructFiles` (Orthanc 1.12.7 and later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        if "LimitToThisLevelMainDicomTags" in body:
            await self._session.require_version(
                "1.12.7", "post_study_reconstruct(body['LimitToThisLevelMainDicomTags'])"
            )
        if "ReconstructFiles" in body:
            await self._session.require_version(
                "1.12.7", "post_study_reconstruct(body['ReconstructFiles'])"
            )
        await self._session.read(
            "POST",
            f"/studies/{_quote(id)}/reconstruct",
            json=body,
            timeout=timeout,
        )
