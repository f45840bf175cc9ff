"""Pages of expanded listings validated from the answer's bytes: a page that is not a list of the
level's objects raises `UnexpectedAnswerError` naming the route, never pydantic's error; the cycle
collector, held off while a page becomes models, is left as it was found."""

from __future__ import annotations

import asyncio
import gc
import json

import pytest
from test_transports import TRANSPORTS, loopback

from aiorthanc import AsyncOrthanc, UnexpectedAnswerError
from aiorthanc._api_support import gc_paused
from aiorthanc._facade._levels import Study
from aiorthanc._facade._paging import resource_page

STUDY = {
    "ID": "s1",
    "IsStable": True,
    "LastUpdate": "20240101T000000",
    "MainDicomTags": {"StudyInstanceUID": "1.2.3"},
    "ParentPatient": "p1",
    "PatientMainDicomTags": {"PatientID": "P"},
    "Series": [],
    "Type": "Study",
}


def serving(*bodies: bytes):  # type: ignore[no-untyped-def]
    async def handler(_: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int) -> None:
        body = bodies[n - 1]
        writer.write(f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
        await writer.drain()

    return handler


@pytest.mark.asyncio
@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_page_becomes_resources_and_a_bad_page_raises_ours(transport: str) -> None:
    good = json.dumps([STUDY]).encode()
    bad = json.dumps([{**STUDY, "ID": 7, "secret": "x"}]).encode()
    async with (
        loopback(serving(good, bad, b"<html>")) as (url, seen),
        AsyncOrthanc(url, transport=transport) as client,
    ):
        [study] = await resource_page(client, Study, 0, 10)
        assert isinstance(study, Study)
        assert study.id == "s1"
        assert study.parent_patient_id == "p1"
        for _ in range(2):
            with pytest.raises(UnexpectedAnswerError, match="GET /studies") as caught:
                await resource_page(client, Study, 10, 10)
            assert "secret" not in str(caught.value)
            assert caught.value.__cause__ is None
            assert caught.value.__context__ is None
            assert gc.isenabled()
    assert seen[0].split(b"\r\n", 1)[0] == b"GET /studies?expand=&since=0&limit=10 HTTP/1.1"


def test_the_collector_is_held_off_only_inside_and_left_as_found() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError, match="a page that fails"), gc_paused():
        raise ValueError("a page that fails")
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # an application that turned it off keeps it off
    finally:
        gc.enable()
