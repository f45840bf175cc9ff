"""The server's version: read once, and operations newer than it refused before anything is sent."""

from collections.abc import Iterator

import pytest
import respx

from aiorthanc import AsyncOrthanc, UnsupportedOperationError
from aiorthanc._version import format_version, parse_version

URL = "http://orthanc.test:8042"


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=URL, assert_all_called=False) as router:
        yield router


@pytest.mark.asyncio
async def test_version_is_read_once_and_cached(mock: respx.MockRouter) -> None:
    route = mock.get("/system").respond(json={"Version": "1.12.7"})
    async with AsyncOrthanc(URL) as orthanc:
        assert await orthanc.server_version() == "1.12.7"
        await orthanc.require_version("1.12.0", "labels")
        assert await orthanc.server_version() == "1.12.7"
    assert route.call_count == 1


@pytest.mark.asyncio
async def test_an_older_server_refuses_with_the_names_and_versions(mock: respx.MockRouter) -> None:
    mock.get("/system").respond(json={"Version": "1.10.1"})
    async with AsyncOrthanc(URL) as orthanc:
        with pytest.raises(UnsupportedOperationError) as caught:
            await orthanc.require_version("1.12.0", "get_study_labels")
    error = caught.value
    assert (error.operation, error.required, error.server_version) == (
        "get_study_labels",
        "1.12.0",
        "1.10.1",
    )
    assert str(error) == "get_study_labels needs Orthanc 1.12.0 or newer; the server runs 1.10.1"


@pytest.mark.asyncio
async def test_a_version_told_to_the_client_sends_no_request(mock: respx.MockRouter) -> None:
    async with AsyncOrthanc(URL, orthanc_version="1.10.1") as orthanc:
        with pytest.raises(UnsupportedOperationError):
            await orthanc.require_version("1.11.0", "count_resources")
        await orthanc.require_version("1.10.1", "get_system")
    assert mock.calls.call_count == 0


@pytest.mark.asyncio
async def test_a_mainline_build_counts_as_the_newest(mock: respx.MockRouter) -> None:
    async with AsyncOrthanc(URL, orthanc_version="mainline") as orthanc:
        await orthanc.require_version("1.13.0", "get_queue")
    assert mock.calls.call_count == 0


def test_versions_parse_and_format() -> None:
    assert parse_version("1.12.7") == (1, 12, 7)
    assert parse_version("1.13") == (1, 13, 0)
    assert parse_version("mainline") is None
    assert format_version((1, 10, 1)) == "1.10.1"
