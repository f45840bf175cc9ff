"""Path parameters, escaped and refused when Orthanc would route them elsewhere; query values."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote

__all__ = ["query_values", "quote_segment"]


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


def query_values(
    params: Mapping[str, str | int | float | bool | None] | None,
) -> dict[str, str | int | float]:
    """A call's query arguments as Orthanc reads them: None left out, booleans "true"/"false"
    (not Python's "True")."""
    if not params:
        return {}
    return {
        key: ("true" if value else "false") if isinstance(value, bool) else value
        for key, value in params.items()
        if value is not None
    }
