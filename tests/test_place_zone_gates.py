"""The zones where no place is struck (credits, clocks, waters, a banned group's footnote) are
searched only in texts that hold one of their words (``document._ZoneGates``): the gate must
never close on a text the zone's own pattern matches, or a sea's name would become a place
struck. Each case is checked against the patterns searched with no gate at all."""
from __future__ import annotations

import json

import pytest

from extractors import document
from extractors.document import _word_zones, non_place_zones


def ungated(text: str) -> list[tuple[int, int]]:
    """Every word-list zone, each pattern searched over the whole text, in the gate's order."""
    return [(m.start(), m.end()) for pattern, _ in _word_zones().zones for m in pattern.finditer(text)]


def gated(text: str) -> list[tuple[int, int]]:
    gates = _word_zones()
    open_ = gates.open_zones(text)
    return [(m.start(), m.end()) for i, (pattern, _) in enumerate(gates.zones) if i in open_
            for m in pattern.finditer(text)]


# sentences the team wrote, one per zone and spelling the gate must see through
CASES = [
    "Les frappes ont visé un navire dans le golfe d'Aden, selon l'armée.",
    "A drone was downed over the Gulf of Aden early on Monday.",
    "El ataque ocurrió en el golfo de Adén, cerca de la costa.",
    "Der Angriff galt einem Schiff in der Straße von Hormus.",
    "Корабль был поражён в Красном море, сообщили в штабе.",
    "Удар завдано по кораблю в Чорному морі.",
    "Saldırı Kızıldeniz'de değil, Aden Körfezi'nde gerçekleşti.",
    "SALDIRI ADEN KÖRFEZİ'NDE GERÇEKLEŞTİ.",
    # Turkish capitals, each the zone's only word: "İ" lowers to i and a combining dot, and a
    # regex's IGNORECASE takes dotless ı for i
    "GEMİ KIZIL DENİZİ ÜZERİNDE VURULDU.",
    "GEMİ SÜVEYŞ KANALI ÇIKIŞINDA VURULDU.",
    "Gemi Süveyş KanalI çıkışında vuruldu.",
    "Группировка «Хайят Тахрир аш-Шам» (организация запрещена в России) обстреляла Идлиб.",
    "The strike came at 3 a.m. Moscow time, the ministry said. (Reporting by A. Writer; Editing by B. Editor)",
    "L'attaque a eu lieu vers 1h30 heure de Paris (AFP).",
    "Der Angriff begann um 4 Uhr Moskauer Zeit. Photo: Archiv",
    "Los ataques comenzaron a las 5 hora de Moscú. © Agencia",
    "The raid hit a depot near Idlib.",   # no zone at all
    "(  Reuters ) — The raid hit a depot near Idlib.",
]


@pytest.mark.parametrize("text", CASES)
def test_the_gate_opens_wherever_a_zone_matches(text):
    assert gated(text) == ungated(text)


def test_the_gate_closes_on_a_story_with_no_zone_word():
    gates = _word_zones()
    assert gates.open_zones("The raid hit a depot near Idlib, the army said.") == gates.always


def test_the_gate_finds_a_zone_word_without_the_automaton(monkeypatch):
    """Where pyahocorasick is missing, the gate reads its words by plain substring search."""
    gates = document._ZoneGates(_word_zones().zones)
    monkeypatch.setattr(gates, "automaton", None)
    for text in CASES:
        open_ = gates.open_zones(text)
        assert [(m.start(), m.end()) for i, (p, _) in enumerate(gates.zones) if i in open_
                for m in p.finditer(text)] == ungated(text)


def test_the_gate_changes_no_zone_on_the_real_texts(shared_dir):
    texts = []
    for name in ("dev.jsonl", "dev2.jsonl"):
        texts += [json.loads(line)["text"] for line in (shared_dir / "corpus" / name).open(encoding="utf-8")
                  if line.strip()]
    assert texts
    assert sum(1 for t in texts if ungated(t)) > 0   # the texts do hold zones
    for text in texts:
        assert gated(text) == ungated(text)
    assert non_place_zones(texts[0]) is not None
