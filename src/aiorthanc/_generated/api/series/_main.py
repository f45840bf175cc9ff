# generated: do not edit, run make codegen
"""Operations of the `Series` tag, group `main` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import adapter, flag
from aiorthanc._generated.api._shared.main import ResourceMainOperations
from aiorthanc._generated.bodies import PostSeriesAnonymizeBody, PostSeriesModifyBody
from aiorthanc._generated.models import (
    InstanceInfo,
    InstanceInfoFull,
    InstanceInfoShort,
    JobSubmitted,
    ModificationResult,
    OrderedSlices,
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

__all__ = ["SeriesMainOperations"]


class SeriesMainOperations(ResourceMainOperations):
    """The 12 operations of the `main` group of `orthanc.api.series`, inherited by `SeriesApi`."""

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
        short: bool = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[SeriesInfoShort] | list[SeriesInfoFull] | list[SeriesInfo]:
        """List the available series. `GET /series`

        List the Orthanc identifiers of all the available DICOM series

        Args:
            expand: If present, retrieve detailed information about the individual series
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            limit: Limit the number of results
            short: If present, report the DICOM tags in hexadecimal format
            since: Show only the resources since the provided index
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing either the Orthanc identifiers, or detailed information about the
            reported series (if `expand` argument is provided): `list[str]`; with `expand` and
            `short`: `list[SeriesInfoShort]`; else with `expand` and `full`: `list[SeriesInfoFull]`;
            else with `expand`: `list[SeriesInfo]`.
        """
        response = await self._session.request(
            "GET",
            "/series",
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
            expand_short_answer: list[SeriesInfoShort] = adapter(
                list[SeriesInfoShort]
            ).validate_json(response.content)
            return expand_short_answer
        if expand and full:
            expand_full_answer: list[SeriesInfoFull] = adapter(list[SeriesInfoFull]).validate_json(
                response.content
            )
            return expand_full_answer
        if expand:
            expand_answer: list[SeriesInfo] = adapter(list[SeriesInfo]).validate_json(
                response.content
            )
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    @overload
    async def get_series_by_id(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfo: ...

    @overload
    async def get_series_by_id(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfoShort: ...

    @overload
    async def get_series_by_id(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfoFull: ...

    @overload
    async def get_series_by_id(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfo | SeriesInfoShort | SeriesInfoFull: ...

    async def get_series_by_id(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfo | SeriesInfoShort | SeriesInfoFull:
        """Get information about some series. `GET /series/{id}`

        Get detailed information about the DICOM series whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the series of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Information about the DICOM series: `SeriesInfo`; with `short`: `SeriesInfoShort`; else
            with `full`: `SeriesInfoFull`.
        """
        response = await self._session.request(
            "GET",
            f"/series/{_quote(id)}",
            params={"full": flag(full), "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return SeriesInfoShort.model_validate_json(response.content)
        if full:
            return SeriesInfoFull.model_validate_json(response.content)
        return SeriesInfo.model_validate_json(response.content)

    async def post_series_anonymize(
        self,
        id: str,
        body: PostSeriesAnonymizeBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted:
        """Anonymize series. `POST /series/{id}/anonymize`

        Start a job that will anonymize all the DICOM instances within the series whose identifier
        is provided in the URL. The modified DICOM instances will be stored into a brand new series,
        whose Orthanc identifiers will be returned by the job.
        https://book.orthanc-server.com/users/anonymization.html#anonymization-of-patients-studies-or-series

        Args:
            id: Orthanc identifier of the series of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        response = await self._session.request(
            "POST",
            f"/series/{_quote(id)}/anonymize",
            json=body,
            timeout=timeout,
        )
        result: ModificationResult | JobSubmitted = adapter(
            ModificationResult | JobSubmitted
        ).validate_json(response.content)
        return result

    @overload
    async def get_series_instances(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo]: ...

    @overload
    async def get_series_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfoShort]: ...

    @overload
    async def get_series_instances(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfoFull]: ...

    @overload
    async def get_series_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo] | list[InstanceInfoShort] | list[InstanceInfoFull]: ...

    async def get_series_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo] | list[InstanceInfoShort] | list[InstanceInfoFull]:
        """Get child instances. `GET /series/{id}/instances`

        Get detailed information about the child instances of the DICOM series whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the series of interest
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
            f"/series/{_quote(id)}/instances",
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

    async def post_series_modify(
        self,
        id: str,
        body: PostSeriesModifyBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted:
        """Modify series. `POST /series/{id}/modify`

        Start a job that will modify all the DICOM instances within the series whose identifier is
        provided in the URL. The modified DICOM instances will be stored into a brand new series,
        whose Orthanc identifiers will be returned by the job.
        https://book.orthanc-server.com/users/anonymization.html#modification-of-studies-or-series

        Args:
            id: Orthanc identifier of the series of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        response = await self._session.request(
            "POST",
            f"/series/{_quote(id)}/modify",
            json=body,
            timeout=timeout,
        )
        result: ModificationResult | JobSubmitted = adapter(
            ModificationResult | JobSubmitted
        ).validate_json(response.content)
        return result

    async def get_series_numpy(
        self,
        id: str,
        *,
        compress: bool | None = None,
        rescale: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Decode series for numpy. `GET /series/{id}/numpy`

        Decode the given DICOM series, for use with numpy in Python. The numpy array has 4
        dimensions: (frame, height, width, color channel).

        Args:
            id: Orthanc identifier of the DICOM resource of interest
            compress: Compress the file as `.npz`
            rescale: On grayscale images, apply the rescaling and return floating-point values
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Numpy file: https://numpy.org/devdocs/reference/generated/numpy.lib.format.html
        """
        response = await self._session.request(
            "GET",
            f"/series/{_quote(id)}/numpy",
            params={"compress": compress, "rescale": rescale},
            timeout=timeout,
        )
        return response.text

    async def get_series_ordered_slices(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> OrderedSlices:
        """Order the slices. `GET /series/{id}/ordered-slices`

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
        response = await self._session.request(
            "GET",
            f"/series/{_quote(id)}/ordered-slices",
            timeout=timeout,
        )
        return OrderedSlices.model_validate_json(response.content)

    @overload
    async def get_series_patient(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo: ...

    @overload
    async def get_series_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfoShort: ...

    @overload
    async def get_series_patient(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfoFull: ...

    @overload
    async def get_series_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull: ...

    async def get_series_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull:
        """Get parent patient. `GET /series/{id}/patient`

        Get detailed information about the parent patient of the DICOM series whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the series of interest
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
            f"/series/{_quote(id)}/patient",
            params={"full": flag(full), "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return PatientInfoShort.model_validate_json(response.content)
        if full:
            return PatientInfoFull.model_validate_json(response.content)
        return PatientInfo.model_validate_json(response.content)

    async def post_series_reconstruct(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Reconstruct tags of series. `POST /series/{id}/reconstruct`

        Reconstruct the main DICOM tags of the series whose Orthanc identifier is provided in the
        URL. This is useful if child studies/series/instances have inconsistent values for
        higher-level tags, in order to force Orthanc to use the value from the resource of interest.
        Beware that this is a time-consuming operation, as all the children DICOM instances will be
        parsed again, and the Orthanc index will be updated accordingly.

        Args:
            id: Orthanc identifier of the series of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.request(
            "POST",
            f"/series/{_quote(id)}/reconstruct",
            timeout=timeout,
        )

    @overload
    async def get_series_study(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfo: ...

    @overload
    async def get_series_study(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfoShort: ...

    @overload
    async def get_series_study(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfoFull: ...

    @overload
    async def get_series_study(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfo | StudyInfoShort | StudyInfoFull: ...

    async def get_series_study(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfo | StudyInfoShort | StudyInfoFull:
        """Get parent study. `GET /series/{id}/study`

        Get detailed information about the parent study of the DICOM series whose Orthanc identifier
        is provided in the URL

        Args:
            id: Orthanc identifier of the series of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Information about the parent DICOM study: `StudyInfo`; with `short`: `StudyInfoShort`;
            else with `full`: `StudyInfoFull`.
        """
        response = await self._session.request(
            "GET",
            f"/series/{_quote(id)}/study",
            params={"full": flag(full), "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return StudyInfoShort.model_validate_json(response.content)
        if full:
            return StudyInfoFull.model_validate_json(response.content)
        return StudyInfo.model_validate_json(response.content)
