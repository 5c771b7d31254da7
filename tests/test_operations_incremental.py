"""Incremental operations: redoing only the days around a change gives the full rebuild.

Two properties. `recluster_days` (pure): for any stored clustering of some events and any
change to them, the stored operations it keeps plus the ones it returns are exactly
`cluster_block` of the new events. `update_operations` (a real DuckDB file, loaded
through warehouse.load.load_batch): random articles in random batches, re-extractions by
a newer extractor version, the same version re-read differently (events moving dates,
appearing, vanishing), each batch followed by an incremental update; after every batch
the tables equal what a rebuild from scratch writes, byte for byte.
"""
from __future__ import annotations

import hashlib
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warehouse import operations as ops_mod
from warehouse.keys import article_id as make_article_id
from warehouse.load import load_batch
from warehouse.operations import (RULE_VERSION, cluster_block, day_fingerprint, event_key, operation_id_for,
                                  operation_row, recluster_days, update_operations)

D0 = date(2016, 3, 1)
N_DAYS = 12
AGENCIES = ["TASS", "RIA", "AFP", "Reuters", "APS"]
VERSIONS = ["1.0.0+aaaaaaaaaaaa", "1.1.0+aaaaaaaaaaaa", "1.2.0+aaaaaaaaaaaa"]

# Few distinct values, so that events agree, conflict, and chain across adjacent days.
content = st.fixed_dictionaries({
    "day": st.one_of(st.integers(0, N_DAYS - 1), st.integers(0, N_DAYS - 1), st.integers(0, N_DAYS - 1),
                     st.none()),
    "block": st.sampled_from([0, 0, 0, 1]),
    "sorties": st.sampled_from([None, 10, 12]),
    "targets": st.sampled_from([None, 20, 20, 25]),
    "strikes": st.sampled_from([None, None, 3]),
    "admin1": st.sampled_from([[], ["SY-ID"], ["SY-HM"], ["SY-HM", "SY-ID"]]),
    "country": st.sampled_from(["SY", "SY", None, "IQ"]),
    "period": st.sampled_from([0, 0, 1, None]),
})

BLOCKS = [dict(actor="RUS", claimant="RUS", operation="airstrike", cumulative=False),
          dict(actor="RUS", claimant=None, operation="airstrike", cumulative=False)]


def contract_event(c: dict) -> dict:
    day = None if c["day"] is None else D0 + timedelta(days=c["day"])
    period = None if day is None or c["period"] is None else day - timedelta(days=c["period"])
    return {**BLOCKS[c["block"]], "event_date": day, "period_start": period, "target_group": "ISIS",
            "sorties": c["sorties"], "targets": c["targets"], "strikes": c["strikes"], "killed": None,
            "country": c["country"], "admin1": c["admin1"], "platforms": ["Su-34"],
            "targets_hit": [{"type": "command_post", "count": c["sorties"], "location": None}],
            "locations": [], "confidence": 0.9}


# --------------------------------------------------------------------------- pure property

def as_block_event(i: int, c: dict, version: str = "v1") -> dict:
    ev = contract_event(dict(c, block=0))
    ev.update(article_id=f"a{i:03d}", extractor_version=version, ordinal=0, agency=AGENCIES[i % 5],
              published_us=(c["day"] or 0) * 86_400_000_000 + (i * 7919 % 1000) * 60_000_000,
              locations=[])
    ev["row_hash"] = int.from_bytes(hashlib.blake2b(repr(sorted(ev.items())).encode(),
                                                    digest_size=8).digest(), "big")
    return ev


def shape(groups) -> list:
    return sorted([event_key(m) for m in g] for g in groups)


# Fewer values still: most reports agree, so operations span two days and ties are common.
joiny = st.fixed_dictionaries({
    "day": st.integers(0, N_DAYS - 1),
    "block": st.just(0),
    "sorties": st.sampled_from([None, 10, 10]),
    "targets": st.sampled_from([None, 20]),
    "strikes": st.just(None),
    "admin1": st.sampled_from([[], [], ["SY-ID"], ["SY-HM"]]),
    "country": st.just("SY"),
    "period": st.sampled_from([0, 1]),
})


