"""The request primitives of AsyncOrthanc, against respx-mocked routes."""

import io
import json
import logging
from collections.abc import AsyncIterator

import httpx
import pytest
import respx

from aiorthanc import (
    APIConnectionError,
    APITimeoutError,
    AsyncOrthanc,
    BadRequestError,
    NotFoundError,
    RetryPolicy,
    ServiceUnavailableError,
    UnexpectedAnswerError,
)

pytestmark = pytest.mark.asyncio

URL = "http://orthanc.test:8042"
NO_WAIT = RetryPolicy(max_retries=3, initial_delay=0, max_delay=0)


@pytest.fixture
def mock() -> respx.MockRouter:
    with respx.mock(base_url=URL, assert_all_called=False) as router:
        yield router


async def test_get_json_parses_answer(mock: respx.MockRouter) -> None:
    mock.get("/system").respond(json={"Version": "1.10.1"})
    async with AsyncOrthanc(URL) as orthanc:
        assert await orthanc.get_json("/system") == {"Version": "1.10.1"}
    assert mock.calls.last.request.headers["Accept"] == "application/json"


async def test_path_prefix_of_reverse_proxy_is_kept(mock: respx.MockRouter) -> None:
    route = mock.get("/orthanc/system").respond(json={})
    async with AsyncOrthanc(URL + "/orthanc/") as orthanc:
        await orthanc.get_json("/system")
    assert route.called


async def test_relative_path_is_refused() -> None:
    async with AsyncOrthanc(URL) as orthanc:
        with pytest.raises(ValueError, match="must start with '/'"):
            await orthanc.request("GET", "system")


async def test_bad_scheme_is_refused() -> None:
    with pytest.raises(ValueError, match="http:// or https://"):
        AsyncOrthanc("ftp://user:pw@host")


async def test_query_params_encode_booleans_and_drop_none(mock: respx.MockRouter) -> None:
    route = mock.get("/patients").respond(json=[])
    async with AsyncOrthanc(URL) as orthanc:
        await orthanc.get_json("/patients", params={"expand": True, "since": 0, "limit": None})
    assert route.calls.last.request.url.params == httpx.QueryParams(
        {"expand": "true", "since": "0"}
    )


async def test_error_answer_raises_mapped_exception(mock: respx.MockRouter) -> None:
    mock.get("/patients/nope").respond(404)
    async with AsyncOrthanc(URL) as orthanc:
        with pytest.raises(NotFoundError) as info:
            await orthanc.get_json("/patients/nope")
    assert info.value.status_code == 404
    assert str(info.value) == "GET /patients/nope -> 404 Not Found"


async def test_extra_headers_and_per_call_headers(mock: respx.MockRouter) -> None:
    route = mock.get("/system").respond(json={})
    async with AsyncOrthanc(URL, headers={"X-Site": "a"}) as orthanc:
        await orthanc.request("GET", "/system", headers={"X-Call": "b"})
    sent = route.calls.last.request.headers
    assert (sent["X-Site"], sent["X-Call"]) == ("a", "b")
    assert sent["User-Agent"].startswith("aiorthanc/")


async def test_default_timeout_is_long_and_overridable(mock: respx.MockRouter) -> None:
    route = mock.get("/system").respond(json={})
    async with AsyncOrthanc(URL) as orthanc:
        await orthanc.get_json("/system")
        assert route.calls.last.request.extensions["timeout"]["read"] >= 60
        await orthanc.get_json("/system", timeout=2.5)
        assert route.calls.last.request.extensions["timeout"]["read"] == 2.5


async def test_timeout_raises_api_timeout_error(mock: respx.MockRouter) -> None:
    mock.post("/tools/find").mock(side_effect=httpx.ReadTimeout("slow"))
    async with AsyncOrthanc(URL, retries=NO_WAIT) as orthanc:
        with pytest.raises(APITimeoutError) as info:
            await orthanc.post_json("/tools/find", {"Level": "Study", "Query": {}})
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert info.value.method == "POST"


# -- retries -------------------------------------------------------------------------------------


