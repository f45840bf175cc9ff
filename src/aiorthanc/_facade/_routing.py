"""Routing: follow the change log and forward what arrives to a modality or a peer.

`await orthanc.route(orthanc.modalities["pacs"])` forwards each study as it becomes stable
(``what="instances"``: each new instance, in batches, one store call per batch), a few sends
at a time, each retried with backoff, optionally deleting what the target acknowledged.

The position is a sequence number of the change log, kept in `checkpoint` when given. It
moves only over changes whose forwarding ended (acknowledged by the target, or the resource
was gone), in the order of the log, also when later sends finish first. So a router killed at
any point and restarted from its checkpoint loses nothing: it forwards every resource at least
once. The ones that were in flight or had finished out of order at the kill are sent again
(the target keeps one copy per SOPInstanceUID). A send that still fails after its retries is
reported; the router then stops taking new work and returns once the sends in flight end,
with the position before the failure, so that the next run tries it again.
"""

from __future__ import annotations

import os
import time
from collections.abc import Awaitable
from dataclasses import KW_ONLY, dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol, TypeAlias

import anyio
from anyio.abc import ObjectReceiveStream, ObjectSendStream

from aiorthanc._concurrency import task_group
from aiorthanc._constants import (
    DEFAULT_CHANGES_POLL_INTERVAL,
    DEFAULT_ROUTE_BATCH_SIZE,
    DEFAULT_ROUTE_CONCURRENCY,
    DEFAULT_ROUTE_PAGE_SIZE,
    ROUTE_INITIAL_BACKOFF,
    ROUTE_MAX_BACKOFF,
    ROUTE_MAX_PENDING,
    ROUTE_MAX_RETRIES,
)
from aiorthanc._errors import APIConnectionError, APIStatusError, NotFoundError
from aiorthanc._facade._changes import Checkpoint, read_changes_page
from aiorthanc._facade._download import settle
from aiorthanc._facade._enums import Change, ChangeType
from aiorthanc._facade._ledger import Ledger, Unit
from aiorthanc._facade._modalities import Modality
from aiorthanc._facade._options import help_text
from aiorthanc._facade._peers import Peer
from aiorthanc._paths import quote_segment
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["RouteOptions", "RouteProgressCallback", "RouteReport", "RouteWhat", "route_with"]

RouteWhat: TypeAlias = Literal["stable-studies", "stable-series", "stable-patients", "instances"]
"""What a router forwards: each stable study, series or patient, or each new instance."""

# The change that starts the forwarding of each kind, and the route of its resources.
_KINDS: dict[str, tuple[ChangeType, str]] = {
    "stable-studies": (ChangeType.STABLE_STUDY, "studies"),
    "stable-series": (ChangeType.STABLE_SERIES, "series"),
    "stable-patients": (ChangeType.STABLE_PATIENT, "patients"),
    "instances": (ChangeType.NEW_INSTANCE, "instances"),
}


@dataclass
class RouteReport:
    """What a router did (Orthanc IDs of the resources of the kind it routes)."""

    forwarded: list[str] = field(default_factory=list)
    """Acknowledged by the target, in the order their sends ended."""
    failed: dict[str, str] = field(default_factory=dict)
    """Still not acknowledged after the retries: ID -> why (the router stopped after them)."""
    skipped: list[str] = field(default_factory=list)
    """Deleted from the server before they could be sent."""
    deleted: list[str] = field(default_factory=list)
    """Deleted from the server after the target acknowledged them (`delete_after`)."""
    retries: int = 0
    """Sends tried again after a failure."""
    position: int | None = None
    """The sequence number of the change log a restart resumes after (the checkpoint's)."""


class RouteProgressCallback(Protocol):
    """Called as ``progress(report)`` after each send ends; may be a coroutine function."""

    def __call__(self, report: RouteReport, /) -> Awaitable[None] | None:
        """Report the routing so far."""


