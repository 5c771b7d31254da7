"""Our scorer gives exactly the numbers of the contract's score.py."""
from __future__ import annotations

import json
import subprocess
import sys

from extractors.evaluate import format_scores, predict_path, read_jsonl, score


def test_same_numbers_as_contract_scorer(shared_dir, tmp_path):
    gold = shared_dir / "corpus" / "dev.gold.jsonl"
    pred = predict_path(shared_dir / "corpus" / "dev.jsonl")
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in pred.values()))
    theirs = subprocess.run([sys.executable, str(shared_dir / "contract" / "score.py"), str(gold), str(pred_path),
                             "--per-doc"], capture_output=True, text=True, check=True).stdout
    ours = format_scores(score(read_jsonl(gold), read_jsonl(pred_path)), per_doc=True)
    assert ours.strip() == theirs.strip()


def test_perfect_and_empty_predictions():
    gold = {"a": {"events": [{"actor": "RUS", "cumulative": False, "sorties": 5, "admin1": ["SY-ID"]}]},
            "b": {"events": []}}
    assert score(gold, gold).macro_f1 == 1.0
    empty = score(gold, {"a": {"events": []}, "b": {"events": []}})
    assert empty.row("detection")["recall"] == 0.0
