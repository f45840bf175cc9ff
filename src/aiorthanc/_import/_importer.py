"""The concurrent import: one producer, `concurrency` uploaders, one accounting.

The producer (`_producer`) walks the sources and packs small DICOM files into batches; the
uploaders (`_uploader`) send them, and the large files alone; `_accounting` gives every source
its outcome. This module wires them together, and stops them all on a fatal error or a cancel.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import replace

import anyio
from anyio.abc import ObjectReceiveStream
from typing_extensions import Unpack

from aiorthanc._concurrency import task_group
from aiorthanc._errors import APIConnectionError, APIStatusError, ForbiddenError, UnauthorizedError
from aiorthanc._import._accounting import Accounting
from aiorthanc._import._classify import Item
from aiorthanc._import._options import ImportOptions, ImportOptionsDict
from aiorthanc._import._producer import produce
from aiorthanc._import._report import DicomImportError, ImportReport
from aiorthanc._import._uploader import ImportStopped, Uploader
from aiorthanc._session import Session

__all__ = ["DicomImporter", "import_dicom"]


class DicomImporter:
    """Import files, folders and archives into Orthanc, concurrently, with a report.

    ::

        importer = DicomImporter(orthanc, journal="import.jsonl")
        report = await importer.run(["/data/dicom", "/data/more.zip"])
        print(report.summary())

    `import_dicom()` does the same in one call; the class lets another task `cancel()` the
    import cleanly (the partial report is returned) and read `report` while it runs.

    Args:
        orthanc: the client to upload with.
        options: an `ImportOptions`; keyword arguments (its field names) change some of it.
    """

    def __init__(
        self,
        orthanc: Session,
        options: ImportOptions | None = None,
        **changes: Unpack[ImportOptionsDict],
    ) -> None:
        self._orthanc = orthanc
        self._options = replace(options or ImportOptions(), **changes)
        self._accounting = Accounting()
        self._scope: anyio.CancelScope | None = None
        self._cancel_requested = False
        self._stopped: ImportStopped | None = None

    @property
    def options(self) -> ImportOptions:
        """The options of this importer."""
        return self._options

    @property
    def report(self) -> ImportReport:
        """The report so far (complete once `run()` returned)."""
        return self._accounting.report

    def cancel(self) -> None:
        """Stop the import: requests in flight are abandoned, `run()` returns the partial
        report (with `cancelled` set). Call it from the event loop (e.g. a signal handler)."""
        self._cancel_requested = True
        if self._scope is not None:
            self._scope.cancel()

    async def run(
        self, paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
    ) -> ImportReport:
        """Import `paths` (files, folders, archives) and return the report.

        Each call is a new import (a `cancel()` of an earlier run is forgotten).

        Raises:
            DicomImportError: the server refuses every upload (credentials, permissions, URL),
                or the import stopped on an unexpected error; its `report` is the partial one.
        """
        sources = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
        self._accounting = accounting = Accounting(self._options.progress)
        self._stopped = None
        self._cancel_requested = False
        await self._check_server()
        await accounting.open_journal(self._options.journal)
        try:
            await self._run(sources)
        except anyio.get_cancelled_exc_class():
            accounting.stop(cancelled=True)
            raise
        except Exception as exc:  # e.g. the walk's thread, or a progress callback, broke
            self._stop(_unexpected(exc))
        finally:
            self._scope = None
            await accounting.close_journal()
        if self._stopped is not None:
            accounting.stop(cancelled=False, error=str(self._stopped))
            raise DicomImportError(str(self._stopped), accounting.report) from (
                self._stopped.__cause__
            )
        accounting.stop(cancelled=self._cancel_requested)
        return accounting.report

    async def _run(self, sources: list[str | os.PathLike[str]]) -> None:
        uploader = Uploader(self._orthanc, self._options, self._accounting)
        async with task_group() as tg:
            self._scope = tg.cancel_scope
            self._accounting.sync_in(tg)
            if self._cancel_requested:
                tg.cancel_scope.cancel()
            send, receive = anyio.create_memory_object_stream[list[Item]](0)
            async with receive:
                for _ in range(self._options.concurrency):
                    tg.start_soon(self._upload, uploader, receive.clone())
            async with send:
                await produce(sources, self._options, self._accounting, send)

    async def _upload(self, uploader: Uploader, receive: ObjectReceiveStream[list[Item]]) -> None:
        async with receive:
            async for items in receive:
                try:
                    await uploader.send(items)
                except Exception as exc:
                    # Stop everything; run() raises it as DicomImportError with the report.
                    self._stop(exc if isinstance(exc, ImportStopped) else _unexpected(exc))
                    if self._scope is not None:
                        self._scope.cancel()
                    return

    def _stop(self, reason: ImportStopped) -> None:
        # The first reason wins; no more progress calls (the callback may be what broke).
        self._stopped = self._stopped or reason
        self._accounting.silence()

    async def _check_server(self) -> None:
        # Fail fast, with one clear message, on a wrong URL or credentials: not one per file.
        try:
            system = await self._orthanc.get_json("/system")
        except (UnauthorizedError, ForbiddenError) as exc:
            message = f"Orthanc refused the credentials: {exc}"
        except APIStatusError as exc:
            message = f"{self._orthanc.url} does not look like Orthanc's REST API: {exc}"
        except APIConnectionError as exc:
            message = f"cannot reach Orthanc: {exc}"
        else:
            if isinstance(system, dict) and "Version" in system:
                return
            message = f"{self._orthanc.url} does not look like Orthanc's REST API (GET /system)"
        self._accounting.stop(cancelled=False, error=message)
        raise DicomImportError(message, self._accounting.report)


async def import_dicom(
    orthanc: Session,
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    **options: Unpack[ImportOptionsDict],
) -> ImportReport:
    """Import files, folders (recursively) and archives into Orthanc; return the report.

    ::

        report = await import_dicom(orthanc, ["/data/dicom", "/data/study.zip"])
        print(report.summary())
        assert report.ok

    DICOM is recognised by content. Archives (.zip, .tar, .tar.gz, .tar.bz2, .tar.xz, single
    .gz/.bz2/.xz files) are read in place. The keyword arguments are the fields of
    `ImportOptions`; see `DicomImporter` for cancellation. A file is reported stored only when
    Orthanc acknowledged it.
    """
    return await DicomImporter(orthanc, **options).run(paths)


def _unexpected(exc: Exception) -> ImportStopped:
    stopped = ImportStopped(f"import stopped by an unexpected error: {type(exc).__name__}: {exc}")
    stopped.__cause__ = exc
    return stopped
