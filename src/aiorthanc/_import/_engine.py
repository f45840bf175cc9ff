"""The concurrent import: walk, batch, upload, account.

One producer walks the sources (in a worker thread) and packs small DICOM files into batches;
`concurrency` workers upload the batches (as uncompressed ZIPs) and the large files (streamed
from disk, alone). Orthanc answers a ZIP with a list: each answer is matched to its file by the
instance ID computed locally; a file missing from the answer is sent alone for its own verdict.
"""

from __future__ import annotations

import io
import logging
import os
import time
import zipfile
from collections import deque
from collections.abc import Generator, Iterable
from dataclasses import replace

import anyio
import anyio.to_thread
from anyio.abc import ObjectReceiveStream, ObjectSendStream
from typing_extensions import Unpack

from aiorthanc._concurrency import task_group
from aiorthanc._constants import IMPORT_MAX_RETRIES
from aiorthanc._content import RequestContent
from aiorthanc._errors import (
    APIConnectionError,
    APIStatusError,
    ForbiddenError,
    NotFoundError,
    OrthancError,
    UnauthorizedError,
    UnexpectedAnswerError,
)
from aiorthanc._generated.models import UploadResult, UploadStatus
from aiorthanc._import._classify import Item
from aiorthanc._import._journal import Journal
from aiorthanc._import._options import ImportOptions, ImportOptionsDict
from aiorthanc._import._report import (
    DicomImportError,
    ImportProgress,
    ImportProgressCallback,
    ImportReport,
    OutcomeStatus,
    SourceOutcome,
)
from aiorthanc._import._walk import walk
from aiorthanc._paths import quote_segment
from aiorthanc._session import Session
from aiorthanc._upload import post_instances

__all__ = [
    "DicomImportError",
    "DicomImporter",
    "ImportProgressCallback",
    "import_dicom",
]

logger = logging.getLogger("aiorthanc.import")

# One hop to the walking thread brings at most this much: bounded memory, few thread hops.
_PULL_ITEMS = 64
_PULL_BYTES = 2 * 1024 * 1024

_STATUS: dict[UploadStatus, OutcomeStatus] = {
    "Success": OutcomeStatus.STORED,
    "AlreadyStored": OutcomeStatus.ALREADY_STORED,
    "FilteredOut": OutcomeStatus.FILTERED_OUT,
    "Failure": OutcomeStatus.FAILED,
}


class _Transient(Exception):
    """A failure that outlived the retry budget: not worth sending members one by one."""


