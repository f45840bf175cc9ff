# generated: do not edit, run make codegen
"""Operations of the `System` tag, group `bulk` (generated)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import (
    adapter,
    job_body,
)
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

    @overload
    async def post_tools_bulk_anonymize(
        self,
        body: PostToolsBulkAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> BulkModificationResult: ...

    @overload
    async def post_tools_bulk_anonymize(
        self,
        body: PostToolsBulkAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_tools_bulk_anonymize(
        self,
        body: PostToolsBulkAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> BulkModificationResult | JobSubmitted: ...

    async def post_tools_bulk_anonymize(
        self,
        body: PostToolsBulkAnonymizeBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> BulkModificationResult | JobSubmitted:
        """Anonymize a set of resources. `POST /tools/bulk-anonymize`

        Orthanc 1.10.1 and later.

        Start a job that will anonymize all the DICOM patients, studies, series or instances whose
        identifiers are provided in the `Resources` field.

        Args:
            body: The json body. Keys: `KeepLabels` (Orthanc 1.12.7 and later), `LossyQuality` (Orthanc
                1.12.7 and later), `Transcode` (Orthanc 1.12.7 and later), `UserData` (Orthanc 1.13.0
                and later).
            asynchronous: Run as a job and answer a `JobSubmitted`, else answer the result. It sets the body's
                `Asynchronous` and `Synchronous` (a body that says otherwise raises ValueError).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The list of all the resources that have been created by this anonymization:
            `BulkModificationResult`; with `asynchronous=True`: `JobSubmitted`.
        """
        if "KeepLabels" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_bulk_anonymize(body['KeepLabels'])"
            )
        if "LossyQuality" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_bulk_anonymize(body['LossyQuality'])"
            )
        if "Transcode" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_bulk_anonymize(body['Transcode'])"
            )
        if "UserData" in body:
            await self._session.require_version(
                "1.13.0", "post_tools_bulk_anonymize(body['UserData'])"
            )
        content = await self._session.read(
            "POST",
            "/tools/bulk-anonymize",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return BulkModificationResult.model_validate_json(content)

    async def post_tools_bulk_content(
        self,
        body: PostToolsBulkContentBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[FoundResource]:
        """Describe a set of resources. `POST /tools/bulk-content`

        Orthanc 1.10.1 and later.

        Get the content all the DICOM patients, studies, series or instances whose identifiers are
        provided in the `Resources` field, in one single call.

        Args:
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "POST",
            "/tools/bulk-content",
            json=body,
            timeout=timeout,
        )
        result: list[FoundResource] = adapter(list[FoundResource]).validate_json(content)
        return result

    async def post_tools_bulk_delete(
        self,
        body: PostToolsBulkDeleteBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Delete a set of resources. `POST /tools/bulk-delete`

        Orthanc 1.10.1 and later.

        Delete all the DICOM patients, studies, series or instances whose identifiers are provided
        in the `Resources` field.

        Args:
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "POST",
            "/tools/bulk-delete",
            json=body,
            timeout=timeout,
        )

    @overload
    async def post_tools_bulk_modify(
        self,
        body: PostToolsBulkModifyBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> BulkModificationResult: ...

    @overload
    async def post_tools_bulk_modify(
        self,
        body: PostToolsBulkModifyBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_tools_bulk_modify(
        self,
        body: PostToolsBulkModifyBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> BulkModificationResult | JobSubmitted: ...

    async def post_tools_bulk_modify(
        self,
        body: PostToolsBulkModifyBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> BulkModificationResult | JobSubmitted:
        """Modify a set of resources. `POST /tools/bulk-modify`

        Orthanc 1.10.1 and later.

        Start a job that will modify all the DICOM patients, studies, series or instances whose
        identifiers are provided in the `Resources` field.

        Args:
            body: The json body. Keys: `LossyQuality` (Orthanc 1.12.7 and later), `UserData` (Orthanc
                1.13.0 and later).
            asynchronous: Run as a job and answer a `JobSubmitted`, else answer the result. It sets the body's
                `Asynchronous` and `Synchronous` (a body that says otherwise raises ValueError).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The list of all the resources that have been altered by this modification:
            `BulkModificationResult`; with `asynchronous=True`: `JobSubmitted`.
        """
        if "LossyQuality" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_bulk_modify(body['LossyQuality'])"
            )
        if "UserData" in body:
            await self._session.require_version(
                "1.13.0", "post_tools_bulk_modify(body['UserData'])"
            )
        content = await self._session.read(
            "POST",
            "/tools/bulk-modify",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return BulkModificationResult.model_validate_json(content)
