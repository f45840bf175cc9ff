"""`make verifytypes`: pyright's type completeness of the public API, as a user's type checker
sees the installed wheel (pyright cannot follow an editable install). Fails below MINIMUM.

    python tests/verifytypes.py [--minimum 95]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from wheel_venv import wheel_venv

MINIMUM = 95.0
_SHOWN = 3  # diagnostics printed per symbol


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minimum", type=float, default=MINIMUM, help="percent (default 95)")
    minimum: float = parser.parse_args().minimum
    pyright = shutil.which("pyright", path=str(Path(sys.executable).parent)) or "pyright"
    with tempfile.TemporaryDirectory() as tmp:
        python = wheel_venv(Path(tmp))
        venv = python.parent.parent
        # pyright 1.1.414 finds the package through VIRTUAL_ENV (with --pythonpath alone it found
        # none); run outside the checkout so that its pyproject plays no part.
        env = {
            **os.environ,
            "VIRTUAL_ENV": str(venv),
            "PATH": f"{python.parent}:{os.environ['PATH']}",
        }
        command = [pyright, "--verifytypes", "aiorthanc", "--ignoreexternal", "--outputjson"]
        done = subprocess.run(
            command, cwd=tmp, env=env, capture_output=True, text=True, check=False
        )
    try:
        report = json.loads(done.stdout)["typeCompleteness"]
    except (ValueError, KeyError):
        print(f"pyright gave no report:\n{done.stdout[-2000:]}{done.stderr}", file=sys.stderr)
        return 2
    score = 100 * report["completenessScore"]
    for symbol in report["symbols"]:
        if not symbol["isTypeKnown"] or symbol["isTypeAmbiguous"]:
            for diagnostic in symbol["diagnostics"][:_SHOWN]:
                print(f"{symbol['name']}: {diagnostic['message']}")
    print(f"pyright --verifytypes aiorthanc --ignoreexternal: {score:.1f}% (minimum {minimum}%)")
    return 0 if score >= minimum else 1


if __name__ == "__main__":
    sys.exit(main())
