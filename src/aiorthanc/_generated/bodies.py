# generated: do not edit, run make codegen
"""Typed JSON request bodies, as far as the spec documents their keys (generated).

Every key is optional here (`total=False`): Orthanc's documentation does not say which are
required; the server answers 400 with a message when one is missing.
"""

from __future__ import annotations

from typing import TypedDict

from pydantic import JsonValue

__all__ = [
    "PostInstanceAnonymizeBody",
    "PostInstanceModifyBody",
    "PutModalityBody",
    "PostModalityEchoBody",
    "PostModalityFindWorklistBody",
    "PostModalityMoveBody",
    "PostModalityQueryBody",
    "PostModalityStorageCommitmentBody",
    "PostModalityStoreBody",
    "PostPatientAnonymizeBody",
    "PostPatientArchiveBody",
    "PostPatientMediaBody",
    "PostPatientModifyBody",
    "PutPeerBody",
    "PostPeerStoreBody",
    "PostQueryAnswerQueryInstancesBody",
    "PostQueryAnswerQuerySeriesBody",
    "PostQueryAnswerQueryStudiesBody",
    "PostQueryAnswerRetrieveBody",
    "PostQueryRetrieveBody",
    "PostSeriesAnonymizeBody",
    "PostSeriesArchiveBody",
    "PostSeriesMediaBody",
    "PostSeriesModifyBody",
    "PostStudyAnonymizeBody",
    "PostStudyArchiveBody",
    "PostStudyMediaBody",
    "PostStudyMergeBody",
    "PostStudyModifyBody",
    "PostStudySplitBody",
    "PostToolsBulkAnonymizeBody",
    "PostToolsBulkContentBody",
    "PostToolsBulkDeleteBody",
    "PostToolsBulkModifyBody",
    "PostToolsCreateArchiveBody",
    "PostToolsCreateDicomBody",
    "PostToolsCreateMediaBody",
    "PostToolsCreateMediaExtendedBody",
    "PostToolsDicomEchoBody",
    "PostToolsFindBody",
]


class PostInstanceAnonymizeBody(TypedDict, total=False):
    """Body of `POST /instances/{id}/anonymize`."""

    DicomVersion: str
    """Version of the DICOM standard to be used for anonymization. Check out configuration option
    `DeidentifyLogsDicomVersion` for possible values.
    """
    Force: bool
    """Allow the modification of tags related to DICOM identifiers, at the risk of breaking the
    DICOM model of the real world
    """
    Keep: list[str]
    """List of DICOM tags whose value must not be destroyed by the anonymization. Starting with
    Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the `dcmodify`
    command-line tool (wildcards are supported as well).
    """
    KeepPrivateTags: bool
    """Keep the private tags from the DICOM instances (defaults to `false`)"""
    KeepSource: bool
    """If set to `false`, instructs Orthanc to the remove original resources. By default, the
    original resources are kept in Orthanc.
    """
    PrivateCreator: str
    """The private creator to be used for private tags in `Replace`"""
    Remove: list[str]
    """List of additional tags to be removed from the DICOM instances. Starting with Orthanc 1.9.4,
    paths to subsequences can be provided using the same syntax as the `dcmodify` command-line
    tool (wildcards are supported as well).
    """
    Replace: dict[str, JsonValue]
    """Associative array to change the value of some DICOM tags in the DICOM instances. Starting
    with Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the
    `dcmodify` command-line tool (wildcards are supported as well).
    """


