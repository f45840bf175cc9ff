# generated: do not edit, run make codegen
"""Typed JSON request bodies of the `System` tag, as far as the spec documents their keys (generated).

Every key is optional here (`total=False`): Orthanc's documentation does not say which are
required; the server answers 400 with a message when one is missing.
"""

from __future__ import annotations

from typing import TypedDict

from pydantic import JsonValue

__all__ = [
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
