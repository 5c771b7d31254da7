"""load_batch and friends against real DuckDB files: types, idempotence, resumability.

`synthetic_batch` is also imported by the other warehouse tests (and by the subprocess
that the kill test SIGKILLs), so it stays free of pytest.
"""
from __future__ import annotations

import zlib
from datetime import date, datetime, timedelta, timezone

import pytest

from warehouse import db, keys, load
from warehouse.pages import PageStore

V1 = "1.0.0+aaaaaaaaaaaa"
V2 = "1.1.0+bbbbbbbbbbbb"
T0 = datetime(2015, 10, 12, 9, 30, tzinfo=timezone.utc)


def synthetic_article(n: int, *, day: date | None = None) -> dict:
    url = f"https://wire.example/{n:07d}"
    published = datetime.combine(day, datetime.min.time(), timezone.utc) if day else T0 + timedelta(hours=n % 48)
    text = f"Article {n}. Russian aircraft flew {n % 60} sorties over Hama and Idlib."
    return {"article_id": keys.article_id(url), "url": url, "feed_url": "https://wire.example/rss",
            "agency": "AFP", "guid": f"g{n}", "title": f"Title {n}", "summary": f"Summary {n}",
            "published_at": published, "fetched_at": T0 + timedelta(days=2), "lang": "en",
            "text": text, "text_found": True, "content_hash": keys.content_hash(text),
            "http_status": 200, "raw_html": zlib.compress(f"<p>{text}</p>".encode(), 6),
            "clean_error": None}


def synthetic_event(article_id: str, version: str, ordinal: int, *, sorties: int = 10,
                    actor: str = "RUS") -> dict:
    return {"article_id": article_id, "extractor_version": version, "ordinal": ordinal,
            "actor": actor, "target_group": None, "claimant": actor, "operation": "airstrike",
            "event_date": "2015-10-12", "period_start": "2015-10-11", "cumulative": False,
            "sorties": sorties, "strikes": None, "targets": 3, "killed": None,
            "platforms": ["Su-34", "Su-24M"], "country": "SY", "admin1": ["SY-HM", "SY-ID"],
            "locations": [{"name": "Mastouma", "admin1": "SY-ID", "lat": 35.75, "lon": 36.6},
                          {"name": "Unknown", "admin1": None, "lat": None, "lon": None}],
            "targets_hit": [{"type": "command_post", "count": 2, "location": "Mastouma"}],
            "evidence": [[0, 12], [14, 60]], "spans": {"sorties": [30, 40]}, "confidence": 0.875,
            "evidence_text": "Russian aircraft flew …",
            "extracted_at": T0 + timedelta(days=3)}


def synthetic_batch(start: int, n_articles: int, *, version: str = V1, events_per_article: int = 2,
                    run_id: str = "test-run", day: date | None = None) -> dict:
    """Keyword arguments for load_batch: n articles, their extractions, events and log rows.
    Every third article yields no event (its extraction row says n_events 0)."""
    articles, extractions, events, log = [], [], [], []
    for n in range(start, start + n_articles):
        a = synthetic_article(n, day=day)
        k = 0 if n % 3 == 2 else events_per_article
        articles.append(a)
        extractions.append({"article_id": a["article_id"], "extractor_version": version,
                            "n_events": k, "extracted_at": T0 + timedelta(days=3)})
        events += [synthetic_event(a["article_id"], version, i, sorties=n % 60 + i) for i in range(k)]
        log.append({"url": a["url"], "feed_url": a["feed_url"], "kind": "page", "stage": "fetch",
                    "status": "ok", "http_status": 200, "bytes": 1000 + n, "ms": 12.5, "error": None})
    return {"articles": articles, "extractions": extractions, "events": events, "fetch_log": log,
            "run_id": run_id}


TABLES = {"articles": ("article_id",), "extractions": ("article_id", "extractor_version"),
          "events": ("article_id", "extractor_version", "ordinal"), "feeds": ("url",),
          "fetch_log": ("run_id", "url", "kind", "stage")}


def table_hash(con, table: str) -> str:
    """An order-free fingerprint of a table's whole contents."""
    return con.execute(f"SELECT count(*) || ':' || coalesce(bit_xor(hash(t)), 0) FROM {table} t").fetchone()[0]


def fingerprint(con) -> dict[str, str]:
    return {t: table_hash(con, t) for t in TABLES}


@pytest.fixture
def con(tmp_path):
    c = db.connect(tmp_path / "w.duckdb")
    yield c
    c.close()


def test_load_twice_changes_nothing(con):
    run_id = load.start_run(con, "test", {}, V1)
    batch = synthetic_batch(0, 30, run_id=run_id)
    first = load.load_batch(con, **batch)
    assert first.articles_new == 30 and first.events == 40 and first.extractions == 30
    before = fingerprint(con)
    second = load.load_batch(con, **batch)
    assert second.articles_new == 0
    assert fingerprint(con) == before
    for table, key in TABLES.items():
        total, distinct = con.execute(
            f"SELECT count(*), count(DISTINCT ({', '.join(key)})) FROM {table}").fetchone()
        assert total == distinct, table


