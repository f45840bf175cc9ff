"""`aiorthanc dicomweb search|retrieve URL ...`: QIDO-RS and WADO-RS against any DICOMweb server."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import anyio

from aiorthanc._cli._common import (
    EXIT_CANCELLED,
    EXIT_OK,
    credentials,
    emit,
    emit_json,
    exit_code_of,
    key_values,
    printable,
)
from aiorthanc._dicomweb import DicomWebClient

__all__ = ["add_dicomweb_command"]

# (flag, environment variable, help): the credentials of the DICOMweb server.
_CREDENTIALS = (
    ("--user", "DICOMWEB_USER", "user name ($DICOMWEB_USER); the password is asked on a terminal"),
    ("--password", "DICOMWEB_PASSWORD", "($DICOMWEB_PASSWORD; prefer the variable)"),
    ("--token", "DICOMWEB_TOKEN", "Authorization header value ($DICOMWEB_TOKEN)"),
)


def add_dicomweb_command(commands: Any) -> None:
    """Register `dicomweb search` and `dicomweb retrieve` on the `aiorthanc` parser."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "dicomweb",
        help="search (QIDO-RS) and retrieve (WADO-RS) from a DICOMweb server",
        description="QIDO-RS searches and WADO-RS retrieval from any DICOMweb server "
        "(Orthanc's plugin: http://HOST:8042/dicom-web). Exit codes as for every command.",
    )
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    search = verbs.add_parser("search", help="search; one DICOM JSON result per line on stdout")
    _connection(search)
    search.add_argument("--level", choices=("studies", "series", "instances"), default="studies")
    search.add_argument("--study", help="search within this study (StudyInstanceUID)")
    search.add_argument("--series", help="search within this series (with --study)")
    search.add_argument(
        "-m",
        "--match",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="attribute filter, keyword or tag (repeatable): -m PatientID=P* -m StudyDate=2024-",
    )
    search.add_argument("--include", action="append", default=[], metavar="FIELD")
    search.add_argument("--fuzzy", action="store_true", help="fuzzy matching of person names")
    search.add_argument("--limit", type=int, help="at most this many results")
    search.add_argument(
        "--json", action="store_true", help="(always: one DICOM JSON object per line)"
    )
    search.set_defaults(run=_run_search)
    retrieve = verbs.add_parser("retrieve", help="retrieve instances as .dcm files into a folder")
    _connection(retrieve)
    retrieve.add_argument("study", help="StudyInstanceUID")
    retrieve.add_argument("series", nargs="?", help="SeriesInstanceUID")
    retrieve.add_argument("instance", nargs="?", help="SOPInstanceUID")
    retrieve.add_argument("-o", "--out", default=".", help="target folder (default: here)")
    retrieve.add_argument(
        "--json", action="store_true", help="print the files written as JSON on stdout"
    )
    retrieve.set_defaults(run=_run_retrieve)


def _connection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", help="the DICOMweb service's root URL")
    for flag, variable, text in _CREDENTIALS:
        parser.add_argument(flag, default=os.environ.get(variable), help=text)


def _client(args: argparse.Namespace) -> DicomWebClient:
    auth, token = credentials(args, variables=(_CREDENTIALS[0][1], _CREDENTIALS[1][1]))
    return DicomWebClient(args.url, auth=auth, token=token)


def _run_search(args: argparse.Namespace) -> int:
    async def run(client: DicomWebClient) -> None:
        level = getattr(client, f"search_{args.level}")
        scope = {"study": args.study} if args.level != "studies" else {}
        if args.level == "instances":
            scope["series"] = args.series
        search = level(
            key_values(args.match, "--match"),
            fuzzy=args.fuzzy,
            include_fields=args.include,
            limit=args.limit,
            **scope,
        )
        async for item in search:
            sys.stdout.write(json.dumps(item) + "\n")

    return _guarded(args, run)


def _run_retrieve(args: argparse.Namespace) -> int:
    async def run(client: DicomWebClient) -> None:
        files = await client.save(args.out, args.study, args.series, args.instance)
        if args.json:
            emit_json({"Folder": args.out, "Files": [str(path) for path in files]})
            return
        for path in files:
            emit(printable(str(path)))
        sys.stderr.write(f"{len(files)} files written to {printable(args.out)}\n")

    return _guarded(args, run)


def _guarded(args: argparse.Namespace, run: Callable[[DicomWebClient], Awaitable[None]]) -> int:
    async def with_client(client: DicomWebClient) -> None:
        async with client:
            await run(client)

    try:
        anyio.run(with_client, _client(args))
    except KeyboardInterrupt:
        sys.stderr.write("\naiorthanc dicomweb: interrupted\n")
        return EXIT_CANCELLED
    except Exception as exc:  # mapped to a code; anything unexpected is re-raised
        code, message = exit_code_of(exc)
        sys.stderr.write(f"aiorthanc dicomweb: {printable(message)}\n")
        return code
    return EXIT_OK
