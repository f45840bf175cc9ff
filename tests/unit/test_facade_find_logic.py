"""Find, listing and forest paging logic, against a mock transport (real server: integration)."""

from __future__ import annotations

import inspect
import json
import re
from datetime import date, datetime
from typing import Any

import httpx
import pytest

from aiorthanc import AsyncOrthanc
from aiorthanc._constants import (
    DEFAULT_EXPORT_CONCURRENCY,
    DEFAULT_FOREST_CONCURRENCY,
    DEFAULT_FOREST_PAGE_SIZE,
    STREAM_CHUNK_SIZE,
)
from aiorthanc._facade import (
    DateRange,
    Instance,
    Patient,
    Series,
    Study,
    StudyCollection,
    build_forest,
    export,
)
from aiorthanc._facade._download import download
from aiorthanc._facade._find import build_query, format_query_value, sort_key
from aiorthanc._facade._paging import paginate


def test_query_values() -> None:
    assert format_query_value("DOE*") == "DOE*"
    assert format_query_value(date(2024, 1, 31)) == "20240131"
    assert format_query_value(datetime(2024, 1, 31, 10, 0)) == "20240131"
    assert format_query_value(["CT", "MR"]) == "CT\\MR"
    assert format_query_value(DateRange(date(2024, 1, 1), None)) == "20240101-"
    assert format_query_value(DateRange(None, "20241231")) == "-20241231"
    assert str(DateRange(date(2024, 1, 1), date(2024, 2, 1))) == "20240101-20240201"
    body = build_query("Study", {"StudyDate": DateRange(date(2024, 1, 1))}, case_sensitive=False)
    assert body == {
        "Level": "Study",
        "Query": {"StudyDate": "20240101-"},
        "Expand": True,
        "CaseSensitive": False,
    }


def test_sort_key_reads_own_then_patient_tags() -> None:
    # As Orthanc 1.12.5+ orders them: case ignored, missing values first.
    key = sort_key("PatientName")
    assert key({"MainDicomTags": {}, "PatientMainDicomTags": {"PatientName": "B"}}) == "b"
    assert key({"MainDicomTags": {"PatientName": "A"}}) == "a"
    assert key({}) == ""
    names = ["beta", "", "Alpha", "alpha2"]
    answers = [{"MainDicomTags": {"PatientName": n}} for n in names]
    ordered = sorted(answers, key=key)
    assert [a["MainDicomTags"]["PatientName"] for a in ordered] == ["", "Alpha", "alpha2", "beta"]


def _study(index: int) -> dict[str, Any]:
    return {
        "ID": f"s{index:03d}",
        "IsStable": True,
        "LastUpdate": "20240101T000000",
        "MainDicomTags": {"StudyDate": f"2024{(index % 12) + 1:02d}01"},
        "ParentPatient": f"p{index % 3}",
        "PatientMainDicomTags": {},
        "Series": [],
        "Type": "Study",
    }


def _client(
    studies: list[dict[str, Any]],
    log: list[str],
    stale_count: int | None = None,
    version: str = "1.10.1",
) -> AsyncOrthanc:
    def handler(request: httpx.Request) -> httpx.Response:
        log.append(f"{request.method} {request.url.path}")
        if request.url.path == "/tools/find":
            body = json.loads(request.content)
            since, limit = body["Since"], body["Limit"]
            return httpx.Response(200, json=studies[since : since + limit])
        if request.url.path == "/statistics":
            return httpx.Response(
                200, json={"CountStudies": stale_count or len(studies), "CountPatients": 0}
            )
        since = int(request.url.params.get("since", 0))
        limit = int(request.url.params.get("limit", 1000))
        data = studies if request.url.path == "/studies" else []
        if "expand" not in request.url.params:
            return httpx.Response(200, json=[s["ID"] for s in data])
        return httpx.Response(200, json=data[since : since + limit])

    transport = httpx.MockTransport(handler)
    return AsyncOrthanc("http://orthanc.test", transport=transport, orthanc_version=version)


