"""CI gate: per-field F1 on the evaluation sets must not fall below the pinned floors."""
from __future__ import annotations

import json

import pytest

from extractors.baseline import BASELINE, EPSILON, ROOT, current_scores, eval_sets


def _floors(name):
    if not BASELINE.exists():
        pytest.skip("no tests/eval_baseline.json")
    return json.loads(BASELINE.read_text()).get(name)


def test_dev_set_meets_floors(shared_dir):
    floors = _floors("dev")
    if not floors:
        pytest.skip("no floors pinned for dev")
    now = current_scores("dev")
    low = {k: (now.get(k, 0.0), v) for k, v in floors.items() if now.get(k, 0.0) < v - EPSILON}
    assert not low, f"fields below their floor (now, floor): {low}"


def test_team_set_meets_floors():
    if "team" not in eval_sets():
        pytest.skip("team set not present")
    floors = _floors("team")
    if not floors:
        pytest.skip("no floors pinned for the team set")
    now = current_scores("team")
    low = {k: (now.get(k, 0.0), v) for k, v in floors.items() if now.get(k, 0.0) < v - EPSILON}
    assert not low, f"fields below their floor (now, floor): {low}"


def test_no_event_on_dev_negatives(shared_dir):
    from extractors.evaluate import predict_path, read_jsonl

    gold = read_jsonl(shared_dir / "corpus" / "dev.gold.jsonl")
    pred = predict_path(shared_dir / "corpus" / "dev.jsonl")
    bad = [d for d, g in gold.items() if not g["events"] and pred[d].get("events")]
    assert not bad, f"events on negative documents: {bad}"
