"""`Connection`: how a `Session`'s requests reach the server, through httpx or aiohttp.

The httpx client (and the transport under it) is made on first use, on the event loop that uses
it: that is when the async library is known (aiohttp runs on asyncio only, httpx on trio too),
and creating it is not free (a default TLS context alone costs about 100 ms).

When the session made the client itself and its auth is a plain header (basic or token), each
request goes straight to the transport: httpx's `AsyncClient.send` adds an auth flow, redirects
and cookies that Orthanc needs none of, and costs more than the I/O on a small answer. The
client's event hooks are still called. A client passed in by the caller, or a custom
`httpx.Auth`, gets the full `AsyncClient.send`.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import re
import ssl
from collections.abc import Mapping
from typing import Any, Literal

import httpx

from aiorthanc.__version__ import __version__
from aiorthanc._aiohttp import AiohttpTransport, aiohttp_available
from aiorthanc._auth import RedactedBasicAuth, TokenAuth
from aiorthanc._errors import APIConnectionError, APITimeoutError, IncompleteAnswerError
from aiorthanc._redact import redact_url
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

__all__ = [
    "PLAIN_PATH",
    "TRANSPORT_ENV_VAR",
    "Connection",
    "TransportName",
    "transport_error",
]


class _RedactURLs(logging.Filter):
    """httpx logs each request's URL at INFO: secret query values (`?token=`) are masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, httpx.URL) for a in record.args):
            record.args = tuple(
                redact_url(a) if isinstance(a, httpx.URL) else a for a in record.args
            )
        return True


_HTTPX_LOGGER = logging.getLogger("httpx")
if not any(isinstance(f, _RedactURLs) for f in _HTTPX_LOGGER.filters):
    _HTTPX_LOGGER.addFilter(_RedactURLs())

TransportName = Literal["auto", "aiohttp", "httpx"]

TRANSPORT_ENV_VAR = "AIORTHANC_TRANSPORT"
"""Picks the default transport: "aiohttp", "httpx", or "auto" (aiohttp on asyncio if installed)."""


