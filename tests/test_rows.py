"""The typed rows of flows/rows.py: the warehouse's column names, one constructor each,
loaded through Arrow exactly as the equivalent dicts are (real DuckDB files)."""
from __future__ import annotations

import dataclasses
import pickle
from datetime import datetime, timezone

import pytest

from flows.fetch import FetchResult
from flows.pipeline import PageJob
from flows.rows import ArticleRow, FetchLogRow
from warehouse import db, load

AT = datetime(2026, 11, 3, 7, 0, tzinfo=timezone.utc)


def page_job(**kw) -> PageJob:
    base = dict(url="https://agency.example/news/1", feed_url="https://agency.example/rss",
                agency="AG", guid="g1", title="Feed headline", summary="Teaser",
                published_at=datetime(2026, 11, 3, 6, 0, tzinfo=timezone.utc), lang_hint="en",
                body=b"<html><body><p>Page</p></body></html>", content_type="text/html",
                http_status=200, fetched_at=AT)
    base.update(kw)
    return PageJob(**base)


def test_row_fields_are_the_warehouse_columns():
    """What the loader adds itself: run_id and at (fetch_log), raw_encoding (articles)."""
    names = [f.name for f in dataclasses.fields(FetchLogRow)]
    assert names == [n for n in load.FETCH_LOG_SCHEMA.names if n not in ("run_id", "at")]
    names = [f.name for f in dataclasses.fields(ArticleRow)]
    assert names == [n for n in load.ARTICLE_SCHEMA.names if n != "raw_encoding"]


def test_from_result_logs_a_guard_refusal_at_stage_guard():
    blocked = FetchResult.failed("http://10.0.0.1/x", "blocked", "refused: private address")
    row = FetchLogRow.from_result(blocked, kind="page", feed_url="https://f.example/rss")
    assert (row.stage, row.status, row.http_status, row.bytes, row.ms, row.error) == (
        "guard", "blocked", None, None, 0.0, "refused: private address")
    ok = FetchResult(url="https://a.example/1", final_url="https://a.example/1", status="ok",
                     http_status=200, body=b"12345", elapsed_ms=12.345)
    row = FetchLogRow.from_result(ok, kind="feed", feed_url="https://a.example/1")
    assert (row.kind, row.stage, row.bytes, row.ms) == ("feed", "fetch", 5, 12.3)


def test_article_row_without_text_keeps_the_page_for_a_backfill():
    row = ArticleRow.from_job(page_job(), text="  \n ", title="T", published_at=None, lang="en",
                              clean_error="no text")
    assert row.text is None and not row.text_found and row.content_hash is None
    assert row.raw_html is not None   # compressed page bytes
    found = ArticleRow.from_job(page_job(), text="Some text.", title="T", published_at=None,
                                lang="en", clean_error=None)
    assert found.text_found and found.content_hash and found.article_id == row.article_id


def test_rows_cross_process_boundaries_and_are_frozen():
    row = FetchLogRow.for_page(page_job(), stage="clean", status="no_text", error="x", size=3)
    assert pickle.loads(pickle.dumps(row)) == row
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.status = "ok"  # type: ignore[misc]


def _contents(con) -> dict:
    """Every column but the load's own timestamps."""
    return {table: con.sql(f'SELECT * EXCLUDE ("{stamp}") FROM {table} ORDER BY ALL').fetchall()
            for table, stamp in (("articles", "loaded_at"), ("fetch_log", "at"))}


def test_typed_rows_load_as_the_same_dicts_do(tmp_path):
    job = page_job()
    articles = [ArticleRow.from_job(job, text="Russian aircraft struck.", title="T",
                                    published_at=job.published_at, lang="en", clean_error=None),
                ArticleRow.from_job(page_job(url="https://agency.example/news/2", body=None),
                                    text=None, title=None, published_at=None, lang=None,
                                    clean_error="timeout")]
    log = [FetchLogRow.from_result(FetchResult.failed("https://agency.example/3", "timeout", "slow"),
                                   kind="page", feed_url=job.feed_url),
           FetchLogRow.for_feed(job.feed_url, stage="parse", status="capped", error="cut"),
           FetchLogRow.for_page(job, stage="clean", status="clean_warning", error="thin", size=38)]
    loaded = {}
    for name, (a, f) in {"typed": (articles, log),
                         "dicts": ([dataclasses.asdict(r) for r in articles],
                                   [dataclasses.asdict(r) for r in log])}.items():
        con = db.connect(tmp_path / f"{name}.duckdb")
        counts = load.load_batch(con, run_id="r1", articles=a, extractions=[], events=[], fetch_log=f)
        assert (counts.articles_new, counts.fetch_log) == (2, 3)
        loaded[name] = _contents(con)
        con.close()
    assert loaded["typed"] == loaded["dicts"]
    assert len(loaded["typed"]["fetch_log"]) == 3
