# generated: do not edit, run make codegen
"""Operations of the `Other` tag of Orthanc's REST API (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._api_support import adapter, headers
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["OtherApi"]


class OtherApi:
    """The 6 operations of the `Other` tag: `orthanc.api.other.<name>(...)`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def get_instance_attachment(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations on attachments. `GET /instances/{id}/attachments/{name}`

        Get the list of the operations that are available for attachments associated with the given
        instance

        Args:
            id: Orthanc identifier of the instance of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            List of the available operations
        """
        response = await self._session.request(
            "GET",
            f"/instances/{_quote(id)}/attachments/{_quote(name)}",
            headers=headers({"If-None-Match": if_none_match}),
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_instance_frame(
        self,
        id: str,
        frame: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations. `GET /instances/{id}/frames/{frame}`

        List the available operations under URI `/instances/{id}/frames/{frame}/`

        Args:
            id: -
            frame: -
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            List of the available operations
        """
        response = await self._session.request(
            "GET",
            f"/instances/{_quote(id)}/frames/{_quote(frame)}",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_patient_attachment(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations on attachments. `GET /patients/{id}/attachments/{name}`

        Get the list of the operations that are available for attachments associated with the given
        patient

        Args:
            id: Orthanc identifier of the patient of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            List of the available operations
        """
        response = await self._session.request(
            "GET",
            f"/patients/{_quote(id)}/attachments/{_quote(name)}",
            headers=headers({"If-None-Match": if_none_match}),
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_series_attachment(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations on attachments. `GET /series/{id}/attachments/{name}`

        Get the list of the operations that are available for attachments associated with the given
        series

        Args:
            id: Orthanc identifier of the series of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            List of the available operations
        """
        response = await self._session.request(
            "GET",
            f"/series/{_quote(id)}/attachments/{_quote(name)}",
            headers=headers({"If-None-Match": if_none_match}),
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_study_attachment(
        self,
        id: str,
        name: str,
        *,
        if_none_match: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations on attachments. `GET /studies/{id}/attachments/{name}`

        Get the list of the operations that are available for attachments associated with the given
        study

        Args:
            id: Orthanc identifier of the study of interest
            name: The name of the attachment, or its index (cf. `UserContentType` configuration option)
            if_none_match: Optional revision of the attachment, to check if its content has changed
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            List of the available operations
        """
        response = await self._session.request(
            "GET",
            f"/studies/{_quote(id)}/attachments/{_quote(name)}",
            headers=headers({"If-None-Match": if_none_match}),
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result

    async def get_tools(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]:
        """List operations. `GET /tools`

        List the available operations under URI `/tools/`

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            List of the available operations
        """
        response = await self._session.request(
            "GET",
            "/tools",
            timeout=timeout,
        )
        result: list[str] = adapter(list[str]).validate_json(response.content)
        return result
