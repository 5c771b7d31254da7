"""States' forces the lexicons learnt later: India, Pakistan, Myanmar, the Sahel, the Horn of
Africa, the Caucasus, the Gulf, and their named operations. Sentences written for these tests."""
from __future__ import annotations

import pytest

from extractors import extract_document


def events(text, lang="en", published="2025-05-07T10:00:00+00:00"):
    return extract_document({"id": "t", "text": text, "lang": lang, "published": published})["events"]


def test_named_operation_gives_the_state():
    ev = events("India said on Wednesday its forces struck nine sites in Pakistan and Pakistan-administered "
                "Kashmir, in what it called Operation Sindoor.")
    assert [e["actor"] for e in ev] == ["IND"]
    assert ev[0]["country"] == "PK"


def test_campaign_alone_names_the_striker():
    ev = events("Under Operation Bunyan-um-Marsoos, missiles struck Indian air bases overnight, "
                "Inter-Services Public Relations said.")
    assert [e["actor"] for e in ev] == ["PAK"]
    assert ev[0]["claimant"] == "PAK" and ev[0]["operation"] == "missile_strike"


@pytest.mark.parametrize("text,actor,operation,country", [
    ("Nigerian Air Force jets struck ISWAP hideouts in Borno state, killing several fighters.",
     "NGA", "airstrike", "NG"),
    ("Myanmar military jets bombed a village in Sagaing region, residents said.", "MMR", "airstrike", "MM"),
    ("Sudanese army drones struck Rapid Support Forces positions in Nyala, the army said.",
     "SDN", "drone_strike", "SD"),
    ("The Kenya Defence Forces said its jets struck al-Shabaab camps in Gedo region.", "KEN", "airstrike", "SO"),
    ("Azerbaijani forces shelled Armenian positions near Sotk, Armenia's defence ministry said.",
     "AZE", "artillery", "AM"),
    ("Jordanian air force jets struck drug smugglers in southern Syria, the army said.", "JOR", "airstrike", "SY"),
    ("Iraqi F-16 jets struck Islamic State hideouts in Kirkuk, the Security Media Cell said.",
     "IRQ", "airstrike", "IQ"),
])
def test_state_forces_in_english(text, actor, operation, country):
    ev = events(text)
    assert [e["actor"] for e in ev] == [actor]
    assert ev[0]["operation"] == operation and ev[0]["country"] == country


def test_iranian_operation_true_promise():
    ev = events("Iran launched ballistic missiles at Israel in Operation True Promise 3, the IRGC said.")
    assert [e["actor"] for e in ev] == ["IRN"]
    assert ev[0]["operation"] == "missile_strike"


def test_rising_lion_is_israels():
    ev = events("Jets struck nuclear sites in Natanz on Friday in Operation Rising Lion, the military said.")
    assert [e["actor"] for e in ev] == ["ISR"]


@pytest.mark.parametrize("text,actor,country", [
    ("L'armée indienne a frappé neuf sites au Pakistan dans la nuit, dans le cadre de l'opération Sindoor.",
     "IND", "PK"),
    ("L'armée malienne a mené des frappes de drones contre des terroristes près de Tessalit, "
     "a indiqué l'état-major.", "MLI", "ML"),
    ("L'armée de l'air nigériane a frappé des camps de Boko Haram dans l'Etat de Borno.", "NGA", "NG"),
    ("Les forces azerbaïdjanaises ont bombardé des positions arméniennes, a déclaré le ministère "
     "arménien de la Défense.", "AZE", "AM"),
])
def test_state_forces_in_french(text, actor, country):
    ev = events(text, lang="fr")
    assert [e["actor"] for e in ev] == [actor]
    assert ev[0]["country"] == country


@pytest.mark.parametrize("text,lang", [
    ("The Pakistani bowler struck twice in the final over to seal the match.", "en"),
    ("Indian workers went on strike on Monday, unions said.", "en"),
    ("The campaign was a true promise of growth, the minister said.", "en"),
    ("Le buteur malien a frappé deux fois lors du match de Ligue 1 samedi.", "fr"),
    ("Les enseignants maliens sont en grève depuis lundi, selon les syndicats.", "fr"),
])
def test_sport_labour_and_plain_words_give_nothing(text, lang):
    assert events(text, lang=lang) == []


def test_a_victims_adjective_is_not_the_striker():
    ev = events("Indian missiles killed Pakistani civilians in Muzaffarabad overnight, the Pakistani military said.")
    assert [e["actor"] for e in ev] == ["IND"]


def test_the_striker_at_sea_is_not_the_ocean():
    ev = events("US forces struck a Houthi vessel in the Indian Ocean, CENTCOM said.")
    assert [e["actor"] for e in ev] == ["USA"]
