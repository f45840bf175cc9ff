"""Failures inside the facade's task groups surface as typed errors (mock transport)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from aiorthanc import AsyncOrthanc, ForbiddenError, InternalServerError
from aiorthanc._facade import StudyCollection, build_forest


def _study(index: int) -> dict[str, Any]:
    return {
        "ID": f"s{index}",
        "IsStable": True,
        "LastUpdate": "20240101T000000",
        "MainDicomTags": {},
        "ParentPatient": "p",
        "PatientMainDicomTags": {},
        "Series": [],
        "Type": "Study",
    }


def _client(fail_path: str, status: int) -> AsyncOrthanc:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == fail_path or request.url.path.endswith(fail_path):
            return httpx.Response(status, json={"HttpStatus": status, "Message": "refused"})
        if request.url.path == "/tools/find":
            return httpx.Response(200, json=[_study(i) for i in range(3)])
        return httpx.Response(200, json=[])

    transport = httpx.MockTransport(handler)
    return AsyncOrthanc(
        "http://orthanc.test", transport=transport, retries=0, orthanc_version="1.10.1"
    )


@pytest.mark.asyncio
async def test_forest_forbidden_is_a_forbidden_error() -> None:
    async with _client("/studies", 403) as orthanc:
        with pytest.raises(ForbiddenError):
            await build_forest(orthanc)


@pytest.mark.asyncio
async def test_find_metadata_failure_is_the_status_error() -> None:
    async with _client("/metadata", 500) as orthanc:
        found = StudyCollection(orthanc).find(metadata={"Reviewed": "yes"})
        with pytest.raises(InternalServerError):
            [s async for s in found]
