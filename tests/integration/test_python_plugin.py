"""The Python plugin: `LocalOrthanc(python_plugin=)`, and the token example of the plugin page."""

from __future__ import annotations

import site
import sys
from pathlib import Path

import httpx
import pytest
from facade_data import make_instance, zip_of

import aiorthanc
from aiorthanc import UnauthorizedError
from aiorthanc.testing import LocalOrthanc

pytestmark = pytest.mark.integration

EXAMPLES = Path(__file__).parents[2] / "examples"
# What the plugin's Python needs to import aiorthanc: our packages and our sources (an
# editable install is a .pth file, which PYTHONPATH entries do not read).
OUR_PATH = [*site.getsitepackages(), str(Path(aiorthanc.__file__).parents[1])]
USERS = {"alice": "secret"}


def _plugin_server(script: Path) -> LocalOrthanc:
    server = LocalOrthanc(users=USERS, python_plugin=script, python_path=OUR_PATH)
    if server.install.root is not None:
        pytest.skip(f"the plugin's Python in {server.install.root} is not {sys.version[:4]}")
    return server


@pytest.mark.asyncio
async def test_worker_processes_use_the_rest_api_with_a_plugin_token() -> None:
    with _plugin_server(EXAMPLES / "plugin_token_workers.py") as server:
        assert server.config()["PythonScript"].endswith("plugin_token_workers.py")
        async with server.client() as orthanc:
            tree = [(p, s, i) for p in range(2) for s in range(2) for i in range(3)]
            files = (make_instance(p, s, 0, i) for p, s, i in tree)
            await orthanc.request("POST", "/instances", content=zip_of(files))
            counts = await orthanc.get_json("/worker/counts")
        assert counts["patients"] == 2
        assert counts["studies"] == 4
        assert counts["instances"] == 12
        # The server asks for a password: the worker got in with the plugin's token alone.
        async with server.client(auth=None) as anonymous:
            with pytest.raises(UnauthorizedError):
                await anonymous.get_json("/worker/counts")


def test_python_plugin_script_runs_in_the_server(tmp_path: Path) -> None:
    script = tmp_path / "hello.py"
    script.write_text(
        "import orthanc\n"
        "def hello(output, uri, **request):\n"
        "    output.AnswerBuffer('hello from python', 'text/plain')\n"
        "orthanc.RegisterRestCallback('/hello', hello)\n"
    )
    with LocalOrthanc(python_plugin=script) as server:
        config = server.config()
        assert config["Plugins"][-1].endswith("libOrthancPython.so")
        assert httpx.get(f"{server.url}/hello").text == "hello from python"
