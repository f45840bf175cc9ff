"""Export instances to a folder tree, concurrently (Orthanc's AutoClassify sample as one call)."""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Iterable
from dataclasses import KW_ONLY, dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from aiorthanc._concurrency import task_group
from aiorthanc._constants import (
    DEFAULT_EXPORT_ARCHIVE_BYTES,
    DEFAULT_EXPORT_CONCURRENCY,
    EXPORT_WRITE_BACKLOG,
    STREAM_CHUNK_SIZE,
)
from aiorthanc._errors import APIError, APIStatusError, NotFoundError
from aiorthanc._facade._base import Resource
from aiorthanc._facade._download import download, settle, write_whole
from aiorthanc._facade._export_archives import Batch, batches, fetch_archive, unpack
from aiorthanc._facade._layout import FolderLayout, LayoutFunction
from aiorthanc._facade._levels import Instance, Patient, Series, Study
from aiorthanc._facade._options import help_text, takes_options
from aiorthanc._facade._placing import Placer, instance_tags
from aiorthanc._facade._server_listing import list_server
from aiorthanc._facade._writing import BatchWriter
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = [
    "ExportOptions",
    "ExportProgressCallback",
    "ExportResult",
    "export",
    "export_with",
]

logger = logging.getLogger("aiorthanc")

# Archives answered 404 in a row before export stops asking: one batch's 404 is an instance
# deleted meanwhile; several in a row, a server (or proxy) that does not serve the route.
_ARCHIVE_MISSES = 3

_Item = tuple[Instance, Path]

A = TypeVar("A")
B = TypeVar("B")


class ExportProgressCallback(Protocol):
    """Called after each file of an export as ``progress(files_done, files_total)``.

    `files_done` counts the files written, skipped (`skip_existing`) and missing (deleted from
    the server since the listing); it reaches `files_total` when the export is complete. An
    export of the whole server starts downloading while it lists: until the listing is over,
    `files_total` is the server's instance count from `/statistics`. May be a coroutine
    function: it is awaited before that worker takes its next file.
    """

    def __call__(self, files_done: int, files_total: int, /) -> Awaitable[None] | None:
        """Report the files done so far."""


@dataclass
class ExportResult:
    """What an export wrote."""

    written: list[Path] = field(default_factory=list)
    """Files written, in completion order."""
    skipped: list[Path] = field(default_factory=list)
    """Files left as they were (`skip_existing`)."""
    missing: list[str] = field(default_factory=list)
    """IDs of instances deleted from the server between the listing and their download."""
    bytes_written: int = 0


async def _collect(
    resources: Iterable[Resource[Any]], timeout: TimeoutTypes | UseDefault
) -> list[tuple[Instance, dict[str, str]]]:
    """The instances of `resources` with their tags, in a constant number of requests each."""
    result: dict[str, tuple[Instance, dict[str, str]]] = {}
    for resource in resources:
        for instance, tags in await _collect_one(resource, timeout):
            result.setdefault(instance.id, (instance, tags))
    return list(result.values())


async def _collect_one(
    resource: Resource[Any], timeout: TimeoutTypes | UseDefault
) -> list[tuple[Instance, dict[str, str]]]:
    """The instances of one resource with their tags, in one to three concurrent requests."""
    studies: list[Study]
    series_list: list[Series]
    patient_tags: dict[str, str] | None = None
    if isinstance(resource, Patient):
        (studies, series_list), instances = await _both(
            _both(resource.studies(timeout=timeout), resource.series(timeout=timeout)),
            resource.instances(timeout=timeout),
        )
        patient_tags = resource.main_dicom_tags
    elif isinstance(resource, Study):
        studies = [resource]
        series_list, instances = await _both(
            resource.series(timeout=timeout), resource.instances(timeout=timeout)
        )
    elif isinstance(resource, Series):
        its_study, instances = await _both(
            resource.study(timeout=timeout), resource.instances(timeout=timeout)
        )
        studies, series_list = [its_study], [resource]
    elif isinstance(resource, Instance):
        parent_series, parent_study = await _both(
            resource.series(timeout=timeout), resource.study(timeout=timeout)
        )
        studies, series_list, instances = [parent_study], [parent_series], [resource]
    else:
        raise TypeError(f"cannot export {type(resource).__name__}")
    study_by_id = {s.id: s for s in studies}
    series_by_id = {s.id: s for s in series_list}
    items = []
    for instance in instances:
        series = series_by_id.get(instance.parent_series_id)
        study = study_by_id.get(series.parent_study_id) if series is not None else None
        tags = patient_tags if patient_tags is not None else _patient_tags_of(study)
        items.append((instance, instance_tags(instance, series, study, tags)))
    return items


def _patient_tags_of(study: Study | None) -> dict[str, str] | None:
    if study is None:
        return None
    return {
        k: str(v)
        for k, v in study.patient_tags.model_dump(by_alias=True, exclude_none=True).items()
    }


