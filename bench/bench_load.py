"""How fast load_batch writes, against a bare Arrow insert measured in the same run.

    .venv/bin/python bench/bench_load.py                       # 5k articles, 10k events
    .venv/bin/python bench/bench_load.py --articles 50000      # 100k events
    .venv/bin/python bench/bench_load.py --batch 256 --reload

For each size it reports, on a fresh warehouse file in a temporary directory:
  load_batch   articles + extractions + events + fetch_log rows per second, through the
               whole path (dicts -> Arrow with the explicit schemas -> one transaction a batch)
  arrow only   the part of that spent building Arrow tables from the dicts
  baseline     the same rows already in Arrow, inserted into plain tables without keys
               (INSERT … SELECT from a registered table): the floor DuckDB itself sets
  ratio        baseline rows/s ÷ load_batch rows/s (how many times slower the real path is)
  reload       loading every batch again (it must change nothing) — with --reload
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warehouse import db, keys, load  # noqa: E402

VERSION = "1.0.0+bench0000000"
T0 = datetime(2015, 10, 1, tzinfo=timezone.utc)
HTML = zlib.compress(("<html><body>" + "<p>Russian aircraft flew 55 sorties over Hama.</p>" * 80
                      + "</body></html>").encode(), 6)   # ~4 kB page, as stored
TEXT = "Russian aircraft flew 55 sorties over Hama and Idlib, the defence ministry said. " * 30


def make_batch(start: int, n: int, events_per_article: int, run_id: str) -> dict:
    articles, extractions, events, log = [], [], [], []
    for i in range(start, start + n):
        url = f"https://wire.example/{i:08d}"
        aid = keys.article_id(url)
        articles.append({"article_id": aid, "url": url, "feed_url": "https://wire.example/rss",
                         "agency": "AFP", "guid": str(i), "title": f"Strikes {i}", "summary": "…",
                         "published_at": T0 + timedelta(minutes=i), "fetched_at": T0, "lang": "en",
                         "text": TEXT, "text_found": True, "content_hash": keys.content_hash(TEXT),
                         "http_status": 200, "raw_html": HTML, "clean_error": None})
        extractions.append({"article_id": aid, "extractor_version": VERSION,
                            "n_events": events_per_article, "extracted_at": T0})
        for k in range(events_per_article):
            events.append({
                "article_id": aid, "extractor_version": VERSION, "ordinal": k, "actor": "RUS",
                "target_group": "ISIL", "claimant": "RUS", "operation": "airstrike",
                "event_date": "2015-10-12", "period_start": "2015-10-11", "cumulative": bool(k % 2),
                "sorties": 55 + k, "strikes": None, "targets": 40, "killed": None,
                "platforms": ["Su-34", "Su-24M"], "country": "SY", "admin1": ["SY-HM", "SY-ID"],
                "locations": [{"name": "Mastouma", "admin1": "SY-ID", "lat": 35.75, "lon": 36.6}],
                "targets_hit": [{"type": "command_post", "count": 2, "location": "Mastouma"}],
                "evidence": [[0, 80], [81, 160]], "spans": {"sorties": [22, 32]}, "confidence": 0.9,
                "evidence_text": TEXT[:160], "extracted_at": T0})
        log.append({"url": url, "feed_url": "https://wire.example/rss", "kind": "page", "stage": "fetch",
                    "status": "ok", "http_status": 200, "bytes": 4096, "ms": 12.0, "error": None})
    return {"articles": articles, "extractions": extractions, "events": events, "fetch_log": log,
            "run_id": run_id}


def n_rows(batch: dict) -> int:
    return sum(len(batch[k]) for k in ("articles", "extractions", "events", "fetch_log"))


def bench(n_articles: int, events_per_article: int, batch_size: int, reload: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        con = db.connect(Path(tmp) / "bench.duckdb")
        run_id = load.start_run(con, "bench", {}, VERSION)
        batches = [make_batch(s, min(batch_size, n_articles - s), events_per_article, run_id)
                   for s in range(0, n_articles, batch_size)]
        rows = sum(n_rows(b) for b in batches)
        n_events = sum(len(b["events"]) for b in batches)

        started = time.perf_counter()
        arrow = []
        for b in batches:
            arrow.append({"articles": load.article_table(b["articles"]),
                          "extractions": load.extraction_table(b["extractions"]),
                          "events": load.event_table(b["events"]),
                          "fetch_log": load.fetch_log_table(b["fetch_log"], run_id, T0)})
        arrow_s = time.perf_counter() - started

        # The flows hand typed rows (flows/rows.py) for articles and fetch_log: the same
        # rows as dataclasses, turned into the same Arrow tables.
        from flows.rows import ArticleRow, FetchLogRow

        typed = [([ArticleRow(**a) for a in b["articles"]], [FetchLogRow(**r) for r in b["fetch_log"]])
                 for b in batches]
        started = time.perf_counter()
        for b in batches:
            load.article_table(b["articles"]), load.fetch_log_table(b["fetch_log"], run_id, T0)
        dict_rows_s = time.perf_counter() - started
        started = time.perf_counter()
        for articles, log in typed:
            load.article_table(articles), load.fetch_log_table(log, run_id, T0)
        typed_rows_s = time.perf_counter() - started

        started = time.perf_counter()
        for b in batches:
            load.load_batch(con, **b)
        load_s = time.perf_counter() - started

        reload_s = None
        if reload:
            started = time.perf_counter()
            for b in batches:
                load.load_batch(con, **b)
            reload_s = time.perf_counter() - started

        # Baseline: the same Arrow tables into key-less copies of the tables, in the same file.
        for name in ("articles", "extractions", "events", "fetch_log"):
            con.execute(f"CREATE TABLE plain_{name} AS SELECT * FROM {name} LIMIT 0")
            con.execute(f"ALTER TABLE plain_{name} DROP COLUMN IF EXISTS loaded_at")
        started = time.perf_counter()
        for tables in arrow:
            with db.transaction(con):
                for name, table in tables.items():
                    con.register("stage", table)
                    cols = ", ".join(f'"{c}"' for c in table.schema.names)
                    con.execute(f"INSERT INTO plain_{name} ({cols}) SELECT {cols} FROM stage")
                    con.unregister("stage")
        base_s = time.perf_counter() - started
        con.close()

    rate, base = rows / load_s, rows / base_s
    print(f"{n_articles:>7,} articles, {n_events:>7,} events, {rows:>7,} rows in {len(batches)} batches "
          f"of {batch_size}")
    print(f"  load_batch  {load_s:7.2f} s  {rate:>10,.0f} rows/s  {n_events / load_s:>9,.0f} events/s")
    print(f"  arrow only  {arrow_s:7.2f} s  (building the Arrow tables from dicts, included above)")
    print(f"  typed rows  {typed_rows_s:7.2f} s  articles + fetch_log tables from typed rows, "
          f"{dict_rows_s:.2f} s from dicts ({typed_rows_s / dict_rows_s:.2f}x)")
    print(f"  baseline    {base_s:7.2f} s  {base:>10,.0f} rows/s  (bare Arrow insert, no keys)")
    print(f"  ratio       {base / rate:7.1f} x  slower than the baseline")
    if reload_s is not None:
        print(f"  reload      {reload_s:7.2f} s  {rows / reload_s:>10,.0f} rows/s  (changes nothing)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="*", default=[5_000, 50_000],
                        help="sizes to run (articles); default 5000 and 50000")
    parser.add_argument("--events-per-article", type=int, default=2)
    parser.add_argument("--batch", type=int, default=256, help="articles per load_batch (the flow uses 256)")
    parser.add_argument("--reload", action="store_true", help="also time loading everything again")
    args = parser.parse_args()
    for n in args.articles:
        bench(n, args.events_per_article, args.batch, args.reload)


if __name__ == "__main__":
    main()
