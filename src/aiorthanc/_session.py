"""`Session`: the request primitives bound to one Orthanc server, knowing no feature.

Everything that talks to Orthanc (the generated operations, the facade, upload and import) goes
through a `Session`: auth, timeouts, the retry loop of `aiorthanc._retry`, and the mapping of
statuses and transport failures to aiorthanc's exceptions all live here. `AsyncOrthanc` is a
`Session` with the features on top.
"""

from __future__ import annotations

import logging
import ssl
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from types import TracebackType
from typing import Any, TypedDict, TypeVar

import httpx
from typing_extensions import Self, Unpack

from aiorthanc._answer import BUFFERED_ENCODINGS, buffered, json_answer, read_bounded
from aiorthanc._auth import RedactedBasicAuth, TokenAuth, auth_kind
from aiorthanc._connection import Connection, TransportName, transport_error
from aiorthanc._constants import (
    DEFAULT_LIMITS,
    DEFAULT_MAX_ANSWER_SIZE,
    DEFAULT_REQUEST_DEADLINE,
    DEFAULT_TIMEOUT,
    DEFAULT_URL,
)
from aiorthanc._content import RequestBody, RequestContent
from aiorthanc._errors import (
    UnexpectedAnswerError,
    UnsupportedOperationError,
)
from aiorthanc._exchange import Exchange, unread, within
from aiorthanc._lean import LeanRead
from aiorthanc._paths import query_values
from aiorthanc._redact import parse_server_url, redact_url
from aiorthanc._retry import (
    DEFAULT_RETRY_POLICY,
    IDEMPOTENT_METHODS,
    RetryPolicy,
    retrying,
)
from aiorthanc._types import USE_DEFAULT, QueryParams, TimeoutTypes, UseDefault
from aiorthanc._version import parse_version

__all__ = ["RequestOptions", "Session"]

logger = logging.getLogger("aiorthanc")

T = TypeVar("T")


