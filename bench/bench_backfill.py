"""Benchmark: re-extraction backfill, articles per second, against extraction alone.

    .venv/bin/python bench/bench_backfill.py --db /tmp/w1000.duckdb   # a warehouse from bench_e2e.py --keep-db
    .venv/bin/python bench/bench_backfill.py --n 1000                  # builds its own (one untimed run)
    .venv/bin/python bench/bench_backfill.py --n 300 --modes sequential pool
    .venv/bin/python bench/bench_backfill.py --synthetic --n 10000 --modes pool long-range
    .venv/bin/python bench/bench_backfill.py --synthetic --n 2000 --modes dask-1w dask-2w

A backfill with an unchanged extractor does nothing, so each mode starts from a fresh copy
of a loaded warehouse in which the current extractor version's `extractions` and `events`
rows were deleted (duckdb, before timing): every article is then re-extracted. Timed as a
subprocess, wall clock including Prefect start-up:

  sequential   strikewire backfill --start D1 --end D7 --reextract --workers 1
  pool         the same with the default process pool
  long-range   the pool over 2000-01-01..2030-12-31 (11,323 days, the same articles)
  dask         the same with --task-runner dask (a local Dask cluster: 10-20 s to start)
  dask-1w/2w   --task-runner dask --dask-address at a real cluster on 127.0.0.1 (`dask
               scheduler` and one or two `dask worker --nthreads 1` processes, started
               before the command and not timed)

baseline     extractors.extract_document over the same stored texts, in this process,
             after the extractor has loaded (the floor: no Prefect, no DuckDB, no pool)
trivial flow a Prefect flow that returns 1, as a subprocess: the start-up every mode pays
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402
from bench_rerun import TRIVIAL_FLOW  # noqa: E402

START, END = "2026-11-01", "2026-11-07"


def build_warehouse(tmp: Path, n: int) -> Path:
    from strikewire.demo_server import serve_corpus

    site = harness.build_site(tmp / "site", n)
    db = tmp / "loaded.duckdb"
    with serve_corpus(root=site.root) as server:
        feeds = harness.write_feeds_toml(tmp / "feeds.toml", server.feed_urls)
        t = harness.strikewire_run(feeds, db)
    print(f"loaded {n} pages with `strikewire run` in {t.wall_s:.1f} s (not counted)", flush=True)
    shutil.rmtree(site.root)
    return db


def synthetic_sources() -> list[dict]:
    """Article texts to store: the source pages of the end-to-end site (the real pages of
    ../shared/corpus/web/pages when present, and the demo corpus pages), each cleaned once,
    with their raw HTML; and the contract documents of the team's set (and of dev and dev2
    when ../shared is present), stored as text only."""
    import json

    from flows.clean import clean_page
    from warehouse.raw import compress_raw

    out = []
    for path in harness.source_pages():
        body = path.read_bytes()
        page = clean_page(body, f"https://bench.invalid/{path.name}")
        if page.text:
            out.append({"title": page.title, "text": page.text, "lang": page.lang,
                        "raw_html": compress_raw(body)})
    sets = [harness.ROOT / "extractors" / "eval" / "team.jsonl"]
    sets += [harness.ROOT.parent / "shared" / "corpus" / f"{name}.jsonl" for name in ("dev", "dev2")]
    for path in sets:
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                doc = json.loads(line)
                out.append({"title": doc.get("title"), "text": doc["text"], "lang": doc.get("lang"),
                            "raw_html": None})
    return out


def build_synthetic(tmp: Path, n: int) -> Path:
    """A warehouse of N stored articles, written directly (no fetching, no extraction): the
    sources above cycled, each copy at its own URL, published over the benchmark's 7 days."""
    from datetime import timedelta

    from warehouse import db as wdb
    from warehouse.keys import content_hash
    from warehouse.load import load_batch

    t0 = time.perf_counter()
    sources = synthetic_sources()
    db = tmp / "synthetic.duckdb"
    con = wdb.connect(str(db))
    try:
        batch = []
        for i in range(n):
            src = sources[i % len(sources)]
            when = harness.FIRST_DAY + timedelta(days=i % harness.DAYS, minutes=i % 600)
            url = f"https://bench.invalid/a/{i:06d}"
            batch.append({"url": url, "feed_url": "https://bench.invalid/rss.xml", "agency": "Bench",
                          "guid": url, "title": src["title"], "summary": None, "published_at": when,
                          "fetched_at": when, "lang": src["lang"], "text": src["text"], "text_found": True,
                          "content_hash": content_hash(src["text"]), "http_status": 200,
                          "raw_html": src["raw_html"]})
            if len(batch) == 1000 or i == n - 1:
                load_batch(con, articles=batch, extractions=[], events=[], fetch_log=[], run_id=None)
                batch = []
    finally:
        con.close()
    mean = sum(len(s["text"]) for s in sources) / len(sources)
    print(f"stored {n} synthetic articles from {len(sources)} texts (mean {mean:,.0f} characters; "
          f"{sum(1 for s in sources if s['raw_html'])} with their page) in {time.perf_counter() - t0:.1f} s "
          "(not counted)", flush=True)
    return db


