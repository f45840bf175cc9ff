# generated: do not edit, run make codegen
"""Operations of the `Instances` tag, group `main` (generated)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Literal, overload

import httpx

from aiorthanc._api_support import adapter, flag, headers
from aiorthanc._content import RequestContent
from aiorthanc._generated.api._shared.main import ResourceMainOperations
from aiorthanc._generated.bodies import PostInstanceAnonymizeBody, PostInstanceModifyBody
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
    UploadResult,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["InstancesMainOperations"]


class InstancesMainOperations(ResourceMainOperations):
    """The 14 operations of the `main` group of `orthanc.api.instances`, inherited by `InstancesApi`."""

    _level_route = "instances"

    _session: Session

    delete_instance = ResourceMainOperations._delete_resource
    get_instance_statistics = ResourceMainOperations._get_resource_statistics

    @overload
    async def get_instances(
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
    async def get_instances(
        self,
        *,
        expand: Literal[True],
        full: bool = False,
        limit: int | None = None,
        short: Literal[True],
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfoShort]: ...

    @overload
    async def get_instances(
        self,
        *,
        expand: Literal[True],
        full: Literal[True],
        limit: int | None = None,
        short: Literal[False] = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfoFull]: ...

    @overload
    async def get_instances(
        self,
        *,
        expand: Literal[True],
        full: Literal[False] = False,
        limit: int | None = None,
        short: Literal[False] = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo]: ...

    @overload
    async def get_instances(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: int | None = None,
        short: bool = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[InstanceInfoShort] | list[InstanceInfoFull] | list[InstanceInfo]: ...

    async def get_instances(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: int | None = None,
        short: bool = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[InstanceInfoShort] | list[InstanceInfoFull] | list[InstanceInfo]:
        """List the available instances. `GET /instances`

        List the Orthanc identifiers of all the available DICOM instances

        Args:
            expand: If present, retrieve detailed information about the individual instances
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            limit: Limit the number of results
            short: If present, report the DICOM tags in hexadecimal format
            since: Show only the resources since the provided index
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing either the Orthanc identifiers, or detailed information about the
            reported instances (if `expand` argument is provided): `list[str]`; with `expand` and
            `short`: `list[InstanceInfoShort]`; else with `expand` and `full`:
            `list[InstanceInfoFull]`; else with `expand`: `list[InstanceInfo]`.
        """
        response = await self._session.request(
            "GET",
            "/instances",
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
            expand_short_answer: list[InstanceInfoShort] = adapter(
                list[InstanceInfoShort]
            ).validate_json(response.content)
            return expand_short_answer
        if expand and full:
            expand_full_answer: list[InstanceInfoFull] = adapter(
                list[InstanceInfoFull]
            ).validate_json(response.content)
            return expand_full_answer
        if expand:
            expand_answer: list[InstanceInfo] = adapter(list[InstanceInfo]).validate_json(
                response.content
            )
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def post_instances(
        self,
        body: RequestContent,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> UploadResult | list[UploadResult]:
        """Upload DICOM instances. `POST /instances`

        Upload DICOM instances

        Args:
            body: DICOM file to be uploaded
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Information about the uploaded instance, or list of information for each uploaded
            instance in the case of ZIP archive
        """
        response = await self._session.request(
            "POST",
            "/instances",
            content=body,
            timeout=timeout,
        )
        result: UploadResult | list[UploadResult] = adapter(
            UploadResult | list[UploadResult]
        ).validate_json(response.content)
        return result

    @overload
    async def get_instance(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> InstanceInfo: ...

    @overload
    async def get_instance(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> InstanceInfoShort: ...

    @overload
    async def get_instance(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> InstanceInfoFull: ...

    @overload
    async def get_instance(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> InstanceInfo | InstanceInfoShort | InstanceInfoFull: ...

    async def get_instance(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> InstanceInfo | InstanceInfoShort | InstanceInfoFull:
        """Get information about some instance. `GET /instances/{id}`

        Get detailed information about the DICOM instance whose Orthanc identifier is provided in
        the URL

        Args:
            id: Orthanc identifier of the instance of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Information about the DICOM instance: `InstanceInfo`; with `short`: `InstanceInfoShort`;
            else with `full`: `InstanceInfoFull`.
        """
        response = await self._session.request(
            "GET",
            f"/instances/{_quote(id)}",
            params={"full": flag(full), "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return InstanceInfoShort.model_validate_json(response.content)
        if full:
            return InstanceInfoFull.model_validate_json(response.content)
        return InstanceInfo.model_validate_json(response.content)

    async def post_instance_anonymize(
        self,
        id: str,
        body: PostInstanceAnonymizeBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Anonymize instance. `POST /instances/{id}/anonymize`

        Download an anonymized version of the DICOM instance whose Orthanc identifier is provided in
        the URL:
        https://book.orthanc-server.com/users/anonymization.html#anonymization-of-a-single-instance

        Args:
            id: Orthanc identifier of the instance of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The anonymized DICOM instance (application/dicom)
        """
        response = await self._session.request(
            "POST",
            f"/instances/{_quote(id)}/anonymize",
            json=body,
            timeout=timeout,
        )
        return response.content

    async def get_instance_content(
        self,
        id: str,
        subpath: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Get raw tag. `GET /instances/{id}/content`

        Get the raw content of one DICOM tag in the hierarchy of DICOM dataset

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            subpath: Path to the DICOM tag. This is the interleaving of one DICOM tag, possibly followed by
                an index for sequences. Sequences are accessible as, for instance,
                `/0008-1140/1/0008-1150`
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The raw value of the tag of intereset (binary data, whose memory layout depends on the
            underlying transfer syntax), or JSON array containing the list of available tags if
            accessing a dataset (application/octet-stream)
        """
        response = await self._session.request(
            "GET",
            f"/instances/{_quote(id)}/content/{_quote(subpath, safe='/')}",
            timeout=timeout,
        )
        return response.content

    async def get_instance_file(
        self,
        id: str,
        *,
        accept: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Download DICOM. `GET /instances/{id}/file`

        Download one DICOM instance

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            accept: This HTTP header can be set to retrieve the DICOM instance in DICOMweb format
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The DICOM instance (application/dicom, application/dicom+json, application/dicom+xml)
        """
        response = await self._session.request(
            "GET",
            f"/instances/{_quote(id)}/file",
            headers=headers({"Accept": accept}),
            timeout=timeout,
        )
        return response.content

    def stream_instance_file(
        self,
        id: str,
        *,
        accept: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_file` (GET /instances/{id}/file).

        Use as `async with api.instances.stream_instance_file(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "GET",
            f"/instances/{_quote(id)}/file",
            headers=headers({"Accept": accept}),
            timeout=timeout,
        )

    async def post_instance_modify(
        self,
        id: str,
        body: PostInstanceModifyBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Modify instance. `POST /instances/{id}/modify`

        Download a modified version of the DICOM instance whose Orthanc identifier is provided in
        the URL:
        https://book.orthanc-server.com/users/anonymization.html#modification-of-a-single-instance

        Args:
            id: Orthanc identifier of the instance of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The modified DICOM instance (application/dicom)
        """
        response = await self._session.request(
            "POST",
            f"/instances/{_quote(id)}/modify",
            json=body,
            timeout=timeout,
        )
        return response.content

    @overload
    async def get_instance_patient(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo: ...

    @overload
    async def get_instance_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfoShort: ...

    @overload
    async def get_instance_patient(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfoFull: ...

    @overload
    async def get_instance_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull: ...

    async def get_instance_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull:
        """Get parent patient. `GET /instances/{id}/patient`

        Get detailed information about the parent patient of the DICOM instance whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the instance of interest
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
            f"/instances/{_quote(id)}/patient",
            params={"full": flag(full), "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return PatientInfoShort.model_validate_json(response.content)
        if full:
            return PatientInfoFull.model_validate_json(response.content)
        return PatientInfo.model_validate_json(response.content)

    async def get_instance_pdf(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Get embedded PDF. `GET /instances/{id}/pdf`

        Get the PDF file that is embedded in one DICOM instance. If the DICOM instance doesn't
        contain the `EncapsulatedDocument` tag or if the `MIMETypeOfEncapsulatedDocument` tag
        doesn't correspond to the PDF type, a `404` HTTP error is raised.

        Args:
            id: Orthanc identifier of the instance interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            PDF file (application/pdf)
        """
        response = await self._session.request(
            "GET",
            f"/instances/{_quote(id)}/pdf",
            timeout=timeout,
        )
        return response.content

    def stream_instance_pdf(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_pdf` (GET /instances/{id}/pdf).

        Use as `async with api.instances.stream_instance_pdf(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "GET",
            f"/instances/{_quote(id)}/pdf",
            timeout=timeout,
        )

    async def post_instance_reconstruct(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Reconstruct tags of instance. `POST /instances/{id}/reconstruct`

        Reconstruct the main DICOM tags of the instance whose Orthanc identifier is provided in the
        URL. This is useful if child studies/series/instances have inconsistent values for
        higher-level tags, in order to force Orthanc to use the value from the resource of interest.
        Beware that this is a time-consuming operation, as all the children DICOM instances will be
        parsed again, and the Orthanc index will be updated accordingly.

        Args:
            id: Orthanc identifier of the instance of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.request(
            "POST",
            f"/instances/{_quote(id)}/reconstruct",
            timeout=timeout,
        )

    @overload
    async def get_instance_series(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfo: ...

    @overload
    async def get_instance_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfoShort: ...

    @overload
    async def get_instance_series(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfoFull: ...

    @overload
    async def get_instance_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfo | SeriesInfoShort | SeriesInfoFull: ...

    async def get_instance_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SeriesInfo | SeriesInfoShort | SeriesInfoFull:
        """Get parent series. `GET /instances/{id}/series`

        Get detailed information about the parent series of the DICOM instance whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the instance of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Information about the parent DICOM series: `SeriesInfo`; with `short`:
            `SeriesInfoShort`; else with `full`: `SeriesInfoFull`.
        """
        response = await self._session.request(
            "GET",
            f"/instances/{_quote(id)}/series",
            params={"full": flag(full), "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return SeriesInfoShort.model_validate_json(response.content)
        if full:
            return SeriesInfoFull.model_validate_json(response.content)
        return SeriesInfo.model_validate_json(response.content)

    @overload
    async def get_instance_study(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfo: ...

    @overload
    async def get_instance_study(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfoShort: ...

    @overload
    async def get_instance_study(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfoFull: ...

    @overload
    async def get_instance_study(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfo | StudyInfoShort | StudyInfoFull: ...

    async def get_instance_study(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StudyInfo | StudyInfoShort | StudyInfoFull:
        """Get parent study. `GET /instances/{id}/study`

        Get detailed information about the parent study of the DICOM instance whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the instance of interest
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
            f"/instances/{_quote(id)}/study",
            params={"full": flag(full), "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return StudyInfoShort.model_validate_json(response.content)
        if full:
            return StudyInfoFull.model_validate_json(response.content)
        return StudyInfo.model_validate_json(response.content)
