"""Benchmark: building operations and querying the daily views over N synthetic events.

    .venv/bin/python bench/bench_views.py                 # one million events
    .venv/bin/python bench/bench_views.py --events 100000 --repeat 5

Builds a real warehouse file (all migrations) with N articles of one event each: claims
carried by 1-5 agencies, 8 actors, three claimant kinds, four operation types, about
three years of days, Syrian provinces, and one
claim in twenty with a disputed figure. Then it times `update_operations` (a full build,
a rerun that must write nothing, the first article passed again, a new article repeating
a stored claim by `article_ids` and by the daily flow's call) and the analysts' queries, each against a
baseline in the same run: a plain GROUP BY over the same events (what a per-article
count would cost, without deduplication).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warehouse import db  # noqa: E402
from warehouse.codes import sync_code_tables  # noqa: E402
from warehouse.operations import update_operations as _update  # noqa: E402


def update_operations(con, article_ids=None):
    """What the daily flow runs: the code tables, then the operations."""
    return _update(con, article_ids, rebuild=sync_code_tables(con))

ACTORS = ["RUS", "COALITION", "USA", "ISR", "TUR", "SYR", "SAU", "FRA"]
AGENCIES = ["TASS", "RIA", "AFP", "APS", "Reuters"]
PROVINCES = ["SY-HM", "SY-ID", "SY-HL", "SY-HI", "SY-LA", "SY-RA", "SY-DY", "SY-DI"]


def build(path: Path, n_events: int) -> float:
    """Fill the warehouse with synthetic articles, extractions and events; seconds taken."""
    con = db.connect(path)
    t0 = time.perf_counter()
    # Rows come in runs of 15: five claims carried by 1, 2, 3, 4 and 5 agencies. Claim
    # attributes come from the claim number c with co-prime strides, so a day holds about
    # 300 claims spread over 192 (actor, claimant, type, cumulative) groups.
    con.execute(f"""
        CREATE TEMP TABLE syn AS
        WITH pos AS (
            SELECT i, i // 15 AS g, i % 15 AS r FROM range({n_events}) t(i)
        ), cs AS (
            SELECT i,
                   5 * g + CASE WHEN r < 1 THEN 0 WHEN r < 3 THEN 1 WHEN r < 6 THEN 2
                                WHEN r < 10 THEN 3 ELSE 4 END AS c,
                   r - CASE WHEN r < 1 THEN 0 WHEN r < 3 THEN 1 WHEN r < 6 THEN 3
                            WHEN r < 10 THEN 6 ELSE 10 END AS s
            FROM pos
        )
        SELECT i, c, s,
               'a' || lpad(CAST(i AS VARCHAR), 9, '0') AS article_id,
               {ACTORS}[1 + c % {len(ACTORS)}] AS actor,
               CASE (c // 8) % 3 WHEN 0 THEN {ACTORS}[1 + c % {len(ACTORS)}] WHEN 1 THEN 'OTHER' END
                   AS claimant,
               ['airstrike', 'drone_strike', 'missile_strike', 'artillery'][1 + (c // 24) % 4] AS operation,
               (c // 96) % 2 = 1 AS cumulative,
               DATE '2015-09-30' + CAST(c // 303 AS INTEGER) AS event_date,
               {AGENCIES}[1 + (c + s) % {len(AGENCIES)}] AS agency,
               TIMESTAMPTZ '2015-09-30 06:00:00+00' + to_days(CAST(c // 303 AS INTEGER))
                   + to_minutes(CAST(s * 45 + c % 300 AS INTEGER)) AS published_at,
               {PROVINCES}[1 + (c // 7) % {len(PROVINCES)}] AS p1,
               {PROVINCES}[1 + (c // 11) % {len(PROVINCES)}] AS p2,
               10 + c % 60 + CASE WHEN c % 20 = 0 AND s = 1 THEN 5 ELSE 0 END AS sorties,
               CASE WHEN s = 2 THEN NULL ELSE 20 + c % 90 END AS targets
        FROM cs
    """)
    with db.transaction(con):
        con.execute("""
            INSERT INTO articles (article_id, url, agency, title, published_at, lang, text_found)
            SELECT article_id, 'https://' || lower(agency) || '.example/' || article_id, agency,
                   actor || ' strikes', published_at, 'en', true FROM syn""")
        con.execute("""
            INSERT INTO extractions (article_id, extractor_version, n_events, extracted_at)
            SELECT article_id, '1.0.0+bench', 1, TIMESTAMPTZ '2026-11-01 00:00:00+00' FROM syn""")
        con.execute("""
            INSERT INTO events (article_id, extractor_version, ordinal, actor, target_group, claimant,
                                operation, event_date, period_start, cumulative, sorties, strikes, targets,
                                killed, platforms, country, admin1, locations, targets_hit, evidence,
                                confidence, extracted_at)
            SELECT article_id, '1.0.0+bench', 0, actor, 'ISIS', claimant, operation,
                   event_date, event_date - 1, cumulative, sorties, NULL, targets, NULL,
                   ['Su-34', 'Su-24M'][1 + c % 2:1 + c % 2], 'SY', list_distinct([p1, p2]), [],
                   [{'type': 'command_post', 'count': 1 + c % 4, 'location': NULL}], [], 0.9,
                   TIMESTAMPTZ '2026-11-01 00:00:00+00'
            FROM syn""")
    elapsed = time.perf_counter() - t0
    con.close()
    return elapsed


def add_copy(con, n_events: int, tag: str) -> str:
    """A new article (agency 'Copy') repeating the claim of the middle event; its id."""
    src = con.execute("SELECT min(article_id) FROM articles WHERE article_id >= ?",
                      [f"a{n_events // 2:09d}"]).fetchall()[0][0]
    aid = f"c-{tag}"
    con.execute("""INSERT INTO articles (article_id, url, agency, title, published_at, lang, text_found)
                   SELECT ?, 'https://copy.example/' || ?, 'Copy', title, published_at + INTERVAL 3 HOUR,
                          lang, true FROM articles WHERE article_id = ?""", [aid, aid, src])
    con.execute("""INSERT INTO extractions (article_id, extractor_version, n_events, extracted_at)
                   SELECT ?, extractor_version, n_events, extracted_at FROM extractions
                   WHERE article_id = ?""", [aid, src])
    con.execute("INSERT INTO events SELECT * REPLACE (? AS article_id) FROM events WHERE article_id = ?",
                [aid, src])
    return aid


def timed(con, sql: str, repeat: int) -> dict:
    times, rows = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        rows = len(con.execute(sql).fetchall())
        times.append(time.perf_counter() - t0)
    return {"median_ms": round(1000 * statistics.median(times), 1),
            "min_ms": round(1000 * min(times), 1), "rows": rows}


QUERIES = {
    "daily_operations (view)": "SELECT * FROM daily_operations",
    "baseline: GROUP BY over events_current": """
        SELECT event_date AS day, actor, country, count(*) AS events, sum(sorties), sum(strikes),
               sum(targets), sum(killed)
        FROM events_current WHERE NOT cumulative AND event_date IS NOT NULL GROUP BY ALL""",
    "baseline: GROUP BY over the events table": """
        SELECT event_date AS day, actor, country, count(*) AS events, sum(sorties), sum(strikes),
               sum(targets), sum(killed)
        FROM events WHERE NOT cumulative AND event_date IS NOT NULL GROUP BY ALL""",
    "daily_operations, one actor, one month": """
        SELECT * FROM daily_operations WHERE actor = 'RUS' AND day BETWEEN DATE '2016-01-01' AND DATE '2016-01-31'""",
    "operations_by_admin1 (view)": "SELECT * FROM operations_by_admin1",
    "platforms_daily (view)": "SELECT * FROM platforms_daily",
    "targets_daily (view)": "SELECT * FROM targets_daily",
}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--dir", help="keep the warehouse here (default: a temporary folder)")
    args = ap.parse_args(argv)
    tmp = None if args.dir else tempfile.TemporaryDirectory()
    folder = Path(args.dir or tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bench.duckdb"
    for leftover in (path, Path(str(path) + ".wal")):
        leftover.unlink(missing_ok=True)
    result = {"events": args.events}
    result["load_s"] = round(build(path, args.events), 2)
    con = db.connect(path)
    t0 = time.perf_counter()
    counts = update_operations(con)
    result["update_operations_full_s"] = round(time.perf_counter() - t0, 2)
    result["operations"] = counts["operations"]
    t0 = time.perf_counter()
    rerun = update_operations(con)
    result["update_operations_rerun_s"] = round(time.perf_counter() - t0, 2)
    assert rerun["inserted"] == rerun["deleted"] == 0, rerun
    one = con.execute("SELECT min(article_id) FROM articles").fetchall()[0][0]
    t0 = time.perf_counter()
    update_operations(con, article_ids=[one])
    result["update_operations_one_article_s"] = round(time.perf_counter() - t0, 2)
    # A new article carrying a claim already stored (mid-range), then one more found by
    # the daily flow's call without article ids: what a daily run pays per block touched.
    for key, ids in (("update_operations_new_article_s", True), ("update_operations_new_article_daily_s", False)):
        aid = add_copy(con, args.events, key)
        t0 = time.perf_counter()
        counts = update_operations(con, article_ids=[aid]) if ids else update_operations(con)
        result[key] = round(time.perf_counter() - t0, 2)
        assert counts["inserted"] == counts["deleted"] == 1, counts
    result["disputed"] = con.execute("SELECT count(*) FROM operations WHERE figures_disagree").fetchall()[0][0]
    result["queries"] = {name: timed(con, sql, args.repeat) for name, sql in QUERIES.items()}
    con.close()
    if tmp:
        tmp.cleanup()
    width = max(map(len, QUERIES))
    print(f"{result['events']:,} events -> {result['operations']:,} operations "
          f"({result['disputed']:,} disputed); load {result['load_s']} s, update_operations full "
          f"{result['update_operations_full_s']} s, rerun {result['update_operations_rerun_s']} s, "
          f"one article {result['update_operations_one_article_s']} s, one new article "
          f"{result['update_operations_new_article_s']} s (daily call "
          f"{result['update_operations_new_article_daily_s']} s)")
    for name, q in result["queries"].items():
        print(f"  {name:<{width}}  median {q['median_ms']:>8.1f} ms  min {q['min_ms']:>8.1f} ms  {q['rows']:>7} rows")
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
