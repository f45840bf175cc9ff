"""Find and count: `/tools/find` as an async iterator, paged; `/tools/count-resources`.

Orthanc matches main DICOM tags and labels on the server (wildcards ``*`` and ``?``, ranges
``20240101-20241231``, lists ``CT\\MR``). Since 1.12.5 it also orders the matches and filters
them on metadata (`OrderBy`, `MetadataQuery`): the facade hands those to it and pages on the
server. On older servers, and for what only Python can judge (regexes, predicates, key
functions), it does the work itself, as Orthanc's "find with metadata" and "paging studies by
date" plugin samples do: one metadata request per candidate, run concurrently (on 1.12.5+ one
`ResponseContent` request per page), and every match read before sorting.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable
from contextlib import aclosing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

import anyio

from aiorthanc._concurrency import task_group
from aiorthanc._constants import DEFAULT_COUNT_PAGE_SIZE
from aiorthanc._errors import NotFoundError
from aiorthanc._facade._base import expanded
from aiorthanc._facade._capabilities import LABELS_VERSION, has_extended_find
from aiorthanc._facade._paging import paginate
from aiorthanc._facade._query import (
    ROUTES,
    CountOptions,
    DateRange,
    FindOptions,
    MetadataMatcher,
    QueryValue,
    build_query,
    format_query_value,
    labels_body,
    metadata_matches,
    server_metadata_value,
)
from aiorthanc._paths import quote_segment

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = [
    "AnswerKey",
    "DateRange",
    "FindOptions",
    "MetadataMatcher",
    "QueryValue",
    "answer_key",
    "build_query",
    "count_json",
    "find_json",
    "format_query_value",
    "sort_key",
]

K = TypeVar("K")

AnswerKey: TypeAlias = Callable[[dict[str, Any]], Any]
"""A sort key of expanded answers."""


def sort_key(keyword: str) -> Callable[[dict[str, Any]], str]:
    """Sort key of raw answers by a main DICOM tag, as Orthanc 1.12.5+ orders them.

    Case is ignored and missing values sort first. The tag is looked up in the answer's own
    main tags, then in the patient tags a study carries.
    """

    def key(answer: dict[str, Any]) -> str:
        for tags in ("MainDicomTags", "PatientMainDicomTags"):
            value = answer.get(tags, {}).get(keyword)
            if value is not None:
                return str(value).casefold()
        return ""

    return key


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


@dataclass(frozen=True)
class _Plan:
    """Who does what: the server's request body, and what is left to do here."""

    body: dict[str, Any]
    """The `/tools/find` body, without paging."""
    metadata: dict[str, MetadataMatcher]
    """Metadata criteria matched here."""
    order_key: AnswerKey | None
    """The sort done here (None: the server's order)."""
    extended: bool
    """Whether the server has the extended find."""

    @property
    def server_side(self) -> bool:
        """True when the server does everything, paging included."""
        return not self.metadata and self.order_key is None


async def _plan(
    client: Session, level: str, options: CountOptions, order_key: AnswerKey | None = None
) -> _Plan:
    """Split a find or count between the server and the client (see the module docstring)."""
    body = build_query(level, options.query, case_sensitive=options.case_sensitive)
    labels = labels_body(options)
    if labels:
        await client.require_version(LABELS_VERSION, "find or count with labels")
        body.update(labels)
    order_by = options.order_by if isinstance(options, FindOptions) else None
    metadata = dict(options.metadata or {})
    # Without ordering or metadata criteria the server's capabilities do not matter.
    extended = (isinstance(order_by, str) or bool(metadata)) and await has_extended_find(client)
    if extended:
        query = {k: v for k, m in metadata.items() if (v := server_metadata_value(m)) is not None}
        if query:
            body["MetadataQuery"] = query
        metadata = {k: m for k, m in metadata.items() if k not in query}
        if isinstance(order_by, str) and isinstance(options, FindOptions):
            direction = "DESC" if options.descending else "ASC"
            body["OrderBy"] = [{"Type": "DicomTag", "Key": order_by, "Direction": direction}]
            order_key = None
    return _Plan(body, metadata, order_key, extended)


