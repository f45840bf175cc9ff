# generated: do not edit, run make codegen
"""Operations of the `System` tag, group `create` (generated)."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING

import httpx

from aiorthanc._api_support import (
    checked_stream,
)
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
    """The 7 operations of the `create` group of `orthanc.api.system`, inherited by `SystemApi`."""

    _session: Session

    async def get_tools_create_archive(
        self,
        *,
        filename: str | None = None,
        lossy_quality: int | None = None,
        resources: str,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create ZIP archive. `GET /tools/create-archive`

        Orthanc 1.12.7 and later.

        Create a ZIP archive containing the DICOM resources (patients, studies, series, or
        instances) whose Orthanc identifiers are provided in the 'resources' argument

        Args:
            filename: Filename to set in the "Content-Disposition" HTTP header (including file extension)
            lossy_quality: If transcoding to a lossy transfer syntax, this entry defines the quality as an integer
                between 1 and 100. If not provided, the value is defined by the
                "DicomLossyTranscodingQuality" configuration. (new in v1.12.7)
            resources: A comma separated list of Orthanc resource identifiers to include in the ZIP archive.
            transcode: If present, the DICOM files will be transcoded to the provided transfer syntax:
                https://orthanc.uclouvain.be/book/faq/transcoding.html
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The ZIP archive. (application/zip)
        """
        await self._session.require_version("1.12.7", "get_tools_create_archive")
        content = await self._session.read(
            "GET",
            "/tools/create-archive",
            params={
                "filename": filename,
                "lossy-quality": lossy_quality,
                "resources": resources,
                "transcode": transcode,
            },
            timeout=timeout,
        )
        return content

    def stream_tools_create_archive(
        self,
        *,
        filename: str | None = None,
        lossy_quality: int | None = None,
        resources: str,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_tools_create_archive` (GET /tools/create-archive).

        Use as `async with api.system.stream_tools_create_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return checked_stream(
            self._session,
            [
                ("1.12.7", "get_tools_create_archive", True),
            ],
            lambda: self._session.stream(
                "GET",
                "/tools/create-archive",
                params={
                    "filename": filename,
                    "lossy-quality": lossy_quality,
                    "resources": resources,
                    "transcode": transcode,
                },
                timeout=timeout,
            ),
        )

    async def post_tools_create_archive(
        self,
        body: PostToolsCreateArchiveBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create ZIP archive. `POST /tools/create-archive`

        Orthanc 1.10.1 and later.

        Create a ZIP archive containing the DICOM resources (patients, studies, series, or
        instances) whose Orthanc identifiers are provided in the body

        Args:
            body: The json body. Keys: `Filename` (Orthanc 1.12.7 and later), `LossyQuality` (Orthanc
                1.12.7 and later), `UserData` (Orthanc 1.13.0 and later), `Utf8` (Orthanc 1.13.0 and
                later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://orthanc.uclouvain.be/book/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        if "Filename" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_create_archive(body['Filename'])"
            )
        if "LossyQuality" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_create_archive(body['LossyQuality'])"
            )
        if "UserData" in body:
            await self._session.require_version(
                "1.13.0", "post_tools_create_archive(body['UserData'])"
            )
        if "Utf8" in body:
            await self._session.require_version("1.13.0", "post_tools_create_archive(body['Utf8'])")
        content = await self._session.read(
            "POST",
            "/tools/create-archive",
            json=body,
            timeout=timeout,
        )
        return content

    def stream_post_tools_create_archive(
        self,
        body: PostToolsCreateArchiveBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_tools_create_archive` (POST /tools/create-archive).

        Use as `async with api.system.stream_post_tools_create_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return checked_stream(
            self._session,
            [
                ("1.12.7", "post_tools_create_archive(body['Filename'])", "Filename" in body),
                (
                    "1.12.7",
                    "post_tools_create_archive(body['LossyQuality'])",
                    "LossyQuality" in body,
                ),
                ("1.13.0", "post_tools_create_archive(body['UserData'])", "UserData" in body),
                ("1.13.0", "post_tools_create_archive(body['Utf8'])", "Utf8" in body),
            ],
            lambda: self._session.stream(
                "POST",
                "/tools/create-archive",
                json=body,
                timeout=timeout,
            ),
        )

    async def post_tools_create_dicom(
        self,
        body: PostToolsCreateDicomBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> UploadResult:
        """Create one DICOM instance. `POST /tools/create-dicom`

        Orthanc 1.10.1 and later.

        Create one DICOM instance, and store it into Orthanc

        Args:
            body: The json body. Keys: `Encapsulate` (Orthanc 1.12.7 and later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        if "Encapsulate" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_create_dicom(body['Encapsulate'])"
            )
        content = await self._session.read(
            "POST",
            "/tools/create-dicom",
            json=body,
            timeout=timeout,
        )
        return UploadResult.model_validate_json(content)

    async def get_tools_create_media(
        self,
        *,
        filename: str | None = None,
        lossy_quality: int | None = None,
        resources: str,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create DICOMDIR media. `GET /tools/create-media`

        Orthanc 1.12.7 and later.

        Create a DICOMDIR media containing the DICOM resources (patients, studies, series, or
        instances) whose Orthanc identifiers are provided in the 'resources' argument

        Args:
            filename: Filename to set in the "Content-Disposition" HTTP header (including file extension)
            lossy_quality: If transcoding to a lossy transfer syntax, this entry defines the quality as an integer
                between 1 and 100. If not provided, the value is defined by the
                "DicomLossyTranscodingQuality" configuration. (new in v1.12.7)
            resources: A comma separated list of Orthanc resource identifiers to include in the DICOMDIR media.
            transcode: If present, the DICOM files will be transcoded to the provided transfer syntax:
                https://orthanc.uclouvain.be/book/faq/transcoding.html
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The ZIP archive. (application/zip)
        """
        await self._session.require_version("1.12.7", "get_tools_create_media")
        content = await self._session.read(
            "GET",
            "/tools/create-media",
            params={
                "filename": filename,
                "lossy-quality": lossy_quality,
                "resources": resources,
                "transcode": transcode,
            },
            timeout=timeout,
        )
        return content

    def stream_tools_create_media(
        self,
        *,
        filename: str | None = None,
        lossy_quality: int | None = None,
        resources: str,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_tools_create_media` (GET /tools/create-media).

        Use as `async with api.system.stream_tools_create_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return checked_stream(
            self._session,
            [
                ("1.12.7", "get_tools_create_media", True),
            ],
            lambda: self._session.stream(
                "GET",
                "/tools/create-media",
                params={
                    "filename": filename,
                    "lossy-quality": lossy_quality,
                    "resources": resources,
                    "transcode": transcode,
                },
                timeout=timeout,
            ),
        )

    async def post_tools_create_media(
        self,
        body: PostToolsCreateMediaBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create DICOMDIR media. `POST /tools/create-media`

        Orthanc 1.10.1 and later.

        Create a DICOMDIR media containing the DICOM resources (patients, studies, series, or
        instances) whose Orthanc identifiers are provided in the body

        Args:
            body: The json body. Keys: `Filename` (Orthanc 1.12.7 and later), `LossyQuality` (Orthanc
                1.12.7 and later), `UserData` (Orthanc 1.13.0 and later), `Utf8` (Orthanc 1.13.0 and
                later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://orthanc.uclouvain.be/book/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        if "Filename" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_create_media(body['Filename'])"
            )
        if "LossyQuality" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_create_media(body['LossyQuality'])"
            )
        if "UserData" in body:
            await self._session.require_version(
                "1.13.0", "post_tools_create_media(body['UserData'])"
            )
        if "Utf8" in body:
            await self._session.require_version("1.13.0", "post_tools_create_media(body['Utf8'])")
        content = await self._session.read(
            "POST",
            "/tools/create-media",
            json=body,
            timeout=timeout,
        )
        return content

    def stream_post_tools_create_media(
        self,
        body: PostToolsCreateMediaBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_tools_create_media` (POST /tools/create-media).

        Use as `async with api.system.stream_post_tools_create_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return checked_stream(
            self._session,
            [
                ("1.12.7", "post_tools_create_media(body['Filename'])", "Filename" in body),
                ("1.12.7", "post_tools_create_media(body['LossyQuality'])", "LossyQuality" in body),
                ("1.13.0", "post_tools_create_media(body['UserData'])", "UserData" in body),
                ("1.13.0", "post_tools_create_media(body['Utf8'])", "Utf8" in body),
            ],
            lambda: self._session.stream(
                "POST",
                "/tools/create-media",
                json=body,
                timeout=timeout,
            ),
        )

    async def get_tools_create_media_extended(
        self,
        *,
        filename: str | None = None,
        lossy_quality: int | None = None,
        resources: str,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create DICOMDIR media. `GET /tools/create-media-extended`

        Orthanc 1.12.7 and later.

        Create a DICOMDIR media containing the DICOM resources (patients, studies, series, or
        instances) whose Orthanc identifiers are provided in the 'resources' argument

        Args:
            filename: Filename to set in the "Content-Disposition" HTTP header (including file extension)
            lossy_quality: If transcoding to a lossy transfer syntax, this entry defines the quality as an integer
                between 1 and 100. If not provided, the value is defined by the
                "DicomLossyTranscodingQuality" configuration. (new in v1.12.7)
            resources: A comma separated list of Orthanc resource identifiers to include in the DICOMDIR media.
            transcode: If present, the DICOM files will be transcoded to the provided transfer syntax:
                https://orthanc.uclouvain.be/book/faq/transcoding.html
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The ZIP archive. (application/zip)
        """
        await self._session.require_version("1.12.7", "get_tools_create_media_extended")
        content = await self._session.read(
            "GET",
            "/tools/create-media-extended",
            params={
                "filename": filename,
                "lossy-quality": lossy_quality,
                "resources": resources,
                "transcode": transcode,
            },
            timeout=timeout,
        )
        return content

    def stream_tools_create_media_extended(
        self,
        *,
        filename: str | None = None,
        lossy_quality: int | None = None,
        resources: str,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_tools_create_media_extended` (GET /tools/create-media-extended).

        Use as `async with api.system.stream_tools_create_media_extended(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return checked_stream(
            self._session,
            [
                ("1.12.7", "get_tools_create_media_extended", True),
            ],
            lambda: self._session.stream(
                "GET",
                "/tools/create-media-extended",
                params={
                    "filename": filename,
                    "lossy-quality": lossy_quality,
                    "resources": resources,
                    "transcode": transcode,
                },
                timeout=timeout,
            ),
        )

    async def post_tools_create_media_extended(
        self,
        body: PostToolsCreateMediaExtendedBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create DICOMDIR media. `POST /tools/create-media-extended`

        Orthanc 1.10.1 and later.

        Create a DICOMDIR media containing the DICOM resources (patients, studies, series, or
        instances) whose Orthanc identifiers are provided in the body

        Args:
            body: The json body. Keys: `Filename` (Orthanc 1.12.7 and later), `LossyQuality` (Orthanc
                1.12.7 and later), `UserData` (Orthanc 1.13.0 and later), `Utf8` (Orthanc 1.13.0 and
                later).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://orthanc.uclouvain.be/book/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        if "Filename" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_create_media_extended(body['Filename'])"
            )
        if "LossyQuality" in body:
            await self._session.require_version(
                "1.12.7", "post_tools_create_media_extended(body['LossyQuality'])"
            )
        if "UserData" in body:
            await self._session.require_version(
                "1.13.0", "post_tools_create_media_extended(body['UserData'])"
            )
        if "Utf8" in body:
            await self._session.require_version(
                "1.13.0", "post_tools_create_media_extended(body['Utf8'])"
            )
        content = await self._session.read(
            "POST",
            "/tools/create-media-extended",
            json=body,
            timeout=timeout,
        )
        return content

    def stream_post_tools_create_media_extended(
        self,
        body: PostToolsCreateMediaExtendedBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_tools_create_media_extended` (POST /tools/create-media-extended).

        Use as `async with api.system.stream_post_tools_create_media_extended(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return checked_stream(
            self._session,
            [
                (
                    "1.12.7",
                    "post_tools_create_media_extended(body['Filename'])",
                    "Filename" in body,
                ),
                (
                    "1.12.7",
                    "post_tools_create_media_extended(body['LossyQuality'])",
                    "LossyQuality" in body,
                ),
                (
                    "1.13.0",
                    "post_tools_create_media_extended(body['UserData'])",
                    "UserData" in body,
                ),
                ("1.13.0", "post_tools_create_media_extended(body['Utf8'])", "Utf8" in body),
            ],
            lambda: self._session.stream(
                "POST",
                "/tools/create-media-extended",
                json=body,
                timeout=timeout,
            ),
        )
