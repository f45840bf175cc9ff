"""`aiorthanc import`: import files, folders and archives into Orthanc."""

from __future__ import annotations

import argparse
import dataclasses
import os
import signal
import sys
from collections.abc import Callable
from typing import Any, TextIO

import anyio
import anyio.to_thread
import httpx

from aiorthanc._client import AsyncOrthanc
from aiorthanc._concurrency import task_group
from aiorthanc._constants import DEFAULT_REQUEST_DEADLINE, DEFAULT_TIMEOUT, DEFAULT_URL
from aiorthanc._errors import OrthancError
from aiorthanc._import import (
    DicomImporter,
    DicomImportError,
    ImportOptions,
    ImportProgress,
    ImportReport,
    OutcomeStatus,
)
from aiorthanc._import._options import CLI_FLAG, CliFlag, CliKind
from aiorthanc._import._walk import scan_totals

__all__ = ["EXIT_CANCELLED", "EXIT_FAILED", "EXIT_OK", "EXIT_STOPPED", "add_import_command"]

EXIT_OK = 0
EXIT_FAILED = 1  # some sources failed
EXIT_STOPPED = 2  # the import could not go on (credentials, URL) or bad arguments
EXIT_CANCELLED = 130  # Ctrl-C, as shells report SIGINT
_MAX_LISTED_FAILURES = 20
_MIB = 1024 * 1024


def add_import_command(commands: Any) -> None:
    """Register `import` on the `aiorthanc` parser's subcommands."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "import",
        help="import DICOM files, folders and archives into Orthanc",
        description=(
            "Import DICOM files, folders (recursively) and archives (.zip, .tar, .tar.gz, "
            ".tar.bz2, .tar.xz, single .gz, .bz2 and .xz files) into Orthanc. DICOM is "
            "recognised by content; "
            "DICOMDIR, JSON, hidden and non-DICOM files are skipped with a reason. Exit code: "
            "0 if nothing failed, 1 if some sources failed, 2 if the import could not go on, "
            "130 if interrupted."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, archives")
    parser.add_argument(
        "--url",
        default=os.environ.get("ORTHANC_URL", DEFAULT_URL),
        help="Orthanc's REST API root (default: $ORTHANC_URL or %(default)s)",
    )
    parser.add_argument(
        "--user", "--username", default=os.environ.get("ORTHANC_USER"), help="($ORTHANC_USER)"
    )
    parser.add_argument(
        "--password",
        default=os.environ.get("ORTHANC_PASSWORD"),
        help="($ORTHANC_PASSWORD; prefer the variable: arguments are visible to other users)",
    )
    parser.add_argument(
        "--token",
        default=os.environ.get("ORTHANC_TOKEN"),
        help="Authorization header value, instead of user/password ($ORTHANC_TOKEN)",
    )
    _add_option_flags(parser)
    parser.add_argument(
        "--insecure", action="store_true", help="do not verify the server's TLS certificate"
    )
    parser.add_argument(
        "--timeout",
        type=_positive_float,
        metavar="SECONDS",
        help="the most one request may take, answer included (default: "
        f"{DEFAULT_TIMEOUT.read:g} s per read, {DEFAULT_REQUEST_DEADLINE:g} s in all)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the whole report as JSON on stdout"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(run=run_import)


def _add_option_flags(parser: argparse.ArgumentParser) -> None:
    """One flag per field of `ImportOptions` that declares a `CliFlag`: names, help, default
    and units all come from there. A flag not given leaves the option at its default."""
    for option in dataclasses.fields(ImportOptions):
        flag: CliFlag | None = option.metadata.get(CLI_FLAG)
        if flag is None:
            continue
        help = flag.help + _default_text(option.default, flag.kind)
        if flag.kind == "switch":
            parser.add_argument(
                *flag.names, dest=option.name, action="store_true", default=None, help=help
            )
            continue
        metavar = flag.metavar or flag.names[-1].lstrip("-").upper().replace("-", "_")
        parser.add_argument(
            *flag.names, dest=option.name, type=_PARSERS[flag.kind], metavar=metavar, help=help
        )


def _given_options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        option.name: getattr(args, option.name)
        for option in dataclasses.fields(ImportOptions)
        if CLI_FLAG in option.metadata and getattr(args, option.name) is not None
    }


def _default_text(default: object, kind: CliKind) -> str:
    if default is None or default is False:
        return ""
    if kind == "mib" and isinstance(default, int):
        return f" (default: {default / _MIB:g})"
    return f" (default: {default})"


def run_import(args: argparse.Namespace) -> int:
    """Run `aiorthanc import` with parsed arguments; return the exit code."""
    if args.token and (args.user or args.password):
        print("aiorthanc import: give either --token or --user/--password", file=sys.stderr)
        return EXIT_STOPPED
    if bool(args.user) != bool(args.password):
        print("aiorthanc import: --user and --password go together", file=sys.stderr)
        return EXIT_STOPPED
    missing = [p for p in args.paths if not os.path.exists(p)]
    if missing:
        names = ", ".join(_printable(name) for name in missing)
        print(f"aiorthanc import: no such file or folder: {names}", file=sys.stderr)
        return EXIT_STOPPED
    try:
        client = AsyncOrthanc(
            args.url,
            auth=(args.user, args.password) if args.user else None,
            token=args.token or None,
            verify=not args.insecure,
            **_timeouts(args.timeout),
        )
    except ValueError as exc:
        print(f"aiorthanc import: {exc}", file=sys.stderr)
        return EXIT_STOPPED
    code: int = anyio.run(_run, args, client)
    return code


async def _run(args: argparse.Namespace, client: AsyncOrthanc) -> int:
    show_progress = not args.json and not args.quiet and sys.stdout.isatty()
    bar = _ProgressBar.create(sys.stdout) if show_progress else None
    options = ImportOptions(**_given_options(args))
    importer = DicomImporter(client, options, progress=bar.update if bar is not None else None)
    stopped: str | None = None
    async with client, task_group() as tg:
        tg.start_soon(_cancel_on_signal, importer, tg.cancel_scope)
        if bar is not None:
            tg.start_soon(_count_totals, args.paths, bar)
        try:
            report = await importer.run(args.paths)
        except DicomImportError as exc:
            report, stopped = exc.report, str(exc)
        except OrthancError as exc:  # before any file: the server is not (a working) Orthanc
            report, stopped = None, str(exc)
        finally:
            if bar is not None:
                bar.stop()
        tg.cancel_scope.cancel()
    if report is None:
        print(f"aiorthanc import: {_printable(stopped or '')}", file=sys.stderr)
        return EXIT_STOPPED
    _print_result(args, report)
    if stopped is not None:
        return EXIT_STOPPED
    if report.cancelled:
        return EXIT_CANCELLED
    return EXIT_OK if report.ok else EXIT_FAILED


async def _cancel_on_signal(importer: DicomImporter, scope: anyio.CancelScope) -> None:
    # First Ctrl-C: stop cleanly with a partial report. Leaving the receiver restores the
    # default handler, so a second Ctrl-C interrupts at once.
    with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
        async for _ in signals:
            print("\nInterrupted: stopping, the report will be partial", file=sys.stderr)
            importer.cancel()
            return


async def _count_totals(paths: list[str], bar: _ProgressBar) -> None:
    files, size = await anyio.to_thread.run_sync(scan_totals, paths, abandon_on_cancel=True)
    bar.set_total(files, size)


def _print_result(args: argparse.Namespace, report: ImportReport) -> None:
    if args.json:
        _print(report.to_json(indent=2))  # ASCII, names JSON-escaped
        return
    failures = report.by_status(OutcomeStatus.FAILED)
    for outcome in failures[:_MAX_LISTED_FAILURES]:
        _print(f"FAILED {_printable(outcome.source)}: {_printable(outcome.reason or '')}")
    if len(failures) > _MAX_LISTED_FAILURES:
        _print(f"... and {len(failures) - _MAX_LISTED_FAILURES} more failures (see --json)")
    # The summary says why it stopped, if it did.
    _print("\n".join(_printable(line) for line in report.summary().splitlines()))


def _print(text: str) -> None:
    # Whatever the terminal's encoding, a name it cannot show is printed escaped, not a crash.
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    print(text.encode(encoding, "backslashreplace").decode(encoding, "replace"))


def _printable(text: str) -> str:
    """`text` with its non-printable characters escaped: a file name may hold terminal escape
    sequences, or bytes that are not UTF-8 (surrogate-escaped by Python: shown as \\xNN)."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _escape(char) for char in text)


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte of a name that is not UTF-8
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


