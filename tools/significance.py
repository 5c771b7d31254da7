"""How sure is a score, and is a change better beyond the luck of which documents a set holds?

    .venv/bin/python tools/significance.py --sets real21                    # this checkout: each set's
                                                                            # macro F1 with its 95 % interval
    .venv/bin/python tools/significance.py --against DIR --sets real2 real3 # this checkout against another
    .venv/bin/python tools/significance.py --gold G.jsonl --pred B.jsonl [--base A.jsonl]   # saved outputs

A set of 56 documents is a sample: the same extractor scores a few points higher or lower on
another 56 texts of the same kind, so a change of 0.002 on one set says little by itself. This
tool resamples the documents (a bootstrap: as many documents as the set has, drawn with
replacement, ``--rounds`` times, seeded) and scores every resample with the contract's scorer
(``extractors.evaluate.score``: its per-document counts summed, which is what scoring the
resample whole gives, since events are paired within a document):
- one checkout: the set's macro F1 and the 2.5th and 97.5th percentiles of the resamples'
  (the interval a set of that size pins the score to);
- two checkouts (a paired bootstrap: both scored on the same resample each round): the
  difference B − A, its 95 % interval, and the share of resamples where B does no better
  than A (a one-sided p-value; a change is worth believing when its interval is above 0 on
  the sets it was not written from).

Only aggregates are printed (no id, text or field of a document), so it may be run on a
held-out set. With ``--sets`` both checkouts run in processes of their own, as
``tools/compare_extractions.py`` runs them.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from extractors.evaluate import ALL_FIELDS, Count, read_jsonl, score  # noqa: E402

# the interval printed: the middle 95 % of the resamples
LOW, HIGH = 0.025, 0.975


def doc_counts(gold: dict, pred: dict) -> list[tuple[int, ...]]:
    """Per gold document, its (tp, fp, fn) for every field of ALL_FIELDS, flattened."""
    rows = []
    for doc_id, g in gold.items():
        sc = score({doc_id: g}, {doc_id: pred[doc_id]} if doc_id in pred else {})
        rows.append(tuple(v for f in ALL_FIELDS for v in (sc.counts[f].tp, sc.counts[f].fp, sc.counts[f].fn)))
    return rows


def macro(total: list[int]) -> float:
    """The macro F1 of summed counts, as ``Scores.macro_f1`` reads them (fields with support)."""
    used = []
    for i, _ in enumerate(ALL_FIELDS):
        c = Count(*total[3 * i:3 * i + 3])
        if c.support:
            used.append(c.prf()[2])
    return sum(used) / len(used) if used else 0.0


def _sum(rows: list[tuple[int, ...]], picks: list[int]) -> list[int]:
    total = [0] * len(rows[0])
    for k in picks:
        for j, v in enumerate(rows[k]):
            total[j] += v
    return total


def _percentile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q * (len(s) - 1))))]


def bootstrap(rows_b: list[tuple[int, ...]], rows_a: list[tuple[int, ...]] | None = None,
              rounds: int = 2000, seed: int = 0) -> dict:
    """The macro F1 of B (and A) on the whole sample, its interval, and with A the paired
    difference B − A: its interval and the share of resamples where it is ≤ 0."""
    if not rows_b:
        raise ValueError("no documents to resample")
    if rows_a is not None and len(rows_a) != len(rows_b):
        raise ValueError("the two outputs must be scored on the same documents")
    n = len(rows_b)
    everyone = list(range(n))
    out = {"docs": n, "macro": macro(_sum(rows_b, everyone))}
    rng = random.Random(seed)
    ms, diffs = [], []
    for _ in range(rounds):
        picks = [rng.randrange(n) for _ in range(n)]
        mb = macro(_sum(rows_b, picks))
        ms.append(mb)
        if rows_a is not None:
            diffs.append(mb - macro(_sum(rows_a, picks)))
    out["low"], out["high"] = _percentile(ms, LOW), _percentile(ms, HIGH)
    if rows_a is not None:
        out["base"] = macro(_sum(rows_a, everyone))
        out["diff"] = out["macro"] - out["base"]
        out["diff_low"], out["diff_high"] = _percentile(diffs, LOW), _percentile(diffs, HIGH)
        out["p_not_better"] = sum(d <= 0 for d in diffs) / rounds
    return out


def format_row(name: str, r: dict) -> str:
    line = f"{name:<10} {r['docs']:>5}  {r['macro']:.3f} [{r['low']:.3f}, {r['high']:.3f}]"
    if "base" in r:
        line += (f"  base {r['base']:.3f}  diff {r['diff']:+.3f} [{r['diff_low']:+.3f}, {r['diff_high']:+.3f}]"
                 f"  p(not better) {r['p_not_better']:.3f}")
    return line


def _set_outputs(names: list[str], code: Path, work: Path, tag: str) -> dict[str, tuple[dict, dict]]:
    """Per set: (gold, the checkout's outputs), the checkout run once over every set's documents."""
    from compare_extractions import run_checkout
    from extractors.scoreboard import eval_sets

    sets = eval_sets()
    unknown = [n for n in names if n not in sets]
    if unknown:
        raise SystemExit(f"significance: no such set here: {', '.join(unknown)} (known: {', '.join(sets)})")
    docs, golds = [], {}
    for name in names:
        gold = {}
        for gold_path, docs_path in sets[name]:
            gold.update({f"{name}:{k}": v for k, v in read_jsonl(gold_path).items()})
            docs += [{**d, "id": f"{name}:{k}"} for k, d in read_jsonl(docs_path).items()]
        golds[name] = gold
    docs_path, out_path = work / "documents.jsonl", work / f"{tag}.jsonl"
    docs_path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    run_checkout(code, docs_path, out_path)
    pred = read_jsonl(out_path)
    return {name: ({k: {**v, "id": k} for k, v in gold.items()}, pred) for name, gold in golds.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", help="evaluation sets of the scoreboard (held-out ones too: aggregates only)")
    ap.add_argument("--against", type=Path, help="with --sets: the base checkout (A); this checkout is B")
    ap.add_argument("--gold", type=Path, help="a reference file (contract output), instead of --sets")
    ap.add_argument("--pred", type=Path, help="with --gold: the outputs to score (B)")
    ap.add_argument("--base", type=Path, help="with --gold: the base outputs (A)")
    ap.add_argument("--rounds", type=int, default=2000, help="resamples (default 2000)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if bool(args.sets) == bool(args.gold):
        ap.error("give --sets, or --gold with --pred")
    if args.gold and not args.pred:
        ap.error("--gold needs --pred")
    if args.rounds < 100:
        ap.error("--rounds: at least 100")
    results = []
    if args.gold:
        gold = read_jsonl(args.gold)
        base = read_jsonl(args.base) if args.base else None
        results.append((args.gold.name, gold, read_jsonl(args.pred), base))
    else:
        with tempfile.TemporaryDirectory(prefix="significance-") as tmp:
            mine = _set_outputs(args.sets, ROOT, Path(tmp), "this")
            other = _set_outputs(args.sets, args.against.resolve(), Path(tmp), "base") if args.against else None
        for name in args.sets:
            gold, pred = mine[name]
            results.append((name, gold, pred, other[name][1] if other else None))
    print(f"{'set':<10} {'docs':>5}  macro F1 [95 % interval]" + ("  (paired bootstrap, B = this, A = base)"
                                                               if any(r[3] is not None for r in results) else ""))
    pooled_b: list = []
    pooled_a: list = []
    for name, gold, pred, base in results:
        rows_b = doc_counts(gold, pred)
        rows_a = doc_counts(gold, base) if base is not None else None
        pooled_b += rows_b
        pooled_a += rows_a or []
        print(format_row(name, bootstrap(rows_b, rows_a, args.rounds, args.seed)))
    if len(results) > 1:
        print(format_row("pooled", bootstrap(pooled_b, pooled_a or None, args.rounds, args.seed)))
    print(f"({args.rounds} resamples, seed {args.seed}; 'pooled' scores every set's documents as one set)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
