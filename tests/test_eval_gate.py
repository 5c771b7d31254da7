"""CI gate: per-field and per-language F1 on every evaluation set must not fall below the
pinned floors (tests/eval_baseline.json; raised by `python -m extractors.baseline`)."""
from __future__ import annotations

import json

import pytest

from extractors.baseline import BASELINE, EPSILON, current_scores
from extractors.scoreboard import eval_sets

SETS = ("dev", "dev2", "team", "real", "real4", "real5", "real6", "real7", "real8",
        "real9", "real10", "real11", "real12", "real13", "real14",
        "real15", "real16", "real17", "real18", "real19", "real20")   # real2, real3, real21: held out, never shown by a test run


def _floors(name):
    if not BASELINE.exists():
        pytest.skip("no tests/eval_baseline.json")
    return json.loads(BASELINE.read_text()).get(name)


@pytest.mark.parametrize("name", SETS)
def test_set_meets_floors(name):
    if name not in eval_sets():
        pytest.skip(f"evaluation set {name!r} is not present here (../shared is absent on a user's clone)")
    floors = _floors(name)
    if not floors:
        pytest.skip(f"no floors pinned for {name}")
    now = current_scores(name)
    low = {k: (now.get(k, 0.0), v) for k, v in floors.items() if now.get(k, 0.0) < v - EPSILON}
    assert not low, f"{name}: fields or languages below their floor (now, floor): {low}"


def test_every_present_set_is_pinned():
    pinned = json.loads(BASELINE.read_text())
    missing = [name for name in eval_sets() if name not in pinned]
    assert not missing, f"sets without floors: {missing}; run python -m extractors.baseline"


def test_no_event_on_dev_negatives(shared_dir):
    from extractors.evaluate import predict_path, read_jsonl

    gold = read_jsonl(shared_dir / "corpus" / "dev.gold.jsonl")
    pred = predict_path(shared_dir / "corpus" / "dev.jsonl")
    bad = [d for d, g in gold.items() if not g["events"] and pred[d].get("events")]
    assert not bad, f"events on negative documents: {bad}"
