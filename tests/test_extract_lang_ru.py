"""Russian constructions the extractor reads, each on a sentence written for the test: the
fronted "в ответ на" phrase, exercises, interceptions over a region, the Syrian government's
air force by its adjective or its president's name. The engine rule of the fronted reaction
phrase is checked in every language whose lexicon names such a phrase."""
from __future__ import annotations

import pytest

from tests import extract_helpers
from tests.extract_helpers import events


def ru(text: str) -> list[dict]:
    return events(text, "ru")


def one(text: str) -> dict:
    return extract_helpers.one(text, "ru")


# --- a fronted "in response to X's attacks" phrase: X struck earlier, not here ---------------

@pytest.mark.parametrize("lang,text", [
    ("ru", "В ответ на обстрелы со стороны Хезболлы армия Израиля нанесла удары по объектам Хезболлы в Ливане."),
    ("ru", "В ответ на ракетные атаки Хезболлы ЦАХАЛ атаковал склады оружия Хезболлы на юге Ливана."),
    ("en", "In response to Hezbollah rocket fire, the Israeli army struck Hezbollah sites in southern Lebanon."),
    ("fr", "En réponse aux tirs du Hezbollah, l'armée israélienne a frappé des positions du Hezbollah au Liban."),
    ("es", "En respuesta a los cohetes de Hezbolá, el ejército israelí atacó posiciones de Hezbolá en el Líbano."),
])
def test_side_named_in_a_fronted_reaction_phrase_is_not_the_striker(lang, text):
    ev = events(text, lang)
    assert [e["actor"] for e in ev] == ["ISR"], ev
    assert ev[0]["target_group"] == "HEZBOLLAH"


def test_sides_coordinated_after_a_reaction_phrase_both_strike():
    ev = ru("В ответ на атаки хуситов на суда американские и британские самолеты нанесли удары по Ходейде.")
    assert sorted(e["actor"] for e in ev) == ["GBR", "USA"]


def test_reaction_phrase_after_the_predicate_changes_nothing():
    ev = one("ВВС Израиля нанесли удары по позициям Хезболлы в ответ на обстрел севера страны.")
    assert ev["actor"] == "ISR" and ev["target_group"] == "HEZBOLLAH"


# --- exercises ------------------------------------------------------------------------------

def test_exercise_with_a_notional_enemy_in_any_case_is_no_strike():
    text = ("Бомбардировщики Су-34 нанесли удар по наземным целям в ходе учений на полигоне, сообщило Минобороны РФ.\n"
            "Экипажи отработали нанесение бомбового удара по условному противнику.\n"
            "Учебно-боевые задачи выполнены, практические пуски ракет прошли успешно.")
    assert ru(text) == []


# --- interceptions ---------------------------------------------------------------------------

def test_drones_destroyed_over_a_regions_territory_are_an_interception_not_a_strike():
    text = ("Средства противовоздушной обороны за ночь уничтожили 30 украинских беспилотников, "
            "сообщило Минобороны России.\n"
            "По данным ведомства, 12 беспилотников ликвидировали над территорией Курской области, "
            "еще восемь — над акваторией Азовского моря.")
    ev = ru(text)
    assert [e["actor"] for e in ev] == ["UKR"], ev
    assert ev[0]["claimant"] == "RUS" and ev[0]["admin1"] == []


# --- the Syrian government's air force --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Сирийские ВВС нанесли удары по позициям боевиков в провинции Идлиб.",
    "ВВС режима Башара Асада атаковали кварталы в провинции Идлиб.",
    "Авиация Асада бомбила окраины города в провинции Идлиб.",
])
def test_syrian_air_force_by_adjective_or_presidents_name(text):
    ev = one(text)
    assert ev["actor"] == "SYR" and ev["admin1"] == ["SY-ID"]



# --- a count does not reach across a headline's line break -----------------------------------

@pytest.mark.parametrize("lang,text", [
    ("ru", "При бомбардировке рынка погибли двое, 14 ранены\n"
           "Авиаудары нанесены по пригородам города, сообщили медики.\n"
           "Сирийская авиация атаковала кварталы в провинции Хама."),
    ("en", "Two dead, 14 wounded after raids on the market town\n"
           "Airstrikes hit the outskirts of the town, medics said.\n"
           "Syrian government jets struck neighbourhoods in Hama province."),
])
def test_casualty_figure_ending_a_headline_line_counts_no_strikes(lang, text):
    ev = events(text, lang)
    assert [e["actor"] for e in ev] == ["SYR"]
    assert ev[0]["strikes"] is None


# --- sources and seas -------------------------------------------------------------------------

def test_civil_defence_quoted_after_the_report_is_the_claimant():
    ev = one("Сирийские ВВС нанесли удары по кварталам в провинции Идлиб. Представитель сил гражданской "
             "обороны сообщил журналистам, что погибли три человека.")
    assert ev["actor"] == "SYR" and ev["claimant"] == "OTHER"


@pytest.mark.parametrize("sea", ["в Красном море", "в Черном море", "над Азовским морем"])
def test_a_sea_named_by_its_adjective_is_no_locality(sea):
    ev = one(f"Американские самолеты нанесли удары по объектам хуситов в Йемене, чтобы защитить суда {sea}.")
    assert ev["actor"] == "USA" and ev["country"] == "YE"
    assert ev["admin1"] == [] and ev["locations"] == []


# --- the attribution sentence, the government speaking, a flight's route ----------------------

def test_attribution_sentence_after_the_report_dates_the_claim():
    ev = events("Турецкий беспилотник нанес удар по объекту Рабочей партии Курдистана на севере Ирака. "
                "Об этом в четверг, 16 мая, сообщили в Минобороны Турции.", "ru", "2024-05-16T10:00:00+00:00")
    assert ev[0]["actor"] == "TUR" and ev[0]["target_group"] == "PKK"
    assert ev[0]["event_date"] == ev[0]["period_start"] == "2024-05-16"