async def test_get_is_retried_on_503_then_succeeds(mock: respx.MockRouter) -> None:
    route = mock.get("/system").mock(
        side_effect=[httpx.Response(503), httpx.Response(502), httpx.Response(200, json={})]
    )
    async with AsyncOrthanc(URL, retries=NO_WAIT) as orthanc:
        assert await orthanc.get_json("/system") == {}
    assert route.call_count == 3


async def test_retries_give_up_after_max_and_raise_last_error(mock: respx.MockRouter) -> None:
    route = mock.get("/system").respond(503)
    async with AsyncOrthanc(URL, retries=RetryPolicy(max_retries=2, initial_delay=0)) as orthanc:
        with pytest.raises(ServiceUnavailableError):
            await orthanc.get_json("/system")
    assert route.call_count == 3


async def test_zero_retries_sends_once(mock: respx.MockRouter) -> None:
    route = mock.get("/system").respond(503)
    async with AsyncOrthanc(URL, retries=0) as orthanc:
        with pytest.raises(ServiceUnavailableError):
            await orthanc.get_json("/system")
    assert route.call_count == 1


async def test_post_is_not_resent_after_503_by_default(mock: respx.MockRouter) -> None:
    route = mock.post("/instances").respond(503)
    async with AsyncOrthanc(URL, retries=NO_WAIT) as orthanc:
        with pytest.raises(ServiceUnavailableError):
            await orthanc.request("POST", "/instances", content=b"DICM")
    assert route.call_count == 1


async def test_post_marked_idempotent_is_retried(mock: respx.MockRouter) -> None:
    route = mock.post("/instances").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, json={"Status": "Success"})]
    )
    async with AsyncOrthanc(URL, retries=NO_WAIT) as orthanc:
        response = await orthanc.request("POST", "/instances", content=b"DICM", idempotent=True)
    assert response.json() == {"Status": "Success"}
    assert route.call_count == 2
    assert [call.request.content for call in route.calls] == [b"DICM", b"DICM"]


async def test_connect_error_is_retried_even_for_post(mock: respx.MockRouter) -> None:
    route = mock.post("/tools/find").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=[])]
    )
    async with AsyncOrthanc(URL, retries=NO_WAIT) as orthanc:
        assert await orthanc.post_json("/tools/find", {}) == []
    assert route.call_count == 2


async def test_closed_keepalive_connection_is_retried_for_get(mock: respx.MockRouter) -> None:
    route = mock.get("/system").mock(
        side_effect=[
            httpx.RemoteProtocolError("Server disconnected without sending a response."),
            httpx.Response(200, json={}),
        ]
    )
    async with AsyncOrthanc(URL, retries=NO_WAIT) as orthanc:
        assert await orthanc.get_json("/system") == {}
    assert route.call_count == 2


async def test_post_that_may_have_been_processed_is_not_resent(mock: respx.MockRouter) -> None:
    route = mock.post("/studies/x/modify").mock(
        side_effect=httpx.RemoteProtocolError("Server disconnected without sending a response.")
    )
    async with AsyncOrthanc(URL, retries=NO_WAIT) as orthanc:
        with pytest.raises(APIConnectionError) as info:
            await orthanc.post_json("/studies/x/modify", {})
    assert route.call_count == 1
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)


async def test_bad_request_is_never_retried(mock: respx.MockRouter) -> None:
    route = mock.get("/system").respond(400, json={"OrthancError": "Bad request"})
    async with AsyncOrthanc(URL, retries=NO_WAIT) as orthanc:
        with pytest.raises(BadRequestError):
            await orthanc.get_json("/system")
    assert route.call_count == 1


async def test_seekable_file_body_is_sent_again_from_its_start(mock: respx.MockRouter) -> None:
    route = mock.put("/instances/x/attachments/a").mock(
        side_effect=[httpx.ReadError("reset"), httpx.Response(200, json={})]
    )
    body = io.BytesIO(b"head-" + b"x" * 3_000_000)
    body.seek(5)
    async with AsyncOrthanc(URL, retries=NO_WAIT) as orthanc:
        await orthanc.request("PUT", "/instances/x/attachments/a", content=body)
    assert route.call_count == 2
    assert route.calls.last.request.content == b"x" * 3_000_000