async def _both(a: Awaitable[A], b: Awaitable[B]) -> tuple[A, B]:
    """Await two requests concurrently."""
    results: dict[int, Any] = {}

    async def run(index: int, awaitable: Awaitable[Any]) -> None:
        results[index] = await awaitable

    async with task_group() as tg:
        tg.start_soon(run, 0, a)
        tg.start_soon(run, 1, b)
    return cast(A, results[0]), cast(B, results[1])


def _plan(
    items: list[tuple[Instance, dict[str, str]]], layout: FolderLayout, root: Path
) -> list[tuple[Instance, Path]]:
    """Target paths, in instance ID order (so that a name collision is settled the same way
    each time)."""
    placer = Placer(layout, root)
    return [
        (instance, placer.place(instance, tags))
        for instance, tags in sorted(items, key=lambda item: item[0].id)
    ]


@dataclass(frozen=True)
class ExportOptions:
    """The arguments of `export()` and `AsyncOrthanc.export()`."""

    target: str | os.PathLike[str] = field(
        metadata=help_text(
            "the export folder (created if needed); nothing is ever written outside it: "
            "tag values are sanitized and every path is checked (see FolderLayout)"
        )
    )
    resources: Iterable[Resource[Any]] | None = field(
        default=None,
        metadata=help_text(
            "patients, studies, series or instances to export; None exports the whole server"
        ),
    )
    _: KW_ONLY
    layout: FolderLayout | str | LayoutFunction | None = field(
        default=None,
        metadata=help_text(
            "a FolderLayout, a template string or a layout function; default "
            "PatientID - PatientName/StudyDate - StudyDescription/Modality - SeriesDescription/"
            "SOPInstanceUID.dcm"
        ),
    )
    concurrency: int = field(
        default=DEFAULT_EXPORT_CONCURRENCY,
        metadata=help_text("requests in flight: each a file, or an archive of small files"),
    )
    archive_bytes: int = field(
        default=DEFAULT_EXPORT_ARCHIVE_BYTES,
        metadata=help_text(
            "small files (up to 1 MiB) are fetched many per request, in ZIP archives of at "
            "most this many bytes (/tools/create-archive); 0 fetches each file alone"
        ),
    )
    skip_existing: bool = field(
        default=False,
        metadata=help_text(
            "leave files that already exist (to resume an export); otherwise replace them"
        ),
    )
    progress: ExportProgressCallback | None = field(
        default=None,
        metadata=help_text("called as progress(files_done, files_total) after each file"),
    )
    timeout: TimeoutTypes | UseDefault = field(
        default=USE_DEFAULT, metadata=help_text("timeout of each request (default: the client's)")
    )


@takes_options(ExportOptions)
async def export(client: Session, options: ExportOptions) -> ExportResult:
    """Download instances into a folder tree, `concurrency` files at a time.

    The arguments are the fields of `ExportOptions`: `target`, `resources`, `layout`,
    `concurrency`, `archive_bytes`, `skip_existing`, `progress` (see `ExportProgressCallback`)
    and `timeout` (of each request: the listing, the navigation, each file or archive).

    Small files come many per request, in ZIP archives that Orthanc makes: each member is
    matched to its instance by the Orthanc ID of its own UIDs and checked against its CRC-32.
    What an archive does not deliver (an instance deleted meanwhile, an archive refused or
    damaged) is downloaded one file at a time. Each file is written atomically, with the mode a
    plain ``open()`` gives (0o666 minus the umask). On failure or cancellation the files
    already written stay.

    Raises:
        APIStatusError: the first failed request (e.g. `UnauthorizedError`), as itself, also
            when it happened in one of the concurrent requests. Instances deleted from the
            server meanwhile are not errors: they are listed in `ExportResult.missing`.
        ExportPathError: when a layout would write outside `target`.
    """
    return await export_with(client, options)


async def export_with(client: Session, options: ExportOptions) -> ExportResult:
    """`export()` with its arguments as one object."""
    if options.concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    if options.archive_bytes < 0:
        raise ValueError("archive_bytes must be >= 0")
    layout = options.layout
    if not isinstance(layout, FolderLayout):
        layout = FolderLayout() if layout is None else FolderLayout(layout)
    root = Path(options.target)
    await anyio.to_thread.run_sync(lambda: root.mkdir(parents=True, exist_ok=True))
    downloads = _Downloads(client, options)
    send, receive = anyio.create_memory_object_stream[Batch](options.concurrency)
    async with task_group() as outer:
        outer.start_soon(downloads.writer.run)
        try:
            async with task_group() as tg:
                if options.resources is None:
                    listing = partial(
                        list_server,
                        timeout=options.timeout,
                        archive_bytes=options.archive_bytes,
                        on_total=downloads.total_is,
                    )
                    tg.start_soon(listing, client, Placer(layout, root), send)
                else:
                    tg.start_soon(_list_resources, options.resources, layout, root, send, downloads)
                with receive:  # each worker holds a clone: the listing stops if every worker did
                    for _ in range(options.concurrency):
                        tg.start_soon(downloads.drain, receive.clone())
        finally:
            downloads.writer.close()
    return downloads.result


