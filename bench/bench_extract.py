"""Extractor throughput on one core, and its cost next to trafilatura's cleaning.

    .venv/bin/python bench/bench_extract.py
    .venv/bin/python bench/bench_extract.py --against DIR [--rounds 8]   # this checkout vs another

Prints documents/s for 1-3 KB texts in every language (dev, dev2, the team's real set:
the languages whose lexicons match by form cost more than English) and the ratio
extractor/trafilatura per document, trafilatura measured in the same run on the real
pages of ../shared/corpus/web/pages (skipped when absent), and the ratio per language.
Target: the extractor costs at most 1/4 of cleaning a page. Times are CPU seconds
(`time.process_time`), which the load of other processes moves much less than wall time.

The extractor is timed as the page workers run it: once warm, with the garbage collector
settled (`flows/runtime/collector.py`: what was loaded frozen, the young generation
collected after 10,000 new objects, not 700). The first line also gives the figure with
Python's default collector, for comparison.

``--against DIR`` compares this checkout with another (e.g. a worktree of the session's
starting code) on a shared, noisy machine: each checkout runs in a long-lived process of its
own (its directory first on ``PYTHONPATH``), warmed by one full pass, and the two take turns,
one pass of the same documents each per round; each pass is timed in CPU seconds
(``time.process_time``), which other processes' load moves much less than wall time.
Trafilatura's CPU time per real page is measured in this process between rounds, so the
ratio is CPU against CPU. Prints each round, then min and median per checkout.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flows.runtime.collector import YOUNG_THRESHOLD, settle  # noqa: E402 - after the path
SHARED = Path(os.environ.get("STRIKEWIRE_SHARED", ROOT.parent / "shared"))


def sample_docs() -> list[dict]:
    docs = []
    for path in (SHARED / "corpus" / "dev.jsonl", SHARED / "corpus" / "dev2.jsonl",
                 SHARED / "contract" / "example.jsonl", *sorted((ROOT / "extractors" / "eval" / "real").glob("??.jsonl"))):
        if path.exists():
            docs += [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    docs = [d for d in docs if 1000 <= len(d["text"].encode()) <= 3000] or docs
    if not docs:  # a clone without ../shared: a synthetic wire story
        text = ("Russian aircraft flew 55 sorties and struck 53 targets in Homs and Hama provinces over "
                "the past 24 hours, the defence ministry said on Monday. ") * 8
        docs = [{"id": "synthetic", "text": text, "lang": "en", "published": "2015-10-12"}]
    return docs


def bench_extractor(docs, rounds: int = 5) -> float:
    """CPU seconds per document, warm, with the collector as it is when called."""
    from extractors import extract_document

    for d in docs:  # warm: lexicons, gazetteer, compiled patterns
        extract_document(d)
    t0 = time.process_time()
    for _ in range(rounds):
        for d in docs:
            extract_document(d)
    return (time.process_time() - t0) / (rounds * len(docs))


def bench_trafilatura(clock=time.perf_counter) -> float | None:
    """Trafilatura's mean time per real page, by ``clock`` (wall time; ``time.process_time``
    for CPU), in this process; None where the pages are absent."""
    pages = sorted((SHARED / "corpus" / "web" / "pages").glob("*.html"))
    if not pages:
        return None
    import trafilatura

    blobs = [p.read_bytes() for p in pages]
    trafilatura.extract(blobs[0])
    times = []
    for b in blobs:
        t0 = clock()
        trafilatura.extract(b)
        times.append(clock() - t0)
    return statistics.mean(times)


def bench_gazetteer_start(repeat: int = 3) -> float:
    """The gazetteer's start-up in CPU seconds (admin1 units and countries; localities load
    lazily), best of N."""
    from extractors.gazetteer import Gazetteer

    Gazetteer()  # warm imports and the OS file cache
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        Gazetteer()
        best = min(best, time.process_time() - t0)
    return best


# Runs inside a checkout: warm one pass, then one timed pass (CPU seconds) per line on stdin.
# Both checkouts run with the collector settled as the page workers settle it (argv[2]: the
# young generation's threshold; the code is collector.settle()'s, which an older checkout lacks).
_CHILD = r"""
import gc, json, sys, time
from extractors import extract_document
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for d in docs:
    extract_document(d)
gc.collect()
gc.freeze()
gc.set_threshold(int(sys.argv[2]), *gc.get_threshold()[1:])
print("ready", flush=True)
for _ in sys.stdin:
    t0 = time.process_time()
    for d in docs:
        extract_document(d)
    print(f"{time.process_time() - t0:.6f}", flush=True)
