# generated: do not edit, run make codegen
"""Operations of the `Networking` tag of Orthanc's REST API (generated), in groups: main, modalities, peers, queries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.api.networking._main import NetworkingMainOperations
from aiorthanc._generated.api.networking._modalities import NetworkingModalitiesOperations
from aiorthanc._generated.api.networking._peers import NetworkingPeersOperations
from aiorthanc._generated.api.networking._queries import NetworkingQueriesOperations

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["NetworkingApi"]


class NetworkingApi(
    NetworkingMainOperations,
    NetworkingModalitiesOperations,
    NetworkingPeersOperations,
    NetworkingQueriesOperations,
):
    """The 42 operations of the `Networking` tag: `orthanc.api.networking.<name>(...)`."""

    def __init__(self, session: Session) -> None:
        self._session = session