class PostInstanceModifyBody(TypedDict, total=False):
    """Body of `POST /instances/{id}/modify`."""

    Force: bool
    """Allow the modification of tags related to DICOM identifiers, at the risk of breaking the
    DICOM model of the real world
    """
    Keep: list[str]
    """Keep the original value of the specified tags, to be chosen among the `StudyInstanceUID`,
    `SeriesInstanceUID` and `SOPInstanceUID` tags. Avoid this feature as much as possible, as
    this breaks the DICOM model of the real world.
    """
    KeepSource: bool
    """If set to `false`, instructs Orthanc to the remove original resources. By default, the
    original resources are kept in Orthanc.
    """
    PrivateCreator: str
    """The private creator to be used for private tags in `Replace`"""
    Remove: list[str]
    """List of tags that must be removed from the DICOM instances. Starting with Orthanc 1.9.4,
    paths to subsequences can be provided using the same syntax as the `dcmodify` command-line
    tool (wildcards are supported as well).
    """
    RemovePrivateTags: bool
    """Remove the private tags from the DICOM instances (defaults to `false`)"""
    Replace: dict[str, JsonValue]
    """Associative array to change the value of some DICOM tags in the DICOM instances. Starting
    with Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the
    `dcmodify` command-line tool (wildcards are supported as well).
    """
    Transcode: str
    """Transcode the DICOM instances to the provided DICOM transfer syntax:
    https://book.orthanc-server.com/faq/transcoding.html
    """


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


class PostPatientAnonymizeBody(TypedDict, total=False):
    """Body of `POST /patients/{id}/anonymize`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    DicomVersion: str
    """Version of the DICOM standard to be used for anonymization. Check out configuration option
    `DeidentifyLogsDicomVersion` for possible values.
    """
    Force: bool
    """Allow the modification of tags related to DICOM identifiers, at the risk of breaking the
    DICOM model of the real world
    """
    Keep: list[str]
    """List of DICOM tags whose value must not be destroyed by the anonymization. Starting with
    Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the `dcmodify`
    command-line tool (wildcards are supported as well).
    """
    KeepPrivateTags: bool
    """Keep the private tags from the DICOM instances (defaults to `false`)"""
    KeepSource: bool
    """If set to `false`, instructs Orthanc to the remove original resources. By default, the
    original resources are kept in Orthanc.
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    PrivateCreator: str
    """The private creator to be used for private tags in `Replace`"""
    Remove: list[str]
    """List of additional tags to be removed from the DICOM instances. Starting with Orthanc 1.9.4,
    paths to subsequences can be provided using the same syntax as the `dcmodify` command-line
    tool (wildcards are supported as well).
    """
    Replace: dict[str, JsonValue]
    """Associative array to change the value of some DICOM tags in the DICOM instances. Starting
    with Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the
    `dcmodify` command-line tool (wildcards are supported as well).
    """
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """


class PostPatientArchiveBody(TypedDict, total=False):
    """Body of `POST /patients/{id}/archive`."""

    Asynchronous: bool
    """If `true`, create the archive in asynchronous mode, which means that a job is submitted to
    create the archive in background.
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Synchronous: bool
    """If `true`, create the archive in synchronous mode, which means that the HTTP answer will
    directly contain the ZIP file. This is the default, easy behavior. However, if global
    configuration option "SynchronousZipStream" is set to "false", asynchronous transfers should
    be preferred for large amount of data, as the creation of the temporary file might lead to
    network timeouts.
    """
    Transcode: str
    """If present, the DICOM files in the archive will be transcoded to the provided transfer
    syntax: https://book.orthanc-server.com/faq/transcoding.html
    """


