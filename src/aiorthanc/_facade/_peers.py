"""Orthanc peers (other Orthanc servers reached over HTTP): store to them, read their system."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from aiorthanc._facade._jobs import Job
from aiorthanc._facade._sending import SendTarget, send
from aiorthanc._generated.models import PeerStoreResult
from aiorthanc._paths import quote_segment
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["Peer", "Peers"]


class Peer:
    """One peer of the server, by its name in `OrthancPeers` (no request to make one)."""

    __slots__ = ("_client", "_name")

    def __init__(self, client: Session, name: str) -> None:
        self._client = client
        self._name = name

    def __repr__(self) -> str:
        return f"Peer({self._name!r})"

    @property
    def name(self) -> str:
        """The peer's name in the server's configuration."""
        return self._name

    @property
    def path(self) -> str:
        """The peer's route, ``/peers/<name>``."""
        return f"/peers/{quote_segment(self._name)}"

    async def system(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> dict[str, Any]:
        """The peer's ``/system`` answer, as the server reaches it (checks the connection)."""
        answer: dict[str, Any] = await self._client.get_json(f"{self.path}/system", timeout=timeout)
        return answer

    @overload
    async def store(
        self,
        resources: SendTarget,
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PeerStoreResult: ...
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
    ) -> PeerStoreResult | Job:
        """Send resources (IDs or resources of any level) to the peer over HTTP.

        Waits and gives Orthanc's report, or with ``asynchronous=True`` returns the `Job`.
        """
        answer = await send(self._client, f"{self.path}/store", resources, asynchronous, timeout)
        if isinstance(answer, Job):
            return answer
        return PeerStoreResult.model_validate(answer)


class Peers:
    """The peers of a server: ``orthanc.peers["backup"]``."""

    __slots__ = ("_client",)

    def __init__(self, client: Session) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"Peers({self._client!r})"

    def __getitem__(self, name: str) -> Peer:
        """The peer called `name` (no request)."""
        return Peer(self._client, name)

    async def names(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> list[str]:
        """The names of the configured peers (one request)."""
        return [str(name) for name in await self._client.get_json("/peers", timeout=timeout)]

    async def configure(
        self,
        name: str,
        url: str,
        *,
        username: str | None = None,
        password: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> Peer:
        """Add or replace a peer at run time (its URL, and credentials if it needs them)."""
        body: dict[str, Any] = {"Url": url}
        if username is not None:
            body.update({"Username": username, "Password": password or ""})
        path = f"/peers/{quote_segment(name)}"
        await self._client.request("PUT", path, json=body, timeout=timeout)
        return Peer(self._client, name)

    async def remove(self, name: str, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> None:
        """Remove a peer from the server's configuration."""
        await self._client.request("DELETE", f"/peers/{quote_segment(name)}", timeout=timeout)
