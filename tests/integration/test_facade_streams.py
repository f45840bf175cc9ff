"""`open_stream()`, `open_archive()`, `open_media()`, `open_file()` against a real Orthanc: an
unknown ID raises before any body, a known one gives every byte, a cut body raises, and a closed
answer gives its connection back (a pool of one connection would otherwise stall)."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Iterator

import httpx
import pytest
from facade_data import make_tree, upload_sync, zip_of

from aiorthanc import (
    AsyncOrthanc,
    IncompleteAnswerError,
    Instance,
    NotFoundError,
    Study,
)
from aiorthanc._connection import TransportName
from aiorthanc.testing import LocalOrthanc
from faults import FaultPlan, FaultProxy

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

TRANSPORTS: list[TransportName] = ["aiohttp", "httpx"]
INSTANCES = 6  # of 256 KiB each: an archive of several chunks
CHUNK = 64 * 1024


@pytest.fixture(scope="module")
def server() -> Iterator[LocalOrthanc]:
    with LocalOrthanc() as running:
        # Random pixels: Orthanc deflates archive members, and patterns would shrink to nothing.
        pixels = {"PixelData": random.Random(1).randbytes(512 * 256 * 2)}
        files = make_tree(1, 1, 2, INSTANCES // 2, rows=512, columns=256, tags=pixels)
        upload_sync(running.url, iter([zip_of(files)]), running.credentials)
        yield running


def one_connection(server: LocalOrthanc, transport: TransportName) -> AsyncOrthanc:
    """A client with a single connection: one that is never given back stalls the next call."""
    return server.client(
        transport=transport,
        limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
        timeout=httpx.Timeout(60, pool=10),
    )


async def _study(orthanc: AsyncOrthanc) -> Study:
    study = await orthanc.studies.first()
    assert study is not None
    return study


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist() if not name.endswith("/")}


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_an_unknown_id_raises_before_any_body(
    server: LocalOrthanc, transport: TransportName
) -> None:
    async with one_connection(server, transport) as orthanc:
        study = await _study(orthanc)
        gone = Study.from_json(orthanc, {**study.info.model_dump(by_alias=True), "ID": "gone"})
        with pytest.raises(NotFoundError):
            await gone.open_archive()
        with pytest.raises(NotFoundError):
            await gone.open_media()
        with pytest.raises(NotFoundError, match="404"):
            await orthanc.open_stream("GET", "/instances/unknown/file")
        assert (await orthanc.get_json("/system"))["Version"]  # the connection is free


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_known_study_gives_every_byte(
    server: LocalOrthanc, transport: TransportName
) -> None:
    async with one_connection(server, transport) as orthanc:
        study = await _study(orthanc)
        archive = await study.open_archive()
        assert archive.media_type == "application/zip"
        data = b"".join([chunk async for chunk in archive])
        assert archive.closed
        assert archive.bytes_received == len(data)
        members = _members(data)
        assert len(members) == INSTANCES

        instance: Instance = (await study.instances())[0]
        file = await instance.open_file()
        assert file.content_length == instance.file_size
        assert b"".join([chunk async for chunk in file]) == await instance.read_file()
        assert await instance.read_file() in members.values()

        async with await study.open_media() as media:
            assert "DICOMDIR" in _members(b"".join([chunk async for chunk in media]))


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("route", ["archive", "file"])
async def test_a_cut_body_raises(
    server: LocalOrthanc, transport: TransportName, route: str
) -> None:
    async with server.client() as direct:
        study = await _study(direct)
        instance = (await study.instances())[0]
    with FaultProxy(server.url, FaultPlan(cut=1.0)) as proxy:
        async with AsyncOrthanc(proxy.url, auth=server.credentials, transport=transport) as faulty:
            if route == "archive":  # no Content-Length on 1.10.1: the ZIP's end decides
                answer = await Study(faulty, study.info).open_archive()
            else:
                answer = await Instance(faulty, instance.info).open_file()
            with pytest.raises(IncompleteAnswerError, match="ended early"):
                async for _chunk in answer:
                    pass
            assert answer.closed


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_an_early_close_gives_the_connection_back(
    server: LocalOrthanc, transport: TransportName
) -> None:
    async with one_connection(server, transport) as orthanc:
        study = await _study(orthanc)
        for _ in range(3):  # each time on the one connection of the pool
            archive = await orthanc.open_stream("GET", f"{study.path}/archive", chunk_size=CHUNK)
            assert len(await archive.__anext__()) == CHUNK
            await archive.aclose()
            assert archive.closed
        async with await study.open_archive() as archive:
            await archive.__anext__()
        assert (await orthanc.get_json("/system"))["Version"]


async def test_an_archive_of_several_resources_opens_first(server: LocalOrthanc) -> None:
    async with server.client() as orthanc:
        study = await _study(orthanc)
        with pytest.raises(NotFoundError):
            await orthanc.open_archive([study.id, "0" * 8])
        async with await orthanc.open_archive([study]) as archive:
            assert len(_members(b"".join([chunk async for chunk in archive]))) == INSTANCES
        media = await orthanc.open_archive(study.series_ids, media=True)
        assert "DICOMDIR" in _members(b"".join([chunk async for chunk in media]))
        assert media.closed
