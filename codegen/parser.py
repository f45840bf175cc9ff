"""Spec -> intermediate model: one `Endpoint` per operation, with parameters, body and answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from codegen.naming import (
    array_name,
    module_name,
    operation_name,
    pascal,
    python_identifier,
    stream_name,
)
from codegen.versions import Since

__all__ = [
    "Body",
    "BodyField",
    "Endpoint",
    "Parameter",
    "ParseError",
    "Response",
    "Variant",
    "parse_spec",
    "schema_type",
]

HTTP_METHODS = ("get", "post", "put", "delete")

# Query arguments that Orthanc 1.10.1 reads by presence: `?expand=false` still expands. They are
# typed `bool = False` and sent as a bare key when True, never when False.
# `last` (GET /changes: only the last change) is read the same way, whatever its value.
PRESENCE_FLAGS = frozenset({"expand", "extended", "short", "simplify", "full", "last"})

# Last path segments of binary answers that can be large: these get a streaming variant.
LARGE_BINARY = frozenset(
    {
        "archive",
        "media",
        "file",
        "data",
        "compressed-data",
        "numpy",
        "raw",
        "raw.gz",
        "pdf",
        "create-archive",
        "create-media",
        "create-media-extended",
    }
)

# Orthanc's name of a trailing wildcard parameter (`/instances/{id}/content/{...}`).
TAIL = "..."
TAIL_PY_NAME = "subpath"

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}

# Query arguments that Orthanc documents as `number` but parses as integers (counts, indices in
# the sequence of changes, JPEG qualities, sizes in pixels): typed `int`, whatever the document.
INTEGER_ARGUMENTS = frozenset(
    {"limit", "since", "to", "quality", "lossy_quality", "height", "width"}
)

# An answer that is a result, or a job when the body asks for one: the keys that ask for it.
JOB_MODEL = "JobSubmitted"
JOB_KEYS = ("Asynchronous", "Synchronous")

# Last path segment of answers in NumPy's .npy format: these get an `..._array` variant.
NUMPY_SEGMENT = "numpy"


class ParseError(Exception):
    """An operation the generator cannot handle (reported, then skipped)."""


@dataclass
class Parameter:
    """A path, query or header parameter."""

    name: str  # as in the spec
    py_name: str
    location: Literal["path", "query", "header"]
    py_type: str
    required: bool
    description: str
    presence_flag: bool = False
    since: str | None = None  # the Orthanc version that added it, when newer than the operation


@dataclass
class BodyField:
    """One documented key of a JSON request body."""

    name: str
    py_type: str
    description: str
    since: str | None = None  # the Orthanc version that added it, when newer than the operation


@dataclass
class Body:
    """The request body: JSON (typed when the spec lists its keys), text or binary."""

    kind: Literal["json", "text", "binary"]
    py_type: str
    description: str
    fields: list[BodyField] = field(default_factory=list)
    typed_dict: str | None = None  # name of the generated TypedDict, if any


@dataclass
class Variant:
    """The answer's type when all of `flags` (presence flags of the query) are set."""

    flags: tuple[str, ...]
    py_type: str
    adapter: bool
    schema: dict[str, Any] = field(default_factory=dict)


@dataclass
class Response:
    """The answer of a 200: nothing, JSON (typed or not), text or binary."""

    kind: Literal["none", "json", "text", "binary"]
    py_type: str  # the annotation of the return value
    model: str | None = None  # a single pydantic model (parsed with model_validate_json)
    adapter: bool = False  # a composite type: parsed with a TypeAdapter
    # Other answer types selected by presence flags, first match wins (`x-variants`, or
    # `x-expanded` for `expand` alone): the generator writes one typed overload per variant.
    variants: list[Variant] = field(default_factory=list)
    description: str = ""
    content_types: list[str] = field(default_factory=list)
    schema: dict[str, Any] = field(default_factory=dict)  # of a JSON answer, after overrides


