"""The Jinja2 environment of the generator: the templates, and filters that shape prose only."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import jinja2

__all__ = ["environment"]

_TEMPLATES = Path(__file__).parent / "templates"


def docescape(text: str) -> str:
    """Text that is safe inside a triple-quoted docstring."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def wraplines(text: str, width: int) -> list[str]:
    """Paragraphs of `text` wrapped to `width`, an empty line between paragraphs."""
    lines: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        flat = " ".join(paragraph.split())
        wrapped = textwrap.wrap(flat, width, break_on_hyphens=False, break_long_words=False)
        lines += [*(wrapped or [""]), ""]
    return lines[:-1]


def environment() -> jinja2.Environment:
    """The environment every template is rendered with."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # noqa: S701 - Python source and Markdown, not HTML
    )
    env.filters.update(docescape=docescape, wraplines=wraplines, rstrip=str.rstrip)
    return env
