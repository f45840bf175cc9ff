"""The spec the generated code was made from, patched with the overrides, and its endpoints."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # the `codegen` package lives at the repository root

from codegen.generate import prepare  # noqa: E402
from codegen.parser import Endpoint, parse_spec  # noqa: E402
from codegen.versions import Since  # noqa: E402

SPEC_DIR = ROOT / "spec"
OVERRIDES = ROOT / "spec" / "overrides.yaml"


@pytest.fixture(scope="session")
def prepared() -> tuple[dict[str, Any], Since]:
    spec, since, _ = prepare(SPEC_DIR, OVERRIDES)
    return spec, since


@pytest.fixture(scope="session")
def patched_spec(prepared: tuple[dict[str, Any], Since]) -> dict[str, Any]:
    return prepared[0]


@pytest.fixture(scope="session")
def endpoints(prepared: tuple[dict[str, Any], Since]) -> list[Endpoint]:
    result, skipped, _ = parse_spec(*prepared)
    assert skipped == []
    return result
