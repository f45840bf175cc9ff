"""The typed answers of the generated write operations (POST, PUT, DELETE) against a real Orthanc.

Each write whose answer has a model is called, with `Asynchronous` false and true where the route
takes it: the answer must be the model of that mode (the synchronous result, or a JobSubmitted)
and parse with no unknown field at any depth. A second test keeps the list of typed writes that
are not called here explicit.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx
import pydicom.data
import pytest
import pytest_asyncio
from pydantic import BaseModel
from test_generated_api import _endpoints, _unknown_fields, has

from aiorthanc._generated.api import Api
from aiorthanc.models import (
    BulkModificationResult,
    DeletionResult,
    JobSubmitted,
    MergeResult,
    ModalityStoreResult,
    ModificationResult,
    PeerStoreResult,
    QueryCreated,
    ResourceCount,
    RetrieveResult,
    SplitResult,
    StorageCommitmentCreated,
    StudyInfo,
    UploadResult,
)
from aiorthanc.testing import SUPPORTED_VERSIONS, LocalOrthanc

pytestmark = pytest.mark.integration

TEST_FILES = Path(pydicom.data.__file__).parent / "test_files"
FILES = ("CT_small.dcm", "MR_small.dcm")


@dataclass
class Server:
    """The loaded server, its AET, and the IDs of CT_small.dcm's resources by level."""

    local: LocalOrthanc
    ct: dict[str, str]
    mr: dict[str, str]
    version: str


@pytest.fixture(scope="module", params=SUPPORTED_VERSIONS)
def server(request: pytest.FixtureRequest) -> Iterator[Server]:
    version: str = request.param
    with LocalOrthanc(config={"LogExportedResources": True}, version=version) as local:
        with httpx.Client(base_url=local.url, auth=local.credentials, timeout=30) as http:
            stored = [
                http.post("/instances", content=(TEST_FILES / name).read_bytes()).json()
                for name in FILES
            ]
            # The server itself as a modality (C-STORE, C-FIND, C-MOVE) and as a peer.
            itself = {"AET": local.aet, "Host": "127.0.0.1", "Port": local.dicom_port}
            http.put("/modalities/self", json=itself).raise_for_status()
            http.put("/peers/self", json={"Url": local.url}).raise_for_status()
        ct, mr = (
            {
                "patients": s["ParentPatient"],
                "studies": s["ParentStudy"],
                "series": s["ParentSeries"],
                "instances": s["ID"],
            }
            for s in stored
        )
        yield Server(local, ct, mr, version)


@pytest_asyncio.fixture
async def api(server: Server) -> Any:
    async with server.local.client() as client:
        yield client.api


async def _settle(api: Api, answer: Any) -> None:
    """Wait for the job of an asynchronous answer, so that the next case sees its result."""
    if not isinstance(answer, JobSubmitted):
        return
    assert answer.path == f"/jobs/{answer.id}"
    deadline = time.monotonic() + 30
    while (job := await api.jobs.get_job(answer.id)).state not in ("Success", "Failure"):
        assert time.monotonic() < deadline, f"job {answer.id} still {job.state}"
        await anyio.sleep(0.05)
    assert job.state == "Success", job


Call = Callable[[Api, Server, bool], Awaitable[Any]]


@dataclass
class Case:
    """One typed write: how to call it, and the model of its answer per mode."""

    call: Call
    sync: type[BaseModel]
    asynchronous: type[BaseModel] | None = JobSubmitted  # None: the route has no async mode


async def _copy(api: Api, server: Server) -> str:
    """A study of its own for a case that changes or deletes it (an anonymized copy of MR)."""
    answer = await api.studies.post_study_anonymize(server.mr["studies"], {})
    assert isinstance(answer, ModificationResult)
    return answer.id


async def _query(api: Api, level: str) -> str:
    body: Any = {"Level": level, "Query": {"PatientID": "", "StudyInstanceUID": ""}}
    return (await api.networking.post_modality_query("self", body)).id


def _modify(level: str, anonymize: bool) -> Call:
    async def call(api: Api, server: Server, asynchronous: bool) -> Any:
        group = getattr(api, level)
        resource = server.ct[level]
        singular = {"patients": "patient", "studies": "study", "series": "series"}[level]
        if anonymize:
            method = getattr(group, f"post_{singular}_anonymize")
            return await method(resource, {}, asynchronous=asynchronous)
        method = getattr(group, f"post_{singular}_modify")
        # A patient-level modification must change PatientID; below, no patient tag (Orthanc
        # 1.12+ refuses patient tags at lower levels when the patient has other studies).
        replace = {"PatientName": "M", "PatientID": f"P{asynchronous}"}
        if level != "patients":
            replace = {"StudyDescription" if level == "studies" else "SeriesDescription": "M"}
        body = {"Replace": replace, "Force": True}
        return await method(resource, body, asynchronous=asynchronous)

    return call


