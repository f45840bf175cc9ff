"""Fault injection for the tests: a server that misbehaves, and a proxy that breaks exchanges.

Both run on loopback in a thread of their own (plain blocking sockets), so that they serve the
httpx and the aiohttp transports alike, and a test's event loop never waits on them.

`MisbehavingServer` answers each path in one bad way (see `ROUTES`). `FaultProxy` forwards to a
real server, one exchange per connection, and breaks some of them: a reset before the answer, a
body cut short (with or without a Content-Length), a delay, a hold.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import io
import random
import socket
import socketserver
import struct
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

from typing_extensions import Self

BOMB_SIZE = 256 * 1024 * 1024
"""Bytes a gzip bomb inflates to: beyond any answer bound, a few hundred KiB on the wire."""


def _gzip_bomb() -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9) as file:
        block = bytes(1024 * 1024)
        for _ in range(BOMB_SIZE // len(block)):
            file.write(block)
    return out.getvalue()


def small_zip() -> bytes:
    """A valid ZIP of a few members, incompressible so that a cut lands inside the data."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for i in range(4):
            archive.writestr(f"member{i}.bin", random.Random(i).randbytes(50_000))
    return out.getvalue()


def _head(status: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _reset(sock: socket.socket) -> None:
    # SO_LINGER 0: close() sends a RST, not a FIN.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        sock: socket.socket = self.request
        head = _read_head(sock)
        if head is None:
            return
        path = head.split(b" ", 2)[1].decode().split("?")[0]
        parts = path.strip("/").split("/")
        if len(parts) == 3:  # /studies/<route>/archive, /instances/<route>/file
            path = "/" + parts[1]
        route = ROUTES.get(self.server.fallback or path)
        try:
            if route is None:
                sock.sendall(_head("404 Not Found", {"Content-Length": "0"}))
            else:
                route(sock, head, self.server)
        except OSError:
            pass  # the client went away: that is what these answers provoke


def _read_head(sock: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    return data


def _gzip_bomb_route(sock: socket.socket, head: bytes, server: _Server) -> None:
    body = server.bomb()
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    sock.sendall(_head("200 OK", {**headers, "Content-Length": str(len(body))}) + body)


def _endless(sock: socket.socket, head: bytes, server: _Server) -> None:
    sock.sendall(
        _head("200 OK", {"Content-Type": "application/json", "Transfer-Encoding": "chunked"})
    )
    chunk = b"[" + b"0," * 32767
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        sock.sendall(frame)


def _slow_headers(sock: socket.socket, head: bytes, server: _Server) -> None:
    for byte in _head("200 OK", {"Content-Type": "application/json", "Content-Length": "2"}):
        sock.sendall(bytes([byte]))
        time.sleep(1.0)


def _big_error(sock: socket.socket, head: bytes, server: _Server) -> None:
    size = 64 * 1024 * 1024
    sock.sendall(_head("500 Internal Server Error", {"Content-Length": str(size)}))
    block = b"x" * (1024 * 1024)
    for _ in range(size // len(block)):
        sock.sendall(block)


def _fixed(status: str, content_type: str, body: bytes, **extra: str) -> Callable[..., None]:
    def route(sock: socket.socket, head: bytes, server: _Server) -> None:
        headers = {"Content-Type": content_type, "Content-Length": str(len(body)), **extra}
        sock.sendall(_head(status, headers) + body)

    return route


def _echo_auth(sock: socket.socket, head: bytes, server: _Server) -> None:
    lines = head.decode("latin-1").split("\r\n")
    auth = next((line for line in lines if line.lower().startswith("authorization:")), "")
    body = f"<html>denied for {auth}</html>".encode()
    sock.sendall(_head("401 Unauthorized", {"Content-Length": str(len(body))}) + body)


def _cut_zip(sock: socket.socket, head: bytes, server: _Server) -> None:
    body = server.archive
    headers = {"Content-Type": "application/zip", "Connection": "close"}
    sock.sendall(_head("200 OK", headers) + body[: len(body) * 4 // 10])
    sock.shutdown(socket.SHUT_WR)  # a graceful close, no length: looks like the end


def _cut_length(sock: socket.socket, head: bytes, server: _Server) -> None:
    body = server.archive
    headers = {"Content-Type": "application/zip", "Content-Length": str(len(body))}
    sock.sendall(_head("200 OK", headers) + body[: len(body) // 2])
    sock.shutdown(socket.SHUT_WR)


def _cut_json(sock: socket.socket, head: bytes, server: _Server) -> None:
    headers = {"Content-Type": "application/json", "Connection": "close"}
    sock.sendall(_head("200 OK", headers) + b'{"Version": "1.1')
    sock.shutdown(socket.SHUT_WR)


def _flaky(
    whole: Callable[[socket.socket, bytes, _Server], None], cut: Callable[..., None]
) -> Callable[..., None]:
    """Every other exchange cut: a retry of the whole exchange succeeds."""

    def route(sock: socket.socket, head: bytes, server: _Server) -> None:
        (cut if server.count(whole) % 2 else whole)(sock, head, server)

    return route


def _cut_length_json(sock: socket.socket, head: bytes, server: _Server) -> None:
    sock.sendall(_head("200 OK", {"Content-Type": "application/json", "Content-Length": "40"}))
    sock.sendall(b'{"Version": "1.')
    _reset(sock)


def _reset_route(sock: socket.socket, head: bytes, server: _Server) -> None:
    _reset(sock)


def _whole_zip(sock: socket.socket, head: bytes, server: _Server) -> None:
    headers = {"Content-Type": "application/zip", "Connection": "close"}
    sock.sendall(_head("200 OK", headers) + server.archive)


def _dicom(fraction: float) -> Callable[..., None]:
    """A DICOM file without a length, whole or cut after `fraction` of it."""

    def route(sock: socket.socket, head: bytes, server: _Server) -> None:
        body = server.dicom()
        headers = {"Content-Type": "application/dicom", "Connection": "close"}
        sock.sendall(_head("200 OK", headers) + body[: int(len(body) * fraction)])
        sock.shutdown(socket.SHUT_WR)

    return route


def _silent(sock: socket.socket, head: bytes, server: _Server) -> None:
    time.sleep(30)


ROUTES: dict[str, Callable[[socket.socket, bytes, _Server], None]] = {
    "/gzip-bomb": _gzip_bomb_route,
    "/endless": _endless,
    "/slow-headers": _slow_headers,
    "/big-error": _big_error,
    "/html": _fixed("200 OK", "text/html", b"<html><body>Login</body></html>"),
    "/redirect": _fixed("302 Found", "text/html", b"", Location="/login"),
    "/text": _fixed("200 OK", "text/plain", b"hello"),
    "/echo-auth": _echo_auth,
    "/cut-zip": _cut_zip,
    "/cut-length": _cut_length,
    "/cut-json": _cut_json,
    "/reset": _reset_route,
    "/silent": _silent,
    "/system": _fixed("200 OK", "text/html", b"<html><body>Login</body></html>"),
    "/statistics": _cut_json,
    "/zip": _whole_zip,
    "/dicom": _dicom(1.0),
    "/cut-dicom": _dicom(0.6),
    "/flaky-zip": _flaky(_whole_zip, _cut_zip),
    "/flaky-json": _flaky(
        _fixed("200 OK", "application/json", b'{"Version": "1.10.1"}'), _cut_length_json
    ),
}
"""Each path of `MisbehavingServer` and the fault it shows."""


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, fallback: str | None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fallback = fallback
        self.archive = small_zip()
        self._bomb: bytes | None = None
        self._dicom: bytes | None = None
        self._lock = threading.Lock()
        self._counts: dict[object, int] = {}

    def count(self, key: object) -> int:
        """How many times `key` was counted before (0 the first time)."""
        with self._lock:
            seen = self._counts.get(key, 0)
            self._counts[key] = seen + 1
            return seen

    def dicom(self) -> bytes:
        """A small DICOM file with pixel data (made once, with pydicom)."""
        from dicom_factory import ct_dataset, dicom_bytes

        with self._lock:
            if self._dicom is None:
                self._dicom = dicom_bytes(ct_dataset(), pixels=4096)
            return self._dicom

    def bomb(self) -> bytes:
        with self._lock:
            if self._bomb is None:
                self._bomb = _gzip_bomb()
            return self._bomb


class _Running:
    """A socket server served by a thread of its own while the `with` block runs."""

    def __init__(self, server: socketserver.TCPServer) -> None:
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        host, port = self._server.server_address[:2]
        self.url = f"http://{host!s}:{port!s}"  # the root URL, on loopback
        return self

    def __exit__(self, *failure: object) -> None:
        self._server.shutdown()
        self._server.server_close()


class MisbehavingServer(_Running):
    """A loopback HTTP server whose every path misbehaves in one way (see `ROUTES`).

    `fallback` names the route that answers every path (each path its own by default).
    """

    def __init__(self, fallback: str | None = None) -> None:
        self._misbehaving = _Server(fallback)
        super().__init__(self._misbehaving)

    @property
    def archive(self) -> bytes:
        """The whole ZIP that /zip serves and /cut-* cut."""
        return self._misbehaving.archive


def basic(user: str, password: str) -> str:
    """The base64 of `user:password`, as an Authorization header carries it."""
    return base64.b64encode(f"{user}:{password}".encode()).decode()


# -- the proxy ----------------------------------------------------------------------------------


@dataclass
class FaultPlan:
    """Which exchanges the proxy breaks: each fault is drawn independently per exchange."""

    reset: float = 0.0  # reset the connection instead of answering
    cut: float = 0.0  # forward part of the answer's body, then close gracefully
    delay: float = 0.0  # seconds to wait before forwarding the answer
    hold: float = 0.0  # probability to hold the connection silent for `hold_seconds`
    hold_seconds: float = 30.0
    seed: int = 1
    counts: dict[str, int] = field(default_factory=dict)

    def draw(self, rng: random.Random) -> str | None:
        for kind in ("reset", "cut", "hold"):
            if rng.random() < getattr(self, kind):
                self.counts[kind] = self.counts.get(kind, 0) + 1
                return kind
        self.counts["clean"] = self.counts.get("clean", 0) + 1
        return None


class _ProxyHandler(socketserver.BaseRequestHandler):
    server: _ProxyServer

    def handle(self) -> None:
        client: socket.socket = self.request
        with contextlib.suppress(OSError):
            self._one(client)

    def _one(self, client: socket.socket) -> None:
        request = _read_request(client)
        if request is None:
            return
        fault = self.server.next_fault()
        upstream = socket.create_connection(self.server.upstream)
        with upstream:
            upstream.sendall(request)
            if fault == "reset":
                _drain_head(upstream)
                _reset(client)
                return
            if fault == "hold":
                time.sleep(self.server.plan.hold_seconds)
            if self.server.plan.delay:
                time.sleep(self.server.plan.delay)
            _relay(upstream, client, cut=fault == "cut", rng=self.server.rng)


def _read_request(sock: socket.socket) -> bytes | None:
    """One request, whole; `Connection: close` forced so that each exchange has its socket."""
    head = _read_head(sock)
    if head is None:
        return None
    head_part, _, rest = head.partition(b"\r\n\r\n")
    lines = [
        line for line in head_part.split(b"\r\n") if not line.lower().startswith(b"connection:")
    ]
    lines.append(b"Connection: close")
    headers = {
        k.strip().lower(): v.strip() for k, _, v in (line.partition(b":") for line in lines[1:])
    }
    body = rest
    if b"content-length" in headers:
        need = int(headers[b"content-length"])
        while len(body) < need:
            chunk = sock.recv(1024 * 1024)
            if not chunk:
                return None
            body += chunk
    elif headers.get(b"transfer-encoding", b"").lower() == b"chunked":
        while not body.endswith(b"0\r\n\r\n"):
            chunk = sock.recv(1024 * 1024)
            if not chunk:
                return None
            body += chunk
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def _drain_head(sock: socket.socket) -> None:
    _read_head(sock)


def _relay(
    upstream: socket.socket, client: socket.socket, *, cut: bool, rng: random.Random
) -> None:
    """Forward the answer; with `cut`, stop part-way into the body and close gracefully."""
    data = _read_head(upstream) or b""
    head, _, body = data.partition(b"\r\n\r\n")
    if not cut:
        client.sendall(data)
        while chunk := upstream.recv(1024 * 1024):
            client.sendall(chunk)
        return
    while chunk := upstream.recv(1024 * 1024):
        body += chunk
    client.sendall(head + b"\r\n\r\n" + body[: int(len(body) * rng.uniform(0.1, 0.9))])
    client.shutdown(socket.SHUT_WR)


class _ProxyServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, upstream: tuple[str, int], plan: FaultPlan) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.upstream = upstream
        self.plan = plan
        self.rng = random.Random(plan.seed)
        self._lock = threading.Lock()

    def next_fault(self) -> str | None:
        with self._lock:
            return self.plan.draw(self.rng)


class FaultProxy(_Running):
    """A loopback proxy to `upstream_url` that breaks exchanges as `plan` says."""

    def __init__(self, upstream_url: str, plan: FaultPlan) -> None:
        host_port = upstream_url.split("://", 1)[1].rstrip("/")
        host, _, port = host_port.partition(":")
        self.plan = plan
        super().__init__(_ProxyServer((host, int(port)), plan))
