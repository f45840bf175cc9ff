# generated: do not edit, run make codegen
"""Pydantic models of Orthanc's JSON answers, family `jobs` (generated): Change, ChangesPage,
JobInfo, JobSubmitted.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field


class Change(BaseModel):
    """
    One entry of Orthanc's change log.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    change_type: str = Field(..., alias="ChangeType")
    """
    e.g. NewInstance, StableStudy, Deleted.
    """
    date: str = Field(..., alias="Date")
    id: str = Field(..., alias="ID")
    path: str = Field(..., alias="Path")
    resource_type: str = Field(..., alias="ResourceType")
    seq: int = Field(..., alias="Seq")


class ChangesPage(BaseModel):
    """
    A page of the change log (GET /changes).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    changes: list[Change] = Field(..., alias="Changes")
    done: bool = Field(..., alias="Done")
    """
    No more changes after this page.
    """
    first: int | None = Field(None, alias="First")
    """
    Sequence number of the first change of the page (Orthanc 1.12+).
    """
    last: int = Field(..., alias="Last")
    """
    Sequence number to pass as `since` for the next page.
    """


class JobInfo(BaseModel):
    """
    A job (GET /jobs/{id}).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    completion_time: str | None = Field(None, alias="CompletionTime")
    content: dict[str, Any] = Field(..., alias="Content")
    """
    Job-specific content.
    """
    creation_time: str = Field(..., alias="CreationTime")
    effective_runtime: float = Field(..., alias="EffectiveRuntime")
    error_code: int = Field(..., alias="ErrorCode")
    error_description: str = Field(..., alias="ErrorDescription")
    error_details: str | None = Field(None, alias="ErrorDetails")
    estimated_time_of_arrival: str | None = Field(None, alias="EstimatedTimeOfArrival")
    id: str = Field(..., alias="ID")
    priority: int = Field(..., alias="Priority")
    progress: int = Field(..., alias="Progress")
    state: str = Field(..., alias="State")
    """
    Pending, Running, Success, Failure, Paused or Retry.
    """
    timestamp: str = Field(..., alias="Timestamp")
    type: str = Field(..., alias="Type")


class JobSubmitted(BaseModel):
    """
    The answer to a request run as a job (`Asynchronous` set to true): the job under /jobs.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., alias="ID")
    """
    Identifier of the job.
    """
    path: str = Field(..., alias="Path")
