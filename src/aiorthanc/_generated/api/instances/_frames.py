# generated: do not edit, run make codegen
"""Operations of the `Instances` tag, group `frames` (generated)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any

import httpx

from aiorthanc._api_support import (
    adapter,
    headers,
    numpy_array,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from aiorthanc._session import Session

__all__ = ["InstancesFramesOperations"]


class InstancesFramesOperations:
    """The 11 operations of the `frames` group of `orthanc.api.instances`, inherited by `InstancesApi`."""

    _session: Session

    async def get_instance_frames(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[int]:
        """List available frames. `GET /instances/{id}/frames`

        Orthanc 1.10.1 and later.

        List the frames that are available in the DICOM instance of interest

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The list of the indices of the available frames
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/frames",
            timeout=timeout,
        )
        result: list[int] = adapter(list[int]).validate_json(content)
        return result

    async def get_instance_frame(
        self,
        id: str,
        frame: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations. `GET /instances/{id}/frames/{frame}`

        Orthanc 1.10.1 and later.

        List the available operations under URI `/instances/{id}/frames/{frame}/`

        Args:
            id: -
            frame: -
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            List of the available operations
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def get_instance_frame_image_int16(
        self,
        id: str,
        frame: str | int,
        *,
        accept: str | None = None,
        quality: int | None = None,
        return_unsupported_image: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Decode a frame (int16). `GET /instances/{id}/frames/{frame}/image-int16`

        Orthanc 1.10.1 and later.

        Decode one frame of interest from the given DICOM instance. Pixels of grayscale images are
        truncated to the [-32768,32767] range. Negative values must be interpreted according to
        two's complement.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            frame: Index of the frame (starts at `0`)
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (value is true if option is present)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/image-int16",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
            timeout=timeout,
        )
        return content

    async def get_instance_frame_image_uint16(
        self,
        id: str,
        frame: str | int,
        *,
        accept: str | None = None,
        quality: int | None = None,
        return_unsupported_image: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Decode a frame (uint16). `GET /instances/{id}/frames/{frame}/image-uint16`

        Orthanc 1.10.1 and later.

        Decode one frame of interest from the given DICOM instance. Pixels of grayscale images are
        truncated to the [0,65535] range.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            frame: Index of the frame (starts at `0`)
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (value is true if option is present)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/image-uint16",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
            timeout=timeout,
        )
        return content

    async def get_instance_frame_image_uint8(
        self,
        id: str,
        frame: str | int,
        *,
        accept: str | None = None,
        quality: int | None = None,
        return_unsupported_image: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Decode a frame (uint8). `GET /instances/{id}/frames/{frame}/image-uint8`

        Orthanc 1.10.1 and later.

        Decode one frame of interest from the given DICOM instance. Pixels of grayscale images are
        truncated to the [0,255] range.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            frame: Index of the frame (starts at `0`)
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (value is true if option is present)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/image-uint8",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
            timeout=timeout,
        )
        return content

    async def get_instance_frame_matlab(
        self,
        id: str,
        frame: str | int,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Decode frame for Matlab. `GET /instances/{id}/frames/{frame}/matlab`

        Orthanc 1.10.1 and later.

        Decode one frame of interest from the given DICOM instance, and export this frame as a
        Octave/Matlab matrix to be imported with `eval()`:
        https://orthanc.uclouvain.be/book/faq/matlab.html

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            frame: Index of the frame (starts at `0`)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The MATLAB source of the pixel data. (application/octet-stream)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/matlab",
            timeout=timeout,
        )
        return content

    async def get_instance_frame_numpy(
        self,
        id: str,
        frame: str | int,
        *,
        compress: bool | None = None,
        rescale: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Decode frame for numpy. `GET /instances/{id}/frames/{frame}/numpy`

        Orthanc 1.10.1 and later.

        Decode one frame of interest from the given DICOM instance, for use with numpy in Python.
        The numpy array has 3 dimensions: (height, width, color channel).

        Args:
            id: Orthanc identifier of the DICOM resource of interest
            frame: Index of the frame (starts at `0`)
            compress: Compress the file as `.npz`
            rescale: On grayscale images, apply the rescaling and return floating-point values
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The NumPy .npy file of the pixel data. (application/octet-stream)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/numpy",
            params={"compress": compress, "rescale": rescale},
            timeout=timeout,
        )
        return content

    def stream_instance_frame_numpy(
        self,
        id: str,
        frame: str | int,
        *,
        compress: bool | None = None,
        rescale: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_frame_numpy` (GET /instances/{id}/frames/{frame}/numpy).

        Use as `async with api.instances.stream_instance_frame_numpy(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/numpy",
            params={"compress": compress, "rescale": rescale},
            timeout=timeout,
        )

    async def get_instance_frame_numpy_array(
        self,
        id: str,
        frame: str | int,
        *,
        compress: bool | None = None,
        rescale: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> NDArray[Any]:
        """The answer of `get_instance_frame_numpy` (GET /instances/{id}/frames/{frame}/numpy) decoded: a NumPy array.

        Needs NumPy (`OptionalDependencyError` without it).
        """
        data = await self.get_instance_frame_numpy(
            id,
            frame,
            compress=compress,
            rescale=rescale,
            timeout=timeout,
        )
        return numpy_array(data)

    async def get_instance_frame_preview(
        self,
        id: str,
        frame: str | int,
        *,
        accept: str | None = None,
        quality: int | None = None,
        return_unsupported_image: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Decode a frame (preview). `GET /instances/{id}/frames/{frame}/preview`

        Orthanc 1.10.1 and later.

        Decode one frame of interest from the given DICOM instance. The full dynamic range of
        grayscale images is rescaled to the [0,255] range.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            frame: Index of the frame (starts at `0`)
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (value is true if option is present)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/preview",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
            timeout=timeout,
        )
        return content

    async def get_instance_frame_raw(
        self,
        id: str,
        frame: str | int,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Access raw frame. `GET /instances/{id}/frames/{frame}/raw`

        Orthanc 1.10.1 and later.

        Access the raw content of one individual frame of the DICOM instance of interest, bypassing
        image decoding. This is notably useful to access the source files in compressed transfer
        syntaxes.

        Args:
            id: Orthanc identifier of the instance of interest
            frame: Index of the frame (starts at `0`)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The raw frame (application/octet-stream)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/raw",
            timeout=timeout,
        )
        return content

    def stream_instance_frame_raw(
        self,
        id: str,
        frame: str | int,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_frame_raw` (GET /instances/{id}/frames/{frame}/raw).

        Use as `async with api.instances.stream_instance_frame_raw(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/raw",
            timeout=timeout,
        )

    async def get_instance_frame_raw_gz(
        self,
        id: str,
        frame: str | int,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Access raw frame (compressed). `GET /instances/{id}/frames/{frame}/raw.gz`

        Orthanc 1.10.1 and later.

        Access the raw content of one individual frame of the DICOM instance of interest, bypassing
        image decoding. This is notably useful to access the source files in compressed transfer
        syntaxes. The image is compressed using gzip

        Args:
            id: Orthanc identifier of the instance of interest
            frame: Index of the frame (starts at `0`)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The raw frame, compressed using gzip (application/gzip)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/raw.gz",
            timeout=timeout,
        )
        return content

    def stream_instance_frame_raw_gz(
        self,
        id: str,
        frame: str | int,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_frame_raw_gz` (GET /instances/{id}/frames/{frame}/raw.gz).

        Use as `async with api.instances.stream_instance_frame_raw_gz(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/raw.gz",
            timeout=timeout,
        )

    async def get_instance_frame_rendered(
        self,
        id: str,
        frame: str | int,
        *,
        accept: str | None = None,
        height: int | None = None,
        quality: int | None = None,
        return_unsupported_image: bool | None = None,
        smooth: bool | None = None,
        width: int | None = None,
        window_center: float | None = None,
        window_width: float | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Render a frame. `GET /instances/{id}/frames/{frame}/rendered`

        Orthanc 1.10.1 and later.

        Render one frame of interest from the given DICOM instance. This function takes scaling into
        account (`RescaleSlope` and `RescaleIntercept` tags), as well as the default windowing
        stored in the DICOM file (`WindowCenter` and `WindowWidth`tags), and can be used to resize
        the resulting image. Color images are not affected by windowing.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            frame: Index of the frame (starts at `0`)
            accept: Format of the resulting image. Can be `image/png` (default), `image/jpeg` or
                `image/x-portable-arbitrarymap`
            height: Height of the resized image
            quality: Quality for JPEG images (between 1 and 100, defaults to 90)
            return_unsupported_image: Returns an unsupported.png placeholder image if unable to provide the image instead of
                returning a 415 HTTP error (value is true if option is present)
            smooth: Whether to smooth image on resize
            width: Width of the resized image
            window_center: Windowing center
            window_width: Windowing width
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JPEG image (image/jpeg, image/png, image/x-portable-arbitrarymap)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}/rendered",
            params={
                "height": height,
                "quality": quality,
                "returnUnsupportedImage": return_unsupported_image,
                "smooth": smooth,
                "width": width,
                "window-center": window_center,
                "window-width": window_width,
            },
            headers=headers({"Accept": accept}),
            timeout=timeout,
        )
        return content
