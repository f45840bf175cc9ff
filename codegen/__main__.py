"""`python -m codegen [--spec FILE] [--overrides FILE] [--out DIR] [--docs FILE]`: regenerate."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.generate import generate

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, generate, print warnings; exit status 0 when nothing was skipped."""
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--spec", type=Path, default=ROOT / "spec" / "orthanc-openapi.json")
    parser.add_argument("--overrides", type=Path, default=ROOT / "spec" / "overrides.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "aiorthanc" / "_generated")
    parser.add_argument("--docs", type=Path, default=ROOT / "docs" / "api.md")
    args = parser.parse_args(argv)
    report = generate(args.spec, args.overrides, args.out, args.docs)
    for warning in report.warnings:
        print(f"codegen: warning: {warning}", file=sys.stderr)
    print(
        f"codegen: {report.generated} of {report.operations} operations generated, "
        f"{report.models} models, {len(report.skipped)} skipped",
        file=sys.stderr,
    )
    return 1 if report.skipped else 0


if __name__ == "__main__":
    sys.exit(main())
