"""Profile: where each process's (and so each core's) time goes in one `strikewire run`.

    .venv/bin/python bench/profile_e2e.py                     # 820 real pages
    .venv/bin/python bench/profile_e2e.py --n 820 --py-spy    # + what the stacks were doing
    .venv/bin/python bench/profile_e2e.py --code /tmp/before  # another checkout's code
    .venv/bin/python bench/profile_e2e.py --n 100 --rerun     # a rerun with nothing new

Builds the real-pages site of bench_e2e.py --real (N copies of ../shared/corpus/web/pages
on 127.0.0.1), does a throwaway warm-up run, then runs `strikewire run` once into a fresh
warehouse while a thread reads, every 50 ms, the kernel's scheduler figures of every
process in the run's tree (/proc/PID/task/*/schedstat: time on a CPU, time runnable but
waiting for one). At the end, per role (the CLI/flow process, Prefect's API server, the
fork server, the page workers): CPU seconds, seconds waiting for a CPU, and for the
workers the seconds they sat idle waiting for a page (lifetime − CPU − run queue).

With `--py-spy` (needs `pip install py-spy`), the run goes under `py-spy record
--subprocesses -f raw` and every sample is put in a category by what its stack was
doing (trafilatura, the extractor, fetching, Prefect, loading, pickling, imports, ...);
each role's CPU seconds are then split by its samples' shares. Samples count a thread
that is runnable but not running as busy, so shares, not py-spy's seconds, are used.
Linux only (/proc). No network beyond 127.0.0.1.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402
import psutil  # noqa: E402

ROLES = ("flow process", "Prefect API server", "fork server", "page workers", "other")

# (category, pattern in the joined stack), first match wins; order matters.
CATEGORIES = [
    ("imports", re.compile(r"_find_and_load|_call_with_frames_removed \(<frozen importlib")),
    ("trafilatura: parse HTML", re.compile(r"load_html \(trafilatura")),
    ("trafilatura: metadata", re.compile(r"extract_metadata \(trafilatura|htmldate")),
    ("trafilatura: fallback extractors", re.compile(r"compare_extraction|justext|readability")),
    ("trafilatura: other", re.compile(r"trafilatura/|lxml")),
    ("extractor", re.compile(r"extractors/")),
    ("decode + language", re.compile(r"decode_html|decode_bytes|choose_language|_declared_language")),
    ("zlib (raw page)", re.compile(r"compress_raw|compress_pages")),
    ("pool: pickling + pipes", re.compile(r"multiprocessing/connection|_ForkingPickler|pickle")),
    ("fetching (httpx, asyncio)", re.compile(r"flows/fetch\.py|httpx|httpcore|h11|anyio|netguard")),
    ("feeds", re.compile(r"feedparser|flows/feeds\.py")),
    ("loading (DuckDB)", re.compile(r"warehouse/load|load_batch|pyarrow")),
    ("operations", re.compile(r"warehouse/operations")),
    ("snapshot, report", re.compile(r"snapshot|warehouse/report")),
    ("warehouse, other", re.compile(r"warehouse/|duckdb")),
    ("Prefect", re.compile(r"prefect/|pydantic|sqlalchemy|aiosqlite|uvicorn|starlette|fastapi")),
    ("progress", re.compile(r"progress|rich/")),
    ("page pool, other", re.compile(r"flows/pipeline\.py")),
]


def role_of(proc: psutil.Process, root_pid: int) -> str:
    try:
        cmd = " ".join(proc.cmdline())
        parent = proc.parent()
        parent_cmd = " ".join(parent.cmdline()) if parent else ""
    except psutil.Error:
        return "other"
    if "uvicorn" in cmd:
        return "Prefect API server"
    if "forkserver" in cmd:
        return "page workers" if "forkserver" in parent_cmd else "fork server"
    if "resource_tracker" in cmd or "py-spy" in cmd:
        return "other"
    if "strikewire" in cmd:
        return "flow process"
    return "other"


def schedstat(pid: int, threads: dict[int, tuple[float, float]]) -> tuple[float, float]:
    """(seconds on a CPU, seconds runnable waiting for one) summed over the process's
    threads; `threads` keeps each thread's last figures, so a thread that ended still counts."""
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        tids = []
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                a, b, _ = f.read().split()
            threads[int(tid)] = (int(a) / 1e9, int(b) / 1e9)
        except (OSError, ValueError):
            pass
    return sum(c for c, _ in threads.values()), sum(w for _, w in threads.values())


