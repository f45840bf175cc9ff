# generated: do not edit, run make codegen
"""Typed JSON request bodies of the `Networking` tag, as far as the spec documents their keys (generated).

Every key is optional here (`total=False`): Orthanc's documentation does not say which are
required; the server answers 400 with a message when one is missing.
"""

from __future__ import annotations

from typing import TypedDict

from pydantic import JsonValue

__all__ = [
    "PutModalityBody",
    "PostModalityEchoBody",
    "PostModalityFindWorklistBody",
    "PostModalityMoveBody",
    "PostModalityQueryBody",
    "PostModalityStorageCommitmentBody",
    "PostModalityStoreBody",
    "PutPeerBody",
    "PostPeerStoreBody",
    "PostQueryAnswerQueryInstancesBody",
    "PostQueryAnswerQuerySeriesBody",
    "PostQueryAnswerQueryStudiesBody",
    "PostQueryAnswerRetrieveBody",
    "PostQueryRetrieveBody",
]


class PutModalityBody(TypedDict, total=False):
    """Body of `PUT /modalities/{id}`."""

    AET: str
    """AET of the remote DICOM modality"""
    AllowEcho: bool
    """Whether to accept C-ECHO SCU commands issued by the remote modality"""
    AllowFind: bool
    """Whether to accept C-FIND SCU commands issued by the remote modality"""
    AllowFindWorklist: bool
    """Whether to accept C-FIND SCU commands for worklists issued by the remote modality"""
    AllowGet: bool
    """Whether to accept C-GET SCU commands issued by the remote modality"""
    AllowMove: bool
    """Whether to accept C-MOVE SCU commands issued by the remote modality"""
    AllowStorageCommitment: bool
    """Whether to accept storage commitment requests issued by the remote modality"""
    AllowStore: bool
    """Whether to accept C-STORE SCU commands issued by the remote modality"""
    AllowTranscoding: bool
    """Whether to allow transcoding for operations initiated by this modality. This option applies
    to Orthanc C-GET SCP and to Orthanc C-STORE SCU. It only has an effect if the global option
    `EnableTranscoding` is set to `true`.
    """
    Host: str
    """Host address of the remote DICOM modality (typically, an IP address)"""
    Manufacturer: str
    """Manufacturer of the remote DICOM modality (check configuration option `DicomModalities` for
    possible values
    """
    Port: float
    """TCP port of the remote DICOM modality"""
    UseDicomTls: bool
    """Whether to use DICOM TLS in the SCU connection initiated by Orthanc (new in Orthanc 1.9.0)"""


class PostModalityEchoBody(TypedDict, total=False):
    """Body of `POST /modalities/{id}/echo`."""

    CheckFind: bool
    """Issue a dummy C-FIND command after the C-GET SCU, in order to check whether the remote
    modality knows about Orthanc. This field defaults to the value of the `DicomEchoChecksFind`
    configuration option. New in Orthanc 1.8.1.
    """
    Timeout: float
    """Timeout for the C-ECHO command, in seconds"""


class PostModalityFindWorklistBody(TypedDict, total=False):
    """Body of `POST /modalities/{id}/find-worklist`."""

    Full: bool
    """If set to `true`, report the DICOM tags in full format (tags indexed by their hexadecimal
    format, associated with their symbolic name and their value)
    """
    Query: dict[str, JsonValue]
    """Associative array containing the filter on the values of the DICOM tags"""
    Short: bool
    """If set to `true`, report the DICOM tags in hexadecimal format"""


class PostModalityMoveBody(TypedDict, total=False):
    """Body of `POST /modalities/{id}/move`."""

    Level: str
    """Level of the query (`Patient`, `Study`, `Series` or `Instance`)"""
    LocalAet: str
    """Local AET that is used for this commands, defaults to `DicomAet` configuration option.
    Ignored if `DicomModalities` already sets `LocalAet` for this modality.
    """
    Resources: list[str]
    """List of the Orthanc identifiers of all the DICOM resources to be sent"""
    TargetAet: str
    """Target AET that will be used by the remote DICOM modality as a target for its C-STORE SCU
    commands, defaults to `DicomAet` configuration option in order to do a simple query/retrieve
    """
    Timeout: float
    """Timeout for the C-STORE command, in seconds"""


class PostModalityQueryBody(TypedDict, total=False):
    """Body of `POST /modalities/{id}/query`."""

    Level: str
    """Level of the query (`Patient`, `Study`, `Series` or `Instance`)"""
    LocalAet: str
    """Local AET that is used for this commands, defaults to `DicomAet` configuration option.
    Ignored if `DicomModalities` already sets `LocalAet` for this modality.
    """
    Normalize: bool
    """Whether to normalize the query, i.e. whether to wipe out from the query, the DICOM tags that
    are not applicable for the query-retrieve level of interest
    """
    Query: dict[str, JsonValue]
    """Associative array containing the filter on the values of the DICOM tags"""
    Timeout: float
    """Timeout for the C-FIND command and subsequent C-MOVE retrievals, in seconds (new in Orthanc
    1.9.1)
    """