class PostPatientMediaBody(TypedDict, total=False):
    """Body of `POST /patients/{id}/media`."""

    Asynchronous: bool
    """If `true`, create the archive in asynchronous mode, which means that a job is submitted to
    create the archive in background.
    """
    Extended: bool
    """If `true`, will include additional tags such as `SeriesDescription`, leading to a so-called
    *extended DICOMDIR*. Default value is `false`.
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Synchronous: bool
    """If `true`, create the archive in synchronous mode, which means that the HTTP answer will
    directly contain the ZIP file. This is the default, easy behavior. However, if global
    configuration option "SynchronousZipStream" is set to "false", asynchronous transfers should
    be preferred for large amount of data, as the creation of the temporary file might lead to
    network timeouts.
    """
    Transcode: str
    """If present, the DICOM files in the archive will be transcoded to the provided transfer
    syntax: https://book.orthanc-server.com/faq/transcoding.html
    """


class PostPatientModifyBody(TypedDict, total=False):
    """Body of `POST /patients/{id}/modify`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    Force: bool
    """Allow the modification of tags related to DICOM identifiers, at the risk of breaking the
    DICOM model of the real world
    """
    Keep: list[str]
    """Keep the original value of the specified tags, to be chosen among the `StudyInstanceUID`,
    `SeriesInstanceUID` and `SOPInstanceUID` tags. Avoid this feature as much as possible, as
    this breaks the DICOM model of the real world.
    """
    KeepSource: bool
    """If set to `false`, instructs Orthanc to the remove original resources. By default, the
    original resources are kept in Orthanc.
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    PrivateCreator: str
    """The private creator to be used for private tags in `Replace`"""
    Remove: list[str]
    """List of tags that must be removed from the DICOM instances. Starting with Orthanc 1.9.4,
    paths to subsequences can be provided using the same syntax as the `dcmodify` command-line
    tool (wildcards are supported as well).
    """
    RemovePrivateTags: bool
    """Remove the private tags from the DICOM instances (defaults to `false`)"""
    Replace: dict[str, JsonValue]
    """Associative array to change the value of some DICOM tags in the DICOM instances. Starting
    with Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the
    `dcmodify` command-line tool (wildcards are supported as well).
    """
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """
    Transcode: str
    """Transcode the DICOM instances to the provided DICOM transfer syntax:
    https://book.orthanc-server.com/faq/transcoding.html
    """


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


class PostSeriesAnonymizeBody(TypedDict, total=False):
    """Body of `POST /series/{id}/anonymize`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    DicomVersion: str
    """Version of the DICOM standard to be used for anonymization. Check out configuration option
    `DeidentifyLogsDicomVersion` for possible values.
    """
    Force: bool
    """Allow the modification of tags related to DICOM identifiers, at the risk of breaking the
    DICOM model of the real world
    """
    Keep: list[str]
    """List of DICOM tags whose value must not be destroyed by the anonymization. Starting with
    Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the `dcmodify`
    command-line tool (wildcards are supported as well).
    """
    KeepPrivateTags: bool
    """Keep the private tags from the DICOM instances (defaults to `false`)"""
    KeepSource: bool
    """If set to `false`, instructs Orthanc to the remove original resources. By default, the
    original resources are kept in Orthanc.
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    PrivateCreator: str
    """The private creator to be used for private tags in `Replace`"""
    Remove: list[str]
    """List of additional tags to be removed from the DICOM instances. Starting with Orthanc 1.9.4,
    paths to subsequences can be provided using the same syntax as the `dcmodify` command-line
    tool (wildcards are supported as well).
    """
    Replace: dict[str, JsonValue]
    """Associative array to change the value of some DICOM tags in the DICOM instances. Starting
    with Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the
    `dcmodify` command-line tool (wildcards are supported as well).
    """
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """


class PostSeriesArchiveBody(TypedDict, total=False):
    """Body of `POST /series/{id}/archive`."""

    Asynchronous: bool
    """If `true`, create the archive in asynchronous mode, which means that a job is submitted to
    create the archive in background.
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Synchronous: bool
    """If `true`, create the archive in synchronous mode, which means that the HTTP answer will
    directly contain the ZIP file. This is the default, easy behavior. However, if global
    configuration option "SynchronousZipStream" is set to "false", asynchronous transfers should
    be preferred for large amount of data, as the creation of the temporary file might lead to
    network timeouts.
    """
    Transcode: str
    """If present, the DICOM files in the archive will be transcoded to the provided transfer
    syntax: https://book.orthanc-server.com/faq/transcoding.html
    """


