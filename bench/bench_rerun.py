"""Benchmark: a rerun of the daily job with nothing new, and how much of it is start-up.

    .venv/bin/python bench/bench_rerun.py                  # 500 pages, 3 repeats
    .venv/bin/python bench/bench_rerun.py --n 1000 --repeat 5

Builds a site of N real pages on 127.0.0.1 (as bench_e2e.py does), loads it once with
`strikewire run` (not timed), then times, each as a fresh subprocess, median of --repeat:

  help          `strikewire --help`: interpreter + CLI imports, no Prefect
  import        `python -c "import flows.daily"`: Prefect and the project imported
  trivial flow  a Prefect flow that returns 1, started as the CLI starts its runs (API server
                launched first): imports + API server + one flow run
  trivial flow, Prefect's start   the same with Prefect's own temporary server, started
                when the flow first needs it (what the CLI did before flows/runtime/prefect_api.py)
  rerun         `strikewire run` again: every feed answers 304, no page is fetched

share = trivial flow ÷ rerun: the part of a no-change rerun that is process and Prefect
start-up rather than strikewire's own work. Issue 7's target: rerun < 10 s.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402

# A flow that returns 1, started the way the CLI starts its one-shot runs: Prefect's API
# server launched first (flows/runtime/prefect_api.py), then the imports, then the flow.
TRIVIAL_FLOW = """
from flows.runtime import prefect_api, prefect_env
prefect_env.configure(one_shot=True)
prefect_api.start_early()
from prefect import flow

@flow(name="bench-trivial")
def trivial() -> int:
    return 1

prefect_api.wait_ready()
assert trivial() == 1
"""

# The same flow with Prefect's own temporary server, started when the flow first needs it.
TRIVIAL_FLOW_PREFECT_START = TRIVIAL_FLOW.replace("prefect_api.start_early()\n", "")


def median_wall(cmd: list[str], repeat: int) -> tuple[float, float, list[float]]:
    runs = [harness.run_timed(cmd) for _ in range(repeat)]
    walls = [r.wall_s for r in runs]
    return statistics.median(walls), max(r.peak_rss_mb for r in runs), walls


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=500, help="pages loaded before the reruns")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    from strikewire.demo_server import serve_corpus

    harness.print_machine()
    rows, figures = [], {}
    with tempfile.TemporaryDirectory(prefix="strikewire-bench-rerun-") as d:
        tmp = Path(d)
        warm = harness.warm_up_prefect(tmp)
        print(f"warm-up: one throwaway `strikewire run` over 20 pages took {warm:.1f} s (not counted)")
        for name, cmd in [
            ("help", [harness.STRIKEWIRE, "--help"]),
            ("import", [harness.PYTHON, "-c", "import flows.daily"]),
            ("trivial flow", [harness.PYTHON, "-c", TRIVIAL_FLOW]),
            ("trivial flow, Prefect's start", [harness.PYTHON, "-c", TRIVIAL_FLOW_PREFECT_START]),
        ]:
            figures[name] = median_wall(cmd, args.repeat)
            print(f"{name}: {figures[name][0]:.2f} s", flush=True)
        site = harness.build_site(tmp / "site", args.n)
        db = tmp / "w.duckdb"
        with serve_corpus(root=site.root) as server:
            feeds = harness.write_feeds_toml(tmp / "feeds.toml", server.feed_urls)
            first = harness.strikewire_run(feeds, db)
            print(f"first run over {args.n} pages: {first.wall_s:.1f} s (not counted)", flush=True)
            seen = len(server.requests)
            figures["rerun"] = median_wall([harness.STRIKEWIRE, "run", "--feeds", str(feeds), "--db", str(db),
                                            "--no-progress", "--date", "2026-11-08"], args.repeat)
            answers = [s for _, _, s in server.requests[seen:]]
    rerun = figures["rerun"][0]
    for name in ("help", "import", "trivial flow", "trivial flow, Prefect's start", "rerun"):
        med, peak, walls = figures[name]
        rows.append([name, med, min(walls), max(walls), peak, med / rerun])
    print()
    print(harness.table(["what", "median s", "min s", "max s", "peak MB", "share of rerun"], rows,
                        title=f"no-change rerun ({args.n} known articles, {site.n_feeds} feeds) vs start-up, "
                              f"{args.repeat} runs each"))
    print(f"rerun requests: {len(answers)} ({', '.join(f'{answers.count(s)}× {s}' for s in sorted(set(answers)))}); "
          f"target < 10 s: {'met' if rerun < 10 else 'NOT met'}; start-up (trivial flow) is "
          f"{figures['trivial flow'][0] / rerun:.0%} of the rerun")
    harness.save_json(args.json, {"machine": harness.machine(), "n": args.n, "repeat": args.repeat,
                                  "figures": {k: {"median_s": v[0], "peak_mb": v[1], "walls": v[2]}
                                              for k, v in figures.items()},
                                  "rerun_answers": {str(s): answers.count(s) for s in set(answers)}})
    return 0


if __name__ == "__main__":
    sys.exit(main())
