"""Find: `/tools/find` as an async iterator, paged, with metadata filters and sorting.

Orthanc matches main DICOM tags on the server (wildcards ``*`` and ``?``, ranges
``20240101-20241231``, lists ``CT\\MR``). Metadata is not indexed, so filtering on it is done here,
as Orthanc's "find with metadata" plugin sample does server side: one request per candidate, run
concurrently. Sorting needs every match first, as the plugin's "paging studies by date" sample.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeAlias

import anyio

from aiorthanc._concurrency import task_group
from aiorthanc._errors import NotFoundError
from aiorthanc._facade._base import expanded
from aiorthanc._facade._levels import Instance, Patient, Series, Study
from aiorthanc._facade._paging import paginate
from aiorthanc._paths import quote_segment

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "DateRange",
    "MetadataMatcher",
    "QueryValue",
    "build_query",
    "find_json",
    "format_query_value",
    "sort_key",
]

DEFAULT_PAGE_SIZE = 500
"""Resources per request when listing or finding."""
DEFAULT_METADATA_CONCURRENCY = 8

_ROUTES = {kind.level: kind.route for kind in (Patient, Study, Series, Instance)}


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

MetadataMatcher: TypeAlias = "str | re.Pattern[str] | Callable[[str | None], bool]"
"""A metadata criterion: a regular expression matched at the start of the value (a missing entry
reads as ""), or a predicate receiving the value (None when missing)."""


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


def build_query(
    level: str,
    query: Mapping[str, QueryValue] | None,
    *,
    case_sensitive: bool | None = None,
) -> dict[str, Any]:
    """The JSON body of a `/tools/find` request (without paging)."""
    if level not in _ROUTES:
        raise ValueError(f"level must be one of {', '.join(_ROUTES)}, got {level!r}")
    body: dict[str, Any] = {
        "Level": level,
        "Query": {k: format_query_value(v) for k, v in (query or {}).items()},
        "Expand": True,
    }
    if case_sensitive is not None:
        body["CaseSensitive"] = case_sensitive
    return body


async def _with_metadata(
    client: Session,
    level: str,
    page: list[dict[str, Any]],
    metadata: Mapping[str, MetadataMatcher],
    concurrency: int,
) -> list[dict[str, Any]]:
    """The answers of `page` whose metadata matches, in their order."""
    matches: list[bool] = [False] * len(page)
    limiter = anyio.CapacityLimiter(concurrency)
    route = _ROUTES[level]

    async def check(index: int, answer: dict[str, Any]) -> None:
        async with limiter:
            try:
                values = await client.get_json(
                    f"/{route}/{quote_segment(answer['ID'])}/metadata", params=expanded()
                )
            except NotFoundError:
                return  # deleted since the find: not a match
        matches[index] = all(_matches(m, values.get(name)) for name, m in metadata.items())

    async with task_group() as tg:
        for index, answer in enumerate(page):
            tg.start_soon(check, index, answer)
    return [answer for answer, ok in zip(page, matches, strict=True) if ok]


def _matches(matcher: MetadataMatcher, value: str | None) -> bool:
    if isinstance(matcher, str):
        return re.match(matcher, value or "") is not None
    if isinstance(matcher, re.Pattern):
        return matcher.match(value or "") is not None
    return matcher(value)


def sort_key(keyword: str) -> Callable[[dict[str, Any]], str]:
    """Sort key of raw answers by a main DICOM tag (missing sorts first, as the sample does).

    The tag is looked up in the answer's own main tags, then in the patient tags a study carries.
    """

    def key(answer: dict[str, Any]) -> str:
        for field in ("MainDicomTags", "PatientMainDicomTags"):
            value = answer.get(field, {}).get(keyword)
            if value is not None:
                return str(value)
        return ""

    return key


async def find_json(
    client: Session,
    level: str,
    query: Mapping[str, QueryValue] | None = None,
    *,
    case_sensitive: bool | None = None,
    metadata: Mapping[str, MetadataMatcher] | None = None,
    order_by: str | Callable[[dict[str, Any]], Any] | None = None,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
    page_size: int = DEFAULT_PAGE_SIZE,
    metadata_concurrency: int = DEFAULT_METADATA_CONCURRENCY,
) -> AsyncIterator[dict[str, Any]]:
    """Yield the expanded answers of a find, page by page (see `ResourceCollection.find`)."""
    if page_size < 1 or offset < 0 or (limit is not None and limit < 0):
        raise ValueError("page_size must be >= 1, offset and limit >= 0")
    if limit == 0:
        return
    body = build_query(level, query, case_sensitive=case_sensitive)
    # Offset and limit go to the server only when nothing is filtered or sorted here.
    server_side = not metadata and order_by is None
    if server_side and limit is not None:
        page_size = min(page_size, limit)

    async def find_page(since: int, limit: int) -> list[dict[str, Any]]:
        page: list[dict[str, Any]] = await client.post_json(
            "/tools/find", {**body, "Since": since, "Limit": limit}
        )
        return page

    start = offset if server_side else 0
    async with aclosing(paginate(find_page, page_size, since=start)) as pages:
        async for answer in _select(
            client,
            level,
            pages,
            server_side,
            metadata,
            order_by,
            descending,
            offset,
            limit,
            metadata_concurrency,
        ):
            yield answer


async def _select(
    client: Session,
    level: str,
    pages: AsyncIterator[list[dict[str, Any]]],
    server_side: bool,
    metadata: Mapping[str, MetadataMatcher] | None,
    order_by: str | Callable[[dict[str, Any]], Any] | None,
    descending: bool,
    offset: int,
    limit: int | None,
    metadata_concurrency: int,
) -> AsyncIterator[dict[str, Any]]:
    if server_side:
        remaining = limit
        async for page in pages:
            for answer in page[:remaining]:
                yield answer
            if remaining is not None:
                remaining -= min(len(page), remaining)
                if remaining == 0:
                    return
        return
    kept: list[dict[str, Any]] = []
    async for page in pages:
        if metadata:
            page = await _with_metadata(client, level, page, metadata, metadata_concurrency)
        if order_by is None:
            # Filtered only: stream, counting the offset on matches.
            for answer in page:
                if offset:
                    offset -= 1
                    continue
                yield answer
                if limit is not None:
                    limit -= 1
                    if limit == 0:
                        return
        else:
            kept.extend(page)
    if order_by is None:
        return
    key = sort_key(order_by) if isinstance(order_by, str) else order_by
    kept.sort(key=key, reverse=descending)
    end = None if limit is None else offset + limit
    for answer in kept[offset:end]:
        yield answer
