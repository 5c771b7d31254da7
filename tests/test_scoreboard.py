"""The scoreboard: scores by language, floors only for languages with enough documents,
and a record of scores by date and version."""
from __future__ import annotations

import json

from extractors import scoreboard


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _docs(tmp_path):
    text_hit = "Russian aircraft struck 12 targets in Idlib province on Monday, the Russian defence ministry said."
    docs, gold = [], []
    for i in range(6):
        docs.append({"id": f"en-{i}", "text": text_hit, "lang": "en", "published": "2024-03-11T10:00:00+00:00"})
        gold.append({"id": f"en-{i}", "schema_version": 1, "events": [{"actor": "RUS", "targets": 12}]})
    docs.append({"id": "fr-0", "text": "La grève des contrôleurs continue lundi.", "lang": "fr"})
    gold.append({"id": "fr-0", "schema_version": 1, "events": []})
    real = tmp_path / "real"
    real.mkdir()
    _write(real / "xx.jsonl", docs)
    _write(real / "xx.gold.jsonl", gold)
    return real


def test_scores_by_language_and_floors_only_for_enough_documents(tmp_path, monkeypatch):
    monkeypatch.setattr(scoreboard, "REAL_DIR", _docs(tmp_path))
    monkeypatch.setattr(scoreboard, "SHARED", tmp_path / "absent")
    sets = scoreboard.eval_sets()
    assert "real" in sets and "dev" not in sets
    whole, by_lang = scoreboard.set_scores(sets["real"])
    assert set(by_lang) == {"en", "fr"}
    assert by_lang["en"].n_docs == 6 and by_lang["fr"].n_docs == 1
    assert by_lang["fr"].row("detection")["f1"] == 1.0   # no event on the labour strike
    flat = scoreboard.flat_scores(whole, by_lang)
    assert "lang.en" in flat and "lang.fr" not in flat    # one document is no floor
    assert flat["targets"] == 1.0


def test_record_appends_a_dated_block(tmp_path, monkeypatch):
    monkeypatch.setattr(scoreboard, "REAL_DIR", _docs(tmp_path))
    monkeypatch.setattr(scoreboard, "SHARED", tmp_path / "absent")
    monkeypatch.setattr(scoreboard, "SCORES_MD", tmp_path / "SCORES.md")
    results = {"real": scoreboard.set_scores(scoreboard.eval_sets()["real"])}
    scoreboard.record("first", results)
    scoreboard.record("second", results)
    text = (tmp_path / "SCORES.md").read_text()
    assert text.startswith("# Scores of the extractor")
    assert text.count("\n## ") == 2 and "· first" in text and "· second" in text
    assert "| real | 7 |" in text