async def find_json(
    client: Session, level: str, options: FindOptions[Any], order_key: AnswerKey | None
) -> AsyncGenerator[dict[str, Any], None]:
    """Yield the expanded answers of a find, page by page (see `ResourceCollection.find`).

    `order_key` sorts the answers when the server cannot (None: the server's order).
    """
    offset, limit, page_size = options.offset, options.limit, options.page_size
    if page_size < 1 or offset < 0 or (limit is not None and limit < 0):
        raise ValueError("page_size must be >= 1, offset and limit >= 0")
    plan = await _plan(client, level, options, order_key)
    if limit == 0:
        return
    # Offset and limit go to the server only when nothing is filtered or sorted here.
    if plan.server_side and limit is not None:
        page_size = min(page_size, limit)

    async def find_page(since: int, limit: int) -> list[dict[str, Any]]:
        body = {**plan.body, "Since": since, "Limit": limit}
        page: list[dict[str, Any]] = await client.post_json(
            "/tools/find", body, timeout=options.timeout
        )
        # Criteria matched by the server too: the results carry the metadata they matched on.
        if options.metadata and plan.extended and page:
            await _attach_metadata(client, body, page, options)
        return page

    start = offset if plan.server_side else 0
    async with aclosing(paginate(find_page, page_size, since=start)) as pages:
        if plan.server_side:
            answers = _first(pages, limit)
        else:
            answers = _select(client, level, pages, options, plan)
        async with aclosing(answers):
            async for answer in answers:
                yield answer


async def count_json(client: Session, level: str, options: CountOptions) -> int:
    """The number of resources matching `options` (see `ResourceCollection.count`)."""
    plan = await _plan(client, level, options)
    if not plan.metadata and (plan.extended or await has_extended_find(client)):
        body = {k: v for k, v in plan.body.items() if k != "Expand"}
        answer = await client.post_json("/tools/count-resources", body, timeout=options.timeout)
        return int(answer["Count"])
    if not plan.metadata:
        return await _count_ids(client, plan.body, options)
    find = FindOptions[Any](
        options.query,
        **{f: getattr(options, f) for f in _FILTERS},
        page_size=DEFAULT_COUNT_PAGE_SIZE,
    )
    count = 0
    async with aclosing(find_json(client, level, find, None)) as answers:
        async for _ in answers:
            count += 1
    return count


_FILTERS = (
    "case_sensitive",
    "labels",
    "labels_constraint",
    "metadata",
    "metadata_concurrency",
    "timeout",
)


async def _count_ids(client: Session, body: dict[str, Any], options: CountOptions) -> int:
    """Count the matches of a find body by paging through their IDs."""

    async def ids_page(since: int, limit: int) -> list[str]:
        page_body = {**body, "Expand": False, "Since": since, "Limit": limit}
        page: list[str] = await client.post_json("/tools/find", page_body, timeout=options.timeout)
        return page

    count = 0
    async with aclosing(paginate(ids_page, DEFAULT_COUNT_PAGE_SIZE)) as pages:
        async for page in pages:
            count += len(page)
    return count


async def _attach_metadata(
    client: Session, body: dict[str, Any], page: list[dict[str, Any]], options: CountOptions
) -> None:
    """Give each answer of a page its `Metadata`, read with one request (Orthanc 1.12.5+).

    The same find asks for the metadata only; an answer it misses (the page shifted in
    between) is left without, and read on its own later.
    """
    metadata_body = {k: v for k, v in body.items() if k != "Expand"}
    metadata_body["ResponseContent"] = ["Metadata"]
    answers = await client.post_json("/tools/find", metadata_body, timeout=options.timeout)
    by_id = {a["ID"]: a.get("Metadata", {}) for a in answers if isinstance(a, dict)}
    for answer in page:
        if answer["ID"] in by_id:
            answer["Metadata"] = by_id[answer["ID"]]


async def _with_metadata(
    client: Session,
    level: str,
    page: list[dict[str, Any]],
    metadata: dict[str, MetadataMatcher],
    options: CountOptions,
) -> list[dict[str, Any]]:
    """The answers of `page` whose metadata matches `metadata`, in their order.

    Each answer keeps the metadata read for it (`Metadata`), as the extended find gives it.
    """
    matches: list[bool] = [False] * len(page)
    limiter = anyio.CapacityLimiter(options.metadata_concurrency)
    route = ROUTES[level]

    async def check(index: int, answer: dict[str, Any]) -> None:
        values = answer.get("Metadata")
        if values is None:
            async with limiter:
                try:
                    values = await client.get_json(
                        f"/{route}/{quote_segment(answer['ID'])}/metadata",
                        params=expanded(),
                        timeout=options.timeout,
                    )
                except NotFoundError:
                    return  # deleted since the find: not a match
            answer["Metadata"] = values
        matches[index] = all(metadata_matches(m, values.get(k)) for k, m in metadata.items())

    async with task_group() as tg:
        for index, answer in enumerate(page):
            tg.start_soon(check, index, answer)
    return [answer for answer, ok in zip(page, matches, strict=True) if ok]


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
    plan: _Plan,
) -> AsyncGenerator[dict[str, Any], None]:
    """The answers matching the plan's metadata, sorted by its key, then sliced."""
    offset, limit, order_key = options.offset, options.limit, plan.order_key
    kept: list[dict[str, Any]] = []
    async for page in pages:
        if plan.metadata:
            page = await _with_metadata(client, level, page, plan.metadata, options)
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
