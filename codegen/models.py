"""Pydantic models from `components/schemas` through datamodel-code-generator.

The models are a package of one module per family (`naming.MODEL_MODULE_RULE`): each schema is
renamed `<module>.<Name>` before datamodel-code-generator runs, which then writes one module per
prefix with the imports between them; `__init__.py` re-exports every model.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import tempfile
import textwrap
from collections import defaultdict
from pathlib import Path
from typing import Any

from codegen import naming
from codegen.templating import environment

__all__ = ["HEADER", "generate_models", "reexports"]

HEADER = "# generated: do not edit, run make codegen"

_REF = "#/components/schemas/"

# snake_case attributes with the JSON names as aliases; unknown fields kept (model_extra).
_OPTIONS = [
    "--input-file-type=openapi",
    "--output-model-type=pydantic_v2.BaseModel",
    "--snake-case-field",
    "--extra-fields=allow",
    "--allow-population-by-field-name",
    "--disable-timestamp",
    "--target-python-version=3.10",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-schema-description",
    "--use-field-description",
    "--enum-field-as-literal=all",
    "--no-formatters",
    # Maps and unions (tag dictionaries) become TypeAliasType aliases, not RootModels.
    "--use-type-alias-type",
]


def _renamed(value: Any, modules: dict[str, str]) -> Any:
    """`value` with every `$ref` to a schema pointing at its `<module>.<Name>` twin."""
    if isinstance(value, dict):
        return {
            key: (
                _REF + f"{modules[item[len(_REF) :]]}.{item[len(_REF) :]}"
                if key == "$ref" and isinstance(item, str) and item.startswith(_REF)
                else _renamed(item, modules)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_renamed(item, modules) for item in value]
    return value


def _check_no_cycle(schemas: dict[str, Any], modules: dict[str, str]) -> None:
    """Fail when model modules would import each other in a cycle (half-initialised modules)."""
    edges: dict[str, set[str]] = defaultdict(set)
    why: dict[tuple[str, str], str] = {}
    for name, schema in schemas.items():
        for target in _refs(schema):
            source, dest = modules[name], modules[target]
            if source != dest:
                edges[source].add(dest)
                why.setdefault((source, dest), f"{name} -> {target}")

    def visit(module: str, path: list[str]) -> None:
        for dest in sorted(edges[module]):
            if dest in path:
                cycle = [*path[path.index(dest) :], dest]
                steps = ", ".join(why[pair] for pair in itertools.pairwise(cycle))
                raise RuntimeError(
                    f"model modules import each other: {' -> '.join(cycle)} ({steps}); "
                    "change naming.MODEL_MODULES so that these models share a module"
                )
            visit(dest, [*path, dest])

    for module in sorted(edges):
        visit(module, [module])


def _refs(value: Any) -> set[str]:
    if isinstance(value, dict):
        found = {
            value["$ref"][len(_REF) :]
            for key in ("$ref",)
            if isinstance(value.get(key), str) and value[key].startswith(_REF)
        }
        for item in value.values():
            found |= _refs(item)
        return found
    if isinstance(value, list):
        return set().union(*(_refs(item) for item in value)) if value else set()
    return set()


def reexports(modules: dict[str, list[str]], package: str, doc: str, *, lazy: bool = False) -> str:
    """The source of a package `__init__` re-exporting `modules`' names (imported on first use
    when `lazy`)."""
    return (
        environment()
        .get_template("reexports.py.jinja")
        .render(
            header=HEADER,
            doc=doc,
            lazy=lazy,
            package=package,
            modules=[(module, sorted(modules[module])) for module in sorted(modules)],
            every=sorted(name for names in modules.values() for name in names),
        )
    )


def _declared_config(text: str) -> str:
    """`model_config` declared as pydantic's `BaseModel` does: a type checker that sees it only
    assigned infers its type again (pyright --verifytypes counts it ambiguous). ruff then sorts
    the import."""
    declared = text.replace(
        "    model_config = ConfigDict(", "    model_config: ClassVar[ConfigDict] = ConfigDict("
    )
    if declared == text:
        return text
    future = "from __future__ import annotations\n"
    return declared.replace(future, f"{future}\nfrom typing import ClassVar\n", 1)


def generate_models(spec: dict[str, Any], output: Path) -> list[str]:
    """Write the models of `spec`'s components as the package `output`; return their names."""
    schemas = spec.get("components", {}).get("schemas", {})
    modules = {name: naming.model_module(name) for name in schemas}
    _check_no_cycle(schemas, modules)
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Orthanc", "version": spec.get("info", {}).get("version", "")},
        "paths": {},
        "components": {
            "schemas": {
                f"{modules[name]}.{name}": _renamed(schemas[name], modules)
                for name in sorted(schemas)
            }
        },
    }
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "components.json"
        source.write_text(json.dumps(document, indent=1, sort_keys=True), encoding="utf-8")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                f"--input={source}",
                f"--output={output}",
                f"--custom-file-header={HEADER}",
                *_OPTIONS,
            ],
            check=True,
        )
    by_module: dict[str, list[str]] = defaultdict(list)
    for name, module in modules.items():
        by_module[module].append(name)
    for module, names in by_module.items():
        path = output / f"{module}.py"
        summary = f"Pydantic models of Orthanc's JSON answers, family `{module}` (generated): "
        lines = textwrap.wrap(summary + ", ".join(sorted(names)) + ".", 96)
        doc = environment().get_template("module_doc.py.jinja").render(lines=lines)
        text = _declared_config(path.read_text(encoding="utf-8"))
        path.write_text(text.replace(HEADER + "\n", f"{HEADER}\n{doc}", 1), encoding="utf-8")
    (output / "__init__.py").write_text(
        reexports(
            by_module,
            "models",
            "Pydantic models of Orthanc's JSON answers and request bodies (generated), one module "
            "per family\n(`naming.MODEL_MODULE_RULE` in `codegen/`); every model is re-exported "
            "here,\nand imported on first use.\n",
            lazy=True,
        ),
        encoding="utf-8",
    )
    return sorted(schemas)
