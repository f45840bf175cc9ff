"""Orthanc versions for tests: the machine's own, and newer ones in cached debootstrap roots.

Debian 12 ships Orthanc 1.10.1; Debian 13 "trixie" 1.12.7; Debian "sid" 1.13.0 (what the Docker
images ship). A newer version runs from a minimal Debian root made once with debootstrap from
Debian's packages (with the DICOMweb and Python plugins), cached, and run with `chroot`::

    python -m aiorthanc.testing build 1.12.7 1.13.0   # or: make orthanc-versions

`LocalOrthanc(version="1.13.0")` builds a missing root first (as root, with debootstrap).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from aiorthanc._errors import LocalOrthancError, OrthancNotInstalledError

__all__ = [
    "BINARY_ENV_VAR",
    "DEBIAN_SUITES",
    "ROOTS_ENV_VAR",
    "SUPPORTED_VERSIONS",
    "VERSION_ENV_VAR",
    "OrthancInstall",
    "build_root",
    "find_orthanc_binary",
    "orthanc_install",
    "roots_directory",
]

SUPPORTED_VERSIONS = ("1.10.1", "1.12.7", "1.13.0")
"""The Orthanc versions aiorthanc is tested against, oldest first."""

DEBIAN_SUITES = {"1.12.7": "trixie", "1.13.0": "sid"}
"""The Debian suite whose `orthanc` package is each version that runs in a root."""

VERSION_ENV_VAR = "AIORTHANC_ORTHANC_VERSION"
"""`LocalOrthanc`'s default version (the pytest plugin sets it from `--orthanc-version`)."""

ROOTS_ENV_VAR = "AIORTHANC_ORTHANC_ROOTS"
"""Where the debootstrap roots are cached (default: /var/cache/aiorthanc/roots)."""

BINARY_ENV_VAR = "AIORTHANC_ORTHANC_BINARY"
_BINARY_CANDIDATES = ("/usr/sbin/Orthanc", "/usr/local/sbin/Orthanc", "/usr/local/bin/Orthanc")
DEFAULT_ROOTS = Path("/var/cache/aiorthanc/roots")
DEBIAN_MIRROR = "http://deb.debian.org/debian"
ROOT_PACKAGES = ("orthanc", "orthanc-dicomweb", "orthanc-python")
ROOT_BINARY = "/usr/sbin/Orthanc"
BUILD_TIMEOUT = 1800.0  # seconds: debootstrap downloads about 150 MB


@dataclass(frozen=True)
class OrthancInstall:
    """One runnable Orthanc: a binary on this machine, or a binary inside a root run with chroot.

    `binary` is the path the server is started with: inside `root` when there is one. Paths in
    its configuration must then be paths inside the root too (`LocalOrthanc` does this).
    """

    version: str | None
    binary: str
    root: Path | None = None

    def command(self, config_path: Path) -> list[str]:
        """The command line that starts the server with `config_path` (a host path)."""
        if self.root is None:
            return [self.binary, str(config_path)]
        return ["chroot", str(self.root), self.binary, self.inside(config_path)]

    def inside(self, path: Path) -> str:
        """`path` as the server sees it (relative to its root, if it has one)."""
        if self.root is None:
            return str(path)
        return "/" + str(path.resolve().relative_to(self.root.resolve()))


def find_orthanc_binary(binary: str | os.PathLike[str] | None = None) -> str:
    """Locate the Orthanc server binary: the argument, `$AIORTHANC_ORTHANC_BINARY`, PATH, /usr/sbin.

    Raises:
        OrthancNotInstalledError: with what to install when it cannot be found.
    """
    candidates: list[str] = []
    if binary is not None:
        candidates.append(os.fspath(binary))
    elif os.environ.get(BINARY_ENV_VAR):
        candidates.append(os.environ[BINARY_ENV_VAR])
    else:
        found = shutil.which("Orthanc")
        candidates.extend([found] if found else [])
        candidates.extend(_BINARY_CANDIDATES)
    for candidate in candidates:
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    tried = ", ".join(candidates)
    raise OrthancNotInstalledError(
        f"The Orthanc server binary was not found (tried: {tried}). Install it, e.g. "
        f"'apt-get install orthanc' on Debian/Ubuntu, or point ${BINARY_ENV_VAR} at it."
    )


