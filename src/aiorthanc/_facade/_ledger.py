"""The router's position in the change log: it advances only over changes whose forwarding ended.

Sends complete out of order (several run at once, each retried on its own), yet a checkpoint
is one number: "every change up to here is done". The ledger keeps the units of work (one
study, or a batch of instances: a run of consecutive changes) in the order they were read, and
moves the position to just before the oldest unit not yet done. Changes that need no
forwarding (other types) are done as soon as they are read.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

__all__ = ["Ledger", "Unit"]


@dataclass(eq=False)
class Unit:
    """Resources forwarded in one call, and the changes (sequence numbers) they came from."""

    first: int
    last: int
    ids: list[str] = field(default_factory=list)
    done: bool = False
    sent: bool = False
    """Acknowledged by the target (what is left may be the deletion)."""

    def add(self, seq: int, resource_id: str) -> None:
        """One more change of the run."""
        self.last = seq
        if resource_id not in self.ids:
            self.ids.append(resource_id)


class Ledger:
    """Units in the order of their changes; `position`: the last change with all before it done."""

    def __init__(self, position: int) -> None:
        self._position = position
        self._read = position
        self._units: deque[Unit] = deque()

    def __len__(self) -> int:
        """Units opened and not yet passed by the position (done out of order, or not done)."""
        return len(self._units)

    @property
    def position(self) -> int:
        """The sequence number a restart resumes after."""
        return self._position

    def open(self, seq: int, resource_id: str) -> Unit:
        """A new unit, starting with the change `seq`."""
        if seq <= self._read:
            raise ValueError(f"change {seq} was already read (the log is read to {self._read})")
        unit = Unit(seq, seq, [resource_id])
        self._units.append(unit)
        self._read = seq
        return unit

    def read_to(self, seq: int) -> bool:
        """The log was read up to `seq`: the changes not in a unit need nothing. True if moved."""
        self._read = max(self._read, seq)
        return self._advance()

    def finish(self, unit: Unit) -> bool:
        """`unit` was forwarded (or has nothing left to forward); True if the position moved."""
        unit.done = True
        return self._advance()

    def _advance(self) -> bool:
        while self._units and self._units[0].done:
            self._units.popleft()
        target = self._units[0].first - 1 if self._units else self._read
        if target > self._position:
            self._position = target
            return True
        return False
