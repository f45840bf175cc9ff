"""examples/fastapi_app.py served by uvicorn, in a process of its own, against a real Orthanc."""

from __future__ import annotations

import contextlib
import io
import os
import socket
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pydicom
import pytest
from facade_data import make_tree, uid, upload_sync, zip_of

from aiorthanc.testing import LocalOrthanc

pytestmark = pytest.mark.integration

EXAMPLE = Path(__file__).parents[2] / "examples" / "fastapi_app.py"
SERIES, INSTANCES = 2, 3  # of the study of patient 0


@pytest.fixture(scope="module")
def server() -> Iterator[LocalOrthanc]:
    with LocalOrthanc() as running:
        files = make_tree(2, 1, SERIES, INSTANCES)  # Test^Patient0 and Test^Patient1
        upload_sync(running.url, iter([zip_of(files)]), running.credentials)
        yield running


def _environment(orthanc_url: str, credentials: tuple[str, str] | None) -> dict[str, str]:
    environment = {**os.environ, "ORTHANC_URL": orthanc_url}
    if credentials is not None:
        environment["ORTHANC_USER"], environment["ORTHANC_PASSWORD"] = credentials
    return environment


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def serving(orthanc_url: str, credentials: tuple[str, str] | None) -> Iterator[httpx.Client]:
    """A client of the example app, served by uvicorn in a child process."""
    port = _free_port()
    command = [sys.executable, str(EXAMPLE), "--port", str(port)]
    environment = _environment(orthanc_url, credentials)
    process = subprocess.Popen(command, env=environment, stderr=subprocess.PIPE)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            _wait_until_up(client, process)
            yield client
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def app(server: LocalOrthanc) -> Iterator[httpx.Client]:
    with serving(server.url, server.credentials) as client:
        yield client


def _wait_until_up(client: httpx.Client, process: subprocess.Popen[bytes]) -> None:
    give_up = time.monotonic() + 60  # a bound on start-up, not a measure
    while time.monotonic() < give_up:
        if process.poll() is not None:
            raise RuntimeError(f"the app exited: {process.stderr.read() if process.stderr else ''}")
        try:
            if client.get("/openapi.json").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("the app did not start")


def test_an_unknown_study_is_a_404(app: httpx.Client) -> None:
    answer = app.get("/studies/0000dead-00000000-00000000-00000000-00000000/archive")
    assert answer.status_code == 404
    assert answer.json() == {"detail": "not found"}
    assert app.get("/studies/..%2F..%2Fsystem/archive").status_code == 404


def test_a_known_study_is_a_whole_zip_of_its_instances(app: httpx.Client) -> None:
    (found,) = app.get("/studies", params={"patient_name": "Test^Patient0"}).json()
    with app.stream("GET", f"/studies/{found['id']}/archive") as answer:
        assert answer.status_code == 200
        assert answer.headers["content-type"] == "application/zip"
        assert found["id"] in answer.headers["content-disposition"]
        data = answer.read()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        files = [name for name in archive.namelist() if not name.endswith("/")]
        datasets = [pydicom.dcmread(io.BytesIO(archive.read(name))) for name in files]
    expected = {uid(0, 0, s, i) for s in range(SERIES) for i in range(INSTANCES)}
    assert {ds.SOPInstanceUID for ds in datasets} == expected
    assert {str(ds.PatientName) for ds in datasets} == {"Test^Patient0"}


def test_find(app: httpx.Client) -> None:
    everyone = app.get("/studies").json()
    assert sorted(study["patient_name"] for study in everyone) == [
        "Test^Patient0",
        "Test^Patient1",
    ]
    (one,) = app.get("/studies", params={"patient_name": "*Patient1"}).json()
    assert (one["patient_id"], one["series"]) == ("P001", SERIES)
    assert app.get("/studies", params={"patient_name": "Nobody*"}).json() == []
    assert app.get("/studies", params={"limit": 0}).status_code == 422


def test_an_unreachable_orthanc_is_a_502() -> None:
    with serving(f"http://127.0.0.1:{_free_port()}", None) as app:  # nobody listens there
        answer = app.get("/studies")
        assert answer.status_code == 502
        assert answer.json() == {"detail": "Orthanc failed (APIConnectionError)"}
        assert app.get("/studies/x/archive").status_code == 502
