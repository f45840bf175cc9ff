"""Throwaway self-signed TLS certificate for the sample proxy."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path

from .errors import SpecGenError

#: Host name that Orthanc 1.10 downloads its GET samples from.
DEMO_HOST = "demo.orthanc-server.com"
#: Host name that Orthanc 1.12+ downloads its GET samples from, below :data:`UCLOUVAIN_PREFIX`.
UCLOUVAIN_HOST = "orthanc.uclouvain.be"
UCLOUVAIN_PREFIX = "/demo"
#: Each demo server Orthanc knows, and the path prefix of its REST API there.
DEMO_SERVERS: Mapping[str, str] = {DEMO_HOST: "", UCLOUVAIN_HOST: UCLOUVAIN_PREFIX}


def make_server_context(
    workdir: Path, hosts: Iterable[str] = tuple(DEMO_SERVERS)
) -> ssl.SSLContext:
    """Create a self-signed certificate for ``hosts`` in ``workdir`` and a server context using it.

    Orthanc's sample download does not verify the peer, so a short-lived P-256 key made with
    the ``openssl`` CLI is enough; the certificate still names the hosts, so that a client
    trusting it (the tests) can verify the proxy properly.
    """
    names = list(hosts)
    openssl = shutil.which("openssl")
    if openssl is None:
        raise SpecGenError("the 'openssl' command is missing: apt-get install openssl")
    key = workdir / "proxy-key.pem"
    cert = workdir / "proxy-cert.pem"
    cmd = [
        openssl,
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "2",
        "-subj",
        f"/CN={names[0]}",
        "-addext",
        "subjectAltName=" + ",".join(f"DNS:{name}" for name in names),
        "-keyout",
        str(key),
        "-out",
        str(cert),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False)
    if done.returncode != 0:
        raise SpecGenError(f"openssl could not create the proxy certificate: {done.stderr.strip()}")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context
