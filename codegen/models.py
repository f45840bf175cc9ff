"""Pydantic models from `components/schemas` through datamodel-code-generator."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["HEADER", "generate_models"]

HEADER = "# generated: do not edit, run make codegen"

_MODULE_DOC = '"""Pydantic models of Orthanc\'s JSON answers and request bodies (generated)."""'

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


def generate_models(spec: dict[str, Any], output: Path) -> list[str]:
    """Write the models of `spec`'s components to `output`; return the model names."""
    schemas = spec.get("components", {}).get("schemas", {})
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Orthanc", "version": spec.get("info", {}).get("version", "")},
        "paths": {},
        "components": {"schemas": {name: schemas[name] for name in sorted(schemas)}},
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
                f"--custom-file-header={HEADER}\n{_MODULE_DOC}",
                *_OPTIONS,
            ],
            check=True,
        )
    return sorted(schemas)
