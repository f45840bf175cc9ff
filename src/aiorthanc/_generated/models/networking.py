# generated: do not edit, run make codegen
"""Pydantic models of Orthanc's JSON answers, family `networking` (generated): Modality,
ModalityStoreResult, Peer, PeerStoreResult, QueryCreated, RetrieveDetail, RetrieveResult,
StorageCommitmentCreated, StorageCommitmentFailure, StorageCommitmentInstance,
StorageCommitmentReport.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from . import other, tags


class Modality(BaseModel):
    """
    A DICOM modality known to Orthanc.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    aet: str = Field(..., alias="AET")
    allow_echo: bool | None = Field(None, alias="AllowEcho")
    allow_event_report: bool | None = Field(None, alias="AllowEventReport")
    allow_find: bool | None = Field(None, alias="AllowFind")
    allow_find_worklist: bool | None = Field(None, alias="AllowFindWorklist")
    allow_get: bool | None = Field(None, alias="AllowGet")
    allow_move: bool | None = Field(None, alias="AllowMove")
    allow_n_action: bool | None = Field(None, alias="AllowNAction")
    allow_store: bool | None = Field(None, alias="AllowStore")
    allow_transcoding: bool | None = Field(None, alias="AllowTranscoding")
    host: str = Field(..., alias="Host")
    local_aet: str | None = Field(None, alias="LocalAet")
    manufacturer: str | None = Field(None, alias="Manufacturer")
    port: int = Field(..., alias="Port")
    retrieve_method: str | None = Field(None, alias="RetrieveMethod")
    """
    C-MOVE, C-GET or SystemDefault (Orthanc 1.12.6+).
    """
    timeout: int | None = Field(None, alias="Timeout")
    use_dicom_tls: bool | None = Field(None, alias="UseDicomTls")


class Peer(BaseModel):
    """
    An Orthanc peer (the password is never reported).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    certificate_file: str | None = Field(None, alias="CertificateFile")
    certificate_key_file: str | None = Field(None, alias="CertificateKeyFile")
    http_headers: list[str] | None = Field(None, alias="HttpHeaders")
    """
    Names of the extra HTTP headers.
    """
    password: str | None = Field(None, alias="Password")
    """
    Always null in answers.
    """
    pkcs11: bool | None = Field(None, alias="Pkcs11")
    timeout: int | None = Field(None, alias="Timeout")
    url: str = Field(..., alias="Url")
    username: str | None = Field(None, alias="Username")


class QueryCreated(BaseModel):
    """
    A C-FIND query run against a modality; its answers are under Path (/queries/{id}).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., alias="ID")
    """
    Identifier of the query.
    """
    path: str = Field(..., alias="Path")


class StorageCommitmentCreated(BaseModel):
    """
    A storage commitment request sent to a modality; its report is under Path (/storage-commitment/{id}). The answer is the same with `Asynchronous` true.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    id: str = Field(..., alias="ID")
    """
    Transaction UID of the storage commitment.
    """
    path: str = Field(..., alias="Path")


class StorageCommitmentFailure(BaseModel):
    """
    An instance that the remote modality did not commit to store.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failure_reason: int = Field(..., alias="FailureReason")
    """
    DICOM Failure Reason (0008
    """
    sop_class_uid: str = Field(..., alias="SOPClassUID")
    sop_instance_uid: str = Field(..., alias="SOPInstanceUID")


class StorageCommitmentInstance(BaseModel):
    """
    An instance of a storage commitment report.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    sop_class_uid: str = Field(..., alias="SOPClassUID")
    sop_instance_uid: str = Field(..., alias="SOPInstanceUID")


class StorageCommitmentReport(BaseModel):
    """
    The state of a storage commitment request (GET /storage-commitment/{id}).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    failures: list[StorageCommitmentFailure] | None = Field(None, alias="Failures")
    remote_aet: str = Field(..., alias="RemoteAET")
    status: str = Field(..., alias="Status")
    """
    Pending, Success or Failure.
    """
    success: list[StorageCommitmentInstance] | None = Field(None, alias="Success")


class ModalityStoreResult(BaseModel):
    """
    The result of a synchronous C-STORE to a modality. With `Asynchronous` true (or `Synchronous` false) the answer is a JobSubmitted instead.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str = Field(..., alias="Description")
    failed_instances_count: int = Field(..., alias="FailedInstancesCount")
    instances_count: int = Field(..., alias="InstancesCount")
    local_aet: str = Field(..., alias="LocalAet")
    parent_resources: list[str] = Field(..., alias="ParentResources")
    """
    Orthanc identifiers of the resources sent.
    """
    remote_aet: str = Field(..., alias="RemoteAet")
    resources: list[other.ModifiedResource] | None = Field(None, alias="Resources")
    """
    The resources sent (Orthanc 1.13+).
    """


class PeerStoreResult(BaseModel):
    """
    The result of a synchronous transfer to an Orthanc peer. With `Asynchronous` true (or `Synchronous` false) the answer is a JobSubmitted instead.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    compress: bool = Field(..., alias="Compress")
    description: str = Field(..., alias="Description")
    failed_instances_count: int = Field(..., alias="FailedInstancesCount")
    instances_count: int = Field(..., alias="InstancesCount")
    parent_resources: list[str] = Field(..., alias="ParentResources")
    """
    Orthanc identifiers of the resources sent.
    """
    peer: list[str] = Field(..., alias="Peer")
    """
    URL of the peer.
    """
    resources: list[other.ModifiedResource] | None = Field(None, alias="Resources")
    """
    The resources sent (Orthanc 1.13+).
    """
    size: str = Field(..., alias="Size")
    """
    Bytes sent
    """
    size_mb: int = Field(..., alias="SizeMB")


class RetrieveDetail(BaseModel):
    """
    One C-MOVE request of a retrieve and what it brought.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    dimse_error_status: int | None = Field(None, alias="DimseErrorStatus")
    query: tags.ShortTags | None = Field(None, alias="Query")
    received_instances_ids: list[str] | None = Field(None, alias="ReceivedInstancesIds")


class RetrieveResult(BaseModel):
    """
    The result of a synchronous retrieve (C-MOVE) of query answers: the C-MOVE requests sent, in short tag format. With `Asynchronous` true the answer is a JobSubmitted instead.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    description: str = Field(..., alias="Description")
    details: list[RetrieveDetail] | None = Field(None, alias="Details")
    """
    One entry per C-MOVE request (Orthanc 1.13+).
    """
    local_aet: str = Field(..., alias="LocalAet")
    query: list[tags.ShortTags] = Field(..., alias="Query")
    remote_aet: str = Field(..., alias="RemoteAet")
    target_aet: str | None = Field(None, alias="TargetAet")
    """
    The AET that received the instances (Orthanc 1.12+).
    """
