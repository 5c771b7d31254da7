"""A side named only in a clause with no strike word, weapon or claim verb is no striker.

CONVENTIONS.md: the actor is the side that struck. When a strike sentence names no side before
its predicate, the engine falls back to any side named in it (roles.choose_actors). That side
must stand in the clause of one of the sentence's strike words or weapons ("destroyed 14
Ukrainian drones"), or in the clause of a claim verb as the source that reports ("..., the
Turkish Defence Ministry said", "selon un responsable américain"), or be the official body
speaking (roles._in_strike_clause). A state that only comments, after a colon, in a clause of
its own ("...: Turkey will not let this pass") did not strike. The sentences are the team's,
written for this test; every one is read against Tuesday 14 May 2024.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import actors, events

# A spokesman reports a strike with no striker named; a state comments after a colon.
COMMENT_AFTER_COLON = {
    "en": "The spokesman said the rockets hit the depot overnight: Turkey will not let this pass.",
    "fr": "Le porte-parole a dit que les roquettes avaient touché le dépôt dans la nuit : la Turquie ne laissera pas passer cela.",
    "es": "El portavoz dijo que los cohetes alcanzaron el depósito durante la noche: Turquía no dejará pasar esto.",
    "de": "Der Sprecher sagte, die Raketen hätten das Lager in der Nacht getroffen: Die Türkei werde das nicht hinnehmen.",
    "ru": "Представитель заявил, что ракеты ночью поразили склад: Турция не оставит это без ответа.",
    "uk": "Речник заявив, що ракети вночі уразили склад: Туреччина не залишить це без відповіді.",
    "tr": "Sözcü, roketlerin gece depoyu vurduğunu söyledi: Türkiye buna göz yummayacak.",
    "ar": "قال المتحدث إن الصواريخ أصابت المخزن ليلا: لن تدع تركيا هذا يمر.",
}


@pytest.mark.parametrize("lang", sorted(COMMENT_AFTER_COLON))
def test_state_commenting_after_colon_is_no_striker(lang):
    assert actors(events(COMMENT_AFTER_COLON[lang], lang)) == [], lang


# The nearby construction: no side before the predicate, the striker named in the clause of the
# strike or its weapons, or as the official body that reports it.
STRIKER_IN_CLAUSE = [
    ("en", "Air defences shot down 14 Ukrainian drones over the Kursk region overnight, the ministry said.", "UKR"),
    ("fr", "Dans la nuit, 14 drones ukrainiens ont été abattus au-dessus de la région de Koursk.", "UKR"),
    ("es", "Los sistemas de defensa aérea destruyeron anoche 14 drones ucranianos sobre la región de Kursk.", "UKR"),
    ("de", "Die Luftabwehr hat 14 Drohnen zerstört, die die Ukraine auf die Region Kursk abfeuerte.", "UKR"),
    ("ar", "قتل 4 أشخاص في غارة جوية إسرائيلية على سيارة في جنوب لبنان.", "ISR"),
    ("en", "Six bombers struck fuel depots near Raqqa on Monday, the Russian Defence Ministry said.", "RUS"),
    ("en", "Drones struck PKK hideouts in northern Iraq on Monday, the Turkish Defence Ministry said.", "TUR"),
    ("fr", "Des drones ont frappé des caches du PKK dans le nord de l'Irak lundi, selon le ministère turc de la Défense.", "TUR"),
    ("de", "Drohnen haben am Montag Verstecke der PKK im Nordirak getroffen, teilte das türkische Verteidigungsministerium mit.", "TUR"),
    ("es", "Drones atacaron escondites del PKK en el norte de Irak el lunes, según el Ministerio de Defensa turco.", "TUR"),
    ("ru", "Беспилотники нанесли удары по укрытиям РПК на севере Ирака, сообщило Министерство обороны Турции.", "TUR"),
]


@pytest.mark.parametrize("lang,text,code", STRIKER_IN_CLAUSE)
def test_striker_in_clause_of_strike_or_source(lang, text, code):
    assert actors(events(text, lang)) == [code], text


def test_source_of_follow_up_is_its_own_side():
    # "selon un responsable américain": the source of a follow-up of a joint report details its
    # own side's strike, not its partner's
    found = events("Les forces américaines et britanniques ont frappé vendredi des dépôts au Yémen. "
                   "A Londres, le ministère britannique de la Défense a précisé que quatre avions avaient "
                   "bombardé un aérodrome près de Hajjah. "
                   "Des F/A-18 ont visé des radars près de Hodeïda, selon un responsable américain.", "fr")
    by = {e["actor"]: e for e in found}
    assert sorted(by) == ["GBR", "USA"]
    assert "F/A-18" in by["USA"]["platforms"] and "F/A-18" not in by["GBR"]["platforms"]


# Not fixed: where the clause splitter does not cut the sentence (a relative with no comma, an
# Arabic coordinate "، و"), the side that only comments stands in the strike's clause.
@pytest.mark.xfail(strict=True, reason="the relative 'en lo que ...' is not cut from the strike clause by clauses._split")
def test_state_in_uncut_relative_is_no_striker_es():
    assert actors(events("Cohetes alcanzaron el depósito durante la noche, en lo que los vecinos ven como un "
                         "intento de presionar a Turquía.", "es")) == []


@pytest.mark.xfail(strict=True, reason="the Arabic coordinate clause after '، و' is not cut by clauses._split")
def test_state_in_uncut_coordinate_is_no_striker_ar():
    assert actors(events("أطلقت الميليشيا صواريخ على ناقلات في المضيق، ولن تسمح تركيا بذلك.", "ar")) == []
