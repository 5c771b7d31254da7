"""Every ```sql block in docs/analysts.md runs, and returns rows, on the demo corpus's warehouse."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "analysts.md"
BLOCKS = re.findall(r"^```sql\n(.*?)^```", GUIDE.read_text(encoding="utf-8"), flags=re.S | re.M)


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory, prefect_harness):
    """What an analyst opens: the snapshot a real daily run over the demo corpus leaves."""
    from flows.daily import daily_ingest
    from strikewire.demo_server import demo_feeds_toml, serve_corpus
    from warehouse.db import snapshot_path

    tmp = tmp_path_factory.mktemp("wh")
    db = tmp / "demo.duckdb"
    with serve_corpus() as server:
        feeds = tmp / "feeds.toml"
        feeds.write_text(demo_feeds_toml(server.base_url, server.feed_urls), encoding="utf-8")
        summary = daily_ingest(feeds_path=str(feeds), db_path=str(db), run_date="2024-03-13", workers=1)
    assert summary.ok
    con = duckdb.connect(snapshot_path(db), read_only=True)
    yield con
    con.close()


def test_guide_has_ten_questions():
    assert len(BLOCKS) >= 10


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """A warehouse built from synthetic rows with what the demo lacks: sources that
    disagree on a figure, running totals beside daily figures."""
    try:
        from tests.test_operations_fixtures import demo_warehouse
    except ImportError:  # tests/ run as plain modules
        from test_operations_fixtures import demo_warehouse

    path = tmp_path_factory.mktemp("synthetic") / "synthetic.duckdb"
    demo_warehouse(path).close()
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


@pytest.mark.parametrize("sql", BLOCKS, ids=[f"q{i + 1}" for i in range(len(BLOCKS))])
def test_guide_query_runs(snapshot, synthetic, sql):
    on_demo = snapshot.execute(sql).fetchall()
    on_synthetic = synthetic.execute(sql).fetchall()
    assert on_demo or on_synthetic, "an example that returns nothing explains nothing"


def test_guide_documents_every_operations_column(snapshot):
    text = GUIDE.read_text(encoding="utf-8")
    for table in ("operations", "daily_operations", "operations_by_admin1", "platforms_daily",
                  "targets_daily", "actors", "admin1", "operation_types"):
        for (col,) in snapshot.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall():
            assert f"`{col}`" in text, f"{table}.{col} is not described in docs/analysts.md"
