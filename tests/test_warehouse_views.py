"""events_current and event_changes across extractor versions."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from warehouse import db, load

from tests.test_load import synthetic_article, synthetic_event

OLD, NEW = "1.9.3+aaaaaaaaaaaa", "1.10.0+bbbbbbbbbbbb"   # 1.10 is newer although it sorts lower as text
T = datetime(2026, 11, 1, tzinfo=timezone.utc)


@pytest.fixture
def con(tmp_path):
    c = db.connect(tmp_path / "w.duckdb")
    yield c
    c.close()


def put(con, article: dict, version: str, events: list[dict], at: datetime):
    for i, e in enumerate(events):
        e.update(article_id=article["article_id"], extractor_version=version, ordinal=i)
    load.load_batch(con, articles=[article], fetch_log=[], run_id=None, events=events,
                    extractions=[{"article_id": article["article_id"], "extractor_version": version,
                                  "n_events": len(events), "extracted_at": at}])


def ev(**changes) -> dict:
    e = synthetic_event("", "", 0)
    e.update(changes)
    return e


def current(con) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for aid, version, actor, sorties in con.execute(
            "SELECT article_id, extractor_version, actor, sorties FROM events_current "
            "ORDER BY article_id, ordinal").fetchall():
        out.setdefault(aid, []).append((version, actor, sorties))
    return out


def test_newest_version_wins_and_zero_events_hide_older_ones(con):
    a, b, c = (synthetic_article(n) for n in range(3))
    # The NEW version ran first (extracted_at earlier): semantic order still makes it current.
    put(con, a, NEW, [ev(sorties=20)], T)
    put(con, a, OLD, [ev(sorties=10), ev(actor="USA", sorties=5)], T + timedelta(days=1))
    put(con, b, OLD, [ev(sorties=7)], T)
    put(con, b, NEW, [], T + timedelta(days=1))            # re-extracted to nothing
    put(con, c, OLD, [ev(sorties=3)], T)                    # not re-extracted yet
    cur = current(con)
    assert cur[a["article_id"]] == [(NEW, "RUS", 20)]
    assert b["article_id"] not in cur
    assert cur[c["article_id"]] == [(OLD, "RUS", 3)]
    info = con.execute("SELECT events_current, events_all_versions, extractor_versions, "
                       "newest_extractor_version FROM warehouse_info").fetchall()[0]
    assert info == (2, 5, 2, NEW)


def test_equal_versions_tie_break_on_the_latest_run(con):
    a = synthetic_article(0)
    put(con, a, "2.0.0+cccccccccccc", [ev(sorties=1)], T + timedelta(days=1))
    put(con, a, "2.0.0+dddddddddddd", [ev(sorties=2)], T)
    put(con, a, "2.0.0-rc1+eeeeeeeeeeee", [ev(sorties=3)], T + timedelta(days=5))  # pre-release: older
    put(con, a, "not-a-version", [ev(sorties=4)], T + timedelta(days=9))           # sorts below all
    assert current(con)[a["article_id"]] == [("2.0.0+cccccccccccc", "RUS", 1)]
    ranks = dict(con.execute("SELECT extractor_version, version_rank FROM extractions_ranked").fetchall())
    assert ranks == {"2.0.0+cccccccccccc": 1, "2.0.0+dddddddddddd": 2, "2.0.0-rc1+eeeeeeeeeeee": 3,
                     "not-a-version": 4}


def test_event_changes_reads_added_removed_changed(con):
    a, b, c, d = (synthetic_article(n) for n in range(4))
    put(con, a, OLD, [ev(sorties=10), ev(actor="USA", sorties=5), ev(actor="TUR", strikes=2)], T)
    put(con, a, NEW, [ev(sorties=12, platforms=["Su-24M", "Su-34", "Su-25"]),
                      ev(actor="TUR", strikes=2), ev(actor="SYR", operation="artillery")],
        T + timedelta(days=1))
    put(con, b, OLD, [ev(sorties=7)], T)
    put(con, b, NEW, [], T + timedelta(days=1))
    put(con, c, OLD, [ev()], T)
    put(con, d, OLD, [], T)
    put(con, d, NEW, [ev(actor="ISR", operation="missile_strike")], T + timedelta(days=1))

    rows = con.execute("""
        SELECT url, change, actor, changed_fields, old_values.sorties, new_values.sorties,
               new_values.platforms, old_version, new_version, old_values IS NULL, new_values IS NULL
        FROM event_changes ORDER BY url, actor""").fetchall()
    by = {(r[0][-1], r[2]): r for r in rows}
    assert set(by) == {("0", "RUS"), ("0", "USA"), ("0", "SYR"), ("1", "RUS"), ("3", "ISR")}
    changed = by[("0", "RUS")]
    assert changed[1] == "changed" and changed[3] == ["sorties", "platforms"]
    assert (changed[4], changed[5]) == (10, 12) and changed[6] == ["Su-24M", "Su-34", "Su-25"]
    assert (changed[7], changed[8]) == (OLD, NEW)
    assert by[("0", "USA")][1:4] == ("removed", "USA", None) and by[("0", "USA")][10] is True
    assert by[("0", "SYR")][1] == "added" and by[("0", "SYR")][9] is True
    assert by[("1", "RUS")][1] == "removed"            # the new version found nothing
    assert by[("3", "ISR")][1] == "added"              # the old version found nothing


def test_event_changes_compares_only_the_two_newest_versions(con):
    a = synthetic_article(0)
    put(con, a, "1.0.0+a", [ev(sorties=1)], T)
    put(con, a, "1.1.0+a", [ev(sorties=2)], T + timedelta(days=1))
    put(con, a, "1.2.0+a", [ev(sorties=2)], T + timedelta(days=2))   # same as 1.1.0: no change
    assert con.execute("SELECT count(*) FROM event_changes").fetchall() == [(0,)]
    put(con, a, "1.3.0+a", [ev(sorties=3)], T + timedelta(days=3))
    assert con.execute("SELECT old_version, new_version, old_values.sorties, new_values.sorties "
                       "FROM event_changes").fetchall() == [("1.2.0+a", "1.3.0+a", 2, 3)]


def test_list_order_is_not_a_change(con):
    a = synthetic_article(0)
    put(con, a, OLD, [ev(admin1=["SY-HM", "SY-ID"], platforms=["Su-34", "Su-24M"])], T)
    put(con, a, NEW, [ev(admin1=["SY-ID", "SY-HM"], platforms=["Su-24M", "Su-34"])], T + timedelta(days=1))
    assert con.execute("SELECT count(*) FROM event_changes").fetchall() == [(0,)]
