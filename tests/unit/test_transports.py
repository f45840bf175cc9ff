"""Both transports, httpx's pool and aiohttp, behave alike where it matters: against a real loopback
server that misbehaves on purpose, each failure maps to the same error and the same retry decision.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import httpx
import pytest

from aiorthanc import (
    APIConnectionError,
    APITimeoutError,
    AsyncOrthanc,
    NotFoundError,
    RetryPolicy,
)

pytestmark = pytest.mark.asyncio

TRANSPORTS = ["aiohttp", "httpx"]
NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0)
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, int], Awaitable[None]]


@asynccontextmanager
async def loopback(
    handler: Handler, *, idle_close: float | None = None
) -> AsyncIterator[tuple[str, list[bytes]]]:
    """A raw HTTP server on 127.0.0.1; `handler` gets each connection and a count of requests.

    `idle_close`: close a keep-alive connection idle that long, as Orthanc does after 1 s.
    """
    seen: list[bytes] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), idle_close)
                except asyncio.TimeoutError:
                    return
                seen.append(head)
                length = _content_length(head)
                if length:
                    await reader.readexactly(length)
                await handler(reader, writer, len(seen))
                if writer.is_closing():
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}", seen
    finally:
        server.close()


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":", 1)[1])
    return 0


async def ok(writer: asyncio.StreamWriter, body: bytes = b'{"ok": true}') -> None:
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    await writer.drain()


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_json_answers_and_status_errors(transport: str) -> None:
    async def handler(_: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        if n == 1:
            await ok(writer)
        else:
            writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()

    async with loopback(handler) as (url, seen), AsyncOrthanc(url, transport=transport) as client:
        assert await client.get_json("/system") == {"ok": True}
        with pytest.raises(NotFoundError):
            await client.get_json("/patients/x")
    assert [head.split(b"\r\n", 1)[0] for head in seen] == [
        b"GET /system HTTP/1.1",
        b"GET /patients/x HTTP/1.1",
    ]


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_closed_connection_is_retried_for_get_never_for_post(transport: str) -> None:
    async def handler(_: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        if n in (1, 3):
            writer.close()  # read the request, answered nothing: it may have been processed
        else:
            await ok(writer)

    async with (
        loopback(handler) as (url, seen),
        AsyncOrthanc(url, transport=transport, retries=NO_WAIT) as client,
    ):
        assert await client.get_json("/system") == {"ok": True}
        with pytest.raises(APIConnectionError) as caught:
            await client.post_json("/tools/find", {"Level": "Study"})
    assert len(seen) == 3  # the GET twice, the POST once
    assert "POST" in str(caught.value)
    assert str(caught.value).split("connection failed: ")[1]  # a reason, never empty


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_post_after_the_server_closed_an_idle_connection(transport: str) -> None:
    async with (
        loopback(lambda *a: ok(a[1]), idle_close=0.9) as (url, seen),
        AsyncOrthanc(url, transport=transport, retries=0) as client,
    ):
        await client.get_json("/system")
        await asyncio.sleep(1.2)  # the server has closed the pooled connection
        assert await client.post_json("/tools/find", {}) == {"ok": True}
    assert len(seen) == 2


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_refused_connection_is_retried_even_for_post(transport: str) -> None:
    async with loopback(lambda *_: ok(_[1])) as (url, _):
        pass  # the port is free again: connections are refused
    async with AsyncOrthanc(url, transport=transport, retries=NO_WAIT) as client:
        with pytest.raises(APIConnectionError, match="connection failed"):
            await client.post_json("/tools/find", {})


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_body_cut_short_raises_a_connection_error(transport: str) -> None:
    async def handler(_: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + b"x" * 400)
        await writer.drain()
        writer.close()

    async with (
        loopback(handler) as (url, _),
        AsyncOrthanc(url, transport=transport, retries=0) as client,
    ):
        with pytest.raises(APIConnectionError):
            async with client.stream("GET", "/instances/x/file") as response:
                async for _ in response.aiter_bytes():
                    pass


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_silent_server_times_out(transport: str) -> None:
    async def handler(_: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        await asyncio.sleep(5)

    async with (
        loopback(handler) as (url, _),
        AsyncOrthanc(url, transport=transport, retries=0, timeout=0.3) as client,
    ):
        with pytest.raises(APITimeoutError, match="timed out"):
            await client.get_json("/system")


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_bodies_stream_in_pieces_and_headers_arrive(transport: str) -> None:
    size = 3 * 1024 * 1024
    received: list[bytes] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        writer.write(f"HTTP/1.1 200 OK\r\nContent-Length: {size}\r\n\r\n".encode())
        for _ in range(size // 65536):
            writer.write(b"\1" * 65536)
            await writer.drain()

    async with (
        loopback(handler) as (url, seen),
        AsyncOrthanc(url, transport=transport, token="Bearer t", headers={"X-A": "1"}) as client,
        client.stream("GET", "/instances/x/file") as response,
    ):
        async for chunk in response.aiter_bytes():
            received.append(chunk)
    head = seen[0].lower()
    assert b"\r\nauthorization: bearer t\r\n" in head
    assert b"\r\nx-a: 1\r\n" in head
    assert b"\r\naccept-encoding: identity\r\n" in head  # streams ask for raw bytes
    assert sum(map(len, received)) == size
    assert max(map(len, received)) < size  # never the whole body at once


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_event_hooks_see_every_request(transport: str) -> None:
    async with (
        loopback(lambda *a: ok(a[1])) as (url, _),
        AsyncOrthanc(url, transport=transport) as client,
    ):
        seen: list[str] = []

        async def hook(request: httpx.Request) -> None:
            seen.append(f"{request.method} {request.url.path}")

        client.http_client.event_hooks["request"].append(hook)
        await client.get_json("/system")
        await client.request("GET", "/patients")
    assert seen == ["GET /system", "GET /patients"]


async def test_auto_picks_aiohttp_on_asyncio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AIORTHANC_TRANSPORT")
    async with AsyncOrthanc("http://127.0.0.1:9") as client:
        assert type(client.http_client._transport).__name__ == "AiohttpTransport"


async def test_an_unknown_transport_name_is_refused() -> None:
    async with AsyncOrthanc("http://127.0.0.1:9", transport="curl") as client:  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="transport must be"):
            await client.get_json("/system")
