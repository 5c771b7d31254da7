"""parse_feed and canonical_url on small hand-made feeds (real feeds: test_feeds_corpus.py)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from flows.feeds import canonical_url, parse_date, parse_feed, plain_text

FEED_URL = "https://news.example/rss/world.xml"


def rss(items: str, decl: str = '<?xml version="1.0" encoding="utf-8"?>', extra: str = "") -> bytes:
    return (f'{decl}{extra}<rss version="2.0"><channel><title>World &amp; more</title>'
            f"<link>https://news.example/</link>{items}</channel></rss>").encode("utf-8")


def item(link="https://news.example/a/1", guid=None, title="T", desc="D", date="Tue, 01 Jul 2025 10:00:00 +0200"):
    g = "" if guid is None else f"<guid>{guid}</guid>"
    return f"<item><title>{title}</title><link>{link}</link>{g}<description>{desc}</description><pubDate>{date}</pubDate></item>"


def test_basic_rss():
    feed = parse_feed(rss(item(guid="g1") + item(link="https://news.example/a/2", guid="g2")), FEED_URL)
    assert feed.error is None and feed.warning is None
    assert feed.title == "World & more" and feed.format == "rss20"
    assert [i.url for i in feed.items] == ["https://news.example/a/1", "https://news.example/a/2"]
    first = feed.items[0]
    assert first.guid == "g1" and first.title == "T" and first.summary == "D"
    assert first.published_at == datetime(2025, 7, 1, 8, 0, tzinfo=timezone.utc)
    assert first.feed_url == FEED_URL


def test_html_in_title_and_summary_becomes_plain_text():
    desc = "&lt;p&gt;Strikes &lt;b&gt;hit&lt;/b&gt; the port &amp;amp; depot.&lt;/p&gt;&lt;img src='x.png'&gt;"
    feed = parse_feed(rss(item(title="A &lt;i&gt;bold&lt;/i&gt; move", desc=desc)), FEED_URL)
    (it,) = feed.items
    assert it.title == "A bold move"
    assert it.summary == "Strikes hit the port & depot."


def test_empty_guid_is_none_and_duplicates_are_dropped():
    items = (item(guid="") + item(guid="same", link="https://news.example/b")
             + item(guid="same", link="https://news.example/c")
             + item(guid="other", link="https://news.example/b?utm_source=rss"))
    feed = parse_feed(rss(items), FEED_URL)
    assert [(i.guid, i.url) for i in feed.items] == [(None, "https://news.example/a/1"), ("same", "https://news.example/b")]
    assert feed.skipped == 2 and "duplicate" in feed.warning


def test_relative_links_are_absolutised_against_the_feed_url():
    feed = parse_feed(rss(item(link="/world/2025/07/01/story.html#top")), FEED_URL)
    assert feed.items[0].url == "https://news.example/world/2025/07/01/story.html"


def test_atom_with_xml_base():
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://agency.example/en/">
 <title>Agency</title><id>urn:x</id><updated>2025-07-01T00:00:00Z</updated>
 <entry><title>One</title><id>urn:1</id><link href="news/1"/><updated>2025-07-01T12:30:00+03:00</updated>
 <summary type="html">&lt;p&gt;Hello&lt;/p&gt;</summary></entry>
</feed>"""
    feed = parse_feed(atom, "https://agency.example/feed.atom")
    (it,) = feed.items
    assert it.url == "https://agency.example/en/news/1"
    assert it.guid == "urn:1" and it.summary == "Hello"
    assert it.published_at == datetime(2025, 7, 1, 9, 30, tzinfo=timezone.utc)


def test_items_without_any_link_are_skipped_with_a_warning():
    feed = parse_feed(rss("<item><title>no link</title></item>" + item()), FEED_URL)
    assert len(feed.items) == 1 and "without a usable link" in feed.warning


def test_html_instead_of_feed():
    page = b"<!DOCTYPE html><html><head><title>Not found</title></head><body><p>Oops</p></body></html>"
    feed = parse_feed(page, FEED_URL, "text/html")
    assert feed.items == [] and feed.error.startswith("not a feed")


@pytest.mark.parametrize("body", [b"", b"   \n", b"\x00\x01\x02garbage\xff\xfe", b"{\"json\": true}", b"plain words"])
def test_nothing_usable_is_an_error_not_an_exception(body):
    feed = parse_feed(body, FEED_URL)
    assert feed.items == [] and feed.error


def test_truncated_feed_keeps_items_read_with_a_warning():
    body = rss(item(guid="1") + item(guid="2", link="https://news.example/2"))
    cut = body[: body.index(b"<item>", 50) + 300]  # inside the second item
    feed = parse_feed(cut, FEED_URL)
    assert feed.error is None and len(feed.items) >= 1 and "malformed" in feed.warning


