"""A loopback HTTP server that misbehaves on purpose, for fetch/parse hardening tests.

    with FaultServer() as server:            # binds 127.0.0.1 on a free port
        url = server.url("/status/503")      # http://127.0.0.1:PORT/status/503
        server.hits("/status/503")           # how many requests that path received

HTTP/1.1 with keep-alive and TCP_NODELAY (without them each request costs ~40 ms).
Routes (see `ROUTES` below for the full list):

    /feed/good.xml, /page/good.html          well-formed content
    /status/<code>                           that status, tiny body
    /retry-after/<seconds>                   503 with Retry-After
    /flaky/<n>                               503 for the first n hits, then a good feed
    /slow/<seconds>                          headers after <seconds> (past the timeout)
    /slow-body/<seconds>                     headers at once, body trickles
    /truncated.xml                           RSS cut mid-item (honest Content-Length)
    /short-body                              Content-Length larger than what is sent
    /huge/<mb>                               <mb> MB streamed without Content-Length
    /huge-declared/<mb>                      Content-Length of <mb> MB (nothing sent)
    /gzip-bomb                               ~32 KB gzip inflating to 32 MB
    /billion-laughs.xml, /xxe.xml            entity-expansion / external-entity XML
    /redirect/loop-a, /redirect/chain/<n>    redirect loop / chain of n hops
    /redirect/to/<path>                      one redirect to a local path
    /html-not-feed, /empty, /garbage         wrong, empty and binary bodies
    /page/cp1251.html, /page/mislabeled.html legacy-encoded / wrongly labelled pages
    /etag.xml                                304 when If-None-Match matches
    /reset                                   connection closed without an answer
    /image.png                               image content type
    /corpus/<sub>/<name>                     a file from the `corpus_dir` given

Everything stays on 127.0.0.1.
"""
from __future__ import annotations

import os
import socket
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

GOOD_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Loopback wire</title><link>http://wire.test/</link>
<item><title>Strike on depot</title><link>http://127.0.0.1:9/news/1</link><guid>n1</guid>
<pubDate>Tue, 01 Jul 2025 10:00:00 +0000</pubDate><description>Officials said &lt;b&gt;two&lt;/b&gt; drones hit.</description></item>
<item><title>Air defence active</title><link>/news/2?utm_source=rss</link><guid>n2</guid>
<pubDate>Tue, 01 Jul 2025 11:00:00 +0000</pubDate><description>Interceptions reported.</description></item>
</channel></rss>
"""

_PARAS = "".join(
    f"<p>Paragraph {i}. The regional governor said air defence units shot down several drones overnight "
    f"and that debris damaged a warehouse on the outskirts of the city; no casualties were reported.</p>"
    for i in range(5)
)
GOOD_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Drones shot down</title>'
    '<meta property="article:published_time" content="2025-07-01T08:00:00Z"></head><body>'
    f"<header>Wire</header><article><h1>Drones shot down</h1>{_PARAS}</article><footer>(c) Wire</footer></body></html>"
).encode()

_RU = "Губернатор сообщил, что силы ПВО ночью сбили несколько беспилотников над областью. "
CP1251_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    f"<title>ПВО</title></head><body><article><p>{_RU * 4}</p><p>{_RU * 3}</p></article></body></html>"
).encode("cp1251")
_ZH = "促进航天技术更好惠及人民，双方同意加强合作并推进项目实施。"
MISLABELED_PAGE = (
    f'<html><head><meta charset="gb2312"><title>航天</title></head><body><article><p>{_ZH * 6}</p>'
    f"<p>{_ZH * 5}</p></article></body></html>"
).encode("utf-8")

TRUNCATED_FEED = GOOD_FEED[: GOOD_FEED.index(b"<item>", GOOD_FEED.index(b"<item>") + 1) + 40]

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>http://wire.test/lol</link></item></channel></rss>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title>
<item><title>&xxe;</title><link>http://wire.test/xxe</link></item></channel></rss>
"""

HTML_NOT_FEED = b"<!DOCTYPE html><html><head><title>Moved</title></head><body><h1>Our feeds moved</h1></body></html>"

