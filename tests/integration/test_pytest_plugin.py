"""The pytest plugin as a project outside this repository gets it: the wheel installed in a fresh
virtual environment, no conftest line, under each async test plugin (pytest-asyncio strict and
auto, anyio's plugin on asyncio and on trio, pytest-trio)."""

from __future__ import annotations

import os
import subprocess
import textwrap
from pathlib import Path

import pytest

from aiorthanc.testing.versions import VERSION_ENV_VAR
from dicom_factory import dicom_bytes
from wheel_venv import wheel_venv

ANYIO = '@pytest.mark.anyio\n@pytest.mark.parametrize("anyio_backend", ["{}"])'
# ini lines, the test's decorator, and the library the test must run on.
MODES = {
    "asyncio-strict": ("asyncio_mode = strict", "@pytest.mark.asyncio", "asyncio"),
    "asyncio-auto": ("asyncio_mode = auto", "", "asyncio"),
    "anyio-asyncio": ("", ANYIO.format("asyncio"), "asyncio"),
    "anyio-trio": ("", ANYIO.format("trio"), "trio"),
    "pytest-trio": ("trio_mode = true", "", "trio"),
}  # fmt: skip

TEST_MODULE = """
import asyncio
from pathlib import Path

import pytest


def running_library():
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        import trio

        trio.lowlevel.current_task()
        return "trio"
    return "asyncio"


{decorator}
async def test_upload_and_read_back(orthanc):
    assert running_library() == "{library}"
    data = Path(__file__).with_name("scan.dcm").read_bytes()
    result = await orthanc.upload(data)
    assert result.status == "Success"
    response = await orthanc.request("GET", f"/instances/{{result.id}}/file")
    assert response.content == data
"""


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a fresh environment with the built wheel."""
    return wheel_venv(tmp_path_factory.mktemp("plugin"))


def run_outside(
    venv: Path, project: Path, mode: str, *, without_pytest_asyncio: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run pytest in a new project of one test written for `mode` (a key of MODES)."""
    ini, decorator, library = MODES[mode]
    project.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "PYTHON"))}
    env.pop(VERSION_ENV_VAR, None)
    options = ["-p", "no:cacheprovider", "-W", "error"]
    if without_pytest_asyncio:  # as if not installed: its import fails, its entry point is off
        missing = project / "missing" / "pytest_asyncio"
        missing.mkdir(parents=True)
        (missing / "__init__.py").write_text("raise ImportError('no pytest-asyncio')\n")
        env["PYTHONPATH"] = str(missing.parent)
        options += ["-p", "no:asyncio"]
    else:  # silences pytest-asyncio's own warning: `-W error` is for the plugin's
        ini = f"asyncio_default_fixture_loop_scope = function\n{ini}"
    (project / "pytest.ini").write_text(f"[pytest]\n{ini}\n")
    (project / "scan.dcm").write_bytes(dicom_bytes())
    module = TEST_MODULE.format(decorator=decorator, library=library)
    (project / "test_outside.py").write_text(textwrap.dedent(module))
    return subprocess.run(
        [str(venv), "-m", "pytest", "-q", *options],
        cwd=project, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("mode", list(MODES))
def test_the_orthanc_fixture_under_each_async_plugin(venv: Path, tmp_path: Path, mode: str) -> None:
    result = run_outside(venv, tmp_path / "project", mode)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout, result.stdout


def test_the_plugin_loads_without_pytest_asyncio(venv: Path, tmp_path: Path) -> None:
    # pytest loads the plugin in every run of an environment that has aiorthanc.
    result = run_outside(venv, tmp_path / "project", "pytest-trio", without_pytest_asyncio=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout, result.stdout
