"""`open_stream()` and `StreamedAnswer`: opened before the body is read, closed whatever happens.

Against an httpx `MockTransport` whose bodies record whether they were closed; the real server
cases (unknown IDs, cuts through a proxy, the pool) are in tests/integration/test_facade_streams.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, MutableMapping
from typing import Any

import anyio
import httpx
import pytest
from starlette.background import BackgroundTask
from starlette.responses import StreamingResponse

from aiorthanc import (
    APIConnectionError,
    AsyncOrthanc,
    IncompleteAnswerError,
    NotFoundError,
    StreamedAnswer,
)

pytestmark = pytest.mark.asyncio

URL = "http://orthanc.test"


class Body(httpx.AsyncByteStream):
    """A body given piece by piece; it can fail after its pieces, or wait for ever."""

    def __init__(self, pieces: list[bytes], *, fail: bool = False, hang: bool = False) -> None:
        self.pieces = pieces
        self.fail = fail
        self.hang = hang
        self.closed = False
        self.waiting = anyio.Event()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            yield piece
        if self.hang:
            self.waiting.set()
            await anyio.sleep_forever()
        if self.fail:
            raise httpx.ReadError("connection reset by peer")

    async def aclose(self) -> None:
        self.closed = True


class Server:
    """Serves `body` at every path but /missing (404); counts the requests."""

    def __init__(self, body: Body, headers: dict[str, str] | None = None) -> None:
        self.body = body
        self.headers = {"Content-Type": "application/zip", **(headers or {})}
        self.requests = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if request.url.path.startswith("/missing"):
            return httpx.Response(404, content=b"")
        return httpx.Response(200, headers=self.headers, stream=self.body)

    def client(self) -> AsyncOrthanc:
        return AsyncOrthanc(URL, transport=httpx.MockTransport(self.handle), retries=0)


async def test_an_error_answer_raises_before_any_body() -> None:
    server = Server(Body([b"never"]))
    async with server.client() as orthanc:
        with pytest.raises(NotFoundError, match="GET /missing/archive -> 404"):
            await orthanc.open_stream("GET", "/missing/archive")
    assert server.requests == 1


async def test_the_body_comes_in_bounded_chunks_and_closes_at_its_end() -> None:
    data = bytes(range(256)) * 40
    body = Body([data[:5000], data[5000:]])
    server = Server(body, {"Content-Length": str(len(data))})
    async with server.client() as orthanc:
        answer = await orthanc.open_stream("GET", "/instances/i1/file", chunk_size=1024)
        assert (answer.status_code, answer.media_type) == (200, "application/zip")
        assert answer.content_length == len(data)
        assert answer.headers["content-length"] == str(len(data))
        chunks = [chunk async for chunk in answer]
    assert b"".join(chunks) == data
    assert max(len(chunk) for chunk in chunks) <= 1024
    assert answer.bytes_received == len(data)
    assert (answer.closed, body.closed) == (True, True)
    assert [chunk async for chunk in answer] == []  # ended: nothing more, no error


async def test_a_body_shorter_than_announced_raises_and_closes() -> None:
    body = Body([b"x" * 10])
    async with Server(body, {"Content-Length": "20"}).client() as orthanc:
        answer = await orthanc.open_stream("GET", "/instances/i1/file")
        with pytest.raises(IncompleteAnswerError, match="10 of the 20 bytes"):
            async for _chunk in answer:
                pass
        with pytest.raises(RuntimeError, match="closed before its body ended"):
            await answer.__anext__()  # a cut body never looks ended
    assert (answer.closed, body.closed) == (True, True)


async def test_an_archive_without_its_end_record_raises() -> None:
    body = Body([b"PK\x03\x04" + b"\0" * 100])  # no length: the ZIP's end decides
    async with Server(body).client() as orthanc:
        answer = await orthanc.open_stream("GET", "/studies/s1/archive")
        with pytest.raises(IncompleteAnswerError, match="end of central directory"):
            async for _chunk in answer:
                pass
    assert (answer.closed, body.closed) == (True, True)


async def test_a_broken_connection_raises_ours_and_closes() -> None:
    body = Body([b"abc"], fail=True)
    async with Server(body).client() as orthanc:
        answer = await orthanc.open_stream("GET", "/studies/s1/archive")
        with pytest.raises(APIConnectionError) as caught:
            async for _chunk in answer:
                pass
    assert "aiorthanc" in type(caught.value).__module__
    assert (answer.closed, body.closed) == (True, True)


async def test_aclose_early_then_iterating_says_so() -> None:
    body = Body([b"a" * 10, b"b" * 10])
    async with Server(body).client() as orthanc:
        answer = await orthanc.open_stream("GET", "/studies/s1/archive", chunk_size=10)
        assert await answer.__anext__() == b"a" * 10
        await answer.aclose()
        await answer.aclose()  # again: nothing happens
        assert (answer.closed, body.closed) == (True, True)
        assert "closed" in repr(answer)
        with pytest.raises(RuntimeError, match="closed before its body ended"):
            await answer.__anext__()


async def test_async_with_closes_on_exit() -> None:
    body = Body([b"a" * 10, b"b" * 10])
    async with Server(body).client() as orthanc:
        async with await orthanc.open_stream("GET", "/studies/s1/archive") as answer:
            assert not answer.closed
        assert (answer.closed, body.closed) == (True, True)


async def test_a_cancelled_iteration_gives_the_connection_back() -> None:
    body = Body([b"a"], hang=True)
    async with Server(body).client() as orthanc:
        answer = await orthanc.open_stream("GET", "/studies/s1/archive")

        async def read() -> None:
            async for _chunk in answer:
                pass

        async with anyio.create_task_group() as group:
            group.start_soon(read)
            await body.waiting.wait()
            group.cancel_scope.cancel()
    assert (answer.closed, body.closed) == (True, True)


async def test_chunk_size_must_be_positive() -> None:
    async with Server(Body([])).client() as orthanc:
        with pytest.raises(ValueError, match="chunk_size"):
            await orthanc.open_stream("GET", "/studies/s1/archive", chunk_size=0)


async def _serve(
    response: StreamingResponse, *, disconnect_after: int
) -> list[MutableMapping[str, Any]]:
    """Run a Starlette response as an ASGI server would; the client leaves after some chunks."""
    sent: list[MutableMapping[str, Any]] = []
    gone = anyio.Event()

    async def receive() -> dict[str, Any]:
        await gone.wait()
        return {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)
        if len(sent) >= disconnect_after:
            gone.set()

    scope = {"type": "http", "asgi": {"spec_version": "2.3"}, "method": "GET", "headers": []}
    await response(scope, receive, send)
    return sent


@pytest.mark.parametrize("disconnect_after", [1, 100])
async def test_a_streaming_response_closes_it_whether_or_not_the_client_stays(
    disconnect_after: int,
) -> None:
    body = Body([b"a"], hang=disconnect_after == 1)
    async with Server(body, {"Content-Length": "1"}).client() as orthanc:
        answer: StreamedAnswer = await orthanc.open_stream("GET", "/instances/i1/file")
        response = StreamingResponse(answer, background=BackgroundTask(answer.aclose))
        sent = await _serve(response, disconnect_after=disconnect_after)
    assert sent[0]["type"] == "http.response.start"
    assert (answer.closed, body.closed) == (True, True)
