from pathlib import Path

import pytest

from aiorthanc._connection import TRANSPORT_ENV_VAR

pytest_plugins = ["aiorthanc.testing.pytest_plugin"]

_INTEGRATION = Path(__file__).parent / "integration"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _INTEGRATION in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.integration)


@pytest.fixture(autouse=True)
def _httpx_transport_outside_integration(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """respx mocks httpx's own pool: unit tests run on the httpx transport.

    Integration tests run on the default transport, or the one `$AIORTHANC_TRANSPORT` names.
    """
    if _INTEGRATION not in Path(str(request.node.fspath)).parents:
        monkeypatch.setenv(TRANSPORT_ENV_VAR, "httpx")
