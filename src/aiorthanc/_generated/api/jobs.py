# generated: do not edit, run make codegen
"""Operations of the `Jobs` tag of Orthanc's REST API (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from aiorthanc._api_support import (
    JsonValue,
    adapter,
    flag,
)
from aiorthanc._generated.models import JobInfo
from aiorthanc._paths import quote_segment as _quote
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["JobsApi"]


class JobsApi:
    """The 9 operations of the `Jobs` tag: `orthanc.api.jobs.<name>(...)`."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @overload
    async def get_jobs(
        self,
        *,
        expand: Literal[False] = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str]: ...

    @overload
    async def get_jobs(
        self,
        *,
        expand: Literal[True],
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[JobInfo]: ...

    @overload
    async def get_jobs(
        self,
        *,
        expand: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[JobInfo]: ...

    async def get_jobs(
        self,
        *,
        expand: bool = False,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> list[str] | list[JobInfo]:
        """List jobs. `GET /jobs`

        Orthanc 1.10.1 and later.

        List all the available jobs

        Args:
            expand: If present, retrieve detailed information about the individual jobs
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON array containing either the jobs identifiers, or detailed information about the
            reported jobs (if `expand` argument is provided): `list[str]`; with `expand`:
            `list[JobInfo]`.
        """
        content = await self._session.read(
            "GET",
            "/jobs",
            params={"expand": flag(expand)},
            timeout=timeout,
        )
        if expand:
            expand_answer: list[JobInfo] = adapter(list[JobInfo]).validate_json(content)
            return expand_answer
        result: list[str] = adapter(list[str]).validate_json(content)
        return result

    async def get_job(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JobInfo:
        """Get job. `GET /jobs/{id}`

        Orthanc 1.10.1 and later.

        Retrieve detailed information about the job whose identifier is provided in the URL:
        https://orthanc.uclouvain.be/book/users/advanced-rest.html#jobs

        Args:
            id: Identifier of the job of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            JSON object detailing the job
        """
        content = await self._session.read(
            "GET",
            f"/jobs/{_quote(id)}",
            timeout=timeout,
        )
        return JobInfo.model_validate_json(content)

    async def delete_job(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Delete a job from history. `DELETE /jobs/{id}`

        Orthanc 1.12.7 and later.

        Delete the job from the jobs history. Only a completed job can be deleted. If the job has
        not run or not completed yet, you must cancel it first. If the job has outputs, all outputs
        will be deleted as well.

        Args:
            id: Identifier of the job of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.require_version("1.12.7", "delete_job")
        await self._session.read(
            "DELETE",
            f"/jobs/{_quote(id)}",
            timeout=timeout,
        )

    async def post_job_cancel(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """Cancel job. `POST /jobs/{id}/cancel`

        Orthanc 1.10.1 and later.

        Cancel the job whose identifier is provided in the URL. Check out the Orthanc Book for more
        information about the state machine applicable to jobs:
        https://orthanc.uclouvain.be/book/users/advanced-rest.html#jobs

        Args:
            id: Identifier of the job of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Empty JSON object in the case of a success
        """
        content = await self._session.read(
            "POST",
            f"/jobs/{_quote(id)}/cancel",
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def post_job_pause(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """Pause job. `POST /jobs/{id}/pause`

        Orthanc 1.10.1 and later.

        Pause the job whose identifier is provided in the URL. Check out the Orthanc Book for more
        information about the state machine applicable to jobs:
        https://orthanc.uclouvain.be/book/users/advanced-rest.html#jobs

        Args:
            id: Identifier of the job of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Empty JSON object in the case of a success
        """
        content = await self._session.read(
            "POST",
            f"/jobs/{_quote(id)}/pause",
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def post_job_resubmit(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """Resubmit job. `POST /jobs/{id}/resubmit`

        Orthanc 1.10.1 and later.

        Resubmit the job whose identifier is provided in the URL. Check out the Orthanc Book for
        more information about the state machine applicable to jobs:
        https://orthanc.uclouvain.be/book/users/advanced-rest.html#jobs

        Args:
            id: Identifier of the job of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Empty JSON object in the case of a success
        """
        content = await self._session.read(
            "POST",
            f"/jobs/{_quote(id)}/resubmit",
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def post_job_resume(
        self,
        id: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> JsonValue:
        """Resume job. `POST /jobs/{id}/resume`

        Orthanc 1.10.1 and later.

        Resume the job whose identifier is provided in the URL. Check out the Orthanc Book for more
        information about the state machine applicable to jobs:
        https://orthanc.uclouvain.be/book/users/advanced-rest.html#jobs

        Args:
            id: Identifier of the job of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Empty JSON object in the case of a success
        """
        content = await self._session.read(
            "POST",
            f"/jobs/{_quote(id)}/resume",
            timeout=timeout,
        )
        result: JsonValue = adapter(JsonValue).validate_json(content)
        return result

    async def get_job_key(
        self,
        id: str,
        key: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> bytes:
        """Get job output. `GET /jobs/{id}/{key}`

        Orthanc 1.10.1 and later.

        Retrieve some output produced by a job. As of Orthanc 1.8.2, only the jobs that generate a
        DICOMDIR media or a ZIP archive provide such an output (with `key` equals to `archive`).

        Args:
            id: Identifier of the job of interest
            key: Name of the output of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Content of the output of the job (application/octet-stream)
        """
        content = await self._session.read(
            "GET",
            f"/jobs/{_quote(id)}/{_quote(key)}",
            timeout=timeout,
        )
        return content

    async def delete_job_key(
        self,
        id: str,
        key: str,
        *,
        timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
    ) -> None:
        """Delete a job output. `DELETE /jobs/{id}/{key}`

        Orthanc 1.12.7 and later.

        Delete the output produced by a job. As of Orthanc 1.12.1, only the jobs that generate a
        DICOMDIR media or a ZIP archive provide such an output (with `key` equals to `archive`).

        Args:
            id: Identifier of the job of interest
            key: Name of the output of interest
            timeout: Of this call (seconds, httpx.Timeout or None); the client's by default.

        Returns:
            Nothing.
        """
        await self._session.require_version("1.12.7", "delete_job_key")
        await self._session.read(
            "DELETE",
            f"/jobs/{_quote(id)}/{_quote(key)}",
            timeout=timeout,
        )