BOMB_DECODED_BYTES = 32 * 1024 * 1024  # ~32 KB on the wire: a 1000:1 ratio


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format, *args):  # noqa: A002 - silence stderr
        pass

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    # -- helpers
    def _send(self, status: int, body: bytes = b"", content_type: str | None = "text/plain",
              headers: dict[str, str] | None = None, length: int | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless the server is stopping; False if it is."""
        return not self.server.stopping.wait(seconds)

    # -- routing
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = urlsplit(self.path).path
        with self.server.lock:
            self.server.log.append((path, dict(self.headers.items())))
        parts = [p for p in path.split("/") if p]
        try:
            self._route(path, parts)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True  # the client gave up: expected in these tests

    def _route(self, path: str, parts: list[str]) -> None:
        head = parts[0] if parts else ""
        arg = parts[1] if len(parts) > 1 else ""
        if path == "/feed/good.xml":
            self._send(200, GOOD_FEED, "application/rss+xml; charset=utf-8",
                       {"ETag": '"good-v1"', "Last-Modified": "Tue, 01 Jul 2025 12:00:00 GMT"})
        elif path == "/page/good.html":
            self._send(200, GOOD_PAGE, "text/html; charset=utf-8")
        elif path == "/page/cp1251.html":
            self._send(200, CP1251_PAGE, "text/html")  # charset only in <meta>
        elif path == "/page/mislabeled.html":
            self._send(200, MISLABELED_PAGE, "text/html; charset=gb2312")
        elif head == "status":
            self._send(int(arg), f"status {arg}".encode())
        elif head == "retry-after":
            self._send(503, b"busy", headers={"Retry-After": arg})
        elif head == "flaky":
            with self.server.lock:
                count = sum(1 for p, _ in self.server.log if p == path)
            if count <= int(arg):
                self._send(503, b"try again")
            else:
                self._send(200, GOOD_FEED, "application/rss+xml")
        elif head == "slow":
            if self._sleep(float(arg)):
                self._send(200, GOOD_FEED, "application/rss+xml")
        elif head == "slow-body":
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(GOOD_FEED)))
            self.end_headers()
            self.wfile.write(GOOD_FEED[:50])
            self.wfile.flush()
            if self._sleep(float(arg)):
                self.wfile.write(GOOD_FEED[50:])
        elif path == "/truncated.xml":
            self._send(200, TRUNCATED_FEED, "application/rss+xml")
        elif path == "/short-body":
            self._send(200, GOOD_FEED[:100], "application/rss+xml", length=len(GOOD_FEED))
            self.close_connection = True
        elif head == "huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            for _ in range(int(arg) * 16):  # 16 chunks of 64 KiB per MB
                if self.server.stopping.is_set():
                    break
                self.wfile.write(chunk)
            self.close_connection = True
        elif head == "huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(int(arg) * 1024 * 1024))
            self.end_headers()
            self.close_connection = True  # sends nothing: the client must not wait for it
        elif path == "/gzip-bomb":
            self._send(200, self.server.bomb(), "text/html", {"Content-Encoding": "gzip"})
        elif path == "/billion-laughs.xml":
            self._send(200, BILLION_LAUGHS, "application/rss+xml")
        elif path == "/xxe.xml":
            self._send(200, XXE, "application/rss+xml")
        elif head == "redirect":
            self._redirect(parts[1:])
        elif path == "/html-not-feed":
            self._send(200, HTML_NOT_FEED, "text/html; charset=utf-8")
        elif path == "/empty":
            self._send(200, b"", "application/rss+xml")
        elif path == "/garbage":
            self._send(200, self.server.garbage, "application/rss+xml")
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        elif path == "/etag.xml":
            if self.headers.get("If-None-Match") == '"good-v1"':
                self._send(304, b"", None, {"ETag": '"good-v1"'})
            else:
                self._send(200, GOOD_FEED, "application/rss+xml", {"ETag": '"good-v1"'})
        elif path == "/reset":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif head == "corpus" and self.server.corpus_dir is not None and len(parts) == 3:
            self._corpus(parts[1], parts[2])
        else:
            self._send(404, b"no such route")

    def _redirect(self, rest: list[str]) -> None:
        if rest[:1] == ["loop-a"]:
            self._send(302, b"", headers={"Location": "/redirect/loop-b"})
        elif rest[:1] == ["loop-b"]:
            self._send(302, b"", headers={"Location": "/redirect/loop-a"})
        elif rest[:1] == ["chain"]:
            n = int(rest[1])
            target = "/feed/good.xml" if n <= 1 else f"/redirect/chain/{n - 1}"
            self._send(301, b"", headers={"Location": target})
        elif rest[:1] == ["to"]:
            self._send(302, b"", headers={"Location": "/" + "/".join(rest[1:])})
        else:
            self._send(404, b"")

    def _corpus(self, sub: str, name: str) -> None:
        base = (self.server.corpus_dir / sub).resolve()
        target = (base / name).resolve()
        if base not in target.parents or not target.is_file():
            self._send(404, b"")
            return
        kind = "text/html" if name.endswith(".html") else "application/xml"
        self._send(200, target.read_bytes(), kind)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, corpus_dir: Path | None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.corpus_dir = corpus_dir
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.log: list[tuple[str, dict[str, str]]] = []
        self.garbage = os.urandom(4096)
        self._bomb = _make_bomb()  # built before serving, so no request waits for it

    def bomb(self) -> bytes:
        return self._bomb


def _make_bomb() -> bytes:
    zeros = b"\0" * (1024 * 1024)
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    parts = [packer.compress(zeros) for _ in range(BOMB_DECODED_BYTES // len(zeros))]
    parts.append(packer.flush())
    return b"".join(parts)


class FaultServer:
    """Start with `with FaultServer() as s:` or `.start()`/`.stop()`."""

    def __init__(self, corpus_dir: Path | None = None) -> None:
        self._server = _Server(corpus_dir)
        self._thread = threading.Thread(target=self._server.serve_forever, name="faultserver", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def hits(self, path: str | None = None) -> int:
        with self._server.lock:
            return sum(1 for p, _ in self._server.log if path is None or p == path)

    def requests(self) -> list[tuple[str, dict[str, str]]]:
        with self._server.lock:
            return list(self._server.log)

    def start(self) -> "FaultServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> "FaultServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


if __name__ == "__main__":  # manual poking: python tests/faultserver.py
    with FaultServer() as s:
        print("serving on", s.base_url, "(Ctrl-C to stop)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
