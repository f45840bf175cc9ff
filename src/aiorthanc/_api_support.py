"""Helpers used by the generated endpoint classes (`aiorthanc._generated.api`)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from pydantic import JsonValue, TypeAdapter

__all__ = ["JsonValue", "adapter", "flag", "headers"]


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
