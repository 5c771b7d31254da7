"""Benchmark: a rerun of the daily job with nothing new, and how much of it is start-up.

    .venv/bin/python bench/bench_rerun.py                          # 500 pages, 3 repeats
    .venv/bin/python bench/bench_rerun.py --n 100 --repeat 5 --code /tmp/main
    .venv/bin/python bench/bench_rerun.py --api ephemeral long-lived

Builds a site of N real pages on 127.0.0.1 (as bench_e2e.py does), loads it once with
`strikewire run` (not timed), then times, each as a fresh subprocess, median of --repeat:

  help          `strikewire --help`: interpreter + CLI imports, no Prefect
  import        `python -c "import flows.daily"`: Prefect and the project imported
  trivial flow  a Prefect flow that returns 1, started as the CLI starts its runs (API server
                launched first): imports + API server + one flow run
  trivial flow, Prefect's start   the same with Prefect's own temporary server, started
                when the flow first needs it (what the CLI did before flows/runtime/prefect_api.py)
  rerun         `strikewire run` again: every feed answers 304, no page is fetched

`--code DIR` (repeatable) also times the rerun of another checkout (e.g. a worktree of
`main`) on the same site, each into its own warehouse loaded first; the checkouts take
turns within each repeat, so the machine's load falls on all of them alike.

`--api long-lived` measures the same with an operator's long-lived Prefect server: the
benchmark starts `prefect server start` once on 127.0.0.1 (its own PREFECT_HOME, started
and migrated before anything is timed) and points the runs at it with PREFECT_API_URL,
so no run starts a server of its own. `--api ephemeral` (the default) is the CLI's usual
one-shot server.

share = trivial flow ÷ rerun, in the same API mode: the part of a no-change rerun that
is process and Prefect start-up rather than strikewire's own work. Issue 14's target:
rerun ≤ 6 s (issue 7's: < 10 s).
"""
from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
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


def median_wall(cmd: list[str], repeat: int, env: dict | None = None) -> tuple[float, float, list[float]]:
    runs = [harness.run_timed(cmd, env=env) for _ in range(repeat)]
    walls = [r.wall_s for r in runs]
    return statistics.median(walls), max(r.peak_rss_mb for r in runs), walls