@dataclass
class Endpoint:
    """One operation of the spec, ready to render."""

    method: str
    path: str
    tag: str
    module: str
    name: str
    summary: str
    description: str
    deprecated: bool
    parameters: list[Parameter]
    body: Body | None
    response: Response
    stream: str | None = None  # name of the streaming variant
    array: str | None = None  # name of the variant that decodes a .npy answer
    since: str = ""  # the oldest documented Orthanc version that has the operation
    requires: str | None = None  # `since` when newer than the oldest documented version
    job_result: str | None = None  # the result's type when the answer is it or a job

    @property
    def versioned_parameters(self) -> list[Parameter]:
        """The keyword parameters that a newer Orthanc than the operation's added."""
        return [p for p in self.keyword_params if p.since]

    @property
    def versioned_fields(self) -> list[BodyField]:
        """The body keys that a newer Orthanc than the operation's added."""
        return [f for f in self.body.fields if f.since] if self.body else []

    @property
    def variant_flags(self) -> list[str]:
        """The Python names of the presence flags that select a variant of the answer."""
        flags = {flag for variant in self.response.variants for flag in variant.flags}
        return [p.py_name for p in self.keyword_params if p.name in flags]

    @property
    def path_params(self) -> list[Parameter]:
        """Path parameters, in the order they appear in the path."""
        return [p for p in self.parameters if p.location == "path"]

    @property
    def keyword_params(self) -> list[Parameter]:
        """Query and header parameters (keyword-only)."""
        return [p for p in self.parameters if p.location != "path"]

    @property
    def path_expression(self) -> str:
        """An f-string body building the URL path with quoted parameters."""
        result = self.path
        for param in self.path_params:
            if param.name == TAIL:
                # A sub-path: its slashes are separators, the rest of it is quoted.
                result += "/{_quote(" + param.py_name + ', safe="/")}'
            else:
                result = result.replace("{" + param.name + "}", "{_quote(" + param.py_name + ")}")
        return result


def schema_type(
    schema: dict[str, Any] | None, models: set[str], aliases: frozenset[str] = frozenset()
) -> tuple[str | None, bool]:
    """A Python annotation for a schema and whether it needs a TypeAdapter; None if unknown.

    `models` are the component schemas; those in `aliases` are generated as type aliases (maps,
    unions), not pydantic models, and are parsed with a TypeAdapter.
    """
    if not schema:
        return None, False
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        if name not in models:
            raise ParseError(f"unknown schema {ref}")
        return name, name in aliases
    variants = schema.get("anyOf") or schema.get("oneOf")
    if variants:
        parts = [schema_type(variant, models, aliases)[0] for variant in variants]
        if None in parts:
            return None, False
        return " | ".join(p for p in parts if p), True
    kind = schema.get("type")
    if kind == "array":
        inner, _ = schema_type(schema.get("items"), models, aliases)
        return f"list[{inner or 'JsonValue'}]", True
    if kind == "object" and not schema.get("properties"):
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            inner, _ = schema_type(extra, models, aliases)
            return f"dict[str, {inner or 'JsonValue'}]", True
        return "dict[str, JsonValue]", True
    if kind in _SCALARS:
        py = _SCALARS[kind]
        return (f"{py} | None" if schema.get("nullable") else py), True
    return None, False


def _parameter(raw: dict[str, Any]) -> Parameter:
    name = raw["name"]
    location = raw["in"]
    if location not in ("path", "query", "header"):
        raise ParseError(f"parameter {name!r} in {location!r} is not supported")
    schema = raw.get("schema", {})
    description = (raw.get("description") or "").strip()
    presence = location == "query" and name in PRESENCE_FLAGS
    if presence:
        py_type = "bool"
    elif location == "path":
        py_type = "str | int" if schema.get("type") == "number" else "str"
    elif location == "query" and python_identifier(name) in INTEGER_ARGUMENTS:
        py_type = "int"
    else:
        py_type = _SCALARS.get(schema.get("type", "string"), "str")
    return Parameter(
        name=name,
        py_name=TAIL_PY_NAME if name == TAIL else python_identifier(name),
        location=location,
        py_type=py_type,
        required=location == "path" or bool(raw.get("required")),
        description=description,
        presence_flag=presence,
    )


