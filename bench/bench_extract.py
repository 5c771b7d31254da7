"""Extractor throughput on one core, and its cost next to trafilatura's cleaning.

    .venv/bin/python bench/bench_extract.py

Prints documents/s for 1-3 KB texts in every language (dev, dev2, the team's real set:
the languages whose lexicons match by form cost more than English) and the ratio
extractor/trafilatura per document, trafilatura measured in the same run on the real
pages of ../shared/corpus/web/pages (skipped when absent), and the ratio per language.
Target: the extractor costs at most 1/4 of cleaning a page.
"""
from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
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
    from extractors import extract_document

    for d in docs:  # warm: lexicons, gazetteer, compiled patterns
        extract_document(d)
    t0 = time.perf_counter()
    for _ in range(rounds):
        for d in docs:
            extract_document(d)
    return (time.perf_counter() - t0) / (rounds * len(docs))


def bench_trafilatura() -> float | None:
    pages = sorted((SHARED / "corpus" / "web" / "pages").glob("*.html"))
    if not pages:
        return None
    import trafilatura

    blobs = [p.read_bytes() for p in pages]
    trafilatura.extract(blobs[0])
    times = []
    for b in blobs:
        t0 = time.perf_counter()
        trafilatura.extract(b)
        times.append(time.perf_counter() - t0)
    return statistics.mean(times)


def bench_gazetteer_start(repeat: int = 3) -> float:
    """The gazetteer's start-up (admin1 units and countries; localities load lazily), best of N."""
    from extractors.gazetteer import Gazetteer

    Gazetteer()  # warm imports and the OS file cache
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        Gazetteer()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    except (AttributeError, OSError):
        pass
    docs = sample_docs()
    per_doc = bench_extractor(docs)
    print(f"extractor: {len(docs)} documents of 1-3 KB, {per_doc * 1000:.2f} ms/doc, {1 / per_doc:.0f} documents/s")
    traf = bench_trafilatura()
    if traf is None:
        print("trafilatura: no pages in ../shared/corpus/web/pages, ratio skipped")
        return 0
    ratio = per_doc / traf
    start = bench_gazetteer_start()
    print(f"gazetteer start-up (admin1 + countries): {start * 1000:.0f} ms, "
          f"{start / traf:.1f} trafilatura pages' worth (paid once per process)")
    print(f"trafilatura: {traf * 1000:.2f} ms/page (mean over real pages)")
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
