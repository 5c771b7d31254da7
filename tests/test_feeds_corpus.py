"""Every real feed in ../shared/corpus/web/feeds parses, or fails for a recorded reason,
and decodes to readable text. Skipped where the shared corpus is absent."""
from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

import pytest

from flows.feeds import parse_feed

# Feeds that must fail, and why (substring of ParsedFeed.error).
EXPECTED_FAILURES = {
    "reuters_mostread_truncated.rss.xml": "no items read",
}
# Text that must appear in some item title once decoded (proves the encoding was right).
MUST_READ = {
    "acnnewswire_euckr.rss.xml": "계약",
    "aif_health_cp1251.rss.xml": "новогоднюю",
    "aviaport_cp1251.rss.xml": "авиакатастрофе",
    "hirtv_iso8859-2.rss.xml": "megszüntetése",
    "jn_pt_iso8859-1.rss.xml": "Mãe",
    "newsru_ibm866.rss.xml": "психически",
    "oren_ru_cp1251.rss.xml": "Бузулуке",
    "pravda_com_ua_cp1251.rss.xml": "сердца",
    "uol_noticias.rss.xml": "simulações",
    "tjrs_rss091_iso8859-1.rss.xml": "Comitê",
    "defect_eliotjones_declared-utf16.rss.xml": "parse a PDF",
}
MOJIBAKE = re.compile(r"Ã[\x80-\xbf©¡¢£¤¥¦§¨ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿]|Ð[\x80-\xbf°±²³´µ¶·¸¹º»¼½¾¿]|â€")


@functools.lru_cache(maxsize=None)
def _parsed(path: Path, url: str):
    return parse_feed(path.read_bytes(), url)


def _feeds_dir(shared_dir: Path) -> Path:
    d = shared_dir / "corpus" / "web" / "feeds"
    if not d.is_dir():
        pytest.skip("corpus/web/feeds absent")
    return d


def _manifest(shared_dir: Path) -> dict[str, dict[str, str]]:
    path = shared_dir / "corpus" / "web" / "MANIFEST.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["file"].split("/")[-1]: row for row in csv.DictReader(fh, delimiter="\t")}


def test_every_corpus_feed_parses_or_fails_for_a_recorded_reason(shared_dir):
    feeds_dir = _feeds_dir(shared_dir)
    manifest = _manifest(shared_dir)
    seen = 0
    for path in sorted(feeds_dir.iterdir()):
        seen += 1
        url = manifest.get(path.name, {}).get("original_url") or f"https://feeds.example/{path.name}"
        feed = _parsed(path, url)
        if path.name in EXPECTED_FAILURES:
            assert feed.items == [] and EXPECTED_FAILURES[path.name] in (feed.error or ""), (path.name, feed.error)
            continue
        assert feed.error is None, (path.name, feed.error)
        assert feed.items, path.name
        for it in feed.items:
            assert it.url.startswith(("http://", "https://")), (path.name, it.url)
            assert it.published_at is None or it.published_at.utcoffset().total_seconds() == 0
            for text in (it.title or "", it.summary or ""):
                assert not MOJIBAKE.search(text), (path.name, text[:120])
                assert "<" not in text or ">" not in text or not re.search(r"<[a-z/][^>]*>", text), (path.name, text[:120])
        urls = [it.url for it in feed.items]
        assert len(urls) == len(set(urls)), path.name
        guids = [it.guid for it in feed.items if it.guid]
        assert len(guids) == len(set(guids)), path.name
    assert seen >= 10


@pytest.mark.parametrize("name, needle", sorted(MUST_READ.items()))
def test_legacy_and_mislabelled_encodings_read_correctly(shared_dir, name, needle):
    path = _feeds_dir(shared_dir) / name
    if not path.exists():
        pytest.skip(f"{name} absent")
    feed = parse_feed(path.read_bytes(), f"https://feeds.example/{name}")
    titles = " ".join(it.title or "" for it in feed.items)
    assert needle in titles, (feed.encoding, titles[:200])


def test_item_counts_match_the_manifest(shared_dir):
    """The manifest says how many items each feed has; we lose none but duplicates."""
    feeds_dir = _feeds_dir(shared_dir)
    checked = 0
    for name, row in _manifest(shared_dir).items():
        m = re.search(r"\| (\d+) items", row.get("defects_and_notes", ""))
        path = feeds_dir / name
        if not m or not path.exists() or name in EXPECTED_FAILURES:
            continue
        feed = _parsed(path, row.get("original_url") or f"https://feeds.example/{name}")
        assert len(feed.items) + feed.skipped == int(m.group(1)), (name, len(feed.items), feed.skipped, feed.warning)
        checked += 1
    assert checked >= 10


@pytest.mark.parametrize("name", ["uol_noticias.rss.xml", "acnnewswire_euckr.rss.xml", "ilmessaggero_mondo.rss.xml"])
def test_odd_dates_are_read(shared_dir, name):
    path = _feeds_dir(shared_dir) / name
    if not path.exists():
        pytest.skip(f"{name} absent")
    feed = parse_feed(path.read_bytes(), f"https://feeds.example/{name}")
    assert feed.items and all(it.published_at is not None for it in feed.items)


def test_relative_links_resolve_against_the_feed_url(shared_dir):
    path = _feeds_dir(shared_dir) / "tpm_all.atom.xml"
    if not path.exists():
        pytest.skip("tpm feed absent")
    feed = parse_feed(path.read_bytes(), "http://talkingpointsmemo.com/feed/all")
    assert all(it.url.startswith("http://talkingpointsmemo.com/") for it in feed.items)


def test_empty_guids_are_none(shared_dir):
    path = _feeds_dir(shared_dir) / "bostoncom_world.rss.xml"
    if not path.exists():
        pytest.skip("boston feed absent")
    feed = parse_feed(path.read_bytes(), "https://www.boston.com/tag/world-news/feed/")
    assert sum(1 for it in feed.items if it.guid is None) == 6
