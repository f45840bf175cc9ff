"""The code stays easy to see: hand-written modules and functions within their size limits."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Hand-written code; the generated layer has its own limit (codegen/naming.py).
HAND_WRITTEN = [ROOT / "src" / "aiorthanc", ROOT / "codegen", ROOT / "bench", ROOT / "examples"]
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60


def _modules() -> list[Path]:
    return sorted(
        path
        for folder in HAND_WRITTEN
        for path in folder.rglob("*.py")
        if "_generated" not in path.parts
    )


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_hand_written_module_within_limits(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") < MAX_MODULE_LINES, f"{path.name}: split it along its seams"
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: {long}"


def test_the_limits_are_checked_on_some_code() -> None:
    assert len(_modules()) > 50