def edits_of(values):
    return st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(["change", "drop", "reversion"]), values),
                    max_size=3)


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.tuples(st.lists(content, max_size=60), edits_of(content), st.lists(content, max_size=3)),
    st.tuples(st.lists(joiny, max_size=60), edits_of(joiny), st.lists(joiny, max_size=3))))
def test_recluster_days_equals_the_full_pass(case):
    check_recluster(*case)


def check_recluster(old, edits, added):
    old_events = [as_block_event(i, c) for i, c in enumerate(old)]
    new_events = list(old_events)
    for at, what, c in edits:
        if not new_events:
            break
        i = at % len(new_events)
        n = int(new_events[i]["article_id"][1:])
        if what == "change":                      # the same key read differently
            new_events[i] = as_block_event(n, c, version=new_events[i]["extractor_version"])
        elif what == "reversion":                 # a newer version: a new key
            new_events[i] = as_block_event(n, c, version=new_events[i]["extractor_version"] + "+")
        else:
            del new_events[i]
    new_events += [as_block_event(100 + i, c) for i, c in enumerate(added)]

    stored_groups = cluster_block(old_events)
    stored = {}
    for g in stored_groups:
        row = operation_row(g)
        stored[row["operation_id"]] = (row["event_date"], [event_key(m) for m in g])

    def by_day(events):
        out = {}
        for ev in events:
            out.setdefault(ev["event_date"], []).append(ev)
        return out

    old_days, new_days = by_day(old_events), by_day(new_events)
    days = [D0 + timedelta(days=k) for k in range(-4, N_DAYS + 4)] + [None]
    changed = {d for d in days if day_fingerprint(old_days.get(d, ())) != day_fingerprint(new_days.get(d, ()))}
    groups, replaced = recluster_days({d: new_days.get(d, []) for d in days}, stored, changed)

    kept = [g for g in stored_groups if operation_row(g)["operation_id"] not in replaced]
    assert shape(kept + groups) == shape(cluster_block(new_events))
    # Each event once (a stored operation kept and also redone would show twice).
    assert sorted(map(event_key, new_events)) == sorted(event_key(m) for g in kept + groups for m in g)
    if not changed:
        assert groups == [] and replaced == set()


def joined(day, **over):
    return {"day": day, "block": 0, "sorties": 10, "targets": None, "strikes": None, "admin1": [],
            "country": "SY", "period": 0, **over}


def test_recluster_replaces_an_operation_stored_under_the_last_replayed_day():
    # Day 3 starts an operation that two day-4 reports join: stored under day 4, first
    # dated 3. A change on day 2 replays days 2-4 and must replace it (not keep a copy).
    old = [joined(2, sorties=5), joined(3, targets=20), joined(4), joined(4)]
    check_recluster(old, [], [joined(2, sorties=7)])


def test_recluster_restores_open_operations_in_start_order():
    # Two day-4 operations (provinces apart) both fit a new day-5 report equally well: it
    # joins the one started first. Articles a004 and a005: a005 is published first, but
    # its operation id sorts after a004's.
    a4, a5 = (as_block_event(i, joined(4)) for i in (4, 5))
    assert a5["published_us"] < a4["published_us"] and operation_id_for(a5) > operation_id_for(a4)
    for first, second in ((["SY-ID"], ["SY-HM"]), (["SY-HM"], ["SY-ID"])):
        filler = [joined(10)] * 4
        check_recluster(filler + [joined(4, admin1=first), joined(4, admin1=second)], [], [joined(5)])


# --------------------------------------------------------------------------- the warehouse

