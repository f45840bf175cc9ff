# generated: do not edit, run make codegen
"""Typed JSON request bodies of the `System` tag, as far as the spec documents their keys (generated).

Every key is optional here (`total=False`): Orthanc's documentation does not say which are
required; the server answers 400 with a message when one is missing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from pydantic import JsonValue

__all__ = [
    "PostToolsBulkAnonymizeBody",
    "PostToolsBulkContentBody",
    "PostToolsBulkDeleteBody",
    "PostToolsBulkModifyBody",
    "PostToolsCountResourcesBody",
    "PostToolsCreateArchiveBody",
    "PostToolsCreateDicomBody",
    "PostToolsCreateMediaBody",
    "PostToolsCreateMediaExtendedBody",
    "PostToolsDicomEchoBody",
    "PostToolsFindBody",
    "PostToolsReconstructBody",
]


class PostToolsBulkAnonymizeBody(TypedDict, total=False):
    """Body of `POST /tools/bulk-anonymize`."""

    DicomVersion: str
    """Version of the DICOM standard to be used for anonymization. Check out configuration option
    `DeidentifyLogsDicomVersion` for possible values.
    """
    Force: bool
    """Allow the modification of tags related to DICOM identifiers, at the risk of breaking the
    DICOM model of the real world
    """
    Keep: Sequence[str]
    """List of DICOM tags whose value must not be destroyed by the anonymization. Starting with
    Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the `dcmodify`
    command-line tool (wildcards are supported as well).
    """
    KeepLabels: bool
    """Keep the labels of all resources level (defaults to `false`) (Orthanc 1.12.7 and later.)"""
    KeepPrivateTags: bool
    """Keep the private tags from the DICOM instances (defaults to `false`)"""
    KeepSource: bool
    """If set to `false`, instructs Orthanc to the remove original resources. By default, the
    original resources are kept in Orthanc.
    """
    LossyQuality: float
    """If transcoding to a lossy transfer syntax, this entry defines the quality as an integer
    between 1 and 100. If not provided, the value is defined by the
    "DicomLossyTranscodingQuality" configuration. (new in v1.12.7) (Orthanc 1.12.7 and later.)
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job. Default value is `false`."""
    Priority: float
    """In asynchronous mode, the priority of the job. The higher the value, the higher the
    priority. Default value is `0`
    """
    PrivateCreator: str
    """The private creator to be used for private tags in `Replace`"""
    Remove: Sequence[str]
    """List of additional tags to be removed from the DICOM instances. Starting with Orthanc 1.9.4,
    paths to subsequences can be provided using the same syntax as the `dcmodify` command-line
    tool (wildcards are supported as well).
    """
    Replace: Mapping[str, JsonValue]
    """Associative array to change the value of some DICOM tags in the DICOM instances. Starting
    with Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the
    `dcmodify` command-line tool (wildcards are supported as well).
    """
    Resources: Sequence[str]
    """List of the Orthanc identifiers of the patients/studies/series/instances of interest."""
    Transcode: str
    """Transcode the DICOM instances to the provided DICOM transfer syntax:
    https://orthanc.uclouvain.be/book/faq/transcoding.html (Orthanc 1.12.7 and later.)
    """
    UserData: Mapping[str, JsonValue]
    """User data that will travel along with the job. (Orthanc 1.13.0 and later.)"""


class PostToolsBulkContentBody(TypedDict, total=False):
    """Body of `POST /tools/bulk-content`."""

    Full: bool
    """If set to `true`, report the DICOM tags in full format (tags indexed by their hexadecimal
    format, associated with their symbolic name and their value)
    """
    Level: str
    """This optional argument specifies the level of interest (can be `Patient`, `Study`, `Series`
    or `Instance`). Orthanc will loop over the items inside `Resources`, and explore upward or
    downward in the DICOM hierarchy in order to find the level of interest.
    """
    Metadata: bool
    """If set to `true` (default value), the metadata associated with the resources will also be
    retrieved.
    """
    Resources: Sequence[str]
    """List of the Orthanc identifiers of the patients/studies/series/instances of interest."""
    Short: bool
    """If set to `true`, report the DICOM tags in hexadecimal format"""


class PostToolsBulkDeleteBody(TypedDict, total=False):
    """Body of `POST /tools/bulk-delete`."""

    Resources: Sequence[str]
    """List of the Orthanc identifiers of the patients/studies/series/instances of interest.
    Starting from Orthanc 1.13.0, this array can also contain an array of JSON objects with 2
    fields each: 'Level' and 'ID'.
    """


class PostToolsBulkModifyBody(TypedDict, total=False):
    """Body of `POST /tools/bulk-modify`."""

    Force: bool
    """Allow the modification of tags related to DICOM identifiers, at the risk of breaking the
    DICOM model of the real world
    """
    Keep: Sequence[str]
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
    LossyQuality: float
    """If transcoding to a lossy transfer syntax, this entry defines the quality as an integer
    between 1 and 100. If not provided, the value is defined by the
    "DicomLossyTranscodingQuality" configuration. (new in v1.12.7) (Orthanc 1.12.7 and later.)
    """
    Permissive: bool
    """If `true`, ignore errors during the individual steps of the job. Default value is `false`."""
    Priority: float
    """In asynchronous mode, the priority of the job. The higher the value, the higher the
    priority. Default value is `0`
    """
    PrivateCreator: str
    """The private creator to be used for private tags in `Replace`"""
    Remove: Sequence[str]
    """List of tags that must be removed from the DICOM instances. Starting with Orthanc 1.9.4,
    paths to subsequences can be provided using the same syntax as the `dcmodify` command-line
    tool (wildcards are supported as well).
    """
    RemovePrivateTags: bool
    """Remove the private tags from the DICOM instances (defaults to `false`)"""
    Replace: Mapping[str, JsonValue]
    """Associative array to change the value of some DICOM tags in the DICOM instances. Starting
    with Orthanc 1.9.4, paths to subsequences can be provided using the same syntax as the
    `dcmodify` command-line tool (wildcards are supported as well).
    """
    Resources: Sequence[str]
    """List of the Orthanc identifiers of the patients/studies/series/instances of interest."""
    Transcode: str
    """Transcode the DICOM instances to the provided DICOM transfer syntax:
    https://orthanc.uclouvain.be/book/faq/transcoding.html
    """
    UserData: Mapping[str, JsonValue]
    """User data that will travel along with the job. (Orthanc 1.13.0 and later.)"""


class PostToolsCountResourcesBody(TypedDict, total=False):
    """Body of `POST /tools/count-resources`."""

    Full: bool
    """If set to `true`, report the DICOM tags in full format (tags indexed by their hexadecimal
    format, associated with their symbolic name and their value)
    """
    Labels: Sequence[str]
    """List of strings specifying which labels to look for in the resources (new in Orthanc 1.12.0)"""
    LabelsConstraint: str
    """Constraint on the labels, can be `All`, `Any`, or `None` (defaults to `All`, new in Orthanc
    1.12.0). From 1.12.11: using `None` together with an empty list of labels looks for the
    resources that do not have any labels attached.
    """
    Level: str
    """Level of the query (`Patient`, `Study`, `Series` or `Instance`)"""
    MetadataQuery: Mapping[str, JsonValue]
    """Associative array containing the filter on the values of the metadata (new in Orthanc
    1.12.5)
    """
    ParentPatient: str
    """Limit the reported resources to descendants of this patient (new in Orthanc 1.12.5)"""
    ParentSeries: str
    """Limit the reported resources to descendants of this series (new in Orthanc 1.12.5)"""
    ParentStudy: str
    """Limit the reported resources to descendants of this study (new in Orthanc 1.12.5)"""
    Query: Mapping[str, JsonValue]
    """Associative array containing the filter on the values of the DICOM tags"""
    Short: bool
    """If set to `true`, report the DICOM tags in hexadecimal format"""


class PostToolsCreateArchiveBody(TypedDict, total=False):
    """Body of `POST /tools/create-archive`."""

    Asynchronous: bool
    """If `true`, create the archive in asynchronous mode, which means that a job is submitted to
    create the archive in background.
    """
    Filename: str
    """Filename to set in the "Content-Disposition" HTTP header (including file extension) (Orthanc
    1.12.7 and later.)
    """
    LossyQuality: float
    """If transcoding to a lossy transfer syntax, this entry defines the quality as an integer
    between 1 and 100. If not provided, the value is defined by the
    "DicomLossyTranscodingQuality" configuration. (new in 1.12.7) (Orthanc 1.12.7 and later.)
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The higher the value, the higher the
    priority.
    """
    Resources: Sequence[str]
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
    syntax: https://orthanc.uclouvain.be/book/faq/transcoding.html
    """
    UserData: Mapping[str, JsonValue]
    """In asynchronous mode, user data that will be attached to the job. (Orthanc 1.13.0 and
    later.)
    """
    Utf8: bool
    """If `true`, filenames will be encoded using UTF-8 in the ZIP archive, which may not be
    supported by your operating system or by your ZIP uncompression software. If `false`,
    filenames will be encoded using plain ASCII, which was the default in Orthanc <= 1.12.10.
    Default value is defined by the "ZipUseUtf8" configuration option. (new in 1.12.11) (Orthanc
    1.13.0 and later.)
    """


