"""Operation ids that changed stay resolvable: `operation_ids` (every id ever issued) and
`operation_aliases` (where a retired id went), migration 018, on real DuckDB files.

An id is made from the operation's earliest source, so it changes when an earlier source
arrives late or a re-extraction reads the earliest source differently. The registry is
history a rebuild cannot derive, so it is kept through rebuilds, and the aliases are a
function of it and of today's operations: an incremental update and a rebuild that leave
the same operations leave the same aliases.
"""
from __future__ import annotations

import re
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_operations_incremental import Warehouse, article, step
from tests.warehouse_builders import add_events, make_warehouse, report
from warehouse import db
from warehouse.operations import update_operations

DAY = date(2015, 10, 12)
T0 = datetime(2015, 10, 12, 9, 0, tzinfo=timezone.utc)
V2 = "1.1.0+222222222222"
GUIDE = Path(__file__).resolve().parents[1] / "docs" / "analysts.md"


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def claim(**over) -> dict:
    base = dict(actor="RUS", claimant="RUS", target_group="ISIS", operation="airstrike", event_date=DAY,
                period_start=DAY - timedelta(days=1), sorties=55, targets=40, country="SY",
                admin1=["SY-HM", "SY-ID"])
    base.update(over)
    return base


@pytest.fixture
def con(tmp_path):
    con = make_warehouse(tmp_path / "w.duckdb")
    yield con
    con.close()


def the_op(con, where: str = "actor = 'RUS'") -> str:
    (op,) = con.execute(f"SELECT operation_id FROM operations WHERE {where}").fetchall()
    return op[0]


def aliases(con) -> list:
    return con.execute("SELECT old_id, current_id, gone_at, shared_sources, same_block FROM operation_aliases "
                       "ORDER BY old_id").fetchall()


def registry(con) -> list:
    return con.execute("SELECT * FROM operation_ids ORDER BY operation_id").fetchall()


def resolve(con, saved_id: str) -> list:
    """The guide's query for the operation a saved id names today, run as written there."""
    section = GUIDE.read_text(encoding="utf-8").split("### Resolving an old id", 1)[1]
    sql = re.search(r"^```\n(.*?)^```", section, flags=re.S | re.M).group(1)
    assert "0123456789abcdef" in sql
    return con.execute(sql.replace("0123456789abcdef", saved_id)).fetchall()


def rebuild_from_scratch(con) -> None:
    """What tests/test_operations_incremental.py compares against: the operations tables
    emptied and rebuilt from the events (the registry, being history, is kept)."""
    con.execute("DELETE FROM operation_members; DELETE FROM operations; DELETE FROM operation_days; "
                "DELETE FROM operation_blocks")
    update_operations(con, rebuild=True)


def test_an_earlier_source_changes_the_id_and_the_old_id_resolves_to_the_new_operation(con):
    report(con, "TASS", at(2), **claim())
    report(con, "AFP", at(3), **claim())
    update_operations(con)
    old = the_op(con)
    assert resolve(con, old) == [(old,)]            # a current id resolves to itself
    assert aliases(con) == []
    report(con, "RIA", at(0), **claim())            # published earlier, loaded later
    update_operations(con)
    new = the_op(con)
    assert new != old
    (row,) = aliases(con)
    assert row[:2] == (old, new) and row[3:] == (2, True)
    assert resolve(con, old) == [(new,)]
    ids = {r[0]: r for r in registry(con)}
    assert set(ids) == {old, new}
    assert ids[old][-1] is not None and ids[new][-1] is None        # retired_at
    assert row[2] == ids[old][-1]                                   # gone_at: when it was retired
    assert ids[new][5] == con.execute("SELECT article_ids FROM operations").fetchall()[0][0]


def test_a_rebuild_gives_the_same_registry_and_aliases(con):
    report(con, "TASS", at(2), **claim())
    report(con, "AFP", at(3), **claim())
    update_operations(con)
    report(con, "RIA", at(0), **claim())
    report(con, "APS", at(5), **claim(actor="USA", claimant="USA", sorties=3))
    update_operations(con)
    before = (registry(con), aliases(con))
    assert len(before[1]) == 1
    update_operations(con, rebuild=True)
    assert (registry(con), aliases(con)) == before
    rebuild_from_scratch(con)
    assert (registry(con), aliases(con)) == before


def test_a_chain_of_changes_resolves_straight_to_the_current_operation(con):
    report(con, "TASS", at(3), **claim())
    report(con, "AFP", at(4), **claim())
    update_operations(con)
    first = the_op(con)
    ria = report(con, "RIA", at(2), **claim())
    update_operations(con)
    second = the_op(con)
    report(con, "APS", at(1), **claim())
    update_operations(con)
    third = the_op(con)
    assert len({first, second, third}) == 3
    assert [(a, c) for a, c, *_ in aliases(con)] == sorted([(first, third), (second, third)])
    # A re-extraction reads RIA's report as another claim: the id before it comes back.
    add_events(con, [{"article_id": ria, "extractor_version": V2, **claim(actor="SYR", claimant="SYR")}])
    update_operations(con, article_ids=[ria])
    assert the_op(con) == third                     # APS still the earliest
    assert {a for a, *_ in aliases(con)} == {first, second}


