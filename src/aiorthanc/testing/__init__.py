"""Test helpers: a throwaway local Orthanc, and a pytest plugin (`aiorthanc.testing.pytest_plugin`).

Enable the fixtures in a `conftest.py` with ``pytest_plugins = ["aiorthanc.testing.pytest_plugin"]``
(needs the `testing` extra: pytest and pytest-asyncio).
"""

from aiorthanc.testing._server import LocalOrthanc
from aiorthanc.testing.versions import SUPPORTED_VERSIONS, OrthancInstall, find_orthanc_binary

__all__ = ["SUPPORTED_VERSIONS", "LocalOrthanc", "OrthancInstall", "find_orthanc_binary"]
