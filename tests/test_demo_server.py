"""The demo server over real loopback HTTP."""
from __future__ import annotations

import gzip
import json
import time
import tomllib

import httpx
import pytest

from strikewire.demo_corpus import build
from strikewire.demo_server import demo_feeds_toml, serve_corpus

MANIFEST = json.loads(build.MANIFEST.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def server():
    with serve_corpus() as srv:
        yield srv


@pytest.fixture()
def client():
    with httpx.Client(timeout=5) as c:
        yield c


def test_binds_loopback_with_feed_urls(server):
    assert server.base_url.startswith("http://127.0.0.1:")
    assert server.feed_urls == [f"{server.base_url}/{f['path']}" for f in MANIFEST["feeds"]]


def test_refuses_non_loopback_hosts():
    with pytest.raises(ValueError):
        serve_corpus(host="0.0.0.0")


def test_serves_feeds_with_their_content_types(server, client):
    types = {"rss": "application/rss+xml", "atom": "application/atom+xml"}
    for feed, url in zip(MANIFEST["feeds"], server.feed_urls):
        r = client.get(url)
        assert r.status_code == 200
        assert r.headers["content-type"] == types[feed["format"]]
        assert r.headers["etag"] and r.headers["last-modified"]
        assert build.PLACEHOLDER not in r.text
        assert server.base_url + "/" in r.text


def test_serves_pages_as_utf8_html_with_placeholder_replaced(server, client):
    for page in MANIFEST["pages"][:6]:
        r = client.get(server.url(page["path"]))
        assert r.status_code == 200
        assert r.headers["content-type"] == "text/html; charset=utf-8"
        assert int(r.headers["content-length"]) > 0
        assert build.PLACEHOLDER not in r.text
        assert f'content="{server.base_url}/{page["path"]}"' in r.text


def test_second_conditional_request_is_304(server, client):
    url = server.url(MANIFEST["pages"][0]["path"])
    first = client.get(url)
    by_etag = client.get(url, headers={"If-None-Match": first.headers["etag"]})
    assert by_etag.status_code == 304 and by_etag.content == b""
    assert by_etag.headers["etag"] == first.headers["etag"]
    by_date = client.get(url, headers={"If-Modified-Since": first.headers["last-modified"]})
    assert by_date.status_code == 304
    stale = client.get(url, headers={"If-None-Match": '"not-the-etag"'})
    assert stale.status_code == 200 and stale.content == first.content
    old = client.get(url, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})
    assert old.status_code == 200


def test_gzip_when_accepted(server, client):
    url = server.feed_urls[2]
    zipped = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    plain = client.get(url, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert zipped.content == plain.content  # httpx decodes gzip
    with httpx.stream("GET", url, headers={"Accept-Encoding": "gzip"}) as r:
        wire = b"".join(r.iter_raw())
    assert gzip.decompress(wire) == plain.content
    assert len(wire) < len(plain.content)


def test_unknown_paths_and_the_withdrawn_page_are_404(server, client):
    for path in [MANIFEST["missing"][0], "nope.html", "../../etc/passwd", "meridian/", "", "%2e%2e/build.py"]:
        r = client.get(f"{server.base_url}/{path}")
        assert r.status_code == 404, path


def test_head_and_keep_alive_reuse_one_connection(server, client):
    """HTTP/1.1 keep-alive with TCP_NODELAY: 20 requests ride one connection (HTTP/1.0, the
    http.server default, opens one per request; without TCP_NODELAY each waits ~40 ms for
    the delayed ACK). What is checked is the connection reuse, not a time."""
    url = server.feed_urls[0]
    head = client.head(url)
    assert head.status_code == 200 and head.content == b""
    peers = set()
    for _ in range(20):
        with client.stream("GET", url) as r:
            assert r.status_code == 200 and r.http_version == "HTTP/1.1"
            peers.add(r.extensions["network_stream"].get_extra_info("client_addr"))
            r.read()
    assert len(peers) == 1, peers


def test_serve_corpus_from_another_root(tmp_path, client):
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        '<link href="http://demo.invalid/a.html"/></feed>', encoding="utf-8")
    (tmp_path / "a.html").write_text("<html><body>a</body></html>", encoding="utf-8")
    srv = serve_corpus(tmp_path)
    try:
        assert srv.feed_urls == [f"{srv.base_url}/feed.xml"]
        r = client.get(srv.feed_urls[0])
        assert r.headers["content-type"] == "application/atom+xml"
        assert f"{srv.base_url}/a.html" in r.text
    finally:
        srv.close()


def test_demo_feeds_toml(server):
    text = demo_feeds_toml(server.base_url, server.feed_urls)
    data = tomllib.loads(text)
    assert data["fetch"]["allow_private_networks"] is True
    assert {"user_agent", "timeout_s", "max_concurrency", "per_host"} <= set(data["fetch"])
    assert [f["url"] for f in data["feeds"]] == server.feed_urls
    assert [(f["agency"], f["lang"]) for f in data["feeds"]] == \
        [(f["agency"], f["lang"]) for f in MANIFEST["feeds"]]
    config = pytest.importorskip("flows.config")
    parsed = config.parse_config(text, "demo-feeds.toml")
    assert parsed.fetch.allow_private_networks and len(parsed.feeds) == 3


def test_preload_reads_every_file_before_any_request():
    from strikewire.demo_server import serve_corpus

    with serve_corpus() as server:
        n = server.preload()
        assert n >= 33  # 30 pages and 3 feeds
        assert server.requests == []
        import httpx

        r = httpx.get(server.feed_urls[0], headers={"Accept-Encoding": "gzip"})
        assert r.status_code == 200 and server.base_url.encode() in r.content
