"""Generate Orthanc's OpenAPI document offline, with a real example on the GET routes."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from aiorthanc.testing import OrthancInstall

from . import document, fixtures
from .certs import make_server_context
from .errors import SpecGenError
from .idmap import IdMapper
from .orthanc import SampleServer, find_install, sample_plugin, write_openapi
from .proxy import Answer, SampleProxy
from .routes import Route, concrete_path
from .stabilise import STABLE_PORTS, Stabiliser

log = logging.getLogger(__name__)

#: Operations documented by each known Orthanc version; fewer means samples went missing.
EXPECTED_OPERATIONS = {"1.10.1": 273, "1.12.7": 299, "1.13.0": 299}


def spec_name(version: str) -> str:
    """File name of the document of Orthanc ``version``."""
    return f"orthanc-{version}.json"


def meta_name(version: str) -> str:
    """File name of the meta file of Orthanc ``version``'s document."""
    return f"orthanc-{version}.meta.json"


_UNDOCUMENTED_GET = re.compile(r"Exception while documenting (GET [^\s:]+)")
_UNDOCUMENTED = re.compile(r"Ignoring URI without API documentation: (\S+ \S+)")
_COVERAGE = re.compile(r"contains (\d+) paths over a total of (\d+) paths")
#: Routes that Orthanc's own source leaves undocumented, by version: the only ones allowed.
UNDOCUMENTED_BY_ORTHANC = {"1.10.1": frozenset({"POST /instances/{id}/export"})}


@dataclass
class Result:
    """What a run produced: the files and the figures of the meta file."""

    spec_path: Path
    meta_path: Path
    meta: dict[str, Any]
    #: Each sample request as ``(demo path, local path, status)``, in Orthanc's order.
    samples: list[tuple[str, str, int]] = field(default_factory=list)
    #: GET routes left without an example, and why.
    missing: dict[str, str] = field(default_factory=dict)


def generate(
    output_dir: Path,
    *,
    version: str | None = None,
    binary: str | None = None,
    timeout: float = 120,
) -> Result:
    """Write the OpenAPI document of an Orthanc and its meta file to ``output_dir``.

    ``version`` picks one of :data:`aiorthanc.testing.SUPPORTED_VERSIONS` (a newer one runs
    from its debootstrap root, built if missing); otherwise ``binary`` or the machine's
    Orthanc is documented. Raises :class:`SpecGenError` with a clear message if anything goes
    wrong; every process started and every temporary file is gone when this returns or raises.
    """
    install = find_install(version, binary)
    plugin = sample_plugin(install)
    # A server in a root sees only the root: its files live there.
    parent = install.root / "tmp" if install.root is not None else None
    workdir = Path(tempfile.mkdtemp(prefix="aiorthanc-specgen-", dir=parent))
    try:
        return _generate(output_dir, install, plugin, workdir, timeout)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _generate(
    output_dir: Path, install: OrthancInstall, plugin: str, workdir: Path, timeout: float
) -> Result:
    version = install.version or "unknown"
    samples: list[tuple[str, str, int]] = []
    server = SampleServer(install, plugin)
    with server, httpx.Client(base_url=server.url, timeout=30) as client:
        # Shown as Orthanc's default ports, whatever ports the sample server got.
        stabiliser = Stabiliser(
            {
                server.http_port: STABLE_PORTS["HttpPort"],
                server.dicom_port: STABLE_PORTS["DicomPort"],
            },
            {install.inside(server.directory): "/var/lib/orthanc/db"},
        )
        fixture = fixtures.load(client)
        mapper = IdMapper(fixture.resources)

        def fetch(path: str) -> Answer:
            response = client.get(path)
            content_type = response.headers.get("content-type", "application/octet-stream")
            body = response.content
            if response.status_code == 200:
                body = stabiliser.answer(path, content_type, body)
            return Answer(response.status_code, content_type, body)

        def respond(method: str, path: str) -> Answer:
            local = mapper.rewrite(path)
            answer = fetch(local)
            log.info("sample %s %s -> %s: %d", method, path, local, answer.status)
            samples.append((path, local, answer.status))
            return answer

        with SampleProxy(respond, make_server_context(workdir)) as proxy:
            raw, orthanc_log = write_openapi(install, workdir / "openapi", proxy.url, timeout)
        doc = json.loads(raw)
        _check_complete(doc, orthanc_log, version)

        def fetch_route(route: Route) -> Answer:
            return fetch(concrete_path(route, fixture))

        completion = document.complete_examples(doc, fetch_route)

    spec = document.dump(doc)
    meta = _meta(version, spec, doc, completion, mapper)
    output_dir.mkdir(parents=True, exist_ok=True)
    spec_path, meta_path = output_dir / spec_name(version), output_dir / meta_name(version)
    _write_atomically(spec_path, spec)
    _write_atomically(meta_path, document.dump(meta))
    return Result(spec_path, meta_path, meta, samples, completion.missing)


def _meta(
    version: str,
    spec: bytes,
    doc: document.Document,
    completion: document.Completion,
    mapper: IdMapper,
) -> dict[str, Any]:
    """The meta file: version, sha256, counts and the GET routes without example, and why."""
    figures = document.summary(doc)
    return {
        "orthanc_version": version,
        "spec_sha256": hashlib.sha256(spec).hexdigest(),
        **figures,
        "get_examples_added_by_specgen": len(completion.added),
        "get_operations_without_example": {
            path: completion.missing.get(path, "?")
            for path in figures["get_operations_without_example"]
        },
        "unknown_demo_ids": dict(sorted(mapper.unknown.items())),
    }


def _check_complete(doc: document.Document, orthanc_log: str, version: str) -> None:
    """Fail loudly if Orthanc dropped routes, as it does when a sample download fails."""
    failed = sorted(set(_UNDOCUMENTED_GET.findall(orthanc_log)))
    if failed:
        raise SpecGenError(
            f"Orthanc dropped {len(failed)} GET routes, as it does when their sample cannot "
            f"be downloaded: {', '.join(failed)}"
        )
    count = sum(1 for _ in document.operations(doc))
    expected = EXPECTED_OPERATIONS.get(version)
    coverage = _COVERAGE.search(orthanc_log)
    if coverage:
        log.info("Orthanc documented %s of %s routes", coverage[1], coverage[2])
    allowed = UNDOCUMENTED_BY_ORTHANC.get(version, frozenset())
    left_out = sorted(set(_UNDOCUMENTED.findall(orthanc_log)) - allowed)
    if left_out:
        raise SpecGenError(f"Orthanc {version} left routes out: {', '.join(left_out)}")
    if expected is None:
        log.warning("no expected operation count for Orthanc %s: got %d", version, count)
    elif count < expected:
        raise SpecGenError(f"only {count} operations for Orthanc {version}, expected {expected}")


def _write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` in one step, so that a failed run never leaves half a file."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
