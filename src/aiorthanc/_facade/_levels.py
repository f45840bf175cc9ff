"""`Patient`, `Study`, `Series`, `Instance`: typed resources with navigation and data access.

Navigation reads expanded answers: listing the children of a resource is one request, and going
up to a parent is one request, whatever the number of children.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from aiorthanc._facade._base import (
    OptionalDependencyError,
    Resource,
    parse_orthanc_datetime,
)
from aiorthanc._facade._download import (
    DownloadTarget,
    ProgressCallback,
    download,
    stream_chunks,
)
from aiorthanc._facade._models import (
    InstanceInfo,
    InstanceMainDicomTags,
    PatientInfo,
    PatientMainDicomTags,
    SeriesInfo,
    SeriesMainDicomTags,
    StudyInfo,
    StudyMainDicomTags,
)
from aiorthanc._paths import quote_segment

if TYPE_CHECKING:
    from PIL import Image
    from pydicom.dataset import Dataset

__all__ = ["ImageFormat", "Instance", "Patient", "Series", "Study"]

ImageFormat = Literal["png", "jpeg"]
_MIME = {"png": "image/png", "jpeg": "image/jpeg"}

InfoT = TypeVar("InfoT", PatientInfo, StudyInfo, SeriesInfo)


class _Container(Resource[InfoT]):
    """What patients, studies and series share: stability, last update, archives."""

    __slots__ = ()

    @property
    def is_stable(self) -> bool:
        """True once no new instance arrived for `StableAge` seconds."""
        return self._info.is_stable

    @property
    def last_update(self) -> datetime | None:
        """When an instance was last added (server local time)."""
        return parse_orthanc_datetime(self._info.last_update)

    async def download_archive(
        self, target: DownloadTarget, *, progress: ProgressCallback | None = None
    ) -> int:
        """Stream the ZIP archive of all instances to a path (atomically) or a binary file.

        Returns the number of bytes written. Memory use stays at one chunk, whatever the size.
        """
        return await download(self._client, f"{self.path}/archive", target, progress=progress)

    async def download_media(
        self, target: DownloadTarget, *, progress: ProgressCallback | None = None
    ) -> int:
        """Stream the DICOMDIR media (ZIP with a DICOMDIR index) to a path or a binary file."""
        return await download(self._client, f"{self.path}/media", target, progress=progress)

    @asynccontextmanager
    async def stream_archive(self) -> AsyncIterator[AsyncIterator[bytes]]:
        """The ZIP archive as chunks: ``async with study.stream_archive() as chunks: ...``."""
        async with stream_chunks(self._client, f"{self.path}/archive") as chunks:
            yield chunks

    @asynccontextmanager
    async def stream_media(self) -> AsyncIterator[AsyncIterator[bytes]]:
        """The DICOMDIR media ZIP as chunks."""
        async with stream_chunks(self._client, f"{self.path}/media") as chunks:
            yield chunks


class Patient(_Container[PatientInfo]):
    """A patient: `await patient.studies()`, `patient.patient_name`, downloads of its archive."""

    level = "Patient"
    route = "patients"
    info_model = PatientInfo
    # Reprs end up in logs and tracebacks: no patient name there, the ID is enough to find it.
    _repr_tags = ("PatientID",)
    __slots__ = ()

    @property
    def tags(self) -> PatientMainDicomTags:
        """The main DICOM tags, typed."""
        return self._info.main_dicom_tags

    @property
    def patient_id(self) -> str | None:
        """PatientID (0010,0020)."""
        return self.tags.patient_id

    @property
    def patient_name(self) -> str | None:
        """PatientName (0010,0010)."""
        return self.tags.patient_name

    @property
    def patient_birth_date(self) -> str | None:
        """PatientBirthDate (0010,0030), as DICOM writes it (YYYYMMDD)."""
        return self.tags.patient_birth_date

    @property
    def patient_sex(self) -> str | None:
        """PatientSex (0010,0040)."""
        return self.tags.patient_sex

    @property
    def study_ids(self) -> list[str]:
        """Orthanc IDs of the studies (as last fetched)."""
        return list(self._info.studies)

    async def studies(self) -> list[Study]:
        """The patient's studies (one request)."""
        return await self._get_list(Study, "studies")

    async def series(self) -> list[Series]:
        """All series of the patient (one request)."""
        return await self._get_list(Series, "series")

    async def instances(self) -> list[Instance]:
        """All instances of the patient (one request)."""
        return await self._get_list(Instance, "instances")


