"""`timeout=` of the generated operations reaches the request; by default the client's applies."""

from __future__ import annotations

import httpx
import pytest
import respx

from aiorthanc import AsyncOrthanc

pytestmark = pytest.mark.asyncio

URL = "http://orthanc.test"
CLIENT = httpx.Timeout(7.0).as_dict()


async def test_a_per_call_timeout_reaches_the_request() -> None:
    async with AsyncOrthanc(URL, timeout=7.0, retries=0) as orthanc, respx.mock() as mock:
        route = mock.get(f"{URL}/tools").mock(return_value=httpx.Response(200, json=["now"]))
        await orthanc.api.system.get_tools(timeout=1.5)
        assert route.calls.last.request.extensions["timeout"] == httpx.Timeout(1.5).as_dict()
        await orthanc.api.system.get_tools()
        assert route.calls.last.request.extensions["timeout"] == CLIENT


async def test_a_shared_level_operation_and_a_stream_take_it_too() -> None:
    async with AsyncOrthanc(URL, timeout=7.0, retries=0) as orthanc, respx.mock() as mock:
        route = mock.get(f"{URL}/series/s/attachments/a/data").mock(
            return_value=httpx.Response(200, content=b"x")
        )
        series = orthanc.api.series
        assert await series.get_series_attachment_data("s", "a", timeout=None) == b"x"
        assert route.calls.last.request.extensions["timeout"] == httpx.Timeout(None).as_dict()
        async with series.stream_series_attachment_data("s", "a", timeout=2.0) as response:
            assert await response.aread() == b"x"
        assert route.calls.last.request.extensions["timeout"] == httpx.Timeout(2.0).as_dict()
        await series.get_series_attachment_data("s", "a")
        assert route.calls.last.request.extensions["timeout"] == CLIENT