def test_types_round_trip(con):
    batch = synthetic_batch(0, 1, run_id="r1")
    load.load_batch(con, **batch)
    row = con.execute("SELECT event_date, period_start, platforms, admin1, locations, targets_hit, "
                      "evidence, spans->>'$.sorties', confidence FROM events WHERE ordinal = 1").fetchone()
    assert row[0] == date(2015, 10, 12) and row[1] == date(2015, 10, 11)
    assert row[2] == ["Su-34", "Su-24M"] and row[3] == ["SY-HM", "SY-ID"]
    assert row[4][0] == {"name": "Mastouma", "admin1": "SY-ID", "lat": 35.75, "lon": 36.6}
    assert row[4][1]["lat"] is None
    assert row[5] == [{"type": "command_post", "count": 2, "location": "Mastouma"}]
    assert row[6] == [[0, 12], [14, 60]]
    assert row[7] == "[30,40]"
    assert row[8] == pytest.approx(0.875)
    types = dict(con.execute("SELECT column_name, data_type FROM duckdb_columns() "
                             "WHERE table_name = 'events'").fetchall())
    assert types["locations"].startswith("STRUCT(") and types["locations"].endswith("[]")
    assert types["evidence"] == "INTEGER[][]"
    art = con.execute("SELECT published_at, raw_encoding, raw_html, article_id FROM articles").fetchone()
    assert art[0] == T0 + timedelta(hours=0)
    assert art[1] == "zlib" and art[2] is None   # the page is in the page store beside the file
    with PageStore.of(con) as store:
        encoding, body = store.get([art[3]])[art[3]]
    assert encoding == "zlib" and load.decompress_html(body, encoding).startswith(b"<p>Article 0")


def test_article_rows_are_never_rewritten_by_a_later_load(con):
    batch = synthetic_batch(0, 1)
    load.load_batch(con, **batch)
    changed = dict(batch["articles"][0], title="A different title")
    counts = load.load_batch(con, articles=[changed], extractions=[], events=[], fetch_log=[], run_id=None)
    assert counts.articles_new == 0
    assert con.execute("SELECT title FROM articles").fetchone()[0] == "Title 0"


def test_wrong_article_id_is_refused(con):
    art = dict(synthetic_article(1), article_id="0" * 16)
    with pytest.raises(ValueError, match="keys.article_id"):
        load.load_batch(con, articles=[art], extractions=[], events=[], fetch_log=[], run_id=None)


def test_reextraction_of_the_same_version_replaces_its_events(con):
    load.load_batch(con, **synthetic_batch(0, 3))
    aid = keys.article_id("https://wire.example/0000000")
    # The same version read the article again and now finds one event, not two.
    load.load_batch(con, articles=[], run_id=None, fetch_log=[],
                    extractions=[{"article_id": aid, "extractor_version": V1, "n_events": 1,
                                  "extracted_at": datetime.now(timezone.utc)}],
                    events=[synthetic_event(aid, V1, 0, sorties=99)])
    rows = con.execute("SELECT ordinal, sorties FROM events WHERE article_id = ?", [aid]).fetchall()
    assert rows == [(0, 99)]
    n, at = con.execute("SELECT n_events, extracted_at FROM extractions WHERE article_id = ?", [aid]).fetchone()
    assert n == 1 and at == T0 + timedelta(days=3)  # the first extraction time is kept


def test_events_without_an_extraction_row_get_one(con):
    aid = keys.article_id("https://wire.example/x")
    load.load_batch(con, articles=[], extractions=[], fetch_log=[], run_id=None,
                    events=[synthetic_event(aid, V1, 0), synthetic_event(aid, V1, 1)])
    assert con.execute("SELECT n_events FROM extractions").fetchall() == [(2,)]


def test_a_failing_batch_leaves_nothing(con):
    batch = synthetic_batch(0, 5)
    batch["fetch_log"][-1]["kind"] = "not-a-kind"   # violates the CHECK at the very end
    with pytest.raises(Exception):
        load.load_batch(con, **batch)
    assert all(table_hash(con, t).startswith("0:") for t in TABLES)


def test_known_article_urls(con):
    load.load_batch(con, **synthetic_batch(0, 10))
    urls = [f"https://wire.example/{n:07d}" for n in range(5, 15)]
    assert load.known_article_urls(con, urls) == set(urls[:5])
    assert load.known_article_urls(con, []) == set()