class PostSeriesMediaBody(TypedDict, total=False):
    """Body of `POST /series/{id}/media`."""

    Asynchronous: bool
    """If `true`, create the archive in asynchronous mode, which means that a job is submitted to
    create the archive in background.
    """
    Extended: bool
    """If `true`, will include additional tags such as `SeriesDescription`, leading to a so-called
    *extended DICOMDIR*. Default value is `false`.
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Synchronous: bool
    """If `true`, create the archive in synchronous mode, which means that the HTTP answer will
    directly contain the ZIP file. This is the default, easy behavior. However, if global
    configuration option "SynchronousZipStream" is set to "false", asynchronous transfers should
    be preferred for large amount of data, as the creation of the temporary file might lead to
    network timeouts.
    """
    Transcode: str
    """If present, the DICOM files in the archive will be transcoded to the provided transfer
    syntax: https://book.orthanc-server.com/faq/transcoding.html
    """


class PostSeriesModifyBody(TypedDict, total=False):
    """Body of `POST /series/{id}/modify`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    Force: bool
    """Allow the modification of tags related to DICOM identifiers, at the risk of breaking the
    DICOM model of the real world
    """
    Keep: list[str]
    """Keep the original value of the specified tags, to be chosen among the `StudyInstanceUID`,
    `SeriesInstanceUID` and `SOPInstanceUID` tags. Avoid this feature as much as possible, as
    this breaks the DICOM model of the real world.
    """
    KeepSource: bool
    """If set to `false`, instructs Orthanc to the remove original resources. By default, the
    original resources are kept in Orthanc.
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    PrivateCreator: str
    """The private creator to be used for private tags in `Replace`"""
    Remove: list[str]
    """List of tags that must be removed from the DICOM instances. Starting with Orthanc 1.9.4,
    paths to subsequences can be provided using the same syntax as the `dcmodify` command-line
    tool (wildcards are supported as well).
    """
    RemovePrivateTags: bool
    """Remove the private tags from the DICOM instances (defaults to `false`)"""
    Replace: dict[str, JsonValue]
    """Associative array to change the value of some DICOM tags in the DICOM instances. Starting
    with Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the
    `dcmodify` command-line tool (wildcards are supported as well).
    """
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """
    Transcode: str
    """Transcode the DICOM instances to the provided DICOM transfer syntax:
    https://book.orthanc-server.com/faq/transcoding.html
    """


class PostStudyAnonymizeBody(TypedDict, total=False):
    """Body of `POST /studies/{id}/anonymize`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    DicomVersion: str
    """Version of the DICOM standard to be used for anonymization. Check out configuration option
    `DeidentifyLogsDicomVersion` for possible values.
    """
    Force: bool
    """Allow the modification of tags related to DICOM identifiers, at the risk of breaking the
    DICOM model of the real world
    """
    Keep: list[str]
    """List of DICOM tags whose value must not be destroyed by the anonymization. Starting with
    Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the `dcmodify`
    command-line tool (wildcards are supported as well).
    """
    KeepPrivateTags: bool
    """Keep the private tags from the DICOM instances (defaults to `false`)"""
    KeepSource: bool
    """If set to `false`, instructs Orthanc to the remove original resources. By default, the
    original resources are kept in Orthanc.
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    PrivateCreator: str
    """The private creator to be used for private tags in `Replace`"""
    Remove: list[str]
    """List of additional tags to be removed from the DICOM instances. Starting with Orthanc 1.9.4,
    paths to subsequences can be provided using the same syntax as the `dcmodify` command-line
    tool (wildcards are supported as well).
    """
    Replace: dict[str, JsonValue]
    """Associative array to change the value of some DICOM tags in the DICOM instances. Starting
    with Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the
    `dcmodify` command-line tool (wildcards are supported as well).
    """
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """


class PostStudyArchiveBody(TypedDict, total=False):
    """Body of `POST /studies/{id}/archive`."""

    Asynchronous: bool
    """If `true`, create the archive in asynchronous mode, which means that a job is submitted to
    create the archive in background.
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Synchronous: bool
    """If `true`, create the archive in synchronous mode, which means that the HTTP answer will
    directly contain the ZIP file. This is the default, easy behavior. However, if global
    configuration option "SynchronousZipStream" is set to "false", asynchronous transfers should
    be preferred for large amount of data, as the creation of the temporary file might lead to
    network timeouts.
    """
    Transcode: str
    """If present, the DICOM files in the archive will be transcoded to the provided transfer
    syntax: https://book.orthanc-server.com/faq/transcoding.html
    """


