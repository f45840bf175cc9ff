"""Just enough process management to run throwaway Orthanc servers."""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from .errors import SpecGenError

log = logging.getLogger(__name__)

DEFAULT_BINARY = "/usr/sbin/Orthanc"
INSTALL_HINT = "install it with: apt-get install orthanc"


def find_orthanc(binary: str | None = None) -> str:
    """Return the path of the Orthanc executable, or fail with what to install."""
    candidate = binary or os.environ.get("ORTHANC_BINARY") or shutil.which("Orthanc")
    candidate = candidate or DEFAULT_BINARY
    if not (Path(candidate).is_file() and os.access(candidate, os.X_OK)):
        raise SpecGenError(f"Orthanc executable not found ({candidate}); {INSTALL_HINT}")
    return candidate


def orthanc_version(binary: str) -> str:
    """The version printed by ``Orthanc --version`` (e.g. ``1.10.1``)."""
    done = subprocess.run(
        [binary, "--version"], capture_output=True, text=True, timeout=30, check=False
    )
    words = done.stdout.split()
    if done.returncode != 0 or len(words) < 2:
        raise SpecGenError(f"{binary} --version failed: {done.stderr.strip() or done.stdout}")
    return words[1]


def free_ports(count: int) -> list[int]:
    """Distinct TCP ports on 127.0.0.1 that nothing listens on right now."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        # Bound together, so that the kernel cannot hand out the same port twice.
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [int(sock.getsockname()[1]) for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def base_config(workdir: Path, http_port: int, dicom_port: int) -> dict[str, Any]:
    """An Orthanc configuration confined to ``workdir``: no plugins, no scripts, local only."""
    return {
        "Name": "aiorthanc-specgen",
        "HttpPort": http_port,
        "DicomPort": dicom_port,
        "DicomAet": "SPECGEN",
        "StorageDirectory": str(workdir / "storage"),
        "IndexDirectory": str(workdir / "index"),
        "Plugins": [],
        "LuaScripts": [],
        "RemoteAccessAllowed": False,
        "AuthenticationEnabled": False,
        "StorageCompression": False,
        # No "stable" events while the samples are taken: they would make /changes racy.
        "StableAge": 3600,
        "SaveJobs": False,
        "HttpThreadsCount": 8,
    }


class LocalOrthanc:
    """A throwaway Orthanc server in ``workdir``; use as a context manager.

    ``config`` is written as ``workdir/orthanc.json``; its ``HttpPort`` is where the server
    answers. The process is stopped and reaped on exit, also on error or Ctrl-C.
    """

    def __init__(
        self, binary: str, workdir: Path, config: dict[str, Any], start_timeout: float = 30
    ) -> None:
        self.binary = binary
        self.workdir = workdir
        self.config = config
        self.start_timeout = start_timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = workdir / "orthanc.log"

    @property
    def url(self) -> str:
        """Base URL of the REST API, without a trailing slash."""
        return f"http://127.0.0.1:{self.config['HttpPort']}"

    def start(self) -> None:
        """Start the server and wait until ``/system`` answers."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        config_path = self.workdir / "orthanc.json"
        config_path.write_text(json.dumps(self.config, indent=2))
        with self.log_path.open("wb") as out:
            # Own session: a Ctrl-C reaches only us, and we stop the server in order.
            self.process = subprocess.Popen(
                [self.binary, str(config_path)],
                cwd=self.workdir,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SpecGenError(f"Orthanc exited at start-up:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/system", timeout=2) as answer:  # noqa: S310
                    system = json.load(answer)
            except (urllib.error.URLError, OSError, ValueError):
                time.sleep(0.05)
                continue
            # Make sure that it is our server, not another one that took the port first.
            ports = (system.get("HttpPort"), system.get("DicomPort"))
            if ports != (self.config["HttpPort"], self.config["DicomPort"]):
                raise SpecGenError(f"another server answers on port {self.config['HttpPort']}")
            return
        raise SpecGenError(
            f"Orthanc did not answer within {self.start_timeout} s:\n{self.log_tail()}"
        )

    def stop(self) -> None:
        """Ask the server to stop (SIGTERM), kill it if it lingers, and reap it."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            # A clean stop takes Orthanc 1.10 about 3 s.
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            log.warning("Orthanc (pid %d) ignored SIGTERM; killing it", process.pid)
            process.kill()
            process.wait(timeout=15)
        except BaseException:
            # Interrupted while waiting (a second Ctrl-C): do not leave the server behind.
            process.kill()
            process.wait(timeout=15)
            raise

    def log_tail(self, lines: int = 30) -> str:
        """The last lines of the server's log, for error messages."""
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    @classmethod
    def start_on_free_ports(
        cls,
        binary: str,
        workdir: Path,
        make_config: Callable[[int, int], dict[str, Any]],
        attempts: int = 3,
    ) -> LocalOrthanc:
        """Start a server whose config ``make_config(http_port, dicom_port)`` makes.

        Another process may grab a free port before Orthanc binds it: try new ports then.
        """
        for attempt in range(1, attempts + 1):
            server = cls(binary, workdir, make_config(*free_ports(2)))
            try:
                server.start()
            except SpecGenError:
                server.stop()
                if attempt == attempts:
                    raise
                log.warning("Orthanc did not start (attempt %d): trying other ports", attempt)
            except BaseException:
                server.stop()
                raise
            else:
                return server
        raise AssertionError("unreachable")

    def __enter__(self) -> LocalOrthanc:
        """Start the server unless it already runs (see :meth:`start_on_free_ports`)."""
        if self.process is None:
            try:
                self.start()
            except BaseException:
                self.stop()
                raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


_PROXY_VARIABLES = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}


def write_openapi(binary: str, workdir: Path, proxy_url: str, timeout: float) -> tuple[bytes, str]:
    """Run ``Orthanc --openapi`` with its sample downloads sent through ``proxy_url``.

    Returns the document's bytes and Orthanc's log. The run gets its own configuration
    (no plugins, storage in ``workdir``), so nothing outside ``workdir`` is touched.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    config_path = workdir / "orthanc.json"
    config_path.write_text(json.dumps(base_config(workdir, *free_ports(2)), indent=2))
    output = workdir / "openapi.json"
    env = {k: v for k, v in os.environ.items() if k.lower() not in _PROXY_VARIABLES}
    env["https_proxy"] = env["HTTPS_PROXY"] = proxy_url
    try:
        done = subprocess.run(
            [binary, f"--openapi={output}", str(config_path)],
            cwd=workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
            start_new_session=True,
        )
    except subprocess.TimeoutExpired as exc:
        raise SpecGenError(f"Orthanc --openapi did not finish within {timeout} s") from exc
    text = (done.stdout + done.stderr).decode(errors="replace")
    if done.returncode != 0 or not output.is_file():
        tail = "\n".join(text.splitlines()[-30:])
        raise SpecGenError(f"Orthanc --openapi failed (exit code {done.returncode}):\n{tail}")
    return output.read_bytes(), text
