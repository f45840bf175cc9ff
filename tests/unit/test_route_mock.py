"""The router against a mock server: resources gone meanwhile, and sends ending out of order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from aiorthanc import AsyncOrthanc, Checkpoint, RouteReport

pytestmark = pytest.mark.asyncio

STORED = {
    "Description": "REST API",
    "FailedInstancesCount": 0,
    "InstancesCount": 1,
    "LocalAet": "ME",
    "ParentResources": [],
    "RemoteAet": "PACS",
}


def _change(seq: int, study: str) -> dict[str, Any]:
    return {
        "ChangeType": "StableStudy",
        "Date": "20240101T000000",
        "ID": study,
        "Path": f"/studies/{study}",
        "ResourceType": "Study",
        "Seq": seq,
    }


def _client(gone: set[str], slow: set[str]) -> AsyncOrthanc:
    """Three stable studies s1..s3 (seq 1..3); `gone` were deleted, `slow` take a while."""

    async def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/changes":
            since = int(request.url.params["since"])
            changes = [_change(i, f"s{i}") for i in (1, 2, 3) if i > since]
            return httpx.Response(200, json={"Changes": changes, "Done": True, "Last": 3})
        if path == "/modalities/pacs/store":
            (study,) = json.loads(request.content)["Resources"]
            if study in gone:
                return httpx.Response(404, json={"HttpStatus": 404, "Message": "Unknown resource"})
            if study in slow:
                await anyio.sleep(0.5)
            return httpx.Response(200, json=STORED)
        if path.startswith("/studies/"):
            return httpx.Response(404 if path.rsplit("/", 1)[1] in gone else 200, json={})
        return httpx.Response(500, json={"HttpStatus": 500, "Message": path})

    transport = httpx.MockTransport(handler)
    return AsyncOrthanc("http://orthanc.test", transport=transport, retries=0)


async def test_a_study_deleted_before_its_send_is_skipped() -> None:
    async with _client(gone={"s2"}, slow=set()) as orthanc:
        report = await orthanc.route(orthanc.modalities["pacs"], concurrency=1, idle_timeout=0)
    assert report.forwarded == ["s1", "s3"]
    assert report.skipped == ["s2"]
    assert not report.failed
    assert report.position == 3


async def test_the_checkpoint_stays_before_a_send_still_in_flight(tmp_path: Path) -> None:
    checkpoint = tmp_path / "route.json"
    async with _client(gone=set(), slow={"s1"}) as orthanc:
        with anyio.CancelScope() as scope:

            def kill_after_two(report: RouteReport) -> None:
                if len(report.forwarded) == 2:
                    scope.cancel()  # s2 and s3 ended; s1 is still in flight

            await orthanc.route(
                orthanc.modalities["pacs"], checkpoint=checkpoint, progress=kill_after_two
            )
        assert Checkpoint(checkpoint).load() is None  # nothing before s1 to record
        again = await orthanc.route(
            orthanc.modalities["pacs"], checkpoint=checkpoint, idle_timeout=0, concurrency=3
        )
    assert sorted(again.forwarded) == ["s1", "s2", "s3"]  # s2 and s3 again: at least once
    assert Checkpoint(checkpoint).load() == 3
