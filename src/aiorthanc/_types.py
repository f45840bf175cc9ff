"""Types shared by every layer: query parameters, timeouts and the "client default" sentinel."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Literal, TypeAlias

import httpx

__all__ = ["USE_DEFAULT", "QueryParams", "TimeoutTypes", "UseDefault"]

QueryParams: TypeAlias = Mapping[str, "str | int | float | bool | None"]
"""Query arguments of a request; `None` values are left out, booleans sent as true/false."""

TimeoutTypes: TypeAlias = "float | httpx.Timeout | None"
"""A timeout in seconds, an `httpx.Timeout`, or None for no timeout."""


class _UseDefault(enum.Enum):
    """The one value of `UseDefault` (an enum, so that `Literal` can name it)."""

    USE_DEFAULT = "USE_DEFAULT"

    def __repr__(self) -> str:
        return "USE_DEFAULT"


UseDefault: TypeAlias = Literal[_UseDefault.USE_DEFAULT]
"""The type of `USE_DEFAULT`."""

USE_DEFAULT: UseDefault = _UseDefault.USE_DEFAULT
"""A call's `timeout=` when it was not given: the client's own timeout applies."""
