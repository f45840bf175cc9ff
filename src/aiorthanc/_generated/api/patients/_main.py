# generated: do not edit, run make codegen
"""Operations of the `Patients` tag, group `main` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import adapter, flag
from aiorthanc._generated.api._shared.main import ResourceMainOperations
from aiorthanc._generated.bodies import PostPatientAnonymizeBody, PostPatientModifyBody
from aiorthanc._generated.models import (
    InstanceInfo,
    InstanceInfoFull,
    InstanceInfoShort,
    JobSubmitted,
    ModificationResult,
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

__all__ = ["PatientsMainOperations"]


class PatientsMainOperations(ResourceMainOperations):
    """The 12 operations of the `main` group of `orthanc.api.patients`, inherited by `PatientsApi`."""

    _level_route = "patients"

    _session: Session

    delete_patient = ResourceMainOperations._delete_resource
    get_patient_statistics = ResourceMainOperations._get_resource_statistics

    @overload
    async def get_patients(
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
    async def get_patients(
        self,
        *,
        expand: Literal[True],
        full: bool = False,
        limit: int | None = None,
        short: Literal[True],
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[PatientInfoShort]: ...

    @overload
    async def get_patients(
        self,
        *,
        expand: Literal[True],
        full: Literal[True],
        limit: int | None = None,
        short: Literal[False] = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[PatientInfoFull]: ...

    @overload
    async def get_patients(
        self,
        *,
        expand: Literal[True],
        full: Literal[False] = False,
        limit: int | None = None,
        short: Literal[False] = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[PatientInfo]: ...

    @overload
    async def get_patients(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: int | None = None,
        short: bool = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[PatientInfoShort] | list[PatientInfoFull] | list[PatientInfo]: ...

    async def get_patients(
        self,
        *,
        expand: bool = False,
        full: bool = False,
        limit: int | None = None,
        short: bool = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
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
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing either the Orthanc identifiers, or detailed information about the
            reported patients (if `expand` argument is provided): `list[str]`; with `expand` and
            `short`: `list[PatientInfoShort]`; else with `expand` and `full`:
            `list[PatientInfoFull]`; else with `expand`: `list[PatientInfo]`.
        """
        response = await self._session.request(
            "GET",
            "/patients",
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
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo: ...

    @overload
    async def get_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfoShort: ...

    @overload
    async def get_patient(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfoFull: ...

    @overload
    async def get_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull: ...

    async def get_patient(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull:
        """Get information about some patient. `GET /patients/{id}`

        Get detailed information about the DICOM patient whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the patient of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Information about the DICOM patient: `PatientInfo`; with `short`: `PatientInfoShort`;
            else with `full`: `PatientInfoFull`.
        """
        response = await self._session.request(
            "GET",
            f"/patients/{_quote(id)}",
            params={"full": flag(full), "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return PatientInfoShort.model_validate_json(response.content)
        if full:
            return PatientInfoFull.model_validate_json(response.content)
        return PatientInfo.model_validate_json(response.content)

    async def post_patient_anonymize(
        self,
        id: str,
        body: PostPatientAnonymizeBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted:
        """Anonymize patient. `POST /patients/{id}/anonymize`

        Start a job that will anonymize all the DICOM instances within the patient whose identifier
        is provided in the URL. The modified DICOM instances will be stored into a brand new
        patient, whose Orthanc identifiers will be returned by the job.
        https://book.orthanc-server.com/users/anonymization.html#anonymization-of-patients-studies-or-series

        Args:
            id: Orthanc identifier of the patient of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        response = await self._session.request(
            "POST",
            f"/patients/{_quote(id)}/anonymize",
            json=body,
            timeout=timeout,
        )
        result: ModificationResult | JobSubmitted = adapter(
            ModificationResult | JobSubmitted
        ).validate_json(response.content)
        return result

    @overload
    async def get_patient_instances(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo]: ...

    @overload
    async def get_patient_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfoShort]: ...

    @overload
    async def get_patient_instances(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfoFull]: ...

    @overload
    async def get_patient_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo] | list[InstanceInfoShort] | list[InstanceInfoFull]: ...

    async def get_patient_instances(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[InstanceInfo] | list[InstanceInfoShort] | list[InstanceInfoFull]:
        """Get child instances. `GET /patients/{id}/instances`

        Get detailed information about the child instances of the DICOM patient whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest
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
            f"/patients/{_quote(id)}/instances",
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

    async def post_patient_modify(
        self,
        id: str,
        body: PostPatientModifyBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted:
        """Modify patient. `POST /patients/{id}/modify`

        Start a job that will modify all the DICOM instances within the patient whose identifier is
        provided in the URL. The modified DICOM instances will be stored into a brand new patient,
        whose Orthanc identifiers will be returned by the job.
        https://book.orthanc-server.com/users/anonymization.html#modification-of-studies-or-series

        Args:
            id: Orthanc identifier of the patient of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        response = await self._session.request(
            "POST",
            f"/patients/{_quote(id)}/modify",
            json=body,
            timeout=timeout,
        )
        result: ModificationResult | JobSubmitted = adapter(
            ModificationResult | JobSubmitted
        ).validate_json(response.content)
        return result

    async def get_patient_protected(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Is the patient protected against recycling?. `GET /patients/{id}/protected`

        Is the patient protected against recycling?

        Args:
            id: Orthanc identifier of the patient of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            `1` if protected, `0` if not protected
        """
        response = await self._session.request(
            "GET",
            f"/patients/{_quote(id)}/protected",
            timeout=timeout,
        )
        return response.text

    async def put_patient_protected(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Protect one patient against recycling. `PUT /patients/{id}/protected`

        Check out configuration options `MaximumStorageSize` and `MaximumPatientCount`

        Args:
            id: Orthanc identifier of the patient of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.request(
            "PUT",
            f"/patients/{_quote(id)}/protected",
            timeout=timeout,
        )

    async def post_patient_reconstruct(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Reconstruct tags of patient. `POST /patients/{id}/reconstruct`

        Reconstruct the main DICOM tags of the patient whose Orthanc identifier is provided in the
        URL. This is useful if child studies/series/instances have inconsistent values for
        higher-level tags, in order to force Orthanc to use the value from the resource of interest.
        Beware that this is a time-consuming operation, as all the children DICOM instances will be
        parsed again, and the Orthanc index will be updated accordingly.

        Args:
            id: Orthanc identifier of the patient of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.request(
            "POST",
            f"/patients/{_quote(id)}/reconstruct",
            timeout=timeout,
        )

    @overload
    async def get_patient_series(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfo]: ...

    @overload
    async def get_patient_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfoShort]: ...

    @overload
    async def get_patient_series(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfoFull]: ...

    @overload
    async def get_patient_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfo] | list[SeriesInfoShort] | list[SeriesInfoFull]: ...

    async def get_patient_series(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[SeriesInfo] | list[SeriesInfoShort] | list[SeriesInfoFull]:
        """Get child series. `GET /patients/{id}/series`

        Get detailed information about the child series of the DICOM patient whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest
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
            f"/patients/{_quote(id)}/series",
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

    @overload
    async def get_patient_studies(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[StudyInfo]: ...

    @overload
    async def get_patient_studies(
        self,
        id: str,
        *,
        full: bool = False,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[StudyInfoShort]: ...

    @overload
    async def get_patient_studies(
        self,
        id: str,
        *,
        full: Literal[True],
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[StudyInfoFull]: ...

    @overload
    async def get_patient_studies(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[StudyInfo] | list[StudyInfoShort] | list[StudyInfoFull]: ...

    async def get_patient_studies(
        self,
        id: str,
        *,
        full: bool = False,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[StudyInfo] | list[StudyInfoShort] | list[StudyInfoFull]:
        """Get child studies. `GET /patients/{id}/studies`

        Get detailed information about the child studies of the DICOM patient whose Orthanc
        identifier is provided in the URL

        Args:
            id: Orthanc identifier of the patient of interest
            full: If present, report the DICOM tags in full format (tags indexed by their hexadecimal
                format, associated with their symbolic name and their value)
            short: If present, report the DICOM tags in hexadecimal format
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing information about the child DICOM studies: `list[StudyInfo]`; with
            `short`: `list[StudyInfoShort]`; else with `full`: `list[StudyInfoFull]`.
        """
        response = await self._session.request(
            "GET",
            f"/patients/{_quote(id)}/studies",
            params={"full": flag(full), "short": flag(short)},
            timeout=timeout,
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
