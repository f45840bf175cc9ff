"""The router's position: it moves only over changes whose forwarding ended, in log order."""

from __future__ import annotations

import pytest

from aiorthanc import AsyncOrthanc, RouteOptions
from aiorthanc._facade._ledger import Ledger


def test_the_position_waits_for_the_oldest_unit_when_sends_end_out_of_order() -> None:
    ledger = Ledger(10)
    first = ledger.open(12, "a")
    second = ledger.open(15, "b")
    third = ledger.open(16, "c")
    assert ledger.read_to(20)
    assert ledger.position == 11  # change 11 needed nothing; 12 is in flight
    assert not ledger.finish(third)
    assert not ledger.finish(second)
    assert ledger.position == 11
    assert ledger.finish(first)
    assert ledger.position == 20  # every unit done: up to what was read
    assert len(ledger) == 0


def test_a_batch_holds_the_position_before_its_first_change() -> None:
    ledger = Ledger(0)
    batch = ledger.open(3, "i1")
    batch.add(4, "i2")
    batch.add(7, "i3")
    batch.add(8, "i3")  # the same resource twice: sent once
    ledger.read_to(9)
    assert ledger.position == 2
    assert batch.ids == ["i1", "i2", "i3"]
    later = ledger.open(10, "i4")
    ledger.finish(later)
    assert ledger.position == 2
    ledger.finish(batch)
    assert ledger.position == 10


def test_a_unit_never_finished_keeps_the_position_before_it() -> None:
    ledger = Ledger(0)
    ledger.open(1, "failed")
    for seq in range(2, 50):
        ledger.finish(ledger.open(seq, f"r{seq}"))
    assert ledger.position == 0
    assert len(ledger) == 49
    with pytest.raises(ValueError, match="already read"):
        ledger.open(30, "x")


@pytest.mark.asyncio
async def test_route_options_are_checked() -> None:
    async with AsyncOrthanc("http://orthanc.test") as orthanc:
        pacs = orthanc.modalities["pacs"]
        with pytest.raises(ValueError, match="what must be"):
            RouteOptions(pacs, "studies")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="concurrency"):
            RouteOptions(pacs, concurrency=0)
        with pytest.raises(ValueError, match="retries"):
            await orthanc.route(pacs, retries=-1)