def test_an_id_that_comes_back_is_current_again(con):
    tass = report(con, "TASS", at(2), **claim())
    report(con, "AFP", at(3), **claim())
    update_operations(con)
    first = the_op(con)
    ria = report(con, "RIA", at(0), **claim())
    update_operations(con)
    second = the_op(con)
    add_events(con, [{"article_id": ria, "extractor_version": V2, **claim(actor="SYR", claimant="SYR")}])
    update_operations(con, article_ids=[ria])
    assert the_op(con) == first and tass
    ids = {r[0]: r for r in registry(con)}
    assert ids[first][-1] is None and ids[second][-1] is not None
    # The second id's sources: RIA now reads as Syria's claim, TASS and AFP as the first
    # operation: its own block wins.
    assert [(a, c, s, b) for a, c, _, s, b in aliases(con)] == [(second, first, 2, True)]
    assert resolve(con, first) == [(first,)]


def test_sources_read_as_another_claim_resolve_across_blocks(con):
    tass = report(con, "TASS", at(2), **claim())
    update_operations(con)
    old = the_op(con)
    add_events(con, [{"article_id": tass, "extractor_version": V2, **claim(actor="SYR", claimant="SYR")}])
    update_operations(con)
    syr = the_op(con, "actor = 'SYR'")
    assert [(a, c, s, b) for a, c, _, s, b in aliases(con)] == [(old, syr, 1, False)]


def test_an_id_whose_sources_report_nothing_any_longer_has_no_alias(con):
    tass = report(con, "TASS", at(2), **claim())
    update_operations(con)
    old = the_op(con)
    con.execute("INSERT INTO extractions (article_id, extractor_version, n_events, extracted_at) "
                "VALUES (?, ?, 0, now())", [tass, V2])           # re-read: no event any more
    update_operations(con)
    assert aliases(con) == [] and resolve(con, old) == [(None,)]
    assert registry(con)[0][0] == old and registry(con)[0][-1] is not None


def test_migration_018_recovers_the_registry_from_operation_log(tmp_path):
    """A warehouse from before 018: the ids it issued are read back from operation_log,
    the same rows the update itself keeps."""
    path = tmp_path / "w.duckdb"
    con = make_warehouse(path)
    tass = report(con, "TASS", at(2), **claim())
    report(con, "AFP", at(3), **claim())
    update_operations(con)
    report(con, "RIA", at(0), **claim())
    update_operations(con)
    add_events(con, [{"article_id": tass, "extractor_version": V2, **claim(sorties=56)}])
    update_operations(con)
    kept = (registry(con), aliases(con))
    assert len(kept[0]) == 2 and len(kept[1]) == 1
    con.execute("DROP VIEW operation_aliases; DROP TABLE operation_ids; "
                "DELETE FROM schema_migrations WHERE version = 18")
    con.close()
    con = db.connect(path)
    try:
        assert (registry(con), aliases(con)) == kept
    finally:
        con.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.lists(st.tuples(st.just("new"), article), min_size=1, max_size=20),
       batches=st.lists(st.tuples(st.lists(step, min_size=1, max_size=3), st.sampled_from(["articles", "all"])),
                        min_size=1, max_size=5))
def test_every_id_issued_stays_resolvable_and_a_rebuild_keeps_the_aliases(first, batches):
    """Random loads, re-extractions and re-reads, each followed by an update: the current
    ids of the registry are the operations'; a retired id resolves while any of its
    source articles still reports a claim; a rebuild from scratch changes no alias."""
    with tempfile.TemporaryDirectory() as tmp:
        w = Warehouse(Path(tmp) / "w.duckdb")
        con = w.con
        try:
            for s in first:
                w.apply(s)
            update_operations(con)
            for steps, mode in batches:
                touched = [aid for aid in (w.apply(s) for s in steps) if aid]
                update_operations(con, article_ids=touched if mode == "articles" else None)
                current = {r[0] for r in con.execute(
                    "SELECT operation_id FROM operation_ids WHERE retired_at IS NULL").fetchall()}
                assert current == {r[0] for r in con.execute("SELECT operation_id FROM operations").fetchall()}
                reporting = {r[0] for r in con.execute("""
                    SELECT DISTINCT r.operation_id FROM operation_ids r, unnest(r.article_ids) AS u(a)
                    WHERE r.retired_at IS NOT NULL
                      AND u.a IN (SELECT article_id FROM events_current)""").fetchall()}
                resolved = dict(con.execute("SELECT old_id, current_id FROM operation_aliases").fetchall())
                assert set(resolved) == reporting
                assert set(resolved.values()) <= current
                before = (registry(con), aliases(con))
                rebuild_from_scratch(con)
                assert (registry(con), aliases(con)) == before
        finally:
            con.close()