class Session:
    """The request primitives of one Orthanc server: `AsyncOrthanc` without the features.

    Use it as an async context manager so that its connections are closed::

        async with AsyncOrthanc("http://localhost:8042", auth=("orthanc", "orthanc")) as orthanc:
            system = await orthanc.get_json("/system")

    Args:
        url: the server's root URL; a path prefix (Orthanc behind a reverse proxy) is kept.
            `user:password@` in the URL is taken as basic auth and removed from the URL.
        auth: `(user, password)` for HTTP basic auth, or any `httpx.Auth`.
        token: sent verbatim as the `Authorization` header (what the Python plugin's
            `GenerateRestApiAuthorizationToken()` returns). Exclusive with `auth`.
        headers: extra headers sent with every request.
        timeout: default timeout of every call (seconds or `httpx.Timeout`); each call can
            override it. Defaults to `DEFAULT_TIMEOUT`: long enough for archives and jobs.
        limits: connection pool limits.
        verify: TLS verification, on by default; `False` or an `ssl.SSLContext`.
        retries: a `RetryPolicy`, or the maximum number of retries with default backoff.
        http_client: an `httpx.AsyncClient` to use instead of creating one; the caller keeps
            ownership and closes it. `timeout`, `limits`, `verify` and `transport` are then
            the client's own.
        transport: how requests travel when the client is made here: "auto" (the default,
            also set by `$AIORTHANC_TRANSPORT`): aiohttp on asyncio when the `aiohttp` extra is
            installed, httpx's own pool otherwise (trio); "aiohttp"; "httpx"; or any httpx
            transport (tests, proxies, UDS).
        orthanc_version: the server's Orthanc version (e.g. "1.12.7"), when known: operations
            newer than it are refused without a request. By default it is read from `/system`
            once, when an operation first needs it.
        max_answer_size: the most bytes (decompressed) of an answer read whole into memory
            (JSON, `request()`); a larger one raises `AnswerTooLargeError`. Streams and
            downloads are not bounded: their caller consumes them. None: no bound.
        deadline: the most seconds one attempt of a request may take, where `timeout` bounds
            each read: until the whole body for a buffered answer, until the headers for a
            streamed one. A call's own numeric `timeout=` is also its deadline. None: no bound.
    """

    def __init__(
        self,
        url: str = DEFAULT_URL,
        *,
        auth: tuple[str, str] | httpx.Auth | None = None,
        token: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: bool | ssl.SSLContext = True,
        retries: RetryPolicy | int = DEFAULT_RETRY_POLICY,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | TransportName | None = None,
        orthanc_version: str | None = None,
        max_answer_size: int | None = DEFAULT_MAX_ANSWER_SIZE,
        deadline: float | None = DEFAULT_REQUEST_DEADLINE,
    ) -> None:
        base_url, url_credentials = parse_server_url(url)
        if auth is not None and token is not None:
            raise ValueError("give either auth or token, not both")
        if auth is None and token is None and url_credentials is not None:
            auth = url_credentials
        self._auth: httpx.Auth | None
        if isinstance(auth, tuple):
            self._auth = RedactedBasicAuth(*auth)
        elif token is not None:
            self._auth = TokenAuth(token)
        else:
            self._auth = auth
        self._base_url = str(base_url).rstrip("/")
        self._retry = _policy(retries)
        self._server_version = orthanc_version
        self._max_answer_size = max_answer_size
        self._deadline = deadline
        self._connection = Connection(
            auth=self._auth,
            timeout=timeout,
            limits=limits,
            verify=verify,
            http_client=http_client,
            transport=transport,
            tls=base_url.scheme == "https",
            headers=headers,
        )

    # -- lifecycle -----------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections (not those of an `http_client` passed in by the caller)."""
        await self._connection.aclose()

    def __repr__(self) -> str:
        scheme = auth_kind(self._auth)
        return f"{type(self).__name__}(url={self._base_url!r}, auth={scheme!r})"

    @property
    def url(self) -> str:
        """The server's root URL, without credentials."""
        return self._base_url

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry policy of this client."""
        return self._retry

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying `httpx.AsyncClient` (for event hooks, instrumentation, ...).

        Made on first use when the session makes its own.
        """
        return self._connection.http_client

    # -- the server's version ------------------------------------------------------------------

    async def server_version(self) -> str:
        """The server's Orthanc version (`/system`'s `Version`), read once and cached."""
        if self._server_version is None:
            system = await self.get_json("/system")
            version = system.get("Version") if isinstance(system, dict) else None
            if not isinstance(version, str):
                raise UnexpectedAnswerError("GET /system answered no Version")
            self._server_version = version
        return self._server_version

    async def require_version(self, minimum: str, operation: str) -> None:
        """Refuse, before anything is sent, an operation that needs a newer Orthanc.

        Raises:
            UnsupportedOperationError: the server's version is older than `minimum`.
        """
        needed = parse_version(minimum)
        server = await self.server_version()
        have = parse_version(server)
        # A build that names no release ("mainline") is taken as the newest.
        if needed is not None and have is not None and have < needed:
            raise UnsupportedOperationError(operation, minimum, server)

    # -- request primitives --------------------------------------------------------------------

    async def request(
        self, method: str, path: str, **options: Unpack[RequestOptions]
    ) -> httpx.Response:
        """Send a request and return the `httpx.Response` with its body read.

        The escape hatch for any route, including those of plugins (`/dicom-web/...`) and the
        custom routes a Python plugin registers: same auth, retries and error mapping as every
        other call. `path` is relative to the server's root URL and must start with "/".
        `options` are those of `RequestOptions`: `params`, `json` or `content`, `headers`,
        `timeout`, `idempotent`, `retries`.

        Raises:
            APIStatusError: (a subclass of it) for an answer with status >= 400.
            APIConnectionError: when no answer could be had, after retries.
            APITimeoutError: when the answer did not come in time, after retries, or not
                whole within the deadline.
            AnswerTooLargeError: the answer is larger than `max_answer_size`.
        """
        # Only codings that can be decoded within the bound (never br or zstd).
        headers = {**(options.get("headers") or {}), "Accept-Encoding": BUFFERED_ENCODINGS}
        return await self._send(method, path, self._buffer, options, headers, whole=True)

    async def read(self, method: str, path: str, **options: Unpack[RequestOptions]) -> bytes:
        """Send a request and return its answer's body: `request(...).content`, for less CPU.

        Same options, retries, bounds and errors as `request()`. A request without a body is
        sent straight to aiohttp when that is the session's transport (`aiorthanc._lean`): on a
        small answer, about half the client's CPU.
        """
        lean = self._lean(method, path, options)
        if lean is not None:
            return (await lean.run()).content
        return (await self.request(method, path, **options)).content

    async def read_small(
        self, method: str, path: str, most: int, **options: Unpack[RequestOptions]
    ) -> bytes | None:
        """The answer's body when its Content-Length says at most `most` bytes, read the lean way
        of `read()`; None, with nothing read, for a larger body, one of unknown length, or a
        session whose transport is not aiohttp: then `exchange()` or `stream()` it. Asks for
        the body uncompressed, as `stream()` does. Errors as `request()`.
        """
        headers = {"Accept-Encoding": "identity", **(options.get("headers") or {})}
        lean = self._lean(method, path, {**options, "headers": headers}, limit=most)
        if lean is None:
            return None
        answer = await lean.run_small()
        return None if answer is None else answer.content

    async def exchange(
        self,
        method: str,
        path: str,
        handler: Callable[[httpx.Response], Awaitable[T]],
        **options: Unpack[RequestOptions],
    ) -> T:
        """Send a request and hand the answer, body unread, to `handler`, inside the retry loop.

        When reading the body fails (a reset, a cut, `IncompleteAnswerError` raised by the
        handler), an idempotent request is sent again and `handler` called anew: it must start
        over each time (a download rewrites its temporary file). Returns what `handler` returns.
        The body is asked for uncompressed, as `stream()` does; the response is closed after.
        """
        headers = {"Accept-Encoding": "identity", **(options.get("headers") or {})}

        async def handle(response: httpx.Response) -> T:
            try:
                return await handler(response)
            finally:
                await response.aclose()

        return await self._send(method, path, handle, options, headers, whole=False)

    @asynccontextmanager
    async def stream(
        self, method: str, path: str, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[httpx.Response]:
        """Send a request and give the response with its body unread, to stream it.

        ::

            async with orthanc.stream("GET", f"/studies/{study_id}/archive") as response:
                async for chunk in response.aiter_bytes():
                    ...

        The response is always closed on exit. Error answers raise before the body is yielded;
        a transport failure while reading the body raises `APIConnectionError`
        (`IncompleteAnswerError` for a body cut short). The deadline bounds the wait for the
        headers only: the body is the caller's to consume (and to bound), and is not retried;
        `exchange()` retries a body too. `options` are those of `request()`.

        Asks for the body uncompressed (`Accept-Encoding: identity`) unless `headers` say
        otherwise: Orthanc gzips DICOM files on the fly, which costs server CPU, and a gzip chunk
        can inflate to many megabytes, so memory would no longer be bounded by the chunk size.
        """
        headers = {"Accept-Encoding": "identity", **(options.get("headers") or {})}
        response = await self._send(method, path, unread, options, headers, whole=False)
        try:
            yield response
        except httpx.TransportError as exc:
            # Only failures of this response's body are ours to name; others pass unchanged.
            if _request_of(exc) is not response.request:
                raise
            raise transport_error(response.request, exc, body=True) from exc
        finally:
            await response.aclose()

    async def get_json(
        self,
        path: str,
        *,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> Any:
        """GET a route and return its parsed JSON answer."""
        options: RequestOptions = {"params": params, "headers": _ACCEPT_JSON, "timeout": timeout}
        lean = self._lean("GET", path, options)
        if lean is not None:
            return (await lean.run()).json()
        return json_answer(await self.request("GET", path, **options))

    async def post_json(
        self,
        path: str,
        json: Any = None,
        *,
        params: QueryParams | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
        idempotent: bool | None = None,
    ) -> Any:
        """POST a JSON body and return the parsed JSON answer (None for an empty answer)."""
        response = await self.request(
            "POST",
            path,
            params=params,
            json=json,
            headers=_ACCEPT_JSON,
            timeout=timeout,
            idempotent=idempotent,
        )
        return json_answer(response) if response.content else None

    # -- internals -----------------------------------------------------------------------------

    def _url(self, path: str) -> str:
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', got {path!r}")
        return self._base_url + path

    async def _send(
        self,
        method: str,
        path: str,
        handler: Callable[[httpx.Response], Awaitable[T]],
        options: RequestOptions,
        headers: Mapping[str, str],
        *,
        whole: bool,
    ) -> T:
        """Send with retries; `handler` takes each answer inside the loop (body included).

        `headers` replace the options' own. `whole`: the deadline covers the handler too (a
        buffered answer), not only the headers.
        """
        _check(options)
        method = method.upper()
        json, content = options.get("json"), options.get("content")
        if json is not None and content is not None:
            raise ValueError("give either json or content, not both")
        url = self._url(path)
        safe = _safe(method, options)
        policy = self._policy_of(options)
        body = RequestBody(content)
        extra = {key.lower(): value for key, value in headers.items()}
        length = body.length()
        if length is not None and "content-length" not in extra:
            extra["content-length"] = str(length)
        query = query_values(options.get("params"))
        timeout = options.get("timeout", USE_DEFAULT)
        deadline = self._call_deadline(timeout)

        async def send(data: Any) -> T:
            request = self._connection.build(
                method,
                url,
                params=query or None,
                json=json,
                content=data,
                headers=extra,
                timeout=timeout,
            )
            exchange = Exchange(self._connection, request, policy, body, safe, handler)
            with within(deadline if whole else None, request):
                return await exchange.attempt(None if whole else deadline)

        async def attempt() -> T:
            if content is None:  # nothing to open (most requests)
                return await send(None)
            async with body.open() as data:
                return await send(data)

        return await retrying(policy, attempt, what=lambda: f"{method} {redact_url(url)}")

    def _call_deadline(self, timeout: TimeoutTypes | UseDefault) -> float | None:
        # A call's own number of seconds bounds it whole; an httpx.Timeout bounds reads only.
        if timeout is USE_DEFAULT or isinstance(timeout, httpx.Timeout):
            return self._deadline
        return None if timeout is None else float(timeout)

    def _policy_of(self, options: RequestOptions) -> RetryPolicy:
        retries = options.get("retries")
        return self._retry if retries is None else _policy(retries)

    def _lean(
        self, method: str, path: str, options: RequestOptions, *, limit: int | None = None
    ) -> LeanRead | None:
        """The lean way to send a body-less request read whole; None when httpx's must serve."""
        lean = self._connection.lean()
        if lean is None or options.get("json") is not None or options.get("content") is not None:
            return None
        _check(options)
        timeout = options.get("timeout", USE_DEFAULT)
        limit = self._max_answer_size if limit is None else limit
        return LeanRead.prepare(
            lean,
            method.upper(),
            self._url(path),
            path,
            query_values(options.get("params")),
            {"Accept-Encoding": BUFFERED_ENCODINGS, **(options.get("headers") or {})},
            self._connection.timeouts(timeout),
            self._call_deadline(timeout),
            self._policy_of(options),
            _safe(method.upper(), options),
            limit if limit is not None else sys.maxsize,
        )

    async def _buffer(self, response: httpx.Response) -> httpx.Response:
        """Read a whole answer, within `max_answer_size` (a handler of `_send`)."""
        limit = self._max_answer_size
        content = await read_bounded(response, limit if limit is not None else sys.maxsize)
        return buffered(response, content)


class RequestOptions(TypedDict, total=False):
    """The keyword arguments of `request()`, `read()`, `exchange()`, `stream()` and
    `open_stream()`: what a request sends and how it is retried."""

    params: QueryParams | None
    """Query arguments; None values are left out, booleans sent as "true"/"false"."""
    json: Any
    """A JSON body (exclusive with `content`)."""
    content: RequestContent | None
    """The raw body: bytes, a binary file or a function that opens one for each attempt, or an
    async iterable of bytes (streamed, sent once)."""
    headers: Mapping[str, str] | None
    """Extra headers of this request."""
    timeout: TimeoutTypes | UseDefault
    """Of this call: seconds (also its deadline), an `httpx.Timeout`, or None; the client's by
    default."""
    idempotent: bool | None
    """Overrides the method's default (GET, PUT, DELETE are; POST is not): may it be sent again
    after a connection broke mid-request?"""
    retries: RetryPolicy | int | None
    """Overrides the client's retry policy for this call (0: send once)."""


_OPTION_NAMES = frozenset(RequestOptions.__annotations__)


def _check(options: RequestOptions) -> None:
    # **options is typed for checkers only: a misspelt name must not be dropped silently.
    if not options.keys() <= _OPTION_NAMES:
        unknown = ", ".join(sorted(options.keys() - _OPTION_NAMES))
        raise TypeError(f"unexpected keyword argument(s): {unknown}")


def _safe(method: str, options: RequestOptions) -> bool:
    idempotent = options.get("idempotent")
    return method in IDEMPOTENT_METHODS if idempotent is None else idempotent


def _policy(retries: RetryPolicy | int) -> RetryPolicy:
    return retries if isinstance(retries, RetryPolicy) else RetryPolicy(retries)


_ACCEPT_JSON = {"Accept": "application/json"}


def _request_of(exc: httpx.TransportError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:  # raised by httpx when the error carries no request
        return None