async def test_file_factory_body_is_opened_for_each_attempt_and_closed(
    mock: respx.MockRouter,
) -> None:
    def fail_after_reading(request: httpx.Request) -> httpx.Response:
        request.read()
        raise httpx.ReadError("reset")

    route = mock.post("/instances").mock(
        side_effect=[fail_after_reading, httpx.Response(200, json={})]
    )
    opened: list[io.BytesIO] = []

    def open_body() -> io.BytesIO:  # e.g. an archive member, which cannot be rewound
        opened.append(io.BytesIO(b"DICM" * 1000))
        return opened[-1]

    async with AsyncOrthanc(URL, retries=NO_WAIT) as orthanc:
        await orthanc.request("POST", "/instances", content=open_body, idempotent=True)
    assert route.call_count == 2
    assert route.calls.last.request.content == b"DICM" * 1000
    assert len(opened) == 2
    assert all(body.closed for body in opened)


async def test_async_iterable_body_is_not_replayed_once_consumed(mock: respx.MockRouter) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"a"
        yield b"b"

    def fail_after_reading(request: httpx.Request) -> httpx.Response:
        request.read()
        raise httpx.ReadError("reset")

    route = mock.put("/instances/x/attachments/a").mock(side_effect=fail_after_reading)
    async with AsyncOrthanc(URL, retries=NO_WAIT) as orthanc:
        with pytest.raises(APIConnectionError):
            await orthanc.request("PUT", "/instances/x/attachments/a", content=chunks())
    assert route.call_count == 1


async def test_retry_is_logged_without_credentials(
    mock: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    mock.get("/system").mock(side_effect=[httpx.Response(503), httpx.Response(200, json={})])
    caplog.set_level(logging.DEBUG)
    async with AsyncOrthanc("http://alice:pa55word@orthanc.test:8042", retries=NO_WAIT) as o:
        await o.get_json("/system")
    assert any("Retrying GET" in r.getMessage() for r in caplog.records)
    assert "pa55word" not in caplog.text
    assert "alice" not in caplog.text


# -- streaming -----------------------------------------------------------------------------------


async def test_stream_yields_chunks_and_closes_response(mock: respx.MockRouter) -> None:
    payload = bytes(range(256)) * 10_000
    mock.get("/instances/x/file").respond(content=payload)
    async with AsyncOrthanc(URL) as orthanc:
        async with orthanc.stream("GET", "/instances/x/file") as response:
            received = b"".join([chunk async for chunk in response.aiter_bytes()])
        assert response.is_closed
    assert received == payload


async def test_stream_closes_response_when_the_block_fails(mock: respx.MockRouter) -> None:
    mock.get("/instances/x/file").respond(content=b"abc")
    async with AsyncOrthanc(URL) as orthanc:
        with pytest.raises(RuntimeError):
            async with orthanc.stream("GET", "/instances/x/file") as response:
                raise RuntimeError("boom")
        assert response.is_closed


async def test_stream_raises_error_answer_before_yielding(mock: respx.MockRouter) -> None:
    mock.get("/studies/x/archive").respond(404)
    async with AsyncOrthanc(URL) as orthanc:
        with pytest.raises(NotFoundError):
            async with orthanc.stream("GET", "/studies/x/archive"):
                pytest.fail("the block must not run for an error answer")


async def test_stream_maps_transport_failure_while_reading(mock: respx.MockRouter) -> None:
    async def broken() -> AsyncIterator[bytes]:
        yield b"abc"
        raise httpx.ReadError("connection reset")

    mock.get("/studies/x/archive").mock(
        return_value=httpx.Response(200, stream=_AsyncStream(broken()))
    )
    async with AsyncOrthanc(URL) as orthanc:
        with pytest.raises(APIConnectionError, match="connection reset"):
            async with orthanc.stream("GET", "/studies/x/archive") as response:
                async for _ in response.aiter_bytes():
                    pass


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, chunks: AsyncIterator[bytes]) -> None:
        self._chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._chunks:
            yield chunk


