"""Loopback sites for flow tests: real pages and real strike texts behind an RSS feed.

`build_real_site(dest, shared)` lays out a directory that `serve_corpus(root=dest)`
serves: the real article pages of ../shared/corpus/web/pages as they were published, the
real strike-report texts of ../shared/corpus/dev.jsonl each wrapped in a news-site page,
and one RSS feed linking to all of them, plus links that cannot be fetched (a page that
is not there, a port nobody listens on).
"""
from __future__ import annotations

import html
import json
import shutil
import socket
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

PLACEHOLDER = "http://demo.invalid"

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<aside><h3>Most read</h3><ul><li><a href="/a">Markets close higher</a></li>
<li><a href="/b">Weather warning for the weekend</a></li></ul></aside>
<article><h1>{title}</h1>{paragraphs}</article>
<footer><p>© Loopback Wire. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def closed_port() -> int:
    """A loopback port with nothing listening on it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _item(title: str, link: str, guid: str, published: datetime) -> str:
    return (f"<item><title>{html.escape(title)}</title><link>{html.escape(link)}</link>"
            f"<guid isPermaLink=\"false\">{html.escape(guid)}</guid>"
            f"<pubDate>{format_datetime(published)}</pubDate></item>")


def build_real_site(dest: Path, shared: Path, *, max_texts: int | None = None) -> dict:
    """Write the site; returns what a run should find: reachable and unreachable URLs."""
    pages_dir = dest / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    now = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
    items, reachable = [], []
    for n, page in enumerate(sorted((shared / "corpus" / "web" / "pages").glob("*.html"))):
        shutil.copyfile(page, pages_dir / page.name)
        url = f"{PLACEHOLDER}/pages/{page.name}"
        items.append(_item(page.stem, url, f"page-{n}", now - timedelta(minutes=n)))
        reachable.append(url)
    docs = [json.loads(line) for line in (shared / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    for doc in docs[:max_texts]:
        published = doc.get("published") or now.isoformat()
        title = doc.get("title") or doc["text"].split("\n", 1)[0][:90]
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in doc["text"].split("\n") if p.strip())
        name = f"{doc['id']}.html"
        (pages_dir / name).write_text(PAGE.format(lang=doc.get("lang") or "en", title=html.escape(title),
                                                  published=published, paragraphs=paragraphs),
                                      encoding="utf-8")
        url = f"{PLACEHOLDER}/pages/{name}"
        items.append(_item(title, url, doc["id"], now))
        reachable.append(url)
    unreachable = [f"{PLACEHOLDER}/pages/gone-{n}.html" for n in range(2)]
    unreachable.append(f"http://127.0.0.1:{closed_port()}/nobody-listens.html")
    for n, url in enumerate(unreachable):
        items.append(_item(f"Unreachable {n}", url, f"gone-{n}", now))
    feed = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
            f"<title>Loopback Wire</title><link>{PLACEHOLDER}/</link>"
            f"<description>Real texts served on 127.0.0.1</description>{''.join(items)}</channel></rss>\n")
    (dest / "wire.xml").write_text(feed, encoding="utf-8")
    return {"reachable": reachable, "unreachable": unreachable}


def feeds_toml(feed_urls: list[str], *, allow_private: bool = True, timeout_s: float = 5.0) -> str:
    lines = ["[fetch]", f"allow_private_networks = {'true' if allow_private else 'false'}",
             f"timeout_s = {timeout_s}", "max_concurrency = 8", "per_host = 4"]
    for n, url in enumerate(feed_urls):
        lines += ["", "[[feeds]]", f'name = "feed-{n}"', f'url = "{url}"', 'agency = "LOOPBACK"']
    return "\n".join(lines) + "\n"


class RouteServer:
    """A loopback server of fixed routes (path -> (content type, body)), HTTP/1.1, for
    flow tests that need a feed and its pages; unknown paths answer 404.

        with RouteServer() as srv:
            srv.routes["/feed.xml"] = ("application/rss+xml", rss_bytes(srv.base, items))
    """

    def __init__(self, headers: dict[str, str] | None = None) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        routes: dict[str, tuple[str, bytes]] = {}
        extra = dict(headers or {})

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802
                ctype, body = routes.get(self.path, ("text/plain", b"not found"))
                self.send_response(200 if self.path in routes else 404)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for key, value in extra.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.routes = routes
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "RouteServer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def rss_bytes(items: list[tuple[str, str]], published: datetime) -> bytes:
    """A minimal RSS 2.0 feed of (title, link) items, all published at `published`."""
    pub = format_datetime(published, usegmt=True)
    body = "".join(f"<item><title>{html.escape(t)}</title><link>{link}</link><guid>{link}</guid>"
                   f"<pubDate>{pub}</pubDate></item>" for t, link in items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{body}</channel></rss>".encode()
