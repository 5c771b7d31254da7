"""Readings the reference annotations take from CONVENTIONS.md (and, where it is silent,
ANNOTATING.md), each on sentences the team wrote, in more than one language: the engine reads
a text the way the annotations that measure it do.

- Hideouts (and hiding places, safe houses) are buildings, not fighting positions
  ("Hideouts and compounds -> building"); caves, bunkers and shelters stay fighting positions.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import one


def types(ev: dict) -> set[str]:
    return {hit["type"] for hit in ev["targets_hit"]}


# --- hideouts are buildings ----------------------------------------------------------------

@pytest.mark.parametrize("lang, text", [
    ("en", "Kenyan Air Force jets bombed three hideouts of al-Shabaab militants in Lower Juba on "
           "Monday, the defence ministry said."),
    ("en", "Nigerian Air Force jets destroyed a terrorist hiding place in Borno state on Monday, "
           "the military said."),
    ("fr", "L'aviation nigériane a bombardé lundi un repaire de jihadistes dans l'État de Borno, "
           "a indiqué l'armée."),
    ("es", "La aviación nigeriana bombardeó el lunes un escondite de yihadistas en el estado de "
           "Borno, informó el ejército."),
])
def test_a_hideout_is_a_building(lang, text):
    ev = one(text, lang=lang)
    assert "building" in types(ev) and "fighting_position" not in types(ev)


def test_caves_and_bunkers_stay_fighting_positions():
    ev = one("Turkish warplanes destroyed caves and bunkers of the PKK in northern Iraq on Monday, "
             "the defence ministry said.")
    assert "fighting_position" in types(ev) and "building" not in types(ev)