async def test_file_body_is_streamed_with_content_length(
    mock: respx.MockRouter, tmp_path: object
) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "big.dcm"
    path.write_bytes(b"z" * 2_500_000)
    route = mock.post("/instances").respond(json={"Status": "Success"})
    async with AsyncOrthanc(URL) as orthanc:
        with path.open("rb") as file:
            await orthanc.request("POST", "/instances", content=file)
    sent = route.calls.last.request
    assert sent.headers["Content-Length"] == "2500000"
    assert "Transfer-Encoding" not in sent.headers
    assert sent.content == b"z" * 2_500_000


async def test_async_iterable_body_is_sent_chunked(mock: respx.MockRouter) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for part in (b"one", b"two", b"three"):
            yield part

    route = mock.post("/instances").respond(json={"Status": "Success"})
    async with AsyncOrthanc(URL) as orthanc:
        await orthanc.request("POST", "/instances", content=chunks())
    sent = route.calls.last.request
    assert sent.headers["Transfer-Encoding"] == "chunked"
    assert sent.content == b"onetwothree"


async def test_text_mode_file_is_refused(mock: respx.MockRouter, tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "a.txt"
    path.write_text("hello")
    mock.post("/instances").respond(json={})
    async with AsyncOrthanc(URL) as orthanc:
        with path.open() as file, pytest.raises(TypeError, match="binary mode"):
            await orthanc.request("POST", "/instances", content=file)  # type: ignore[arg-type]


async def test_json_and_content_together_are_refused() -> None:
    async with AsyncOrthanc(URL) as orthanc:
        with pytest.raises(ValueError, match="either json or content"):
            await orthanc.request("POST", "/tools/find", json={}, content=b"x")


async def test_json_body_is_sent(mock: respx.MockRouter) -> None:
    route = mock.post("/tools/find").respond(json=["a"])
    async with AsyncOrthanc(URL) as orthanc:
        answer = await orthanc.post_json("/tools/find", {"Level": "Patient", "Query": {}})
    assert answer == ["a"]
    assert json.loads(route.calls.last.request.content) == {"Level": "Patient", "Query": {}}


# -- injected clients ----------------------------------------------------------------------------


async def test_injected_http_client_is_used_and_not_closed(mock: respx.MockRouter) -> None:
    mock.get("/system").respond(json={"Name": "x"})
    http = httpx.AsyncClient()
    async with AsyncOrthanc(URL, http_client=http) as orthanc:
        assert orthanc.http_client is http
        assert await orthanc.get_json("/system") == {"Name": "x"}
    assert not http.is_closed
    await http.aclose()


async def test_injected_transport_is_used() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"ok": True})

    async with AsyncOrthanc(URL, transport=httpx.MockTransport(handler)) as orthanc:
        assert await orthanc.get_json("/system") == {"ok": True}
    assert seen == [URL + "/system"]


async def test_stream_asks_for_uncompressed_body_unless_told(mock: respx.MockRouter) -> None:
    route = mock.get("/instances/x/file").respond(content=b"abc")
    async with AsyncOrthanc(URL) as orthanc:
        async with orthanc.stream("GET", "/instances/x/file"):
            pass
        assert route.calls.last.request.headers["Accept-Encoding"] == "identity"
        async with orthanc.stream("GET", "/instances/x/file", headers={"Accept-Encoding": "gzip"}):
            pass
        assert route.calls.last.request.headers["Accept-Encoding"] == "gzip"
        await orthanc.request("GET", "/instances/x/file")
        assert "gzip" in route.calls.last.request.headers["Accept-Encoding"]


async def test_per_call_retries_override_the_client_policy(mock: respx.MockRouter) -> None:
    route = mock.get("/system").respond(503)
    async with AsyncOrthanc(URL, retries=NO_WAIT) as orthanc:
        with pytest.raises(ServiceUnavailableError):
            await orthanc.request("GET", "/system", retries=0)
        assert route.call_count == 1
        with pytest.raises(ServiceUnavailableError):
            await orthanc.request("GET", "/system", retries=RetryPolicy(1, initial_delay=0))
        assert route.call_count == 3


