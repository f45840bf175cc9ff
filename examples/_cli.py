"""What the examples' command lines share: the server's URL, and running a change follower."""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Awaitable, Callable

import anyio

from aiorthanc import AsyncOrthanc

DEFAULT_URL = os.environ.get("AIORTHANC_URL", "http://localhost:8042")

Follower = Callable[[AsyncOrthanc, "str | None"], Awaitable[None]]
"""A coroutine function that follows a server's changes: (client, checkpoint file or None)."""


def parser(description: str | None) -> argparse.ArgumentParser:
    """An argument parser whose first, optional argument is the server's URL."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "url",
        nargs="?",
        default=DEFAULT_URL,
        help="the Orthanc server, may carry user:password@ "
        "(default: $AIORTHANC_URL or %(default)s)",
    )
    return parser


def run_follower(follow: Follower, description: str | None) -> None:
    """Read the URL and `--checkpoint`, then run `follow` until interrupted (Ctrl-C)."""
    arguments = parser(description)
    arguments.add_argument("--checkpoint", help="a file that keeps the position across restarts")
    args = arguments.parse_args()

    async def main() -> None:
        async with AsyncOrthanc(args.url) as orthanc:
            await follow(orthanc, args.checkpoint)

    with contextlib.suppress(KeyboardInterrupt):
        anyio.run(main)
