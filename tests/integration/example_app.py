"""examples/fastapi_app.py served by uvicorn in a child process (its tests and its benchmark)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

EXAMPLE = Path(__file__).parents[2] / "examples" / "fastapi_app.py"


def free_port() -> int:
    """A loopback port nobody listens on (now)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def serving(
    orthanc_url: str, credentials: tuple[str, str] | None
) -> Iterator[tuple[httpx.Client, subprocess.Popen[bytes]]]:
    """A client of the example app, up and answering, and the app's process; stopped on exit."""
    environment = {**os.environ, "AIORTHANC_URL": orthanc_url}
    # The checkout's aiorthanc, also when it is not installed (PYTHONPATH=src, as the benches).
    paths = [str(EXAMPLE.parents[1] / "src"), os.environ.get("PYTHONPATH", "")]
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, paths))
    if credentials is not None:
        environment["AIORTHANC_USER"], environment["AIORTHANC_PASSWORD"] = credentials
    port = free_port()
    command = [sys.executable, str(EXAMPLE), "--port", str(port)]
    process = subprocess.Popen(command, env=environment, stderr=subprocess.PIPE)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
            _wait_until_up(client, process)
            yield client, process
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_until_up(client: httpx.Client, process: subprocess.Popen[bytes]) -> None:
    give_up = time.monotonic() + 60  # a bound on start-up, not a measure
    while time.monotonic() < give_up:
        if process.poll() is not None:
            error = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"the app exited: {error}")
        try:
            if client.get("/openapi.json").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("the app did not start")
