"""Helpers used by the generated endpoint classes (`aiorthanc._generated.api`)."""

from __future__ import annotations

import functools
import gc
import inspect
import io
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, Protocol

import httpx
from pydantic import JsonValue, TypeAdapter, ValidationError

from aiorthanc._errors import OptionalDependencyError, UnexpectedAnswerError

if TYPE_CHECKING:
    from numpy.typing import NDArray

__all__ = [
    "JsonValue",
    "VersionGate",
    "adapter",
    "checked_stream",
    "flag",
    "gc_paused",
    "guard_answers",
    "headers",
    "invalid",
    "job_body",
    "numpy_array",
    "since_of",
]


class VersionGate(Protocol):
    """What `checked_stream` needs of the session (which sits above this module)."""

    async def require_version(self, minimum: str, operation: str) -> None:
        """Raise `UnsupportedOperationError` when the server is older than `minimum`."""


def flag(value: bool) -> str | None:
    """A query argument that Orthanc reads by presence: a bare key when True, absent when False."""
    return "" if value else None


def headers(values: Mapping[str, str | None]) -> dict[str, str] | None:
    """The headers that were given (None values dropped), or None when there are none."""
    result = {key: value for key, value in values.items() if value is not None}
    return result or None


def since_of(since: int | None, limit: int | None) -> int | None:
    """`since`, or 0 when only `limit` is given: Orthanc 1.10.1 refuses a limit without it."""
    return 0 if since is None and limit is not None else since


def job_body(body: object, asynchronous: bool) -> dict[str, object]:
    """A JSON body whose `Asynchronous`/`Synchronous` keys say what the caller's keyword says.

    The keyword decides, so that the answer's type follows it; a body that says otherwise is
    refused (ValueError) rather than silently overridden.
    """
    if not isinstance(body, Mapping):
        raise TypeError(f"the body must be a JSON object (a mapping), not {type(body).__name__}")
    wanted = {"Asynchronous": asynchronous, "Synchronous": not asynchronous}
    for key, value in wanted.items():
        if key in body and bool(body[key]) != value:
            raise ValueError(
                f"body[{key!r}] is {body[key]!r} but asynchronous={asynchronous}: "
                "say it with the asynchronous= keyword only"
            )
    return {**body, **wanted}


@asynccontextmanager
async def checked_stream(
    session: VersionGate,
    checks: Sequence[tuple[str, str, bool]],
    opened: Callable[[], AbstractAsyncContextManager[httpx.Response]],
) -> AsyncIterator[httpx.Response]:
    """Ask the server for each `(version, operation, wanted)` that is wanted, then stream."""
    for version, operation, wanted in checks:
        if wanted:
            await session.require_version(version, operation)
    async with opened() as response:
        yield response


def numpy_array(data: bytes) -> NDArray[Any]:
    """A NumPy array from Orthanc's `/numpy` answer (`.npy`, or `.npz` when compressed)."""
    try:
        import numpy
    except ImportError as exc:
        raise OptionalDependencyError(
            "decoding a /numpy answer needs NumPy: pip install numpy"
        ) from exc
    try:
        loaded = numpy.load(io.BytesIO(data), allow_pickle=False)
    except ValueError as exc:
        raise UnexpectedAnswerError(f"the /numpy answer is not a NumPy array: {exc}") from exc
    if isinstance(loaded, numpy.lib.npyio.NpzFile):
        with loaded:  # a compressed answer holds one array
            return loaded[loaded.files[0]]
    array: NDArray[Any] = loaded
    return array


@functools.cache
def adapter(annotation: Any) -> TypeAdapter[Any]:
    """A cached pydantic `TypeAdapter` for a composite answer type such as `list[StudyInfo]`."""
    return TypeAdapter(annotation)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector held off while a large answer becomes models (no await inside).

    A collection of the oldest generation walks every live object; a page of hundreds of models
    allocates enough to trigger several, and they cost more than the validation itself (export
    of 2000 instances: about 75 us per file). Reference counting frees as usual meanwhile, and
    the collector is left as it was found.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def guard_answers(api: object) -> None:
    """Make each operation of the typed API raise `UnexpectedAnswerError`, not pydantic's
    `ValidationError`, for an answer that is not what the spec says (HTML, cut JSON, ...).

    `api` is the root (`Api`): its groups' classes get their public coroutine methods wrapped,
    once per class, so that the generated code stays as generated.
    """
    for group in vars(api).values():
        for cls in type(group).__mro__[:-1]:
            if cls.__dict__.get("_answers_guarded"):
                continue
            for name, function in list(vars(cls).items()):
                if not name.startswith("_") and inspect.iscoroutinefunction(function):
                    setattr(cls, name, _guarded(function))
            cls._answers_guarded = True  # type: ignore[attr-defined]


def invalid(exc: ValidationError) -> str:
    """What is wrong with an answer, from pydantic's error, without the answer's content (it may
    hold anything, secrets included)."""
    first = exc.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(part) for part in first["loc"]) or "the answer"
    return f"{first['msg']} (at {where}; {exc.error_count()} error(s))"


def _guarded(function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    async def operation(*args: Any, **kwargs: Any) -> Any:
        try:
            return await function(*args, **kwargs)
        except ValidationError as exc:
            message = f"{function.__name__}(): the answer is not a {exc.title}: {invalid(exc)}"
        # Raised outside the except block: no __context__ holding the answer.
        raise UnexpectedAnswerError(message)

    return operation
