"""Listing a level while it changes: offset pages anchored on a snapshot of the IDs.

Orthanc pages its listings by offset (`since`). A loop that deletes what it was given shifts
every later resource down, so plain offset paging skips them: deleting 600 studies page by page
left 100. Here the IDs are read first (one request, in listing order), and each page is placed
against that snapshot. Orthanc lists in storage order, and new resources go to the end, so the
resources of the snapshot that are still there keep their relative order: a page whose first
resource is not the next one expected has shifted, and is fetched again from further back until
it overlaps resources already given (or starts at 0), which tells which of the missing ones are
gone.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any

__all__ = ["snapshot_pages"]

PageFetch = Callable[[int, int], Awaitable[list[dict[str, Any]]]]


async def snapshot_pages(
    ids: list[str], fetch: PageFetch, page_size: int
) -> AsyncGenerator[list[dict[str, Any]], None]:
    """The expanded answers of the resources in `ids` that still exist, in order, in pages.

    `ids` is the listing as it was when the iteration began; `fetch(since, limit)` reads one
    page of expanded answers. Each resource of `ids` is given at most once; resources added
    since are left out.
    """
    if page_size < 1:
        raise ValueError("page_size must be >= 1")
    size = max(page_size, 2)  # pages overlap by one: a page of one could not both overlap and move
    index = {resource_id: i for i, resource_id in enumerate(ids)}
    settled = 0  # resources of `ids` before this index were given or are known to be gone
    since = 0
    while settled < len(ids):
        page = await fetch(since, size)
        places = [index.get(str(answer.get("ID"))) for answer in page]
        ahead = [
            (i, a) for i, a in zip(places, page, strict=True) if i is not None and i >= settled
        ]
        # The page touches a resource already settled (or the start): whatever is missing
        # between it and the resources ahead was deleted, not shifted out of view.
        anchored = since == 0 or any(i is not None and i < settled for i in places)
        if ahead and (anchored or ahead[0][0] == settled):
            yield [answer for _, answer in ahead]
            settled = ahead[-1][0] + 1
            since += len(page)
        elif anchored:
            if len(page) < size or None in places:
                return  # the end of the listing, or of the snapshot's part: the rest is gone
            since += len(page) - 1
        else:
            gap = ahead[0][0] - settled if ahead else size
            since = max(0, since - gap - 1)
