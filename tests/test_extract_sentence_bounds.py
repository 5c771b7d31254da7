"""Where sentences end, and what the engine reads once they are cut where they end.

Some pages print a stop glued to the next sentence ("the ministry said.Ukrainian drones ..."):
read as one sentence, a habitual remark, another side's attack or a toll told later coloured
the whole report; cut where it ends, each sentence is read on its own. The sentences are the
team's, written for these tests.

(Arabic copy was read one paragraph to a sentence until session 22: its letters have no
capitals, and a stop before a letter ended no sentence.)
"""
from __future__ import annotations

import pytest

from extractors.document import split_sentences
from tests.extract_helpers import MATRIX_LANGS, actors, events


def parts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_stop_glued_to_the_next_sentence_ends_the_sentence():
    text = ('Russian jets struck a depot, the ministry said.Ukrainian drones attacked Ryazan. The MoD '
            'said."These strikes hit depots," it stated.Russian air defenses downed four drones.')
    assert parts(text) == [
        "Russian jets struck a depot, the ministry said.", "Ukrainian drones attacked Ryazan.",
        "The MoD said.", '"These strikes hit depots," it stated.', "Russian air defenses downed four drones."]


def test_an_abbreviation_glued_to_a_name_ends_no_sentence():
    text = "The U.S.Army said Gen.Smith approved the strike."
    assert parts(text) == [text]


def test_glued_sentences_keep_each_sides_report_apart():
    found = events("Russian jets struck a fuel depot near Saraqib on Friday, the ministry said.Ukrainian "
                   "drones attacked an oil refinery in Ryazan overnight, the governor said.")
    assert actors(found) == ["RUS", "UKR"]
    rus = next(e for e in found if e["actor"] == "RUS")
    assert rus["admin1"] == [] and [loc["name"] for loc in rus["locations"]] == ["Saraqib"]


# A habitual remark after the report ("from time to time", "de vez en cuando", "время от
# времени"): the strikes it speaks of in the plural are no count of the report's, nor its own
# event (lexicon cues.generic). (The Arabic remark opens a paragraph of its own: a stop alone
# does not end an Arabic sentence, see above.)
HABITUAL_AFTER_REPORT = {
    "en": "Israeli jets carried out an airstrike on a house in Aitaroun on Monday, the army said. "
          "Israel from time to time carries out strikes on Hezbollah positions in southern Lebanon.",
    "fr": "L'aviation israélienne a mené une frappe contre une maison à Aitaroun lundi, a indiqué "
          "l'armée. Israël mène de temps à autre des frappes contre des positions du Hezbollah.",
    "de": "Israelische Kampfjets haben am Montag einen Luftangriff auf ein Haus in Aitaroun geflogen, "
          "teilte die Armee mit. Israel fliegt von Zeit zu Zeit Luftangriffe auf Stellungen der Hisbollah.",
    "es": "Aviones israelíes llevaron a cabo un ataque aéreo contra una casa en Aitaroun el lunes, dijo "
          "el ejército. Israel lleva a cabo de vez en cuando bombardeos contra posiciones de Hezbolá.",
    "ru": "Израильская авиация нанесла удар по дому в Айтаруне в понедельник, сообщила армия. Израиль "
          "время от времени наносит удары по позициям «Хезболлы» на юге Ливана.",
    "uk": "Ізраїльська авіація завдала удару по будинку в Айтаруні в понеділок, повідомила армія. "
          "Ізраїль час від часу завдає ударів по позиціях «Хезболли» на півдні Лівану.",
    "tr": "İsrail savaş uçakları pazartesi günü Aitaroun'da bir eve hava saldırısı düzenledi, ordu "
          "açıkladı. İsrail ara sıra Lübnan'ın güneyindeki Hizbullah mevzilerine saldırılar düzenliyor.",
    "ar": "شنت طائرات إسرائيلية غارة على منزل في عيترون يوم الاثنين، بحسب الجيش.\n"
          "وتشن إسرائيل من حين لآخر غارات على مواقع حزب الله في جنوب لبنان.",
}


@pytest.mark.parametrize("lang", MATRIX_LANGS)
def test_a_habitual_remark_after_the_report_counts_no_strikes_of_it(lang):
    found = events(HABITUAL_AFTER_REPORT[lang], lang)
    assert actors(found) == ["ISR"]
    assert found[0]["strikes"] == 1


HABITUAL_ALONE = {
    "en": "Israel periodically strikes Hezbollah positions in southern Lebanon.",
    "es": "Israel ataca periódicamente posiciones de Hezbolá en el sur del Líbano.",
    "ru": "Израиль периодически наносит удары по позициям «Хезболлы» на юге Ливана.",
    "ar": "وتشن إسرائيل من حين لآخر غارات على مواقع حزب الله في جنوب لبنان.",
}


@pytest.mark.parametrize("lang", sorted(HABITUAL_ALONE))
def test_a_habitual_remark_alone_is_no_event(lang):
    assert events(HABITUAL_ALONE[lang], lang) == []