class Watcher:
    """Last scheduler figures, role and lifetime of every process in a tree."""

    def __init__(self, pid: int, root_pid: int | None = None):
        self.pid, self.root_pid = pid, root_pid or pid
        self.seen: dict[int, dict] = {}
        self.timeline: list[tuple[float, dict[str, float]]] = []   # (time, CPU-s so far by role)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            try:
                tree = [root] + root.children(recursive=True)
            except psutil.Error:
                break
            now = time.time()
            for p in tree:
                info = self.seen.get(p.pid)
                if info is not None and info["role"] == "other":
                    info["role"] = role_of(p, self.root_pid)   # a child seen before its exec
                if info is None:
                    try:
                        info = self.seen[p.pid] = {"role": role_of(p, self.root_pid), "start": p.create_time(),
                                                   "threads": {}}
                    except psutil.Error:
                        continue
                cpu, wait = schedstat(p.pid, info["threads"])
                if cpu or wait:
                    info.update(cpu=cpu, wait=wait, last=now)
            so_far: dict[str, float] = defaultdict(float)
            for info in self.seen.values():
                so_far[info["role"]] += info.get("cpu", 0.0)
                so_far[info["role"] + " wait"] += info.get("wait", 0.0)
                so_far[info["role"] + " alive"] += 1 if info.get("last") == now else 0
            self.timeline.append((now, dict(so_far)))
            self._stop.wait(0.05)

    def __enter__(self) -> "Watcher":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(5)

    def phases(self, step: float) -> list[list]:
        """Cores busy per role in consecutive windows of `step` seconds."""
        if len(self.timeline) < 2:
            return []
        start = self.timeline[0][0]
        rows = []
        (t0, c0) = self.timeline[0]
        for when, cum in self.timeline[1:]:
            if when - t0 < step and (when, cum) != self.timeline[-1]:
                continue
            span = when - t0
            busy = [(cum.get(r, 0.0) - c0.get(r, 0.0)) / span for r in ROLES[:4]]
            rows.append([f"{t0 - start:5.1f}–{when - start:5.1f}"] + busy + [sum(busy)])
            t0, c0 = when, cum
        return rows

    def stages(self) -> list[list]:
        """Wall and CPU-s by role before the first page is worked on, while pages are,
        and after the last (found from the workers' CPU: more than 50 ms above what they
        had when the run began, and within 50 ms of what they had at the end)."""
        if len(self.timeline) < 2:
            return []
        w = "page workers"
        final = self.timeline[-1][1].get(w, 0.0)
        if final < 0.5:  # no pages were worked on (a rerun with nothing new)
            return []
        first_work = next((i for i, (_, c) in enumerate(self.timeline) if c.get(w, 0.0) > 0.05), None)
        last_work = next((i for i, (_, c) in enumerate(self.timeline) if c.get(w, 0.0) >= final - 0.05), None)
        if first_work is None or last_work is None:
            return []
        cuts = [(0, "start-up: before the first page"), (first_work, "pages: cleaning and extraction"),
                (last_work, "after the last page"), (len(self.timeline) - 1, None)]
        rows = []
        for (i, name), (j, _) in zip(cuts, cuts[1:]):
            (t0, c0), (t1, c1) = self.timeline[i], self.timeline[j]
            cpu = [c1.get(r, 0.0) - c0.get(r, 0.0) for r in ROLES[:4]]
            queued = c1.get(w + " wait", 0.0) - c0.get(w + " wait", 0.0)
            n_workers = max((c.get(w + " alive", 0) for _, c in self.timeline[i:j + 1]), default=0)
            idle = max(0.0, n_workers * (t1 - t0) - cpu[3] - queued) if n_workers else 0.0
            rows.append([name, t1 - t0] + cpu + [sum(cpu), sum(cpu) / 2, queued, idle])
        return rows

    def by_role(self) -> dict[str, dict]:
        out = {r: {"cpu": 0.0, "wait": 0.0, "life": 0.0, "n": 0} for r in ROLES}
        for info in self.seen.values():
            if "cpu" not in info:
                continue
            r = out[info["role"]]
            r["cpu"] += info["cpu"]
            r["wait"] += info["wait"]
            r["life"] += max(0.0, info["last"] - info["start"])
            r["n"] += 1
        return out


