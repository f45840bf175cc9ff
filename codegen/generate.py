"""Run the whole pipeline: documents + overrides -> models, endpoint modules, docs; ruff format."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.models import HEADER, generate_models
from codegen.naming import MAX_MODULE_LINES
from codegen.overrides import apply_overrides, load_overrides
from codegen.parser import HTTP_METHODS, parse_spec
from codegen.render import render_all
from codegen.versions import Document, Since, load_documents, route_key

__all__ = ["Report", "generate", "merged_spec", "prepare"]


@dataclass
class Report:
    """What a run produced."""

    operations: int = 0
    generated: int = 0
    models: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def _ruff(*args: str) -> None:
    # The staging directory is outside the repository: point ruff at the project's settings.
    command = [sys.executable, "-m", "ruff", *args[:1], "--config", str(_PYPROJECT), *args[1:]]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"ruff {args[0]} failed on generated code:\n{done.stdout}{done.stderr}")


def merged_spec(documents: list[Document]) -> tuple[dict[str, Any], list[str]]:
    """The newest document, plus any operation only older ones have (with a warning each)."""
    spec = copy.deepcopy(documents[-1].spec)
    paths = spec.setdefault("paths", {})
    have = {(m, route_key(p)) for p, item in paths.items() for m in item if m in HTTP_METHODS}
    warnings = []
    for document in reversed(documents[:-1]):
        for path, item in sorted(document.spec.get("paths", {}).items()):
            for method in HTTP_METHODS:
                if method in item and (method, route_key(path)) not in have:
                    have.add((method, route_key(path)))
                    paths.setdefault(path, {})[method] = copy.deepcopy(item[method])
                    warnings.append(
                        f"{method.upper()} {path} is in Orthanc {document.version}'s document, "
                        f"not in {documents[-1].version}'s: generated from {document.version}'s"
                    )
    return spec, warnings


def prepare(spec_dir: Path, overrides_path: Path) -> tuple[dict[str, Any], Since, list[str]]:
    """The spec to generate from (the newest document, overrides applied), the versions of its
    operations and the warnings."""
    documents = load_documents(spec_dir)
    spec, warnings = merged_spec(documents)
    warnings += apply_overrides(spec, load_overrides(overrides_path))
    return spec, Since.of(documents), warnings


def generate(spec_dir: Path, overrides_path: Path, out: Path, docs: Path | None) -> Report:
    """Regenerate `out` (replaced as a whole) and `docs` from the documents and the overrides."""
    spec, since, warnings = prepare(spec_dir, overrides_path)
    report = Report(warnings=warnings)
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "_generated"
        staging.mkdir()
        report.models = len(generate_models(spec, staging / "models"))
        (staging / "__init__.py").write_text(
            f'{HEADER}\n"""Generated from Orthanc\'s OpenAPI spec: models and endpoints."""\n',
            encoding="utf-8",
        )
        endpoints, report.skipped, report.operations = parse_spec(spec, since)
        report.generated = len(endpoints)
        render_all(endpoints, report.operations, spec, staging, docs, since.versions)
        _ruff("check", "--fix-only", "--quiet", "--exit-zero", str(staging))
        _ruff("format", str(staging))
        for path in sorted(staging.rglob("*.py")):
            lines = path.read_text(encoding="utf-8").count("\n")
            if lines > MAX_MODULE_LINES:  # api tags split themselves; model families cannot
                name = path.relative_to(staging)
                how = (
                    "give part of its family its own entry in naming.MODEL_MODULES"
                    if name.parts[0] == "models"
                    else "refine naming.GROUPING_RULE (or BODY_MODULE_RULE)"
                )
                report.warnings.append(f"{name} has {lines} lines (> {MAX_MODULE_LINES}): {how}")
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(staging, out)
    return report