class PostToolsCreateDicomBody(TypedDict, total=False):
    """Body of `POST /tools/create-dicom`."""

    Content: str
    """This field can be used to embed an image (pixel data encoded as PNG or JPEG), a PDF, or a 3D
    manufactoring model (MTL/OBJ/STL) inside the created DICOM instance. The file to be
    encapsulated must be provided using its [data URI scheme
    encoding](https://en.wikipedia.org/wiki/Data_URI_scheme). This field can possibly contain a
    JSON array, in which case a DICOM series is created containing one DICOM instance for each
    item in the `Content` field.
    """
    Encapsulate: bool
    """If set to `true`, encapsulate the binary data of `ContentData` as such, using a compressed
    transfer syntax. Only applicable if `ContentData` contains a grayscale or color JPEG image
    in 8bpp, in which case the transfer syntax is set to "1.2.840.10008.1.2.4.50". (new in
    Orthanc 1.12.7) (Orthanc 1.12.7 and later.)
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
    Tags: Mapping[str, JsonValue]
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
    Filename: str
    """Filename to set in the "Content-Disposition" HTTP header (including file extension) (Orthanc
    1.12.7 and later.)
    """
    LossyQuality: float
    """If transcoding to a lossy transfer syntax, this entry defines the quality as an integer
    between 1 and 100. If not provided, the value is defined by the
    "DicomLossyTranscodingQuality" configuration. (new in 1.12.7) (Orthanc 1.12.7 and later.)
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The higher the value, the higher the
    priority.
    """
    Resources: Sequence[str]
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
    syntax: https://orthanc.uclouvain.be/book/faq/transcoding.html
    """
    UserData: Mapping[str, JsonValue]
    """In asynchronous mode, user data that will be attached to the job. (Orthanc 1.13.0 and
    later.)
    """
    Utf8: bool
    """If `true`, filenames will be encoded using UTF-8 in the ZIP archive, which may not be
    supported by your operating system or by your ZIP uncompression software. If `false`,
    filenames will be encoded using plain ASCII, which was the default in Orthanc <= 1.12.10.
    Default value is defined by the "ZipUseUtf8" configuration option. (new in 1.12.11) (Orthanc
    1.13.0 and later.)
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
    Filename: str
    """Filename to set in the "Content-Disposition" HTTP header (including file extension) (Orthanc
    1.12.7 and later.)
    """
    LossyQuality: float
    """If transcoding to a lossy transfer syntax, this entry defines the quality as an integer
    between 1 and 100. If not provided, the value is defined by the
    "DicomLossyTranscodingQuality" configuration. (new in 1.12.7) (Orthanc 1.12.7 and later.)
    """
    Priority: float
    """In asynchronous mode, the priority of the job. The higher the value, the higher the
    priority.
    """
    Resources: Sequence[str]
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
    syntax: https://orthanc.uclouvain.be/book/faq/transcoding.html
    """
    UserData: Mapping[str, JsonValue]
    """In asynchronous mode, user data that will be attached to the job. (Orthanc 1.13.0 and
    later.)
    """
    Utf8: bool
    """If `true`, filenames will be encoded using UTF-8 in the ZIP archive, which may not be
    supported by your operating system or by your ZIP uncompression software. If `false`,
    filenames will be encoded using plain ASCII, which was the default in Orthanc <= 1.12.10.
    Default value is defined by the "ZipUseUtf8" configuration option. (new in 1.12.11) (Orthanc
    1.13.0 and later.)
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
    to this modality
    """
    UseDicomTls: bool
    """Whether to use DICOM TLS in the SCU connection initiated by Orthanc (new in Orthanc 1.9.0)"""