article = st.fixed_dictionaries({
    "agency": st.integers(0, len(AGENCIES) - 1),
    "hour": st.integers(0, 47),
    "events": st.lists(content, min_size=0, max_size=2),
})
step = st.one_of(
    st.tuples(st.just("new"), article),
    st.tuples(st.just("reversion"), st.integers(0, 10_000), st.lists(content, max_size=2)),
    st.tuples(st.just("reread"), st.integers(0, 10_000), st.lists(content, max_size=2)),
)


def table_rows(con) -> tuple:
    return (con.execute("SELECT * FROM operations ORDER BY operation_id").fetchall(),
            con.execute("SELECT * FROM operation_members ORDER BY operation_id, member_rank").fetchall(),
            con.execute("SELECT * FROM operation_days ORDER BY ALL").fetchall())


class Warehouse:
    """A warehouse file fed through the loader, remembering each article's current version."""

    def __init__(self, path: Path):
        from warehouse import db

        self.con = db.connect(path)
        self.articles: list[str] = []          # article ids in load order
        self.version: dict[str, int] = {}      # article id -> index into VERSIONS
        self.n = 0

    def load(self, aid: str, version: int, events: list[dict], article: dict | None = None) -> None:
        v = VERSIONS[version]
        at = datetime(2026, 11, 1, tzinfo=timezone.utc) + timedelta(minutes=self.n)
        self.n += 1
        load_batch(self.con, articles=[article] if article else [],
                   extractions=[{"article_id": aid, "extractor_version": v, "extracted_at": at}],
                   events=[{**contract_event(c), "article_id": aid, "extractor_version": v, "ordinal": k,
                            "extracted_at": at} for k, c in enumerate(events)],
                   fetch_log=[], run_id=None)

    def apply(self, s) -> str | None:
        kind = s[0]
        if kind == "new":
            a = s[1]
            url = f"https://{AGENCIES[a['agency']].lower()}.example/{len(self.articles)}"
            aid = make_article_id(url)
            published = datetime(2016, 3, 1, tzinfo=timezone.utc) + timedelta(hours=a["hour"] + len(self.articles) % 3)
            self.load(aid, 0, a["events"], {"url": url, "agency": AGENCIES[a["agency"]], "title": "t",
                                            "published_at": published, "lang": "en", "text_found": True})
            self.articles.append(aid)
            self.version[aid] = 0
            return aid
        if not self.articles:
            return None
        aid = self.articles[s[1] % len(self.articles)]
        if kind == "reversion":
            if self.version[aid] + 1 >= len(VERSIONS):
                return None
            self.version[aid] += 1
        self.load(aid, self.version[aid], s[2])
        return aid


def check_against_rebuild(con) -> None:
    incremental = table_rows(con)
    con.execute("DELETE FROM operation_members; DELETE FROM operations; DELETE FROM operation_days; "
                "DELETE FROM operation_blocks")
    update_operations(con, rebuild=True, sync_code_tables=False)
    assert table_rows(con) == incremental


@pytest.mark.parametrize("window, max_days", [((2, 3), 400), ((2, 0), 400), ((2, 1), 9)],
                         ids=["default", "extend", "fallback"])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.lists(st.tuples(st.just("new"), article), min_size=1, max_size=30),
       batches=st.lists(st.tuples(st.lists(step, min_size=1, max_size=3),
                                  st.sampled_from(["articles", "articles", "all", "some"])),
                        min_size=1, max_size=6))
