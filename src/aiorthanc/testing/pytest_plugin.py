"""pytest fixtures around `LocalOrthanc`.

Enable in a `conftest.py`::

    pytest_plugins = ["aiorthanc.testing.pytest_plugin"]

Fixtures:
    orthanc_server: one `LocalOrthanc` shared by the whole session (started on first use).
    orthanc: an `AsyncOrthanc` connected to `orthanc_server`, closed after the test.
    fresh_orthanc_server: a `LocalOrthanc` of the test's own, empty, removed after the test.
    local_orthanc_factory: call it with `LocalOrthanc`'s arguments to start more servers
        (authentication, modalities, ...); all are stopped after the test.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
import pytest_asyncio

from aiorthanc._client import AsyncOrthanc
from aiorthanc.testing._server import LocalOrthanc

__all__ = ["fresh_orthanc_server", "local_orthanc_factory", "orthanc", "orthanc_server"]


@pytest.fixture(scope="session")
def orthanc_server() -> Iterator[LocalOrthanc]:
    """A local Orthanc shared by the session."""
    with LocalOrthanc() as server:
        yield server


@pytest.fixture
def fresh_orthanc_server() -> Iterator[LocalOrthanc]:
    """An empty local Orthanc for one test."""
    with LocalOrthanc() as server:
        yield server


@pytest.fixture
def local_orthanc_factory() -> Iterator[Callable[..., LocalOrthanc]]:
    """Start local Orthancs with custom settings; all are stopped when the test ends."""
    servers: list[LocalOrthanc] = []

    def start(**kwargs: Any) -> LocalOrthanc:
        server = LocalOrthanc(**kwargs)
        servers.append(server)
        server.__enter__()
        return server

    yield start
    for server in servers:
        server.close()


@pytest_asyncio.fixture
async def orthanc(orthanc_server: LocalOrthanc) -> AsyncIterator[AsyncOrthanc]:
    """A client of the session's local Orthanc."""
    async with orthanc_server.client() as client:
        yield client