def categorise(raw: Path, root_cmd_hint: str = "strikewire") -> dict[str, Counter]:
    """py-spy raw samples -> {role: Counter(category -> samples)}."""
    shares: dict[str, Counter] = defaultdict(Counter)
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        parts = stack.split(";")
        procs = [p for p in parts if p.startswith("process ")]
        frames = ";".join(p for p in parts if not p.startswith("process "))
        last = procs[-1] if procs else ""
        if "uvicorn" in last:
            role = "Prefect API server"
        elif "forkserver" in last:
            role = "page workers" if sum("forkserver" in p for p in procs) >= 2 else "fork server"
        elif "resource_tracker" in last:
            role = "other"
        else:
            role = "flow process"
        category = next((name for name, pat in CATEGORIES if pat.search(frames)), "other")
        shares[role][category] += int(count)
    return shares


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=820)
    ap.add_argument("--code", type=Path, default=None, help="run this checkout's code instead")
    ap.add_argument("--py-spy", action="store_true", help="also sample stacks with py-spy")
    ap.add_argument("--rate", type=int, default=100, help="py-spy samples a second")
    ap.add_argument("--keep-raw", type=Path, default=None, help="keep py-spy's raw output here")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--rerun", action="store_true",
                    help="profile a second run over the same site, which finds nothing new")
    ap.add_argument("--step", type=float, default=0.0,
                    help="also print a timeline, a line per this many seconds")
    args = ap.parse_args(argv)
    from strikewire.demo_server import serve_corpus

    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if args.py_spy and not Path(spy).exists():
        raise SystemExit("py-spy is not installed (pip install py-spy)")
    harness.print_machine()
    with tempfile.TemporaryDirectory(prefix="strikewire-profile-") as d:
        tmp = Path(d)
        warm = harness.warm_up_prefect(tmp)
        print(f"warm-up run: {warm:.1f} s (not counted)")
        site = harness.build_site(tmp / "site", args.n, real_only=True)
        with serve_corpus(root=site.root) as server:
            server.preload()
            feeds = harness.write_feeds_toml(tmp / "feeds.toml", server.feed_urls)
            cmd = [harness.STRIKEWIRE, "run", "--feeds", str(feeds), "--db", str(tmp / "w.duckdb"),
                   "--no-progress", "--date", "2026-11-08"]
            if args.workers:
                cmd += ["--workers", str(args.workers)]
            if args.rerun:  # load the pages first (not profiled); the rerun finds nothing new
                harness.run_timed(cmd, env=harness.checkout_env(args.code), cwd=args.code)
            raw = tmp / "raw.txt"
            if args.py_spy:
                cmd = [spy, "record", "--subprocesses", "-r", str(args.rate), "-f", "raw", "-o", str(raw),
                       "--nonblocking", "--"] + cmd
            load = os.getloadavg()
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, env=harness.checkout_env(args.code),
                                    cwd=str(args.code or harness.ROOT),
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            with Watcher(proc.pid) as watcher:
                out, err = proc.communicate()
            wall = time.perf_counter() - t0
            if proc.returncode:
                raise SystemExit(f"the run failed ({proc.returncode}): {err[-2000:]}")
        roles = watcher.by_role()
        shares = categorise(raw) if args.py_spy and raw.exists() else {}
        if args.keep_raw and raw.exists():
            shutil.copyfile(raw, args.keep_raw)
    total_cpu = sum(r["cpu"] for r in roles.values())
    print(f"\n`strikewire run` over {args.n} real pages{' again (every feed 304)' if args.rerun else ''}: "
          f"{wall:.1f} s wall, {total_cpu:.1f} CPU-s "
          f"({total_cpu / wall:.2f} cores busy on average of {os.cpu_count()}); load average before "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, after {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rows = []
    for name in ROLES:
        r = roles[name]
        if not r["n"]:
            continue
        idle = max(0.0, r["life"] - r["cpu"] - r["wait"]) if name == "page workers" else None
        rows.append([name, r["n"], r["cpu"], r["cpu"] / total_cpu, r["wait"],
                     idle if idle is not None else "-", r["life"] if name == "page workers" else "-"])
    if args.step:
        print(harness.table(["seconds", *ROLES[:4], "all"], watcher.phases(args.step),
                            title="cores busy, by process, over the run"))
    print(harness.table(["stage", "wall s", *[f"{r} CPU s" for r in ROLES[:4]], "all CPU s",
                         "÷ 2 cores", "workers waiting for a CPU s", "workers idle s"], watcher.stages(),
                        title="the run's three stages (CPU-s by process; '÷ 2 cores' is the stage's "
                              "wall on an idle 2-core machine if nothing waited)"))
    print(harness.table(["process", "procs", "CPU s", "share of CPU", "waiting for a CPU s",
                         "idle (no page) s", "lifetime s"], rows,
                        title="time by process (kernel scheduler figures)"))
    for name in ROLES:
        c = shares.get(name)
        if not c or not roles[name]["cpu"]:
            continue
        total = sum(c.values())
        print()
        print(harness.table(["what", "share", "≈ CPU s"],
                            [[k, f"{v / total:.0%}", v / total * roles[name]['cpu']] for k, v in c.most_common()],
                            title=f"{name}: {roles[name]['cpu']:.1f} CPU-s by what the stacks were doing "
                                  f"({total} py-spy samples)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
