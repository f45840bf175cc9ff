"""The generated layer on an older server: refused before sending, and the mended calls.

With respx every request is counted: an operation (or an argument, or a body key) newer than the
server's version must raise `UnsupportedOperationError` and send nothing.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import httpx
import numpy
import pytest
import respx

from aiorthanc import AsyncOrthanc, UnsupportedOperationError
from aiorthanc.models import JobSubmitted, ModificationResult

pytestmark = pytest.mark.asyncio

URL = "http://orthanc.test"
JOB = {"ID": "job", "Path": "/jobs/job"}
MODIFIED = {
    "ID": "new",
    "Path": "/studies/new",
    "Type": "Study",
    "PatientID": "p",
    "Description": "REST API",
    "IsAnonymization": False,
    "InstancesCount": 1,
    "FailedInstancesCount": 0,
}


@pytest.fixture
def mock() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=URL, assert_all_called=False) as router:
        yield router


async def test_labels_on_a_client_told_1_10_1_send_nothing(mock: respx.MockRouter) -> None:
    anything = mock.route().respond(json=[])
    async with AsyncOrthanc(URL, orthanc_version="1.10.1") as orthanc:
        with pytest.raises(UnsupportedOperationError) as caught:
            await orthanc.api.studies.put_study_label("s", "urgent")
        with pytest.raises(UnsupportedOperationError):
            await orthanc.api.system.get_tools_labels()
        with pytest.raises(UnsupportedOperationError):
            async with orthanc.api.system.stream_tools_create_archive(resources="s"):
                pass
    assert anything.call_count == 0
    error = caught.value
    assert (error.operation, error.required, error.server_version) == (
        "put_study_label",
        "1.12.7",
        "1.10.1",
    )


async def test_the_version_is_read_once_then_the_operation_sent(mock: respx.MockRouter) -> None:
    system = mock.get("/system").respond(json={"Version": "1.13.0"})
    labels = mock.get("/tools/labels").respond(json=["a"])
    async with AsyncOrthanc(URL) as orthanc:
        assert await orthanc.api.system.get_tools_labels() == ["a"]
        assert await orthanc.api.system.get_tools_labels() == ["a"]
    assert (system.call_count, labels.call_count) == (1, 2)


async def test_newer_arguments_are_checked_only_when_given(mock: respx.MockRouter) -> None:
    changes = mock.get("/changes").respond(json={"Changes": [], "Done": True, "Last": 0})
    find = mock.post("/tools/find").respond(json=[])
    async with AsyncOrthanc(URL, orthanc_version="1.10.1") as orthanc:
        await orthanc.api.tracking_changes.get_changes(limit=5, last=True)
        with pytest.raises(UnsupportedOperationError, match=r"get_changes\(type=...\)"):
            await orthanc.api.tracking_changes.get_changes(type="NewStudy")
        await orthanc.api.system.post_tools_find({"Level": "Study", "Query": {}})
        with pytest.raises(UnsupportedOperationError, match="OrderBy"):
            body = {"Level": "Study", "Query": {}, "OrderBy": [{"Type": "DicomTag"}]}
            await orthanc.api.system.post_tools_find(body)
    assert (changes.call_count, find.call_count) == (1, 1)
    # 1.10.1 refuses `limit` without `since`: since=0 goes with it.
    assert dict(changes.calls.last.request.url.params) == {"last": "", "limit": "5", "since": "0"}


async def test_asynchronous_selects_the_answer_and_sets_the_body(mock: respx.MockRouter) -> None:
    route = mock.post("/studies/s/modify")
    route.side_effect = lambda request: httpx.Response(
        200, json=JOB if json.loads(request.content)["Asynchronous"] else MODIFIED
    )
    async with AsyncOrthanc(URL, orthanc_version="1.13.0") as orthanc:
        modify = orthanc.api.studies.post_study_modify
        body: dict[str, object] = {"Replace": {"StudyDescription": "x"}}  # a plain dict
        result: ModificationResult = await modify("s", body)
        job: JobSubmitted = await modify("s", body, asynchronous=True)
        assert (result.id, job.id) == ("new", "job")
        sent = json.loads(route.calls.last.request.content)
        assert (sent["Asynchronous"], sent["Synchronous"]) == (True, False)
        with pytest.raises(ValueError, match="asynchronous="):
            await modify("s", {"Replace": {}, "Asynchronous": True})
    assert route.call_count == 2


async def test_numpy_answers_are_bytes_and_decode(mock: respx.MockRouter) -> None:
    array = numpy.arange(12, dtype=numpy.int16).reshape(1, 3, 4, 1)
    buffer = io.BytesIO()
    numpy.save(buffer, array)
    data = buffer.getvalue()  # not UTF-8: read as text it would be corrupted
    mock.get("/instances/i/numpy").respond(content=data)
    mock.get("/instances/i/frames/0/numpy").respond(content=data)
    async with AsyncOrthanc(URL, orthanc_version="1.10.1") as orthanc:
        instances = orthanc.api.instances
        assert await instances.get_instance_numpy("i") == data
        assert numpy.array_equal(await instances.get_instance_numpy_array("i"), array)
        decoded = await instances.get_instance_frame_numpy_array("i", 0)
        assert decoded.dtype == numpy.int16
        assert numpy.array_equal(decoded, array)
