"""The producer: walks the sources (in a worker thread) and packs small DICOM files into batches.

Large files, files the server must judge (no local ID), and a second copy of an instance
already in the batch go alone.
"""

from __future__ import annotations

import os
from collections.abc import Generator

import anyio
import anyio.to_thread
from anyio.abc import ObjectSendStream

from aiorthanc._import._accounting import Accounting
from aiorthanc._import._classify import Item
from aiorthanc._import._options import ImportOptions
from aiorthanc._import._walk import walk

__all__ = ["produce"]

# One hop to the walking thread brings at most this much: bounded memory, few thread hops.
_PULL_ITEMS = 64
_PULL_BYTES = 2 * 1024 * 1024


async def produce(
    sources: list[str | os.PathLike[str]],
    options: ImportOptions,
    accounting: Accounting,
    send: ObjectSendStream[list[Item]],
) -> None:
    """Walk `sources` and send batches (lists of items) to the uploaders; account for skips."""
    walker = walk(
        sources, large_file_bytes=options.resolved_large_file_bytes, journal=accounting.journal
    )
    batcher = _Batcher(options.batch_bytes, options.batch_files)
    try:
        while items := await anyio.to_thread.run_sync(_pull, walker):
            for item in items:
                if item.skip is not None:
                    accounting.skipped(item)
                    continue
                accounting.sent(item)
                for ready in batcher.add(item):
                    await send.send(ready)
        if batcher.items:
            await send.send(batcher.items)
    finally:
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(walker.close)


class _Batcher:
    """Packs items into batches of at most `max_bytes` and `max_files`."""

    def __init__(self, max_bytes: int, max_files: int) -> None:
        self._max_bytes = max_bytes
        self._max_files = max_files
        self.items: list[Item] = []
        self._ids: set[str] = set()
        self._size = 0

    def add(self, item: Item) -> list[list[Item]]:
        """Take `item`; give what is ready to send (a full batch, or the item alone)."""
        instance_id = item.header.instance_id if item.header is not None else None
        if item.data is None or instance_id is None:
            return [[item]]  # alone: large, or the server must judge it
        if instance_id in self._ids:
            # Same instance twice in one ZIP: the answer could not say which copy Orthanc
            # took (a broken copy is left out silently). Send it alone.
            return [[item]]
        ready: list[list[Item]] = []
        if self.items and (
            self._size + item.size > self._max_bytes or len(self.items) >= self._max_files
        ):
            ready.append(self.items)
            self.items, self._size = [], 0
            self._ids.clear()
        self.items.append(item)
        self._ids.add(instance_id)
        self._size += item.size
        return ready


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
