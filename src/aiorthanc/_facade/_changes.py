"""Following Orthanc's change log: `orthanc.changes.follow()`, resumable, surviving outages.

``GET /changes?since=N&limit=M`` gives the entries after sequence number N. A follower reads
it page by page, then polls once it has reached the end. Its position is a sequence number:
give one (`since`) or a file (`checkpoint`) where the follower keeps the number of the last
change the consumer finished with. A change counts as finished when the consumer asks for the
next one (or calls `commit()`), so a consumer killed while handling a change gets that change
again on restart, and never one it had finished: with handling that is itself all-or-nothing,
every change is handled exactly once. A server restart or a lost network is waited out,
backing off up to `CHANGES_MAX_BACKOFF` seconds between tries, without end.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import AsyncGenerator, AsyncIterator, Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import anyio

from aiorthanc._constants import (
    CHANGES_INITIAL_BACKOFF,
    CHANGES_MAX_BACKOFF,
    DEFAULT_CHANGES_PAGE_SIZE,
    DEFAULT_CHANGES_POLL_INTERVAL,
)
from aiorthanc._errors import APIConnectionError, APIStatusError, NotFoundError
from aiorthanc._facade._base import Resource
from aiorthanc._facade._capabilities import has_extended_changes
from aiorthanc._facade._enums import Change, ChangeType
from aiorthanc._facade._levels import Patient, Series, Study
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["ChangeFollower", "Changes", "Checkpoint", "read_changes_page"]

R = TypeVar("R", bound=Resource[Any])

# The types `GET /changes?type=` refuses (400, on 1.12.7 and 1.13.0): events Orthanc gives its
# plugins only. A follower asking for one of them filters here.
_NOT_IN_THE_LOG = frozenset(
    {
        ChangeType.UPDATED_PEERS,
        ChangeType.UPDATED_MODALITIES,
        ChangeType.JOB_SUBMITTED,
        ChangeType.JOB_SUCCESS,
        ChangeType.JOB_FAILURE,
    }
)


class Checkpoint:
    """A sequence number kept in a small JSON file, replaced atomically on each save."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path: Path = Path(path)

    def __repr__(self) -> str:
        return f"Checkpoint({str(self.path)!r})"

    def load(self) -> int | None:
        """The saved sequence number, or None when there is no file yet."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise ValueError(f"cannot read the checkpoint {str(self.path)!r}: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("seq"), int):
            raise ValueError(f"the checkpoint {str(self.path)!r} holds no sequence number")
        return int(data["seq"])

    def save(self, seq: int) -> None:
        """Write `seq`: to a temporary file beside the checkpoint, synced, then renamed."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"seq": seq}, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


class ChangeFollower:
    """An async iterator over the change log (see `Changes.follow`)."""

    def __init__(
        self,
        client: Session,
        since: int | None,
        checkpoint: Checkpoint | None,
        types: Collection[ChangeType] | None,
        page_size: int,
        poll_interval: float,
    ) -> None:
        if page_size < 1 or poll_interval < 0:
            raise ValueError("page_size must be >= 1 and poll_interval >= 0")
        self._client = client
        self._checkpoint = checkpoint
        self._types = frozenset(ChangeType(t) for t in types) if types else None
        self._page_size = page_size
        self._poll_interval = poll_interval
        self._start = since
        self._pending: int | None = None  # the change given last, not yet finished with
        self._iterator: AsyncGenerator[Change, None] | None = None

    @property
    def position(self) -> int | None:
        """The sequence number the follower would resume after (None before it started)."""
        return self._start

    def commit(self, change: Change | int | None = None) -> None:
        """Mark `change` (by default the one given last) as finished: saves the checkpoint."""
        seq = self._pending if change is None else change if isinstance(change, int) else change.seq
        if seq is None:
            return
        self._start = seq
        if self._checkpoint is not None:
            self._checkpoint.save(seq)

    def __aiter__(self) -> AsyncIterator[Change]:
        return self

    async def __anext__(self) -> Change:
        if self._pending is not None:
            self.commit(self._pending)
            self._pending = None
        if self._iterator is None:
            self._iterator = self._changes()
        change = await self._iterator.__anext__()
        self._pending = change.seq
        return change

    async def aclose(self) -> None:
        """Stop following (the change given last stays unfinished)."""
        if self._iterator is not None:
            await self._iterator.aclose()

    async def _changes(self) -> AsyncGenerator[Change, None]:
        since = await self._resume_point()
        while True:
            page = await read_changes_page(
                self._client, since, self._page_size, types=await self._server_types()
            )
            for entry in page["Changes"]:
                change = Change.model_validate(entry)
                since = change.seq
                if self._types is None or change.change_type in self._types:
                    yield change
            # Entries filtered out here move the position too: a restart need not read them
            # again. (Filtered by the server, "Last" is the last entry given, or 0.)
            since = max(since, int(page["Last"]))
            if page["Done"]:
                await anyio.sleep(self._poll_interval)

    async def _server_types(self) -> str | None:
        """The types the server can filter on itself (1.12.5+, where the database has it)."""
        types = self._types
        if types and not types & _NOT_IN_THE_LOG and await has_extended_changes(self._client):
            return ";".join(sorted(t.value for t in types))
        return None

    async def _resume_point(self) -> int:
        if self._start is None and self._checkpoint is not None:
            self._start = self._checkpoint.load()
        if self._start is None:
            self._start = 0
        return self._start


