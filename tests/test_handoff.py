"""Rows handed to a nested task run are not kept by Prefect once used
(`flows.runtime.handoff`): the daily run's own process stays flat in the number of pages."""
from __future__ import annotations

import gc
import weakref

import pytest
from prefect import flow, task

from flows.daily import load_rows
from flows.rows import FetchLogRow
from flows.runtime.handoff import Handoff, rows_of
from warehouse import db

pytestmark = pytest.mark.usefixtures("prefect_harness")


def test_rows_are_taken_once():
    box = Handoff([1, 2, 3])
    assert len(box) == 3 and repr(box) == "<3 rows>"
    assert box.take() == [1, 2, 3]
    assert box.taken and repr(box) == "<3 rows, taken>"
    with pytest.raises(RuntimeError, match="handed off already"):
        box.take()


def test_rows_of_takes_lists_boxes_and_nothing():
    assert rows_of(None) == []
    assert rows_of((1, 2)) == [1, 2]
    box = Handoff(["a"])
    assert rows_of(box) == ["a"] and box.taken


class _Page:
    """Stands for a page's rows: anything a weak reference can follow."""


@task
def _use(rows):
    return len(rows_of(rows))


def _kept_after_nested_run(wrap) -> bool:
    """Start a nested task run with one object's rows, drop every reference of ours,
    and say whether the object is still alive while the enclosing task runs."""
    @task
    def enclosing() -> bool:
        rows = [_Page()]
        ref = weakref.ref(rows[0])
        assert _use(wrap(rows)) == 1
        del rows
        gc.collect()
        return ref() is not None

    @flow
    def run() -> bool:
        return enclosing()

    return run()


def test_prefect_keeps_a_nested_runs_parameters_until_the_enclosing_task_ends():
    # Why the box exists: if this starts failing, Prefect stopped keeping them and
    # `Handoff` can go.
    assert _kept_after_nested_run(lambda rows: rows)


def test_a_boxed_parameter_is_released_once_taken():
    assert not _kept_after_nested_run(Handoff)


def test_load_rows_releases_its_rows(tmp_path):
    path = tmp_path / "w.duckdb"
    db.connect(path).close()

    @task
    def enclosing() -> tuple[bool, int]:
        rows = [FetchLogRow(url=f"http://127.0.0.1/{i}", feed_url=None, kind="page", stage="fetch",
                            status="ok") for i in range(3)]
        ref = weakref.ref(rows[0])
        counts = load_rows(str(path), "run-1", Handoff(rows))
        del rows
        gc.collect()
        return ref() is not None, counts.fetch_log

    @flow
    def run():
        return enclosing()

    kept, loaded = run()
    assert loaded == 3 and not kept
    con = db.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM fetch_log WHERE run_id = 'run-1'").fetchone()[0] == 3
    finally:
        con.close()
