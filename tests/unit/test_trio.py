"""The runtime runs on anyio: the same calls work under asyncio and trio."""

import httpx
import pytest

from aiorthanc import AsyncOrthanc, RetryPolicy


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_request_retry_and_stream_on_each_backend(anyio_backend: str) -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, content=b"x" * 100_000)])

    async def handler(request: httpx.Request) -> httpx.Response:
        return next(answers)

    policy = RetryPolicy(max_retries=1, initial_delay=0.01)
    transport = httpx.MockTransport(handler)
    orthanc = AsyncOrthanc("http://o.test", transport=transport, retries=policy)
    async with orthanc, orthanc.stream("GET", "/instances/x/file") as response:
        size = sum([len(chunk) async for chunk in response.aiter_bytes()])
    assert size == 100_000
