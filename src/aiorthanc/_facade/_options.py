"""Options declared once: a dataclass per operation, and the keyword form of its entry points.

Each option of `forest()`, `find()` and `export()` is one field of `ForestOptions`,
`FindOptions` or `ExportOptions`: its type, its default and its help text (`help_text`). The
entry points do not repeat them: `takes_options` gives a function of an options object the
fields as its parameters, for type checkers (a `ParamSpec` taken from the dataclass) and for
`inspect.signature`. A command line can read the same fields with `dataclasses.fields()`.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

__all__ = ["HELP", "help_text", "takes_options"]

HELP = "help"
"""The key of an option's help text in its field's `metadata`."""

P = ParamSpec("P")
S = TypeVar("S")
O = TypeVar("O")  # noqa: E741
T = TypeVar("T")


def help_text(text: str) -> dict[str, str]:
    """The `metadata` of an option's field: its help text, under `HELP`."""
    return {HELP: text}


def takes_options(
    options_type: Callable[P, O],
) -> Callable[[Callable[[S, O], T]], Callable[Concatenate[S, P], T]]:
    """Decorate ``func(owner, options)`` into ``func(owner, <the fields of options_type>)``.

    The call builds the options object from the arguments and passes it on; the decorated
    function's signature shows the fields, defaults included.
    """

    def decorate(func: Callable[[S, O], T]) -> Callable[Concatenate[S, P], T]:
        @functools.wraps(func)
        def wrapper(owner: S, /, *args: P.args, **kwargs: P.kwargs) -> T:
            return func(owner, options_type(*args, **kwargs))

        wrapper.__signature__ = _signature(func, options_type)  # type: ignore[attr-defined]
        return wrapper

    return decorate


def _signature(func: Callable[..., Any], options_type: Callable[..., Any]) -> inspect.Signature:
    """``func``'s first parameter followed by the fields of `options_type`."""
    owner = next(iter(inspect.signature(func).parameters.values()))
    fields = inspect.signature(options_type).parameters.values()
    return inspect.signature(func).replace(parameters=[owner, *fields])
