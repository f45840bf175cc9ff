"""`AsyncOrthanc`: the composition root, a `Session` with every feature on top.

Dependencies point one way: this module imports the features, the features import the session
(`aiorthanc._session`), never this module. `make lint` checks it (import-linter).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable

from aiorthanc._constants import (
    DEFAULT_BATCH_BYTES,
    DEFAULT_BATCH_FILES,
    DEFAULT_IMPORT_CONCURRENCY,
    DEFAULT_IMPORT_RETRY_TIMEOUT,
)
from aiorthanc._facade import (
    ExportOptions,
    ExportResult,
    Forest,
    ForestOptions,
    InstanceCollection,
    PatientCollection,
    SeriesCollection,
    StudyCollection,
    build_forest_with,
    export_with,
    takes_options,
)
from aiorthanc._generated.api import Api
from aiorthanc._generated.models import UploadResult
from aiorthanc._import import ImportProgressCallback, ImportReport, import_dicom
from aiorthanc._session import Session
from aiorthanc._upload import UploadSource, upload

__all__ = ["AsyncOrthanc"]


class AsyncOrthanc(Session):
    """An async client of one Orthanc server: the request primitives of `Session`, the typed
    REST API (`api`), the facade (`patients`, `studies`, ..., `forest()`, `export()`), `upload()`
    and `import_dicom()`.

    Use it as an async context manager so that its connections are closed::

        async with AsyncOrthanc("http://localhost:8042", auth=("orthanc", "orthanc")) as orthanc:
            system = await orthanc.get_json("/system")

    The arguments are those of `Session`.
    """

    @functools.cached_property
    def api(self) -> Api:
        """Every operation of Orthanc's REST API, one typed async method each, grouped by tag.

        `await orthanc.api.patients.get_patient_studies(patient_id)`; docs/api.md lists them all.
        """

        return Api(self)

    # -- facade ----------------------------------------------------------------------------------

    @functools.cached_property
    def patients(self) -> PatientCollection:
        """All patients: `await orthanc.patients.get(id)`, `.all()`, `.find({...})`."""

        return PatientCollection(self)

    @functools.cached_property
    def studies(self) -> StudyCollection:
        """All studies: `await orthanc.studies.get(id)`, `.all()`, `.find({...})`."""

        return StudyCollection(self)

    @functools.cached_property
    def series(self) -> SeriesCollection:
        """All series: `await orthanc.series.get(id)`, `.all()`, `.find({...})`."""

        return SeriesCollection(self)

    @functools.cached_property
    def instances(self) -> InstanceCollection:
        """All instances: `await orthanc.instances.get(id)`, `.all()`, `.find({...})`."""

        return InstanceCollection(self)

    @takes_options(ForestOptions)
    async def forest(self, options: ForestOptions) -> Forest:
        """Every resource down to `depth`, linked: one request per level, plus paging.

        The arguments are the fields of `ForestOptions`: `depth`, `page_size`, `concurrency` and
        `timeout` (of each request). See `aiorthanc.build_forest`.
        """

        return await build_forest_with(self, options)

    @takes_options(ExportOptions)
    async def export(self, options: ExportOptions) -> ExportResult:
        """Download instances into a folder tree with sanitized names.

        The arguments are the fields of `ExportOptions`: `target`, `resources`, `layout`,
        `concurrency`, `skip_existing`, `progress` and `timeout` (of each request). See
        `aiorthanc.export`.
        """

        return await export_with(self, options)

    # -- upload and import -----------------------------------------------------------------------

    async def upload(self, source: UploadSource) -> UploadResult:
        """Upload one DICOM instance, streamed; Orthanc's verdict (see `aiorthanc.upload`).

        `source`: a path, bytes, a binary file, an async iterable of bytes or a pydicom Dataset.
        """

        return await upload(self, source)

    async def import_dicom(
        self,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        concurrency: int = DEFAULT_IMPORT_CONCURRENCY,
        batch_bytes: int = DEFAULT_BATCH_BYTES,
        batch_files: int = DEFAULT_BATCH_FILES,
        large_file_bytes: int | None = None,
        journal: str | os.PathLike[str] | None = None,
        skip_existing: bool = False,
        progress: ImportProgressCallback | None = None,
        retry_timeout: float = DEFAULT_IMPORT_RETRY_TIMEOUT,
    ) -> ImportReport:
        """Import files, folders and archives concurrently; one outcome per source in the report.

        See `aiorthanc.import_dicom` and `aiorthanc.DicomImporter` for the arguments.
        """

        return await import_dicom(
            self,
            paths,
            concurrency=concurrency,
            batch_bytes=batch_bytes,
            batch_files=batch_files,
            large_file_bytes=large_file_bytes,
            journal=journal,
            skip_existing=skip_existing,
            progress=progress,
            retry_timeout=retry_timeout,
        )
