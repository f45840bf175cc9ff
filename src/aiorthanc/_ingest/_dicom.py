"""Recognise DICOM by content and compute Orthanc IDs locally from the UIDs."""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from typing import IO

__all__ = [
    "DICOMDIR_SOP_CLASS",
    "DicomHeader",
    "HEAD_SIZE",
    "orthanc_id",
    "parse_header",
    "sniff",
]

DICOMDIR_SOP_CLASS = "1.2.840.10008.1.3.10"
# Enough bytes to tell DICOM (DICM at 128), ZIP, gzip, bzip2, xz and tar (ustar at 257) apart.
HEAD_SIZE = 512

_TAGS = [
    (0x0008, 0x0016),  # SOPClassUID
    (0x0008, 0x0018),  # SOPInstanceUID
    (0x0010, 0x0020),  # PatientID
    (0x0020, 0x000D),  # StudyInstanceUID
    (0x0020, 0x000E),  # SeriesInstanceUID
]
# Groups a preamble-less DICOM stream usually starts with (file meta, identifying, ...).
_BARE_FIRST_GROUPS = {0x0002, 0x0008}


def orthanc_id(*parts: str) -> str:
    """Orthanc's ID of a resource from its identifying values.

    Patient: `orthanc_id(patient_id)`; study: `(patient_id, study_uid)`; series: add the series
    UID; instance: add the SOP instance UID. SHA-1 of the values joined with "|", as five
    dash-separated groups of 8 hex digits.
    """
    digest = hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()  # noqa: S324 - an ID
    return "-".join(digest[i : i + 8] for i in range(0, 40, 8))


def sniff(head: bytes) -> str | None:
    """The kind of content from its first bytes: "dicom", "dicom?" (maybe, without preamble),
    "zip", "gzip", "bzip2", "xz", "tar", "json", "empty", or None (not something we read)."""
    if not head:
        return "empty"
    if head[128:132] == b"DICM":
        return "dicom"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "zip"
    if head[:2] == b"\x1f\x8b":
        return "gzip"
    if head[:3] == b"BZh":
        return "bzip2"
    if head[:6] == b"\xfd7zXZ\x00":
        return "xz"
    if head[257:262] == b"ustar":
        return "tar"
    if head.lstrip()[:1] in (b"{", b"["):
        return "json"
    if _looks_like_bare_dicom(head):
        return "dicom?"
    return None


def _looks_like_bare_dicom(head: bytes) -> bool:
    # A DICOM stream without preamble starts with a low group, little or big endian, element 0
    # or a group length; the (even) length of the first element must fit in what follows.
    if len(head) < 8:
        return False
    for order in ("little", "big"):
        group = int.from_bytes(head[0:2], "little" if order == "little" else "big")
        if group in _BARE_FIRST_GROUPS:
            return True
    return False


@dataclass(frozen=True, slots=True)
class DicomHeader:
    """What the import needs from a DICOM header."""

    instance_id: str | None
    """The Orthanc ID computed from the UIDs; None if a UID is missing."""
    study_id: str | None
    sop_class_uid: str
    media_storage_sop_class_uid: str

    @property
    def is_dicomdir(self) -> bool:
        """True for a DICOMDIR (a media directory, not an instance)."""
        return DICOMDIR_SOP_CLASS in (self.sop_class_uid, self.media_storage_sop_class_uid)


def parse_header(source: bytes | IO[bytes], *, force: bool = False) -> DicomHeader | None:
    """Read the identifying part of a DICOM header; None if pydicom cannot read it.

    Only the header is parsed (`stop_before_pixels`, a few tags), so big files are not loaded.
    """
    import pydicom
    from pydicom.errors import InvalidDicomError

    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            dataset = pydicom.dcmread(
                stream, stop_before_pixels=True, specific_tags=_TAGS, force=force
            )
            meta_class = str(dataset.file_meta.get("MediaStorageSOPClassUID", "") or "")
            values = {
                keyword: _clean(dataset.get(keyword))
                for keyword in (
                    "SOPClassUID",
                    "SOPInstanceUID",
                    "PatientID",
                    "StudyInstanceUID",
                    "SeriesInstanceUID",
                )
            }
    except (InvalidDicomError, EOFError, OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    except Exception:  # pydicom raises many kinds of errors on broken files
        return None
    patient = values["PatientID"]
    study, series, sop = (
        values["StudyInstanceUID"],
        values["SeriesInstanceUID"],
        values["SOPInstanceUID"],
    )
    if not (study and series and sop):
        return DicomHeader(None, None, values["SOPClassUID"], _clean(meta_class))
    return DicomHeader(
        instance_id=orthanc_id(patient, study, series, sop),
        study_id=orthanc_id(patient, study),
        sop_class_uid=values["SOPClassUID"],
        media_storage_sop_class_uid=_clean(meta_class),
    )


def _clean(value: object) -> str:
    # Orthanc strips the padding (spaces, NULs) that DICOM puts at the end of odd-length values.
    if value is None:
        return ""
    return str(value).strip(" \x00")