@pytest.mark.asyncio
async def test_find_pages_until_short_page() -> None:
    log: list[str] = []
    async with _client([_study(i) for i in range(10)], log) as orthanc:
        found = [s.id async for s in StudyCollection(orthanc).find(page_size=5)]
        assert found == [f"s{i:03d}" for i in range(10)]
        assert len(log) == 3  # 5 + 5 + an empty page
        log.clear()
        ten = [s.id async for s in StudyCollection(orthanc).find(page_size=4, limit=6)]
        assert ten == found[:6]
        assert len(log) == 2


@pytest.mark.asyncio
async def test_sorted_find_slices_after_sorting() -> None:
    log: list[str] = []
    async with _client([_study(i) for i in range(24)], log) as orthanc:
        studies = StudyCollection(orthanc)
        page = [s async for s in studies.find(order_by="StudyDate", offset=2, limit=3)]
        dates = [s.study_date for s in page]
        assert dates == ["20240201", "20240201", "20240301"]
        by_id = [s.id async for s in studies.find(order_by=lambda s: s.id, descending=True)]
        assert by_id[0] == "s023"
        assert re.fullmatch(r"s\d{3}", by_id[-1])


@pytest.mark.asyncio
async def test_forest_pages_concurrently_and_catches_up() -> None:
    log: list[str] = []
    studies = [_study(i) for i in range(23)]
    async with _client(studies, log) as orthanc:
        forest = await build_forest(orthanc, depth="study", page_size=5, concurrency=3)
        assert [s.id for s in forest.studies] == [s["ID"] for s in studies]
        # 2 first pages, the counts, 4 more study pages (23 = 5 pages of 5).
        assert log.count("GET /statistics") == 1
        assert log.count("GET /studies") == 5
        assert len(log) == 7

    # The server grew after the count: the last page is full, so paging goes on.
    log.clear()
    async with _client(studies, log, stale_count=12) as orthanc:
        forest = await build_forest(orthanc, depth="study", page_size=5)
        assert [s.id for s in forest.studies] == [s["ID"] for s in studies]
        assert log.count("GET /studies") == 5


@pytest.mark.asyncio
async def test_paginate_stops_at_the_first_short_page() -> None:
    items = list(range(12))
    calls: list[tuple[int, int]] = []

    async def fetch(since: int, limit: int) -> list[int]:
        calls.append((since, limit))
        return items[since : since + limit]

    assert [page async for page in paginate(fetch, 5)] == [items[:5], items[5:10], items[10:]]
    assert calls == [(0, 5), (5, 5), (10, 5)]
    calls.clear()
    # A full last page costs one more request, whose empty answer is not yielded.
    assert [page async for page in paginate(fetch, 4, since=4)] == [items[4:8], items[8:]]
    assert calls == [(4, 4), (8, 4), (12, 4)]
    with pytest.raises(ValueError, match="page_size"):
        [page async for page in paginate(fetch, 0)]


@pytest.mark.asyncio
async def test_all_pages_the_listing() -> None:
    log: list[str] = []
    async with _client([_study(i) for i in range(10)], log) as orthanc:
        found = [s.id async for s in StudyCollection(orthanc).all(page_size=4)]
        assert found == [f"s{i:03d}" for i in range(10)]
        # The IDs first (a snapshot: deleting while listing skips nothing), then three pages.
        assert log == ["GET /studies"] * 4


def test_defaults_are_the_named_constants() -> None:
    forest = inspect.signature(build_forest).parameters
    assert forest["page_size"].default == DEFAULT_FOREST_PAGE_SIZE
    assert forest["concurrency"].default == DEFAULT_FOREST_CONCURRENCY
    assert inspect.signature(export).parameters["concurrency"].default == (
        DEFAULT_EXPORT_CONCURRENCY
    )
    assert inspect.signature(download).parameters["chunk_size"].default == STREAM_CHUNK_SIZE


def test_find_levels_are_the_resource_classes() -> None:
    for kind in (Patient, Study, Series, Instance):
        assert build_query(kind.level, None)["Level"] == kind.level
    with pytest.raises(ValueError, match="Patient, Study, Series, Instance"):
        build_query("Studies", None)