class _FatalError(Exception):
    """The import cannot go on (refused credentials, an unexpected error): run() raises it."""


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
        self._options = options = replace(options or ImportOptions(), **changes)
        self._orthanc = orthanc
        self._concurrency = options.concurrency
        self._batch_bytes = options.batch_bytes
        self._batch_files = options.batch_files
        self._large_file_bytes = options.resolved_large_file_bytes
        self._journal_path = options.journal
        self._journal: Journal | None = None
        self._skip_existing = options.skip_existing
        self._progress = options.progress
        # The session's one retry loop, bounded by retry_timeout (and a count, never unbounded).
        self._policy = replace(
            orthanc.retry_policy, max_retries=IMPORT_MAX_RETRIES, deadline=options.retry_timeout
        )
        self._report = ImportReport()
        self._scope: anyio.CancelScope | None = None
        self._cancel_requested = False
        self._unacknowledged: dict[int, Item] = {}
        self._fatal: _FatalError | None = None
        self._group: anyio.abc.TaskGroup | None = None
        self._syncing = False
        self._done_bytes = 0
        self._started = 0.0

    @property
    def report(self) -> ImportReport:
        """The report so far (complete once `run()` returned)."""
        return self._report

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
        self._report = ImportReport()
        self._started = time.monotonic()
        self._fatal = None
        self._cancel_requested = False
        self._unacknowledged.clear()
        self._done_bytes = 0
        await self._check_server()
        if self._journal_path is not None:
            self._journal = await anyio.to_thread.run_sync(Journal.open, self._journal_path)
        try:
            async with task_group() as tg:
                self._group = tg
                self._scope = tg.cancel_scope
                if self._cancel_requested:
                    tg.cancel_scope.cancel()
                send, receive = anyio.create_memory_object_stream[list[Item]](0)
                async with receive:
                    for _ in range(self._concurrency):
                        tg.start_soon(self._worker, receive.clone())
                async with send:
                    await self._produce(sources, send)
        except anyio.get_cancelled_exc_class():
            self._stop_accounting(cancelled=True)
            raise
        except Exception as exc:  # e.g. the walk's thread, or a progress callback, broke
            self._fatal = self._fatal or _unexpected(exc)
        finally:
            self._scope = self._group = None
            if self._journal is not None:
                journal, self._journal = self._journal, None
                with anyio.CancelScope(shield=True):
                    await anyio.to_thread.run_sync(journal.close)  # fsync: off the event loop
        if self._fatal is not None:
            self._stop_accounting(cancelled=False, error=str(self._fatal))
            raise DicomImportError(str(self._fatal), self._report) from self._fatal.__cause__
        self._stop_accounting(cancelled=self._cancel_requested)
        return self._report

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
        self._stop_accounting(cancelled=False, error=message)
        raise DicomImportError(message, self._report)

    def _stop_accounting(self, *, cancelled: bool, error: str | None = None) -> None:
        reason = error or "import cancelled before Orthanc acknowledged it"
        for item in list(self._unacknowledged.values()):
            self._add(item, OutcomeStatus.FAILED, reason=reason)
        self._unacknowledged.clear()
        self._report.cancelled = self._report.cancelled or cancelled
        if error is not None:
            self._report.error = error
        self._report.seconds = time.monotonic() - self._started

    # -- producer ------------------------------------------------------------------------------

    async def _produce(
        self, sources: list[str | os.PathLike[str]], send: ObjectSendStream[list[Item]]
    ) -> None:
        walker = walk(sources, large_file_bytes=self._large_file_bytes, journal=self._journal)
        batch: list[Item] = []
        in_batch: set[str] = set()
        size = 0
        try:
            while items := await anyio.to_thread.run_sync(_pull, walker):
                for item in items:
                    if item.skip is not None:
                        entry = item.skip.journal
                        self._add(
                            item,
                            OutcomeStatus(item.skip.status),
                            reason=item.skip.reason,
                            instance_id=entry.instance_id if entry else None,
                            study_id=entry.study_id if entry else None,
                        )
                        continue
                    self._unacknowledged[id(item)] = item
                    instance_id = item.header.instance_id if item.header is not None else None
                    if item.data is None or instance_id is None:
                        await send.send([item])  # alone: large, or the server must judge it
                        continue
                    if instance_id in in_batch:
                        # Same instance twice in one ZIP: the answer could not say which copy
                        # Orthanc took (a broken copy is left out silently). Send it alone.
                        await send.send([item])
                        continue
                    if batch and (
                        size + item.size > self._batch_bytes or len(batch) >= self._batch_files
                    ):
                        await send.send(batch)
                        batch, size = [], 0
                        in_batch.clear()
                    batch.append(item)
                    in_batch.add(instance_id)
                    size += item.size
            if batch:
                await send.send(batch)
        finally:
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(walker.close)

    # -- workers -------------------------------------------------------------------------------

    async def _worker(self, receive: ObjectReceiveStream[list[Item]]) -> None:
        async with receive:
            async for items in receive:
                try:
                    if self._skip_existing:
                        items = [item for item in items if not await self._known_to_server(item)]
                    if len(items) == 1:
                        await self._send_alone(items[0])
                    elif items:
                        await self._send_batch(items)
                except Exception as exc:
                    # Stop everything; run() raises it as DicomImportError with the report.
                    fatal = exc if isinstance(exc, _FatalError) else _unexpected(exc)
                    self._fatal = self._fatal or fatal
                    if self._scope is not None:
                        self._scope.cancel()
                    return

    async def _known_to_server(self, item: Item) -> bool:
        instance_id = item.header.instance_id if item.header is not None else None
        if instance_id is None:
            return False
        try:
            await self._orthanc.request("GET", f"/instances/{quote_segment(instance_id)}")
        except NotFoundError:
            return False
        except OrthancError:
            return False  # the upload will tell
        study_id = item.header.study_id if item.header is not None else None
        result = UploadResult(
            id=instance_id,
            status="AlreadyStored",
            path=f"/instances/{instance_id}",
            parent_study=study_id,
        )
        self._acknowledge(item, result, reason="already on the server (existence check)")
        return True

    async def _send_batch(self, items: list[Item]) -> None:
        body = await anyio.to_thread.run_sync(_zip, items)
        try:
            results = await self._post(body, zip=True)
        except _Transient as exc:
            for item in items:
                self._add(item, OutcomeStatus.FAILED, reason=str(exc))
            return
        except (APIStatusError, UnexpectedAnswerError) as exc:
            # The server refused the whole ZIP (or a proxy answered for it): each file alone
            # gets its own verdict.
            logger.info("Batch of %d refused (%s); sending its files alone", len(items), exc)
            results = []
        del body
        answers: dict[str, deque[UploadResult]] = {}
        for result in results:
            answers.setdefault(result.id, deque()).append(result)
        left: list[Item] = []
        for item in items:
            queue = answers.get(item.header.instance_id)  # type: ignore[union-attr,arg-type]
            if queue:
                self._acknowledge(item, queue.popleft())
            else:
                left.append(item)
        # Answers nobody claimed: a file whose ID was computed differently from the server's.
        unclaimed = {key: list(queue) for key, queue in answers.items() if queue}
        for item in left:
            await self._send_alone(item, unclaimed)

    async def _send_alone(
        self, item: Item, unclaimed: dict[str, list[UploadResult]] | None = None
    ) -> None:
        content: RequestContent | None = item.data if item.data is not None else item.opener
        assert content is not None
        try:
            results = await self._post(content)
        except _FatalError:
            raise
        except Exception as exc:  # refused, a non-JSON answer, or the source broke mid-read
            self._add(item, OutcomeStatus.FAILED, reason=_reason(exc))
            return
        if len(results) != 1:
            reason = f"Orthanc answered {len(results)} instances for one file"
            self._add(item, OutcomeStatus.FAILED, reason=reason)
            return
        result = results[0]
        earlier = (unclaimed or {}).get(result.id)
        if earlier and result.status == "AlreadyStored":
            # The batch stored it a moment ago (its ID was computed differently here).
            stored = [r for r in earlier if r.status == "Success"]
            result = stored[0] if stored else earlier[0]
            earlier.remove(result)
        self._acknowledge(item, result)

    async def _post(self, content: RequestContent, *, zip: bool = False) -> list[UploadResult]:
        """POST through the session's retry loop, bounded by retry_timeout; refused
        credentials become `_FatalError`, transient failures that outlived it `_Transient`."""
        started = time.monotonic()
        try:
            return await post_instances(self._orthanc, content, zip=zip, retries=self._policy)
        except (UnauthorizedError, ForbiddenError) as exc:
            raise _FatalError(f"Orthanc refused the upload: {exc}") from exc
        except (APIConnectionError, APIStatusError) as exc:
            if isinstance(exc, APIStatusError) and exc.status_code not in self._policy.status_codes:
                raise
            elapsed = time.monotonic() - started
            raise _Transient(f"gave up after {elapsed:.1f} s of transient failures: {exc}") from exc

    # -- accounting ----------------------------------------------------------------------------

    def _acknowledge(self, item: Item, result: UploadResult, reason: str | None = None) -> None:
        status = _STATUS[result.status]
        if status is OutcomeStatus.FAILED:
            reason = "Orthanc answered Failure"
        elif self._journal is not None and status is not OutcomeStatus.FILTERED_OUT:
            self._journal.record(
                item.key, item.stamp, result.id, result.parent_study, status.value, item.size
            )
            if self._journal.sync_due and not self._syncing and self._group is not None:
                self._syncing = True
                self._group.start_soon(self._sync_journal, self._journal)
        self._add(
            item,
            status,
            reason=reason,
            instance_id=result.id,
            study_id=result.parent_study,
        )

    async def _sync_journal(self, journal: Journal) -> None:
        try:
            await anyio.to_thread.run_sync(journal.sync)
        finally:
            self._syncing = False

    def _add(
        self,
        item: Item,
        status: OutcomeStatus,
        *,
        reason: str | None = None,
        instance_id: str | None = None,
        study_id: str | None = None,
    ) -> None:
        self._unacknowledged.pop(id(item), None)
        item.data = None  # accounted for: free the memory now
        if item.release is not None:
            item.release()
            item.release = None
        outcome = SourceOutcome(item.name, status, item.size, instance_id, study_id, reason)
        self._report.add(outcome)
        self._done_bytes += item.size
        if self._progress is not None and self._fatal is None:  # not again once it broke
            self._progress(
                ImportProgress(
                    sources=len(self._report.outcomes),
                    instances=self._report.instances,
                    failed=self._report.failed,
                    bytes=self._done_bytes,
                    seconds=time.monotonic() - self._started,
                    last=outcome,
                )
            )


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


def _pull(walker: Generator[Item, None, None]) -> list[Item]:
    items: list[Item] = []
    size = 0
    for item in walker:
        items.append(item)
        if item.data is not None:
            size += len(item.data)
        elif item.release is not None:
            size += item.size  # spooled to disk: bound that too
        if len(items) >= _PULL_ITEMS or size >= _PULL_BYTES:
            break
    return items


def _zip(items: list[Item]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for number, item in enumerate(items):
            assert item.data is not None
            archive.writestr(f"{number:06d}.dcm", item.data)
    return buffer.getvalue()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, APIStatusError):
        parts = [f"HTTP {exc.status_code}"]
        parts.extend(p for p in (exc.orthanc_error, exc.details) if p)
        return ": ".join(parts)
    if isinstance(exc, OrthancError | _Transient):
        return str(exc)
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc}"
    # Reading the source failed mid-upload (bad CRC, truncated archive, ...).
    return f"cannot read: {type(exc).__name__}: {exc}"


def _unexpected(exc: Exception) -> _FatalError:
    fatal = _FatalError(f"import stopped by an unexpected error: {type(exc).__name__}: {exc}")
    fatal.__cause__ = exc
    return fatal
