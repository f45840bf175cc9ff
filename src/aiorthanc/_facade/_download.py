"""Streaming downloads: to a path (atomically), to a binary file, or chunk by chunk.

Nothing here holds a whole answer in memory: bodies are read in chunks of `STREAM_CHUNK_SIZE`
and each chunk is written (in a worker thread, so the event loop never blocks on disk) before the
next one is read.

Nothing is saved, and no stream ends cleanly, unless the body is known whole (`_integrity`): a
cut body raises `IncompleteAnswerError`. A download to a path or to a seekable file runs inside
the session's retry loop (`Session.exchange`): a cut or reset download starts over.
"""

from __future__ import annotations

import inspect
import os
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeAlias

import anyio.to_thread
import httpx

from aiorthanc._constants import STREAM_CHUNK_SIZE
from aiorthanc._facade._integrity import BodyCheck, check_saved, format_of
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session
    from aiorthanc._types import QueryParams

__all__ = [
    "DownloadTarget",
    "ProgressCallback",
    "download",
    "settle",
    "stream_chunks",
    "write_whole",
]

DownloadTarget: TypeAlias = "str | os.PathLike[str] | IO[bytes]"
"""Where a download goes: a file path (written atomically) or a binary file opened for writing."""


class ProgressCallback(Protocol):
    """Called after each chunk of a download as ``progress(bytes_received, bytes_total)``.

    Both counts are bytes as sent on the wire (compressed, when the server compresses):
    `bytes_total` is the Content-Length, None when the server announces none (archives come
    without one). May be a coroutine function: it is awaited before the next chunk is read.
    Exports report files instead, see `ExportProgressCallback`.
    """

    def __call__(self, bytes_received: int, bytes_total: int | None, /) -> Awaitable[None] | None:
        """Report the bytes received so far."""


@asynccontextmanager
async def stream_chunks(
    client: Session,
    path: str,
    *,
    params: QueryParams | None = None,
    body: Any = None,
    headers: dict[str, str] | None = None,
    chunk_size: int = STREAM_CHUNK_SIZE,
    timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
) -> AsyncIterator[AsyncIterator[bytes]]:
    """GET `path` and give its body as an async iterator of chunks; the answer is closed on exit.

    A context manager rather than a bare async generator so that the connection goes back to the
    pool as soon as the block ends, also when the caller stops iterating early. The iteration
    raises `IncompleteAnswerError` instead of ending when the body is cut.
    """
    method = "GET" if body is None else "POST"
    async with client.stream(
        method, path, params=params, json=body, headers=headers, timeout=timeout
    ) as response:
        yield _checked(response, BodyCheck(response, format_of(path)), chunk_size)


async def _checked(
    response: httpx.Response, check: BodyCheck, chunk_size: int
) -> AsyncIterator[bytes]:
    async for chunk in response.aiter_bytes(chunk_size):
        check.feed(chunk)
        yield chunk
    check.finish()


@dataclass(frozen=True)
class _Download:
    """What one download reads, and how."""

    client: Session
    path: str
    params: QueryParams | None
    progress: ProgressCallback | None
    chunk_size: int
    timeout: TimeoutTypes | UseDefault
    body: Any = None  # JSON: sent by POST, for routes that read what to answer from a body
    whole_first: bool = True

    async def exchange(
        self, attempt: Callable[[httpx.Response], Awaitable[int]], retries: int | None = None
    ) -> int:
        """Send the request; `attempt` writes the answer (again after each retry)."""
        return await self.client.exchange(
            "GET" if self.body is None else "POST",
            self.path,
            attempt,
            params=self.params,
            json=self.body,
            timeout=self.timeout,
            idempotent=True,  # a download changes nothing on the server
            retries=retries,
        )


async def download(
    client: Session,
    path: str,
    target: DownloadTarget,
    *,
    params: QueryParams | None = None,
    body: Any = None,
    progress: ProgressCallback | None = None,
    chunk_size: int = STREAM_CHUNK_SIZE,
    timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    whole_first: bool = True,
) -> int:
    """Stream the body of GET `path` (POST with a JSON `body`, read-only routes such as
    ``/tools/create-archive``) into `target` and return the number of bytes written.

    A path target is written to a temporary file in the same directory, then renamed over the
    target: readers never see a partial file, and the temporary file is removed if the download
    fails or is cancelled. The file gets the mode a plain ``open()`` would give it (0o666 minus
    the umask). A file target is written from its current position and not closed.
    A body whose Content-Length is at most `chunk_size` is read whole first (`read_small`);
    `whole_first=False` streams at once (the caller has tried that already).
    """
    job = _Download(client, path, params, progress, chunk_size, timeout, body, whole_first)
    if isinstance(target, str | os.PathLike):
        return await _download_to_path(job, Path(target))
    return await _download_to_file(job, target)