class PostToolsFindBody(TypedDict, total=False):
    """Body of `POST /tools/find`."""

    CaseSensitive: bool
    """Enable case-sensitive search for PN value representations (defaults to configuration option
    `CaseSensitivePN`)
    """
    Expand: bool
    """If set to "true", retrieve detailed information about the individual resources, not only
    their Orthanc identifiers
    """
    Full: bool
    """If set to `true`, report the DICOM tags in full format (tags indexed by their hexadecimal
    format, associated with their symbolic name and their value)
    """
    Labels: Sequence[str]
    """List of strings specifying which labels to look for in the resources (new in Orthanc 1.12.0)
    (Orthanc 1.12.7 and later.)
    """
    LabelsConstraint: str
    """Constraint on the labels, can be `All`, `Any`, or `None` (defaults to `All`, new in Orthanc
    1.12.0). From 1.12.11: using `None` together with an empty list of labels looks for the
    resources that do not have any labels attached. (Orthanc 1.12.7 and later.)
    """
    Level: str
    """Level of the query (`Patient`, `Study`, `Series` or `Instance`)"""
    Limit: float
    """Limit the number of reported resources"""
    MetadataQuery: Mapping[str, JsonValue]
    """Associative array containing the filter on the values of the metadata (new in Orthanc
    1.12.5) (Orthanc 1.12.7 and later.)
    """
    OrderBy: Sequence[Mapping[str, JsonValue]]
    """Array of associative arrays containing the requested ordering (new in Orthanc 1.12.5)
    (Orthanc 1.12.7 and later.)
    """
    ParentPatient: str
    """Limit the reported resources to descendants of this patient (new in Orthanc 1.12.5) (Orthanc
    1.12.7 and later.)
    """
    ParentSeries: str
    """Limit the reported resources to descendants of this series (new in Orthanc 1.12.5) (Orthanc
    1.12.7 and later.)
    """
    ParentStudy: str
    """Limit the reported resources to descendants of this study (new in Orthanc 1.12.5) (Orthanc
    1.12.7 and later.)
    """
    Query: Mapping[str, JsonValue]
    """Associative array containing the filter on the values of the DICOM tags"""
    RequestedTags: Sequence[str]
    """A list of DICOM tags to include in the response (applicable only if "Expand" is set to
    true). The tags requested tags are returned in the 'RequestedTags' field in the response.
    Note that, if you are requesting tags that are not listed in the Main Dicom Tags stored in
    DB, building the response might be slow since Orthanc will need to access the DICOM files.
    If not specified, Orthanc will return all Main Dicom Tags to keep backward compatibility
    with Orthanc prior to 1.11.0. (Orthanc 1.12.7 and later.)
    """
    ResponseContent: Sequence[str]
    """Defines the content of response for each returned resource. (this field, if present,
    overrides the "Expand" field). Allowed values are `MainDicomTags`, `Metadata`, `Children`,
    `Parent`, `Labels`, `Status`, `IsStable`, `IsProtected`, `Attachments`. If not specified,
    Orthanc will return `MainDicomTags`, `Metadata`, `Children`, `Parent`, `Labels`, `Status`,
    `IsStable`, `IsProtected`.(new in Orthanc 1.12.5) (Orthanc 1.12.7 and later.)
    """
    Short: bool
    """If set to `true`, report the DICOM tags in hexadecimal format"""
    Since: float
    """Show only the resources since the provided index (in conjunction with `Limit`)"""


class PostToolsReconstructBody(TypedDict, total=False):
    """Body of `POST /tools/reconstruct`."""

    ReconstructFiles: bool
    """Also reconstruct the files of the resources (e.g: apply IngestTranscoding,
    StorageCompression). 'false' by default. (New in Orthanc 1.11.0) (Orthanc 1.12.7 and later.)
    """
