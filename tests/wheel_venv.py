"""The package as users install it: the wheel built from this checkout, in a fresh virtual
environment whose other packages come from this one's site-packages (read as a plain directory,
so this checkout's editable install stays out). No network, no build isolation."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

__all__ = ["ROOT", "wheel_venv"]


def _run(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def wheel_venv(where: Path) -> Path:
    """Build the wheel into `where`/dist and install it into `where`/venv; return its python."""
    python = where / "venv" / "bin" / "python"
    pip = [sys.executable, "-m", "pip"]
    _run(
        [
            *pip,
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(where / "dist"),
            str(ROOT),
        ]
    )
    (wheel,) = (where / "dist").glob("aiorthanc-*.whl")
    _run([sys.executable, "-m", "venv", "--without-pip", str(where / "venv")])
    _run([*pip, "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)])
    code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    purelib = Path(_run([str(python), "-c", code]).strip())
    (purelib / "_outer_packages.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    where_imported = _run([str(python), "-c", "import aiorthanc; print(aiorthanc.__file__)"])
    if not where_imported.startswith(str(purelib)):  # the wheel's copy, not this checkout
        raise RuntimeError(f"aiorthanc imported from {where_imported} in the new environment")
    return python
