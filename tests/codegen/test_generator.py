"""The generator's pure parts: naming rule, overrides, and the generated code against the spec."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest
from codegen.models import _check_no_cycle
from codegen.naming import (
    group_name,
    model_module,
    operation_name,
    singular,
    snake,
    stream_name,
)
from codegen.overrides import (
    Override,
    OverrideError,
    apply_overrides,
    load_overrides,
    split_pointer,
)
from codegen.parser import HTTP_METHODS, Endpoint
from pydantic import BaseModel

from aiorthanc._generated.api import Api

ROOT = Path(__file__).resolve().parents[2]
OVERRIDES = ROOT / "spec" / "overrides.yaml"


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/patients/{id}/studies", "get_patient_studies"),
        ("GET", "/patients", "get_patients"),
        ("DELETE", "/studies/{id}", "delete_study"),
        ("GET", "/series/{id}/instances", "get_series_instances"),
        ("POST", "/tools/find", "post_tools_find"),
        ("GET", "/instances/{id}/frames/{frame}/raw.gz", "get_instance_frame_raw_gz"),
        ("GET", "/jobs/{id}/{key}", "get_job_key"),
        ("PUT", "/tools/log-level-http", "put_tools_log_level_http"),
        ("GET", "/queries/{id}/answers/{index}/content", "get_query_answer_content"),
        ("GET", "/", "get_root"),
    ],
)
def test_operation_name_rule(method: str, path: str, expected: str) -> None:
    assert operation_name(method, path) == expected


def test_naming_helpers() -> None:
    assert [singular(w) for w in ("studies", "series", "patients", "metadata")] == [
        "study",
        "series",
        "patient",
        "metadata",
    ]
    assert snake("returnUnsupportedImage") == "return_unsupported_image"
    assert snake("window-center") == "window_center"
    assert stream_name("get_instance_file") == "stream_instance_file"
    assert stream_name("post_tools_create_archive") == "stream_post_tools_create_archive"


def test_pointer_escaping() -> None:
    assert split_pointer("/paths/~1patients~1{id}/get") == ["paths", "/patients/{id}", "get"]
    assert split_pointer("/a~0b") == ["a~b"]
    with pytest.raises(OverrideError):
        split_pointer("paths")


def test_apply_overrides() -> None:
    spec: dict[str, Any] = {"paths": {"/x": {"get": {"responses": {}}}}}
    warnings = apply_overrides(
        spec,
        [
            Override("/components/schemas/A", {"type": "object"}, "new"),
            Override("/paths/~1x/get/responses/200", {"description": "ok"}, "patch"),
            Override("/paths/~1missing/get/responses", {}, "absent operation"),
        ],
    )
    assert spec["components"]["schemas"]["A"] == {"type": "object"}
    assert spec["paths"]["/x"]["get"]["responses"]["200"] == {"description": "ok"}
    assert warnings == ["override skipped, no operation GET /missing"]
    with pytest.raises(OverrideError, match="no parent"):
        apply_overrides(spec, [Override("/paths/~1x/get/nothing/here", 1, "bad")])


def test_an_override_keeps_the_spec_description_unless_it_gives_one() -> None:
    schema = {"description": "Information about the patient", "type": "object"}
    spec: dict[str, Any] = {"paths": {"/x": {"get": {"schema": dict(schema), "other": schema}}}}
    apply_overrides(
        spec,
        [
            Override("/paths/~1x/get/schema", {"$ref": "#/components/schemas/P"}, "typed"),
            Override("/paths/~1x/get/other", {"type": "string", "description": "Mine"}, "own"),
        ],
    )
    operation = spec["paths"]["/x"]["get"]
    assert operation["schema"] == {
        "description": "Information about the patient",
        "$ref": "#/components/schemas/P",
    }
    assert operation["other"] == {"type": "string", "description": "Mine"}


def test_overrides_file_entries_all_say_why(tmp_path: Path) -> None:
    entries = load_overrides(OVERRIDES)
    assert entries
    assert all(len(entry.why) > 10 for entry in entries)
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {path: /a, value: 1, why: ''}\n")
    with pytest.raises(OverrideError, match="needs a reason"):
        load_overrides(bad)


def _methods() -> dict[str, Any]:
    api = Api(session=None)  # type: ignore[arg-type]
    found: dict[str, Any] = {}
    for attribute, group in vars(api).items():
        for name, member in inspect.getmembers(group, inspect.ismethod):
            if not name.startswith("_"):
                assert name not in found, f"{name} in two groups"
                found[name] = (attribute, member)
    return found


def test_one_async_function_per_operation(
    patched_spec: dict[str, Any], endpoints: list[Endpoint]
) -> None:
    operations = {
        (method.upper(), path)
        for path, item in patched_spec["paths"].items()
        for method in HTTP_METHODS
        if method in item
    }
    methods = _methods()
    coroutines = {n for n, (_, m) in methods.items() if inspect.iscoroutinefunction(m)}
    streams = {n for n in methods if n.startswith("stream_")}
    arrays = {e.array for e in endpoints if e.array}  # decoding variants of the NumPy answers
    assert arrays
    assert arrays <= coroutines
    assert len(coroutines - arrays) == len(operations)
    assert {(e.method, e.path) for e in endpoints} == operations
    assert {e.name for e in endpoints} == coroutines - arrays
    assert {e.stream for e in endpoints if e.stream} == streams
    assert set(methods) == coroutines | streams


def test_names_are_unique(endpoints: list[Endpoint]) -> None:
    names = [e.name for e in endpoints] + [v for e in endpoints for v in (e.stream, e.array) if v]
    assert len(names) == len(set(names))


def test_docs_list_every_operation(endpoints: list[Endpoint]) -> None:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    rows = re.findall(
        r"^\| (GET|POST|PUT|DELETE) \| `([^`]+)` \| `api\.(\w+)\.(\w+)` \|", text, re.M
    )
    assert len(rows) == len(endpoints)
    assert {(m, p, n) for m, p, _, n in rows} == {(e.method, e.path, e.name) for e in endpoints}


def test_generated_files_have_the_header() -> None:
    for path in (ROOT / "src" / "aiorthanc" / "_generated").rglob("*.py"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# generated: do not edit, run make codegen", path


def test_models_keep_unknown_fields() -> None:
    from aiorthanc.models import PatientInfo

    patient = PatientInfo.model_validate(
        {
            "ID": "p",
            "Type": "Patient",
            "IsStable": True,
            "LastUpdate": "20240101T000000",
            "MainDicomTags": {"PatientID": "42", "NewTag": "x"},
            "Studies": [],
            "FutureField": 1,
        }
    )
    assert patient.main_dicom_tags.patient_id == "42"
    assert patient.model_extra == {"FutureField": 1}
    assert patient.main_dicom_tags.model_extra == {"NewTag": "x"}
    assert patient.model_dump(by_alias=True)["FutureField"] == 1


def test_public_models_module_exports_every_generated_model(patched_spec: dict[str, Any]) -> None:
    import aiorthanc.models

    assert set(aiorthanc.models.__all__) == set(patched_spec["components"]["schemas"])


def test_no_json_get_answer_is_untyped(endpoints: list[Endpoint]) -> None:
    # GET operations whose JSON answer may stay `JsonValue`, each with the reason: none.
    allowed: set[str] = set()
    untyped = {
        e.path
        for e in endpoints
        if e.method == "GET"
        and e.response.kind == "json"
        and any(
            "JsonValue" in t
            for t in (e.response.py_type, *(v.py_type for v in e.response.variants))
        )
    }
    assert untyped == allowed


def test_every_generated_module_is_of_reasonable_size() -> None:
    paths = list((ROOT / "src" / "aiorthanc" / "_generated").rglob("*.py"))
    assert {"models", "bodies", "api"} <= {path.parent.name for path in paths}
    for path in paths:
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= 850, f"{path}: {lines} lines"


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ("DicomTags", "tags"),
        ("PatientMainDicomTags", "tags"),
        ("SimplifiedTagValue", "tags"),
        ("StudyInfoFull", "resources"),
        ("FoundResource", "resources"),
        ("ResourceStatistics", "system"),
        ("ChangesPage", "jobs"),
        ("StorageCommitmentReport", "networking"),
        ("UploadStatus", "storage"),
        ("SomethingNew", "other"),
    ],
)
def test_model_module_rule(schema: str, expected: str) -> None:
    assert model_module(schema) == expected


def test_models_package_reexports_every_model_from_its_family(
    patched_spec: dict[str, Any],
) -> None:
    import aiorthanc._generated.models as package

    schemas = set(patched_spec["components"]["schemas"])
    assert set(package.__all__) == schemas
    for name in schemas:
        model = getattr(package, name)  # a model class or a TypeAliasType
        assert model.__module__ == f"aiorthanc._generated.models.{model_module(name)}", name
        if isinstance(model, type) and issubclass(model, BaseModel):
            assert model.__pydantic_complete__, name  # cross-module references resolved


def test_recursive_tag_aliases_validate_across_modules() -> None:
    from pydantic import TypeAdapter

    from aiorthanc._generated.models import FoundResource, StudyInfoFull

    found = TypeAdapter(list[FoundResource]).validate_python(
        [
            {
                "ID": "s",
                "Type": "Study",
                "IsStable": True,
                "LastUpdate": "20240101T000000",
                "ParentPatient": "p",
                "Series": [],
                "PatientMainDicomTags": {},
                "MainDicomTags": {
                    "0008,1110": {
                        "Name": "ReferencedStudySequence",
                        "Type": "Sequence",
                        "Value": [{"0008,1150": {"Name": "X", "Type": "String", "Value": "1.2"}}],
                    }
                },
            }
        ]
    )
    assert isinstance(found[0], StudyInfoFull)
    item = found[0].main_dicom_tags["0008,1110"].value
    assert isinstance(item, list)
    assert item[0]["0008,1150"].value == "1.2"


def test_model_modules_must_not_import_each_other_in_a_cycle() -> None:
    schemas = {
        "A": {"properties": {"b": {"$ref": "#/components/schemas/B"}}},
        "B": {"properties": {"a": {"$ref": "#/components/schemas/A"}}},
    }
    _check_no_cycle(schemas, {"A": "a", "B": "a"})  # same module: fine
    with pytest.raises(RuntimeError, match=r"a -> b -> a \(A -> B, B -> A\)"):
        _check_no_cycle(schemas, {"A": "a", "B": "b"})


def test_bodies_package_reexports_every_body_by_tag(endpoints: list[Endpoint]) -> None:
    import aiorthanc._generated.bodies as package

    expected = {e.body.typed_dict: e.module for e in endpoints if e.body and e.body.typed_dict}
    assert set(package.__all__) == set(expected)
    for name, module in expected.items():
        assert getattr(package, name).__module__ == f"aiorthanc._generated.bodies.{module}"


def test_long_bodies_module_splits_by_group(
    endpoints: list[Endpoint], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from codegen.render import _render_bodies
    from codegen.templating import environment

    from codegen import naming

    by_module: dict[str, list[Endpoint]] = {}
    for e in endpoints:
        by_module.setdefault(e.module, []).append(e)
    monkeypatch.setattr(naming, "MAX_MODULE_LINES", 250)
    _render_bodies(environment(), by_module, tmp_path / "bodies")
    files = {path.stem for path in (tmp_path / "bodies").glob("*.py")}
    assert {"networking_modalities", "instances"} <= files  # long: split; short: whole
    assert "networking" not in files
    init = (tmp_path / "bodies" / "__init__.py").read_text(encoding="utf-8")
    assert "from aiorthanc._generated.bodies.networking_modalities import" in init
    every = {e.body.typed_dict for e in endpoints if e.body and e.body.typed_dict}
    assert set(re.findall(r'^    "(\w+)",$', init, re.MULTILINE)) == every


@pytest.mark.parametrize(
    ("path", "single_root", "expected"),
    [
        ("/instances/{id}/attachments/{name}/data", True, "attachments"),
        ("/instances/{id}/image-uint8", True, "rendering"),
        ("/series/{id}/study", True, "navigation"),
        ("/studies/{id}/module-patient", True, "tags"),
        ("/patients/{id}", True, "main"),
        ("/patients", True, "main"),
        ("/jobs/{id}/{key}", True, "main"),
        ("/queries/{id}/answers", False, "queries"),
    ],
)
def test_group_rule(path: str, single_root: bool, expected: str) -> None:
    assert group_name(path, single_root) == expected


def test_split_tag_class_inherits_its_groups() -> None:
    from aiorthanc._generated.api import InstancesApi
    from aiorthanc._generated.api.instances._attachments import InstancesAttachmentsOperations

    assert issubclass(InstancesApi, InstancesAttachmentsOperations)
    assert "get_instance_attachments" in vars(InstancesAttachmentsOperations)
    assert InstancesApi.__module__ == "aiorthanc._generated.api.instances"