class LongLivedServer:
    """`prefect server start` on a free 127.0.0.1 port, as an operator runs it, with its
    own PREFECT_HOME; started (and migrated) before anything is timed, stopped at the end."""

    def __init__(self, home: Path, timeout_s: float = 300):
        self.home, self.timeout_s = home, timeout_s
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> "LongLivedServer":
        env = harness.bench_env()
        env.pop("PREFECT_API_URL", None)
        env.update(PREFECT_HOME=str(self.home), PREFECT_SERVER_UI_ENABLED="false")
        prefect = str(Path(harness.PYTHON).parent / "prefect")
        self.log = open(self.home.parent / "long-lived-server.log", "wb")
        self.proc = subprocess.Popen([prefect, "server", "start", "--host", "127.0.0.1", "--port",
                                      str(self.port)], env=env, stdin=subprocess.DEVNULL,
                                     stdout=self.log, stderr=subprocess.STDOUT, cwd=str(self.home.parent))
        t0 = time.perf_counter()
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"`prefect server start` exited {self.proc.returncode}; see {self.log.name}")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=5) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.perf_counter() - t0 > self.timeout_s:
                raise TimeoutError(f"`prefect server start` did not answer in {self.timeout_s:.0f} s")
            time.sleep(0.25)
        self.start_s = time.perf_counter() - t0
        return self

    def __exit__(self, *exc) -> None:
        if self.proc is not None:
            harness.kill_tree(self.proc.pid)
            self.proc.wait()
        self.log.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=500, help="pages loaded before the reruns")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--code", type=Path, action="append", default=[],
                    help="also time this checkout's rerun (repeatable)")
    ap.add_argument("--api", nargs="+", choices=["ephemeral", "long-lived"], default=["ephemeral"],
                    help="the Prefect API the runs use: the CLI's one-shot server, or an "
                         "operator's long-lived `prefect server start` (PREFECT_API_URL)")
    ap.add_argument("--no-baselines", action="store_true", help="skip help/import/Prefect's-start")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    from strikewire.demo_server import serve_corpus

    harness.print_machine()
    checkouts: list[tuple[str, Path | None]] = [("this checkout", None)] + [
        (f"{c}", c.resolve()) for c in args.code]
    figures: dict[str, tuple[float, float, list[float]]] = {}
    loads: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="strikewire-bench-rerun-") as d:
        tmp = Path(d)
        warm = harness.warm_up_prefect(tmp)
        print(f"warm-up: one throwaway `strikewire run` over 20 pages took {warm:.1f} s (not counted)")
        if not args.no_baselines:
            for name, cmd in [
                ("help", [harness.STRIKEWIRE, "--help"]),
                ("import", [harness.PYTHON, "-c", "import flows.daily"]),
                ("trivial flow, Prefect's start", [harness.PYTHON, "-c", TRIVIAL_FLOW_PREFECT_START]),
            ]:
                figures[name] = median_wall(cmd, args.repeat)
                print(f"{name}: {figures[name][0]:.2f} s", flush=True)
        site = harness.build_site(tmp / "site", args.n, real_only=True)
        with serve_corpus(root=site.root) as server:
            server.preload()
            feeds = harness.write_feeds_toml(tmp / "feeds.toml", server.feed_urls)
            dbs = {}
            for label, code in checkouts:
                dbs[label] = tmp / f"w{len(dbs)}.duckdb"
                first = harness.strikewire_run(feeds, dbs[label], code=code)
                print(f"{label}: first run over {args.n} pages {first.wall_s:.1f} s (not counted)", flush=True)
            seen = len(server.requests)
            for api in args.api:
                server_ctx = LongLivedServer(tmp / "long-lived-home") if api == "long-lived" else None
                if server_ctx is not None:
                    (tmp / "long-lived-home").mkdir()
                    server_ctx.__enter__()
                    print(f"long-lived server on {server_ctx.api_url}: up in {server_ctx.start_s:.1f} s "
                          "(not counted)", flush=True)
                try:
                    def env_for(code: Path | None) -> dict:
                        env = harness.checkout_env(code)
                        if server_ctx is not None:
                            env["PREFECT_API_URL"] = server_ctx.api_url
                        return env

                    walls: dict[str, list[float]] = {}
                    for r in range(args.repeat):
                        runs = [("trivial flow", [harness.PYTHON, "-c", TRIVIAL_FLOW], None)] + [
                            (f"rerun: {label}", [harness.STRIKEWIRE, "run", "--feeds", str(feeds), "--db",
                                                 str(dbs[label]), "--no-progress", "--date", "2026-11-08"], code)
                            for label, code in checkouts]
                        for name, cmd, code in runs:
                            key = f"{name} [{api}]"
                            loads.setdefault(key, []).append(os.getloadavg()[0])
                            t = harness.run_timed(cmd, env=env_for(code), cwd=code)
                            walls.setdefault(key, []).append(t.wall_s)
                            print(f"  #{r + 1} {key}: {t.wall_s:.2f} s (load {loads[key][-1]:.2f})", flush=True)
                    for key, ws in walls.items():
                        figures[key] = (statistics.median(ws), 0.0, ws)
                finally:
                    if server_ctx is not None:
                        server_ctx.__exit__(None, None, None)
            answers = [s for _, _, s in server.requests[seen:]]
    rows = []
    for name, (med, _peak, walls) in figures.items():
        api = name.rsplit("[", 1)[-1].rstrip("]") if name.endswith("]") else None
        trivial = figures.get(f"trivial flow [{api}]", (None,))[0] if api else None
        load = statistics.median(loads[name]) if name in loads else None
        rows.append([name, med, min(walls), max(walls), load if load is not None else "-",
                     med / trivial if trivial else "-"])
    print()
    print(harness.table(["what", "median s", "min s", "max s", "load (1 min)", "÷ trivial flow"], rows,
                        title=f"no-change rerun ({args.n} known articles, {site.n_feeds} feeds) vs start-up, "
                              f"{args.repeat} runs each, taking turns"))
    mine = [figures[f"rerun: this checkout [{api}]"][0] for api in args.api]
    print(f"rerun requests: {len(answers)} ({', '.join(f'{answers.count(s)}× {s}' for s in sorted(set(answers)))}); "
          f"this checkout's rerun: {', '.join(f'{m:.2f} s [{a}]' for m, a in zip(mine, args.api))}; "
          f"target ≤ 6 s")
    harness.save_json(args.json, {"machine": harness.machine(), "n": args.n, "repeat": args.repeat,
                                  "figures": {k: {"median_s": v[0], "walls": v[2], "load": loads.get(k)}
                                              for k, v in figures.items()},
                                  "rerun_answers": {str(s): answers.count(s) for s in set(answers)}})
    return 0


if __name__ == "__main__":
    sys.exit(main())
