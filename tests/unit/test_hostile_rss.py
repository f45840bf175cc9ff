"""Peak memory against the misbehaving server, with the default bounds, measured in a child
process (each case its own): a typed error and under 150 MB, whatever the server sends."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from faults import MisbehavingServer

CHILD = Path(__file__).with_name("rss_child.py")
PEAK_RSS_MB = 150


@pytest.fixture(scope="module")
def server() -> Iterator[MisbehavingServer]:
    with MisbehavingServer() as running:
        yield running


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
@pytest.mark.parametrize(
    ("case", "error"),
    [
        ("/gzip-bomb", "AnswerTooLargeError"),
        ("/endless", "AnswerTooLargeError"),
        ("/big-error", "InternalServerError"),
        ("/slow-headers", "APITimeoutError"),
        ("/cut-zip", "IncompleteAnswerError"),
    ],
)
def test_each_case_ends_with_a_typed_error_in_bounded_memory(
    server: MisbehavingServer, transport: str, case: str, error: str
) -> None:
    result = subprocess.run(
        [sys.executable, str(CHILD), server.url, transport, case],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome, peak = result.stdout.split()
    print(f"\n{case} on {transport}: {outcome}, peak RSS {peak} MB")
    assert outcome == error
    assert int(peak) < PEAK_RSS_MB