# Counted fighters of a group before a kill verb lost them: Arabic writes the passive
# "قُتلوا" (were killed) as the active "قتلوا", so the group read as its subject struck.
@pytest.mark.parametrize("text", [
    'وقال مسؤول كردي السبت إن 24 على الأقل من مقاتلي تنظيم "الدولة الإسلامية" قتلوا في معركة مع '
    'القوات الكردية المدعومة بضربات جوية تقودها الولايات المتحدة.',
    "وقال مسؤول كردي إن 12 من عناصر تنظيم الدولة قتلوا في غارات جوية شنها التحالف الدولي بقيادة "
    "الولايات المتحدة قرب الحسكة.",
])
def test_the_group_whose_counted_fighters_were_killed_struck_nothing_ar(text):
    found = events(text, "ar")
    assert "ISIS" not in actors(found)
    assert actors(found) == ["COALITION"]


def test_counted_fighters_who_fire_still_strike():
    found = events("قال الجيش الإسرائيلي إن 20 من مقاتلي حزب الله أطلقوا صواريخ على موقع عسكري في المطلة.", "ar")
    assert actors(found) == ["HEZBOLLAH"]


# A relative clause after a strike noun: with no object pronoun on its verb, the relative
# pronoun is the verb's subject and the side after it the object ("الهجوم الذي استهدف حركة
# الشباب": the attack that targeted al-Shabaab); with one, the side after it is the subject
# ("الهجوم الذي شنه الجيش": the attack the army carried out).
def test_the_side_after_a_relative_verb_without_its_pronoun_is_its_object_ar():
    found = events("أعلنت القيادة الأمريكية في أفريقيا أنها شنت ثلاث غارات جوية على مسلحين.\nوأشار البيان "
                   "إلى أن 10 من عناصر حركة الشباب قتلوا في الغارة، وأن أي مدني لم يصب خلال الهجوم الذي "
                   "استهدف حركة الشباب.", "ar")
    assert actors(found) == ["USA"]
    assert found[0]["killed"] == 10


def test_the_side_after_a_relative_verb_with_its_pronoun_is_its_subject_uk_ar():
    found = events("Троє бойовиків загинули внаслідок авіаударів, яких завдала російська авіація по Харкову.",
                   "uk")
    assert actors(found) == ["RUS"]


# a training flight that ended in a crash is no strike (cues.non_military)
@pytest.mark.parametrize("text", [
    "أعلن المتحدث العسكري المصري مقتل طيارين اثنين بعد سقوط طائرتهما خلال طلعة تدريبية في أجواء "
    "محافظة الإسماعيلية.",
    "قال المتحدث العسكري إن طائرة مقاتلة سقطت أثناء تنفيذها طلعة تدريب فوق الإسماعيلية، ما أدى إلى "
    "مقتل طاقمها.",
])
def test_a_training_flight_is_no_strike_ar(text):
    assert events(text, "ar") == []


# A side named inside the happening a "since" phrase dates the strikes by ("since US President
# Donald Trump announced ...") is part of that happening, neither striker nor struck; a side
# whose own strikes follow "since" is still read ("since Sunday", a strike word between).
SINCE_HAPPENING = {
    "en": "Palestinian fighters in the Gaza Strip have fired 18 rockets since US President Donald Trump "
          "announced on December 6 his decision to recognise Jerusalem as Israel's capital.",
    "fr": "Des combattants palestiniens basés dans la bande de Gaza ont tiré 18 roquettes depuis l'annonce "
          "le 6 décembre de la décision du président américain Donald Trump de reconnaître Jérusalem comme "
          "capitale d'Israël.",
    "es": "Combatientes palestinos en la Franja de Gaza han disparado 18 cohetes desde el anuncio del "
          "presidente estadounidense Donald Trump de reconocer Jerusalén como capital de Israel.",
}


@pytest.mark.parametrize("lang", sorted(SINCE_HAPPENING))
def test_a_side_in_the_happening_since_which_no_striker(lang):
    assert events(SINCE_HAPPENING[lang], lang) == []


def test_a_side_right_after_a_word_for_since_and_from_is_where_from():
    found = events("Según la Fuerza Aérea de Ucrania, desde el lado ruso se dispararon 73 drones contra "
                   "Kiev durante la noche.", "es")
    assert actors(found) == ["RUS"]


def test_an_arabic_stop_before_the_next_word_ends_the_sentence():
    text = ("شنت طائرات إسرائيلية غارة على منزل في بلدة الخيام. وقال الجيش إن الغارة استهدفت قياديا. "
            "وتشن إسرائيل غارات على الجنوب.")
    assert parts(text) == ["شنت طائرات إسرائيلية غارة على منزل في بلدة الخيام.",
                           "وقال الجيش إن الغارة استهدفت قياديا.", "وتشن إسرائيل غارات على الجنوب."]


def test_an_arabic_decimal_ends_no_sentence():
    text = "قال المتحدث إن الطائرات ألقت 2.5 طن من القنابل على المواقع."
    assert parts(text) == [text]


def test_the_strikes_since_a_day_keep_their_striker():
    found = events("US forces have carried out 12 strikes on ISIS in Syria since Sunday, the Pentagon said.")
    assert actors(found) == ["USA"] and found[0]["strikes"] == 12
