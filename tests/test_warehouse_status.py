"""render_status / render_landed on a small warehouse, and while a run holds it."""
from __future__ import annotations

import pytest

from warehouse import db, load
from warehouse.errors import WarehouseLocked
from warehouse.status import render_landed, render_status

from tests.test_load import synthetic_batch
from tests.test_warehouse_processes import HOLDER, _child, _expect


@pytest.fixture
def warehouse(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    load.upsert_feeds(con, [{"url": "https://wire.example/rss", "name": "Wire", "agency": "AFP", "lang": "en"}])
    run_id = load.start_run(con, "daily-ingest", {}, "1.0.0+a")
    batch = synthetic_batch(0, 6, run_id=run_id)
    batch["fetch_log"][0].update(status="timeout", error="read timed out after 20 s")
    load.load_batch(con, **batch)
    load.finish_run(con, run_id, {"articles_new": 6, "events_new": 8, "errors": 1},
                    "completed_with_errors", "1× page timeout")
    con.close()
    return path


def test_status_shows_runs_holdings_and_failures(warehouse):
    text = render_status(str(warehouse))
    assert "6 articles (6 with text)" in text and "completed_with_errors" in text
    assert "Wire" in text and "timeout" in text and "read timed out" in text


def test_landed_shows_the_last_runs_events(warehouse):
    text = render_landed(str(warehouse))
    assert "6 new articles, 8 events" in text
    assert "RUS" in text and "airstrike" in text and "SY-HM,SY-ID" in text


def test_status_reads_the_snapshot_while_a_run_holds_the_file(warehouse):
    holder = _child(HOLDER, str(warehouse))
    try:
        _expect(holder, "holding")
        with pytest.raises(WarehouseLocked):
            render_status(str(warehouse))          # no snapshot yet: say who holds it
    finally:
        holder.communicate("go\n")
    db.snapshot(warehouse)
    holder = _child(HOLDER, str(warehouse))
    try:
        _expect(holder, "holding")
        text = render_status(str(warehouse))
        assert text.startswith(f"(the warehouse is in use by process {holder.pid}; showing its snapshot")
        assert "6 articles" in text
    finally:
        holder.communicate("go\n")


def test_empty_warehouse(tmp_path):
    path = tmp_path / "w.duckdb"
    db.connect(path).close()
    assert "no runs yet" in render_status(str(path))
    assert "nothing has been loaded yet" in render_landed(str(path))
