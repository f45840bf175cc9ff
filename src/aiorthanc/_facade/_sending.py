"""What modalities and peers share: the resources to send, and sending them (wait or job)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from aiorthanc._facade._base import Resource
from aiorthanc._facade._jobs import Job
from aiorthanc._types import TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SendTarget", "resource_ids", "send"]

SendTarget = str | Resource[Any] | Iterable[str | Resource[Any]]
"""One Orthanc ID or resource, or several, of any level."""


def resource_ids(resources: SendTarget) -> list[str]:
    """The Orthanc IDs of `resources` (see `SendTarget`)."""
    items = [resources] if isinstance(resources, (str, Resource)) else list(resources)
    return [item.id if isinstance(item, Resource) else str(item) for item in items]


async def send(
    client: Session,
    path: str,
    resources: SendTarget,
    asynchronous: bool,
    timeout: TimeoutTypes | UseDefault,
) -> dict[str, Any] | Job:
    """POST `path` (a ``/store`` route) with the resources: the answer, or the job."""
    body: dict[str, Any] = {"Resources": resource_ids(resources)}
    body["Asynchronous" if asynchronous else "Synchronous"] = True
    answer: dict[str, Any] = await client.post_json(path, body, timeout=timeout)
    return Job(client, str(answer["ID"])) if asynchronous else answer
