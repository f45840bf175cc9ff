"""What modalities and peers share: the resources to send, and sending them (wait or job)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar, overload

from pydantic import BaseModel

from aiorthanc._facade._base import Resource
from aiorthanc._facade._jobs import Job
from aiorthanc._paths import quote_segment
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["Destination", "SendTarget", "resource_ids", "send"]

ResultT = TypeVar("ResultT", bound=BaseModel)

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


class Destination(Generic[ResultT]):
    """A modality or peer of the server, by its configured name (no request to make one)."""

    __slots__ = ("_client", "_name")
    route: ClassVar[str]
    """``"modalities"`` or ``"peers"``."""
    result_model: ClassVar[type[BaseModel]]

    def __init__(self, client: Session, name: str) -> None:
        self._client = client
        self._name = name

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._name!r})"

    @property
    def name(self) -> str:
        """The name in the server's configuration."""
        return self._name

    @property
    def path(self) -> str:
        """The route, e.g. ``/modalities/<name>``."""
        return f"/{self.route}/{quote_segment(self._name)}"

    @overload
    async def store(
        self,
        resources: SendTarget,
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ResultT: ...
    @overload
    async def store(
        self,
        resources: SendTarget,
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> Job: ...
    async def store(
        self,
        resources: SendTarget,
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ResultT | Job:
        """Send resources (IDs or resources of any level): C-STORE to a modality, HTTP to a peer.

        Waits for the transfer and gives Orthanc's report, or with ``asynchronous=True``
        returns the `Job` at once (``await job.wait(timeout)``).
        """
        answer = await send(self._client, f"{self.path}/store", resources, asynchronous, timeout)
        if isinstance(answer, Job):
            return answer
        result: ResultT = self.result_model.model_validate(answer)  # type: ignore[assignment]
        return result
