"""Orthanc peers (other Orthanc servers reached over HTTP): store to them, read their system."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel

from aiorthanc._facade._sending import Destination
from aiorthanc._generated.models import PeerStoreResult
from aiorthanc._paths import quote_segment
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["Peer", "Peers"]


class Peer(Destination[PeerStoreResult]):
    """One peer of the server, by its name in `OrthancPeers`: ``await peer.store(study)``."""

    __slots__ = ()
    route = "peers"
    result_model: ClassVar[type[BaseModel]] = PeerStoreResult

    async def system(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> dict[str, Any]:
        """The peer's ``/system`` answer, as the server reaches it (checks the connection)."""
        answer: dict[str, Any] = await self._client.get_json(f"{self.path}/system", timeout=timeout)
        return answer


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
