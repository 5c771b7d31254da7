"""``tools/compare_extractions.py --coverage``: per evaluation set, how many documents' outputs
two checkouts disagree on, and nothing that would show a held-out document."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import compare_extractions  # noqa: E402


def _outputs(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "events": e}, sort_keys=True) + "\n" for i, e in rows),
                    encoding="utf-8")
    return path


def test_coverage_counts_changed_outputs_per_set(tmp_path):
    a = _outputs(tmp_path / "a.jsonl", [("real12:x-1", "A"), ("real12:x-2", "A"), ("dev:y", "A"),
                                        ("real11:z-1", "A"), ("real11:z-2", "A")])
    b = _outputs(tmp_path / "b.jsonl", [("real12:x-1", "A"), ("real12:x-2", "A"), ("dev:y", "B"),
                                        ("real11:z-1", "B"), ("real11:z-2", "B")])
    assert compare_extractions.coverage(a, b) == {"real12": (2, 0), "dev": (1, 1), "real11": (2, 2)}


def test_coverage_refuses_outputs_of_different_lengths(tmp_path):
    a = _outputs(tmp_path / "a.jsonl", [("dev:y", "A")])
    b = _outputs(tmp_path / "b.jsonl", [("dev:y", "A"), ("dev:z", "A")])
    with pytest.raises(SystemExit, match="different number of outputs"):
        compare_extractions.coverage(a, b)


def test_coverage_needs_another_checkout(capsys):
    with pytest.raises(SystemExit):
        compare_extractions.main(["--dump", "/dev/null", "--coverage"])
    assert "--coverage needs --against" in capsys.readouterr().err


def test_the_evaluation_documents_are_tagged_with_their_set(shared_dir):
    docs = compare_extractions.eval_set_docs()
    tags = {d["id"].split(":", 1)[0] for d in docs}
    assert {"dev", "dev2", "team", "real"} <= tags
    assert all(":" in d["id"] and d.get("text") is not None for d in docs)
