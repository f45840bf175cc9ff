"""Archives and DICOMDIR media of several resources at once (``/tools/create-archive``,
``/tools/create-media``): `AsyncOrthanc.download_archive()` streams them to a file
atomically, `stream_archive()` chunk by chunk (through `download` and `stream_chunks`).
"""

from __future__ import annotations

from typing import Any

from aiorthanc._facade._sending import SendTarget, resource_ids

__all__ = ["archive_request"]


def archive_request(resources: SendTarget, media: bool) -> tuple[str, dict[str, Any]]:
    """The route and body that ask for one ZIP (or DICOMDIR media) of `resources`.

    Raises:
        ValueError: when `resources` names none.
    """
    ids = resource_ids(resources)
    if not ids:
        raise ValueError("an archive needs at least one resource")
    route = "/tools/create-media" if media else "/tools/create-archive"
    # Synchronous: the answer is the ZIP itself, on every version (1.10.1 included).
    return route, {"Resources": ids, "Synchronous": True}
