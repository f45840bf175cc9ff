# generated: do not edit, run make codegen
"""Operations of the `Networking` tag, group `peers` (generated)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import (
    adapter,
    flag,
    job_body,
)
from aiorthanc._content import RequestContent
from aiorthanc._generated.bodies import PostPeerStoreBody, PutPeerBody
from aiorthanc._generated.models import (
    JobSubmitted,
    Peer,
    PeerStoreResult,
    SystemInfo,
    UploadResult,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["NetworkingPeersOperations"]


class NetworkingPeersOperations:
    """The 8 operations of the `peers` group of `orthanc.api.networking`, inherited by `NetworkingApi`."""

    _session: Session

    @overload
    async def get_peers(
        self,
        *,
        expand: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]: ...

    @overload
    async def get_peers(
        self,
        *,
        expand: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> dict[str, Peer]: ...

    @overload
    async def get_peers(
        self,
        *,
        expand: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | dict[str, Peer]: ...

    async def get_peers(
        self,
        *,
        expand: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | dict[str, Peer]:
        """List Orthanc peers. `GET /peers`

        Orthanc 1.10.1 and later.

        List all the Orthanc peers that are known to Orthanc. This corresponds either to the content
        of the `OrthancPeers` configuration option, or to the information stored in the database if
        `OrthancPeersInDatabase` is `true`.

        Args:
            expand: If present, retrieve detailed information about the individual Orthanc peers
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing either the identifiers of the peers, or detailed information about
            the peers (if `expand` argument is provided): `list[str]`; with `expand`: `dict[str,
            Peer]`.
        """
        content = await self._session.read(
            "GET",
            "/peers",
            params={"expand": flag(expand)},
            timeout=timeout,
        )
        if expand:
            expand_answer: dict[str, Peer] = adapter(dict[str, Peer]).validate_json(content)
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def get_peer(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations on peer. `GET /peers/{id}`

        Orthanc 1.10.1 and later.

        List the operations that are available for an Orthanc peer.

        Args:
            id: Identifier of the peer of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            List of the available operations
        """
        content = await self._session.read(
            "GET",
            f"/peers/{_quote(id)}",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def put_peer(
        self,
        id: str,
        body: PutPeerBody | Mapping[str, object],
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Update Orthanc peer. `PUT /peers/{id}`

        Orthanc 1.10.1 and later.

        Define a new Orthanc peer, or update an existing one. This change is permanent iff.
        `OrthancPeersInDatabase` is `true`, otherwise it is lost at the next restart of Orthanc.

        Args:
            id: Identifier of the new/updated Orthanc peer
            body: The json body.
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "PUT",
            f"/peers/{_quote(id)}",
            json=body,
            timeout=timeout,
        )

    async def delete_peer(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Delete Orthanc peer. `DELETE /peers/{id}`

        Orthanc 1.10.1 and later.

        Delete one Orthanc peer. This change is permanent iff. `OrthancPeersInDatabase` is `true`,
        otherwise it is lost at the next restart of Orthanc.

        Args:
            id: Identifier of the Orthanc peer of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "DELETE",
            f"/peers/{_quote(id)}",
            timeout=timeout,
        )

    async def get_peer_configuration(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> Peer:
        """Get peer configuration. `GET /peers/{id}/configuration`

        Orthanc 1.10.1 and later.

        Get detailed information about the configuration of some Orthanc peer

        Args:
            id: Identifier of the peer of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Configuration of the peer
        """
        content = await self._session.read(
            "GET",
            f"/peers/{_quote(id)}/configuration",
            timeout=timeout,
        )
        return Peer.model_validate_json(content)

    @overload
    async def post_peer_store(
        self,
        id: str,
        body: PostPeerStoreBody | Mapping[str, object],
        *,
        asynchronous: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PeerStoreResult: ...

    @overload
    async def post_peer_store(
        self,
        id: str,
        body: PostPeerStoreBody | Mapping[str, object],
        *,
        asynchronous: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobSubmitted: ...

    @overload
    async def post_peer_store(
        self,
        id: str,
        body: PostPeerStoreBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PeerStoreResult | JobSubmitted: ...

    async def post_peer_store(
        self,
        id: str,
        body: PostPeerStoreBody | Mapping[str, object],
        *,
        asynchronous: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> PeerStoreResult | JobSubmitted:
        """Send to Orthanc peer. `POST /peers/{id}/store`

        Orthanc 1.10.1 and later.

        Send DICOM resources stored locally to some remote Orthanc peer whose identifier is provided
        in the URL: https://orthanc.uclouvain.be/book/users/rest.html#sending-one-resource

        Args:
            id: Identifier of the modality of interest
            body: The json body. Keys: `UserData` (Orthanc 1.13.0 and later).
            asynchronous: Run as a job and answer a `JobSubmitted`, else answer the result. It sets the body's
                `Asynchronous` and `Synchronous` (a body that says otherwise raises ValueError).
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer: `PeerStoreResult`; with `asynchronous=True`: `JobSubmitted`.
        """
        if "UserData" in body:
            await self._session.require_version("1.13.0", "post_peer_store(body['UserData'])")
        content = await self._session.read(
            "POST",
            f"/peers/{_quote(id)}/store",
            json=job_body(body, asynchronous),
            timeout=timeout,
        )
        if asynchronous:
            return JobSubmitted.model_validate_json(content)
        return PeerStoreResult.model_validate_json(content)

    async def post_peer_store_straight(
        self,
        id: str,
        body: RequestContent,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> UploadResult:
        """Straight store to peer. `POST /peers/{id}/store-straight`

        Orthanc 1.10.1 and later.

        Synchronously send the DICOM instance in the POST body to the Orthanc peer whose identifier
        is provided in URL, without having to first store it locally within Orthanc. This is an
        alternative to command-line tools such as `curl`.

        Args:
            id: Identifier of the modality of interest
            body: DICOM instance to be sent
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "POST",
            f"/peers/{_quote(id)}/store-straight",
            content=body,
            timeout=timeout,
        )
        return UploadResult.model_validate_json(content)

    async def get_peer_system(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SystemInfo:
        """Get peer system information. `GET /peers/{id}/system`

        Orthanc 1.10.1 and later.

        Get system information about some Orthanc peer. This corresponds to doing a `GET` request
        against the `/system` URI of the remote peer. This route can be used to test connectivity.

        Args:
            id: Identifier of the peer of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            System information about the peer
        """
        content = await self._session.read(
            "GET",
            f"/peers/{_quote(id)}/system",
            timeout=timeout,
        )
        return SystemInfo.model_validate_json(content)
