# generated: do not edit, run make codegen
"""Operations of the `Series` tag, group `main` (generated)."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from aiorthanc._api_support import (
    adapter,
    flag,
    job_body,
    numpy_array,
    since_of,
)
from aiorthanc._generated.api._shared.main import ResourceMainOperations
from aiorthanc._generated.bodies import (
    PostSeriesAnonymizeBody,
    PostSeriesModifyBody,
    PostSeriesReconstructBody,
)
from aiorthanc._generated.models import (
    JobSubmitted,
    ModificationResult,
    OrderedSlices,
    SeriesInfo,
    SeriesInfoFull,
    SeriesInfoShort,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from aiorthanc._session import Session

__all__ = ["SeriesMainOperations"]


class SeriesMainOperations(ResourceMainOperations):
    """The 9 operations of the `main` group of `orthanc.api.series`, inherited by `SeriesApi`."""

    _level_route = "series"

    _session: Session

    delete_series_by_id = ResourceMainOperations._delete_resource
    get_series_statistics = ResourceMainOperations._get_resource_statistics

    @overload
    async def get_series(
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
    async def get_series(
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
    ) -> list[SeriesInfoShort]: ...

    @overload
    async def get_series(
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
    ) -> list[SeriesInfoFull]: ...

    @overload
    async def get_series(
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
    ) -> list[SeriesInfo]: ...

    @overload
    async def get_series(
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
    ) -> list[str] | list[SeriesInfoShort] | list[SeriesInfoFull] | list[SeriesInfo]: ...

    async def get_series(
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
    ) -> list[str] | list[SeriesInfoShort] | list[SeriesInfoFull] | list[SeriesInfo]:
        """List the available series. `GET /series`

        Orthanc 1.10.1 and later.

        List the Orthanc identifiers of all the available DICOM series

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
            reported series (if `expand` argument is provided): `list[str]`; with `expand` and
            `short`: `list[SeriesInfoShort]`; else with `expand` and `full`: `list[SeriesInfoFull]`;
            else with `expand`: `list[SeriesInfo]`.
        """
        if requested_tags is not None:
            await self._session.require_version("1.12.7", "get_series(requested_tags=...)")
        if response_content is not None:
            await self._session.require_version("1.12.7", "get_series(response_content=...)")
        content = await self._session.read(
            "GET",
            "/series",
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
            expand_short_answer: list[SeriesInfoShort] = adapter(
                list[SeriesInfoShort]
            ).validate_json(content)
            return expand_short_answer
        if expand and full:
            expand_full_answer: list[SeriesInfoFull] = adapter(list[SeriesInfoFull]).validate_json(
                content
            )
            return expand_full_answer
        if expand:
            expand_answer: list[SeriesInfo] = adapter(list[SeriesInfo]).validate_json(content)
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    @overload
    async def get_series_by_id(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfo: ...

    @overload
    async def get_series_by_id(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfoShort: ...

    @overload
    async def get_series_by_id(
        self,
        id: str,
        *,
        full: Literal[True],
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfoFull: ...

    @overload
    async def get_series_by_id(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfo | SeriesInfoShort | SeriesInfoFull: ...

    async def get_series_by_id(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfo | SeriesInfoShort | SeriesInfoFull:
        """Get information about some series. `GET /series/{id}`

        Orthanc 1.10.1 and later.

        Get detailed information about the DICOM series whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the series of interest
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
            Information about the DICOM series: `SeriesInfo`; with `short`: `SeriesInfoShort`; else
            with `full`: `SeriesInfoFull`.
        """
        if requested_tags is not None:
            await self._session.require_version("1.12.7", "get_series_by_id(requested_tags=...)")
        content = await self._session.read(
            "GET",
            f"/series/{_quote(id)}",
            params={"full": flag(full), "requested-tags": requested_tags, "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return SeriesInfoShort.model_validate_json(content)
        if full:
            return SeriesInfoFull.model_validate_json(content)
        return SeriesInfo.model_validate_json(content)

    @overload
    async def post_series_anonymize(
        self,
        id: str,
        body: PostSeriesAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult: ...

    @overload
    async def post_series_anonymize(
        self,
        id: str,
        body: PostSeriesAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_series_anonymize(
        self,
        id: str,
        body: PostSeriesAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted: ...

    async def post_series_anonymize(
        self,
        id: str,
        body: PostSeriesAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted:
        """Anonymize series. `POST /series/{id}/anonymize`

        Orthanc 1.10.1 and later.

        Start a job that will anonymize all the DICOM instances within the series whose identifier
        is provided in the URL. The modified DICOM instances will be stored into a brand new series,
        whose Orthanc identifiers will be returned by the job.
        https://orthanc.uclouvain.be/book/users/anonymization.html#anonymization-of-patients-studies-or-series

        Args:
            id: Orthanc identifier of the series of interest
            body: The json body. Keys: `KeepLabels` (Orthanc 1.12.7 and later), `LossyQuality` (Orthanc
                1.12.7 and later), `Transcode` (Orthanc 1.12.7 and later), `UserData` (Orthanc 1.13.0
                and later).
            asynchronous: Run as a job and answer a `JobSubmitted`, else answer the result. It sets the body's
                `Asynchronous` and `Synchronous` (a body that says otherwise raises ValueError).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer: `ModificationResult`; with `asynchronous=True`: `JobSubmitted`.
        """
        if "KeepLabels" in body:
            await self._session.require_version(
                "1.12.7", "post_series_anonymize(body['KeepLabels'])"
            )
        if "LossyQuality" in body:
            await self._session.require_version(
                "1.12.7", "post_series_anonymize(body['LossyQuality'])"
            )
        if "Transcode" in body:
            await self._session.require_version(
                "1.12.7", "post_series_anonymize(body['Transcode'])"
            )
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_series_anonymize(body['UserData'])")
        content = await self._session.read(
            "POST",
            f"/series/{_quote(id)}/anonymize",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return ModificationResult.model_validate_json(content)

    @overload
    async def post_series_modify(
        self,
        id: str,
        body: PostSeriesModifyBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult: ...

    @overload
    async def post_series_modify(
        self,
        id: str,
        body: PostSeriesModifyBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_series_modify(
        self,
        id: str,
        body: PostSeriesModifyBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted: ...

    async def post_series_modify(
        self,
        id: str,
        body: PostSeriesModifyBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted:
        """Modify series. `POST /series/{id}/modify`

        Orthanc 1.10.1 and later.

        Start a job that will modify all the DICOM instances within the series whose identifier is
        provided in the URL. The modified DICOM instances will be stored into a brand new series,
        whose Orthanc identifiers will be returned by the job.
        https://orthanc.uclouvain.be/book/users/anonymization.html#modification-of-studies-or-series

        Args:
            id: Orthanc identifier of the series of interest
            body: The json body. Keys: `LossyQuality` (Orthanc 1.12.7 and later), `UserData` (Orthanc
                1.13.0 and later).
            asynchronous: Run as a job and answer a `JobSubmitted`, else answer the result. It sets the body's
                `Asynchronous` and `Synchronous` (a body that says otherwise raises ValueError).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer: `ModificationResult`; with `asynchronous=True`: `JobSubmitted`.
        """
        if "LossyQuality" in body:
            await self._session.require_version(
                "1.12.7", "post_series_modify(body['LossyQuality'])"
            )
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_series_modify(body['UserData'])")
        content = await self._session.read(
            "POST",
            f"/series/{_quote(id)}/modify",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return ModificationResult.model_validate_json(content)

    async def get_series_numpy(
        self,
        id: str,
        *,
        compress: bool | None = None,
        rescale: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Decode series for numpy. `GET /series/{id}/numpy`

        Orthanc 1.10.1 and later.

        Decode the given DICOM series, for use with numpy in Python. The numpy array has 4
        dimensions: (frame, height, width, color channel).

        Args:
            id: Orthanc identifier of the DICOM resource of interest
            compress: Compress the file as `.npz`
            rescale: On grayscale images, apply the rescaling and return floating-point values
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The NumPy .npy file of the pixel data. (application/octet-stream)
        """
        content = await self._session.read(
            "GET",
            f"/series/{_quote(id)}/numpy",
            params={"compress": compress, "rescale": rescale},
            timeout=timeout,
        )
        return content

    def stream_series_numpy(
        self,
        id: str,
        *,
        compress: bool | None = None,
        rescale: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_series_numpy` (GET /series/{id}/numpy).

        Use as `async with api.series.stream_series_numpy(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "GET",
            f"/series/{_quote(id)}/numpy",
            params={"compress": compress, "rescale": rescale},
            timeout=timeout,
        )

    async def get_series_numpy_array(
        self,
        id: str,
        *,
        compress: bool | None = None,
        rescale: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> NDArray[Any]:
        """The answer of `get_series_numpy` (GET /series/{id}/numpy) decoded: a NumPy array.

        Needs NumPy (`OptionalDependencyError` without it).
        """
        data = await self.get_series_numpy(
            id,
            compress=compress,
            rescale=rescale,
            timeout=timeout,
        )
        return numpy_array(data)

    async def get_series_ordered_slices(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> OrderedSlices:
        """Order the slices. `GET /series/{id}/ordered-slices`

        Orthanc 1.10.1 and later.

        Deprecated by Orthanc.

        Sort the instances and frames (slices) of the DICOM series whose Orthanc identifier is
        provided in the URL. This URI is essentially used by the Orthanc Web viewer and by the
        Osimis Web viewer.

        Args:
            id: Orthanc identifier of the series of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "GET",
            f"/series/{_quote(id)}/ordered-slices",
            timeout=timeout,
        )
        return OrderedSlices.model_validate_json(content)

    async def post_series_reconstruct(
        self,
        id: str,
        body: PostSeriesReconstructBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Reconstruct tags & optionally files of series. `POST /series/{id}/reconstruct`

        Orthanc 1.10.1 and later.

        Reconstruct the main DICOM tags in DB of the series whose Orthanc identifier is provided in
        the URL. This is useful if child studies/series/instances have inconsistent values for
        higher-level tags, in order to force Orthanc to use the value from the resource of interest.
        Beware that this is a time-consuming operation, as all the children DICOM instances will be
        parsed again, and the Orthanc index will be updated accordingly.

        Args:
            id: Orthanc identifier of the series of interest
            body: The json body. Keys: `LimitToThisLevelMainDicomTags` (Orthanc 1.12.7 and later),
                `ReconstructFiles` (Orthanc 1.12.7 and later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        if "LimitToThisLevelMainDicomTags" in body:
            await self._session.require_version(
                "1.12.7", "post_series_reconstruct(body['LimitToThisLevelMainDicomTags'])"
            )
        if "ReconstructFiles" in body:
            await self._session.require_version(
                "1.12.7", "post_series_reconstruct(body['ReconstructFiles'])"
            )
        await self._session.read(
            "POST",
            f"/series/{_quote(id)}/reconstruct",
            json=body,
            timeout=timeout,
        )
