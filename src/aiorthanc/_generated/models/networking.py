# generated: do not edit, run make codegen
"""Pydantic models of Orthanc's JSON answers, family `networking` (generated): Modality, Peer,
StorageCommitmentFailure, StorageCommitmentInstance, StorageCommitmentReport.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Modality(BaseModel):
    """
    A DICOM modality known to Orthanc.
    """

    model_config = ConfigDict(
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
    timeout: int | None = Field(None, alias="Timeout")
    use_dicom_tls: bool | None = Field(None, alias="UseDicomTls")


class Peer(BaseModel):
    """
    An Orthanc peer (the password is never reported).
    """

    model_config = ConfigDict(
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


class StorageCommitmentFailure(BaseModel):
    """
    An instance that the remote modality did not commit to store.
    """

    model_config = ConfigDict(
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

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    sop_class_uid: str = Field(..., alias="SOPClassUID")
    sop_instance_uid: str = Field(..., alias="SOPInstanceUID")


class StorageCommitmentReport(BaseModel):
    """
    The state of a storage commitment request (GET /storage-commitment/{id}).
    """

    model_config = ConfigDict(
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