@dataclass(frozen=True)
class RouteOptions:
    """The arguments of `AsyncOrthanc.route()`."""

    to: Modality | Peer = field(
        metadata=help_text(
            "the target: orthanc.modalities[name] (C-STORE) or orthanc.peers[name] (HTTP)"
        )
    )
    what: RouteWhat = field(
        default="stable-studies",
        metadata=help_text(
            "stable-studies, stable-series, stable-patients (one send each as it becomes "
            "stable) or instances (each new instance, in batches)"
        ),
    )
    _: KW_ONLY
    concurrency: int = field(
        default=DEFAULT_ROUTE_CONCURRENCY, metadata=help_text("sends in flight at once")
    )
    batch_size: int = field(
        default=DEFAULT_ROUTE_BATCH_SIZE,
        metadata=help_text(
            "instances per send (what='instances'); a smaller batch goes once the log is read "
            "to its end"
        ),
    )
    delete_after: bool = field(
        default=False,
        metadata=help_text("delete each resource from the server once the target acknowledged it"),
    )
    checkpoint: str | os.PathLike[str] | Checkpoint | None = field(
        default=None,
        metadata=help_text("a file that keeps the position, to resume from after a restart"),
    )
    since: int | None = field(
        default=None,
        metadata=help_text(
            "the sequence number to start after; by default the checkpoint's, else 0 "
            "(await orthanc.changes.last_seq(): only what arrives from now on)"
        ),
    )
    idle_timeout: float | None = field(
        default=None,
        metadata=help_text(
            "return once nothing was left to forward for this many seconds (0: as soon as "
            "the log is read to its end and every send ended); None: run until cancelled"
        ),
    )
    retries: int = field(
        default=ROUTE_MAX_RETRIES,
        metadata=help_text("tries again of a failed send before it is reported as failed"),
    )
    initial_backoff: float = field(
        default=ROUTE_INITIAL_BACKOFF,
        metadata=help_text("seconds before the first retry; doubled at each retry"),
    )
    max_backoff: float = field(
        default=ROUTE_MAX_BACKOFF, metadata=help_text("the longest wait between two retries")
    )
    max_pending: int = field(
        default=ROUTE_MAX_PENDING,
        metadata=help_text(
            "sends that ended after an older one still in flight, kept until it ends; more "
            "wait (bounds what a restart sends again)"
        ),
    )
    page_size: int = field(
        default=DEFAULT_ROUTE_PAGE_SIZE, metadata=help_text("changes read per request")
    )
    poll_interval: float = field(
        default=DEFAULT_CHANGES_POLL_INTERVAL,
        metadata=help_text("seconds between two reads once the log is read to its end"),
    )
    progress: RouteProgressCallback | None = field(
        default=None, metadata=help_text("called as progress(report) after each send ends")
    )
    timeout: TimeoutTypes | UseDefault = field(
        default=USE_DEFAULT,
        metadata=help_text("timeout of each request, sends included (default: the client's)"),
    )

    def __post_init__(self) -> None:
        if self.what not in _KINDS:
            raise ValueError(f"what must be one of {', '.join(_KINDS)}, got {self.what!r}")
        counts = (self.concurrency, self.batch_size, self.max_pending, self.page_size)
        if min(counts) < 1:
            raise ValueError("concurrency, batch_size, max_pending and page_size must be >= 1")
        if self.retries < 0 or min(self.initial_backoff, self.max_backoff) < 0:
            raise ValueError("retries and the backoff bounds must be >= 0")


class _NotAllStored(Exception):
    """The target acknowledged the send but reported failed instances."""


def _retryable(error: Exception) -> bool:
    """Connection losses, server errors and partial stores; not the other refusals (4xx)."""
    return not isinstance(error, APIStatusError) or error.status_code >= 500


async def route_with(client: Session, options: RouteOptions) -> RouteReport:
    """`AsyncOrthanc.route()` with its arguments as one object."""
    kept = options.checkpoint
    checkpoint = Checkpoint(kept) if isinstance(kept, (str, os.PathLike)) else kept
    start = options.since
    if start is None and checkpoint is not None:
        start = await anyio.to_thread.run_sync(checkpoint.load)
    router = _Router(client, options, checkpoint, start or 0)
    return await router.run()