class PostStudyMediaBody(TypedDict, total=False):
    """Body of `POST /studies/{id}/media`."""

    Asynchronous: bool
    """If `true`, create the archive in asynchronous mode, which means that a job is submitted to
    create the archive in background.
    """
    Extended: bool
    """If `true`, will include additional tags such as `SeriesDescription`, leading to a so-called
    *extended DICOMDIR*. Default value is `false`.
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Synchronous: bool
    """If `true`, create the archive in synchronous mode, which means that the HTTP answer will
    directly contain the ZIP file. This is the default, easy behavior. However, if global
    configuration option "SynchronousZipStream" is set to "false", asynchronous transfers should
    be preferred for large amount of data, as the creation of the temporary file might lead to
    network timeouts.
    """
    Transcode: str
    """If present, the DICOM files in the archive will be transcoded to the provided transfer
    syntax: https://book.orthanc-server.com/faq/transcoding.html
    """


class PostStudyMergeBody(TypedDict, total=False):
    """Body of `POST /studies/{id}/merge`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    KeepSource: bool
    """If set to `true`, instructs Orthanc to keep a copy of the original resources in their source
    study. By default, the original resources are deleted from Orthanc.
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Resources: list[str]
    """The list of DICOM resources (studies, series, and/or instances) to be merged into the study
    of interest (mandatory option)
    """
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """


class PostStudyModifyBody(TypedDict, total=False):
    """Body of `POST /studies/{id}/modify`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    Force: bool
    """Allow the modification of tags related to DICOM identifiers, at the risk of breaking the
    DICOM model of the real world
    """
    Keep: list[str]
    """Keep the original value of the specified tags, to be chosen among the `StudyInstanceUID`,
    `SeriesInstanceUID` and `SOPInstanceUID` tags. Avoid this feature as much as possible, as
    this breaks the DICOM model of the real world.
    """
    KeepSource: bool
    """If set to `false`, instructs Orthanc to the remove original resources. By default, the
    original resources are kept in Orthanc.
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    PrivateCreator: str
    """The private creator to be used for private tags in `Replace`"""
    Remove: list[str]
    """List of tags that must be removed from the DICOM instances. Starting with Orthanc 1.9.4,
    paths to subsequences can be provided using the same syntax as the `dcmodify` command-line
    tool (wildcards are supported as well).
    """
    RemovePrivateTags: bool
    """Remove the private tags from the DICOM instances (defaults to `false`)"""
    Replace: dict[str, JsonValue]
    """Associative array to change the value of some DICOM tags in the DICOM instances. Starting
    with Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the
    `dcmodify` command-line tool (wildcards are supported as well).
    """
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """
    Transcode: str
    """Transcode the DICOM instances to the provided DICOM transfer syntax:
    https://book.orthanc-server.com/faq/transcoding.html
    """


class PostStudySplitBody(TypedDict, total=False):
    """Body of `POST /studies/{id}/split`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    Instances: list[str]
    """The list of instances to be separated from the parent study. These instances must all be
    children of the same source study, that is specified in the URI.
    """
    KeepSource: bool
    """If set to `true`, instructs Orthanc to keep a copy of the original series/instances in the
    source study. By default, the original series/instances are deleted from Orthanc.
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Remove: list[str]
    """List of tags that must be removed in the new study (from the same modules as in the
    `Replace` option)
    """
    Replace: dict[str, JsonValue]
    """Associative array to change the value of some DICOM tags in the new study. These tags must
    be part of the "Patient Module Attributes" or the "General Study Module Attributes", as
    specified by the DICOM 2011 standard in Tables C.7-1 and C.7-3.
    """
    Series: list[str]
    """The list of series to be separated from the parent study. These series must all be children
    of the same source study, that is specified in the URI.
    """
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """


class PostToolsBulkAnonymizeBody(TypedDict, total=False):
    """Body of `POST /tools/bulk-anonymize`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    DicomVersion: str
    """Version of the DICOM standard to be used for anonymization. Check out configuration option
    `DeidentifyLogsDicomVersion` for possible values.
    """
    Force: bool
    """Allow the modification of tags related to DICOM identifiers, at the risk of breaking the
    DICOM model of the real world
    """
    Keep: list[str]
    """List of DICOM tags whose value must not be destroyed by the anonymization. Starting with
    Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the `dcmodify`
    command-line tool (wildcards are supported as well).
    """
    KeepPrivateTags: bool
    """Keep the private tags from the DICOM instances (defaults to `false`)"""
    KeepSource: bool
    """If set to `false`, instructs Orthanc to the remove original resources. By default, the
    original resources are kept in Orthanc.
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    PrivateCreator: str
    """The private creator to be used for private tags in `Replace`"""
    Remove: list[str]
    """List of additional tags to be removed from the DICOM instances. Starting with Orthanc 1.9.4,
    paths to subsequences can be provided using the same syntax as the `dcmodify` command-line
    tool (wildcards are supported as well).
    """
    Replace: dict[str, JsonValue]
    """Associative array to change the value of some DICOM tags in the DICOM instances. Starting
    with Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the
    `dcmodify` command-line tool (wildcards are supported as well).
    """
    Resources: list[str]
    """List of the Orthanc identifiers of the patients/studies/series/instances of interest."""
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """


class PostToolsBulkContentBody(TypedDict, total=False):
    """Body of `POST /tools/bulk-content`."""

    Full: bool
    """If set to `true`, report the DICOM tags in full format (tags indexed by their hexadecimal
    format, associated with their symbolic name and their value)
    """
    Level: str
    """This optional argument specifies the level of interest (can be `Patient`, `Study`, `Series`
    or `Instance`). Orthanc will loop over the items inside `Resources`, and explorer upward or
    downward in the DICOM hierarchy in order to find the level of interest.
    """
    Metadata: bool
    """If set to `true` (default value), the metadata associated with the resources will also be
    retrieved.
    """
    Resources: list[str]
    """List of the Orthanc identifiers of the patients/studies/series/instances of interest."""
    Short: bool
    """If set to `true`, report the DICOM tags in hexadecimal format"""


class PostToolsBulkDeleteBody(TypedDict, total=False):
    """Body of `POST /tools/bulk-delete`."""

    Resources: list[str]
    """List of the Orthanc identifiers of the patients/studies/series/instances of interest."""


class PostToolsBulkModifyBody(TypedDict, total=False):
    """Body of `POST /tools/bulk-modify`."""

    Asynchronous: bool
    """If `true`, run the job in asynchronous mode, which means that the REST API call will
    immediately return, reporting the identifier of a job. Prefer this flavor wherever possible.
    """
    Force: bool
    """Allow the modification of tags related to DICOM identifiers, at the risk of breaking the
    DICOM model of the real world
    """
    Keep: list[str]
    """Keep the original value of the specified tags, to be chosen among the `StudyInstanceUID`,
    `SeriesInstanceUID` and `SOPInstanceUID` tags. Avoid this feature as much as possible, as
    this breaks the DICOM model of the real world.
    """
    KeepSource: bool
    """If set to `false`, instructs Orthanc to the remove original resources. By default, the
    original resources are kept in Orthanc.
    """
    Level: str
    """Level of the modification (`Patient`, `Study`, `Series` or `Instance`). If absent, the level
    defaults to `Instance`, but is set to `Patient` if `PatientID` is modified, to `Study` if
    `StudyInstanceUID` is modified, or to `Series` if `SeriesInstancesUID` is modified. (new in
    Orthanc 1.9.7)
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job."""
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    PrivateCreator: str
    """The private creator to be used for private tags in `Replace`"""
    Remove: list[str]
    """List of tags that must be removed from the DICOM instances. Starting with Orthanc 1.9.4,
    paths to subsequences can be provided using the same syntax as the `dcmodify` command-line
    tool (wildcards are supported as well).
    """
    RemovePrivateTags: bool
    """Remove the private tags from the DICOM instances (defaults to `false`)"""
    Replace: dict[str, JsonValue]
    """Associative array to change the value of some DICOM tags in the DICOM instances. Starting
    with Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the
    `dcmodify` command-line tool (wildcards are supported as well).
    """
    Resources: list[str]
    """List of the Orthanc identifiers of the patients/studies/series/instances of interest."""
    Synchronous: bool
    """If `true`, run the job in synchronous mode, which means that the HTTP answer will directly
    contain the result of the job. This is the default, easy behavior, but it is *not* desirable
    for long jobs, as it might lead to network timeouts.
    """
    Transcode: str
    """Transcode the DICOM instances to the provided DICOM transfer syntax:
    https://book.orthanc-server.com/faq/transcoding.html
    """


class PostToolsCreateArchiveBody(TypedDict, total=False):
    """Body of `POST /tools/create-archive`."""

    Asynchronous: bool
    """If `true`, create the archive in asynchronous mode, which means that a job is submitted to
    create the archive in background.
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Resources: list[str]
    """The list of Orthanc identifiers of interest."""
    Synchronous: bool
    """If `true`, create the archive in synchronous mode, which means that the HTTP answer will
    directly contain the ZIP file. This is the default, easy behavior. However, if global
    configuration option "SynchronousZipStream" is set to "false", asynchronous transfers should
    be preferred for large amount of data, as the creation of the temporary file might lead to
    network timeouts.
    """
    Transcode: str
    """If present, the DICOM files in the archive will be transcoded to the provided transfer
    syntax: https://book.orthanc-server.com/faq/transcoding.html
    """


