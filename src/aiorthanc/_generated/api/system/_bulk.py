# generated: do not edit, run make codegen
"""Operations of the `System` tag, group `bulk` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._api_support import adapter
from aiorthanc._generated.bodies import (
    PostToolsBulkAnonymizeBody,
    PostToolsBulkContentBody,
    PostToolsBulkDeleteBody,
    PostToolsBulkModifyBody,
)
from aiorthanc._generated.models import BulkModificationResult, FoundResource, JobSubmitted
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SystemBulkOperations"]


class SystemBulkOperations:
    """The 4 operations of the `bulk` group of `orthanc.api.system`, inherited by `SystemApi`."""

    _session: Session

    async def post_tools_bulk_anonymize(
        self,
        body: PostToolsBulkAnonymizeBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> BulkModificationResult | JobSubmitted:
        """Anonymize a set of resources. `POST /tools/bulk-anonymize`

        Start a job that will anonymize all the DICOM patients, studies, series or instances whose
        identifiers are provided in the `Resources` field.

        Args:
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The list of all the resources that have been created by this anonymization
        """
        response = await self._session.request(
            "POST",
            "/tools/bulk-anonymize",
            json=body,
            timeout=timeout,
        )
        result: BulkModificationResult | JobSubmitted = adapter(
            BulkModificationResult | JobSubmitted
        ).validate_json(response.content)
        return result

    async def post_tools_bulk_content(
        self,
        body: PostToolsBulkContentBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[FoundResource]:
        """Describe a set of resources. `POST /tools/bulk-content`

        Get the content all the DICOM patients, studies, series or instances whose identifiers are
        provided in the `Resources` field, in one single call.

        Args:
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        response = await self._session.request(
            "POST",
            "/tools/bulk-content",
            json=body,
            timeout=timeout,
        )
        result: list[FoundResource] = adapter(list[FoundResource]).validate_json(response.content)
        return result

    async def post_tools_bulk_delete(
        self,
        body: PostToolsBulkDeleteBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Delete a set of resources. `POST /tools/bulk-delete`

        Delete all the DICOM patients, studies, series or instances whose identifiers are provided
        in the `Resources` field.

        Args:
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.request(
            "POST",
            "/tools/bulk-delete",
            json=body,
            timeout=timeout,
        )

    async def post_tools_bulk_modify(
        self,
        body: PostToolsBulkModifyBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> BulkModificationResult | JobSubmitted:
        """Modify a set of resources. `POST /tools/bulk-modify`

        Start a job that will modify all the DICOM patients, studies, series or instances whose
        identifiers are provided in the `Resources` field.

        Args:
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The list of all the resources that have been altered by this modification
        """
        response = await self._session.request(
            "POST",
            "/tools/bulk-modify",
            json=body,
            timeout=timeout,
        )
        result: BulkModificationResult | JobSubmitted = adapter(
            BulkModificationResult | JobSubmitted
        ).validate_json(response.content)
        return result
