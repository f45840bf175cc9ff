# generated: do not edit, run make codegen
"""Pydantic models of Orthanc's JSON answers, family `other` (generated): ModifiedResource,
ResourceCount, SystemCapabilities.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field


class ModifiedResource(BaseModel):
    """
    A resource that a modification, an anonymization or a transfer read.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., alias="ID")
    type: str = Field(..., alias="Type")
    """
    Patient, Study, Series or Instance.
    """


class ResourceCount(BaseModel):
    """
    How many resources match a query (POST /tools/count-resources).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    count: int = Field(..., alias="Count")


class SystemCapabilities(BaseModel):
    """
    What the server and its database can do (GET /system, Orthanc 1.12+).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    has_extended_changes: bool | None = Field(None, alias="HasExtendedChanges")
    """
    GET /changes takes `type` and `to`.
    """
    has_extended_find: bool | None = Field(None, alias="HasExtendedFind")
    """
    /tools/find takes OrderBy, MetadataQuery, ResponseContent.
    """
    has_key_value_stores: bool | None = Field(None, alias="HasKeyValueStores")
    """
    Orthanc 1.13+.
    """
    has_queues: bool | None = Field(None, alias="HasQueues")
    """
    Orthanc 1.13+.
    """
    has_reserve_queue_value: bool | None = Field(None, alias="HasReserveQueueValue")
    """
    Orthanc 1.13+.
    """