async def _bulk_modify(api: Api, server: Server, asynchronous: bool) -> Any:
    body: Any = {
        "Resources": [server.ct["series"]],
        "Level": "Series",
        "Replace": {"SeriesDescription": "bulk"},
    }
    return await api.system.post_tools_bulk_modify(body, asynchronous=asynchronous)


async def _bulk_anonymize(api: Api, server: Server, asynchronous: bool) -> Any:
    body = {"Resources": [server.ct["studies"]]}
    return await api.system.post_tools_bulk_anonymize(body, asynchronous=asynchronous)


async def _merge(api: Api, server: Server, asynchronous: bool) -> Any:
    source = await _copy(api, server)
    series = (await api.studies.get_study(source)).series
    body = {"Resources": series, "KeepSource": True}
    return await api.studies.post_study_merge(server.ct["studies"], body, asynchronous=asynchronous)


async def _split(api: Api, server: Server, asynchronous: bool) -> Any:
    body = {"Series": [server.ct["series"]], "KeepSource": True}
    return await api.studies.post_study_split(server.ct["studies"], body, asynchronous=asynchronous)


async def _modality_store(api: Api, server: Server, asynchronous: bool) -> Any:
    body = {"Resources": [server.ct["instances"]]}
    return await api.networking.post_modality_store("self", body, asynchronous=asynchronous)


async def _peer_store(api: Api, server: Server, asynchronous: bool) -> Any:
    body = {"Resources": [server.ct["instances"]]}
    return await api.networking.post_peer_store("self", body, asynchronous=asynchronous)


async def _storage_commitment(api: Api, server: Server, asynchronous: bool) -> Any:
    body: Any = {"Resources": [server.ct["instances"]], "Asynchronous": asynchronous}
    answer = await api.networking.post_modality_storage_commitment("self", body)
    assert answer.path == f"/storage-commitment/{answer.id}"
    return answer


async def _modality_query(api: Api, server: Server, asynchronous: bool) -> Any:
    answer = await api.networking.post_modality_query(
        "self", {"Level": "Study", "Query": {"PatientID": ""}, "Asynchronous": asynchronous}
    )
    assert answer.path == f"/queries/{answer.id}"
    assert await api.networking.get_query_answers(answer.id)
    return answer


def _query_children(level: str, parent_level: str) -> Call:
    async def call(api: Api, server: Server, asynchronous: bool) -> Any:
        query = await _query(api, parent_level)
        method = getattr(api.networking, f"post_query_answer_query_{level}")
        answer = await method(query, 0, {"Query": {}})
        assert await api.networking.get_query_answers(answer.id)
        return answer

    return call


async def _retrieve_answer(api: Api, server: Server, asynchronous: bool) -> Any:
    query = await _query(api, "Study")
    body = {"TargetAet": server.local.aet}
    return await api.networking.post_query_answer_retrieve(
        query, 0, body, asynchronous=asynchronous
    )


async def _retrieve(api: Api, server: Server, asynchronous: bool) -> Any:
    query = await _query(api, "Study")
    body = {"TargetAet": server.local.aet}
    return await api.networking.post_query_retrieve(query, body, asynchronous=asynchronous)


async def _peer_store_straight(api: Api, server: Server, asynchronous: bool) -> Any:
    data = (TEST_FILES / "CT_small.dcm").read_bytes()
    return await api.networking.post_peer_store_straight("self", data)


async def _create_dicom(api: Api, server: Server, asynchronous: bool) -> Any:
    body: Any = {"Tags": {"SeriesDescription": "CREATED"}, "Parent": server.ct["studies"]}
    answer = await api.system.post_tools_create_dicom(body)
    assert answer.parent_study == server.ct["studies"]
    return answer


async def _upload(api: Api, server: Server, asynchronous: bool) -> Any:
    return await api.instances.post_instances((TEST_FILES / "CT_small.dcm").read_bytes())


def _delete(level: str) -> Call:
    async def call(api: Api, server: Server, asynchronous: bool) -> Any:
        if level == "instances":
            # A new series in CT's study: deleting its one instance leaves the study.
            body: Any = {"Tags": {"SeriesDescription": "GONE"}, "Parent": server.ct["studies"]}
            created = await api.system.post_tools_create_dicom(body)
            answer = await api.instances.delete_instance(created.id)
            assert answer.remaining_ancestor is not None
            assert answer.remaining_ancestor.id == server.ct["studies"]
            assert answer.remaining_ancestor.type == "Study"
            return answer
        # An anonymized copy is a patient of one study, series and instance: none remains.
        study = await _copy(api, server)
        info: StudyInfo = await api.studies.get_study(study)
        if level == "patients":
            answer = await api.patients.delete_patient(info.parent_patient)
        elif level == "studies":
            answer = await api.studies.delete_study(study)
        else:
            answer = await api.series.delete_series_by_id(info.series[0])
        assert answer.remaining_ancestor is None
        return answer

    return call


async def _bulk_content(api: Api, server: Server, asynchronous: bool) -> Any:
    body: Any = {"Resources": [server.ct["studies"]], "Level": "Series"}
    answer = await api.system.post_tools_bulk_content(body)
    assert server.ct["series"] in [item.id for item in answer if not isinstance(item, str)]
    return answer


