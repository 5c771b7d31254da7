"""`backfill --task-runner dask` on a real Dask cluster (issue 14) and under the page time
limit (issue 12), as an operator meets them: `dask scheduler` and `dask worker` processes
on 127.0.0.1 started from the command line of the `dask` extra, `strikewire backfill` as a
subprocess pointed at the scheduler with `--dask-address`, real DuckDB files compared
table by table with a local backfill of the same warehouse.

Nothing is timed: the tests wait for outcomes (with generous ceilings) and compare rows.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("prefect_dask", reason="the 'dask' extra is not installed")

from tests.daskcluster import DaskCluster  # noqa: E402
from tests.test_backfill import RANGE, _forget_current_version, copy_db, demo_db  # noqa: E402,F401
from tests.test_daily_flow import query  # noqa: E402

pytestmark = pytest.mark.usefixtures("prefect_harness")

ROOT = Path(__file__).resolve().parents[1]
STRIKEWIRE = [sys.executable, "-m", "strikewire.cli"]


def backfill_cmd(db: str, *extra: str) -> list[str]:
    return [*STRIKEWIRE, "backfill", "--start", RANGE["start"], "--end", RANGE["end"], "--reextract",
            "--db", db, *extra]


def run(cmd: list[str], env: dict | None = None, timeout: float = 600) -> str:
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def tables(db: str) -> dict:
    """What a backfill wrote, as content: events, extractions, operations and their members
    (no timestamps of when the rows were written, no run ids)."""
    con = duckdb.connect(db, read_only=True)
    try:
        out = {}
        for name, sql in {
            "extractions": "SELECT article_id, extractor_version, n_events FROM extractions",
            "events": "SELECT * EXCLUDE (extracted_at) FROM events",
            "operations": "SELECT * FROM operations",
            "operation_members": "SELECT * FROM operation_members",
        }.items():
            out[name] = con.execute(f"SELECT count(*), coalesce(sum(hash(t)), 0) FROM ({sql}) t").fetchone()
        return out
    finally:
        con.close()


@pytest.fixture(scope="module")
def local_reference(demo_db, tmp_path_factory) -> dict:
    """The demo warehouse re-extracted whole by a local backfill (the process pool)."""
    db = copy_db(demo_db, tmp_path_factory.mktemp("local") / "local.duckdb")
    _forget_current_version(db)
    run(backfill_cmd(db, "--workers", "1"))
    return tables(db)


def test_a_backfill_on_a_real_cluster_writes_what_a_local_one_writes(demo_db, local_reference, tmp_path):
    db = copy_db(demo_db, tmp_path / "dask.duckdb")
    n_articles = _forget_current_version(db)
    with DaskCluster(workers=2) as cluster:
        out = run(backfill_cmd(db, "--task-runner", "dask", "--dask-address", cluster.address))
        pids = cluster.all_pids()
        assert len(pids) >= 5     # the scheduler, two nannies, two workers (and their page processes)
    assert f"{n_articles} articles re-extracted" in out, out
    assert tables(db) == local_reference
    assert query(db, "SELECT status, params->>'$.task_runner' FROM runs WHERE flow = 'backfill'") == [
        ("completed", "dask")]
    # Every process of the cluster is gone with it, page processes included.
    import psutil

    assert not [p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]


def _busy_worker_pid(address: str, proc: subprocess.Popen, ceiling_s: float = 300) -> int:
    """The pid of the Dask worker process that is running a batch of the backfill."""
    from distributed import Client

    deadline = time.monotonic() + ceiling_s
    with Client(address, timeout=30) as client:
        while time.monotonic() < deadline:
            assert proc.poll() is None, "the backfill ended before a worker could be killed"
            processing = client.processing()
            busy = [addr for addr, keys in processing.items() if any("extract" in str(k) for k in keys)]
            if busy:
                return client.run(os.getpid, workers=busy[:1])[busy[0]]
            time.sleep(0.05)
    raise AssertionError("no worker ever ran a batch")


def test_killing_a_worker_mid_way_loses_nothing(demo_db, local_reference, tmp_path):
    db = copy_db(demo_db, tmp_path / "killed.duckdb")
    n_articles = _forget_current_version(db)
    with DaskCluster(workers=2) as cluster:
        proc = subprocess.Popen(backfill_cmd(db, "--task-runner", "dask", "--dask-address", cluster.address),
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            victim = _busy_worker_pid(cluster.address, proc)
            os.kill(victim, signal.SIGKILL)     # as the OOM killer would: no goodbye to the scheduler
            out, err = proc.communicate(timeout=600)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 0, out + err
        assert victim not in [p.pid for p in cluster.worker_processes()]
    assert f"{n_articles} articles re-extracted" in out, out
    assert tables(db) == local_reference
    assert query(db, "SELECT status FROM runs WHERE flow = 'backfill'") == [("completed",)]


def test_a_stuck_page_on_dask_is_killed_and_the_rest_of_its_batch_is_kept(tmp_path):
    """The Dask path runs each page in a page process under STRIKEWIRE_PAGE_TIMEOUT_S, as
    the local paths do: the stuck page becomes a `timeout` row, the good pages of its batch
    (one Dask task) keep their extractions."""
    from datetime import datetime, timezone

    from tests.sites import RouteServer, rss_bytes
    from tests.test_stuck_page import DAY, GOOD, STUCK, _page

    pages = {"good-1": GOOD * 3, "stuck": STUCK, "good-2": GOOD.replace("Idlib", "Hama") * 3}
    db = tmp_path / "w.duckdb"
    env = dict(os.environ, STRIKEWIRE_PAGE_TIMEOUT_S="5")
    with RouteServer() as srv:
        for path, text in pages.items():
            srv.routes[f"/{path}"] = ("text/html; charset=utf-8", _page(path, text))
        srv.routes["/feed.xml"] = ("application/rss+xml", rss_bytes(
            [(p, f"{srv.base}/{p}") for p in pages], datetime(2026, 12, 1, 9, tzinfo=timezone.utc)))
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(f'[fetch]\nallow_private_networks = true\n\n[[feeds]]\nname = "t"\n'
                         f'url = "{srv.base}/feed.xml"\nlang = "en"\n', encoding="utf-8")
        run([*STRIKEWIRE, "run", "--feeds", str(feeds), "--db", str(db), "--date", DAY, "--no-progress",
             "--workers", "1"], env=env, timeout=900)
    # Every page to do again, in one batch: the good ones from their text, the stuck one
    # from its stored page (the run kept it without text).
    _forget_current_version(str(db))
    with DaskCluster(workers=1) as cluster:
        out = run([*STRIKEWIRE, "backfill", "--start", DAY, "--end", DAY, "--reextract", "--db", str(db),
                   "--task-runner", "dask", "--dask-address", cluster.address], env=env, timeout=900)
    assert "2 articles re-extracted" in out and "1 failed" in out, out
    backfill_run = query(str(db), "SELECT run_id, status FROM runs WHERE flow = 'backfill'")
    assert [status for _, status in backfill_run] == ["completed_with_errors"]
    assert query(str(db), "SELECT regexp_extract(url, '[^/]+$'), stage, status FROM fetch_log "
                          "WHERE status = 'timeout' AND run_id = ?", [backfill_run[0][0]]) == [
        ("stuck", "clean", "timeout")]
    done = {name for (name,) in query(str(db), """
        SELECT regexp_extract(a.url, '[^/]+$') FROM extractions x JOIN articles a USING (article_id)""")}
    assert done == {"good-1", "good-2"}


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    from tests.daskcluster import free_port

    db = tmp_path / "w.duckdb"
    env = dict(os.environ, DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="2s")
    proc = subprocess.run([*STRIKEWIRE, "backfill", "--start", "2026-11-01", "--end", "2026-11-02",
                           "--reextract", "--db", str(db), "--task-runner", "dask",
                           "--dask-address", f"tcp://127.0.0.1:{free_port()}"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("strikewire: cannot reach the Dask scheduler at tcp://127.0.0.1:"), proc.stderr
    assert "Traceback" not in proc.stderr
