"""Reading, completing and writing the OpenAPI document Orthanc produces.

Orthanc puts a JSON sample in ``content[type].schema.example`` and a text sample in
``content[type].example``; a route without a sample gets an empty ``examples`` object.
Examples added here follow the same layout.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .proxy import Answer
from .routes import Route, UnresolvableRoute

log = logging.getLogger(__name__)

Document = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_TEXTUAL = ("application/json", "application/javascript", "text/")


def operations(doc: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every operation of the document as ``(method, path, operation)``, in path order."""
    for path, item in sorted(doc.get("paths", {}).items()):
        for method in METHODS:
            if method in item:
                yield method, path, item[method]


def _contents(operation: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for response in operation.get("responses", {}).values():
        yield from response.get("content", {}).values()


def has_example(operation: dict[str, Any]) -> bool:
    """Whether any answer of the operation carries an example."""
    return any(
        "example" in content or content.get("examples") or "example" in content.get("schema", {})
        for content in _contents(operation)
    )


def is_textual(media_type: str) -> bool:
    """Whether answers of this media type can be shown as a JSON or text example."""
    return media_type.startswith(_TEXTUAL)


def route_of(path: str, operation: dict[str, Any]) -> Route:
    """The route of a GET operation with the names of its required query parameters."""
    required = tuple(
        sorted(
            parameter["name"]
            for parameter in operation.get("parameters", [])
            if parameter.get("in") == "query" and parameter.get("required")
        )
    )
    return Route(path, required)


def add_example(operation: dict[str, Any], answer: Answer) -> str | None:
    """Store ``answer`` as the example of the matching 200 media type.

    Returns why it could not, or ``None`` once stored.
    """
    media_type = answer.content_type.split(";", 1)[0].strip()
    content = operation.get("responses", {}).get("200", {}).get("content", {})
    if media_type not in content:
        return f"answers {media_type}, documented as {', '.join(sorted(content))}"
    entry = content[media_type]
    try:
        text = answer.body.decode("utf-8")
        if media_type == "application/json":
            entry.setdefault("schema", {})["example"] = json.loads(text)
        else:
            entry["example"] = text
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return f"answer is not valid {media_type}: {exc}"
    if entry.get("examples") == {}:
        del entry["examples"]
    return None


@dataclass
class Completion:
    """What :func:`complete_examples` did, by route."""

    added: list[str] = field(default_factory=list)
    #: Routes left without an example, and why.
    missing: dict[str, str] = field(default_factory=dict)


def complete_examples(doc: Document, fetch: Callable[[Route], Answer]) -> Completion:
    """Give an example to each GET operation that has none and answers JSON or text.

    ``fetch`` asks the sample server for a route (raising :class:`UnresolvableRoute` if it
    cannot); answers other than 200 are recorded as missing.
    """
    done = Completion()
    for method, path, operation in operations(doc):
        if method != "get" or has_example(operation):
            continue
        types = sorted(
            {t for r in operation.get("responses", {}).values() for t in r.get("content", {})}
        )
        if not any(is_textual(media_type) for media_type in types):
            done.missing[path] = f"binary answer ({', '.join(types) or 'no content'})"
            continue
        try:
            answer = fetch(route_of(path, operation))
        except UnresolvableRoute as exc:
            done.missing[path] = str(exc)
            continue
        reason = add_example(operation, answer) if answer.status == 200 else f"HTTP {answer.status}"
        if reason is None:
            done.added.append(path)
        else:
            done.missing[path] = reason
    return done


def summary(doc: Document) -> dict[str, Any]:
    """Counts recorded in the meta file: operations, GET operations, GETs with an example."""
    ops = list(operations(doc))
    gets = [(path, op) for method, path, op in ops if method == "get"]
    return {
        "operations": len(ops),
        "get_operations": len(gets),
        "get_operations_with_example": sum(has_example(op) for _, op in gets),
        "get_operations_without_example": sorted(p for p, op in gets if not has_example(op)),
    }


def dump(value: Any) -> bytes:
    """Canonical JSON: sorted keys, two-space indentation, UTF-8, final newline."""
    return (json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
