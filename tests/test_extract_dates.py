"""Dates stage: constructions of time in strike reports, on invented sentences.

Published dates are fixed so relative expressions resolve: 2024-05-08 is a Wednesday.
"""
from __future__ import annotations

from datetime import date

import pytest

from extractors.dates import find_dates, parse_published
from extractors.lexicon import load_all
from tests.extract_helpers import events


WED = "2024-05-08T10:00:00+00:00"


def dates(text, lang="en", published=WED):
    return [(e["actor"], e["event_date"], e["period_start"], e["cumulative"]) for e in events(text, lang, published)]


# --- a part of a day is that day, and yields to the day it is part of -------------------

def test_early_hours_of_a_weekday_is_that_single_day():
    assert dates("India launched missile strikes on nine sites in Pakistan in the early hours of Tuesday, "
                 "the ministry said.") == [("IND", "2024-05-07", "2024-05-07", False)]


def test_dawn_alone_is_the_announcement_day_not_a_night():
    assert dates("Israeli jets struck Hezbollah targets at dawn, the army said.") == \
        [("ISR", "2024-05-08", "2024-05-08", False)]


def test_weekday_then_evening_is_that_weekday_ru():
    assert dates("Американские военные во вторник вечером нанесли несколько авиаударов по Сане, "
                 "сообщил Пентагон.", lang="ru") == [("USA", "2024-05-07", "2024-05-07", False)]


def test_day_part_yields_to_a_day_named_further_away_es():
    assert dates("La aviación israelí bombardeó en la madrugada de este martes 15 objetivos de Hamás en Gaza, "
                 "informó el ejército.", lang="es") == [("ISR", "2024-05-07", "2024-05-07", False)]


def test_dawn_today_with_weekday_ar():
    ev = dates("أعلن الجيش الإسرائيلي، فجر اليوم الأربعاء، أن طائراته شنت غارات على مواقع لحزب الله في جنوب لبنان.",
               lang="ar")
    assert ev and ev[0][1:3] == ("2024-05-08", "2024-05-08")


# --- periods -------------------------------------------------------------------------------

def test_past_day_reads_like_last_24_hours():
    assert dates("Over the past day, Israeli jets struck 300 Hezbollah targets in southern Lebanon, "
                 "the army said.") == [("ISR", "2024-05-08", "2024-05-07", False)]


def test_recent_hours_is_the_announcement_day_ru():
    assert dates("Пресс-служба ЦАХАЛа сообщила, что в последние часы израильская авиация нанесла удары по "
                 "объектам ХАМАС в секторе Газа.", lang="ru") == [("ISR", "2024-05-08", "2024-05-08", False)]


def test_this_night_uk_accusative():
    ev = events("Росія атакувала Україну за цю ніч 40 ударними дронами, повідомили Повітряні сили.", lang="uk", published=WED)
    assert ev and (ev[0]["event_date"], ev[0]["period_start"]) == ("2024-05-08", "2024-05-07")


def test_night_to_a_weekday_after_a_claim_verb_is_the_strike_time_ru():
    assert dates("Сирийское телевидение сообщило, что в ночь на вторник израильские самолеты нанесли удар по "
                 "объектам в районе Хамы.", lang="ru") == [("ISR", "2024-05-07", "2024-05-06", False)]


# --- ranges ----------------------------------------------------------------------------------

def test_range_with_month_once_en():
    assert dates("Russian aircraft struck 40 targets in Syria from 3 to 5 May, the ministry said.") == \
        [("RUS", "2024-05-05", "2024-05-03", False)]


def test_range_with_month_once_fr():
    assert dates("L'armée de l'air russe a mené du 3 au 5 mai 40 frappes en Syrie, a annoncé le ministère.",
                 lang="fr") == [("RUS", "2024-05-05", "2024-05-03", False)]


def test_range_with_dash_tr():
    assert dates("Türk Silahlı Kuvvetleri 3-5 Mayıs tarihlerinde Kuzey Irak'ta 12 hedefi hava harekâtıyla vurdu.",
                 lang="tr") == [("TUR", "2024-05-05", "2024-05-03", False)]


def test_month_day_range_en():
    assert dates("U.S. forces conducted airstrikes against al-Shabaab near Jilib on May 2-4.") == \
        [("USA", "2024-05-04", "2024-05-02", False)]


def test_russian_range_is_not_a_running_total():
    assert dates("С 3 по 5 мая российская авиация нанесла 40 ударов по объектам боевиков в Сирии, "
                 "сообщило Минобороны.", lang="ru") == [("RUS", "2024-05-05", "2024-05-03", False)]


def test_night_of_two_days_is_one_night_fr():
    assert dates("Dans la nuit du 6 au 7 mai, l'armée française a frappé deux sites de Daech en Syrie.",
                 lang="fr") == [("FRA", "2024-05-07", "2024-05-07", False)]


def test_two_month_names_for_one_month_ar():
    ev = dates("وقال التحالف بقيادة الولايات المتحدة إن قواته نفذت 11 ضربة جوية ضد تنظيم داعش في سوريا في 5 أيار/مايو 2023.", lang="ar",
               published=None)
    assert ev and ev[0][1:3] == ("2023-05-05", "2023-05-05")


# --- the day of another figure or of a place ---------------------------------------------------

