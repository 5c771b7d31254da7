"""Loading into the warehouse: every load goes through Arrow, one transaction per batch.

Rows arrive as plain dicts or as the flows' typed rows (`flows.rows.ArticleRow`,
`FetchLogRow`: frozen dataclasses with the column names, picklable, from worker
processes). `_table` turns a batch of them into pyarrow columns with an explicit schema
(so dates, timestamps, lists and structs have the warehouse's types); the tables are
registered on the connection and written with `INSERT … SELECT`. Never
`executemany` (500× slower, STACK.md) and never an UPDATE of a LIST column (DELETE +
INSERT instead).

Everything is keyed on natural ids, so loading a batch again changes nothing:
- articles are inserted when their URL is new and never rewritten (`store_refetched`
  is the one deliberate exception: it fills in a re-fetched page);
- extractions are upserted by (article_id, extractor_version), keeping the first
  `extracted_at`; events of those pairs are deleted and inserted again, so an article
  re-extracted by the same version replaces its events with identical rows;
- fetch_log rows are replaced by (run_id, url, kind, stage).
"""
from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.db import registered, transaction
from warehouse.keys import article_id as make_article_id
from warehouse.pages import PageStore, fill_pages
from warehouse.raw import RAW_ENCODING, compress_raw, decompress_html  # noqa: F401 (re-exported)


TS = pa.timestamp("us", tz="UTC")

FEED_SCHEMA = pa.schema([("url", pa.string()), ("name", pa.string()), ("agency", pa.string()),
                         ("lang", pa.string())])

ARTICLE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("url", pa.string()), ("feed_url", pa.string()),
    ("agency", pa.string()), ("guid", pa.string()), ("title", pa.string()),
    ("summary", pa.string()), ("published_at", TS), ("fetched_at", TS), ("lang", pa.string()),
    ("text", pa.string()), ("text_found", pa.bool_()), ("content_hash", pa.string()),
    ("http_status", pa.int32()), ("raw_html", pa.binary()), ("raw_encoding", pa.string()),
    ("clean_error", pa.string()),
])

EXTRACTION_SCHEMA = pa.schema([("article_id", pa.string()), ("extractor_version", pa.string()),
                               ("n_events", pa.int32()), ("extracted_at", TS)])

LOCATION = pa.struct([("name", pa.string()), ("admin1", pa.string()), ("lat", pa.float64()),
                      ("lon", pa.float64())])
TARGET_HIT = pa.struct([("type", pa.string()), ("count", pa.int32()), ("location", pa.string())])

EVENT_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("extractor_version", pa.string()), ("ordinal", pa.int32()),
    ("actor", pa.string()), ("target_group", pa.string()), ("claimant", pa.string()),
    ("operation", pa.string()), ("event_date", pa.date32()), ("period_start", pa.date32()),
    ("cumulative", pa.bool_()), ("sorties", pa.int32()), ("strikes", pa.int32()),
    ("targets", pa.int32()), ("killed", pa.int32()), ("platforms", pa.list_(pa.string())),
    ("country", pa.string()), ("admin1", pa.list_(pa.string())), ("locations", pa.list_(LOCATION)),
    ("targets_hit", pa.list_(TARGET_HIT)), ("evidence", pa.list_(pa.list_(pa.int32()))),
    ("spans", pa.string()), ("confidence", pa.float64()), ("evidence_text", pa.string()),
    ("extracted_at", TS),
])

FETCH_LOG_SCHEMA = pa.schema([
    ("run_id", pa.string()), ("url", pa.string()), ("feed_url", pa.string()), ("kind", pa.string()),
    ("stage", pa.string()), ("status", pa.string()), ("http_status", pa.int32()),
    ("bytes", pa.int64()), ("ms", pa.float64()), ("error", pa.string()), ("at", TS),
])

RUN_COUNT_COLUMNS = ("feeds_total", "feeds_ok", "feeds_failed", "feeds_not_modified", "items_seen",
                     "articles_new", "articles_failed", "articles_no_text", "events_new", "errors")


