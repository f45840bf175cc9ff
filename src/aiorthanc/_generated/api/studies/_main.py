# generated: do not edit, run make codegen
"""Operations of the `Studies` tag, group `main` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import adapter, flag
from aiorthanc._generated.api._shared.main import ResourceMainOperations
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
    StudyInfo,
    StudyInfoFull,
    StudyInfoShort,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["StudiesMainOperations"]


class StudiesMainOperations(ResourceMainOperations):
    """The 8 operations of the `main` group of `orthanc.api.studies`, inherited by `StudiesApi`."""

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
        short: bool = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[StudyInfoShort] | list[StudyInfoFull] | list[StudyInfo]:
        """List the available studies. `GET /studies`

        List the Orthanc identifiers of all the available DICOM studies

        Args:
            expand: If present, retrieve detailed information about the individual studies
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            limit: Limit the number of results
            short: If present, report the DICOM tags in hexadecimal format
            since: Show only the resources since the provided index
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing either the Orthanc identifiers, or detailed information about the
            reported studies (if `expand` argument is provided): `list[str]`; with `expand` and
            `short`: `list[StudyInfoShort]`; else with `expand` and `full`: `list[StudyInfoFull]`;
            else with `expand`: `list[StudyInfo]`.
        """
        response = await self._session.request(
            "GET",
            "/studies",
            params={
                "expand": flag(expand),
                "full": flag(full),
                "limit": limit,
                "short": flag(short),
                "since": since,
            },
            timeout=timeout,
        )
        if expand and short:
            expand_short_answer: list[StudyInfoShort] = adapter(list[StudyInfoShort]).validate_json(
                response.content
            )
            return expand_short_answer
        if expand and full:
            expand_full_answer: list[StudyInfoFull] = adapter(list[StudyInfoFull]).validate_json(
                response.content
            )
            return expand_full_answer
        if expand:
            expand_answer: list[StudyInfo] = adapter(list[StudyInfo]).validate_json(
                response.content
            )
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    @overload
    async def get_study(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfo: ...

    @overload
    async def get_study(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfoShort: ...

    @overload
    async def get_study(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfoFull: ...

    @overload
    async def get_study(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfo | StudyInfoShort | StudyInfoFull: ...

    async def get_study(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfo | StudyInfoShort | StudyInfoFull:
        """Get information about some study. `GET /studies/{id}`

        Get detailed information about the DICOM study whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the study of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Information about the DICOM study: `StudyInfo`; with `short`: `StudyInfoShort`; else
            with `full`: `StudyInfoFull`.
        """
        response = await self._session.request(
            "GET",
            f"/studies/{_quote(id)}",
            params={"full": flag(full), "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return StudyInfoShort.model_validate_json(response.content)
        if full:
            return StudyInfoFull.model_validate_json(response.content)
        return StudyInfo.model_validate_json(response.content)

    @overload
    async def get_study_instances(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo]: ...

    @overload
    async def get_study_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfoShort]: ...

    @overload
    async def get_study_instances(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfoFull]: ...

    @overload
    async def get_study_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo] | list[InstanceInfoShort] | list[InstanceInfoFull]: ...

    async def get_study_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo] | list[InstanceInfoShort] | list[InstanceInfoFull]:
        """Get child instances. `GET /studies/{id}/instances`

        Get detailed information about the child instances of the DICOM study whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the study of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing information about the child DICOM instances: `list[InstanceInfo]`;
            with `short`: `list[InstanceInfoShort]`; else with `full`: `list[InstanceInfoFull]`.
        """
        response = await self._session.request(
            "GET",
            f"/studies/{_quote(id)}/instances",
            params={"full": flag(full), "short": flag(short)},
            timeout=timeout,
        )
        if short:
            short_answer: list[InstanceInfoShort] = adapter(list[InstanceInfoShort]).validate_json(
                response.content
            )
            return short_answer
        if full:
            full_answer: list[InstanceInfoFull] = adapter(list[InstanceInfoFull]).validate_json(
                response.content
            )
            return full_answer
        result: list[InstanceInfo] = adapter(list[InstanceInfo]).validate_json(response.content)
        return result

    @overload
    async def get_study_patient(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo: ...

    @overload
    async def get_study_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfoShort: ...

    @overload
    async def get_study_patient(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfoFull: ...

    @overload
    async def get_study_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull: ...

    async def get_study_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull:
        """Get parent patient. `GET /studies/{id}/patient`

        Get detailed information about the parent patient of the DICOM study whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the study of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Information about the parent DICOM patient: `PatientInfo`; with `short`:
            `PatientInfoShort`; else with `full`: `PatientInfoFull`.
        """
        response = await self._session.request(
            "GET",
            f"/studies/{_quote(id)}/patient",
            params={"full": flag(full), "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return PatientInfoShort.model_validate_json(response.content)
        if full:
            return PatientInfoFull.model_validate_json(response.content)
        return PatientInfo.model_validate_json(response.content)

    async def post_study_reconstruct(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Reconstruct tags of study. `POST /studies/{id}/reconstruct`

        Reconstruct the main DICOM tags of the study whose Orthanc identifier is provided in the
        URL. This is useful if child studies/series/instances have inconsistent values for
        higher-level tags, in order to force Orthanc to use the value from the resource of interest.
        Beware that this is a time-consuming operation, as all the children DICOM instances will be
        parsed again, and the Orthanc index will be updated accordingly.

        Args:
            id: Orthanc identifier of the study of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.request(
            "POST",
            f"/studies/{_quote(id)}/reconstruct",
            timeout=timeout,
        )

    @overload
    async def get_study_series(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfo]: ...

    @overload
    async def get_study_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfoShort]: ...

    @overload
    async def get_study_series(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfoFull]: ...

    @overload
    async def get_study_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfo] | list[SeriesInfoShort] | list[SeriesInfoFull]: ...

    async def get_study_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfo] | list[SeriesInfoShort] | list[SeriesInfoFull]:
        """Get child series. `GET /studies/{id}/series`

        Get detailed information about the child series of the DICOM study whose Orthanc identifier
        is provided in the URL

        Args:
            id: Orthanc identifier of the study of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing information about the child DICOM series: `list[SeriesInfo]`; with
            `short`: `list[SeriesInfoShort]`; else with `full`: `list[SeriesInfoFull]`.
        """
        response = await self._session.request(
            "GET",
            f"/studies/{_quote(id)}/series",
            params={"full": flag(full), "short": flag(short)},
            timeout=timeout,
        )
        if short:
            short_answer: list[SeriesInfoShort] = adapter(list[SeriesInfoShort]).validate_json(
                response.content
            )
            return short_answer
        if full:
            full_answer: list[SeriesInfoFull] = adapter(list[SeriesInfoFull]).validate_json(
                response.content
            )
            return full_answer
        result: list[SeriesInfo] = adapter(list[SeriesInfo]).validate_json(response.content)
        return result