def test_a_next_sentence_reporting_something_else_does_not_date_the_claim():
    ev = events("Турецкий беспилотник нанес удар по объекту Рабочей партии Курдистана на севере Ирака. "
                "В четверг корреспондент агентства сообщил о начале переговоров в столице.",
                "ru", "2024-05-16T10:00:00+00:00")
    assert ev[0]["actor"] == "TUR" and ev[0]["event_date"] is None


@pytest.mark.parametrize("opening", ["В Багдаде уточнили", "В Дамаске заявили"])
def test_a_capital_opening_the_sentence_before_its_claim_verb_is_the_speaker(opening):
    ev = one(f"{opening}, что турецкий беспилотник нанес удар по лагерю у города Махмур.")
    assert ev["actor"] == "TUR" and ev["admin1"] == []
    assert [l["name"] for l in ev["locations"]] == ["Makhmur"]


def test_a_place_opening_a_strike_sentence_is_still_struck():
    ev = one("В Идлибе сирийская авиация нанесла удары по позициям боевиков.")
    assert ev["admin1"] == ["SY-ID"]


def test_points_of_a_flight_route_are_not_places_struck():
    ev = one("Турецкий беспилотник пролетел по маршруту Синди и Тука, после чего нанес удар по "
             "позициям Рабочей партии Курдистана в провинции Дахук.")
    assert ev["actor"] == "TUR" and ev["country"] == "IQ" and ev["admin1"] == ["IQ-DA"]


@pytest.mark.parametrize("lang,text,admin1", [
    ("uk", "У Багдаді заявили, що турецький безпілотник завдав удару по позиціях РПК у провінції Дахук.", ["IQ-DA"]),
    ("en", "In Idlib province, Syrian government jets struck rebel positions, activists said.", ["SY-ID"]),
])
def test_opening_speaker_rule_in_other_languages(lang, text, admin1):
    ev = events(text, lang)
    assert len(ev) == 1 and ev[0]["admin1"] == admin1


# --- a strike named by "в результате удара/атаки", a part "одно из" ---------------------------

@pytest.mark.parametrize("phrase", ["В результате атаки", "В результате ударов", "В результате обстрела"])
def test_result_of_a_named_sides_attack_reports_the_strike(phrase):
    ev = one(f"{phrase} украинских беспилотников на нефтебазу в Брянской области произошел пожар.")
    assert ev["actor"] == "UKR" and ev["admin1"] == ["RU-BRY"]


def test_result_of_an_unnamed_attack_is_no_event():
    assert ru("В результате атаки беспилотников на нефтебазу произошел пожар, сообщили местные власти.") == []


@pytest.mark.parametrize("lang,text,admin1", [
    ("ru", "Украинские дроны атаковали одно из предприятий в Ростовской области.", ["RU-ROS"]),
    ("ru", "Украинские дроны, запущенные из Сумской области, атаковали Курскую область.", ["RU-KRS"]),
    ("uk", "Російські війська вдарили по одному з підприємств у Харківській області.", ["UA-63"]),
])
def test_a_number_before_from_makes_a_part_not_a_launch_area(lang, text, admin1):
    ev = events(text, lang)
    assert len(ev) == 1 and ev[0]["admin1"] == admin1


# --- a gerund of killing ----------------------------------------------------------------------

def test_gerund_of_a_kill_verb_gives_the_fighters_killed():
    ev = one("Американские военные провели воздушную операцию против группировки «Аш-Шабаб», "
             "уничтожив 12 боевиков, говорится в заявлении командования.")
    assert ev["actor"] == "USA" and ev["killed"] == 12



@pytest.mark.parametrize("text", [
    "Ровно год назад российские самолеты нанесли первые удары по позициям боевиков в Сирии.",
    "Три года назад израильская авиация нанесла удар по аэропорту Дамаска.",
])
def test_a_strike_one_to_four_years_ago_is_history(text):
    assert ru(text) == []


@pytest.mark.parametrize("lang,text", [
    ("ru", "Израильская авиация нанесла удар по аэропорту Дамаска, сообщили военные."),
    ("uk", "Ізраїльська авіація завдала удару по аеропорту Дамаска, повідомили військові."),
])
def test_a_declined_facility_name_the_gazetteer_knows_takes_its_english_name(lang, text):
    # the airport is named by the town it serves: the place struck is the town, in English
    # (the reference sets name "Sochi airport", "Sanaa airport" by their towns)
    ev = events(text, lang)
    assert ev[0]["actor"] == "ISR"
    assert [l["name"] for l in ev[0]["locations"]] == ["Damascus"]


@pytest.mark.parametrize("text,kind", [
    ("Сирийская авиация нанесла удары по жилым кварталам в провинции Хама.", "building"),
    ("Сирийская авиация разбомбила мечеть в провинции Хама.", "building"),
    ("Американские самолеты нанесли удар по радиостанции в Ходейде.", "infrastructure"),
])
def test_homes_mosques_and_radio_stations_struck_are_typed(text, kind):
    ev = one(text)
    assert kind in {t["type"] for t in ev["targets_hit"]}


# --- session 7 (real5): Thailand and Cambodia, a national outlet as source, rocket fire ------

def test_thailand_by_its_name_or_adjective_strikes():
    ev = one("Истребители F-16 ВВС Таиланда нанесли удар по позициям армии Камбоджи в приграничной провинции.")
    assert ev["actor"] == "THA" and ev["platforms"] == ["F-16"]
    ev = one("Тайская авиация атаковала склады камбоджийских военных у границы.")
    assert ev["actor"] == "THA"


@pytest.mark.parametrize("source", ["Российский Telegram-канал утверждает", "Российские медиаресурсы пишут",
                                    "Российские паблики сообщают"])
def test_a_sides_adjective_on_a_media_outlet_names_a_source_not_a_striker(source):
    ev = ru(f"Украинские беспилотники атаковали нефтебазу в Брянской области. {source}, "
            "что два дрона попали в резервуары с топливом.")
    assert [e["actor"] for e in ev] == ["UKR"], ev


@pytest.mark.parametrize("text", [
    "Движение «Хезболлах» осуществило ракетный обстрел позиций израильской армии на севере Израиля.",
    "Боевики ХАМАС подвергли ракетному обстрелу приграничные районы Израиля.",
    "Боевики ХАМАС обстреляли ракетами приграничные районы Израиля.",
])
def test_rocket_fire_is_artillery(text):
    ev = one(text)
    assert ev["actor"] in ("HEZBOLLAH", "HAMAS") and ev["operation"] == "artillery"


