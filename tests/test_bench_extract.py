"""``bench/bench_extract.py --against DIR`` runs two checkouts in turn and prints their figures
(no time is asserted: the figures are for reading, see docs/performance.md)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import bench_extract  # noqa: E402


def test_the_comparison_runs_both_checkouts_in_turn(monkeypatch, capsys):
    docs = [{"id": f"d{i}", "lang": "en", "published": "2015-10-12",
             "text": "Russian aircraft flew 55 sorties and struck 53 targets in Homs and Hama provinces "
                     f"over the past 24 hours, the defence ministry said on Monday ({i})."} for i in range(3)]
    monkeypatch.setattr(bench_extract, "sample_docs", lambda: docs)
    monkeypatch.setattr(bench_extract, "trafilatura_cpu", lambda: None)
    assert bench_extract.compare(ROOT, rounds=2) == 0
    out = capsys.readouterr().out
    assert "3 documents" in out
    assert out.count("round ") == 2
    assert "this: min" in out and "other: min" in out and "this / other:" in out


def test_a_folder_that_is_no_checkout_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="not a checkout"):
        bench_extract.main(["--against", str(tmp_path)])