async def _download_to_file(job: _Download, file: IO[bytes]) -> int:
    start = await anyio.to_thread.run_sync(_position, file)

    async def attempt(response: httpx.Response) -> int:
        if start is not None:  # a retry starts the file over
            await anyio.to_thread.run_sync(_rewind, file, start)
        check = BodyCheck(response, format_of(job.path))
        done = await _write_chunks(job, response, check, file)
        check.finish()
        return done

    done = await job.exchange(attempt, retries=None if start is not None else 0)
    await anyio.to_thread.run_sync(file.flush)
    return done


def _position(file: IO[bytes]) -> int | None:
    try:
        return file.tell() if file.seekable() else None
    except (OSError, AttributeError):
        return None


def _rewind(file: IO[bytes], start: int) -> None:
    file.seek(start)
    file.truncate()


async def _write_chunks(
    job: _Download, response: httpx.Response, check: BodyCheck, file: IO[bytes]
) -> int:
    async for chunk in response.aiter_bytes(job.chunk_size):
        check.feed(chunk)
        await anyio.to_thread.run_sync(file.write, chunk)
        if job.progress is not None:
            await settle(job.progress(response.num_bytes_downloaded, check.expected))
    return check.received


async def _download_to_path(job: _Download, target: Path) -> int:
    if job.body is None and job.whole_first:
        # A small file (most DICOM instances) read whole: one trip to a worker thread makes the
        # folder, writes and renames. Larger ones, or of unknown length, are streamed below.
        data = await job.client.read_small(
            "GET", job.path, job.chunk_size, params=job.params, timeout=job.timeout
        )
        if data is not None:
            if job.progress is not None:
                await settle(job.progress(len(data), len(data)))
            return await anyio.to_thread.run_sync(write_whole, target, data)

    async def attempt(response: httpx.Response) -> int:
        check = BodyCheck(response, format_of(job.path))
        total = check.expected
        if total is not None and total <= job.chunk_size:
            # A small file (most DICOM instances): read it whole, then one trip to a worker
            # thread makes the folder, writes and renames; thread hops cost more than the I/O.
            data = await response.aread()
            check.feed(data)
            check.finish()
            if job.progress is not None:
                await settle(job.progress(response.num_bytes_downloaded, total))
            return await anyio.to_thread.run_sync(write_whole, target, data)
        return await _stream_to_path(job, response, check, target)

    return await job.exchange(attempt)


async def _stream_to_path(
    job: _Download, response: httpx.Response, check: BodyCheck, target: Path
) -> int:
    fd, temp = await anyio.to_thread.run_sync(_create_temp, target)
    try:
        with os.fdopen(fd, "wb") as file:
            written = await _write_chunks(job, response, check, file)
        check.finish()
        if check.needs_parse is not None:
            await anyio.to_thread.run_sync(check_saved, temp, check.needs_parse, check)
        # Same directory, so the rename is atomic and never copies.
        os.replace(temp, target)
    except BaseException:
        # Cancellation included: no half-written file is left behind (no await while cancelled).
        temp.unlink(missing_ok=True)
        raise
    return written


def write_whole(target: Path, data: bytes) -> int:
    """Write `data` to `target` atomically (a temporary file renamed); the bytes written.

    In system calls on strings: an export writes thousands of small files, and pathlib and a
    buffered file object would cost it three times the writing itself.
    """
    name = os.fspath(target)
    fd, temp = _create_temp_named(name)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.replace(temp, name)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    return len(data)


def _create_temp(target: Path) -> tuple[int, Path]:
    """Create a new, empty temporary file next to `target` (and its folder), for writing.

    Unlike `tempfile.mkstemp` (always 0o600), the mode is 0o666 minus the umask, as a plain
    `open()` gives: the renamed file gets the permissions any other written file would.
    """
    fd, temp = _create_temp_named(os.fspath(target))
    return fd, Path(temp)


def _create_temp_named(target: str) -> tuple[int, str]:
    """`_create_temp` of a path given as a string."""
    folder, name = os.path.split(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        # Not a secret: O_EXCL refuses a name taken (or a link planted) and another is drawn.
        temp = os.path.join(folder, f".{name[:64]}.{random.getrandbits(32):08x}.part")
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
        except FileNotFoundError:
            # The folder is made only when missing: an export writes many files per folder.
            os.makedirs(folder, exist_ok=True)
            return os.open(temp, flags, 0o666), temp


async def settle(result: Awaitable[None] | None) -> None:
    """Await what a progress callback returned, if it was a coroutine function."""
    if inspect.isawaitable(result):
        await result
