"""What the facade sends to each Orthanc version, against a mock transport (real servers:
tests/integration/test_facade_versions.py)."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest

from aiorthanc import AsyncOrthanc, UnsupportedOperationError
from aiorthanc._facade._query import metadata_matches

STUDY = {
    "ID": "s1",
    "IsStable": True,
    "LastUpdate": "20240101T000000",
    "MainDicomTags": {"StudyDate": "20240101"},
    "ParentPatient": "p1",
    "PatientMainDicomTags": {},
    "Series": [],
    "Type": "Study",
}


def _client(version: str, sent: list[tuple[str, str, Any]], extended: bool = True) -> AsyncOrthanc:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        sent.append((request.method, request.url.path, body))
        if request.url.path == "/system":
            capabilities = {"HasExtendedFind": extended}
            return httpx.Response(200, json={"Version": version, "Capabilities": capabilities})
        if request.url.path == "/tools/count-resources":
            return httpx.Response(200, json={"Count": 7})
        if request.url.path == "/tools/find":
            ids_only = body and body.get("Expand") is False
            return httpx.Response(200, json=["s1"] if ids_only else [STUDY])
        return httpx.Response(200, json=STUDY if request.url.path == "/studies/s1" else {})

    return AsyncOrthanc("http://orthanc.test", transport=httpx.MockTransport(handler))


@pytest.mark.asyncio
async def test_labels_on_1_10_send_nothing() -> None:
    sent: list[tuple[str, str, Any]] = []
    async with _client("1.10.1", sent) as orthanc:
        await orthanc.server_version()
        sent.clear()
        study = await orthanc.studies.get("s1")
        sent.clear()
        for call in (
            orthanc.labels(),
            study.labels(),
            study.add_label("x"),
            study.remove_label("x"),
        ):
            with pytest.raises(UnsupportedOperationError, match=r"1\.12\.0"):
                await call
        with pytest.raises(UnsupportedOperationError):
            await orthanc.studies.count(labels=["x"])
        assert sent == []


@pytest.mark.asyncio
async def test_the_extended_find_goes_to_the_server() -> None:
    sent: list[tuple[str, str, Any]] = []
    async with _client("1.13.0", sent) as orthanc:
        found = orthanc.studies.find(
            labels=["a"],
            labels_constraint="Any",
            metadata={"1024": ["x", "y"]},
            order_by="StudyDate",
        )
        assert [s.id async for s in found] == ["s1"]
        finds = [body for method, path, body in sent if path == "/tools/find"]
        assert finds[0]["OrderBy"] == [{"Type": "DicomTag", "Key": "StudyDate", "Direction": "ASC"}]
        assert finds[0]["MetadataQuery"] == {"1024": "x\\y"}
        assert (finds[0]["Labels"], finds[0]["LabelsConstraint"]) == (["a"], "Any")
        assert await orthanc.studies.count({"StudyDate": "2024"}) == 7
        assert sent[-1][1] == "/tools/count-resources"
        assert "Expand" not in sent[-1][2]
        assert [path for _, path, _ in sent].count("/system") == 2  # version, then capabilities


@pytest.mark.asyncio
async def test_a_back_end_without_the_extended_find_gets_the_fallback() -> None:
    sent: list[tuple[str, str, Any]] = []
    async with _client("1.12.7", sent, extended=False) as orthanc:
        assert await orthanc.studies.count() == 1
        assert [p for _, p, _ in sent if p.startswith("/tools")] == ["/tools/find"]
        [s async for s in orthanc.studies.find(order_by="StudyDate")]
        assert "OrderBy" not in sent[-1][2]


def test_metadata_matching_as_orthanc_does() -> None:
    assert metadata_matches("reviewed*", "Reviewed-by-bob")
    assert metadata_matches("re?iewed", "REVIEWED")
    assert not metadata_matches("review", "reviewed")
    assert not metadata_matches("*", None)
    assert metadata_matches("", None)
    assert metadata_matches(["pending", "DONE"], "done")
    assert not metadata_matches(["pend*", "done"], "pending")  # no wildcards in a list
    assert metadata_matches(re.compile("rev"), "reviewed")
    assert metadata_matches(re.compile("^$"), None)
    assert metadata_matches(lambda v: v is None, None)
    with pytest.raises(ValueError, match="labels_constraint"):
        from aiorthanc._facade._query import CountOptions, labels_body

        labels_body(CountOptions(labels=["a"], labels_constraint="Some"))  # type: ignore[arg-type]
