"""English lexicon parity: concepts that wire copy in other languages (and ordinary English
agency, ministry and regional-press copy) expresses and the English lexicon could not, each
tested on two sentences written for it (different form, actor, place, tense)."""
from __future__ import annotations

import pytest

from tests.extract_helpers import events, one


# a strike verb in the headline present tense ("Israel hits ...") or a colloquial past
# ("pummeled", "rocketed"): the sentence reports a strike
@pytest.mark.parametrize("text, actor", [
    ("Israel hits Hezbollah sites in southern Lebanon on Monday, army says", "ISR"),
    ("Pakistan's military says it hits militant hideouts in North Waziristan on Sunday", "PAK"),
    ("Russian warplanes pummeled rebel positions near Idlib on Monday, the defence ministry said.", "RUS"),
    ("Turkish jets have pummelled PKK shelters in Duhok since Saturday, the ministry said on Monday.", "TUR"),
    ("Hezbollah rocketed Israeli army positions near Metula on Sunday, the group said.", "HEZBOLLAH"),
])
def test_headline_and_colloquial_strike_verbs(text, actor):
    assert actor in [e["actor"] for e in events(text)], text


# "bombardments", "air-strikes": the strikes counted
@pytest.mark.parametrize("text, n", [
    ("The Nigerian Air Force said it carried out two bombardments on Boko Haram camps in Borno on Sunday.", 2),
    ("The Pakistani army said it carried out three air-strikes on militant hideouts in Bannu on Sunday.", 3),
    ("Israeli jets conducted four air-strikes on Hamas tunnels in Rafah on Monday, the army said.", 4),
])
def test_bombardments_and_hyphenated_air_strikes_are_counted(text, n):
    assert one(text)["strikes"] == n


# a loitering munition, an unmanned aerial system (UAS): a drone strike
@pytest.mark.parametrize("text", [
    "Israeli loitering munitions struck a Hezbollah launcher near Tyre on Monday, the army said.",
    "The Azerbaijani army said a loitering munition hit an Armenian artillery position on Sunday.",
    "Russian forces attacked Kharkiv with UAS overnight, the Ukrainian air force said.",
    "The Russian military said its UAS destroyed a Ukrainian tank near Avdiivka on Sunday.",
])
def test_loitering_munitions_and_uas_are_drone_strikes(text):
    assert events(text)[0]["operation"] == "drone_strike"


# "brought down", "knocked down": an interception report, whose striker is the other side
@pytest.mark.parametrize("text, striker", [
    ("Ukraine's air force said it had brought down 20 Russian drones overnight.", "RUS"),
    ("The Israeli army said its air defences knocked down two Hezbollah drones over the Galilee on Monday.", "HEZBOLLAH"),
])
def test_brought_down_is_an_interception(text, striker):
    assert striker in [e["actor"] for e in events(text)], text


# "this afternoon", "at daybreak", "at first light", "pre-dawn": the
# announcement day (2024-05-14)
@pytest.mark.parametrize("text", [
    "The Israeli army said it struck Hamas targets in Khan Younis this afternoon.",
    "Russian jets bombed militant positions near Idlib this afternoon, the defence ministry says.",
    "Israeli jets struck Hamas positions in Rafah at daybreak, the army said.",
    "Turkish drones hit PKK hideouts in Duhok at first light, the defence ministry said.",
    "Israeli jets struck Hamas positions in Rafah in a pre-dawn raid, the army said.",
    "U.S. forces carried out a predawn strike on al-Shabaab near Kismayo, AFRICOM said.",
])
def test_parts_of_the_announcement_day(text):
    assert one(text)["event_date"] == "2024-05-14"


# "in excess of", "just under": a bound, so the count is null (CONVENTIONS, Numbers)
@pytest.mark.parametrize("text", [
    "The Israeli army said it struck in excess of 50 targets in Gaza on Monday.",
    "The Israeli army said on Sunday its jets hit just under 40 Hezbollah targets in southern Lebanon.",
])
def test_bounds_give_no_count(text):
    assert one(text)["targets"] is None


# "per the IDF", "as per the military": the source the claim is attributed to
@pytest.mark.parametrize("text, claimant", [
    ("Israeli jets struck Hamas positions in the southern Gaza Strip on Monday, per the IDF.", "ISR"),
    ("Pakistani jets struck militant hideouts in North Waziristan on Sunday, as per the military.", "PAK"),
])
def test_per_names_the_claimant(text, claimant):
    assert one(text)["claimant"] == claimant
