"""Progress on stderr, on a terminal: a rich bar with the `cli` extra, plain lines without it.

Both show what is done out of the total (when known), the rate and the time left. Without rich
a one-line hint says how to get the bars, once per run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal, Protocol, TextIO, TypeAlias

__all__ = [
    "PLAIN_PROGRESS_INTERVAL",
    "PlainProgress",
    "Progress",
    "Unit",
    "create_progress",
    "showing",
]

Unit: TypeAlias = Literal["bytes", "files", "percent"]
PLAIN_PROGRESS_INTERVAL = 2.0
"""Seconds between two lines of the plain progress (without rich)."""
RICH_HINT = "aiorthanc: pip install 'aiorthanc[cli]' adds progress bars"
_hinted: list[bool] = []  # the hint is given once per process


class Progress(Protocol):
    """What the verbs report to: `update()` as work is done, `stop()` at the end."""

    shown: bool
    """False when nothing is shown (updates cost nothing)."""

    def update(self, done: float, total: float | None = None, detail: str = "") -> None:
        """`done` out of `total` (None: unknown, or as before); `detail` is shown beside."""

    def stop(self) -> None:
        """Show the last state and leave the terminal clean."""


@contextmanager
def showing(args: argparse.Namespace, label: str, unit: Unit) -> Iterator[Progress]:
    """`create_progress()`, stopped at the end of the block."""
    progress = create_progress(args, label, unit)
    try:
        yield progress
    finally:
        progress.stop()


def create_progress(
    args: argparse.Namespace,
    label: str,
    unit: Unit,
    *,
    stream: TextIO | None = None,
    use_rich: bool = True,
) -> Progress:
    """The progress of one task; nothing is shown with `--quiet`, or when stderr is not a
    terminal."""
    out = stream if stream is not None else sys.stderr
    if getattr(args, "quiet", False) or not out.isatty():
        return _Hidden()
    if use_rich:
        try:
            return _RichProgress(out, label, unit)
        except ImportError:
            pass
    if not _hinted:
        _hinted.append(True)
        out.write(RICH_HINT + "\n")
    return PlainProgress(out, label, unit)


class _Hidden:
    shown = False

    def update(self, done: float, total: float | None = None, detail: str = "") -> None:
        pass

    def stop(self) -> None:
        pass


class _RichProgress:
    shown = True

    def __init__(self, stream: TextIO, label: str, unit: Unit) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            DownloadColumn,
            MofNCompleteColumn,
            TaskProgressColumn,
            TextColumn,
            TimeRemainingColumn,
            TransferSpeedColumn,
        )
        from rich.progress import Progress as RichProgress

        counts: tuple[Any, ...] = {
            "bytes": (DownloadColumn(binary_units=True), TransferSpeedColumn()),
            "files": (MofNCompleteColumn(), TextColumn("files")),
            "percent": (TaskProgressColumn(),),
        }[unit]
        self._progress = RichProgress(
            TextColumn(f"[bold]{label}"),
            BarColumn(),
            *counts,
            TextColumn("{task.fields[detail]}"),
            TimeRemainingColumn(),
            console=Console(file=stream),
        )
        self._task = self._progress.add_task(label, total=None, detail="")
        self._progress.start()

    def update(self, done: float, total: float | None = None, detail: str = "") -> None:
        fields: dict[str, Any] = {"completed": done, "detail": detail}
        if total is not None:
            fields["total"] = total
        self._progress.update(self._task, **fields)

    def stop(self) -> None:
        self._progress.stop()


class PlainProgress:
    """One line every `PLAIN_PROGRESS_INTERVAL` seconds: done/total, percent, rate, time left."""

    shown = True

    def __init__(self, stream: TextIO, label: str, unit: Unit) -> None:
        self._stream = stream
        self._label = label
        self._unit = unit
        self._start = time.monotonic()
        self._last_line = self._start
        self._state: tuple[float, float | None, str] = (0, None, "")

    def update(self, done: float, total: float | None = None, detail: str = "") -> None:
        """Keep the state; print a line when the interval has passed."""
        self._state = (done, total if total is not None else self._state[1], detail)
        now = time.monotonic()
        if now - self._last_line >= PLAIN_PROGRESS_INTERVAL:
            self._last_line = now
            self._stream.write(self.line(now) + "\n")
            self._stream.flush()

    def stop(self) -> None:
        """Print the final line."""
        self._stream.write(self.line(time.monotonic()) + "\n")
        self._stream.flush()

    def line(self, now: float) -> str:
        """``Downloading: 3.2/10.0 MiB (32%), 1.1 MiB/s, 0:00:06 left``."""
        done, total, detail = self._state
        elapsed = max(now - self._start, 1e-9)
        parts = [f"{self._label}: {self._amount(done, total)}"]
        if total:
            parts[0] += f" ({min(done / total, 1):.0%})"
        if self._unit != "percent" and done:
            parts.append(f"{self._amount(done / elapsed, None)}/s")
        if total and done and done < total:
            left = (total - done) * elapsed / done
            parts.append(f"{_clock(left)} left")
        if detail:
            parts.append(detail)
        return ", ".join(parts)

    def _amount(self, value: float, total: float | None) -> str:
        if self._unit == "bytes":
            mib = 1024 * 1024
            shown = f"{value / mib:.1f}"
            return f"{shown}/{total / mib:.1f} MiB" if total else f"{shown} MiB"
        if self._unit == "percent":
            return f"{value:.0f}%"
        count = f"{value:.0f}" if total is not None or value >= 10 else f"{value:.1f}"
        return f"{count}/{total:.0f} files" if total is not None else f"{count} files"


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
