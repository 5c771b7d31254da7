"""Backfills operators can trust (issue 4), on a warehouse built by the real daily flow.

A lexicon change is made for real: the extractor package is copied, one lexicon entry is
edited in the copy, and the backfill runs in a subprocess that imports the copy first.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import tomllib
from pathlib import Path

import sqlite3

import duckdb
import psutil
import pytest

from strikewire.demo_server import demo_feeds_toml, serve_corpus
from tests.test_daily_flow import fingerprint, query
from warehouse import load
from warehouse.pages import PageStore, copy_warehouse, pages_path

pytestmark = pytest.mark.usefixtures("prefect_harness")

ROOT = Path(__file__).resolve().parents[1]
RANGE = {"start": "2024-03-01", "end": "2024-03-31"}   # the demo corpus's days


def version_fingerprint(db: str) -> dict:
    """Events and extractions as content: what a backfill wrote, not when."""
    con = duckdb.connect(db, read_only=True)
    try:
        out = {}
        for table, sql in {
            "extractions": "SELECT article_id, extractor_version, n_events FROM extractions",
            "events": "SELECT * EXCLUDE (extracted_at) FROM events",
        }.items():
            out[table] = con.execute(f"SELECT count(*), coalesce(sum(hash(t)), 0) FROM ({sql}) t").fetchone()
        return out
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    from flows.daily import daily_ingest

    tmp = tmp_path_factory.mktemp("backfill")
    db = tmp / "demo.duckdb"
    with serve_corpus() as server:
        feeds = tmp / "feeds.toml"
        feeds.write_text(demo_feeds_toml(server.base_url, server.feed_urls), encoding="utf-8")
        daily_ingest(feeds_path=str(feeds), db_path=str(db), run_date="2024-03-13", workers=1)
    assert query(str(db), "SELECT count(*) FROM events")[0][0] > 0
    return db


def copy_db(src: Path, dest: Path) -> str:
    return copy_warehouse(src, dest)   # the file and the page store beside it


@pytest.fixture(scope="module")
def changed_extractor(demo_db, tmp_path_factory) -> Path:
    """A copy of the extractor package with one platform renamed in common.toml."""
    used = {p for (plats,) in query(str(demo_db), "SELECT platforms FROM events") for p in plats or []}
    dest = tmp_path_factory.mktemp("pkg")
    shutil.copytree(ROOT / "extractors", dest / "extractors",
                    ignore=shutil.ignore_patterns("__pycache__"))
    lexicon = dest / "extractors" / "lexicons" / "common.toml"
    text = lexicon.read_text(encoding="utf-8")
    names = [n for n in tomllib.loads(text).get("platforms", {}) if n in used]
    if not names:
        pytest.skip("no platform of common.toml appears in the demo's events")
    name = names[0]
    lexicon.write_text(re.sub(rf'^"{re.escape(name)}" =', f'"{name} (renamed)" =', text, count=1,
                              flags=re.M), encoding="utf-8")
    return dest


def backfill_script(db: str) -> str:
    # Started as the CLI starts it: Prefect's API server first (flows/runtime/prefect_api.py), so
    # a kill -9 of this process takes the server with it.
    return textwrap.dedent(f"""
        from flows.runtime import prefect_api, prefect_env
        prefect_env.configure(one_shot=True)
        prefect_api.start_early()
        from flows.backfill import run_backfill
        prefect_api.wait_ready()
        # Small batches, so a kill after the first day leaves days to do.
        result = run_backfill(start={RANGE['start']!r}, end={RANGE['end']!r}, reextract=True,
                              refetch=False, db_path={db!r}, workers=1, batch=4)
        print("RESULT", result.extractor_version, result.articles, result.events, flush=True)
    """)


def start_backfill(db: str, pkg: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=f"{pkg}{os.pathsep}{ROOT}")
    # cwd is the copy: `python -c` puts the working directory first on sys.path.
    return subprocess.Popen([sys.executable, "-c", backfill_script(db)], env=env, cwd=pkg,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def run_backfill_subprocess(db: str, pkg: Path) -> tuple[str, int, int]:
    proc = start_backfill(db, pkg)
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0, out
    line = next(line for line in out.splitlines() if line.startswith("RESULT"))
    _, version, articles, events = line.split()
    return version, int(articles), int(events)


def test_backfill_with_same_extractor_changes_nothing(demo_db, tmp_path):
    from flows.backfill import run_backfill

    db = copy_db(demo_db, tmp_path / "same.duckdb")
    before = fingerprint(db)
    first = run_backfill(reextract=True, refetch=False, db_path=db, workers=1, **RANGE)
    assert first.articles == 0 and first.events == 0
    assert fingerprint(db) == before
    second = run_backfill(reextract=True, refetch=False, db_path=db, workers=1, **RANGE)
    assert second.articles == 0
    assert fingerprint(db) == before
    runs = query(db, "SELECT flow, status FROM runs WHERE flow = 'backfill'")
    assert runs == [("backfill", "completed"), ("backfill", "completed")]


def test_backfill_after_lexicon_change_adds_a_version(demo_db, changed_extractor, tmp_path):
    from extractors import EXTRACTOR_VERSION

    db = copy_db(demo_db, tmp_path / "changed.duckdb")
    n_articles = query(db, "SELECT count(*) FROM articles WHERE text_found")[0][0]
    old_events = query(db, "SELECT count(*) FROM events")[0][0]
    version, articles, _ = run_backfill_subprocess(db, changed_extractor)
    assert version != EXTRACTOR_VERSION
    assert articles == n_articles
    versions = dict(query(db, "SELECT extractor_version, count(*) FROM extractions GROUP BY 1"))
    assert set(versions) == {EXTRACTOR_VERSION, version}
    # The older version's events are kept; the current view shows the newest only.
    assert query(db, "SELECT count(*) FROM events WHERE extractor_version = ?", [EXTRACTOR_VERSION])[0][0] == old_events
    assert {v for (v,) in query(db, "SELECT DISTINCT extractor_version FROM events_current")} == {version}
    changes = query(db, "SELECT change, changed_fields FROM event_changes")
    assert changes, "event_changes shows nothing after a lexicon change"
    assert any("platforms" in (fields or []) for _, fields in changes), changes
    # A second backfill with the new extractor does nothing more.
    before = version_fingerprint(db)
    _, articles_again, _ = run_backfill_subprocess(db, changed_extractor)
    assert articles_again == 0
    assert version_fingerprint(db) == before


def test_killed_backfill_resumes_to_the_same_rows(demo_db, changed_extractor, tmp_path):
    reference = copy_db(demo_db, tmp_path / "uninterrupted.duckdb")
    run_backfill_subprocess(reference, changed_extractor)

    db = copy_db(demo_db, tmp_path / "killed.duckdb")
    proc = start_backfill(db, changed_extractor)
    deadline = time.monotonic() + 240
    killed = False
    for line in proc.stdout:
        # The first day committed: the other days are still to do.
        if "day 2024-03-1" in line and "articles re-extracted" in line and not line.split("done: ")[1].startswith("0 "):
            helpers = psutil.Process(proc.pid).children(recursive=True)
            proc.send_signal(signal.SIGKILL)
            killed = True
            break
        assert time.monotonic() < deadline, "the backfill never reported a day"
    proc.wait(timeout=60)
    assert killed, "the backfill finished before it could be killed"
    # Nothing it started outlives it (Prefect's API server dies with its parent).
    _, alive = psutil.wait_procs(helpers, timeout=15)
    assert not alive, [p.cmdline()[:4] for p in alive]
    partial = version_fingerprint(db)
    assert partial != version_fingerprint(reference)

    run_backfill_subprocess(db, changed_extractor)
    assert version_fingerprint(db) == version_fingerprint(reference)
    statuses = [s for (s,) in query(db, "SELECT status FROM runs WHERE flow = 'backfill' ORDER BY started_at")]
    assert statuses == ["interrupted", "completed"]


def test_timed_out_pages_are_kept_and_backfilled(tmp_path, monkeypatch):
    """A page that takes too long is stored with its raw HTML; a backfill reads it later."""
    import flows.daily as daily
    from flows.backfill import run_backfill

    monkeypatch.setenv("STRIKEWIRE_PAGE_TIMEOUT_S", "0.000001")   # no page can make it
    db = tmp_path / "w.duckdb"
    with serve_corpus() as server:
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(demo_feeds_toml(server.base_url, server.feed_urls), encoding="utf-8")
        summary = daily.daily_ingest(feeds_path=str(feeds), db_path=str(db), run_date="2024-03-13", workers=2)
    assert summary.status == "completed_with_errors"
    stored = query(str(db), "SELECT count(*), count(raw_encoding), count(text) FROM articles")[0]
    assert stored[0] >= 25 and stored[1] == stored[0] and stored[2] == 0
    with PageStore(pages_path(db)) as pages:   # every page kept, in the store beside the file
        assert pages.count() == stored[0]
    timeouts = query(str(db), "SELECT count(*) FROM fetch_log WHERE stage = 'clean' AND status = 'timeout'")[0][0]
    assert timeouts == stored[0]
    assert query(str(db), "SELECT count(*) FROM events")[0][0] == 0

    monkeypatch.undo()
    result = run_backfill(reextract=True, refetch=False, db_path=str(db), workers=1, **RANGE)
    assert result.articles == stored[0]
    assert result.events > 0
    assert query(str(db), "SELECT count(text) FROM articles")[0][0] == stored[0]


def test_refetch_fills_in_pages_whose_html_is_missing(demo_db, tmp_path):
    from urllib.parse import urlsplit

    from flows.backfill import run_backfill

    db = copy_db(demo_db, tmp_path / "refetch.duckdb")
    # pages lost before the 12th: gone from the page store (and never in raw_html)
    lost = [r[0] for r in query(db, "SELECT article_id FROM articles "
                                    "WHERE published_at < TIMESTAMPTZ '2024-03-12 00:00:00+00'")]
    with sqlite3.connect(pages_path(db)) as pages:
        pages.executemany("DELETE FROM pages WHERE article_id = ?", [(aid,) for aid in lost])
    pages.close()
    con = duckdb.connect(db)
    missing = len(load.articles_missing_html(con, "2000-01-01", "2030-12-31"))
    con.close()
    assert missing == len(lost) > 0
    # The stored URLs name the port the demo was served on: serve it there again.
    port = urlsplit(query(db, "SELECT url FROM articles LIMIT 1")[0][0]).port
    with serve_corpus(port=port) as server:
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(demo_feeds_toml(server.base_url, server.feed_urls), encoding="utf-8")
        result = run_backfill(reextract=False, refetch=True, db_path=db, workers=1,
                              feeds_path=str(feeds), **RANGE)
    assert sum(d["refetched"] for d in result.days) == missing
    assert sum(d["failed"] for d in result.days) == 0
    con = duckdb.connect(db)
    try:
        assert load.articles_missing_html(con, "2000-01-01", "2030-12-31") == []
    finally:
        con.close()
    with PageStore(pages_path(db)) as pages:
        assert pages.has(lost) == set(lost)


class CountingConnection:
    """A warehouse connection that counts the statements the flow sends through it."""

    def __init__(self, con):
        self._con = con
        self.statements = 0

    def execute(self, *args, **kwargs):
        self.statements += 1
        return self._con.execute(*args, **kwargs)

    def sql(self, *args, **kwargs):
        self.statements += 1
        return self._con.sql(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._con, name)


def _forget_current_version(db: str) -> int:
    from extractors import EXTRACTOR_VERSION

    con = duckdb.connect(db)
    try:
        con.execute("DELETE FROM events WHERE extractor_version = ?", [EXTRACTOR_VERSION])
        con.execute("DELETE FROM extractions WHERE extractor_version = ?", [EXTRACTOR_VERSION])
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def test_a_long_range_costs_what_its_articles_cost_not_its_days(demo_db, tmp_path, monkeypatch):
    """Thirty-one years of mostly empty days: the same statements as the articles' own month."""
    from warehouse import db as wdb
    from flows.backfill import format_result, run_backfill

    opened: list[CountingConnection] = []
    real_connect = wdb.connect

    def counting_connect(*args, **kwargs):
        opened.append(CountingConnection(real_connect(*args, **kwargs)))
        return opened[-1]

    monkeypatch.setattr(wdb, "connect", counting_connect)
    statements, results = {}, {}
    for name, span in {"month": RANGE, "decades": {"start": "2000-01-01", "end": "2030-12-31"}}.items():
        db = copy_db(demo_db, tmp_path / f"{name}.duckdb")
        n_articles = _forget_current_version(db)
        opened.clear()
        results[name] = run_backfill(reextract=True, refetch=False, db_path=db, workers=1, **span)
        assert results[name].articles == n_articles
        statements[name] = sum(c.statements for c in opened)
        results[name].fingerprint = version_fingerprint(db)
    month, decades = results["month"], results["decades"]
    assert decades.fingerprint == month.fingerprint
    # Only the days that have articles are visited and reported, however long the range.
    assert [d["day"] for d in decades.days] == [d["day"] for d in month.days]
    assert 0 < len(decades.days) <= 31 and decades.range_days == 11323
    assert "days with work (of 11323 in the range)" in format_result(decades)
    # The number of statements does not grow with the range (one query per calendar day
    # would be 11,323 of them).
    assert statements["decades"] == statements["month"], statements
    assert statements["decades"] < 200, statements
