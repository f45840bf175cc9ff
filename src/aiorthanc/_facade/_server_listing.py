"""The instances of a whole server for an export, in batches, placed as soon as they can be.

Listing every instance with its tags before the first download leaves the connection idle for
the whole listing. Here pages of instances are listed and handed to the download workers in
batches (`batches`) at once, while the patient, study and series levels (one forest, a request
per level) are listed beside them: a batch's archive is asked for meanwhile, and each page is
placed, in listing order, once the upper levels are known. Memory holds the upper levels and
the pages in flight, not every instance of the server. A layout that reads nothing but the
instance's Orthanc ID needs no upper level: pages of instances (for their sizes, which batches
need) or, without archives, pages of IDs are all that is listed.
"""

from __future__ import annotations

import math
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from contextlib import aclosing
from pathlib import Path
from typing import TYPE_CHECKING

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from aiorthanc._concurrency import task_group
from aiorthanc._constants import DEFAULT_EXPORT_PAGE_SIZE
from aiorthanc._facade._export_archives import Batch, batches
from aiorthanc._facade._forest import ForestOptions, build_forest_with
from aiorthanc._facade._levels import Instance
from aiorthanc._facade._paging import paginate, resource_page
from aiorthanc._facade._placing import ForestTags, Placer

if TYPE_CHECKING:
    from aiorthanc._session import Session
    from aiorthanc._types import TimeoutTypes, UseDefault

__all__ = ["list_server"]

_TagsOf = Callable[[Instance], dict[str, str]]
_PAGE = DEFAULT_EXPORT_PAGE_SIZE


async def list_server(
    client: Session,
    placer: Placer,
    send: MemoryObjectSendStream[Batch],
    *,
    timeout: TimeoutTypes | UseDefault,
    archive_bytes: int,
    on_total: Callable[[int], None],
) -> None:
    """Send every instance of the server in batches, placed as soon as can be; close `send`.

    `on_total` hears the server's instance count (`/statistics`) as soon as it is known, then
    the number listed once the listing is over (instances come and go meanwhile).
    """

    def fetch(since: int, limit: int) -> Awaitable[list[Instance]]:
        return resource_page(client, Instance, since, limit, timeout=timeout)

    tags = _Tags()
    to_place, placing = anyio.create_memory_object_stream[list[Batch]](math.inf)
    async with send:
        async with task_group() as tg:
            pages: AsyncIterator[list[Instance]]
            if placer.needs_tags:
                tg.start_soon(_upper_levels, client, timeout, tags, on_total)
                pages = paginate(fetch, _PAGE)
            else:  # a layout of instance IDs only: no upper level to list
                statistics = await client.get_json("/statistics", timeout=timeout)
                on_total(int(statistics.get("CountInstances", 0)))
                tags.known(_id_tags)
                use_ids = not archive_bytes
                pages = _id_pages(client, timeout) if use_ids else paginate(fetch, _PAGE)
            tg.start_soon(_place_pages, placer, tags, placing)
            async with to_place, aclosing(pages):
                count = await _send_listed(pages, send, to_place, archive_bytes)
        on_total(count)


async def _send_listed(
    pages: AsyncIterator[list[Instance]],
    send: MemoryObjectSendStream[Batch],
    to_place: MemoryObjectSendStream[list[Batch]],
    archive_bytes: int,
) -> int:
    """Send each page's instances in batches, and the page to be placed; the number sent."""
    seen: set[str] = set()
    async for page in pages:
        instances = [instance for instance in page if instance.id not in seen]
        seen.update(instance.id for instance in instances)  # pages of a changing list overlap
        page_batches = [Batch(group) for group in batches(instances, archive_bytes)]
        await to_place.send(page_batches)
        for batch in page_batches:
            await send.send(batch)
    return len(seen)


async def _place_pages(
    placer: Placer, tags: _Tags, placing: MemoryObjectReceiveStream[list[Batch]]
) -> None:
    """Place the batches of each page, in listing order, once the tags can be known."""
    async with placing:
        await tags.ready.wait()
        async for page_batches in placing:
            instances = [instance for batch in page_batches for instance in batch.instances]
            # Paths are resolved on disk: one worker-thread trip per page, not per file.
            paths = iter(await anyio.to_thread.run_sync(_place, placer, tags.of, instances))
            for batch in page_batches:
                batch.place([next(paths) for _ in batch.instances])


def _place(placer: Placer, tags_of: _TagsOf, instances: list[Instance]) -> list[Path]:
    return [placer.place(instance, tags_of(instance)) for instance in instances]


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


class _Tags:
    """How an instance's tags are found, once it can be known."""

    def __init__(self) -> None:
        self.of: _TagsOf = _id_tags
        self.ready = anyio.Event()

    def known(self, tags_of: _TagsOf) -> None:
        self.of = tags_of
        self.ready.set()


async def _upper_levels(
    client: Session,
    timeout: TimeoutTypes | UseDefault,
    tags: _Tags,
    on_total: Callable[[int], None],
) -> None:
    """List the forest down to series (then the tags are known), and the instance count."""

    async def levels() -> None:
        forest = await build_forest_with(client, ForestOptions(depth="series", timeout=timeout))
        tags.known(ForestTags(forest))

    async def count() -> None:
        statistics = await client.get_json("/statistics", timeout=timeout)
        on_total(int(statistics.get("CountInstances", 0)))

    async with task_group() as tg:
        tg.start_soon(levels)
        tg.start_soon(count)
