"""Every generated operation against a mocked transport: method, URL, encoding, body, answer.

This test checks what the client sends (method, path encoding, query flags, headers, body) and
that the answer is decoded into the declared type. Where the spec records a real answer of the
server (`example`, present for the GET routes), that answer is mocked, so a model that does not
fit what Orthanc sends fails here too. Elsewhere (most writes: the spec has no example) the mocked
answer is made from the same schema the generator used and cannot catch a wrong shape: the answers
of the write operations are checked against a real server in
tests/integration/test_generated_writes.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import respx
from pydantic import BaseModel, TypeAdapter

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from codegen.generate import prepare
from codegen.parser import PRESENCE_FLAGS, Endpoint, parse_spec
from codegen.versions import load_documents

from aiorthanc import AsyncOrthanc
from aiorthanc._generated.api import Api

pytestmark = pytest.mark.asyncio

URL = "http://orthanc.test"
# Must stay one path segment: escaped, with a literal '%2F' that must not become a slash.
ODD_ID = "a%2Fb c?d#é"
# Orthanc resolves this to another route even when escaped: every call must refuse it.
STEERING_ID = "x/../.."


def _endpoints() -> list[Endpoint]:
    root = Path(__file__).resolve().parents[2]
    spec, since, _ = prepare(root / "spec", root / "spec" / "overrides.yaml")
    global SCHEMAS
    SCHEMAS = spec.get("components", {}).get("schemas", {})
    # The examples of the raw documents (newest first): overrides replaced the schemas holding them.
    for document in reversed(load_documents(root / "spec")):
        for path, operations in document.spec.get("paths", {}).items():
            for method, operation in operations.items():
                content = operation.get("responses", {}).get("200", {}).get("content", {})
                example = content.get("application/json", {}).get("schema", {}).get("example")
                if example is not None:
                    EXAMPLES.setdefault((method.upper(), path), example)
    return parse_spec(spec, since)[0]


SCHEMAS: dict[str, Any] = {}
EXAMPLES: dict[tuple[str, str], Any] = {}  # (method, path) -> an answer recorded from Orthanc
# Examples written by hand in Orthanc's source rather than recorded: this one has `"HttpHeaders":
# {}`, where Orthanc 1.10.1 answers a list of header names (checked on peers from the REST API
# and from the configuration file).
HAND_WRITTEN = {("GET", "/peers/{id}/configuration")}
ENDPOINTS = _endpoints()
NEWEST = load_documents(Path(__file__).resolve().parents[2] / "spec")[-1].version


def _sample(schema: dict[str, Any]) -> Any:
    """A minimal JSON value valid for `schema` (required keys only)."""
    if "$ref" in schema:
        return _sample(SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]])
    if "anyOf" in schema:
        return _sample(schema["anyOf"][-1])
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "null":
        return None
    if kind == "array":
        return [_sample(schema.get("items", {}))]
    if kind == "object":
        props = schema.get("properties", {})
        value = {key: _sample(props[key]) for key in schema.get("required", [])}
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not props:
            value["key"] = _sample(extra)
        return value
    return {"string": "text", "integer": 7, "number": 1.5, "boolean": True}.get(kind, {"k": 1})


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[f"{e.method} {e.path}" for e in ENDPOINTS])
async def test_operation(endpoint: Endpoint) -> None:
    args: list[Any] = [ODD_ID if p.py_name == "id" else "x y" for p in endpoint.path_params]
    kwargs: dict[str, Any] = {}
    expected_query: dict[str, str] = {}
    for p in endpoint.keyword_params:
        if p.location == "query":
            if p.presence_flag:
                kwargs[p.py_name] = p.name != "expand"  # expand: the plain answer
                if p.name != "expand":
                    expected_query[p.name] = ""
            else:
                value = {"bool": False, "int": 3, "float": 2, "str": "v 1"}[p.py_type]
                kwargs[p.py_name] = value
                expected_query[p.name] = "false" if value is False else str(value)
        else:
            kwargs[p.py_name] = "W/1"
    body = endpoint.body
    if body is not None:
        args.append({"json": {"Key": [1, "a"]}, "text": "héllo", "binary": b"\x00\x01"}[body.kind])

    answer = endpoint.response
    # The flags set above (all but expand) select the first variant of the answer they cover.
    sent = {name for name in expected_query if name in PRESENCE_FLAGS}
    variant = next((v for v in answer.variants if set(v.flags) <= sent), None)
    if answer.kind == "json":
        typed = answer.model or answer.adapter
        schema = variant.schema if variant is not None else answer.schema
        if endpoint.job_result:
            schema = {"$ref": f"#/components/schemas/{endpoint.job_result}"}
        example = EXAMPLES.get((endpoint.method, endpoint.path))
        recorded = (endpoint.method, endpoint.path) not in HAND_WRITTEN
        if example is not None and recorded and variant is None and not sent:
            payload = example  # what the server answered, independent of the schema
        else:
            payload = _sample(schema) if typed else {"Any": ["json", 1]}
        mocked = httpx.Response(200, json=payload)
    elif answer.kind == "text":
        mocked = httpx.Response(200, text="some text")
    elif answer.kind == "binary":
        mocked = httpx.Response(200, content=b"\x89binary")
    else:
        mocked = httpx.Response(200)

    expected_path = endpoint.path
    for p in endpoint.path_params:
        value = args[endpoint.path_params.index(p)]
        if p.name == "...":
            expected_path += "/" + quote(value, safe="/")
        else:
            expected_path = expected_path.replace("{" + p.name + "}", quote(value, safe=""))

    # Told the newest version: the version checks ask nothing of the (mocked) server.
    client = AsyncOrthanc(URL, retries=0, orthanc_version=NEWEST)
    async with client, respx.mock(assert_all_called=True) as mock:
        route = mock.route(method=endpoint.method, url__startswith=URL).mock(return_value=mocked)
        group = getattr(Api(client), endpoint.module)
        result = await getattr(group, endpoint.name)(*args, **kwargs)

        request = route.calls.last.request
        assert request.method == endpoint.method
        assert request.url.raw_path.split(b"?")[0].decode() == expected_path
        assert dict(request.url.params) == expected_query
        for p in endpoint.keyword_params:
            if p.location == "header":
                assert request.headers[p.name] == "W/1"
        if body is not None:
            if body.kind == "json" and endpoint.job_result:  # the keyword sets the job keys
                expected = {"Key": [1, "a"], "Asynchronous": False, "Synchronous": True}
                assert json.loads(request.content) == expected
            elif body.kind == "json":
                assert json.loads(request.content) == {"Key": [1, "a"]}
            elif body.kind == "text":
                assert request.content == "héllo".encode()
            else:
                assert request.content == b"\x00\x01"

        if answer.kind == "json":
            if endpoint.job_result:  # not asynchronous: the result, not the job
                assert type(result).__name__ == endpoint.job_result
            elif answer.model and variant is None:
                assert isinstance(result, BaseModel)
                assert type(result).__name__ == answer.model
                assert result.model_dump(by_alias=True, exclude_unset=True) == mocked.json()
            elif answer.adapter or variant is not None:
                dumped = TypeAdapter(Any).dump_python(result, by_alias=True, exclude_unset=True)
                assert dumped == mocked.json()
            else:
                assert result == mocked.json()
        elif answer.kind == "text":
            assert result == "some text"
        elif answer.kind == "binary":
            assert result == b"\x89binary"
        else:
            assert result is None

        if endpoint.stream:
            stream = getattr(group, endpoint.stream)(*args, **kwargs)
            async with stream as response:
                chunks = [chunk async for chunk in response.aiter_bytes()]
            assert b"".join(chunks) == b"\x89binary"

        if endpoint.path_params:
            sent = len(route.calls)
            with pytest.raises(ValueError, match="one path parameter"):
                await getattr(group, endpoint.name)(STEERING_ID, *args[1:], **kwargs)
            assert len(route.calls) == sent
            assert route.calls.last.request.url == request.url
