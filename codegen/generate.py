"""Run the whole pipeline: spec + overrides -> models, endpoint modules, docs; ruff format."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from codegen.models import HEADER, generate_models
from codegen.naming import MAX_MODULE_LINES
from codegen.overrides import load_spec
from codegen.parser import parse_spec
from codegen.render import render_all

__all__ = ["Report", "generate"]


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


def generate(spec_path: Path, overrides_path: Path, out: Path, docs: Path | None) -> Report:
    """Regenerate `out` (replaced as a whole) and `docs` from the spec and the overrides."""
    spec, warnings = load_spec(spec_path, overrides_path)
    report = Report(warnings=warnings)
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "_generated"
        staging.mkdir()
        report.models = len(generate_models(spec, staging / "models"))
        (staging / "__init__.py").write_text(
            f'{HEADER}\n"""Generated from Orthanc\'s OpenAPI spec: models and endpoints."""\n',
            encoding="utf-8",
        )
        endpoints, report.skipped, report.operations = parse_spec(spec)
        report.generated = len(endpoints)
        render_all(endpoints, report.operations, spec, staging, docs)
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
