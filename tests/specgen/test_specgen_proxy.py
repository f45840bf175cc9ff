"""The CONNECT proxy, driven by a stdlib HTTPS client that trusts its certificate."""

import http.client
import ssl
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from codegen.specgen.certs import DEMO_HOST, UCLOUVAIN_HOST, make_server_context
from codegen.specgen.proxy import Answer, SampleProxy, strip_prefix


@pytest.fixture
def proxy(tmp_path: Path) -> Iterator[tuple[SampleProxy, list[tuple[str, str]]]]:
    seen: list[tuple[str, str]] = []

    def respond(method: str, path: str) -> Answer:
        seen.append((method, path))
        if path == "/boom":
            raise RuntimeError("broken responder")
        return Answer(200, "application/json", b'{"path": "%s"}' % path.encode())

    with SampleProxy(respond, make_server_context(tmp_path)) as running:
        yield running, seen


def client(proxy: SampleProxy, cafile: Path, host: str = DEMO_HOST) -> http.client.HTTPSConnection:
    context = ssl.create_default_context(cafile=str(cafile))
    context.verify_flags &= ~getattr(ssl, "VERIFY_X509_STRICT", 0)  # a bare test certificate
    address = urlsplit(proxy.url)
    assert address.hostname is not None
    connection = http.client.HTTPSConnection(
        address.hostname, address.port, context=context, timeout=10
    )
    connection.set_tunnel(host, 443)
    return connection


def test_tunnelled_get_reaches_the_responder(
    proxy: tuple[SampleProxy, list[tuple[str, str]]], tmp_path: Path
) -> None:
    running, seen = proxy
    connection = client(running, tmp_path / "proxy-cert.pem")
    connection.request("GET", "/patients?since=0&limit=2")
    response = connection.getresponse()
    assert response.status == 200
    assert response.read() == b'{"path": "/patients?since=0&limit=2"}'
    assert seen == [("GET", "/patients?since=0&limit=2")]
    connection.close()


def test_uclouvain_demo_is_tunnelled_without_its_prefix(
    proxy: tuple[SampleProxy, list[tuple[str, str]]], tmp_path: Path
) -> None:
    """Orthanc 1.12+ asks https://orthanc.uclouvain.be/demo/...: the responder sees /...."""
    running, seen = proxy
    connection = client(running, tmp_path / "proxy-cert.pem", host=UCLOUVAIN_HOST)
    connection.request("GET", "/demo/patients/46e6332c-677825b6-202fcf7c-f787bc5f-7b07c382")
    response = connection.getresponse()
    assert response.status == 200
    assert response.read() == (
        b'{"path": "/patients/46e6332c-677825b6-202fcf7c-f787bc5f-7b07c382"}'
    )
    connection.close()
    # Outside the demo's prefix, the host has nothing of Orthanc's to sample.
    connection = client(running, tmp_path / "proxy-cert.pem", host=UCLOUVAIN_HOST)
    connection.request("GET", "/system")
    assert connection.getresponse().status == 404
    connection.close()
    assert seen == [("GET", "/patients/46e6332c-677825b6-202fcf7c-f787bc5f-7b07c382")]


@pytest.mark.parametrize(
    ("prefix", "path", "expected"),
    [
        ("/demo", "/demo/system", "/system"),
        ("/demo", "/demo", "/"),
        ("/demo", "/demo?expand", "/?expand"),
        ("/demo", "/demonstration/system", None),
        ("/demo", "/system", None),
        ("", "/system", "/system"),
    ],
)
def test_strip_prefix(prefix: str, path: str, expected: str | None) -> None:
    assert strip_prefix(prefix, path) == expected


def test_broken_responder_answers_502(
    proxy: tuple[SampleProxy, list[tuple[str, str]]], tmp_path: Path
) -> None:
    connection = client(proxy[0], tmp_path / "proxy-cert.pem")
    connection.request("GET", "/boom")
    assert connection.getresponse().status == 502
    connection.close()


def test_other_hosts_and_methods_get_404(
    proxy: tuple[SampleProxy, list[tuple[str, str]]], tmp_path: Path
) -> None:
    running, seen = proxy
    with pytest.raises(OSError, match="404"):
        client(running, tmp_path / "proxy-cert.pem", host="example.com").request("GET", "/")
    connection = client(running, tmp_path / "proxy-cert.pem")
    connection.request("POST", "/instances", body=b"x")
    assert connection.getresponse().status == 404
    address = urlsplit(running.url)
    plain = http.client.HTTPConnection(address.hostname or "", address.port, timeout=10)
    plain.request("GET", f"http://{DEMO_HOST}/system")  # plain-HTTP proxying is not offered
    assert plain.getresponse().status == 404
    assert seen == []
