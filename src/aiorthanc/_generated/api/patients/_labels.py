# generated: do not edit, run make codegen
"""Operations of the `Patients` tag, group `labels` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._api_support import (
    adapter,
)
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["PatientsLabelsOperations"]


class PatientsLabelsOperations:
    """The 4 operations of the `labels` group of `orthanc.api.patients`, inherited by `PatientsApi`."""

    _session: Session

    async def get_patient_labels(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List labels. `GET /patients/{id}/labels`

        Orthanc 1.12.7 and later.

        Get the labels that are associated with the given patient (new in Orthanc 1.12.0)

        Args:
            id: Orthanc identifier of the patient of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing the names of the labels
        """
        await self._session.require_version("1.12.7", "get_patient_labels")
        content = await self._session.read(
            "GET",
            f"/patients/{_quote(id)}/labels",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def get_patient_label(
        self,
        id: str,
        label: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> str:
        """Test label. `GET /patients/{id}/labels/{label}`

        Orthanc 1.12.7 and later.

        Test whether the patient is associated with the given label

        Args:
            id: Orthanc identifier of the patient of interest
            label: The label of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Empty string is returned in the case of presence, error 404 in the case of absence
        """
        await self._session.require_version("1.12.7", "get_patient_label")
        response = await self._session.request(
            "GET",
            f"/patients/{_quote(id)}/labels/{_quote(label)}",
            timeout=timeout,
        )
        return response.text

    async def put_patient_label(
        self,
        id: str,
        label: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Add label. `PUT /patients/{id}/labels/{label}`

        Orthanc 1.12.7 and later.

        Associate a label with a patient

        Args:
            id: Orthanc identifier of the patient of interest
            label: The label to be added
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.require_version("1.12.7", "put_patient_label")
        await self._session.read(
            "PUT",
            f"/patients/{_quote(id)}/labels/{_quote(label)}",
            timeout=timeout,
        )

    async def delete_patient_label(
        self,
        id: str,
        label: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Remove label. `DELETE /patients/{id}/labels/{label}`

        Orthanc 1.12.7 and later.

        Remove a label associated with a patient

        Args:
            id: Orthanc identifier of the patient of interest
            label: The label to be removed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.require_version("1.12.7", "delete_patient_label")
        await self._session.read(
            "DELETE",
            f"/patients/{_quote(id)}/labels/{_quote(label)}",
            timeout=timeout,
        )