class PostToolsCreateDicomBody(TypedDict, total=False):
    """Body of `POST /tools/create-dicom`."""

    Content: str
    """This field can be used to embed an image (pixel data) or a PDF inside the created DICOM
    instance. The PNG image, the JPEG image or the PDF file must be provided using their [data
    URI scheme encoding](https://en.wikipedia.org/wiki/Data_URI_scheme). This field can possibly
    contain a JSON array, in which case a DICOM series is created containing one DICOM instance
    for each item in the `Content` field.
    """
    Force: bool
    """Avoid the consistency checks for the DICOM tags that enforce the DICOM model of the
    real-world. You can notably use this flag if you need to manually set the tags
    `StudyInstanceUID`, `SeriesInstanceUID`, or `SOPInstanceUID`. Be careful with this feature.
    """
    InterpretBinaryTags: bool
    """If some value in the `Tags` associative array is formatted according to some [data URI
    scheme encoding](https://en.wikipedia.org/wiki/Data_URI_scheme), whether this value is
    decoded to a binary value or kept as such (`true` by default)
    """
    Parent: str
    """If present, the newly created instance will be attached to the parent DICOM resource whose
    Orthanc identifier is contained in this field. The DICOM tags of the parent modules in the
    DICOM hierarchy will be automatically copied to the newly created instance.
    """
    PrivateCreator: str
    """The private creator to be used for private tags in `Tags`"""
    Tags: dict[str, JsonValue]
    """Associative array containing the tags of the new instance to be created"""