def test_incremental_updates_equal_a_rebuild(monkeypatch, window, max_days, first, batches):
    """A first load, then small batches each followed by an update: with the batch's
    articles, with none (every changed day), or with only some of the batch's articles
    (the rest is left for a later update; the tables are compared once one ran)."""
    # "extend": the first fetch never covers the replay, so every region asks for more
    # days; "fallback": a block outgrows max_days and is clustered whole.
    monkeypatch.setattr(ops_mod, "WINDOW", window)
    monkeypatch.setattr(ops_mod, "MAX_DAYS", max_days)
    with tempfile.TemporaryDirectory() as tmp:
        w = Warehouse(Path(tmp) / "w.duckdb")
        try:
            for s in first:
                w.apply(s)
            update_operations(w.con, sync_code_tables=False)
            check_against_rebuild(w.con)
            pending = False
            for steps, mode in batches:
                touched = [aid for aid in (w.apply(s) for s in steps) if aid]
                if mode == "all":
                    update_operations(w.con, sync_code_tables=False)
                    pending = False
                elif mode == "some":
                    update_operations(w.con, article_ids=touched[::2], sync_code_tables=False)
                    pending = pending or len(touched) > 1
                else:
                    update_operations(w.con, article_ids=touched, sync_code_tables=False)
                if not pending:
                    check_against_rebuild(w.con)
            update_operations(w.con, sync_code_tables=False)
            check_against_rebuild(w.con)
            # Nothing left to do, in either mode.
            for counts in (update_operations(w.con, sync_code_tables=False),
                           update_operations(w.con, article_ids=w.articles, sync_code_tables=False)):
                assert counts["inserted"] == counts["deleted"] == 0, counts
        finally:
            w.con.close()


def test_long_chain_of_days_incrementally(tmp_path):
    """Two months of daily claims, each carried by a few agencies with a late copy the next
    day, loaded day by day and then backfilled out of order: regions stop a few days after
    the change, and the tables stay the rebuild's."""
    import random

    rng = random.Random(7)
    w = Warehouse(tmp_path / "w.duckdb")
    days = list(range(0, 60))
    order = days[:40] + rng.sample(days[40:], 20)
    seen_counts = []
    for k in order:
        touched = []
        for j in range(rng.randint(1, 4)):
            # Day k's claim; the fourth agency dates it a day later.
            c = {"day": k if j < 3 else k + 1, "block": 0, "sorties": rng.choice([None, 10, 12]),
                 "targets": rng.choice([None, 20, 25]), "strikes": None, "admin1": ["SY-ID"],
                 "country": "SY", "period": rng.choice([0, 1])}
            aid = w.apply(("new", {"agency": j, "hour": 2 * j, "events": [c]}))
            touched.append(aid)
        counts = update_operations(w.con, article_ids=touched, sync_code_tables=False)
        seen_counts.append(counts)
    check_against_rebuild(w.con)
    # A re-read of one early article only redoes a few days, not the block.
    aid = w.articles[3]
    w.apply(("reread", 3, [{"day": 4, "block": 0, "sorties": 12, "targets": 20, "strikes": None,
                            "admin1": ["SY-ID"], "country": "SY", "period": 0}]))
    counts = update_operations(w.con, article_ids=[aid], sync_code_tables=False)
    total = w.con.execute("SELECT count(*) FROM events_current").fetchall()[0][0]
    assert 0 < counts["events"] < total
    check_against_rebuild(w.con)
    w.con.close()


# --------------------------------------------------------------------------- two edge cases

def _report(con, agency, day, hour, **fields):
    from tests.warehouse_builders import report

    published = datetime(2016, 3, 1, hour, tzinfo=timezone.utc) + timedelta(days=day)
    fields = {"actor": "RUS", "claimant": "RUS", "target_group": "ISIS", "country": "SY", **fields}
    return report(con, agency, published, slug=f"{agency}-{day}-{hour}",
                  event_date=D0 + timedelta(days=day), **fields)


@pytest.mark.parametrize("first", ["TASS", "RIA"])
def test_restored_operations_keep_their_start_order(tmp_path, first):
    """A day-5 report fits two day-4 operations equally well: it joins the one started
    first (earliest source), whichever operation id sorts first."""
    from tests.warehouse_builders import make_warehouse

    con = make_warehouse(tmp_path / "w.duckdb")
    _report(con, "TASS", 4, 9 if first == "TASS" else 11, sorties=10, admin1=["SY-ID"])
    _report(con, "RIA", 4, 10, sorties=10, admin1=["SY-HM"])
    update_operations(con)
    late = _report(con, "AFP", 5, 9, sorties=10, admin1=[])
    update_operations(con, article_ids=[late])
    joined = con.execute("SELECT agencies FROM operations WHERE source_count = 2").fetchall()
    assert joined == [([first, "AFP"],)]
    check_against_rebuild(con)
    con.close()


