"""Failures inside the facade's concurrent requests surface as the typed errors, not groups."""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from pathlib import Path

import httpx
import pytest
from facade_data import make_tree, upload_sync

from aiorthanc import APIStatusError, UnauthorizedError
from aiorthanc._facade import Study, StudyCollection, export
from aiorthanc.testing import LocalOrthanc

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

WRONG = ("alice", "not-the-password")


@pytest.fixture(scope="module")
def secured() -> Iterator[LocalOrthanc]:
    with LocalOrthanc(users={"alice": "secret"}) as server:
        upload_sync(server.url, make_tree(1, 2, 1, 2), auth=server.credentials)
        yield server


async def test_forest_raises_unauthorized(secured: LocalOrthanc) -> None:
    async with secured.client(auth=WRONG) as orthanc:
        with pytest.raises(UnauthorizedError) as info:
            await orthanc.forest()
        assert info.value.status_code == 401
        with pytest.raises(APIStatusError):  # what `except APIError` code catches
            await orthanc.forest(depth="study", page_size=1)


async def test_export_raises_unauthorized(secured: LocalOrthanc, tmp_path: Path) -> None:
    async with secured.client() as good, secured.client(auth=WRONG) as bad:
        # The whole server: the listing fails.
        with pytest.raises(UnauthorizedError):
            await bad.export(tmp_path / "all")
        # Resources listed with good credentials, files downloaded with bad ones.
        studies = [s async for s in StudyCollection(good).all()]
        with pytest.raises(UnauthorizedError):
            await export(bad, tmp_path / "files", studies, concurrency=2)
        # The children of a resource are fetched concurrently, with its own client.
        stale = Study.from_json(bad, studies[0].info.model_dump(by_alias=True))
        with pytest.raises(UnauthorizedError):
            await export(good, tmp_path / "children", [stale])


class _GoodForFindOnly(httpx.Auth):
    """The right password for POST /tools/find only: the metadata requests that follow fail."""

    def __init__(self, user: str, password: str) -> None:
        self._good = httpx.BasicAuth(user, password)
        self._bad = httpx.BasicAuth(*WRONG)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        auth = self._good if request.url.path == "/tools/find" else self._bad
        yield from auth.auth_flow(request)


async def test_find_with_metadata_raises_unauthorized(secured: LocalOrthanc) -> None:
    async with secured.client(auth=WRONG) as bad:
        with pytest.raises(UnauthorizedError):  # the search itself
            [
                s
                async for s in bad.studies.find(
                    {"PatientID": "*"}, metadata={"1024": re.compile("^x")}
                )
            ]
    assert secured.credentials is not None
    user, password = secured.credentials
    async with secured.client(auth=_GoodForFindOnly(user, password)) as orthanc:
        assert len([s async for s in orthanc.studies.find({"PatientID": "*"})]) == 2
        with pytest.raises(UnauthorizedError):  # the concurrent metadata requests
            matches = orthanc.studies.find(
                {"PatientID": "*"}, metadata={"1024": re.compile("^x")}, metadata_concurrency=2
            )
            [s async for s in matches]
