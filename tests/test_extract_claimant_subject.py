"""Who makes the claim: a state as the subject of the claim verb, and the official source
nearest the verb (never one of another clause of the same sentence)."""
from __future__ import annotations

from extractors import extract_document


def events(text, lang="en", published="2024-05-08T10:00:00+00:00"):
    return extract_document({"id": "t", "text": text, "lang": lang, "published": published})["events"]


def test_state_speaking_about_its_forces_is_the_claimant():
    ev = events("India said its forces struck nine sites in Pakistan early on Wednesday.")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("IND", "IND")]


def test_state_subject_of_a_french_claim_verb():
    ev = events("L'Inde a affirmé que ses forces avaient frappé neuf sites au Pakistan dans la nuit.", lang="fr")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("IND", "IND")]


def test_defending_state_speaking_is_the_claimant():
    ev = events("Ukraine said Russia launched 30 drones at its southern regions overnight.")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("RUS", "UKR")]


def test_claimant_is_the_source_nearest_the_verb():
    ev = events("Israeli aircraft struck a weapons depot near Damascus overnight, the army said on "
                "Wednesday, while the Syrian defence ministry said its air defences had responded.")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("ISR", "ISR")]


def test_source_phrase_reaches_the_body_it_belongs_to():
    ev = events("A spokesman for the Russian defence ministry said Su-34 jets struck an ammunition "
                "depot near Kupiansk.")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("RUS", "RUS")]


def test_stated_as_fact_has_no_claimant():
    ev = events("Russian jets struck an ammunition depot near Kupiansk on Tuesday.")
    assert [(e["actor"], e["claimant"]) for e in ev] == [("RUS", None)]
