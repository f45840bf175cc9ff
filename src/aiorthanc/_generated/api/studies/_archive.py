# generated: do not edit, run make codegen
"""Operations of the `Studies` tag, group `archive` (generated)."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING

import httpx

from aiorthanc._api_support import (
    checked_stream,
    flag,
)
from aiorthanc._generated.bodies import PostStudyArchiveBody, PostStudyMediaBody
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["StudiesArchiveOperations"]


class StudiesArchiveOperations:
    """The 4 operations of the `archive` group of `orthanc.api.studies`, inherited by `StudiesApi`."""

    _session: Session

    async def get_study_archive(
        self,
        id: str,
        *,
        filename: str | None = None,
        lossy_quality: int | None = None,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create ZIP archive. `GET /studies/{id}/archive`

        Orthanc 1.10.1 and later.

        Synchronously create a ZIP archive containing the DICOM study whose Orthanc identifier is
        provided in the URL. This flavor is synchronous, which might *not* be desirable to archive
        large amount of data, as it might lead to network timeouts. Prefer the asynchronous version
        using `POST` method.

        Args:
            id: Orthanc identifier of the study of interest
            filename: Filename to set in the "Content-Disposition" HTTP header (including file extension)
                (Orthanc 1.12.7 and later)
            lossy_quality: If transcoding to a lossy transfer syntax, this entry defines the quality as an integer
                between 1 and 100. If not provided, the value is defined by the
                "DicomLossyTranscodingQuality" configuration. (new in v1.12.7) (Orthanc 1.12.7 and
                later)
            transcode: If present, the DICOM files in the archive will be transcoded to the provided transfer
                syntax: https://orthanc.uclouvain.be/book/faq/transcoding.html
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            ZIP file containing the archive (application/zip)
        """
        if filename is not None:
            await self._session.require_version("1.12.7", "get_study_archive(filename=...)")
        if lossy_quality is not None:
            await self._session.require_version("1.12.7", "get_study_archive(lossy_quality=...)")
        content = await self._session.read(
            "GET",
            f"/studies/{_quote(id)}/archive",
            params={"filename": filename, "lossy-quality": lossy_quality, "transcode": transcode},
            timeout=timeout,
        )
        return content

    def stream_study_archive(
        self,
        id: str,
        *,
        filename: str | None = None,
        lossy_quality: int | None = None,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_study_archive` (GET /studies/{id}/archive).

        Use as `async with api.studies.stream_study_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return checked_stream(
            self._session,
            [
                ("1.12.7", "get_study_archive(filename=...)", filename is not None),
                ("1.12.7", "get_study_archive(lossy_quality=...)", lossy_quality is not None),
            ],
            lambda: self._session.stream(
                "GET",
                f"/studies/{_quote(id)}/archive",
                params={
                    "filename": filename,
                    "lossy-quality": lossy_quality,
                    "transcode": transcode,
                },
                timeout=timeout,
            ),
        )

    async def post_study_archive(
        self,
        id: str,
        body: PostStudyArchiveBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create ZIP archive. `POST /studies/{id}/archive`

        Orthanc 1.10.1 and later.

        Create a ZIP archive containing the DICOM study whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the study of interest
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
            await self._session.require_version("1.12.7", "post_study_archive(body['Filename'])")
        if "LossyQuality" in body:
            await self._session.require_version(
                "1.12.7", "post_study_archive(body['LossyQuality'])"
            )
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_study_archive(body['UserData'])")
        if "Utf8" in body:
            await self._session.require_version("1.13.0", "post_study_archive(body['Utf8'])")
        content = await self._session.read(
            "POST",
            f"/studies/{_quote(id)}/archive",
            json=body,
            timeout=timeout,
        )
        return content

    def stream_post_study_archive(
        self,
        id: str,
        body: PostStudyArchiveBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_study_archive` (POST /studies/{id}/archive).

        Use as `async with api.studies.stream_post_study_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return checked_stream(
            self._session,
            [
                ("1.12.7", "post_study_archive(body['Filename'])", "Filename" in body),
                ("1.12.7", "post_study_archive(body['LossyQuality'])", "LossyQuality" in body),
                ("1.13.0", "post_study_archive(body['UserData'])", "UserData" in body),
                ("1.13.0", "post_study_archive(body['Utf8'])", "Utf8" in body),
            ],
            lambda: self._session.stream(
                "POST",
                f"/studies/{_quote(id)}/archive",
                json=body,
                timeout=timeout,
            ),
        )

    async def get_study_media(
        self,
        id: str,
        *,
        extended: bool = False,
        filename: str | None = None,
        lossy_quality: int | None = None,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create DICOMDIR media. `GET /studies/{id}/media`

        Orthanc 1.10.1 and later.

        Synchronously create a DICOMDIR media containing the DICOM study whose Orthanc identifier is
        provided in the URL. This flavor is synchronous, which might *not* be desirable to archive
        large amount of data, as it might lead to network timeouts. Prefer the asynchronous version
        using `POST` method.

        Args:
            id: Orthanc identifier of the study of interest
            extended: If present, will include additional tags such as `SeriesDescription`, leading to a
                so-called *extended DICOMDIR*
            filename: Filename to set in the "Content-Disposition" HTTP header (including file extension)
                (Orthanc 1.12.7 and later)
            lossy_quality: If transcoding to a lossy transfer syntax, this entry defines the quality as an integer
                between 1 and 100. If not provided, the value is defined by the
                "DicomLossyTranscodingQuality" configuration. (new in v1.12.7) (Orthanc 1.12.7 and
                later)
            transcode: If present, the DICOM files in the archive will be transcoded to the provided transfer
                syntax: https://orthanc.uclouvain.be/book/faq/transcoding.html
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            ZIP file containing the archive (application/zip)
        """
        if filename is not None:
            await self._session.require_version("1.12.7", "get_study_media(filename=...)")
        if lossy_quality is not None:
            await self._session.require_version("1.12.7", "get_study_media(lossy_quality=...)")
        content = await self._session.read(
            "GET",
            f"/studies/{_quote(id)}/media",
            params={
                "extended": flag(extended),
                "filename": filename,
                "lossy-quality": lossy_quality,
                "transcode": transcode,
            },
            timeout=timeout,
        )
        return content

    def stream_study_media(
        self,
        id: str,
        *,
        extended: bool = False,
        filename: str | None = None,
        lossy_quality: int | None = None,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_study_media` (GET /studies/{id}/media).

        Use as `async with api.studies.stream_study_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return checked_stream(
            self._session,
            [
                ("1.12.7", "get_study_media(filename=...)", filename is not None),
                ("1.12.7", "get_study_media(lossy_quality=...)", lossy_quality is not None),
            ],
            lambda: self._session.stream(
                "GET",
                f"/studies/{_quote(id)}/media",
                params={
                    "extended": flag(extended),
                    "filename": filename,
                    "lossy-quality": lossy_quality,
                    "transcode": transcode,
                },
                timeout=timeout,
            ),
        )

    async def post_study_media(
        self,
        id: str,
        body: PostStudyMediaBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create DICOMDIR media. `POST /studies/{id}/media`

        Orthanc 1.10.1 and later.

        Create a DICOMDIR media containing the DICOM study whose Orthanc identifier is provided in
        the URL

        Args:
            id: Orthanc identifier of the study of interest
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
            await self._session.require_version("1.12.7", "post_study_media(body['Filename'])")
        if "LossyQuality" in body:
            await self._session.require_version("1.12.7", "post_study_media(body['LossyQuality'])")
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_study_media(body['UserData'])")
        if "Utf8" in body:
            await self._session.require_version("1.13.0", "post_study_media(body['Utf8'])")
        content = await self._session.read(
            "POST",
            f"/studies/{_quote(id)}/media",
            json=body,
            timeout=timeout,
        )
        return content

    def stream_post_study_media(
        self,
        id: str,
        body: PostStudyMediaBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_study_media` (POST /studies/{id}/media).

        Use as `async with api.studies.stream_post_study_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return checked_stream(
            self._session,
            [
                ("1.12.7", "post_study_media(body['Filename'])", "Filename" in body),
                ("1.12.7", "post_study_media(body['LossyQuality'])", "LossyQuality" in body),
                ("1.13.0", "post_study_media(body['UserData'])", "UserData" in body),
                ("1.13.0", "post_study_media(body['Utf8'])", "Utf8" in body),
            ],
            lambda: self._session.stream(
                "POST",
                f"/studies/{_quote(id)}/media",
                json=body,
                timeout=timeout,
            ),
        )
