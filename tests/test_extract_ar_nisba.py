"""Arabic: a side's adjective without its article names the side as with it.

The lexicon lists each side's adjective (the nisba) with the article ("*العراقية"); after an
indefinite noun the adjective takes none ("طائرات عراقية", Iraqi aircraft; "مدفعية أردنية").
``grammar.adjective_endings`` lets the definite entry match the bare adjective too
(lexicon._with_indefinite_adjectives), for every side, not one spelling at a time. The
sentences are the team's.
"""
from __future__ import annotations

import pytest

from extractors.lexicon import _with_indefinite_adjectives, load_all
from tests.extract_helpers import actors, events


@pytest.mark.parametrize("text,actor", [
    ("نفذت طائرات عراقية ضربة جوية على مخبأ لتنظيم داعش في جبال حمرين.", "IRQ"),
    ("شنت طائرات أردنية غارات على مواقع لمهربي المخدرات في ريف السويداء.", "JOR"),
    ("قصفت طائرات باكستانية مواقع لحركة طالبان في ولاية خوست.", "PAK"),
])
def test_a_sides_adjective_without_its_article_names_the_striker(text, actor):
    assert actors(events(text, "ar")) == [actor]


def test_the_bare_adjective_is_derived_from_the_definite_entry_only():
    lex = load_all()["ar"]
    found = {code for _, _, code in lex.find_coded("actors", "قوات عراقية وطائرات أردنية")}
    assert found == {"IRQ", "JOR"}
    derived = _with_indefinite_adjectives(lex.raw)
    assert {"عراقي", "عراقية"} <= set(derived["IRQ"]) - set(lex.raw["actors"]["IRQ"])
    # a noun with the article is no adjective: "*التحالف" gives no bare "تحالف"
    assert "تحالف" not in derived["COALITION"]
    # nor does a phrase of several words ("الجيش العراقي")
    assert "الجيش عراقي" not in derived["IRQ"] and "جيش العراقي" not in derived["IRQ"]
