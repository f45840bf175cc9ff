import httpx
import pytest

from aiorthanc import APIConnectionError, RetryPolicy
from aiorthanc._retry import Retryable, retrying


def test_retry_honours_retry_after() -> None:
    policy = RetryPolicy(max_retries=1, initial_delay=5, max_delay=0.01)
    response = httpx.Response(503, headers={"Retry-After": "0"})
    assert policy.delay(0, response) == 0
    assert policy.delay(0, httpx.Response(503, headers={"Retry-After": "100"})) == 0.01


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    policy = RetryPolicy(initial_delay=1.0, max_delay=4.0)
    for attempt, step in [(0, 1.0), (1, 2.0), (2, 4.0), (5, 4.0)]:
        delays = {policy.delay(attempt) for _ in range(50)}
        assert all(step / 2 <= d <= step for d in delays)
        assert len(delays) > 1


def test_retry_policy_rejects_negative_values() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match="delays"):
        RetryPolicy(initial_delay=-1)


def test_only_idempotent_requests_retry_after_maybe_processed_failures() -> None:
    policy = RetryPolicy()
    reset = httpx.ReadError("reset")
    assert policy.should_retry_error(reset, idempotent=True)
    assert not policy.should_retry_error(reset, idempotent=False)
    refused = httpx.ConnectError("refused")
    assert policy.should_retry_error(refused, idempotent=False)
    assert policy.should_retry_status(503, idempotent=True)
    assert not policy.should_retry_status(503, idempotent=False)
    assert not policy.should_retry_status(500, idempotent=True)


class _Flaky:
    """An attempt that fails `failures` times with a retryable error, then returns "done"."""

    def __init__(self, failures: int, response: httpx.Response | None = None) -> None:
        self.failures = failures
        self.calls = 0
        self.response = response

    async def __call__(self) -> str:
        self.calls += 1
        if self.calls <= self.failures:
            raise Retryable(
                APIConnectionError(f"failure {self.calls}", method="GET", url="/x"),
                "reset",
                self.response,
            )
        return "done"


@pytest.mark.anyio
async def test_retrying_stops_after_max_retries_and_raises_the_last_error() -> None:
    attempt = _Flaky(failures=10)
    policy = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0)
    with pytest.raises(APIConnectionError, match="failure 3") as caught:
        await retrying(policy, attempt, what=lambda: "GET /x")
    assert attempt.calls == 3
    assert caught.value.__context__ is None  # the retry signal does not leak into the chain


@pytest.mark.anyio
async def test_retrying_returns_once_an_attempt_succeeds() -> None:
    attempt = _Flaky(failures=2)
    policy = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0)
    assert await retrying(policy, attempt, what=lambda: "GET /x") == "done"
    assert attempt.calls == 3


@pytest.mark.anyio
async def test_retrying_gives_up_when_the_next_wait_passes_the_deadline() -> None:
    # Retry-After asks for 2 s; the deadline is 1 s from the first attempt: no retry at all.
    wait = httpx.Response(503, headers={"Retry-After": "2"})
    attempt = _Flaky(failures=1, response=wait)
    policy = RetryPolicy(max_retries=100, max_delay=10, deadline=1.0)
    with pytest.raises(APIConnectionError, match="failure 1"):
        await retrying(policy, attempt, what=lambda: "POST /instances")
    assert attempt.calls == 1


@pytest.mark.anyio
async def test_retrying_within_the_deadline_is_bounded_by_it_not_the_count() -> None:
    attempt = _Flaky(failures=5)
    policy = RetryPolicy(max_retries=100, initial_delay=0.001, max_delay=0.001, deadline=5.0)
    assert await retrying(policy, attempt, what=lambda: "POST /instances") == "done"
    assert attempt.calls == 6


def test_retry_policy_rejects_a_negative_deadline() -> None:
    with pytest.raises(ValueError, match="deadline"):
        RetryPolicy(deadline=-1)
