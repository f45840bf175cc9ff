"""Orthanc jobs: `Job` handles with wait, cancel, pause, resume and resubmit; `orthanc.jobs`.

Long operations (modify, anonymize, C-STORE, C-MOVE, archives) run as jobs when asked to be
asynchronous. `await job.wait()` polls the job until it ends; a failed job raises
`JobFailedError` with Orthanc's error fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import anyio

from aiorthanc._constants import DEFAULT_JOB_POLL_INTERVAL
from aiorthanc._errors import OrthancError
from aiorthanc._facade._enums import JobInfo, JobState
from aiorthanc._paths import quote_segment
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["Job", "JobError", "JobFailedError", "JobProgressCallback", "JobTimeoutError", "Jobs"]

JobProgressCallback = Callable[[JobInfo], object]
"""Called with the job's state each time `wait()` reads it."""


class JobError(OrthancError):
    """A job did not end in success; `.job_id` names it, `.info` is its last known state."""

    def __init__(self, message: str, job_id: str, info: JobInfo | None) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.info = info


class JobFailedError(JobError):
    """The job ended in `JobState.FAILURE`; carries Orthanc's error fields."""

    def __init__(self, job_id: str, info: JobInfo) -> None:
        details = f" ({info.error_details})" if info.error_details else ""
        message = (
            f"job {job_id} ({info.type}) failed: {info.error_description}{details} "
            f"[Orthanc error {info.error_code}]"
        )
        super().__init__(message, job_id, info)
        self.error_code: int = info.error_code
        self.error_description: str = info.error_description
        self.error_details: str | None = info.error_details


class JobTimeoutError(JobError):
    """`wait(timeout=...)` ran out before the job ended (the job goes on; cancel it if need be)."""


class Job:
    """A job of the server, by its ID (no request to make one)."""

    __slots__ = ("_client", "_id")

    def __init__(self, client: Session, job_id: str) -> None:
        self._client = client
        self._id = job_id

    def __repr__(self) -> str:
        return f"Job({self._id!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Job) and other._id == self._id

    def __hash__(self) -> int:
        return hash(("Job", self._id))

    @property
    def id(self) -> str:
        """The job's ID."""
        return self._id

    @property
    def path(self) -> str:
        """The job's route, ``/jobs/<id>``."""
        return f"/jobs/{quote_segment(self._id)}"

    async def info(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> JobInfo:
        """The job's current state (one request)."""
        return JobInfo.model_validate(await self._client.get_json(self.path, timeout=timeout))

    async def wait(
        self,
        timeout: float | None = None,
        *,
        progress: JobProgressCallback | None = None,
        poll_interval: float = DEFAULT_JOB_POLL_INTERVAL,
    ) -> JobInfo:
        """Wait until the job ends; its final state on success.

        `timeout`: seconds to wait at most (None: no limit). `progress` is called with each
        state read (``info.progress`` is a percentage).

        Raises:
            JobFailedError: the job failed (Orthanc's `ErrorCode`, `ErrorDescription`,
                `ErrorDetails` are on the exception).
            JobTimeoutError: `timeout` passed first; the job was left running.
        """
        last: JobInfo | None = None
        with anyio.move_on_after(timeout):
            while True:
                last = await self.info()
                if progress is not None:
                    progress(last)
                if last.state is JobState.SUCCESS:
                    return last
                if last.state is JobState.FAILURE:
                    raise JobFailedError(self._id, last)
                await anyio.sleep(poll_interval)
        state = last.state.value if last is not None else "unknown"
        message = f"job {self._id} did not end within {timeout} s (state: {state})"
        raise JobTimeoutError(message, self._id, last)  # the loop only ends by timing out

    async def cancel(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> None:
        """Cancel the job (it ends in `FAILURE`; `resubmit()` can run it again)."""
        await self._action("cancel", timeout)

    async def pause(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> None:
        """Pause the job (state `PAUSED`) until `resume()`."""
        await self._action("pause", timeout)

    async def resume(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> None:
        """Resume a paused job."""
        await self._action("resume", timeout)

    async def resubmit(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> None:
        """Run a failed or cancelled job again."""
        await self._action("resubmit", timeout)

    async def output(self, key: str, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> bytes:
        """An output of the finished job (e.g. ``"archive"`` of an archive job)."""
        path = f"{self.path}/{quote_segment(key)}"
        return (await self._client.request("GET", path, timeout=timeout)).content

    async def _action(self, action: str, timeout: TimeoutTypes | UseDefault) -> None:
        await self._client.request("POST", f"{self.path}/{action}", content=b"", timeout=timeout)


class Jobs:
    """The jobs of a server: ``orthanc.jobs["<id>"]``, ``await orthanc.jobs.list()``."""

    __slots__ = ("_client",)

    def __init__(self, client: Session) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"Jobs({self._client!r})"

    def __getitem__(self, job_id: str) -> Job:
        """The job with this ID (no request)."""
        return Job(self._client, job_id)

    async def list(self, *, timeout: TimeoutTypes | UseDefault = USE_DEFAULT) -> list[JobInfo]:
        """Every job the server remembers, with its state (one request)."""
        answer: list[Any] = await self._client.get_json(
            "/jobs", params={"expand": ""}, timeout=timeout
        )
        return [JobInfo.model_validate(job) for job in answer]
