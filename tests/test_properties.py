"""Property tests: no input makes the parsers raise, and memory stays bounded."""
from __future__ import annotations

import tracemalloc

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.clean import clean_page
from flows.feeds import canonical_url, decode_xml, parse_date, parse_feed

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Fragments that steer random bytes towards the parsers' interesting paths.
XML_BITS = [
    b'<?xml version="1.0" encoding="utf-8"?>', b'<?xml version="1.0" encoding="utf-16"?>',
    b'<?xml version="1.0" encoding="windows-1251"?>', b'<?xml encoding="bogus-9"?>',
    b"<rss version=\"2.0\">", b"<channel>", b"<item>", b"</item>", b"<title>", b"</title>",
    b"<link>", b"</link>", b"<guid>", b"</guid>", b"<pubDate>", b"</pubDate>", b"<![CDATA[",
    b"]]>", b"<!DOCTYPE rss [", b"<!ENTITY a \"aaaa\">", b"]>", b"&a;", b"&amp;", b"&#0;",
    b"\xef\xbb\xbf", b"\xff\xfe", b"<feed xmlns=\"http://www.w3.org/2005/Atom\">", b"<entry>",
    b"<link href=\"../x\"/>", b"http://", b"javascript:", b"\x00", b"\xc3\x28", b"<html>", b"<body>",
]
HTML_BITS = [
    b"<html>", b"<head>", b'<meta charset="gb2312">', b'<meta charset="x-nope">', b"<body>",
    b"<article>", b"<p>", b"</p>", b"<script>", b"</script>", b"<table>", b"<td>", b"<!--", b"-->",
    "Удар по складу. ".encode("cp1251"), "Frappe sur le dépôt. ".encode("utf-8"), b"\x00", b"\xff\xfe",
]


def structured(bits):
    return st.lists(st.one_of(st.sampled_from(bits), st.binary(max_size=40)), max_size=40).map(b"".join)


@FAST
@given(body=st.one_of(st.binary(max_size=2000), structured(XML_BITS)),
       content_type=st.one_of(st.none(), st.sampled_from(["text/xml; charset=utf-16", "text/html", "application/rss+xml; charset=bogus"])))
def test_parse_feed_never_raises(body, content_type):
    feed = parse_feed(body, "https://feeds.example/rss", content_type)
    assert (feed.error is None) == bool(feed.items) or feed.items == []
    for it in feed.items:
        assert it.url.startswith(("http://", "https://"))


@FAST
@given(body=st.one_of(st.binary(max_size=2000), structured(HTML_BITS)))
def test_clean_page_never_raises(body):
    page = clean_page(body, "https://pages.example/a")
    assert (page.text is None) == (page.error is not None)


@FAST
@given(data=st.binary(max_size=3000), content_type=st.one_of(st.none(), st.text(max_size=40)))
def test_decode_never_raises(data, content_type):
    text, encoding, notes = decode_xml(data, content_type)
    assert isinstance(text, str) and encoding


@FAST
@given(url=st.text(max_size=80), base=st.one_of(st.none(), st.just("https://News.example/a/b.xml")))
def test_canonical_url_never_raises_and_is_idempotent_on_http(url, base):
    once = canonical_url(url, base)
    if once.startswith(("http://", "https://")):
        assert canonical_url(once) == once


@FAST
@given(value=st.one_of(st.none(), st.text(max_size=60)))
def test_parse_date_never_raises(value):
    result = parse_date(value)
    assert result is None or result.tzinfo is not None


def _peak_bytes(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_bounded_for_hostile_feeds():
    """Entity bombs are refused before expansion; a big flat feed costs a few times its size."""
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "' + b"a" * 1000 + b'">'
            + b"".join(b'<!ENTITY a%d "%s">' % (i, (b"&a%d;" % (i - 1) if i else b"&a;") * 10) for i in range(8))
            + b']><rss version="2.0"><channel><title>&a7;</title></channel></rss>')
    assert _peak_bytes(lambda: parse_feed(bomb, "https://feeds.example/")) < 5_000_000
    item = (b"<item><title>Strike</title><link>https://news.example/%d</link><description>"
            + b"x" * 500 + b"</description></item>")
    big = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>' + b"".join(
        item.replace(b"%d", str(i).encode()) for i in range(300)) + b"</channel></rss>"
    peak = _peak_bytes(lambda: parse_feed(big, "https://feeds.example/"))
    assert peak < 40 * len(big), (peak, len(big))


@settings(max_examples=15, deadline=None)
@given(body=structured(XML_BITS + HTML_BITS))
def test_memory_bounded_for_random_input(body):
    assert _peak_bytes(lambda: parse_feed(body, "https://feeds.example/")) < 20_000_000
    assert _peak_bytes(lambda: clean_page(body, "https://pages.example/")) < 40_000_000
