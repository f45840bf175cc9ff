"""Recognise DICOM by content and compute Orthanc IDs locally from the UIDs."""

from __future__ import annotations

import hashlib
import io
import struct
import warnings
from dataclasses import dataclass
from typing import IO

__all__ = [
    "DICOMDIR_SOP_CLASS",
    "DicomHeader",
    "HEAD_SIZE",
    "orthanc_id",
    "parse_header",
    "pydicom_available",
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
    """Read the identifying part of a DICOM header; None if it cannot be read.

    Only the header is parsed: the common encodings (explicit or implicit VR little endian,
    compressed pixel data) by a small scanner, anything else by pydicom (`stop_before_pixels`, a
    few tags). From a stream, only its first 64 KiB are read, and it is not seeked back (a
    member of a compressed archive would be decompressed again from the archive's start): a
    header longer than that gives no ID, and the file is then sent alone for Orthanc to judge.
    """
    data = source if isinstance(source, bytes) else source.read(_SCAN_SIZE)
    if not force:
        fast = _scan(data)
        if fast is not None:
            return fast
    return _parse_with_pydicom(data, force=force)


# The scanner gives up (and pydicom takes over) beyond this many bytes of header.
_SCAN_SIZE = 64 * 1024
_TAG_STOP = 0x0020000E
_WANTED = {
    0x00080016: "SOPClassUID",
    0x00080018: "SOPInstanceUID",
    0x00100020: "PatientID",
    0x0020000D: "StudyInstanceUID",
    0x0020000E: "SeriesInstanceUID",
}
_LONG_VRS = {
    b"OB",
    b"OD",
    b"OF",
    b"OL",
    b"OV",
    b"OW",
    b"SQ",
    b"SV",
    b"UC",
    b"UN",
    b"UR",
    b"UT",
    b"UV",
}
_IMPLICIT_LE = "1.2.840.10008.1.2"
_BIG_ENDIAN = "1.2.840.10008.1.2.2"
_DEFLATED = "1.2.840.10008.1.2.1.99"


def _scan(data: bytes) -> DicomHeader | None:
    """The identifying values of a little-endian DICOM file, or None to let pydicom decide."""
    if data[128:132] != b"DICM":
        return None
    meta = _elements(data, 132, explicit=True, stop_group=0x0002)
    if meta is None:
        return None
    values, offset = meta
    meta_class = values.get(0x00020002, "")
    if meta_class == DICOMDIR_SOP_CLASS:
        return DicomHeader(None, None, "", meta_class)  # whatever its size and content
    syntax = values.get(0x00020010, "")
    if syntax in (_BIG_ENDIAN, _DEFLATED) or not syntax:
        return None
    found = _elements(data, offset, explicit=syntax != _IMPLICIT_LE, stop_group=None)
    if found is None:
        return None
    named = {name: found[0].get(tag, "") for tag, name in _WANTED.items()}
    patient, study = named["PatientID"], named["StudyInstanceUID"]
    series, sop = named["SeriesInstanceUID"], named["SOPInstanceUID"]
    if not (study and series and sop):
        return DicomHeader(None, None, named["SOPClassUID"], meta_class)
    return DicomHeader(
        instance_id=orthanc_id(patient, study, series, sop),
        study_id=orthanc_id(patient, study),
        sop_class_uid=named["SOPClassUID"],
        media_storage_sop_class_uid=meta_class,
    )


_TAG = struct.Struct("<HH")
_EXPLICIT = struct.Struct("<HH2sH")  # group, element, VR, 16-bit length
_IMPLICIT = struct.Struct("<HHI")  # group, element, 32-bit length
_LENGTH = struct.Struct("<I")
_UNDEFINED = 0xFFFFFFFF
_ITEM_END, _SEQUENCE_END = 0xFFFEE00D, 0xFFFEE0DD


def _elements(
    data: bytes, offset: int, *, explicit: bool, stop_group: int | None
) -> tuple[dict[int, str], int] | None:
    """Read top-level elements from `offset`: while in `stop_group` (file meta), or up to the
    series UID. Text values of the wanted tags are decoded; None on anything unusual."""
    values: dict[int, str] = {}
    end = len(data)
    while True:
        if offset + 8 > end:
            # Ran out of bytes: fine only when the data set itself ended here.
            return (values, offset) if offset == end and stop_group is None else None
        group, number = _TAG.unpack_from(data, offset)
        if stop_group is not None and group != stop_group:
            return values, offset  # before its VR: the data set may be implicit
        if stop_group is None and (group << 16 | number) > _TAG_STOP:
            return values, offset
        element = _element(data, offset, explicit)
        if element is None:
            return None
        tag, start, length = element
        if length == _UNDEFINED:  # a sequence (or encapsulated data) ended by a delimiter
            after = _skip_undefined(data, start, explicit, depth=0)
            if after is None:
                return None
            offset = after
            continue
        offset = start + length
        if offset > end:
            return None  # a cut header: pydicom's job
        if tag in _WANTED or tag in (0x00020002, 0x00020010):
            raw = data[start:offset]
            if not raw.isascii():
                return None  # a character set to decode: pydicom's job
            values[tag] = raw.decode("ascii").strip(" \x00")


def _element(data: bytes, offset: int, explicit: bool) -> tuple[int, int, int] | None:
    """(tag, value offset, value length) of the element at `offset`; None if unreadable."""
    if explicit:
        group, number, vr, length = _EXPLICIT.unpack_from(data, offset)
        if group == 0xFFFE:  # item and delimiters have no VR, whatever the syntax
            return group << 16 | number, offset + 8, _LENGTH.unpack_from(data, offset + 4)[0]
        if vr in _LONG_VRS:
            if offset + 12 > len(data):
                return None
            return group << 16 | number, offset + 12, _LENGTH.unpack_from(data, offset + 8)[0]
        if not (vr.isalpha() and vr.isupper()):
            return None
        return group << 16 | number, offset + 8, length
    group, number, length = _IMPLICIT.unpack_from(data, offset)
    return group << 16 | number, offset + 8, length


def _skip_undefined(data: bytes, offset: int, explicit: bool, *, depth: int) -> int | None:
    """The offset after the delimiter of the undefined-length value starting at `offset`: items
    (of a defined length or their own delimiter) up to the sequence delimiter; None if the data
    end first or nest absurdly deep."""
    if depth > _MAX_DEPTH:
        return None
    end = len(data)
    while offset + 8 <= end:
        element = _element(data, offset, explicit)
        if element is None:
            return None
        tag, start, length = element
        if tag in (_SEQUENCE_END, _ITEM_END):
            return start
        if length == _UNDEFINED:  # an item, or a nested sequence, ended by its delimiter
            after = _skip_undefined(data, start, explicit, depth=depth + 1)
            if after is None:
                return None
            offset = after
        else:
            offset = start + length
    return None


# Sequences nested deeper than this are left to pydicom.
_MAX_DEPTH = 16


def pydicom_available() -> bool:
    """Whether pydicom (the `dicom` extra) can be imported: headers the scanner gives up on
    are then left to Orthanc's judgement."""
    try:
        import pydicom  # noqa: F401
    except ImportError:
        return False
    return True


def _parse_with_pydicom(source: bytes, *, force: bool) -> DicomHeader | None:
    try:
        import pydicom
        from pydicom.errors import InvalidDicomError
    except ImportError:  # core install: no ID, so the file goes alone and Orthanc judges it
        return None

    stream = io.BytesIO(source)
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
