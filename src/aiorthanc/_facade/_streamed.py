"""`StreamedAnswer`: an answer opened before its body is read, for web frameworks.

`Session.stream()` and `stream_archive()` are context managers: the request is sent when the
block is entered. A web endpoint that wraps them in a generator handed to its framework's
streaming response sends the request only once the response has started, so an unknown study
answers "200, empty body". `open_stream()` sends the request and waits for the headers first:
an error answer raises (`NotFoundError`, ...) in the endpoint, before any byte is sent, and the
body is then an async iterator of bounded chunks that closes itself when it ends or fails::

    answer = await study.open_archive()  # NotFoundError here, if the study is gone
    return StreamingResponse(answer, media_type=answer.media_type,
                             background=BackgroundTask(answer.aclose))

The body is checked as `stream_chunks()` checks it (`_integrity.BodyCheck`): a cut body raises
`IncompleteAnswerError` instead of ending.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import TYPE_CHECKING

import anyio
import httpx
from typing_extensions import Self, Unpack

from aiorthanc._constants import STREAM_CHUNK_SIZE
from aiorthanc._errors import IncompleteAnswerError
from aiorthanc._facade._integrity import BodyCheck, format_of
from aiorthanc._redact import redact_url

if TYPE_CHECKING:
    from aiorthanc._session import RequestOptions, Session

__all__ = ["StreamedAnswer", "open_stream"]


async def open_stream(
    client: Session,
    method: str,
    path: str,
    *,
    chunk_size: int = STREAM_CHUNK_SIZE,
    **options: Unpack[RequestOptions],
) -> StreamedAnswer:
    """Send a request, wait for its headers, and give its body unread as a `StreamedAnswer`.

    `options` are those of `Session.stream()`; `chunk_size` is the most bytes of one chunk of
    the body. Error answers raise here, before any byte of the body is read.
    """
    if chunk_size <= 0:
        raise ValueError(f"chunk_size must be positive, got {chunk_size}")
    opening = client.stream(method, path, **options)
    response = await opening.__aenter__()
    return StreamedAnswer(response, opening, BodyCheck(response, format_of(path)), chunk_size)


class StreamedAnswer:
    """A successful answer whose body is still to be read: an async iterator of bytes.

    Made by `AsyncOrthanc.open_stream()`, `study.open_archive()`, `open_media()` and
    `instance.open_file()`, which raise for an error answer before returning one. Iterate it once
    (chunks of at most `chunk_size` bytes); it closes itself when the body ends, when reading it
    fails (`IncompleteAnswerError` for a cut body, `APIConnectionError` for a broken connection)
    and when the iteration is cancelled. `aclose()` closes it early and gives the connection
    back; calling it again does nothing. `async with await study.open_archive() as archive:`
    closes it on exit.

    In a FastAPI (Starlette) endpoint, open it before returning the response, so that an error
    answer becomes an HTTP error instead of "200 OK" and an empty body; the background task
    closes it when the response ended any other way (examples/fastapi_app.py is a whole app)::

        @app.get("/studies/{study_id}/archive")
        async def archive(study_id: str, orthanc: OrthancClient) -> StreamingResponse:
            study = await orthanc.studies.get(study_id)  # NotFoundError: make it a 404
            body = await study.open_archive()
            return StreamingResponse(
                body, media_type=body.media_type, background=BackgroundTask(body.aclose)
            )
    """

    def __init__(
        self,
        response: httpx.Response,
        opening: AbstractAsyncContextManager[httpx.Response],
        check: BodyCheck,
        chunk_size: int,
    ) -> None:
        self._response = response
        self._opening: AbstractAsyncContextManager[httpx.Response] | None = opening
        self._check = check
        self._chunks: AsyncIterator[bytes] = response.aiter_bytes(chunk_size)
        self._ended = False

    # -- what the headers say ----------------------------------------------------------------

    @property
    def status_code(self) -> int:
        """The answer's HTTP status (2xx: error answers raise before a `StreamedAnswer` exists)."""
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""
        return self._response.headers

    @property
    def media_type(self) -> str | None:
        """The Content-Type Orthanc sent (``application/zip`` for archives), or None."""
        value: str | None = self._response.headers.get("content-type")
        return value

    @property
    def content_length(self) -> int | None:
        """The body's length in bytes when Orthanc announced it (often not for archives)."""
        return self._check.expected

    @property
    def bytes_received(self) -> int:
        """Bytes of the body given so far."""
        return self._check.received

    @property
    def closed(self) -> bool:
        """True once the answer is closed: its body ended, failed, or `aclose()` was called."""
        return self._opening is None

    def __repr__(self) -> str:
        request = self._response.request
        state = "closed" if self.closed else "open"
        url = redact_url(request.url)
        return f"StreamedAnswer({request.method} {url}, {self.status_code}, {state})"

    # -- the body ----------------------------------------------------------------------------

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> bytes:
        if self._opening is None:
            if self._ended:
                raise StopAsyncIteration
            raise RuntimeError(f"{self!r} was closed before its body ended")
        try:
            chunk = await self._chunks.__anext__()
        except StopAsyncIteration:
            try:
                self._check.finish()  # IncompleteAnswerError when the body was cut
            except IncompleteAnswerError as cut:
                await self._close(cut)
                raise
            self._ended = True
            await self._close(None)
            raise
        except BaseException as exc:  # cancellation included: the connection goes back
            await self._close(exc)
            raise
        self._check.feed(chunk)
        return chunk

    async def aclose(self) -> None:
        """Close the answer (a connection whose body is not read whole is not reused)."""
        await self._close(None)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _close(self, failure: BaseException | None) -> None:
        """Close once; a transport failure of the body comes out as aiorthanc's error."""
        opening, self._opening = self._opening, None
        if opening is None:
            return
        # Shielded: a cancelled iteration must still give its connection back.
        with anyio.CancelScope(shield=True):
            chunks = self._chunks
            if hasattr(chunks, "aclose"):
                await chunks.aclose()
            if failure is None:
                await opening.__aexit__(None, None, None)
            else:
                # `Session.stream` names a broken body (`APIConnectionError`) and raises it.
                await opening.__aexit__(type(failure), failure, failure.__traceback__)
