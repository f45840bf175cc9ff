"""Find: wildcards, ranges, paging, metadata filters and sorting against a real Orthanc."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import date

import httpx
import pytest
import pytest_asyncio
from facade_data import make_tree, upload_sync

from aiorthanc import APIStatusError, AsyncOrthanc
from aiorthanc._facade import (
    DateRange,
    Instance,
    InstanceCollection,
    PatientCollection,
    SeriesCollection,
    Study,
    StudyCollection,
)
from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]


@pytest.fixture(scope="module")
def server() -> Iterator[LocalOrthanc]:
    # 4 patients x 3 studies: StudyDate 2024-(study+1)-(patient+1)
    with LocalOrthanc() as server:
        upload_sync(server.url, make_tree(4, 3, 2, 1))
        yield server


@pytest_asyncio.fixture
async def orthanc(server: LocalOrthanc) -> AsyncIterator[AsyncOrthanc]:
    async with server.client() as client:
        yield client


def count_finds(client: AsyncOrthanc) -> list[dict[str, object]]:
    bodies: list[dict[str, object]] = []

    async def hook(request: httpx.Request) -> None:
        if request.url.path == "/tools/find":
            import json

            bodies.append(json.loads(request.content))

    client.http_client.event_hooks["request"].append(hook)
    return bodies


async def test_wildcards_lists_and_levels(orthanc: AsyncOrthanc) -> None:
    studies = StudyCollection(orthanc)
    found = [s async for s in studies.find({"PatientName": "test^patient1*"})]
    assert {s.patient_tags.patient_id for s in found} == {"P001"}
    assert all(isinstance(s, Study) for s in found)
    assert len(found) == 3
    found = [s async for s in studies.find({"PatientID": ["P000", "P003"]})]
    assert {s.patient_tags.patient_id for s in found} == {"P000", "P003"}
    assert [s async for s in studies.find({"PatientID": "P00?", "StudyDescription": "Study 2"})]
    ct = [s async for s in SeriesCollection(orthanc).find({"Modality": "CT"})]
    assert len(ct) == 12
    assert {s.modality for s in ct} == {"CT"}
    instances = [i async for i in InstanceCollection(orthanc).find({"PatientID": "P002"})]
    assert len(instances) == 6
    assert all(isinstance(i, Instance) for i in instances)
    assert [p async for p in PatientCollection(orthanc).find({"PatientID": "nobody"})] == []


async def test_date_ranges(orthanc: AsyncOrthanc) -> None:
    studies = StudyCollection(orthanc)
    dates = [s.study_date async for s in studies.find({"StudyDate": date(2024, 2, 3)})]
    assert dates == ["20240203"]
    march_on = [s async for s in studies.find({"StudyDate": DateRange(date(2024, 3, 1), None)})]
    assert len(march_on) == 4
    assert all((s.study_date or "") >= "20240301" for s in march_on)
    before = [s async for s in studies.find({"StudyDate": DateRange(None, "20240102")})]
    assert sorted(s.study_date or "" for s in before) == ["20240101", "20240102"]
    window = DateRange(date(2024, 1, 2), date(2024, 2, 2))
    in_window = [s.study_date async for s in studies.find({"StudyDate": window})]
    assert sorted(in_window) == ["20240102", "20240103", "20240104", "20240201", "20240202"]


async def test_paging_with_since_and_limit(orthanc: AsyncOrthanc) -> None:
    bodies = count_finds(orthanc)
    found = [s async for s in StudyCollection(orthanc).find(page_size=5)]
    assert len({s.id for s in found}) == 12
    assert [(b["Since"], b["Limit"]) for b in bodies] == [(0, 5), (5, 5), (10, 5)]
    bodies.clear()
    window = [s async for s in StudyCollection(orthanc).find(offset=3, limit=4, page_size=3)]
    assert [s.id for s in window] == [s.id for s in found[3:7]]
    assert [(b["Since"], b["Limit"]) for b in bodies] == [(3, 3), (6, 3)]


async def test_sort_and_page_like_the_plugin_sample(orthanc: AsyncOrthanc) -> None:
    studies = StudyCollection(orthanc)
    by_date = [s async for s in studies.find(order_by="StudyDate", page_size=5)]
    dates = [s.study_date for s in by_date]
    assert dates == sorted(dates)
    assert len(dates) == 12
    page = [s async for s in studies.find(order_by="StudyDate", offset=2, limit=2)]
    assert page == by_date[2:4]
    newest = [s async for s in studies.find(order_by="StudyDate", descending=True, limit=3)]
    assert newest == by_date[::-1][:3]
    by_patient = [s async for s in studies.find(order_by="PatientID", descending=True)]
    assert by_patient[0].patient_tags.patient_id == "P003"
    custom = [s async for s in studies.find(order_by=lambda s: (s.study_description, s.id))]
    assert [s.study_description for s in custom] == sorted(s.study_description for s in custom)


async def test_metadata_filter(orthanc: AsyncOrthanc) -> None:
    studies = StudyCollection(orthanc)
    chosen = [s async for s in studies.find({"PatientID": "P001"})]
    for study in chosen[:2]:
        await study.set_metadata("1024", "reviewed-by-alice")
    await chosen[2].set_metadata("1024", "pending")
    try:
        reviewed = [s async for s in studies.find(metadata={"1024": "REVIEWED*"})]
        assert {s.id for s in reviewed} == {s.id for s in chosen[:2]}
        missing = [s async for s in studies.find(metadata={"1024": lambda v: v is None})]
        assert len(missing) == 9
        this_year = [
            s async for s in studies.find(metadata={"LastUpdate": re.compile(r"\d{8}T")}, limit=5)
        ]
        assert len(this_year) == 5
        skipped = [s async for s in studies.find(metadata={"1024": "reviewed*"}, offset=1)]
        assert skipped == reviewed[1:]
        sorted_filtered = [
            s
            async for s in studies.find(
                metadata={"1024": "?*"}, order_by="StudyDate", descending=True, page_size=2
            )
        ]
        assert len(sorted_filtered) == 3
        dates = [s.study_date for s in sorted_filtered]
        assert dates == sorted(dates, reverse=True)
    finally:
        for study in chosen:
            await study.delete_metadata("1024")


async def test_find_errors(orthanc: AsyncOrthanc) -> None:
    with pytest.raises(ValueError, match="page_size"):
        [s async for s in StudyCollection(orthanc).find(page_size=0)]
    with pytest.raises(ValueError, match="level"):
        from aiorthanc._facade._find import build_query

        build_query("Stud", {})
    with pytest.raises(APIStatusError, match="tag"):
        [s async for s in StudyCollection(orthanc).find({"(0010,0010)x": "y"})]
