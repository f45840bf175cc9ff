# generated: do not edit, run make codegen
"""Operations of the `Instances` tag, group `content` (generated)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING

import httpx

from aiorthanc._api_support import (
    checked_stream,
    headers,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["InstancesContentOperations"]


class InstancesContentOperations:
    """The 4 operations of the `content` group of `orthanc.api.instances`, inherited by `InstancesApi`."""

    _session: Session

    async def get_instance_content(
        self,
        id: str,
        subpath: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Get raw tag. `GET /instances/{id}/content`

        Orthanc 1.10.1 and later.

        Get the raw content of one DICOM tag in the hierarchy of DICOM dataset

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            subpath: Path to the DICOM tag. This is the interleaving of one DICOM tag, possibly followed by
                an index for sequences. Sequences are accessible as, for instance,
                `/0008-1140/1/0008-1150`
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The raw value of the tag of intereset (binary data, whose memory layout depends on the
            underlying transfer syntax), or JSON array containing the list of available tags if
            accessing a dataset (application/octet-stream)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/content/{_quote(subpath, safe='/')}",
            timeout=timeout,
        )
        return content

    async def get_instance_content_by_path(
        self,
        id: str,
        path: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Get raw tag. `GET /instances/{id}/content/{path}`

        Orthanc 1.10.1 and later.

        Get the raw content of one DICOM tag in the hierarchy of DICOM dataset

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            path: Path to the DICOM tag. This is the interleaving of one DICOM tag, possibly followed by
                an index for sequences. Sequences are accessible as, for instance,
                `/0008-1140/1/0008-1150`
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The raw value of the tag of intereset (binary data, whose memory layout depends on the
            underlying transfer syntax), or JSON array containing the list of available tags if
            accessing a dataset (application/octet-stream)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/content/{_quote(path)}",
            timeout=timeout,
        )
        return content

    async def get_instance_file(
        self,
        id: str,
        *,
        accept: str | None = None,
        filename: str | None = None,
        lossy_quality: int | None = None,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Download DICOM. `GET /instances/{id}/file`

        Orthanc 1.10.1 and later.

        Download one DICOM instance

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            accept: This HTTP header can be set to retrieve the DICOM instance in DICOMweb format
            filename: Filename to set in the "Content-Disposition" HTTP header (including file extension)
                (Orthanc 1.12.7 and later)
            lossy_quality: If transcoding to a lossy transfer syntax, this entry defines the quality as an integer
                between 1 and 100. If not provided, the value is defined by the
                "DicomLossyTranscodingQuality" configuration. (new in v1.12.7) (Orthanc 1.12.7 and
                later)
            transcode: If present, the DICOM file will be transcoded to the provided transfer syntax:
                https://orthanc.uclouvain.be/book/faq/transcoding.html (Orthanc 1.12.7 and later)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The DICOM instance (application/dicom, application/dicom+json, application/dicom+xml)
        """
        if filename is not None:
            await self._session.require_version("1.12.7", "get_instance_file(filename=...)")
        if lossy_quality is not None:
            await self._session.require_version("1.12.7", "get_instance_file(lossy_quality=...)")
        if transcode is not None:
            await self._session.require_version("1.12.7", "get_instance_file(transcode=...)")
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/file",
            params={"filename": filename, "lossy-quality": lossy_quality, "transcode": transcode},
            headers=headers({"Accept": accept}),
            timeout=timeout,
        )
        return content

    def stream_instance_file(
        self,
        id: str,
        *,
        accept: str | None = None,
        filename: str | None = None,
        lossy_quality: int | None = None,
        transcode: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_file` (GET /instances/{id}/file).

        Use as `async with api.instances.stream_instance_file(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return checked_stream(
            self._session,
            [
                ("1.12.7", "get_instance_file(filename=...)", filename is not None),
                ("1.12.7", "get_instance_file(lossy_quality=...)", lossy_quality is not None),
                ("1.12.7", "get_instance_file(transcode=...)", transcode is not None),
            ],
            lambda: self._session.stream(
                "GET",
                f"/instances/{_quote(id)}/file",
                params={
                    "filename": filename,
                    "lossy-quality": lossy_quality,
                    "transcode": transcode,
                },
                headers=headers({"Accept": accept}),
                timeout=timeout,
            ),
        )

    async def get_instance_pdf(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Get embedded PDF. `GET /instances/{id}/pdf`

        Orthanc 1.10.1 and later.

        Get the PDF file that is embedded in one DICOM instance. If the DICOM instance doesn't
        contain the `EncapsulatedDocument` tag or if the `MIMETypeOfEncapsulatedDocument` tag
        doesn't correspond to the PDF type, a `404` HTTP error is raised.

        Args:
            id: Orthanc identifier of the instance interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            PDF file (application/pdf)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/pdf",
            timeout=timeout,
        )
        return content

    def stream_instance_pdf(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_pdf` (GET /instances/{id}/pdf).

        Use as `async with api.instances.stream_instance_pdf(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "GET",
            f"/instances/{_quote(id)}/pdf",
            timeout=timeout,
        )
