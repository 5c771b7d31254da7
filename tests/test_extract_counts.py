"""Counts stage: numbers bound to the right slot (strikes, targets, killed), a single strike
stated as one, approximations and restated figures, numerals in their case forms. Every
sentence here is invented."""
from __future__ import annotations

import pytest

from extractors import extract_document


def events(text, lang="en", published="2024-03-14T08:00:00+00:00"):
    return extract_document({"id": "t", "text": text, "lang": lang, "published": published})["events"]


def first(text, lang="en"):
    ev = events(text, lang)
    assert ev, text
    return ev[0]


# --- a single strike with an article (CONVENTIONS, Numbers) --------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The Nigerian air force conducted a precision airstrike near the village of Oldtown on Tuesday, "
     "the Nigerian military said.", "en"),
    ("L'armée française a mené mardi une frappe aérienne contre un dépôt d'armes près de Gao, a indiqué "
     "l'état-major.", "fr"),
    ("El ejército israelí llevó a cabo el martes un bombardeo contra un depósito de armas en Gaza, "
     "informó el ejército.", "es"),
    ("Die israelische Luftwaffe hat am Dienstag einen Luftangriff auf ein Waffenlager im Gazastreifen "
     "geflogen, teilte die Armee mit.", "de"),
    ("İsrail ordusu salı günü Gazze'deki bir silah deposuna bir hava saldırısı düzenlediğini açıkladı.", "tr"),
    ("قال الجيش الإسرائيلي إن طائرة حربية شنت غارة على مستودع أسلحة في غزة يوم الثلاثاء.", "ar"),
])
def test_a_single_strike_with_an_article_counts_one(text, lang):
    assert first(text, lang)["strikes"] == 1


@pytest.mark.parametrize("text,lang", [
    # an unnumbered plural beside it: how many is not said
    ("The Nigerian air force conducted an airstrike near Oldtown on Tuesday after days of airstrikes on the "
     "hills, the military said.", "en"),
    # a massive strike is no count of one
    ("Российские войска нанесли массированный удар по складу в Харькове, сообщило Минобороны.", "ru"),
    ("L'armée israélienne a mené mardi une frappe massive contre le Hezbollah au Liban, a indiqué l'armée.", "fr"),
])
def test_no_count_of_one_for_plurals_or_massive_strikes(text, lang):
    assert first(text, lang)["strikes"] is None
