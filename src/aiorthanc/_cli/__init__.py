"""The `aiorthanc` command line: `aiorthanc import PATH... --url URL`, `aiorthanc dicomweb ...`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from aiorthanc.__version__ import __version__
from aiorthanc._cli._dicomweb import add_dicomweb_command
from aiorthanc._cli._import import add_import_command

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = argparse.ArgumentParser(
        prog="aiorthanc", description="Command line tools for the Orthanc DICOM server."
    )
    parser.add_argument("--version", action="version", version=f"aiorthanc {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    add_import_command(commands)
    add_dicomweb_command(commands)
    args = parser.parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