# A JSON body may also be any mapping: a dict built by the caller (`dict[str, object]`) is not
# a TypedDict, and `dict[str, JsonValue]` is invariant.
PLAIN_BODY = "Mapping[str, object]"


def _covariant(annotation: str) -> str:
    """A body field's type that accepts any mapping or sequence, not only dict and list."""
    return annotation.replace("dict[", "Mapping[").replace("list[", "Sequence[")


def _body(name: str, raw: dict[str, Any] | None) -> Body | None:
    if not raw:
        return None
    content = raw.get("content", {})
    if not content:
        raise ParseError("request body without content type")
    if "application/json" in content:
        schema = content["application/json"].get("schema", {})
        description = (schema.get("description") or raw.get("description") or "").strip()
        properties = schema.get("properties") or {}
        if not properties:
            return Body("json", f"JsonValue | {PLAIN_BODY}", description)
        fields = []
        for key in sorted(properties):
            prop = properties[key]
            annotation, _ = schema_type(
                {k: v for k, v in prop.items() if k != "description"}, set()
            )
            text = (prop.get("description") or "").strip()
            fields.append(BodyField(key, _covariant(annotation or "JsonValue"), text))
        typed = pascal(name) + "Body"
        return Body("json", f"{typed} | {PLAIN_BODY}", description, fields, typed)
    first = sorted(content)[0]
    description = (content[first].get("schema", {}).get("description") or "").strip()
    if list(content) == ["text/plain"]:
        return Body("text", "str", description)
    return Body("binary", "RequestContent", description)


def alias_names(schemas: dict[str, Any]) -> frozenset[str]:
    """The component schemas generated as type aliases: all but objects with properties."""
    return frozenset(
        name
        for name, schema in schemas.items()
        if not (schema.get("type") == "object" and schema.get("properties"))
        and "enum" not in schema
    )


def _variants(schema: dict[str, Any], flags: set[str]) -> list[dict[str, Any]]:
    """The `x-variants` of an answer's schema (`x-expanded` is the variant of `expand` alone)."""
    variants = list(schema.get("x-variants") or [])
    if "x-expanded" in schema:
        variants.append({"flags": ["expand"], "schema": schema["x-expanded"]})
    for variant in variants:
        missing = set(variant["flags"]) - flags
        if missing:
            raise ParseError(f"variant flags {sorted(missing)} are not presence flags here")
    return variants


def _response(
    raw: dict[str, Any], models: set[str], aliases: frozenset[str], flags: set[str]
) -> Response:
    ok: dict[str, Any] = raw.get("200") or raw.get("201") or next(iter(raw.values()), {})
    content = ok.get("content") or {}
    types = sorted(content)
    if not content:
        return Response("none", "None")
    if types == ["application/json"]:
        schema = content["application/json"].get("schema") or {}
        description = (schema.get("description") or "").strip()
        annotation, adapter = schema_type(schema, models, aliases)
        response = Response(
            "json",
            annotation or "JsonValue",
            description=description,
            content_types=types,
            schema=schema,
        )
        if annotation and not adapter:
            response.model = annotation
        response.adapter = adapter
        for variant in _variants(schema, flags):
            py_type, variant_adapter = schema_type(variant["schema"], models, aliases)
            if py_type is None:
                raise ParseError(f"variant {variant['flags']} has no usable schema")
            response.variants.append(
                Variant(tuple(variant["flags"]), py_type, variant_adapter, variant["schema"])
            )
        return response
    schema = content[types[0]].get("schema") or {}
    description = (schema.get("description") or "").strip()
    if types == ["text/plain"]:
        return Response("text", "str", description=description, content_types=types)
    return Response("binary", "bytes", description=description, content_types=types)


def _job_result(response: Response, body: Body | None) -> str | None:
    """The result's type of an answer that is a result or a job (as the body's keys ask)."""
    variants = response.schema.get("anyOf") or []
    refs = [str(v.get("$ref", "")).rsplit("/", 1)[-1] for v in variants]
    keys = {f.name for f in body.fields} if body else set()
    if len(refs) == 2 and JOB_MODEL in refs and JOB_KEYS[0] in keys:
        return next(ref for ref in refs if ref != JOB_MODEL)
    return None


