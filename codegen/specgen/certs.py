"""Throwaway self-signed TLS certificate for the sample proxy."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from pathlib import Path

from .errors import SpecGenError

#: Host name that Orthanc downloads its GET samples from.
DEMO_HOST = "demo.orthanc-server.com"


def make_server_context(workdir: Path, host: str = DEMO_HOST) -> ssl.SSLContext:
    """Create a self-signed certificate for ``host`` in ``workdir`` and a server context using it.

    Orthanc's sample download does not verify the peer, so a short-lived P-256 key made with
    the ``openssl`` CLI is enough; the certificate still names ``host``, so that a client
    trusting it (the tests) can verify the proxy properly.
    """
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
        f"/CN={host}",
        "-addext",
        f"subjectAltName=DNS:{host}",
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
