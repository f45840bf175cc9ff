"""`python -m codegen [--check] [--spec-dir DIR] [--overrides FILE] [--out DIR] [--docs FILE]`.

Reads the documents `orthanc-<version>.json` of `--spec-dir` (generates from the newest) and
regenerates `src/aiorthanc/_generated/` and `docs/api.md`; with `--check`, regenerates into a
temporary directory instead and fails (status 1, with a diff) when the committed output differs.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
from pathlib import Path

from codegen.generate import generate

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, generate, print warnings; exit status 0 when nothing was skipped."""
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--spec-dir", type=Path, default=ROOT / "spec")
    parser.add_argument("--overrides", type=Path, default=ROOT / "spec" / "overrides.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "aiorthanc" / "_generated")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs" / "api.md")
    parser.add_argument("--check", action="store_true", help="compare with a fresh run")
    args = parser.parse_args(argv)
    if args.check:
        return _check(args)
    report = generate(args.spec_dir, args.overrides, args.out, args.docs)
    for warning in report.warnings:
        print(f"codegen: warning: {warning}", file=sys.stderr)
    print(
        f"codegen: {report.generated} of {report.operations} operations generated, "
        f"{report.models} models, {len(report.skipped)} skipped",
        file=sys.stderr,
    )
    return 1 if report.skipped else 0


def _files(root: Path) -> dict[str, str]:
    if root.is_file():
        return {root.name: root.read_text(encoding="utf-8")}
    return {
        str(path.relative_to(root)): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*.py"))
    }


def _check(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        fresh_out, fresh_docs = Path(tmp) / "_generated", Path(tmp) / "api.md"
        generate(args.spec_dir, args.overrides, fresh_out, fresh_docs)
        stale = 0
        for committed, fresh in ((args.out, fresh_out), (args.docs, fresh_docs)):
            old = _files(committed) if committed.exists() else {}
            new = _files(fresh)
            for name in sorted(set(old) | set(new)):
                if old.get(name) != new.get(name):
                    stale += 1
                    diff = difflib.unified_diff(
                        old.get(name, "").splitlines(keepends=True),
                        new.get(name, "").splitlines(keepends=True),
                        f"committed/{name}",
                        f"fresh/{name}",
                    )
                    sys.stdout.writelines(list(diff)[:200])
    if stale:
        print(f"codegen: {stale} generated file(s) are stale: run make codegen", file=sys.stderr)
        return 1
    print("codegen: generated code is up to date", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
