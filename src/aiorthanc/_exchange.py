"""One attempt of a request, answer included: the piece of `Session` that the retry loop runs.

An attempt sends the request, maps a transport failure or an error status to aiorthanc's
exception (`Retryable` when the policy would send it again), then hands the answer to a handler
that reads its body: a failure while reading (a reset, a cut body) is judged by the same policy,
so that the whole exchange is retried, not only the wait for the headers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
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

__all__ = ["Exchange", "unread", "within"]

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

    async def attempt(self, headers_deadline: float | None) -> T:
        """Send once; raise `Retryable` for a failure the policy would send again.

        With `headers_deadline`, the handler runs outside the caller's deadline scope: only the
        wait for the headers is bounded (a stream's body is its consumer's to bound).
        """
        request, policy, body, safe = self.request, self.policy, self.body, self.safe
        with within(headers_deadline, request):
            response = await self._receive()
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


@contextmanager
def within(deadline: float | None, request: httpx.Request) -> Iterator[None]:
    """Bound the block by `deadline` seconds: `APITimeoutError` (not retried) past it."""
    if deadline is None:
        yield
        return
    try:
        with anyio.fail_after(deadline):
            yield
    except TimeoutError:
        url = redact_url(request.url)
        raise APITimeoutError(
            f"{request.method} {url}: no complete answer within the deadline of {deadline:g} s",
            method=request.method,
            url=url,
        ) from None


async def unread(response: httpx.Response) -> httpx.Response:
    """The handler of a stream: the answer as it is, body unread."""
    return response
