"""Counts: numbers bound to what they count (sorties, strikes, targets, killed), a single strike
stated as one, approximations and restated figures, numerals as words and in their case
forms, counts split by country. Every sentence here is invented."""
from __future__ import annotations

import pytest

from extractors.lexicon import load_all
from extractors.numbers import parse_digits, parse_number
from tests.extract_helpers import events, first


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
    assert first(text, lang, published="2024-03-14T08:00:00+00:00")["strikes"] == 1


@pytest.mark.parametrize("text,lang", [
    # an unnumbered plural beside it: how many is not said
    ("The Nigerian air force conducted an airstrike near Oldtown on Tuesday after days of airstrikes on the "
     "hills, the military said.", "en"),
    # a massive strike is no count of one
    ("Российские войска нанесли массированный удар по складу в Харькове, сообщило Минобороны.", "ru"),
    ("L'armée israélienne a mené mardi une frappe massive contre le Hezbollah au Liban, a indiqué l'armée.", "fr"),
])
def test_no_count_of_one_for_plurals_or_massive_strikes(text, lang):
    assert first(text, lang, published="2024-03-14T08:00:00+00:00")["strikes"] is None


# --- the words a number skips to reach its noun ---------------------------------------------

def test_a_sortie_count_is_not_read_as_strikes_or_targets():
    e = first("Самолеты ВКС России выполнили 25 вылетов и нанесли удары по 60 объектам боевиков в "
              "провинции Идлиб, сообщило Минобороны России.", "ru", published="2024-03-14T08:00:00+00:00")
    assert (e["sorties"], e["strikes"], e["targets"]) == (25, None, 60)


def test_the_nearer_number_owns_the_noun():
    e = first("ABD ordusu, Suriye'de üç bölgedeki on iki hedefe hava saldırısı düzenlediğini açıkladı.", "tr", published="2024-03-14T08:00:00+00:00")
    assert (e["strikes"], e["targets"]) == (None, 12)


def test_an_approximation_before_a_preposition_and_number():
    e = first("ВВС Израиля нанесли удары более чем по 30 целям в Ливане, сообщила армия Израиля.", "ru", published="2024-03-14T08:00:00+00:00")
    assert e["targets"] is None


def test_a_numeral_restated_in_brackets():
    e = first("U.S. Africa Command said an airstrike near Jilib on Monday killed three (3) al-Shabaab "
              "terrorists.", published="2024-03-14T08:00:00+00:00")
    assert e["killed"] == 3


# --- killed -----------------------------------------------------------------------------------

def test_verb_final_killed_count():
    e = first("İsrail ordusu, Lübnan'ın güneyine düzenlediği hava saldırısında 3 Hizbullah mensubunun "
              "öldürüldüğünü açıkladı.", "tr", published="2024-03-14T08:00:00+00:00")
    assert e["killed"] == 3


@pytest.mark.parametrize("text,lang", [
    ("Milli Savunma Bakanlığı, Irak'ın kuzeyine düzenlenen hava harekâtında 7 PKK'lı teröristin etkisiz "
     "hâle getirildiğini açıkladı.", "tr"),
    ("Минобороны России сообщило, что авиация нанесла удары по позициям боевиков в Идлибе, нейтрализовано "
     "15 боевиков.", "ru"),
])
def test_neutralised_is_not_killed(text, lang):
    assert first(text, lang, published="2024-03-14T08:00:00+00:00")["killed"] is None


def test_a_bound_after_a_suffixed_numeral_is_approximate():
    e = first("ABD ordusu, Suriye'de düzenlediği hava saldırılarında 40'tan fazla teröristin öldürüldüğünü "
              "açıkladı.", "tr", published="2024-03-14T08:00:00+00:00")
    assert e["killed"] is None


def test_a_figure_restated_as_an_approximation_is_approximate():
    e = first("Israeli jets struck 400 Hezbollah targets in southern Lebanon on Tuesday, the army said. "
              "The army said the jets struck approximately 400 targets overnight.", published="2024-03-14T08:00:00+00:00")
    assert e["targets"] is None


