# generated: do not edit, run make codegen
"""Operations of the `Studies` tag, group `main` (generated)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Literal, overload

import httpx

from aiorthanc._api_support import adapter, flag
from aiorthanc._generated.bodies import PostStudyArchiveBody, PostStudyMediaBody
from aiorthanc._generated.models import (
    DeletionResult,
    InstanceInfo,
    InstanceInfoFull,
    InstanceInfoShort,
    PatientInfo,
    PatientInfoFull,
    PatientInfoShort,
    ResourceStatistics,
    SeriesInfo,
    SeriesInfoFull,
    SeriesInfoShort,
    StudyInfo,
    StudyInfoFull,
    StudyInfoShort,
)
from aiorthanc._paths import quote_segment as _quote

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["StudiesMainOperations"]


class StudiesMainOperations:
    """The 12 operations of the `main` group of `orthanc.api.studies`, inherited by `StudiesApi`."""

    _client: Session

    @overload
    async def get_studies(
        self,
        *,
        expand: Literal[False] = False,
        full: Literal[False] = False,
        limit: float | None = None,
        short: Literal[False] = False,
        since: float | None = None,
    ) -> list[str]: ...

    @overload
    async def get_studies(
        self,
        *,
        expand: Literal[True],
        full: bool = False,
        limit: float | None = None,
        short: Literal[True],
        since: float | None = None,
    ) -> list[StudyInfoShort]: ...

    @overload
    async def get_studies(
        self,
        *,
        expand: Literal[True],
        full: Literal[True],
        limit: float | None = None,
        short: Literal[False] = False,
        since: float | None = None,
    ) -> list[StudyInfoFull]: ...

    @overload
    async def get_studies(
        self,
        *,
        expand: Literal[True],
        full: Literal[False] = False,
        limit: float | None = None,
        short: Literal[False] = False,
        since: float | None = None,
    ) -> list[StudyInfo]: ...

    @overload
    async def get_studies(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: float | None = None,
        short: bool = False,
        since: float | None = None,
    ) -> list[str] | list[StudyInfoShort] | list[StudyInfoFull] | list[StudyInfo]: ...

    async def get_studies(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: float | None = None,
        short: bool = False,
        since: float | None = None,
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

        Returns:
            JSON array containing either the Orthanc identifiers, or detailed information about the
            reported studies (if `expand` argument is provided): `list[str]`; with `expand` and
            `short`: `list[StudyInfoShort]`; else with `expand` and `full`: `list[StudyInfoFull]`;
            else with `expand`: `list[StudyInfo]`.
        """
        response = await self._client.request(
            "GET",
            "/studies",
            params={
                "expand": flag(expand),
                "full": flag(full),
                "limit": limit,
                "short": flag(short),
                "since": since,
            },
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
    ) -> StudyInfo: ...

    @overload
    async def get_study(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
    ) -> StudyInfoShort: ...

    @overload
    async def get_study(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
    ) -> StudyInfoFull: ...

    @overload
    async def get_study(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> StudyInfo | StudyInfoShort | StudyInfoFull: ...

    async def get_study(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> StudyInfo | StudyInfoShort | StudyInfoFull:
        """Get information about some study. `GET /studies/{id}`

        Get detailed information about the DICOM study whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the study of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            Information about the DICOM study: `StudyInfo`; with `short`: `StudyInfoShort`; else
            with `full`: `StudyInfoFull`.
        """
        response = await self._client.request(
            "GET",
            f"/studies/{_quote(id)}",
            params={"full": flag(full), "short": flag(short)},
        )
        if short:
            return StudyInfoShort.model_validate_json(response.content)
        if full:
            return StudyInfoFull.model_validate_json(response.content)
        return StudyInfo.model_validate_json(response.content)

    async def delete_study(
        self,
        id: str,
    ) -> DeletionResult:
        """Delete some study. `DELETE /studies/{id}`

        Delete the DICOM study whose Orthanc identifier is provided in the URL

        Args:
            id: Orthanc identifier of the study of interest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "DELETE",
            f"/studies/{_quote(id)}",
        )
        return DeletionResult.model_validate_json(response.content)

    async def get_study_archive(
        self,
        id: str,
        *,
        transcode: str | None = None,
    ) -> bytes:
        """Create ZIP archive. `GET /studies/{id}/archive`

        Synchronously create a ZIP archive containing the DICOM study whose Orthanc identifier is
        provided in the URL. This flavor is synchronous, which might *not* be desirable to archive
        large amount of data, as it might lead to network timeouts. Prefer the asynchronous version
        using `POST` method.

        Args:
            id: Orthanc identifier of the study of interest
            transcode: If present, the DICOM files in the archive will be transcoded to the provided transfer
                syntax: https://book.orthanc-server.com/faq/transcoding.html

        Returns:
            ZIP file containing the archive (application/zip)
        """
        response = await self._client.request(
            "GET",
            f"/studies/{_quote(id)}/archive",
            params={"transcode": transcode},
        )
        return response.content

    def stream_study_archive(
        self,
        id: str,
        *,
        transcode: str | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_study_archive` (GET /studies/{id}/archive).

        Use as `async with api.studies.stream_study_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/studies/{_quote(id)}/archive",
            params={"transcode": transcode},
        )

    async def post_study_archive(
        self,
        id: str,
        body: PostStudyArchiveBody,
    ) -> bytes:
        """Create ZIP archive. `POST /studies/{id}/archive`

        Create a ZIP archive containing the DICOM study whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the study of interest
            body: The json body.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._client.request(
            "POST",
            f"/studies/{_quote(id)}/archive",
            json=body,
        )
        return response.content

    def stream_post_study_archive(
        self,
        id: str,
        body: PostStudyArchiveBody,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_study_archive` (POST /studies/{id}/archive).

        Use as `async with api.studies.stream_post_study_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "POST",
            f"/studies/{_quote(id)}/archive",
            json=body,
        )

    @overload
    async def get_study_instances(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
    ) -> list[InstanceInfo]: ...

    @overload
    async def get_study_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
    ) -> list[InstanceInfoShort]: ...

    @overload
    async def get_study_instances(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
    ) -> list[InstanceInfoFull]: ...

    @overload
    async def get_study_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> list[InstanceInfo] | list[InstanceInfoShort] | list[InstanceInfoFull]: ...

    async def get_study_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> list[InstanceInfo] | list[InstanceInfoShort] | list[InstanceInfoFull]:
        """Get child instances. `GET /studies/{id}/instances`

        Get detailed information about the child instances of the DICOM study whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the study of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            JSON array containing information about the child DICOM instances: `list[InstanceInfo]`;
            with `short`: `list[InstanceInfoShort]`; else with `full`: `list[InstanceInfoFull]`.
        """
        response = await self._client.request(
            "GET",
            f"/studies/{_quote(id)}/instances",
            params={"full": flag(full), "short": flag(short)},
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

    async def get_study_media(
        self,
        id: str,
        *,
        extended: bool = False,
        transcode: str | None = None,
    ) -> bytes:
        """Create DICOMDIR media. `GET /studies/{id}/media`

        Synchronously create a DICOMDIR media containing the DICOM study whose Orthanc identifier is
        provided in the URL. This flavor is synchronous, which might *not* be desirable to archive
        large amount of data, as it might lead to network timeouts. Prefer the asynchronous version
        using `POST` method.

        Args:
            id: Orthanc identifier of the study of interest
            extended: If present, will include additional tags such as `SeriesDescription`, leading to a
                so-called *extended DICOMDIR*
            transcode: If present, the DICOM files in the archive will be transcoded to the provided transfer
                syntax: https://book.orthanc-server.com/faq/transcoding.html

        Returns:
            ZIP file containing the archive (application/zip)
        """
        response = await self._client.request(
            "GET",
            f"/studies/{_quote(id)}/media",
            params={"extended": flag(extended), "transcode": transcode},
        )
        return response.content

    def stream_study_media(
        self,
        id: str,
        *,
        extended: bool = False,
        transcode: str | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_study_media` (GET /studies/{id}/media).

        Use as `async with api.studies.stream_study_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/studies/{_quote(id)}/media",
            params={"extended": flag(extended), "transcode": transcode},
        )

    async def post_study_media(
        self,
        id: str,
        body: PostStudyMediaBody,
    ) -> bytes:
        """Create DICOMDIR media. `POST /studies/{id}/media`

        Create a DICOMDIR media containing the DICOM study whose Orthanc identifier is provided in
        the URL

        Args:
            id: Orthanc identifier of the study of interest
            body: The json body.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._client.request(
            "POST",
            f"/studies/{_quote(id)}/media",
            json=body,
        )
        return response.content

    def stream_post_study_media(
        self,
        id: str,
        body: PostStudyMediaBody,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_study_media` (POST /studies/{id}/media).

        Use as `async with api.studies.stream_post_study_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "POST",
            f"/studies/{_quote(id)}/media",
            json=body,
        )

    @overload
    async def get_study_patient(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
    ) -> PatientInfo: ...

    @overload
    async def get_study_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
    ) -> PatientInfoShort: ...

    @overload
    async def get_study_patient(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
    ) -> PatientInfoFull: ...

    @overload
    async def get_study_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull: ...

    async def get_study_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull:
        """Get parent patient. `GET /studies/{id}/patient`

        Get detailed information about the parent patient of the DICOM study whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the study of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            Information about the parent DICOM patient: `PatientInfo`; with `short`:
            `PatientInfoShort`; else with `full`: `PatientInfoFull`.
        """
        response = await self._client.request(
            "GET",
            f"/studies/{_quote(id)}/patient",
            params={"full": flag(full), "short": flag(short)},
        )
        if short:
            return PatientInfoShort.model_validate_json(response.content)
        if full:
            return PatientInfoFull.model_validate_json(response.content)
        return PatientInfo.model_validate_json(response.content)

    async def post_study_reconstruct(
        self,
        id: str,
    ) -> None:
        """Reconstruct tags of study. `POST /studies/{id}/reconstruct`

        Reconstruct the main DICOM tags of the study whose Orthanc identifier is provided in the
        URL. This is useful if child studies/series/instances have inconsistent values for
        higher-level tags, in order to force Orthanc to use the value from the resource of interest.
        Beware that this is a time-consuming operation, as all the children DICOM instances will be
        parsed again, and the Orthanc index will be updated accordingly.

        Args:
            id: Orthanc identifier of the study of interest

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            f"/studies/{_quote(id)}/reconstruct",
        )

    @overload
    async def get_study_series(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
    ) -> list[SeriesInfo]: ...

    @overload
    async def get_study_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
    ) -> list[SeriesInfoShort]: ...

    @overload
    async def get_study_series(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
    ) -> list[SeriesInfoFull]: ...

    @overload
    async def get_study_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> list[SeriesInfo] | list[SeriesInfoShort] | list[SeriesInfoFull]: ...

    async def get_study_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> list[SeriesInfo] | list[SeriesInfoShort] | list[SeriesInfoFull]:
        """Get child series. `GET /studies/{id}/series`

        Get detailed information about the child series of the DICOM study whose Orthanc identifier
        is provided in the URL

        Args:
            id: Orthanc identifier of the study of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            JSON array containing information about the child DICOM series: `list[SeriesInfo]`; with
            `short`: `list[SeriesInfoShort]`; else with `full`: `list[SeriesInfoFull]`.
        """
        response = await self._client.request(
            "GET",
            f"/studies/{_quote(id)}/series",
            params={"full": flag(full), "short": flag(short)},
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

    async def get_study_statistics(
        self,
        id: str,
    ) -> ResourceStatistics:
        """Get study statistics. `GET /studies/{id}/statistics`

        Get statistics about the given study

        Args:
            id: Orthanc identifier of the study of interest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/studies/{_quote(id)}/statistics",
        )
        return ResourceStatistics.model_validate_json(response.content)
