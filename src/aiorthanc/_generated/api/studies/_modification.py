# generated: do not edit, run make codegen
"""Operations of the `Studies` tag, group `modification` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._api_support import adapter
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

    async def post_study_anonymize(
        self,
        id: str,
        body: PostStudyAnonymizeBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted:
        """Anonymize study. `POST /studies/{id}/anonymize`

        Start a job that will anonymize all the DICOM instances within the study whose identifier is
        provided in the URL. The modified DICOM instances will be stored into a brand new study,
        whose Orthanc identifiers will be returned by the job.
        https://book.orthanc-server.com/users/anonymization.html#anonymization-of-patients-studies-or-series

        Args:
            id: Orthanc identifier of the study of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        response = await self._session.request(
            "POST",
            f"/studies/{_quote(id)}/anonymize",
            json=body,
            timeout=timeout,
        )
        result: ModificationResult | JobSubmitted = adapter(
            ModificationResult | JobSubmitted
        ).validate_json(response.content)
        return result

    async def post_study_merge(
        self,
        id: str,
        body: PostStudyMergeBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> MergeResult | JobSubmitted:
        """Merge study. `POST /studies/{id}/merge`

        Start a new job so as to move some DICOM resources into the DICOM study whose Orthanc
        identifier is provided in the URL:
        https://book.orthanc-server.com/users/anonymization.html#merging

        Args:
            id: Orthanc identifier of the study of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        response = await self._session.request(
            "POST",
            f"/studies/{_quote(id)}/merge",
            json=body,
            timeout=timeout,
        )
        result: MergeResult | JobSubmitted = adapter(MergeResult | JobSubmitted).validate_json(
            response.content
        )
        return result

    async def post_study_modify(
        self,
        id: str,
        body: PostStudyModifyBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ModificationResult | JobSubmitted:
        """Modify study. `POST /studies/{id}/modify`

        Start a job that will modify all the DICOM instances within the study whose identifier is
        provided in the URL. The modified DICOM instances will be stored into a brand new study,
        whose Orthanc identifiers will be returned by the job.
        https://book.orthanc-server.com/users/anonymization.html#modification-of-studies-or-series

        Args:
            id: Orthanc identifier of the study of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        response = await self._session.request(
            "POST",
            f"/studies/{_quote(id)}/modify",
            json=body,
            timeout=timeout,
        )
        result: ModificationResult | JobSubmitted = adapter(
            ModificationResult | JobSubmitted
        ).validate_json(response.content)
        return result

    async def post_study_split(
        self,
        id: str,
        body: PostStudySplitBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SplitResult | JobSubmitted:
        """Split study. `POST /studies/{id}/split`

        Start a new job so as to split the DICOM study whose Orthanc identifier is provided in the
        URL, by taking some of its children series or instances out of it and putting them into a
        brand new study (this new study is created by setting the `StudyInstanceUID` tag to a random
        identifier): https://book.orthanc-server.com/users/anonymization.html#splitting

        Args:
            id: Orthanc identifier of the study of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        response = await self._session.request(
            "POST",
            f"/studies/{_quote(id)}/split",
            json=body,
            timeout=timeout,
        )
        result: SplitResult | JobSubmitted = adapter(SplitResult | JobSubmitted).validate_json(
            response.content
        )
        return result
