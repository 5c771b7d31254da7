"""Ledes that open on an article ("Des avions ...") and passives with no agent phrase whose
strike noun carries the actor as an adjective ("killed in Indian strikes")."""
from __future__ import annotations

from extractors import extract_document


def events(text, lang="en", published="2024-05-09T10:00:00+00:00"):
    return extract_document({"id": "t", "text": text, "lang": lang, "published": published})["events"]


def test_french_lede_article_is_not_a_target_introducer():
    ev = events("Des avions de combat soudanais ont bombardé jeudi un dépôt de carburant près de Nyala, "
                "a annoncé l'armée.", lang="fr")
    assert [e["actor"] for e in ev] == ["SDN"]
    assert ev[0]["target_group"] is None


def test_article_after_a_dateline_opens_the_clause():
    ev = events("KHARTOUM, 9 mai - Des drones soudanais ont frappé un entrepôt à Nyala, selon l'armée.",
                lang="fr")
    assert [e["actor"] for e in ev] == ["SDN"]
    assert ev[0]["operation"] == "drone_strike"


def test_des_after_a_noun_still_introduces_whose_assets():
    ev = events("L'aviation russe a frappé mardi des positions des terroristes de l'Etat islamique "
                "dans la province de Homs, a annoncé le ministère.", lang="fr")
    assert [e["actor"] for e in ev] == ["RUS"]
    assert ev[0]["target_group"] == "ISIS"


def test_passive_without_agent_takes_the_adjective_on_the_strike_noun():
    ev = events("Three people were killed in Indian strikes on the town of Muzaffarabad, officials "
                "said on Thursday.")
    assert [e["actor"] for e in ev] == ["IND"]
    assert ev[0]["country"] == "PK"


def test_passive_without_agent_french_adjective_after_the_noun():
    ev = events("Cinq personnes ont été tuées dans des frappes israéliennes sur le sud du Liban, "
                "selon l'agence officielle.", lang="fr")
    assert [e["actor"] for e in ev] == ["ISR"]


def test_died_in_strikes_spanish_and_german():
    ev = events("Doce milicianos murieron en ataques aéreos rusos cerca de Palmira, informó el "
                "Ministerio de Defensa.", lang="es")
    assert [e["actor"] for e in ev] == ["RUS"]
    ev = events("Bei israelischen Luftangriffen im Südlibanon wurden am Montag drei Hisbollah-Kämpfer "
                "getötet, teilte die Armee mit.", lang="de")
    assert [e["actor"] for e in ev] == ["ISR"]
    assert ev[0]["target_group"] == "HEZBOLLAH"


def test_passive_with_a_strike_named_without_actor_stays_silent():
    assert events("Three people were killed in air strikes on the town overnight, residents said.") == []
    # a toll ("neuf morts") is not a strike verb
    assert events("La Turquie avait accusé la veille Moscou d'être responsable de l'attaque, qui a fait "
                  "au moins neuf morts selon l'ONG.", lang="fr") == []


def test_group_subject_of_a_passive_stays_the_target():
    ev = events("Hezbollah positions were struck in southern Lebanon by Israeli jets, the IDF said.")
    assert [e["actor"] for e in ev] == ["ISR"]
    assert ev[0]["target_group"] == "HEZBOLLAH"
