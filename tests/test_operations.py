"""Operations: the same claim carried by several agencies becomes one operation."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from tests.warehouse_builders import add_events, demo_warehouse, make_warehouse, report, table_hash
from warehouse.operations import cluster_block, update_operations

DAY = date(2015, 10, 12)
T0 = datetime(2015, 10, 12, 9, 30, tzinfo=timezone.utc)


def hours(n: float) -> datetime:
    return T0 + timedelta(hours=n)


def claim(**over) -> dict:
    """A Russian defence ministry daily claim, as the extractor would read it."""
    base = dict(actor="RUS", claimant="RUS", target_group="ISIS", operation="airstrike",
                event_date=DAY, period_start=DAY - timedelta(days=1), sorties=55, targets=40,
                country="SY", admin1=["SY-HM", "SY-ID"], platforms=["Su-34"])
    base.update(over)
    return base


@pytest.fixture
def con(tmp_path):
    con = make_warehouse(tmp_path / "w.duckdb")
    yield con
    con.close()


def ops(con):
    return con.execute("""SELECT operation_id, actor, event_date, sorties, targets, source_count,
                                 agencies, article_ids, figures_disagree, differing_fields, differences
                          FROM operations ORDER BY event_date, operation_id""").fetchall()


def test_two_agencies_same_claim_is_one_operation(con):
    a = report(con, "TASS", hours(0), lang="ru", **claim())
    b = report(con, "AFP", hours(3), lang="fr", **claim(targets=None))
    counts = update_operations(con)
    assert counts["operations"] == 1
    (op,) = ops(con)
    assert op[5] == 2                       # source_count
    assert op[6] == ["TASS", "AFP"]         # earliest source first
    assert op[7] == [a, b]
    assert op[3:5] == (55, 40)              # a null figure does not erase the stated one
    assert op[8] is False and op[9] == []
    members = con.execute("SELECT article_id, member_rank FROM operation_members ORDER BY member_rank").fetchall()
    assert members == [(a, 1), (b, 2)]


def test_conflicting_figure_is_flagged_with_both_values_not_averaged(con):
    a = report(con, "TASS", hours(0), **claim(sorties=55))
    b = report(con, "Reuters", hours(2), **claim(sorties=60))
    update_operations(con)
    (op,) = ops(con)
    assert op[5] == 2
    assert op[3] == 55                      # tie: the earliest source's value, never 57.5
    assert op[8] is True
    assert op[9] == ["sorties"]
    diff = json.loads(op[10])["sorties"]
    assert [(d["value"], d["article_ids"], d["agencies"]) for d in diff] == [
        (55, [a], ["TASS"]), (60, [b], ["Reuters"])]


def test_modal_value_wins_over_the_earliest(con):
    report(con, "TASS", hours(0), **claim(sorties=50))
    report(con, "RIA", hours(1), **claim(sorties=55))
    report(con, "AFP", hours(2), **claim(sorties=55))
    update_operations(con)
    (op,) = ops(con)
    assert (op[3], op[5], op[8]) == (55, 3, True)


def test_adjacent_day_with_a_shared_figure_joins(con):
    report(con, "TASS", hours(0), **claim())
    report(con, "AFP", hours(20), **claim(event_date=DAY + timedelta(days=1), period_start=None,
                                         targets=None))
    update_operations(con)
    (op,) = ops(con)
    assert op[5] == 2
    assert op[2] == DAY                     # tie between the two dates: the earliest source's
    assert "event_date" in op[9] and op[8] is False


def test_adjacent_day_without_corroboration_stays_apart(con):
    report(con, "TASS", hours(0), **claim(targets=None))
    report(con, "TASS", hours(24), **claim(event_date=DAY + timedelta(days=1), sorties=None, targets=35))
    update_operations(con)
    assert len(ops(con)) == 2


def test_beyond_one_day_is_two_operations(con):
    report(con, "TASS", hours(0), **claim())
    report(con, "AFP", hours(48), **claim(event_date=DAY + timedelta(days=2)))
    update_operations(con)
    assert [op[5] for op in ops(con)] == [1, 1]


@pytest.mark.parametrize("change", [
    dict(actor="SYR"), dict(claimant="OTHER"), dict(claimant=None), dict(cumulative=True),
    dict(operation="missile_strike"), dict(country="IQ", admin1=[]), dict(admin1=["SY-HL"]),
])
def test_different_actor_claimant_kind_or_place_is_two_operations(con, change):
    report(con, "TASS", hours(0), **claim())
    report(con, "AFP", hours(1), **claim(**change))
    update_operations(con)
    assert len(ops(con)) == 2


def test_one_side_without_provinces_still_matches(con):
    report(con, "TASS", hours(0), **claim())
    report(con, "AFP", hours(1), **claim(admin1=[], targets=None))
    update_operations(con)
    (op,) = ops(con)
    assert op[5] == 2


def test_same_article_never_counts_twice(con):
    aid = report(con, "TASS", hours(0), **claim())
    add_events(con, [{"article_id": aid, "ordinal": 1, **claim(platforms=["Su-24M"])}])
    update_operations(con)
    assert sorted(op[5] for op in ops(con)) == [1, 1]


def test_undated_events_stay_single(con):
    report(con, "TASS", hours(0), **claim(event_date=None, period_start=None))
    report(con, "AFP", hours(1), **claim(event_date=None, period_start=None))
    update_operations(con)
    assert [op[5] for op in ops(con)] == [1, 1]


def test_rerun_changes_nothing(con):
    report(con, "TASS", hours(0), **claim())
    report(con, "AFP", hours(1), **claim(sorties=60))
    update_operations(con)
    before = (table_hash(con, "operations", "operation_id"),
              table_hash(con, "operation_members", "operation_id, member_rank"))
    counts = update_operations(con)
    assert counts["inserted"] == counts["deleted"] == 0 and counts["blocks"] == 0   # nothing to redo
    counts = update_operations(con, rebuild=True)
    assert counts["inserted"] == counts["deleted"] == 0 and counts["unchanged"] == 1
    after = (table_hash(con, "operations", "operation_id"),
             table_hash(con, "operation_members", "operation_id, member_rank"))
    assert before == after


def test_incremental_third_source_joins_the_same_operation(con):
    report(con, "TASS", hours(0), **claim())
    report(con, "AFP", hours(1), **claim())
    update_operations(con)
    ((op_id, *_),) = ops(con)
    c = report(con, "APS", hours(5), lang="fr", **claim(targets=None))
    counts = update_operations(con, article_ids=[c])
    assert counts["operations"] == 1 and counts["inserted"] == 1 and counts["deleted"] == 1
    (op,) = ops(con)
    assert op[0] == op_id                   # the id is the earliest source's: unchanged
    assert op[5] == 3 and op[6] == ["TASS", "AFP", "APS"]
    assert con.execute("SELECT count(*) FROM operation_members").fetchall() == [(3,)]


def test_incremental_new_claim_starts_an_operation_and_leaves_others(con):
    report(con, "TASS", hours(0), **claim())
    update_operations(con)
    first = table_hash(con, "operations", "operation_id")
    c = report(con, "CENTCOM", hours(2), actor="USA", claimant="USA", event_date=DAY, strikes=3,
               country="SY", admin1=["SY-DY"])
    counts = update_operations(con, article_ids=[c])
    assert counts == {"blocks": 1, "events": 1, "operations": 1, "inserted": 1, "deleted": 0,
                      "unchanged": 0}
    assert len(ops(con)) == 2
    con.execute("DELETE FROM operations WHERE actor = 'USA'")
    assert table_hash(con, "operations", "operation_id") == first


def test_loading_order_and_batches_do_not_matter(tmp_path):
    """Incremental updates in any order give the table a full rebuild gives."""
    specs = [("TASS", 0, claim()), ("RIA", 1, claim(sorties=60)), ("AFP", 2, claim(targets=None)),
             ("Reuters", 20, claim(event_date=DAY + timedelta(days=1), period_start=None)),
             ("TASS", 24, claim(event_date=DAY + timedelta(days=1), sorties=70, targets=44)),
             ("AFP", 25, claim(event_date=DAY + timedelta(days=1), sorties=70, targets=None)),
             ("CENTCOM", 3, dict(actor="USA", claimant="USA", event_date=DAY, strikes=4, country="SY"))]
    hashes = []
    for order in (range(len(specs)), reversed(range(len(specs))), [3, 0, 5, 1, 6, 2, 4]):
        con = make_warehouse(tmp_path / f"w{len(hashes)}.duckdb")
        for i in order:
            agency, h, ev = specs[i]
            aid = report(con, agency, hours(h), slug=f"a{i}", **ev)
            update_operations(con, article_ids=[aid])
        incremental = table_hash(con, "operations", "operation_id")
        con.execute("DELETE FROM operations; DELETE FROM operation_members")
        update_operations(con, rebuild=True)
        assert table_hash(con, "operations", "operation_id") == incremental
        hashes.append(incremental)
        con.close()
    assert len(set(hashes)) == 1


def test_full_update_redoes_only_changed_blocks(con):
    report(con, "TASS", hours(0), **claim())
    report(con, "CENTCOM", hours(1), actor="USA", claimant="USA", event_date=DAY, strikes=2, country="SY")
    assert update_operations(con)["blocks"] == 2
    report(con, "AFP", hours(2), **claim())
    counts = update_operations(con)
    assert (counts["blocks"], counts["events"], counts["operations"]) == (1, 2, 1)
    assert [op[5] for op in ops(con)] == [1, 2] or [op[5] for op in ops(con)] == [2, 1]


def test_re_extraction_moves_members(con):
    """A newer extractor version that reads the article differently re-clusters it."""
    a = report(con, "TASS", hours(0), **claim())
    b = report(con, "AFP", hours(1), **claim())
    update_operations(con)
    add_events(con, [{"article_id": b, "extractor_version": "1.1.0+000000000000", **claim(actor="SYR")}])
    update_operations(con, article_ids=[b])
    rows = con.execute("SELECT actor, article_ids FROM operations ORDER BY actor").fetchall()
    assert rows == [("RUS", [a]), ("SYR", [b])]


def test_cluster_block_is_pure_and_ordered():
    def ev(aid, d, s, pub):
        return dict(article_id=aid, extractor_version="v", ordinal=0, event_date=d, period_start=d,
                    country="SY", admin1=["SY-ID"], sorties=s, strikes=None, targets=None, killed=None,
                    published_us=pub, agency=aid)
    events = [ev("b", DAY, 5, 2), ev("a", DAY, 5, 1), ev("c", DAY + timedelta(days=3), 5, 3)]
    groups = cluster_block(events)
    assert [[m["article_id"] for m in g] for g in groups] == [["a", "b"], ["c"]]
    assert cluster_block(list(reversed(events))) == groups


def test_demo_warehouse_operations(tmp_path):
    con = demo_warehouse(tmp_path / "demo.duckdb")
    total_events = con.execute("SELECT count(*) FROM events_current").fetchall()[0][0]
    members = con.execute("SELECT count(*) FROM operation_members").fetchall()[0][0]
    assert members == total_events          # every current event belongs to exactly one operation
    assert con.execute("SELECT count(DISTINCT (article_id, ordinal)) FROM operation_members").fetchall() \
        == [(members,)]
    disputed = con.execute("SELECT agencies, differences FROM operations WHERE figures_disagree").fetchall()
    assert len(disputed) == 1 and "AFP" in disputed[0][0]
    con.close()


V2 = "1.1.0+111111111111"


def test_re_extraction_with_a_new_version_keeps_operation_ids(con):
    """A newer extractor that reads the same claims (even at other ordinals, next to a new
    event) keeps every operation's id; operation_changes says only the version changed."""
    a = report(con, "TASS", hours(0), **claim())
    b = report(con, "AFP", hours(1), **claim())
    c = report(con, "RIA", hours(2), **claim(actor="USA", claimant="USA", sorties=3, targets=None))
    update_operations(con)
    before = dict(con.execute("SELECT operation_id, article_ids FROM operations").fetchall())
    assert len(before) == 2
    add_events(con, [{"article_id": a, "extractor_version": V2, "ordinal": 0, **claim(actor="SYR", claimant="SYR")},
                     {"article_id": a, "extractor_version": V2, "ordinal": 1, **claim()},
                     {"article_id": b, "extractor_version": V2, "ordinal": 0, **claim()},
                     {"article_id": c, "extractor_version": V2, "ordinal": 0,
                      **claim(actor="USA", claimant="USA", sorties=3, targets=None)}])
    update_operations(con)
    after = dict(con.execute("SELECT operation_id, article_ids FROM operations WHERE actor <> 'SYR'").fetchall())
    assert after == before
    assert set(con.execute("SELECT DISTINCT extractor_version FROM operation_members").fetchall()) == {(V2,)}
    changes = con.execute("SELECT operation_id, change, changed_fields FROM operation_changes "
                          "WHERE change <> 'added' OR operation_id NOT IN (SELECT operation_id FROM operations "
                          "WHERE actor <> 'SYR') ORDER BY ALL").fetchall()
    (syr,) = con.execute("SELECT operation_id FROM operations WHERE actor = 'SYR'").fetchall()[0]
    assert sorted(changes) == sorted([(op, "changed", ["extractor_versions"]) for op in before]
                                     + [(syr, "added", None)])


