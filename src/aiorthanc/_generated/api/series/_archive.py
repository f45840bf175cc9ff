# generated: do not edit, run make codegen
"""Operations of the `Series` tag, group `archive` (generated)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING

import httpx

from aiorthanc._api_support import flag
from aiorthanc._generated.bodies import PostSeriesArchiveBody, PostSeriesMediaBody
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SeriesArchiveOperations"]


class SeriesArchiveOperations:
    """The 4 operations of the `archive` group of `orthanc.api.series`, inherited by `SeriesApi`."""

    _session: Session

    async def get_series_archive(
        self,
        id: str,
        *,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create ZIP archive. `GET /series/{id}/archive`

        Synchronously create a ZIP archive containing the DICOM series whose Orthanc identifier is
        provided in the URL. This flavor is synchronous, which might *not* be desirable to archive
        large amount of data, as it might lead to network timeouts. Prefer the asynchronous version
        using `POST` method.

        Args:
            id: Orthanc identifier of the series of interest
            transcode: If present, the DICOM files in the archive will be transcoded to the provided transfer
                syntax: https://book.orthanc-server.com/faq/transcoding.html
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            ZIP file containing the archive (application/zip)
        """
        response = await self._session.request(
            "GET",
            f"/series/{_quote(id)}/archive",
            params={"transcode": transcode},
            timeout=timeout,
        )
        return response.content

    def stream_series_archive(
        self,
        id: str,
        *,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_series_archive` (GET /series/{id}/archive).

        Use as `async with api.series.stream_series_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "GET",
            f"/series/{_quote(id)}/archive",
            params={"transcode": transcode},
            timeout=timeout,
        )

    async def post_series_archive(
        self,
        id: str,
        body: PostSeriesArchiveBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create ZIP archive. `POST /series/{id}/archive`

        Create a ZIP archive containing the DICOM series whose Orthanc identifier is provided in the
        URL

        Args:
            id: Orthanc identifier of the series of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._session.request(
            "POST",
            f"/series/{_quote(id)}/archive",
            json=body,
            timeout=timeout,
        )
        return response.content

    def stream_post_series_archive(
        self,
        id: str,
        body: PostSeriesArchiveBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_series_archive` (POST /series/{id}/archive).

        Use as `async with api.series.stream_post_series_archive(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "POST",
            f"/series/{_quote(id)}/archive",
            json=body,
            timeout=timeout,
        )

    async def get_series_media(
        self,
        id: str,
        *,
        extended: bool = False,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create DICOMDIR media. `GET /series/{id}/media`

        Synchronously create a DICOMDIR media containing the DICOM series whose Orthanc identifier
        is provided in the URL. This flavor is synchronous, which might *not* be desirable to
        archive large amount of data, as it might lead to network timeouts. Prefer the asynchronous
        version using `POST` method.

        Args:
            id: Orthanc identifier of the series of interest
            extended: If present, will include additional tags such as `SeriesDescription`, leading to a
                so-called *extended DICOMDIR*
            transcode: If present, the DICOM files in the archive will be transcoded to the provided transfer
                syntax: https://book.orthanc-server.com/faq/transcoding.html
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            ZIP file containing the archive (application/zip)
        """
        response = await self._session.request(
            "GET",
            f"/series/{_quote(id)}/media",
            params={"extended": flag(extended), "transcode": transcode},
            timeout=timeout,
        )
        return response.content

    def stream_series_media(
        self,
        id: str,
        *,
        extended: bool = False,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_series_media` (GET /series/{id}/media).

        Use as `async with api.series.stream_series_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "GET",
            f"/series/{_quote(id)}/media",
            params={"extended": flag(extended), "transcode": transcode},
            timeout=timeout,
        )

    async def post_series_media(
        self,
        id: str,
        body: PostSeriesMediaBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Create DICOMDIR media. `POST /series/{id}/media`

        Create a DICOMDIR media containing the DICOM series whose Orthanc identifier is provided in
        the URL

        Args:
            id: Orthanc identifier of the series of interest
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            In asynchronous mode, information about the job that has been submitted to generate the
            archive: https://book.orthanc-server.com/users/advanced-rest.html#jobs
            (application/json, application/zip)
        """
        response = await self._session.request(
            "POST",
            f"/series/{_quote(id)}/media",
            json=body,
            timeout=timeout,
        )
        return response.content

    def stream_post_series_media(
        self,
        id: str,
        body: PostSeriesMediaBody,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `post_series_media` (POST /series/{id}/media).

        Use as `async with api.series.stream_post_series_media(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "POST",
            f"/series/{_quote(id)}/media",
            json=body,
            timeout=timeout,
        )
