"""What the connected server can do: the Orthanc release each facade feature needs.

Labels came with Orthanc 1.12.0; the extended find (`OrderBy`, `MetadataQuery`,
`ResponseContent`) and `/tools/count-resources` with 1.12.5; C-GET with 1.12.6. A 1.12.5+
server whose database back-end lacks the extended find says so in `/system`
(`Capabilities.HasExtendedFind`): the facade then does the work itself, as on older servers.
Likewise the server-side filters of `/changes` (`type`, `HasExtendedChanges`).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from aiorthanc._version import parse_version

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = [
    "C_GET_VERSION",
    "EXTENDED_CHANGES_VERSION",
    "EXTENDED_FIND_VERSION",
    "LABELS_VERSION",
    "has_extended_changes",
    "has_extended_find",
]

LABELS_VERSION = "1.12.0"
"""Labels on resources, `/tools/labels`, `Labels` in `/tools/find`."""
EXTENDED_FIND_VERSION = "1.12.5"
"""`OrderBy`, `MetadataQuery`, `ResponseContent` in `/tools/find`; `/tools/count-resources`."""
C_GET_VERSION = "1.12.6"
"""`POST /modalities/{id}/get`."""
EXTENDED_CHANGES_VERSION = "1.12.5"
"""`type` (and `to`) in `GET /changes`, where the database back-end has them."""

_Cache = weakref.WeakKeyDictionary["Session", bool]
_EXTENDED_FIND: _Cache = weakref.WeakKeyDictionary()
_EXTENDED_CHANGES: _Cache = weakref.WeakKeyDictionary()


async def has_extended_find(client: Session) -> bool:
    """Whether the server runs ordering and metadata filters of a find itself (cached).

    Older releases are known from their version alone (no request when the client was told
    it); a newer one is asked once for its `/system` capabilities.
    """
    return await _capability(client, _EXTENDED_FIND, EXTENDED_FIND_VERSION, "HasExtendedFind")


async def has_extended_changes(client: Session) -> bool:
    """Whether the server filters `/changes` by type itself (cached, as `has_extended_find`)."""
    return await _capability(
        client, _EXTENDED_CHANGES, EXTENDED_CHANGES_VERSION, "HasExtendedChanges"
    )


async def _capability(client: Session, cache: _Cache, minimum: str, name: str) -> bool:
    known = cache.get(client)
    if known is not None:
        return known
    version = parse_version(await client.server_version())
    needed = parse_version(minimum)
    if version is not None and needed is not None and version < needed:
        supported = False
    else:
        system = await client.get_json("/system")
        capabilities = system.get("Capabilities") if isinstance(system, dict) else None
        supported = isinstance(capabilities, dict) and capabilities.get(name) is True
    cache[client] = supported
    return supported
