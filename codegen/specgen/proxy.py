"""A local HTTPS ``CONNECT`` proxy that answers Orthanc's sample downloads.

``Orthanc --openapi`` fetches one sample answer per documented GET route from its public
demo server (``demo.orthanc-server.com`` up to 1.11, ``orthanc.uclouvain.be/demo`` since
1.12). libcurl honours ``https_proxy`` and the download does not verify the peer, so this
proxy accepts the ``CONNECT`` for a demo host, terminates TLS itself with a throwaway
certificate and lets a :data:`Responder` answer the request found inside the tunnel, with
the demo's path prefix taken off.
"""

from __future__ import annotations

import logging
import ssl
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from .certs import DEMO_SERVERS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Answer:
    """What the proxy sends back for one request inside the tunnel."""

    status: int
    content_type: str = "text/plain"
    body: bytes = b""


#: Answers ``(method, path with query)`` of a request sent to a demo host, the path without
#: the demo's prefix (``/demo/system`` on orthanc.uclouvain.be is ``/system``).
Responder = Callable[[str, str], Answer]

NOT_FOUND = Answer(404)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        responder: Responder,
        context: ssl.SSLContext,
        servers: Mapping[str, str],
    ) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.responder = responder
        self.context = context
        self.servers = dict(servers)


def strip_prefix(prefix: str, path: str) -> str | None:
    """``path`` without the demo's ``prefix``, or ``None`` if it lies outside the prefix."""
    if not prefix:
        return path
    if path != prefix and not path.startswith((prefix + "/", prefix + "?")):
        return None
    rest = path[len(prefix) :]
    return rest if rest.startswith("/") else "/" + rest


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 so that, after the CONNECT, handle() goes on reading the tunnelled request.
    protocol_version = "HTTP/1.1"
    server: _Server
    tunnelled = False
    prefix = ""

    def do_CONNECT(self) -> None:
        """Open a tunnel to a demo host only, and serve it with TLS ourselves."""
        host, _, port = self.path.rpartition(":")
        if port != "443" or host not in self.server.servers:
            log.debug("refusing CONNECT %s", self.path)
            self._reply(NOT_FOUND)
            return
        self.prefix = self.server.servers[host]
        self.send_response(200, "Connection Established")
        self.end_headers()
        self.wfile.flush()
        try:
            tls = self.server.context.wrap_socket(self.connection, server_side=True)
        except (ssl.SSLError, OSError) as exc:
            log.debug("TLS handshake failed: %s", exc)
            self.close_connection = True
            return
        self.connection = tls
        self.rfile = tls.makefile("rb")
        self.wfile = tls.makefile("wb")
        self.tunnelled = True
        self.close_connection = False

    def do_GET(self) -> None:
        """Answer a request made inside the tunnel; anything outside it gets a 404."""
        self._answer("GET")

    def do_HEAD(self) -> None:
        """Same as GET (without a body, dropped by :meth:`_reply`)."""
        self._answer("HEAD")

    def do_POST(self) -> None:
        """Orthanc only downloads samples with GET: anything else is not found."""
        # Read the body first: closing a socket with unread data resets the connection,
        # and the client would never see the 404.
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(min(length, 1 << 20))
        self._reply(NOT_FOUND)

    do_PUT = do_DELETE = do_OPTIONS = do_PATCH = do_POST

    def _answer(self, method: str) -> None:
        answer = NOT_FOUND
        path = strip_prefix(self.prefix, self.path) if self.tunnelled else None
        if path is not None:
            try:
                answer = self.server.responder(method, path)
            except Exception:
                # A broken responder must not hang Orthanc: report it and answer 502.
                log.exception("responder failed for %s %s", method, self.path)
                answer = Answer(502)
        self._reply(answer, with_body=method != "HEAD")

    def _reply(self, answer: Answer, *, with_body: bool = True) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if with_body:
            self.wfile.write(answer.body)
        self.close_connection = True

    def finish(self) -> None:
        """Also close the TLS socket, which the server does not know about."""
        try:
            super().finish()
        finally:
            if self.tunnelled:
                self.connection.close()

    def log_message(self, format: str, *args: object) -> None:
        """Route the access log to :mod:`logging` instead of stderr."""
        log.debug("proxy: " + format, *args)


class SampleProxy:
    """Run the proxy in a background thread; use as a context manager.

    ``servers`` maps each demo host to tunnel to the path prefix of its REST API. ``url`` is
    what to put in ``https_proxy`` once the proxy is started.
    """

    def __init__(
        self,
        responder: Responder,
        context: ssl.SSLContext,
        servers: Mapping[str, str] = DEMO_SERVERS,
    ) -> None:
        self._server = _Server(responder, context, servers)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="specgen-proxy",
            daemon=True,
        )

    @property
    def url(self) -> str:
        """The proxy's address as an ``http://`` URL."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> None:
        """Serve in a background thread."""
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and release the listening socket."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=10)
        self._server.server_close()

    def __enter__(self) -> SampleProxy:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