def test_an_editors_note_abbreviation_ends_no_sentence():
    ev = one("Как говорится в сообщении (перевод с английского - прим. ред.), израильские самолеты "
             "нанесли удар по складу оружия Хезболлы в районе Тира.")
    assert ev["actor"] == "ISR" and len(ev["evidence"]) == 1


def test_the_idf_acronym_declined_is_still_israel():
    ev = one("Боевики Хезболлы обстреляли из минометов позиции ЦАХАЛа на границе с Ливаном.")
    assert ev["actor"] == "HEZBOLLAH" and ev["target_group"] == "ISR"


@pytest.mark.parametrize("opening", ["Мишенью ударов стали", "Целью атаки стали", "Объектом удара стали"])
def test_a_next_sentence_naming_the_target_of_the_strikes_details_them(opening):
    ev = one("Российская авиация нанесла серию ударов в провинции Хама, сообщили правозащитники. "
             f"{opening} прежде всего склады боеприпасов боевиков.")
    assert ev["actor"] == "RUS" and "ammunition_depot" in {t["type"] for t in ev["targets_hit"]}


def test_targets_of_an_exercise_still_mark_it():
    assert ru("Экипажи бомбардировщиков Су-34 поразили мишени на полигоне в Ростовской области.") == []


@pytest.mark.parametrize("text", [
    "Украинские беспилотники атаковали нефтехимическое предприятие в Калужской области.",
    "Украинские беспилотники нанесли удар по территории нефтехимического завода в Калужской области.",
])
def test_a_petrochemical_plant_is_an_oil_facility(text):
    ev = one(text)
    assert {t["type"] for t in ev["targets_hit"]} == {"oil_facility"}


# --- the strike named again as a subject, without articles ------------------------------------

def test_a_strike_noun_opening_a_later_clause_with_a_verb_of_taking_place_says_where():
    ev = one("Американские военные нанесли авиаудар по позициям группировки «Аш-Шабаб», сообщило "
             "командование. В заявлении говорится, что воздушная операция проводилась в районе "
             "города Кисмайо на юге Сомали.")
    assert ev["actor"] == "USA" and ev["country"] == "SO"
    assert [l["name"] for l in ev["locations"]] == ["Kismayo"]


def test_a_strike_noun_without_a_verb_of_taking_place_adds_nothing():
    ev = one("Американские военные нанесли авиаудар по позициям группировки «Аш-Шабаб», сообщило "
             "командование. В заявлении говорится, что воздушные операции против группировки на юге "
             "Сомали будут продолжены.")
    assert ev["actor"] == "USA" and ev["country"] is None


def test_the_attack_named_again_in_the_singular_keeps_one_strike():
    ev = one("Военные Мьянмы нанесли авиаудар по школе в штате Ракхайн. Как пишут местные СМИ, "
             "атака на деревню произошла ночью.")
    assert ev["actor"] == "MMR" and ev["strikes"] == 1


# --- a direction noun before a town: where the place before it lies ---------------------------

@pytest.mark.parametrize("text,admin1,names", [
    ("Сирийская авиация разбомбила мечеть в селе Кафр-Зита на севере Хамы.", ["SY-HM"], ["Kafr Zayta"]),
    ("Израильская авиация нанесла удары по зданиям в Дахии на юге Бейрута.", ["LB-BA"], []),
])
def test_a_town_after_a_direction_noun_locates_the_place_and_was_not_struck(text, admin1, names):
    ev = one(text)
    assert ev["admin1"] == admin1 and [l["name"] for l in ev["locations"]] == names


def test_a_town_struck_without_a_direction_noun_is_still_a_location():
    ev = one("Сирийская авиация нанесла удары по кварталам в Хаме.")
    assert [l["name"] for l in ev["locations"]] == ["Hama"]


# --- the attribution after the lead, clock times, the defender's unnamed ministry -------------

@pytest.mark.parametrize("text,published,day", [
    ("Российская авиация нанесла удары по позициям боевиков в провинции Идлиб. Об этом 5 марта "
     "сообщили в Минобороны России. Удары были нанесены по складам и командным пунктам боевиков.",
     "2024-03-05T12:00:00+00:00", "2024-03-05"),
    ("Израильская авиация нанесла удары по объектам ХАМАС в секторе Газа. Об этом в субботу, "
     "25 октября, сообщили в ЦАХАЛ. Целями стали склады оружия и командные пункты.",
     "2025-10-26T21:00:00+00:00", "2025-10-25"),
])
def test_an_attribution_right_after_the_lead_dates_a_report_whose_details_follow(text, published, day):
    ev = events(text, "ru", published)
    assert len(ev) == 1 and ev[0]["event_date"] == ev[0]["period_start"] == day, ev


@pytest.mark.parametrize("text", [
    "В период с 20:00 до 23:00 мск дежурными средствами ПВО перехвачены и уничтожены 13 украинских "
    "беспилотников над Брянской областью, сообщило Минобороны России.",
    "Израильские самолеты в 14:30 по местному времени нанесли удар по складу Хезболлы на юге Ливана, "
    "заявили в ЦАХАЛ.",
])
def test_a_clock_time_without_its_day_is_the_announcement_day(text):
    ev = events(text, "ru", "2025-10-26T21:00:00+00:00")
    assert len(ev) == 1 and ev[0]["event_date"] == ev[0]["period_start"] == "2025-10-26", ev


def test_a_clock_time_after_a_named_day_keeps_that_day():
    ev = events("22 октября в период с 13:00 до 16:00 силы ПВО сбили шесть украинских беспилотников "
                "над Курской областью, сообщили в Минобороны России.", "ru", "2025-10-23T09:00:00+00:00")
    assert len(ev) == 1 and ev[0]["event_date"] == ev[0]["period_start"] == "2025-10-22", ev