class PostToolsCreateMediaBody(TypedDict, total=False):
    """Body of `POST /tools/create-media`."""

    Asynchronous: bool
    """If `true`, create the archive in asynchronous mode, which means that a job is submitted to
    create the archive in background.
    """
    Extended: bool
    """If `true`, will include additional tags such as `SeriesDescription`, leading to a so-called
    *extended DICOMDIR*. Default value is `false`.
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Resources: list[str]
    """The list of Orthanc identifiers of interest."""
    Synchronous: bool
    """If `true`, create the archive in synchronous mode, which means that the HTTP answer will
    directly contain the ZIP file. This is the default, easy behavior. However, if global
    configuration option "SynchronousZipStream" is set to "false", asynchronous transfers should
    be preferred for large amount of data, as the creation of the temporary file might lead to
    network timeouts.
    """
    Transcode: str
    """If present, the DICOM files in the archive will be transcoded to the provided transfer
    syntax: https://book.orthanc-server.com/faq/transcoding.html
    """


class PostToolsCreateMediaExtendedBody(TypedDict, total=False):
    """Body of `POST /tools/create-media-extended`."""

    Asynchronous: bool
    """If `true`, create the archive in asynchronous mode, which means that a job is submitted to
    create the archive in background.
    """
    Extended: bool
    """If `true`, will include additional tags such as `SeriesDescription`, leading to a so-called
    *extended DICOMDIR*. Default value is `true`.
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The lower the value, the higher the priority."""
    Resources: list[str]
    """The list of Orthanc identifiers of interest."""
    Synchronous: bool
    """If `true`, create the archive in synchronous mode, which means that the HTTP answer will
    directly contain the ZIP file. This is the default, easy behavior. However, if global
    configuration option "SynchronousZipStream" is set to "false", asynchronous transfers should
    be preferred for large amount of data, as the creation of the temporary file might lead to
    network timeouts.
    """
    Transcode: str
    """If present, the DICOM files in the archive will be transcoded to the provided transfer
    syntax: https://book.orthanc-server.com/faq/transcoding.html
    """


class PostToolsDicomEchoBody(TypedDict, total=False):
    """Body of `POST /tools/dicom-echo`."""

    AET: str
    """AET of the remote DICOM modality"""
    CheckFind: bool
    """Issue a dummy C-FIND command after the C-GET SCU, in order to check whether the remote
    modality knows about Orthanc. This field defaults to the value of the `DicomEchoChecksFind`
    configuration option. New in Orthanc 1.8.1.
    """
    Host: str
    """Host address of the remote DICOM modality (typically, an IP address)"""
    Manufacturer: str
    """Manufacturer of the remote DICOM modality (check configuration option `DicomModalities` for
    possible values
    """
    Port: float
    """TCP port of the remote DICOM modality"""
    Timeout: float
    """Timeout for the C-ECHO command, in seconds"""
    UseDicomTls: bool
    """Whether to use DICOM TLS in the SCU connection initiated by Orthanc (new in Orthanc 1.9.0)"""


class PostToolsFindBody(TypedDict, total=False):
    """Body of `POST /tools/find`."""

    CaseSensitive: bool
    """Enable case-sensitive search for PN value representations (defaults to configuration option
    `CaseSensitivePN`)
    """
    Expand: bool
    """Also retrieve the content of the matching resources, not only their Orthanc identifiers"""
    Full: bool
    """If set to `true`, report the DICOM tags in full format (tags indexed by their hexadecimal
    format, associated with their symbolic name and their value)
    """
    Level: str
    """Level of the query (`Patient`, `Study`, `Series` or `Instance`)"""
    Limit: float
    """Limit the number of reported resources"""
    Query: dict[str, JsonValue]
    """Associative array containing the filter on the values of the DICOM tags"""
    Short: bool
    """If set to `true`, report the DICOM tags in hexadecimal format"""
    Since: float
    """Show only the resources since the provided index (in conjunction with `Limit`)"""
