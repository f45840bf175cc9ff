"""The options of forest, find and export: declared once, the same at every entry point."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from aiorthanc import (
    AsyncOrthanc,
    ExportOptions,
    FindOptions,
    ForestOptions,
    ResourceCollection,
    RouteOptions,
    build_forest,
    export,
)
from aiorthanc._constants import DEFAULT_METADATA_CONCURRENCY, DEFAULT_PAGE_SIZE
from aiorthanc._facade import HELP

ENTRY_POINTS: list[tuple[type[Any], Callable[..., Any]]] = [
    (ForestOptions, build_forest),
    (ForestOptions, AsyncOrthanc.forest),
    (ExportOptions, export),
    (ExportOptions, AsyncOrthanc.export),
    (FindOptions, ResourceCollection.find),
    (RouteOptions, AsyncOrthanc.route),
]


@pytest.mark.parametrize(("options", "entry_point"), ENTRY_POINTS)
def test_entry_points_take_the_fields_of_their_options(
    options: type[Any], entry_point: Callable[..., Any]
) -> None:
    fields = inspect.signature(options).parameters
    owner, *parameters = inspect.signature(entry_point).parameters.values()
    assert owner.name in ("self", "client")
    assert [(p.name, p.kind, p.default) for p in parameters] == [
        (p.name, p.kind, p.default) for p in fields.values()
    ]


@pytest.mark.parametrize("options", [ForestOptions, ExportOptions, FindOptions, RouteOptions])
def test_every_option_has_a_help_text(options: type[Any]) -> None:
    for field in dataclasses.fields(options):
        assert field.metadata[HELP], field.name


def test_find_defaults_are_the_named_constants() -> None:
    assert FindOptions().page_size == DEFAULT_PAGE_SIZE
    assert FindOptions().metadata_concurrency == DEFAULT_METADATA_CONCURRENCY
    all_parameters = inspect.signature(ResourceCollection.all).parameters
    assert all_parameters["page_size"].default == DEFAULT_PAGE_SIZE


@pytest.mark.asyncio
async def test_an_unknown_option_is_a_type_error(tmp_path: Path) -> None:
    async with AsyncOrthanc("http://orthanc.test") as orthanc:
        with pytest.raises(TypeError, match="page_sise"):
            await orthanc.forest(page_sise=10)  # type: ignore[call-arg]
        with pytest.raises(TypeError):
            orthanc.studies.find({}, {})  # type: ignore[misc]
        with pytest.raises(TypeError, match="target"):
            await orthanc.export()  # type: ignore[call-arg]


mypy_api = pytest.importorskip("mypy.api")

SNIPPET = """
from aiorthanc import AsyncOrthanc

async def main(orthanc: AsyncOrthanc) -> None:
    await orthanc.forest(depth="series", page_size=10, concurrency=2, timeout=5)
    await orthanc.export("out", concurrency=4, skip_existing=True, timeout=None)
    async for study in orthanc.studies.find({"StudyDate": "2024*"}, order_by=lambda s: s.id):
        print(study.study_date)
    await orthanc.forest(page_size="10")  # line 9: not an int
    [s async for s in orthanc.studies.find(order_by=lambda s: s.modality)]  # line 10: a Study
"""


def test_the_keyword_form_is_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MYPYPATH", str(Path(__file__).parents[2] / "src"))
    (tmp_path / "config.toml").write_text('[tool.mypy]\nplugins = ["pydantic.mypy"]\n')
    args = ["--strict", "--config-file", str(tmp_path / "config.toml")]
    args += ["--cache-dir", str(tmp_path / "cache"), "-c", SNIPPET]
    out, _, status = mypy_api.run(args)
    errors = [line.split(":")[1] for line in out.splitlines() if ": error:" in line]
    assert errors == ["9", "10"], out
    assert status == 1