def test_weekday_in_a_comparison_is_not_the_strike_day():
    assert dates("Israeli jets struck 40 targets in Gaza on Tuesday, compared with 30 on Monday, "
                 "the army said.") == [("ISR", "2024-05-07", "2024-05-07", False)]


def test_since_binds_only_the_day_right_after_it_es():
    # "desde Haifa el martes" names where the jets came from: no running total from Tuesday
    assert dates("Los aviones israelíes, que despegaron desde Haifa el martes, bombardearon 20 objetivos de "
                 "Hezbolá en el sur del Líbano, informó el ejército.", lang="es") == \
        [("ISR", "2024-05-07", "2024-05-07", False)]


# --- running totals ----------------------------------------------------------------------------

def test_turkish_since_is_a_postposition():
    ev = dates("İsrail savaş uçakları 5 Mayıs'tan bu yana Gazze'de 300 hedefi vurdu. İsrail ordusu dün 20 "
               "hedefi vurduğunu açıkladı.", lang="tr")
    assert ("ISR", "2024-05-08", "2024-05-05", True) in ev
    assert ("ISR", "2024-05-07", "2024-05-07", False) in ev


def test_since_the_start_then_its_date_es():
    ev = dates("Desde el inicio de la guerra el 2 de mayo, la aviación israelí ha bombardeado 3000 objetivos "
               "en Gaza. Hoy atacó 40 objetivos, informó el ejército.", lang="es")
    assert ("ISR", "2024-05-08", "2024-05-02", True) in ev


def test_since_last_weekday_en():
    ev = dates("Since last Monday, Israeli jets struck 400 targets in Gaza, the army said. "
               "Israeli jets struck 150 targets today.")
    assert ("ISR", "2024-05-08", "2024-05-06", True) in ev


# --- datelines ---------------------------------------------------------------------------------

def test_dateline_date_is_the_announcement_day_not_the_strike_day():
    assert dates("Сана, 8 мая /Синьхуа/ -- Американские военные во вторник вечером нанесли несколько "
                 "авиаударов по Сане, сообщил телеканал.", lang="ru") == [("USA", "2024-05-07", "2024-05-07", False)]


def test_dateline_date_alone_dates_the_claim():
    ev = dates("Gaza, 8 mai (AFP) - L'aviation israélienne a frappé des positions du Hamas à Rafah, a indiqué "
               "l'armée.", lang="fr", published=None)
    assert ev and ev[0][1:3] == (None, None)  # no year, no published: the day stays unknown


# --- periods with the number spelled out --------------------------------------------------------

def test_past_n_days_spelled_out_in_every_word_order():
    from datetime import date

    from extractors.dates import find_dates
    from extractors.lexicon import load_all
    lex = load_all()
    for lang, text in [("en", "in the past three days"), ("fr", "ces trois derniers jours"),
                       ("de", "in den vergangenen drei Tagen"), ("ru", "за последние три дня"),
                       ("uk", "за останні три дні"), ("ar", "خلال الأيام الثلاثة الماضية"),
                       ("es", "en los últimos tres días"), ("tr", "son üç günde")]:
        found = find_dates(text, 0, len(text), lex[lang], date(2024, 5, 8))
        assert [(m.kind, m.span_days) for m in found] == [("days", 3)], lang


# --- "in total" for one night is one operation ---------------------------------------------------

def test_in_total_overnight_is_not_a_running_total():
    assert dates("In total, Russian forces launched 40 drones at Ukraine overnight, the air force said.") == \
        [("RUS", "2024-05-08", "2024-05-07", False)]


def test_au_total_yesterday_is_not_a_running_total_fr():
    assert dates("Au total, l'aviation française a mené hier 12 frappes en Irak, a indiqué l'état-major.",
                 lang="fr") == [("FRA", "2024-05-07", "2024-05-07", False)]


# --- an abbreviated month does not end the sentence ---------------------------------------------

def test_abbreviated_month_before_the_day_keeps_the_date():
    assert dates("U.S. Africa Command conducted an airstrike against al-Shabaab near Jilib, Somalia, Apr. 30.\n\n"
                 "The command's assessment is that the strike killed three terrorists.") == \
        [("USA", "2024-04-30", "2024-04-30", False)]


# --- the date of what a strike answered ---------------------------------------------------------

def test_date_of_the_attack_answered_is_not_the_strike_day():
    assert dates("Israeli jets struck Hamas targets in Gaza in response to rocket fire on Monday, "
                 "the army said.") == [("ISR", None, None, False)]


def test_strike_day_before_the_reaction_clause_stands_ru():
    assert dates("Израильская авиация во вторник нанесла удары по объектам ХАМАС в ответ на ракетный обстрел "
                 "в понедельник.", lang="ru") == [("ISR", "2024-05-07", "2024-05-07", False)]


def test_turkish_reaction_clause_before_karsilik():
    ev = dates("İsrail savaş uçakları Gazze'de Hamas'a ait iki noktayı vurdu. Ordu, saldırının, pazartesi akşam "
               "Gazze'den roket atılmasına karşılık düzenlendiğini açıkladı.", lang="tr")
    assert ev == [("ISR", None, None, False)]


