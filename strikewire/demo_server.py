"""Serve the bundled demo corpus (three fictional agencies' feeds and pages) on 127.0.0.1.

    with serve_corpus() as server:
        print(server.base_url, server.feed_urls)
        text = demo_feeds_toml(server.base_url, server.feed_urls)

The server behaves like a modest news site, so the fetch stage's real code paths run:
Content-Type by kind (RSS, Atom, HTML with charset), ETag and Last-Modified with 304
answers to conditional requests, gzip when the client accepts it, 404 for anything not in
the corpus (one feed item links to such a page on purpose). Files carry the placeholder
base `http://demo.invalid`, replaced by the server's own address in every body it sends.

Why HTTP/1.1 and TCP_NODELAY: `http.server` defaults to HTTP/1.0 (a connection per
request), and with keep-alive but Nagle on, each response waits ~40 ms for a delayed ACK
(STACK.md). It only ever binds a loopback address: the demo must not be reachable from
the network.
"""
from __future__ import annotations

import gzip
import hashlib
import ipaddress
import json
import socket
import threading
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

__all__ = ["CORPUS_ROOT", "PLACEHOLDER", "DemoServer", "demo_feeds_toml", "serve_corpus"]

CORPUS_ROOT = Path(__file__).resolve().parent / "demo_corpus" / "site"
PLACEHOLDER = "http://demo.invalid"
USER_AGENT = "strikewire-demo/0.1 (+https://github.com/strikewire/strikewire)"

_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".txt": "text/plain; charset=utf-8",
}
_FEED_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml"}


@dataclass(frozen=True)
class _Resource:
    body: bytes           # placeholder already replaced
    gzipped: bytes
    content_type: str
    etag: str             # hex digest, quoted and suffixed per encoding when sent
    last_modified: float  # POSIX seconds, whole


def _manifest(root: Path) -> dict | None:
    for candidate in (root.parent / "manifest.json", root / "manifest.json"):
        if candidate.is_file():
            return json.loads(candidate.read_text(encoding="utf-8"))
    return None


def _feed_format(path: Path, manifest: dict | None, rel: str) -> str | None:
    if manifest:
        for feed in manifest.get("feeds", []):
            if feed["path"] == rel:
                return feed["format"]
    if path.suffix != ".xml":
        return None
    head = path.read_bytes()[:2048]
    if b"<feed" in head:
        return "atom"
    if b"<rss" in head or b"<rdf:RDF" in head:
        return "rss"
    return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "strikewire-demo/0.1"
    server: "_Server"

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        pass  # the demo prints its own summary; per-request lines would drown it

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def _answer(self, send_body: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        resource = self.server.lookup(path)
        if resource is None:
            body = b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Not found</title></head>" \
                   b"<body><h1>404 Not Found</h1><p>This page does not exist or was withdrawn.</p></body></html>"
            self._send(HTTPStatus.NOT_FOUND, body, {"Content-Type": "text/html; charset=utf-8"}, send_body)
            self.server.record(self.command, path, 404)
            return
        use_gzip = _accepts_gzip(self.headers.get("Accept-Encoding", ""))
        etag = f'"{resource.etag}{"-gz" if use_gzip else ""}"'
        headers = {
            "Content-Type": resource.content_type,
            "ETag": etag,
            "Last-Modified": formatdate(resource.last_modified, usegmt=True),
            "Cache-Control": "max-age=60",
            "Vary": "Accept-Encoding",
        }
        if _not_modified(self.headers, resource):
            self._send(HTTPStatus.NOT_MODIFIED, b"", headers, send_body=False, length=False)
            self.server.record(self.command, path, 304)
            return
        body = resource.body
        if use_gzip:
            body = resource.gzipped
            headers["Content-Encoding"] = "gzip"
        self._send(HTTPStatus.OK, body, headers, send_body)
        self.server.record(self.command, path, 200)

    def _send(self, status: HTTPStatus, body: bytes, headers: dict[str, str], send_body: bool,
              length: bool = True) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and body:
            self.wfile.write(body)


def _accepts_gzip(header: str) -> bool:
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        if name.strip().lower() in ("gzip", "*"):
            q = params.strip()
            if q.startswith("q="):
                try:
                    return float(q[2:]) > 0
                except ValueError:
                    return False
            return True
    return False


def _not_modified(headers, resource: _Resource) -> bool:
    """RFC 9110 13.2.2: If-None-Match wins over If-Modified-Since when both are sent."""
    inm = headers.get("If-None-Match")
    if inm is not None:
        if inm.strip() == "*":
            return True
        for tag in inm.split(","):
            tag = tag.strip().removeprefix("W/").strip('"')
            if tag.removesuffix("-gz") == resource.etag:
                return True
        return False
    ims = headers.get("If-Modified-Since")
    if ims:
        try:
            since = parsedate_to_datetime(ims).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        return resource.last_modified <= since
    return False


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, root: Path):
        super().__init__(address, _Handler)
        self.root = root.resolve()
        self.manifest = _manifest(self.root)
        self.base_url = f"http://{address[0]}:{self.server_address[1]}"
        self._cache: dict[str, _Resource | None] = {}
        self._lock = threading.Lock()
        self.requests: list[tuple[str, str, int]] = []

    def record(self, method: str, path: str, status: int) -> None:
        with self._lock:
            self.requests.append((method, path, status))

    def lookup(self, path: str) -> _Resource | None:
        with self._lock:
            if path in self._cache:
                return self._cache[path]
        resource = self._load(path)
        with self._lock:
            self._cache[path] = resource
        return resource

    def _load(self, path: str) -> _Resource | None:
        rel = path.lstrip("/")
        if not rel or "\x00" in rel:
            return None
        target = (self.root / rel).resolve()
        if not target.is_relative_to(self.root) or not target.is_file():
            return None
        rel = target.relative_to(self.root).as_posix()
        feed_format = _feed_format(target, self.manifest, rel)
        if feed_format:
            content_type = _FEED_TYPES[feed_format]
        else:
            content_type = _TYPES.get(target.suffix.lower())
            if content_type is None:
                return None
        body = target.read_bytes().replace(PLACEHOLDER.encode(), self.base_url.encode())
        return _Resource(body=body, gzipped=gzip.compress(body, mtime=0), content_type=content_type,
                         etag=hashlib.sha256(body).hexdigest()[:32],
                         last_modified=float(int(target.stat().st_mtime)))