# --- numerals in their case forms and with clitics -------------------------------------------

@pytest.mark.parametrize("text,lang,targets", [
    ("Израильские истребители нанесли удары по четырем военным объектам в Ливане, сообщила армия Израиля.",
     "ru", 4),
    ("Російські літаки завдали ударів по чотирьом об'єктах у Харкові, повідомили Повітряні сили ЗСУ.",
     "uk", 4),
])
def test_numerals_in_case_forms(text, lang, targets):
    assert first(text, lang, published="2024-03-14T08:00:00+00:00")["targets"] == targets


def test_arabic_number_with_a_glued_conjunction_adds_up():
    e = first("قال الجيش الأمريكي إن التحالف نفذ ست ضربات جوية في سوريا وخمس ضربات في العراق يوم الاثنين.", "ar", published="2024-03-14T08:00:00+00:00")
    assert e["strikes"] == 11


def test_a_number_does_not_reach_past_a_strike_verb():
    e = first("أعلن الجيش الإسرائيلي أن سلاح الجو نفذ هجوما على غزة بثلاث طائرات مسيرة استهدفت مواقع لحركة حماس.", "ar", published="2024-03-14T08:00:00+00:00")
    assert e["targets"] is None


# --- counts that add up -----------------------------------------------------------------------

def test_elided_strike_nouns_in_a_list_add_up():
    e = first("Американские военные в четверг нанесли авиаудары по Йемену. Четыре удара были нанесены по "
              "району Бейт-Мерад к югу от города, три -- по району аэропорта, еще один -- по порту, "
              "сообщили местные жители.", "ru", published="2024-03-14T08:00:00+00:00")
    assert e["strikes"] == 8


def test_a_total_stated_beside_its_country_parts_is_not_added_again():
    e = first("La coalition a mené le 3 juin 12 frappes contre l'EI en Irak et en Syrie, selon un communiqué de "
              "la CJTF-OIR. En Irak, cinq frappes près de Mossoul ont détruit deux véhicules. En Syrie, sept "
              "frappes près de Raqqa ont visé trois unités tactiques.", "fr", published="2024-03-14T08:00:00+00:00")
    assert e["strikes"] == 12


# --- what counts as targets -------------------------------------------------------------------

def test_launched_aerial_objects_are_no_targets():
    e = first("Уночі ворог атакував Україну, випустивши 37 повітряних об'єктів по Київській області, повідомили "
              "Повітряні сили ЗСУ.", "uk", published="2024-03-14T08:00:00+00:00")
    assert e["targets"] is None


def test_typed_positions_are_not_generic_targets_but_locations_are():
    e = first("Russian jets flew 20 sorties and destroyed 31 fortified positions in Idlib, the Russian Defence "
              "Ministry said.", published="2024-03-14T08:00:00+00:00")
    assert e["targets"] is None
    e = first("Pakistani jets bombed three locations in Khost province on Monday, the Pakistani military said.", published="2024-03-14T08:00:00+00:00")
    assert e["targets"] == 3


def test_arabic_dual_noun_counts_two():
    e = first("قال الجيش الإسرائيلي إن طائراته الحربية قصفت موقعين لحركة حماس في قطاع غزة.", "ar", published="2024-03-14T08:00:00+00:00")
    assert e["targets"] == 2


def test_arabic_military_operations_count_as_strikes():
    e = first("قال المتحدث العسكري باسم جماعة الحوثي إن سلاح الجو المسير نفذ 3 عمليات عسكرية ضد أهداف في "
              "إيلات.", "ar", published="2024-03-14T08:00:00+00:00")
    assert e["strikes"] == 3


# ---- numbers
@pytest.mark.parametrize("surface,value", [("53", 53), ("2,000", 2000), ("6 000", 6000), ("2.289", 2289)])
def test_digit_numbers(surface, value):
    assert parse_digits(surface) == value


@pytest.mark.parametrize("surface,lang,value", [("cinquante-cinq", "fr", 55), ("seven", "en", 7),
                                                ("twenty-two", "en", 22), ("doce", "es", 12)])