@pytest.mark.parametrize("lang,text,actor,claimant", [
    ("ru", "Российские средства ПВО сбили 22 украинских беспилотника над Курской областью. "
           "Об этом сообщило Минобороны.", "UKR", "RUS"),
    ("ru", "Силы ПВО Украины сбили 15 российских дронов над Харьковской областью. "
           "Об этом сообщили в Воздушных силах.", "RUS", "UKR"),
    ("en", "Russian air defences shot down 12 Ukrainian drones over the Belgorod region. "
           "The defence ministry reported it on Sunday.", "UKR", "RUS"),
])
def test_an_interception_attributed_to_a_body_no_side_names_is_the_defenders_claim(lang, text, actor, claimant):
    ev = events(text, lang, "2025-10-26T21:00:00+00:00")
    assert [(e["actor"], e["claimant"]) for e in ev] == [(actor, claimant)], ev


@pytest.mark.parametrize("text", [
    "Министерство национальной обороны заявило, что турецкие самолеты нанесли удары по позициям "
    "РПК в районе Метина на севере Ирака.",
    "По данным Министерства национальной обороны, турецкие беспилотники уничтожили укрытие РПК "
    "на севере Ирака.",
])
def test_the_ministry_of_national_defence_is_an_official_source(text):
    ev = one(text)
    assert ev["actor"] == "TUR" and ev["claimant"] == "TUR", ev


@pytest.mark.parametrize("text,admin1", [
    ("Силы ПВО уничтожили шесть украинских беспилотников над Курской областью.", []),
    ("Средства ПВО за ночь уничтожили 12 украинских беспилотников над Брянской областью.", []),
])
def test_air_defence_destroying_drones_counted_in_words_or_digits_reports_the_launchers_strike(text, admin1):
    ev = ru(text)
    assert [e["actor"] for e in ev] == ["UKR"], ev
    assert ev[0]["admin1"] == admin1 and ev[0]["targets_hit"] == [] and ev[0]["country"] == "RU", ev


@pytest.mark.parametrize("text,admin1", [
    ("Российская авиация уничтожила три комплекса ПВО украинских войск в Сумской области.", ["UA-59"]),
    ("Пять комплексов ПВО ВСУ были уничтожены ударами российской авиации в Харьковской области.", ["UA-63"]),
])
def test_air_defence_struck_as_an_object_or_a_passive_subject_stays_a_target(text, admin1):
    ev = one(text)
    assert ev["actor"] == "RUS" and ev["admin1"] == admin1
    assert [t["type"] for t in ev["targets_hit"]] == ["air_defense"], ev


# --- the installations of a typed target are that target ---------------------------------------

@pytest.mark.parametrize("lang,text,kinds", [
    ("ru", "Российская авиация нанесла удары по инфраструктуре военных аэродромов на Украине.", ["airfield"]),
    ("ru", "Израильские самолеты разрушили здание штаба Хезболлы в Бейруте.", ["command_post"]),
    ("en", "Israeli jets destroyed the buildings of the command post in Gaza City.", ["command_post"]),
    ("fr", "Des avions israéliens ont détruit les bâtiments du poste de commandement à Gaza.", ["command_post"]),
])
def test_a_building_word_before_the_target_it_belongs_to_is_that_target(lang, text, kinds):
    ev = events(text, lang)
    assert len(ev) == 1 and [t["type"] for t in ev[0]["targets_hit"]] == kinds, ev


@pytest.mark.parametrize("text,kinds", [
    ("Израильские самолеты разрушили здания и склады оружия Хезболлы на юге Ливана.", {"building", "weapons_depot"}),
    ("Турецкие беспилотники уничтожили постройки и укрытия РПК на севере Ирака.", {"building", "fighting_position"}),
])
def test_a_building_coordinated_with_another_target_stays_a_building(text, kinds):
    ev = one(text)
    assert {t["type"] for t in ev["targets_hit"]} == kinds, ev


# --- a coalition's leader, the regions and parts of an interception ----------------------------

@pytest.mark.parametrize("text,actor,country", [
    ("Иракские ВВС нанесли удары по позициям ИГИЛ в Ираке при поддержке коалиции под руководством США.",
     "IRQ", "IQ"),
    ("Самолеты коалиции под руководством Саудовской Аравии нанесли удары по позициям хуситов в Йемене.",
     "SAU", "YE"),
])
def test_the_leader_of_a_coalition_is_no_place_struck(text, actor, country):
    ev = one(text)
    assert ev["actor"] == actor and ev["country"] == country, ev


@pytest.mark.parametrize("text", [
    "Силы ПВО сбили 40 украинских беспилотников над российскими регионами, сообщило Минобороны.",
    "Средства ПВО перехватили 31 украинский беспилотник. Из них 17 были сбиты над Воронежской "
    "областью, остальные - над Тамбовской.",
    "Российские средства ПВО сбили 22 украинских беспилотника над разными регионами. Из них 19 дронов "
    "были перехвачены над Белгородской областью.",
])
def test_regions_an_interception_report_names_give_the_country_flown_over_and_no_unit(text):
    ev = ru(text)
    assert [e["actor"] for e in ev] == ["UKR"], ev
    assert ev[0]["country"] == "RU" and ev[0]["admin1"] == [], ev


# --- light verbs the subject underwent; the PKK zones of Duhok ----------------------------------

@pytest.mark.parametrize("text,actor,group,admin1", [
    ("Позиции РПК стали целью авиаудара турецких ВВС в районе Зап на севере Ирака.", "TUR", "PKK", ["IQ-DA"]),
    ("Склад боеприпасов Хезболлы стал целью израильского авиаудара в долине Бекаа.", "ISR", "HEZBOLLAH", ["LB-BI"]),
    ("Окраины Идлиба подверглись ударам российской авиации.", "RUS", None, ["SY-ID"]),
])
def test_the_subject_of_a_light_verb_it_underwent_was_struck_not_striking(text, actor, group, admin1):
    ev = one(text)
    assert (ev["actor"], ev["target_group"], ev["admin1"]) == (actor, group, admin1), ev


def test_a_place_that_underwent_fire_from_an_unnamed_side_is_no_event():
    assert ru("В ночь на 2 марта север Израиля подвергся обстрелу со стороны Ливана.") == []


