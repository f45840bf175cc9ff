"""The generated API against a real Orthanc loaded with pydicom's test files.

Every JSON GET operation whose parameters can be filled from the loaded data is called; each typed
answer must parse into its model with no unknown field at any depth (the models are complete for
this Orthanc version, not only permissive).
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pydicom.data
import pytest
import pytest_asyncio
from pydantic import BaseModel

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from codegen.overrides import load_spec
from codegen.parser import Endpoint, parse_spec

from aiorthanc import AsyncOrthanc, NotFoundError
from aiorthanc._generated.api import Api
from aiorthanc.models import InstanceInfo, JobInfo, PatientInfo
from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

ROOT = Path(__file__).resolve().parents[2]
TEST_FILES = Path(pydicom.data.__file__).parent / "test_files"


def _endpoints() -> list[Endpoint]:
    spec_file = ROOT / "spec" / "orthanc-openapi.json"
    if not spec_file.exists():
        spec_file = Path("/tmp/aiorthanc-raw-openapi.json")
    spec, _ = load_spec(spec_file, ROOT / "spec" / "overrides.yaml")
    return parse_spec(spec)[0]


def _unknown_fields(value: Any, where: str = "$") -> list[str]:
    """Paths of every `model_extra` entry, recursively."""
    found: list[str] = []
    if isinstance(value, BaseModel):
        found += [f"{where}.{key}" for key in value.model_extra or {}]
        for name in type(value).model_fields:
            found += _unknown_fields(getattr(value, name), f"{where}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _unknown_fields(item, f"{where}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            found += _unknown_fields(item, f"{where}.{key}")
    return found


@pytest.fixture(scope="module")
def loaded_server() -> Iterator[LocalOrthanc]:
    with LocalOrthanc() as server:
        with httpx.Client(base_url=server.url, auth=server.credentials) as http:
            for path in sorted(TEST_FILES.glob("*.dcm")):
                http.post("/instances", content=path.read_bytes())
            http.put("/modalities/sample", json={"AET": "SAMPLE", "Host": "127.0.0.1", "Port": 1})
            http.put("/peers/self", json={"Url": server.url})
            study = http.get("/studies").json()[0]
            http.post(f"/studies/{study}/modify", json={"Replace": {}, "Asynchronous": True})
        yield server


@pytest_asyncio.fixture
async def api(loaded_server: LocalOrthanc) -> AsyncIterator[Api]:
    async with loaded_server.client() as client:
        assert client.api is client.api  # one Api per client, built on first use
        assert isinstance(client.api, Api)
        yield client.api


async def _arguments(client: AsyncOrthanc, endpoint: Endpoint) -> list[Any] | None:
    """Path arguments from the loaded data, or None when this data cannot fill them."""
    segments = endpoint.path.strip("/").split("/")
    values: list[Any] = []
    for param in endpoint.path_params:
        index = segments.index("{" + param.name + "}") if param.name != "..." else -1
        owner = segments[index - 1] if index > 0 else ""
        if param.name == "id" and owner in ("patients", "studies", "series", "instances"):
            values.append((await client.get_json(f"/{owner}"))[0])
        elif param.name == "id" and owner == "modalities":
            values.append("sample")
        elif param.name == "id" and owner == "peers":
            values.append("self")
        elif param.name == "id" and owner == "jobs":
            values.append((await client.get_json("/jobs"))[0])
        elif param.name == "name" and owner == "attachments" and segments[0] == "instances":
            values.append("dicom")
        elif param.name == "name" and owner == "metadata" and segments[0] == "instances":
            values.append("ReceptionDate")
        elif param.name == "frame":
            values.append(0)
        else:
            return None
    return values


# Routes that contact other servers or need state the loaded data does not have.
_NOT_HERE = ("/peers/{id}/system", "/modalities/{id}/", "/queries")

JSON_GETS = [
    e
    for e in _endpoints()
    if e.method == "GET" and e.response.kind == "json" and not e.path.startswith(_NOT_HERE)
]


@pytest.mark.parametrize("endpoint", JSON_GETS, ids=[e.path for e in JSON_GETS])
async def test_json_get_answers_parse_completely(api: Api, endpoint: Endpoint) -> None:
    client: AsyncOrthanc = api.system._client
    args = await _arguments(client, endpoint)
    if args is None:
        pytest.skip("the loaded data cannot fill this route's parameters")
    method = getattr(getattr(api, endpoint.module), endpoint.name)
    variants = [{}, {"expand": True}] if endpoint.response.expanded_type else [{}]
    for kwargs in variants:
        result = await method(*args, **kwargs)
        assert result is not None
        assert _unknown_fields(result) == [], f"{endpoint.path}: fields missing from the models"


async def test_expand_flag_false_is_not_sent(api: Api, loaded_server: LocalOrthanc) -> None:
    # Orthanc 1.10.1 expands on `?expand=false`: the generated code must leave the key out.
    assert all(isinstance(name, str) for name in await api.networking.get_modalities())
    expanded = await api.networking.get_modalities(expand=True)
    assert expanded["sample"].aet == "SAMPLE"


async def test_write_operations(api: Api) -> None:
    client: AsyncOrthanc = api.system._client
    path = TEST_FILES / "CT_small.dcm"
    instances = api.instances
    uploaded = await instances.post_instances(path.read_bytes())
    assert not isinstance(uploaded, list)
    assert uploaded.status in ("Success", "AlreadyStored")
    instance_id = uploaded.id

    await instances.put_instance_metadata_by_name(instance_id, "1024", "hello")
    assert await instances.get_instance_metadata_by_name(instance_id, "1024") == "hello"
    await instances.delete_instance_metadata_by_name(instance_id, "1024")
    with pytest.raises(NotFoundError):
        await instances.get_instance_metadata_by_name(instance_id, "1024")

    await instances.put_instance_attachment(instance_id, "1025", b"\x00payload")
    assert await instances.get_instance_attachment_data(instance_id, "1025") == b"\x00payload"
    async with instances.stream_instance_attachment_data(instance_id, "1025") as response:
        assert b"".join([chunk async for chunk in response.aiter_bytes()]) == b"\x00payload"
    await instances.delete_instance_attachment(instance_id, "1025")

    dicom = await instances.get_instance_file(instance_id)
    assert dicom == path.read_bytes() or dicom[128:132] == b"DICM"

    modified = await instances.post_instance_modify(
        instance_id, {"Replace": {"PatientName": "CHANGED"}, "Force": True}
    )
    assert modified[128:132] == b"DICM"
    anonymized = await instances.post_instance_anonymize(instance_id, {})
    assert anonymized[128:132] == b"DICM"

    info = InstanceInfo.model_validate(await client.get_json(f"/instances/{instance_id}"))
    study_id = (await client.get_json(f"/series/{info.parent_series}"))["ParentStudy"]
    result = await api.studies.post_study_modify(
        study_id, {"Replace": {"StudyDescription": "modified"}}
    )
    assert result.id != study_id
    anonymized_study = await api.studies.post_study_anonymize(study_id, {})
    await api.studies.delete_study(anonymized_study.id)
    with pytest.raises(NotFoundError):
        await client.get_json(f"/studies/{anonymized_study.id}")
    await instances.delete_instance(instance_id)
    with pytest.raises(NotFoundError):
        await client.get_json(f"/instances/{instance_id}")


async def test_typed_answers(api: Api) -> None:
    client: AsyncOrthanc = api.system._client
    patient_id = (await client.get_json("/patients"))[0]
    patient = PatientInfo.model_validate(await client.get_json(f"/patients/{patient_id}"))
    assert patient.id == patient_id
    job_id = (await client.get_json("/jobs"))[0]
    job = await api.jobs.get_job(job_id)
    assert isinstance(job, JobInfo)
    assert job.id == job_id
