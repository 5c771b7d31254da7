"""Benchmark: extraction alone, documents per second, over the team's real dev texts.

    .venv/bin/python bench/extract_dev.py                 # ../shared/corpus/dev.jsonl, 20 passes
    .venv/bin/python bench/extract_dev.py --passes 5 --jsonl OTHER.jsonl

The fallback run_all.py uses when bench/bench_extract.py (a colleague's) is absent.
Times `extractors.extract_document` over every document of the file, --passes times, in
this process, after a first call has loaded the lexicons and gazetteer (reported apart).
Baseline in the same run: a regex pass over the same texts (`re.findall(r"\\w+")`), the
cost of merely reading every word once in Python. Exits 0, with a message, when the file
is absent.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jsonl", type=Path, default=DEV)
    ap.add_argument("--passes", type=int, default=20)
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    if not args.jsonl.is_file():
        print(f"extract_dev: {args.jsonl} is absent; nothing measured")
        return 0
    docs = [json.loads(line) for line in args.jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    harness.print_machine()
    t0 = time.perf_counter()
    from extractors import EXTRACTOR_VERSION, extract_document

    extract_document(docs[0])
    load_s = time.perf_counter() - t0
    per_pass, events = [], 0
    for _ in range(args.passes):
        t = time.perf_counter()
        events = sum(len(extract_document(d).get("events") or []) for d in docs)
        per_pass.append(time.perf_counter() - t)
    word = re.compile(r"\w+")
    base = []
    for _ in range(args.passes):
        t = time.perf_counter()
        for d in docs:
            word.findall(d.get("text") or "")
        base.append(time.perf_counter() - t)
    med, bmed = statistics.median(per_pass), statistics.median(base)
    chars = sum(len(d.get("text") or "") for d in docs)
    print()
    print(harness.table(
        ["what", "docs", "median s/pass", "docs/s", "kchars/s", "× baseline"],
        [["extract_document", len(docs), med, len(docs) / med, chars / med / 1000, med / bmed],
         ["baseline: \\w+ scan", len(docs), bmed, len(docs) / bmed, chars / bmed / 1000, 1.0]],
        title=f"extraction alone over {args.jsonl.name} ({len(docs)} docs, {chars:,} chars, {events} events; "
              f"extractor {EXTRACTOR_VERSION}; load {load_s:.1f} s; {args.passes} passes)"))
    harness.save_json(args.json, {"docs": len(docs), "chars": chars, "events": events, "load_s": load_s,
                                  "median_pass_s": med, "docs_per_s": len(docs) / med,
                                  "baseline_pass_s": bmed, "version": EXTRACTOR_VERSION})
    return 0


if __name__ == "__main__":
    sys.exit(main())