async def read_changes_page(
    client: Session, since: int, limit: int, *, types: str | None = None
) -> dict[str, Any]:
    """One page of the log (`types`: the server-side filter, ";"-joined); connection losses
    and server errors are retried forever."""
    # Built by hand: 1.12.7 does not decode "%3B" in `type`, which httpx would send.
    route = f"/changes?since={since}&limit={limit}" + (f"&type={types}" if types else "")
    delay = CHANGES_INITIAL_BACKOFF
    while True:
        try:
            page: dict[str, Any] = await client.get_json(route)
            return page
        except (APIConnectionError, APIStatusError) as exc:
            if isinstance(exc, APIStatusError) and exc.status_code < 500:
                raise
        await anyio.sleep(delay)
        delay = min(delay * 2, CHANGES_MAX_BACKOFF)


class Changes:
    """The change log of a server: ``orthanc.changes``."""

    __slots__ = ("_client",)

    def __init__(self, client: Session) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"Changes({self._client!r})"

    async def last_seq(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> int:
        """The sequence number of the newest change (one request)."""
        answer = await self._client.get_json("/changes", params={"last": ""}, timeout=timeout)
        return int(answer["Last"])

    def follow(
        self,
        *,
        since: int | None = None,
        checkpoint: str | os.PathLike[str] | Checkpoint | None = None,
        types: Collection[ChangeType] | None = None,
        page_size: int = DEFAULT_CHANGES_PAGE_SIZE,
        poll_interval: float = DEFAULT_CHANGES_POLL_INTERVAL,
    ) -> ChangeFollower:
        """The changes after `since`, then each new one as it comes, without end.

        ::

            async for change in orthanc.changes.follow(
                checkpoint="changes.json", types={ChangeType.STABLE_STUDY}
            ):
                await handle(change)  # finished when the loop asks for the next one

        `since`: the sequence number to start after (0: the whole log; `await last_seq()`:
        only new changes); by default the checkpoint's, else 0. `checkpoint`: a file (or a
        `Checkpoint`) that keeps the position. `types`: only these kinds of changes (all
        others are skipped, and the position moves past them too).
        """
        kept = Checkpoint(checkpoint) if isinstance(checkpoint, (str, os.PathLike)) else checkpoint
        return ChangeFollower(self._client, since, kept, types, page_size, poll_interval)

    def stable_patients(self, **follow: Any) -> AsyncGenerator[Patient, None]:
        """Each patient as it becomes stable, as a `Patient` (arguments of `follow`)."""
        return self._stable(Patient, ChangeType.STABLE_PATIENT, follow)

    def stable_studies(self, **follow: Any) -> AsyncGenerator[Study, None]:
        """Each study as it becomes stable, as a `Study` (arguments of `follow`)."""
        return self._stable(Study, ChangeType.STABLE_STUDY, follow)

    def stable_series(self, **follow: Any) -> AsyncGenerator[Series, None]:
        """Each series as it becomes stable, as a `Series` (arguments of `follow`)."""
        return self._stable(Series, ChangeType.STABLE_SERIES, follow)

    async def _stable(
        self, kind: type[R], change_type: ChangeType, follow: dict[str, Any]
    ) -> AsyncGenerator[R, None]:
        follower = self.follow(types={change_type}, **follow)
        try:
            async for change in follower:
                try:
                    yield await kind.fetch(self._client, change.id)
                except NotFoundError:
                    continue  # deleted since it became stable
        finally:
            await follower.aclose()
