"""`BatchWriter`: small files written by one worker thread, many per trip.

A trip to a worker thread costs the event loop more than writing a small file: bench/reads.py
measures an atomic write of a 9 KB file through `to_thread` at about 350 us of client CPU, the
write itself at 20 us on tmpfs; and while the event loop keeps the GIL busy, the worker waits
for it after each system call. An export, writing thousands of files with several downloads in
flight, hands the worker every file that is ready at once and, with `put()`, goes on downloading
while it writes: the event loop never blocks on the disk, and a trip is paid per batch.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import anyio
import anyio.to_thread

__all__ = ["BatchWriter"]


Written = Callable[[Path, int], Awaitable[None]]
"""Told, in the writer's task, that a file given to `put()` is written (its path and size)."""


class _Write:
    __slots__ = ("data", "done", "error", "target", "written")

    def __init__(self, target: Path, data: bytes, written: Written | None = None) -> None:
        self.target = target
        self.data = data
        self.done = anyio.Event()
        self.error: Exception | None = None
        self.written = written


class BatchWriter:
    """Writes files with `write_file(target, data)` in a worker thread, in batches.

    `run()` is a task of the caller's task group; `write()` returns once the file is written
    (or raises its error); `put()` once the file is queued, `written` being told when it is
    written, and `run()` raising the error of a file that could not be; `close()` ends `run()`
    once every file given is written. At most `backlog` files wait: `put()` waits beyond.
    """

    def __init__(self, write_file: Callable[[Path, bytes], int], *, backlog: int) -> None:
        self._write_file = write_file
        self._send, self._receive = anyio.create_memory_object_stream[_Write](backlog)

    async def write(self, target: Path, data: bytes) -> int:
        """Write `data` to `target`; the number of bytes written."""
        item = _Write(target, data)
        await self._send.send(item)
        await item.done.wait()
        if item.error is not None:
            raise item.error
        return len(data)

    async def put(self, target: Path, data: bytes, written: Written) -> None:
        """Queue `data` for `target`; `written(target, size)` is awaited once it is on disk."""
        await self._send.send(_Write(target, data, written))

    async def run(self) -> None:
        """Write the files given, each batch in one trip to a worker thread, until closed."""
        async with self._receive:
            async for first in self._receive:
                batch = [first]
                while True:
                    try:
                        batch.append(self._receive.receive_nowait())
                    except (anyio.WouldBlock, anyio.EndOfStream):
                        break
                try:
                    await anyio.to_thread.run_sync(self._write_all, batch)
                finally:
                    for item in batch:
                        item.done.set()
                await _report(batch)

    def close(self) -> None:
        """No more files: `run()` ends after the last batch."""
        self._send.close()

    def _write_all(self, batch: list[_Write]) -> None:
        for item in batch:
            try:
                self._write_file(item.target, item.data)
            except Exception as exc:  # raised by write(), in the task that gave the file
                item.error = exc


async def _report(batch: list[_Write]) -> None:
    """Tell the `put()` callers of a written batch; then raise the first of their errors."""
    failure: Exception | None = None
    for item in batch:
        if item.written is None:
            continue  # `write()` raises its own error
        if item.error is None:
            await item.written(item.target, len(item.data))
        elif failure is None:
            failure = item.error
    if failure is not None:
        raise failure
