"""Request bodies: bytes, binary files, file factories and async iterables; streamed, and
replayable if possible."""

from __future__ import annotations

import os
import stat
from collections.abc import AsyncIterable, AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import IO, TypeAlias

import anyio
import anyio.to_thread

from aiorthanc._constants import STREAM_CHUNK_SIZE

RequestContent: TypeAlias = (
    bytes
    | bytearray
    | memoryview
    | str
    | IO[bytes]
    | Callable[[], IO[bytes]]
    | AsyncIterable[bytes]
)
"""What a request body can be: in-memory data, a binary file opened for reading, a function that
opens one (called, in a worker thread, for each attempt; what it opened is closed after the
attempt), or an async iterable of bytes (streamed as it is produced)."""

_Opened: TypeAlias = "bytes | AsyncIterator[bytes] | None"


class RequestBody:
    """One request's body, opened once per attempt.

    In-memory data, seekable files and file factories can be sent again on a retry; an async
    iterable cannot once its first chunk has been taken, and a retry is then refused
    (`replayable` turns False).
    """

    def __init__(self, content: RequestContent | None) -> None:
        self._data: bytes | None = None
        self._file: IO[bytes] | None = None
        self._opener: Callable[[], IO[bytes]] | None = None
        self._chunks: AsyncIterable[bytes] | None = None
        self._file_start: int | None = None
        self._started = False
        if isinstance(content, str):
            self._data = content.encode()
        elif isinstance(content, bytes | bytearray | memoryview):
            self._data = bytes(content)
        elif isinstance(content, AsyncIterable):
            self._chunks = content
        elif callable(content):
            self._opener = content
        elif content is not None:
            self._file = content
            try:
                self._file_start = content.tell() if content.seekable() else None
            except (OSError, AttributeError):
                self._file_start = None

    @property
    def replayable(self) -> bool:
        """True if the body can be sent (again) from its start."""
        if self._file is not None:
            return not self._started or self._file_start is not None
        if self._chunks is not None:
            return not self._started
        return True

    def length(self) -> int | None:
        """The body's size in bytes when it is known without reading (or opening) it."""
        if self._data is not None:
            return len(self._data)
        if self._file is not None and self._file_start is not None:
            try:
                info = os.fstat(self._file.fileno())
            except (OSError, AttributeError, ValueError):
                return None  # not backed by a file descriptor (BytesIO, ...)
            if stat.S_ISREG(info.st_mode):
                return info.st_size - self._file_start
        return None

    @asynccontextmanager
    async def open(self) -> AsyncIterator[_Opened]:
        """The content to hand to httpx for one attempt; a file the factory opened for it is
        closed on exit."""
        if self._opener is not None:
            file = await anyio.to_thread.run_sync(self._opener)
            try:
                yield _read_file(file, None)
            finally:
                with anyio.CancelScope(shield=True):
                    await anyio.to_thread.run_sync(file.close)
        elif self._file is not None:
            rewind = self._file_start if self._started else None
            self._started = True
            yield _read_file(self._file, rewind)
        elif self._chunks is not None:
            yield self._track(self._chunks)
        else:
            yield self._data

    async def _track(self, chunks: AsyncIterable[bytes]) -> AsyncIterator[bytes]:
        async for chunk in chunks:
            self._started = True
            yield chunk


async def _read_file(file: IO[bytes], rewind: int | None) -> AsyncIterator[bytes]:
    # Disk reads and seeks block (a seek in a compressed stream decompresses): worker thread.
    if rewind is not None:
        await anyio.to_thread.run_sync(file.seek, rewind)
    while True:
        chunk = await anyio.to_thread.run_sync(file.read, STREAM_CHUNK_SIZE)
        if not chunk:
            return
        if not isinstance(chunk, bytes):
            raise TypeError(f"content file must be opened in binary mode, read gave {type(chunk)}")
        yield chunk
