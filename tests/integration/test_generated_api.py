"""The generated API against a real Orthanc of each supported version, loaded with pydicom's files.

Every JSON GET operation whose parameters can be filled from the loaded data is called; each typed
answer must parse into its model with no unknown field at any depth (the models are complete for
every supported Orthanc version, not only permissive). An operation newer than the server is
skipped there (its version comes from the documents of the versions, see codegen/versions.py).
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pydicom.data
import pytest
import pytest_asyncio
from pydantic import BaseModel, TypeAdapter

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from codegen.generate import prepare
from codegen.parser import Endpoint, parse_spec

from aiorthanc import AsyncOrthanc, NotFoundError
from aiorthanc._generated.api import Api
from aiorthanc._generated.bodies import PostToolsFindBody
from aiorthanc._version import parse_version
from aiorthanc.models import (
    DicomTag,
    DicomTags,
    InstanceInfo,
    JobInfo,
    PatientInfo,
    PatientInfoFull,
    PatientInfoShort,
    SeriesInfo,
    SeriesInfoFull,
    SeriesInfoShort,
    ShortTags,
    SimplifiedTags,
    StudyInfo,
    StudyInfoFull,
    StudyInfoShort,
)
from aiorthanc.testing import SUPPORTED_VERSIONS, LocalOrthanc
from aiorthanc.testing.versions import orthanc_install

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

ROOT = Path(__file__).resolve().parents[2]
TEST_FILES = Path(pydicom.data.__file__).parent / "test_files"


def _endpoints() -> list[Endpoint]:
    spec, since, _ = prepare(ROOT / "spec", ROOT / "spec" / "overrides.yaml")
    return parse_spec(spec, since)[0]


def has(version: str, endpoint: Endpoint) -> bool:
    """Whether a server of `version` has the operation (by the documents of the versions)."""
    return (parse_version(version) or (0,)) >= (parse_version(endpoint.since) or (0,))


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


# The "Serve Folders" plugin ships with Orthanc: loaded, it gives GET /plugins/{id} an answer.
PLUGINS = sorted(str(path) for path in Path("/usr/lib/orthanc").glob("libServeFolders.so*"))[:1]
USER_METADATA = "1024"
USER_ATTACHMENT = "1025"


def _plugins(version: str) -> list[str]:
    """Serve Folders of `version`, as its server sees the path (inside its root, if any)."""
    install = orthanc_install(version)
    if install.root is None:
        return PLUGINS
    found = sorted((install.root / "usr/lib/orthanc").glob("libServeFolders.so*"))[:1]
    return [install.inside(path) for path in found]


@dataclass
class Loaded:
    """The loaded server and the identifiers of what the fixture created on it."""

    server: LocalOrthanc
    storage_commitment: str
    version: str
    # The resource of each level that got the metadata and attachment: the modify job the
    # fixture starts adds copies, and a listing's first item may then be another one.
    resources: dict[str, str]


def _wait(http: httpx.Client, path: str, key: str, pending: str) -> None:
    deadline = time.monotonic() + 30
    while http.get(path).json()[key] == pending:
        assert time.monotonic() < deadline, f"{path} still {pending}"
        time.sleep(0.05)


@pytest.fixture(scope="module", params=SUPPORTED_VERSIONS)
def loaded(request: pytest.FixtureRequest) -> Iterator[Loaded]:
    version: str = request.param
    config = {"Plugins": _plugins(version), "LogExportedResources": True}
    with LocalOrthanc(config=config, version=version) as server:
        with httpx.Client(base_url=server.url, auth=server.credentials, timeout=30) as http:
            for path in sorted(TEST_FILES.glob("*.dcm")):
                http.post("/instances", content=path.read_bytes())
            http.put("/modalities/sample", json={"AET": "SAMPLE", "Host": "127.0.0.1", "Port": 1})
            # The server itself as a modality: C-STORE (an export), C-FIND (a query), and a
            # storage commitment. And as a peer.
            itself = {"AET": server.aet, "Host": "127.0.0.1", "Port": server.dicom_port}
            http.put("/modalities/self", json=itself).raise_for_status()
            http.put("/peers/self", json={"Url": server.url})
            instance = http.get("/instances").json()[0]
            resources = {"instances": instance}
            for level in ("patients", "studies", "series"):
                resource = resources[level] = http.get(f"/{level}").json()[0]
                base = f"/{level}/{resource}"
                http.put(f"{base}/metadata/{USER_METADATA}", content=b"m").raise_for_status()
                http.put(f"{base}/attachments/{USER_ATTACHMENT}", content=b"a").raise_for_status()
            store = {"Resources": [instance], "Synchronous": True}
            http.post("/modalities/self/store", json=store).raise_for_status()
            query = {"Level": "Study", "Query": {"PatientID": "", "StudyDescription": ""}}
            http.post("/modalities/self/query", json=query).raise_for_status()
            commitment = http.post(
                "/modalities/self/storage-commitment", json={"Resources": [instance]}
            ).json()["ID"]
            _wait(http, f"/storage-commitment/{commitment}", "Status", "Pending")
            study = resources["studies"]
            http.post(f"/studies/{study}/modify", json={"Replace": {}, "Asynchronous": True})
            if version != SUPPORTED_VERSIONS[0]:
                http.put(f"/studies/{study}/labels/sample").raise_for_status()
        yield Loaded(server, commitment, version, resources)


@pytest_asyncio.fixture
async def api(loaded: Loaded) -> AsyncIterator[Api]:
    async with loaded.server.client() as client:
        assert client.api is client.api  # one Api per client, built on first use
        assert isinstance(client.api, Api)
        yield client.api


async def _arguments(client: AsyncOrthanc, endpoint: Endpoint, loaded: Loaded) -> list[Any] | None:
    """Path arguments from the loaded data, or None when this data cannot fill them."""
    segments = endpoint.path.strip("/").split("/")
    values: list[Any] = []
    for param in endpoint.path_params:
        index = segments.index("{" + param.name + "}") if param.name != "..." else -1
        owner = segments[index - 1] if index > 0 else ""
        is_instance = segments[0] == "instances"
        if param.name == "id" and owner in ("patients", "studies", "series", "instances"):
            values.append(loaded.resources[owner])
        elif param.name == "id" and owner in ("modalities", "peers"):
            values.append("self")
        elif param.name == "id" and owner in ("jobs", "queries"):
            values.append((await client.get_json(f"/{owner}"))[0])
        elif param.name == "id" and owner == "plugins":
            values.append("serve-folders")
        elif param.name == "id" and owner == "storage-commitment":
            values.append(loaded.storage_commitment)
        elif param.name == "name" and owner == "attachments":
            values.append("dicom" if is_instance else USER_ATTACHMENT)
        elif param.name == "name" and owner == "metadata":
            values.append("ReceptionDate" if is_instance else USER_METADATA)
        elif param.name in ("frame", "index"):
            values.append(0)
        elif param.name == "label":
            values.append("sample")
        else:
            return None
    return values


# Operations of the named groups that the loaded data cannot fill: none.
_NOT_HERE: tuple[str, ...] = ()

JSON_GETS = [
    e
    for e in _endpoints()
    if e.method == "GET" and e.response.kind == "json" and not e.path.startswith(_NOT_HERE)
]


def _flag_sets(endpoint: Endpoint) -> list[dict[str, bool]]:
    """No flag, then the flags of each variant of the answer."""
    py_names = {p.name: p.py_name for p in endpoint.keyword_params}
    variants = [{py_names[flag]: True for flag in v.flags} for v in endpoint.response.variants]
    return [{}, *variants]


@pytest.mark.parametrize("endpoint", JSON_GETS, ids=[e.path for e in JSON_GETS])
async def test_json_get_answers_parse_completely(
    api: Api, loaded: Loaded, endpoint: Endpoint
) -> None:
    client: AsyncOrthanc = api.system._session
    if not has(loaded.version, endpoint):
        pytest.skip(f"Orthanc {loaded.version} lacks it (since {endpoint.since})")
    args = await _arguments(client, endpoint, loaded)
    if args is None and endpoint.path.startswith(TYPED_GROUPS):
        pytest.fail(f"{endpoint.path}: the loaded data cannot fill this route's parameters")
    if args is None:
        pytest.skip("the loaded data cannot fill this route's parameters")
    method = getattr(getattr(api, endpoint.module), endpoint.name)
    for kwargs in _flag_sets(endpoint):
        result = await method(*args, **kwargs)
        assert result is not None
        assert _unknown_fields(result) == [], f"{endpoint.path}: fields missing from the models"


# The route groups of issue 3 whose every JSON GET must run here.
TYPED_GROUPS = (
    "/patients",
    "/studies",
    "/series",
    "/instances",
    "/system",
    "/statistics",
    "/changes",
    "/jobs",
    "/plugins",
    "/modalities",
    "/peers",
    "/tools/find",
    "/queries",
    "/storage-commitment",
    "/exports",
    "/tools",
)

TAG = re.compile(r"^[0-9a-f]{4},[0-9a-f]{4}$")


def _check_format(tags: dict[str, Any], keys: str) -> int:
    """Check keys (`hex` or `keyword`) and values of a tag dictionary recursively; count tags."""
    count = 0
    for key, value in tags.items():
        assert bool(TAG.match(key)) == (keys == "hex"), key
        count += 1
        items = value.value if isinstance(value, DicomTag) else value
        if isinstance(value, DicomTag):
            assert value.name.isidentifier() or value.name.startswith("Unknown"), value.name
            assert (value.type == "Sequence") == isinstance(items, list), key
            assert (value.type == "Null") <= (items is None), key
        if isinstance(items, list):
            count += sum(_check_format(item, keys) for item in items)
    return count


async def test_tag_formats(api: Api) -> None:
    client: AsyncOrthanc = api.system._session
    for instance in await api.instances.get_instances():
        full: DicomTags = await api.instances.get_instance_tags(instance)
        short: ShortTags = await api.instances.get_instance_tags(instance, short=True)
        simplified: SimplifiedTags = await api.instances.get_instance_tags(instance, simplify=True)
        both = await api.instances.get_instance_tags(instance, short=True, simplify=True)
        assert both == simplified  # Orthanc prefers simplify
        assert _check_format(full, "hex") == _check_format(short, "hex")
        _check_format(simplified, "keyword")
        assert set(full) == set(short)
        assert await api.instances.get_instance_simplified_tags(instance) == simplified
        names = [tag.name for tag in full.values()]
        for key, tag in full.items():
            # Group lengths of several groups share one keyword: simplify keeps one of them.
            if tag.type == "String" and names.count(tag.name) == 1:
                assert short[key] == tag.value == simplified[tag.name]
        header = await api.instances.get_instance_header(instance, short=True)
        assert all(key.startswith("0002,") for key in header)
    # Every sequence of the loaded files in full format.
    raw = await client.get_json(f"/instances/{instance}/tags")
    assert TypeAdapter(DicomTags).dump_python(full, by_alias=True, exclude_unset=True) == raw


async def test_variants_of_lists(api: Api) -> None:
    patient = (await api.patients.get_patients())[0]
    assert USER_ATTACHMENT in await api.patients.get_patient_attachments(patient)
    by_name = await api.patients.get_patient_attachments(patient, full=True)
    assert by_name[USER_ATTACHMENT] == int(USER_ATTACHMENT)
    query = (await api.networking.get_queries())[0]
    indices = await api.networking.get_query_answers(query)
    answers = await api.networking.get_query_answers(query, expand=True)
    short = await api.networking.get_query_answers(query, expand=True, short=True)
    simplified = await api.networking.get_query_answers(query, expand=True, simplify=True)
    assert len(indices) == len(answers) == len(short) == len(simplified) > 0
    for full, hex_keys, keywords in zip(answers, short, simplified, strict=True):
        assert full["0010,0020"].value == hex_keys["0010,0020"] == keywords["PatientID"]


async def test_plugin_info(api: Api) -> None:
    assert PLUGINS, "the orthanc package ships libServeFolders.so"
    assert "serve-folders" in await api.system.get_plugins()
    plugin = await api.system.get_plugin("serve-folders")
    assert plugin.id == "serve-folders"
    assert plugin.version
    assert plugin.extends_orthanc_explorer is False


async def test_expand_flag_false_is_not_sent(api: Api) -> None:
    # Orthanc 1.10.1 expands on `?expand=false`: the generated code must leave the key out.
    assert all(isinstance(name, str) for name in await api.networking.get_modalities())
    expanded = await api.networking.get_modalities(expand=True)
    assert expanded["sample"].aet == "SAMPLE"


async def test_write_operations(api: Api) -> None:
    client: AsyncOrthanc = api.system._session
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
    client: AsyncOrthanc = api.system._session
    patient_id = (await client.get_json("/patients"))[0]
    patient = PatientInfo.model_validate(await client.get_json(f"/patients/{patient_id}"))
    assert patient.id == patient_id
    job_id = (await client.get_json("/jobs"))[0]
    job = await api.jobs.get_job(job_id)
    assert isinstance(job, JobInfo)
    assert job.id == job_id


async def test_main_tags_in_short_and_full_format(api: Api) -> None:
    study_id = (await api.studies.get_studies())[0]
    plain: StudyInfo = await api.studies.get_study(study_id)
    short: StudyInfoShort = await api.studies.get_study(study_id, short=True)
    full: StudyInfoFull = await api.studies.get_study(study_id, full=True)
    both = await api.studies.get_study(study_id, short=True, full=True)
    assert isinstance(both, StudyInfoShort)  # Orthanc prefers short
    assert both.main_dicom_tags == short.main_dicom_tags
    for tags in (short.main_dicom_tags, short.patient_main_dicom_tags):
        _check_format(tags, "hex")
    for full_tags in (full.main_dicom_tags, full.patient_main_dicom_tags):
        _check_format(full_tags, "hex")
    assert set(short.main_dicom_tags) == set(full.main_dicom_tags)
    assert short.main_dicom_tags["0020,000d"] == plain.main_dicom_tags.study_instance_uid
    assert full.main_dicom_tags["0020,000d"].name == "StudyInstanceUID"
    assert full.main_dicom_tags["0020,000d"].value == plain.main_dicom_tags.study_instance_uid
    assert (
        full.patient_main_dicom_tags["0010,0020"].value
        == short.patient_main_dicom_tags["0010,0020"]
    )
    # IsStable may turn true between the calls: the other fields must match.
    changing = {"main_dicom_tags", "patient_main_dicom_tags", "is_stable"}
    assert short.model_dump(exclude=changing) == plain.model_dump(exclude=changing)
    # The lists, children and parents: the same variants, each item as its resource says.
    expanded = await api.studies.get_studies(expand=True, short=True)
    assert short.main_dicom_tags in [item.main_dicom_tags for item in expanded]
    assert all(
        isinstance(item, StudyInfoFull)
        for item in await api.studies.get_studies(expand=True, full=True)
    )
    series: list[SeriesInfoShort] = await api.studies.get_study_series(study_id, short=True)
    assert {s.id for s in series} == set(plain.series)
    assert all("0020,000e" in s.main_dicom_tags for s in series)
    parent: PatientInfoFull = await api.studies.get_study_patient(study_id, full=True)
    assert parent.id == plain.parent_patient
    assert parent.main_dicom_tags["0010,0020"].value == short.patient_main_dicom_tags["0010,0020"]
    for answer in (short, full, expanded, series, parent):
        assert _unknown_fields(answer) == []


async def test_find_answers_in_each_tag_format(api: Api) -> None:
    # Short and Full are body keys: the answer's union must pick the model of the format.
    find = api.system.post_tools_find
    plain = await find(PostToolsFindBody(Level="Series", Query={}, Expand=True))
    short = await find(PostToolsFindBody(Level="Series", Query={}, Expand=True, Short=True))
    full = await find(PostToolsFindBody(Level="Series", Query={}, Expand=True, Full=True))
    assert len(plain) == len(short) == len(full) > 0
    for expected, answer in ((SeriesInfo, plain), (SeriesInfoShort, short), (SeriesInfoFull, full)):
        assert {type(item) for item in answer} == {expected}
        assert _unknown_fields(answer) == []
    short_by_id = {item.id: item for item in short if isinstance(item, SeriesInfoShort)}
    full_by_id = {item.id: item for item in full if isinstance(item, SeriesInfoFull)}
    for keywords in plain:
        assert isinstance(keywords, SeriesInfo)
        hex_keys, named = short_by_id[keywords.id], full_by_id[keywords.id]
        uid = keywords.main_dicom_tags.series_instance_uid
        assert (
            uid == hex_keys.main_dicom_tags["0020,000e"] == named.main_dicom_tags["0020,000e"].value
        )
    for level, model in (("Patient", PatientInfoShort), ("Study", StudyInfoFull)):
        body = PostToolsFindBody(Level=level, Query={}, Expand=True)
        body["Short" if model is PatientInfoShort else "Full"] = True
        answer = await find(body)
        assert answer
        assert all(type(item) is model for item in answer)
