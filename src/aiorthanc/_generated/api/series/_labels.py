# generated: do not edit, run make codegen
"""Operations of the `Series` tag, group `labels` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._api_support import (
    adapter,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SeriesLabelsOperations"]


class SeriesLabelsOperations:
    """The 4 operations of the `labels` group of `orthanc.api.series`, inherited by `SeriesApi`."""

    _session: Session

    async def get_series_labels(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List labels. `GET /series/{id}/labels`

        Orthanc 1.12.7 and later.

        Get the labels that are associated with the given series (new in Orthanc 1.12.0)

        Args:
            id: Orthanc identifier of the series of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the names of the labels
        """
        await self._session.require_version("1.12.7", "get_series_labels")
        content = await self._session.read(
            "GET",
            f"/series/{_quote(id)}/labels",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def get_series_label(
        self,
        id: str,
        label: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Test label. `GET /series/{id}/labels/{label}`

        Orthanc 1.12.7 and later.

        Test whether the series is associated with the given label

        Args:
            id: Orthanc identifier of the series of interest
            label: The label of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Empty string is returned in the case of presence, error 404 in the case of absence
        """
        await self._session.require_version("1.12.7", "get_series_label")
        response = await self._session.request(
            "GET",
            f"/series/{_quote(id)}/labels/{_quote(label)}",
            timeout=timeout,
        )
        return response.text

    async def put_series_label(
        self,
        id: str,
        label: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Add label. `PUT /series/{id}/labels/{label}`

        Orthanc 1.12.7 and later.

        Associate a label with a series

        Args:
            id: Orthanc identifier of the series of interest
            label: The label to be added
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.require_version("1.12.7", "put_series_label")
        await self._session.read(
            "PUT",
            f"/series/{_quote(id)}/labels/{_quote(label)}",
            timeout=timeout,
        )

    async def delete_series_label(
        self,
        id: str,
        label: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Remove label. `DELETE /series/{id}/labels/{label}`

        Orthanc 1.12.7 and later.

        Remove a label associated with a series

        Args:
            id: Orthanc identifier of the series of interest
            label: The label to be removed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.require_version("1.12.7", "delete_series_label")
        await self._session.read(
            "DELETE",
            f"/series/{_quote(id)}/labels/{_quote(label)}",
            timeout=timeout,
        )
