# generated: do not edit, run make codegen
"""Operations of the `Instances` tag, group `labels` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._api_support import (
    adapter,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["InstancesLabelsOperations"]


class InstancesLabelsOperations:
    """The 4 operations of the `labels` group of `orthanc.api.instances`, inherited by `InstancesApi`."""

    _session: Session

    async def get_instance_labels(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List labels. `GET /instances/{id}/labels`

        Orthanc 1.12.7 and later.

        Get the labels that are associated with the given instance (new in Orthanc 1.12.0)

        Args:
            id: Orthanc identifier of the instance of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the names of the labels
        """
        await self._session.require_version("1.12.7", "get_instance_labels")
        content = await self._session.read(
            "GET",
            f"/instances/{_quote(id)}/labels",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def get_instance_label(
        self,
        id: str,
        label: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Test label. `GET /instances/{id}/labels/{label}`

        Orthanc 1.12.7 and later.

        Test whether the instance is associated with the given label

        Args:
            id: Orthanc identifier of the instance of interest
            label: The label of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Empty string is returned in the case of presence, error 404 in the case of absence
        """
        await self._session.require_version("1.12.7", "get_instance_label")
        response = await self._session.request(
            "GET",
            f"/instances/{_quote(id)}/labels/{_quote(label)}",
            timeout=timeout,
        )
        return response.text

    async def put_instance_label(
        self,
        id: str,
        label: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Add label. `PUT /instances/{id}/labels/{label}`

        Orthanc 1.12.7 and later.

        Associate a label with a instance

        Args:
            id: Orthanc identifier of the instance of interest
            label: The label to be added
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.require_version("1.12.7", "put_instance_label")
        await self._session.read(
            "PUT",
            f"/instances/{_quote(id)}/labels/{_quote(label)}",
            timeout=timeout,
        )

    async def delete_instance_label(
        self,
        id: str,
        label: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Remove label. `DELETE /instances/{id}/labels/{label}`

        Orthanc 1.12.7 and later.

        Remove a label associated with a instance

        Args:
            id: Orthanc identifier of the instance of interest
            label: The label to be removed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.require_version("1.12.7", "delete_instance_label")
        await self._session.read(
            "DELETE",
            f"/instances/{_quote(id)}/labels/{_quote(label)}",
            timeout=timeout,
        )
