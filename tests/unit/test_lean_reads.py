"""`read()` and `get_json()` without httpx's objects (aiorthanc._lean) give what `request()` gives:
the same bytes, headers sent, retries and errors, on both transports, against a loopback server."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging

import pytest
from test_transports import TRANSPORTS, loopback

from aiorthanc import AsyncOrthanc, InternalServerError, NotFoundError, RetryPolicy

pytestmark = pytest.mark.asyncio

NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0)
ANSWER = json.dumps({"ID": "a", "Tags": ["x" * 50] * 40}).encode()


async def answer(writer: asyncio.StreamWriter, head: str, body: bytes) -> None:
    writer.write(head.encode() + b"\r\n\r\n" + body)
    await writer.drain()


async def varied(_: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
    """Each request, in turn: gzip-encoded, chunked without a length, plain."""
    kind = (n - 1) % 3
    if kind == 0:
        packed = gzip.compress(ANSWER)
        head = f"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: {len(packed)}"
        await answer(writer, head, packed)
    elif kind == 1:
        chunks = b"".join(
            f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
            for piece in (ANSWER[:100], ANSWER[100:])
        )
        await answer(writer, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked", chunks + b"0\r\n\r\n")
    else:
        await answer(writer, f"HTTP/1.1 200 OK\r\nContent-Length: {len(ANSWER)}", ANSWER)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_read_gives_what_request_gives(transport: str) -> None:
    async with (
        loopback(varied) as (url, seen),
        AsyncOrthanc(url, transport=transport, auth=("u", "pw"), headers={"X-A": "1"}) as client,
    ):
        params = {"expand": True, "since": 0, "q": "a b&c", "none": None}
        for _ in range(3):  # one of each kind of answer
            assert await client.read("GET", "/studies/1.2%2F3", params=params) == ANSWER
            got = await client.request("GET", "/studies/1.2%2F3", params=params)
            assert got.content == ANSWER
        assert await client.get_json("/system") == json.loads(ANSWER)
    lines = [head.split(b"\r\n", 1)[0] for head in seen]
    assert lines[:2] == [b"GET /studies/1.2%2F3?expand=true&since=0&q=a+b%26c HTTP/1.1"] * 2
    read_head, request_head = (_headers(seen[0]), _headers(seen[1]))
    assert read_head["authorization"] == request_head["authorization"] == "Basic dTpwdw=="
    assert read_head["x-a"] == request_head["x-a"] == "1"
    assert read_head["accept-encoding"] == request_head["accept-encoding"] == "gzip, deflate"
    assert read_head["user-agent"].startswith("aiorthanc/")
    assert _headers(seen[-1])["accept"] == "application/json"


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_503_is_retried_and_a_404_raises_with_orthancs_details(transport: str) -> None:
    error = json.dumps({"HttpStatus": 404, "Message": "Unknown resource", "OrthancStatus": 17})

    async def handler(_: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        if n == 1:
            await answer(writer, "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0", b"")
        elif n == 2:
            await answer(writer, f"HTTP/1.1 200 OK\r\nContent-Length: {len(ANSWER)}", ANSWER)
        else:
            packed = gzip.compress(error.encode())
            head = "HTTP/1.1 404 Not Found\r\nContent-Encoding: gzip\r\n"
            head += f"Content-Length: {len(packed)}"
            await answer(writer, head, packed)

    async with (
        loopback(handler) as (url, seen),
        AsyncOrthanc(url, transport=transport, retries=NO_WAIT) as client,
    ):
        assert await client.get_json("/system") == json.loads(ANSWER)
        with pytest.raises(NotFoundError) as caught:
            await client.read("GET", "/patients/x")
    assert len(seen) == 3
    assert caught.value.status_code == 404
    assert "Unknown resource" in str(caught.value)
    assert "/patients/x" in str(caught.value)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_500_is_not_retried_and_names_the_request(transport: str) -> None:
    async def handler(_: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        await answer(writer, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 4", b"oops")

    async with (
        loopback(handler) as (url, seen),
        AsyncOrthanc(url, transport=transport, retries=NO_WAIT) as client,
    ):
        with pytest.raises(InternalServerError, match=r"GET .*/jobs/j"):
            await client.get_json("/jobs/j")
    assert len(seen) == 1


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_the_request_log_sees_every_read(
    transport: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="aiorthanc.http")
    async with (
        loopback(varied) as (url, _),
        AsyncOrthanc(url, transport=transport) as client,
    ):
        await client.get_json("/system")
        await client.read("GET", "/patients")
    lines = [r.getMessage() for r in caplog.records if r.name == "aiorthanc.http"]
    assert [line.split(" in ")[0] for line in lines] == [
        "GET /system -> 200",
        "GET /patients -> 200",
    ]


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_misspelt_option_is_refused(transport: str) -> None:
    async with AsyncOrthanc("http://127.0.0.1:9", transport=transport) as client:
        with pytest.raises(TypeError, match="param"):
            await client.read("GET", "/system", param={"a": 1})  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="timout"):
            await client.request("GET", "/system", timout=1)  # type: ignore[call-arg]


def _headers(head: bytes) -> dict[str, str]:
    lines = head.decode().split("\r\n")[1:]
    return {
        name.strip().lower(): value.strip()
        for name, value in (line.split(":", 1) for line in lines if ":" in line)
    }
