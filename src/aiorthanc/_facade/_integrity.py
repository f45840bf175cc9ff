"""Is a downloaded body whole? Its Content-Length when sent, otherwise its format's own end.

Orthanc 1.10.1 sends archives and media with `Connection: close` and no length: a connection
that ends early then looks like the end of the body. A ZIP ends with its end of central
directory record, which says where the central directory starts and how long it is: a cut
archive has no such record at the end, or one that does not add up. A DICOM file starts with a
128-byte preamble and "DICM"; when pydicom is installed a saved file is parsed whole.
"""

from __future__ import annotations

import struct
import warnings
import zipfile
from pathlib import Path
from typing import Literal

import httpx

from aiorthanc._errors import IncompleteAnswerError
from aiorthanc._redact import redact_url

__all__ = ["BodyCheck", "Format", "check_saved", "format_of"]

Format = Literal["zip", "dicom"]

_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
# The end record plus its longest comment: where the end of a ZIP must be found.
_TAIL = _EOCD_SIZE + 0xFFFF + 20 + 56


def format_of(path: str) -> Format | None:
    """The format of the body of an Orthanc route: archives and media are ZIPs."""
    last = path.rstrip("/").rsplit("/", 1)[-1]
    if last in ("archive", "media", "create-archive", "create-media"):
        return "zip"
    if last == "file":
        return "dicom"
    return None


class BodyCheck:
    """Follows a body as it streams; `finish()` raises `IncompleteAnswerError` if it is cut."""

    def __init__(self, response: httpx.Response, kind: Format | None) -> None:
        self._request = response.request
        length = response.headers.get("content-length")
        self.expected: int | None = int(length) if length is not None and length.isdigit() else None
        # A length, when sent, settles it; the format is read only without one.
        self._kind = kind if self.expected is None else None
        self.received: int = 0
        self._head = b""
        self._tail = b""

    def feed(self, chunk: bytes) -> None:
        """Count a chunk of the body, as it arrives."""
        self.received += len(chunk)
        if self._kind is None:
            return
        if len(self._head) < 132:
            self._head += chunk[: 132 - len(self._head)]
        if self._kind == "zip":
            self._tail = (self._tail + chunk)[-_TAIL:]

    def finish(self) -> None:
        """Raise `IncompleteAnswerError` unless the body is known complete."""
        if self.expected is not None and self.received != self.expected:
            self.fail(f"{self.received} of the {self.expected} bytes announced")
        if self._kind == "zip" and not _zip_end_fits(self._tail, self.received):
            self.fail(f"{self.received} bytes that end without a ZIP's end of central directory")
        if self._kind == "dicom" and (len(self._head) < 132 or self._head[128:132] != b"DICM"):
            self.fail(f"{self.received} bytes that do not start as a DICOM file")

    def fail(self, what: str) -> None:
        """Raise `IncompleteAnswerError` for this request."""
        request = self._request
        url = redact_url(request.url)
        raise IncompleteAnswerError(
            f"{request.method} {url}: the answer ended early ({what})",
            method=request.method,
            url=url,
        )

    @property
    def needs_parse(self) -> Format | None:
        """The format to check in the saved file: only when no length said it is whole."""
        return self._kind


def _zip_end_fits(tail: bytes, total: int) -> bool:
    """True if `tail` (the last bytes of a `total`-byte body) ends with a consistent ZIP end."""
    start = tail.rfind(_EOCD)
    while start >= 0:
        if start + _EOCD_SIZE <= len(tail):
            fields = struct.unpack("<4s4H2LH", tail[start : start + _EOCD_SIZE])
            entries, cd_size, cd_offset, comment = fields[4], fields[5], fields[6], fields[7]
            if start + _EOCD_SIZE + comment == len(tail):
                at = total - len(tail) + start  # the record's offset in the body
                if 0xFFFF in (entries,) or 0xFFFFFFFF in (cd_size, cd_offset):
                    return _zip64_end_fits(tail, start, total)
                return bool(cd_offset + cd_size == at)
        start = tail.rfind(_EOCD, 0, start)
    return False


def _zip64_end_fits(tail: bytes, eocd: int, total: int) -> bool:
    locator = eocd - 20
    if locator < 0 or tail[locator : locator + 4] != _ZIP64_LOCATOR:
        return False
    record_offset: int = struct.unpack("<Q", tail[locator + 8 : locator + 16])[0]
    record = record_offset - (total - len(tail))
    if record < 0 or tail[record : record + 4] != _ZIP64_EOCD:
        return record < 0  # the record lies before the tail kept: trust the locator
    cd_size, cd_offset = struct.unpack("<QQ", tail[record + 40 : record + 56])
    return bool(cd_offset + cd_size == record_offset)


def check_saved(path: Path, kind: Format | None, check: BodyCheck) -> None:
    """Check a saved file whose length was not announced (in a worker thread): a ZIP's CRCs,
    a DICOM file's parse when pydicom is installed."""
    if kind == "zip":
        try:
            with zipfile.ZipFile(path) as archive:
                bad = archive.testzip()
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            check.fail(f"not a whole ZIP: {exc}")
        else:
            if bad is not None:
                check.fail(f"member {bad!r} fails its CRC check")
    elif kind == "dicom":
        _parse_dicom(path, check)


def _parse_dicom(path: Path, check: BodyCheck) -> None:
    try:
        import pydicom
    except ImportError:
        return  # the preamble was checked while streaming
    size = path.stat().st_size
    try:
        with warnings.catch_warnings():
            # pydicom warns, and goes on, when a file ends inside a sequence or pixel data.
            warnings.simplefilter("error")
            dataset = pydicom.dcmread(path)
            tags = sorted(dataset.keys())
            last = dataset.get_item(tags[-1]) if tags else None
    except Exception as exc:
        check.fail(f"not a whole DICOM file: {type(exc).__name__}")
    if last is None:
        check.fail("a DICOM file without a data set")
    # pydicom reads a value cut short without a word: the last value must end with the file.
    length, start = getattr(last, "length", None), getattr(last, "value_tell", None)
    if not isinstance(length, int) or not isinstance(start, int) or length == 0xFFFFFFFF:
        return  # a value read already, or of undefined length (its delimiter was found)
    if start + length != size:
        check.fail(f"a DICOM file of {size} bytes whose last value ends at {start + length}")
