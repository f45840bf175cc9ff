"""`changes.follow(types=)` on every version: the same changes, filtered by the server where
it can (`GET /changes?type=`, 1.12.5+ with `HasExtendedChanges`), here otherwise."""

from __future__ import annotations

import httpx
import pytest
from facade_data import make_instance, zip_of

from aiorthanc import AsyncOrthanc, Change, ChangeType
from aiorthanc.testing import SUPPORTED_VERSIONS, LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]


async def _follow(orthanc: AsyncOrthanc, types: set[ChangeType], count: int) -> list[Change]:
    follower = orthanc.changes.follow(types=types, page_size=3, poll_interval=0.05)
    found: list[Change] = []
    async for change in follower:
        found.append(change)
        if len(found) == count:
            break
    await follower.aclose()
    return found


@pytest.mark.parametrize("version", SUPPORTED_VERSIONS)
async def test_follow_types_filters_on_the_server_where_it_can(version: str) -> None:
    with LocalOrthanc(version=version) as server:
        urls: list[str] = []

        async def record(request: httpx.Request) -> None:
            if request.url.path == "/changes":
                urls.append(str(request.url))

        http = httpx.AsyncClient(event_hooks={"request": [record]})
        async with http, AsyncOrthanc(server.url, http_client=http) as orthanc:
            files = (
                make_instance(p, s, 0, i) for p in range(3) for s in range(2) for i in range(2)
            )
            await orthanc.request("POST", "/instances", content=zip_of(files))
            log = [
                Change.model_validate(c) for c in (await orthanc.get_json("/changes"))["Changes"]
            ]
            types = {ChangeType.NEW_PATIENT, ChangeType.NEW_STUDY}
            expected = [c for c in log if c.change_type in types]
            assert len(expected) == 9
            assert await _follow(orthanc, types, 9) == expected
            by_server = [u for u in urls if "type=" in u]
            if version == "1.10.1":
                assert by_server == []
            else:
                assert by_server
                assert all(u.endswith("&type=NewPatient;NewStudy") for u in by_server)
            # A type the log never holds (a plugin-only event): filtered here, not refused.
            urls.clear()
            mixed = {ChangeType.NEW_PATIENT, ChangeType.JOB_SUCCESS}
            assert await _follow(orthanc, mixed, 3) == [
                c for c in log if c.change_type is ChangeType.NEW_PATIENT
            ]
            assert not [u for u in urls if "type=" in u]
