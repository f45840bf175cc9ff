"""`LocalOrthanc`: a throwaway Orthanc server on free ports with temporary storage."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
import weakref
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import anyio.to_thread
import httpx

from aiorthanc._client import AsyncOrthanc
from aiorthanc._errors import LocalOrthancError
from aiorthanc.testing.versions import (
    BINARY_ENV_VAR,
    VERSION_ENV_VAR,
    OrthancInstall,
    find_orthanc_binary,
    orthanc_install,
)

__all__ = ["LocalOrthanc"]

DEFAULT_STARTUP_TIMEOUT = 30.0
DEFAULT_STOP_TIMEOUT = 15.0
_START_ATTEMPTS = 3  # a free port may be taken between our probe and Orthanc's bind
PYTHON_PLUGIN_LIBRARY = "/usr/share/orthanc/plugins/libOrthancPython.so"
"""Where Debian's `orthanc-python` package puts the Python plugin (inside the root, if any)."""


class LocalOrthanc:
    """A throwaway Orthanc: free HTTP and DICOM ports, storage in a temporary directory.

    Use it as a context manager, sync or async; it stops the server and removes its files on
    exit, also when the block fails::

        async with LocalOrthanc() as server:
            async with server.client() as orthanc:
                ...

    Args:
        config: extra Orthanc configuration, merged over the defaults (e.g. `{"DicomModalities":
            {...}}`, `{"StableAge": 1}`, `{"Plugins": [...]}`); or a callable taking the server
            and returning it, called at each launch once the ports are known (for entries that
            point at the server itself).
        users: `{user: password}`; turns HTTP authentication on.
        aet: the server's DICOM AE title.
        version: the Orthanc version to run ("1.10.1", "1.12.7", "1.13.0"; see
            `aiorthanc.testing.versions`); default `$AIORTHANC_ORTHANC_VERSION`, else the
            machine's binary whatever its version (`$AIORTHANC_ORTHANC_BINARY`, when set, wins
            over the variable of the version). Newer versions run from a cached debootstrap
            root, built on first use (as root).
        binary: path of an Orthanc binary to run instead (default: see `find_orthanc_binary`);
            inside `root` when `root` is given.
        root: a root directory holding an Orthanc, run with chroot (`binary` defaults to
            /usr/sbin/Orthanc there).
        http_port: a fixed HTTP port (0, the default: a free port, chosen at start).
        dicom_port: a fixed DICOM port (0, the default: a free port, chosen at start).
        python_plugin: a Python plugin script to run in the server (Debian's `orthanc-python`,
            at `PYTHON_PLUGIN_LIBRARY`): sets the `Plugins` and `PythonScript` configuration.
        python_path: directories put in front of the plugin's module search path
            (`PYTHONPATH`), as the server sees them: e.g. a virtualenv's site-packages and
            source folders, so that the script (and the worker processes it starts) can
            import aiorthanc. Only useful when the plugin's Python is the same version.
        startup_timeout: seconds to wait for the server to answer.
        keep_files: leave the temporary directory (storage, index, log) in place on exit.
    """

    def __init__(
        self,
        *,
        config: Mapping[str, Any] | Callable[[LocalOrthanc], Mapping[str, Any]] | None = None,
        users: Mapping[str, str] | None = None,
        aet: str = "AIORTHANC",
        version: str | None = None,
        binary: str | os.PathLike[str] | None = None,
        root: str | os.PathLike[str] | None = None,
        http_port: int = 0,
        dicom_port: int = 0,
        python_plugin: str | os.PathLike[str] | None = None,
        python_path: Sequence[str | os.PathLike[str]] = (),
        startup_timeout: float = DEFAULT_STARTUP_TIMEOUT,
        keep_files: bool = False,
    ) -> None:
        self._install = _install(version, binary, root)
        self._python_plugin = Path(python_plugin) if python_plugin is not None else None
        self._python_path = [os.fspath(p) for p in python_path]
        self._extra_config = config
        self._users = dict(users or {})
        self._aet = aet
        self._startup_timeout = startup_timeout
        self._keep_files = keep_files
        self._directory: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._http_port = http_port
        self._dicom_port = dicom_port
        self._name = f"aiorthanc-local-{secrets.token_hex(4)}"

    # -- properties ----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Root URL of the REST API, without credentials."""
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def http_port(self) -> int:
        """The HTTP port (0 before the first start)."""
        return self._http_port

    @property
    def dicom_port(self) -> int:
        """The DICOM port (0 before the first start)."""
        return self._dicom_port

    @property
    def version(self) -> str | None:
        """The Orthanc version asked for (None: the machine's binary, whatever it is)."""
        return self._install.version

    @property
    def install(self) -> OrthancInstall:
        """The Orthanc binary (and root) this server runs."""
        return self._install

    @property
    def aet(self) -> str:
        """The server's DICOM AE title."""
        return self._aet

    @property
    def credentials(self) -> tuple[str, str] | None:
        """`(user, password)` of the first user when authentication is on."""
        return next(iter(self._users.items()), None)

    @property
    def directory(self) -> Path:
        """The temporary directory holding storage, index, configuration and log."""
        if self._directory is None:
            raise LocalOrthancError("the server has not been started")
        return self._directory

    @property
    def log_path(self) -> Path:
        """The server's log file."""
        return self.directory / "orthanc.log"

    @property
    def running(self) -> bool:
        """True while the server process is alive."""
        return self._process is not None and self._process.poll() is None

    def share(self, path: str | os.PathLike[str]) -> str:
        """Copy a file into the server's directory and give its path as the server sees it.

        For configuration entries that name files (Lua scripts, Python plugin scripts): a server
        of a newer version runs in a root and sees only files inside it. Call it from a `config`
        callable, once the server's directory exists::

            LocalOrthanc(config=lambda s: {"LuaScripts": [s.share("filter.lua")]})
        """
        source = Path(path)
        copy = self.directory / "shared" / source.name
        copy.parent.mkdir(exist_ok=True)
        shutil.copyfile(source, copy)
        return self._install.inside(copy)

    def config(self) -> dict[str, Any]:
        """The configuration the server runs (or will run) with."""
        directory = self.directory
        config: dict[str, Any] = {
            # Unique, so that startup can tell this server from another one on the same port.
            "Name": self._name,
            "HttpPort": self._http_port,
            "DicomPort": self._dicom_port,
            "DicomAet": self._aet,
            "StorageDirectory": self._install.inside(directory / "storage"),
            "IndexDirectory": self._install.inside(directory / "index"),
            "RemoteAccessAllowed": False,
            "AuthenticationEnabled": bool(self._users),
            "RegisteredUsers": self._users,
            "Plugins": [],
            "StorageCompression": False,
            "SaveJobs": False,
            "HttpTimeout": 60,
            "StableAge": 60,
        }
        extra = self._extra_config
        config.update((extra(self) if callable(extra) else extra) or {})
        if self._python_plugin is not None:
            config["Plugins"] = [*config.get("Plugins", []), self._python_library()]
            config["PythonScript"] = self.share(self._python_plugin)
        return config

    def client(self, **kwargs: Any) -> AsyncOrthanc:
        """An `AsyncOrthanc` connected to this server (with its credentials, if any)."""
        if self.credentials is not None and "auth" not in kwargs and "token" not in kwargs:
            kwargs["auth"] = self.credentials
        return AsyncOrthanc(self.url, **kwargs)

    def log_tail(self, lines: int = 30) -> str:
        """The last lines of the server's log."""
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        """Start the server and wait until its REST API answers."""
        if self.running:
            return
        if self._directory is None:
            # A server in a root sees only the root: its files live there.
            parent = self._install.root / "tmp" if self._install.root is not None else None
            self._directory = Path(tempfile.mkdtemp(prefix="aiorthanc-", dir=parent))
        keep_ports = self._http_port != 0
        for attempt in range(_START_ATTEMPTS):
            if not keep_ports:
                self._http_port, self._dicom_port = _free_ports(2)
            try:
                self._launch()
                return
            except _PortBusyError:
                if attempt == _START_ATTEMPTS - 1:
                    raise LocalOrthancError(
                        f"Orthanc could not bind its ports: {self.log_tail()}"
                    ) from None
                time.sleep(0.5 * (attempt + 1))

    def stop(self, *, kill: bool = False) -> None:
        """Stop the server (SIGTERM, or SIGKILL if `kill`) and wait for it to exit.

        The storage stays until `close()` so that `start()` can bring the same server back.
        """
        process, self._process = self._process, None
        _running.discard(self)
        if process is None or process.poll() is not None:
            return
        if kill:
            process.kill()
        else:
            process.terminate()
        try:
            process.wait(DEFAULT_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def restart(self, *, kill: bool = False) -> None:
        """Stop and start again on the same ports with the same storage."""
        self.stop(kill=kill)
        self.start()

    def close(self) -> None:
        """Stop the server and remove its temporary directory (unless `keep_files`)."""
        # A graceful stop takes Orthanc seconds; data about to be deleted needs none.
        self.stop(kill=not self._keep_files)
        if self._directory is not None and not self._keep_files:
            shutil.rmtree(self._directory, ignore_errors=True)
            self._directory = None

    def __enter__(self) -> LocalOrthanc:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> LocalOrthanc:
        return await anyio.to_thread.run_sync(self.__enter__)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Shielded: the server must go away even when the surrounding task is cancelled.
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(self.close)

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<LocalOrthanc {self.url if self._http_port else '(not started)'} {state}>"

    # -- internals -----------------------------------------------------------------------------

    def _python_library(self) -> str:
        root = self._install.root
        host = root / PYTHON_PLUGIN_LIBRARY.lstrip("/") if root is not None else None
        if not Path(host or PYTHON_PLUGIN_LIBRARY).is_file():
            raise LocalOrthancError(
                f"the Python plugin is not installed ({PYTHON_PLUGIN_LIBRARY} is missing):"
                " apt-get install orthanc-python"
            )
        return PYTHON_PLUGIN_LIBRARY

    def _environment(self) -> dict[str, str] | None:
        if not self._python_path:
            return None  # the server inherits ours
        inherited = os.environ.get("PYTHONPATH")
        paths = [*self._python_path, *([inherited] if inherited else [])]
        return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}

    def _launch(self) -> None:
        directory = self.directory
        config = self.config()
        config_path = directory / "orthanc.json"
        config_path.write_text(json.dumps(config, indent=2))
        identity = (config["Name"], config["HttpPort"], config["DicomPort"])
        with open(self.log_path, "ab") as log:
            self._process = subprocess.Popen(
                self._install.command(config_path),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=directory,
                env=self._environment(),
            )
        _running.add(self)
        deadline = time.monotonic() + self._startup_timeout
        auth = self.credentials
        with httpx.Client(timeout=2.0, auth=auth) as http:
            while time.monotonic() < deadline:
                if self._process.poll() is not None:
                    self._process = None
                    tail = self.log_tail()
                    if any(sign in tail.lower() for sign in _PORT_BUSY_SIGNS):
                        raise _PortBusyError
                    raise LocalOrthancError(f"Orthanc exited during startup. Log:\n{tail}")
                with contextlib.suppress(httpx.TransportError, ValueError):
                    answer = http.get(f"{self.url}/system")
                    if answer.status_code == 200:
                        system = answer.json()
                        if (system["Name"], system["HttpPort"], system["DicomPort"]) == identity:
                            return
                        # Another server holds the port; ours will fail to bind.
                        self.stop(kill=True)
                        raise _PortBusyError
                time.sleep(0.05)
        self.stop(kill=True)
        raise LocalOrthancError(
            f"Orthanc did not answer within {self._startup_timeout:.0f} s. Log:\n{self.log_tail()}"
        )