def roots_directory() -> Path:
    """Where roots are cached: `$AIORTHANC_ORTHANC_ROOTS` or /var/cache/aiorthanc/roots."""
    return Path(os.environ.get(ROOTS_ENV_VAR) or DEFAULT_ROOTS)


def orthanc_install(version: str, *, build: bool = True) -> OrthancInstall:
    """The Orthanc of `version`: the machine's own binary, or a cached root (built if missing).

    Raises:
        OrthancNotInstalledError: the version is not one we know how to provide, the machine's
            binary is another version, or its root is missing and `build` is False.
        LocalOrthancError: building the root failed (the message names the step).
    """
    if version not in SUPPORTED_VERSIONS:
        known = ", ".join(SUPPORTED_VERSIONS)
        raise OrthancNotInstalledError(f"Orthanc {version} is not provided here (known: {known})")
    if version not in DEBIAN_SUITES:
        return _host_install(version)
    root = roots_directory() / version
    if not (root / ROOT_BINARY.lstrip("/")).exists():
        if not build:
            raise OrthancNotInstalledError(
                f"Orthanc {version} has no root at {root}: run "
                f"'python -m aiorthanc.testing build {version}' (as root)"
            )
        build_root(version)
    return OrthancInstall(version, ROOT_BINARY, root)


def build_root(version: str) -> Path:
    """Make the debootstrap root of `version` (a few hundred MB, once); return its path.

    Raises:
        LocalOrthancError: naming the step that failed (root rights, debootstrap, the package's
            version).
    """
    suite = DEBIAN_SUITES[version]
    root = roots_directory() / version
    if os.geteuid() != 0:
        raise LocalOrthancError(
            f"building the Orthanc {version} root (debootstrap, chroot) needs root; run "
            f"'python -m aiorthanc.testing build {version}' as root"
        )
    debootstrap = shutil.which("debootstrap") or _install_debootstrap()
    staging = root.with_name(root.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.parent.mkdir(parents=True, exist_ok=True)
    include = ",".join(ROOT_PACKAGES)
    step = f"debootstrap {suite} (Debian's {include} packages) into {staging}"
    _run(
        [
            debootstrap,
            "--variant=minbase",
            f"--include={include}",
            suite,
            str(staging),
            DEBIAN_MIRROR,
        ],
        step,
    )
    found = _version_of(["chroot", str(staging), ROOT_BINARY, "--version"])
    if found != version:
        raise LocalOrthancError(
            f"Debian {suite} now ships Orthanc {found}, not {version}: the root was not kept "
            f"({staging})"
        )
    shutil.rmtree(root, ignore_errors=True)
    staging.rename(root)
    return root


def _host_install(version: str) -> OrthancInstall:
    binary = find_orthanc_binary()
    found = _version_of([binary, "--version"])
    if found != version:
        raise OrthancNotInstalledError(
            f"Orthanc {version} was asked for, but {binary} is Orthanc {found}"
        )
    return OrthancInstall(version, binary)


def _version_of(command: list[str]) -> str:
    step = " ".join(command)
    output = _run(command, step, timeout=60.0)
    match = re.search(r"(\d+\.\d+\.\d+|mainline)", output)
    if match is None:
        raise LocalOrthancError(f"{step} printed no version: {output[:200]!r}")
    return match.group(1)


def _install_debootstrap() -> str:
    _run(["apt-get", "install", "-y", "-qq", "debootstrap"], "apt-get install debootstrap")
    found = shutil.which("debootstrap") or "/usr/sbin/debootstrap"
    if not os.path.exists(found):
        raise LocalOrthancError("apt-get install debootstrap left no debootstrap command")
    return found


def _run(command: list[str], step: str, *, timeout: float = BUILD_TIMEOUT) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LocalOrthancError(f"{step} failed: {exc}") from None
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-15:])
        raise LocalOrthancError(f"{step} failed (exit {done.returncode}):\n{tail}")
    return done.stdout + done.stderr
