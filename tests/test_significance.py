"""``tools/significance.py``: a score's bootstrap interval and a paired bootstrap of two outputs,
on outputs the team wrote here (no extraction run)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import significance  # noqa: E402

from extractors.evaluate import score  # noqa: E402


def _event(actor="RUS", targets=None, admin1=(), date="2024-03-02"):
    return {"actor": actor, "target_group": None, "claimant": actor, "operation": "airstrike",
            "event_date": date, "period_start": date, "cumulative": False, "sorties": None,
            "strikes": None, "targets": targets, "killed": None, "platforms": [], "country": "SY",
            "admin1": list(admin1), "locations": [], "targets_hit": []}


def _docs(n):
    """n reports with one event each, and two ordinary stories with none."""
    gold = {f"d{i}": {"id": f"d{i}", "events": [_event(targets=10 + i, admin1=["SY-HM", "SY-ID"])]}
            for i in range(n)}
    gold.update({f"n{i}": {"id": f"n{i}", "events": []} for i in range(2)})
    return gold


def test_document_counts_sum_to_the_whole_set_score():
    gold = _docs(6)
    pred = {k: json.loads(json.dumps(v)) for k, v in gold.items()}
    pred["d0"]["events"][0]["targets"] = 99                 # a wrong value
    pred["d1"]["events"][0]["admin1"] = ["SY-HM"]           # a province missed
    pred["d2"]["events"].append(_event(actor="TUR"))        # an event too many
    pred["n0"]["events"] = [_event(actor="USA")]            # a report where there is none
    del pred["d3"]                                          # a document with no output
    rows = significance.doc_counts(gold, pred)
    whole = score(gold, pred)
    total = significance._sum(rows, list(range(len(rows))))
    assert significance.macro(total) == pytest.approx(whole.macro_f1)
    assert significance.bootstrap(rows, rounds=100)["macro"] == pytest.approx(whole.macro_f1)


def test_the_same_outputs_differ_by_nothing_and_are_never_better():
    gold = _docs(8)
    rows = significance.doc_counts(gold, gold)
    r = significance.bootstrap(rows, rows, rounds=200, seed=1)
    assert r["macro"] == 1.0 and (r["low"], r["high"]) == (1.0, 1.0)
    assert r["diff"] == 0.0 and (r["diff_low"], r["diff_high"]) == (0.0, 0.0)
    assert r["p_not_better"] == 1.0


def test_outputs_better_on_every_document_are_better_in_every_resample():
    gold = _docs(10)
    worse = {k: {"id": k, "events": [{**e, "targets": 1} for e in v["events"]]} for k, v in gold.items()}
    r = significance.bootstrap(significance.doc_counts(gold, gold), significance.doc_counts(gold, worse),
                               rounds=300)
    assert r["diff"] > 0 and r["diff_low"] > 0 and r["p_not_better"] == 0.0


def test_a_change_on_one_document_has_an_interval_that_reaches_zero():
    gold = _docs(20)
    base = {k: json.loads(json.dumps(v)) for k, v in gold.items()}
    base["d5"]["events"][0]["targets"] = 3
    r = significance.bootstrap(significance.doc_counts(gold, gold), significance.doc_counts(gold, base),
                               rounds=1000, seed=3)
    assert r["diff"] > 0
    assert r["diff_low"] == 0.0          # resamples without d5 see no difference
    assert 0.2 < r["p_not_better"] < 0.5  # d5 is left out of a resample about (1 - 1/20)^20 = 36 % of the time


def test_the_interval_narrows_as_the_set_grows():
    def width(n):
        gold = _docs(n)
        pred = {k: json.loads(json.dumps(v)) for k, v in gold.items()}
        for i in range(0, n, 3):                          # a third of the values wrong, at any size
            pred[f"d{i}"]["events"][0]["targets"] = 0
        r = significance.bootstrap(significance.doc_counts(gold, pred), rounds=500, seed=2)
        return r["high"] - r["low"]
    assert width(90) < width(12)


def test_saved_outputs_are_compared_from_the_command_line(tmp_path, capsys):
    gold = _docs(5)
    base = {k: {"id": k, "events": [{**e, "admin1": []} for e in v["events"]]} for k, v in gold.items()}
    paths = {}
    for name, data in (("gold", gold), ("pred", gold), ("base", base)):
        paths[name] = tmp_path / f"{name}.jsonl"
        paths[name].write_text("".join(json.dumps(v) + "\n" for v in data.values()), encoding="utf-8")
    assert significance.main(["--gold", str(paths["gold"]), "--pred", str(paths["pred"]),
                              "--base", str(paths["base"]), "--rounds", "200"]) == 0
    out = capsys.readouterr().out
    assert "gold.jsonl" in out and "1.000 [1.000, 1.000]" in out
    assert "p(not better) 0.000" in out
    assert "d0" not in out   # aggregates only: no document is named


@pytest.mark.parametrize("argv,message", [
    ([], "give --sets"),
    (["--gold", "g.jsonl"], "--gold needs --pred"),
    (["--sets", "dev", "--rounds", "10"], "at least 100"),
])
def test_bad_arguments_are_refused_with_a_reason(argv, message, capsys):
    with pytest.raises(SystemExit):
        significance.main(argv)
    assert message in capsys.readouterr().err


def test_an_unknown_set_is_named_in_the_error(tmp_path):
    with pytest.raises(SystemExit, match="no such set here: real99"):
        significance._set_outputs(["real99"], ROOT, tmp_path, "this")


def test_resampling_refuses_outputs_of_different_documents():
    gold = _docs(3)
    with pytest.raises(ValueError, match="same documents"):
        significance.bootstrap(significance.doc_counts(gold, gold), significance.doc_counts(_docs(4), _docs(4)))
