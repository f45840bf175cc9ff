"""`AiohttpTransport`: an httpx transport that sends through aiohttp (asyncio only).

httpx's own connection pool costs about five times aiohttp's CPU per request (bench/reads.py), and
on a small server every millisecond the client burns is taken from Orthanc. This transport keeps
httpx's API (requests and responses are httpx's) and lets aiohttp do the I/O. Its failures are
mapped to the httpx exceptions that say the same thing, so that the retry rule "was the request
sent?" holds on both transports: a refused or timed-out connection never reached the server; a
reset, a closed connection or a cut body may have.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import httpx

from aiorthanc._constants import DEFAULT_LIMITS

if TYPE_CHECKING:
    import aiohttp

__all__ = ["AiohttpTransport", "Whole", "aiohttp_available", "httpx_kind"]

Whole = tuple[int, Mapping[str, str], bytes, bool]
"""What `AiohttpTransport.read_whole` gives: status, headers, body (not decoded), and whether
the body is all there: False when it was longer than its bound (then `body` holds its start
for an error status, nothing for another)."""


def aiohttp_available() -> bool:
    """True when aiohttp can be imported (the `aiohttp` extra)."""
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        return False
    return True


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Send httpx requests through one aiohttp `ClientSession` (created on first use).

    Args:
        verify: TLS verification: True (the system's CA store), False, or an `ssl.SSLContext`.
        limits: `max_connections` caps the pool; `keepalive_expiry` closes idle connections.
    """

    def __init__(
        self, *, verify: bool | ssl.SSLContext = True, limits: httpx.Limits = DEFAULT_LIMITS
    ) -> None:
        import aiohttp  # fails early, with the extra's name, when it is missing
        from yarl import URL  # aiohttp's URL type, installed with it

        self._aiohttp = aiohttp
        self._yarl = URL
        self._verify = verify
        self._limits = limits
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[float | None, ...], Any] = {}

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            aiohttp = self._aiohttp
            # True lets aiohttp build its default context only when a TLS connection needs it.
            ssl_option: bool | ssl.SSLContext = self._verify
            connector = aiohttp.TCPConnector(
                limit=self._limits.max_connections or 0,
                limit_per_host=0,
                keepalive_timeout=self._limits.keepalive_expiry or 0,
                ssl=ssl_option,
            )
            # No cookies, no automatic headers or decompression: httpx does what httpx does.
            self._session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),
                auto_decompress=False,
                skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
            )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request`; the response's body is streamed from the connection."""
        timeout = request.extensions.get("timeout", {})
        body: Any
        try:
            body = request.content or None
        except httpx.RequestNotRead:
            body = _chunks(request.stream)  # type: ignore[arg-type]
        headers = [(k, v) for k, v in request.headers.multi_items() if k != "transfer-encoding"]
        try:
            answer = await self._client().request(
                request.method,
                self._url(request.url),
                headers=headers,
                data=body,
                allow_redirects=False,
                compress=None,
                timeout=self._timeout(timeout),
            )
        except httpx.HTTPError:
            raise
        except Exception as exc:  # not a context manager: this runs once per request
            mapped = _mapped_error(self._aiohttp, exc, request)
            if mapped is exc:
                raise
            raise mapped from exc
        return httpx.Response(
            answer.status,
            headers=answer.raw_headers,
            stream=_AnswerStream(self._aiohttp, answer, request),
            request=request,
            extensions={"http_version": b"HTTP/1.1"},
        )

    async def read_whole(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        timeout: dict[str, float | None],
        deadline: float | None,
        limits: tuple[int, int],
        *,
        announced: bool = False,
    ) -> Whole:
        """Send a body-less request and read its answer whole, with no httpx object made.

        `url` is already percent-encoded. `deadline` bounds the whole exchange (aiohttp's total
        timeout: `is_deadline` tells its failure). `limits` are the most body bytes read for a
        success and for an error status; with `announced`, a success body is read only when its
        Content-Length is within the bound (else nothing is read: stream it instead). aiohttp's
        exceptions are raised as they are (`kind_of` maps them).
        """
        async with self._client().request(
            method,
            self._yarl(url, encoded=True),
            headers=headers,
            allow_redirects=False,
            timeout=self._timeout(timeout, deadline),
        ) as answer:
            status = answer.status
            most = limits[0] if status < 400 else limits[1]
            length = answer.content_length
            if length is not None and length <= most:
                return status, answer.headers, await answer.read(), True
            if announced and status < 400:
                return status, answer.headers, b"", False
            body, whole = await _read_upto(answer.content, most, keep=status >= 400)
            return status, answer.headers, body, whole

    def kind_of(self, exc: BaseException) -> type[httpx.TransportError] | None:
        """The httpx exception class for an aiohttp failure, None for another error."""
        return httpx_kind(self._aiohttp, exc)

    def is_deadline(self, exc: BaseException) -> bool:
        """Whether `exc` is the total timeout of `read_whole` (not a connect or read timeout)."""
        return isinstance(exc, TimeoutError) and not isinstance(
            exc, self._aiohttp.ServerTimeoutError
        )

    def is_cut_body(self, exc: BaseException) -> bool:
        """Whether `exc` says the answer's body ended early."""
        return isinstance(exc, self._aiohttp.ClientPayloadError)

    def _timeout(self, timeout: dict[str, float | None], deadline: float | None = None) -> Any:
        """aiohttp's timeout for httpx's, made once per distinct value."""
        key = (timeout.get("pool"), timeout.get("connect"), timeout.get("read"), deadline)
        made = self._timeouts.get(key)
        if made is None:
            pool, connect, read, total = key
            made = self._aiohttp.ClientTimeout(
                total=total, connect=pool, sock_connect=connect, sock_read=read
            )
            self._timeouts[key] = made
        return made

    def _url(self, url: httpx.URL) -> Any:
        # Already percent-encoded by httpx: aiohttp must not quote it again.
        return self._yarl(str(url), encoded=True)

    async def aclose(self) -> None:
        """Close the pool's connections."""
        if self._session is not None:
            await self._session.close()
            self._session = None


class _AnswerStream(httpx.AsyncByteStream):
    def __init__(
        self, aiohttp: Any, answer: aiohttp.ClientResponse, request: httpx.Request
    ) -> None:
        self._aiohttp = aiohttp
        self._answer = answer
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped(self._aiohttp, self._request):
            async for chunk in self._answer.content.iter_any():
                yield chunk

    async def aclose(self) -> None:
        if self._answer.content.at_eof():
            self._answer.release()  # the connection goes back to the pool
        else:
            self._answer.close()  # unread bytes: the connection cannot be reused


async def _read_upto(content: aiohttp.StreamReader, most: int, *, keep: bool) -> tuple[bytes, bool]:
    """A body of unknown or too large a length, read until it passes `most` bytes: the body and
    True, or (past `most`) its first `most` bytes if `keep` else nothing, and False."""
    parts: list[bytes] = []
    size = 0
    async for chunk in content.iter_any():
        parts.append(chunk)
        size += len(chunk)
        if size > most:
            return (b"".join(parts)[:most] if keep else b""), False
    return b"".join(parts), True


async def _chunks(stream: httpx.AsyncByteStream) -> AsyncIterator[bytes]:
    async for chunk in stream:
        yield chunk


@contextmanager
def _mapped(aiohttp: Any, request: httpx.Request) -> Iterator[None]:
    """Raise aiohttp's failures as the httpx exceptions that say whether the request was sent."""
    try:
        yield
    except httpx.HTTPError:
        raise
    except Exception as exc:
        kind = httpx_kind(aiohttp, exc)
        if kind is None:
            raise
        raise kind(str(exc) or type(exc).__name__, request=request) from exc


def _mapped_error(aiohttp: Any, exc: Exception, request: httpx.Request) -> Exception:
    """The httpx exception for an aiohttp failure (`exc` itself when there is none)."""
    kind = httpx_kind(aiohttp, exc)
    if kind is None:
        return exc
    return kind(str(exc) or type(exc).__name__, request=request)


def httpx_kind(aiohttp: Any, exc: BaseException) -> type[httpx.TransportError] | None:
    """The httpx exception class that says what an aiohttp failure says, None for another error."""
    errors = aiohttp.client_exceptions
    # Most specific first: several of aiohttp's classes derive from each other and from OSError.
    table: list[tuple[type[BaseException], type[httpx.TransportError]]] = [
        (errors.ConnectionTimeoutError, httpx.ConnectTimeout),  # never reached the server
        (errors.SocketTimeoutError, httpx.ReadTimeout),
        (errors.ServerTimeoutError, httpx.ReadTimeout),
        (errors.ClientConnectorError, httpx.ConnectError),  # refused, DNS, TLS handshake
        (errors.ServerDisconnectedError, httpx.RemoteProtocolError),  # closed: maybe sent
        (errors.ClientPayloadError, httpx.RemoteProtocolError),  # body cut short
        (errors.ClientOSError, httpx.ReadError),  # reset mid-exchange
        (errors.ClientConnectionError, httpx.ReadError),
        (asyncio.TimeoutError, httpx.ReadTimeout),
        (errors.ClientResponseError, httpx.RemoteProtocolError),  # a malformed answer
    ]
    for source, target in table:
        if isinstance(exc, source):
            return target
    return None
