"""Answers read whole into memory, within a bound: the size after decompression.

httpx decodes gzip a chunk at a time with no limit on what one chunk inflates to (a 64 KiB chunk
of a gzip bomb is 64 MiB); here the raw bytes are decoded with `max_length`, so a buffered answer
never takes more than its bound plus one chunk, however it is encoded. Only the encodings a
buffered request asks for (gzip, deflate) are accepted.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from typing import Any

import httpx

from aiorthanc._errors import AnswerTooLargeError, UnexpectedAnswerError
from aiorthanc._redact import redact_url

__all__ = [
    "BUFFERED_ENCODINGS",
    "buffered",
    "decode_whole",
    "json_answer",
    "not_json",
    "read_bounded",
    "too_large",
]

# What one step of decompression may produce: memory stays within the bound plus this.
_PIECE = 1024 * 1024

BUFFERED_ENCODINGS = "gzip, deflate"
"""The `Accept-Encoding` of buffered requests: what `read_bounded` can decode within bounds."""


class _Decoder:
    """One content coding, decoded without ever producing more than asked for."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        # wbits +32: gzip or zlib header, detected; deflate falls back to raw deflate below.
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 32) if coding != "identity" else None
        self._first = True

    def decode(self, data: bytes, room: int) -> list[bytes]:
        """Decode `data` in pieces of at most `_PIECE` bytes; past `room` bytes in all, raise
        `_TooLarge` holding the pieces that fit (nothing more is ever inflated)."""
        if self._zlib is None:
            if len(data) > room:
                raise _TooLarge([data[:room]])
            return [data]
        pieces: list[bytes] = []
        size = 0
        pending = data
        while pending:
            piece = self._inflate(pending, min(room - size + 1, _PIECE))
            pending = self._zlib.unconsumed_tail if self._zlib is not None else b""
            if size + len(piece) > room:
                raise _TooLarge([*pieces, piece[: room - size]])
            pieces.append(piece)
            size += len(piece)
            if not piece and pending:
                break  # no progress: a stream that is over
        return pieces

    def _inflate(self, data: bytes, most: int) -> bytes:
        assert self._zlib is not None
        try:
            piece = self._zlib.decompress(data, most)
        except zlib.error:
            if not (self._first and self._coding == "deflate"):
                raise
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, no zlib header
            piece = self._zlib.decompress(data, most)
        self._first = False
        return piece


class _TooLarge(Exception):
    def __init__(self, kept: list[bytes]) -> None:
        super().__init__()
        self.kept = kept


async def read_bounded(response: httpx.Response, limit: int, *, truncate: bool = False) -> bytes:
    """The body of `response`, decoded, and closed; at most `limit` bytes.

    Beyond `limit`, raise `AnswerTooLargeError` or, with `truncate`, keep the first `limit`
    bytes and stop reading (error answers: their start says what went wrong).
    """
    request = response.request
    try:
        read = response.content  # already read: a mock transport's answer
    except httpx.ResponseNotRead:
        pass
    else:
        if len(read) > limit and not truncate:
            raise AnswerTooLargeError(too_large(request.method, request.url, limit))
        return read[:limit]
    try:
        decoder = _decoder_for(
            response.headers.get("content-encoding"), request.method, request.url
        )
    except UnexpectedAnswerError:
        await response.aclose()
        raise
    parts: list[bytes] = []
    size = 0
    try:
        async for raw in response.aiter_raw():
            size = _decode_into(
                parts, size, decoder, raw, limit, truncate, request.method, request.url
            )
            if size < 0:
                break
    finally:
        await response.aclose()
    return b"".join(parts)


def decode_whole(
    raw: bytes,
    encoding: str | None,
    limit: int,
    *,
    truncate: bool,
    method: str,
    url: str | httpx.URL,
) -> bytes:
    """`raw`, a body as received with its Content-Encoding, decoded within `limit` bytes: past
    it `AnswerTooLargeError`, or with `truncate` the first `limit` bytes. A `raw` longer than
    `limit` is the start of a longer body."""
    if len(raw) > limit and not truncate:
        raise AnswerTooLargeError(too_large(method, url, limit))
    if not encoding:
        return raw[:limit]
    parts: list[bytes] = []
    _decode_into(parts, 0, _decoder_for(encoding, method, url), raw, limit, truncate, method, url)
    return b"".join(parts)


def _decoder_for(encoding: str | None, method: str, url: str | httpx.URL) -> _Decoder:
    """The decoder of a Content-Encoding that a buffered request asks for, or raise."""
    codings = [c.strip().lower() for c in (encoding or "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if any(c not in ("gzip", "x-gzip", "deflate") for c in codings) or len(codings) > 1:
        raise UnexpectedAnswerError(
            f"{method} {redact_url(url)} answered in an encoding it was not asked for: {encoding!r}"
        )
    return _Decoder(codings[0] if codings else "identity")


def _decode_into(
    parts: list[bytes],
    size: int,
    decoder: _Decoder,
    raw: bytes,
    limit: int,
    truncate: bool,
    method: str,
    url: str | httpx.URL,
) -> int:
    """Decode `raw` onto `parts`, which hold `size` bytes; their new size, or -1 when `limit` is
    reached with `truncate` (stop reading)."""
    try:
        out = decoder.decode(raw, limit - size)
    except _TooLarge as full:
        if truncate:
            parts.extend(full.kept)
            return -1
        raise AnswerTooLargeError(too_large(method, url, limit)) from None
    except zlib.error:
        raise UnexpectedAnswerError(
            f"{method} {redact_url(url)} answered a body that does not decompress"
        ) from None
    parts.extend(out)
    return size + sum(len(piece) for piece in out)


def too_large(method: str, url: str | httpx.URL, limit: int) -> str:
    """The message of `AnswerTooLargeError`."""
    return (
        f"{method} {redact_url(url)} answered more than {limit} bytes "
        "(the client's max_answer_size); stopped reading"
    )


def buffered(response: httpx.Response, content: bytes) -> httpx.Response:
    """`response`, closed, now holding `content`, its decoded body.

    The same object, not a copy: a second `httpx.Response` per request costs more than the
    I/O of a small answer. Its headers describe the body it holds now: no coding, its length.
    """
    headers = response.headers
    for name in ("content-encoding", "transfer-encoding"):
        if name in headers:
            del headers[name]
    headers["content-length"] = str(len(content))
    # What `Response.read()` stores; the body was read (and decoded) within bounds instead.
    response._content = content
    return response


def json_answer(response: httpx.Response) -> Any:
    """The parsed JSON body, or `UnexpectedAnswerError` naming the request (a proxy's HTML page)."""
    try:
        return response.json()
    except ValueError:
        pass
    # Raised outside the except block: the decoding error quotes the answer.
    request = response.request
    raise not_json(
        request.method, request.url, response.status_code, response.headers, response.content
    )


def not_json(
    method: str, url: str | httpx.URL, status: int, headers: Mapping[str, str], content: bytes
) -> UnexpectedAnswerError:
    """The error for an answer that should be JSON and is not: what it is instead."""
    kind = headers.get("content-type", "no content type")
    prefix = "" if status == 200 else f"{status} with "
    location = headers.get("location")
    where = f" (to {redact_url(location)!r})" if 300 <= status < 400 and location else ""
    path = httpx.URL(url).path if isinstance(url, str) else url.path
    return UnexpectedAnswerError(
        f"{method} {path} answered {prefix}{len(content)} bytes of {kind}{where}, not JSON"
    )