def test_relative_day_reads_against_the_dateline_filed_before_publication():
    # filed on the 7th, stamped the 8th: "esta madrugada" is the 7th
    assert dates("Jerusalén, 7 may (EFE).- El Ejército israelí bombardeó esta madrugada objetivos de Hamás "
                 "en Rafah.", lang="es") == [("ISR", "2024-05-07", "2024-05-07", False)]


# --- case endings and compounds -------------------------------------------------------------

def test_day_of_month_en():
    assert dates("U.S. forces conducted an airstrike against al-Shabaab near Jilib on the 5th of May.") == \
        [("USA", "2024-05-05", "2024-05-05", False)]


def test_weekday_compounded_with_day_part_de():
    assert dates("Die israelische Luftwaffe griff am Montagabend Stellungen der Hisbollah im Südlibanon an, "
                 "teilte die Armee mit.", lang="de") == [("ISR", "2024-05-06", "2024-05-06", False)]


def test_genitive_weekdays_in_a_night_from_to_ru():
    assert dates("В ночь с понедельника на вторник российские войска атаковали Украину 40 дронами, "
                 "сообщили Воздушные силы.", lang="ru") == [("RUS", "2024-05-07", "2024-05-06", False)]


def test_month_with_turkish_case_ending():
    assert dates("İsrail savaş uçakları 5 Mayıs'ta Gazze'de Hamas'a ait 12 hedefi vurdu.", lang="tr") == \
        [("ISR", "2024-05-05", "2024-05-05", False)]


def test_since_yesterday_runs_to_the_announcement_fr():
    assert dates("L'aviation russe a détruit depuis hier 12 chars ukrainiens dans la région de Kharkiv, "
                 "a annoncé le ministère russe de la Défense.", lang="fr") == [("RUS", "2024-05-08", "2024-05-07", False)]


def test_a_dash_after_a_full_date_is_no_range():
    assert dates("On May 3, 2024 - 5 Israeli jets struck Hamas targets in Gaza, the army said.") == \
        [("ISR", "2024-05-03", "2024-05-03", False)]


# ---- dates
def test_past_24_hours_against_published():
    ev = events("Russian jets flew 20 sorties in Syria over the past 24 hours, the ministry said.", published="2015-10-12T10:00:00+00:00")
    assert (ev[0]["event_date"], ev[0]["period_start"]) == ("2015-10-12", "2015-10-11")


def test_weekday_and_yesterday():
    lex = load_all()["fr"]
    text = "hier, et lundi"
    got = find_dates(text, 0, len(text), lex, date(2015, 10, 14))
    assert [d.day for d in got] == [date(2015, 10, 13), date(2015, 10, 12)]


def test_no_published_no_relative_date():
    ev = events("Israeli jets struck Hamas targets in Gaza yesterday, the army said.", published=None)
    assert ev and ev[0]["event_date"] is None


def test_running_total_is_a_second_event():
    ev = events("Les avions russes ont réalisé 30 sorties et frappé 40 cibles en Syrie en 24 heures, a annoncé "
                "le ministère. L'aviation russe a effectué depuis le 30 septembre 900 raids en Syrie.",
                lang="fr", published="2015-10-12T10:00:00+00:00")
    kinds = sorted((e["cumulative"], e["period_start"]) for e in ev)
    assert kinds == [(False, "2015-10-11"), (True, "2015-09-30")]


def test_published_parsing():
    assert parse_published("2015-10-12T14:00:00+00:00") == date(2015, 10, 12)
    assert parse_published("garbage") is None


def test_dateline_with_a_country_is_not_the_strike_day():
    ev = events("LAGOS, Nigeria, Aug 16 - Nigerian Air Force jets struck hideouts of Islamic State "
                "fighters in Borno state on Tuesday, the military said on Wednesday.",
                published="2023-08-16T10:00:00+00:00")
    assert ev[0]["event_date"] == "2023-08-15" and ev[0]["period_start"] == "2023-08-15"


def test_night_ending_a_named_day_starts_the_day_before():
    ev = events("Die israelische Luftwaffe hat nach Armeeangaben in der Nacht zum Dienstag Ziele der "
                "Hisbollah im Libanon angegriffen.", lang="de", published="2024-04-16T07:00:00+00:00")
    assert (ev[0]["event_date"], ev[0]["period_start"]) == ("2024-04-16", "2024-04-15")
    ev = events("В ночь на 14 мая российские беспилотники атаковали объекты в Харьковской области, "
                "сообщили Воздушные силы Украины.", lang="ru")
    assert (ev[0]["event_date"], ev[0]["period_start"]) == ("2024-05-14", "2024-05-13")


def test_running_total_without_a_figure_is_not_coded():
    ev = events("Les avions russes ont bombardé 53 cibles en Syrie, a annoncé le ministère. Selon le ministère, "
                "les frappes russes ont détruit depuis leur lancement le 30 septembre une partie de l'arsenal.",
                lang="fr", published="2024-02-08T10:00:00+00:00")
    assert [e["cumulative"] for e in ev] == [False]


def test_weekend_is_its_sunday():
    ev = events("Israeli jets struck Hezbollah positions in southern Lebanon over the weekend, the IDF said.",
                published="2024-02-05T09:00:00+00:00")
    assert ev[0]["event_date"] == "2024-02-04"


