"""`AsyncOrthanc`: the composition root, a `Session` with every feature on top.

Dependencies point one way: this module imports the features, the features import the session
(`aiorthanc._session`), never this module. `make lint` checks it (import-linter).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from aiorthanc._constants import (
    DEFAULT_EXPORT_CONCURRENCY,
    DEFAULT_FOREST_CONCURRENCY,
    DEFAULT_FOREST_PAGE_SIZE,
)
from aiorthanc._facade import (
    Depth,
    ExportProgressCallback,
    ExportResult,
    FolderLayout,
    Forest,
    InstanceCollection,
    LayoutFunction,
    PatientCollection,
    Resource,
    SeriesCollection,
    StudyCollection,
    build_forest,
    export,
)
from aiorthanc._generated.models import UploadResult
from aiorthanc._import import ImportOptionsDict, ImportReport, import_dicom
from aiorthanc._session import Session
from aiorthanc._upload import UploadSource, upload

if TYPE_CHECKING:
    from aiorthanc._generated.api import Api

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

        # Imported on first use: its ~270 methods would add ~50 ms to `import aiorthanc`.
        from aiorthanc._generated.api import Api

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

    async def forest(
        self,
        *,
        depth: Depth = "instance",
        page_size: int = DEFAULT_FOREST_PAGE_SIZE,
        concurrency: int = DEFAULT_FOREST_CONCURRENCY,
    ) -> Forest:
        """Every resource down to `depth`, linked: one request per level, plus paging."""

        return await build_forest(self, depth=depth, page_size=page_size, concurrency=concurrency)

    async def export(
        self,
        target: str | os.PathLike[str],
        resources: Iterable[Resource[Any]] | None = None,
        *,
        layout: FolderLayout | str | LayoutFunction | None = None,
        concurrency: int = DEFAULT_EXPORT_CONCURRENCY,
        skip_existing: bool = False,
        progress: ExportProgressCallback | None = None,
    ) -> ExportResult:
        """Download instances into a folder tree with sanitized names (see `aiorthanc.export`)."""

        return await export(
            self,
            target,
            resources,
            layout=layout,
            concurrency=concurrency,
            skip_existing=skip_existing,
            progress=progress,
        )

    # -- upload and import -----------------------------------------------------------------------

    async def upload(self, source: UploadSource) -> UploadResult:
        """Upload one DICOM instance, streamed; Orthanc's verdict (see `aiorthanc.upload`).

        `source`: a path, bytes, a binary file, an async iterable of bytes or a pydicom Dataset.
        """

        return await upload(self, source)

    async def import_dicom(
        self,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        **options: Unpack[ImportOptionsDict],
    ) -> ImportReport:
        """Import files, folders and archives concurrently; one outcome per source in the report.

        The keyword arguments are the fields of `aiorthanc.ImportOptions`
        (`concurrency=2, journal="import.jsonl"`, ...); see `aiorthanc.import_dicom`.
        """

        return await import_dicom(self, paths, **options)
