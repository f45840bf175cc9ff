"""Operations that the four resource levels have alike, generated once for all of them.

`/patients/{id}/attachments`, `/studies/{id}/attachments`, ... differ only by their first
segment and by the level's name in their prose. Such an operation is written once, as a private
method of a shared class (`api/_shared/<group>.py`) whose route starts with the class attribute
`_level_route`; each level's class sets that attribute and binds the public, per-level names
(`get_instance_attachments = ResourceAttachmentsOperations._get_resource_attachments`).
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass

from codegen import naming
from codegen.parser import Endpoint, Parameter

__all__ = [
    "LEVELS",
    "LEVEL_ROUTE",
    "SHARING_RULE",
    "Shared",
    "neutral_text",
    "shared_operations",
]

SHARING_RULE = """\
An operation that the four resource levels have alike (`/patients/{id}/attachments`,
`/studies/{id}/attachments`, ...: same parameters, body and answer, same words but the level's
name) is written once, as a private method of a class of `api/_shared/<group>.py` (the group of
the rule above) whose route starts with the attribute `_level_route`. Each level's class sets
that attribute and binds its own public names to the shared methods
(`get_instance_attachments = ResourceAttachmentsOperations._get_resource_attachments`): the
names, signatures and overloads of `orthanc.api.<level>` stay those of the naming rule. An
operation newer than the oldest documented Orthanc version is not shared: its version check
names the level's own method.\
"""

# The route segment of each level and the words that name it in the spec's prose.
LEVELS = {
    "patients": r"patients?",
    "studies": r"stud(?:y|ies)",
    "series": r"series",
    "instances": r"instances?",
}
LEVEL_ROUTE = "_level_route"
LEVEL_PLACEHOLDER = "<level>"
# The level whose names the shared docstrings show as the example.
EXAMPLE_LEVEL = "instances"


@dataclass
class Shared:
    """One operation written once: its level-neutral form and its endpoint on each level."""

    group: str
    neutral: Endpoint  # private name, path `/<level>/...`, prose about "the resource"
    members: dict[str, Endpoint]  # by level route

    @property
    def class_name(self) -> str:
        """The shared class that holds it."""
        return "Resource" + naming.pascal(self.group) + "Operations"


def neutral_text(text: str, level: str) -> str:
    """`text` with the words naming `level` replaced by "resource(s)", capitals kept."""

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        plural = word.lower() not in ("series", "patient", "study", "instance")
        result = "resources" if plural and word.lower() != "series" else "resource"
        return result.capitalize() if word[0].isupper() else result

    return re.sub(rf"\b{LEVELS[level]}\b", replace, text, flags=re.IGNORECASE)


def _level_of(e: Endpoint) -> str | None:
    segments = e.path.strip("/").split("/")
    if len(segments) >= 2 and segments[0] in LEVELS and segments[0] == e.module:
        return segments[0] if segments[1] == "{id}" else None
    return None


def _neutral(e: Endpoint, level: str) -> Endpoint:
    """`e` as the shared operation: private name, `/<level>/...` path, level-neutral prose."""
    rest = e.path.split("/", 2)[2]
    name = naming.operation_name(e.method, "/resources/" + rest)

    def text(value: str) -> str:
        return neutral_text(value, level)

    def param(p: Parameter) -> Parameter:
        return dataclasses.replace(p, description=text(p.description))

    body = e.body and dataclasses.replace(e.body, description=text(e.body.description))
    variants = [dataclasses.replace(v, schema={}) for v in e.response.variants]
    response = dataclasses.replace(
        e.response, description=text(e.response.description), schema={}, variants=variants
    )
    return dataclasses.replace(
        e,
        path=f"/{LEVEL_PLACEHOLDER}/{rest}",
        tag="",
        module="_shared",
        name="_" + name,
        stream=e.stream and "_" + naming.stream_name(name),
        summary=text(e.summary),
        description=text(e.description),
        parameters=[param(p) for p in e.parameters],
        body=body,
        response=response,
    )


def shared_operations(endpoints: list[Endpoint]) -> list[Shared]:
    """The operations that every level has alike (same shape, same prose but the level's name)."""
    by_route: dict[tuple[str, str], dict[str, Endpoint]] = defaultdict(dict)
    for e in endpoints:
        level = _level_of(e)
        # A version check names the public method: such operations keep their own.
        versioned = e.requires or e.versioned_parameters or e.versioned_fields
        if level is not None and not versioned:
            by_route[(e.method, e.path.split("/", 2)[2])][level] = e
    result = []
    for members in by_route.values():
        if set(members) != set(LEVELS):
            continue
        forms = [_neutral(e, level) for level, e in members.items()]
        if all(form == forms[0] for form in forms):
            example = members[EXAMPLE_LEVEL]
            group = naming.group_name(example.path, single_root=True)
            result.append(Shared(group, forms[0], members))
    for group in {s.group for s in result}:
        # As in a tag's package: groups too small to stand alone join `main`.
        if sum(s.group == group for s in result) < naming.MIN_GROUP:
            for s in result:
                s.group = "main" if s.group == group else s.group
    return sorted(result, key=lambda s: endpoints.index(s.members[EXAMPLE_LEVEL]))
