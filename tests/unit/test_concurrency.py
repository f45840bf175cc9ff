"""task_group(): failures of tasks surface as themselves, not as exception groups."""

import sys

import anyio
import httpx
import pytest

from aiorthanc import NotFoundError, OrthancError
from aiorthanc._concurrency import task_group
from aiorthanc._errors import make_status_error

if sys.version_info < (3, 11):
    from exceptiongroup import BaseExceptionGroup


async def _fail(error: BaseException, delay: float = 0) -> None:
    await anyio.sleep(delay)
    raise error


async def _wait() -> None:
    await anyio.sleep(10)


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_a_lone_failure_is_raised_as_itself(anyio_backend: str) -> None:
    error = OrthancError("boom")
    with pytest.raises(OrthancError) as info:
        async with task_group() as group:
            group.start_soon(_fail, error)
            group.start_soon(_wait)  # cancelled by the failure
    assert info.value is error
    assert isinstance(info.value.__cause__, BaseExceptionGroup)


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_several_failures_raise_the_first_with_the_rest_in_the_cause(
    anyio_backend: str,
) -> None:
    first, second = OrthancError("first"), ValueError("second")

    async def both() -> None:
        async with task_group() as group:
            group.start_soon(_fail, first)
            group.start_soon(_fail, second)

    with pytest.raises((OrthancError, ValueError)) as info:
        await both()
    assert info.value in (first, second)
    cause = info.value.__cause__
    assert isinstance(cause, BaseExceptionGroup)
    assert set(cause.exceptions) == {first, second}


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_typed_error_is_caught_by_its_class(anyio_backend: str) -> None:
    request = httpx.Request("GET", "http://orthanc.test/studies/x")
    not_found = make_status_error(httpx.Response(404, request=request))
    try:
        async with task_group() as group:
            group.start_soon(_fail, not_found)
            group.start_soon(_wait)
    except NotFoundError as error:
        caught: BaseException = error
    assert caught is not_found


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_outer_cancellation_is_not_turned_into_an_error(anyio_backend: str) -> None:
    with anyio.move_on_after(0.05) as scope:
        async with task_group() as group:
            group.start_soon(_wait)
            group.start_soon(_wait)
    assert scope.cancelled_caught
