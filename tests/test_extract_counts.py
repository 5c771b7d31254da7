"""Counts stage: numbers bound to the right slot (strikes, targets, killed), a single strike
stated as one, approximations and restated figures, numerals in their case forms. Every
sentence here is invented."""
from __future__ import annotations

import pytest

from extractors import extract_document


def events(text, lang="en", published="2024-03-14T08:00:00+00:00"):
    return extract_document({"id": "t", "text": text, "lang": lang, "published": published})["events"]


def first(text, lang="en"):
    ev = events(text, lang)
    assert ev, text
    return ev[0]


# --- a single strike with an article (CONVENTIONS, Numbers) --------------------------------

@pytest.mark.parametrize("text,lang", [
    ("The Nigerian air force conducted a precision airstrike near the village of Oldtown on Tuesday, "
     "the Nigerian military said.", "en"),
    ("L'armée française a mené mardi une frappe aérienne contre un dépôt d'armes près de Gao, a indiqué "
     "l'état-major.", "fr"),
    ("El ejército israelí llevó a cabo el martes un bombardeo contra un depósito de armas en Gaza, "
     "informó el ejército.", "es"),
    ("Die israelische Luftwaffe hat am Dienstag einen Luftangriff auf ein Waffenlager im Gazastreifen "
     "geflogen, teilte die Armee mit.", "de"),
    ("İsrail ordusu salı günü Gazze'deki bir silah deposuna bir hava saldırısı düzenlediğini açıkladı.", "tr"),
    ("قال الجيش الإسرائيلي إن طائرة حربية شنت غارة على مستودع أسلحة في غزة يوم الثلاثاء.", "ar"),
])
def test_a_single_strike_with_an_article_counts_one(text, lang):
    assert first(text, lang)["strikes"] == 1


@pytest.mark.parametrize("text,lang", [
    # an unnumbered plural beside it: how many is not said
    ("The Nigerian air force conducted an airstrike near Oldtown on Tuesday after days of airstrikes on the "
     "hills, the military said.", "en"),
    # a massive strike is no count of one
    ("Российские войска нанесли массированный удар по складу в Харькове, сообщило Минобороны.", "ru"),
    ("L'armée israélienne a mené mardi une frappe massive contre le Hezbollah au Liban, a indiqué l'armée.", "fr"),
])
def test_no_count_of_one_for_plurals_or_massive_strikes(text, lang):
    assert first(text, lang)["strikes"] is None


# --- the words a number skips to reach its noun ---------------------------------------------

def test_a_sortie_count_is_not_read_as_strikes_or_targets():
    e = first("Самолеты ВКС России выполнили 25 вылетов и нанесли удары по 60 объектам боевиков в "
              "провинции Идлиб, сообщило Минобороны России.", "ru")
    assert (e["sorties"], e["strikes"], e["targets"]) == (25, None, 60)


def test_the_nearer_number_owns_the_noun():
    e = first("ABD ordusu, Suriye'de üç bölgedeki on iki hedefe hava saldırısı düzenlediğini açıkladı.", "tr")
    assert (e["strikes"], e["targets"]) == (None, 12)


def test_an_approximation_before_a_preposition_and_number():
    e = first("ВВС Израиля нанесли удары более чем по 30 целям в Ливане, сообщила армия Израиля.", "ru")
    assert e["targets"] is None


def test_a_numeral_restated_in_brackets():
    e = first("U.S. Africa Command said an airstrike near Jilib on Monday killed three (3) al-Shabaab "
              "terrorists.")
    assert e["killed"] == 3


# --- killed -----------------------------------------------------------------------------------

def test_verb_final_killed_count():
    e = first("İsrail ordusu, Lübnan'ın güneyine düzenlediği hava saldırısında 3 Hizbullah mensubunun "
              "öldürüldüğünü açıkladı.", "tr")
    assert e["killed"] == 3


