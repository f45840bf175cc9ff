"""The facade on every supported Orthanc: labels, find and count give the same results.

One server per version (1.10.1, 1.12.7, 1.13.0) with the same data. Where the server can
(1.12.5+), ordering, metadata filters and counts run there; elsewhere the client does the
work; the answers must not differ.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import pytest_asyncio
from facade_data import make_tree, upload_sync

from aiorthanc import AsyncOrthanc, Study, UnsupportedOperationError
from aiorthanc.testing import SUPPORTED_VERSIONS, LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

# Metadata 1024 of some studies, by (patient, study): mixed case, as users write it.
REVIEWS = {(0, 0): "reviewed-by-alice", (1, 2): "Reviewed-by-bob", (2, 1): "pending"}
LABELLED = {(0, 0): ["urgent", "teaching"], (1, 1): ["urgent"], (3, 2): ["teaching"]}


def _study_key(study: Study) -> tuple[int, int]:
    patient = int((study.patient_tags.patient_id or "P-1")[1:])
    return patient, int((study.study_description or "Study -1").split()[-1])


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, LocalOrthanc]]:
    started: dict[str, LocalOrthanc] = {}
    try:
        for version in SUPPORTED_VERSIONS:
            server = LocalOrthanc(version=version)
            server.start()
            started[version] = server
            upload_sync(server.url, make_tree(4, 3, 1, 1))
            _annotate(server)
        yield started
    finally:
        for server in started.values():
            server.close()


def _annotate(server: LocalOrthanc) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as http:
        body = {"Level": "Study", "Query": {}, "Expand": True}
        for study in http.post("/tools/find", json=body).json():
            patient = int(study["PatientMainDicomTags"]["PatientID"][1:])
            key = (patient, int(study["MainDicomTags"]["StudyDescription"].split()[-1]))
            if key in REVIEWS:
                path = f"/studies/{study['ID']}/metadata/1024"
                http.put(path, content=REVIEWS[key].encode()).raise_for_status()
            if key in LABELLED and server.version != "1.10.1":
                for label in LABELLED[key]:
                    http.put(f"/studies/{study['ID']}/labels/{label}").raise_for_status()


@pytest_asyncio.fixture(params=SUPPORTED_VERSIONS)
async def orthanc(
    request: pytest.FixtureRequest, servers: dict[str, LocalOrthanc]
) -> AsyncIterator[AsyncOrthanc]:
    async with servers[request.param].client() as client:
        yield client


def _requests(client: AsyncOrthanc) -> list[str]:
    sent: list[str] = []

    async def hook(request: httpx.Request) -> None:
        body = json.loads(request.content) if request.url.path == "/tools/find" else None
        keys = ("OrderBy", "MetadataQuery", "ResponseContent")
        extended = sorted(k for k in body or {} if k in keys)
        sent.append(" ".join([request.method, request.url.path, *extended]))

    client.http_client.event_hooks["request"].append(hook)
    return sent


async def _keys(found: AsyncIterator[Study]) -> list[tuple[int, int]]:
    return [_study_key(s) async for s in found]


async def test_find_orders_and_filters_alike_on_every_version(orthanc: AsyncOrthanc) -> None:
    studies = orthanc.studies
    by_date = await _keys(studies.find(order_by="StudyDate"))
    # StudyDate is 2024-(study+1)-(patient+1): by study, then by patient.
    assert by_date == sorted(by_date, key=lambda k: (k[1], k[0]))
    newest = await _keys(studies.find(order_by="StudyDate", descending=True, offset=2, limit=3))
    assert newest == by_date[::-1][2:5]
    reviewed = await _keys(studies.find(metadata={"1024": "reviewed*"}, order_by="StudyDate"))
    assert reviewed == [(0, 0), (1, 2)]  # Orthanc ignores case in metadata
    either = await _keys(
        studies.find(metadata={"1024": ["pending", "reviewed-by-BOB"]}, order_by="StudyDate")
    )
    assert either == [(2, 1), (1, 2)]
    mixed = studies.find(
        {"PatientID": ["P000", "P001", "P002"]},
        metadata={"1024": "*e*", "LastUpdate": re.compile(r"\d{8}T")},
        order_by="PatientID",
        descending=True,
        limit=2,
    )
    assert await _keys(mixed) == [(2, 1), (1, 2)]
    by_key = studies.find(metadata={"1024": lambda v: v is None}, order_by=lambda s: s.id)
    assert len(await _keys(by_key)) == 9


async def test_the_server_does_the_work_where_it_can(orthanc: AsyncOrthanc) -> None:
    sent = _requests(orthanc)
    found = [
        s async for s in orthanc.studies.find(metadata={"1024": "pending"}, order_by="StudyDate")
    ]
    assert [_study_key(s) for s in found] == [(2, 1)]
    assert found[0].info.metadata is None or found[0].info.metadata.get("1024") == "pending"
    finds = [r for r in sent if r.startswith("POST /tools/find")]
    metadata_reads = [r for r in sent if r.endswith("/metadata")]
    if await orthanc.server_version() == "1.10.1":
        assert finds == ["POST /tools/find"]
        assert len(metadata_reads) == 12  # one per candidate
    else:
        # The matching and ordering run on the server; one more find per page gives the
        # results their metadata back (never one request per result).
        assert finds == [
            "POST /tools/find MetadataQuery OrderBy",
            "POST /tools/find MetadataQuery OrderBy ResponseContent",
        ]
        assert metadata_reads == []
    sent.clear()
    # A predicate is Python's: on 1.12.5+ one more find per page reads the page's metadata.
    kept = [s async for s in orthanc.studies.find(metadata={"1024": lambda v: v == "pending"})]
    assert [_study_key(s) for s in kept] == [(2, 1)]
    assert kept[0].info.metadata is not None
    assert kept[0].info.metadata["1024"] == "pending"
    if await orthanc.server_version() != "1.10.1":
        assert [r for r in sent if r.endswith("/metadata")] == []


async def test_count_gives_the_number_find_gives(orthanc: AsyncOrthanc) -> None:
    sent = _requests(orthanc)
    assert await orthanc.studies.count() == 12
    assert await orthanc.series.count({"Modality": "CT"}) == 12
    assert await orthanc.studies.count({"PatientID": "P001"}) == 3
    assert await orthanc.studies.count(metadata={"1024": "*REVIEWED*"}) == 2
    assert await orthanc.studies.count(metadata={"1024": re.compile("pend")}) == 1
    assert await orthanc.patients.count({"PatientID": "nobody"}) == 0
    counted_here = "POST /tools/count-resources" not in sent
    assert counted_here == (await orthanc.server_version() == "1.10.1")


async def test_labels_on_resources_find_and_count(orthanc: AsyncOrthanc) -> None:
    if await orthanc.server_version() == "1.10.1":
        pytest.skip("labels need Orthanc 1.12.0 (test_labels_refused_before_sending)")
    assert await orthanc.labels() == ["teaching", "urgent"]
    urgent = await _keys(orthanc.studies.find(labels=["urgent"], order_by="StudyDate"))
    assert urgent == [(0, 0), (1, 1)]
    both = await _keys(orthanc.studies.find(labels=["urgent", "teaching"]))
    assert both == [(0, 0)]
    either = await _keys(
        orthanc.studies.find(labels=["urgent", "teaching"], labels_constraint="Any")
    )
    assert sorted(either) == [(0, 0), (1, 1), (3, 2)]
    neither = orthanc.studies.count(labels=["urgent", "teaching"], labels_constraint="None")
    assert await neither == 9
    assert await orthanc.studies.count(labels=["teaching"], metadata={"1024": "reviewed*"}) == 1

    # Read, add and remove on every level.
    study = await orthanc.studies.first({"PatientID": "P003", "StudyDescription": "Study 0"})
    assert study is not None
    series = (await study.series())[0]
    for resource in (await study.patient(), study, series, (await series.instances())[0]):
        assert await resource.labels() == []
        await resource.add_label("checked")
        await resource.add_label("checked")
        await resource.add_label("a-1_B")
        assert await resource.labels() == ["a-1_B", "checked"]
        await resource.remove_label("a-1_B")
        await resource.remove_label("never-added")
        assert await resource.labels() == ["checked"]
    assert "checked" in await orthanc.labels()
    assert await orthanc.instances.count(labels=["checked"]) == 1
    for resource in (await study.patient(), study, series, (await series.instances())[0]):
        await resource.remove_label("checked")
    assert await orthanc.labels() == ["teaching", "urgent"]


async def test_labels_refused_before_sending(servers: dict[str, LocalOrthanc]) -> None:
    server = servers["1.10.1"]
    async with server.client(orthanc_version="1.10.1") as orthanc:
        study = await orthanc.studies.first()
        assert study is not None
        sent = _requests(orthanc)
        calls = [
            orthanc.labels(),
            study.labels(),
            study.add_label("urgent"),
            study.remove_label("urgent"),
            orthanc.studies.count(labels=["urgent"]),
        ]
        for call in calls:
            with pytest.raises(
                UnsupportedOperationError, match=r"needs Orthanc 1\.12\.0.*1\.10\.1"
            ):
                await call
        with pytest.raises(UnsupportedOperationError) as raised:
            [s async for s in orthanc.studies.find(labels=["urgent"])]
        assert raised.value.required == "1.12.0"
        assert raised.value.server_version == "1.10.1"
        assert sent == []
    # Not told the version: the one request is /system, read once.
    async with server.client() as orthanc:
        sent = _requests(orthanc)
        with pytest.raises(UnsupportedOperationError):
            await orthanc.labels()
        with pytest.raises(UnsupportedOperationError):
            await orthanc.studies.count(labels=["urgent"])
        assert sent == ["GET /system"]


async def test_the_results_are_the_same_on_all_versions(
    servers: dict[str, LocalOrthanc],
) -> None:
    results: dict[str, list[list[str]]] = {}
    for version, server in servers.items():
        async with server.client() as orthanc:
            studies = orthanc.studies
            finds = [
                studies.find(order_by="StudyDate", descending=True),
                studies.find(order_by="PatientName", metadata={"1024": "*-by-*"}),
                studies.find(
                    {"StudyDate": "20240101-20241231"},
                    order_by="AccessionNumber",
                    offset=3,
                    limit=4,
                ),
                studies.find(
                    metadata={"1024": ["PENDING", "reviewed-by-alice"]}, order_by="StudyDate"
                ),
            ]
            results[version] = []
            for found in finds:
                results[version].append([s.study_instance_uid or "" async for s in found])
            results[version].append([str(await studies.count(metadata={"1024": "*"}))])
    first, *others = results.values()
    assert all(other == first for other in others), results
    assert [len(r) for r in first] == [12, 2, 4, 2, 1]
