"""Platforms: which types an event used, read from the sentences that tell of the same attack
outside the event's own (a later sentence naming the types used, one reporting them shot
down), on invented sentences in several languages."""
from __future__ import annotations

import pytest

from tests.extract_helpers import events, first, one


# A later sentence says which types the same attack used, several sentences on, or naming a
# side that struck nothing (the weapon's maker, the defender): the types are the event's.
@pytest.mark.parametrize("lang,text,platform", [
    ("es", "Estados Unidos bombardeó un depósito de armas de los hutíes en Hodeida, informó el Comando "
           "Central. El ministerio de Sanaá condenó el ataque. Los rebeldes prometieron responder. En la "
           "operación participaron aviones F-35.", "F-35"),
    ("es", "Rusia atacó Járkov con drones durante la noche, según la Fuerza Aérea ucraniana. En el ataque, "
           "Rusia empleó drones iraníes Shahed.", "Shahed"),
    ("tr", "Rusya, gece boyunca Odessa'ya İHA'larla saldırı düzenledi. Saldırıda Rusya'nın 40 adet Gerbera "
           "tipi İHA kullandığı, Ukrayna hava savunmasınca 30 İHA'nın düşürüldüğü bildirildi.", "Gerbera"),
    ("uk", "Російські війська вдарили по Запоріжжю, повідомила обласна адміністрація. Рятувальники гасять "
           "пожежу. Пошкоджено три будинки. Під час атаки ворог використав керовані авіабомби та Су-34.", "Su-34"),
])
def test_types_a_later_sentence_says_the_attack_used(lang, text, platform):
    ev = one(text, lang=lang)
    assert platform in ev["platforms"]


# The types a sentence reports shot down are the launcher's, even where that sentence is no
# part of the event (an interception with no strike verb); the defender's aircraft are not.
@pytest.mark.parametrize("lang,text,actor,platform", [
    ("uk", "Вночі російські війська атакували Одеську область ударними дронами, повідомили Повітряні сили. "
           "Ворог запускав дрони з трьох напрямків. Загалом над півднем країни було збито 19 безпілотників "
           "типу Shahed-136.", "RUS", "Shahed-136"),
    ("uk", "Росія завдала ракетного удару по Харкову, повідомив Генштаб ЗСУ. Сили ППО збили дві ракети "
           "Х-101 над Полтавщиною.", "RUS", "Kh-101"),
    ("en", "Russia launched a drone attack on Odesa overnight, the air force said. Air defences shot down "
           "30 Shahed-136 drones.", "RUS", "Shahed-136"),
    ("es", "Rusia lanzó un ataque con drones contra Odesa esta noche, según la Fuerza Aérea. Las defensas "
           "derribaron 25 drones Shahed sobre la región.", "RUS", "Shahed"),
])
def test_types_shot_down_are_the_launchers(lang, text, actor, platform):
    ev = one(text, lang=lang)
    assert ev["actor"] == actor and platform in ev["platforms"]


def test_interceptor_aircraft_stay_out():
    ev = one("Russian forces struck Kharkiv overnight with drones, the Ukrainian air force said. Ukrainian "
             "F-16 jets shot down 12 Shahed drones over the region.")
    assert ev["platforms"] == ["Shahed"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli jets struck Hezbollah sites in southern Lebanon, the army said. Hezbollah then fired "
           "rockets at Kiryat Shmona. The group said it used Burkan missiles."),
    ("uk", "Ізраїльська авіація завдала ударів по об'єктах Хезболли на півдні Лівану, заявила армія. "
           "Хезболла у відповідь обстріляла Кір'ят-Шмону. Угруповання заявило, що використало ракети Фаттах."),
])
def test_a_type_another_striker_used_stays_with_that_striker(lang, text):
    found = {e["actor"]: e for e in events(text, lang=lang)}
    assert found["ISR"]["platforms"] == []


def test_a_variant_named_later_replaces_the_bare_name():
    ev = one("Загалом рф запустила 40 шахедів по Україні, повідомили Повітряні сили. Удару зазнала "
             "Миколаївщина. Атака тривала всю ніч. Силами ППО над Одещиною знищено 12 БпЛА типу «Shahed 131/136».",
             lang="uk")
    assert sorted(ev["platforms"]) == ["Shahed-131", "Shahed-136"]


