"""Does doubling a text at most about double the extractor's time? (issue 12)

    .venv/bin/python bench/bench_linear.py [--max-k 8000]

Times `extract_document` on the issue's stuck page (one sentence listing 8k place names)
and on a long ordinary wire story, at sizes doubling each step, and prints each time
over the time of the half-size text. A ratio near 2 is linear; near 4 is quadratic.
tests/test_linear_work.py checks the same property by counting work instead of time.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = ["Homs", "Hama", "Idlib", "Aleppo", "Raqqa", "Deir ez-Zor", "Latakia", "Daraa"]
STORY = ("Russian aircraft flew 55 sorties and struck 53 targets in Homs and Hama provinces over "
         "the past day, the Russian Defence Ministry said on Tuesday. Syrian state media said "
         "jets hit positions of militants near Idlib and killed 12 people. ")


def texts(kind: str, k: int) -> str:
    if kind == "place list":
        return "Russian aircraft struck targets in " + " ".join(NAMES * k)
    return STORY * k


def timed(text: str) -> float:
    from extractors import extract_document

    best = float("inf")
    for _ in range(2 if len(text) < 200_000 else 1):
        t0 = time.perf_counter()
        extract_document({"id": "b", "text": text, "lang": "en", "published": "2026-12-01"})
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-k", type=int, default=8000)
    args = ap.parse_args()
    timed(texts("place list", 1))  # loads lexicons and gazetteer
    print(f"{'text':<12} {'repeats':>8} {'chars':>9} {'seconds':>9} {'ratio':>6}")
    for kind, start in (("place list", 250), ("wire story", 25)):
        prev = None
        k = start
        while k <= args.max_k * start // 250:
            text = texts(kind, k)
            s = timed(text)
            ratio = f"{s / prev:6.2f}" if prev else "     -"
            print(f"{kind:<12} {k:>8} {len(text):>9} {s:>9.3f} {ratio}", flush=True)
            prev, k = s, k * 2


if __name__ == "__main__":
    main()
