"""Russian lexicon parity: concepts that English, French and Ukrainian copy could express and
Russian could not, each tested on sentences written for it (different inflection, actor, place,
tense)."""
from __future__ import annotations

import pytest

from tests.extract_helpers import events, one


# "air raid" (авианалёт, uk авіанальот, en "air raid"): a strike noun of its own, in every case
# and with or without the letter ё; an air raid is an air strike
@pytest.mark.parametrize("text, actor", [
    ("Авианалёт израильских ВВС на Рафах унёс жизни трёх человек в понедельник, сообщили медики.", "ISR"),
    ("Авианалеты израильской армии на Хан-Юнис продолжились в воскресенье, сообщили медики.", "ISR"),
])
def test_air_raid_noun_is_an_airstrike(text, actor):
    found = events(text, lang="ru")
    assert found, text
    assert (found[0]["actor"], found[0]["operation"]) == (actor, "airstrike")


# a singular "air raid" states one strike, as a singular "удар"/"авиаудар" does (CONVENTIONS, Numbers)
@pytest.mark.parametrize("text", [
    "Израильские ВВС нанесли авианалет по Рафаху в понедельник, сообщила армия.",
    "Турецкая авиация провела авианалёт на лагерь РПК в районе Синджара, сообщило Минобороны Турции.",
    "Российский Су-34 совершил авианалёт на опорный пункт ВСУ у Часова Яра, сообщило Минобороны.",
])
def test_one_air_raid_is_one_strike(text):
    assert one(text, lang="ru")["strikes"] == 1


# quadcopters and copters (small drones, "квадрокоптер", "коптер") strike as drones do
@pytest.mark.parametrize("text, actor", [
    ("Российские войска ударили квадрокоптером по автомобилю в Херсоне во вторник, сообщила администрация.", "RUS"),
    ("Армия Израиля атаковала квадрокоптерами палаточный лагерь в Рафахе, заявили медики.", "ISR"),
    ("ВСУ ударили квадрокоптерами по селу Глотово, заявил губернатор в понедельник.", "UKR"),
])
def test_quadcopter_is_a_drone_strike(text, actor):
    found = events(text, lang="ru")
    assert found, text
    assert (found[0]["actor"], found[0]["operation"]) == (actor, "drone_strike")


# Cossack and Caucasus settlement types (станица, аул): a settlement noun
# after a place preposition introduces the locality struck, as "в селе", "в посёлке" do
@pytest.mark.parametrize("text, place", [
    ("Украинский дрон атаковал нефтебазу в станице Каневская ночью, сообщил губернатор Кубани.", "Kanevskaya"),
    ("Беспилотники ВСУ атаковали котельную в станице Ленинградская во вторник, сообщили краевые власти.",
     "Leningradskaya"),
])
def test_stanitsa_and_aul_introduce_the_locality(text, place):
    found = events(text, lang="ru")
    assert found, text
    assert place in [l["name"] for l in found[0]["locations"]], found[0]["locations"]
