"""What a find or a count asks for: criteria, options, and their matching where Orthanc cannot.

The criteria are written once, in Orthanc's own syntax, whichever server answers: DICOM wildcards
(``*``, ``?``) and lists of values for tags and metadata, labels with a constraint. On a server
with the extended find (Orthanc 1.12.5+) metadata criteria are matched there; on older ones
`metadata_matches` does it as Orthanc would (case-insensitive, the whole value).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import KW_ONLY, dataclass, field
from datetime import date, datetime
from typing import Any, Generic, Literal, TypeAlias, TypeVar

from aiorthanc._constants import DEFAULT_METADATA_CONCURRENCY, DEFAULT_PAGE_SIZE
from aiorthanc._facade._levels import Instance, Patient, Series, Study
from aiorthanc._facade._options import help_text
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

__all__ = [
    "CountOptions",
    "DateRange",
    "FindOptions",
    "LabelsConstraint",
    "MetadataMatcher",
    "QueryValue",
    "build_query",
    "format_query_value",
    "metadata_matches",
    "server_metadata_value",
]

K = TypeVar("K")

ROUTES = {t.level: t.route for t in (Patient, Study, Series, Instance)}
"""The REST collection of each level."""


@dataclass(frozen=True)
class DateRange:
    """A DICOM date range for find queries; either end may be open.

    ``DateRange(date(2024, 1, 1), None)`` matches from 2024-01-01 on.
    """

    start: date | str | None = None
    end: date | str | None = None

    def __str__(self) -> str:
        return f"{_dicom_date(self.start)}-{_dicom_date(self.end)}"


QueryValue: TypeAlias = "str | date | DateRange | Sequence[str]"
"""A find criterion: a string with DICOM wildcards, a date, a `DateRange`, or several values any
of which may match."""

MetadataMatcher: TypeAlias = "str | Sequence[str] | re.Pattern[str] | Callable[[str | None], bool]"
"""A metadata criterion. As Orthanc matches them (on the server where it can): a string with
wildcards (``*``, ``?``), or several strings any of which may be the value (no wildcards in a
list); the whole value, ignoring case; "" matches anything, a missing entry nothing else. Or,
checked by the client on every server: a compiled regular expression matched at the start of
the value (a missing entry reads as ""), or a predicate receiving the value (None when
missing)."""

LabelsConstraint: TypeAlias = Literal["All", "Any", "None"]
"""How `labels` select resources: carrying all of them, any of them, or none of them."""


def _dicom_date(value: date | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%Y%m%d")
    return value


def format_query_value(value: QueryValue) -> str:
    """One criterion as Orthanc's find expects it."""
    if isinstance(value, DateRange):
        return str(value)
    if isinstance(value, date):
        return _dicom_date(value)
    if isinstance(value, str):
        return value
    return "\\".join(value)


@dataclass(frozen=True)
class CountOptions:
    """The criteria of `ResourceCollection.count()`; `FindOptions` adds order and paging.

    `query` values may use DICOM wildcards (``*``, ``?``), be a `date`, a `DateRange`, or a list
    of values any of which may match; tags of the levels above may be used too (``PatientName``
    when finding studies). `labels` need Orthanc 1.12.0+. `metadata` criteria written as strings
    are matched by the server where it can (Orthanc 1.12.5+), else here; regexes and predicates
    are matched here, one request per candidate (or one per page on 1.12.5+), up to
    `metadata_concurrency` at once. `timeout` applies to each request.
    """

    query: Mapping[str, QueryValue] | None = field(
        default=None, metadata=help_text("main DICOM tags by keyword, with their values")
    )
    _: KW_ONLY
    case_sensitive: bool | None = field(
        default=None, metadata=help_text("override the server's CaseSensitivePN for this query")
    )
    labels: Sequence[str] | None = field(
        default=None, metadata=help_text("labels to select on (Orthanc 1.12.0+)")
    )
    labels_constraint: LabelsConstraint = field(
        default="All", metadata=help_text("resources with All, Any or None of the labels")
    )
    metadata: Mapping[str, MetadataMatcher] | None = field(
        default=None,
        metadata=help_text("metadata criteria by name: wildcards, regexes, predicates"),
    )
    metadata_concurrency: int = field(
        default=DEFAULT_METADATA_CONCURRENCY,
        metadata=help_text("metadata requests in flight at once"),
    )
    timeout: TimeoutTypes | UseDefault = field(
        default=USE_DEFAULT, metadata=help_text("timeout of each request (default: the client's)")
    )


