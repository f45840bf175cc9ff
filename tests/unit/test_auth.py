"""Authentication headers, and that credentials never leak into reprs, logs or errors."""

import base64
import logging

import httpx
import pytest
import respx

from aiorthanc import APIConnectionError, AsyncOrthanc, NotFoundError, RetryPolicy

URL = "http://orthanc.test:8042"
SECRET = "pa55-w0rd!"
TOKEN = "Bearer tok-3f9a6c1e"


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.mark.asyncio
async def test_basic_auth_header() -> None:
    with respx.mock(base_url=URL) as mock:
        route = mock.get("/system").respond(json={})
        async with AsyncOrthanc(URL, auth=("alice", SECRET)) as orthanc:
            await orthanc.get_json("/system")
    assert route.calls.last.request.headers["Authorization"] == _basic("alice", SECRET)


@pytest.mark.asyncio
async def test_token_is_sent_verbatim() -> None:
    with respx.mock(base_url=URL) as mock:
        route = mock.get("/system").respond(json={})
        async with AsyncOrthanc(URL, token=TOKEN) as orthanc:
            await orthanc.get_json("/system")
    assert route.calls.last.request.headers["Authorization"] == TOKEN


@pytest.mark.asyncio
async def test_credentials_in_url_become_basic_auth_and_leave_the_url() -> None:
    with respx.mock(base_url=URL) as mock:
        route = mock.get("/system").respond(json={})
        async with AsyncOrthanc(f"http://alice:{SECRET}@orthanc.test:8042") as orthanc:
            assert orthanc.url == URL
            await orthanc.get_json("/system")
    request = route.calls.last.request
    assert request.headers["Authorization"] == _basic("alice", SECRET)
    assert request.url.userinfo == b""


def test_auth_and_token_together_are_refused() -> None:
    with pytest.raises(ValueError, match="either auth or token"):
        AsyncOrthanc(URL, auth=("a", "b"), token="t")


def test_empty_token_is_refused() -> None:
    with pytest.raises(ValueError, match="token"):
        AsyncOrthanc(URL, token="")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"url": f"http://alice:{SECRET}@orthanc.test:8042"},
        {"url": URL, "auth": ("alice", SECRET)},
        {"url": URL, "token": TOKEN},
    ],
)
@pytest.mark.asyncio
async def test_repr_shows_no_credentials(kwargs: dict[str, object]) -> None:
    orthanc = AsyncOrthanc(**kwargs)  # type: ignore[arg-type]
    text = repr(orthanc) + repr(orthanc._auth) + repr(orthanc.http_client.headers)
    assert SECRET not in text
    assert "tok-3f9a6c1e" not in text
    assert "alice" not in text
    await orthanc.aclose()


@pytest.mark.asyncio
async def test_errors_and_logs_hold_no_credentials(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    url = f"http://alice:{SECRET}@orthanc.test:8042"
    with respx.mock(base_url=URL) as mock:
        mock.get("/patients/x").respond(404)
        mock.get("/system").mock(side_effect=httpx.ConnectError("refused"))
        policy = RetryPolicy(max_retries=1, initial_delay=0)
        async with AsyncOrthanc(url, retries=policy) as orthanc:
            with pytest.raises(NotFoundError) as not_found:
                await orthanc.get_json("/patients/x")
            with pytest.raises(APIConnectionError) as refused:
                await orthanc.get_json("/system")
        async with AsyncOrthanc(URL, token=TOKEN, retries=policy) as orthanc:
            with pytest.raises(APIConnectionError) as refused_token:
                await orthanc.get_json("/system")
    for error in (not_found.value, refused.value, refused_token.value):
        text = f"{error} {error!r} {error.url} {error.__cause__!r}"
        assert SECRET not in text
        assert "tok-3f9a6c1e" not in text
        assert "alice" not in text
    assert caplog.records, "the retry should have been logged"
    assert SECRET not in caplog.text
    assert "tok-3f9a6c1e" not in caplog.text