@dataclass
class DemoServer:
    """A running demo server: its address, the feed URLs, and what it was asked for."""

    base_url: str
    feed_urls: list[str]
    root: Path
    _server: _Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    @property
    def requests(self) -> list[tuple[str, str, int]]:
        """(method, path, status) of every request answered so far."""
        with self._server._lock:
            return list(self._server.requests)

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def preload(self) -> int:
        """Read (and gzip) every file now rather than on its first request, so a
        benchmark does not count the server's work as the client's. Returns the count."""
        paths = [p for p in self.root.rglob("*") if p.is_file()]
        for path in paths:
            self._server.lookup("/" + path.relative_to(self.root).as_posix())
        return len(paths)

    def close(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=5)
        self._server.server_close()

    def __enter__(self) -> "DemoServer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def serve_corpus(root: str | Path | None = None, host: str = "127.0.0.1", port: int = 0) -> DemoServer:
    """Start serving `root` (the bundled corpus by default) on a loopback address.

    Usable as a context manager (`with serve_corpus() as server:`) or closed with
    `server.close()`. `port=0` picks a free port.
    """
    if not ipaddress.ip_address(host).is_loopback:
        raise ValueError(f"the demo server binds loopback addresses only, not {host!r}")
    root = Path(root) if root is not None else CORPUS_ROOT
    if not root.is_dir():
        raise FileNotFoundError(f"demo corpus not found at {root}")
    server = _Server((host, port), root)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              name="strikewire-demo-server", daemon=True)
    thread.start()
    if server.manifest:
        feed_paths = [f["path"] for f in server.manifest["feeds"]]
    else:
        feed_paths = sorted(p.relative_to(server.root).as_posix() for p in server.root.rglob("*.xml"))
    return DemoServer(base_url=server.base_url, feed_urls=[f"{server.base_url}/{p}" for p in feed_paths],
                      root=server.root, _server=server, _thread=thread)


def _toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def demo_feeds_toml(base_url: str, feed_urls: list[str]) -> str:
    """The feeds.toml that `strikewire demo` writes and runs against the demo server."""
    manifest = _manifest(CORPUS_ROOT) or {}
    by_path = {f["path"]: f for f in manifest.get("feeds", [])}
    lines = [
        "# Written by `strikewire demo` for its server on 127.0.0.1; regenerated on every run.",
        f"# Demo corpus: {base_url} (fictional agencies; see strikewire/demo_corpus/README.md)",
        "",
        "[fetch]",
        "allow_private_networks = true   # the demo server is on 127.0.0.1",
        f"user_agent = {_toml_str(USER_AGENT)}",
        "timeout_s = 10.0",
        "max_concurrency = 8",
        "per_host = 4",
    ]
    for n, url in enumerate(feed_urls, 1):
        rel = url.removeprefix(base_url.rstrip("/")).lstrip("/")
        spec = by_path.get(rel, {})
        name = spec.get("name") or f"demo-feed-{n}"
        lines += ["", "[[feeds]]", f"name = {_toml_str(name)}", f"url = {_toml_str(url)}"]
        if spec.get("agency"):
            lines.append(f"agency = {_toml_str(spec['agency'])}")
        if spec.get("lang"):
            lines.append(f"lang = {_toml_str(spec['lang'])}")
    return "\n".join(lines) + "\n"