def test_operation_changes_shows_a_re_clustering(con):
    a = report(con, "TASS", hours(0), **claim())
    b = report(con, "AFP", hours(1), **claim())
    update_operations(con)
    (op,) = con.execute("SELECT operation_id FROM operations").fetchall()[0]
    assert con.execute("SELECT count(*) FROM operation_changes WHERE change = 'added'").fetchall() == [(1,)]
    add_events(con, [{"article_id": a, "extractor_version": V2, **claim(actor="SYR", claimant="SYR")}])
    update_operations(con, article_ids=[a])
    rows = con.execute("""SELECT operation_id, change, changed_fields, replaced_by, replaces
                          FROM operation_changes WHERE changed_at = (SELECT max(changed_at) FROM operation_changes)
                          ORDER BY change, operation_id""").fetchall()
    (kept,) = con.execute("SELECT operation_id FROM operations WHERE actor = 'RUS'").fetchall()[0]
    (syr,) = con.execute("SELECT operation_id FROM operations WHERE actor = 'SYR'").fetchall()[0]
    # TASS was the first source; now AFP is the RUS operation's only one: a new id, linked.
    assert kept != op
    assert rows == [(syr, "added", None, None, [op]), (kept, "added", None, None, [op]),
                    (op, "removed", None, sorted([kept, syr]), None)] or \
        sorted(rows) == sorted([(syr, "added", None, None, [op]), (kept, "added", None, None, [op]),
                                (op, "removed", None, sorted([kept, syr]), None)])
    update_operations(con)
    assert con.execute("SELECT count(DISTINCT update_id) FROM operation_log").fetchall() == [(2,)]
    # A note naming the old id finds the operation that now holds the RUS claim.
    assert con.execute("SELECT old_id, current_id FROM operation_aliases").fetchall() == [(op, kept)]