async def test_non_json_answer_raises_unexpected_answer(mock: respx.MockRouter) -> None:
    mock.get("/system").respond(200, html="<html>login page of a proxy</html>")
    mock.post("/tools/find").respond(200, text="oops")
    async with AsyncOrthanc(URL) as orthanc:
        with pytest.raises(UnexpectedAnswerError, match=r"GET /system answered .* not JSON"):
            await orthanc.get_json("/system")
        with pytest.raises(UnexpectedAnswerError, match="POST /tools/find"):
            await orthanc.post_json("/tools/find", {})


async def test_stream_leaves_unrelated_httpx_errors_alone(mock: respx.MockRouter) -> None:
    mock.get("/instances/x/file").respond(content=b"abc")
    other = httpx.ReadError("another client's failure", request=httpx.Request("GET", "http://x"))
    async with AsyncOrthanc(URL) as orthanc:
        with pytest.raises(httpx.ReadError) as info:
            async with orthanc.stream("GET", "/instances/x/file"):
                raise other
    assert info.value is other


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://alice:pa#s3cret@orthanc.test:8042", "not a valid URL"),  # unencoded '#'
        ("http://127.0.0.1:1#s3cret@orthanc.test:8042", "no query or fragment"),
        ("http://orthanc.test:8042/?token=s3cret", "no query or fragment"),
    ],
)
async def test_bad_url_is_refused_without_echoing_it(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        AsyncOrthanc(url)
    assert "s3cret" not in str(info.value)
    assert info.value.__suppress_context__ or info.value.__context__ is None


@pytest.mark.parametrize("key", ["token", "password", "Access_Token", "apikey"])
async def test_secret_query_values_stay_out_of_errors_and_logs(
    mock: respx.MockRouter, caplog: pytest.LogCaptureFixture, key: str
) -> None:
    mock.get("/patients/x").mock(
        side_effect=[httpx.Response(503), httpx.Response(404, json={"HttpStatus": 404})]
    )
    caplog.set_level(logging.DEBUG, logger="aiorthanc")
    async with AsyncOrthanc(URL, retries=NO_WAIT) as orthanc:
        with pytest.raises(NotFoundError) as caught:
            await orthanc.get_json("/patients/x", params={key: "s3cret", "expand": "1"})
    assert mock.calls.last.request.url.params[key] == "s3cret"  # it was sent
    error = caught.value
    assert "s3cret" not in str(error)
    assert "s3cret" not in error.url
    assert "s3cret" not in repr(error)
    assert f"{key}=%5Bredacted%5D" in error.url
    assert "expand=1" in error.url  # only secrets are masked
    assert "retrying" in caplog.text.lower()  # the 503 was retried and logged
    assert "s3cret" not in caplog.text


async def test_limits_and_verify_reach_the_connection_pool() -> None:
    # httpcore's pool keeps them in private attributes: the only place they show before a
    # connection is made.
    import ssl

    limits = httpx.Limits(max_connections=3, max_keepalive_connections=2, keepalive_expiry=7)
    async with AsyncOrthanc("https://orthanc.test", limits=limits, verify=False) as orthanc:
        pool = orthanc.http_client._transport._pool  # type: ignore[attr-defined]
        assert (pool._max_connections, pool._max_keepalive_connections) == (3, 2)
        assert pool._keepalive_expiry == 7
        assert pool._ssl_context.verify_mode == ssl.CERT_NONE
        assert pool._ssl_context.check_hostname is False
    context = ssl.create_default_context()
    async with AsyncOrthanc("https://orthanc.test", verify=context) as orthanc:
        assert orthanc.http_client._transport._pool._ssl_context is context  # type: ignore[attr-defined]
    async with AsyncOrthanc("https://orthanc.test") as orthanc:
        pool = orthanc.http_client._transport._pool  # type: ignore[attr-defined]
        assert pool._ssl_context.verify_mode == ssl.CERT_REQUIRED
