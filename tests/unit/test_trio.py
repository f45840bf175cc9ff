"""The runtime runs on anyio: the same calls work under asyncio and trio."""

from collections.abc import AsyncIterator

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


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_an_opened_stream_closes_when_cancelled_on_each_backend(anyio_backend: str) -> None:
    import anyio

    closed, waiting = anyio.Event(), anyio.Event()

    class Hanging(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            yield b"x"
            waiting.set()
            await anyio.sleep_forever()

        async def aclose(self) -> None:
            closed.set()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Hanging())

    async with AsyncOrthanc("http://o.test", transport=httpx.MockTransport(handler)) as orthanc:
        body = await orthanc.open_stream("GET", "/studies/s/archive", chunk_size=1)
        async with anyio.create_task_group() as group:

            async def read() -> None:
                async for _chunk in body:
                    pass

            group.start_soon(read)
            await waiting.wait()
            group.cancel_scope.cancel()
    assert body.closed
    assert closed.is_set()