def test_an_operation_across_the_last_replayed_day_is_replaced(tmp_path):
    """A change on day 2; an operation first dated 3 with most members on 4 (so stored
    under day 4, the day the replay stops on) is redone, not kept beside its new copy."""
    from tests.warehouse_builders import make_warehouse

    con = make_warehouse(tmp_path / "w.duckdb")
    _report(con, "TASS", 2, 9, sorties=5)
    _report(con, "TASS", 3, 9, sorties=10, targets=20)
    _report(con, "RIA", 4, 9, sorties=10)
    _report(con, "AFP", 4, 10, sorties=10)
    update_operations(con)
    spanning = con.execute("SELECT event_date, source_count FROM operations WHERE source_count = 3").fetchall()
    assert spanning == [(D0 + timedelta(days=4), 3)]
    new = _report(con, "APS", 2, 12, sorties=99)
    counts = update_operations(con, article_ids=[new])
    assert counts["blocks"] == 1 and counts["inserted"] == 1
    check_against_rebuild(con)
    con.close()


# The fingerprint update_operations stored per block before migration 012, verbatim but
# for the rule version (a warehouse of an older rule version is reclustered anyway).
_BLOCK_FINGERPRINT_BEFORE_012 = f"""
SELECT e.actor, e.claimant, coalesce(e.cumulative, false) AS cumulative, e.operation,
       '{RULE_VERSION}:' || CAST(bit_xor(hash(e.article_id, e.extractor_version, e.ordinal, e.event_date,
           e.period_start, e.country, e.admin1, e.target_group, e.sorties, e.strikes, e.targets,
           e.killed, e.platforms, e.targets_hit, e.locations, e.confidence, a.agency,
           a.published_at)) AS VARCHAR) || ':' || count(*) AS fingerprint
FROM events_current e
LEFT JOIN articles a USING (article_id)
GROUP BY ALL
"""


def test_a_warehouse_from_before_012_converts_without_reclustering(tmp_path):
    """Blocks stored with a block fingerprint only: an unchanged one gets its day
    fingerprints without being reclustered, a changed one is clustered whole once."""
    from tests.warehouse_builders import make_warehouse

    con = make_warehouse(tmp_path / "w.duckdb")
    for day in range(6):
        _report(con, "TASS", day, 9, sorties=10 + day)
        _report(con, "RIA", day, 10, sorties=10 + day)
    _report(con, "CENTCOM", 2, 9, actor="USA", claimant="USA", strikes=3)
    update_operations(con)
    days = con.execute("SELECT * FROM operation_days ORDER BY ALL").fetchall()
    # What the code before 012 left: block fingerprints, no day fingerprints.
    con.execute("DELETE FROM operation_days")
    con.execute("INSERT INTO operation_blocks " + _BLOCK_FINGERPRINT_BEFORE_012)
    counts = update_operations(con)
    assert counts["blocks"] == 0 and counts["inserted"] == counts["deleted"] == 0
    assert con.execute("SELECT * FROM operation_days ORDER BY ALL").fetchall() == days
    assert con.execute("SELECT count(*) FROM operation_blocks").fetchall() == [(0,)]

    con.execute("DELETE FROM operation_days")
    con.execute("INSERT INTO operation_blocks " + _BLOCK_FINGERPRINT_BEFORE_012)
    late = _report(con, "AFP", 3, 12, sorties=13)
    counts = update_operations(con, article_ids=[late])
    assert counts["blocks"] == 1 and counts["events"] == 13      # the RUS block, whole
    update_operations(con)                                       # converts the USA block
    check_against_rebuild(con)
    late = _report(con, "APS", 4, 12, sorties=14)
    counts = update_operations(con, article_ids=[late])
    assert counts["blocks"] == 1 and counts["events"] < 14        # now only days around 4
    check_against_rebuild(con)
    con.close()