def test_articles_for_reextract_is_resumable(con):
    day = date(2015, 10, 12)
    load.load_batch(con, **synthetic_batch(0, 10, day=day))
    load.load_batch(con, **synthetic_batch(10, 4, day=day + timedelta(days=1)))
    assert load.articles_for_reextract(con, day, day, V1, limit=100) == []
    seen = []
    while rows := load.articles_for_reextract(con, day, day, V2, limit=4):
        assert all(r["raw_html"] is None and r["text"] for r in rows)  # html only when no text
        seen += [r["url"] for r in rows]
        load.load_batch(con, articles=[], events=[], fetch_log=[], run_id=None,
                        extractions=[{"article_id": r["article_id"], "extractor_version": V2,
                                      "n_events": 0, "extracted_at": datetime.now(timezone.utc)}
                                     for r in rows])
    assert len(seen) == len(set(seen)) == 10
    assert len(load.articles_for_reextract(con, "2015-10-12", "2015-10-13", V2)) == 4


def test_articles_without_text_come_with_their_html(con):
    art = dict(synthetic_article(1), text=None, text_found=False, content_hash=None)
    load.load_batch(con, articles=[art], extractions=[], events=[], fetch_log=[], run_id=None)
    (row,) = load.articles_for_reextract(con, T0.date(), T0.date(), V1)
    assert load.decompress_html(row["raw_html"], row["raw_encoding"]).startswith(b"<p>Article 1")


def test_missing_html_and_refetch(con):
    art = dict(synthetic_article(1), raw_html=None, text=None, text_found=False, content_hash=None)
    load.load_batch(con, articles=[art], extractions=[], events=[], fetch_log=[], run_id=None)
    (missing,) = load.articles_missing_html(con, T0.date(), T0.date())
    assert missing == {"article_id": art["article_id"], "url": art["url"]}
    load.store_refetched(con, [{"article_id": art["article_id"], "raw_html": zlib.compress(b"<p>x</p>"),
                                "text": "x text", "text_found": True, "http_status": 200,
                                "fetched_at": datetime.now(timezone.utc)}])
    assert load.articles_missing_html(con, T0.date(), T0.date()) == []
    assert con.execute("SELECT text, text_found, content_hash IS NOT NULL FROM articles").fetchone() == \
        ("x text", True, True)


def test_feeds_and_validators(con):
    load.upsert_feeds(con, [{"url": "https://f/rss", "name": "F", "agency": "AFP", "lang": "fr"}])
    load.update_feed_state(con, "https://f/rss", etag='"e1"', last_modified="Mon", status="ok",
                           fetched_at=T0)
    assert load.feed_validators(con) == {"https://f/rss": ('"e1"', "Mon")}
    load.update_feed_state(con, "https://f/rss", etag=None, last_modified=None, status="not_modified",
                           fetched_at=T0)
    assert load.feed_validators(con) == {"https://f/rss": ('"e1"', "Mon")}
    load.upsert_feeds(con, [{"url": "https://f/rss", "name": "F2", "agency": "AFP", "lang": "fr"}])
    assert con.execute("SELECT name, etag, first_seen IS NOT NULL FROM feeds").fetchone() == ("F2", '"e1"', True)
    load.update_feed_state(con, "https://f/rss", etag=None, last_modified=None, status="parse_error",
                           fetched_at=T0)
    assert load.feed_validators(con) == {}


def test_runs_start_finish_and_interrupted(con):
    first = load.start_run(con, "daily-ingest", {"run_date": "2015-10-12"}, V1)
    second = load.start_run(con, "daily-ingest", {}, V1)   # the first one's process "died"
    load.finish_run(con, second, {"articles_new": 3, "events_new": 4, "not_a_column": 1},
                    "completed_with_errors", "1× page timeout")
    rows = dict((r[0], r[1:]) for r in con.execute(
        "SELECT run_id, status, articles_new, events_new, error_summary, finished_at IS NOT NULL, "
        "params->>'$.run_date' FROM runs").fetchall())
    assert rows[first][0] == "interrupted" and rows[first][4] is False
    assert rows[first][5] == "2015-10-12"
    assert rows[second] == ("completed_with_errors", 3, 4, "1× page timeout", True, None)


def test_fetch_log_gets_run_id_and_time(con):
    run_id = load.start_run(con, "t", {}, V1)
    load.load_batch(con, **synthetic_batch(0, 2, run_id=run_id))
    assert con.execute('SELECT count(*) FROM fetch_log WHERE run_id = ? AND "at" IS NOT NULL',
                       [run_id]).fetchone()[0] == 2


def test_n_events_is_counted_from_the_batch(con):
    aid = keys.article_id("https://wire.example/y")
    load.load_batch(con, articles=[], fetch_log=[], run_id=None,
                    extractions=[{"article_id": aid, "extractor_version": V1, "n_events": 7,
                                  "extracted_at": T0}],
                    events=[synthetic_event(aid, V1, 0)])
    assert con.execute("SELECT n_events FROM extractions").fetchall() == [(1,)]


def test_undated_articles_count_on_their_fetch_day(con):
    art = dict(synthetic_article(1), published_at=None)
    load.load_batch(con, articles=[art], extractions=[], events=[], fetch_log=[], run_id=None)
    fetched = art["fetched_at"].date()
    assert [r["url"] for r in load.articles_for_reextract(con, fetched, fetched, V1)] == [art["url"]]
    assert load.articles_for_reextract(con, T0.date(), T0.date(), V1) == []
