import httpx
import pytest

from aiorthanc import RetryPolicy


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
