"""The labels a server uses (Orthanc 1.12.0+); a resource's own are on `Resource`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._facade._capabilities import LABELS_VERSION
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["server_labels"]


async def server_labels(
    client: Session, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT
) -> list[str]:
    """Every label attached to at least one resource of the server, sorted (one request).

    Raises:
        UnsupportedOperationError: the server is older than 1.12.0 (nothing was sent).
    """
    await client.require_version(LABELS_VERSION, "labels()")
    answer = await client.get_json("/tools/labels", timeout=timeout)
    return sorted(str(label) for label in answer)
