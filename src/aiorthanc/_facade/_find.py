"""Find: `/tools/find` as an async iterator, paged, with metadata filters and sorting.

Orthanc matches main DICOM tags on the server (wildcards ``*`` and ``?``, ranges
``20240101-20241231``, lists ``CT\\MR``). Metadata is not indexed, so filtering on it is done here,
as Orthanc's "find with metadata" plugin sample does server side: one request per candidate, run
concurrently. Sorting needs every match first, as the plugin's "paging studies by date" sample.
"""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Mapping, Sequence
from contextlib import aclosing
from dataclasses import KW_ONLY, dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

import anyio

from aiorthanc._concurrency import task_group
from aiorthanc._constants import DEFAULT_METADATA_CONCURRENCY, DEFAULT_PAGE_SIZE
from aiorthanc._errors import NotFoundError
from aiorthanc._facade._base import expanded
from aiorthanc._facade._levels import Instance, Patient, Series, Study
from aiorthanc._facade._options import help_text
from aiorthanc._facade._paging import paginate
from aiorthanc._paths import quote_segment
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = [
    "AnswerKey",
    "DateRange",
    "FindOptions",
    "answer_key",
    "MetadataMatcher",
    "QueryValue",
    "build_query",
    "find_json",
    "format_query_value",
    "sort_key",
]

K = TypeVar("K")

_ROUTES = {t.level: t.route for t in (Patient, Study, Series, Instance)}


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
    client: Session, level: str, page: list[dict[str, Any]], options: FindOptions[Any]
) -> list[dict[str, Any]]:
    """The answers of `page` whose metadata matches `options.metadata`, in their order."""
    metadata = options.metadata or {}
    matches: list[bool] = [False] * len(page)
    limiter = anyio.CapacityLimiter(options.metadata_concurrency)
    route = _ROUTES[level]

    async def check(index: int, answer: dict[str, Any]) -> None:
        async with limiter:
            try:
                values = await client.get_json(
                    f"/{route}/{quote_segment(answer['ID'])}/metadata",
                    params=expanded(),
                    timeout=options.timeout,
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
        for tags in ("MainDicomTags", "PatientMainDicomTags"):
            value = answer.get(tags, {}).get(keyword)
            if value is not None:
                return str(value)
        return ""

    return key


@dataclass(frozen=True)
class FindOptions(Generic[K]):
    """The query and options of `ResourceCollection.find()` (`K`: the resources found).

    `query` values may use DICOM wildcards (``*``, ``?``), be a `date`, a `DateRange`, or a list
    of values any of which may match; tags of the levels above may be used too (``PatientName``
    when finding studies). `metadata` is checked here, one request per candidate, up to
    `metadata_concurrency` at once: a regex matched at the start of the value, or a predicate of
    the value (None when missing). Sorting (`order_by`) reads every match before yielding the
    first. `timeout` applies to each request, metadata requests included.
    """

    query: Mapping[str, QueryValue] | None = field(
        default=None, metadata=help_text("main DICOM tags by keyword, with their values")
    )
    _: KW_ONLY
    case_sensitive: bool | None = field(
        default=None, metadata=help_text("override the server's CaseSensitivePN for this query")
    )
    metadata: Mapping[str, MetadataMatcher] | None = field(
        default=None, metadata=help_text("metadata criteria: regexes or predicates, by name")
    )
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
    metadata_concurrency: int = field(
        default=DEFAULT_METADATA_CONCURRENCY,
        metadata=help_text("metadata requests in flight at once"),
    )
    timeout: TimeoutTypes | UseDefault = field(
        default=USE_DEFAULT, metadata=help_text("timeout of each request (default: the client's)")
    )


AnswerKey: TypeAlias = Callable[[dict[str, Any]], Any]
"""A sort key of expanded answers."""


def answer_key(
    order_by: str | Callable[[K], Any] | None, parse: Callable[[dict[str, Any]], K]
) -> AnswerKey | None:
    """`order_by` as a sort key of expanded answers; `parse` makes the key function's input."""
    if order_by is None:
        return None
    if isinstance(order_by, str):
        return sort_key(order_by)
    user_key = order_by
    return lambda answer: user_key(parse(answer))


async def find_json(
    client: Session, level: str, options: FindOptions[Any], order_key: AnswerKey | None
) -> AsyncIterator[dict[str, Any]]:
    """Yield the expanded answers of a find, page by page (see `ResourceCollection.find`).

    `order_key` sorts the answers (None: server order); `options.order_by` is not read.
    """
    offset, limit, page_size = options.offset, options.limit, options.page_size
    if page_size < 1 or offset < 0 or (limit is not None and limit < 0):
        raise ValueError("page_size must be >= 1, offset and limit >= 0")
    if limit == 0:
        return
    body = build_query(level, options.query, case_sensitive=options.case_sensitive)
    # Offset and limit go to the server only when nothing is filtered or sorted here.
    server_side = not options.metadata and order_key is None
    if server_side and limit is not None:
        page_size = min(page_size, limit)

    async def find_page(since: int, limit: int) -> list[dict[str, Any]]:
        page: list[dict[str, Any]] = await client.post_json(
            "/tools/find", {**body, "Since": since, "Limit": limit}, timeout=options.timeout
        )
        return page

    start = offset if server_side else 0
    async with aclosing(paginate(find_page, page_size, since=start)) as pages:
        if server_side:
            answers = _first(pages, limit)
        else:
            answers = _select(client, level, pages, options, order_key)
        async with aclosing(answers):
            async for answer in answers:
                yield answer


async def _first(
    pages: AsyncIterator[list[dict[str, Any]]], limit: int | None
) -> AsyncGenerator[dict[str, Any], None]:
    """The answers of the pages, at most `limit` of them."""
    remaining = limit
    async for page in pages:
        for answer in page[:remaining]:
            yield answer
        if remaining is not None:
            remaining -= min(len(page), remaining)
            if remaining == 0:
                return


async def _select(
    client: Session,
    level: str,
    pages: AsyncIterator[list[dict[str, Any]]],
    options: FindOptions[Any],
    order_key: AnswerKey | None,
) -> AsyncGenerator[dict[str, Any], None]:
    """The answers matching `options.metadata`, sorted by `order_key`, then sliced."""
    offset, limit = options.offset, options.limit
    kept: list[dict[str, Any]] = []
    async for page in pages:
        if options.metadata:
            page = await _with_metadata(client, level, page, options)
        if order_key is None:
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
    if order_key is None:
        return
    kept.sort(key=order_key, reverse=options.descending)
    end = None if limit is None else offset + limit
    for answer in kept[offset:end]:
        yield answer
