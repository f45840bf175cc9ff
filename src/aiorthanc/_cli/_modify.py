"""`aiorthanc modify` and `aiorthanc anonymize`: a modified copy of a resource, its new ID."""

from __future__ import annotations

import argparse
from typing import Any

from aiorthanc._cli._common import EXIT_OK, UsageError, add_verb, emit, emit_json, key_values
from aiorthanc._cli._resources import add_level_option, resolve
from aiorthanc._client import AsyncOrthanc

__all__ = ["add_modify_commands"]

_LEVELS = ("patient", "study", "series")


def add_modify_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register `modify` and `anonymize`."""
    for verb, text in (
        ("modify", "a modified copy of a patient, study or series"),
        ("anonymize", "an anonymized copy of a patient, study or series"),
    ):
        parser = add_verb(
            commands,
            common,
            verb,
            _modify,
            help=text,
            description=f"Make {text}; Orthanc stores it as a new resource (the original "
            "stays unless --delete-source) and records where it came from. Prints the new "
            "resource's Orthanc ID.",
        )
        parser.add_argument("resource", metavar="RESOURCE", help="Orthanc ID or DICOM identifier")
        _add_changes(parser, verb)
        add_level_option(parser, _LEVELS)


def _add_changes(parser: argparse.ArgumentParser, verb: str) -> None:
    parser.add_argument(
        "--replace",
        action="append",
        default=[],
        metavar="TAG=VALUE",
        help="set a tag, by keyword or as gggg,eeee (repeatable)",
    )
    parser.add_argument(
        "--remove", action="append", default=[], metavar="TAG", help="remove a tag (repeatable)"
    )
    parser.add_argument(
        "--keep",
        action="append",
        default=[],
        metavar="TAG",
        help="keep a tag as it is (repeatable)",
    )
    parser.add_argument(
        "--force", action="store_true", help="allow changing UIDs and the PatientID"
    )
    parser.add_argument(
        "--delete-source", action="store_true", help="delete the original once copied"
    )
    if verb == "modify":
        parser.add_argument(
            "--remove-private-tags", action="store_true", help="remove every private tag"
        )
    else:
        parser.add_argument(
            "--keep-private-tags", action="store_true", help="keep the private tags"
        )
        parser.add_argument(
            "--dicom-version", metavar="VERSION", help="the anonymization profile, e.g. 2023b"
        )


async def _modify(args: argparse.Namespace, client: AsyncOrthanc) -> int:
    changes: dict[str, Any] = {
        "replace": key_values(args.replace, "--replace"),
        "remove": args.remove,
        "keep": args.keep,
        "force": args.force,
        "keep_source": not args.delete_source,
    }
    if args.command == "modify":
        if not (args.replace or args.remove or args.remove_private_tags):
            raise UsageError("nothing to modify: give --replace, --remove or --remove-private-tags")
        changes["remove_private_tags"] = args.remove_private_tags
    else:
        changes["keep_private_tags"] = args.keep_private_tags or None
        changes["dicom_version"] = args.dicom_version
    source = await resolve(client, args.resource, args.level, _LEVELS)
    copy = await getattr(source, args.command)(**changes)
    if args.json:
        emit_json({"ID": copy.id, "Level": copy.level, "Path": copy.path, "Source": source.id})
    else:
        emit(copy.id)
    return EXIT_OK
