"""The lean way body-less requests are built gives what httpx itself would build."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

from aiorthanc import AsyncOrthanc, NotFoundError
from aiorthanc._connection import plain_url

BASE = "http://127.0.0.1:8042"


@pytest.mark.parametrize(
    ("url", "params"),
    [
        (f"{BASE}/instances/abc", None),
        (f"{BASE}/tools/find", {"expand": "", "since": 0, "limit": 5}),
        ("http://h:1/a/b%20c/", {"x": "1 2", "y": "ä&=", "token": "t?#"}),
        ("https://h:443/prefix/x.dcm", None),
        ("http://[::1]:8042/studies/x/archive", {"transcode": "1.2.840.10008.1.2.1"}),
    ],
)
def test_plain_url_is_what_httpx_parses(url: str, params: dict[str, object] | None) -> None:
    made = plain_url(url, params)
    expected = httpx.URL(url, params=params)  # type: ignore[arg-type]
    assert made is not None
    assert made == expected
    assert (str(made), made.raw_path, made.host, made.port) == (
        str(expected),
        expected.raw_path,
        expected.host,
        expected.port,
    )


@pytest.mark.parametrize(
    "url",
    [f"{BASE}/a/../b", f"{BASE}/a/./b", f"{BASE}/a b", f"{BASE}/%zz", f"{BASE}/é", BASE],
)
def test_paths_httpx_would_normalize_are_left_to_httpx(url: str) -> None:
    assert plain_url(url, None) is None


@pytest.mark.asyncio
@pytest.mark.parametrize("method", ["GET", "DELETE", "POST", "PUT"])
async def test_lean_and_full_requests_carry_the_same_headers(method: str) -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    async with AsyncOrthanc(BASE, auth=("alice", "s3cret")) as orthanc:
        with respx.mock(assert_all_called=False) as mock:
            mock.route().mock(side_effect=record)
            await orthanc.request(method, "/tools/x", params={"a": "1"})  # lean
            await orthanc.request(method, "/tools/x", params={"a": "1"}, content=b"")  # httpx
    lean, full = seen
    assert lean.url == full.url
    expected = dict(full.headers.items())
    if method in ("GET", "DELETE"):  # httpx says nothing of an absent body there
        del expected["content-length"]
    assert sorted(lean.headers.items()) == sorted(expected.items())
    assert lean.content == full.content == b""
    assert lean.headers["host"] == "127.0.0.1:8042"


@pytest.mark.asyncio
async def test_one_debug_line_per_request_without_credentials(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="aiorthanc.http")
    async with AsyncOrthanc(BASE, auth=("alice", "s3cret")) as orthanc:
        with respx.mock() as mock:
            mock.get(f"{BASE}/system").respond(200, json={"Version": "1.12.7"})
            mock.get(f"{BASE}/patients/nope").respond(404, json={"Message": "Unknown"})
            mock.get(url__startswith=f"{BASE}/instances").respond(200, json=[])
            await orthanc.get_json("/system")
            with pytest.raises(NotFoundError):
                await orthanc.get_json("/patients/nope")
            await orthanc.get_json("/instances", params={"token": "hush", "limit": 2})
    lines = [r.getMessage() for r in caplog.records if r.name == "aiorthanc.http"]
    assert [line.rsplit(" in ", 1)[0] for line in lines] == [
        "GET /system -> 200",
        "GET /patients/nope -> 404 NotFoundError",
        "GET /instances?token=%5Bredacted%5D&limit=2 -> 200",
    ]
    assert not any("alice" in line or "s3cret" in line or "hush" in line for line in lines)


@pytest.mark.asyncio
async def test_no_log_work_when_debug_is_off(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="aiorthanc.http")
    async with AsyncOrthanc(BASE) as orthanc:
        with respx.mock() as mock:
            mock.get(f"{BASE}/system").respond(200, json={"Version": "1.12.7"})
            await orthanc.get_json("/system")
    assert not [r for r in caplog.records if r.name == "aiorthanc.http"]


def test_free_ports_are_distinct() -> None:
    from aiorthanc.testing._server import _free_ports

    ports = _free_ports(20)
    assert len(set(ports)) == 20
