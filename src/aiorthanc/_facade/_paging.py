"""Offset paging, as Orthanc's listings and `/tools/find` do it: `since`/`limit` pages."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import ValidationError

from aiorthanc._api_support import adapter, gc_paused, invalid
from aiorthanc._errors import UnexpectedAnswerError
from aiorthanc._facade._base import Resource, expanded
from aiorthanc._types import USE_DEFAULT, TimeoutTypes, UseDefault

if TYPE_CHECKING:
    from aiorthanc._session import Session

__all__ = ["list_page", "paginate", "resource_page"]

T = TypeVar("T")
R = TypeVar("R", bound=Resource[Any])


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


async def resource_page(
    client: Session,
    resource_type: type[R],
    since: int,
    limit: int,
    *,
    timeout: TimeoutTypes | UseDefault = USE_DEFAULT,
) -> list[R]:
    """One page of a level's expanded listing as resources, validated from the answer's bytes.

    No parsed JSON is built or kept beside the models (`forest()` of a large server holds every
    page at once): pydantic reads the bytes straight into them.
    """
    content = await client.read(
        "GET",
        f"/{resource_type.route}",
        params=expanded({"since": since, "limit": limit}),
        headers=_ACCEPT_JSON,
        timeout=timeout,
    )
    try:
        with gc_paused():
            infos = adapter(list[resource_type.info_model]).validate_json(content)  # type: ignore[name-defined]
            return [resource_type(client, info) for info in infos]
    except ValidationError as exc:
        message = (
            f"GET /{resource_type.route}?expand answered a page that is not a list of "
            f"{resource_type.info_model.__name__}: {invalid(exc)}"
        )
    # Raised outside the except block: pydantic's error would quote the answer.
    raise UnexpectedAnswerError(message)


_ACCEPT_JSON = {"Accept": "application/json"}
