"""Modify or anonymize many patients, studies or series, a few at a time.

Orthanc copies each resource in a job; its jobs engine runs a few jobs at once
(`ConcurrentJobs`, 2 by default), so a small number of calls in flight keeps it busy where one
loop of calls (Orthanc's AnonymizeAllPatients sample) leaves it waiting for the client between
jobs. See bench/anonymize.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, TypeVar

from aiorthanc._concurrency import task_group
from aiorthanc._facade._modify import Modifiable
from aiorthanc._types import TimeoutTypes, UseDefault

__all__ = ["copy_many"]

M = TypeVar("M", bound=Modifiable[Any])


async def copy_many(
    resources: Iterable[M],
    operation: Literal["modify", "anonymize"],
    concurrency: int,
    timeout: TimeoutTypes | UseDefault,
    changes: dict[str, Any],
) -> list[M]:
    """The new resources, in the order of `resources`, `concurrency` copies at a time.

    Raises the first failure as itself (the copies already made stay on the server).
    """
    if concurrency < 1:
        raise ValueError("concurrency must be >= 1")
    items = list(resources)
    for item in items:
        if not isinstance(item, Modifiable):
            raise TypeError(f"cannot {operation} {type(item).__name__}: a patient, study or series")
    results: list[M | None] = [None] * len(items)
    pending = iter(enumerate(items))

    async def worker() -> None:
        for index, resource in pending:
            copy = getattr(resource, operation)
            results[index] = await copy(timeout=timeout, **changes)

    async with task_group() as tasks:
        for _ in range(min(concurrency, max(len(items), 1))):
            tasks.start_soon(worker)
    return [r for r in results if r is not None]