@pytest.mark.parametrize("lang,text,names", [
    ("ru", "Турецкие беспилотники нанесли удары по укрытиям РПК в районах Зап и Авашин-Басьян на севере Ирака.",
     ["Zap", "Avashin-Basyan"]),
    ("en", "Turkish jets struck PKK targets in the Gara and Avashin-Basyan regions of northern Iraq.",
     ["Gara", "Avashin-Basyan"]),
    ("tr", "Türk savaş uçakları Irak'ın kuzeyindeki Zap ve Gara bölgelerinde PKK hedeflerini vurdu.",
     ["Zap", "Gara"]),
])
def test_the_pkk_zones_of_duhok_are_places_of_that_governorate(lang, text, names):
    ev = events(text, lang)
    assert len(ev) == 1 and ev[0]["actor"] == "TUR" and ev[0]["admin1"] == ["IQ-DA"], ev
    assert [l["name"] for l in ev[0]["locations"]] == names, ev


# --- the headline above the article ([meta] long_headlines) ------------------------------------

def test_a_long_first_line_without_a_stop_is_the_headline_not_part_of_the_lead():
    ev = ru("Также уничтожены три склада и два укрытия боевиков в горах на границе\n"
            "Военно-воздушные силы Турции нанесли авиаудары по объектам РПК в районе Зап на севере Ирака.")
    assert [e["actor"] for e in ev] == ["TUR"] and ev[0]["admin1"] == ["IQ-DA"], ev


def test_a_later_wrapped_line_before_a_capital_still_runs_on():
    text = ("Сирийская армия продолжает наступление.\nРоссийская авиация за сутки нанесла удары по "
            "позициям боевиков в провинции\nИдлиб, сообщили в Минобороны России.")
    ev = one(text)
    assert ev["actor"] == "RUS" and ev["admin1"] == ["SY-ID"] and ev["evidence"] == [[40, len(text)]], ev


@pytest.mark.parametrize("text,admin1", [
    ("ВВС США нанесли удар по позициям «Аш-Шабаб» в провинции Нижняя Джуба.", ["SO-JH"]),
    ("Американские беспилотники атаковали боевиков «Аш-Шабаб» в провинции Средняя Джуба на юге Сомали.", ["SO-JD"]),
])
def test_the_juba_regions_in_their_single_b_spelling(text, admin1):
    ev = one(text)
    assert ev["actor"] == "USA" and ev["country"] == "SO" and ev["admin1"] == admin1, ev


@pytest.mark.parametrize("regions", ["Пять областей России", "Три региона России"])
def test_regions_of_a_country_fronted_as_the_object_are_no_striker(regions):
    """"Пять областей России ... атаковали 33 украинских беспилотника": the object first, the
    drones after the verb its subject; the country after its regions is where they struck
    (places.territory_nouns), the side on the drones struck."""
    found = events(f"{regions} в ночь на субботу атаковали 33 украинских беспилотника, сообщило "
                   "Минобороны России.", "ru")
    assert [e["actor"] for e in found] == ["UKR"]

# --- the state in whose sky weapons were downed ("в небе Украины", "над Украиной") -----------

@pytest.mark.parametrize("lang,text", [
    ("ru", "Силы противовоздушной обороны ночью уничтожили в небе Украины 12 ударных БПЛА типа Shahed."),
    ("ru", "Силы противовоздушной обороны ночью уничтожили над Украиной 12 ударных БПЛА типа Shahed."),
    ("ru", "Противовоздушная оборона ночью сбила в воздушном пространстве России 9 беспилотников самолетного типа."),
    ("ru", "Ночью в небе Украины уничтожены 12 ударных БПЛА типа Shahed."),
    ("uk", "Сили протиповітряної оборони вночі знищили над Україною 12 ударних БпЛА типу Shahed."),
    ("en", "Air defence forces destroyed over Ukraine 12 Shahed attack drones overnight."),
])
def test_the_state_whose_sky_the_weapons_were_downed_in_launched_nothing(lang, text):
    assert events(text, lang) == []


@pytest.mark.parametrize("text,actor,claimant,country", [
    ("Силы противовоздушной обороны уничтожили в небе над Украиной 14 дронов. Российские войска атаковали "
     "Украину 16 ударными БпЛА типа Shahed, сообщили Воздушные силы Украины.", "RUS", "UKR", "UA"),
    ("Силы противовоздушной обороны ночью уничтожили над Украиной 12 российских ударных БПЛА.", "RUS", "UKR", "UA"),
    ("Российские ПВО сбили над Брянской областью 7 украинских беспилотников.", "UKR", "RUS", "RU"),
])
def test_the_launcher_named_beside_a_downing_over_a_state(text, actor, claimant, country):
    ev = one(text)
    assert (ev["actor"], ev["claimant"], ev["country"]) == (actor, claimant, country), ev


# --- the coalition's lead state speaking for it ("отметили в оборонном ведомстве США") --------

@pytest.mark.parametrize("lang,text", [
    ("ru", "Международная коалиция за сутки нанесла 20 ударов по позициям ИГИЛ в Сирии и Ираке. "
           "\"Штурмовая авиация провела 12 ударов в Сирии\", — отметили в оборонном ведомстве США."),
    ("ru", "Коалиция во главе с США нанесла 14 ударов по ИГИЛ в Сирии и Ираке. Об этом сообщили в Пентагоне. "
           "\"Истребители провели 9 ударов в Сирии\", — говорится в сообщении министерства обороны США."),
    ("ru", "Многонациональная коалиция провела 11 авиаударов по ИГИЛ в Сирии. По данным Пентагона, "
           "бомбардировщики провели 6 ударов возле Ракки."),
    ("en", "The US-led coalition conducted 20 strikes against ISIS in Syria and Iraq. \"Bomber and fighter "
           "aircraft conducted 12 strikes in Syria,\" the US Department of Defense said."),
])
def test_the_lead_state_speaking_after_the_coalitions_report_releases_its_strikes(lang, text):
    ev = events(text, lang)
    assert [(e["actor"], e["claimant"]) for e in ev] == [("COALITION", "COALITION")], ev


