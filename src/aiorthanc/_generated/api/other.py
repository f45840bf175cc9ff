# generated: do not edit, run make codegen
"""Operations of the `Other` tag of Orthanc's REST API (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._api_support import JsonValue
from aiorthanc._api_support import quote_segment as _quote

if TYPE_CHECKING:
    from aiorthanc._client import AsyncOrthanc

__all__ = ["OtherApi"]


class OtherApi:
    """The 2 operations of the `Other` tag: `orthanc.api.other.<name>(...)`."""

    def __init__(self, client: AsyncOrthanc) -> None:
        self._client = client

    async def get_instance_frame(
        self,
        id: str,
        frame: str,
    ) -> JsonValue:
        """List operations. `GET /instances/{id}/frames/{frame}`

        List the available operations under URI `/instances/{id}/frames/{frame}/`

        Args:
            id: -
            frame: -

        Returns:
            List of the available operations
        """
        response = await self._client.request(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}",
        )
        result: JsonValue = response.json()
        return result

    async def get_tools(
        self,
    ) -> JsonValue:
        """List operations. `GET /tools`

        List the available operations under URI `/tools/`

        Returns:
            List of the available operations
        """
        response = await self._client.request(
            "GET",
            "/tools",
        )
        result: JsonValue = response.json()
        return result
