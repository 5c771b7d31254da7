"""A state named only as the owner of what a strike hit opens no event of its own.

CONVENTIONS.md: the actor is the side that struck. After a report of one side's strike, a
follow-up sentence may name another state only as the owner of the thing hit: its adjective or
genitive on the target noun that is the predicate's object ("targeted a US ship", "поразила
американский корабль", "the storage site of the enemy's drones"), or, where the verb comes last,
on a target noun in the accusative before it ("İsrail hava savunma sistemlerini aştığını").
Such a state is no striker (roles._outside_object_phrase, the same decision as for a state after
a target or place preposition: roles._owner_of_object_noun, roles._owner_of_object_before_verb,
tr [grammar] object_endings). The owner of the weapon or aircraft that struck ("Israeli jets
struck", "drones of the Houthis hit") and a side's adjective on the strike noun ("a Russian
strike on ...") still strike. The sentences are the team's, written for this test; every one is
read against Tuesday 14 May 2024.
"""
from __future__ import annotations

import pytest

from tests.extract_helpers import actors, events

# A report of the Houthis' launch, then the follow-up: one missile hit a US ship.
SHIP_OWNER_AFTER_VERB = {
    "en": "Houthi forces fired two missiles at Eilat on Monday. One missile hit an American warship.",
    "de": "Die Huthi feuerten am Montag zwei Raketen auf Eilat ab. Eine Rakete traf ein amerikanisches Kriegsschiff.",
    "ru": "Хуситы в понедельник выпустили две ракеты по Эйлату. Вторая ракета поразила американский корабль.",
    "uk": "Хусити в понеділок випустили дві ракети по Ейлату. Друга ракета уразила американський корабель.",
    "es": "Los hutíes lanzaron el lunes dos misiles contra Eilat. Un misil alcanzó un buque estadounidense.",
    "fr": "Les Houthis ont tiré lundi deux missiles sur Eilat. Le second missile a visé un navire américain.",
    "ar": "أطلق الحوثيون يوم الاثنين صاروخين على إيلات. واستهدف الصاروخ الثاني سفينة أمريكية.",
}

# The first operation "targeted a US ship": the operation is the subject, the ship the object.
OPERATION_TARGETED_SHIP = {
    "en": "The Houthis said they fired two missiles at Eilat on Monday. The first operation targeted a US ship in the Red Sea.",
}

# The owner's genitive after a chain of target nouns ("the storage and launch site of the enemy's
# drones"), in a report with no subject.
ENEMY_DRONES_DEPOT = {
    "uk": "Українські ракети в понеділок уразили аеродром у Криму. Уражено місце зберігання, "
          "підготовки та пуску ударних дронів противника.",
}

# Verb last: the owner before a target noun in the accusative, in a participle's clause.
OWNER_BEFORE_VERB = {
    "tr": "Husiler pazartesi Eilat'a iki füze fırlattı. Füzelerin İsrail savunma sistemlerini aştığını "
          "belirten sözcü, hedefe isabet ettiğini kaydetti.",
}

# The side that struck: the owner of the weapon or aircraft, the adjective on the strike noun.
STRIKER_KEPT = [
    ("en", "Israeli jets struck a Hezbollah depot in southern Lebanon on Monday.", "ISR"),
    ("en", "Drones of the Houthis hit a cargo ship in the Red Sea on Monday.", "HOUTHI"),
    ("en", "A Russian strike on Kharkiv killed four people on Monday.", "RUS"),
    ("en", "Strikes hit a depot in Kharkiv with Russian missiles on Monday.", "RUS"),
    ("es", "Aviones israelíes bombardearon el lunes un depósito de Hezbolá.", "ISR"),
    ("es", "Drones de los hutíes alcanzaron el lunes un buque en el mar Rojo.", "HOUTHI"),
    ("fr", "Des avions israéliens ont frappé lundi un dépôt du Hezbollah.", "ISR"),
    ("de", "Israelische Kampfjets griffen am Montag ein Depot der Hisbollah an.", "ISR"),
    ("de", "Am Montag griffen amerikanische Kampfjets Stellungen der Huthi an.", "USA"),
    ("ru", "Российская авиация в понедельник нанесла удар по складу в Харькове.", "RUS"),
    ("ru", "В понедельник по Харькову ударили российские самолеты.", "RUS"),
    ("ru", "Во вторник поразили склад в Харькове российскими ракетами.", "RUS"),
    ("uk", "Російські дрони в понеділок атакували Харків.", "RUS"),
    ("uk", "Збито 20 дронів противника.", "RUS"),
    ("tr", "İsrail savaş uçakları pazartesi Lübnan'da bir Hizbullah deposunu vurdu.", "ISR"),
    ("tr", "Rus savaş uçakları pazartesi Harkiv'i bombaladı.", "RUS"),
    ("ar", "شنت طائرات إسرائيلية يوم الاثنين غارة على مستودع لحزب الله.", "ISR"),
    # the adjective of the strike noun that stands between the persons killed and the state,
    # where adjectives follow their noun: the strike's side, not the owner of what was hit
    ("ar", "قتل 6 متشددين في غارة جوية روسية استهدفت هيئة تحرير الشام في إدلب.", "RUS"),
    ("ar", "قتل 3 عناصر في ضربة روسية على مستودع في إدلب يوم الاثنين.", "RUS"),
    ("ar", "قتل 4 مقاتلين في غارة إسرائيلية استهدفت حزب الله في جنوب لبنان.", "ISR"),
]


@pytest.mark.parametrize("lang", sorted(SHIP_OWNER_AFTER_VERB))
def test_owner_of_the_ship_hit_is_no_striker(lang):
    assert actors(events(SHIP_OWNER_AFTER_VERB[lang], lang)) == ["HOUTHI"]


@pytest.mark.parametrize("lang", sorted(OPERATION_TARGETED_SHIP))
def test_owner_of_the_ship_targeted_is_no_striker(lang):
    assert actors(events(OPERATION_TARGETED_SHIP[lang], lang)) == ["HOUTHI"]


@pytest.mark.parametrize("lang", sorted(ENEMY_DRONES_DEPOT))
def test_owner_of_drones_in_the_depot_hit_is_no_striker(lang):
    assert actors(events(ENEMY_DRONES_DEPOT[lang], lang)) == ["UKR"]


@pytest.mark.parametrize("lang", sorted(OWNER_BEFORE_VERB))
def test_owner_of_the_object_before_the_verb_is_no_striker(lang):
    assert actors(events(OWNER_BEFORE_VERB[lang], lang)) == ["HOUTHI"]


@pytest.mark.parametrize("lang,text,code", STRIKER_KEPT)
def test_striker_kept(lang, text, code):
    assert actors(events(text, lang)) == [code]
