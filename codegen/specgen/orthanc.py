"""The two Orthanc runs of the generator: the sample server and ``Orthanc --openapi``.

Finding the binary and running a throwaway server is :mod:`aiorthanc.testing`'s job; what
is here is specific to the generator.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from aiorthanc import LocalOrthancError, OrthancNotInstalledError
from aiorthanc.testing import LocalOrthanc, OrthancInstall, find_orthanc_binary
from aiorthanc.testing.versions import orthanc_install

from . import fixtures
from .errors import SpecGenError

#: The plugin the sample server loads (:data:`.fixtures.PLUGIN`), so that ``GET /plugins/{id}``
#: has something to show.
#: The unversioned link the ``orthanc`` Debian package installs, as its own config uses.
SAMPLE_PLUGIN_PATH = Path("/usr/share/orthanc/plugins/libServeFolders.so")

#: Configuration of the sample server, over LocalOrthanc's defaults (it shows in examples).
SAMPLE_CONFIG: dict[str, Any] = {
    "Name": "aiorthanc-specgen",
    "LuaScripts": [],
    # No "stable" events while the samples are taken: they would make /changes racy.
    "StableAge": 3600,
    "HttpThreadsCount": 8,
}


def find_install(version: str | None, binary: str | None) -> OrthancInstall:
    """The Orthanc to document: a version (its root is built if missing) or a binary.

    A binary's version is read from ``--version``.
    """
    try:
        if version is not None:
            return orthanc_install(version)
        executable = find_orthanc_binary(binary)
    except (OrthancNotInstalledError, LocalOrthancError) as exc:
        raise SpecGenError(str(exc)) from exc
    return OrthancInstall(orthanc_version(executable), executable)


def orthanc_version(binary: str) -> str:
    """The version printed by ``Orthanc --version`` (e.g. ``1.10.1``)."""
    done = subprocess.run(
        [binary, "--version"], capture_output=True, text=True, timeout=30, check=False
    )
    words = done.stdout.split()
    if done.returncode != 0 or len(words) < 2:
        raise SpecGenError(f"{binary} --version failed: {done.stderr.strip() or done.stdout}")
    return words[1]


def sample_plugin(install: OrthancInstall) -> str:
    """The plugin file the sample server loads, as the server sees it; a clear error if missing."""
    on_host = SAMPLE_PLUGIN_PATH
    if install.root is not None:
        on_host = install.root / SAMPLE_PLUGIN_PATH.relative_to("/")
    if not on_host.is_file():
        raise SpecGenError(
            f"Orthanc's ServeFolders plugin ({on_host}) is missing; it ships with "
            f"the Debian package 'orthanc': apt-get install orthanc"
        )
    return str(SAMPLE_PLUGIN_PATH)


class SampleServer(LocalOrthanc):
    """The server that answers the samples: it knows itself as modality and peer ``self``."""

    def __init__(self, install: OrthancInstall, plugin: str) -> None:
        def config(server: LocalOrthanc) -> dict[str, Any]:
            # The self-references need the ports, which are known only at launch.
            own = fixtures.sample_config(server.http_port, server.dicom_port)
            return {**SAMPLE_CONFIG, "Plugins": [plugin], **own}

        super().__init__(
            config=config,
            aet=fixtures.AET,
            version=install.version,
            binary=install.binary,
            root=install.root,
        )

    def start(self) -> None:
        """Start, turning a failure into the generator's own error."""
        try:
            super().start()
        except LocalOrthancError as exc:
            raise SpecGenError(f"the sample server did not start: {exc}") from exc


_PROXY_VARIABLES = {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}


def write_openapi(
    install: OrthancInstall, workdir: Path, proxy_url: str, timeout: float
) -> tuple[bytes, str]:
    """Run ``Orthanc --openapi`` with its sample downloads sent through ``proxy_url``.

    Returns the document's bytes and Orthanc's log. The run gets its own configuration
    (no plugins, storage in ``workdir``, which must lie inside the install's root if it has
    one), so nothing outside ``workdir`` is touched. It opens no port: it writes the
    document and exits.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    config = {
        "StorageDirectory": install.inside(workdir / "storage"),
        "IndexDirectory": install.inside(workdir / "index"),
        "Plugins": [],
        "LuaScripts": [],
    }
    config_path = workdir / "orthanc.json"
    config_path.write_text(json.dumps(config, indent=2))
    output = workdir / "openapi.json"
    env = {k: v for k, v in os.environ.items() if k.lower() not in _PROXY_VARIABLES}
    env["https_proxy"] = env["HTTPS_PROXY"] = proxy_url
    command = install.command(config_path)
    command.insert(-1, f"--openapi={install.inside(output)}")
    try:
        done = subprocess.run(
            command,
            cwd=workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
            # Own session: a Ctrl-C reaches only us, and subprocess.run kills the child.
            start_new_session=True,
        )
    except subprocess.TimeoutExpired as exc:
        raise SpecGenError(f"Orthanc --openapi did not finish within {timeout} s") from exc
    text = (done.stdout + done.stderr).decode(errors="replace")
    if done.returncode != 0 or not output.is_file():
        tail = "\n".join(text.splitlines()[-30:])
        raise SpecGenError(f"Orthanc --openapi failed (exit code {done.returncode}):\n{tail}")
    return output.read_bytes(), text