@dataclass
class LoadCounts:
    """What one load_batch call wrote (rows that were already there are not counted)."""

    articles_new: int = 0
    extractions: int = 0     # extraction rows written (new or replaced)
    events: int = 0          # event rows written (new or replaced)
    fetch_log: int = 0


# --------------------------------------------------------------------------- conversions

def _utc(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    elif isinstance(value, date) and not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is None:  # naive times are UTC throughout strikewire
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _json(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)


Row = Mapping[str, Any] | Any   # a dict, or a typed row (a dataclass with the column names)


def _fields(row: Row) -> Mapping[str, Any]:
    """A row's columns: a mapping as it is, a typed row's fields (read, never copied)."""
    return row if isinstance(row, Mapping) else vars(row)


def _table(rows: Iterable[Row], schema: pa.Schema, **computed) -> pa.Table:
    """Rows -> an Arrow table of `schema`, built column by column: the one place rows
    become Arrow. `computed` maps a column to a function of the row's fields that gives
    its value (a type normalised, a column the loader fills in); a column missing from a
    row is NULL."""
    fields = [_fields(r) for r in rows]
    columns = {}
    for name in schema.names:
        compute = computed.get(name)
        columns[name] = ([compute(f) for f in fields] if compute is not None
                         else [f.get(name) for f in fields])
    return pa.table(columns, schema=schema)


def _checked_article_id(a: Mapping[str, Any]) -> str:
    url = a["url"]
    aid = make_article_id(url)
    if a.get("article_id") not in (None, aid):
        raise ValueError(f"article {url}: article_id {a['article_id']} is not keys.article_id(url) {aid}")
    return aid


def article_table(articles: Iterable[Row], *, pages_apart: bool = False) -> pa.Table:
    """Article rows -> Arrow; the article_id is derived from the URL (and checked if given).
    pages_apart: the pages go to the page store (`warehouse.pages`), raw_html stays NULL."""
    extra = {"raw_html": lambda a: None} if pages_apart else {}
    return _table(articles, ARTICLE_SCHEMA, article_id=_checked_article_id, **extra,
                  published_at=lambda a: _utc(a.get("published_at")),
                  fetched_at=lambda a: _utc(a.get("fetched_at")),
                  text_found=lambda a: bool(a.get("text_found")),
                  raw_encoding=lambda a: a.get("raw_encoding") or (
                      RAW_ENCODING if a.get("raw_html") is not None else None))


def extraction_table(extractions: Iterable[Mapping]) -> pa.Table:
    now = datetime.now(timezone.utc)
    return _table(extractions, EXTRACTION_SCHEMA,
                  extracted_at=lambda x: _utc(x.get("extracted_at")) or now)


def event_table(events: Iterable[Mapping]) -> pa.Table:
    """Contract events (plus article_id, extractor_version, ordinal) -> Arrow."""
    return _table(events, EVENT_SCHEMA,
                  event_date=lambda e: _day(e.get("event_date")),
                  period_start=lambda e: _day(e.get("period_start")),
                  spans=lambda e: _json(e.get("spans")),
                  extracted_at=lambda e: _utc(e.get("extracted_at")),
                  platforms=lambda e: e.get("platforms") or [],
                  admin1=lambda e: e.get("admin1") or [],
                  locations=lambda e: e.get("locations") or [],
                  targets_hit=lambda e: e.get("targets_hit") or [],
                  evidence=lambda e: [list(span) for span in e.get("evidence") or []])


def fetch_log_table(rows: Iterable[Row], run_id: str | None, at: datetime) -> pa.Table:
    return _table(rows, FETCH_LOG_SCHEMA, run_id=lambda r: r.get("run_id") or run_id,
                  at=lambda r: _utc(r.get("at")) or at)


# --------------------------------------------------------------------------- plumbing

def _last_wins(rows: list, key) -> list:
    """One row per key, the last given (ON CONFLICT may not touch a row twice in a statement)."""
    return list({key(r): r for r in rows}.values())


def _dicts(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _cols(schema: pa.Schema, prefix: str = "") -> str:
    return ", ".join(f'{prefix}"{n}"' for n in schema.names)


# --------------------------------------------------------------------------- feeds

def upsert_feeds(con: duckdb.DuckDBPyConnection, feeds: list[dict]) -> int:
    """Insert new feeds; refresh name/agency/lang of known ones (validators are kept)."""
    feeds = _last_wins(feeds, lambda f: f["url"])
    if not feeds:
        return 0
    with registered(con, feeds=_table(feeds, FEED_SCHEMA)) as t, transaction(con):
        con.execute(f"""
            INSERT INTO feeds (url, name, agency, lang) SELECT url, name, agency, lang FROM {t['feeds']}
            ON CONFLICT (url) DO UPDATE SET name = excluded.name, agency = excluded.agency,
                                            lang = excluded.lang""")
    return len(feeds)


def feed_validators(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str | None, str | None]]:
    """feed url -> (etag, last_modified), for conditional requests."""
    return {url: (etag, lm) for url, etag, lm in
            con.execute("SELECT url, etag, last_modified FROM feeds "
                        "WHERE etag IS NOT NULL OR last_modified IS NOT NULL").fetchall()}


def update_feed_state(con: duckdb.DuckDBPyConnection, feed_url: str, etag: str | None = None,
                      last_modified: str | None = None, status: str | None = None,
                      fetched_at: datetime | None = None) -> None:
    """Record one feed fetch. A 'not_modified' answer keeps the stored validators; any
    other status stores the ones given (None clears them, forcing a full fetch next time)."""
    keep = status == "not_modified"
    con.execute("""
        INSERT INTO feeds (url, etag, last_modified, last_fetched_at, last_status)
        VALUES ($url, $etag, $lm, $at, $status)
        ON CONFLICT (url) DO UPDATE SET
            etag = CASE WHEN $keep THEN feeds.etag ELSE excluded.etag END,
            last_modified = CASE WHEN $keep THEN feeds.last_modified ELSE excluded.last_modified END,
            last_fetched_at = excluded.last_fetched_at, last_status = excluded.last_status""",
                {"url": feed_url, "etag": etag, "lm": last_modified, "status": status, "keep": keep,
                 "at": _utc(fetched_at) or datetime.now(timezone.utc)})


# --------------------------------------------------------------------------- articles

def known_article_urls(con: duckdb.DuckDBPyConnection, urls: Iterable[str]) -> set[str]:
    """The subset of `urls` already stored as articles (one join, however many URLs)."""
    urls = list(dict.fromkeys(u for u in urls if u))
    if not urls:
        return set()
    ids = pa.table({"article_id": [make_article_id(u) for u in urls], "url": urls})
    with registered(con, urls=ids) as t:
        rows = con.execute(f"SELECT u.url FROM {t['urls']} u JOIN articles a "
                           f"ON a.article_id = u.article_id").fetchall()
    return {r[0] for r in rows}


def load_batch(con: duckdb.DuckDBPyConnection, *, articles: list[Row], extractions: list[dict],
               events: list[dict], fetch_log: list[Row], run_id: str | None) -> LoadCounts:
    """Load one batch in one transaction; loading it again changes nothing.

    articles:    `flows.rows.ArticleRow`s or dicts with the `articles` columns (url required; article_id derived from it;
                 raw_html already zlib-compressed bytes; published_at/fetched_at datetimes
                 or ISO strings). An article whose URL is stored already is skipped.
    extractions: {article_id, extractor_version, extracted_at} (n_events is recounted from
                 the batch's events, which replace the pair's events whole).
    events:      contract events plus article_id, extractor_version, ordinal, and optionally
                 evidence_text and extracted_at. Every (article_id, extractor_version) pair
                 named here or in `extractions` has its events replaced by the batch's.
    fetch_log:   `flows.rows.FetchLogRow`s or dicts {url, feed_url, kind, stage, status,
                 http_status, bytes, ms, error}; run_id and at are filled in.
    """
    now = datetime.now(timezone.utc)
    if fetch_log and not run_id and any(not _fields(r).get("run_id") for r in fetch_log):
        raise ValueError("load_batch: fetch_log rows need a run_id (pass run_id=)")
    articles = _last_wins(articles, lambda a: _fields(a)["url"])
    extractions = _last_wins(extractions, lambda x: (x["article_id"], x["extractor_version"]))
    events = _last_wins(events, lambda e: (e["article_id"], e["extractor_version"], e["ordinal"]))
    # The batch's events are the whole truth for each pair it names, so n_events is
    # counted here; and a pair with events but no extraction row still gets one, so
    # "every extracted article has its extractions row" holds whatever the caller sends.
    per_pair: dict[tuple[str, str], int] = {}
    for e in events:
        pair = (e["article_id"], e["extractor_version"])
        per_pair[pair] = per_pair.get(pair, 0) + 1
    given = {(x["article_id"], x["extractor_version"]) for x in extractions}
    extractions = [dict(x, n_events=per_pair.get((x["article_id"], x["extractor_version"]), 0))
                   for x in extractions] + [
        {"article_id": a, "extractor_version": v, "n_events": n, "extracted_at": now}
        for (a, v), n in per_pair.items() if (a, v) not in given]

    store = PageStore.of(con) if articles else None
    if store is not None:
        with store:
            _put_pages(con, store, articles)
    tables = {"articles": article_table(articles, pages_apart=store is not None),
              "extractions": extraction_table(extractions),
              "events": event_table(events), "fetch_log": fetch_log_table(fetch_log, run_id, now)}
    counts = LoadCounts()
    with registered(con, **tables) as t, transaction(con):
        if articles:
            counts.articles_new = con.execute(f"""
                INSERT INTO articles ({_cols(ARTICLE_SCHEMA)})
                SELECT {_cols(ARTICLE_SCHEMA, 's.')} FROM {t['articles']} s
                WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = s.article_id)
            """).fetchall()[0][0]
        if extractions:
            con.execute(f"""
                INSERT INTO extractions ({_cols(EXTRACTION_SCHEMA)})
                SELECT {_cols(EXTRACTION_SCHEMA)} FROM {t['extractions']}
                ON CONFLICT (article_id, extractor_version) DO UPDATE SET n_events = excluded.n_events""")
            counts.extractions = len(extractions)
            con.execute(f"""
                DELETE FROM events ev USING {t['extractions']} x
                WHERE ev.article_id = x.article_id AND ev.extractor_version = x.extractor_version""")
        if events:
            # Events carry the extraction's timestamp: the first time this version read the article.
            cols = [n for n in EVENT_SCHEMA.names if n != "extracted_at"]
            con.execute(f"""
                INSERT INTO events ({', '.join(cols)}, extracted_at)
                SELECT {', '.join('s.' + c for c in cols)}, x.extracted_at
                FROM {t['events']} s
                JOIN extractions x ON x.article_id = s.article_id
                                  AND x.extractor_version = s.extractor_version""")
            counts.events = len(events)
        if extractions:
            # The claiming body of each new event, read from its claimant's words.
            from warehouse.claimants import load_for_pairs

            load_for_pairs(con, t["extractions"])
        if fetch_log:
            con.execute(f"""
                DELETE FROM fetch_log f USING (SELECT DISTINCT run_id, url, kind, stage
                                               FROM {t['fetch_log']}) s
                WHERE f.run_id = s.run_id AND f.url = s.url AND f.kind = s.kind AND f.stage = s.stage""")
            con.execute(f"INSERT INTO fetch_log ({_cols(FETCH_LOG_SCHEMA)}) "
                        f"SELECT {_cols(FETCH_LOG_SCHEMA)} FROM {t['fetch_log']}")
            counts.fetch_log = len(fetch_log)
    return counts


def _put_pages(con: duckdb.DuckDBPyConnection, store: PageStore, articles: list[Row]) -> int:
    """Put the pages of the batch's new articles in the page store, committed before the
    articles are (an article already stored keeps the page its text was read from)."""
    fields = [f for f in map(_fields, articles) if f.get("raw_html") is not None]
    if not fields:
        return 0
    ids = [make_article_id(f["url"]) for f in fields]
    with registered(con, ids=pa.table({"article_id": pa.array(ids, pa.string())})) as t:
        stored = {r[0] for r in con.execute(f"SELECT a.article_id FROM {t['ids']} i "
                                            f"JOIN articles a ON a.article_id = i.article_id").fetchall()}
    return store.put((aid, f.get("raw_encoding") or RAW_ENCODING, f["raw_html"])
                     for aid, f in zip(ids, fields) if aid not in stored)


_STORED_ARTICLE_COLUMNS = ("article_id", "url", "feed_url", "agency", "guid", "title", "summary",
                           "published_at", "fetched_at", "lang", "text", "text_found", "http_status",
                           "raw_html", "raw_encoding")


def _day_bounds(start_date, end_date) -> tuple[datetime, datetime]:
    start, end = _day(start_date), _day(end_date)
    lo = datetime(start.year, start.month, start.day, tzinfo=timezone.utc)
    hi = datetime(end.year, end.month, end.day, tzinfo=timezone.utc)
    return lo, hi


def articles_for_reextract(con: duckdb.DuckDBPyConnection, start_date, end_date,
                           extractor_version: str, limit: int | None = None,
                           exclude: Iterable[str] = ()) -> list[dict]:
    """Stored articles published from start_date to end_date (UTC days, inclusive; an
    undated article counts on the day it was fetched) that have no extractions row for
    `extractor_version`, oldest first, at most `limit`.

    Each row has the `articles` columns above; `raw_html` is the stored (zlib) bytes, only
    fetched for articles without text (decompress with `decompress_html`). Loading their
    extractions is what removes them from the next call, so a backfill loop
    `while rows := articles_for_reextract(...)` is resumable after a kill. Articles whose
    ids are in `exclude` (the pages a backfill gave up on) are left out.
    """
    lo, hi = _day_bounds(start_date, end_date)
    cols = ", ".join(f"a.{c}" for c in _STORED_ARTICLE_COLUMNS if c != "raw_html")
    sql = f"""
        SELECT {cols}, CASE WHEN a.text IS NULL THEN a.raw_html END AS raw_html
        FROM articles a
        WHERE coalesce(a.published_at, a.fetched_at) >= $lo
          AND coalesce(a.published_at, a.fetched_at) < $hi + INTERVAL 1 DAY
          AND NOT EXISTS (SELECT 1 FROM extractions x
                          WHERE x.article_id = a.article_id AND x.extractor_version = $version)
          AND NOT list_contains($exclude, a.article_id)
        ORDER BY coalesce(a.published_at, a.fetched_at), a.article_id
    """ + (" LIMIT $limit" if limit else "")
    params = {"lo": lo, "hi": hi, "version": extractor_version, "exclude": list(exclude)}
    if limit:
        params["limit"] = int(limit)
    return fill_pages(con, _dicts(con.execute(sql, params)))


def _epoch_day(n: int) -> date:
    return date.fromordinal(_EPOCH_ORDINAL + int(n))


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
# The UTC day of an article (published, or fetched when undated), as days since 1970-01-01:
# epoch() is UTC whatever the session's time zone.
_ARTICLE_DAY = "CAST(floor(epoch(coalesce(a.published_at, a.fetched_at)) / 86400) AS BIGINT)"


def reextract_worklist(con: duckdb.DuckDBPyConnection, start_date, end_date,
                       extractor_version: str) -> list[tuple[str, date]]:
    """(article_id, UTC day) of every stored article published from start_date to end_date
    (inclusive; undated ones by fetch day) that has no extractions row for
    `extractor_version`, oldest first. One query whatever the range's length: a backfill
    over thirty years of mostly empty days costs what its articles cost."""
    lo, hi = _day_bounds(start_date, end_date)
    rows = con.execute(f"""
        SELECT a.article_id, {_ARTICLE_DAY} AS day
        FROM articles a
        WHERE coalesce(a.published_at, a.fetched_at) >= $lo
          AND coalesce(a.published_at, a.fetched_at) < $hi + INTERVAL 1 DAY
          AND NOT EXISTS (SELECT 1 FROM extractions x
                          WHERE x.article_id = a.article_id AND x.extractor_version = $version)
        ORDER BY coalesce(a.published_at, a.fetched_at), a.article_id""",
                       {"lo": lo, "hi": hi, "version": extractor_version}).fetchall()
    return [(aid, _epoch_day(day)) for aid, day in rows]


def stored_articles(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> list[dict]:
    """The stored articles named, in the order given (ids not stored are left out), with the
    columns `articles_for_reextract` returns: `raw_html` only for articles without text."""
    if not article_ids:
        return []
    cols = ", ".join(f"a.{c}" for c in _STORED_ARTICLE_COLUMNS if c != "raw_html")
    ids = pa.table({"article_id": pa.array(article_ids, pa.string()),
                    "pos": pa.array(range(len(article_ids)), pa.int64())})
    with registered(con, ids=ids) as t:
        rows = _dicts(con.execute(f"""
            SELECT {cols}, CASE WHEN a.text IS NULL THEN a.raw_html END AS raw_html
            FROM {t['ids']} i JOIN articles a ON a.article_id = i.article_id
            ORDER BY i.pos"""))
    return fill_pages(con, rows)


def missing_html_worklist(con: duckdb.DuckDBPyConnection, start_date,
                          end_date) -> list[tuple[str, str, date]]:
    """(article_id, url, UTC day) of the articles in the range whose page was never stored
    (neither in `raw_html` nor in the page store), oldest first, in one query and one look-up
    of the page store (see `articles_missing_html`)."""
    lo, hi = _day_bounds(start_date, end_date)
    rows = con.execute(f"""
        SELECT a.article_id, a.url, {_ARTICLE_DAY} AS day FROM articles a
        WHERE a.raw_html IS NULL AND coalesce(a.published_at, a.fetched_at) >= $lo
          AND coalesce(a.published_at, a.fetched_at) < $hi + INTERVAL 1 DAY
        ORDER BY coalesce(a.published_at, a.fetched_at), a.article_id""", {"lo": lo, "hi": hi}).fetchall()
    kept = _in_page_store(con, [aid for aid, _, _ in rows])
    return [(aid, url, _epoch_day(day)) for aid, url, day in rows if aid not in kept]


def _in_page_store(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> set[str]:
    store = PageStore.of(con) if article_ids else None
    if store is None:
        return set()
    with store:
        return store.has(article_ids)


def articles_missing_html(con: duckdb.DuckDBPyConnection, start_date, end_date) -> list[dict]:
    """Articles published in the range (undated ones: by fetch day) whose page was never
    stored: [{article_id, url}]."""
    lo, hi = _day_bounds(start_date, end_date)
    rows = _dicts(con.execute("""
        SELECT article_id, url FROM articles
        WHERE raw_html IS NULL AND coalesce(published_at, fetched_at) >= $lo
          AND coalesce(published_at, fetched_at) < $hi + INTERVAL 1 DAY
        ORDER BY coalesce(published_at, fetched_at), article_id""", {"lo": lo, "hi": hi}))
    kept = _in_page_store(con, [r["article_id"] for r in rows])
    return [r for r in rows if r["article_id"] not in kept]


_REFETCH_SCHEMA = pa.schema([("article_id", pa.string()), ("raw_html", pa.binary()),
                             ("raw_encoding", pa.string()), ("text", pa.string()),
                             ("text_found", pa.bool_()), ("content_hash", pa.string()),
                             ("fetched_at", TS), ("http_status", pa.int32())])


def store_refetched(con: duckdb.DuckDBPyConnection, updates: list[dict]) -> int:
    """Fill in re-fetched pages: {article_id, raw_html (zlib), text, text_found, fetched_at,
    http_status}. Text already stored is kept (the text extractions were read from)."""
    from warehouse.keys import content_hash

    if not updates:
        return 0
    rows = []
    for u in _last_wins(updates, lambda u: u["article_id"]):
        text = u.get("text") if u.get("text_found", bool(u.get("text"))) else None
        rows.append(dict(u, text=text, text_found=text is not None,
                         content_hash=content_hash(text) if text else None,
                         raw_encoding=u.get("raw_encoding") or RAW_ENCODING,
                         fetched_at=_utc(u.get("fetched_at")) or datetime.now(timezone.utc)))
    store = PageStore.of(con)
    if store is not None:   # the pages first, then the articles that say they are stored
        with store:
            store.put((r["article_id"], r["raw_encoding"], r["raw_html"]) for r in rows
                      if r.get("raw_html") is not None)
        rows = [dict(r, raw_html=None) for r in rows]
    with registered(con, updates=_table(rows, _REFETCH_SCHEMA)) as t, transaction(con):
        con.execute(f"""
            UPDATE articles a SET
                raw_html = u.raw_html, raw_encoding = u.raw_encoding,
                text = coalesce(a.text, u.text), text_found = a.text_found OR u.text_found,
                content_hash = coalesce(a.content_hash, u.content_hash),
                fetched_at = u.fetched_at, http_status = u.http_status
            FROM {t['updates']} u WHERE a.article_id = u.article_id""")
    return len(rows)


# --------------------------------------------------------------------------- runs

def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def start_run(con: duckdb.DuckDBPyConnection, flow: str, params: dict | None,
              extractor_version: str | None) -> str:
    """Record a new run as 'running' and return its id.

    Runs still 'running' belong to a process that died (one writer holds the file at a
    time, and it is us): they are marked 'interrupted' first.

    When that cannot be written (a full disk, a damaged file), the run is recorded as
    'failed' with the reason if the warehouse can be written at all (on a full disk, into
    the space of the warehouse's reserve), and `RunNotStarted` says which happened.
    """
    now = datetime.now(timezone.utc)
    run_id = new_run_id(now)
    try:
        with transaction(con):
            con.execute("""UPDATE runs SET status = 'interrupted',
                               error_summary = coalesce(error_summary, 'the process stopped before the run finished')
                           WHERE status = 'running'""")
            con.execute("INSERT INTO runs (run_id, flow, started_at, status, params, extractor_version) "
                        "VALUES (?, ?, ?, 'running', ?, ?)",
                        [run_id, flow, now, _json(params or {}), extractor_version])
    except (duckdb.Error, OSError) as exc:
        from warehouse.db import file_of
        from warehouse.errors import RunNotStarted, translate

        reason = str(translate(exc, file_of(con)))
        row = [run_id, flow, now, datetime.now(timezone.utc), _json(params or {}), extractor_version,
               f"the run could not start: {reason}"]
        recorded = _record_failed_start(con, row)
        said = f"recorded as run {run_id} (failed)" if recorded else "it could not be recorded in runs"
        raise RunNotStarted(f"{reason}; {said}", run_id, recorded) from None
    return run_id


def _record_failed_start(con: duckdb.DuckDBPyConnection, row: list) -> bool:
    """One 'failed' runs row, written on its own; a second try after giving the reserve's
    space back to a full disk. False when nothing can be written."""
    from warehouse.db import release_reserve


    for attempt in (1, 2):
        try:
            con.execute("INSERT INTO runs (run_id, flow, started_at, finished_at, status, params, "
                        "extractor_version, error_summary) VALUES (?, ?, ?, ?, 'failed', ?, ?, ?)", row)
            return True
        except (duckdb.Error, OSError):
            if attempt == 2 or not release_reserve(con):
                return False
    return False


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, counts: Mapping[str, int] | None,
               status: str, error_summary: str | None = None) -> None:
    """Close a run: its status, the counts given (keys of RUN_COUNT_COLUMNS; others are
    ignored, missing ones stay NULL) and a one-paragraph error summary."""
    counts = {k: int(v) for k, v in (counts or {}).items() if k in RUN_COUNT_COLUMNS and v is not None}
    sets = ", ".join(f"{k} = ${k}" for k in counts)
    con.execute(f"UPDATE runs SET status = $status, finished_at = $now, error_summary = $summary"
                f"{', ' + sets if sets else ''} WHERE run_id = $run_id",
                {"status": status, "now": datetime.now(timezone.utc), "summary": error_summary,
                 "run_id": run_id, **counts})
