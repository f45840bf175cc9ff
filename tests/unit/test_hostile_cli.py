"""The command line against a server that is not (a working) Orthanc: exit code 3, one line of
explanation, never a traceback; `--timeout` bounds a silent server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dicom_factory import ct_dataset, dicom_bytes
from faults import MisbehavingServer

EXIT_SERVER = 3


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dicom")
    (path / "a.dcm").write_bytes(dicom_bytes(ct_dataset()))
    return path


def run_cli(url: str, folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "aiorthanc._cli", "import", str(folder), "--url", url, "-q"]
    return subprocess.run([*command, *extra], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("fallback", "says"),
    [
        ("/html", "text/html, not JSON"),
        ("/redirect", "302"),
        ("/text", "text/plain, not JSON"),
        ("/cut-json", "not JSON"),
        ("/reset", "connection failed"),
    ],
)
def test_a_server_that_is_not_orthanc_stops_the_cli_with_code_3(
    folder: Path, fallback: str, says: str
) -> None:
    with MisbehavingServer(fallback=fallback) as server:
        result = run_cli(server.url, folder)
    assert result.returncode == EXIT_SERVER, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert says in result.stderr + result.stdout


def test_timeout_bounds_a_silent_server(folder: Path) -> None:
    with MisbehavingServer(fallback="/silent") as server:
        result = run_cli(server.url, folder, "--timeout", "1.5")
    assert result.returncode == EXIT_SERVER
    assert "deadline of 1.5 s" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
