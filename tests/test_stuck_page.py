"""Issue 12, as an operator meets it: a page stuck in the extractor, `strikewire run` and
`backfill --reextract` as real processes, SIGTERM and kill -9 of the run.

The stuck page is the issue's sentence of place names, long enough (1.8 MB) that it
takes minutes on any machine; the page limit is set low (STRIKEWIRE_PAGE_TIMEOUT_S) so
the tests see it killed, or high so they can stop the run while a worker is busy on it.
Nothing is timed: the tests wait for outcomes (with generous ceilings) and look at rows
and processes.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import psutil
import pytest

from tests.sites import RouteServer, rss_bytes
from tests.test_daily_flow import query

ROOT = Path(__file__).resolve().parents[1]
STRIKEWIRE = [sys.executable, "-m", "strikewire.cli"]
NAMES = ["Homs", "Hama", "Idlib", "Aleppo", "Raqqa", "Deir ez-Zor", "Latakia", "Daraa"]
STUCK = "Russian aircraft struck targets in " + " ".join(NAMES * 32000)
GOOD = "Russian aircraft struck 12 targets in Idlib province overnight, the ministry said on Monday. "
DAY = "2026-12-01"


def _page(title: str, text: str) -> bytes:
    return (f"<html lang='en'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{text}</p></article></body></html>").encode()


@pytest.fixture()
def stuck_feed(tmp_path):
    """A loopback feed of three good pages and the stuck one; yields its feeds.toml."""
    pages = {"good-1": GOOD * 3, "stuck": STUCK, "good-2": GOOD.replace("Idlib", "Hama") * 3,
             "good-3": GOOD.replace("Idlib", "Homs") * 3}
    with RouteServer() as srv:
        for path, text in pages.items():
            srv.routes[f"/{path}"] = ("text/html; charset=utf-8", _page(path, text))
        srv.routes["/feed.xml"] = ("application/rss+xml", rss_bytes(
            [(p, f"{srv.base}/{p}") for p in pages], datetime(2026, 12, 1, 9, tzinfo=timezone.utc)))
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(f'[fetch]\nallow_private_networks = true\n\n[[feeds]]\nname = "t"\n'
                         f'url = "{srv.base}/feed.xml"\nlang = "en"\n', encoding="utf-8")
        yield feeds


def strikewire(*args: str, page_timeout: float) -> subprocess.Popen:
    env = dict(os.environ, STRIKEWIRE_PAGE_TIMEOUT_S=str(page_timeout))
    return subprocess.Popen([*STRIKEWIRE, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def busy_descendants(proc: subprocess.Popen, ceiling_s: float = 300) -> list[psutil.Process]:
    """Wait until a worker process of `proc` is deep in a page (its CPU time grows past
    2 s); return every process `proc` has started."""
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + ceiling_s
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stdout.read()
        kids = parent.children(recursive=True)
        for kid in kids:
            try:   # a page worker is forked from the fork server; its CPU time is its own
                if "forkserver" in " ".join(kid.parent().cmdline()) and kid.cpu_times().user > 2:
                    return parent.children(recursive=True)
            except (psutil.NoSuchProcess, AttributeError):
                continue
        time.sleep(0.2)
    raise AssertionError("no worker got busy on the stuck page")


def gone(procs: list[psutil.Process], ceiling_s: float = 60) -> list[str]:
    _, alive = psutil.wait_procs(procs, timeout=ceiling_s)
    return [" ".join(p.cmdline()[:4]) for p in alive if p.status() != psutil.STATUS_ZOMBIE]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_stuck_page_is_killed_and_only_it_is_lost_then_backfill_bounds_it_too(tmp_path, stuck_feed, workers):
    db = tmp_path / "w.duckdb"
    run = strikewire("run", "--feeds", str(stuck_feed), "--db", str(db), "--date", DAY,
                     "--no-progress", "--workers", workers, page_timeout=5)
    out, _ = run.communicate(timeout=900)
    assert run.returncode == 0, out
    rows = dict(query(str(db), "SELECT regexp_extract(url, '[^/]+$'), text_found FROM articles"))
    assert rows == {"good-1": True, "good-2": True, "good-3": True, "stuck": False}
    assert query(str(db), "SELECT count(*) FROM extractions")[0][0] == 3
    assert query(str(db), "SELECT regexp_extract(url, '[^/]+$'), stage, status FROM fetch_log "
                          "WHERE status = 'timeout'") == [("stuck", "clean", "timeout")]
    assert query(str(db), "SELECT status FROM runs") == [("completed_with_errors",)]

    # The backfill meets the same page (stored for it) under the same limit.
    bf = strikewire("backfill", "--start", DAY, "--end", DAY, "--reextract", "--db", str(db),
                    "--workers", workers, page_timeout=5)
    out, _ = bf.communicate(timeout=900)
    assert bf.returncode == 0, out
    assert "1 failed" in out, out
    assert query(str(db), "SELECT count(*) FROM fetch_log WHERE status = 'timeout'")[0][0] == 2
    assert query(str(db), "SELECT status FROM runs ORDER BY started_at") == [
        ("completed_with_errors",), ("completed_with_errors",)]
    # no extractions row: a later backfill tries the page again
    assert query(str(db), "SELECT count(*) FROM extractions")[0][0] == 3


def test_sigterm_stops_a_run_busy_on_a_stuck_page_and_records_it_interrupted(tmp_path, stuck_feed):
    db = tmp_path / "w.duckdb"
    run = strikewire("run", "--feeds", str(stuck_feed), "--db", str(db), "--date", DAY,
                     "--no-progress", "--workers", "1", page_timeout=3600)
    started = busy_descendants(run)
    run.send_signal(signal.SIGTERM)
    run.communicate(timeout=60)
    assert run.returncode != 0
    assert gone(started) == []
    status, error = query(str(db), "SELECT status, error_summary FROM runs")[0]
    assert status == "interrupted" and "SIGTERM" in error


def test_kill_9_of_the_run_leaves_no_process_behind(tmp_path, stuck_feed):
    db = tmp_path / "w.duckdb"
    run = strikewire("run", "--feeds", str(stuck_feed), "--db", str(db), "--date", DAY,
                     "--no-progress", "--workers", "2", page_timeout=3600)
    started = busy_descendants(run)
    assert any("resource_tracker" in " ".join(p.cmdline()) for p in started)
    run.kill()   # the run's process alone, as the OOM killer does
    run.wait(timeout=60)
    assert gone(started) == []
