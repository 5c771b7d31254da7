"""Pinned per-field and per-language F1 floors (tests/eval_baseline.json); floors only go up.

Every set of ``extractors.scoreboard`` present is pinned: per field, macro F1 and, where a
set has several languages, each language's macro F1 (``lang.xx``).

    python -m extractors.baseline            # raise floors to today's scores where higher
    python -m extractors.baseline --allow-lower   # also lower them (needs a reason in the commit)
"""
from __future__ import annotations

import argparse
import json

from .scoreboard import ROOT, current_scores, eval_sets

BASELINE = ROOT / "tests" / "eval_baseline.json"
EPSILON = 0.005


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
