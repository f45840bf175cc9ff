# generated: do not edit, run make codegen
"""Typed JSON request bodies of the `Instances` tag, as far as the spec documents their keys (generated).

Every key is optional here (`total=False`): Orthanc's documentation does not say which are
required; the server answers 400 with a message when one is missing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from pydantic import JsonValue

__all__ = [
    "PostInstanceAnonymizeBody",
    "PostInstanceModifyBody",
    "PostInstanceReconstructBody",
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
    Transcode: str
    """Transcode the DICOM instances to the provided DICOM transfer syntax:
    https://orthanc.uclouvain.be/book/faq/transcoding.html (Orthanc 1.12.7 and later.)
    """


class PostInstanceModifyBody(TypedDict, total=False):
    """Body of `POST /instances/{id}/modify`."""

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
    LossyQuality: float
    """If transcoding to a lossy transfer syntax, this entry defines the quality as an integer
    between 1 and 100. If not provided, the value is defined by the
    "DicomLossyTranscodingQuality" configuration. (new in v1.12.7) (Orthanc 1.12.7 and later.)
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
    Transcode: str
    """Transcode the DICOM instances to the provided DICOM transfer syntax:
    https://orthanc.uclouvain.be/book/faq/transcoding.html
    """


class PostInstanceReconstructBody(TypedDict, total=False):
    """Body of `POST /instances/{id}/reconstruct`."""

    LimitToThisLevelMainDicomTags: bool
    """Only reconstruct this level MainDicomTags by re-reading them from a random child instance of
    the resource. This option is much faster than a full reconstruct and is useful e.g. if you
    have modified the 'ExtraMainDicomTags' at the Study level to optimize the speed of some
    C-Find. 'false' by default. (New in Orthanc 1.12.4) (Orthanc 1.12.7 and later.)
    """
    ReconstructFiles: bool
    """Also reconstruct the files of the resources (e.g: apply IngestTranscoding,
    StorageCompression). 'false' by default. (New in Orthanc 1.11.0) (Orthanc 1.12.7 and later.)
    """
