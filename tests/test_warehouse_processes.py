"""Several processes and one warehouse file: the lock, a SIGKILL mid-load, the snapshot.

Real processes, real files; nothing here asserts on time. Children signal progress on
stdout, one line at a time, and the parent acts on those lines.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from warehouse import db, load
from warehouse.errors import WarehouseLocked
from warehouse.pages import PageStore

from tests.test_load import fingerprint, synthetic_batch

ROOT = Path(__file__).resolve().parents[1]


def _child(code: str, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], env=env, cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _expect(proc: subprocess.Popen, word: str) -> str:
    line = proc.stdout.readline()
    if not line.startswith(word):
        proc.kill()
        raise AssertionError(f"child said {line!r}; stderr: {proc.stderr.read()}")
    return line


HOLDER = """
    import sys
    from warehouse import db
    con = db.connect(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()          # hold the file until the parent says so
    con.close()
    print("released", flush=True)
"""


def test_second_process_gets_a_one_line_lock_error(tmp_path):
    path = tmp_path / "w.duckdb"
    holder = _child(HOLDER, str(path))
    try:
        _expect(holder, "holding")
        for read_only in (False, True):
            with pytest.raises(WarehouseLocked) as err:
                db.connect(path, read_only=read_only)
            message = str(err.value)
            assert "\n" not in message
            assert str(path) in message and f"process {holder.pid}" in message
            assert err.value.pid == holder.pid
            assert "Traceback" not in message and "IO Error" not in message
    finally:
        holder.communicate("go\n")


def test_lock_wait_gets_the_file_once_released(tmp_path):
    path = tmp_path / "w.duckdb"
    holder = _child(HOLDER, str(path))
    _expect(holder, "holding")
    # The holder is told to let go only after our first attempt has certainly failed:
    # the release is triggered from inside the retry loop's sleep.
    original_sleep = db.time.sleep
    released = threading.Event()

    def sleep_then_release(seconds):
        if not released.is_set():
            released.set()
            holder.stdin.write("go\n")
            holder.stdin.flush()
            _expect(holder, "released")
        original_sleep(seconds)

    db.time.sleep = sleep_then_release
    try:
        con = db.connect(path, lock_wait_s=600)
    finally:
        db.time.sleep = original_sleep
    assert released.is_set()
    assert con.execute("SELECT count(*) FROM schema_migrations").fetchall()[0][0] >= 3
    con.close()
    holder.wait()


LOADER = """
    import sys
    from warehouse import db, load
    from tests.test_load import synthetic_batch
    path, first, last, size = sys.argv[1], *map(int, sys.argv[2:5])
    con = db.connect(path)
    run_id = load.start_run(con, "test-load", {"first": first, "last": last}, "1.0.0+aaaaaaaaaaaa")
    for b in range(first, last):
        load.load_batch(con, **synthetic_batch(b * size, size, run_id=run_id))
        print("committed", b, flush=True)
    load.finish_run(con, run_id, {"articles_new": (last - first) * size}, "completed")
    print("done", flush=True)
"""

N_BATCHES, SIZE = 40, 250


def _consistency(path: Path) -> dict:
    con = db.connect(path, read_only=True)
    try:
        q = lambda sql: con.execute(sql).fetchall()[0]  # noqa: E731
        n_articles, n_ext, n_events = q("SELECT (SELECT count(*) FROM articles), "
                                        "(SELECT count(*) FROM extractions), (SELECT count(*) FROM events)")
        orphans = q("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                    "(SELECT 1 FROM extractions x WHERE x.article_id = a.article_id)")[0]
        counted = q("SELECT coalesce(sum(n_events), 0) FROM extractions")[0]
        logged = q("SELECT count(*) FROM fetch_log")[0]
        return {"articles": n_articles, "extractions": n_ext, "events": n_events, "orphans": orphans,
                "events_by_extractions": counted, "fetch_log": logged,
                "runs": dict(con.execute("SELECT status, count(*) FROM runs GROUP BY ALL").fetchall())}
    finally:
        con.close()


def test_sigkill_mid_load_leaves_whole_batches_and_a_rerun_completes(tmp_path):
    path = tmp_path / "w.duckdb"
    loader = _child(LOADER, str(path), "0", str(N_BATCHES), str(SIZE))
    for _ in range(3):
        _expect(loader, "committed")
    loader.send_signal(signal.SIGKILL)   # most likely inside the 4th batch's transaction
    loader.wait()
    assert loader.returncode == -signal.SIGKILL

    state = _consistency(path)
    assert state["articles"] % SIZE == 0 and state["articles"] >= 3 * SIZE   # no half batch
    assert state["extractions"] == state["articles"] and state["orphans"] == 0
    assert state["events"] == state["events_by_extractions"]
    assert state["fetch_log"] == state["articles"]
    assert state["runs"] == {"running": 1}

    rerun = _child(LOADER, str(path), "0", str(N_BATCHES), str(SIZE))
    out, err = rerun.communicate()
    assert rerun.returncode == 0, err
    state = _consistency(path)
    assert state["articles"] == state["extractions"] == N_BATCHES * SIZE
    assert state["events"] == state["events_by_extractions"] and state["orphans"] == 0
    assert state["runs"] == {"interrupted": 1, "completed": 1}

    # And loading everything once more changes nothing.
    con = db.connect(path)
    before = {k: v for k, v in fingerprint(con).items() if k != "fetch_log"}
    for b in range(N_BATCHES):
        load.load_batch(con, **synthetic_batch(b * SIZE, SIZE, run_id="again"))
    after = {k: v for k, v in fingerprint(con).items() if k != "fetch_log"}
    con.close()
    assert after == before


PAUSED_LOADER = """
    import sys, time
    from contextlib import contextmanager
    from warehouse import db, load
    from tests.test_load import synthetic_batch
    path, size = sys.argv[1], int(sys.argv[2])
    con = db.connect(path)
    run_id = load.start_run(con, "test-load", {}, "1.0.0+aaaaaaaaaaaa")
    for b in range(2):
        load.load_batch(con, **synthetic_batch(b * size, size, run_id=run_id))

    @contextmanager
    def never_commits(con):
        con.begin()
        yield con
        print("every statement ran, commit pending", flush=True)
        time.sleep(3600)

    load.transaction = never_commits
    load.load_batch(con, **synthetic_batch(2 * size, size, run_id=run_id))
"""


def test_sigkill_after_every_statement_but_before_commit_leaves_no_trace(tmp_path):
    path = tmp_path / "w.duckdb"
    loader = _child(PAUSED_LOADER, str(path), str(SIZE))
    _expect(loader, "every statement ran")
    loader.send_signal(signal.SIGKILL)
    loader.wait()
    state = _consistency(path)
    assert state["articles"] == state["extractions"] == state["fetch_log"] == 2 * SIZE
    assert state["events"] == state["events_by_extractions"] and state["orphans"] == 0


ANALYST = """
    import sys
    from warehouse import db
    con = db.connect(sys.argv[1], read_only=True)
    print("articles", con.execute("SELECT count(*) FROM articles").fetchall()[0][0], flush=True)
    sys.stdin.readline()          # keep the snapshot open while the writer refreshes it
    print("articles", con.execute("SELECT count(*) FROM articles").fetchall()[0][0], flush=True)
    con.close()
    con = db.connect(sys.argv[1], read_only=True)
    print("articles", con.execute("SELECT count(*) FROM articles").fetchall()[0][0],
          con.execute("SELECT count(*) FROM events_current").fetchall()[0][0], flush=True)
"""


def test_snapshot_is_readable_while_the_writer_holds_the_warehouse(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    load.load_batch(con, **synthetic_batch(0, 10))
    snap = db.snapshot(con)
    assert snap == str(path) + ".snapshot.duckdb"

    analyst = _child(ANALYST, snap)
    assert _expect(analyst, "articles").split() == ["articles", "10"]
    load.load_batch(con, **synthetic_batch(10, 5))
    assert db.snapshot(con) == snap           # replaced while the analyst has the old one open
    analyst.stdin.write("\n")
    analyst.stdin.flush()
    assert _expect(analyst, "articles").split() == ["articles", "10"]     # the old copy, whole
    expected_events = con.execute("SELECT count(*) FROM events_current").fetchall()[0][0]
    assert _expect(analyst, "articles").split() == ["articles", "15", str(expected_events)]
    analyst.wait()
    con.close()
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


def test_snapshot_from_a_closed_warehouse_path(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    load.load_batch(con, **synthetic_batch(0, 4))
    con.close()
    dest = tmp_path / "copies" / "analysts.duckdb"
    assert db.snapshot(path, dest) == str(dest)
    assert db.snapshot(path) == str(path) + ".snapshot.duckdb"
    copy = db.connect(dest, read_only=True)
    assert copy.execute("SELECT count(*) FROM articles").fetchall() == [(4,)]
    assert copy.execute("SELECT count(*) FROM schema_migrations").fetchall()[0][0] >= 3
    copy.close()


def test_snapshot_of_a_held_warehouse_path_says_locked(tmp_path):
    path = tmp_path / "w.duckdb"
    holder = _child(HOLDER, str(path))
    try:
        _expect(holder, "holding")
        with pytest.raises(WarehouseLocked):
            db.snapshot(path)
    finally:
        holder.communicate("go\n")


def test_snapshot_keeps_every_row_and_view_but_not_the_stored_pages(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    load.load_batch(con, **synthetic_batch(0, 12))
    assert con.execute("SELECT count(raw_encoding) FROM articles").fetchall() == [(12,)]
    with PageStore.of(con) as pages:
        assert pages.count() == 12   # the pages beside the warehouse, not in the snapshot
    snap = db.snapshot(con)
    tables = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()").fetchall()]
    views = [r[0] for r in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE database_name = current_database() AND NOT internal").fetchall()]
    copy = db.connect(snap, read_only=True)
    try:
        for t in tables:
            assert copy.execute(f'SELECT count(*) FROM "{t}"').fetchall() == \
                con.execute(f'SELECT count(*) FROM "{t}"').fetchall(), t
        for v in views:
            assert copy.execute(f'SELECT * FROM "{v}" ORDER BY ALL').fetchall() == \
                con.execute(f'SELECT * FROM "{v}" ORDER BY ALL').fetchall(), v
        assert copy.execute("SELECT count(raw_html), count(text) FROM articles").fetchall() == \
            [(0, con.execute("SELECT count(text) FROM articles").fetchall()[0][0])]
    finally:
        copy.close()
        con.close()