class _ProgressBar:
    """A rich progress bar on a terminal (files, bytes, rate, ETA); needs the `cli` extra."""

    def __init__(self, progress: Any, task: Any) -> None:
        self._progress = progress
        self._task = task

    @classmethod
    def create(cls, stream: TextIO) -> _ProgressBar | None:
        try:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
                TransferSpeedColumn,
            )
        except ImportError:
            return None  # core install: no bar, the summary still comes
        progress = Progress(
            TextColumn("[bold]Importing"),
            BarColumn(),
            TextColumn("{task.fields[files]}/{task.fields[total_files]} files"),
            DownloadColumn(),
            TransferSpeedColumn(),
            TextColumn("{task.fields[rate]:.0f} inst/s"),
            TimeRemainingColumn(),
            console=Console(file=stream),
            transient=False,
        )
        task = progress.add_task("import", total=None, rate=0.0, files=0, total_files="?")
        progress.start()
        return cls(progress, task)

    def set_total(self, files: int, size: int) -> None:
        # Bytes drive the bar and the ETA (archives count as their size on disk: approximate).
        self._progress.update(self._task, total=size, total_files=files)

    def update(self, snapshot: ImportProgress) -> None:
        rate = snapshot.instances / snapshot.seconds if snapshot.seconds > 0 else 0.0
        self._progress.update(
            self._task, completed=snapshot.bytes, rate=rate, files=snapshot.sources
        )

    def stop(self) -> None:
        self._progress.stop()


def _timeouts(seconds: float | None) -> dict[str, Any]:
    """`--timeout`: each read, and each request whole (the deadline), within `seconds`."""
    if seconds is None:
        return {}
    return {"timeout": httpx.Timeout(seconds), "deadline": seconds}


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be >= 1")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be > 0")
    return value


def _mebibytes(text: str) -> int:
    return max(1, int(_positive_float(text) * _MIB))


_PARSERS: dict[CliKind, Callable[[str], object]] = {
    "int": _positive_int,
    "float": _positive_float,
    "mib": _mebibytes,
    "path": str,
}