@pytest.mark.parametrize("text", [
    "Американские самолеты нанесли 5 ударов по ИГИЛ в Сирии, сообщили в Пентагоне.",
    "\"Истребители провели 7 ударов по позициям боевиков в Сирии\", — отметили в министерстве обороны США.",
])
def test_the_us_speaking_with_no_coalition_report_strikes_itself(text):
    assert one(text)["actor"] == "USA"


# --- an official of a place the striker's own state claims speaks for the side holding it ----

@pytest.mark.parametrize("lang,text,claimant", [
    ("ru", "Мэр Горловки Иван Петренко сообщил о трех погибших в результате обстрела ВСУ. "
           "По его словам, ВСУ нанесли удар по Никитовскому району города.", "RUS"),
    ("ru", "Украинские военные обстреляли Ворошиловский район Донецка, сообщил мэр города Петр Сидоров.", "RUS"),
    ("ru", "Губернатор Херсонской области Иван Кузнецов заявил, что ВСУ обстреляли Алешки из артиллерии.", "RUS"),
    ("en", "Ukrainian forces shelled the Kuibyshevsky district of Donetsk, the city's mayor Pyotr Sidorov said.", "RUS"),
    ("ru", "Мэр Харькова Игорь Коваленко сообщил, что российские войска нанесли удар по Киевскому району города.", "UKR"),
    ("ru", "Губернатор Белгородской области сообщил, что ВСУ обстреляли Шебекино из РСЗО.", "RUS"),
])
def test_a_local_official_reporting_a_strike_speaks_for_the_side_holding_the_place(lang, text, claimant):
    ev = events(text, lang)
    assert len(ev) == 1 and ev[0]["claimant"] == claimant, ev


# --- a reminder opening a sentence ("Напомним, ...") recalls an earlier report ----------------

@pytest.mark.parametrize("lang,text,names", [
    ("ru", "ВСУ нанесли удар по школе в Донецке, сообщил мэр города. Напомним, 3 ноября ВСУ нанесли удар "
           "по рынку в Макеевке.", ["Donetsk"]),
    ("ru", "Израильская армия нанесла удар по складу оружия Хезболлы в Набатие. Напомним, в октябре ЦАХАЛ "
           "нанес удар по командному пункту Хезболлы в Тире.", ["Nabatieh"]),
    ("ru", "Российские войска нанесли удар по складу боеприпасов ВСУ в Краматорске. Напоминаем, что российские "
           "войска нанесли удар по аэродрому в Миргороде.", ["Kramatorsk"]),
    ("ru", "Ночью российские войска атаковали Украину 20 беспилотниками. Напомним, этой ночью в Одесской области "
           "прозвучали взрывы после удара по порту в Измаиле.", ["Izmayil"]),
    ("uk", "ЗСУ завдали удару по школі в Донецьку, повідомив мер міста. Нагадаємо, 3 листопада ЗСУ завдали "
           "удару по ринку в Макіївці.", ["Donetsk"]),
])
def test_a_reminder_recalls_an_earlier_strike_unless_it_names_the_reports_own_night(lang, text, names):
    ev = events(text, lang, published=None)
    assert len(ev) == 1 and [l["name"] for l in ev[0]["locations"]] == names, ev


# --- a single strike in a sentence that adds to the report ("Кроме того, ... нанес удар по ...") --

@pytest.mark.parametrize("text,strikes", [
    ("ЦАХАЛ нанес удар по складу оружия Хезболлы в Набатие. Кроме того, ЦАХАЛ нанес удар по командному "
     "пункту Хезболлы в Тире.", 2),
    ("Российская авиация нанесла удар по складу боеприпасов в Краматорске. Также был нанесен удар по пункту "
     "управления ВСУ в Славянске.", 2),
    ("Российская авиация нанесла удар по складу боеприпасов в Краматорске. Кроме того, удар пришелся по "
     "жилому дому рядом.", 1),
    ("Российская авиация нанесла удар по складу боеприпасов в Краматорске. Кроме того, в результате удара "
     "по складу пострадали два человека.", 1),
])
def test_a_single_strike_added_by_an_additive_opener_is_one_more(text, strikes):
    assert one(text)["strikes"] == strikes


@pytest.mark.xfail(strict=True, reason="the first strike is told by a verb alone ('атаковал здание'), which "
                   "_single_strike does not count; only singular strike nouns are counted")
def test_a_verb_told_strike_and_an_added_single_strike_sum():
    assert one("ЦАХАЛ атаковал здание Хезболлы в Набатие. Кроме того, ЦАХАЛ также нанес удар по военной "
               "инфраструктуре Хезболлы в районе Бекаа.")["strikes"] == 2


# --- Al Qaim written without its article ("возле Каим", "в районе Каима") ---------------------

@pytest.mark.parametrize("text", [
    "Коалиция провела 5 авиаударов по ИГИЛ возле населенных пунктов Каим и Рутба.",
    "Коалиция провела 5 авиаударов по ИГИЛ в районе Каима.",
    "Коалиция провела 17 авиаударов по ИГИЛ возле Каим, Рутба и Рамади.",
])
def test_al_qaim_without_its_article(text):
    ev = one(text)
    assert ev["locations"][0]["name"] == "Al Qaim" and "IQ-AN" in ev["admin1"], ev

def test_a_reminder_is_background_unless_it_names_the_reports_own_time():
    # "Напомним, утром 10 мая ...": an earlier report recalled (as uk "Нагадаємо"); "Напомним,
    # что ночью ..." with no other day restates the report itself
    ev = one("Сегодня утром ВСУ обстреляли Горловку, сообщил мэр города. Напомним, утром 10 мая "
             "украинские войска атаковали Донецк и Макеевку.")
    assert [loc["name"] for loc in ev["locations"]] == ["Horlivka"] and ev["period_start"] == "2024-05-14"
    assert events("Напомним: вечером 11 мая украинские беспилотники атаковали Белгород.", "ru") == []
    ev = one("Напомним, что ночью ВСУ атаковали Курск беспилотниками, сообщил губернатор.")
    assert ev["actor"] == "UKR" and ev["admin1"] == ["RU-KRS"]


