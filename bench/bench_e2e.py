"""Benchmark: the daily job end to end on N article pages, against trafilatura alone.

    .venv/bin/python bench/bench_e2e.py                     # N = 100, 1000, 5000
    .venv/bin/python bench/bench_e2e.py --sizes 100 1000    # quicker
    .venv/bin/python bench/bench_e2e.py --sizes 1000 --keep-db /tmp/w1000.duckdb

For each N it builds, in a temporary directory, N article pages by cycling the real pages
of ../shared/corpus/web/pages (beside the repository; skipped when absent) and the demo corpus pages, each
copy at its own URL with a unique marker in its title and body, listed in RSS feeds of at
most 500 items, and serves them on 127.0.0.1 (strikewire.demo_server, HTTP/1.1, gzip,
ETag). Then, each as a subprocess whose whole process tree's RSS is sampled with psutil:

  pipeline    `strikewire run` into a fresh warehouse: Prefect start-up, feeds, page
              fetches, clean + extract in the process pool, load, operations, snapshot
  rerun       `strikewire run` again at once: every feed answers 304, nothing is new
  baseline    trafilatura.bare_extraction with metadata over the same N page files, in
              one process (bench/trafilatura_alone.py); "loop" excludes its import

ratio = pipeline wall ÷ baseline loop (issue 7: ≤ 1.0 on 800+ pages, goal 0.6);
MB/page of the pipeline's peak shows whether memory grows sub-linearly with N.

One throwaway run happens first so Prefect's migrations and first start are not timed
(the project's PREFECT_HOME, ./.prefect, is used). No network beyond 127.0.0.1.
"""
from __future__ import annotations

import argparse
import json
import math
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402


def measure(n: int, tmp: Path, keep_db: Path | None, workers: int | None) -> dict:
    from strikewire.demo_server import serve_corpus

    site = harness.build_site(tmp / f"site-{n}", n)
    listing = tmp / f"pages-{n}.txt"
    listing.write_text("\n".join(str(p) for p in site.pages), encoding="utf-8")
    base = harness.run_timed([harness.PYTHON, str(Path(__file__).parent / "trafilatura_alone.py"),
                              str(listing)])
    base_info = json.loads(base.stdout.strip().splitlines()[-1])

    db = tmp / f"w-{n}.duckdb"
    with serve_corpus(root=site.root) as server:
        # The news sites' work (reading and gzipping pages) is not the pipeline's: done
        # before the clock starts, as a real server would have it ready.
        server.preload()
        feeds = harness.write_feeds_toml(tmp / f"feeds-{n}.toml", server.feed_urls)
        run = harness.strikewire_run(feeds, db, workers=workers)
        served = len(server.requests)
        rerun = harness.strikewire_run(feeds, db, workers=workers)
        statuses = [s for _, _, s in server.requests[served:]]
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        with_text = con.execute("SELECT count(*) FROM articles WHERE text_found").fetchone()[0]
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()
    if keep_db:
        shutil.copyfile(db, keep_db)
    result = {
        "n": n, "feeds": site.n_feeds, "source_pages": site.sources, "shared_corpus": site.shared,
        "articles": articles, "articles_with_text": with_text, "events": events,
        "pipeline_s": run.wall_s, "pipeline_peak_mb": run.peak_rss_mb, "pipeline_procs": run.peak_procs,
        "rerun_s": rerun.wall_s, "rerun_peak_mb": rerun.peak_rss_mb,
        "rerun_statuses": {str(s): statuses.count(s) for s in sorted(set(statuses))},
        "baseline_wall_s": base.wall_s, "baseline_loop_s": base_info["loop_s"],
        "baseline_import_s": base_info["import_s"], "baseline_with_text": base_info["with_text"],
        "baseline_peak_mb": base.peak_rss_mb,
    }
    result["ratio"] = run.wall_s / base_info["loop_s"]
    result["ratio_vs_baseline_process"] = run.wall_s / base.wall_s
    shutil.rmtree(site.root)
    for p in tmp.glob(f"w-{n}.duckdb*"):
        p.unlink()
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    ap.add_argument("--workers", type=int, default=None, help="--workers for strikewire run")
    ap.add_argument("--keep-db", type=Path, default=None,
                    help="copy the warehouse of the --keep-n run here (for bench_backfill.py)")
    ap.add_argument("--keep-n", type=int, default=None, help="which N to keep (default: the first ≥ 1000)")
    ap.add_argument("--json", default=None, help="also write the figures here")
    args = ap.parse_args(argv)

    harness.print_machine()
    keep_n = args.keep_n or next((n for n in args.sizes if n >= 1000), args.sizes[-1])
    results = []
    with tempfile.TemporaryDirectory(prefix="strikewire-bench-e2e-") as d:
        tmp = Path(d)
        warm = harness.warm_up_prefect(tmp)
        print(f"warm-up: one throwaway `strikewire run` over 20 pages took {warm:.1f} s (not counted)")
        for n in args.sizes:
            r = measure(n, tmp, args.keep_db if n == keep_n else None, args.workers)
            results.append(r)
            print(f"N={n}: pipeline {r['pipeline_s']:.1f} s, trafilatura loop {r['baseline_loop_s']:.1f} s, "
                  f"ratio {r['ratio']:.2f}, peak {r['pipeline_peak_mb']:.0f} MB, rerun {r['rerun_s']:.1f} s",
                  flush=True)
    print()
    print(harness.table(
        ["N", "feeds", "articles", "w/ text", "events", "pipeline s", "trafilatura s", "ratio",
         "vs its process", "pipeline MB", "MB/page", "baseline MB", "rerun s", "rerun answers"],
        [[r["n"], r["feeds"], r["articles"], r["articles_with_text"], r["events"], r["pipeline_s"],
          r["baseline_loop_s"], r["ratio"], r["ratio_vs_baseline_process"], r["pipeline_peak_mb"],
          r["pipeline_peak_mb"] / r["n"], r["baseline_peak_mb"], r["rerun_s"],
          " ".join(f"{k}×{v}" for k, v in r["rerun_statuses"].items())] for r in results],
        title="end to end: `strikewire run` (subprocess, incl. Prefect start-up) vs trafilatura alone"))
    print("ratio = pipeline wall ÷ trafilatura loop; 'vs its process' divides by the baseline's whole "
          "process (interpreter + import + loop). MB = peak RSS summed over the process tree.")
    if len(results) > 1:
        a, b = results[0], results[-1]
        growth = math.log(b["pipeline_peak_mb"] / a["pipeline_peak_mb"]) / math.log(b["n"] / a["n"])
        print(f"peak memory grew {b['pipeline_peak_mb'] / a['pipeline_peak_mb']:.2f}× for {b['n'] / a['n']:.0f}× "
              f"the pages (log-log slope {growth:.2f}; < 1 is sub-linear, 0 is flat)")
    harness.save_json(args.json, {"machine": harness.machine(), "warm_up_s": warm, "results": results})
    return 0


if __name__ == "__main__":
    sys.exit(main())
