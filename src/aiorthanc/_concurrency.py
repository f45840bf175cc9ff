"""Task groups whose failures surface as the typed exceptions the callers document."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import anyio.abc

if sys.version_info < (3, 11):
    from exceptiongroup import BaseExceptionGroup

__all__ = ["task_group"]


@asynccontextmanager
async def task_group() -> AsyncIterator[anyio.abc.TaskGroup]:
    """An anyio task group that raises the failure of its tasks, not an `ExceptionGroup`.

    anyio wraps whatever the tasks raise in an exception group, which `except NotFoundError`
    does not catch (and Python 3.10 has no `except*`). Here the first failure is raised as
    itself, chained to the group so that the others stay reachable; cancellation alone, or
    several interrupts, still surface as anyio raised them.
    """
    try:
        async with anyio.create_task_group() as group:
            yield group
    except BaseExceptionGroup as failures:
        raise _first_failure(failures) from failures


def _first_failure(group: BaseExceptionGroup[BaseException]) -> BaseException:
    leaves = list(_leaves(group))
    cancelled = anyio.get_cancelled_exc_class()
    for kind in (KeyboardInterrupt, SystemExit):
        interrupts = [leaf for leaf in leaves if isinstance(leaf, kind)]
        if interrupts:
            return interrupts[0]
    failures = [leaf for leaf in leaves if not isinstance(leaf, cancelled)]
    return failures[0] if failures else group


def _leaves(error: BaseException) -> list[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        return [leaf for inner in error.exceptions for leaf in _leaves(inner)]
    return [error]
