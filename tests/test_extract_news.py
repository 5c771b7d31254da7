"""Precision on ordinary news: real article texts that report no strike by a named actor
give no event. Every page text in ../shared/corpus/web/pages is ordinary news (crashes,
politics, markets, testimony); a strike word there ("struck me", "hit record highs",
"ads targeted at voters", "killed in a helicopter crash") is no strike report."""
from __future__ import annotations

import pytest

from extractors import extract_document
from tests.conftest import SHARED

PAGES = sorted((SHARED / "corpus" / "web" / "pages").glob("*.expected.txt"))


@pytest.mark.skipif(not PAGES, reason="../shared/corpus/web/pages is not beside this clone")
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name.split(".expected")[0])
def test_no_event_on_ordinary_news(path):
    text = path.read_text(encoding="utf-8")
    out = extract_document({"id": path.name, "text": text})
    found = [(e["actor"], text[slice(*e["evidence"][0])][:120]) for e in out["events"]]
    assert found == []


@pytest.mark.parametrize("text", [
    "That struck me as different than other calls I had listened to, she said.",
    "Two United States service members have been killed in a helicopter crash in Afghanistan, "
    "the US military said in a statement on Wednesday.",
    "The U.S. benchmark S&P 500 index was little changed, all having hit record intraday highs.",
    "Officials in Britain have made no changes to the way digital ads are targeted at voters.",
    "A US helicopter was shot down and destroyed while trying to raid a Taliban position, "
    "Taliban spokesman Zabihullah Mujahid said.",
    "France and Germany struck a deal on the budget on Monday, ministers said.",
    "A Russian farmer was struck by lightning in his field near Rostov on Sunday.",
    "Moscou et la coalition menée par les Etats-Unis se sont mis d'accord sur une coordination, "
    "a affirmé le ministre.",
])
def test_strike_words_outside_their_military_sense(text):
    lang = "fr" if "Moscou" in text else "en"
    assert extract_document({"id": "t", "text": text, "lang": lang,
                             "published": "2019-11-20T10:00:00+00:00"})["events"] == []


@pytest.mark.parametrize("text,actor", [
    ("Hezbollah positions in southern Lebanon were struck by Israeli jets on Saturday, the army said.", "ISR"),
    ("Les missiles lancés par les forces russes ont frappé Kharkiv lundi, a annoncé l'armée ukrainienne.", "RUS"),
    ("The strikes were carried out by Israeli jets overnight, the military said.", "ISR"),
])
def test_passive_agent_is_the_striker(text, actor):
    lang = "fr" if "Les " in text else "en"
    ev = extract_document({"id": "t", "text": text, "lang": lang,
                           "published": "2024-03-11T10:00:00+00:00"})["events"]
    assert [e["actor"] for e in ev] == [actor]
