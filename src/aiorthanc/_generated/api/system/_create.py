# generated: do not edit, run make codegen
"""Operations of the `System` tag, group `create` (generated)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING

import httpx

from aiorthanc._generated.bodies import (
    PostToolsCreateArchiveBody,
    PostToolsCreateDicomBody,
    PostToolsCreateMediaBody,
    PostToolsCreateMediaExtendedBody,
)
from aiorthanc._generated.models import UploadResult
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SystemCreateOperations"]


class SystemCreateOperations:
    """The 4 operations of the `create` group of `orthanc.api.system`, inherited by `SystemApi`."""

    _session: Session

    async def post_tools_create_archive(
        self,
        body: PostToolsCreateArchiveBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create ZIP archive. `POST /tools/create-archive`

        Create a ZIP archive containing the DICOM resources (patients, studies, series, or
        instances) whose Orthanc identifiers are provided in the body

        Args:
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._session.request(
            "POST",
            "/tools/create-archive",
            json=body,
            timeout=timeout,
        )
        return response.content

    def stream_post_tools_create_archive(
        self,
        body: PostToolsCreateArchiveBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_tools_create_archive` (POST /tools/create-archive).

        Use as `async with api.system.stream_post_tools_create_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "POST",
            "/tools/create-archive",
            json=body,
            timeout=timeout,
        )

    async def post_tools_create_dicom(
        self,
        body: PostToolsCreateDicomBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> UploadResult:
        """Create one DICOM instance. `POST /tools/create-dicom`

        Create one DICOM instance, and store it into Orthanc

        Args:
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        response = await self._session.request(
            "POST",
            "/tools/create-dicom",
            json=body,
            timeout=timeout,
        )
        return UploadResult.model_validate_json(response.content)

    async def post_tools_create_media(
        self,
        body: PostToolsCreateMediaBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create DICOMDIR media. `POST /tools/create-media`

        Create a DICOMDIR media containing the DICOM resources (patients, studies, series, or
        instances) whose Orthanc identifiers are provided in the body

        Args:
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._session.request(
            "POST",
            "/tools/create-media",
            json=body,
            timeout=timeout,
        )
        return response.content

    def stream_post_tools_create_media(
        self,
        body: PostToolsCreateMediaBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_tools_create_media` (POST /tools/create-media).

        Use as `async with api.system.stream_post_tools_create_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "POST",
            "/tools/create-media",
            json=body,
            timeout=timeout,
        )

    async def post_tools_create_media_extended(
        self,
        body: PostToolsCreateMediaExtendedBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create DICOMDIR media. `POST /tools/create-media-extended`

        Create a DICOMDIR media containing the DICOM resources (patients, studies, series, or
        instances) whose Orthanc identifiers are provided in the body

        Args:
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._session.request(
            "POST",
            "/tools/create-media-extended",
            json=body,
            timeout=timeout,
        )
        return response.content

    def stream_post_tools_create_media_extended(
        self,
        body: PostToolsCreateMediaExtendedBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_tools_create_media_extended` (POST /tools/create-media-extended).

        Use as `async with api.system.stream_post_tools_create_media_extended(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "POST",
            "/tools/create-media-extended",
            json=body,
            timeout=timeout,
        )
