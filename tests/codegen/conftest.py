"""The spec the generated code was made from, patched with the overrides, and its endpoints."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # the `codegen` package lives at the repository root

from codegen.overrides import load_spec  # noqa: E402
from codegen.parser import Endpoint, parse_spec  # noqa: E402

SPEC = ROOT / "spec" / "orthanc-openapi.json"
OVERRIDES = ROOT / "spec" / "overrides.yaml"


def spec_path(tmp_dir: Path) -> Path:
    """The committed spec; before it exists, the offline one written by the Orthanc binary."""
    if SPEC.exists():
        return SPEC
    raw = tmp_dir / "raw-openapi.json"
    if not raw.exists():
        try:
            subprocess.run(
                ["/usr/sbin/Orthanc", f"--openapi={raw}"],
                cwd=tmp_dir,
                capture_output=True,
                check=True,
                timeout=60,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            pytest.skip(f"no spec: {exc}")
    return raw


@pytest.fixture(scope="session")
def patched_spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    spec, _ = load_spec(spec_path(tmp_path_factory.mktemp("spec")), OVERRIDES)
    return spec


@pytest.fixture(scope="session")
def endpoints(patched_spec: dict[str, Any]) -> list[Endpoint]:
    result, skipped, _ = parse_spec(patched_spec)
    assert skipped == []
    return result