async def _find(api: Api, server: Server, asynchronous: bool) -> Any:
    return await api.system.post_tools_find({"Level": "Study", "Query": {}, "Expand": True})


async def _count(api: Api, server: Server, asynchronous: bool) -> Any:
    answer = await api.system.post_tools_count_resources({"Level": "Study", "Query": {}})
    assert answer.count == len(await api.studies.get_studies())
    return answer


async def _lookup(api: Api, server: Server, asynchronous: bool) -> Any:
    uid = (await api.studies.get_study(server.ct["studies"])).main_dicom_tags.study_instance_uid
    answer = await api.system.post_tools_lookup(uid)
    assert [item.id for item in answer] == [server.ct["studies"]]
    return answer


# Typed writes, by "METHOD path": how each is called and the model of each mode's answer.
CASES: dict[str, Case] = {
    "POST /instances": Case(_upload, UploadResult, None),
    **{
        f"POST /{level}/{{id}}/{action}": Case(
            _modify(level, action == "anonymize"), ModificationResult
        )
        for level in ("patients", "studies", "series")
        for action in ("modify", "anonymize")
    },
    **{
        f"DELETE /{level}/{{id}}": Case(_delete(level), DeletionResult, None)
        for level in ("patients", "studies", "series", "instances")
    },
    "POST /tools/bulk-modify": Case(_bulk_modify, BulkModificationResult),
    "POST /tools/bulk-anonymize": Case(_bulk_anonymize, BulkModificationResult),
    "POST /studies/{id}/merge": Case(_merge, MergeResult),
    "POST /studies/{id}/split": Case(_split, SplitResult),
    "POST /modalities/{id}/store": Case(_modality_store, ModalityStoreResult),
    "POST /peers/{id}/store": Case(_peer_store, PeerStoreResult),
    # Both modes answer the report's ID: the request runs in the background either way.
    "POST /modalities/{id}/storage-commitment": Case(
        _storage_commitment, StorageCommitmentCreated, StorageCommitmentCreated
    ),
    # Both modes answer the stored query: the C-FIND runs before the answer either way.
    "POST /modalities/{id}/query": Case(_modality_query, QueryCreated, QueryCreated),
    "POST /queries/{id}/answers/{index}/query-studies": Case(
        _query_children("studies", "Patient"), QueryCreated, None
    ),
    "POST /queries/{id}/answers/{index}/query-series": Case(
        _query_children("series", "Study"), QueryCreated, None
    ),
    "POST /queries/{id}/answers/{index}/query-instances": Case(
        _query_children("instances", "Study"), QueryCreated, None
    ),
    "POST /queries/{id}/answers/{index}/retrieve": Case(_retrieve_answer, RetrieveResult),
    "POST /queries/{id}/retrieve": Case(_retrieve, RetrieveResult),
    "POST /peers/{id}/store-straight": Case(_peer_store_straight, UploadResult, None),
    "POST /tools/create-dicom": Case(_create_dicom, UploadResult, None),
    "POST /tools/bulk-content": Case(_bulk_content, BaseModel, None),
    "POST /tools/find": Case(_find, BaseModel, None),
    "POST /tools/lookup": Case(_lookup, BaseModel, None),
    "POST /tools/count-resources": Case(_count, ResourceCount, None),
}
ENDPOINTS = {f"{e.method} {e.path}": e for e in _endpoints()}

# Typed writes that this test does not call, and why. Empty: every typed write runs.
NOT_EXERCISED: dict[str, str] = {}

RUNS = [
    (key, mode)
    for key, case in CASES.items()
    for mode in (False, True)
    if not mode or case.asynchronous is not None
]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("key", "asynchronous"), RUNS, ids=[f"{k} {'async' if a else 'sync'}" for k, a in RUNS]
)
async def test_typed_write_answers(api: Api, server: Server, key: str, asynchronous: bool) -> None:
    case = CASES[key]
    if not has(server.version, ENDPOINTS[key]):
        pytest.skip(f"Orthanc {server.version} lacks it (since {ENDPOINTS[key].since})")
    answer = await case.call(api, server, asynchronous)
    expected = case.asynchronous if asynchronous else case.sync
    assert expected is not None
    items = answer if isinstance(answer, list) else [answer]
    assert items, f"{key}: empty answer"
    for item in items:
        assert isinstance(item, expected), f"{key}: {type(item).__name__}, not {expected.__name__}"
    assert _unknown_fields(answer) == [], f"{key}: fields missing from the models"
    await _settle(api, answer)


def test_every_typed_write_is_called() -> None:
    typed = {
        f"{e.method} {e.path}"
        for e in _endpoints()
        if e.method != "GET"
        and e.response.kind == "json"
        and (e.response.model or e.response.adapter)
    }
    assert typed - set(CASES) == set(NOT_EXERCISED), "typed writes neither called nor listed"
    assert set(CASES) <= typed, "a case for an operation whose answer is not typed"
