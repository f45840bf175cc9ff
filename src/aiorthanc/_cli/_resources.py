"""Naming resources on the command line: an Orthanc ID or a DICOM identifier, any level."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import Any

from aiorthanc._answer import json_answer
from aiorthanc._cli._common import UnknownResourceError
from aiorthanc._client import AsyncOrthanc
from aiorthanc._errors import NotFoundError
from aiorthanc._facade import Instance, Patient, Resource, Series, Study

__all__ = ["LEVELS", "add_level_option", "resolve", "resolve_all"]

LEVELS: dict[str, type[Resource[Any]]] = {
    "patient": Patient,
    "study": Study,
    "series": Series,
    "instance": Instance,
}
# Levels tried, in this order, for an Orthanc ID of no stated level: studies are what people
# pass around most.
_SEARCH_ORDER = ("study", "series", "patient", "instance")
_ORTHANC_ID = re.compile(r"[0-9a-f]{8}(-[0-9a-f]{8}){4}")


def add_level_option(
    parser: argparse.ArgumentParser, levels: Sequence[str] = tuple(LEVELS)
) -> None:
    """`--level`: the level of the resources named (default: whichever has the ID)."""
    parser.add_argument(
        "--level",
        choices=levels,
        help="the level of the resources named (default: found out, one request per level)",
    )


async def resolve(
    client: AsyncOrthanc, name: str, level: str | None = None, levels: Sequence[str] = ()
) -> Resource[Any]:
    """The resource `name` stands for: an Orthanc ID, or a DICOM identifier Orthanc can look up
    (StudyInstanceUID, SeriesInstanceUID, SOPInstanceUID, PatientID).

    `level` restricts the search to one level; `levels` to those the verb can use.
    """
    allowed = [level] if level else [lv for lv in _SEARCH_ORDER if not levels or lv in levels]
    if _ORTHANC_ID.fullmatch(name):
        for candidate in allowed:
            try:
                return await LEVELS[candidate].fetch(client, name)
            except NotFoundError:
                continue
    else:
        answer = await client.request(
            "POST", "/tools/lookup", content=name.encode(), idempotent=True
        )
        found = [m for m in json_answer(answer) if isinstance(m, dict)]
        matches = [m for m in found if str(m.get("Type", "")).lower() in allowed]
        if len(matches) == 1:
            return await LEVELS[matches[0]["Type"].lower()].fetch(client, str(matches[0]["ID"]))
        if len(matches) > 1:
            kinds = ", ".join(sorted(str(m["Type"]).lower() for m in matches))
            raise UnknownResourceError(f"{name!r} names several resources ({kinds}): use --level")
    what = " or ".join(allowed) if len(allowed) < len(LEVELS) else "resource"
    raise UnknownResourceError(f"no {what} with ID or identifier {name!r}")


async def resolve_all(
    client: AsyncOrthanc, names: Sequence[str], level: str | None, levels: Sequence[str] = ()
) -> list[Resource[Any]]:
    """`resolve` each name, in order."""
    return [await resolve(client, name, level, levels) for name in names]
