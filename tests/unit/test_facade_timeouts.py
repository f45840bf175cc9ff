"""A facade method's `timeout=` reaches each request it makes; without it the client's applies."""

from __future__ import annotations

import io
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from aiorthanc import AsyncOrthanc, Instance, Study

CLIENT_TIMEOUT = 42.0
CALL_TIMEOUT = 7.5


def _answer(kind: str, orthanc_id: str, tags: dict[str, str], **fields: Any) -> dict[str, Any]:
    """An expanded answer of Orthanc, with the fields every level has."""
    stable = {"IsStable": True, "LastUpdate": "20240101T000000"} if kind != "Instance" else {}
    return {"ID": orthanc_id, "Type": kind, "MainDicomTags": tags, **stable, **fields}


_PATIENT = _answer("Patient", "p1", {"PatientID": "P1"}, Studies=["s1"])
_STUDY = _answer(
    "Study",
    "s1",
    {"StudyDate": "20240101"},
    ParentPatient="p1",
    PatientMainDicomTags={"PatientID": "P1"},
    Series=["r1"],
)
_SERIES = _answer(
    "Series", "r1", {"Modality": "CT"}, Instances=["i1"], ParentStudy="s1", Status="Unknown"
)
_INSTANCE = _answer(
    "Instance", "i1", {"SOPInstanceUID": "1.2.3"}, FileSize=4, FileUuid="u1", ParentSeries="r1"
)
_ANSWERS: dict[str, Any] = {
    "/patients": [_PATIENT],
    "/studies": [_STUDY],
    "/series": [_SERIES],
    "/instances": [_INSTANCE],
    "/studies/s1": _STUDY,
    "/studies/s1/series": [_SERIES],
    "/studies/s1/instances": [_INSTANCE],
    "/studies/s1/patient": _PATIENT,
    "/studies/s1/metadata": {"1024": "reviewed"},
    "/instances/i1/series": _SERIES,
    "/instances/i1/study": _STUDY,
    "/tools/find": [_STUDY],
    "/statistics": {"CountPatients": 1, "CountStudies": 1},
}


class Server:
    """A mock Orthanc that records the read timeout of every request."""

    def __init__(self) -> None:
        self.timeouts: list[tuple[str, float | None]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.timeouts.append((f"{request.method} {path}", request.extensions["timeout"]["read"]))
        answer = _ANSWERS.get(path)
        if request.method == "DELETE":
            return httpx.Response(200, json={"RemainingAncestor": None})
        if isinstance(answer, list):
            since = int(request.url.params.get("since", 0))  # listings page, as Orthanc's do
            return httpx.Response(200, json=answer[since:])
        if answer is not None:
            return httpx.Response(200, json=answer)
        return httpx.Response(200, content=b"DICM")  # files, archives, tag values

    def client(self) -> AsyncOrthanc:
        transport = httpx.MockTransport(self)
        return AsyncOrthanc(
            "http://orthanc.test",
            transport=transport,
            timeout=CLIENT_TIMEOUT,
            orthanc_version="1.10.1",
        )


async def _read_archive(study: Study, **timeout: Any) -> None:
    async with study.stream_archive(**timeout) as chunks:
        async for _ in chunks:
            pass


def _study(orthanc: AsyncOrthanc) -> Study:
    return Study.from_json(orthanc, _STUDY)


def _instance(orthanc: AsyncOrthanc) -> Instance:
    return Instance.from_json(orthanc, _INSTANCE)


# Each case: a facade call, given `timeout=` (or not) as keyword arguments.
CASES: dict[str, Callable[[AsyncOrthanc, dict[str, Any]], Awaitable[Any]]] = {
    "collection get": lambda o, t: o.studies.get("s1", **t),
    "refresh": lambda o, t: _study(o).refresh(**t),
    "metadata": lambda o, t: _study(o).get_metadata("1024", **t),
    "children": lambda o, t: _study(o).series(**t),
    "parent": lambda o, t: _study(o).patient(**t),
    "stream archive": lambda o, t: _read_archive(_study(o), **t),
    "delete": lambda o, t: _study(o).delete(**t),
    "tag": lambda o, t: _instance(o).tag("PatientName", **t),
    "download": lambda o, t: _instance(o).download(io.BytesIO(), **t),
    "preview": lambda o, t: _instance(o).preview(**t),
}


@pytest.mark.asyncio
@pytest.mark.parametrize("case", sorted(CASES))
async def test_per_call_timeout_reaches_the_request(case: str) -> None:
    server = Server()
    async with server.client() as orthanc:
        await CASES[case](orthanc, {"timeout": CALL_TIMEOUT})
        assert server.timeouts, case
        assert {read for _, read in server.timeouts} == {CALL_TIMEOUT}, server.timeouts
        server.timeouts.clear()
        await CASES[case](orthanc, {})
        assert {read for _, read in server.timeouts} == {CLIENT_TIMEOUT}, server.timeouts


@pytest.mark.asyncio
async def test_many_request_methods_apply_the_timeout_to_each(tmp_path: Path) -> None:
    server = Server()

    def requests_and_reads() -> tuple[list[str], set[float | None]]:
        seen = list(server.timeouts)
        server.timeouts.clear()
        return [request for request, _ in seen], {read for _, read in seen}

    async with server.client() as orthanc:
        found = orthanc.studies.find(metadata={"1024": "rev*"}, timeout=CALL_TIMEOUT)
        assert [s.id async for s in found] == ["s1"]
        requests, reads = requests_and_reads()
        assert requests == ["POST /tools/find", "GET /studies/s1/metadata"]
        assert reads == {CALL_TIMEOUT}

        forest = await orthanc.forest(depth="study", page_size=1, timeout=CALL_TIMEOUT)
        assert [s.id for s in forest.studies] == ["s1"]
        requests, reads = requests_and_reads()
        assert "GET /statistics" in requests  # the count, and a second page of each level
        assert reads == {CALL_TIMEOUT}

        result = await orthanc.export(tmp_path, [_study(orthanc)], timeout=None)
        assert len(result.written) == 1
        requests, reads = requests_and_reads()
        assert "GET /instances/i1/file" in requests
        assert reads == {None}

        [s async for s in orthanc.studies.all(page_size=1)]
        await orthanc.forest()
        await orthanc.export(tmp_path / "all")
        requests, reads = requests_and_reads()
        assert "GET /instances/i1/file" in requests
        assert reads == {CLIENT_TIMEOUT}


def test_find_request_body_is_unchanged_by_the_timeout() -> None:
    # The timeout is a transport setting, not a find criterion.
    server = Server()
    bodies: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return server(request)

    async def run() -> None:
        transport = httpx.MockTransport(handler)
        async with AsyncOrthanc("http://orthanc.test", transport=transport) as orthanc:
            [s async for s in orthanc.studies.find({"StudyDate": "2024*"}, timeout=3)]

    anyio.run(run)
    assert bodies == [
        {
            "Level": "Study",
            "Query": {"StudyDate": "2024*"},
            "Expand": True,
            "Since": 0,
            "Limit": 500,
        }
    ]
