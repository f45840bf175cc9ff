"""`multipart/related`: parts read incrementally from a stream, and a streamed body written.

Reading goes through the `multipart` package's push parser (sans-I/O, bounded buffers), made to
accept the parts of `multipart/related` (it expects form data by default). Memory stays bounded
by the network chunks whatever the size of the answer: each part's body is handed on chunk by
chunk, and a part the caller leaves unread is skipped, not buffered.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import AsyncGenerator, AsyncIterator, Mapping
from typing import Any

from aiorthanc._constants import MULTIPART_MAX_HEADER_BYTES
from aiorthanc._errors import OptionalDependencyError, UnexpectedAnswerError

__all__ = [
    "MultipartError",
    "Part",
    "closing_delimiter",
    "new_boundary",
    "parse_media_type",
    "part_prefix",
    "read_parts",
]

# Orthanc's parts have 2-4 headers; a few more leave room for other servers.
_MAX_HEADERS_PER_PART = 32


class MultipartError(UnexpectedAnswerError):
    """A multipart answer could not be read: not multipart, broken framing, cut short, or a part
    of an unexpected type or size. Nothing half-read is kept (no file is left behind)."""


def _multipart_module() -> Any:
    try:
        import multipart
    except ImportError as exc:
        raise OptionalDependencyError(
            "DICOMweb needs the multipart package, which is not installed: "
            "pip install 'aiorthanc[dicomweb]'"
        ) from exc
    return multipart


def parse_media_type(value: str) -> tuple[str, dict[str, str]]:
    """`'multipart/related; type="application/dicom"; boundary=x'` -> the type and its options.

    The type is lower-cased; option names too, values are unquoted.
    """
    media_type, options = _multipart_module().parse_options_header(value)
    return str(media_type).lower(), {str(k).lower(): str(v) for k, v in options.items()}


class Part:
    """One part of a multipart answer: its headers, and its body read as a stream.

    Read the body (`iter_bytes()` or `read()`) before asking the reader for the next part; a
    part left unread is skipped.
    """

    def __init__(self, headers: Mapping[str, str], events: AsyncIterator[Any]) -> None:
        self.headers: dict[str, str] = {name.lower(): value for name, value in headers.items()}
        self._events = events
        self._done = False

    @property
    def content_type(self) -> str:
        """The part's Content-Type header as sent ("" when absent)."""
        return self.headers.get("content-type", "")

    @property
    def media_type(self) -> str:
        """The part's media type without options, lower-cased (e.g. "application/dicom")."""
        return parse_media_type(self.content_type)[0] if self.content_type else ""

    async def iter_bytes(self) -> AsyncIterator[bytes]:
        """The body, in the chunks in which it arrives."""
        if self._done:
            return
        async for event in self._events:
            if event is None:
                self._done = True
                return
            if not isinstance(event, bytes | bytearray | memoryview):
                raise MultipartError("a multipart part started before the previous one ended")
            yield bytes(event)
        raise MultipartError("the multipart answer ended inside a part")

    async def read(self, max_bytes: int) -> bytes:
        """The whole body; `MultipartError` past `max_bytes` (memory stays bounded)."""
        buffer = bytearray()
        async for chunk in self.iter_bytes():
            buffer += chunk
            if len(buffer) > max_bytes:
                raise MultipartError(
                    f"a part of the multipart answer is larger than {max_bytes} bytes "
                    "(raise max_part_bytes, or save to files instead)"
                )
        return bytes(buffer)

    async def skip(self) -> None:
        """Read the rest of the body and drop it."""
        async for _ in self.iter_bytes():
            pass


async def read_parts(
    chunks: AsyncIterator[bytes],
    content_type: str,
    *,
    max_header_bytes: int = MULTIPART_MAX_HEADER_BYTES,
) -> AsyncGenerator[Part, None]:
    """The parts of a `multipart/related` body arriving as `chunks`, one at a time.

    Raises:
        MultipartError: `content_type` is not multipart/related with a boundary, or the body
            is not well formed (no final boundary, headers too large, ...).
    """
    media_type, options = parse_media_type(content_type) if content_type else ("", {})
    boundary = options.get("boundary")
    if media_type != "multipart/related" or not boundary:
        raise MultipartError(
            f"expected a multipart/related answer with a boundary, got {content_type or 'none'!r}"
        )
    module = _multipart_module()
    parser = _related_parser(module)(
        boundary,
        max_header_size=max_header_bytes,
        max_header_count=_MAX_HEADERS_PER_PART,
    )
    events = _events(module, parser, chunks)
    async for event in events:
        if isinstance(event, module.MultipartSegment):
            part = Part(dict(event.headerlist), events)
            yield part
            await part.skip()
        else:  # pragma: no cover - the parser emits body chunks only inside a part
            raise MultipartError("body data outside any part of the multipart answer")


async def _events(module: Any, parser: Any, chunks: AsyncIterator[bytes]) -> AsyncIterator[Any]:
    try:
        async for chunk in chunks:
            for event in parser.parse(chunk):
                yield event
        for event in parser.parse(b""):
            yield event
    except module.MultipartError as exc:
        raise MultipartError(f"the multipart answer is not well formed: {exc}") from None


@functools.cache
def _related_parser(module: Any) -> Any:
    # The push parser checks Content-Disposition: form-data in one overridable method, which
    # the parts of multipart/related do not have.
    class RelatedParser(module.PushMultipartParser):  # type: ignore[misc]
        def _create_segment(self, headerlist: list[tuple[str, str]]) -> Any:
            return module.MultipartSegment(headerlist)

    return RelatedParser


def new_boundary() -> str:
    """A boundary that cannot occur in the parts by chance."""
    return f"aiorthanc-{secrets.token_hex(16)}"


def part_prefix(boundary: str, content_type: str, *, first: bool) -> bytes:
    """What goes before a part's body: the delimiter and the part's headers."""
    lead = "" if first else "\r\n"
    return f"{lead}--{boundary}\r\nContent-Type: {content_type}\r\n\r\n".encode("ascii")


def closing_delimiter(boundary: str) -> bytes:
    """What ends a multipart body."""
    return f"\r\n--{boundary}--\r\n".encode("ascii")