def test_dateline_day_is_not_the_strike_day():
    ev = events("NAIROBI, 27 février - Africom a annoncé lundi avoir mené le 25 février une frappe aérienne "
                "contre les shebab près de Bulo Burte.", lang="fr", published="2024-02-27T09:00:00+00:00")
    assert ev[0]["event_date"] == "2024-02-25"


def test_past_24_hours_is_not_history():
    ev = events("Russian warplanes flew 14 sorties over Syria in the past 24 hours and hit 23 targets, "
                "the Russian Defence Ministry said.", published="2024-02-08T10:00:00+00:00")
    assert ev and ev[0]["sorties"] == 14 and ev[0]["targets"] == 23


# --- dates written in digits ------------------------------------------------------------------

def test_numeric_dates_with_a_year_need_no_published_date():
    cases = [
        ("de", "Die israelische Luftwaffe hat am 03.05.2024 Stellungen der Hisbollah im Südlibanon angegriffen."),
        ("ru", "Израильская авиация 03.05.2024 нанесла удары по позициям Хезболлы на юге Ливана."),
        ("tr", "İsrail savaş uçakları 03.05.2024 tarihinde Lübnan'ın güneyinde Hizbullah mevzilerini vurdu."),
        ("fr", "L'aviation israélienne a frappé le 03/05/2024 des positions du Hezbollah au Sud-Liban."),
        ("en", "Israeli jets struck Hezbollah positions in southern Lebanon on 2024-05-03, the army said."),
    ]
    for lang, text in cases:
        ev = dates(text, lang=lang, published=None)
        assert ev and ev[0][1:3] == ("2024-05-03", "2024-05-03"), (lang, ev)


def test_slash_dates_follow_the_language_order():
    lex = load_all()
    us = find_dates("on 5/3/2024", 0, 11, lex["en"], None)
    fr = find_dates("le 5/3/2024", 0, 11, lex["fr"], None)
    assert [m.day for m in us] == [date(2024, 5, 3)]
    assert [m.day for m in fr] == [date(2024, 3, 5)]
    # only one reading is a date: it is taken whatever the order
    assert [m.day for m in find_dates("on 25/3/2024", 0, 12, lex["en"], None)] == [date(2024, 3, 25)]


def test_digits_without_a_year_or_with_decimals_are_no_date():
    lex = load_all()
    for text in ("a ratio of 3/4", "version 1.2.2024x", "scored 12.5.2024.7"):
        assert find_dates(text, 0, len(text), lex["en"], date(2024, 5, 8)) == [], text


def test_year_in_arabic_indic_digits():
    ev = dates("أعلن الجيش الإسرائيلي أن طائراته الحربية أغارت في ٣ مايو ٢٠٢٤ على مواقع لحزب الله في جنوب لبنان.",
               lang="ar", published=None)
    assert ev and ev[0][1:3] == ("2024-05-03", "2024-05-03")


def test_genitive_ordinal_day_ru_uk():
    assert dates("Израильская авиация 6-го мая нанесла удары по позициям Хезболлы на юге Ливана.", lang="ru") \
        == [("ISR", "2024-05-06", "2024-05-06", False)]
    assert dates("Ізраїльська авіація 6-го травня завдала ударів по позиціях Хезболли на півдні Лівану.",
                 lang="uk")[0][1:3] == ("2024-05-06", "2024-05-06")


# --- a night, a midnight, a last evening ------------------------------------------------------

def test_last_night_beats_yesterday_where_they_overlap():
    lex = load_all()
    for lang, text in (("tr", "dün gece"), ("ar", "ليلة أمس")):
        found = find_dates(text, 0, len(text), lex[lang], date(2024, 5, 8))
        assert [m.kind for m in found] == ["overnight"], lang


def test_midnight_alone_is_the_night_before_the_announcement():
    for lang, text in (
        ("en", "Israeli jets struck Hezbollah positions in southern Lebanon shortly after midnight, the army said."),
        ("de", "Die israelische Luftwaffe hat kurz nach Mitternacht Stellungen der Hisbollah im Südlibanon angegriffen."),
        ("es", "La aviación israelí bombardeó pasada la medianoche posiciones de Hezbolá en el sur del Líbano."),
        ("ru", "Израильская авиация после полуночи нанесла удары по позициям Хезболлы на юге Ливана."),
    ):
        ev = dates(text, lang=lang)
        assert ev and ev[0][1:3] == ("2024-05-08", "2024-05-07"), (lang, ev)


def test_midnight_next_to_its_day_is_that_day():
    assert dates("Israeli jets struck Hezbollah positions in southern Lebanon shortly after midnight on Tuesday, "
                 "the army said.") == [("ISR", "2024-05-07", "2024-05-07", False)]


def test_midnight_beside_the_day_of_the_statement_is_still_the_night_ar():
    ev = dates("وقال المتحدث، في بيان صباح الأربعاء، إن الطائرات الإسرائيلية أغارت بعد منتصف الليل على مواقع "
               "لحزب الله في جنوب لبنان.", lang="ar")
    assert ev and ev[0][1:3] == ("2024-05-08", "2024-05-07")


