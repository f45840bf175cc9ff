# generated: do not edit, run make codegen
"""Typed JSON request bodies of the `Networking` tag, as far as the spec documents their keys (generated).

Every key is optional here (`total=False`): Orthanc's documentation does not say which are
required; the server answers 400 with a message when one is missing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from pydantic import JsonValue

__all__ = [
    "PutModalityBody",
    "PostModalityEchoBody",
    "PostModalityFindWorklistBody",
    "PostModalityGetBody",
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
    LocalAet: str
    """Whether to override the default DicomAet in the SCU connection initiated by Orthanc to this
    modality (Orthanc 1.12.7 and later.)
    """
    Manufacturer: str
    """Manufacturer of the remote DICOM modality (check configuration option `DicomModalities` for
    possible values
    """
    Port: float
    """TCP port of the remote DICOM modality"""
    Timeout: float
    """Whether to override the default DicomScuTimeout in the SCU connection initiated by Orthanc
    to this modality (Orthanc 1.12.7 and later.)
    """
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
    """DICOM SCU Timeout for this C-ECHO command, in seconds. Orthanc will close the DICOM
    association if no C-ECHO answer is received within this time period.
    """


class PostModalityFindWorklistBody(TypedDict, total=False):
    """Body of `POST /modalities/{id}/find-worklist`."""

    Full: bool
    """If set to `true`, report the DICOM tags in full format (tags indexed by their hexadecimal
    format, associated with their symbolic name and their value)
    """
    Query: Mapping[str, JsonValue]
    """Associative array containing the filter on the values of the DICOM tags"""
    Short: bool
    """If set to `true`, report the DICOM tags in hexadecimal format"""


class PostModalityGetBody(TypedDict, total=False):
    """Body of `POST /modalities/{id}/get`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    Level: str
    """Level of the query (`Patient`, `Study`, `Series` or `Instance`)"""
    LocalAet: str
    """Local AET that is used for this commands, defaults to `DicomAet` configuration option or
    `LocalAet` in the `DicomModalities`.
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job. Default value is `false`."""
    Priority: float
    """In asynchronous mode, the priority of the job. The higher the value, the higher the
    priority. Default value is `0`
    """
    Resources: Sequence[Mapping[str, JsonValue]]
    """List of queries identifying all the DICOM resources to be sent. Usage of wildcards is
    prohibited and the query shall only contain DICOM ID tags. Additionally, you may provide
    SOPClassesInStudy to limit the scope of the DICOM negotiation to certain SOPClassUID or to
    present uncommon SOPClassUID during the DICOM negotiation. By default, Orhanc will propose
    the most 120 common SOPClassUIDs.
    """
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """
    Timeout: float
    """DICOM SCU Timeout for this C-GET command, in seconds. Orthanc will close the DICOM
    association if no DICOM messages are received within this time period.
    """
    UserData: Mapping[str, JsonValue]
    """User data that will travel along with the job. (Orthanc 1.13.0 and later.)"""


class PostModalityMoveBody(TypedDict, total=False):
    """Body of `POST /modalities/{id}/move`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    (Orthanc 1.12.7 and later.)
    """
    Level: str
    """Level of the query (`Patient`, `Study`, `Series` or `Instance`)"""
    LocalAet: str
    """Local AET that is used for this commands, defaults to `DicomAet` configuration option or
    `LocalAet` in the `DicomModalities`.
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job. Default value is `false`.
    (Orthanc 1.12.7 and later.)
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The higher the value, the higher the
    priority. Default value is `0` (Orthanc 1.12.7 and later.)
    """
    Resources: Sequence[Mapping[str, JsonValue]]
    """List of queries identifying all the DICOM resources to be sent"""
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts. (Orthanc 1.12.7 and later.)
    """
    TargetAet: str
    """Target AET that will be used by the remote DICOM modality as a target for its C-STORE SCU
    commands, defaults to `DicomAet` configuration option in order to do a simple query/retrieve
    """
    Timeout: float
    """DICOM SCU Timeout for this C-MOVE command, in seconds. Orthanc will close the DICOM
    association if no DICOM messages (e.g., C-STORE sub-operations or responses) are received
    within this time period.
    """
    UserData: Mapping[str, JsonValue]
    """User data that will travel along with the job. (Orthanc 1.13.0 and later.)"""


class PostModalityQueryBody(TypedDict, total=False):
    """Body of `POST /modalities/{id}/query`."""

    Level: str
    """Level of the query (`Patient`, `Study`, `Series` or `Instance`)"""
    LocalAet: str
    """Local AET that is used for this commands, defaults to `DicomAet` configuration option or
    `LocalAet` in the `DicomModalities`.
    """
    Normalize: bool
    """Whether to normalize the query, i.e. whether to wipe out from the query, the DICOM tags that
    are not applicable for the query-retrieve level of interest
    """
    Query: Mapping[str, JsonValue]
    """Associative array containing the filter on the values of the DICOM tags"""
    Timeout: float
    """DICOM SCU Timeout for this C-FIND command and subsequent C-GET/C-MOVE retrievals, in seconds
    (new in Orthanc 1.9.1). Orthanc will close the related DICOM associations if no DICOM
    messages are received within this time period.
    """


class PostModalityStorageCommitmentBody(TypedDict, total=False):
    """Body of `POST /modalities/{id}/storage-commitment`."""

    DicomInstances: Sequence[Mapping[str, JsonValue]]
    """List of DICOM resources that are not necessarily stored within Orthanc, but that must be
    checked by storage commitment. This is a list of JSON objects that must contain the
    `SOPClassUID` and `SOPInstanceUID` fields.
    """
    Resources: Sequence[str]
    """List of the Orthanc identifiers of the DICOM resources to be checked by storage commitment"""
    Timeout: float
    """DICOM SCU Timeout for this storage commitment command (new in Orthanc 1.9.1)"""


class PostModalityStoreBody(TypedDict, total=False):
    """Body of `POST /modalities/{id}/store`."""

    CalledAet: str
    """Called AET that is used for this commands, defaults to `AET` configuration option. Allows
    you to overwrite the destination AET for a specific operation. (Orthanc 1.12.7 and later.)
    """
    Host: str
    """Host that is used for this commands, defaults to `Host` configuration option. Allows you to
    overwrite the destination host for a specific operation. (Orthanc 1.12.7 and later.)
    """
    LocalAet: str
    """Local AET that is used for this commands, defaults to `DicomAet` configuration option or
    `LocalAet` in the `DicomModalities`.
    """
    MoveOriginatorAet: str
    """Move originator AET that is used for this commands, in order to fake a C-MOVE SCU"""
    MoveOriginatorID: float
    """Move originator ID that is used for this commands, in order to fake a C-MOVE SCU"""
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job. Default value is `false`."""
    Port: float
    """Port that is used for this command, defaults to `Port` configuration option. Allows you to
    overwrite the destination port for a specific operation. (Orthanc 1.12.7 and later.)
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The higher the value, the higher the
    priority. Default value is `0`
    """
    Resources: Sequence[str]
    """List of the Orthanc identifiers of all the DICOM resources to be sent"""
    StorageCommitment: bool
    """Whether to chain C-STORE with DICOM storage commitment to validate the success of the
    transmission:
    https://orthanc.uclouvain.be/book/users/storage-commitment.html#chaining-c-store-with-storage-commitment
    """
    Timeout: float
    """DICOM SCU Timeout for this C-STORE command, in seconds. Orthanc will close the DICOM
    association if no DICOM messages (e.g., C-STORE responses) are received within this time
    period.
    """
    UserData: Mapping[str, JsonValue]
    """User data that will travel along with the job. (Orthanc 1.13.0 and later.)"""


class PutPeerBody(TypedDict, total=False):
    """Body of `PUT /peers/{id}`."""

    CertificateFile: str
    """SSL certificate for the HTTPS connections"""
    CertificateKeyFile: str
    """Key file for the SSL certificate for the HTTPS connections"""
    CertificateKeyPassword: str
    """Key password for the SSL certificate for the HTTPS connections"""
    HttpHeaders: Mapping[str, JsonValue]
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

    Compress: bool
    """Whether to compress the DICOM instances using gzip before the actual sending"""
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job. Default value is `false`."""
    Priority: float
    """In asynchronous mode, the priority of the job. The higher the value, the higher the
    priority. Default value is `0`
    """
    Resources: Sequence[str]
    """List of the Orthanc identifiers of all the DICOM resources to be sent"""
    Transcode: str
    """Transcode to the provided DICOM transfer syntax before the actual sending"""
    UserData: Mapping[str, JsonValue]
    """User data that will travel along with the job. (Orthanc 1.13.0 and later.)"""


class PostQueryAnswerQueryInstancesBody(TypedDict, total=False):
    """Body of `POST /queries/{id}/answers/{index}/query-instances`."""

    Query: Mapping[str, JsonValue]
    """Associative array containing the filter on the values of the DICOM tags"""
    Timeout: float
    """DICOM SCU Timeout for this C-FIND command, in seconds (new in Orthanc 1.9.1)"""


class PostQueryAnswerQuerySeriesBody(TypedDict, total=False):
    """Body of `POST /queries/{id}/answers/{index}/query-series`."""

    Query: Mapping[str, JsonValue]
    """Associative array containing the filter on the values of the DICOM tags"""
    Timeout: float
    """DICOM SCU Timeout for this C-FIND command, in seconds (new in Orthanc 1.9.1)"""


class PostQueryAnswerQueryStudiesBody(TypedDict, total=False):
    """Body of `POST /queries/{id}/answers/{index}/query-studies`."""

    Query: Mapping[str, JsonValue]
    """Associative array containing the filter on the values of the DICOM tags"""
    Timeout: float
    """DICOM SCU Timeout for this C-FIND command, in seconds (new in Orthanc 1.9.1)"""


class PostQueryAnswerRetrieveBody(TypedDict, total=False):
    """Body of `POST /queries/{id}/answers/{index}/retrieve`."""

    Full: bool
    """If set to `true`, report the DICOM tags in full format (tags indexed by their hexadecimal
    format, associated with their symbolic name and their value)
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job. Default value is `false`."""
    Priority: float
    """In asynchronous mode, the priority of the job. The higher the value, the higher the
    priority. Default value is `0`
    """
    RetrieveMethod: str
    """Force usage of C-MOVE or C-GET to retrieve the resource. If note defined in the payload, the
    retrieve method is defined in the DicomDefaultRetrieveMethod configuration or in
    DicomModalities->..->RetrieveMethod (Orthanc 1.12.7 and later.)
    """
    Simplify: bool
    """If set to `true`, report the DICOM tags in human-readable format (using the symbolic name of
    the tags)
    """
    TargetAet: str
    """AET of the target modality. By default, the AET of Orthanc is used, as defined in the
    `DicomAet` configuration option.
    """
    Timeout: float
    """DICOM SCU Timeout for this C-MOVE or C-GET command, in seconds. Orthanc will close the DICOM
    association if no DICOM messages (e.g., C-STORE sub-operations or responses) are received
    within this time period.
    """
    UserData: Mapping[str, JsonValue]
    """User data that will travel along with the job. (Orthanc 1.13.0 and later.)"""


class PostQueryRetrieveBody(TypedDict, total=False):
    """Body of `POST /queries/{id}/retrieve`."""

    Full: bool
    """If set to `true`, report the DICOM tags in full format (tags indexed by their hexadecimal
    format, associated with their symbolic name and their value)
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job. Default value is `false`."""
    Priority: float
    """In asynchronous mode, the priority of the job. The higher the value, the higher the
    priority. Default value is `0`
    """
    RetrieveMethod: str
    """Force usage of C-MOVE or C-GET to retrieve the resource. If note defined in the payload, the
    retrieve method is defined in the DicomDefaultRetrieveMethod configuration or in
    DicomModalities->..->RetrieveMethod (Orthanc 1.12.7 and later.)
    """
    Simplify: bool
    """If set to `true`, report the DICOM tags in human-readable format (using the symbolic name of
    the tags)
    """
    TargetAet: str
    """AET of the target modality. By default, the AET of Orthanc is used, as defined in the
    `DicomAet` configuration option.
    """
    Timeout: float
    """DICOM SCU Timeout for this C-MOVE or C-GET command, in seconds. Orthanc will close the DICOM
    association if no DICOM messages (e.g., C-STORE sub-operations or responses) are received
    within this time period.
    """
    UserData: Mapping[str, JsonValue]
    """User data that will travel along with the job. (Orthanc 1.13.0 and later.)"""
