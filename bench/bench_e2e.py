"""Benchmark: the daily job end to end on N article pages, against trafilatura alone.

    .venv/bin/python bench/bench_e2e.py                     # N = 100, 1000, 5000 (mixed pages)
    .venv/bin/python bench/bench_e2e.py --sizes 100 1000    # quicker
    .venv/bin/python bench/bench_e2e.py --real              # real pages only, N = 820, 5000
    .venv/bin/python bench/bench_e2e.py --real --sizes 820 --repeat 2 --code /tmp/before
    .venv/bin/python bench/bench_e2e.py --sizes 1000 --keep-db /tmp/w1000.duckdb

For each N it builds, in a temporary directory, N article pages by cycling the real pages
of ../shared/corpus/web/pages (skipped when absent) and the demo corpus pages, each copy
at its own URL with a unique marker in its title and body, listed in RSS feeds of at most
500 items, and serves them on 127.0.0.1 (strikewire.demo_server, HTTP/1.1, gzip, ETag).
`--real` cycles the real pages alone (41 news pages, 165 KB on average; issue 14). Then,
each as a subprocess whose whole process tree's RSS is sampled with psutil:

  pipeline    `strikewire run` into a fresh warehouse: Prefect start-up, feeds, page
              fetches, clean + extract in the process pool, load, operations, snapshot
  rerun       `strikewire run` again at once: every feed answers 304, nothing is new
  baseline    trafilatura over the same N page files, in one process
              (bench/trafilatura_alone.py); "loop" excludes its import. The mixed mode
              calls `bare_extraction` with metadata and the cleaner's options; `--real`
              calls `trafilatura.extract(page, with_metadata=True)` (issue 14's baseline);
              `--baseline` chooses either way.

ratio = pipeline wall ÷ baseline loop (issue 7: ≤ 1.0 on 800+ pages; issue 14, real pages:
≤ 0.70 at 820, ≤ 0.55 at 5,000); MB/page of the pipeline's peak shows whether memory
grows with N. `--code DIR` (repeatable) also runs `strikewire run` from another checkout
(e.g. a worktree of main) on the same site, in the same run: before/after on a noisy
machine. `--repeat R` measures each N R times (baseline, then each checkout, in turn).

One throwaway run happens first so Prefect's migrations and first start are not timed
(the project's PREFECT_HOME, ./.prefect, is used). No network beyond 127.0.0.1.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402


# What a run loaded, not when (tests/test_daily_flow.py's fingerprint): two checkouts run
# on the same site must give the same figures.
FINGERPRINTS = {
    "articles": "SELECT * EXCLUDE (fetched_at, loaded_at) FROM articles",
    "extractions": "SELECT * EXCLUDE (extracted_at) FROM extractions",
    "events": "SELECT * EXCLUDE (extracted_at) FROM events",
    "operations": "SELECT * FROM operations",
}


def warehouse_counts(db: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "articles": con.execute("SELECT count(*) FROM articles").fetchone()[0],
            "articles_with_text": con.execute("SELECT count(*) FROM articles WHERE text_found").fetchone()[0],
            "events": con.execute("SELECT count(*) FROM events").fetchone()[0],
            "fingerprint": {name: list(con.execute(f"SELECT count(*), coalesce(sum(hash(t)), 0) "
                                                   f"FROM ({sql}) t").fetchone())
                            for name, sql in FINGERPRINTS.items()},
        }
    finally:
        con.close()


def baseline(listing: Path, call: str) -> dict:
    cmd = [harness.PYTHON, str(Path(__file__).parent / "trafilatura_alone.py"), str(listing)]
    if call == "extract":
        cmd.append("--extract")
    base = harness.run_timed(cmd)
    info = json.loads(base.stdout.strip().splitlines()[-1])
    return {"baseline_wall_s": base.wall_s, "baseline_loop_s": info["loop_s"],
            "baseline_import_s": info["import_s"], "baseline_with_text": info["with_text"],
            "baseline_peak_mb": base.peak_rss_mb, "baseline_call": info["call"]}


def pipeline(server, feeds: Path, db: Path, workers: int | None, code: Path | None,
             rerun: bool) -> dict:
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    load = os.getloadavg()[0]
    served = len(server.requests)
    run = harness.strikewire_run(feeds, db, workers=workers, code=code)
    out = {"code": str(code) if code else "this checkout", "load_1min_before": round(load, 2),
           "pipeline_s": run.wall_s, "pipeline_peak_mb": run.peak_rss_mb, "pipeline_procs": run.peak_procs,
           "pages_served": len(server.requests) - served, **warehouse_counts(db)}
    if rerun:
        served = len(server.requests)
        again = harness.strikewire_run(feeds, db, workers=workers, code=code)
        statuses = [s for _, _, s in server.requests[served:]]
        out.update(rerun_s=again.wall_s, rerun_peak_mb=again.peak_rss_mb,
                   rerun_statuses={str(s): statuses.count(s) for s in sorted(set(statuses))})
    return out


def measure(n: int, tmp: Path, args, keep_db: Path | None) -> list[dict]:
    from strikewire.demo_server import serve_corpus

    site = harness.build_site(tmp / f"site-{n}", n, real_only=args.real)
    listing = tmp / f"pages-{n}.txt"
    listing.write_text("\n".join(str(p) for p in site.pages), encoding="utf-8")
    codes: list[Path | None] = [None] + list(args.code or [])
    rows = []
    db = tmp / f"w-{n}.duckdb"
    with serve_corpus(root=site.root) as server:
        # The news sites' work (reading and gzipping pages) is not the pipeline's: done
        # before the clock starts, as a real server would have it ready.
        server.preload()
        feeds = harness.write_feeds_toml(tmp / f"feeds-{n}.toml", server.feed_urls)
        for rep in range(args.repeat):
            base = baseline(listing, args.baseline)
            print(f"N={n} #{rep + 1}: trafilatura ({base['baseline_call']}) loop {base['baseline_loop_s']:.1f} s",
                  flush=True)
            for code in codes:
                r = pipeline(server, feeds, db, args.workers, code, rerun=not args.no_rerun)
                if keep_db and code is None and rep == 0:
                    shutil.copyfile(db, keep_db)
                r.update(base, n=n, repeat=rep + 1, feeds=site.n_feeds, source_pages=site.sources,
                         shared_corpus=site.shared, real_only=args.real)
                r["ratio"] = r["pipeline_s"] / r["baseline_loop_s"]
                r["ratio_vs_baseline_process"] = r["pipeline_s"] / r["baseline_wall_s"]
                rows.append(r)
                print(f"  {r['code']}: pipeline {r['pipeline_s']:.1f} s, ratio {r['ratio']:.2f}, "
                      f"peak {r['pipeline_peak_mb']:.0f} MB, {r['articles']} articles, {r['events']} events"
                      + (f", rerun {r['rerun_s']:.1f} s" if 'rerun_s' in r else "")
                      + f" (load {r['load_1min_before']})", flush=True)
    shutil.rmtree(site.root)
    for p in tmp.glob(f"w-{n}.duckdb*"):
        p.unlink()
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=None,
                    help="page counts (default 100 1000 5000; with --real 820 5000)")
    ap.add_argument("--real", action="store_true", help="real pages only (../shared/corpus/web/pages)")
    ap.add_argument("--baseline", choices=["extract", "bare"], default=None,
                    help="trafilatura.extract(with_metadata=True) or bare_extraction with the "
                         "cleaner's options (default: extract with --real, bare otherwise)")
    ap.add_argument("--repeat", type=int, default=1, help="measure each N this many times")
    ap.add_argument("--code", type=Path, action="append", default=None,
                    help="also run `strikewire run` from this checkout (repeatable)")
    ap.add_argument("--no-rerun", action="store_true", help="skip the 304 rerun after each run")
    ap.add_argument("--workers", type=int, default=None, help="--workers for strikewire run")
    ap.add_argument("--keep-db", type=Path, default=None,
                    help="copy the warehouse of the --keep-n run here (for bench_backfill.py)")
    ap.add_argument("--keep-n", type=int, default=None, help="which N to keep (default: the first ≥ 1000)")
    ap.add_argument("--json", default=None, help="also write the figures here")
    args = ap.parse_args(argv)
    args.sizes = args.sizes or ([820, 5000] if args.real else [100, 1000, 5000])
    args.baseline = args.baseline or ("extract" if args.real else "bare")

    harness.print_machine()
    keep_n = args.keep_n or next((n for n in args.sizes if n >= 1000), args.sizes[-1])
    results = []
    with tempfile.TemporaryDirectory(prefix="strikewire-bench-e2e-") as d:
        tmp = Path(d)
        warm = harness.warm_up_prefect(tmp)
        print(f"warm-up: one throwaway `strikewire run` over 20 pages took {warm:.1f} s (not counted)")
        for n in args.sizes:
            results += measure(n, tmp, args, args.keep_db if n == keep_n else None)
    print()
    many = len({r["code"] for r in results}) > 1
    print(harness.table(
        ["N", "#"] + (["code"] if many else []) +
        ["feeds", "articles", "w/ text", "events", "pipeline s", "trafilatura s", "ratio",
         "vs its process", "pipeline MB", "MB/page", "baseline MB", "rerun s", "rerun answers", "load"],
        [[r["n"], r["repeat"]] + ([r["code"]] if many else []) +
         [r["feeds"], r["articles"], r["articles_with_text"], r["events"], r["pipeline_s"],
          r["baseline_loop_s"], r["ratio"], r["ratio_vs_baseline_process"], r["pipeline_peak_mb"],
          r["pipeline_peak_mb"] / r["n"], r["baseline_peak_mb"], r.get("rerun_s", "-"),
          " ".join(f"{k}×{v}" for k, v in r.get("rerun_statuses", {}).items()) or "-",
          r["load_1min_before"]] for r in results],
        title=f"end to end: `strikewire run` (subprocess, incl. Prefect start-up) vs trafilatura alone "
              f"({results[0]['baseline_call']}), {'real pages only' if args.real else 'real + demo pages'}"))
    print("ratio = pipeline wall ÷ trafilatura loop; 'vs its process' divides by the baseline's whole "
          "process (interpreter + import + loop). MB = peak RSS summed over the process tree; "
          "load = 1-minute load average just before the run.")
    for code in dict.fromkeys(r["code"] for r in results):
        mine = [r for r in results if r["code"] == code]
        by_n = {n: [r for r in mine if r["n"] == n] for n in args.sizes}
        summary = ", ".join(f"N={n}: median ratio {statistics.median(r['ratio'] for r in rs):.2f}, "
                            f"peak {max(r['pipeline_peak_mb'] for r in rs):.0f} MB" for n, rs in by_n.items())
        print(f"{code}: {summary}")
        if len(args.sizes) > 1:
            a = max(r["pipeline_peak_mb"] for r in by_n[args.sizes[0]])
            b = max(r["pipeline_peak_mb"] for r in by_n[args.sizes[-1]])
            growth = math.log(b / a) / math.log(args.sizes[-1] / args.sizes[0])
            print(f"  peak memory grew {b / a:.2f}× for {args.sizes[-1] / args.sizes[0]:.1f}× the pages "
                  f"(log-log slope {growth:.2f}; < 1 is sub-linear, 0 is flat)")
    for n in args.sizes:
        prints = {json.dumps(r["fingerprint"], sort_keys=True) for r in results if r["n"] == n}
        print(f"N={n}: warehouse contents (articles, extractions, events, operations; timestamps left out) "
              + ("identical in every run" if len(prints) == 1 else f"DIFFER: {len(prints)} different fingerprints"))
    harness.save_json(args.json, {"machine": harness.machine(), "warm_up_s": warm, "results": results})
    return 0


if __name__ == "__main__":
    sys.exit(main())
