"""`aiorthanc follow`: the change log, one line (or JSON object) per change, until Ctrl-C."""

from __future__ import annotations

import argparse
from contextlib import aclosing
from typing import Any

from aiorthanc._cli._common import (
    EXIT_OK,
    UsageError,
    add_verb,
    emit,
    emit_json,
    positive_int,
)
from aiorthanc._client import AsyncOrthanc
from aiorthanc._constants import DEFAULT_CHANGES_POLL_INTERVAL
from aiorthanc._facade import Change, ChangeType

__all__ = ["add_follow_command", "parse_types"]


def add_follow_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register `follow`."""
    parser = add_verb(
        commands,
        common,
        "follow",
        _follow,
        help="print the server's changes as they happen, until Ctrl-C",
        description="Print Orthanc's change log, then each new change as it comes, one line "
        "per change (--json: one JSON object per line), until interrupted (Ctrl-C: exit code "
        "130). Server restarts and network losses are waited out. With --checkpoint, the "
        "position is saved after each change printed, and a new run goes on from there.",
    )
    parser.add_argument(
        "--types",
        metavar="TYPE[,TYPE...]",
        help="only these kinds of changes (e.g. StableStudy,NewInstance; case ignored)",
    )
    parser.add_argument(
        "--since",
        metavar="SEQ|last",
        help="start after this sequence number; 'last': only new changes (default: the "
        "checkpoint's, else the whole log)",
    )
    parser.add_argument("--checkpoint", metavar="FILE", help="keep the position in this file")
    parser.add_argument("--limit", type=positive_int, help="stop after this many changes")
    parser.add_argument(
        "--poll",
        type=float,
        default=DEFAULT_CHANGES_POLL_INTERVAL,
        metavar="SECONDS",
        help="pause between polls once the log is read (default: %(default)s)",
    )


def parse_types(text: str | None) -> set[ChangeType] | None:
    """``StableStudy,NewInstance`` as change types (case ignored); `UsageError` for others."""
    if not text:
        return None
    known = {t.value.lower(): t for t in ChangeType}
    types = set()
    for name in filter(None, (part.strip() for part in text.split(","))):
        if name.lower() not in known:
            names = ", ".join(t.value for t in ChangeType)
            raise UsageError(f"unknown change type {name!r}; known: {names}")
        types.add(known[name.lower()])
    return types


async def _since(args: argparse.Namespace, client: AsyncOrthanc) -> int | None:
    if args.since is None:
        return None
    if args.since == "last":
        return await client.changes.last_seq()
    try:
        return int(args.since)
    except ValueError:
        raise UsageError(f"--since takes a sequence number or 'last', got {args.since!r}") from None


async def _follow(args: argparse.Namespace, client: AsyncOrthanc) -> int:
    types = parse_types(args.types)
    if args.poll < 0:
        raise UsageError("--poll must be >= 0")
    follower = client.changes.follow(
        since=await _since(args, client),
        checkpoint=args.checkpoint,
        types=types,
        poll_interval=args.poll,
    )
    printed = 0
    async with aclosing(follower) as changes:
        async for change in changes:
            _print_change(args, change)
            follower.commit()  # printed is handled: a new run starts after it
            printed += 1
            if args.limit is not None and printed >= args.limit:
                break
    return EXIT_OK


def _print_change(args: argparse.Namespace, change: Change) -> None:
    if args.json:
        emit_json(change.model_dump(by_alias=True, mode="json"), indent=None)
    else:
        emit(
            f"{change.seq}  {change.date}  {change.change_type.value}  "
            f"{change.resource_type}  {change.id}"
        )
