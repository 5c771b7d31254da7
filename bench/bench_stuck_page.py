"""The stuck-page reproduction of issue 12: run wall time and warehouse lock hold time.

    .venv/bin/python bench/bench_stuck_page.py [--root DIR] [--cap 1200] [--workers N]

Serves on 127.0.0.1 a feed of two pages, one ordinary and one whose article is one
sentence listing 64,000 place names, then runs `strikewire run` and `strikewire backfill
--reextract` over its day, each as a subprocess of the code in --root (default: this
checkout; point it at an older checkout to measure before a change). Prints each
command's wall time and how long it held the warehouse's lock (read from /proc/locks,
which takes no lock itself). A command still running after --cap seconds is killed and
reported as such. STRIKEWIRE_PAGE_TIMEOUT_S in the environment is passed on.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMES = ["Homs", "Hama", "Idlib", "Aleppo", "Raqqa", "Deir ez-Zor", "Latakia", "Daraa"]
DAY = "2026-12-01"
GOOD = ("Russian aircraft struck 12 targets in Idlib province overnight, the Russian Defence "
        "Ministry said on Monday. ") * 5
HOSTILE = "Russian aircraft struck targets in " + " ".join(NAMES * 8000)


def page(title: str, text: str) -> bytes:
    return (f"<html lang='en'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{text}</p></article></body></html>").encode()


def serve() -> tuple[ThreadingHTTPServer, str]:
    pub = format_datetime(datetime(2026, 12, 1, 9, tzinfo=timezone.utc), usegmt=True)
    routes: dict[str, tuple[str, bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802
            ctype, body = routes.get(self.path, ("text/plain", b"not found"))
            self.send_response(200 if self.path in routes else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    items = "".join(f"<item><title>{t}</title><link>{base}/{p}</link><guid>{base}/{p}</guid>"
                    f"<pubDate>{pub}</pubDate></item>" for t, p in (("Strikes", "good"), ("Many places", "hostile")))
    routes["/feed.xml"] = ("application/rss+xml",
                           f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{items}"
                           f"</channel></rss>".encode())
    routes["/good"] = ("text/html; charset=utf-8", page("Strikes", GOOD))
    routes["/hostile"] = ("text/html; charset=utf-8", page("Many places", HOSTILE))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base


def lock_holder(db: Path, stop: threading.Event, out: dict) -> None:
    """Seconds during which some process holds a lock on the warehouse file."""
    held_since = None
    total = 0.0
    while not stop.is_set():
        held = False
        if db.exists():
            ino = db.stat().st_ino
            with open("/proc/locks") as fh:
                held = any(line.split()[5].split(":")[-1] == str(ino) for line in fh if len(line.split()) > 5)
        now = time.perf_counter()
        if held and held_since is None:
            held_since = now
        elif not held and held_since is not None:
            total += now - held_since
            held_since = None
        time.sleep(0.1)
    if held_since is not None:
        total += time.perf_counter() - held_since
    out["lock_s"] = total


def timed_command(root: Path, args: list[str], db: Path, cap: float) -> dict:
    stop, out = threading.Event(), {}
    watcher = threading.Thread(target=lock_holder, args=(db, stop, out))
    watcher.start()
    env = dict(os.environ, PYTHONPATH=str(root))
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "strikewire.cli", *args], cwd=root, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    try:
        output, _ = proc.communicate(timeout=cap)
        killed = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        output, _ = proc.communicate()
        killed = True
    wall = time.perf_counter() - t0
    stop.set()
    watcher.join()
    return {"wall_s": wall, "lock_s": out["lock_s"], "killed": killed, "rc": proc.returncode,
            "tail": output.strip().splitlines()[-3:]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--cap", type=float, default=1200)
    ap.add_argument("--workers", type=int, default=None)
    args = ap.parse_args()
    server, base = serve()
    tmp = Path(tempfile.mkdtemp(prefix="stuck-page-"))
    feeds = tmp / "feeds.toml"
    feeds.write_text(f'[fetch]\nallow_private_networks = true\n\n[[feeds]]\nname = "t"\n'
                     f'url = "{base}/feed.xml"\nlang = "en"\n', encoding="utf-8")
    db = tmp / "w.duckdb"
    workers = ["--workers", str(args.workers)] if args.workers else []
    print(f"code: {args.root}  page limit: {os.environ.get('STRIKEWIRE_PAGE_TIMEOUT_S', 'default')}")
    for name, cmd in (("run", ["run", "--feeds", str(feeds), "--db", str(db), "--date", DAY,
                               "--no-progress", *workers]),
                      ("backfill --reextract", ["backfill", "--start", DAY, "--end", DAY, "--reextract",
                                                "--db", str(db), *workers])):
        r = timed_command(args.root, cmd, db, args.cap)
        state = f"KILLED at the {args.cap:.0f} s cap" if r["killed"] else f"exit {r['rc']}"
        print(f"{name:<22} wall {r['wall_s']:7.1f} s   lock held {r['lock_s']:7.1f} s   {state}", flush=True)
        for line in r["tail"]:
            print(f"    {line[:160]}")
    server.shutdown()


if __name__ == "__main__":
    main()