class Study(_Container[StudyInfo]):
    """A study: `await study.series()`, `await study.patient()`, `study.study_date`, archives."""

    level = "Study"
    route = "studies"
    info_model = StudyInfo
    _repr_tags = ("StudyDate", "StudyDescription")
    __slots__ = ()

    @property
    def tags(self) -> StudyMainDicomTags:
        """The main DICOM tags, typed."""
        return self._info.main_dicom_tags

    @property
    def patient_tags(self) -> PatientMainDicomTags:
        """The main DICOM tags of the patient, as Orthanc copies them into each study."""
        return self._info.patient_main_dicom_tags

    @property
    def parent_patient_id(self) -> str:
        """Orthanc ID of the patient."""
        return self._info.parent_patient

    @property
    def series_ids(self) -> list[str]:
        """Orthanc IDs of the series (as last fetched)."""
        return list(self._info.series)

    @property
    def study_instance_uid(self) -> str | None:
        """StudyInstanceUID (0020,000D)."""
        return self.tags.study_instance_uid

    @property
    def study_date(self) -> str | None:
        """StudyDate (0008,0020), as DICOM writes it (YYYYMMDD)."""
        return self.tags.study_date

    @property
    def study_time(self) -> str | None:
        """StudyTime (0008,0030)."""
        return self.tags.study_time

    @property
    def study_description(self) -> str | None:
        """StudyDescription (0008,1030)."""
        return self.tags.study_description

    @property
    def accession_number(self) -> str | None:
        """AccessionNumber (0008,0050)."""
        return self.tags.accession_number

    @property
    def study_id(self) -> str | None:
        """StudyID (0020,0010): the DICOM tag, not the Orthanc ID (that is `id`)."""
        return self.tags.study_id

    async def patient(self) -> Patient:
        """The parent patient (one request)."""
        return await self._get_one(Patient, "patient")

    async def series(self) -> list[Series]:
        """The study's series (one request)."""
        return await self._get_list(Series, "series")

    async def instances(self) -> list[Instance]:
        """All instances of the study (one request)."""
        return await self._get_list(Instance, "instances")


class Series(_Container[SeriesInfo]):
    """A series: `await series.instances()`, `await series.study()`, `series.modality`."""

    level = "Series"
    route = "series"
    info_model = SeriesInfo
    _repr_tags = ("Modality", "SeriesNumber", "SeriesDescription")
    __slots__ = ()

    @property
    def tags(self) -> SeriesMainDicomTags:
        """The main DICOM tags, typed."""
        return self._info.main_dicom_tags

    @property
    def parent_study_id(self) -> str:
        """Orthanc ID of the study."""
        return self._info.parent_study

    @property
    def instance_ids(self) -> list[str]:
        """Orthanc IDs of the instances (as last fetched)."""
        return list(self._info.instances)

    @property
    def series_instance_uid(self) -> str | None:
        """SeriesInstanceUID (0020,000E)."""
        return self.tags.series_instance_uid

    @property
    def modality(self) -> str | None:
        """Modality (0008,0060)."""
        return self.tags.modality

    @property
    def series_description(self) -> str | None:
        """SeriesDescription (0008,103E)."""
        return self.tags.series_description

    @property
    def series_number(self) -> str | None:
        """SeriesNumber (0020,0011)."""
        return self.tags.series_number

    @property
    def expected_number_of_instances(self) -> int | None:
        """How many instances the series should have, when Orthanc can tell."""
        return self._info.expected_number_of_instances

    async def study(self) -> Study:
        """The parent study (one request)."""
        return await self._get_one(Study, "study")

    async def patient(self) -> Patient:
        """The patient (one request)."""
        return await self._get_one(Patient, "patient")

    async def instances(self) -> list[Instance]:
        """The series' instances (one request)."""
        return await self._get_list(Instance, "instances")


