"""`strikewire run` as an operator meets it: real processes, a held lock, kill -9 (issue 6)."""
from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from strikewire.demo_server import demo_feeds_toml, serve_corpus
from tests.test_daily_flow import fingerprint, query

ROOT = Path(__file__).resolve().parents[1]
STRIKEWIRE = [sys.executable, "-m", "strikewire.cli"]


def strikewire(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([*STRIKEWIRE, *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


@pytest.fixture()
def demo_feeds(tmp_path):
    with serve_corpus() as server:
        path = tmp_path / "feeds.toml"
        path.write_text(demo_feeds_toml(server.base_url, server.feed_urls), encoding="utf-8")
        yield path


def test_run_on_a_held_warehouse_fails_in_one_line(tmp_path, demo_feeds):
    db = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
                               f"print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        proc = strikewire("run", "--feeds", str(demo_feeds), "--db", str(db), "--no-progress")
        out, err = proc.communicate(timeout=120)
        took = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert proc.returncode == 2, (out, err)
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("strikewire: "), err
    assert f"process {holder.pid}" in lines[0]
    print(f"refused in {took:.1f} s")


def test_two_runs_at_once_lose_and_duplicate_nothing(tmp_path, demo_feeds):
    db = tmp_path / "w.duckdb"
    procs = [strikewire("run", "--feeds", str(demo_feeds), "--db", str(db), "--no-progress",
                        "--lock-wait", "120") for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert "Traceback" not in err, err
        assert proc.returncode == 0, (out, err)
        assert not re.search(r"(?m)^articles\s.*\d+/\d+", out + err), out   # --no-progress: no bar
    n, distinct = query(str(db), "SELECT count(*), count(DISTINCT url) FROM articles")[0]
    assert n == distinct >= 25
    # The second run waited for the first, then found nothing new.
    news = sorted(r for (r,) in query(str(db), "SELECT articles_new FROM runs"))
    assert news == [0, n]


def test_kill_9_mid_run_then_rerun_loses_and_duplicates_nothing(tmp_path, demo_feeds):
    reference = tmp_path / "reference.duckdb"
    proc = strikewire("run", "--feeds", str(demo_feeds), "--db", str(reference), "--no-progress")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err

    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([*STRIKEWIRE, "run", "--feeds", str(demo_feeds), "--db", str(db),
                             "--no-progress", "--workers", "1"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    # Kill the whole process group at some moment after the pages start loading. The demo's
    # 30 pages now take well under a second once listed (two pages in flight per worker, a
    # warm fork server), so the moment is drawn from the first 0.3 s: later, the run had
    # already finished and there was nothing left to interrupt.
    for line in proc.stderr:
        if "new articles" in line:
            time.sleep(random.Random(os.getpid()).uniform(0.0, 0.3))
            os.killpg(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    # Whatever was committed is whole: every stored article has its extraction row.
    n_articles, orphans = query(str(db), """
        SELECT count(*), count(*) FILTER (WHERE text_found AND NOT EXISTS
            (SELECT 1 FROM extractions x WHERE x.article_id = a.article_id))
        FROM articles a""")[0]
    assert orphans == 0

    proc = strikewire("run", "--feeds", str(demo_feeds), "--db", str(db), "--no-progress")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    mine, theirs = fingerprint(str(db)), fingerprint(str(reference))
    for table in ("articles", "extractions", "events"):
        assert mine[table] == theirs[table], (table, n_articles)
    statuses = [s for (s,) in query(str(db), "SELECT status FROM runs ORDER BY started_at")]
    assert statuses[0] == "interrupted" and statuses[-1].startswith("completed")