def test_last_evening_is_yesterday():
    for lang, text in (
        ("en", "Israeli jets struck Hezbollah positions in southern Lebanon last evening, the army said."),
        ("ru", "Израильская авиация прошлым вечером нанесла удары по позициям Хезболлы на юге Ливана."),
        ("uk", "Ізраїльська авіація минулого вечора завдала ударів по позиціях Хезболли на півдні Лівану."),
    ):
        ev = dates(text, lang=lang)
        assert ev and ev[0][1:3] == ("2024-05-07", "2024-05-07"), (lang, ev)


def test_past_night_en():
    assert dates("Over the past night, Russian aircraft struck 30 Ukrainian military facilities, the ministry said.") \
        == [("RUS", "2024-05-08", "2024-05-07", False)]


def test_turkish_night_from_one_weekday_to_the_next():
    for text in ("İsrail savaş uçakları pazartesiyi salıya bağlayan gece Lübnan'da Hizbullah mevzilerini vurdu.",
                 "İsrail savaş uçakları Pazartesi'yi Salı'ya bağlayan gece Lübnan'da Hizbullah mevzilerini vurdu."):
        assert dates(text, lang="tr") == [("ISR", "2024-05-07", "2024-05-06", False)], text


# --- a weekend, a week -----------------------------------------------------------------------

def test_weekend_runs_from_saturday():
    assert dates("Israeli jets struck Hezbollah positions in southern Lebanon over the weekend, the army said.") \
        == [("ISR", "2024-05-05", "2024-05-04", False)]


def test_past_week_is_a_period_of_seven_days():
    for lang, text in (
        ("en", "Over the past week, Israeli jets struck 40 Hezbollah targets in southern Lebanon, the army said."),
        ("fr", "Au cours de la semaine écoulée, l'aviation israélienne a frappé 40 cibles du Hezbollah au Liban."),
        ("es", "En la última semana, la aviación israelí bombardeó 40 objetivos de Hezbolá en el Líbano."),
        ("de", "Innerhalb der vergangenen Woche hat die israelische Luftwaffe 40 Ziele der Hisbollah im Libanon angegriffen."),
        ("ru", "За прошедшую неделю израильская авиация нанесла удары по 40 объектам Хезболлы в Ливане."),
        ("uk", "За минулий тиждень ізраїльська авіація завдала ударів по 40 об'єктах Хезболли в Лівані."),
        ("tr", "İsrail savaş uçakları son bir haftada Lübnan'da Hizbullah'a ait 40 hedefi vurdu."),
    ):
        ev = dates(text, lang=lang)
        assert ev and ev[0][1:] == ("2024-05-08", "2024-05-01", False), (lang, ev)


def test_last_week_names_no_day():
    assert dates("Israeli jets struck Hezbollah positions in southern Lebanon last week, the army said.") == \
        [("ISR", None, None, False)]


# --- a short "since" is the report's period, unless a day's figure stands beside it -------------

def test_since_a_recent_weekday_alone_is_the_period_of_the_report():
    assert dates("Israeli jets have struck 40 Hezbollah targets in southern Lebanon since Friday, the army said.") \
        == [("ISR", "2024-05-08", "2024-05-03", False)]
    assert dates("Seit Freitag hat die israelische Luftwaffe 40 Ziele der Hisbollah im Libanon angegriffen.",
                 lang="de") == [("ISR", "2024-05-08", "2024-05-03", False)]


def test_weekly_summary_since_a_recent_date_folds_its_details_in_fr():
    ev = dates("Depuis le 1er mai, les avions français ont réalisé 30 sorties au-dessus de l'Irak. "
               "Le 4 mai, une patrouille de Rafale a frappé un dépôt d'armes de Daech près de Mossoul.", lang="fr")
    assert ev == [("FRA", "2024-05-08", "2024-05-01", False)]


def test_since_a_date_long_ago_stays_a_running_total():
    ev = dates("Depuis le 15 mars, les avions français ont frappé 300 cibles de Daech en Irak. "
               "Hier, des Rafale ont frappé quatre positions près de Mossoul.", lang="fr")
    assert ("FRA", "2024-05-08", "2024-03-15", True) in ev
    assert ("FRA", "2024-05-07", "2024-05-07", False) in ev


# --- the announcement day after a verb-first claim ---------------------------------------------

def test_weekday_between_commas_after_the_claimant_is_the_announcement_ar():
    ev = dates("أعلنت خلية الإعلام الأمني التابعة للحكومة العراقية، الثلاثاء، تدمير مخبأ لداعش بضربة جوية في "
               "كركوك في 5 مايو.", lang="ar")
    assert ev and ev[0][1:3] == ("2024-05-05", "2024-05-05")


# --- what the day belongs to ----------------------------------------------------------------

def test_day_in_a_fronted_adverbial_clause_is_the_earlier_event_de():
    assert dates("Nachdem am Montag eine Rakete aus dem Gazastreifen abgefeuert worden war, griff die israelische "
                 "Luftwaffe in der Nacht Ziele der Hamas an.", lang="de") == [("ISR", "2024-05-08", "2024-05-07", False)]


def test_day_in_a_trailing_clause_naming_another_side_en():
    assert dates("Israeli jets struck Hamas targets in Gaza overnight after Hamas fired rockets at Sderot on Monday, "
                 "the army said.") == [("ISR", "2024-05-08", "2024-05-07", False)]


