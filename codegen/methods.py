"""Endpoint -> the data of its generated method: signatures, overloads, docstring, call, answer.

Nothing here is Python source: the templates (`templates/macros.jinja`) lay these values out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from codegen.parser import JOB_KEYS, JOB_MODEL, TAIL, Endpoint, Parameter

__all__ = [
    "Arg",
    "Call",
    "Check",
    "Doc",
    "Method",
    "Parse",
    "PathPart",
    "Signature",
    "method_view",
]

# Every operation takes it: the request's timeout instead of the client's (issue 8, item 6).
TIMEOUT = "timeout"
_TIMEOUT_DOC = "Of this call (seconds, httpx.Timeout or None); the client's by default."

# Operations whose answer is a result or a job take it; it sets the body's `JOB_KEYS`.
ASYNCHRONOUS = "asynchronous"
_ASYNCHRONOUS_DOC = (
    f"Run as a job and answer a `{JOB_MODEL}`, else answer the result. It sets the body's "
    f"`{JOB_KEYS[0]}` and `{JOB_KEYS[1]}` (a body that says otherwise raises ValueError)."
)

# Orthanc 1.10.1 answers 400 to `limit` without `since`: `since` then defaults to 0.
LIMIT, SINCE = "limit", "since"

_EMPTY_ANSWER = {
    "none": "Nothing.",
    "text": "The answer as text.",
    "binary": "The answer's bytes.",
    "json": "The JSON answer.",
}


@dataclass(frozen=True)
class Arg:
    """One parameter of a signature: `name: annotation = default`."""

    name: str
    annotation: str
    default: str | None = None


@dataclass(frozen=True)
class Signature:
    """The parameters after `self` (positional, then keyword-only) and the return annotation."""

    positional: list[Arg]
    keywords: list[Arg]
    returns: str


@dataclass(frozen=True)
class Parse:
    """How a JSON answer becomes `py_type`: `json` (untyped), `adapter` or `model`."""

    py_type: str
    how: Literal["json", "adapter", "model"]
    var: str = "result"
    condition: str = ""  # the flags that select this answer; empty for the plain answer


@dataclass(frozen=True)
class PathPart:
    """A piece of the URL path: literal text, a parameter (quoted; a `subpath` keeps its
    slashes) or an `attribute` of the class (the route of a resource level)."""

    text: str
    kind: Literal["text", "param", "subpath", "attribute"] = "text"


@dataclass(frozen=True)
class Call:
    """The arguments of `session.request(...)` / `session.stream(...)`."""

    method: str
    path: list[PathPart]
    # (name in the URL, Python name, how: "value", "flag" (presence) or "since" (0 with a limit))
    query: list[tuple[str, str, Literal["value", "flag", "since"]]]
    headers: list[tuple[str, str]]  # (header, Python name)
    body: Literal["json", "text", "binary", "job"] | None

    @property
    def formatted(self) -> bool:
        """Whether the path is an f-string (it holds a parameter or the level's route)."""
        return any(part.kind != "text" for part in self.path)


@dataclass(frozen=True)
class Check:
    """`await session.require_version(version, what)` when `condition` holds (always if empty)."""

    version: str
    what: str
    condition: str = ""


@dataclass(frozen=True)
class Doc:
    """The docstring's pieces, as prose; the template escapes and wraps them."""

    summary: str
    deprecated: bool
    description: str
    args: list[tuple[str, str]]
    returns: str
    since: str = ""


@dataclass
class Method:
    """Everything the templates need to write one operation (and its streaming variant)."""

    name: str
    stream: str | None
    signature: Signature
    overloads: list[Signature]
    doc: Doc
    call: Call
    kind: Literal["none", "json", "text", "binary"]
    parses: list[Parse] = field(default_factory=list)  # variants first, the plain answer last
    route: str = ""  # `METHOD /path` as the docs show it
    usage: str = ""  # how to call the streaming variant, as its docstring shows it
    checks: list[Check] = field(default_factory=list)  # the versions to ask for, before sending
    array: str | None = None  # the variant that decodes a .npy answer
    forward: list[str] = field(default_factory=list)  # the array variant's call of the method


def _keyword(p: Parameter, literal: bool | None) -> Arg:
    if p.presence_flag and literal is None:
        return Arg(p.py_name, "bool", "False")
    if p.presence_flag:
        return (
            Arg(p.py_name, "Literal[True]")
            if literal
            else Arg(p.py_name, "Literal[False]", "False")
        )
    if p.required:
        return Arg(p.py_name, p.py_type)
    return Arg(p.py_name, f"{p.py_type} | None", "None")


def signature(e: Endpoint, returns: str, literals: dict[str, bool] | None = None) -> Signature:
    """The parameters of a method; `literals` pins presence flags of an overload to True/False."""
    literals = literals or {}
    positional = [Arg(p.py_name, p.py_type) for p in e.path_params]
    if e.body is not None:
        positional.append(Arg("body", e.body.py_type))
    keywords = [_keyword(p, literals.get(p.py_name)) for p in e.keyword_params]
    if e.job_result:
        job = literals.get(ASYNCHRONOUS)
        keywords.append(
            Arg(ASYNCHRONOUS, "bool", "False")
            if job is None
            else Arg(ASYNCHRONOUS, "Literal[True]")
            if job
            else Arg(ASYNCHRONOUS, "Literal[False]", "False")
        )
    keywords.append(Arg(TIMEOUT, "TimeoutTypes | UseDefault", "USE_DEFAULT"))
    return Signature(positional, keywords, returns)


def _union(types: list[str]) -> str:
    return " | ".join(dict.fromkeys(types))


def return_type(e: Endpoint) -> str:
    """The annotation of the implementation: the union of the plain answer and its variants."""
    return _union([e.response.py_type, *(v.py_type for v in e.response.variants)])


def overloads(e: Endpoint) -> list[Signature]:
    """One overload per answer: plain, one per variant, then any flags.

    Variants are tried in order at run time, so the overload of a variant pins its own flags to
    True and the flags of the variants before it (that it lacks) to False: the overloads are
    disjoint. The plain answer's overload pins every variant flag to False.
    """
    if e.job_result:
        return [
            signature(e, e.job_result, {ASYNCHRONOUS: False}),
            signature(e, JOB_MODEL, {ASYNCHRONOUS: True}),
            signature(e, return_type(e)),
        ]
    variants = e.response.variants
    if not variants:
        return []
    py_names = {p.name: p.py_name for p in e.keyword_params}
    result = [signature(e, e.response.py_type, dict.fromkeys(e.variant_flags, False))]
    for index, variant in enumerate(variants):
        own = {py_names[flag] for flag in variant.flags}
        literals = dict.fromkeys(own, True)
        for earlier in variants[:index]:
            literals.update({py_names[f]: False for f in earlier.flags if py_names[f] not in own})
        result.append(signature(e, variant.py_type, literals))
    result.append(signature(e, return_type(e)))
    return result


def _how(py_type: str, use_adapter: bool) -> Literal["json", "adapter", "model"]:
    if py_type == "JsonValue":
        return "json"
    return "adapter" if use_adapter else "model"


def parses(e: Endpoint) -> list[Parse]:
    """The ways to read a JSON answer: one per variant (its flags set), then the plain one."""
    if e.job_result:
        return [Parse(JOB_MODEL, "model", condition=ASYNCHRONOUS), Parse(e.job_result, "model")]
    py_names = {p.name: p.py_name for p in e.keyword_params}
    result = []
    for variant in e.response.variants:
        flags = [py_names[flag] for flag in variant.flags]
        how = _how(variant.py_type, variant.adapter)
        result.append(Parse(variant.py_type, how, "_".join(flags) + "_answer", " and ".join(flags)))
    result.append(Parse(e.response.py_type, _how(e.response.py_type, e.response.adapter)))
    return result


def path_parts(e: Endpoint, level_attribute: str | None = None) -> list[PathPart]:
    """The URL path in pieces; with `level_attribute`, the first segment is that attribute."""
    py_names = {p.name: p.py_name for p in e.path_params}
    parts: list[PathPart] = []
    path = e.path
    if level_attribute is not None:
        parts += [PathPart("/"), PathPart(level_attribute, "attribute")]
        path = path[path.index("/", 1) :]
    for piece in re.split(r"(\{[^}]+\})", path):
        if piece.startswith("{") and piece.endswith("}"):
            parts.append(PathPart(py_names[piece[1:-1]], "param"))
        elif piece:
            parts.append(PathPart(piece))
    if TAIL in py_names:
        parts += [PathPart("/"), PathPart(py_names[TAIL], "subpath")]
    return parts


def call(e: Endpoint, level_attribute: str | None = None) -> Call:
    """The request of an operation (see `path_parts` for `level_attribute`)."""
    query = [p for p in e.keyword_params if p.location == "query"]
    paged = {LIMIT, SINCE} <= {p.py_name for p in query}

    def how(p: Parameter) -> Literal["value", "flag", "since"]:
        return "flag" if p.presence_flag else "since" if paged and p.py_name == SINCE else "value"

    body = e.body.kind if e.body is not None else None
    return Call(
        method=e.method,
        path=path_parts(e, level_attribute),
        query=[(p.name, p.py_name, how(p)) for p in query],
        headers=[(p.name, p.py_name) for p in e.keyword_params if p.location == "header"],
        body="job" if e.job_result else body,
    )


def checks(e: Endpoint) -> list[Check]:
    """The versions to ask the server for: the operation's, then those of newer arguments."""
    found = [Check(e.requires, e.name)] if e.requires else []
    for p in e.versioned_parameters:
        condition = p.py_name if p.presence_flag else f"{p.py_name} is not None"
        found.append(Check(p.since or "", f"{e.name}({p.py_name}=...)", condition))
    for f in e.versioned_fields:
        found.append(Check(f.since or "", f"{e.name}(body[{f.name!r}])", f"{f.name!r} in body"))
    return found


def _since_note(version: str | None) -> str:
    return f" (Orthanc {version} and later)" if version else ""


def answer_text(e: Endpoint) -> str:
    """The `Returns:` prose: the spec's words, the content types, the types the flags select."""
    answer = e.response.description or _EMPTY_ANSWER[e.response.kind]
    if e.response.content_types and e.response.kind == "binary":
        answer += " (" + ", ".join(e.response.content_types) + ")"
    if e.job_result:
        job = f": `{e.job_result}`; with `{ASYNCHRONOUS}=True`: `{JOB_MODEL}`."
        answer = answer.rstrip(".") + job
    if e.response.variants:
        py_names = {p.name: p.py_name for p in e.keyword_params}
        cases = [
            " and ".join(f"`{py_names[flag]}`" for flag in v.flags) + f": `{v.py_type}`"
            for v in e.response.variants
        ]
        variants = "; else with ".join(cases)
        answer = answer.rstrip(".") + f": `{e.response.py_type}`; with {variants}."
    return answer


def doc(e: Endpoint) -> Doc:
    """The docstring's prose."""
    summary = e.summary or f"{e.method} {e.path}"
    args = [(p.py_name, p.description) for p in e.path_params]
    if e.body is not None:
        newer = [f"`{f.name}`{_since_note(f.since)}" for f in e.versioned_fields]
        text = e.body.description or f"The {e.body.kind} body."
        args.append(("body", text + (" Keys: " + ", ".join(newer) + "." if newer else "")))
    args += [(p.py_name, (p.description or "-") + _since_note(p.since)) for p in e.keyword_params]
    if e.job_result:
        args.append((ASYNCHRONOUS, _ASYNCHRONOUS_DOC))
    args.append((TIMEOUT, _TIMEOUT_DOC))
    return Doc(
        summary=summary.rstrip(".") + ".",
        deprecated=e.deprecated,
        description=e.description,
        args=args,
        returns=answer_text(e),
        since=e.since,
    )


def method_view(
    e: Endpoint, level_attribute: str | None = None, usage: str | None = None
) -> Method:
    """The data of the generated method of `e` (see `path_parts` for `level_attribute`)."""
    return Method(
        name=e.name,
        stream=e.stream,
        signature=signature(e, return_type(e)),
        overloads=overloads(e),
        doc=doc(e),
        call=call(e, level_attribute),
        kind=e.response.kind,
        parses=parses(e) if e.response.kind == "json" else [],
        route=f"{e.method} {e.path}",
        usage=usage or f"api.{e.module}.{e.stream}",
        checks=checks(e),
        array=e.array,
        forward=[p.py_name for p in e.path_params]
        + [f"{a.name}={a.name}" for a in signature(e, "").keywords],
    )
