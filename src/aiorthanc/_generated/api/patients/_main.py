# generated: do not edit, run make codegen
"""Operations of the `Patients` tag, group `main` (generated)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Literal, overload

import httpx

from aiorthanc._api_support import adapter, flag
from aiorthanc._generated.bodies import (
    PostPatientAnonymizeBody,
    PostPatientArchiveBody,
    PostPatientMediaBody,
    PostPatientModifyBody,
)
from aiorthanc._generated.models import (
    DeletionResult,
    InstanceInfo,
    InstanceInfoFull,
    InstanceInfoShort,
    JobSubmitted,
    ModificationResult,
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

__all__ = ["PatientsMainOperations"]


class PatientsMainOperations:
    """The 16 operations of the `main` group of `orthanc.api.patients`, inherited by `PatientsApi`."""

    _client: Session

    @overload
    async def get_patients(
        self,
        *,
        expand: Literal[False] = False,
        full: Literal[False] = False,
        limit: float | None = None,
        short: Literal[False] = False,
        since: float | None = None,
    ) -> list[str]: ...

    @overload
    async def get_patients(
        self,
        *,
        expand: Literal[True],
        full: bool = False,
        limit: float | None = None,
        short: Literal[True],
        since: float | None = None,
    ) -> list[PatientInfoShort]: ...

    @overload
    async def get_patients(
        self,
        *,
        expand: Literal[True],
        full: Literal[True],
        limit: float | None = None,
        short: Literal[False] = False,
        since: float | None = None,
    ) -> list[PatientInfoFull]: ...

    @overload
    async def get_patients(
        self,
        *,
        expand: Literal[True],
        full: Literal[False] = False,
        limit: float | None = None,
        short: Literal[False] = False,
        since: float | None = None,
    ) -> list[PatientInfo]: ...

    @overload
    async def get_patients(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: float | None = None,
        short: bool = False,
        since: float | None = None,
    ) -> list[str] | list[PatientInfoShort] | list[PatientInfoFull] | list[PatientInfo]: ...

    async def get_patients(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: float | None = None,
        short: bool = False,
        since: float | None = None,
    ) -> list[str] | list[PatientInfoShort] | list[PatientInfoFull] | list[PatientInfo]:
        """List the available patients. `GET /patients`

        List the Orthanc identifiers of all the available DICOM patients

        Args:
            expand: If present, retrieve detailed information about the individual patients
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            limit: Limit the number of results
            short: If present, report the DICOM tags in hexadecimal format
            since: Show only the resources since the provided index

        Returns:
            JSON array containing either the Orthanc identifiers, or detailed information about the
            reported patients (if `expand` argument is provided): `list[str]`; with `expand` and
            `short`: `list[PatientInfoShort]`; else with `expand` and `full`:
            `list[PatientInfoFull]`; else with `expand`: `list[PatientInfo]`.
        """
        response = await self._client.request(
            "GET",
            "/patients",
            params={
                "expand": flag(expand),
                "full": flag(full),
                "limit": limit,
                "short": flag(short),
                "since": since,
            },
        )
        if expand and short:
            expand_short_answer: list[PatientInfoShort] = adapter(
                list[PatientInfoShort]
            ).validate_json(response.content)
            return expand_short_answer
        if expand and full:
            expand_full_answer: list[PatientInfoFull] = adapter(
                list[PatientInfoFull]
            ).validate_json(response.content)
            return expand_full_answer
        if expand:
            expand_answer: list[PatientInfo] = adapter(list[PatientInfo]).validate_json(
                response.content
            )
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    @overload
    async def get_patient(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
    ) -> PatientInfo: ...

    @overload
    async def get_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
    ) -> PatientInfoShort: ...

    @overload
    async def get_patient(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
    ) -> PatientInfoFull: ...

    @overload
    async def get_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull: ...

    async def get_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull:
        """Get information about some patient. `GET /patients/{id}`

        Get detailed information about the DICOM patient whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the patient of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            Information about the DICOM patient: `PatientInfo`; with `short`: `PatientInfoShort`;
            else with `full`: `PatientInfoFull`.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}",
            params={"full": flag(full), "short": flag(short)},
        )
        if short:
            return PatientInfoShort.model_validate_json(response.content)
        if full:
            return PatientInfoFull.model_validate_json(response.content)
        return PatientInfo.model_validate_json(response.content)

    async def delete_patient(
        self,
        id: str,
    ) -> DeletionResult:
        """Delete some patient. `DELETE /patients/{id}`

        Delete the DICOM patient whose Orthanc identifier is provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "DELETE",
            f"/patients/{_quote(id)}",
        )
        return DeletionResult.model_validate_json(response.content)

    async def post_patient_anonymize(
        self,
        id: str,
        body: PostPatientAnonymizeBody,
    ) -> ModificationResult | JobSubmitted:
        """Anonymize patient. `POST /patients/{id}/anonymize`

        Start a job that will anonymize all the DICOM instances within the patient whose identifier
        is provided in the URL. The modified DICOM instances will be stored into a brand new
        patient, whose Orthanc identifiers will be returned by the job.
        https://book.orthanc-server.com/users/anonymization.html#anonymization-of-patients-studies-or-series

        Args:
            id: Orthanc identifier of the patient of interest
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/patients/{_quote(id)}/anonymize",
            json=body,
        )
        result: ModificationResult | JobSubmitted = adapter(
            ModificationResult | JobSubmitted
        ).validate_json(response.content)
        return result

    async def get_patient_archive(
        self,
        id: str,
        *,
        transcode: str | None = None,
    ) -> bytes:
        """Create ZIP archive. `GET /patients/{id}/archive`

        Synchronously create a ZIP archive containing the DICOM patient whose Orthanc identifier is
        provided in the URL. This flavor is synchronous, which might *not* be desirable to archive
        large amount of data, as it might lead to network timeouts. Prefer the asynchronous version
        using `POST` method.

        Args:
            id: Orthanc identifier of the patient of interest
            transcode: If present, the DICOM files in the archive will be transcoded to the provided transfer
                syntax: https://book.orthanc-server.com/faq/transcoding.html

        Returns:
            ZIP file containing the archive (application/zip)
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/archive",
            params={"transcode": transcode},
        )
        return response.content

    def stream_patient_archive(
        self,
        id: str,
        *,
        transcode: str | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_patient_archive` (GET /patients/{id}/archive).

        Use as `async with api.patients.stream_patient_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/patients/{_quote(id)}/archive",
            params={"transcode": transcode},
        )

    async def post_patient_archive(
        self,
        id: str,
        body: PostPatientArchiveBody,
    ) -> bytes:
        """Create ZIP archive. `POST /patients/{id}/archive`

        Create a ZIP archive containing the DICOM patient whose Orthanc identifier is provided in
        the URL

        Args:
            id: Orthanc identifier of the patient of interest
            body: The json body.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._client.request(
            "POST",
            f"/patients/{_quote(id)}/archive",
            json=body,
        )
        return response.content

    def stream_post_patient_archive(
        self,
        id: str,
        body: PostPatientArchiveBody,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_patient_archive` (POST /patients/{id}/archive).

        Use as `async with api.patients.stream_post_patient_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "POST",
            f"/patients/{_quote(id)}/archive",
            json=body,
        )

    @overload
    async def get_patient_instances(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
    ) -> list[InstanceInfo]: ...

    @overload
    async def get_patient_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
    ) -> list[InstanceInfoShort]: ...

    @overload
    async def get_patient_instances(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
    ) -> list[InstanceInfoFull]: ...

    @overload
    async def get_patient_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> list[InstanceInfo] | list[InstanceInfoShort] | list[InstanceInfoFull]: ...

    async def get_patient_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> list[InstanceInfo] | list[InstanceInfoShort] | list[InstanceInfoFull]:
        """Get child instances. `GET /patients/{id}/instances`

        Get detailed information about the child instances of the DICOM patient whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            JSON array containing information about the child DICOM instances: `list[InstanceInfo]`;
            with `short`: `list[InstanceInfoShort]`; else with `full`: `list[InstanceInfoFull]`.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/instances",
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

    async def get_patient_media(
        self,
        id: str,
        *,
        extended: bool = False,
        transcode: str | None = None,
    ) -> bytes:
        """Create DICOMDIR media. `GET /patients/{id}/media`

        Synchronously create a DICOMDIR media containing the DICOM patient whose Orthanc identifier
        is provided in the URL. This flavor is synchronous, which might *not* be desirable to
        archive large amount of data, as it might lead to network timeouts. Prefer the asynchronous
        version using `POST` method.

        Args:
            id: Orthanc identifier of the patient of interest
            extended: If present, will include additional tags such as `SeriesDescription`, leading to a
                so-called *extended DICOMDIR*
            transcode: If present, the DICOM files in the archive will be transcoded to the provided transfer
                syntax: https://book.orthanc-server.com/faq/transcoding.html

        Returns:
            ZIP file containing the archive (application/zip)
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/media",
            params={"extended": flag(extended), "transcode": transcode},
        )
        return response.content

    def stream_patient_media(
        self,
        id: str,
        *,
        extended: bool = False,
        transcode: str | None = None,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_patient_media` (GET /patients/{id}/media).

        Use as `async with api.patients.stream_patient_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "GET",
            f"/patients/{_quote(id)}/media",
            params={"extended": flag(extended), "transcode": transcode},
        )

    async def post_patient_media(
        self,
        id: str,
        body: PostPatientMediaBody,
    ) -> bytes:
        """Create DICOMDIR media. `POST /patients/{id}/media`

        Create a DICOMDIR media containing the DICOM patient whose Orthanc identifier is provided in
        the URL

        Args:
            id: Orthanc identifier of the patient of interest
            body: The json body.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._client.request(
            "POST",
            f"/patients/{_quote(id)}/media",
            json=body,
        )
        return response.content

    def stream_post_patient_media(
        self,
        id: str,
        body: PostPatientMediaBody,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_patient_media` (POST /patients/{id}/media).

        Use as `async with api.patients.stream_post_patient_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._client.stream(
            "POST",
            f"/patients/{_quote(id)}/media",
            json=body,
        )

    async def post_patient_modify(
        self,
        id: str,
        body: PostPatientModifyBody,
    ) -> ModificationResult | JobSubmitted:
        """Modify patient. `POST /patients/{id}/modify`

        Start a job that will modify all the DICOM instances within the patient whose identifier is
        provided in the URL. The modified DICOM instances will be stored into a brand new patient,
        whose Orthanc identifiers will be returned by the job.
        https://book.orthanc-server.com/users/anonymization.html#modification-of-studies-or-series

        Args:
            id: Orthanc identifier of the patient of interest
            body: The json body.

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "POST",
            f"/patients/{_quote(id)}/modify",
            json=body,
        )
        result: ModificationResult | JobSubmitted = adapter(
            ModificationResult | JobSubmitted
        ).validate_json(response.content)
        return result

    async def get_patient_protected(
        self,
        id: str,
    ) -> str:
        """Is the patient protected against recycling?. `GET /patients/{id}/protected`

        Is the patient protected against recycling?

        Args:
            id: Orthanc identifier of the patient of interest

        Returns:
            `1` if protected, `0` if not protected
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/protected",
        )
        return response.text

    async def put_patient_protected(
        self,
        id: str,
    ) -> None:
        """Protect one patient against recycling. `PUT /patients/{id}/protected`

        Check out configuration options `MaximumStorageSize` and `MaximumPatientCount`

        Args:
            id: Orthanc identifier of the patient of interest

        Returns:
            Nothing.
        """
        await self._client.request(
            "PUT",
            f"/patients/{_quote(id)}/protected",
        )

    async def post_patient_reconstruct(
        self,
        id: str,
    ) -> None:
        """Reconstruct tags of patient. `POST /patients/{id}/reconstruct`

        Reconstruct the main DICOM tags of the patient whose Orthanc identifier is provided in the
        URL. This is useful if child studies/series/instances have inconsistent values for
        higher-level tags, in order to force Orthanc to use the value from the resource of interest.
        Beware that this is a time-consuming operation, as all the children DICOM instances will be
        parsed again, and the Orthanc index will be updated accordingly.

        Args:
            id: Orthanc identifier of the patient of interest

        Returns:
            Nothing.
        """
        await self._client.request(
            "POST",
            f"/patients/{_quote(id)}/reconstruct",
        )

    @overload
    async def get_patient_series(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
    ) -> list[SeriesInfo]: ...

    @overload
    async def get_patient_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
    ) -> list[SeriesInfoShort]: ...

    @overload
    async def get_patient_series(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
    ) -> list[SeriesInfoFull]: ...

    @overload
    async def get_patient_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> list[SeriesInfo] | list[SeriesInfoShort] | list[SeriesInfoFull]: ...

    async def get_patient_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> list[SeriesInfo] | list[SeriesInfoShort] | list[SeriesInfoFull]:
        """Get child series. `GET /patients/{id}/series`

        Get detailed information about the child series of the DICOM patient whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            JSON array containing information about the child DICOM series: `list[SeriesInfo]`; with
            `short`: `list[SeriesInfoShort]`; else with `full`: `list[SeriesInfoFull]`.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/series",
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

    async def get_patient_statistics(
        self,
        id: str,
    ) -> ResourceStatistics:
        """Get patient statistics. `GET /patients/{id}/statistics`

        Get statistics about the given patient

        Args:
            id: Orthanc identifier of the patient of interest

        Returns:
            The JSON answer.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/statistics",
        )
        return ResourceStatistics.model_validate_json(response.content)

    @overload
    async def get_patient_studies(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
    ) -> list[StudyInfo]: ...

    @overload
    async def get_patient_studies(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
    ) -> list[StudyInfoShort]: ...

    @overload
    async def get_patient_studies(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
    ) -> list[StudyInfoFull]: ...

    @overload
    async def get_patient_studies(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> list[StudyInfo] | list[StudyInfoShort] | list[StudyInfoFull]: ...

    async def get_patient_studies(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
    ) -> list[StudyInfo] | list[StudyInfoShort] | list[StudyInfoFull]:
        """Get child studies. `GET /patients/{id}/studies`

        Get detailed information about the child studies of the DICOM patient whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format

        Returns:
            JSON array containing information about the child DICOM studies: `list[StudyInfo]`; with
            `short`: `list[StudyInfoShort]`; else with `full`: `list[StudyInfoFull]`.
        """
        response = await self._client.request(
            "GET",
            f"/patients/{_quote(id)}/studies",
            params={"full": flag(full), "short": flag(short)},
        )
        if short:
            short_answer: list[StudyInfoShort] = adapter(list[StudyInfoShort]).validate_json(
                response.content
            )
            return short_answer
        if full:
            full_answer: list[StudyInfoFull] = adapter(list[StudyInfoFull]).validate_json(
                response.content
            )
            return full_answer
        result: list[StudyInfo] = adapter(list[StudyInfo]).validate_json(response.content)
        return result
