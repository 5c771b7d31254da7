"""Every ```sql block in docs/analysts.md runs, and returns rows, on a demo-like warehouse."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

try:
    from tests.test_operations_fixtures import demo_warehouse
except ImportError:  # tests/ run as plain modules (no tests/__init__.py)
    from test_operations_fixtures import demo_warehouse

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "analysts.md"
BLOCKS = re.findall(r"^```sql\n(.*?)^```", GUIDE.read_text(encoding="utf-8"), flags=re.S | re.M)


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory):
    """The analysts' view: a read-only connection to a finished warehouse."""
    path = tmp_path_factory.mktemp("wh") / "demo.duckdb"
    demo_warehouse(path).close()
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


def test_guide_has_ten_questions():
    assert len(BLOCKS) >= 10


@pytest.mark.parametrize("sql", BLOCKS, ids=[f"q{i + 1}" for i in range(len(BLOCKS))])
def test_guide_query_runs(snapshot, sql):
    rows = snapshot.execute(sql).fetchall()
    assert rows, "an example that returns nothing on the demo data explains nothing"


def test_guide_documents_every_operations_column(snapshot):
    text = GUIDE.read_text(encoding="utf-8")
    for table in ("operations", "daily_operations", "operations_by_admin1", "platforms_daily",
                  "targets_daily", "actors", "admin1", "operation_types"):
        for (col,) in snapshot.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall():
            assert f"`{col}`" in text, f"{table}.{col} is not described in docs/analysts.md"
