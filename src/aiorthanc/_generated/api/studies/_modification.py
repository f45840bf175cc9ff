# generated: do not edit, run make codegen
"""Operations of the `Studies` tag, group `modification` (generated)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import (
    job_body,
)
from aiorthanc._generated.bodies import (
    PostStudyAnonymizeBody,
    PostStudyMergeBody,
    PostStudyModifyBody,
    PostStudySplitBody,
)
from aiorthanc._generated.models import JobSubmitted, MergeResult, ModificationResult, SplitResult
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["StudiesModificationOperations"]


class StudiesModificationOperations:
    """The 4 operations of the `modification` group of `orthanc.api.studies`, inherited by `StudiesApi`."""

    _session: Session

    @overload
    async def post_study_anonymize(
        self,
        id: str,
        body: PostStudyAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult: ...

    @overload
    async def post_study_anonymize(
        self,
        id: str,
        body: PostStudyAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_study_anonymize(
        self,
        id: str,
        body: PostStudyAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted: ...

    async def post_study_anonymize(
        self,
        id: str,
        body: PostStudyAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted:
        """Anonymize study. `POST /studies/{id}/anonymize`

        Orthanc 1.10.1 and later.

        Start a job that will anonymize all the DICOM instances within the study whose identifier is
        provided in the URL. The modified DICOM instances will be stored into a brand new study,
        whose Orthanc identifiers will be returned by the job.
        https://orthanc.uclouvain.be/book/users/anonymization.html#anonymization-of-patients-studies-or-series

        Args:
            id: Orthanc identifier of the study of interest
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
                "1.12.7", "post_study_anonymize(body['KeepLabels'])"
            )
        if "LossyQuality" in body:
            await self._session.require_version(
                "1.12.7", "post_study_anonymize(body['LossyQuality'])"
            )
        if "Transcode" in body:
            await self._session.require_version("1.12.7", "post_study_anonymize(body['Transcode'])")
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_study_anonymize(body['UserData'])")
        content = await self._session.read(
            "POST",
            f"/studies/{_quote(id)}/anonymize",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return ModificationResult.model_validate_json(content)

    @overload
    async def post_study_merge(
        self,
        id: str,
        body: PostStudyMergeBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> MergeResult: ...

    @overload
    async def post_study_merge(
        self,
        id: str,
        body: PostStudyMergeBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_study_merge(
        self,
        id: str,
        body: PostStudyMergeBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> MergeResult | JobSubmitted: ...

    async def post_study_merge(
        self,
        id: str,
        body: PostStudyMergeBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> MergeResult | JobSubmitted:
        """Merge study. `POST /studies/{id}/merge`

        Orthanc 1.10.1 and later.

        Start a new job so as to move some DICOM resources into the DICOM study whose Orthanc
        identifier is provided in the URL:
        https://orthanc.uclouvain.be/book/users/anonymization.html#merging

        Args:
            id: Orthanc identifier of the study of interest
            body: The json body. Keys: `UserData` (Orthanc 1.13.0 and later).
            asynchronous: Run as a job and answer a `JobSubmitted`, else answer the result. It sets the body's
                `Asynchronous` and `Synchronous` (a body that says otherwise raises ValueError).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer: `MergeResult`; with `asynchronous=True`: `JobSubmitted`.
        """
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_study_merge(body['UserData'])")
        content = await self._session.read(
            "POST",
            f"/studies/{_quote(id)}/merge",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return MergeResult.model_validate_json(content)

    @overload
    async def post_study_modify(
        self,
        id: str,
        body: PostStudyModifyBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult: ...

    @overload
    async def post_study_modify(
        self,
        id: str,
        body: PostStudyModifyBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_study_modify(
        self,
        id: str,
        body: PostStudyModifyBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted: ...

    async def post_study_modify(
        self,
        id: str,
        body: PostStudyModifyBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted:
        """Modify study. `POST /studies/{id}/modify`

        Orthanc 1.10.1 and later.

        Start a job that will modify all the DICOM instances within the study whose identifier is
        provided in the URL. The modified DICOM instances will be stored into a brand new study,
        whose Orthanc identifiers will be returned by the job.
        https://orthanc.uclouvain.be/book/users/anonymization.html#modification-of-studies-or-series

        Args:
            id: Orthanc identifier of the study of interest
            body: The json body. Keys: `LossyQuality` (Orthanc 1.12.7 and later), `UserData` (Orthanc
                1.13.0 and later).
            asynchronous: Run as a job and answer a `JobSubmitted`, else answer the result. It sets the body's
                `Asynchronous` and `Synchronous` (a body that says otherwise raises ValueError).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer: `ModificationResult`; with `asynchronous=True`: `JobSubmitted`.
        """
        if "LossyQuality" in body:
            await self._session.require_version("1.12.7", "post_study_modify(body['LossyQuality'])")
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_study_modify(body['UserData'])")
        content = await self._session.read(
            "POST",
            f"/studies/{_quote(id)}/modify",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return ModificationResult.model_validate_json(content)

    @overload
    async def post_study_split(
        self,
        id: str,
        body: PostStudySplitBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SplitResult: ...

    @overload
    async def post_study_split(
        self,
        id: str,
        body: PostStudySplitBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_study_split(
        self,
        id: str,
        body: PostStudySplitBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SplitResult | JobSubmitted: ...

    async def post_study_split(
        self,
        id: str,
        body: PostStudySplitBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SplitResult | JobSubmitted:
        """Split study. `POST /studies/{id}/split`

        Orthanc 1.10.1 and later.

        Start a new job so as to split the DICOM study whose Orthanc identifier is provided in the
        URL, by taking some of its children series or instances out of it and putting them into a
        brand new study (this new study is created by setting the `StudyInstanceUID` tag to a random
        identifier): https://orthanc.uclouvain.be/book/users/anonymization.html#splitting

        Args:
            id: Orthanc identifier of the study of interest
            body: The json body. Keys: `KeepLabels` (Orthanc 1.12.7 and later), `UserData` (Orthanc 1.13.0
                and later).
            asynchronous: Run as a job and answer a `JobSubmitted`, else answer the result. It sets the body's
                `Asynchronous` and `Synchronous` (a body that says otherwise raises ValueError).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer: `SplitResult`; with `asynchronous=True`: `JobSubmitted`.
        """
        if "KeepLabels" in body:
            await self._session.require_version("1.12.7", "post_study_split(body['KeepLabels'])")
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_study_split(body['UserData'])")
        content = await self._session.read(
            "POST",
            f"/studies/{_quote(id)}/split",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return SplitResult.model_validate_json(content)