def test_a_group_named_after_that_is_what_was_said_and_a_relative_aside_keeps_the_speaker():
    ev = one("Пентагон заявил, что хуситы ударили ракетой по судну в Красном море.")
    assert ev["actor"] == "HOUTHI" and ev["claimant"] == "USA"
    ev = one("Движение «Хезболлах», которое поддерживает Иран, заявило, что атаковало дронами израильскую "
             "базу у Метулы.")
    assert ev["actor"] == "HEZBOLLAH" and ev["claimant"] == "HEZBOLLAH"


def test_a_sentence_without_a_speaker_carries_the_governor_not_the_army_after_that():
    ev = one("Губернатор Белгородской области сообщил, что украинская армия обстреляла Шебекино. "
             "По его словам, разрушен склад.")
    assert ev["actor"] == "UKR" and ev["claimant"] == "RUS"


def test_a_state_named_as_where_they_said_it_speaks():
    ev = one("Американские военные нанесли авиаудар по боевикам ИГИЛ в Сомали, сообщает агентство "
             "Associated Press. В США уточнили, что удар нанесли беспилотником.")
    assert ev["actor"] == "USA" and ev["claimant"] == "USA"


# --- a district named after its centre, when it names no town struck ----------------------
# session 22 (r20-ru): "в Белгородском районе" (a district named after its unit's seat) and
# "в селе X Грайворонского городского округа" (a district that only locates the village before
# it) name no town, but they still say the unit struck (locate._district_towns units_out) and,
# through it, the state whose governor speaks; the village's name ends before the district.

@pytest.mark.parametrize("lang,text,admin1", [
    ("ru", "Губернатор Вячеслав Гладков сообщил, что украинский беспилотник атаковал ферму в Белгородском районе.", "RU-BEL"),
    ("ru", "Губернатор сообщил, что под удар украинских дронов попал Белгородский район, повреждены два дома.", "RU-BEL"),
    ("ru", "Губернатор сообщил, что дрон ВСУ сбросил взрывчатку на склад в селе Ивановка Грайворонского городского округа.", "RU-BEL"),
    ("ru", "По словам губернатора, ВСУ обстреляли Шебекинский городской округ, пострадавших нет.", "RU-BEL"),
    ("ru", "Губернатор сообщил, что ВСУ обстреляли село Кузьминка в Рыльском районе.", "RU-KRS"),
    pytest.param("ru", "Губернатор сообщил, что ВСУ нанесли удар по селу Кузьминка в Рыльском районе.", "RU-KRS",
                 marks=pytest.mark.xfail(strict=True, reason="the gazetteer holds no Kuzminka in Kursk region: the "
                                         "village struck is read as Moscow's Kuzminki, a second unit")),
    ("ru", "Глава ОВА сообщил, что российские войска обстреляли Никопольский район.", "UA-12"),
    pytest.param("ru", "Губернатор сообщил, что ВСУ обстреляли из артиллерии село Кузьминка в Рыльском районе.", "RU-KRS",
                 marks=pytest.mark.xfail(strict=True, reason="'из' (places.origin_preps) before the weapon "
                                         "'из артиллерии' makes what follows a launch area: no place struck")),
    pytest.param("ru", "Глава ОВА сообщил, что российские войска обстреляли из артиллерии Никопольский район.", "UA-12",
                 marks=pytest.mark.xfail(strict=True, reason="'из' (places.origin_preps) before the weapon "
                                         "'из артиллерии' makes what follows a launch area: no place struck")),
    ("uk", "Губернатор Гладков повідомив, що український дрон атакував ферму у Бєлгородському районі.", "RU-BEL"),
    ("uk", "Голова ОВА повідомив, що російські дрони атакували село у Сумському районі.", "UA-59"),
    ("en", "Governor Gladkov said a Ukrainian drone struck a farm in the Belgorod district.", "RU-BEL"),
])
def test_a_district_named_after_a_town_is_in_that_towns_unit(lang, text, admin1):
    ev = extract_helpers.one(text, lang)
    assert ev["admin1"] == [admin1]
    assert ev["country"] == admin1[:2]
    assert ev["claimant"] == {"RU": "RUS", "UA": "UKR"}[admin1[:2]]


def test_a_village_named_before_its_district_ends_before_it():
    ev = one("Губернатор сообщил, что два дома сгорели в селе Малиновка-Вторая Грайворонского "
             "городского округа после атаки украинских беспилотников.")
    assert [loc["name"] for loc in ev["locations"]] == ["Malinovka-Vtoraya"] or \
        all("Grayvoron" not in loc["name"] for loc in ev["locations"])
    assert ev["admin1"] == ["RU-BEL"]


def test_downed_over_a_district_is_no_place_struck():
    ev = one("Губернатор сообщил, что над Белгородским районом средства ПВО сбили два украинских беспилотника.")
    assert ev["admin1"] == []


# --- missiles named as what was hit are no means --------------------------------------------
# session 22 (r20-ru): "удары по противокорабельным крылатым ракетам" (brought in by a target
# preposition), "хранилище ракет", "склады с оперативно-тактическими ракетами «Сапсан»" (what a
# struck depot held: its bare genitive or a comitative complement) name targets; the strike's
# means stays the aircraft or the default airstrike (platforms._object_of_target_prep,
# _held_by_target). The instrumental still names the means ("поразили склад ракетой").

