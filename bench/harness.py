"""Shared pieces of the benchmarks: a synthetic site of real pages, subprocess timing with
process-tree memory sampling, the machine description and plain-text tables.

Not a benchmark itself. The benchmarks import it as `harness` (bench/ is on sys.path when
a script in it runs).
"""
from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import psutil

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "bin"
PYTHON = str(VENV_BIN / "python") if (VENV_BIN / "python").exists() else sys.executable
# The CLI script of this checkout's venv, else of the interpreter's (a worktree without its
# own venv); bench_env() puts ROOT first on PYTHONPATH, so this checkout's code is what runs.
STRIKEWIRE = str(VENV_BIN / "strikewire") if (VENV_BIN / "strikewire").exists() \
    else str(Path(sys.executable).parent / "strikewire")
# The shared corpus next to the repository (../shared from a checkout); left out when absent.
SHARED_PAGES = ROOT.parent / "shared" / "corpus" / "web" / "pages"
DEMO_SITE = ROOT / "strikewire" / "demo_corpus" / "site"
PLACEHOLDER = "http://demo.invalid"
FEED_MAX_ITEMS = 500
FIRST_DAY = datetime(2026, 11, 1, 6, 0, tzinfo=timezone.utc)
DAYS = 7          # items are spread over a week, so backfills have several days to walk

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def bench_env() -> dict[str, str]:
    """Environment for every child: the project's PREFECT_HOME, quiet and offline Prefect."""
    env = dict(os.environ)
    env.setdefault("PREFECT_HOME", str(ROOT / ".prefect"))
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("DO_NOT_TRACK", "1")
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    env.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


# --------------------------------------------------------------------------- the site

def source_pages(real_only: bool = False) -> list[Path]:
    """Real pages (shared corpus, when present) then the demo corpus pages, sorted;
    with `real_only`, the real pages alone (SystemExit when the shared corpus is absent)."""
    pages = sorted(SHARED_PAGES.glob("*.html")) if SHARED_PAGES.is_dir() else []
    if real_only:
        if not pages:
            raise SystemExit(f"no real pages: {SHARED_PAGES} is absent or empty")
        return pages
    return pages + sorted(DEMO_SITE.rglob("*.html"))


_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)


def _title(body: bytes) -> str:
    m = _TITLE.search(body[:200_000])
    text = m.group(1).decode("utf-8", "replace") if m else ""
    return " ".join(text.split())[:200] or "untitled"


def _mark(body: bytes, marker: str) -> bytes:
    """The same page with a unique marker in its <title> and a comment before </body>."""
    tag = f"[{marker}] ".encode()
    m = re.search(rb"<title[^>]*>", body[:200_000], re.I)
    if m:
        body = body[:m.end()] + tag + body[m.end():]
    comment = f"<!-- {marker} -->".encode()
    i = body.rfind(b"</body>")
    return body[:i] + comment + body[i:] if i >= 0 else body + comment


@dataclass
class Site:
    root: Path                  # served directory
    pages: list[Path]           # the N page files, in feed order
    n: int
    n_feeds: int
    sources: int                # distinct source pages cycled
    shared: bool                # whether ../shared pages were used


