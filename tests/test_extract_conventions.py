"""Readings the reference annotations take from CONVENTIONS.md (and, where it is silent,
ANNOTATING.md), each on sentences the team wrote, in more than one language: the engine reads
a text the way the annotations that measure it do.

- A direction without a distance right after the strike or its targets names the place struck,
  a first-level unit or its seat as well as a town ("targets east of X" -> X); with a distance
  it names no place ("20 km east of X").
- Hideouts (and hiding places, safe houses) are buildings, not fighting positions
  ("Hideouts and compounds -> building"); caves, bunkers and shelters stay fighting positions.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import one


def names(ev: dict) -> list[str]:
    return [place["name"] for place in ev["locations"]]


def types(ev: dict) -> set[str]:
    return {hit["type"] for hit in ev["targets_hit"]}


# --- "targets east of X" -> X, for a governorate's seat too --------------------------------

@pytest.mark.parametrize("lang, text, place, unit", [
    ("en", "Israeli aircraft struck targets west of Homs on Monday, the Syrian defence ministry "
           "said.", "Homs", "SY-HI"),
    ("en", "Israeli jets carried out an air attack on targets south of Damascus on Monday, hitting "
           "a depot in al-Kiswah, the Syrian defence ministry said.", "Damascus", "SY-DI"),
    ("fr", "L'aviation israélienne a frappé lundi des cibles au sud de Damas, a indiqué le "
           "ministère syrien de la Défense.", "Damascus", "SY-DI"),
    ("es", "Aviones israelíes atacaron el lunes objetivos al este de Homs, según el Ministerio de "
           "Defensa sirio.", "Homs", "SY-HI"),
    ("es", "La aviación siria bombardeó el lunes posiciones al norte de Idlib, según el "
           "Observatorio.", "Idlib", "SY-ID"),
])
def test_a_direction_after_the_targets_names_the_seat_it_points_from(lang, text, place, unit):
    ev = one(text, lang=lang)
    assert place in names(ev) and unit in ev["admin1"]


def test_the_town_after_the_direction_is_kept_beside_the_seat():
    ev = one("Israeli jets carried out an air attack on targets south of Damascus on Monday, "
             "hitting a depot in al-Kiswah, the Syrian defence ministry said.")
    assert {"Damascus", "Al Kiswah"} <= set(names(ev))


@pytest.mark.parametrize("lang, text", [
    ("en", "Israeli aircraft struck a depot 20 km west of Homs on Monday, the Syrian defence "
           "ministry said."),
    ("fr", "L'aviation israélienne a frappé lundi un dépôt à 20 km au sud de Damas, a indiqué le "
           "ministère syrien de la Défense."),
])
def test_a_direction_with_a_distance_names_no_place(lang, text):
    ev = one(text, lang=lang)
    assert not {"Homs", "Damascus"} & set(names(ev))


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
