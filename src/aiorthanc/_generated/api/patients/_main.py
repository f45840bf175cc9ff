# generated: do not edit, run make codegen
"""Operations of the `Patients` tag, group `main` (generated)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import (
    adapter,
    flag,
    job_body,
    since_of,
)
from aiorthanc._generated.api._shared.main import ResourceMainOperations
from aiorthanc._generated.bodies import (
    PostPatientAnonymizeBody,
    PostPatientModifyBody,
    PostPatientReconstructBody,
)
from aiorthanc._generated.models import (
    JobSubmitted,
    ModificationResult,
    PatientInfo,
    PatientInfoFull,
    PatientInfoShort,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["PatientsMainOperations"]


class PatientsMainOperations(ResourceMainOperations):
    """The 9 operations of the `main` group of `orthanc.api.patients`, inherited by `PatientsApi`."""

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
        requested_tags: str | None = None,
        response_content: str | None = None,
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
        requested_tags: str | None = None,
        response_content: str | None = None,
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
        requested_tags: str | None = None,
        response_content: str | None = None,
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
        requested_tags: str | None = None,
        response_content: str | None = None,
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
        requested_tags: str | None = None,
        response_content: str | None = None,
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
        requested_tags: str | None = None,
        response_content: str | None = None,
        short: bool = False,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[PatientInfoShort] | list[PatientInfoFull] | list[PatientInfo]:
        """List the available patients. `GET /patients`

        Orthanc 1.10.1 and later.

        List the Orthanc identifiers of all the available DICOM patients

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
            reported patients (if `expand` argument is provided): `list[str]`; with `expand` and
            `short`: `list[PatientInfoShort]`; else with `expand` and `full`:
            `list[PatientInfoFull]`; else with `expand`: `list[PatientInfo]`.
        """
        if requested_tags is not None:
            await self._session.require_version("1.12.7", "get_patients(requested_tags=...)")
        if response_content is not None:
            await self._session.require_version("1.12.7", "get_patients(response_content=...)")
        content = await self._session.read(
            "GET",
            "/patients",
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
            expand_short_answer: list[PatientInfoShort] = adapter(
                list[PatientInfoShort]
            ).validate_json(content)
            return expand_short_answer
        if expand and full:
            expand_full_answer: list[PatientInfoFull] = adapter(
                list[PatientInfoFull]
            ).validate_json(content)
            return expand_full_answer
        if expand:
            expand_answer: list[PatientInfo] = adapter(list[PatientInfo]).validate_json(content)
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    @overload
    async def get_patient(
        self,
        id: str,
        *,
        full: Literal[False] = False,
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo: ...

    @overload
    async def get_patient(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfoShort: ...

    @overload
    async def get_patient(
        self,
        id: str,
        *,
        full: Literal[True],
        requested_tags: str | None = None,
        short: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfoFull: ...

    @overload
    async def get_patient(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull: ...

    async def get_patient(
        self,
        id: str,
        *,
        full: bool = False,
        requested_tags: str | None = None,
        short: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PatientInfo | PatientInfoShort | PatientInfoFull:
        """Get information about some patient. `GET /patients/{id}`

        Orthanc 1.10.1 and later.

        Get detailed information about the DICOM patient whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the patient of interest
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
            Information about the DICOM patient: `PatientInfo`; with `short`: `PatientInfoShort`;
            else with `full`: `PatientInfoFull`.
        """
        if requested_tags is not None:
            await self._session.require_version("1.12.7", "get_patient(requested_tags=...)")
        content = await self._session.read(
            "GET",
            f"/patients/{_quote(id)}",
            params={"full": flag(full), "requested-tags": requested_tags, "short": flag(short)},
            timeout=timeout,
        )
        if short:
            return PatientInfoShort.model_validate_json(content)
        if full:
            return PatientInfoFull.model_validate_json(content)
        return PatientInfo.model_validate_json(content)

    @overload
    async def post_patient_anonymize(
        self,
        id: str,
        body: PostPatientAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult: ...

    @overload
    async def post_patient_anonymize(
        self,
        id: str,
        body: PostPatientAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_patient_anonymize(
        self,
        id: str,
        body: PostPatientAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted: ...

    async def post_patient_anonymize(
        self,
        id: str,
        body: PostPatientAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted:
        """Anonymize patient. `POST /patients/{id}/anonymize`

        Orthanc 1.10.1 and later.

        Start a job that will anonymize all the DICOM instances within the patient whose identifier
        is provided in the URL. The modified DICOM instances will be stored into a brand new
        patient, whose Orthanc identifiers will be returned by the job.
        https://orthanc.uclouvain.be/book/users/anonymization.html#anonymization-of-patients-studies-or-series

        Args:
            id: Orthanc identifier of the patient of interest
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
                "1.12.7", "post_patient_anonymize(body['KeepLabels'])"
            )
        if "LossyQuality" in body:
            await self._session.require_version(
                "1.12.7", "post_patient_anonymize(body['LossyQuality'])"
            )
        if "Transcode" in body:
            await self._session.require_version(
                "1.12.7", "post_patient_anonymize(body['Transcode'])"
            )
        if "UserData" in body:
            await self._session.require_version(
                "1.13.0", "post_patient_anonymize(body['UserData'])"
            )
        content = await self._session.read(
            "POST",
            f"/patients/{_quote(id)}/anonymize",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return ModificationResult.model_validate_json(content)

    @overload
    async def post_patient_modify(
        self,
        id: str,
        body: PostPatientModifyBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult: ...

    @overload
    async def post_patient_modify(
        self,
        id: str,
        body: PostPatientModifyBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_patient_modify(
        self,
        id: str,
        body: PostPatientModifyBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted: ...

    async def post_patient_modify(
        self,
        id: str,
        body: PostPatientModifyBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted:
        """Modify patient. `POST /patients/{id}/modify`

        Orthanc 1.10.1 and later.

        Start a job that will modify all the DICOM instances within the patient whose identifier is
        provided in the URL. The modified DICOM instances will be stored into a brand new patient,
        whose Orthanc identifiers will be returned by the job.
        https://orthanc.uclouvain.be/book/users/anonymization.html#modification-of-studies-or-series

        Args:
            id: Orthanc identifier of the patient of interest
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
                "1.12.7", "post_patient_modify(body['LossyQuality'])"
            )
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_patient_modify(body['UserData'])")
        content = await self._session.read(
            "POST",
            f"/patients/{_quote(id)}/modify",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return ModificationResult.model_validate_json(content)

    async def get_patient_protected(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Is the patient protected against recycling?. `GET /patients/{id}/protected`

        Orthanc 1.10.1 and later.

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
        """Protect/Unprotect a patient against recycling. `PUT /patients/{id}/protected`

        Orthanc 1.10.1 and later.

        Protects a patient by sending `1` or `true` in the payload request. Unprotects a patient by
        sending `0` or `false` in the payload requests. More info:
        https://orthanc.uclouvain.be/book/faq/features.html#recycling-protection

        Args:
            id: Orthanc identifier of the patient of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            f"/patients/{_quote(id)}/protected",
            timeout=timeout,
        )

    async def post_patient_reconstruct(
        self,
        id: str,
        body: PostPatientReconstructBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Reconstruct tags & optionally files of patient. `POST /patients/{id}/reconstruct`

        Orthanc 1.10.1 and later.

        Reconstruct the main DICOM tags in DB of the patient whose Orthanc identifier is provided in
        the URL. This is useful if child studies/series/instances have inconsistent values for
        higher-level tags, in order to force Orthanc to use the value from the resource of interest.
        Beware that this is a time-consuming operation, as all the children DICOM instances will be
        parsed again, and the Orthanc index will be updated accordingly.

        Args:
            id: Orthanc identifier of the patient of interest
            body: The json body. Keys: `LimitToThisLevelMainDicomTags` (Orthanc 1.12.7 and later),
                `ReconstructFiles` (Orthanc 1.12.7 and later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        if "LimitToThisLevelMainDicomTags" in body:
            await self._session.require_version(
                "1.12.7", "post_patient_reconstruct(body['LimitToThisLevelMainDicomTags'])"
            )
        if "ReconstructFiles" in body:
            await self._session.require_version(
                "1.12.7", "post_patient_reconstruct(body['ReconstructFiles'])"
            )
        await self._session.read(
            "POST",
            f"/patients/{_quote(id)}/reconstruct",
            json=body,
            timeout=timeout,
        )
