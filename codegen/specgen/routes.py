"""Turn a documented GET route into a concrete URL on the sample server.

Orthanc documents many GET routes without a sample URL. To give those an example too, the
generator fills in the path parameters with things the sample server has (see
:mod:`.fixtures`) and asks it directly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from .fixtures import LEVELS, PLUGIN, SELF, USER_ATTACHMENT, Fixture, Role

_PARAM = re.compile(r"\{([^}]+)\}")

#: Routes whose example should use another test resource than the ``main`` one.
ROLE_BY_ROUTE: Mapping[str, Role] = {
    # Pixel dumps print every pixel: use the 3 x 3 image.
    "/instances/{id}/matlab": "pixels",
    "/instances/{id}/frames/{frame}/matlab": "pixels",
}

#: Values of required query parameters, by route.
REQUIRED_QUERY: Mapping[str, Mapping[str, str]] = {
    "/tools/generate-uid": {"level": "instance"},
}


@dataclass(frozen=True)
class Route:
    """A documented route: its template and the names of its required query parameters."""

    template: str
    required_query: tuple[str, ...] = ()


class UnresolvableRoute(LookupError):
    """The sample server has nothing to put in one of the route's parameters."""


def concrete_path(route: Route, fixture: Fixture) -> str:
    """The URL (path and query) that exercises ``route`` on the sample server.

    Raises :class:`UnresolvableRoute` if a parameter has no known value.
    """
    segments = route.template.strip("/").split("/")
    first = segments[0]
    role = ROLE_BY_ROUTE.get(route.template, "main")
    ids: dict[str, str] = {
        "jobs": fixture.job,
        "queries": fixture.query,
        "storage-commitment": fixture.storage_commitment,
        "modalities": SELF,
        "peers": SELF,
        "plugins": PLUGIN,
    }
    for level, resource in fixture.resources.get(role, {}).items():
        ids[level] = resource
    out: list[str] = []
    for index, segment in enumerate(segments):
        match = _PARAM.fullmatch(segment)
        if match is None:
            out.append(segment)
            continue
        name, previous = match.group(1), segments[index - 1]
        value: str | None
        if name == "id":
            value = ids.get(first)
        elif name == "name" and previous == "attachments":
            # Instances have the DICOM file; the other levels get a user attachment.
            value = "dicom" if first == "instances" else USER_ATTACHMENT
        elif name == "name" and previous == "metadata" and first in LEVELS:
            value = "TransferSyntax" if first == "instances" else "LastUpdate"
        elif name == "label":
            value = fixture.label
        elif name in ("frame", "index"):
            value = "0"
        else:
            value = None
        if not value:
            raise UnresolvableRoute(f"no value for {{{name}}} in {route.template}")
        out.append(value)
    path = "/" + "/".join(out)
    if route.required_query:
        known = REQUIRED_QUERY.get(route.template, {})
        missing = [name for name in route.required_query if name not in known]
        if missing:
            raise UnresolvableRoute(f"no value for query {missing} of {route.template}")
        path += "?" + urlencode({name: known[name] for name in route.required_query})
    return path
