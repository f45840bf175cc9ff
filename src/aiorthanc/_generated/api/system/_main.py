# generated: do not edit, run make codegen
"""Operations of the `System` tag, group `main` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.models import Statistics, SystemInfo
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["SystemMainOperations"]


class SystemMainOperations:
    """The 2 operations of the `main` group of `orthanc.api.system`, inherited by `SystemApi`."""

    _session: Session

    async def get_statistics(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> Statistics:
        """Get database statistics. `GET /statistics`

        Orthanc 1.10.1 and later.

        Get statistics related to the database of Orthanc

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "GET",
            "/statistics",
            timeout=timeout,
        )
        return Statistics.model_validate_json(content)

    async def get_system(
        self,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> SystemInfo:
        """Get system information. `GET /system`

        Orthanc 1.10.1 and later.

        Get system information about Orthanc

        Args:
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "GET",
            "/system",
            timeout=timeout,
        )
        return SystemInfo.model_validate_json(content)
