"""Helpers used by the generated endpoint classes (`aiorthanc._generated.api`)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from pydantic import JsonValue, TypeAdapter

__all__ = ["JsonValue", "adapter", "flag", "headers", "quote_segment"]


def quote_segment(value: str | int, *, safe: str = "") -> str:
    """URL-encode one path parameter, refusing values Orthanc would read as another route.

    Orthanc 1.10.1 decodes `%2F`, reads a backslash as a slash and resolves `..` before routing,
    so escaping alone does not keep `"x/../.."` from naming another resource (a DELETE there
    deletes it). With `safe="/"` (a trailing sub-path) slashes are allowed, but no part may be
    empty, `.` or `..`.

    Raises:
        ValueError: for an empty value, `.`, `..`, a backslash, or a slash where not allowed.
    """
    text = str(value)
    parts = text.split("/") if "/" in safe else [text]
    if (
        "\\" in text
        or any(part in ("", ".", "..") for part in parts)
        or ("/" not in safe and "/" in text)
    ):
        raise ValueError(f"{text!r} cannot be one path parameter: Orthanc would route it elsewhere")
    return quote(text, safe=safe)


def flag(value: bool) -> str | None:
    """A query argument that Orthanc reads by presence: a bare key when True, absent when False."""
    return "" if value else None


def headers(values: Mapping[str, str | None]) -> dict[str, str] | None:
    """The headers that were given (None values dropped), or None when there are none."""
    result = {key: value for key, value in values.items() if value is not None}
    return result or None


@functools.cache
def adapter(annotation: Any) -> TypeAdapter[Any]:
    """A cached pydantic `TypeAdapter` for a composite answer type such as `list[StudyInfo]`."""
    return TypeAdapter(annotation)