def test_number_words(surface, lang, value):
    words = load_all()[lang].intmaps["numbers.words"]
    assert parse_number(surface, lang, words) == value


def test_numbers_bound_to_their_nouns():
    ev = events("Russia's air force flew 82 sorties against 204 targets in Syria in the last 24 hours, "
                "the Russian Defence Ministry said.", published="2015-10-12T10:00:00+00:00")
    assert ev[0]["sorties"] == 82 and ev[0]["targets"] == 204


def test_french_number_words_and_approximations():
    ev = events("L'aviation russe a réalisé cinquante-cinq sorties et frappé près de 60 cibles en Syrie, "
                "a annoncé le ministère russe de la Défense.", lang="fr", published="2015-10-12T10:00:00+00:00")
    assert ev[0]["sorties"] == 55
    assert ev[0]["targets"] is None


def test_bounds_are_null():
    ev = events("U.S. aircraft carried out more than 30 air strikes in Iraq, the Pentagon said on Monday.", published="2015-10-12T10:00:00+00:00")
    assert ev[0]["strikes"] is None


def test_strike_counts_split_by_country_are_summed():
    ev = events("In Syria, coalition military forces conducted seven airstrikes against ISIL, the "
                "statement said. Separately in Iraq, coalition military forces conducted nine airstrikes.", published="2015-04-11T10:00:00+00:00")
    assert ev[0]["actor"] == "COALITION" and ev[0]["strikes"] == 16


def test_one_country_count_is_used_as_stated():
    ev = events("In Iraq, coalition military forces conducted nine airstrikes near Mosul, the statement said.", published="2015-04-11T10:00:00+00:00")
    assert ev[0]["strikes"] == 9


def test_number_of_a_designation_counts_nothing():
    ev = events("Кроме того, российские самолеты Су-34 нанесли удары по опорным пунктам ВСУ в районе Волчанска, "
                "сообщили в Минобороны России.", lang="ru")
    assert [e["actor"] for e in ev] == ["RUS"]
    assert ev[0]["strikes"] is None and ev[0]["platforms"] == ["Su-34"]


def test_number_of_a_date_counts_nothing():
    ev = events("У ніч на 20 травня противник атакував Україну ударними дронами, повідомили Повітряні сили.",
                lang="uk", published="2024-05-20T08:00:00+00:00")
    assert [e["actor"] for e in ev] == ["RUS"]
    assert ev[0]["strikes"] is None


def test_delivered_and_claimed_strikes_french():
    ev = events("L'aviation ukrainienne a porté neuf frappes sur des zones de concentration de personnel "
                "russe, a ajouté l'état-major.", lang="fr")
    assert [(e["actor"], e["strikes"]) for e in ev] == [("UKR", 9)]
    ev = events("Le Jihad islamique a revendiqué dans un communiqué le lancement d'une salve de roquettes "
                "vers Sdérot.", lang="fr")
    assert [(e["actor"], e["claimant"], e["operation"]) for e in ev] == [("PIJ", "PIJ", "artillery")]


def test_killed_count_before_a_passive_kill_verb():
    ev = events("Two Hamas commanders were killed in Israeli drone strikes in Rafah overnight, the IDF said.")
    assert [(e["actor"], e["killed"]) for e in ev] == [("ISR", 2)]
    ev = events("Trois terroristes ont été tués dans des frappes françaises près de Gao, a indiqué "
                "l'état-major.", lang="fr")
    assert [(e["actor"], e["killed"]) for e in ev] == [("FRA", 3)]
    ev = events("Israeli strikes hit Rafah overnight, the IDF said, and about 20 Hamas fighters were killed.")
    assert ev[0]["killed"] is None