@pytest.mark.parametrize("text,lang", [
    ("Milli Savunma Bakanlığı, Irak'ın kuzeyine düzenlenen hava harekâtında 7 PKK'lı teröristin etkisiz "
     "hâle getirildiğini açıkladı.", "tr"),
    ("Минобороны России сообщило, что авиация нанесла удары по позициям боевиков в Идлибе, нейтрализовано "
     "15 боевиков.", "ru"),
])
def test_neutralised_is_not_killed(text, lang):
    assert first(text, lang)["killed"] is None


def test_a_bound_after_a_suffixed_numeral_is_approximate():
    e = first("ABD ordusu, Suriye'de düzenlediği hava saldırılarında 40'tan fazla teröristin öldürüldüğünü "
              "açıkladı.", "tr")
    assert e["killed"] is None


def test_a_figure_restated_as_an_approximation_is_approximate():
    e = first("Israeli jets struck 400 Hezbollah targets in southern Lebanon on Tuesday, the army said. "
              "The army said the jets struck approximately 400 targets overnight.")
    assert e["targets"] is None


# --- numerals in their case forms and with clitics -------------------------------------------

@pytest.mark.parametrize("text,lang,targets", [
    ("Израильские истребители нанесли удары по четырем военным объектам в Ливане, сообщила армия Израиля.",
     "ru", 4),
    ("Російські літаки завдали ударів по чотирьом об'єктах у Харкові, повідомили Повітряні сили ЗСУ.",
     "uk", 4),
])
def test_numerals_in_case_forms(text, lang, targets):
    assert first(text, lang)["targets"] == targets


def test_arabic_number_with_a_glued_conjunction_adds_up():
    e = first("قال الجيش الأمريكي إن التحالف نفذ ست ضربات جوية في سوريا وخمس ضربات في العراق يوم الاثنين.", "ar")
    assert e["strikes"] == 11


def test_a_number_does_not_reach_past_a_strike_verb():
    e = first("أعلن الجيش الإسرائيلي أن سلاح الجو نفذ هجوما على غزة بثلاث طائرات مسيرة استهدفت مواقع لحركة حماس.", "ar")
    assert e["targets"] is None


# --- counts that add up -----------------------------------------------------------------------

def test_elided_strike_nouns_in_a_list_add_up():
    e = first("Американские военные в четверг нанесли авиаудары по Йемену. Четыре удара были нанесены по "
              "району Бейт-Мерад к югу от города, три -- по району аэропорта, еще один -- по порту, "
              "сообщили местные жители.", "ru")
    assert e["strikes"] == 8


def test_a_total_stated_beside_its_country_parts_is_not_added_again():
    e = first("La coalition a mené le 3 juin 12 frappes contre l'EI en Irak et en Syrie, selon un communiqué de "
              "la CJTF-OIR. En Irak, cinq frappes près de Mossoul ont détruit deux véhicules. En Syrie, sept "
              "frappes près de Raqqa ont visé trois unités tactiques.", "fr")
    assert e["strikes"] == 12


# --- what counts as targets -------------------------------------------------------------------

def test_launched_aerial_objects_are_no_targets():
    e = first("Уночі ворог атакував Україну, випустивши 37 повітряних об'єктів по Київській області, повідомили "
              "Повітряні сили ЗСУ.", "uk")
    assert e["targets"] is None


def test_typed_positions_are_not_generic_targets_but_locations_are():
    e = first("Russian jets flew 20 sorties and destroyed 31 fortified positions in Idlib, the Russian Defence "
              "Ministry said.")
    assert e["targets"] is None
    e = first("Pakistani jets bombed three locations in Khost province on Monday, the Pakistani military said.")
    assert e["targets"] == 3


# --- platform designations ----------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("U.S. Navy F/A-18s and F-15Es struck Houthi radar sites near Hodeidah on Monday, CENTCOM said.", "en",
     {"F/A-18", "F-15E"}),
    ("Russian SU-34 jets struck militant positions in Idlib overnight, the Russian Defence Ministry said.",
     "en", {"Su-34"}),
    ("Уночі ворог завдав удару по Одесі ракетами Х-31П та С-300, а бомбардувальник «Ту22М3» випустив "
     "ракету Х-22, повідомили Повітряні сили ЗСУ.", "uk", {"Kh-31P", "S-300", "Tu-22M3", "Kh-22"}),
    ("Royal Air Force Typhoon FGR4s struck a Houthi drone factory south of Sanaa, the British Ministry of "
     "Defence said.", "en", {"Typhoon FGR4"}),
])
def test_designations_in_their_written_forms(text, lang, expected):
    assert expected <= set(first(text, lang)["platforms"])


