"""The daily flow for real: Prefect flow runs, HTTP over loopback, trafilatura, DuckDB files.

Every test here runs `daily_ingest` under one session-scoped Prefect test server.
"""
from __future__ import annotations

import resource
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from strikewire.demo_server import demo_feeds_toml, serve_corpus
from tests.sites import build_real_site, closed_port, feeds_toml
from warehouse.pages import PageStore, pages_path

pytestmark = pytest.mark.usefixtures("prefect_harness")

# Columns that say what was loaded, not when: a rerun must leave them all unchanged.
FINGERPRINTS = {
    "articles": "SELECT * EXCLUDE (fetched_at, loaded_at) FROM articles",
    "extractions": "SELECT * EXCLUDE (extracted_at) FROM extractions",
    "events": "SELECT * EXCLUDE (extracted_at) FROM events",
    "operations": "SELECT * FROM operations",
}


def fingerprint(db_path: str) -> dict[str, tuple[int, int]]:
    con = duckdb.connect(db_path, read_only=True)
    try:
        return {name: con.execute(f"SELECT count(*), coalesce(sum(hash(t)), 0) FROM ({sql}) t").fetchone()
                for name, sql in FINGERPRINTS.items()}
    finally:
        con.close()


def query(db_path: str, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(db_path, read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def run_flow(feeds_file: Path, db: Path):
    from flows.daily import daily_ingest

    return daily_ingest(feeds_path=str(feeds_file), db_path=str(db), run_date="2026-11-25", workers=2)


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    """The demo corpus run twice into one warehouse; fingerprints after each run."""
    tmp = tmp_path_factory.mktemp("demo")
    db = tmp / "demo.duckdb"
    with serve_corpus() as server:
        feeds_file = tmp / "feeds.toml"
        feeds_file.write_text(demo_feeds_toml(server.base_url, server.feed_urls), encoding="utf-8")
        with pytest.MonkeyPatch.context() as mp:   # count the page pools each run starts
            from flows.runtime import page_pool

            pools: list[int] = []
            real_init = page_pool.PagePool.__init__

            def counting_init(self, *args, **kwargs):
                pools.append(1)
                real_init(self, *args, **kwargs)

            mp.setattr(page_pool.PagePool, "__init__", counting_init)
            first = run_flow(feeds_file, db)
            pools_first = len(pools)
            after_first = fingerprint(str(db))
            second = run_flow(feeds_file, db)
            pools_second = len(pools) - pools_first
        after_second = fingerprint(str(db))
        requests = server.requests
    return {"db": str(db), "first": first, "second": second, "after_first": after_first,
            "after_second": after_second, "requests": requests, "base_url": server.base_url,
            "pools": (pools_first, pools_second)}


def test_demo_run_loads_articles_and_events(demo_run):
    first = demo_run["first"]
    assert first.ok, first
    assert first.counts["articles_new"] >= 25
    assert first.counts["events_new"] > 0
    n_articles, = query(demo_run["db"], "SELECT count(*) FROM articles")[0]
    assert n_articles == first.counts["articles_new"]
    # One row per canonical URL, whatever feeds carried it.
    assert query(demo_run["db"], "SELECT count(DISTINCT url) = count(*) FROM articles")[0][0]


def test_demo_unreachable_link_is_recorded_not_fatal(demo_run):
    rows = query(demo_run["db"], "SELECT url, status, http_status FROM fetch_log "
                                 "WHERE kind = 'page' AND status <> 'ok'")
    assert any(status == "http_error" and code == 404 for _, status, code in rows), rows
    assert demo_run["first"].status == "completed_with_errors"


def test_demo_rerun_changes_nothing(demo_run):
    second = demo_run["second"]
    assert second.ok
    assert second.counts["articles_new"] == 0
    assert demo_run["after_second"] == demo_run["after_first"]
    # The feeds answered 304 the second time: no page was asked for again.
    feed_answers = [status for method, path, status in demo_run["requests"] if path.endswith(".xml")]
    assert 304 in feed_answers


def test_a_rerun_with_nothing_new_starts_no_page_worker(demo_run):
    # Page workers (and the fork server that warms them up: seconds of CPU) are started
    # once the feeds have given new pages, so a rerun answered 304 never pays for them.
    assert demo_run["pools"] == (1, 0)


def test_each_run_is_recorded(demo_run):
    runs = query(demo_run["db"], "SELECT run_id, status, articles_new FROM runs ORDER BY started_at")
    assert [r[0] for r in runs] == [demo_run["first"].run_id, demo_run["second"].run_id]
    assert runs[0][2] == demo_run["first"].counts["articles_new"]
    assert runs[1][2] == 0


def test_real_pages_and_texts_load_once(shared_dir, tmp_path):
    site = tmp_path / "site"
    expected = build_real_site(site, shared_dir)
    db = tmp_path / "w.duckdb"
    with serve_corpus(root=site) as server:
        feeds_file = tmp_path / "feeds.toml"
        feeds_file.write_text(feeds_toml(server.feed_urls), encoding="utf-8")
        first = run_flow(feeds_file, db)
        before = fingerprint(str(db))
        reachable = {u.replace("http://demo.invalid", server.base_url) for u in expected["reachable"]}
        unreachable = {u.replace("http://demo.invalid", server.base_url) for u in expected["unreachable"]}
        second = run_flow(feeds_file, db)
    assert first.status == "completed_with_errors"
    stored = {url for (url,) in query(str(db), "SELECT url FROM articles")}
    assert stored == reachable
    failed = {url for (url,) in query(str(db), "SELECT url FROM fetch_log WHERE kind='page' AND status <> 'ok'")}
    assert failed == unreachable
    assert second.counts["articles_new"] == 0
    assert fingerprint(str(db)) == before
    # Strike reports among the real texts were read.
    assert query(str(db), "SELECT count(*) FROM events")[0][0] > 10


def test_private_address_is_refused_and_run_fails_cleanly(tmp_path):
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(feeds_toml([f"http://127.0.0.1:{closed_port()}/feed.xml"], allow_private=False),
                          encoding="utf-8")
    from strikewire.cli import cli

    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(cli, ["run", "--feeds", str(feeds_file), "--db", str(db), "--no-progress"])
    assert result.exit_code == 2, result.output
    assert "every feed failed" in result.output
    assert "Traceback" not in result.output
    (status, stage, error), = query(str(db), "SELECT status, stage, error FROM fetch_log WHERE kind='feed'")
    assert (status, stage) == ("blocked", "guard")
    assert "127.0.0.1" in error or "loopback" in error.lower()


def test_faults_beside_good_feeds(tmp_path):
    """One run with every fault served beside the good demo feeds (issue 6)."""
    from tests.faultserver import FaultServer

    fault_paths = ["/status/500", "/slow/30", "/truncated.xml", "/huge/60", "/gzip-bomb",
                   "/billion-laughs.xml", "/redirect/loop-a", "/html-not-feed", "/empty",
                   "/garbage", "/reset", "/image.png"]
    db = tmp_path / "w.duckdb"
    with serve_corpus() as demo, FaultServer() as faults:
        good = demo.feed_urls
        bad = [faults.url(p) for p in fault_paths]
        text = demo_feeds_toml(demo.base_url, good)
        for n, url in enumerate(bad):
            text += f'\n[[feeds]]\nname = "fault-{n}"\nurl = "{url}"\n'
        text = text.replace("timeout_s = 10.0", "timeout_s = 3.0")
        feeds_file = tmp_path / "feeds.toml"
        feeds_file.write_text(text, encoding="utf-8")
        summary = run_flow(feeds_file, db)
    assert summary.status == "completed_with_errors"
    assert summary.counts["articles_new"] >= 25
    feed_rows = query(str(db), "SELECT url, stage, status, error FROM fetch_log WHERE kind = 'feed'")
    failed_feeds = {url for url, stage, status, _ in feed_rows if status != "ok"}
    # Every fault left a row an operator can read, with a reason.
    assert set(bad) <= failed_feeds, set(bad) - failed_feeds
    assert all(error for url, _, status, error in feed_rows if url in bad and status != "ok")
    # This process (fetching, parsing, loading) and its largest worker process.
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        peak_mb = resource.getrusage(who).ru_maxrss / 1024
        assert peak_mb < 1536, f"peak RSS {peak_mb:.0f} MB"


def test_what_the_flow_loads_is_what_each_page_gives_alone(tmp_path):
    """The flow's machinery (fetching in chunks, the worker pool and its pipes, batches,
    loading) adds, drops and changes nothing: every stored article and its events equal
    what `process_page` makes of the same page, fetched the same way, in this process."""
    import asyncio
    import zlib

    from flows.config import load_config
    from flows.daily import select_items
    from flows.feeds import parse_feed
    from flows.fetch import fetch_all, make_client
    from flows.pipeline import PageJob, process_page

    db = tmp_path / "w.duckdb"
    with serve_corpus() as server:
        feeds_file = tmp_path / "feeds.toml"
        feeds_file.write_text(demo_feeds_toml(server.base_url, server.feed_urls), encoding="utf-8")
        assert run_flow(feeds_file, db).ok
        config = load_config(str(feeds_file))

        async def fetch(urls, kind):
            async with make_client(config.fetch) as client:
                return await fetch_all(client, urls, config.fetch, kind=kind)

        feeds = asyncio.run(fetch([f.url for f in config.feeds], "feed"))
        parsed = [parse_feed(r.body, r.final_url or r.url, r.headers.get("content-type")) if r.ok else None
                  for r in feeds]
        items = select_items(config.feeds, parsed)
        pages = asyncio.run(fetch([item.url for _, item in items], "page"))
    expected = {}
    for (spec, item), page in zip(items, pages):
        if not page.ok:
            continue
        done = process_page(PageJob(
            url=item.url, feed_url=spec.url, agency=spec.agency, guid=item.guid, title=item.title,
            summary=item.summary, published_at=item.published_at, lang_hint=spec.lang, body=page.body,
            content_type=page.headers.get("content-type"), http_status=page.http_status))
        a = done.article
        expected[item.url] = ((a.article_id, a.feed_url, a.agency, a.guid, a.title, a.summary,
                               a.published_at, a.lang, a.text, a.text_found, a.content_hash,
                               a.http_status, page.body, a.clean_error),
                              [(e["ordinal"], e.get("actor"), e.get("operation"), e.get("country"),
                                e.get("evidence_text")) for e in done.events])
    stored = {}
    with PageStore(pages_path(db)) as store:
        pages = {aid: body for aid, (_, body) in store.get(
            [r[0] for r in query(str(db), "SELECT article_id FROM articles")]).items()}
    for row in query(str(db), "SELECT url, article_id, feed_url, agency, guid, title, summary, published_at, "
                              "lang, text, text_found, content_hash, http_status, raw_html, clean_error "
                              "FROM articles"):
        row = row[:13] + (pages.get(row[1], row[13]),) + row[14:]   # the page store, else raw_html
        events = query(str(db), "SELECT ordinal, actor, operation, country, evidence_text FROM events "
                                "WHERE article_id = ? ORDER BY ordinal", [row[1]])
        stored[row[0]] = (row[1:13] + (zlib.decompress(row[13]),) + row[14:], events)
    assert len(expected) >= 25
    assert stored.keys() == expected.keys()
    for url, want in expected.items():
        assert stored[url] == want, url
    assert sum(len(events) for _, events in stored.values()) > 0