def test_number_words_spanish_german_french():
    ev = events("La aviación rusa llevó a cabo veintidós salidas en las últimas 48 horas y destruyó treinta y "
                "cuatro objetivos del Estado Islámico, informó el Ministerio de Defensa.", lang="es")
    assert (ev[0]["sorties"], ev[0]["targets"]) == (22, 34)
    ev = events("Die russische Luftwaffe hat nach Angaben des Verteidigungsministeriums in Moskau binnen 24 "
                "Stunden zweiundzwanzig Einsätze geflogen und 55 Ziele zerstört.", lang="de")
    assert (ev[0]["sorties"], ev[0]["targets"], ev[0]["claimant"], ev[0]["locations"]) == (22, 55, "RUS", [])
    assert ev[0]["period_start"] == "2024-05-13"
    ev = events("L'armée de l'air israélienne a frappé quatre-vingts cibles du Hamas à Gaza dans la nuit de "
                "samedi à dimanche, a indiqué dimanche Tsahal.", lang="fr")
    assert (ev[0]["targets"], ev[0]["claimant"]) == (80, "ISR")


def test_coordinated_strike_counts_add_up():
    ev = events("Over the day, the Ukrainian aviation conducted 15 strikes on the clusters of Russian "
                "personnel and two strikes on anti-aircraft missile systems, the General Staff said.", published="2024-02-08T10:00:00+00:00")
    assert ev[0]["strikes"] == 17


# --- a number of times with a strike predicate (counts.times) --------------------------------

@pytest.mark.parametrize("text,lang,expected", [
    ("Israeli jets struck the Hezbollah compound near Tyre three times on Monday, the Israeli "
     "military said.", "en", 3),
    ("Die russische Luftwaffe hat Stellungen der Terrormiliz in der Provinz Idlib 40 Male in den "
     "vergangenen 24 Stunden angegriffen, teilte das Verteidigungsministerium mit.", "de", 40),
    ("L'aviation israélienne a frappé à trois reprises le village de Kfar Kila lundi, a indiqué l'armée "
     "israélienne.", "fr", 3),
    ("قال الجيش الإسرائيلي إن الطيران الحربي أغار مرتين على بلدة مركبا.", "ar", 2),
    ("قال الجيش الإسرائيلي إن الطيران الحربي أغار ثلاث مرات على بلدة مركبا.", "ar", 3),
])
def test_a_number_of_times_with_a_strike_verb_counts_strikes(text, lang, expected):
    e = first(text, lang, published="2024-03-14T08:00:00+00:00")
    assert e["strikes"] == expected


def test_once_with_an_article_numeral_is_no_count():
    # Turkish "bir kez" (once, also "again" in "bir kez daha"): the article numeral counts nothing
    e = first("İsrail ordusu Lübnan'ın güneyindeki Hizbullah mevzilerini bir kez daha vurdu, ordu "
              "açıkladı.", "tr", published="2024-03-14T08:00:00+00:00")
    assert e["strikes"] is None


def test_an_arabic_dual_strike_noun_states_two():
    e = first("قال الجيش العراقي إن قواتنا نفذت ضربتين جويتين على وكر للإرهابيين في كركوك.", "ar",
              published="2024-03-14T08:00:00+00:00")
    assert e["strikes"] == 2


# --- one strike among many, in a language without articles ---------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("За сутки самолеты ВКС России выполнили 40 вылетов и поразили 75 объектов боевиков в Сирии, "
     "сообщило Минобороны. Также нанесен удар по складу боеприпасов у Идлиба.", "ru"),
    ("أعلنت وزارة الدفاع الروسية أن الطيران الحربي نفذ 40 طلعة على 75 موقعا للمسلحين في سوريا، "
     "ووجهت القاذفات ضربة إلى مستودع للذخيرة قرب إدلب.", "ar"),
])
def test_a_singular_strike_in_a_report_of_many_targets_is_no_count(text, lang):
    e = first(text, lang, published="2024-03-14T08:00:00+00:00")
    assert e["strikes"] is None and e["targets"] == 75


# --- bounds and nearer numbers ----------------------------------------------------------------------

def test_a_turkish_bound_after_a_suffixed_numeral():
    # "30'a yakın" (close to 30): an approximation, null
    e = first("Türk savaş uçakları Irak'ın kuzeyinde 30'a yakın hedefi vurdu, Milli Savunma Bakanlığı "
              "açıkladı.", "tr", published="2024-03-14T08:00:00+00:00")
    assert e["targets"] is None


