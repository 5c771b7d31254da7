"""The page store (`warehouse/pages.py`): a warehouse file keeps its raw pages in
`<file>.pages` (SQLite), not in DuckDB's `articles.raw_html`; reads find a page in either."""
from __future__ import annotations

import os
import sqlite3
import zlib
from datetime import date

import duckdb
import pytest

from tests.test_load import T0, V1, synthetic_article, synthetic_batch
from warehouse import db, load
from warehouse.pages import PageStore, PageStoreError, copy_warehouse, pages_path


@pytest.fixture
def path(tmp_path):
    return tmp_path / "w.duckdb"


@pytest.fixture
def con(path):
    c = db.connect(path)
    yield c
    c.close()


def _load(con, *articles) -> None:
    load.load_batch(con, articles=list(articles), extractions=[], events=[], fetch_log=[], run_id=None)


def _pages(path) -> dict[str, bytes]:
    with sqlite3.connect(pages_path(path)) as con:
        rows = con.execute("SELECT article_id, encoding, body FROM pages").fetchall()
    con.close()
    return {aid: zlib.decompress(body) for aid, enc, body in rows if enc == "zlib"}


def test_a_file_warehouse_keeps_its_pages_beside_it_and_loading_again_changes_nothing(path, con):
    batch = synthetic_batch(0, 5)
    load.load_batch(con, **batch)
    assert con.execute("SELECT count(raw_html), count(raw_encoding) FROM articles").fetchall() == [(0, 5)]
    first = _pages(path)
    assert sorted(first) == sorted(a["article_id"] for a in batch["articles"])
    assert all(body.startswith(b"<p>Article ") for body in first.values())
    load.load_batch(con, **batch)
    assert _pages(path) == first


def test_an_article_already_stored_keeps_the_page_its_text_was_read_from(path, con):
    art = synthetic_article(1)
    _load(con, art)
    again = dict(art, raw_html=zlib.compress(b"<p>another fetch of the same URL</p>"))
    _load(con, again)
    assert _pages(path)[art["article_id"]].startswith(b"<p>Article 1")


def test_a_warehouse_in_memory_keeps_its_pages_in_raw_html():
    con = duckdb.connect(":memory:")
    db.migrate(con)
    try:
        art = dict(synthetic_article(2), text=None, text_found=False, content_hash=None)
        _load(con, art)
        assert con.execute("SELECT count(raw_html) FROM articles").fetchall() == [(1,)]
        (row,) = load.articles_for_reextract(con, T0.date(), T0.date(), V1)
        assert load.decompress_html(row["raw_html"], row["raw_encoding"]).startswith(b"<p>Article 2")
    finally:
        con.close()


def test_pages_in_raw_html_from_before_the_store_are_still_read_and_not_missing(path, con):
    old = dict(synthetic_article(3), text=None, text_found=False, content_hash=None)
    new = dict(synthetic_article(4), text=None, text_found=False, content_hash=None)
    _load(con, new)
    # a row as a warehouse loaded before the page store holds it: the page in the column
    con.execute("INSERT INTO articles (article_id, url, published_at, fetched_at, text_found, "
                "raw_html, raw_encoding) VALUES (?, ?, ?, ?, false, ?, 'zlib')",
                [old["article_id"], old["url"], old["published_at"], old["fetched_at"], old["raw_html"]])
    rows = load.articles_for_reextract(con, T0.date(), date(2030, 1, 1), V1)
    bodies = {r["article_id"]: load.decompress_html(r["raw_html"], r["raw_encoding"]) for r in rows}
    assert bodies[old["article_id"]].startswith(b"<p>Article 3")
    assert bodies[new["article_id"]].startswith(b"<p>Article 4")
    assert [r["article_id"] for r in load.stored_articles(con, [new["article_id"], old["article_id"]])] == \
        [new["article_id"], old["article_id"]]
    assert all(r["raw_html"] for r in load.stored_articles(con, [new["article_id"], old["article_id"]]))
    assert load.articles_missing_html(con, "2000-01-01", "2030-12-31") == []
    assert load.missing_html_worklist(con, "2000-01-01", "2030-12-31") == []


def test_a_page_lost_from_the_store_is_reported_missing_and_a_refetch_puts_it_back(path, con):
    art = synthetic_article(5)
    _load(con, art)
    with sqlite3.connect(pages_path(path)) as pages:
        pages.execute("DELETE FROM pages")
    pages.close()
    assert [r["article_id"] for r in load.articles_missing_html(con, "2000-01-01", "2030-12-31")] == \
        [art["article_id"]]
    load.store_refetched(con, [{"article_id": art["article_id"], "raw_html": zlib.compress(b"<p>again</p>"),
                                "text": None, "text_found": False, "fetched_at": T0, "http_status": 200}])
    assert load.articles_missing_html(con, "2000-01-01", "2030-12-31") == []
    assert _pages(path) == {art["article_id"]: b"<p>again</p>"}
    assert con.execute("SELECT count(raw_html) FROM articles").fetchall() == [(0,)]


def test_a_failed_load_stores_no_article_without_its_page(path, con):
    batch = synthetic_batch(0, 2)
    broken = dict(batch, events=[dict(batch["events"][0], event_date="not a date")])
    with pytest.raises(Exception):
        load.load_batch(con, **broken)
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(0,)]
    load.load_batch(con, **batch)   # the next load stores the articles, each with its page
    ids = {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
    assert ids and set(_pages(path)) == ids


def test_an_unusable_page_store_is_a_clear_error_and_stores_no_article(path, con):
    os.mkdir(pages_path(path))   # something else where the store should be
    with pytest.raises(PageStoreError, match=r"page store .*w\.duckdb\.pages"):
        load.load_batch(con, **synthetic_batch(0, 1))
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(0,)]


def test_copying_a_warehouse_copies_its_pages(path, con, tmp_path):
    load.load_batch(con, **synthetic_batch(0, 3))
    con.close()   # a copy is made of a warehouse no process holds
    dest = copy_warehouse(path, tmp_path / "copy.duckdb")
    assert _pages(dest) == _pages(path) and len(_pages(dest)) == 3
    with PageStore(pages_path(dest)) as store:
        assert store.count() == 3