def _versions(endpoint: Endpoint, since: Since | None) -> None:
    """Set the oldest version of the operation and of its newer arguments and body keys."""
    if since is None:
        return
    method, path = endpoint.method, endpoint.path
    endpoint.since = since.operation(method, path)
    endpoint.requires = since.newer(endpoint.since, since.oldest)
    for p in endpoint.keyword_params:
        p.since = since.newer(since.parameter(method, path, p.name), endpoint.since)
    for f in endpoint.body.fields if endpoint.body else []:
        f.since = since.newer(since.body_field(method, path, f.name), endpoint.since)


def parse_operation(
    path: str,
    method: str,
    operation: dict[str, Any],
    models: set[str],
    aliases: frozenset[str] = frozenset(),
    since: Since | None = None,
) -> Endpoint:
    """Parse one operation; raise `ParseError` if it cannot be generated."""
    tags = operation.get("tags") or ["Other"]
    name = operation_name(method, path)
    parameters = [_parameter(p) for p in operation.get("parameters", [])]
    order = [segment.strip("{}") for segment in path.split("/") if segment.startswith("{")]
    if any(p.name == TAIL for p in parameters):
        order.append(TAIL)  # a trailing wildcard: the rest of the URL after the path
    path_params = sorted(
        (p for p in parameters if p.location == "path"), key=lambda p: order.index(p.name)
    )
    if [p.name for p in path_params] != order:
        raise ParseError(f"path parameters {order} are not all described")
    others = sorted((p for p in parameters if p.location != "path"), key=lambda p: p.py_name)
    parameters = path_params + others
    py_names = [p.py_name for p in parameters]
    if len(set(py_names)) != len(py_names):
        raise ParseError(f"parameters collide as Python names: {py_names}")
    flags = {p.name for p in parameters if p.presence_flag}
    response = _response(operation.get("responses", {}), models, aliases, flags)
    body = _body(name, operation.get("requestBody"))
    job_result = _job_result(response, body)
    if job_result and body:  # the `asynchronous` keyword sets these keys
        body.fields = [f for f in body.fields if f.name not in JOB_KEYS]
    last = path.rstrip("/").rsplit("/", 1)[-1]
    stream = stream_name(name) if response.kind == "binary" and last in LARGE_BINARY else None
    endpoint = Endpoint(
        method=method.upper(),
        path=path,
        tag=tags[0],
        module=module_name(tags[0]),
        name=name,
        summary=(operation.get("summary") or "").strip(),
        description=(operation.get("description") or "").strip(),
        deprecated=bool(operation.get("deprecated")),
        parameters=parameters,
        body=body,
        response=response,
        stream=stream,
        array=array_name(name) if response.kind == "binary" and last == NUMPY_SEGMENT else None,
        job_result=job_result,
    )
    _versions(endpoint, since)
    return endpoint


def parse_spec(
    spec: dict[str, Any], since: Since | None = None
) -> tuple[list[Endpoint], list[str], int]:
    """All endpoints, the operations skipped (with why), and the number of operations."""
    schemas = spec.get("components", {}).get("schemas", {})
    models = set(schemas)
    aliases = alias_names(schemas)
    endpoints: list[Endpoint] = []
    skipped: list[str] = []
    total = 0
    names: dict[str, str] = {}
    for path in sorted(spec.get("paths", {})):
        for method in HTTP_METHODS:
            operation = spec["paths"][path].get(method)
            if operation is None:
                continue
            total += 1
            where = f"{method.upper()} {path}"
            try:
                endpoint = parse_operation(path, method, operation, models, aliases, since)
            except ParseError as exc:
                skipped.append(f"{where}: {exc}")
                continue
            for candidate in filter(None, (endpoint.name, endpoint.stream, endpoint.array)):
                if candidate in names:
                    raise ParseError(f"{where}: name {candidate} taken by {names[candidate]}")
                names[candidate] = where
            endpoints.append(endpoint)
    return endpoints, skipped, total
