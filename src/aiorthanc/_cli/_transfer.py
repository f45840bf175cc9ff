"""`aiorthanc download` and `aiorthanc export`: resources to a file, or to a folder tree."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from aiorthanc._cli._common import (
    EXIT_OK,
    UsageError,
    add_verb,
    byte_size,
    emit,
    emit_json,
    positive_int,
    printable,
)
from aiorthanc._cli._progress import Progress, showing
from aiorthanc._cli._resources import add_level_option, resolve, resolve_all
from aiorthanc._client import AsyncOrthanc
from aiorthanc._facade import DEFAULT_LAYOUT, HELP, ExportOptions, ExportResult, Instance, Resource

__all__ = ["add_download_command", "add_export_command"]

_MIB = 1024 * 1024


def add_download_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register `download`."""
    parser = add_verb(
        commands,
        common,
        "download",
        _download,
        help="download a resource as a ZIP archive, DICOMDIR media or a DICOM file",
        description="Download a patient, study or series as a ZIP archive (or, with --media, "
        "a ZIP with a DICOMDIR), or an instance as its DICOM file. Streamed, written to a "
        "temporary file renamed at the end: the file is complete or absent. RESOURCE is an "
        "Orthanc ID or a DICOM identifier (StudyInstanceUID, ...).",
    )
    parser.add_argument("resource", metavar="RESOURCE", help="Orthanc ID or DICOM identifier")
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write (default: <ID>.zip, <ID>.dcm for an instance; - for stdout)",
    )
    parser.add_argument("--media", action="store_true", help="DICOMDIR media instead of an archive")
    add_level_option(parser)


def add_export_command(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register `export`; its options and their help come from `ExportOptions`."""
    help_of = {f.name: f.metadata[HELP] for f in dataclasses.fields(ExportOptions)}
    defaults = ExportOptions(target=".")
    parser = add_verb(
        commands,
        common,
        "export",
        _export,
        help="export resources (or everything) to a folder tree of DICOM files",
        description="Download instances into a folder tree with sanitized names, several at "
        "a time. Without RESOURCE, the whole server.",
    )
    parser.add_argument("target", metavar="FOLDER", help=help_of["target"])
    parser.add_argument(
        "resources", nargs="*", metavar="RESOURCE", help="Orthanc IDs or DICOM identifiers"
    )
    parser.add_argument(
        "--layout",
        metavar="TEMPLATE",
        help="the path of each file, from tags: '{PatientID}/{StudyDate}/{SOPInstanceUID}.dcm' "
        f"(default: '{DEFAULT_LAYOUT}'; values are sanitized, nothing lands outside FOLDER)",
    )
    parser.add_argument(
        "-c",
        "--concurrency",
        type=positive_int,
        default=defaults.concurrency,
        help=help_of["concurrency"] + " (default: %(default)s)",
    )
    parser.add_argument(
        "--archive-bytes",
        type=byte_size,
        default=defaults.archive_bytes,
        metavar="SIZE",
        help=help_of["archive_bytes"] + " (default: 8M)",
    )
    parser.add_argument("--skip-existing", action="store_true", help=help_of["skip_existing"])
    add_level_option(parser)


async def _download(args: argparse.Namespace, client: AsyncOrthanc) -> int:
    resource = await resolve(client, args.resource, args.level)
    is_instance = isinstance(resource, Instance)
    if is_instance and args.media:
        raise UsageError("--media needs a patient, study or series (an instance is one file)")
    to_stdout = args.output == "-"
    if to_stdout and (args.json or sys.stdout.isatty()):
        raise UsageError("-o - writes the file to stdout: redirect it, without --json")
    target = args.output or f"{resource.id}.{'dcm' if is_instance else 'zip'}"
    kind = "file" if is_instance else "media" if args.media else "archive"
    method = getattr(resource, "download" if is_instance else f"download_{kind}")
    with showing(args, "Downloading", "bytes") as progress:
        estimate = await _estimate(resource, progress)
        progress.update(0, estimate, "(estimated)" if estimate else "")

        def report(received: int, total: int | None) -> None:
            progress.update(received, total or estimate, "" if total else "(estimated)")

        size = await method(sys.stdout.buffer if to_stdout else target, progress=report)
        progress.update(size, size)  # done: an estimated total was only an upper bound
    if args.json:
        level, path = resource.level, target
        emit_json({"ID": resource.id, "Level": level, "Kind": kind, "Path": path, "Bytes": size})
    elif not to_stdout:
        emit(f"{printable(target)}: {resource.level.lower()} {resource.id}, {kind}, {size} bytes")
    return EXIT_OK


async def _estimate(resource: Resource[Any], progress: Progress) -> int | None:
    """The total to show when the server sends no length (archives): the resource's size
    uncompressed, an upper bound (one request, only when progress is shown)."""
    if not progress.shown or isinstance(resource, Instance):
        return None
    statistics = await resource.statistics()
    return int(statistics.uncompressed_size or 0) or None


async def _export(args: argparse.Namespace, client: AsyncOrthanc) -> int:
    resources = await resolve_all(client, args.resources, args.level) if args.resources else None
    with showing(args, "Exporting", "files") as progress:
        result = await client.export(
            args.target,
            resources,
            layout=args.layout,
            concurrency=args.concurrency,
            archive_bytes=args.archive_bytes,
            skip_existing=args.skip_existing,
            progress=progress.update,
        )
    _print_export(args, result)
    return EXIT_OK


def _print_export(args: argparse.Namespace, result: ExportResult) -> None:
    if args.json:
        emit_json(
            {
                "Target": str(Path(args.target)),
                "Written": len(result.written),
                "Skipped": len(result.skipped),
                "Missing": result.missing,
                "BytesWritten": result.bytes_written,
            }
        )
        return
    text = (
        f"{len(result.written)} files written to {printable(args.target)} "
        f"({result.bytes_written / _MIB:.1f} MiB), {len(result.skipped)} skipped"
    )
    if result.missing:
        text += f", {len(result.missing)} deleted from the server meanwhile"
    emit(text)
