"""Run every benchmark of issue 7 in turn, with sensible sizes (`make bench`).

    .venv/bin/python bench/run_all.py                  # N = 100, 1000, 5000; one million events
    .venv/bin/python bench/run_all.py --quick          # N = 100, 1000; 200k events; fewer repeats
    .venv/bin/python bench/run_all.py --only e2e rerun --out /tmp/bench-results

Order: end to end (bench_e2e.py, which keeps its N = 1000 warehouse), no-change rerun
(bench_rerun.py), extraction alone (bench/bench_extract.py when present, else
bench/extract_dev.py), re-extraction backfill on the kept warehouse (bench_backfill.py),
load (bench_load.py, when present) and daily_operations over synthetic events
(bench_views.py, when present). Each runs as its own process and prints its own table;
figures of the scripts written here are also saved as JSON under --out. At the end a
summary lists each script, its exit status and wall time. Exits non-zero only when a
benchmark crashed; a slow figure is never a failure.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import harness  # noqa: E402

STEPS = ["e2e", "rerun", "extract", "backfill", "load", "views"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="N = 100, 1000; smaller views and repeats")
    ap.add_argument("--sizes", type=int, nargs="+", default=None, help="N for the end-to-end benchmark")
    ap.add_argument("--only", nargs="+", choices=STEPS, default=STEPS)
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask backfill (10-20 s of start-up)")
    ap.add_argument("--out", type=Path, default=None, help="folder for the JSON figures (default: temporary)")
    args = ap.parse_args(argv)

    sizes = args.sizes or ([100, 1000] if args.quick else [100, 1000, 5000])
    keep_n = next((n for n in sizes if n >= 1000), sizes[-1])
    tmp = tempfile.TemporaryDirectory(prefix="strikewire-bench-")
    out = args.out or Path(tmp.name)
    out.mkdir(parents=True, exist_ok=True)
    kept = Path(tmp.name) / f"warehouse-{keep_n}.duckdb"
    py = harness.PYTHON

    plan: list[tuple[str, list[str]]] = []
    if "e2e" in args.only:
        plan.append(("e2e", [py, str(HERE / "bench_e2e.py"), "--sizes", *map(str, sizes),
                             "--keep-db", str(kept), "--keep-n", str(keep_n), "--json", str(out / "e2e.json")]))
    if "rerun" in args.only:
        plan.append(("rerun", [py, str(HERE / "bench_rerun.py"), "--n", "500",
                               "--repeat", "3", "--json", str(out / "rerun.json")]))
    if "extract" in args.only:
        if (HERE / "bench_extract.py").exists():
            plan.append(("extract", [py, str(HERE / "bench_extract.py")]))
        else:
            plan.append(("extract", [py, str(HERE / "extract_dev.py"), "--passes", "5" if args.quick else "20",
                                     "--json", str(out / "extract.json")]))
    if "backfill" in args.only:
        import importlib.util

        no_dask = args.no_dask or importlib.util.find_spec("prefect_dask") is None
        if no_dask and not args.no_dask:
            print("backfill: Dask mode skipped (prefect-dask is not installed: pip install -e '.[dask]')")
        modes = ["sequential", "pool"] + ([] if no_dask else ["dask"])
        source = ["--db", str(kept)] if "e2e" in args.only else ["--n", str(keep_n)]
        plan.append(("backfill", [py, str(HERE / "bench_backfill.py"), *source, "--modes", *modes,
                                  "--json", str(out / "backfill.json")]))
    if "load" in args.only and (HERE / "bench_load.py").exists():
        plan.append(("load", [py, str(HERE / "bench_load.py")]))
    if "views" in args.only and (HERE / "bench_views.py").exists():
        plan.append(("views", [py, str(HERE / "bench_views.py"),
                               "--events", "200000" if args.quick else "1000000",
                               "--repeat", "3" if args.quick else "7"]))

    harness.print_machine()
    summary = []
    for name, cmd in plan:
        print(f"\n===== {name}: {' '.join(Path(c).name if c.startswith('/') else c for c in cmd)}", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.call(cmd, env=harness.bench_env(), cwd=str(harness.ROOT))
        summary.append([name, rc, time.perf_counter() - t0])
    print()
    print(harness.table(["benchmark", "exit", "wall s"], summary, title="run_all summary"))
    if args.out:
        print(f"JSON figures in {out}")
    tmp.cleanup()
    return 1 if any(rc != 0 for _, rc, _ in summary) else 0


if __name__ == "__main__":
    sys.exit(main())