def _install(
    version: str | None,
    binary: str | os.PathLike[str] | None,
    root: str | os.PathLike[str] | None,
) -> OrthancInstall:
    if root is not None:
        return OrthancInstall(version, os.fspath(binary or "/usr/sbin/Orthanc"), Path(root))
    if binary is not None:
        return OrthancInstall(version, find_orthanc_binary(binary))
    if version is None and os.environ.get(BINARY_ENV_VAR):
        return OrthancInstall(None, find_orthanc_binary())  # a binary named is more precise
    version = version or os.environ.get(VERSION_ENV_VAR) or None
    if version is None:
        return OrthancInstall(None, find_orthanc_binary())
    return orthanc_install(version)


class _PortBusyError(Exception):
    pass


def _free_ports(count: int) -> list[int]:
    """`count` distinct free ports: the sockets stay bound until all are picked (one after the
    other, the kernel may hand the same port out twice)."""
    with contextlib.ExitStack() as stack:
        ports = []
        for _ in range(count):
            sock = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            sock.bind(("127.0.0.1", 0))
            ports.append(int(sock.getsockname()[1]))
        return ports


# What Orthanc's log says when a port is taken (1.10.1 says the second).
_PORT_BUSY_SIGNS = ("address already in use", "cannot bind", "privileged or already in use")


# Servers still running when the interpreter exits (a test run interrupted between start and
# close) are killed so that no orphan keeps a port. PR_SET_PDEATHSIG cannot do this: it fires when
# the *thread* that started the server ends, and servers are started from worker threads.
_running: weakref.WeakSet[LocalOrthanc] = weakref.WeakSet()


@atexit.register
def _kill_leftovers() -> None:
    for server in list(_running):
        server.stop(kill=True)
