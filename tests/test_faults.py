"""Every fault the loopback server can produce becomes the right status; good content
still comes through in the same batch. Real sockets, 127.0.0.1 only, short timeouts."""
from __future__ import annotations

import asyncio

import pytest

from flows.clean import clean_page
from flows.config import FetchSettings
from flows.feeds import parse_feed
from flows.fetch import fetch_all, make_client
try:  # tests/ is a package in this repository; a bare run of the file also works
    from tests.faultserver import FaultServer
except ImportError:  # pragma: no cover
    from faultserver import FaultServer

SETTINGS = FetchSettings(
    # Long enough that a busy CI machine does not turn good answers into timeouts,
    # short enough that the slow routes (6 s) are cut off quickly.
    timeout_s=1.5,
    connect_timeout_s=1.0,
    retries=1,
    backoff_base_s=0.01,
    max_retry_wait_s=0.05,
    allow_private_networks=True,  # the server is on 127.0.0.1
    max_body_bytes=2_000_000,
    max_redirects=5,
    max_concurrency=8,
    per_host=8,
)


@pytest.fixture(scope="module")
def server():
    with FaultServer() as s:
        yield s


def fetch(urls, settings=SETTINGS, **kwargs):
    async def go():
        async with make_client(settings) as client:
            return await fetch_all(client, urls, settings, **kwargs)

    return asyncio.run(go())


# path -> (kind, expected fetch status, expected http status or None)
FETCH_CASES = {
    "/feed/good.xml": ("feed", "ok", 200),
    "/page/good.html": ("page", "ok", 200),
    "/status/500": ("feed", "http_error", 500),
    "/status/502": ("page", "http_error", 502),
    "/status/404": ("feed", "http_error", 404),
    "/status/429": ("feed", "http_error", 429),
    "/retry-after/0": ("feed", "http_error", 503),
    "/flaky/1": ("feed", "ok", 200),
    "/slow/6": ("feed", "timeout", None),
    "/slow-body/6": ("feed", "timeout", None),
    "/truncated.xml": ("feed", "ok", 200),
    "/short-body": ("feed", "network_error", None),
    "/huge/60": ("page", "too_large", 200),
    "/huge-declared/60": ("page", "too_large", 200),
    "/gzip-bomb": ("page", "too_large", 200),
    "/billion-laughs.xml": ("feed", "ok", 200),
    "/xxe.xml": ("feed", "ok", 200),
    "/redirect/loop-a": ("feed", "too_many_redirects", 302),
    "/redirect/chain/3": ("feed", "ok", 200),
    "/redirect/chain/9": ("feed", "too_many_redirects", 301),
    "/html-not-feed": ("feed", "ok", 200),
    "/empty": ("feed", "ok", 200),
    "/garbage": ("feed", "ok", 200),
    "/image.png": ("feed", "bad_content_type", 200),
    "/reset": ("feed", "network_error", None),
    "/page/cp1251.html": ("page", "ok", 200),
    "/page/mislabeled.html": ("page", "ok", 200),
}


@pytest.fixture(scope="module")
def batch(server):
    """All faults in one concurrent batch per kind, as the flow would run them."""
    results = {}
    for kind in ("feed", "page"):
        paths = [p for p, (k, _, _) in FETCH_CASES.items() if k == kind]
        for path, result in zip(paths, fetch([server.url(p) for p in paths], kind=kind)):
            results[path] = result
    return results


@pytest.mark.parametrize("path", list(FETCH_CASES))
def test_fault_becomes_the_right_fetch_status(batch, path):
    _, status, http_status = FETCH_CASES[path]
    result = batch[path]
    assert result.status == status, (path, result.status, result.error)
    assert result.http_status == http_status
    if status == "ok":
        assert result.error is None and result.body is not None
    else:
        assert result.error and result.body is None


def test_retries_hit_the_server_again(batch, server):
    assert server.hits("/status/500") == 2  # retries=1
    assert server.hits("/status/404") == 1  # not retried
    assert server.hits("/flaky/1") == 2 and batch["/flaky/1"].attempts == 2


def test_redirect_chain_records_final_url(batch, server):
    assert batch["/redirect/chain/3"].final_url == server.url("/feed/good.xml")
    assert "loop" in batch["/redirect/loop-a"].error


def test_gzip_bomb_and_huge_body_are_cut_off(batch):
    assert "after decoding (gzip)" in batch["/gzip-bomb"].error, batch["/gzip-bomb"].error
    assert "Content-Length" in batch["/huge-declared/60"].error
    assert "exceeds" in batch["/huge/60"].error


# path -> (expected error substring or None, minimum items)
PARSE_CASES = {
    "/feed/good.xml": (None, 2),
    "/truncated.xml": (None, 1),
    "/billion-laughs.xml": ("entities", 0),
    "/xxe.xml": ("entities", 0),
    "/html-not-feed": ("not a feed", 0),
    "/empty": ("empty body", 0),
    "/garbage": ("not a feed", 0),
    "/flaky/1": (None, 2),
    "/redirect/chain/3": (None, 2),
}


@pytest.mark.parametrize("path", list(PARSE_CASES))
def test_fetched_feeds_parse_or_fail_with_a_reason(batch, path):
    error, min_items = PARSE_CASES[path]
    result = batch[path]
    feed = parse_feed(result.body, result.final_url, result.headers.get("content-type"))
    if error is None:
        assert feed.error is None and len(feed.items) >= min_items
    else:
        assert feed.items == [] and error in feed.error


def test_good_feed_items(batch, server):
    feed = parse_feed(batch["/feed/good.xml"].body, server.url("/feed/good.xml"))
    assert [i.url for i in feed.items] == ["http://127.0.0.1:9/news/1", server.url("/news/2")]
    assert feed.items[0].summary == "Officials said two drones hit."


def test_truncated_feed_warns(batch, server):
    feed = parse_feed(batch["/truncated.xml"].body, server.url("/truncated.xml"))
    assert len(feed.items) == 1 and feed.warning and "malformed" in feed.warning


@pytest.mark.parametrize("path, needle, lang", [
    ("/page/good.html", "shot down several drones", "en"),
    ("/page/cp1251.html", "силы ПВО ночью сбили", "ru"),
    ("/page/mislabeled.html", "促进航天技术", "zh"),
])
def test_fetched_pages_clean(batch, path, needle, lang):
    result = batch[path]
    page = clean_page(result.body, result.final_url, result.headers.get("content-type"))
    assert page.error is None and needle in page.text and page.lang == lang


def test_conditional_get_against_the_server(server):
    url = server.url("/etag.xml")
    (first,) = fetch([url], kind="feed")
    assert first.ok and first.etag == '"good-v1"'
    (second,) = fetch([url], kind="feed", validators={url: (first.etag, first.last_modified)})
    assert second.status == "not_modified" and second.body is None


def test_loopback_refused_when_private_networks_are_not_allowed(server):
    before = server.hits()
    strict = FetchSettings(**{**SETTINGS.__dict__, "allow_private_networks": False})
    results = fetch([server.url("/feed/good.xml"), server.url("/redirect/chain/2")], strict, kind="feed")
    assert [r.status for r in results] == ["blocked", "blocked"]
    assert server.hits() == before  # nothing was sent


def test_many_good_fetches_share_connections(server):
    urls = [server.url("/feed/good.xml")] * 30
    results = fetch(urls, kind="feed")
    assert all(r.ok for r in results)