def build_site(root: Path, n: int, *, real_only: bool = False) -> Site:
    """N copies of the source pages at unique URLs with unique markers, in RSS feeds of at
    most FEED_MAX_ITEMS items each, links on the placeholder base the server rewrites.
    `real_only`: the shared corpus's real pages alone, cycled (no demo pages)."""
    sources = source_pages(real_only)
    if not sources:
        raise SystemExit("no source pages found (demo corpus missing?)")
    root.mkdir(parents=True, exist_ok=True)
    originals = [p.read_bytes() for p in sources]
    titles = [_title(b) for b in originals]
    n_feeds = max(1, -(-n // FEED_MAX_ITEMS))
    pages: list[Path] = []
    items: list[list[str]] = [[] for _ in range(n_feeds)]
    for i in range(n):
        k = i % len(sources)
        feed = i % n_feeds
        marker = f"swb-{i:06d}"
        rel = f"f{feed:02d}/a/{i:06d}-{sources[k].stem[:40]}.html"
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_mark(originals[k], marker))
        pages.append(path)
        when = FIRST_DAY + timedelta(days=i % DAYS, minutes=i % 600)
        link = f"{PLACEHOLDER}/{rel}"
        items[feed].append(
            "  <item>\n"
            f"    <title>{escape(titles[k])} [{marker}]</title>\n"
            f"    <link>{link}</link>\n"
            f"    <guid isPermaLink=\"true\">{link}</guid>\n"
            f"    <pubDate>{format_datetime(when)}</pubDate>\n"
            f"    <description>Benchmark copy {marker} of {escape(sources[k].name)}</description>\n"
            "  </item>\n")
    for feed, feed_items in enumerate(items):
        (root / f"f{feed:02d}").mkdir(parents=True, exist_ok=True)
        (root / f"f{feed:02d}" / "rss.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>\n'
            f"  <title>bench feed {feed}</title>\n  <link>{PLACEHOLDER}/f{feed:02d}/</link>\n"
            "  <description>strikewire benchmark feed</description>\n"
            + "".join(feed_items) + "</channel></rss>\n", encoding="utf-8")
    return Site(root=root, pages=pages, n=n, n_feeds=n_feeds, sources=len(sources),
                shared=SHARED_PAGES.is_dir())


def write_feeds_toml(path: Path, feed_urls: list[str]) -> Path:
    lines = ["[fetch]", "allow_private_networks = true", "timeout_s = 30", "max_concurrency = 16",
             "per_host = 8", ""]
    for n, url in enumerate(feed_urls):
        lines += ["[[feeds]]", f'name = "bench-{n:02d}"', f'url = "{url}"', 'agency = "BENCH"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- timing

@dataclass
class Timed:
    wall_s: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    peak_procs: int


class TreeSampler:
    """Sum of RSS over a process and all its descendants, sampled every `interval` s."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.pid, self.interval = pid, interval
        self.peak = 0
        self.peak_procs = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total, procs = 0, 0
            try:
                tree = [root] + root.children(recursive=True)
            except psutil.Error:
                break
            for p in tree:
                try:
                    total += p.memory_info().rss
                    procs += 1
                except psutil.Error:
                    pass
            if total > self.peak:
                self.peak = total
            self.peak_procs = max(self.peak_procs, procs)
            self._stop.wait(self.interval)

    def __enter__(self) -> "TreeSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def run_timed(cmd: list[str], *, env: dict | None = None, cwd: Path | None = None,
              check: bool = True, timeout: float = 3600) -> Timed:
    """Run a command, timing its wall clock and sampling its process tree's RSS."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env or bench_env(), cwd=str(cwd or ROOT),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeSampler(proc.pid) as sampler:
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            kill_tree(proc.pid)
            out, err = proc.communicate()
            wall = time.perf_counter() - t0
            if check:
                raise TimeoutError(f"{' '.join(cmd)} did not finish in {timeout:.0f} s") from None
            return Timed(wall, sampler.peak / 2**20, -9, out, err, sampler.peak_procs)
    wall = time.perf_counter() - t0
    if check and proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}\n{err[-3000:]}")
    return Timed(wall, sampler.peak / 2**20, proc.returncode, out, err, sampler.peak_procs)


def kill_tree(pid: int) -> None:
    """Kill a process we started and every descendant of it, by pid."""
    try:
        root = psutil.Process(pid)
        procs = root.children(recursive=True) + [root]
    except psutil.Error:
        return
    for p in procs:
        try:
            p.kill()
        except psutil.Error:
            pass
    psutil.wait_procs(procs, timeout=10)


def checkout_env(code: Path | None) -> dict[str, str]:
    """bench_env() running another checkout's code (PYTHONPATH first), for a before/after
    comparison in one run; None or ROOT: this checkout."""
    env = bench_env()
    if code is not None and Path(code).resolve() != ROOT:
        env["PYTHONPATH"] = str(Path(code).resolve()) + os.pathsep + env["PYTHONPATH"]
    return env


def strikewire_run(feeds: Path, db: Path, *, workers: int | None = None, code: Path | None = None) -> Timed:
    cmd = [STRIKEWIRE, "run", "--feeds", str(feeds), "--db", str(db), "--no-progress",
           "--date", "2026-11-08"]
    if workers:
        cmd += ["--workers", str(workers)]
    return run_timed(cmd, env=checkout_env(code), cwd=Path(code) if code else None)


def warm_up_prefect(tmp: Path) -> float:
    """One throwaway `strikewire run` over a 20-page site: Prefect's migrations and first
    start-up happen here, not inside a measured run. Returns its wall time."""
    from strikewire.demo_server import serve_corpus

    site = build_site(tmp / "warmup-site", 20)
    with serve_corpus(root=site.root) as server:
        feeds = write_feeds_toml(tmp / "warmup.toml", server.feed_urls)
        t = strikewire_run(feeds, tmp / "warmup.duckdb")
    for p in tmp.glob("warmup*"):
        shutil.rmtree(p) if p.is_dir() else p.unlink()
    return t.wall_s


# --------------------------------------------------------------------------- reporting

def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for pkg in ("prefect", "duckdb", "trafilatura", "httpx", "prefect-dask", "psutil"):
        try:
            from importlib.metadata import version
            versions[pkg] = version(pkg)
        except Exception:
            versions[pkg] = "absent"
    return {"nproc": os.cpu_count(), "cpu": cpu,
            "mem_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "load_avg": [round(x, 2) for x in os.getloadavg()],
            "versions": versions}


def print_machine() -> None:
    m = machine()
    print(f"machine: {m['nproc']} CPUs ({m['cpu']}), {m['mem_gb']} GB, Python {m['python']}, "
          f"load average {m['load_avg']}")
    print("versions: " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()))


def table(headers: list[str], rows: list[list], title: str | None = None) -> str:
    cells = [[str(h) for h in headers]] + [[_fmt(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = [title] if title else []
    for n, r in enumerate(cells):
        lines.append("  ".join(c.rjust(w) if n and i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:,.2f}" if abs(v) < 100 else f"{v:,.0f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def save_json(path: str | None, payload: dict) -> None:
    if path:
        Path(path).write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")