class PostModalityStorageCommitmentBody(TypedDict, total=False):
    """Body of `POST /modalities/{id}/storage-commitment`."""

    DicomInstances: list[dict[str, JsonValue]]
    """List of DICOM resources that are not necessarily stored within Orthanc, but that must be
    checked by storage commitment. This is a list of JSON objects that must contain the
    `SOPClassUID` and `SOPInstanceUID` fields.
    """
    Resources: list[str]
    """List of the Orthanc identifiers of the DICOM resources to be checked by storage commitment"""
    Timeout: float
    """Timeout for the storage commitment command (new in Orthanc 1.9.1)"""


class PostModalityStoreBody(TypedDict, total=False):
    """Body of `POST /modalities/{id}/store`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    LocalAet: str
    """Local AET that is used for this commands, defaults to `DicomAet` configuration option.
    Ignored if `DicomModalities` already sets `LocalAet` for this modality.
    """
    MoveOriginatorAet: str
    """Move originator AET that is used for this commands, in order to fake a C-MOVE SCU"""
    MoveOriginatorID: float
    """Move originator ID that is used for this commands, in order to fake a C-MOVE SCU"""
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Resources: list[str]
    """List of the Orthanc identifiers of all the DICOM resources to be sent"""
    StorageCommitment: bool
    """Whether to chain C-STORE with DICOM storage commitment to validate the success of the
    transmission:
    https://book.orthanc-server.com/users/storage-commitment.html#chaining-c-store-with-storage-commitment
    """
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """
    Timeout: float
    """Timeout for the C-STORE command, in seconds"""


class PutPeerBody(TypedDict, total=False):
    """Body of `PUT /peers/{id}`."""

    CertificateFile: str
    """SSL certificate for the HTTPS connections"""
    CertificateKeyFile: str
    """Key file for the SSL certificate for the HTTPS connections"""
    CertificateKeyPassword: str
    """Key password for the SSL certificate for the HTTPS connections"""
    HttpHeaders: dict[str, JsonValue]
    """HTTP headers to be used for the connections to the remote peer"""
    Password: str
    """Password for the credentials"""
    URL: str
    """URL of the root of the REST API of the remote Orthanc peer, for instance
    `http://localhost:8042/`
    """
    Username: str
    """Username for the credentials"""


class PostPeerStoreBody(TypedDict, total=False):
    """Body of `POST /peers/{id}/store`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    Compress: bool
    """Whether to compress the DICOM instances using gzip before the actual sending"""
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Resources: list[str]
    """List of the Orthanc identifiers of all the DICOM resources to be sent"""
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """
    Transcode: str
    """Transcode to the provided DICOM transfer syntax before the actual sending"""


class PostQueryAnswerQueryInstancesBody(TypedDict, total=False):
    """Body of `POST /queries/{id}/answers/{index}/query-instances`."""

    Query: dict[str, JsonValue]
    """Associative array containing the filter on the values of the DICOM tags"""
    Timeout: float
    """Timeout for the C-FIND command, in seconds (new in Orthanc 1.9.1)"""


class PostQueryAnswerQuerySeriesBody(TypedDict, total=False):
    """Body of `POST /queries/{id}/answers/{index}/query-series`."""

    Query: dict[str, JsonValue]
    """Associative array containing the filter on the values of the DICOM tags"""
    Timeout: float
    """Timeout for the C-FIND command, in seconds (new in Orthanc 1.9.1)"""


class PostQueryAnswerQueryStudiesBody(TypedDict, total=False):
    """Body of `POST /queries/{id}/answers/{index}/query-studies`."""

    Query: dict[str, JsonValue]
    """Associative array containing the filter on the values of the DICOM tags"""
    Timeout: float
    """Timeout for the C-FIND command, in seconds (new in Orthanc 1.9.1)"""


class PostQueryAnswerRetrieveBody(TypedDict, total=False):
    """Body of `POST /queries/{id}/answers/{index}/retrieve`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    Full: bool
    """If set to `true`, report the DICOM tags in full format (tags indexed by their hexadecimal
    format, associated with their symbolic name and their value)
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Simplify: bool
    """If set to `true`, report the DICOM tags in human-readable format (using the symbolic name of
    the tags)
    """
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """
    TargetAet: str
    """AET of the target modality. By default, the AET of Orthanc is used, as defined in the
    `DicomAet` configuration option.
    """
    Timeout: float
    """Timeout for the C-MOVE command, in seconds"""


class PostQueryRetrieveBody(TypedDict, total=False):
    """Body of `POST /queries/{id}/retrieve`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    Full: bool
    """If set to `true`, report the DICOM tags in full format (tags indexed by their hexadecimal
    format, associated with their symbolic name and their value)
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Simplify: bool
    """If set to `true`, report the DICOM tags in human-readable format (using the symbolic name of
    the tags)
    """
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """
    TargetAet: str
    """AET of the target modality. By default, the AET of Orthanc is used, as defined in the
    `DicomAet` configuration option.
    """
    Timeout: float
    """Timeout for the C-MOVE command, in seconds"""
