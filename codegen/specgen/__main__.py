"""Command line: ``python -m codegen.specgen [--output-dir spec] [--version V]``.

Run it from the repository root. Without ``--version`` (or ``--orthanc``), every supported
Orthanc version is documented.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import time
from pathlib import Path
from types import FrameType

from aiorthanc.testing import SUPPORTED_VERSIONS

from .errors import SpecGenError
from .generate import Result, generate


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    # Unwind like Ctrl-C does, so that the servers are stopped and temp files removed.
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    """Generate the document; return the process exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m codegen.specgen",
        description="Regenerate Orthanc's OpenAPI document offline, with examples.",
    )
    parser.add_argument("--output-dir", type=Path, default=Path("spec"), help="default: spec")
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--version",
        choices=SUPPORTED_VERSIONS,
        action="append",
        dest="versions",
        help="document this Orthanc version only (repeatable; default: all of them)",
    )
    which.add_argument(
        "--orthanc", help="document this Orthanc executable instead, whatever its version"
    )
    parser.add_argument("--timeout", type=float, default=120, help="for Orthanc --openapi, s")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every sample request")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request is too much
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    versions: list[str | None] = list(
        args.versions or ([None] if args.orthanc else SUPPORTED_VERSIONS)
    )
    for version in versions:
        started = time.monotonic()
        try:
            result = generate(
                args.output_dir, version=version, binary=args.orthanc, timeout=args.timeout
            )
        except SpecGenError as exc:
            print(f"specgen: error: {exc}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print("specgen: interrupted", file=sys.stderr)
            return 130
        _report(result, time.monotonic() - started)
    return 0


def _report(result: Result, seconds: float) -> None:
    meta = result.meta
    print(
        f"{result.spec_path}: Orthanc {meta['orthanc_version']}, {meta['operations']} operations, "
        f"{meta['get_operations_with_example']}/{meta['get_operations']} GET with an example "
        f"({seconds:.1f} s)"
    )
    for path, reason in meta["get_operations_without_example"].items():
        print(f"  no example: GET {path}: {reason}")


if __name__ == "__main__":
    sys.exit(main())
