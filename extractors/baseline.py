"""Pinned per-field F1 floors (tests/eval_baseline.json); floors only go up.

    python -m extractors.baseline            # raise floors to today's scores where higher
    python -m extractors.baseline --allow-lower   # also lower them (needs a reason in the commit)
"""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from .evaluate import ALL_FIELDS, evaluate_paths

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "eval_baseline.json"
SHARED = Path(os.environ.get("STRIKEWIRE_SHARED", ROOT.parent / "shared"))
EPSILON = 0.005


def eval_sets() -> dict[str, tuple[Path, Path]]:
    """Name -> (gold, docs) of every evaluation set present on this machine."""
    sets = {}
    dev = SHARED / "corpus"
    if (dev / "dev.jsonl").exists():
        sets["dev"] = (dev / "dev.gold.jsonl", dev / "dev.jsonl")
    team = ROOT / "extractors" / "eval"
    if (team / "team.jsonl").exists() and (team / "team.gold.jsonl").exists():
        sets["team"] = (team / "team.gold.jsonl", team / "team.jsonl")
    return sets


def current_scores(name: str) -> dict[str, float]:
    gold, docs = eval_sets()[name]
    sc = evaluate_paths(gold, docs)
    out = {f: round(sc.row(f)["f1"], 3) for f in ALL_FIELDS if sc.counts[f].support}
    out["macro_f1"] = round(sc.macro_f1, 3)
    return out


def update(allow_lower: bool = False) -> dict:
    pinned = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    for name in eval_sets():
        now = current_scores(name)
        floors = pinned.setdefault(name, {})
        for field_, value in now.items():
            old = floors.get(field_)
            if old is None or value > old or allow_lower:
                floors[field_] = value
            elif value < old - EPSILON:
                raise SystemExit(f"{name}.{field_}: {value:.3f} is below the floor {old:.3f}; "
                                 "pass --allow-lower to lower it")
    BASELINE.write_text(json.dumps(pinned, indent=1, sort_keys=True) + "\n")
    return pinned


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--allow-lower", action="store_true")
    args = ap.parse_args(argv)
    print(json.dumps(update(args.allow_lower), indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
