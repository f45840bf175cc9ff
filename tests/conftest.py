from pathlib import Path

import pytest

from aiorthanc._connection import TRANSPORT_ENV_VAR

pytest_plugins = ["aiorthanc.testing.pytest_plugin"]

_INTEGRATION = Path(__file__).parent / "integration"
# Modules that start a server of each supported version themselves: run once, not per version.
_EVERY_VERSION = {
    "test_facade_changes_filters",
    "test_facade_retrieve",
    "test_facade_versions",
    "test_generated_api",
    "test_generated_versions",
    "test_generated_writes",
    "test_orthanc_versions",
    "test_packaging",
    "test_pytest_plugin",
}

# What they exercise is the client's surface over the facade, which the other modules already
# check on every version: once, in the first pass, keeps CI within its time.
_FIRST_PASS = {
    "test_cli_verbs",
    "test_docs_examples",
    "test_examples_followers",
    "test_examples_workflows",
    "test_fastapi_example",
    "test_python_plugin",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.fspath))
        if _INTEGRATION in path.parents:
            item.add_marker(pytest.mark.integration)
        if path.stem in _EVERY_VERSION:
            item.add_marker(pytest.mark.every_version)
        if path.stem in _FIRST_PASS:
            item.add_marker(pytest.mark.first_pass)


@pytest.fixture(autouse=True)
def _httpx_transport_outside_integration(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """respx mocks httpx's own pool: unit tests run on the httpx transport.

    Integration tests run on the default transport, or the one `$AIORTHANC_TRANSPORT` names.
    """
    if _INTEGRATION not in Path(str(request.node.fspath)).parents:
        monkeypatch.setenv(TRANSPORT_ENV_VAR, "httpx")