def test_before_dawn_on_a_day_is_that_day():
    assert dates("Israeli jets struck Hamas targets in Gaza before dawn on Tuesday, the army said.") == \
        [("ISR", "2024-05-07", "2024-05-07", False)]


def test_reaction_clause_with_a_contracted_article_fr_es():
    assert dates("L'aviation tchadienne a frappé mardi des positions de Boko Haram en représailles au raid "
                 "de lundi contre Baga Sola.", lang="fr") == [("TCD", "2024-05-07", "2024-05-07", False)]
    ev = dates("La aviación israelí bombardeó el martes objetivos de Hamás en respuesta al ataque del lunes "
               "contra Sderot.", lang="es")
    assert ev and ev[0][1:3] == ("2024-05-07", "2024-05-07")


def test_day_far_before_the_strike_is_another_event():
    ev = dates("L'armée congolaise a bombardé mardi les positions du Mouvement du 2 février dans le Nord-Kivu.",
               lang="fr")
    assert ev and ev[0][1:3] == ("2024-05-07", "2024-05-07")


def test_a_follow_up_sentence_about_something_else_does_not_open_the_period():
    ev = dates("Israeli jets struck Hamas targets in Gaza before dawn on Tuesday, the army said. "
               "Two rockets had been launched at Israel late on Sunday, without causing damage.")
    assert ev and ev[0][1:3] == ("2024-05-07", "2024-05-07")


@pytest.mark.parametrize("lang,text", [
    ("en", "Turkish jets struck PKK positions in Duhok on 3 May, the defence ministry said. "
           "On 5 May the jets hit another hideout in Zakho."),
    ("fr", "L'armée irakienne a indiqué que des F-16 ont frappé le 3 mai une cache de l'EI à Kirkouk. "
           "Le 5 mai, les avions ont frappé une autre cache à Kirkouk."),
    ("ru", "Иракская армия сообщила, что F-16 3 мая нанесли удар по укрытию ИГ в Киркуке. "
           "5 мая самолеты нанесли удар по другому укрытию в Киркуке."),
    ("ar", "قالت وزارة الدفاع التركية إن مقاتلات قصفت يوم 3 مايو مواقع لحزب العمال الكردستاني في دهوك. "
           "وفي 5 مايو قصفت المقاتلات مخبأ آخر في زاخو."),
])
def test_a_later_strike_sentence_of_the_same_aircraft_ends_the_period(lang, text):
    # a following strike sentence that names no side, by the same means, continues the
    # actor's strikes: the period runs from the first day to its day (window.FOLLOW_ON_DAYS)
    ev = dates(text, lang=lang)
    assert ev and ev[0][1:3] == ("2024-05-05", "2024-05-03"), (lang, ev)


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli jets struck Hamas targets in Gaza on 3 May, the army said. On 5 May two rockets were fired from Gaza."),
    ("ar", "قصفت طائرات إسرائيلية يوم 3 مايو مواقع لحماس في غزة، بحسب الجيش. وفي 5 مايو أطلقت صاروخان من غزة."),
])
def test_a_later_launch_by_other_means_does_not_extend_the_period(lang, text):
    # rockets after the jets' strike are the other side's: the period stays the jets' day
    ev = dates(text, lang=lang)
    assert ev and ev[0][1:3] == ("2024-05-03", "2024-05-03"), (lang, ev)


def test_night_before_a_day_uk_proty():
    for text in ("Російські війська у ніч проти вівторка атакували Україну 40 ударними дронами, повідомили "
                 "Повітряні сили.",
                 "Російські війська в ніч проти 7 травня атакували Україну 40 ударними дронами, повідомили "
                 "Повітряні сили."):
        ev = dates(text, lang="uk")
        assert ev and ev[0][1:3] == ("2024-05-07", "2024-05-06"), text


def test_past_day_as_elapsed_day_ru_uk():
    ev = dates("За истекшие сутки российская авиация нанесла удары по 40 объектам ВСУ, сообщило Минобороны.",
               lang="ru")
    assert ev and ev[0][1:3] == ("2024-05-08", "2024-05-07")
    ev = dates("Протягом минулої доби російська авіація завдала 20 авіаударів по позиціях ЗСУ, повідомив Генштаб.",
               lang="uk")
    assert ev and ev[0][1:3] == ("2024-05-08", "2024-05-07")


def test_dateline_with_a_year_dates_the_claim_without_published():
    ev = dates("WASHINGTON, May 6, 2024 - U.S. forces struck Houthi radar sites in Yemen, the Pentagon said.",
               published=None)
    assert ev and ev[0][1:3] == ("2024-05-06", "2024-05-06")


def test_dateline_day_does_not_hide_today_after_the_claim_verb_es():
    ev = dates("MADRID, 8 may (EFE) -- Aviones rusos destruyeron depósitos del EI en Siria, informó hoy el ministerio. "
               "El martes, el ministerio indicó que un submarino ruso lanzó misiles contra el EI.", lang="es")
    assert ev and ev[0][1:3] == ("2024-05-08", "2024-05-07")


def test_the_nearest_neighbouring_report_dates_an_undated_event():
    ev = dates("Israeli jets struck Hezbollah positions in southern Lebanon, the army said. "
               "It gave no details. Hezbollah did not comment. "
               "Overnight, sirens sounded in Metula as rockets were intercepted.")
    assert ev and ev[0][1:3] == ("2024-05-08", "2024-05-07")


