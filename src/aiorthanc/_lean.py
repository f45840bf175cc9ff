"""Lean reads: a body-less request whose answer is read whole, sent straight to aiohttp.

On a small GET, httpx's Request and Response objects (their URL and header models, the async
generators that read a body) cost the client more CPU than aiohttp's own work, and at a few
requests in flight the client's CPU is what bounds the rate (bench/reads.py). When a session's
requests go through its own aiohttp transport (a client made by the session, a plain auth, no
event hooks) and the `aiorthanc.http` log is not at DEBUG, such a request skips them.

It keeps everything `Exchange` does: the retry policy and loop, the deadline (aiohttp's total
timeout), the answer bound and the bounded decoding, the mapping of statuses and failures to
aiorthanc's exceptions. httpx's objects are made only for an error, to build the same exception.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

import httpx

from aiorthanc._aiohttp import AiohttpTransport
from aiorthanc._answer import buffered, decode_whole, not_json, too_large
from aiorthanc._connection import PLAIN_PATH, transport_error
from aiorthanc._constants import MAX_ERROR_BODY_SIZE
from aiorthanc._errors import (
    AnswerTooLargeError,
    UnexpectedAnswerError,
    make_status_error,
)
from aiorthanc._exchange import logger as http_logger
from aiorthanc._exchange import past_deadline
from aiorthanc._redact import redact_url
from aiorthanc._retry import Retryable, RetryPolicy, retrying

__all__ = ["Answer", "LeanRead"]


class Answer:
    """An answer read whole: status, headers and decoded body."""

    __slots__ = ("content", "headers", "method", "status_code", "url")

    def __init__(
        self, method: str, url: str, status_code: int, headers: Mapping[str, str], content: bytes
    ) -> None:
        self.method = method
        self.url = url
        self.status_code = status_code
        self.headers = headers
        self.content = content

    def json(self) -> Any:
        """The parsed JSON body, or `UnexpectedAnswerError` saying what came instead."""
        try:
            return json.loads(self.content)
        except ValueError:
            pass
        # Raised outside the except block: the decoding error quotes the answer.
        raise not_json(self.method, self.url, self.status_code, self.headers, self.content)


class LeanRead:
    """One lean request with its retries: `await LeanRead(...).run()`."""

    __slots__ = (
        "announced",
        "deadline",
        "headers",
        "limit",
        "method",
        "policy",
        "safe",
        "timeout",
        "transport",
        "url",
    )

    def __init__(
        self,
        transport: AiohttpTransport,
        method: str,
        url: str,
        headers: dict[str, str],
        timeout: dict[str, float | None],
        deadline: float | None,
        policy: RetryPolicy,
        safe: bool,
        limit: int,
    ) -> None:
        self.transport = transport
        self.method = method
        self.url = url
        self.headers = headers
        self.timeout = timeout
        self.deadline = deadline
        self.policy = policy
        self.safe = safe
        self.limit = limit
        self.announced = False

    @classmethod
    def prepare(
        cls,
        lean: tuple[AiohttpTransport, dict[str, str]],
        method: str,
        url: str,
        path: str,
        query: Mapping[str, str | int | float],
        headers: Mapping[str, str],
        timeout: dict[str, float | None],
        deadline: float | None,
        policy: RetryPolicy,
        safe: bool,
        limit: int,
    ) -> LeanRead | None:
        """The lean request to `url` (whose `path` part is the caller's), or None when it must
        take httpx's way: a path httpx would normalize, or the request log at DEBUG."""
        if PLAIN_PATH.fullmatch(path) is None or http_logger.isEnabledFor(logging.DEBUG):
            return None
        transport, default_headers = lean
        if query:
            url += "?" + str(httpx.QueryParams(query))
        merged = dict(default_headers)
        for key, value in headers.items():
            merged[key.lower()] = value
        return cls(transport, method, url, merged, timeout, deadline, policy, safe, limit)

    async def run(self) -> Answer:
        """Send, with retries; the answer, or the aiorthanc exception for its failure."""
        answer = await retrying(self.policy, self._attempt, what=self._what)
        assert answer is not None  # only `run_small` reads a body partly
        return answer

    async def run_small(self) -> Answer | None:
        """`run()` for an answer announced (Content-Length) within the bound; None, with its
        body left unread, for a larger one or one of unknown length."""
        self.announced = True
        return await retrying(self.policy, self._attempt, what=self._what)

    def _what(self) -> str:
        return f"{self.method} {redact_url(self.url)}"

    async def _attempt(self) -> Answer | None:
        try:
            status, headers, raw, whole = await self.transport.read_whole(
                self.method,
                self.url,
                self.headers,
                self.timeout,
                self.deadline,
                (self.limit, MAX_ERROR_BODY_SIZE),
                announced=self.announced,
            )
        except Exception as exc:  # CancelledError is not an Exception: it passes
            failure = self._failure(exc)
            if failure is exc:
                raise
            if isinstance(failure, Retryable):
                raise failure from None
            raise failure from failure.__cause__
        encoding = headers.get("content-encoding")
        if status >= 400:
            raise self._status_error(status, headers, raw, encoding)
        if not whole and self.announced:
            return None
        if not whole:  # longer than the bound, raw or decoded alike
            raise AnswerTooLargeError(too_large(self.method, self.url, self.limit))
        content = decode_whole(
            raw, encoding, self.limit, truncate=False, method=self.method, url=self.url
        )
        return Answer(self.method, self.url, status, headers, content)

    def _request(self) -> httpx.Request:
        # With the headers sent: an error's message is scrubbed of the credentials in them.
        return httpx.Request(self.method, self.url, headers=self.headers)

    def _failure(self, exc: Exception) -> Exception:
        """What to raise for an aiohttp failure: `Retryable`, an aiorthanc error, or `exc`."""
        if self.deadline is not None and self.transport.is_deadline(exc):
            return past_deadline(self.method, self.url, self.deadline)
        kind = self.transport.kind_of(exc)
        if kind is None:
            return exc
        request = self._request()
        mapped = kind(str(exc) or type(exc).__name__, request=request)
        error = transport_error(request, mapped, body=self.transport.is_cut_body(exc))
        error.__cause__ = mapped
        if self.policy.should_retry_error(mapped, idempotent=self.safe):
            return Retryable(error, kind.__name__)
        return error

    def _status_error(
        self, status: int, headers: Mapping[str, str], raw: bytes, encoding: str | None
    ) -> Exception:
        """The exception of an error answer (`Retryable` when the policy sends it again)."""
        try:
            content = decode_whole(
                raw,
                encoding,
                MAX_ERROR_BODY_SIZE,
                truncate=True,
                method=self.method,
                url=self.url,
            )
        except UnexpectedAnswerError:  # the status alone still says what went wrong
            content = b""
        response = httpx.Response(status, headers=list(headers.items()), request=self._request())
        error = make_status_error(buffered(response, content))
        if self.policy.should_retry_status(status, idempotent=self.safe):
            return Retryable(error, str(status), response)
        return error