@dataclass(frozen=True, kw_only=True)
class FindOptions(CountOptions, Generic[K]):
    """The criteria and options of `ResourceCollection.find()` (`K`: the resources found).

    The criteria are those of `CountOptions`. `order_by` a main DICOM tag is done by the server
    where it can (Orthanc 1.12.5+: case-insensitive, empty values first); a key function, or
    the tag on an older server, is sorted here and reads every match before yielding the first.
    """

    order_by: str | Callable[[K], Any] | None = field(
        default=None, metadata=help_text("a main DICOM tag keyword or a key function")
    )
    descending: bool = field(default=False, metadata=help_text("reverse the sort"))
    offset: int = field(
        default=0, metadata=help_text("number of (filtered, sorted) matches to skip")
    )
    limit: int | None = field(
        default=None, metadata=help_text("maximum number of resources to yield")
    )
    page_size: int = field(
        default=DEFAULT_PAGE_SIZE, metadata=help_text("matches per /tools/find request")
    )


def build_query(
    level: str,
    query: Mapping[str, QueryValue] | None,
    *,
    case_sensitive: bool | None = None,
) -> dict[str, Any]:
    """The JSON body of a `/tools/find` request (without paging)."""
    if level not in ROUTES:
        raise ValueError(f"level must be one of {', '.join(ROUTES)}, got {level!r}")
    body: dict[str, Any] = {
        "Level": level,
        "Query": {k: format_query_value(v) for k, v in (query or {}).items()},
        "Expand": True,
    }
    if case_sensitive is not None:
        body["CaseSensitive"] = case_sensitive
    return body


def labels_body(options: CountOptions) -> dict[str, Any]:
    """The `Labels` and `LabelsConstraint` of a find or count body (empty without labels)."""
    if options.labels_constraint not in ("All", "Any", "None"):
        raise ValueError(
            f"labels_constraint must be 'All', 'Any' or 'None', got {options.labels_constraint!r}"
        )
    if options.labels is None:
        return {}
    if isinstance(options.labels, str):
        raise TypeError("labels must be a list of labels, not one string")
    return {"Labels": list(options.labels), "LabelsConstraint": options.labels_constraint}


def server_metadata_value(matcher: MetadataMatcher) -> str | None:
    """The `MetadataQuery` value of a criterion, or None when only the client can match it."""
    if isinstance(matcher, str):
        return matcher
    if isinstance(matcher, re.Pattern) or callable(matcher):
        return None
    return "\\".join(matcher)


def metadata_matches(matcher: MetadataMatcher, value: str | None) -> bool:
    """Whether a metadata value (None: missing) meets a criterion, as Orthanc would judge it."""
    if isinstance(matcher, re.Pattern):
        return matcher.match(value or "") is not None
    if callable(matcher):
        return matcher(value)
    pattern = server_metadata_value(matcher) or ""
    if pattern == "":
        return True  # universal matching, as in DICOM
    if value is None:
        return False
    if "\\" in pattern:
        # A list of values: each matched whole, ignoring case, with no wildcards (measured).
        return value.casefold() in {part.casefold() for part in pattern.split("\\")}
    return _wildcard(pattern).fullmatch(value) is not None


@functools.lru_cache(maxsize=256)
def _wildcard(pattern: str) -> re.Pattern[str]:
    parts = (".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)
