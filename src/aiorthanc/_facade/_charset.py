"""Decoding DICOM text by its SpecificCharacterSet (0008,0005), as PS3.5 section 6.1 lists them."""

from __future__ import annotations

__all__ = ["decode_text"]

# The defined terms of the single-byte and multi-byte character sets, with and without code
# extensions, and the Python codec of each.
_CODECS = {
    "": "latin_1",  # no SpecificCharacterSet: ISO 646; latin-1 keeps bytes Orthanc stored as is
    "ISO_IR 6": "latin_1",
    "ISO_IR 100": "latin_1",
    "ISO_IR 101": "iso8859_2",
    "ISO_IR 109": "iso8859_3",
    "ISO_IR 110": "iso8859_4",
    "ISO_IR 144": "iso8859_5",
    "ISO_IR 127": "iso8859_6",
    "ISO_IR 126": "iso8859_7",
    "ISO_IR 138": "iso8859_8",
    "ISO_IR 148": "iso8859_9",
    "ISO_IR 203": "iso8859_15",
    "ISO_IR 13": "shift_jis",
    "ISO_IR 166": "tis_620",
    "ISO_IR 192": "utf_8",
    "GB18030": "gb18030",
    "GBK": "gbk",
    "ISO 2022 IR 6": "latin_1",
    "ISO 2022 IR 100": "latin_1",
    "ISO 2022 IR 101": "iso8859_2",
    "ISO 2022 IR 109": "iso8859_3",
    "ISO 2022 IR 110": "iso8859_4",
    "ISO 2022 IR 144": "iso8859_5",
    "ISO 2022 IR 127": "iso8859_6",
    "ISO 2022 IR 126": "iso8859_7",
    "ISO 2022 IR 138": "iso8859_8",
    "ISO 2022 IR 148": "iso8859_9",
    "ISO 2022 IR 203": "iso8859_15",
    "ISO 2022 IR 13": "shift_jis",
    "ISO 2022 IR 166": "tis_620",
    "ISO 2022 IR 87": "iso2022_jp",
    "ISO 2022 IR 159": "iso2022_jp_2",
    "ISO 2022 IR 149": "iso2022_kr",
    "ISO 2022 IR 58": "iso2022_jp_2",
}


def decode_text(raw: bytes, specific_character_set: str) -> str:
    """`raw` decoded as `specific_character_set` (its raw value, backslash-separated) says.

    Several values mean code extensions (ISO 2022 escapes): pydicom decodes those when it is
    installed; otherwise the last named set is used. An unknown set reads as UTF-8, with
    undecodable bytes replaced.
    """
    terms = [t.strip(" \x00") for t in specific_character_set.split("\\")]
    if len(terms) > 1:
        try:
            from pydicom.charset import convert_encodings, decode_bytes

            return str(decode_bytes(raw, convert_encodings(terms), set()))
        except ImportError:
            pass
    return raw.decode(_CODECS.get(terms[-1], "utf_8"), errors="replace")
