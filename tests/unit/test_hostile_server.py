"""Against a server that misbehaves on purpose (tests/faults.py), on both transports: every case
ends within its bound with an aiorthanc error, nothing cut is saved, no credential leaks."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from aiorthanc import (
    AnswerTooLargeError,
    APITimeoutError,
    AsyncOrthanc,
    IncompleteAnswerError,
    InternalServerError,
    RetryPolicy,
    UnauthorizedError,
    UnexpectedAnswerError,
)
from aiorthanc._facade._download import download, stream_chunks
from faults import MisbehavingServer, basic

pytestmark = pytest.mark.asyncio

TRANSPORTS = ["aiohttp", "httpx"]
NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0)


@pytest.fixture(scope="module")
def server() -> Iterator[MisbehavingServer]:
    with MisbehavingServer() as running:
        yield running


def client(server: MisbehavingServer, transport: str, **options: object) -> AsyncOrthanc:
    options.setdefault("retries", NO_WAIT)
    return AsyncOrthanc(server.url, transport=transport, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_gzip_bomb_stops_at_the_answer_bound(
    server: MisbehavingServer, transport: str
) -> None:
    async with client(server, transport, max_answer_size=8 * 1024 * 1024) as orthanc:
        with pytest.raises(AnswerTooLargeError, match="max_answer_size"):
            await orthanc.get_json("/gzip-bomb")


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_endless_body_stops_at_the_answer_bound(
    server: MisbehavingServer, transport: str
) -> None:
    async with client(server, transport, max_answer_size=4 * 1024 * 1024) as orthanc:
        with pytest.raises(AnswerTooLargeError):
            await orthanc.get_json("/endless")


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_headers_at_one_byte_a_second_hit_the_deadline(
    server: MisbehavingServer, transport: str
) -> None:
    async with client(server, transport, deadline=2.0) as orthanc:
        with pytest.raises(APITimeoutError, match="deadline of 2 s"):
            await orthanc.get_json("/slow-headers")
    async with client(server, transport) as orthanc:
        with pytest.raises(APITimeoutError, match="deadline"):
            await orthanc.get_json("/slow-headers", timeout=2.0)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_huge_error_body_is_not_kept(server: MisbehavingServer, transport: str) -> None:
    async with client(server, transport, retries=0) as orthanc:
        with pytest.raises(InternalServerError) as caught:
            await orthanc.get_json("/big-error")
    assert len(caught.value.response.content) <= 64 * 1024


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("path", ["/html", "/redirect", "/text", "/cut-json"])
async def test_answers_that_are_not_json_raise_ours(
    server: MisbehavingServer, transport: str, path: str
) -> None:
    async with client(server, transport) as orthanc:
        with pytest.raises(UnexpectedAnswerError, match="not JSON"):
            await orthanc.get_json(path)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_401_echoing_the_credentials_does_not_leak_them(
    server: MisbehavingServer, transport: str
) -> None:
    async with client(server, transport, auth=("alice", "s3cret-pw")) as orthanc:
        with pytest.raises(UnauthorizedError) as caught:
            await orthanc.get_json("/echo-auth")
    text = str(caught.value) + repr(caught.value)
    assert basic("alice", "s3cret-pw") not in text
    assert "s3cret-pw" not in text


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("path", ["/cut-zip", "/cut-length"])
async def test_a_cut_archive_raises_and_leaves_no_file(
    server: MisbehavingServer, transport: str, path: str, tmp_path: Path
) -> None:
    async with client(server, transport) as orthanc:
        with pytest.raises(IncompleteAnswerError, match="ended early"):
            await download(orthanc, f"/studies{path}/archive", tmp_path / "a.zip")
        with pytest.raises(IncompleteAnswerError):
            async with stream_chunks(orthanc, f"/studies{path}/archive") as chunks:
                async for _chunk in chunks:
                    pass
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_whole_archive_without_length_is_saved(
    server: MisbehavingServer, transport: str, tmp_path: Path
) -> None:
    async with client(server, transport) as orthanc:
        size = await download(orthanc, "/studies/zip/archive", tmp_path / "a.zip")
        async with stream_chunks(orthanc, "/studies/zip/archive") as chunks:
            streamed = b"".join([chunk async for chunk in chunks])
    assert (tmp_path / "a.zip").read_bytes() == server.archive == streamed
    assert size == len(server.archive)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_reset_names_what_happened(server: MisbehavingServer, transport: str) -> None:
    async with client(server, transport, retries=0) as orthanc:
        with pytest.raises(Exception, match=r"connection failed: \S") as caught:
            await orthanc.get_json("/reset")
    assert "aiorthanc" in type(caught.value).__module__


async def test_secret_query_values_stay_out_of_httpx_log(
    server: MisbehavingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with httpx.AsyncClient() as http, client(server, "httpx", http_client=http) as orthanc:
        with pytest.raises(UnexpectedAnswerError):
            await orthanc.get_json("/text", params={"token": "tok-secret"})
    assert "HTTP Request" in caplog.text
    assert "tok-secret" not in caplog.text


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_cut_body_is_retried_as_part_of_the_exchange(
    server: MisbehavingServer, transport: str, tmp_path: Path
) -> None:
    async with client(server, transport) as orthanc:
        for _ in range(3):
            assert await orthanc.get_json("/flaky-json") == {"Version": "1.10.1"}
        for i in range(3):
            await download(orthanc, "/studies/flaky-zip/archive", tmp_path / f"{i}.zip")
            assert (tmp_path / f"{i}.zip").read_bytes() == server.archive
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.zip", "1.zip", "2.zip"]


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_the_typed_layer_raises_ours_for_an_answer_of_another_shape(
    server: MisbehavingServer, transport: str
) -> None:
    async with client(server, transport) as orthanc:
        with pytest.raises(UnexpectedAnswerError, match="get_system") as caught:
            await orthanc.api.system.get_system()
        assert caught.value.__context__ is None
        with pytest.raises(UnexpectedAnswerError, match="get_statistics"):
            await orthanc.api.system.get_statistics()


async def test_a_malformed_url_keeps_its_password_out_of_the_chain() -> None:
    with pytest.raises(ValueError, match="not a valid URL") as caught:
        AsyncOrthanc("http://user:pa ss#w@rd@[bad:8042")
    chain = [caught.value, caught.value.__context__, caught.value.__cause__]
    assert all("pa ss" not in str(error) for error in chain if error is not None)
    assert caught.value.__context__ is None


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_cut_dicom_file_without_length_is_not_saved(
    server: MisbehavingServer, transport: str, tmp_path: Path
) -> None:
    async with client(server, transport) as orthanc:
        with pytest.raises(IncompleteAnswerError, match="DICOM"):
            await download(orthanc, "/instances/cut-dicom/file", tmp_path / "a.dcm")
        assert list(tmp_path.iterdir()) == []
        await download(orthanc, "/instances/dicom/file", tmp_path / "b.dcm")
    assert [p.name for p in tmp_path.iterdir()] == ["b.dcm"]
