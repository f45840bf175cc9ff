"""pytest fixtures around `LocalOrthanc`.

Installed with the package: pytest loads them by itself (no conftest line). The servers are
synchronous fixtures; `orthanc`, the client, runs on whichever async plugin runs the test:
pytest-asyncio (strict or auto mode), anyio's plugin (asyncio or trio backend) or pytest-trio.

Orthanc versions: ``pytest --orthanc-version 1.13.0`` (repeat it, or give a comma-separated list,
or set `$AIORTHANC_ORTHANC_VERSION`) runs each test that uses these fixtures once per version;
`LocalOrthanc()` then defaults to the first one. Versions newer than the machine's Orthanc run
from cached debootstrap roots (see `aiorthanc.testing.versions`).

Fixtures:
    orthanc_version: the Orthanc version of this run of the test (None: the machine's binary).
    orthanc_server: one `LocalOrthanc` shared by the whole session (started on first use).
    orthanc: an `AsyncOrthanc` connected to `orthanc_server`, closed after the test; for async
        tests (on the test's own event loop).
    fresh_orthanc_server: a `LocalOrthanc` of the test's own, empty, removed after the test.
    local_orthanc_factory: call it with `LocalOrthanc`'s arguments to start more servers
        (authentication, modalities, ...); all are stopped after the test.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

from aiorthanc._client import AsyncOrthanc
from aiorthanc.testing._server import LocalOrthanc
from aiorthanc.testing.versions import SUPPORTED_VERSIONS, VERSION_ENV_VAR

__all__ = [
    "fresh_orthanc_server",
    "local_orthanc_factory",
    "orthanc",
    "orthanc_server",
    "orthanc_version",
    "pytest_addoption",
    "pytest_configure",
    "pytest_generate_tests",
]

_VERSIONS_KEY = pytest.StashKey[list[str]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """`--orthanc-version`: the Orthanc versions to run the fixtures' tests against."""
    parser.addoption(
        "--orthanc-version",
        action="append",
        default=None,
        metavar="VERSION",
        help=(
            f"run tests that use the Orthanc fixtures against this version (repeatable or "
            f"comma-separated; known: {', '.join(SUPPORTED_VERSIONS)}; default "
            f"${VERSION_ENV_VAR}, else the machine's Orthanc)"
        ),
    )


def pytest_configure(config: pytest.Config) -> None:
    """Read the versions; the first becomes `LocalOrthanc()`'s default for the run."""
    given: list[str] = config.getoption("--orthanc-version", default=None) or [
        os.environ.get(VERSION_ENV_VAR, "")
    ]
    versions = [v.strip() for item in given for v in item.split(",") if v.strip()]
    config.stash[_VERSIONS_KEY] = versions
    if versions:
        os.environ[VERSION_ENV_VAR] = versions[0]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run each test that uses `orthanc_version` (through the fixtures) once per version."""
    versions = metafunc.config.stash.get(_VERSIONS_KEY, [])
    if "orthanc_version" in metafunc.fixturenames and len(versions) > 1:
        metafunc.parametrize("orthanc_version", versions, scope="session", ids=versions)


@pytest.fixture(scope="session")
def orthanc_version(request: pytest.FixtureRequest) -> str | None:
    """The Orthanc version of this test run (None: the machine's own binary)."""
    param: str | None = getattr(request, "param", None)
    if param is not None:
        return param
    versions = request.config.stash.get(_VERSIONS_KEY, [])
    return versions[0] if versions else None


@pytest.fixture(scope="session")
def orthanc_server(orthanc_version: str | None) -> Iterator[LocalOrthanc]:
    """A local Orthanc shared by the session (one per version)."""
    with LocalOrthanc(version=orthanc_version) as server:
        yield server


@pytest.fixture
def fresh_orthanc_server(orthanc_version: str | None) -> Iterator[LocalOrthanc]:
    """An empty local Orthanc for one test."""
    with LocalOrthanc(version=orthanc_version) as server:
        yield server


@pytest.fixture
def local_orthanc_factory(
    orthanc_version: str | None,
) -> Iterator[Callable[..., LocalOrthanc]]:
    """Start local Orthancs with custom settings (of the test's version unless `version=`);
    all are stopped when the test ends."""
    servers: list[LocalOrthanc] = []

    def start(**kwargs: Any) -> LocalOrthanc:
        kwargs.setdefault("version", orthanc_version)
        server = LocalOrthanc(**kwargs)
        servers.append(server)
        server.__enter__()
        return server

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def orthanc(request: pytest.FixtureRequest) -> AsyncOrthanc:
    """A client of the session's local Orthanc, opened on the loop that runs the test.

    anyio's plugin (the test has `anyio_backend`) and pytest-trio (the test is marked `trio`)
    run a plain async fixture themselves; pytest-asyncio's strict mode wants its own decorator.
    """
    if (
        request.node.get_closest_marker("trio") is not None
        or "anyio_backend" in request.fixturenames
    ):
        # Under pytest-trio this is its placeholder, which it resolves inside the test's trio.run.
        client: AsyncOrthanc = request.getfixturevalue("_orthanc_client")
        return client
    if not _HAS_PYTEST_ASYNCIO:
        pytest.fail(
            "the orthanc fixture needs an async test run by pytest-asyncio, anyio's plugin "
            "(@pytest.mark.anyio) or pytest-trio (@pytest.mark.trio); pytest-asyncio is not "
            "installed",
            pytrace=False,
        )
    client = request.getfixturevalue("_orthanc_client_on_asyncio")
    return client


@pytest.fixture
async def _orthanc_client(orthanc_server: LocalOrthanc) -> AsyncIterator[AsyncOrthanc]:
    """`orthanc` under anyio's plugin or pytest-trio."""
    async with orthanc_server.client() as client:
        yield client


try:
    import pytest_asyncio
except ImportError:  # the plugin loads in every pytest run of an environment that has aiorthanc
    _HAS_PYTEST_ASYNCIO = False
else:
    _HAS_PYTEST_ASYNCIO = True

    @pytest_asyncio.fixture
    async def _orthanc_client_on_asyncio(
        orthanc_server: LocalOrthanc,
    ) -> AsyncIterator[AsyncOrthanc]:
        """`orthanc` under pytest-asyncio."""
        async with orthanc_server.client() as client:
            yield client
