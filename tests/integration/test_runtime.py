"""The runtime against a real Orthanc started by LocalOrthanc."""

import base64
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import anyio
import pydicom.data
import pytest

from aiorthanc import (
    APIConnectionError,
    AsyncOrthanc,
    BadRequestError,
    NotFoundError,
    RetryPolicy,
    UnauthorizedError,
)
from aiorthanc.testing import LocalOrthanc

CT_SMALL = Path(pydicom.data.get_testdata_file("CT_small.dcm"))
MR_SMALL = Path(pydicom.data.get_testdata_file("MR_small.dcm"))


@pytest.mark.asyncio
async def test_upload_a_file_and_read_it_back(orthanc: AsyncOrthanc) -> None:
    with CT_SMALL.open("rb") as file:
        stored = (await orthanc.request("POST", "/instances", content=file)).json()
    assert stored["Status"] in ("Success", "AlreadyStored")
    instance_id = stored["ID"]

    data = (await orthanc.request("GET", f"/instances/{instance_id}/file")).content
    assert data == CT_SMALL.read_bytes()
    tags = await orthanc.get_json(f"/instances/{instance_id}/simplified-tags")
    expected = pydicom.dcmread(CT_SMALL)
    assert tags["SOPInstanceUID"] == expected.SOPInstanceUID
    assert tags["PatientName"] == str(expected.PatientName)


@pytest.mark.asyncio
async def test_streamed_upload_from_async_iterable_and_streamed_download(
    orthanc: AsyncOrthanc,
) -> None:
    original = MR_SMALL.read_bytes()

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(original), 1000):
            yield original[start : start + 1000]

    stored = (await orthanc.request("POST", "/instances", content=chunks())).json()
    received = bytearray()
    async with orthanc.stream("GET", f"/instances/{stored['ID']}/file") as response:
        async for chunk in response.aiter_bytes():
            received += chunk
    assert bytes(received) == original


@pytest.mark.asyncio
async def test_unknown_patient_raises_not_found(orthanc: AsyncOrthanc) -> None:
    with pytest.raises(NotFoundError) as info:
        await orthanc.get_json("/patients/0000-not-a-patient")
    assert info.value.status_code == 404
    assert info.value.method == "GET"
    assert info.value.url == f"{orthanc.url}/patients/0000-not-a-patient"


@pytest.mark.asyncio
async def test_non_dicom_upload_raises_bad_request_with_orthanc_details(
    orthanc: AsyncOrthanc,
) -> None:
    with pytest.raises(BadRequestError) as info:
        await orthanc.request("POST", "/instances", content=b"not dicom")
    error = info.value
    assert error.status_code == 400
    assert error.orthanc_error == "Bad file format"
    assert error.details is not None
    assert "Bad file format" in str(error)
    assert error.details in str(error)
    assert "invalid DICOM file" in error.details
    assert str(error).startswith("POST /instances -> 400 Bad file format")


@pytest.mark.asyncio
async def test_authentication_wrong_and_right_credentials(
    local_orthanc_factory: Callable[..., LocalOrthanc],
) -> None:
    server = local_orthanc_factory(users={"alice": "correct horse"})
    async with AsyncOrthanc(server.url, auth=("alice", "wrong")) as orthanc:
        with pytest.raises(UnauthorizedError) as info:
            await orthanc.get_json("/system")
    assert info.value.status_code == 401
    assert "wrong" not in str(info.value)
    async with AsyncOrthanc(server.url) as orthanc:
        with pytest.raises(UnauthorizedError):
            await orthanc.get_json("/system")
    async with AsyncOrthanc(server.url, auth=("alice", "correct horse")) as orthanc:
        assert (await orthanc.get_json("/system"))["Version"]
    url_with_credentials = server.url.replace("http://", "http://alice:correct%20horse@")
    async with AsyncOrthanc(url_with_credentials) as orthanc:
        assert (await orthanc.get_json("/system"))["Version"]
    # A token goes verbatim in the Authorization header: here, a basic one Orthanc accepts.
    token = "Basic " + base64.b64encode(b"alice:correct horse").decode()
    async with AsyncOrthanc(server.url, token=token) as orthanc:
        assert (await orthanc.get_json("/system"))["Version"]


@pytest.mark.asyncio
async def test_get_survives_server_restart_on_pooled_connection(
    fresh_orthanc_server: LocalOrthanc,
) -> None:
    # Up to ~9 s of retries: the restart (0.3 s + startup) must not race the policy on a busy box.
    policy = RetryPolicy(max_retries=20, initial_delay=0.05, max_delay=0.5)
    async with fresh_orthanc_server.client(retries=policy) as orthanc:
        await orthanc.get_json("/system")  # leaves a keep-alive connection in the pool
        fresh_orthanc_server.stop(kill=True)
        restarter = threading.Timer(0.3, fresh_orthanc_server.start)
        restarter.start()
        try:
            assert (await orthanc.get_json("/system"))["Version"]
        finally:
            restarter.join()


@pytest.mark.asyncio
async def test_connection_refused_after_retries_is_a_connection_error() -> None:
    server = LocalOrthanc()
    server.start()
    url = server.url
    server.close()
    policy = RetryPolicy(max_retries=2, initial_delay=0.01)
    async with AsyncOrthanc(url, retries=policy) as orthanc:
        with pytest.raises(APIConnectionError) as info:
            await orthanc.get_json("/system")
    assert info.value.url == f"{url}/system"


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_local_orthanc_and_client_on_each_backend(anyio_backend: str) -> None:
    async with LocalOrthanc() as server, server.client() as orthanc:
        with CT_SMALL.open("rb") as file:
            stored = (await orthanc.request("POST", "/instances", content=file)).json()
        async with anyio.create_task_group() as group:
            for _ in range(4):
                group.start_soon(orthanc.get_json, f"/instances/{stored['ID']}")
        assert await orthanc.get_json("/instances") == [stored["ID"]]
    assert not server.running


@pytest.mark.asyncio
async def test_generated_call_cannot_be_steered_to_another_route(
    fresh_orthanc_server: LocalOrthanc,
) -> None:
    async with fresh_orthanc_server.client() as orthanc:
        with CT_SMALL.open("rb") as file:
            stored = (await orthanc.request("POST", "/instances", content=file)).json()
        # Escaped or not, Orthanc resolves "x/../.." to the instance itself: a DELETE there
        # would delete it. The call must refuse the name instead.
        with pytest.raises(ValueError, match="one path parameter"):
            await orthanc.api.instances.delete_instance_metadata_by_name(stored["ID"], "x/../..")
        assert await orthanc.get_json("/instances") == [stored["ID"]]
