"""The instances of a whole server for an export, placed page by page as they are listed.

Listing every instance with its tags before the first download leaves the connection idle for
the whole listing (a third of a small export). Here the patient, study and series levels (one
forest, a request per level) and the first page of instances are fetched together; then each
page is placed and handed to the download workers while the next is fetched. Memory holds the
upper levels and a page, not every instance of the server. A layout that reads nothing but the
instance's Orthanc ID needs no tags: pages of IDs are all that is listed.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from contextlib import aclosing
from pathlib import Path
from typing import TYPE_CHECKING

import anyio
from anyio.streams.memory import MemoryObjectSendStream

from aiorthanc._concurrency import task_group
from aiorthanc._constants import DEFAULT_EXPORT_PAGE_SIZE
from aiorthanc._facade._forest import Forest, ForestOptions, build_forest_with
from aiorthanc._facade._levels import Instance
from aiorthanc._facade._paging import paginate, resource_page
from aiorthanc._facade._placing import ForestTags, Placer

if TYPE_CHECKING:
    from aiorthanc._session import Session
    from aiorthanc._types import TimeoutTypes, UseDefault

__all__ = ["list_server"]


async def list_server(
    client: Session,
    placer: Placer,
    send: MemoryObjectSendStream[tuple[Instance, Path]],
    *,
    timeout: TimeoutTypes | UseDefault,
    on_total: Callable[[int], None],
) -> None:
    """Send every instance of the server with its path, then close `send`.

    `on_total` hears the server's instance count (`/statistics`) as soon as it is known, then
    the number listed once the listing is over (instances come and go meanwhile).
    """

    def fetch(since: int, limit: int) -> Awaitable[list[Instance]]:
        return resource_page(client, Instance, since, limit, timeout=timeout)

    tags_of: Callable[[Instance], dict[str, str]]
    async with send:
        if placer.needs_tags:
            first_page = fetch(0, DEFAULT_EXPORT_PAGE_SIZE)
            upper, first = await _upper_levels_and(client, first_page, timeout)
            on_total(upper.count)
            pages, tags_of = _pages(first, fetch), ForestTags(upper.tree)
        else:  # a layout of instance IDs only: IDs are all there is to list
            statistics = await client.get_json("/statistics", timeout=timeout)
            on_total(int(statistics.get("CountInstances", 0)))
            pages, tags_of = _id_pages(client, timeout), _id_tags
        async with aclosing(pages):
            on_total(await _send_placed(pages, placer, tags_of, send))


async def _send_placed(
    pages: AsyncIterator[list[Instance]],
    placer: Placer,
    tags_of: Callable[[Instance], dict[str, str]],
    send: MemoryObjectSendStream[tuple[Instance, Path]],
) -> int:
    """Place each page's instances and send them; the number of instances sent."""
    seen: set[str] = set()
    async for page in pages:
        instances = [instance for instance in page if instance.id not in seen]
        seen.update(instance.id for instance in instances)  # pages of a changing list overlap
        # Paths are resolved on disk: one worker-thread trip per page, not per file.
        placed = await anyio.to_thread.run_sync(_place, placer, tags_of, instances)
        for item in placed:
            await send.send(item)
    return len(seen)


def _place(
    placer: Placer, tags_of: Callable[[Instance], dict[str, str]], instances: list[Instance]
) -> list[tuple[Instance, Path]]:
    return [(instance, placer.place(instance, tags_of(instance))) for instance in instances]


async def _id_pages(
    client: Session, timeout: TimeoutTypes | UseDefault
) -> AsyncGenerator[list[Instance], None]:
    """The server's instances, known by their IDs only, a page at a time."""

    async def fetch(since: int, limit: int) -> list[str]:
        params = {"since": since, "limit": limit}
        page: list[str] = await client.get_json("/instances", params=params, timeout=timeout)
        return page

    async with aclosing(paginate(fetch, DEFAULT_EXPORT_PAGE_SIZE)) as pages:
        async for page in pages:
            yield [Instance.from_id(client, instance_id) for instance_id in page]


def _id_tags(instance: Instance) -> dict[str, str]:
    return {"InstanceOrthancID": instance.id}


class _Upper:
    def __init__(self) -> None:
        self.tree = Forest()
        self.count = 0


async def _upper_levels_and(
    client: Session, first_page: Awaitable[list[Instance]], timeout: TimeoutTypes | UseDefault
) -> tuple[_Upper, list[Instance]]:
    """The forest down to series, the instance count, and the first page, concurrently."""
    upper = _Upper()
    first: list[Instance] = []

    async def levels() -> None:
        upper.tree = await build_forest_with(client, ForestOptions(depth="series", timeout=timeout))

    async def count() -> None:
        statistics = await client.get_json("/statistics", timeout=timeout)
        upper.count = int(statistics.get("CountInstances", 0))

    async def page() -> None:
        first.extend(await first_page)

    async with task_group() as tg:
        tg.start_soon(levels)
        tg.start_soon(count)
        tg.start_soon(page)
    return upper, first


async def _pages(
    first: list[Instance], fetch: Callable[[int, int], Awaitable[list[Instance]]]
) -> AsyncGenerator[list[Instance], None]:
    """The first page, then the following ones (a short first page is the only one)."""
    yield first
    if len(first) == DEFAULT_EXPORT_PAGE_SIZE:
        async for page in paginate(fetch, DEFAULT_EXPORT_PAGE_SIZE, since=len(first)):
            yield page