def test_truncated_before_any_item_is_an_error():
    feed = parse_feed(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>', FEED_URL)
    assert feed.items == [] and feed.error


def test_billion_laughs_is_refused_before_parsing():
    lol = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title></channel></rss>"""
    feed = parse_feed(lol, FEED_URL)
    assert feed.items == [] and "entities" in feed.error


def test_external_entity_is_refused():
    xxe = b"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title>""" + item().encode() + b"</channel></rss>"
    feed = parse_feed(xxe, FEED_URL)
    assert feed.items == [] and "entities" in feed.error


def test_plain_doctype_still_parses():
    body = rss(item(), extra='<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
                             '"http://my.netscape.com/publish/formats/rss-0.91.dtd">')
    feed = parse_feed(body, FEED_URL)
    assert feed.error is None and len(feed.items) == 1


def test_encodings_declared_http_and_wrong():
    text = "Удары по Харькову"
    cp1251 = rss(item(title=text), decl='<?xml version="1.0" encoding="windows-1251"?>').decode().encode("cp1251")
    assert parse_feed(cp1251, FEED_URL).items[0].title == text
    # no declaration, HTTP says cp1251
    bare = rss(item(title=text), decl="").decode().encode("cp1251")
    feed = parse_feed(bare, FEED_URL, "application/rss+xml; charset=windows-1251")
    assert feed.items[0].title == text and feed.encoding == "cp1251"
    # declares utf-16, is UTF-8
    lying = rss(item(title=text), decl='<?xml version="1.0" encoding="utf-16"?>')
    feed = parse_feed(lying, FEED_URL)
    assert feed.items[0].title == text and "UTF-16" in feed.warning
    # real UTF-16 with a BOM
    utf16 = rss(item(title=text), decl='<?xml version="1.0" encoding="utf-16"?>').decode().encode("utf-16")
    assert parse_feed(utf16, FEED_URL).items[0].title == text


def test_latin1_without_declaration():
    body = rss(item(title="Ataque à base aérea"), decl="").decode().encode("latin-1")
    assert parse_feed(body, FEED_URL).items[0].title == "Ataque à base aérea"


@pytest.mark.parametrize("raw, expected", [
    ("Seg, 24 Set 2018 19:42:40 -0300", datetime(2018, 9, 24, 22, 42, 40, tzinfo=timezone.utc)),
    ("mer, 16 nov 2022 10:00:00 +0100", datetime(2022, 11, 16, 9, 0, tzinfo=timezone.utc)),
    ("Mon, 26 Sept 2005 21:46:23+0900", datetime(2005, 9, 26, 12, 46, 23, tzinfo=timezone.utc)),
    ("2025-07-01 12:00", datetime(2025, 7, 1, 12, 0, tzinfo=timezone.utc)),
    ("not a date", None),
    ("", None),
])
def test_parse_date_fallback(raw, expected):
    assert parse_date(raw) == expected


def test_portuguese_dates_in_a_feed():
    feed = parse_feed(rss(item(date="Seg, 24 Set 2018 19:42:40 -0300")), FEED_URL)
    assert feed.items[0].published_at == datetime(2018, 9, 24, 22, 42, 40, tzinfo=timezone.utc)


@pytest.mark.parametrize("url, expected", [
    ("HTTPS://News.Example.COM:443/a/b?utm_source=x&b=2&a=1&fbclid=z#frag", "https://news.example.com/a/b?a=1&b=2"),
    ("http://news.example:80/a", "http://news.example/a"),
    ("http://news.example:8080/a", "http://news.example:8080/a"),
    ("https://news.example", "https://news.example/"),
    ("https://news.example/a%7Eb/c d", "https://news.example/a~b/c%20d"),
    ("https://news.example/story?id=123&gclid=abc&utm_medium=rss", "https://news.example/story?id=123"),
    ("https://user:pw@news.example/a", "https://news.example/a"),
    ("  https://news.example/a\n", "https://news.example/a"),
    ("https://news.example/a?q=", "https://news.example/a?q="),
])
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_canonical_url_is_idempotent_and_resolves_relative():
    u = canonical_url("../b/c?z=1&a=2", base="https://News.example/x/y/feed.xml")
    assert u == "https://news.example/x/b/c?a=2&z=1"
    assert canonical_url(u) == u


def test_plain_text():
    assert plain_text("<p>a&nbsp;b</p>\n<br/>c") == "a b c"
    assert plain_text("   ") is None and plain_text(None) is None


LAUGHS = ('<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          + "".join(f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(3, 10)))


@pytest.mark.parametrize("prolog", [
    # issue 12: a decoy DOCTYPE in a comment before the real one
    '<!-- <!DOCTYPE x> --><!DOCTYPE rss [' + LAUGHS + ']>',
    # a "]>" inside a comment in the internal subset
    '<!DOCTYPE rss [<!-- ]> -->' + LAUGHS + ']>',
    # the DOCTYPE after 200 KB of padding
    '<!--' + "x" * 210_000 + '--><!DOCTYPE rss [' + LAUGHS + ']>',
    # lower-case and parameter entities
    '<!DOCTYPE rss [<!ENTITY % p "x"> ' + LAUGHS + ']>',
], ids=["decoy-comment", "bracket-in-comment", "after-padding", "parameter-entity"])
def test_entity_declarations_are_refused_wherever_they_are(prolog):
    import tracemalloc

    body = ('<?xml version="1.0"?>' + prolog + '<rss version="2.0"><channel><title>&lol9;</title>'
            + item() + "</channel></rss>").encode()
    tracemalloc.start()
    try:
        feed = parse_feed(body, FEED_URL)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert feed.items == [] and "entities" in feed.error
    assert peak < 5_000_000 + 4 * len(body)   # the body's own copies, nothing expanded


def test_entity_text_inside_cdata_is_just_text():
    body = rss(item(desc="<![CDATA[How XML bombs work: <!ENTITY lol \"lol\"> and friends]]>"))
    feed = parse_feed(body, FEED_URL)
    assert feed.error is None and len(feed.items) == 1
