"""Offset paging, as Orthanc's listings and `/tools/find` do it: `since`/`limit` pages."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from aiorthanc._facade._base import expanded
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["list_page", "paginate"]

T = TypeVar("T")


async def paginate(
    fetch: Callable[[int, int], Awaitable[list[T]]], page_size: int, *, since: int = 0
) -> AsyncGenerator[list[T], None]:
    """The non-empty pages from offset `since` on, until a short page.

    `fetch(since, limit)` requests one page. Orthanc gives no total with a page, so a full page
    is followed by one more request, which may come back empty.
    """
    if page_size < 1:
        raise ValueError("page_size must be >= 1")
    while True:
        page = await fetch(since, page_size)
        if page:
            yield page
        if len(page) < page_size:
            return
        since += len(page)


async def list_page(
    client: Session,
    route: str,
    since: int,
    limit: int,
    *,
    timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
) -> list[Any]:
    """One page of a level's expanded listing: ``GET /{route}?expand&since=&limit=``."""
    page: list[Any] = await client.get_json(
        f"/{route}", params=expanded({"since": since, "limit": limit}), timeout=timeout
    )
    return page
