# generated: do not edit, run make codegen
"""Operations of the `Studies` tag, group `labels` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._api_support import (
    adapter,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["StudiesLabelsOperations"]


class StudiesLabelsOperations:
    """The 4 operations of the `labels` group of `orthanc.api.studies`, inherited by `StudiesApi`."""

    _session: Session

    async def get_study_labels(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List labels. `GET /studies/{id}/labels`

        Orthanc 1.12.7 and later.

        Get the labels that are associated with the given study (new in Orthanc 1.12.0)

        Args:
            id: Orthanc identifier of the study of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the names of the labels
        """
        await self._session.require_version("1.12.7", "get_study_labels")
        content = await self._session.read(
            "GET",
            f"/studies/{_quote(id)}/labels",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def get_study_label(
        self,
        id: str,
        label: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Test label. `GET /studies/{id}/labels/{label}`

        Orthanc 1.12.7 and later.

        Test whether the study is associated with the given label

        Args:
            id: Orthanc identifier of the study of interest
            label: The label of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Empty string is returned in the case of presence, error 404 in the case of absence
        """
        await self._session.require_version("1.12.7", "get_study_label")
        response = await self._session.request(
            "GET",
            f"/studies/{_quote(id)}/labels/{_quote(label)}",
            timeout=timeout,
        )
        return response.text

    async def put_study_label(
        self,
        id: str,
        label: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Add label. `PUT /studies/{id}/labels/{label}`

        Orthanc 1.12.7 and later.

        Associate a label with a study

        Args:
            id: Orthanc identifier of the study of interest
            label: The label to be added
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.require_version("1.12.7", "put_study_label")
        await self._session.read(
            "PUT",
            f"/studies/{_quote(id)}/labels/{_quote(label)}",
            timeout=timeout,
        )

    async def delete_study_label(
        self,
        id: str,
        label: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Remove label. `DELETE /studies/{id}/labels/{label}`

        Orthanc 1.12.7 and later.

        Remove a label associated with a study

        Args:
            id: Orthanc identifier of the study of interest
            label: The label to be removed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.require_version("1.12.7", "delete_study_label")
        await self._session.read(
            "DELETE",
            f"/studies/{_quote(id)}/labels/{_quote(label)}",
            timeout=timeout,
        )