@pytest.mark.parametrize("lang,text", [
    ("ru", "Командование США сообщило, что американские военные нанесли три удара по противокорабельным крылатым ракетам хуситов."),
    ("ru", "Центральное командование США заявило, что в Сане было атаковано хранилище ракет хуситов."),
    ("ru", "Командование США сообщило, что американские силы нанесли удар по складу баллистических ракет хуситов в Сааде."),
    ("ru", "Минобороны России сообщило, что за неделю российские войска поразили склады с оперативно-тактическими ракетами ВСУ."),
    ("ru", "Минобороны сообщило, что российские войска поразили склады с ракетами \"Сапсан\", ракетный комплекс \"Нептун\" и нефтебазу."),
    ("uk", "Командування США повідомило, що американські сили завдали ударів по протикорабельних крилатих ракетах хуситів."),
    ("uk", "Командування США повідомило, що було атаковано сховище ракет хуситів у Сані."),
    ("uk", "Міноборони Росії повідомило, що війська уразили склади з оперативно-тактичними ракетами ЗСУ."),
    ("en", "US Central Command said US forces struck seven Houthi anti-ship cruise missiles that were ready to launch."),
])
def test_missiles_named_as_what_was_hit_are_no_means(lang, text):
    ev = extract_helpers.one(text, lang)
    assert ev["operation"] == "airstrike"
    assert ev["platforms"] == []


@pytest.mark.parametrize("text,platforms", [
    ("Минобороны России сообщило, что российские войска поразили склад ВСУ ракетой Искандер.", []),
    ("Минобороны России сообщило, что российские войска нанесли удар по складу ВСУ ракетами Искандер.", ["Iskander"]),
    ("Минобороны России сообщило, что войска нанесли удар по Харькову баллистическими ракетами.", []),
    ("Министерство обороны Турции сообщило, что по боевикам РПК был нанесен артиллерийский удар.", []),
])
def test_an_instrumental_or_a_strike_noun_still_names_the_means(text, platforms):
    ev = one(text)
    assert ev["operation"] == ("artillery" if "артиллерийский" in text else "missile_strike")
    assert ev["platforms"] == platforms


# --- a training facility: a facility noun qualified by training (учебный/тренировочный, "база
# подготовки", "для подготовки боевиков") is a training camp, and the fighters it trains are no
# personnel hit (lexicon target_types.training_camp)

@pytest.mark.parametrize("lang,text", [
    ("ru", "Российская авиация нанесла удары по трем базам подготовки боевиков в провинции Хама."),
    ("ru", "Израильские самолеты нанесли удар по тренировочному центру ХАМАС в районе Хан-Юниса."),
    ("ru", "ВВС Турции поразили учебный объект РПК в районе Гара на севере Ирака."),
    ("ru", "Истребители ЦАХАЛ атаковали учебную базу «Хезболлы» в районе Набатии."),
    ("ru", "Армия обороны Израиля нанесла удар по объекту, используемому для обучения и подготовки боевиков «Хезболлы»."),
    ("ru", "Американские самолеты разрушили тренировочные объекты ИГИЛ в районе Ракки."),
    ("ru", "Российские самолеты нанесли удары по командным пунктам и базам для подготовки боевиков в провинции Хомс."),
    ("en", "Israeli jets struck a Hamas training facility near Khan Younis."),
    pytest.param("uk", "Ізраїльська авіація завдала удару по навчальному об'єкту ХАМАС у районі Хан-Юніса.",
                 marks=pytest.mark.xfail(strict=True, reason="the Ukrainian lexicon names no 'навчальний об'єкт' "
                                         "(nor 'база підготовки') among training camps; left to the Ukrainian lexicon")),
])
def test_a_facility_qualified_by_training_is_a_training_camp(lang, text):
    ev = extract_helpers.one(text, lang)
    kinds = [t["type"] for t in ev["targets_hit"]]
    assert "training_camp" in kinds, ev["targets_hit"]
    assert "personnel" not in kinds, ev["targets_hit"]


@pytest.mark.xfail(strict=True, reason="counts.py reads 'уничтожила три ... боевиков' as three fighters killed: "
                   "the number counts the bases the fighters own, a typed target noun between")
def test_a_counted_facility_owned_by_fighters_kills_nobody():
    ev = one("Российская авиация уничтожила три базы подготовки боевиков в провинции Хама.")
    assert ev["killed"] is None
    assert [(t["type"], t["count"]) for t in ev["targets_hit"]] == [("training_camp", 3)]


# --- fighters hit whose group the report leaves unsaid, the group named only in a background
# sentence ("уничтожены 14 террористов ... Напомним, что конфликт Турции с РПК продолжается"):
# the references read the group named there as the target group (real10, real15 ru; real13,
# real17 es; real18 de). Not read: roles.document_target_group takes no group from a generic or
# historical sentence. A rule reading it (the one group named as struck or after the actor in
# any sentence) was tried in session 25 and withdrawn: it also named groups the references
# leave null (an Arabic Turkish report that says the operation is waged against the PKK, a US
# strike on a leader "linked to al-Qaeda" whose sentence on ISIS contacts is history).

_BACKGROUND_GROUP = ("roles.document_target_group reads no group from a generic or historical "
                     "sentence; a rule for it traded ru/es gains for ar/en losses (session 25) and was withdrawn")


@pytest.mark.parametrize("lang,text", [
    ("ru", "В результате воздушной операции ВВС Турции на севере Ирака уничтожены 12 террористов. "
           "Напомним, что конфликт Турции с РПК продолжается более 30 лет."),
    ("ru", "ВВС Турции нанесли удары по убежищам террористов в районе Кандиль на севере Ирака. "
           "Анкара ведет борьбу с Рабочей партией Курдистана с 1984 года."),
    ("ru", "ВВС Турции нанесли удары по убежищам террористов в районе Кандиль на севере Ирака. "
           "Турция регулярно проводит операции против РПК на севере Ирака."),
    ("en", "Turkish warplanes neutralised seven terrorists in northern Iraq, the defence ministry said. "
           "Turkey has fought the PKK since 1984."),
    ("de", "Die türkische Luftwaffe hat im Nordirak sieben Terroristen \"neutralisiert\". "
           "Mit Terroristen sind Angehörige der verbotenen Arbeiterpartei PKK gemeint."),
])
@pytest.mark.xfail(strict=True, reason=_BACKGROUND_GROUP)
def test_unnamed_fighters_take_the_group_a_background_sentence_names(lang, text):
    assert extract_helpers.one(text, lang)["target_group"] == "PKK"


def test_unnamed_fighters_with_no_group_in_the_text_stay_without_one():
    ev = one("ВВС Турции нанесли удары по убежищам террористов в районе Кандиль на севере Ирака.")
    assert ev["target_group"] is None
