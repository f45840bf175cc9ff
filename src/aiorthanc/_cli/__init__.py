"""The `aiorthanc` command line: everyday jobs on an Orthanc server.

`aiorthanc tree|find|download|export|follow|send|modify|anonymize|import ... [--url URL]`, and
`aiorthanc dicomweb search|retrieve URL ...`. Each verb has its module; what they share
(connection options, credentials, exit codes, output) is in `_common`, progress in `_progress`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from aiorthanc.__version__ import __version__
from aiorthanc._cli._browse import add_find_command, add_tree_command
from aiorthanc._cli._common import EXIT_CODES, connection_options
from aiorthanc._cli._dicomweb import add_dicomweb_command
from aiorthanc._cli._follow import add_follow_command
from aiorthanc._cli._import import add_import_command
from aiorthanc._cli._modify import add_modify_commands
from aiorthanc._cli._send import add_send_command
from aiorthanc._cli._transfer import add_download_command, add_export_command

__all__ = ["main"]

_EPILOG = f"""connection (every command but dicomweb):
  --url or $AIORTHANC_URL; --user/--password or $AIORTHANC_USER/$AIORTHANC_PASSWORD (the
  password is asked on a terminal when only the user is given); or --token/$AIORTHANC_TOKEN.
  --json prints machine-readable output on stdout; progress goes to stderr, on a terminal.

{EXIT_CODES}
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = argparse.ArgumentParser(
        prog="aiorthanc",
        description="Command line tools for the Orthanc DICOM server.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"aiorthanc {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    common = connection_options()
    add_tree_command(commands, common)
    add_find_command(commands, common)
    add_download_command(commands, common)
    add_export_command(commands, common)
    add_follow_command(commands, common)
    add_send_command(commands, common)
    add_modify_commands(commands, common)
    add_import_command(commands, common)
    add_dicomweb_command(commands)
    args = parser.parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
