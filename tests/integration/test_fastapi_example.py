"""examples/fastapi_app.py served by uvicorn, in a process of its own, against a real Orthanc."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import httpx
import pydicom
import pytest
from example_app import free_port, serving
from facade_data import make_tree, uid, upload_sync, zip_of

from aiorthanc.testing import LocalOrthanc

pytestmark = pytest.mark.integration

SERIES, INSTANCES = 2, 3  # of the study of patient 0


@pytest.fixture(scope="module")
def server() -> Iterator[LocalOrthanc]:
    with LocalOrthanc() as running:
        files = make_tree(2, 1, SERIES, INSTANCES)  # Test^Patient0 and Test^Patient1
        upload_sync(running.url, iter([zip_of(files)]), running.credentials)
        yield running


@pytest.fixture(scope="module")
def app(server: LocalOrthanc) -> Iterator[httpx.Client]:
    with serving(server.url, server.credentials) as (client, _process):
        yield client


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
    with serving(f"http://127.0.0.1:{free_port()}", None) as (app, _process):  # nobody there
        answer = app.get("/studies")
        assert answer.status_code == 502
        assert answer.json() == {"detail": "Orthanc failed (APIConnectionError)"}
        assert app.get("/studies/x/archive").status_code == 502
