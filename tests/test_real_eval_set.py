"""The team's real-text set is well formed: every document has its reference and its
source, every code is one the contract knows."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.eval_set_checks import actor_code_known, target_type_known
from extractors.scoreboard import REAL_DIR

LANGS = ("ar", "de", "en", "es", "fr", "ru", "tr", "uk")
OPERATIONS = {"airstrike", "drone_strike", "missile_strike", "artillery"}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_ten_documents_with_gold_and_sources(lang):
    docs = _lines(REAL_DIR / f"{lang}.jsonl")
    gold = _lines(REAL_DIR / f"{lang}.gold.jsonl")
    with open(REAL_DIR / f"{lang}.sources.tsv", encoding="utf-8", newline="") as fh:
        sources = {row["id"]: row for row in csv.DictReader(fh, delimiter="\t")}
    assert len(docs) >= 10
    assert [d["id"] for d in docs] == [g["id"] for g in gold]
    assert set(sources) == {d["id"] for d in docs}
    assert len({d["id"] for d in docs}) == len(docs)
    for d in docs:
        assert d["lang"] == lang and isinstance(d["text"], str) and d["text"].strip()
        assert sources[d["id"]]["source"].startswith("search(pages): http")
    assert any(not g["events"] for g in gold), "hard negatives are part of the set"


@pytest.mark.parametrize("lang", LANGS)
def test_gold_uses_the_contract_codes(lang):
    pycountry = pytest.importorskip("pycountry")
    for g in _lines(REAL_DIR / f"{lang}.gold.jsonl"):
        for e in g["events"]:
            assert e["operation"] in OPERATIONS
            for key in ("actor", "target_group", "claimant"):
                code = e.get(key)
                if code is None:
                    continue
                assert actor_code_known(code), f"{g['id']}: {key} {code}"
            if e.get("country"):
                assert pycountry.countries.get(alpha_2=e["country"]), g["id"]
            for code in e.get("admin1") or []:
                assert pycountry.subdivisions.get(code=code), f"{g['id']}: admin1 {code}"
            for t in e.get("targets_hit") or []:
                assert target_type_known(t["type"]), f"{g['id']}: {t['type']}"