def stored_docs(db: Path) -> list[dict]:
    """The documents a re-extraction builds from stored articles (pipeline.process_page)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("""SELECT article_id, url, title, summary, text, lang, published_at
                              FROM articles ORDER BY published_at, article_id""").fetchall()
    finally:
        con.close()
    docs = []
    for aid, url, title, summary, text, lang, published in rows:
        body = text if text and text.strip() else "\n".join(p for p in (title, summary) if p)
        if body.strip():
            docs.append({"id": aid, "title": title, "text": body, "lang": lang, "url": url,
                         "published": published.isoformat() if published else None})
    return docs


def baseline(docs: list[dict]) -> dict:
    t0 = time.perf_counter()
    from extractors import EXTRACTOR_VERSION, extract_document

    extract_document(docs[0])  # first call loads lexicons and gazetteer
    t1 = time.perf_counter()
    events = 0
    for doc in docs:
        events += len(extract_document(doc).get("events") or [])
    t2 = time.perf_counter()
    return {"version": EXTRACTOR_VERSION, "load_s": t1 - t0, "loop_s": t2 - t1, "docs": len(docs),
            "events": events, "docs_per_s": len(docs) / (t2 - t1)}


def prepare_copy(src: Path, dst: Path, version: str) -> int:
    import duckdb

    from warehouse.db import transaction
    from warehouse.pages import copy_warehouse

    copy_warehouse(src, dst)
    con = duckdb.connect(str(dst))
    try:
        with transaction(con):
            con.execute("DELETE FROM events WHERE extractor_version = ?", [version])
            con.execute("DELETE FROM extractions WHERE extractor_version = ?", [version])
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def current_version() -> str:
    """The extractor version a fresh process computes now (the lexicons may change under us)."""
    import subprocess

    return subprocess.run([harness.PYTHON, "-c", "from extractors import EXTRACTOR_VERSION as v; print(v)"],
                          capture_output=True, text=True, check=True, env=harness.bench_env(),
                          cwd=str(harness.ROOT)).stdout.strip()


def reextracted(db: Path) -> tuple[int, int]:
    """Extractions and events written with the version the last backfill run recorded."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        version = con.execute("""SELECT extractor_version FROM runs WHERE flow = 'backfill'
                                 ORDER BY started_at DESC LIMIT 1""").fetchone()[0]
        n = con.execute("SELECT count(*) FROM extractions WHERE extractor_version = ?", [version]).fetchone()[0]
        e = con.execute("SELECT count(*) FROM events WHERE extractor_version = ?", [version]).fetchone()[0]
        return n, e
    finally:
        con.close()


MODES = {
    "sequential": ["--workers", "1"],
    "pool": [],
    "long-range": [],   # the pool over 2000-01-01..2030-12-31: the same articles, 11,323 days
    "dask": ["--task-runner", "dask"],
    "dask-1w": ["--task-runner", "dask"],   # a real cluster (dask scheduler + 1 dask worker)
    "dask-2w": ["--task-runner", "dask"],   # the same with 2 dask workers
}
LONG_RANGE = ("2000-01-01", "2030-12-31")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=None, help="a loaded warehouse (left untouched: copies are used)")
    ap.add_argument("--n", type=int, default=1000, help="pages to load when --db is not given")
    ap.add_argument("--synthetic", action="store_true",
                    help="store the N articles directly (real-looking texts, no `strikewire run`): "
                         "quick to build at N = 10,000")
    ap.add_argument("--baseline-sample", type=int, default=1000,
                    help="stored texts the in-process baseline extracts (its rate is per document)")
    ap.add_argument("--modes", nargs="+", choices=list(MODES),
                    default=["sequential", "pool", "long-range", "dask"])
    ap.add_argument("--timeout", type=float, default=600,
                    help="seconds a mode may take before it is stopped and reported as such")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)

    harness.print_machine()
    results = []
    with tempfile.TemporaryDirectory(prefix="strikewire-bench-backfill-") as d:
        tmp = Path(d)
        warm = harness.warm_up_prefect(tmp)
        print(f"warm-up: one throwaway `strikewire run` over 20 pages took {warm:.1f} s (not counted)")
        src = args.db if args.db else (build_synthetic(tmp, args.n) if args.synthetic
                                       else build_warehouse(tmp, args.n))
        docs = stored_docs(src)
        base = baseline(docs[:args.baseline_sample])
        print(f"baseline: {base['docs']} stored texts extracted in {base['loop_s']:.2f} s "
              f"({base['docs_per_s']:.0f} docs/s; extractor load {base['load_s']:.1f} s)", flush=True)
        trivial = harness.run_timed([harness.PYTHON, "-c", TRIVIAL_FLOW])
        print(f"trivial Prefect flow: {trivial.wall_s:.1f} s", flush=True)
        for mode in args.modes:
            db = tmp / f"{mode}.duckdb"
            articles = prepare_copy(src, db, current_version())
            start, end = LONG_RANGE if mode == "long-range" else (START, END)
            cmd = [harness.STRIKEWIRE, "backfill", "--start", start, "--end", end,
                   "--reextract", "--db", str(db)] + MODES[mode]
            if mode.startswith("dask-"):
                from tests.daskcluster import DaskCluster

                with DaskCluster(workers=int(mode[5]), python=harness.PYTHON, env=harness.bench_env()) as cluster:
                    t = harness.run_timed(cmd + ["--dask-address", cluster.address],
                                          check=False, timeout=args.timeout)
            else:
                t = harness.run_timed(cmd, check=False, timeout=args.timeout)
            if t.returncode != 0:
                reason = f"stopped after {args.timeout:.0f} s" if t.returncode == -9 else f"exit {t.returncode}"
                print(f"{mode}: {reason}; {t.stderr.strip()[-300:]}", flush=True)
                results.append({"mode": f"{mode} ({reason})", "articles": articles, "reextracted": 0,
                                "events": 0, "wall_s": t.wall_s, "peak_mb": t.peak_rss_mb,
                                "procs": t.peak_procs, "articles_per_s": 0.0, "net_articles_per_s": 0.0})
                for p in tmp.glob(f"{mode}.duckdb*"):
                    p.unlink()
                continue
            n, events = reextracted(db)
            results.append({"mode": mode, "articles": articles, "reextracted": n, "events": events,
                            "wall_s": t.wall_s, "peak_mb": t.peak_rss_mb, "procs": t.peak_procs,
                            "articles_per_s": n / t.wall_s,
                            "net_articles_per_s": n / max(1e-9, t.wall_s - trivial.wall_s)})
            print(f"{mode}: {n} articles in {t.wall_s:.1f} s", flush=True)
            for p in tmp.glob(f"{mode}.duckdb*"):
                p.unlink()
    rows = [[r["mode"], r["reextracted"], r["events"], r["wall_s"], r["articles_per_s"],
             r["net_articles_per_s"],
             base["docs_per_s"] / r["articles_per_s"] if r["articles_per_s"] else "-", r["peak_mb"], r["procs"]]
            for r in results]
    rows.append(["baseline (extract_document, 1 process)", base["docs"], base["events"], base["loop_s"],
                 base["docs_per_s"], base["docs_per_s"], 1.0, "", 1])
    print()
    print(harness.table(["mode", "articles", "events", "wall s", "articles/s", "net of start-up /s",
                         "slower than baseline ×", "peak MB", "procs"], rows,
                        title=f"backfill --reextract {START}..{END} (subprocess, incl. Prefect start-up; "
                              f"trivial flow {trivial.wall_s:.1f} s)"))
    print("'net of start-up' subtracts the trivial Prefect flow's wall time; the baseline excludes the "
          f"extractor's {base['load_s']:.1f} s load.")
    by_mode = {r["mode"]: r for r in results}
    if "long-range" in by_mode and "pool" in by_mode:
        print(f"long range ({LONG_RANGE[0]}..{LONG_RANGE[1]}, 11,323 days) against the same articles over "
              f"{START}..{END}: {by_mode['long-range']['wall_s'] / by_mode['pool']['wall_s']:.2f}× the wall time")
    if "dask-1w" in by_mode and "dask-2w" in by_mode:
        print(f"real Dask cluster: 2 workers against 1: {by_mode['dask-1w']['wall_s'] / by_mode['dask-2w']['wall_s']:.2f}× "
              "as fast (cluster start-up not counted: it runs before the command)")
    if "dask" in by_mode and "pool" in by_mode:
        print(f"dask costs {by_mode['dask']['wall_s'] - by_mode['pool']['wall_s']:+.1f} s against the local pool "
              "(cluster start-up and task shipping)")
    harness.save_json(args.json, {"machine": harness.machine(), "baseline": base, "trivial_flow_s": trivial.wall_s,
                                  "results": results})
    return 0


if __name__ == "__main__":
    sys.exit(main())
