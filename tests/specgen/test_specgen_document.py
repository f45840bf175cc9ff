"""Unit tests of the OpenAPI document handling and of the route resolution."""

import json
from typing import Any

import pytest
from codegen.specgen import document
from codegen.specgen.errors import SpecGenError
from codegen.specgen.fixtures import Fixture
from codegen.specgen.generate import _check_complete
from codegen.specgen.proxy import Answer
from codegen.specgen.routes import Route, UnresolvableRoute, concrete_path


def get(*media_types: str, sample: dict[str, Any] | None = None) -> dict[str, Any]:
    """A GET operation shaped like Orthanc's, answering the given media types."""
    content: dict[str, Any] = {
        t: {"examples": {}, "schema": {"description": ""}} for t in media_types
    }
    if sample is not None:
        content[media_types[0]] = {"schema": {"example": sample}}
    return {"responses": {"200": {"content": content, "description": ""}}}


def make_doc() -> dict[str, Any]:
    return {
        "paths": {
            "/system": {"get": get("application/json", sample={"Version": "1.10.1"})},
            "/tools/log-level": {"get": get("text/plain"), "put": {"responses": {}}},
            "/peers": {"get": get("application/json")},
            "/instances/{id}/preview": {"get": get("image/png", "image/jpeg")},
            "/instances/{id}/numpy": {"get": get("text/plain")},
            "/plugins/{id}": {"get": get("application/json")},
        }
    }


def test_has_example_recognises_orthanc_layouts() -> None:
    assert document.has_example(get("application/json", sample={}))
    assert document.has_example(
        {"responses": {"200": {"content": {"text/plain": {"example": ""}}}}}
    )
    assert not document.has_example(get("application/json"))


def test_add_example_json_and_text() -> None:
    operation = get("application/json")
    body = json.dumps(["self"]).encode()
    assert (
        document.add_example(operation, Answer(200, "application/json; charset=utf-8", body))
        is None
    )
    entry = operation["responses"]["200"]["content"]["application/json"]
    assert entry == {"schema": {"description": "", "example": ["self"]}}
    operation = get("text/plain")
    assert document.add_example(operation, Answer(200, "text/plain", b"default")) is None
    assert operation["responses"]["200"]["content"]["text/plain"]["example"] == "default"


def test_add_example_refuses_undocumented_type_and_bad_body() -> None:
    operation = get("text/plain")
    reason = document.add_example(operation, Answer(200, "application/octet-stream", b"\x93NUMPY"))
    assert reason == "answers application/octet-stream, documented as text/plain"
    reason = document.add_example(get("application/json"), Answer(200, "application/json", b"{"))
    assert reason is not None
    assert reason.startswith("answer is not valid application/json")


def test_complete_examples_fills_what_it_can() -> None:
    doc = make_doc()
    answers = {
        "/tools/log-level": Answer(200, "text/plain", b"default"),
        "/peers": Answer(200, "application/json", b'["self"]'),
        "/instances/{id}/numpy": Answer(200, "application/octet-stream", b"\x93NUMPY"),
    }

    def fetch(route: Route) -> Answer:
        if route.template == "/plugins/{id}":
            raise UnresolvableRoute("no plugin")
        return answers[route.template]

    done = document.complete_examples(doc, fetch)
    assert done.added == ["/peers", "/tools/log-level"]
    assert set(done.missing) == {
        "/instances/{id}/numpy",
        "/instances/{id}/preview",
        "/plugins/{id}",
    }
    assert done.missing["/instances/{id}/preview"].startswith("binary answer")
    assert done.missing["/plugins/{id}"] == "no plugin"
    figures = document.summary(doc)
    assert figures["operations"] == 7
    assert figures["get_operations"] == 6
    assert figures["get_operations_with_example"] == 3


def test_dump_is_canonical() -> None:
    assert (
        document.dump({"b": 1, "a": ["é"]}) == '{\n  "a": [\n    "é"\n  ],\n  "b": 1\n}\n'.encode()
    )


FIXTURE = Fixture(
    resources={
        "main": {"patients": "P", "studies": "ST", "series": "SE", "instances": "I"},
        "pixels": {"patients": "P2", "studies": "ST2", "series": "SE2", "instances": "I2"},
    },
    job="J",
    query="Q",
    storage_commitment="SC",
    label="L",
)


@pytest.mark.parametrize(
    ("route", "expected"),
    [
        (Route("/patients/{id}/attachments/{name}/md5"), "/patients/P/attachments/specgen/md5"),
        (Route("/instances/{id}/attachments/{name}/size"), "/instances/I/attachments/dicom/size"),
        (Route("/series/{id}/metadata/{name}"), "/series/SE/metadata/LastUpdate"),
        (Route("/instances/{id}/metadata/{name}"), "/instances/I/metadata/TransferSyntax"),
        (Route("/instances/{id}/frames/{frame}/matlab"), "/instances/I2/frames/0/matlab"),
        (Route("/queries/{id}/answers/{index}/content"), "/queries/Q/answers/0/content"),
        (Route("/storage-commitment/{id}"), "/storage-commitment/SC"),
        (Route("/peers/{id}/system"), "/peers/self/system"),
        (Route("/plugins/{id}"), "/plugins/serve-folders"),
        (Route("/tools/generate-uid", ("level",)), "/tools/generate-uid?level=instance"),
        (Route("/studies/{id}/labels/{label}"), "/studies/ST/labels/L"),
    ],
)
def test_concrete_path(route: Route, expected: str) -> None:
    assert concrete_path(route, FIXTURE) == expected


@pytest.mark.parametrize(
    "route",
    [Route("/modalities/{id}/{x}"), Route("/jobs/{id}/{key}"), Route("/tools/x", ("what",))],
)
def test_unresolvable_routes(route: Route) -> None:
    with pytest.raises(UnresolvableRoute):
        concrete_path(route, FIXTURE)


def test_label_routes_need_a_server_with_labels() -> None:
    without_labels = Fixture(resources=FIXTURE.resources)
    with pytest.raises(UnresolvableRoute, match="label"):
        concrete_path(Route("/series/{id}/labels/{label}"), without_labels)


def test_check_complete_fails_loudly() -> None:
    doc = make_doc()
    with pytest.raises(SpecGenError, match="GET /system"):
        _check_complete(
            doc, "E RestApi.cpp:201] Exception while documenting GET /system: x", "1.10.1"
        )
    with pytest.raises(SpecGenError, match="only 7 operations"):
        _check_complete(doc, "", "1.10.1")
    _check_complete(doc, "", "0.0.1")  # unknown version: no expected count, only a warning


def test_routes_left_out_by_orthanc_fail_unless_its_source_never_documents_them() -> None:
    doc = make_doc()
    export = (
        "W RestApi.cpp:252] Ignoring URI without API documentation: POST /instances/{id}/export"
    )
    # 1.10.1's source has no documentation for this route: not a dropped sample.
    with pytest.raises(SpecGenError, match="only 7 operations"):
        _check_complete(doc, export, "1.10.1")
    with pytest.raises(SpecGenError, match=r"left routes out: POST /instances/\{id\}/export"):
        _check_complete(doc, export, "1.13.0")
