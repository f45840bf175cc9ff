"""`Patient`, `Study`, `Series`, `Instance`: typed resources with navigation and data access.

An instance's tags, file and images are in `InstanceData` (`_instance_data`), its base.

Navigation reads expanded answers: listing the children of a resource is one request, and going
up to a parent is one request, whatever the number of children.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel

from aiorthanc._facade._base import parse_orthanc_datetime
from aiorthanc._facade._download import (
    DownloadTarget,
    ProgressCallback,
    stream_chunks,
)
from aiorthanc._facade._instance_data import InstanceData
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
from aiorthanc._facade._modify import Modifiable, Provenance, modification_body, modified_instance
from aiorthanc._facade._streamed import StreamedAnswer, open_stream
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

__all__ = ["Instance", "Patient", "Series", "Study"]

InfoT = TypeVar("InfoT", PatientInfo, StudyInfo, SeriesInfo)


class _Container(Modifiable[InfoT]):
    """What patients, studies and series share: stability, last update, archives."""

    __slots__ = ()

    @property
    def is_stable(self) -> bool:
        """True once no new instance arrived for `StableAge` seconds."""
        return self.info.is_stable

    @property
    def last_update(self) -> datetime | None:
        """When an instance was last added (server local time)."""
        return parse_orthanc_datetime(self.info.last_update)

    async def download_archive(
        self,
        target: DownloadTarget,
        *,
        progress: ProgressCallback | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> int:
        """Stream the ZIP archive of all instances to a path (atomically) or a binary file.

        Returns the number of bytes written. Memory use stays at one chunk, whatever the size.
        """
        return await self._download("archive", target, progress, timeout)

    async def download_media(
        self,
        target: DownloadTarget,
        *,
        progress: ProgressCallback | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> int:
        """Stream the DICOMDIR media (ZIP with a DICOMDIR index) to a path or a binary file."""
        return await self._download("media", target, progress, timeout)

    async def instances(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> list[Instance]:
        """All instances below this resource (one request)."""
        return await self._get_list(Instance, "instances", timeout)

    def stream_archive(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> AbstractAsyncContextManager[AsyncIterator[bytes]]:
        """The ZIP archive as chunks: ``async with study.stream_archive() as chunks: ...``."""
        return stream_chunks(self._client, f"{self.path}/archive", timeout=timeout)

    def stream_media(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> AbstractAsyncContextManager[AsyncIterator[bytes]]:
        """The DICOMDIR media ZIP as chunks."""
        return stream_chunks(self._client, f"{self.path}/media", timeout=timeout)

    async def open_archive(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> StreamedAnswer:
        """The ZIP archive, opened: the request is sent and its answer checked now.

        Raises `NotFoundError` here when the resource is gone, before any byte of the body is
        read; the `StreamedAnswer` returned is an async iterator of chunks that closes itself
        when the body ends or fails. What a web endpoint gives its streaming response::

            archive = await study.open_archive()
            return StreamingResponse(
                archive, media_type=archive.media_type, background=BackgroundTask(archive.aclose)
            )
        """
        return await open_stream(self._client, "GET", f"{self.path}/archive", timeout=timeout)

    async def open_media(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
    ) -> StreamedAnswer:
        """The DICOMDIR media ZIP, opened (see `open_archive`)."""
        return await open_stream(self._client, "GET", f"{self.path}/media", timeout=timeout)


class Patient(_Container[PatientInfo]):
    """A patient: `await patient.studies()`, `patient.patient_name`, downloads of its archive."""

    level = "Patient"
    route = "patients"
    info_model: ClassVar[type[BaseModel]] = PatientInfo
    # Reprs end up in logs and tracebacks: no patient name there, the ID is enough to find it.
    _repr_tags = ("PatientID",)
    __slots__ = ()

    @property
    def tags(self) -> PatientMainDicomTags:
        """The main DICOM tags, typed."""
        return self.info.main_dicom_tags

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
        return list(self.info.studies)

    async def studies(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> list[Study]:
        """The patient's studies (one request)."""
        return await self._get_list(Study, "studies", timeout)

    async def series(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> list[Series]:
        """All series of the patient (one request)."""
        return await self._get_list(Series, "series", timeout)


class Study(_Container[StudyInfo]):
    """A study: `await study.series()`, `await study.patient()`, `study.study_date`, archives."""

    level = "Study"
    route = "studies"
    info_model: ClassVar[type[BaseModel]] = StudyInfo
    _repr_tags = ("StudyDate", "StudyDescription")
    __slots__ = ()

    @property
    def tags(self) -> StudyMainDicomTags:
        """The main DICOM tags, typed."""
        return self.info.main_dicom_tags

    @property
    def patient_tags(self) -> PatientMainDicomTags:
        """The main DICOM tags of the patient, as Orthanc copies them into each study."""
        return self.info.patient_main_dicom_tags

    @property
    def parent_patient_id(self) -> str:
        """Orthanc ID of the patient."""
        return self.info.parent_patient

    @property
    def series_ids(self) -> list[str]:
        """Orthanc IDs of the series (as last fetched)."""
        return list(self.info.series)

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

    async def patient(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> Patient:
        """The parent patient (one request)."""
        return await self._get_one(Patient, "patient", timeout)

    async def series(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> list[Series]:
        """The study's series (one request)."""
        return await self._get_list(Series, "series", timeout)


class Series(_Container[SeriesInfo]):
    """A series: `await series.instances()`, `await series.study()`, `series.modality`."""

    level = "Series"
    route = "series"
    info_model: ClassVar[type[BaseModel]] = SeriesInfo
    _repr_tags = ("Modality", "SeriesNumber", "SeriesDescription")
    __slots__ = ()

    @property
    def tags(self) -> SeriesMainDicomTags:
        """The main DICOM tags, typed."""
        return self.info.main_dicom_tags

    @property
    def parent_study_id(self) -> str:
        """Orthanc ID of the study."""
        return self.info.parent_study

    @property
    def instance_ids(self) -> list[str]:
        """Orthanc IDs of the instances (as last fetched)."""
        return list(self.info.instances)

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
        return self.info.expected_number_of_instances

    async def study(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> Study:
        """The parent study (one request)."""
        return await self._get_one(Study, "study", timeout)

    async def patient(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> Patient:
        """The patient (one request)."""
        return await self._get_one(Patient, "patient", timeout)


class Instance(InstanceData, Provenance[InstanceInfo]):
    """An instance (one DICOM file): tags, metadata, file download, dataset, images."""

    level = "Instance"
    route = "instances"
    info_model: ClassVar[type[BaseModel]] = InstanceInfo
    _repr_tags = ("InstanceNumber", "SOPInstanceUID")
    __slots__ = ()

    @property
    def tags(self) -> InstanceMainDicomTags:
        """The main DICOM tags, typed."""
        return self.info.main_dicom_tags

    @property
    def parent_series_id(self) -> str:
        """Orthanc ID of the series."""
        return self.info.parent_series

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
        return self.info.file_size

    @property
    def index_in_series(self) -> int | None:
        """Position of the instance in its series, as Orthanc counts it."""
        return self.info.index_in_series

    # -- navigation ----------------------------------------------------------------------------

    async def series(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> Series:
        """The parent series (one request)."""
        return await self._get_one(Series, "series", timeout)

    async def study(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> Study:
        """The study (one request)."""
        return await self._get_one(Study, "study", timeout)

    async def patient(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> Patient:
        """The patient (one request)."""
        return await self._get_one(Patient, "patient", timeout)

    # -- modification --------------------------------------------------------------------------

    async def modify(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT, **changes: Any
    ) -> bytes:
        """The DICOM file modified as asked (not stored: upload it to keep it).

        The keyword arguments are those of `Study.modify` (`replace`, `remove`, `keep`,
        `force`, `remove_private_tags`).
        """
        body = modification_body(**changes)
        return await modified_instance(self._client, self.path, "modify", body, timeout)

    async def anonymize(
        self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT, **changes: Any
    ) -> bytes:
        """The DICOM file anonymized (not stored); the keyword arguments of `Study.anonymize`."""
        body = modification_body(**changes)
        return await modified_instance(self._client, self.path, "anonymize", body, timeout)

    def stream_modified(
        self,
        *,
        anonymize: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
        **changes: Any,
    ) -> AbstractAsyncContextManager[AsyncIterator[bytes]]:
        """The modified (or, with `anonymize`, anonymized) file as chunks, never whole in
        memory; the keyword arguments of `modify`. Upload it as it comes::

            async with instance.stream_modified(replace={"StationName": "X"}) as chunks:
                await orthanc.upload(chunks)
        """
        route = f"{self.path}/{'anonymize' if anonymize else 'modify'}"
        body = modification_body(**changes)
        return stream_chunks(self._client, route, body=body, timeout=timeout)
