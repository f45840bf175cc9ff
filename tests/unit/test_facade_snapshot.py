"""`snapshot_pages`: listing while the listing changes, against a simulated Orthanc listing."""

from __future__ import annotations

import random
from typing import Any

import pytest

from aiorthanc._facade._snapshot import snapshot_pages

pytestmark = pytest.mark.anyio


class Listing:
    """Orthanc's offset listing: storage order, new resources appended at the end."""

    def __init__(self, count: int) -> None:
        self.ids = [f"r{i:05d}" for i in range(count)]
        self.fetches = 0

    async def fetch(self, since: int, limit: int) -> list[dict[str, Any]]:
        self.fetches += 1
        return [{"ID": i} for i in self.ids[since : since + limit]]

    def delete(self, resource_id: str) -> None:
        if resource_id in self.ids:
            self.ids.remove(resource_id)


async def _walk(listing: Listing, page_size: int, on_item: Any) -> list[str]:
    seen: list[str] = []
    async for page in snapshot_pages(list(listing.ids), listing.fetch, page_size):
        for answer in page:
            seen.append(answer["ID"])
            on_item(answer["ID"])
    return seen


@pytest.mark.parametrize("page_size", [1, 2, 7, 100, 500, 1000])
async def test_deleting_each_resource_visits_all(page_size: int) -> None:
    listing = Listing(600)
    expected = list(listing.ids)
    seen = await _walk(listing, page_size, listing.delete)
    assert seen == expected
    assert listing.ids == []


async def test_plain_read_costs_no_extra_request() -> None:
    listing = Listing(600)
    assert await _walk(listing, 500, lambda _: None) == listing.ids
    assert listing.fetches == 2


@pytest.mark.parametrize("seed", range(40))
async def test_random_changes_never_skip_or_repeat(seed: int) -> None:
    rng = random.Random(seed)
    listing = Listing(rng.randint(0, 300))
    snapshot = list(listing.ids)
    deleted_early: set[str] = set()
    added = 0

    def on_item(resource_id: str) -> None:
        nonlocal added
        if rng.random() < 0.6:
            listing.delete(resource_id)
        if rng.random() < 0.2 and listing.ids:  # someone else deletes one not seen yet
            victim = rng.choice(listing.ids)
            deleted_early.add(victim)
            listing.delete(victim)
        if rng.random() < 0.2:
            listing.ids.append(f"new{added}")
            added += 1

    seen = await _walk(listing, rng.choice([1, 3, 10, 50]), on_item)
    # A resource deleted by another client after its page was read may still be given.
    assert seen == [i for i in snapshot if i in set(seen)]
    assert set(snapshot) - deleted_early <= set(seen)
