# generated: do not edit, run make codegen
"""Operations of the `Tracking changes` tag of Orthanc's REST API (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._api_support import (
    flag,
    since_of,
)
from aiorthanc._generated.models import ChangesPage, ExportsPage
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["TrackingChangesApi"]


class TrackingChangesApi:
    """The 4 operations of the `Tracking changes` tag: `orthanc.api.tracking_changes.<name>(...)`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    async def get_changes(
        self,
        *,
        last: bool = False,
        limit: int | None = None,
        since: int | None = None,
        to: int | None = None,
        type: str | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ChangesPage:
        """List changes. `GET /changes`

        Orthanc 1.10.1 and later.

        Whenever Orthanc receives a new DICOM instance, this event is recorded in the so-called
        _Changes Log_. This enables remote scripts to react to the arrival of new DICOM resources. A
        typical application is auto-routing, where an external script waits for a new DICOM instance
        to arrive into Orthanc, then forward this instance to another modality. Please note that,
        when resources are deleted, their corresponding change entries are also removed from the
        Changes Log, which helps ensuring that this log does not grow indefinitely.

        Args:
            last: Request only the last change id (this argument must be used alone)
            limit: Limit the number of results
            since: Show only the resources since the provided index excluded
            to: Show only the resources till the provided index included (only available if your DB
                backend supports ExtendedChanges) (Orthanc 1.12.7 and later)
            type: Show only the changes of the provided type (only available if your DB backend supports
                ExtendedChanges). Multiple values can be provided and must be separated by a ';'.
                (Orthanc 1.12.7 and later)
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The list of changes
        """
        if to is not None:
            await self._session.require_version("1.12.7", "get_changes(to=...)")
        if type is not None:
            await self._session.require_version("1.12.7", "get_changes(type=...)")
        content = await self._session.read(
            "GET",
            "/changes",
            params={
                "last": flag(last),
                "limit": limit,
                "since": since_of(since, limit),
                "to": to,
                "type": type,
            },
            timeout=timeout,
        )
        return ChangesPage.model_validate_json(content)

    async def delete_changes(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Clear changes. `DELETE /changes`

        Orthanc 1.10.1 and later.

        Clear the full history stored in the changes log

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "DELETE",
            "/changes",
            timeout=timeout,
        )

    async def get_exports(
        self,
        *,
        limit: int | None = None,
        since: int | None = None,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> ExportsPage:
        """List exports. `GET /exports`

        Orthanc 1.10.1 and later.

        For medical traceability, Orthanc can be configured to store a log of all the resources that
        have been exported to remote modalities. In auto-routing scenarios, it is important to
        prevent this log to grow indefinitely as incoming instances are routed. You can either
        disable this logging by setting the option `LogExportedResources` to `false` in the
        configuration file, or periodically clear this log by `DELETE`-ing this URI. This route
        might be removed in future versions of Orthanc.

        Args:
            limit: Limit the number of results
            since: Show only the resources since the provided index
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The list of exports
        """
        content = await self._session.read(
            "GET",
            "/exports",
            params={"limit": limit, "since": since_of(since, limit)},
            timeout=timeout,
        )
        return ExportsPage.model_validate_json(content)

    async def delete_exports(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Clear exports. `DELETE /exports`

        Orthanc 1.10.1 and later.

        Clear the full history stored in the exports log

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "DELETE",
            "/exports",
            timeout=timeout,
        )
