"""The matching rule and row building on plain dicts: no DuckDB file, no Arrow.

warehouse/operations/rule.py and rows.py are pure; these tests build events as the
dicts incremental.py reads from the warehouse and check each clause of the rule
(docs/analysts.md, "How events become operations") and the representative row.
"""
from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from warehouse.operations import (build_operations, cluster_block, event_key, operation_id_for, operation_row,
                                  recluster_days)

DAY = date(2016, 3, 1)
ROOT = Path(__file__).resolve().parents[1]


def ev(article: str, day: date | None = DAY, *, pub: int = 0, ordinal: int = 0, version: str = "v1", **over) -> dict:
    base = dict(article_id=article, extractor_version=version, ordinal=ordinal, actor="RUS", claimant="RUS",
                cumulative=False, operation="airstrike", event_date=day, period_start=day, country="SY",
                admin1=["SY-ID"], target_group="ISIS", sorties=None, strikes=None, targets=None, killed=None,
                platforms=[], targets_hit=[], locations=[], confidence=0.9, agency=article.upper(),
                published_us=pub, claimant_body=None)
    base.update(over)
    return base


def shape(groups) -> list:
    return sorted(sorted(m["article_id"] for m in g) for g in groups)


def test_the_rule_imports_without_duckdb_or_arrow():
    code = ("import sys; sys.modules['duckdb'] = None; sys.modules['pyarrow'] = None\n"
            "from warehouse.operations import cluster_block, recluster_days, operation_row\n"
            "import warehouse.operations.rule, warehouse.operations.rows\n"
            "assert 'warehouse.operations.incremental' not in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_same_claim_from_several_agencies_is_one_operation_in_source_order():
    groups = cluster_block([ev("b", pub=2, sorties=10), ev("a", pub=1, sorties=10), ev("c", pub=3)])
    assert [[m["article_id"] for m in g] for g in groups] == [["a", "b", "c"]]


def test_other_country_or_other_provinces_never_join():
    assert shape(cluster_block([ev("a"), ev("b", country="IQ", admin1=[])])) == [["a"], ["b"]]
    assert shape(cluster_block([ev("a"), ev("b", admin1=["SY-HM"])])) == [["a"], ["b"]]
    # Unknown on either side does not separate.
    assert shape(cluster_block([ev("a"), ev("b", country=None, admin1=[])])) == [["a", "b"]]


def test_one_article_is_never_twice_in_an_operation():
    assert shape(cluster_block([ev("a", ordinal=0), ev("a", ordinal=1)])) == [["a"], ["a"]]


def test_same_day_figures_that_differ_join_only_with_the_same_period_and_places():
    joined = cluster_block([ev("a", sorties=10), ev("b", pub=1, sorties=12)])
    assert shape(joined) == [["a", "b"]]
    assert operation_row(joined[0])["figures_disagree"]
    other_period = [ev("a", sorties=10), ev("b", pub=1, sorties=12, period_start=DAY - timedelta(days=1))]
    assert shape(cluster_block(other_period)) == [["a"], ["b"]]
    one_side_places = [ev("a", sorties=10), ev("b", pub=1, sorties=12, admin1=[])]
    assert shape(cluster_block(one_side_places)) == [["a"], ["b"]]


def test_a_day_apart_joins_only_on_an_agreeing_figure_without_contradiction():
    nxt = DAY + timedelta(days=1)
    assert shape(cluster_block([ev("a", sorties=10), ev("b", nxt, pub=1, sorties=10)])) == [["a", "b"]]
    assert shape(cluster_block([ev("a"), ev("b", nxt, pub=1)])) == [["a"], ["b"]]          # no figure shared
    assert shape(cluster_block([ev("a", sorties=10, targets=5),
                                ev("b", nxt, pub=1, sorties=10, targets=6)])) == [["a"], ["b"]]
    two = DAY + timedelta(days=2)
    assert shape(cluster_block([ev("a", sorties=10), ev("b", two, pub=1, sorties=10)])) == [["a"], ["b"]]


def test_undated_events_never_cluster():
    assert shape(cluster_block([ev("a", None, sorties=1), ev("b", None, sorties=1)])) == [["a"], ["b"]]


def test_the_best_operation_wins_fewest_contradictions_first():
    # Two operations of the day (provinces apart); a report naming both provinces fits
    # either (same day, same period): it joins the one whose figure it repeats.
    for sorties, joins in ((20, "b"), (10, "a")):
        events = [ev("a", sorties=10, admin1=["SY-ID"]), ev("b", pub=1, sorties=20, admin1=["SY-HM"]),
                  ev("c", pub=2, sorties=sorties, admin1=["SY-HM", "SY-ID"])]
        groups = shape(cluster_block(events))
        assert sorted([joins, "c"]) in groups and len(groups) == 2
        alone = shape(cluster_block([e for e in events if e["article_id"] != joins]))
        assert len(alone) == 1          # without it, c joins the other one despite the figure


def test_blocks_are_built_apart():
    ops, members = build_operations([ev("a"), ev("b", pub=1, claimant=None), ev("c", pub=2, cumulative=True)])
    assert len(ops) == 3 and len(members) == 3
    assert {(o["claimant"], o["cumulative"]) for o in ops} == {("RUS", False), (None, False), ("RUS", True)}


content = st.fixed_dictionaries({"day": st.integers(0, 5), "sorties": st.sampled_from([None, 10, 12]),
                                 "admin1": st.sampled_from([[], ["SY-ID"], ["SY-HM"]]),
                                 "pub": st.integers(0, 50)})


@settings(max_examples=200, deadline=None)
@given(st.lists(content, max_size=25), st.randoms(use_true_random=False))
def test_clustering_depends_only_on_the_set_of_events(items, rnd):
    events = [ev(f"a{i:02d}", DAY + timedelta(days=c["day"]), pub=c["pub"], sorties=c["sorties"], admin1=c["admin1"])
              for i, c in enumerate(items)]
    shuffled = list(events)
    rnd.shuffle(shuffled)
    first, second = cluster_block(events), cluster_block(shuffled)
    assert [[event_key(m) for m in g] for g in first] == [[event_key(m) for m in g] for g in second]
    assert sorted(event_key(m) for g in first for m in g) == sorted(map(event_key, events))
    # Every member is within a day of every other (what the incremental update relies on).
    for g in first:
        days = [m["event_date"] for m in g]
        assert (max(days) - min(days)).days <= 1


def test_recluster_days_on_plain_dicts():
    a, b = ev("a", sorties=10), ev("b", pub=1, sorties=10)
    stored_ops = [operation_row(g) for g in cluster_block([a])]
    stored = {o["operation_id"]: (o["event_date"], [event_key(a)]) for o in stored_ops}
    days = {DAY + timedelta(days=k): [] for k in range(-3, 4)}
    days[DAY] = [a, b]
    groups, replaced = recluster_days(days, stored, {DAY})
    assert shape(groups) == [["a", "b"]] and replaced == set(stored)


def test_representative_row_modal_values_unions_and_differences():
    members = [ev("a", pub=1, sorties=10, platforms=["Su-34"]), ev("b", pub=2, sorties=12, platforms=["Su-25"]),
               ev("c", pub=3, sorties=12, admin1=["SY-HM", "SY-ID"])]
    row = operation_row(members)
    assert row["sorties"] == 12                      # modal, not the first source's
    assert row["platforms"] == ["Su-25", "Su-34"] and row["admin1"] == ["SY-HM", "SY-ID"]
    assert row["source_count"] == 3 and row["agencies"] == ["A", "B", "C"]
    assert row["differing_fields"] == ["admin1", "sorties"] and row["figures_disagree"]
    assert row["representative_article_id"] == "a" and row["operation_id"] == operation_id_for(members[0])


def test_the_id_ignores_the_extractor_version_and_ordinal_but_not_the_claim():
    first = ev("a", version="1.0.0+x", ordinal=3, block_nth=0)
    assert operation_id_for(first) == operation_id_for(dict(first, extractor_version="2.0.0+y", ordinal=0))
    assert operation_id_for(first) != operation_id_for(dict(first, actor="SYR"))
    assert operation_id_for(first) != operation_id_for(dict(first, event_date=DAY + timedelta(days=1)))
    # A content change is a new content hash, not a new id.
    a, b = operation_row([first]), operation_row([dict(first, sorties=5)])
    assert a["operation_id"] == b["operation_id"] and a["content_hash"] != b["content_hash"]
