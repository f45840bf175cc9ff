"""`aiorthanc import`: import files, folders and archives into Orthanc."""

from __future__ import annotations

import argparse
import dataclasses
import os
import signal
import sys
from collections.abc import Callable
from typing import Any

import anyio
import anyio.to_thread

from aiorthanc._cli._common import (
    EXIT_CANCELLED,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_SERVER,
    EXIT_USAGE,
    emit,
    positive_float,
    positive_int,
    printable,
    run_verb,
)
from aiorthanc._cli._progress import Progress, create_progress
from aiorthanc._client import AsyncOrthanc
from aiorthanc._concurrency import task_group
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

__all__ = ["add_import_command"]

_MAX_LISTED_FAILURES = 20
_MIB = 1024 * 1024


def add_import_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register `import` on the `aiorthanc` parser's subcommands."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "import",
        parents=[common],
        help="import DICOM files, folders and archives into Orthanc",
        description=(
            "Import DICOM files, folders (recursively) and archives (.zip, .tar, .tar.gz, "
            ".tar.bz2, .tar.xz, single .gz, .bz2 and .xz files) into Orthanc. DICOM is "
            "recognised by content; "
            "DICOMDIR, JSON, hidden and non-DICOM files are skipped with a reason. Exit code: "
            "0 if nothing failed, 1 if some sources failed, 2 for bad arguments, 3 if the "
            "server stopped the import, 130 if interrupted. --json: the whole report."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, archives")
    _add_option_flags(parser)
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
    missing = [p for p in args.paths if not os.path.exists(p)]
    if missing:
        names = ", ".join(printable(name) for name in missing)
        print(f"aiorthanc import: no such file or folder: {names}", file=sys.stderr)
        return EXIT_USAGE
    return run_verb(args, _run)


async def _run(args: argparse.Namespace, client: AsyncOrthanc) -> int:
    progress = create_progress(args, "Importing", "bytes")
    bar = _ImportProgress(progress) if progress.shown else None
    options = ImportOptions(**_given_options(args))
    importer = DicomImporter(client, options, progress=bar.update if bar is not None else None)
    stopped: str | None = None
    async with task_group() as tg:
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
            progress.stop()
        tg.cancel_scope.cancel()
    if report is None:
        print(f"aiorthanc import: {printable(stopped or '')}", file=sys.stderr)
        return EXIT_SERVER
    _print_result(args, report)
    if stopped is not None:
        return EXIT_SERVER
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


async def _count_totals(paths: list[str], bar: _ImportProgress) -> None:
    files, size = await anyio.to_thread.run_sync(scan_totals, paths, abandon_on_cancel=True)
    bar.set_total(files, size)


class _ImportProgress:
    """Bytes drive the progress and the time left (archives count as their size on disk:
    approximate); files and instances per second are shown beside."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._total: tuple[int, int] | None = None

    def set_total(self, files: int, size: int) -> None:
        self._total = (files, size)

    def update(self, snapshot: ImportProgress) -> None:
        rate = snapshot.instances / snapshot.seconds if snapshot.seconds > 0 else 0.0
        files, size = self._total if self._total is not None else ("?", None)
        detail = f"{snapshot.sources}/{files} files, {rate:.0f} inst/s"
        self._progress.update(snapshot.bytes, size, detail)


def _print_result(args: argparse.Namespace, report: ImportReport) -> None:
    if args.json:
        emit(report.to_json(indent=2))  # ASCII, names JSON-escaped
        return
    failures = report.by_status(OutcomeStatus.FAILED)
    for outcome in failures[:_MAX_LISTED_FAILURES]:
        emit(f"FAILED {printable(outcome.source)}: {printable(outcome.reason or '')}")
    if len(failures) > _MAX_LISTED_FAILURES:
        emit(f"... and {len(failures) - _MAX_LISTED_FAILURES} more failures (see --json)")
    # The summary says why it stopped, if it did.
    emit("\n".join(printable(line) for line in report.summary().splitlines()))


def _mebibytes(text: str) -> int:
    return max(1, int(positive_float(text) * _MIB))


_PARSERS: dict[CliKind, Callable[[str], object]] = {
    "int": positive_int,
    "float": positive_float,
    "mib": _mebibytes,
    "path": str,
}
