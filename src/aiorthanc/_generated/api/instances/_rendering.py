# generated: do not edit, run make codegen
"""Operations of the `Instances` tag, group `rendering` (generated)."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any

import httpx

from aiorthanc._api_support import (
    headers,
    numpy_array,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from aiorthanc._session import Session

__all__ = ["InstancesRenderingOperations"]


class InstancesRenderingOperations:
    """The 7 operations of the `rendering` group of `orthanc.api.instances`, inherited by `InstancesApi`."""

    _session: Session

    async def get_instance_image_int16(
        self,
        id: str,
        *,
        accept: str | None = None,
        quality: int | None = None,
        return_unsupported_image: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Decode an image (int16). `GET /instances/{id}/image-int16`

        Orthanc 1.10.1 and later.

        Decode the first frame of the given DICOM instance. Pixels of grayscale images are truncated
        to the [-32768,32767] range. Negative values must be interpreted according to two's
        complement.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
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
            f"/instances/{_quote(id)}/image-int16",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
            timeout=timeout,
        )
        return content

    async def get_instance_image_uint16(
        self,
        id: str,
        *,
        accept: str | None = None,
        quality: int | None = None,
        return_unsupported_image: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Decode an image (uint16). `GET /instances/{id}/image-uint16`

        Orthanc 1.10.1 and later.

        Decode the first frame of the given DICOM instance. Pixels of grayscale images are truncated
        to the [0,65535] range.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
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
            f"/instances/{_quote(id)}/image-uint16",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
            timeout=timeout,
        )
        return content

    async def get_instance_image_uint8(
        self,
        id: str,
        *,
        accept: str | None = None,
        quality: int | None = None,
        return_unsupported_image: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Decode an image (uint8). `GET /instances/{id}/image-uint8`

        Orthanc 1.10.1 and later.

        Decode the first frame of the given DICOM instance. Pixels of grayscale images are truncated
        to the [0,255] range.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
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
            f"/instances/{_quote(id)}/image-uint8",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
            timeout=timeout,
        )
        return content

    async def get_instance_matlab(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Decode frame for Matlab. `GET /instances/{id}/matlab`

        Orthanc 1.10.1 and later.

        Decode the first frame of the given DICOM instance., and export this frame as a
        Octave/Matlab matrix to be imported with `eval()`:
        https://orthanc.uclouvain.be/book/faq/matlab.html

        Args:
            id: Orthanc identifier of the DICOM instance of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The MATLAB source of the pixel data. (application/octet-stream)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/matlab",
            timeout=timeout,
        )
        return content

    async def get_instance_numpy(
        self,
        id: str,
        *,
        compress: bool | None = None,
        rescale: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Decode instance for numpy. `GET /instances/{id}/numpy`

        Orthanc 1.10.1 and later.

        Decode the given DICOM instance, for use with numpy in Python. The numpy array has 4
        dimensions: (frame, height, width, color channel).

        Args:
            id: Orthanc identifier of the DICOM resource of interest
            compress: Compress the file as `.npz`
            rescale: On grayscale images, apply the rescaling and return floating-point values
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The NumPy .npy file of the pixel data. (application/octet-stream)
        """
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/numpy",
            params={"compress": compress, "rescale": rescale},
            timeout=timeout,
        )
        return content

    def stream_instance_numpy(
        self,
        id: str,
        *,
        compress: bool | None = None,
        rescale: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Stream the answer of `get_instance_numpy` (GET /instances/{id}/numpy).

        Use as `async with api.instances.stream_instance_numpy(...) as response:` then
        `async for chunk in response.aiter_bytes(): ...`; the response is closed on exit.
        """
        return self._session.stream(
            "GET",
            f"/instances/{_quote(id)}/numpy",
            params={"compress": compress, "rescale": rescale},
            timeout=timeout,
        )

    async def get_instance_numpy_array(
        self,
        id: str,
        *,
        compress: bool | None = None,
        rescale: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> NDArray[Any]:
        """The answer of `get_instance_numpy` (GET /instances/{id}/numpy) decoded: a NumPy array.

        Needs NumPy (`OptionalDependencyError` without it).
        """
        data = await self.get_instance_numpy(
            id,
            compress=compress,
            rescale=rescale,
            timeout=timeout,
        )
        return numpy_array(data)

    async def get_instance_preview(
        self,
        id: str,
        *,
        accept: str | None = None,
        quality: int | None = None,
        return_unsupported_image: bool | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Decode an image (preview). `GET /instances/{id}/preview`

        Orthanc 1.10.1 and later.

        Decode the first frame of the given DICOM instance. The full dynamic range of grayscale
        images is rescaled to the [0,255] range.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
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
            f"/instances/{_quote(id)}/preview",
            params={"quality": quality, "returnUnsupportedImage": return_unsupported_image},
            headers=headers({"Accept": accept}),
            timeout=timeout,
        )
        return content

    async def get_instance_rendered(
        self,
        id: str,
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
        """Render an image. `GET /instances/{id}/rendered`

        Orthanc 1.10.1 and later.

        Render the first frame of the given DICOM instance. This function takes scaling into account
        (`RescaleSlope` and `RescaleIntercept` tags), as well as the default windowing stored in the
        DICOM file (`WindowCenter` and `WindowWidth`tags), and can be used to resize the resulting
        image. Color images are not affected by windowing.

        Args:
            id: Orthanc identifier of the DICOM instance of interest
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
            f"/instances/{_quote(id)}/rendered",
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