async def _list_resources(
    resources: Iterable[Resource[Any]],
    layout: FolderLayout,
    root: Path,
    send: MemoryObjectSendStream[Batch],
    downloads: _Downloads,
) -> None:
    async with send:
        items = await _collect(resources, downloads.options.timeout)
        plan = await anyio.to_thread.run_sync(_plan, items, layout, root)  # resolved on disk
        downloads.total_is(len(plan))
        paths = {instance.id: path for instance, path in plan}
        for group in batches([instance for instance, _ in plan], downloads.options.archive_bytes):
            await send.send(Batch(group, [paths[instance.id] for instance in group]))


class _Downloads:
    """The download workers of one export, and what they did."""

    def __init__(self, client: Session, options: ExportOptions) -> None:
        self.client = client
        self.options = options
        self.result = ExportResult()
        self.total = 0
        self.writer = BatchWriter(write_whole, backlog=EXPORT_WRITE_BACKLOG)
        self.archives = True  # until the server refuses them
        self.archive_misses = 0  # archives answered 404 in a row
        # One archive written at a time: the work holds the GIL; threads would only contend.
        self.unpacking = anyio.CapacityLimiter(1)

    def total_is(self, total: int) -> None:
        """What `progress` reports as the number of files to export."""
        self.total = total

    async def drain(self, receive: MemoryObjectReceiveStream[Batch]) -> None:
        """Download the batches `receive` gives until it is closed and empty."""
        async with receive:
            async for batch in receive:
                await self.batch(batch)

    async def batch(self, batch: Batch) -> None:
        """Download a batch: in one archive if it holds several files, else file by file. The
        archive is asked for while the batch waits for its paths, unless some may be skipped."""
        skipping = self.options.skip_existing
        archive = None if skipping else await self.fetch(batch.instances)
        items = await batch.placed()
        if skipping:
            items = await self.skip_existing(items)
            archive = await self.fetch([instance for instance, _ in items])
        if archive is not None:
            items = await self.unpack(archive, items)
        for instance, path in items:
            await self.one(instance, path)

    async def skip_existing(self, items: list[_Item]) -> list[_Item]:
        """Leave the files that exist (one worker-thread trip); the others."""
        exists = await anyio.to_thread.run_sync(lambda: [path.exists() for _, path in items])
        for (_, path), there in zip(items, exists, strict=True):
            if there:
                self.result.skipped.append(path)
                await self.report()
        return [item for item, there in zip(items, exists, strict=True) if not there]

    async def fetch(self, instances: list[Instance]) -> bytes | None:
        """The archive of `instances`; None for fewer than two, or when it cannot be had (the
        batch is then downloaded file by file)."""
        if len(instances) < 2 or not self.archives:
            return None
        try:
            archive = await fetch_archive(self.client, instances, timeout=self.options.timeout)
        except NotFoundError:  # one of them was deleted since the listing, or no such route
            self.archive_misses += 1
            if self.archive_misses == _ARCHIVE_MISSES:
                self.refuse(f"{_ARCHIVE_MISSES} archives in a row were answered 404")
            return None
        except APIStatusError as exc:  # a filter, an authorization plugin, a proxy
            self.refuse(exc)
            return None
        except APIError:  # a timeout, a lost connection: this batch alone, file by file
            return None
        self.archive_misses = 0
        return archive

    def refuse(self, reason: object) -> None:
        """Archives no more for this export, said once."""
        if self.archives:
            self.archives = False
            logger.warning("export: %s; files are now downloaded one by one", reason)

    async def unpack(self, archive: bytes, items: list[_Item]) -> list[_Item]:
        """Write the files `archive` delivers; the items it did not."""
        wanted = {instance.id: (path, instance.file_size or 0) for instance, path in items}
        written: list[tuple[Path, int]] = []
        unpacking = partial(unpack, archive, wanted, write_whole, written)
        try:
            await anyio.to_thread.run_sync(unpacking, limiter=self.unpacking)
        finally:  # those written before a write error are counted too
            for path, size in written:
                await self.written(path, size)
        return [(instance, path) for instance, path in items if instance.id in wanted]

    async def one(self, instance: Instance, path: Path) -> None:
        """Download one instance to `path` (or note it missing); reported once written (a
        small file read whole goes to the writer and this goes on meanwhile)."""
        options, result = self.options, self.result
        file = f"{instance.path}/file"
        try:
            data = await self.client.read_small(
                "GET", file, STREAM_CHUNK_SIZE, timeout=options.timeout
            )
            if data is None:  # large, or of unknown length: streamed to disk
                size = await download(
                    self.client, file, path, timeout=options.timeout, whole_first=False
                )
        except NotFoundError:
            result.missing.append(instance.id)
            await self.report()
            return
        if data is not None:
            await self.writer.put(path, data, self.written)
        else:
            await self.written(path, size)

    async def written(self, path: Path, size: int) -> None:
        """Count a file known written, and report."""
        self.result.bytes_written += size
        self.result.written.append(path)
        await self.report()

    async def report(self) -> None:
        """Tell `progress` how many files are done."""
        if self.options.progress is not None:
            result = self.result
            done = len(result.written) + len(result.skipped) + len(result.missing)
            await settle(self.options.progress(done, max(self.total, done)))
