"""Issue 12: every page's cleaning and extraction is bounded by a limit that kills a process.

Real worker processes (the fork server's), a real stuck page: the issue's sentence of
place names, made long enough that no machine extracts it within the 3 s limit used
here. Nothing is timed: the tests look at what came back and which processes live.
"""
from __future__ import annotations

import psutil
import pytest

from flows.pipeline import PageJob
from flows.runtime.page_pool import PagePool

NAMES = ["Homs", "Hama", "Idlib", "Aleppo", "Raqqa", "Deir ez-Zor", "Latakia", "Daraa"]
STUCK = "Russian aircraft struck targets in " + " ".join(NAMES * 32000)   # ~1.8 MB, minutes
GOOD = "Russian aircraft struck 12 targets in Idlib province overnight, the ministry said."


def job(n: int, text: str) -> PageJob:
    return PageJob(url=f"https://agency.example/{n}", feed_url="https://agency.example/rss",
                   agency=None, guid=None, title="t", summary=None, published_at=None,
                   lang_hint="en", body=None, stored_text=text, stored_lang="en")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_stuck_page_is_killed_and_the_good_pages_of_its_batch_are_kept(workers):
    with PagePool(workers, page_timeout=3) as pool:
        before = set(pool.pids())
        pages = pool.map([job(1, GOOD), job(2, STUCK), job(3, GOOD), job(4, GOOD)])
        after = set(pool.pids())
        # the pool goes on with a fresh worker in place of the killed one
        again = pool.map([job(5, GOOD)])
    assert [p.article.url[-1] for p in pages] == ["1", "2", "3", "4"]
    for p in pages[:1] + pages[2:]:
        assert p.extraction is not None and p.extraction["n_events"] == 1, p.log
        assert p.article.text_found and not p.log
    stuck = pages[1]
    assert stuck.extraction is None and not stuck.article.text_found
    assert [(r.stage, r.status) for r in stuck.log] == [("extract", "timeout")]
    assert "over 3 s" in stuck.log[0].error
    assert pool.killed == 1
    killed = before - after
    assert len(killed) == 1 and not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie"
                                        for pid in killed)
    assert again[0].extraction["n_events"] == 1


def test_shutdown_kills_a_busy_worker_and_cancels_what_is_left():
    pool = PagePool(1, page_timeout=600)
    future = pool.submit([job(1, STUCK), job(2, GOOD)])
    pids = pool.pids()
    pool.shutdown()
    assert future.cancelled()
    assert not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie" for pid in pids)


def test_a_pool_shut_down_while_its_workers_start_leaves_none_behind():
    # The workers are started by the pool's own thread (the caller does not wait for the
    # fork server's warm-up); a pool shut down meanwhile kills each worker it still starts.
    import multiprocessing

    pool = PagePool(2, page_timeout=60)
    pool.shutdown()
    pool._thread.join(120)
    assert not pool._thread.is_alive()
    assert not [p for p in multiprocessing.active_children() if p.name == "strikewire-page-worker"]
    with pytest.raises(RuntimeError, match="shut down"):
        pool.submit([job(1, GOOD)])


_DISCARD_SCRIPT = r'''
import json, sys, time
from multiprocessing import forkserver
from flows.runtime import page_pool
from tests.test_page_pool import GOOD, job

def state(pid):
    try:
        with open(f"/proc/{pid}/status") as fh:
            return next(l.split()[1] for l in fh if l.startswith("State:"))
    except FileNotFoundError:
        return "gone"

page_pool.prestart_pool(2)
deadline = time.monotonic() + 60
while forkserver._forkserver._forkserver_pid is None and time.monotonic() < deadline:
    time.sleep(0.01)
first = forkserver._forkserver._forkserver_pid
page_pool.discard_prestarted(2)       # at once: the fork server is still warming up
while state(first) not in ("Z", "gone") and time.monotonic() < deadline:
    time.sleep(0.05)
stopped = state(first)
with page_pool.PagePool(1, page_timeout=60) as pool:   # the next pool starts a new one
    page = pool.map([job(1, GOOD)])[0]
print(json.dumps({"stopped": stopped, "restarted": forkserver._forkserver._forkserver_pid != first,
                  "log": [r.status for r in page.log], "events": page.extraction["n_events"]}))
'''


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="/proc and the fork server")
def test_a_prestarted_pool_discarded_before_its_warm_up_stops_the_fork_server(tmp_path):
    # `strikewire run` starts the workers' warm-up at once, beside Prefect's server; a run
    # whose feeds have nothing new discards them. The fork server, still loading
    # trafilatura and the lexicons, is stopped then (else it would hold the run's output
    # open until its warm-up ended), and a later pool starts a fresh one that works.
    # A fresh interpreter: no other pool of the test session shares its fork server.
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", _DISCARD_SCRIPT], cwd=root, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["stopped"] in ("Z", "gone")
    assert result["restarted"] is True
    assert result["log"] == [] and result["events"] == 1
