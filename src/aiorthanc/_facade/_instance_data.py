"""What an instance holds: its tags, its DICOM file, its pydicom dataset and its images.

`Instance` (in `_levels`) adds navigation to these; they live apart to keep each module short.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any, Literal

from aiorthanc._errors import NotFoundError
from aiorthanc._facade._base import OptionalDependencyError, Resource
from aiorthanc._facade._charset import decode_text
from aiorthanc._facade._download import (
    DownloadTarget,
    ProgressCallback,
    stream_chunks,
)
from aiorthanc._facade._models import InstanceInfo
from aiorthanc._facade._streamed import StreamedAnswer, open_stream
from aiorthanc._paths import quote_segment
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from PIL import Image
    from pydicom.dataset import Dataset

__all__ = ["ImageFormat", "InstanceData"]

ImageFormat = Literal["png", "jpeg"]
_MIME = {"png": "image/png", "jpeg": "image/jpeg"}


class InstanceData(Resource[InstanceInfo]):
    """The data of an instance (one DICOM file): tags, file, dataset, images."""

    __slots__ = ()

    # -- tags ----------------------------------------------------------------------------------

    async def simplified_tags(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> dict[str, Any]:
        """All tags by keyword, values as strings, sequences as lists of dicts."""
        path = f"{self.path}/simplified-tags"
        answer: dict[str, Any] = await self._client.get_json(path, timeout=timeout)
        return answer

    async def full_tags(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> dict[str, Any]:
        """All tags by ``gggg,eeee``, each with its Name, Type and Value (Orthanc's full form)."""
        answer: dict[str, Any] = await self._client.get_json(f"{self.path}/tags", timeout=timeout)
        return answer

    async def tag(
        self,
        path: str | Sequence[str | int],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """The value of one tag as text, DICOM padding removed.

        `path` is a keyword or a tag (``"PatientName"``, ``"0010,0010"``, ``"0010-0010"``), or a
        path into sequences: ``"ReferencedImageSequence/0/ReferencedSOPInstanceUID"`` or
        ``["ReferencedImageSequence", 0, "ReferencedSOPInstanceUID"]``.

        Raises:
            NotFoundError: when the instance has no such tag.
        """
        raw = await self.tag_bytes(path, timeout=timeout)
        if raw.isascii():
            return raw.decode("ascii").rstrip("\x00 ")
        # Text outside ASCII is in the instance's SpecificCharacterSet: one more request.
        try:
            charset = await self.tag_bytes("0008,0005", timeout=timeout)
        except NotFoundError:
            charset = b""
        return decode_text(raw, charset.decode("ascii", errors="replace")).rstrip("\x00 ")

    async def tag_bytes(
        self,
        path: str | Sequence[str | int],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """The raw value of one tag (see `tag` for `path`)."""
        content_path = f"{self.path}/content/{_tag_path(path)}"
        return (await self._client.request("GET", content_path, timeout=timeout)).content

    # -- file and dataset ----------------------------------------------------------------------

    async def read_file(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> bytes:
        """The DICOM file, in memory. For large files prefer `download` or `stream_file`."""
        return (await self._client.request("GET", f"{self.path}/file", timeout=timeout)).content

    async def download(
        self,
        target: DownloadTarget,
        *,
        progress: ProgressCallback | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> int:
        """Stream the DICOM file to a path (atomically) or a binary file; returns its size."""
        return await self._download("file", target, progress, timeout)

    def stream_file(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> AbstractAsyncContextManager[AsyncIterator[bytes]]:
        """The DICOM file as chunks: ``async with instance.stream_file() as chunks: ...``."""
        return stream_chunks(self._client, f"{self.path}/file", timeout=timeout)

    async def open_file(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> StreamedAnswer:
        """The DICOM file, opened: `NotFoundError` here if the instance is gone, then an async
        iterator of chunks (a `StreamedAnswer`, for web frameworks' streaming responses)."""
        return await open_stream(self._client, "GET", f"{self.path}/file", timeout=timeout)

    async def dataset(
        self,
        *,
        stop_before_pixels: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> Dataset:
        """The instance as a pydicom `Dataset` (needs the `dicom` extra).

        Raises:
            OptionalDependencyError: when pydicom is not installed.
        """
        pydicom = _import_optional("pydicom", "dicom", "instance.dataset()")
        data = await self.read_file(timeout=timeout)
        dataset: Dataset = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=stop_before_pixels)
        return dataset

    # -- images --------------------------------------------------------------------------------

    async def frames(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> list[int]:
        """The frame numbers of the instance (``[0]`` for a single-frame image)."""
        answer = await self._client.get_json(f"{self.path}/frames", timeout=timeout)
        return [int(n) for n in answer]

    async def preview(
        self,
        frame: int | None = None,
        *,
        image_format: ImageFormat = "png",
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """A frame rendered for display, full resolution, as PNG or JPEG bytes."""
        return await self._image("preview", frame, image_format, {}, timeout)

    async def rendered(
        self,
        frame: int | None = None,
        *,
        image_format: ImageFormat = "png",
        width: int | None = None,
        height: int | None = None,
        smooth: bool | None = None,
        quality: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """A frame rendered with its windowing, optionally scaled by the server (PNG or JPEG)."""
        params = {"width": width, "height": height, "smooth": smooth, "quality": quality}
        return await self._image("rendered", frame, image_format, params, timeout)

    async def image(
        self, frame: int | None = None, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> Image.Image:
        """A frame as a Pillow image (needs the `images` extra)."""
        pil_image = _import_optional("PIL.Image", "images", "instance.image()")
        data = await self.preview(frame, image_format="png", timeout=timeout)
        image: Image.Image = pil_image.open(io.BytesIO(data))
        image.load()
        return image

    async def thumbnail(
        self,
        size: int | tuple[int, int] = 128,
        *,
        frame: int | None = None,
        image_format: ImageFormat = "png",
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """A thumbnail that fits in `size` (aspect ratio kept), as PNG or JPEG bytes.

        Needs the `images` extra (Pillow).
        """
        image = await self.image(frame, timeout=timeout)
        box = (size, size) if isinstance(size, int) else size
        image.thumbnail(box)
        if image_format == "jpeg" and image.mode not in ("L", "RGB"):
            image = image.convert("RGB")
        out = io.BytesIO()
        image.save(out, format=image_format.upper())
        return out.getvalue()

    async def _image(
        self,
        rendering: str,
        frame: int | None,
        image_format: ImageFormat,
        params: dict[str, int | bool | None],
        timeout: TimeoutTypes | UseDefault,
    ) -> bytes:
        frame_path = self.path if frame is None else f"{self.path}/frames/{frame}"
        path = f"{frame_path}/{rendering}"
        headers = {"Accept": _MIME[image_format]}
        response = await self._client.request(
            "GET", path, params=params, headers=headers, timeout=timeout
        )
        return response.content


def _tag_path(path: str | Sequence[str | int]) -> str:
    parts = path.split("/") if isinstance(path, str) else [str(p) for p in path]
    return "/".join(quote_segment(p.strip().replace(",", "-")) for p in parts if p.strip())


def _import_optional(module: str, extra: str, feature: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        package = module.split(".")[0]
        raise OptionalDependencyError(
            f"{feature} needs {package}, which is not installed: pip install 'aiorthanc[{extra}]'"
        ) from exc
