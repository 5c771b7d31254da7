"""French constructions the extractor reads, each on a sentence the team wrote (never copied
from a corpus text): the air force named as "force aérienne", a strike noun whose genitive
names the striker in a passive toll, the strike named again as the subject of the next
sentence with the place it fell, group names in the plural, and place phrases."""
from __future__ import annotations

from tests.extract_helpers import events, one


def names(ev):
    return [l["name"] for l in ev["locations"]]


# "force aérienne" is the air force, as "armée de l'air" is: its "neutralisé"/"détruit" reports
# a strike, by aircraft.
def test_force_aerienne_destroying_is_an_air_strike():
    ev = one("La force aérienne turque a détruit quatre abris du PKK dans le nord de l'Irak, "
             "a indiqué jeudi le ministère.", lang="fr")
    assert ev["actor"] == "TUR" and ev["operation"] == "airstrike"
    assert ev["target_group"] == "PKK" and ev["country"] == "IQ"


def test_forces_aeriennes_in_the_plural_neutralising_is_an_air_strike():
    ev = one("Les forces aériennes turques ont neutralisé neuf militants du PKK dans la région de Zap, "
             "a annoncé le ministère lundi.", lang="fr")
    assert ev["actor"] == "TUR" and ev["operation"] == "airstrike"


# A passive toll whose agent is a strike noun: the noun's genitive is the striker.
def test_genitive_of_a_strike_noun_in_a_passive_toll_is_the_striker():
    ev = one("Quatre combattants ont été tués dimanche par un raid de la coalition près de Raqqa, "
             "selon une source locale.", lang="fr")
    assert ev["actor"] == "COALITION" and ev["claimant"] == "OTHER"


def test_genitive_naming_a_force_by_its_noun_and_adjective_is_the_striker():
    ev = one("Trois bergers ont été tués samedi par des bombardements de l'armée turque dans le nord de "
             "la Syrie, selon une source locale.", lang="fr")
    assert ev["actor"] == "TUR"


def test_a_village_named_after_the_strike_noun_is_no_striker():
    # "une frappe près du village syrien de X": "du" is a linker, "village" no force
    assert events("Six civils ont été tués par une frappe près du village syrien de Kafr Nabl, "
                  "selon l'OSDH.", lang="fr") == []


def test_genitive_with_its_article_after_a_single_strike():
    ev = one("Neuf civils ont été tués mardi par une frappe de la Turquie sur un village du nord de la "
             "Syrie, a affirmé l'OSDH.", lang="fr")
    assert ev["actor"] == "TUR" and ev["strikes"] == 1


def test_a_side_named_after_the_strike_target_is_no_striker_of_a_passive_toll():
    # "contre des positions de l'armée syrienne": whose positions, not whose strike
    assert events("Six civils ont été tués par une frappe contre des positions de l'armée syrienne, "
                  "selon l'OSDH.", lang="fr") == []


# The strike named again as the subject of the next sentence, with the place it fell.
def test_the_strike_named_again_with_a_locality_gives_its_place():
    ev = one("L'armée américaine a mené une frappe aérienne contre des combattants shebab mardi, a annoncé "
             "l'Africom. La frappe a eu lieu près de Jilib, dans le sud du pays.", lang="fr")
    assert names(ev) == ["Jilib"] and ev["country"] == "SO"


def test_the_strike_named_again_without_a_locality_adds_no_place():
    ev = one("L'armée israélienne a frappé un dépôt du Hezbollah à Nabatiyé lundi, a-t-elle annoncé. "
             "La frappe est survenue alors que des négociations se tenaient à Beyrouth.", lang="fr")
    assert "Beirut" not in names(ev)


# Group names take the plural ("des djihadistes shebabs"): the group is still named, first.
def test_plural_group_name_is_the_group_struck():
    ev = one("L'armée américaine a mené une frappe aérienne contre des combattants shebabs liés à Al-Qaïda, "
             "a indiqué l'Africom vendredi.", lang="fr")
    assert ev["actor"] == "USA" and ev["target_group"] == "SHABAAB"


# "dans les environs de X": X is where the strikes fell.
def test_dans_les_environs_de_introduces_the_place_struck():
    ev = one("L'aviation russe a bombardé mercredi des positions rebelles dans les environs de Saraqeb, "
             "a indiqué l'OSDH.", lang="fr")
    assert names(ev) == ["Saraqib"] and ev["admin1"] == ["SY-ID"]


# The village of Haas (Hass) in southern Idlib is in the gazetteer; "Hass" no longer finds
# Hassa in Turkey.
def test_hass_is_the_village_of_southern_idlib():
    ev = one("L'aviation russe a bombardé jeudi un marché près de la ville de Hass, dans la province "
             "d'Idleb, a indiqué l'OSDH.", lang="fr")
    assert names(ev) == ["Haas"] and ev["country"] == "SY" and ev["admin1"] == ["SY-ID"]


# The two engine rules above are not French only: the same constructions in Spanish and English.
def test_spanish_genitive_of_a_strike_noun_in_a_toll_is_the_striker():
    ev = one("Siete combatientes murieron el domingo en un bombardeo de la coalición cerca de Raqqa, "
             "según el Observatorio.", lang="es")
    assert ev["actor"] == "COALITION"


def test_english_strikes_of_a_side_in_a_passive_toll():
    ev = one("Seven people were killed by strikes of the coalition near Raqqa on Sunday, the monitor said.")
    assert ev["actor"] == "COALITION"


def test_spanish_strike_named_again_with_a_locality_gives_its_place():
    ev = one("La aviación rusa bombardeó el lunes un mercado en la provincia de Idlib, según el "
             "Observatorio. El bombardeo cayó cerca de la localidad de Kafr Nabl.", lang="es")
    assert names(ev) == ["Kafranbel"]
