"""Retries: when a failure is worth another attempt, how long to wait, and the one loop.

Every retry in aiorthanc goes through `retrying()`: the session's requests, and through them the
importer's uploads (which ask for a deadline rather than a count).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import TypeVar

import anyio
import httpx

from aiorthanc._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_DELAY,
    RETRYABLE_STATUS_CODES,
)

__all__ = ["DEFAULT_RETRY_POLICY", "IDEMPOTENT_METHODS", "RetryPolicy", "Retryable", "retrying"]

logger = logging.getLogger("aiorthanc")

T = TypeVar("T")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

# The request never reached the server: safe to send again whatever the method.
_NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# The request may have been processed: only idempotent requests go again.
_MAYBE_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.RemoteProtocolError,  # e.g. a pooled keep-alive connection the server had closed
    httpx.ReadError,
    httpx.WriteError,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
)


@dataclass(frozen=True)
class RetryPolicy:
    """Retries of transient failures, with jittered exponential backoff.

    A request is sent again after a connection failure, a reset or closed connection, or an answer
    whose status is in `status_codes`, at most `max_retries` times and, when `deadline` is set,
    only while the next attempt would start within `deadline` seconds of the first. Requests that
    the server may already have processed (a POST whose connection broke after sending) are only
    retried when the call says they are idempotent. A `max_retries` of 0 turns retries off.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    status_codes: frozenset[int] = field(default=RETRYABLE_STATUS_CODES)
    deadline: float | None = None

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.deadline is not None and self.deadline < 0:
            raise ValueError("deadline must be >= 0 (or None for no deadline)")
        if self.initial_delay < 0 or self.max_delay < 0:
            raise ValueError("retry delays must be >= 0")

    def should_retry_error(self, error: httpx.TransportError, *, idempotent: bool) -> bool:
        """Whether a transport failure is worth another attempt."""
        if isinstance(error, _NOT_SENT_ERRORS):
            return True
        return idempotent and isinstance(error, _MAYBE_SENT_ERRORS)

    def should_retry_status(self, status_code: int, *, idempotent: bool) -> bool:
        """Whether an error answer is worth another attempt."""
        return idempotent and status_code in self.status_codes

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry number `attempt` (0-based).

        Honours a `Retry-After` header up to `max_delay`; otherwise the exponential step with a
        random factor between 0.5 and 1 so that many clients do not retry in lockstep.
        """
        retry_after = _retry_after(response) if response is not None else None
        if retry_after is not None:
            return min(retry_after, self.max_delay)
        step = min(self.max_delay, self.initial_delay * 2.0**attempt)
        return step * (0.5 + random.random() / 2)  # noqa: S311 - jitter, not cryptography


DEFAULT_RETRY_POLICY = RetryPolicy()


class Retryable(Exception):
    """Raised by an attempt to say its failure may be retried; `error` is raised if it is not."""

    def __init__(
        self, error: Exception, reason: str, response: httpx.Response | None = None
    ) -> None:
        super().__init__(reason)
        self.error = error
        self.reason = reason
        self.response = response


async def retrying(
    policy: RetryPolicy, attempt: Callable[[], Awaitable[T]], *, what: Callable[[], str]
) -> T:
    """Run `attempt` until it returns, retrying while it raises `Retryable` and `policy` allows.

    When the policy's count or deadline is spent, the last failure's `error` is raised.
    `what()` names the work in the log line of each retry (never with credentials).
    """
    started = time.monotonic()
    retries = 0
    while True:
        try:
            return await attempt()
        except Retryable as signal:
            failure = signal
        delay = policy.delay(retries, failure.response)
        spent = time.monotonic() - started + delay
        if retries >= policy.max_retries or (
            policy.deadline is not None and spent > policy.deadline
        ):
            raise failure.error
        logger.info(
            "Retrying %s in %.2f s (retry %d of %s) after %s",
            what(),
            delay,
            retries + 1,
            policy.max_retries,
            failure.reason,
        )
        await anyio.sleep(delay)
        retries += 1


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(0.0, seconds)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