# --- one year for a whole date expression ------------------------------------------------------

def test_year_after_a_range_dates_both_ends():
    lex = load_all()
    found = find_dates("between May 3-5, 2024", 0, 21, lex["en"], None)
    assert sorted(m.day for m in found) == [date(2024, 5, 3), date(2024, 5, 5)]


def test_two_joined_dates_share_the_year_written_once():
    lex = load_all()
    for lang, text in (("en", "on 28 December and 2 January 2024"), ("en", "from May 3 to May 5, 2024"),
                       ("fr", "le 28 décembre et le 2 janvier 2024")):
        found = [m.day for m in find_dates(text, 0, len(text), lex[lang], None)]
        assert None not in found and len(found) == 2, (lang, found)
        assert found[0] < found[1], (lang, found)
    assert [m.day for m in find_dates("on 28 December and 2 January 2024", 0, 33, lex["en"], None)] == \
        [date(2023, 12, 28), date(2024, 1, 2)]


def test_spanish_ordinal_sign_on_the_first_of_the_month():
    ev = dates("La aviación israelí bombardeó el 1º de mayo de 2024 posiciones de Hezbolá en el sur del Líbano.",
               lang="es", published=None)
    assert ev and ev[0][1:3] == ("2024-05-01", "2024-05-01")


def test_running_total_without_published_has_no_first_day_alone():
    ev = dates("Since 1 March 2024, Israeli jets have struck 3000 targets in Gaza, the army said. "
               "Israeli jets struck 40 targets in Gaza today.", published=None)
    assert all(e[2] is None or e[1] is not None for e in ev), ev


def test_running_total_of_things_destroyed_is_coded_beside_a_daily_figure():
    ev = events("Russian aircraft destroyed 12 Ukrainian tanks overnight, the ministry said. In total, since the "
                "start of the operation, Russian forces have destroyed 140 aircraft and 900 tanks.", published=WED)
    assert sorted((e["actor"], e["cumulative"]) for e in ev) == [("RUS", False), ("RUS", True)]


# --- a running total since a month of an earlier year ------------------------------------------

def test_running_total_since_a_month_of_an_earlier_year():
    for lang, text in (
        ("en", "Since March 2023, Russian aircraft have struck 9000 targets in Ukraine, the ministry said. "
               "Russian aircraft struck 30 targets overnight."),
        ("ru", "С марта 2023 года российская авиация поразила 9000 целей на Украине. За минувшие сутки российская "
               "авиация поразила 30 целей."),
        ("es", "Desde marzo de 2023, la aviación rusa ha bombardeado 9000 objetivos en Ucrania. Hoy la aviación rusa "
               "bombardeó 30 objetivos."),
        ("tr", "Rus savaş uçakları Mart 2023'ten bu yana Ukrayna'da 9000 hedefi vurdu. Rus savaş uçakları dün 30 "
               "hedefi vurdu."),
    ):
        ev = dates(text, lang=lang)
        assert ("RUS", "2024-05-08", "2023-03-01", True) in ev, (lang, ev)
        assert any(not e[3] for e in ev), (lang, ev)


def test_a_bare_year_after_since_in_a_side_clause_is_background():
    ev = dates("La coalición liderada por Arabia Saudí bombardeó hoy cinco posiciones de los hutíes en Saná. "
               "El último bombardeo en la capital, controlada por los hutíes desde 2014, fue el pasado 30 de marzo.",
               lang="es")
    assert [e[3] for e in ev] == [False]


def test_the_day_before_yesterday_in_every_language():
    lex = load_all()
    for lang, text in (("en", "on the day before yesterday"), ("fr", "avant-hier"), ("es", "anteayer"),
                       ("de", "vorgestern"), ("ru", "позавчера"), ("uk", "позавчора"), ("tr", "evvelsi gün"),
                       ("ar", "أول أمس")):
        found = find_dates(text, 0, len(text), lex[lang], date(2024, 5, 8))
        assert [(m.kind, m.day) for m in found] == [("yesterday", date(2024, 5, 6))], lang
    ev = dates("Russian aircraft struck 20 targets near Avdiivka the day before yesterday, the ministry said.")
    assert ev == [("RUS", "2024-05-06", "2024-05-06", False)]


def test_in_the_last_day_reads_like_the_last_24_hours():
    assert dates("In the last day, Russian aircraft struck 30 Ukrainian military facilities, the ministry said.") \
        == [("RUS", "2024-05-08", "2024-05-07", False)]


# --- without a publication date ------------------------------------------------------------------

def test_without_published_a_relative_strike_day_is_not_replaced_by_a_background_date():
    ev = dates("Israeli jets struck Hamas targets in Gaza on Tuesday, seven months after the attack of "
               "7 October 2023, the army said.", published=None)
    assert ev and ev[0][1:3] == (None, None)


def test_without_published_a_weekday_naming_the_dated_day_keeps_it():
    for lang, text in (("fr", "L'aviation malienne a frappé ce mardi 7 mai 2024 des positions jihadistes près de Kidal."),
                       ("en", "Israeli jets struck Hamas targets in Gaza on Tuesday (May 7, 2024), the army said.")):
        ev = dates(text, lang=lang, published=None)
        assert ev and ev[0][1:3] == ("2024-05-07", "2024-05-07"), (lang, ev)


