# generated: do not edit, run make codegen
"""Typed JSON request bodies of the `Patients` tag, as far as the spec documents their keys (generated).

Every key is optional here (`total=False`): Orthanc's documentation does not say which are
required; the server answers 400 with a message when one is missing.
"""

from __future__ import annotations

from typing import TypedDict

from pydantic import JsonValue

__all__ = [
    "PostPatientAnonymizeBody",
    "PostPatientArchiveBody",
    "PostPatientMediaBody",
    "PostPatientModifyBody",
]


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
