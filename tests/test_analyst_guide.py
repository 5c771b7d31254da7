"""Every ```sql block in docs/analysts.md runs and returns what its question asks: on the
demo corpus's warehouse and on a synthetic one, each query's row count is checked against
the same count computed another way from the base tables, and its key columns are unique
(a query that grouped away `operation_id` or `claimant` folds rows together and fails)."""
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
    from tests.warehouse_builders import demo_warehouse

    path = tmp_path_factory.mktemp("synthetic") / "synthetic.duckdb"
    demo_warehouse(path).close()
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


_DAILY = "FROM operations WHERE NOT cumulative AND event_date IS NOT NULL"

# Per SQL block of the guide, in order: the columns that identify a row (unique), and a
# query over the base tables that counts the rows the question should return.
EXPECTED = [
    (("claimant", "body"),      # the code tables section: claims by claiming body
     "SELECT count(*) FROM (SELECT DISTINCT claimant, claimant_body FROM operations)"),
    (("day", "actor", "claimant"),
     f"SELECT count(*) FROM (SELECT DISTINCT event_date, actor, claimant {_DAILY})"),
    (("day",),
     f"SELECT count(DISTINCT event_date) {_DAILY} AND actor = 'RUS' AND claimant = 'RUS' "
     f"AND claimant_body = 'MOD' AND country = 'SY'"),
    (("operation_id", "field", "said"),
     "SELECT coalesce(sum(json_array_length(json_extract(differences, '$.' || f))), 0) "
     "FROM operations, unnest(json_keys(differences)) AS k(f) WHERE figures_disagree"),
    (("actor", "claimant"),
     "SELECT count(*) FROM (SELECT DISTINCT actor, claimant FROM operations WHERE NOT cumulative)"),
    (("admin1", "actor", "claimant"),
     f"SELECT least(20, count(*)) FROM (SELECT DISTINCT unnest(admin1), actor, claimant {_DAILY})"),
    (("agency", "claimant", "actor"),
     "SELECT count(*) FROM (SELECT DISTINCT m.agency, o.claimant, o.actor FROM operation_members m "
     "JOIN operations o USING (operation_id))"),
    (("actor", "claimant", "platform"),
     f"SELECT count(*) FROM (SELECT DISTINCT actor, claimant, unnest(platforms) {_DAILY})"),
    (("actor", "claimant", "target_type"),
     f"SELECT count(*) FROM (SELECT DISTINCT actor, claimant, unnest(targets_hit).type {_DAILY})"),
    (("operation_id",), "SELECT least(20, count(*)) FROM operations"),
    (("month", "acled_sub_event_type", "cameo_code", "actor_name", "claimant_name", "country"),
     f"SELECT count(*) FROM (SELECT DISTINCT date_trunc('month', event_date), operation, actor, claimant, "
     f"country {_DAILY})"),
    (("operation_id",), "SELECT count(*) FROM operations WHERE cumulative AND sorties IS NOT NULL"),
]


def test_every_guide_query_has_its_expectation():
    assert len(EXPECTED) == len(BLOCKS)


def _check(con, sql, keys, count_sql) -> int:
    rel = con.execute(sql)
    names = [d[0] for d in rel.description]
    rows = rel.fetchall()
    assert set(keys) <= set(names), f"the query lost its key columns {set(keys) - set(names)}"
    seen = [tuple(r[names.index(k)] for k in keys) for r in rows]
    assert len(seen) == len(set(seen)), f"rows share a key {keys}: distinct rows were folded together"
    assert len(rows) == con.execute(count_sql).fetchall()[0][0]
    return len(rows)


@pytest.mark.parametrize("i", range(len(BLOCKS)), ids=[f"q{i + 1}" for i in range(len(BLOCKS))])
def test_guide_query_returns_what_it_asks(snapshot, synthetic, i):
    keys, count_sql = EXPECTED[i]
    on_demo = _check(snapshot, BLOCKS[i], keys, count_sql)
    on_synthetic = _check(synthetic, BLOCKS[i], keys, count_sql)
    assert on_demo or on_synthetic, "an example that returns nothing explains nothing"


def test_the_latest_operations_query_keeps_every_operation(snapshot):
    """Question 9 returns one row per operation (18 on the demo before the LIMIT bites)."""
    q9 = BLOCKS[9]
    assert "operation_id" in q9
    rows = snapshot.execute(q9.replace("LIMIT 20", "LIMIT 1000")).fetchall()
    assert len(rows) == snapshot.execute("SELECT count(*) FROM operations").fetchall()[0][0]


def test_guide_documents_every_operations_column(snapshot):
    text = GUIDE.read_text(encoding="utf-8")
    for table in ("operations", "daily_operations", "operations_by_admin1", "platforms_daily",
                  "targets_daily", "actors", "admin1", "operation_types", "platforms", "target_types",
                  "operation_changes", "claimant_bodies", "event_claimants", "operation_aliases"):
        for (col,) in snapshot.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall():
            assert f"`{col}`" in text, f"{table}.{col} is not described in docs/analysts.md"


def test_the_disagreement_question_shows_the_demo_agencies_figures(snapshot):
    """Question 3 answers for every field the sources differ on: on the demo, the Russian
    ministry's 13 March figure as two agencies carried it (targets, not sorties)."""
    q3 = next(b for b in BLOCKS if "figures_disagree" in b)
    rows = snapshot.execute(q3).fetchall()
    said = {(r[4], r[5], tuple(r[6])) for r in rows}
    assert ("targets", "127", ("Meridian Wire",)) in said
    assert ("targets", "121", ("Agence Horizon Presse",)) in said