def test_since_a_weekday_in_its_case_forms_ru_uk_tr():
    for lang, text in (
        ("ru", "Израильская авиация с пятницы нанесла удары по 40 объектам Хезболлы в Ливане."),
        ("uk", "Ізраїльська авіація з п'ятниці завдала ударів по 40 об'єктах Хезболли в Лівані."),
        ("tr", "İsrail savaş uçakları cumadan bu yana Lübnan'da Hizbullah'a ait 40 hedefi vurdu."),
    ):
        assert dates(text, lang=lang) == [("ISR", "2024-05-08", "2024-05-03", False)], lang


# --- the day of the statement, the day of the strike -------------------------------------------

def test_day_opening_the_sentence_before_the_claim_is_the_statement_day():
    for lang, text in (
        ("en", "On Wednesday, the Israeli military said its jets had struck 20 Hezbollah targets on Monday."),
        ("fr", "Mercredi, l'armée israélienne a annoncé que ses avions avaient frappé lundi 20 cibles du Hezbollah."),
        ("es", "El miércoles, el ejército israelí informó que sus aviones bombardearon el lunes 20 objetivos de Hezbolá."),
        ("de", "Am Mittwoch teilte die israelische Armee mit, ihre Kampfjets hätten am Montag 20 Ziele der Hisbollah "
               "angegriffen."),
    ):
        ev = dates(text, lang=lang)
        assert ev and ev[0][1:3] == ("2024-05-06", "2024-05-06"), (lang, ev)


def test_day_after_that_is_the_strike_day_not_the_statement_day_ru():
    ev = dates("В среду Армия обороны Израиля сообщила, что ее авиация в понедельник нанесла удары по 20 объектам "
               "Хезболлы.", lang="ru")
    assert ev and ev[0][1:3] == ("2024-05-06", "2024-05-06")


def test_opening_day_alone_still_dates_the_strike():
    assert dates("On Tuesday, the Israeli military said its jets struck 20 Hezbollah targets.") == \
        [("ISR", "2024-05-07", "2024-05-07", False)]


def test_turkish_statement_phrase_after_its_day():
    for text in ("İsrail ordusu, çarşamba günü yaptığı açıklamada, savaş uçaklarının pazartesi günü Lübnan'da "
                 "Hizbullah'a ait 20 hedefi vurduğunu bildirdi.",
                 "İsrail ordusunun 8 Mayıs'ta yaptığı açıklamaya göre savaş uçakları pazartesi günü Lübnan'da "
                 "Hizbullah'a ait 20 hedefi vurdu.",
                 "İsrail ordusu, savaş uçaklarının pazartesi günü Lübnan'da Hizbullah'a ait 20 hedefi vurduğunu "
                 "çarşamba günü açıkladı."):
        ev = dates(text, lang="tr")
        assert ev and ev[0][1:3] == ("2024-05-06", "2024-05-06"), text


def test_day_right_before_the_claim_verb_is_the_statement_day():
    for lang, text in (
        ("en", "The Israeli military on Wednesday said its jets had struck 20 Hezbollah targets on Monday."),
        ("de", "Wie die israelische Armee am Mittwoch mitteilte, griffen Kampfjets am Montag 20 Ziele der Hisbollah an."),
        ("ru", "Армия обороны Израиля в среду сообщила, что ее авиация в понедельник нанесла удары по 20 объектам "
               "Хезболлы."),
        ("uk", "Армія оборони Ізраїлю в середу повідомила, що її авіація в понеділок завдала ударів по 20 об'єктах "
               "Хезболли."),
    ):
        ev = dates(text, lang=lang)
        assert ev and ev[0][1:3] == ("2024-05-06", "2024-05-06"), (lang, ev)


# a report that dates the strike "yesterday" and its announcement "today": the announcement's
# day is no day of the strike, in the event's own sentences or in a neighbouring one it borrows
@pytest.mark.parametrize("lang,text", [
    ("en", "U.S. and coalition forces continued to attack ISIS in Syria yesterday, officials reported "
           "today.\n\nAircraft conducted 14 strikes in Syria:\n\n-- Near Raqqah, 13 strikes engaged 10 "
           "ISIS tactical units."),
    ("fr", "Des avions russes ont bombardé hier des positions de l'EI en Syrie, a annoncé aujourd'hui le "
           "ministère russe de la Défense.\n\nAu total, 14 frappes ont été menées :\n\n- Près de Raqqa, "
           "13 frappes ont touché 10 positions de l'EI."),
    ("es", "Aviones rusos bombardearon ayer posiciones del EI en Siria, informó hoy el Ministerio de "
           "Defensa ruso.\n\nEn total se realizaron 14 ataques:\n\n- Cerca de Raqqa, 13 ataques "
           "alcanzaron 10 posiciones del EI."),
])
def test_the_day_a_report_was_announced_is_no_day_of_the_strike(lang, text):
    ev = events(text, lang=lang)
    assert len(ev) == 1 and ev[0]["strikes"] == 14
    assert (ev[0]["event_date"], ev[0]["period_start"]) == ("2024-05-13", "2024-05-13")
