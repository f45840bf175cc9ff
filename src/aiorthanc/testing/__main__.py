"""`python -m aiorthanc.testing build [VERSION ...]` | `list`: the Orthanc versions for tests."""

from __future__ import annotations

import argparse

from aiorthanc._errors import LocalOrthancError, OrthancNotInstalledError
from aiorthanc.testing.versions import DEBIAN_SUITES, SUPPORTED_VERSIONS, orthanc_install


def main(argv: list[str] | None = None) -> int:
    """Build the missing roots, or list where each version is; exit 1 if one is missing."""
    parser = argparse.ArgumentParser(prog="python -m aiorthanc.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="make the missing roots (as root)")
    build.add_argument("versions", nargs="*", default=list(DEBIAN_SUITES), metavar="VERSION")
    commands.add_parser("list", help="the versions and where each one is")
    args = parser.parse_args(argv)
    versions = args.versions if args.command == "build" else SUPPORTED_VERSIONS
    status = 0
    for version in versions:
        try:
            install = orthanc_install(version, build=args.command == "build")
        except (LocalOrthancError, OrthancNotInstalledError) as exc:
            print(f"{version}: {exc}")
            status = 1
        else:
            print(f"{version}: {install.binary}" + (f" in {install.root}" if install.root else ""))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
