"""A Python plugin whose worker processes use aiorthanc, authenticated by a plugin token.

Runs inside Orthanc (Debian's `orthanc-python`): ``python examples/plugin_token_workers.py``
prints the configuration that loads it. ``GET /worker/counts`` then answers the number of
patients, studies and instances, counted by a worker process through the REST API.

Worker processes have no `orthanc` module; `GenerateRestApiAuthorizationToken()` gives them
full REST access (also when the server asks for a password), sent as ``AsyncOrthanc(token=)``.
The plugin's Python must be able to import aiorthanc (``LocalOrthanc(python_path=...)``).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sys
from typing import Any

import anyio

from aiorthanc import AsyncOrthanc

PYTHON_PLUGIN = "/usr/share/orthanc/plugins/libOrthancPython.so"
WORKERS = 2


async def count_resources(url: str, token: str) -> dict[str, int]:
    """What a worker does: count the resources of each level (three requests)."""
    async with AsyncOrthanc(url, token=token) as orthanc:
        return {
            "patients": len(await orthanc.patients.ids()),
            "studies": len(await orthanc.studies.ids()),
            "instances": len(await orthanc.instances.ids()),
            "worker": os.getpid(),
        }


def _work(url: str, token: str) -> str:
    return json.dumps(anyio.run(count_resources, url, token))


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _load_plugin() -> None:
    import orthanc  # type: ignore[import-not-found]  # only inside Orthanc

    port = json.loads(orthanc.GetConfiguration()).get("HttpPort", 8042)
    url, token = f"http://127.0.0.1:{port}", orthanc.GenerateRestApiAuthorizationToken()
    # fork: the embedded interpreter cannot start a fresh one (sys.executable is Orthanc).
    pool = multiprocessing.get_context("fork").Pool(WORKERS, initializer=_ignore_interrupts)

    def on_counts(output: Any, uri: str, **request: Any) -> None:
        output.AnswerBuffer(pool.apply(_work, (url, token)), "application/json")

    def on_change(change_type: Any, level: Any, resource_id: str) -> None:
        if change_type == orthanc.ChangeType.ORTHANC_STOPPED:
            pool.terminate()

    orthanc.RegisterRestCallback("/worker/counts", on_counts)
    orthanc.RegisterOnChangeCallback(on_change)


if __name__ == "__main__":
    config = {"Plugins": [PYTHON_PLUGIN], "PythonScript": os.path.abspath(sys.argv[0])}
    print(json.dumps(config, indent=2))
else:
    _load_plugin()
