# generated: do not edit, run make codegen
"""Operations of the `Networking` tag, group `main` (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiorthanc._generated.models import StorageCommitmentReport
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["NetworkingMainOperations"]


class NetworkingMainOperations:
    """The 2 operations of the `main` group of `orthanc.api.networking`, inherited by `NetworkingApi`."""

    _session: Session

    async def get_storage_commitment_by_id(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> StorageCommitmentReport:
        """Get storage commitment report. `GET /storage-commitment/{id}`

        Orthanc 1.10.1 and later.

        Get the storage commitment report whose identifier is provided in the URL:
        https://orthanc.uclouvain.be/book/users/storage-commitment.html#storage-commitment-scu

        Args:
            id: Identifier of the storage commitment report
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            The JSON answer.
        """
        content = await self._session.read(
            "GET",
            f"/storage-commitment/{_quote(id)}",
            timeout=timeout,
        )
        return StorageCommitmentReport.model_validate_json(content)

    async def post_storage_commitment_remove(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Remove after storage commitment. `POST /storage-commitment/{id}/remove`

        Orthanc 1.10.1 and later.

        Remove out of Orthanc, the DICOM instances that have been reported to have been properly
        received in the storage commitment report whose identifier is provided in the URL. This is
        only possible if the `Status` of the storage commitment report is `Success`.
        https://orthanc.uclouvain.be/book/users/storage-commitment.html#removing-the-instances

        Args:
            id: Identifier of the storage commitment report
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.read(
            "POST",
            f"/storage-commitment/{_quote(id)}/remove",
            timeout=timeout,
        )