# --- target types -------------------------------------------------------------------------------

def types(e):
    return {t["type"] for t in e["targets_hit"]}


@pytest.mark.parametrize("text,lang", [
    ("Минобороны России сообщило, что украинские беспилотники атаковали Курскую область; дежурные средства "
     "ПВО перехватили и уничтожили 15 дронов.", "ru"),
    ("La Russie a lancé dans la nuit 30 drones contre l'Ukraine, dont 25 ont été abattus par la défense "
     "antiaérienne, a indiqué l'armée de l'air ukrainienne.", "fr"),
])
def test_the_defenders_air_defence_is_not_a_target(text, lang):
    assert "air_defense" not in types(first(text, lang))


@pytest.mark.parametrize("text,lang,expected", [
    ("Ізраїльська армія завдала ударів по військовій інфраструктурі угруповання хуситів у порту Ходейда, "
     "повідомив ЦАХАЛ.", "uk", "building"),
    ("İsrail ordusu, Lübnan'ın güneyindeki Hizbullah altyapılarına hava saldırıları düzenlediğini açıkladı.",
     "tr", "building"),
    ("Российские войска нанесли удар по объектам энергетической инфраструктуры Украины, сообщили Воздушные "
     "силы ВСУ.", "ru", "infrastructure"),
])
def test_military_infrastructure_is_a_building_energy_infrastructure_is_not(text, lang, expected):
    assert expected in types(first(text, lang))


@pytest.mark.parametrize("text,lang,expected", [
    ("Sudanese warplanes struck a supply convoy of the rebels near El Obeid on Monday, the army said.", "en",
     "vehicle"),
    ("La aviación ucraniana bombardeó dos puestos de control de los separatistas prorrusos en las afueras de "
     "Lugansk, informó el Ministerio de Defensa de Ucrania.", "es", "crossing_point"),
    ("Estados Unidos bombardeó posiciones de los rebeldes hutíes en Yemen, informó el Pentágono.", "es",
     "fighting_position"),
    ("Israeli jets struck a Hamas command-and-control node in Gaza City, the IDF said.", "en", "command_post"),
    ("İsrail ordusu, Lübnan'ın güneyine düzenlediği hava saldırısında Hizbullah'ın kullandığı araçları hedef "
     "aldığını açıkladı.", "tr", "vehicle"),
])
def test_target_synonyms(text, lang, expected):
    assert expected in types(first(text, lang))


def test_a_generic_noun_heading_a_typed_name_is_no_target_count():
    e = first("L'aviation israélienne a frappé dans la nuit trois sites de production d'armes du Hamas à Gaza, "
              "a annoncé l'armée israélienne.", "fr")
    assert e["targets"] is None and "factory" in types(e)


def test_arabic_dual_noun_counts_two():
    e = first("قال الجيش الإسرائيلي إن طائراته الحربية قصفت موقعين لحركة حماس في قطاع غزة.", "ar")
    assert e["targets"] == 2


def test_arabic_military_operations_count_as_strikes():
    e = first("قال المتحدث العسكري باسم جماعة الحوثي إن سلاح الجو المسير نفذ 3 عمليات عسكرية ضد أهداف في "
              "إيلات.", "ar")
    assert e["strikes"] == 3


@pytest.mark.parametrize("text,lang", [
    ("Russian forces struck Kharkiv overnight with two Iskander-M ballistic missiles, the Ukrainian air force "
     "said.", "en"),
    ("Российские войска нанесли удар ракетами «Искандер-М» по складу в Харькове, сообщило Минобороны России.", "ru"),
])
def test_a_stated_variant_is_kept(text, lang):
    assert "Iskander-M" in first(text, lang)["platforms"]