class Instance(Resource[InstanceInfo]):
    """An instance (one DICOM file): tags, metadata, file download, dataset, images."""

    level = "Instance"
    route = "instances"
    info_model = InstanceInfo
    _repr_tags = ("InstanceNumber", "SOPInstanceUID")
    __slots__ = ()

    @property
    def tags(self) -> InstanceMainDicomTags:
        """The main DICOM tags, typed."""
        return self._info.main_dicom_tags

    @property
    def parent_series_id(self) -> str:
        """Orthanc ID of the series."""
        return self._info.parent_series

    @property
    def sop_instance_uid(self) -> str | None:
        """SOPInstanceUID (0008,0018)."""
        return self.tags.sop_instance_uid

    @property
    def instance_number(self) -> str | None:
        """InstanceNumber (0020,0013)."""
        return self.tags.instance_number

    @property
    def file_size(self) -> int | None:
        """Size of the DICOM file in bytes."""
        return self._info.file_size

    @property
    def index_in_series(self) -> int | None:
        """Position of the instance in its series, as Orthanc counts it."""
        return self._info.index_in_series

    # -- navigation ----------------------------------------------------------------------------

    async def series(self) -> Series:
        """The parent series (one request)."""
        return await self._get_one(Series, "series")

    async def study(self) -> Study:
        """The study (one request)."""
        return await self._get_one(Study, "study")

    async def patient(self) -> Patient:
        """The patient (one request)."""
        return await self._get_one(Patient, "patient")

    # -- tags ----------------------------------------------------------------------------------

    async def simplified_tags(self) -> dict[str, Any]:
        """All tags by keyword, values as strings, sequences as lists of dicts."""
        data: dict[str, Any] = await self._client.get_json(f"{self.path}/simplified-tags")
        return data

    async def full_tags(self) -> dict[str, Any]:
        """All tags by ``gggg,eeee``, each with its Name, Type and Value (Orthanc's full form)."""
        data: dict[str, Any] = await self._client.get_json(f"{self.path}/tags")
        return data

    async def tag(self, path: str | Sequence[str | int]) -> str:
        """The value of one tag as text, DICOM padding removed.

        `path` is a keyword or a tag (``"PatientName"``, ``"0010,0010"``, ``"0010-0010"``), or a
        path into sequences: ``"ReferencedImageSequence/0/ReferencedSOPInstanceUID"`` or
        ``["ReferencedImageSequence", 0, "ReferencedSOPInstanceUID"]``.

        Raises:
            NotFoundError: when the instance has no such tag.
        """
        raw = await self.tag_bytes(path)
        return raw.decode("utf-8", errors="replace").rstrip("\x00 ")

    async def tag_bytes(self, path: str | Sequence[str | int]) -> bytes:
        """The raw value of one tag (see `tag` for `path`)."""
        response = await self._client.request("GET", f"{self.path}/content/{_tag_path(path)}")
        return response.content

    # -- file and dataset ----------------------------------------------------------------------

    async def read_file(self) -> bytes:
        """The DICOM file, in memory. For large files prefer `download` or `stream_file`."""
        return (await self._client.request("GET", f"{self.path}/file")).content

    async def download(
        self, target: DownloadTarget, *, progress: ProgressCallback | None = None
    ) -> int:
        """Stream the DICOM file to a path (atomically) or a binary file; returns its size."""
        return await download(self._client, f"{self.path}/file", target, progress=progress)

    @asynccontextmanager
    async def stream_file(self) -> AsyncIterator[AsyncIterator[bytes]]:
        """The DICOM file as chunks: ``async with instance.stream_file() as chunks: ...``."""
        async with stream_chunks(self._client, f"{self.path}/file") as chunks:
            yield chunks

    async def dataset(self, *, stop_before_pixels: bool = False) -> Dataset:
        """The instance as a pydicom `Dataset` (needs the `dicom` extra).

        Raises:
            OptionalDependencyError: when pydicom is not installed.
        """
        pydicom = _import_optional("pydicom", "dicom", "instance.dataset()")
        data = await self.read_file()
        dataset: Dataset = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=stop_before_pixels)
        return dataset

    # -- images --------------------------------------------------------------------------------

    async def frames(self) -> list[int]:
        """The frame numbers of the instance (``[0]`` for a single-frame image)."""
        data = await self._client.get_json(f"{self.path}/frames")
        return [int(n) for n in data]

    async def preview(
        self, frame: int | None = None, *, image_format: ImageFormat = "png"
    ) -> bytes:
        """A frame rendered for display, full resolution, as PNG or JPEG bytes."""
        return await self._image("preview", frame, image_format, {})

    async def rendered(
        self,
        frame: int | None = None,
        *,
        image_format: ImageFormat = "png",
        width: int | None = None,
        height: int | None = None,
        smooth: bool | None = None,
        quality: int | None = None,
    ) -> bytes:
        """A frame rendered with its windowing, optionally scaled by the server (PNG or JPEG)."""
        params = {"width": width, "height": height, "smooth": smooth, "quality": quality}
        return await self._image("rendered", frame, image_format, params)

    async def image(self, frame: int | None = None) -> Image.Image:
        """A frame as a Pillow image (needs the `images` extra)."""
        pil_image = _import_optional("PIL.Image", "images", "instance.image()")
        data = await self.preview(frame, image_format="png")
        image: Image.Image = pil_image.open(io.BytesIO(data))
        image.load()
        return image

    async def thumbnail(
        self,
        size: int | tuple[int, int] = 128,
        *,
        frame: int | None = None,
        image_format: ImageFormat = "png",
    ) -> bytes:
        """A thumbnail that fits in `size` (aspect ratio kept), as PNG or JPEG bytes.

        Needs the `images` extra (Pillow).
        """
        image = await self.image(frame)
        box = (size, size) if isinstance(size, int) else size
        image.thumbnail(box)
        if image_format == "jpeg" and image.mode not in ("L", "RGB"):
            image = image.convert("RGB")
        out = io.BytesIO()
        image.save(out, format=image_format.upper())
        return out.getvalue()

    async def _image(
        self,
        kind: str,
        frame: int | None,
        image_format: ImageFormat,
        params: dict[str, int | bool | None],
    ) -> bytes:
        route = f"{self.path}/{kind}" if frame is None else f"{self.path}/frames/{frame}/{kind}"
        response = await self._client.request(
            "GET", route, params=params, headers={"Accept": _MIME[image_format]}
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
