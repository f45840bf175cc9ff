"""One attempt of a request, answer included: the piece of `Session` that the retry loop runs.

An attempt sends the request, maps a transport failure or an error status to aiorthanc's
exception (`Retryable` when the policy would send it again), then hands the answer to a handler
that reads its body: a failure while reading (a reset, a cut body) is judged by the same policy,
so that the whole exchange is retried, not only the wait for the headers.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Generic, TypeVar

import anyio
import httpx

from aiorthanc._answer import buffered, read_bounded
from aiorthanc._connection import Connection, transport_error
from aiorthanc._constants import MAX_ERROR_BODY_SIZE
from aiorthanc._content import RequestBody
from aiorthanc._errors import (
    APITimeoutError,
    IncompleteAnswerError,
    UnexpectedAnswerError,
    make_status_error,
)
from aiorthanc._redact import redact_url
from aiorthanc._retry import Retryable, RetryPolicy

__all__ = ["Exchange", "past_deadline", "unread", "within"]

logger = logging.getLogger("aiorthanc.http")
"""One DEBUG line per request sent: method, route (no credentials, secret query values masked),
status or failure, and seconds until the answer was handled."""

T = TypeVar("T")


class Exchange(Generic[T]):
    """One attempt of a request: send it, check the answer, hand it to `handler`."""

    def __init__(
        self,
        connection: Connection,
        request: httpx.Request,
        policy: RetryPolicy,
        body: RequestBody,
        safe: bool,
        handler: Callable[[httpx.Response], Awaitable[T]],
    ) -> None:
        self.connection = connection
        self.request = request
        self.policy = policy
        self.body = body
        self.safe = safe
        self.handler = handler
        self.status: int | None = None

    async def attempt(self, headers_deadline: float | None) -> T:
        """Send once; raise `Retryable` for a failure the policy would send again.

        With `headers_deadline`, the handler runs outside the caller's deadline scope: only the
        wait for the headers is bounded (a stream's body is its consumer's to bound).
        """
        if not logger.isEnabledFor(logging.DEBUG):
            return await self._attempt(headers_deadline)
        started = time.monotonic()
        try:
            result = await self._attempt(headers_deadline)
        except BaseException as failure:
            _log(self.request, _outcome(failure), started)
            raise
        _log(self.request, str(self.status), started)
        return result

    async def _attempt(self, headers_deadline: float | None) -> T:
        request, policy, body, safe = self.request, self.policy, self.body, self.safe
        with within(headers_deadline, request):
            response = await self._receive()
        self.status = response.status_code
        try:
            return await self.handler(response)
        except IncompleteAnswerError as cut:
            await response.aclose()
            if body.replayable and safe and policy.max_retries:
                raise Retryable(cut, "IncompleteAnswerError") from None
            raise
        except httpx.TransportError as exc:
            await response.aclose()
            error = transport_error(request, exc, body=True)
            error.__cause__ = exc
            if body.replayable and policy.should_retry_error(exc, idempotent=safe):
                raise Retryable(error, type(exc).__name__) from None
            raise error from exc
        except BaseException:
            await response.aclose()
            raise

    async def _receive(self) -> httpx.Response:
        """The answer's headers; an error answer raised (or `Retryable`) with its body read."""
        request, policy, body, safe = self.request, self.policy, self.body, self.safe
        try:
            response = await self.connection.send(request)
        except httpx.TransportError as exc:
            error = transport_error(request, exc)
            error.__cause__ = exc
            if body.replayable and policy.should_retry_error(exc, idempotent=safe):
                raise Retryable(error, type(exc).__name__) from None
            raise error from exc
        if not response.is_error:
            return response
        try:
            content = await read_bounded(response, MAX_ERROR_BODY_SIZE, truncate=True)
        except (httpx.TransportError, UnexpectedAnswerError):
            content = b""  # the status alone still says what went wrong
        status_error = make_status_error(buffered(response, content))
        if body.replayable and policy.should_retry_status(response.status_code, idempotent=safe):
            raise Retryable(status_error, str(response.status_code), response)
        raise status_error


class within:  # lower case: used as a function, `with within(deadline, request):`
    """Bound the block by `deadline` seconds: `APITimeoutError` (not retried) past it.

    A class rather than `anyio.fail_after` in a generator: it runs once per request.
    """

    __slots__ = ("_deadline", "_request", "_scope")

    def __init__(self, deadline: float | None, request: httpx.Request) -> None:
        self._deadline = deadline
        self._request = request
        self._scope: anyio.CancelScope | None = None

    def __enter__(self) -> None:
        if self._deadline is not None:
            self._scope = anyio.CancelScope(deadline=anyio.current_time() + self._deadline)
            self._scope.__enter__()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        scope = self._scope
        if scope is None:
            return
        scope.__exit__(kind, exc, traceback)
        if scope.cancelled_caught and anyio.current_time() >= scope.deadline:
            assert self._deadline is not None
            raise past_deadline(self._request.method, self._request.url, self._deadline) from None


def past_deadline(method: str, url: str | httpx.URL, deadline: float) -> APITimeoutError:
    """The error of an attempt that took longer than its deadline (never retried)."""
    shown = redact_url(url)
    return APITimeoutError(
        f"{method} {shown}: no complete answer within the deadline of {deadline:g} s",
        method=method,
        url=shown,
    )


def _outcome(failure: BaseException) -> str:
    """A failure in a few words, for the log line (never a URL: the line names it already)."""
    if isinstance(failure, Retryable):
        return f"{failure.reason}, to be retried"
    status = getattr(failure, "status_code", None)
    name = type(failure).__name__
    return f"{status} {name}" if isinstance(status, int) else name


def _log(request: httpx.Request, outcome: str, started: float) -> None:
    # The path and a masked query only: no scheme, host or user info.
    url = request.url
    route = url.raw_path.decode("ascii", "replace")
    if url.query:
        route = route.split("?", 1)[0] + "?" + redact_url(url).split("?", 1)[1]
    seconds = time.monotonic() - started
    logger.debug("%s %s -> %s in %.3f s", request.method, route, outcome, seconds)


async def unread(response: httpx.Response) -> httpx.Response:
    """The handler of a stream: the answer as it is, body unread."""
    return response
