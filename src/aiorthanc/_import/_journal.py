"""The import journal: what Orthanc acknowledged, so that a re-run skips it.

An append-only file of JSON lines, one per acknowledged source::

    {"key": "/data/a.dcm", "size": 5242, "mtime_ns": 1700000000000000000,
     "id": "f689ddd2-...", "study": "8a8cf898-...", "status": "stored", "bytes": 5242}

`size` and `mtime_ns` are those of the file on disk (of the archive, for a member); `bytes` is
the size of the content sent (uncompressed).

A source is skipped when its key, size and modification time match a line. A line is written
only after Orthanc's answer; a torn last line (crash while writing) is ignored on reading.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from typing import IO

__all__ = ["Journal", "JournalEntry"]

# fsync at most this often: a crash loses at most the last second of acknowledgements, which
# a re-run simply uploads again (Orthanc answers AlreadyStored).
_FSYNC_INTERVAL = 1.0


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One acknowledged source."""

    instance_id: str
    study_id: str | None
    status: str
    content_size: int | None = None


class Journal:
    """Append-only record of acknowledged sources, keyed by (key, size, mtime).

    Open it with `Journal.open(path)`; it loads earlier lines and appends new ones.
    """

    def __init__(self, path: str | os.PathLike[str], file: IO[str]) -> None:
        self.path = os.fspath(path)
        self.abspath = os.path.abspath(self.path)
        self._file = file
        self._entries: dict[str, tuple[int, int, JournalEntry]] = {}
        self._last_sync = time.monotonic()
        self._dirty = False

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Journal:
        """Open (or create) the journal at `path` and load what it holds."""
        file = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - closed by close()
        journal = cls(path, file)
        file.seek(0)
        for line in file:
            journal._load_line(line)
        file.seek(0, os.SEEK_END)
        # A torn last line (no newline) would glue onto the next record: end it first.
        if file.tell() > 0:
            file.seek(file.tell() - 1)
            last = file.read(1)
            file.seek(0, os.SEEK_END)
            if last != "\n":
                file.write("\n")
        return journal

    def __len__(self) -> int:
        return len(self._entries)

    def _load_line(self, line: str) -> None:
        try:
            record = json.loads(line)
            key, size, mtime = record["key"], int(record["size"]), int(record["mtime_ns"])
            entry = JournalEntry(
                record["id"],
                record.get("study"),
                record.get("status", "stored"),
                record.get("bytes"),
            )
        except (ValueError, KeyError, TypeError):
            return  # a torn or foreign line: the source is simply sent again
        self._entries[key] = (size, mtime, entry)

    def get(self, key: str, stamp: tuple[int, int]) -> JournalEntry | None:
        """The entry of a source if it was acknowledged with this (size, mtime_ns)."""
        found = self._entries.get(key)
        if found is None or (found[0], found[1]) != stamp:
            return None
        return found[2]

    def record(
        self,
        key: str,
        stamp: tuple[int, int],
        instance_id: str,
        study_id: str | None,
        status: str,
        content_size: int | None = None,
    ) -> None:
        """Append an acknowledged source (flushed now; `sync()` it when `sync_due`)."""
        entry = JournalEntry(instance_id, study_id, status, content_size)
        self._entries[key] = (stamp[0], stamp[1], entry)
        line = {
            "key": key,
            "size": stamp[0],
            "mtime_ns": stamp[1],
            "id": instance_id,
            "study": study_id,
            "status": status,
            "bytes": content_size,
        }
        # ASCII: a file name that is not valid UTF-8 (surrogate-escaped) is written \udcff and
        # read back as the same str.
        self._file.write(json.dumps(line, ensure_ascii=True) + "\n")
        self._file.flush()
        self._dirty = True

    @property
    def sync_due(self) -> bool:
        """Whether unsynced lines are older than the sync interval (a second)."""
        return self._dirty and time.monotonic() - self._last_sync >= _FSYNC_INTERVAL

    def sync(self) -> None:
        """Force what was written to disk (blocking: call it from a worker thread).

        Lines written while it runs (from another thread) stay due for the next sync.
        """
        if self._dirty and not self._file.closed:
            self._dirty = False
            os.fsync(self._file.fileno())
        self._last_sync = time.monotonic()

    def close(self) -> None:
        """Sync and close the file."""
        if not self._file.closed:
            self.sync()
            self._file.close()
