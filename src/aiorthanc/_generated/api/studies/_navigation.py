# generated: do not edit, run make codegen
"""Operations of the `Studies` tag, group `navigation` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import (
    adapter,
    flag,
)
from aiorthanc._generated.models import (
    InstanceInfo,
    InstanceInfoFull,
    InstanceInfoShort,
    PatientInfo,
    PatientInfoFull,
    PatientInfoShort,
    SeriesInfo,
    SeriesInfoFull,
    SeriesInfoShort,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["StudiesNavigationOperations"]


class StudiesNavigationOperations:
    """The 3 operations of the `navigation` group of `orthanc.api.studies`, inherited by `StudiesApi`."""

    _session: Session

    @overload
    async def get_study_instances(
        self,
        id: str,
        *,
        expand: bool = False,
        full: Literal[False] = False,
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo]: ...

    @overload
    async def get_study_instances(
        self,
        id: str,
        *,
        expand: bool = False,
        full: bool = False,
        requested_tags: str | None = None,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfoShort]: ...

    @overload
    async def get_study_instances(
        self,
        id: str,
        *,
        expand: bool = False,
        full: Literal[True],
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfoFull]: ...

    @overload
    async def get_study_instances(
        self,
        id: str,
        *,
        expand: bool = False,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo] | list[InstanceInfoShort] | list[InstanceInfoFull]: ...

    async def get_study_instances(
        self,
        id: str,
        *,
        expand: bool = False,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo] | list[InstanceInfoShort] | list[InstanceInfoFull]:
        """Get child instances. `GET /studies/{id}/instances`

        Orthanc 1.10.1 and later.

        Get detailed information about the child instances of the DICOM study whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the study of interest
            expand: If false or missing, only retrieve the list of child instances (Orthanc 1.12.7 and
                later)
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
            JSON array containing information about the child DICOM instances: `list[InstanceInfo]`;
            with `short`: `list[InstanceInfoShort]`; else with `full`: `list[InstanceInfoFull]`.
        """
        if expand:
            await self._session.require_version("1.12.7", "get_study_instances(expand=...)")
        if requested_tags is not None:
            await self._session.require_version("1.12.7", "get_study_instances(requested_tags=...)")
        content = await self._session.read(
            "GET",
            f"/studies/{_quote(id)}/instances",
            params={
                "expand": flag(expand),
                "full": flag(full),
                "requested-tags": requested_tags,
                "short": flag(short),
            },
            timeout=timeout,
        )
        if short:
            short_answer: list[InstanceInfoShort] = adapter(list[InstanceInfoShort]).validate_json(
                content
            )
            return short_answer
        if full:
            full_answer: list[InstanceInfoFull] = adapter(list[InstanceInfoFull]).validate_json(
                content
            )
            return full_answer
        result: list[InstanceInfo] = adapter(list[InstanceInfo]).validate_json(content)
        return result

    @overload
    async def get_study_patient(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo: ...

    @overload
    async def get_study_patient(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfoShort: ...

    @overload
    async def get_study_patient(
        self,
        id: str,
        *,
        full: Literal[True],
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfoFull: ...

    @overload
    async def get_study_patient(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull: ...

    async def get_study_patient(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull:
        """Get parent patient. `GET /studies/{id}/patient`

        Orthanc 1.10.1 and later.

        Get detailed information about the parent patient of the DICOM study whose Orthanc
        identifier is provided in the URL

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
            Information about the parent DICOM patient: `PatientInfo`; with `short`:
            `PatientInfoShort`; else with `full`: `PatientInfoFull`.
        """
        if requested_tags is not None:
            await self._session.require_version("1.12.7", "get_study_patient(requested_tags=...)")
        content = await self._session.read(
            "GET",
            f"/studies/{_quote(id)}/patient",
            params={"full": flag(full), "requested-tags": requested_tags, "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return PatientInfoShort.model_validate_json(content)
        if full:
            return PatientInfoFull.model_validate_json(content)
        return PatientInfo.model_validate_json(content)

    @overload
    async def get_study_series(
        self,
        id: str,
        *,
        expand: bool = False,
        full: Literal[False] = False,
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfo]: ...

    @overload
    async def get_study_series(
        self,
        id: str,
        *,
        expand: bool = False,
        full: bool = False,
        requested_tags: str | None = None,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfoShort]: ...

    @overload
    async def get_study_series(
        self,
        id: str,
        *,
        expand: bool = False,
        full: Literal[True],
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfoFull]: ...

    @overload
    async def get_study_series(
        self,
        id: str,
        *,
        expand: bool = False,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfo] | list[SeriesInfoShort] | list[SeriesInfoFull]: ...

    async def get_study_series(
        self,
        id: str,
        *,
        expand: bool = False,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfo] | list[SeriesInfoShort] | list[SeriesInfoFull]:
        """Get child series. `GET /studies/{id}/series`

        Orthanc 1.10.1 and later.

        Get detailed information about the child series of the DICOM study whose Orthanc identifier
        is provided in the URL

        Args:
            id: Orthanc identifier of the study of interest
            expand: If false or missing, only retrieve the list of child series (Orthanc 1.12.7 and later)
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
            JSON array containing information about the child DICOM series: `list[SeriesInfo]`; with
            `short`: `list[SeriesInfoShort]`; else with `full`: `list[SeriesInfoFull]`.
        """
        if expand:
            await self._session.require_version("1.12.7", "get_study_series(expand=...)")
        if requested_tags is not None:
            await self._session.require_version("1.12.7", "get_study_series(requested_tags=...)")
        content = await self._session.read(
            "GET",
            f"/studies/{_quote(id)}/series",
            params={
                "expand": flag(expand),
                "full": flag(full),
                "requested-tags": requested_tags,
                "short": flag(short),
            },
            timeout=timeout,
        )
        if short:
            short_answer: list[SeriesInfoShort] = adapter(list[SeriesInfoShort]).validate_json(
                content
            )
            return short_answer
        if full:
            full_answer: list[SeriesInfoFull] = adapter(list[SeriesInfoFull]).validate_json(content)
            return full_answer
        result: list[SeriesInfo] = adapter(list[SeriesInfo]).validate_json(content)
        return result