"""


def _pin_one_core() -> None:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass


def trafilatura_cpu() -> float | None:
    """Trafilatura's CPU seconds per real page (mean), in this process."""
    return bench_trafilatura(time.process_time)


def compare(other: Path, rounds: int) -> int:
    """This checkout against ``other``, taking turns in two warm processes (see the docstring)."""
    _pin_one_core()
    docs = sample_docs()
    checkouts = {"this": ROOT, "other": other.resolve()}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "docs.jsonl"
        src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        procs = {}
        for name, root in checkouts.items():
            env = dict(os.environ, PYTHONPATH=str(root))
            procs[name] = subprocess.Popen([sys.executable, "-c", _CHILD, str(src), str(YOUNG_THRESHOLD)],
                                           cwd=root, env=env,
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            for name, proc in procs.items():
                if proc.stdout.readline().strip() != "ready":
                    raise SystemExit(f"{checkouts[name]}: the extractor did not start")
            times: dict[str, list[float]] = {name: [] for name in procs}
            traf: list[float] = []
            print(f"{len(docs)} documents of 1-3 KB; this: {ROOT}; other: {checkouts['other']}")
            for r in range(rounds):
                order = list(procs) if r % 2 == 0 else list(reversed(procs))
                for name in order:
                    procs[name].stdin.write("go\n")
                    procs[name].stdin.flush()
                    times[name].append(float(procs[name].stdout.readline()) / len(docs))
                t = trafilatura_cpu()
                if t is not None:
                    traf.append(t)
                print(f"round {r + 1}: this {times['this'][-1] * 1000:.2f} ms/doc, "
                      f"other {times['other'][-1] * 1000:.2f} ms/doc"
                      + (f", trafilatura {traf[-1] * 1000:.2f} ms/page (CPU)" if traf else ""))
        finally:
            for proc in procs.values():
                proc.stdin.close()
                proc.wait(timeout=60)
    t_page = statistics.median(traf) if traf else None
    for name in procs:
        lo, med = min(times[name]), statistics.median(times[name])
        tail = f"; ratio to trafilatura's CPU {lo / t_page:.2f} / {med / t_page:.2f}" if t_page else ""
        print(f"{name}: min {lo * 1000:.2f} ms/doc, median {med * 1000:.2f} ms/doc{tail}")
    print(f"this / other: {min(times['this']) / min(times['other']):.3f} (min), "
          f"{statistics.median(times['this']) / statistics.median(times['other']):.3f} (median)")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", type=Path, help="another checkout to compare with, taking turns")
    ap.add_argument("--rounds", type=int, default=8, help="rounds of --against (default 8)")
    args = ap.parse_args(argv)
    if args.against is not None:
        if not (args.against / "extractors").is_dir():
            raise SystemExit(f"--against {args.against}: not a checkout (no extractors/ there)")
        return compare(args.against, args.rounds)
    _pin_one_core()
    docs = sample_docs()
    plain = bench_extractor(docs)
    settle()
    per_doc = bench_extractor(docs)
    print(f"extractor: {len(docs)} documents of 1-3 KB, {per_doc * 1000:.2f} ms/doc, {1 / per_doc:.0f} documents/s "
          f"(with Python's default garbage collector: {plain * 1000:.2f} ms/doc, {per_doc / plain:.3f} of it)")
    traf = trafilatura_cpu()
    if traf is None:
        print("trafilatura: no pages in ../shared/corpus/web/pages, ratio skipped")
        return 0
    ratio = per_doc / traf
    start = bench_gazetteer_start()
    print(f"gazetteer start-up (admin1 + countries): {start * 1000:.0f} ms, "
          f"{start / traf:.1f} trafilatura pages' worth (paid once per process)")
    print(f"trafilatura: {traf * 1000:.2f} ms/page (CPU, mean over real pages)")
    print(f"ratio extractor/trafilatura: {ratio:.2f} (target <= 0.25) {'OK' if ratio <= 0.25 else 'SLOW'}")
    by_lang: dict[str, list] = {}
    for d in docs:
        by_lang.setdefault(d.get("lang") or "?", []).append(d)
    for lang, group in sorted(by_lang.items()):
        t = bench_extractor(group, rounds=3)
        print(f"  {lang}: {len(group):3d} documents, {t * 1000:.2f} ms/doc, ratio {t / traf:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