# Far from the event's sentences, a use sentence with a day of its own is an earlier attack's.
@pytest.mark.parametrize("lang,text,absent", [
    ("en", "Russian forces struck Kyiv overnight with drones, the Ukrainian air force said. Three houses "
           "were damaged. Firefighters worked through the morning. On 3 May, Russia used Kinzhal missiles "
           "against the city.", "Kinzhal"),
    ("uk", "Російські війська вночі атакували Київ дронами, повідомили Повітряні сили. Пошкоджено три "
           "будинки. Рятувальники працювали до ранку. 3 травня Росія використала проти міста ракети "
           "Кинджал.", "Kinzhal"),
])
def test_a_far_use_sentence_with_a_day_of_its_own_adds_no_type(lang, text, absent):
    ev = one(text, lang=lang)
    assert absent not in ev["platforms"]


# A type's name as each script and language writes it: a transliteration with its case ending
# ("ракетой «Буркан»", "Рафалями"), the Arabic name transliterated ("Фалястин-2"), a bare name
# that is also a word standing in quotation marks (Arabic "شاهد"), the family named without its
# model ("Mirage-Jets", "deux Mirage"), the nickname with its kind ("drones Reaper"), a model
# after its maker's name ("Bayraktar KIZILELMA"), and a designation that is not its neighbour's
# variant (KN-24, not KN-23).
@pytest.mark.parametrize("lang,text,platform", [
    ("ru", "Хуситы заявили, что нанесли удар по Эйлату баллистической ракетой «Буркан-3», сообщил их "
           "представитель.", "Burkan"),
    ("ru", "Французские истребители Рафаль нанесли удары по складам боевиков в Сирии, сообщило "
           "министерство обороны Франции.", "Rafale"),
    ("uk", "Хусити заявили, що атакували аеропорт Рамон ракетою «Фалястин-2», повідомив їхній речник.",
     "Palestine-2"),
    ("uk", "Ізраїльські літаки Ф-16 завдали ударів по складах Хезболли в долині Бекаа, заявила армія.",
     "F-16"),
    ("ar", 'أعلن سلاح الجو الأوكراني أن روسيا هاجمت خاركيف الليلة الماضية بـ25 طائرة مسيرة من طراز "شاهد".',
     "Shahed"),
    ("ar", "قالت القوات الجوية الأوكرانية إن الجيش الروسي قصف أوديسا فجر اليوم بمسيرات «شاهد» وصواريخ.",
     "Shahed"),
    ("de", "Französische Mirage-Jets bombardierten am Montag Stellungen von Dschihadisten nahe Gao, teilte "
           "das Ministerium mit.", "Mirage"),
    ("fr", "Deux Mirage de l'armée française ont frappé un camp de jihadistes près de Ménaka, a annoncé "
           "l'état-major.", "Mirage"),
    ("fr", "L'armée française a frappé un groupe armé près de Tessalit avec deux drones Reaper, a indiqué "
           "le ministère.", "MQ-9"),
    ("tr", "Milli Savunma Bakanlığı, Bayraktar KIZILELMA'nın Suriye'nin kuzeyinde bir PKK hedefini "
           "vurduğunu açıkladı.", "Bayraktar Kizilelma"),
    ("en", "Russia fired KN-24 ballistic missiles at Kharkiv overnight, the Ukrainian air force said.",
     "KN-24"),
    ("ru", "Российские войска ударили по Киеву ракетами КН-24, сообщили Воздушные силы Украины.", "KN-24"),
])
def test_a_type_as_each_script_writes_it(lang, text, platform):
    ev = first(text, lang=lang)
    assert platform in ev["platforms"]


def test_the_model_after_the_family_name_still_wins():
    ev = first("L'armée française a frappé un dépôt de Daech près de Mossoul avec deux Mirage 2000D et un "
               "drone Reaper, a indiqué l'état-major.", lang="fr")
    assert ev["platforms"] == ["Mirage 2000D", "MQ-9"]


def test_a_neighbouring_designation_is_not_read_as_another():
    ev = first("Russia fired KN-23 missiles at Kyiv overnight, the air force said.")
    assert ev["platforms"] == ["KN-23"]


# A type named like a city or a person is read only by its designation or in quotation marks.
@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Иран нанес удар по Израилю ракетами «Эмад» и «Хоррамшахр», заявил КСИР.", ["Emad", "Khorramshahr"]),
    ("uk", "Іран завдав удару по Ізраїлю ракетами Хоррамшахр-4 та «Емад», заявив КВІР.", ["Khorramshahr", "Emad"]),
    ("ru", "Израильские самолеты нанесли удар по Хоррамшахру, сообщили иранские СМИ.", []),
])
def test_a_type_named_like_a_place_only_by_its_designation_or_quotes(lang, text, expected):
    assert first(text, lang=lang)["platforms"] == expected
