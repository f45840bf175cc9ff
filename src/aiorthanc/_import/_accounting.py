"""The import's books: the report, what is in flight and unacknowledged, progress, the journal.

Every source gets exactly one outcome here. A source counts as stored only once Orthanc
acknowledged it; what is still in flight when the import stops is reported failed.
"""

from __future__ import annotations

import os
import time

import anyio
import anyio.to_thread
from anyio.abc import TaskGroup

from aiorthanc._generated.models import UploadResult, UploadStatus
from aiorthanc._import._classify import Item
from aiorthanc._import._journal import Journal
from aiorthanc._import._report import (
    ImportProgress,
    ImportProgressCallback,
    ImportReport,
    OutcomeStatus,
    SourceOutcome,
)

__all__ = ["Accounting"]

_STATUS: dict[UploadStatus, OutcomeStatus] = {
    "Success": OutcomeStatus.STORED,
    "AlreadyStored": OutcomeStatus.ALREADY_STORED,
    "FilteredOut": OutcomeStatus.FILTERED_OUT,
    "Failure": OutcomeStatus.FAILED,
}


class Accounting:
    """One run's accounting: `report`, the unacknowledged sources, progress and the journal."""

    def __init__(self, progress: ImportProgressCallback | None = None) -> None:
        self.report = ImportReport()
        self.journal: Journal | None = None
        self._progress = progress
        self._unacknowledged: dict[int, Item] = {}
        self._started = time.monotonic()
        self._done_bytes = 0
        self._group: TaskGroup | None = None
        self._syncing = False

    async def open_journal(self, path: str | os.PathLike[str] | None) -> None:
        """Open the journal (off the event loop), if there is one."""
        if path is not None:
            self.journal = await anyio.to_thread.run_sync(Journal.open, path)

    async def close_journal(self) -> None:
        """Sync and close the journal (an fsync: off the event loop, even when cancelled)."""
        self._group = None
        if self.journal is not None:
            journal, self.journal = self.journal, None
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(journal.close)

    def sync_in(self, group: TaskGroup) -> None:
        """Run the journal's periodic syncs in `group`."""
        self._group = group

    def silence(self) -> None:
        """No more progress calls (the import broke; the callback may be what broke)."""
        self._progress = None

    def sent(self, item: Item) -> None:
        """`item` is on its way to Orthanc: failed unless acknowledged before the end."""
        self._unacknowledged[id(item)] = item

    def skipped(self, item: Item) -> None:
        """Account for an item the walk decided not to send (`item.skip`)."""
        assert item.skip is not None
        entry = item.skip.journal
        self.add(
            item,
            item.skip.status,
            reason=item.skip.reason,
            instance_id=entry.instance_id if entry else None,
            study_id=entry.study_id if entry else None,
        )

    def acknowledge(self, item: Item, result: UploadResult, reason: str | None = None) -> None:
        """Account for Orthanc's answer for `item` (journaled if Orthanc has it)."""
        status = _STATUS[result.status]
        if status is OutcomeStatus.FAILED:
            reason = "Orthanc answered Failure"
        elif self.journal is not None and status is not OutcomeStatus.FILTERED_OUT:
            self._journal(item, result, status)
        self.add(item, status, reason=reason, instance_id=result.id, study_id=result.parent_study)

    def fail(self, item: Item, reason: str) -> None:
        """Account for a source that could not be stored."""
        self.add(item, OutcomeStatus.FAILED, reason=reason)

    def add(
        self,
        item: Item,
        status: OutcomeStatus,
        *,
        reason: str | None = None,
        instance_id: str | None = None,
        study_id: str | None = None,
    ) -> None:
        """Give `item` its outcome, free what it holds, and report progress."""
        self._unacknowledged.pop(id(item), None)
        item.data = None  # accounted for: free the memory now
        if item.release is not None:
            item.release()
            item.release = None
        outcome = SourceOutcome(item.name, status, item.size, instance_id, study_id, reason)
        self.report.add(outcome)
        self._done_bytes += item.size
        if self._progress is not None:
            self._progress(
                ImportProgress(
                    sources=len(self.report.outcomes),
                    instances=self.report.instances,
                    failed=self.report.failed,
                    bytes=self._done_bytes,
                    seconds=time.monotonic() - self._started,
                    last=outcome,
                )
            )

    def stop(self, *, cancelled: bool, error: str | None = None) -> None:
        """Close the books: what is still unacknowledged failed, for `error` if given."""
        reason = error or "import cancelled before Orthanc acknowledged it"
        for item in list(self._unacknowledged.values()):
            self.fail(item, reason)
        self._unacknowledged.clear()
        self.report.cancelled = self.report.cancelled or cancelled
        if error is not None:
            self.report.error = error
        self.report.seconds = time.monotonic() - self._started

    def _journal(self, item: Item, result: UploadResult, status: OutcomeStatus) -> None:
        assert self.journal is not None
        self.journal.record(
            item.key, item.stamp, result.id, result.parent_study, status.value, item.size
        )
        if self.journal.sync_due and not self._syncing and self._group is not None:
            self._syncing = True
            self._group.start_soon(self._sync, self.journal)

    async def _sync(self, journal: Journal) -> None:
        try:
            await anyio.to_thread.run_sync(journal.sync)
        finally:
            self._syncing = False
