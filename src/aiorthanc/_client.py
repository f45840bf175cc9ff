"""`AsyncOrthanc`: the composition root, a `Session` with every feature on top.

Dependencies point one way: this module imports the features, the features import the session
(`aiorthanc._session`), never this module. `make lint` checks it (import-linter).
"""

from __future__ import annotations

import functools
import os
from collections.abc import AsyncIterator, Iterable
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any, TypeVar

from typing_extensions import Unpack

from aiorthanc._constants import DEFAULT_MODIFY_CONCURRENCY, STREAM_CHUNK_SIZE
from aiorthanc._dicomweb import DicomWeb
from aiorthanc._facade import (
    Changes,
    DownloadTarget,
    ExportOptions,
    ExportResult,
    Forest,
    ForestOptions,
    InstanceCollection,
    Jobs,
    Modalities,
    Modifiable,
    PatientCollection,
    Peers,
    ProgressCallback,
    RouteOptions,
    RouteReport,
    SendTarget,
    SeriesCollection,
    StreamedAnswer,
    StudyCollection,
    archive_request,
    build_forest_with,
    copy_many,
    download,
    export_with,
    open_stream,
    route_with,
    server_labels,
    stream_chunks,
    takes_options,
)
from aiorthanc._generated.models import UploadResult
from aiorthanc._import import ImportOptionsDict, ImportReport, import_dicom
from aiorthanc._session import RequestOptions, Session
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault
from aiorthanc._upload import UploadSource, upload

if TYPE_CHECKING:
    from aiorthanc._generated.api import Api

__all__ = ["AsyncOrthanc"]

M = TypeVar("M", bound=Modifiable[Any])


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
        from aiorthanc._api_support import guard_answers
        from aiorthanc._generated.api import Api

        api = Api(self)
        guard_answers(api)
        return api

    async def open_stream(
        self,
        method: str,
        path: str,
        *,
        chunk_size: int = STREAM_CHUNK_SIZE,
        **options: Unpack[RequestOptions],
    ) -> StreamedAnswer:
        """Send a request and wait for its answer's headers; give the body unread.

        Unlike `stream()`, a context manager whose request is sent when its block is entered,
        the request is sent now: an error answer raises here (`NotFoundError`, ...), before a
        web endpoint has started its response. The `StreamedAnswer` is an async iterator of
        chunks of at most `chunk_size` bytes that closes itself when the body ends or fails
        (`IncompleteAnswerError` for a cut body); `aclose()` closes it early::

            answer = await orthanc.open_stream("GET", f"/instances/{instance_id}/file")
            return StreamingResponse(answer, background=BackgroundTask(answer.aclose))

        `options` are those of `stream()`.
        """

        return await open_stream(self, method, path, chunk_size=chunk_size, **options)

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

    @functools.cached_property
    def changes(self) -> Changes:
        """The change log: `async for change in orthanc.changes.follow(checkpoint=...)`."""

        return Changes(self)

    @functools.cached_property
    def jobs(self) -> Jobs:
        """The server's jobs: `await orthanc.jobs[job_id].wait()`, `await orthanc.jobs.list()`."""

        return Jobs(self)

    @functools.cached_property
    def peers(self) -> Peers:
        """The peers (other Orthanc servers): `await orthanc.peers["backup"].store(study)`."""

        return Peers(self)

    @functools.cached_property
    def modalities(self) -> Modalities:
        """The remote DICOM modalities: `await orthanc.modalities["PACS"].retrieve(...)`."""

        return Modalities(self)

    async def labels(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> list[str]:
        """Every label in use on the server, sorted (Orthanc 1.12.0+; one request).

        Raises:
            UnsupportedOperationError: the server is older than 1.12.0 (nothing was sent).
        """

        return await server_labels(self, timeout=timeout)

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

    # -- archives of several resources ----------------------------------------------------------

    async def download_archive(
        self,
        resources: SendTarget,
        target: DownloadTarget,
        *,
        media: bool = False,
        progress: ProgressCallback | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> int:
        """One ZIP of several resources of any levels (IDs or resources), or with `media` their
        DICOMDIR media, streamed to a path (atomically) or a binary file; the bytes written.

        ``await orthanc.download_archive(await orthanc.patients.ids(), "all.zip")``
        """
        route, body = archive_request(resources, media)
        return await download(self, route, target, body=body, progress=progress, timeout=timeout)

    def stream_archive(
        self,
        resources: SendTarget,
        *,
        media: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> AbstractAsyncContextManager[AsyncIterator[bytes]]:
        """The ZIP (DICOMDIR media if `media`) of several resources as chunks::

        async with orthanc.stream_archive([study_a, study_b]) as chunks:
            async for chunk in chunks: ...
        """
        route, body = archive_request(resources, media)
        return stream_chunks(self, route, body=body, timeout=timeout)

    async def open_archive(
        self,
        resources: SendTarget,
        *,
        media: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StreamedAnswer:
        """The ZIP (DICOMDIR media if `media`) of several resources, opened: an unknown ID
        raises here (`NotFoundError`), before any byte; see `open_stream`."""

        route, body = archive_request(resources, media)
        return await open_stream(self, "POST", route, json=body, timeout=timeout)

    @takes_options(RouteOptions)
    async def route(self, options: RouteOptions) -> RouteReport:
        """Forward what arrives to a modality or a peer, following the change log.

        ::

            report = await orthanc.route(
                orthanc.modalities["pacs"], checkpoint="route.json", delete_after=True
            )

        The arguments are the fields of `RouteOptions`: `to`, `what`, `concurrency`,
        `batch_size`, `delete_after`, `checkpoint`, `since`, `idle_timeout`, `retries`, the
        backoff bounds, `progress` and `timeout`. Runs until cancelled, until idle for
        `idle_timeout` seconds, or until a send failed after its retries (`report.failed`).
        A restart from the checkpoint loses nothing: every resource is forwarded at least once
        (see `aiorthanc.RouteOptions` and the module `aiorthanc._facade._routing`).
        """

        return await route_with(self, options)

    async def anonymize_many(
        self,
        resources: Iterable[M],
        *,
        concurrency: int = DEFAULT_MODIFY_CONCURRENCY,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
        **changes: Any,
    ) -> list[M]:
        """Anonymized copies of patients, studies or series, `concurrency` at a time.

        The new resources, in the order given. The keyword arguments are those of
        `Study.anonymize` (`keep`, `replace`, `keep_source=False`, `dicom_version`, ...);
        `timeout` is that of each copy. Raises the first failure as itself (the copies already
        made stay on the server).
        """

        return await copy_many(resources, "anonymize", concurrency, timeout, changes)

    async def modify_many(
        self,
        resources: Iterable[M],
        *,
        concurrency: int = DEFAULT_MODIFY_CONCURRENCY,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
        **changes: Any,
    ) -> list[M]:
        """Modified copies of patients, studies or series, `concurrency` at a time.

        As `anonymize_many`, with the keyword arguments of `Study.modify` (`replace`,
        `remove`, `keep`, `force`, `keep_source`, ...).
        """

        return await copy_many(resources, "modify", concurrency, timeout, changes)

    # -- DICOMweb --------------------------------------------------------------------------------

    @functools.cached_property
    def dicomweb(self) -> DicomWeb:
        """DICOMweb through Orthanc's plugin (served at /dicom-web): QIDO-RS searches, WADO-RS
        retrieval streamed to files or Datasets, STOW-RS, and Orthanc's remote DICOMweb servers.

        Needs the `dicomweb` extra. For another root, `aiorthanc.DicomWeb(orthanc, "/dicomweb")`.
        """

        return DicomWeb(self)

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