class _Router:
    """One run: a task reading the log into units, `concurrency` workers sending them."""

    def __init__(
        self, client: Session, options: RouteOptions, checkpoint: Checkpoint | None, start: int
    ) -> None:
        self._client = client
        self._options = options
        self._checkpoint = checkpoint
        self._change_type, self._route = _KINDS[options.what]
        self._batch_size = options.batch_size if options.what == "instances" else 1
        self._ledger = Ledger(start)
        self._report = RouteReport(position=start)
        self._stopped = False
        self._changed = anyio.Event()
        self._active_at = time.monotonic()

    async def run(self) -> RouteReport:
        send, receive = anyio.create_memory_object_stream[Unit](0)
        async with task_group() as tasks:
            for _ in range(self._options.concurrency):
                tasks.start_soon(self._worker, receive.clone())
            receive.close()
            async with send:
                await self._follow(send)
        return self._report

    async def _follow(self, send: ObjectSendStream[Unit]) -> None:
        """Read the log into units and hand them to the workers, until stopped or idle."""
        since = self._ledger.position
        batch: Unit | None = None
        while not self._stopped:
            page = await read_changes_page(self._client, since, self._options.page_size)
            for entry in page["Changes"]:
                change = Change.model_validate(entry)
                if change.change_type != self._change_type:
                    continue
                self._active_at = time.monotonic()
                if batch is None:
                    batch = self._ledger.open(change.seq, change.id)
                else:
                    batch.add(change.seq, change.id)
                if len(batch.ids) >= self._batch_size:
                    await self._dispatch(batch, send)
                    batch = None
            since = max(since, int(page["Last"]))
            self._moved(self._ledger.read_to(since))
            if not page["Done"]:
                continue
            if batch is not None:
                await self._dispatch(batch, send)
                batch = None
            if self._idle():
                return
            await self._wait_for_change(self._options.poll_interval)

    def _idle(self) -> bool:
        limit = self._options.idle_timeout
        if limit is None or len(self._ledger) > 0:
            return False
        return time.monotonic() - self._active_at >= limit

    async def _dispatch(self, unit: Unit, send: ObjectSendStream[Unit]) -> None:
        while len(self._ledger) > self._options.max_pending and not self._stopped:
            await self._wait_for_change(None)
        if not self._stopped:  # a unit not sent stays in the ledger: the position stays before it
            await send.send(unit)

    async def _wait_for_change(self, limit: float | None) -> None:
        """Until a send ends (or `limit` seconds pass)."""
        with anyio.move_on_after(limit):
            await self._changed.wait()
        if self._changed.is_set():
            self._changed = anyio.Event()

    async def _worker(self, receive: ObjectReceiveStream[Unit]) -> None:
        async with receive:
            async for unit in receive:
                if not self._stopped:
                    await self._forward(unit)
                    self._active_at = time.monotonic()
                    self._changed.set()
                    if self._options.progress is not None:
                        await settle(self._options.progress(self._report))

    async def _forward(self, unit: Unit) -> None:
        """Send `unit` (then delete it if asked), retrying with backoff; record the outcome."""
        delay, attempt = self._options.initial_backoff, 0
        while unit.ids:
            try:
                await self._send(unit)
                break
            except NotFoundError as exc:
                if await self._drop_gone(unit):
                    continue
                error: Exception = exc
            except (APIConnectionError, APIStatusError, _NotAllStored) as exc:
                error = exc
            if not _retryable(error) or attempt >= self._options.retries:
                self._fail(unit, error)
                return
            attempt += 1
            self._report.retries += 1
            await anyio.sleep(delay)
            delay = min(delay * 2, self._options.max_backoff)
        self._moved(self._ledger.finish(unit))

    async def _send(self, unit: Unit) -> None:
        """Store the unit's resources at the target; then delete them here if asked."""
        if not unit.sent:
            result = await self._options.to.store(unit.ids, timeout=self._options.timeout)
            if result.failed_instances_count:
                raise _NotAllStored(
                    f"the target took {result.instances_count - result.failed_instances_count}"
                    f" of {result.instances_count} instances"
                )
            unit.sent = True
            self._report.forwarded += unit.ids
        if self._options.delete_after:
            body = {"Resources": unit.ids}
            await self._client.post_json("/tools/bulk-delete", body, timeout=self._options.timeout)
            self._report.deleted += unit.ids

    async def _drop_gone(self, unit: Unit) -> bool:
        """Take the resources deleted meanwhile out of `unit`; True if there were any."""
        gone = []
        for resource_id in unit.ids:
            path = f"/{self._route}/{quote_segment(resource_id)}"
            try:
                await self._client.get_json(path, timeout=self._options.timeout)
            except NotFoundError:
                gone.append(resource_id)
        unit.ids = [i for i in unit.ids if i not in gone]
        self._report.skipped += gone
        return bool(gone)

    def _fail(self, unit: Unit, error: Exception) -> None:
        """Report the unit as failed and stop taking new work (the position stays before it)."""
        why = str(error) or type(error).__name__
        for resource_id in unit.ids:
            self._report.failed[resource_id] = why
        self._stopped = True
        self._changed.set()

    def _moved(self, moved: bool) -> None:
        if moved:
            self._report.position = self._ledger.position
            if self._checkpoint is not None:
                self._checkpoint.save(self._ledger.position)