def test_the_nearer_number_counts_the_fighters_killed():
    e = first("ABD ordusu, Somali'de düzenlenen 2 hava saldırısında üç militanın öldürüldüğünü açıkladı.",
              "tr", published="2024-03-14T08:00:00+00:00")
    assert (e["strikes"], e["killed"]) == (2, 3)


def test_the_strikers_country_is_no_place_of_a_per_country_count():
    # the year's total names the striker's country ("США"), not a second country struck
    e = first("Американські військові завдали двох авіаударів по бойовиках у Сомалі, повідомило "
              "командування США. Загалом цього року США здійснили 31 авіаудар по угрупованню.", "uk",
              published="2024-03-14T08:00:00+00:00")
    assert e["strikes"] == 2


@pytest.mark.parametrize("text,lang", [
    ("Израильские самолеты нанесли ракетный удар по объектам в районе Хамы, сообщило сирийское "
     "агентство.", "ru"),
    ("Американські військові завдали авіаудару по об'єктах угруповання біля кордону, повідомив Пентагон.",
     "uk"),
    ("قال الجيش الإسرائيلي إن طائراته شنت غارة على مواقع لحزب الله في جنوب لبنان.", "ar"),
])
def test_a_singular_strike_on_plural_targets_is_no_count_of_one(text, lang):
    # one strike on one target counts one (CONVENTIONS); a strike on several targets does not say how many
    assert first(text, lang, published="2024-03-14T08:00:00+00:00")["strikes"] is None


def test_the_fighters_killed_two_sentences_after_the_report():
    # a sentence about the strike's place stands between the report and its toll
    e = first("The Kenyan air force said it conducted an airstrike against al-Shabaab fighters near Afmadow "
              "on Monday. The strike took place west of the border town. \"Our initial assessment is that "
              "four al-Shabaab terrorists were killed,\" the military said.", "en")
    assert e["killed"] == 4


@pytest.mark.parametrize("text, lang, killed", [
    ("14 guerrilleros del PKK murieron en una incursión aérea turca en el norte de Irak.", "es", 14),
    ("Catorce miembros del PKK murieron en una incursión aérea turca en el norte de Irak.", "es", 14),
    ("La aviación turca bombardeó posiciones del PKK y provocó la muerte de 20 guerrilleros kurdos.", "es", 20),
    ("Bei einem türkischen Luftangriff im Nordirak starben zwölf Kämpfer der PKK.", "de", 12),
    ("Bei dem israelischen Luftangriff wurden zwölf Kämpfer der Hamas getötet.", "de", 12),
])
def test_killed_fighters_named_with_their_group_or_an_intransitive_verb(text, lang, killed):
    # "N fighters of <group> died/were killed": the group between noun and verb; "murieron",
    # "starben", "la muerte de N": dying verbs count the fighters too
    assert [e["killed"] for e in events(text, lang=lang)] == [killed]


def test_members_dying_without_a_strike_are_no_toll():
    # "miembros" of a party in an ordinary sentence: no strike, no count
    assert events("Catorce miembros del partido murieron en un accidente de autobús.", lang="es") == []


@pytest.mark.parametrize("text,lang", [
    ("Сили коаліції за добу завдали 20 авіаударів по позиціях ІД у Сирії та Іраку, повідомили у "
     "командуванні. В Іраку були нанесені 17 авіаударів по позиціях бойовиків. У Сирії позиції бойовиків "
     "були обстріляні тричі.", "uk"),
    ("Coalition forces conducted 20 strikes against Islamic State fighters in Syria and Iraq, the command "
     "said. In Iraq, 17 strikes hit fighting positions near nine towns.", "en"),
])
def test_a_count_over_two_coordinated_countries_is_no_part_of_a_split(text, lang):
    # "20 strikes in Syria and Iraq" covers both: the 17 in Iraq is a part of it, not added to it
    (e,) = events(text, lang)
    assert e["strikes"] == 20
