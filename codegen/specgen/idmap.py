"""Rewrite the demo server's sample URLs so that the sample server can answer them.

Orthanc's sample URLs name resources of its public demo server. Each such ID sits right
after its level in the path (``/series/<id>/...``), so the level is known from the URL; the
ID is replaced by the ID of a resource of the same level on the sample server. The demo IDs
seen with Orthanc 1.10.1, 1.12.7 and 1.13.0 are listed in :data:`DEMO_IDS` with the kind of
test data that suits the routes using them; an ID not listed there maps to the ``main``
resource of its level (and is recorded in :attr:`IdMapper.unknown`, so a new Orthanc version
shows up in the log).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

from .fixtures import LEVELS, PLUGIN, Level, Role

log = logging.getLogger(__name__)

#: Demo-server resources named by the sample URLs of Orthanc 1.10.1 (demo.orthanc-server.com)
#: and 1.12+ (orthanc.uclouvain.be/demo), and what to map them to.
DEMO_IDS: Mapping[str, tuple[Level, Role]] = {
    # Used by most patient/study/series/instance routes: a plain CT image.
    "46e6332c-677825b6-202fcf7c-f787bc5f-7b07c382": ("patients", "main"),
    "27f7126f-4f66fb14-03f4081b-f9341db2-53925988": ("studies", "main"),
    "37836232-d13a2350-fa1dedc5-962b31aa-010f8e52": ("series", "main"),
    "d94d9a03-3003b047-a4affc69-322313b2-680530a2": ("instances", "main"),
    # 1.12+ names this instance of the same series instead (the uclouvain demo's copy).
    "6582b1c0-292ad5ab-ba0f088f-f7a1766f-9a29a54f": ("instances", "main"),
    # Used by /series/{id}/ordered-slices and by the frames/tags/header routes.
    "1e2c125c-411b8e86-3f4fe68e-a7584dd3-c6da78f0": ("series", "multiframe"),
    "7c92ce8e-bbf67ed2-ffa3b8c1-a3b35d94-7ff3ae26": ("instances", "multiframe"),
}

_ORTHANC_ID = r"[0-9a-f]{8}(?:-[0-9a-f]{8}){4}"
_RESOURCE = re.compile(rf"/({'|'.join(LEVELS)})/({_ORTHANC_ID})(?=/|\?|$)")

#: Sample URLs the sample server cannot answer as they are (wrong in Orthanc itself, or naming
#: something only the demo has), and what to ask instead.
PATH_FIXES: tuple[tuple[re.Pattern[str], str], ...] = (
    # GET /{level}/{id}/attachments/{name}/info samples ".../dicom/info" (no "attachments").
    (re.compile(rf"^(/(?:{'|'.join(LEVELS)})/[^/]+)/dicom/info$"), r"\1/attachments/dicom/info"),
    # GET /plugins/{id} samples the demo's DICOMweb plugin; the sample server has another one.
    (re.compile(r"^/plugins/dicom-web$"), f"/plugins/{PLUGIN}"),
)


class IdMapper:
    """Maps demo-server sample paths to paths on the sample server.

    ``local`` gives, for each role and level, the ID of the sample server's resource.
    """

    def __init__(self, local: Mapping[Role, Mapping[Level, str]]) -> None:
        if "main" not in local:
            raise ValueError("the 'main' resources are needed as the fallback")
        self.local = local
        #: Demo IDs met that are not in :data:`DEMO_IDS`, with their level.
        self.unknown: dict[str, Level] = {}

    def local_id(self, level: Level, demo_id: str) -> str:
        """The sample server's ID standing for ``demo_id``, a resource at ``level``."""
        known = DEMO_IDS.get(demo_id)
        role: Role = "main"
        if known is not None and known[0] == level and known[1] in self.local:
            role = known[1]
        elif demo_id not in self.unknown:
            log.warning("unknown demo %s ID %s: using the main test resource", level, demo_id)
            self.unknown[demo_id] = level
        return self.local[role][level]

    def rewrite(self, path: str) -> str:
        """Rewrite a sample path (with its query string) for the sample server."""

        def swap(match: re.Match[str]) -> str:
            level: Level = match.group(1)  # type: ignore[assignment] # the regex only has levels
            return f"/{level}/{self.local_id(level, match.group(2))}"

        path = _RESOURCE.sub(swap, path)
        for pattern, replacement in PATH_FIXES:
            path = pattern.sub(replacement, path)
        return path