class Connection:
    """The httpx client of one session, made on first use, and the way each request is sent."""

    def __init__(
        self,
        *,
        auth: httpx.Auth | None,
        timeout: float | httpx.Timeout | None,
        limits: httpx.Limits,
        verify: bool | ssl.SSLContext,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | TransportName | None,
        tls: bool,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self._auth = auth
        self._timeout = httpx.Timeout(timeout)
        self._limits = limits
        # Without TLS there is nothing to verify: no default context to build (~100 ms).
        self._verify = verify if tls else False
        self._transport = transport
        self._http = http_client
        self.owns_http_client = http_client is None
        self._direct: httpx.AsyncBaseTransport | None = None
        self._headers = {key.lower(): value for key, value in (headers or {}).items()}
        # The Authorization header of a plain auth, worked out once.
        self._auth_header = _auth_header(auth)
        # Default headers of the direct path, lower-case: the client's, ours, auth's.
        self._base_headers: dict[str, str] = {}
        # The same with Host, for requests built without httpx's defaults (`_plain_request`).
        self._plain_headers: dict[str, str] | None = None
        self._default_timeout = self._timeout.as_dict()

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The httpx client, made now if it was not yet."""
        if self._http is None:
            transport = self._pick_transport()
            self._http = httpx.AsyncClient(
                timeout=self._timeout,
                limits=self._limits,
                verify=self._verify,
                transport=transport,
                headers={"User-Agent": f"aiorthanc/{__version__}"},
            )
            if self._auth is None or self._auth_header is not None:
                self._direct = transport
                self._base_headers = {k.lower(): v for k, v in self._http.headers.items()}
                self._base_headers.update(self._headers)
                if self._auth_header is not None:
                    self._base_headers["authorization"] = self._auth_header
        return self._http

    def lean(self) -> tuple[AiohttpTransport, dict[str, str]] | None:
        """The aiohttp transport and the default headers (lower-case keys) when a body-less
        request may skip httpx's objects (`aiorthanc._lean`): a client made here, with a plain
        auth and no event hooks. None otherwise."""
        hooks = self.http_client.event_hooks
        direct = self._direct
        if type(direct) is AiohttpTransport and not (hooks["request"] or hooks["response"]):
            return direct, self._base_headers
        return None

    def timeouts(self, timeout: TimeoutTypes | UseDefault) -> dict[str, float | None]:
        """httpx's four timeouts of a call: its own, or the client's."""
        if timeout is USE_DEFAULT:
            return self._default_timeout
        return httpx.Timeout(timeout).as_dict()

    def build(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None,
        json: Any,
        content: Any,
        headers: dict[str, str],
        timeout: TimeoutTypes | UseDefault,
    ) -> httpx.Request:
        """One request, with the default headers (`headers`, lower-case keys, win) and timeout."""
        http = self.http_client
        chosen = self.timeouts(timeout)
        if self._direct is not None and json is None and content is None:
            fast = self._plain_request(method, url, params, headers, chosen)
            if fast is not None:
                return fast
        if self._direct is not None:
            merged = {**self._base_headers, **headers}
        else:  # a client of the caller's: its headers as they are now
            merged = {k.lower(): v for k, v in http.headers.items()}
            merged.update(self._headers)
            merged.update(headers)
        return httpx.Request(
            method,
            url,
            params=params,
            json=json,
            content=content,
            headers=list(merged.items()),
            extensions={"timeout": chosen},
        )

    def _plain_request(
        self,
        method: str,
        url: str,
        params: Mapping[str, Any] | None,
        headers: dict[str, str],
        timeout: dict[str, float | None],
    ) -> httpx.Request | None:
        """A body-less request made without httpx parsing its URL and headers again (most of
        the client's CPU on a small GET); None when the URL needs httpx's normalizing."""
        target = plain_url(url, params)
        if target is None:
            return None
        if self._plain_headers is None:
            probe = httpx.Request("GET", target, headers=list(self._base_headers.items()))
            self._plain_headers = {k.lower(): v for k, v in probe.headers.items()}
        merged = {**self._plain_headers, **headers}
        if method in _SAYS_EMPTY and "content-length" not in merged:
            merged["content-length"] = "0"
        request = httpx.Request(
            method, target, headers=merged, stream=_NO_BODY, extensions={"timeout": timeout}
        )
        request.read()  # an empty body, known as such (not a stream to send chunked)
        return request

    async def send(self, request: httpx.Request) -> httpx.Response:
        """Send `request`; the answer's body is left unread."""
        http = self.http_client
        if self._direct is None:
            return await http.send(request, auth=self._auth, stream=True)
        for hook in http.event_hooks["request"]:
            await hook(request)
        response = await self._direct.handle_async_request(request)
        response.request = request
        for hook in http.event_hooks["response"]:
            await hook(response)
        return response

    async def aclose(self) -> None:
        """Close the client if this connection made it."""
        if self.owns_http_client and self._http is not None:
            await self._http.aclose()

    def _pick_transport(self) -> httpx.AsyncBaseTransport:
        """The transport for a client made here."""
        choice = self._transport
        if isinstance(choice, httpx.AsyncBaseTransport):
            return choice
        name = choice or os.environ.get(TRANSPORT_ENV_VAR) or "auto"
        if name == "auto":
            name = "aiohttp" if _on_asyncio() and aiohttp_available() else "httpx"
        if name == "aiohttp":
            return AiohttpTransport(verify=self._verify, limits=self._limits)
        if name != "httpx":
            raise ValueError(f"transport must be 'auto', 'aiohttp' or 'httpx', not {name!r}")
        return httpx.AsyncHTTPTransport(verify=self._verify, limits=self._limits)


_NO_BODY = httpx.ByteStream(b"")

# A path httpx would leave as it is: unreserved, sub-delims, ':', '@', '/', and valid %XX escapes
# (what `quote_segment` makes); no dot segment to normalize.
PLAIN_PATH = re.compile(r"(?:[A-Za-z0-9\-_~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2}|\.(?![./]|$))*")
_SAYS_EMPTY = frozenset({"POST", "PUT", "PATCH"})  # httpx sends "Content-Length: 0" for these
_PREFIX = re.compile(r"(https?://[^/?#]+)(/.*)?")


def plain_url(url: str, params: Mapping[str, Any] | None) -> httpx.URL | None:
    """`httpx.URL(url, params=params)` made from a cached parse of the server's part of `url`,
    or None when the path holds something httpx would normalize (then httpx parses it)."""
    match = _PREFIX.fullmatch(url)
    if match is None or match.group(2) is None:
        return None
    origin, path = match.group(1), match.group(2)
    if not PLAIN_PATH.fullmatch(path):
        return None
    parsed = _origin(origin)
    query = str(httpx.QueryParams(params)) if params else None
    try:
        reference = parsed._uri_reference._replace(path=path, query=query or None)
    except AttributeError:  # httpx changed its internals: parse as httpx does
        return None
    target = httpx.URL.__new__(httpx.URL)
    target._uri_reference = reference
    return target


@functools.lru_cache(maxsize=64)
def _origin(origin: str) -> httpx.URL:
    return httpx.URL(origin + "/")


def _on_asyncio() -> bool:
    try:
        asyncio.get_running_loop()  # raises under trio
    except RuntimeError:
        return False
    return True


def _auth_header(auth: httpx.Auth | None) -> str | None:
    """The `Authorization` value of our plain header auths, None for anything else."""
    if not isinstance(auth, RedactedBasicAuth | TokenAuth):
        return None
    probe = httpx.Request("GET", "http://probe.invalid/")
    flow = auth.sync_auth_flow(probe)
    next(flow)
    flow.close()
    value: str | None = probe.headers.get("Authorization")
    return value


def transport_error(
    request: httpx.Request, exc: httpx.TransportError, *, body: bool = False
) -> APIConnectionError:
    """The aiorthanc error for a transport failure, naming the request (never credentials).

    `body`: the failure came while reading the answer's body; a protocol error there is a body
    cut short (`IncompleteAnswerError`).
    """
    url = redact_url(request.url)
    if isinstance(exc, httpx.TimeoutException):
        message = f"{request.method} {url}: timed out ({type(exc).__name__})"
        return APITimeoutError(message, method=request.method, url=url)
    if body and isinstance(exc, httpx.RemoteProtocolError):
        message = f"{request.method} {url}: the answer ended early: {_reason(exc)}"
        return IncompleteAnswerError(message, method=request.method, url=url)
    message = f"{request.method} {url}: connection failed: {_reason(exc)}"
    return APIConnectionError(message, method=request.method, url=url)


def _reason(exc: BaseException) -> str:
    """What went wrong, never empty: httpx and aiohttp raise some errors with no message."""
    text = str(exc).strip()
    cause = exc.__cause__
    if not text and cause is not None and cause is not exc:
        text = str(cause).strip()
    return text or {
        "RemoteProtocolError": "the server closed the connection",
        "ReadError": "the connection was reset",
        "WriteError": "the connection broke while sending",
    }.get(type(exc).__name__, type(exc).__name__)
