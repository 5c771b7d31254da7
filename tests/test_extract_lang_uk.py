"""Ukrainian constructions the extractor reads, each on a sentence written for this test
(none is copied from a corpus text)."""
from __future__ import annotations

import pytest

from extractors.gazetteer import get_gazetteer
from tests.extract_helpers import actors, events, one


def names(ev):
    return [loc["name"] for loc in ev["locations"]]


def test_adjective_shaped_city_in_the_genitive_is_found():
    # "біля Кропивницького": the nominative of the name is an adjective (Кропивницький)
    ev = one("Росія вночі завдала ракетного удару по аеродрому біля Кропивницького, повідомили "
             "Повітряні сили.", lang="uk")
    assert ev["actor"] == "RUS" and names(ev) == ["Kropyvnytskyi"] and ev["country"] == "UA"


def test_adjective_shaped_city_in_the_locative_is_found():
    ev = one("Ворожі дрони атакували підприємство в Хмельницькому, повідомили Повітряні сили.", lang="uk")
    assert names(ev) == ["Khmelnytskyi"]


def test_region_noun_introduces_a_list_of_localities():
    # "у регіонах X і Y", "у горах X": the names after the noun are the places struck
    ev = one("Міноборони Туреччини заявило, що авіація завдала ударів у регіонах Канділ і Асос на "
             "півночі Іраку.", lang="uk")
    assert ev["actor"] == "TUR" and ev["country"] == "IQ" and names(ev) == ["Qandil", "Asos"]


def test_mountains_are_no_afghan_province():
    # "у горах" declines like the Russian name of Ghor province ("Гор"): only the name itself is it
    ev = one("Турецькі літаки вразили сховища у горах на півночі Іраку, повідомило Міноборони Туреччини.",
             lang="uk")
    assert ev["admin1"] == [] and ev["country"] == "IQ"
    assert [a.code for a in get_gazetteer().find_admin1("провінція Гор")] == ["AF-GHO"]


def test_kurdish_militants_are_the_pkk():
    ev = one("Турецька авіація зруйнувала печери, які використовували курдські бойовики, повідомило "
             "міністерство оборони Туреччини.", lang="uk")
    assert ev["actor"] == "TUR" and ev["target_group"] == "PKK"


def test_al_shabaab_in_its_ukrainian_spelling():
    ev = one("Американські безпілотники завдали удару по бойовиках Аль-Шабааба в Сомалі, заявили у "
             "командуванні США.", lang="uk")
    assert ev["actor"] == "USA" and ev["target_group"] == "SHABAAB"


def test_told_is_a_claim_verb():
    # "розказав" (told) like "розповів"
    ev = one("Росія вночі завдала ракетного удару по аеродрому. Про це розказав речник Повітряних сил.",
             lang="uk")
    assert ev["claimant"] == "UKR"
    assert events("Росія вночі завдала ракетного удару по аеродрому.", lang="uk")[0]["claimant"] is None


def test_a_region_in_the_singular_before_a_sea_names_no_locality():
    ev = one("Росія завдала ракетного удару по Одесі, що загострило ситуацію в регіоні Чорного моря, "
             "повідомили Повітряні сили.", lang="uk")
    assert names(ev) == ["Odesa"]


def test_a_later_sentence_on_what_a_group_of_fighters_used_details_the_strike():
    # the fighters named as a group ("курдські бойовики") own what was hit: no other striker
    ev = one("Турецька авіація завдала ударів у регіонах Канділ і Асос, повідомило Міноборони Туреччини. "
             "Зруйновано шість печер і склад, які використовували курдські бойовики.", lang="uk")
    assert ev["actor"] == "TUR"
    assert {t["type"] for t in ev["targets_hit"]} >= {"fighting_position", "weapons_depot"}


def test_our_aviation_in_a_ukrainian_officials_words_is_ukraine():
    # "наша авіація": the speaker's own side, as "ворог" is the other one
    found = events("Росія вночі завдала ракетного удару по аеродрому, повідомили Повітряні сили. "
                   "\"Наша авіація за добу здійснила 20 вильотів і завдала 8 ударів\", - сказав речник.", lang="uk")
    by_actor = {e["actor"]: e for e in found}
    assert set(by_actor) == {"RUS", "UKR"}
    assert by_actor["UKR"]["sorties"] == 20 and by_actor["UKR"]["strikes"] == 8
    assert by_actor["RUS"]["sorties"] is None


def test_the_defender_reporting_a_shoot_down_is_not_the_next_sentences_striker():
    # the spokesman's sentence names the air force only as the voice of the interception report
    found = events("Вночі російські окупанти випустили ракети Х-31, які не збиваються засобами ППО. "
                   "Про це повідомив речник Повітряних сил. "
                   "З літака Су-24 вони вдарили по засобах ППО в Одеській області.", lang="uk")
    assert [e["actor"] for e in found] == ["RUS"]


def test_destroying_counted_missiles_in_a_shoot_down_sentence_is_the_defence():
    # "знищили 40 крилатих ракет: 30 збили ...": the subject defended, the launcher struck
    found = events("Вночі росіяни випустили по Україні 50 крилатих ракет. Повітряні сили ЗСУ знищили "
                   "40 крилатих ракет: 30 збили над Київщиною.", lang="uk")
    assert [e["actor"] for e in found] == ["RUS"]


def test_hakkari_in_its_ukrainian_spelling():
    ev = one("Турецька авіація завдала ударів по позиціях РПК у провінції Хаккарі, повідомило Міноборони "
             "Туреччини.", lang="uk")
    assert ev["country"] == "TR" and ev["admin1"] == ["TR-30"]


def test_deep_strike_regions_of_russia_are_known():
    ev = one("Українські дрони атакували нафтопереробний завод у Рязанській області, повідомив Генштаб ЗСУ.",
             lang="uk")
    assert ev["country"] == "RU" and ev["admin1"] == ["RU-RYA"]
    ev = one("Вночі українські дрони уразили аеродром біля Енгельса, повідомили у Генштабі.", lang="uk")
    assert ev["admin1"] == ["RU-SAR"] and names(ev) == ["Engels"]
    # the same data serves every language: "Ryazan" is no longer Razan in Iran
    ev = one("Ukrainian drones struck an oil refinery in Ryazan overnight, the General Staff said.")
    assert ev["country"] == "RU" and names(ev) == ["Ryazan"]


def test_training_and_simulated_strikes_are_drills():
    # "тренувалися завдавати ударів", "імітували ракетний удар": practice, not a strike
    assert events("Українські бомбардувальники Су-24М тренувалися завдавати ударів по колонах "
                  "бронетехніки біля Ковеля, повідомили Повітряні сили.", lang="uk") == []
    assert events("Російські бомбардувальники Ту-95 імітували ракетний удар по Львову, повідомили "
                  "Повітряні сили.", lang="uk") == []
    # a training camp struck is still a strike
    ev = one("Українська авіація завдала удару по тренувальному табору окупантів, повідомили Повітряні "
             "сили.", lang="uk")
    assert ev["actor"] == "UKR" and [t["type"] for t in ev["targets_hit"]] == ["training_camp"]


def test_the_irgc_named_as_the_guards_of_the_iranian_revolution_speaks_for_iran():
    # "Корпус вартових іранської революції заявив": the actor's own statement, not the agency
    # relaying it
    ev = one("Корпус вартових іранської революції заявив, що атакував балістичними ракетами командні "
             "пункти угруповань поблизу міста Ербіль на півночі Іраку.\n"
             "Про це повідомляє Reuters з посиланням на іранські державні ЗМІ.", lang="uk")
    assert ev["actor"] == "IRN" and ev["claimant"] == "IRN" and ev["admin1"] == ["IQ-AR"]


def test_a_number_of_strikes_on_fighters_counts_strikes_not_fighters():
    # "12 ударів по бойовиках": the number is the strikes'
    ev = one("Коаліція завдала 12 ударів по бойовиках ІД у Сирії, повідомили у командуванні.", lang="uk")
    assert ev["strikes"] == 12
    assert [(t["type"], t["count"]) for t in ev["targets_hit"]] == [("personnel", None)]
    # a number before the fighters themselves still counts them
    ev = one("Авіація коаліції знищила 12 бойовиків ІД у Сирії, повідомили у командуванні.", lang="uk")
    assert [(t["type"], t["count"]) for t in ev["targets_hit"]] == [("personnel", 12)]


def test_towns_listed_after_the_genitive_plural_of_town():
    # "у районі міст X і Y": "міст" is "of towns" here, not a bridge struck
    ev = one("Коаліція завдала трьох ударів у районі міст Ракка і Манбідж, повідомили у командуванні.",
             lang="uk")
    assert names(ev) == ["Raqqa", "Manbij"] and ev["admin1"] == ["SY-RA", "SY-HL"]
    assert ev["targets_hit"] == []
    ev = one("Росія атакувала Кримський міст, повідомили Повітряні сили.", lang="uk")
    assert [t["type"] for t in ev["targets_hit"]] == ["infrastructure"]


def test_a_town_named_by_its_adjective_before_a_target():
    # "Рязанський НПЗ", "Енгельський аеродром": the town's adjective names the town struck
    ev = one("Українські дрони атакували Рязанський НПЗ у Росії, повідомили в Генштабі ЗСУ.", lang="uk")
    assert names(ev) == ["Ryazan"] and ev["admin1"] == ["RU-RYA"]
    ev = one("Сили оборони уразили Саратовський нафтопереробний завод і Енгельський аеродром у Росії, "
             "повідомили в Генштабі ЗСУ.", lang="uk")
    assert names(ev) == ["Saratov", "Engels"] and ev["admin1"] == ["RU-SAR"]
    # only in a country the text names: Saky in Crimea, not a Nigerian namesake
    ev = one("Українські дрони атакували Сакський аеродром у Криму, повідомили в Генштабі ЗСУ.", lang="uk")
    assert ev["admin1"] == ["UA-43"] and ev["locations"][0]["admin1"] == "UA-43"
    # a region's adjective names no town ("Кримський міст" is no Krymsk)
    ev = one("Росія атакувала Кримський міст у Криму, повідомили Повітряні сили.", lang="uk")
    assert names(ev) == []


def test_plural_passive_participles_report_the_strikes_in_detail():
    # "були нанесені 17 авіаударів", "позиції були обстріляні": the follow-up sentences of the
    # report, whose places are the event's
    ev = one("Сили коаліції завдали 20 авіаударів по бойовиках ІД. Про це повідомляє агентство. "
             "В Іраку були нанесені 17 авіаударів по позиціях бойовиків. "
             "У Сирії позиції бойовиків були обстріляні тричі – у районі Ракки.", lang="uk")
    assert ev["actor"] == "COALITION" and ev["admin1"] == ["SY-RA"] and names(ev) == ["Raqqa"]


def test_the_kurds_struck_by_turkey_are_the_pkk():
    # "по позиціях курдів": the Kurds named as a people in a Turkish strike report
    ev = one("Турецька авіація завдала ударів по позиціях курдів у провінції Хаккарі, повідомило "
             "Міноборони Туреччини.", lang="uk")
    assert ev["actor"] == "TUR" and ev["target_group"] == "PKK"


def test_the_subject_of_a_relative_clause_on_the_strike_noun_struck():
    # "були вбиті авіаударами, яких завдала X": the strike noun's relative clause names its striker
    found = events("Восьмеро людей були вбиті авіаударами, яких завдала російська авіація по селищу біля "
                   "Хами, повідомили активісти.", lang="uk")
    assert [e["actor"] for e in found] == ["RUS"] and found[0]["claimant"] == "OTHER"
    found = events("Будинки були зруйновані ракетними ударами, які вночі завдали ізраїльські літаки по "
                   "околицях Тиру, повідомили місцеві жителі.", lang="uk")
    assert [e["actor"] for e in found] == ["ISR"]


def test_two_sides_adjectives_before_one_force_noun_are_two_strikers():
    # "сирійська та російська авіація": one noun, two sides; the Syrian adjective alone is Syria
    found = events("Шестеро цивільних були вбиті авіаударами, яких завдала сирійська та російська авіація "
                   "в провінції Хама, заявляє Сирійська обсерваторія.", lang="uk")
    assert actors(found) == ["RUS", "SYR"] and {e["claimant"] for e in found} == {"OTHER"}
    found = events("Сирійські та російські літаки атакували позиції повстанців у провінції Ідліб, "
                   "повідомили місцеві жителі.", lang="uk")
    assert actors(found) == ["RUS", "SYR"]


def test_a_syrian_place_after_a_strike_noun_names_no_striker():
    # "авіаудари в сирійському Ідлібі": the adjective of a place after a preposition, no side
    assert events("Понад десять людей загинули через авіаудари в сирійському Ідлібі, повідомили "
                  "правозахисники.", lang="uk") == []
    assert events("Удари по сирійській провінції Хама тривали всю ніч, повідомили правозахисники.",
                  lang="uk") == []


def test_claiming_responsibility_for_an_attack_is_the_groups_own_strike():
    ev = one("Рух ХАМАС взяв на себе відповідальність за ракетний обстріл Ашкелона.", lang="uk")
    assert ev["actor"] == "HAMAS" and ev["claimant"] == "HAMAS"
    ev = one("Хусити взяли на себе відповідальність за атаку дронів на порт Ейлат у вівторок.", lang="uk")
    assert ev["actor"] == "HOUTHI" and ev["claimant"] == "HOUTHI" and ev["event_date"] == "2024-05-14"


def test_a_clock_time_is_no_count():
    # "з 21:00 по 02:30 атакували": the minutes are no number of attacks
    ev = one("З 22:00 по 04:30 росіяни атакували Україну ударними БпЛА, повідомили Повітряні сили.",
             lang="uk")
    assert ev["strikes"] is None
    ev = one("Близько 05:15 ворог здійснив 3 удари по Херсону, повідомили Повітряні сили.", lang="uk")
    assert ev["strikes"] == 3
    ev = one("Between 23:00 and 01:40 Russian forces carried out attacks with drones on Odesa, the "
             "Ukrainian air force said.")
    assert ev["strikes"] is None


def test_the_present_tense_of_declaring_names_the_claimant():
    ev = one("Російська авіація завдала ударів по провінції Ідліб, заявляє Сирійська обсерваторія.",
             lang="uk")
    assert ev["claimant"] == "OTHER"
    ev = one("Ізраїль завдав ракетного удару по Дамаску, заявляють у Міноборони Сирії.", lang="uk")
    assert ev["actor"] == "ISR" and ev["claimant"] == "SYR"


def test_a_point_of_the_compass_from_a_town_is_a_reference_not_a_place_struck():
    # "по селищу X на південь від міста Y": X was struck, Y only locates it
    ev = one("Російські літаки завдали ударів по селищу Кфар Нубль на південь від міста Ідліб, "
             "повідомили активісти.", lang="uk")
    assert "Idlib" not in names(ev)
    # right after the targets, a direction without a distance names the place struck, a seat
    # of a unit too (CONVENTIONS: "targets east of X" -> X)
    ev = one("Ізраїльські літаки атакували цілі на північ від Дамаска, повідомила армія.", lang="uk")
    assert names(ev) == ["Damascus"]
    # the dative of a settlement noun introduces the town struck ("по місту Сидон")
    ev = one("Ізраїльська авіація завдала удару по місту Сидон, повідомила армія.", lang="uk")
    assert names(ev) == ["Sidon"]


def test_a_year_after_since_dates_what_the_strike_is_compared_with():
    # "вперше з моменту перемир'я у листопаді 2024 року": no history, the strike is today's
    ev = one("Хезболла взяла на себе відповідальність за ракетний обстріл півночі Ізраїлю сьогодні "
             "ввечері вперше з моменту укладення перемир'я у листопаді 2024 року.", lang="uk",
             published="2026-03-02T00:00:00+00:00")
    assert ev["actor"] == "HEZBOLLAH" and ev["event_date"] == "2026-03-02"
    # a strike dated in that past year is still history
    assert events("У листопаді 2024 року ізраїльська авіація завдала ударів по Бейруту.", lang="uk",
                  published="2026-03-02T00:00:00+00:00") == []


def test_a_missile_defence_site_struck_is_air_defence():
    ev = one("Хусити заявили, що атакували дронами об'єкт протиракетної оборони в Ейлаті.", lang="uk")
    assert [t["type"] for t in ev["targets_hit"]] == ["air_defense"]
    ev = one("Українські дрони уразили систему протиракетної оборони в Криму, повідомили в Генштабі ЗСУ.",
             lang="uk")
    assert [t["type"] for t in ev["targets_hit"]] == ["air_defense"]


def test_a_bare_type_beside_its_variant_is_that_variant():
    # "Shahed-136/131 ... шахедів": the bare family name restates the variants named
    ev = one("Вночі росіяни атакували Україну 30 дронами Shahed-136/131. Сили ППО знищили 25 шахедів, "
             "повідомили Повітряні сили.", lang="uk")
    assert sorted(ev["platforms"]) == ["Shahed-131", "Shahed-136"]
    ev = one("Росія завдала удару ракетами Іскандер-М по Харкову; обидва Іскандери влучили в місто, "
             "повідомили Повітряні сили.", lang="uk")
    assert ev["platforms"] == ["Iskander-M"]


def test_the_south_of_lebanon_is_a_direction_not_the_south_governorate():
    # "на півдні Лівану" names no unit (the villages struck give theirs); "Південний Ліван" does
    ev = one("Армія оборони Ізраїлю завдала ударів по сховищах зброї Хезболли на півдні Лівану.", lang="uk")
    assert ev["country"] == "LB" and ev["admin1"] == []
    ev = one("Ізраїльські літаки атакували цілі Хезболли біля міста Набатія на півдні Лівану, повідомила "
             "армія.", lang="uk")
    assert ev["admin1"] == ["LB-NA"]
    ev = one("Ізраїльська авіація завдала ударів по Південному Лівану, повідомила армія.", lang="uk")
    assert ev["country"] == "LB" and ev["admin1"] == ["LB-JA"]


def test_a_strike_named_again_with_a_verb_of_occurring_says_where_it_fell():
    # "Удар стався поблизу міста X", "Атака відбулася поблизу міста Y": the report's place
    ev = one("Російська авіація завдала ударів по позиціях бойовиків, повідомили в Міноборони Росії. "
             "Удар стався поблизу міста Саракеб.", lang="uk")
    assert names(ev) == ["Saraqib"] and ev["country"] == "SY" and ev["admin1"] == ["SY-ID"]
    ev = one("Ізраїльські літаки атакували цілі Хезболли, повідомила армія. Атака відбулася поблизу "
             "міста Тір.", lang="uk")
    assert names(ev) == ["Tyre"] and ev["admin1"] == ["LB-JA"]


@pytest.mark.parametrize("regions", ["П'ять областей Росії", "Три регіони Росії"])
def test_regions_of_a_country_fronted_as_the_object_are_no_striker(regions):
    """"П'ять областей Росії ... атакували 33 українські безпілотники": the object stands first,
    the drones after the verb are its subject; the country named after its regions is where
    they struck (places.territory_nouns), the side on the drones struck."""
    found = events(f"{regions} в ніч на суботу атакували 33 українські безпілотники, повідомило "
                   "Міноборони Росії.", "uk")
    assert [e["actor"] for e in found] == ["UKR"]

def test_a_reminder_naming_an_earlier_day_is_background():
    # "Нагадаємо, вранці 12 травня ...": the part of the day belongs to the earlier day the
    # reminder names, so the sentence recalls an earlier report (ANNOTATING: background)
    ev = one("Сьогодні вранці голова Харківської обласної військової адміністрації повідомив, що вночі "
             "ворог атакував Чугуїв дронами. Нагадаємо, вранці 12 травня російські окупанти атакували "
             "Суми і Конотоп.", "uk")
    assert ev["admin1"] == ["UA-63"] and ev["period_start"] == "2024-05-13"
    assert events("Нагадаємо, вранці 10 травня окупанти обстріляли Нікополь з артилерії.", "uk") == []
    assert events("Нагадуємо, що ввечері 11 травня російські війська вдарили ракетами по Одесі.", "uk") == []
    ev = one("Вночі ворог атакував Суми дронами, повідомив голова ОВА. Нагадаємо, вранці 12.05.2024 "
             "окупанти вдарили по Охтирці.", "uk")
    assert names(ev) == ["Sumy"]


def test_a_reminder_naming_the_announcement_day_restates_the_report():
    ev = one("Нагадаємо, вранці 14 травня ворог випустив по Україні 30 ракет.", "uk")
    assert ev["actor"] == "RUS" and ev["event_date"] == "2024-05-14"


def test_a_group_named_after_that_is_what_was_said_not_who_said_it():
    # "Пентагон заявив, що хусити вдарили ...": the group after the complementizer struck; the
    # officials before the verb speak ("посадовці", "посадовець": officials of their state)
    for text in ("Пентагон заявив, що хусити вдарили ракетою по судну в Червоному морі.",
                 "Американські посадовці повідомили, що хусити вдарили ракетою по судну в Червоному морі.",
                 "Хусити вдарили ракетою по суховантажу в Аденській затоці. Про це неназвані американські "
                 "посадовці повідомили низці ЗМІ, зокрема телеканалу CNN."):
        ev = one(text, "uk")
        assert ev["actor"] == "HOUTHI" and ev["claimant"] == "USA", text
    # ... while the group opening the sentence claims its own strike, a relative clause between
    ev = one("Угруповання Хезболла, яке підтримує Іран, заявило, що атакувало дронами ізраїльську базу "
             "біля Метули.", "uk")
    assert ev["actor"] == "HEZBOLLAH" and ev["claimant"] == "HEZBOLLAH"


def test_an_outlet_passing_on_an_officials_report_is_no_speaker():
    # "..., інформує видання «X»": the outlet relays the oblast head's report; the forces named
    # after "що" struck, they do not speak
    ev = one("Сьогодні зранку керівник Сумської обласної військової адміністрації Іван Коваль повідомив "
             "про те, що російська армія випустила по регіону балістичні ракети, інформує видання "
             "«Новини Сум».", "uk")
    assert ev["actor"] == "RUS" and ev["claimant"] == "UKR"


def test_the_occupation_army_is_the_russian_side():
    # "окупаційна армія (Путіна)": the Russian forces, in any case
    for text in ("Окупаційна армія вночі вдарила ракетами по Запоріжжю, повідомив голова ОВА.",
                 "Сьогодні голова ОВА повідомив, що окупаційна армія Путіна випустила по Миколаєву "
                 "балістичні ракети."):
        ev = one(text, "uk")
        assert ev["actor"] == "RUS" and ev["claimant"] == "UKR", text


def test_a_depot_of_fuels_and_lubricants_is_a_fuel_depot_only():
    # "склад паливно-мастильних матеріалів": the depot's contents say what it is; the bare
    # "склад" (a depot of unstated contents) is not read beside it
    for text in ("Сьогодні вночі Сили оборони завдали удару по складу паливно-мастильних матеріалів у "
                 "районі Алчевська, повідомляє Генштаб ЗСУ.",
                 "Українські дрони уразили склади паливно-мастильних матеріалів у Брянській області, "
                 "повідомили в Генштабі ЗСУ.",
                 "Сили оборони атакували склад паливно-мастильних матеріалів поблизу Ровеньок, повідомив "
                 "Генштаб."):
        ev = one(text, "uk")
        assert [t["type"] for t in ev["targets_hit"]] == ["fuel_depot"], text


def test_a_sentence_without_a_speaker_carries_the_one_before_not_the_forces_after_that():
    # "За словами чиновника, ...": the speaker of the sentence before, the oblast head, not the
    # army named after "що" there (it struck; claimant._claim_sources)
    for text in ("Голова Сумської ОВА Іван Коваль повідомив, що окупаційна армія випустила по Сумах "
                 "ракети. За словами чиновника, внаслідок атаки зруйновано будинок.",
                 "Начальник Харківської обласної військової адміністрації повідомив про те, що російська "
                 "армія вдарила по Ізюму. За його словами, зруйновано склад."):
        ev = one(text, "uk")
        assert ev["actor"] == "RUS" and ev["claimant"] == "UKR", text


def test_the_idf_in_any_case_and_its_press_service_speak_for_israel():
    # "пресс-служба ЦАХАЛа", "У ЦАХАЛі заявили": the army's acronym declined, the press service
    # spelled with a double s; their statement wins over the Lebanese sources quoted
    for text in ("Ізраїльські літаки атакували склад зброї Хезболли біля Набатії. Про це повідомила "
                 "пресс-служба ЦАХАЛа. Ліванські джерела повідомили про вибухи.",
                 "Ізраїльські літаки атакували склад зброї Хезболли біля Набатії. Ліванські джерела "
                 "повідомили про вибухи. У ЦАХАЛі заявили, що удар завдано по складу зброї."):
        ev = one(text, "uk")
        assert ev["actor"] == "ISR" and ev["claimant"] == "ISR", text


def test_a_state_named_as_where_they_said_it_speaks():
    # "У США уточнили, що ...", "В Ізраїлі заявили": the state after its preposition, the claim
    # verb right after it, opening a sentence; its statement wins over the agency quoted before
    ev = one("Американські військові завдали авіаудару по бойовиках ІДІЛ у Сомалі. Про це повідомляє "
             "агентство Associated Press. У США уточнили, що удар завдали безпілотником.", "uk")
    assert ev["actor"] == "USA" and ev["claimant"] == "USA"
    ev = one("Ізраїльські літаки атакували позиції Хезболли біля Тіру, повідомили ліванські джерела. "
             "В Ізраїлі заявили, що удар завдано по складу зброї.", "uk")
    assert ev["actor"] == "ISR" and ev["claimant"] == "ISR"


def test_a_president_speaks_for_the_state_named_with_him_or_else_the_one_struck():
    # "повідомив президент Володимир Зеленський": no state named, the head of the state where
    # the strikes fell (as an oblast head); "Президент США Джо Байден заявив": the state named
    # right after the title
    ev = one("Росія за тиждень випустила по Україні понад 900 ударних дронів, повідомив президент "
             "Володимир Зеленський.", "uk")
    assert ev["actor"] == "RUS" and ev["claimant"] == "UKR"
    ev = one("Вночі російські війська атакували Одесу ракетами, заявив президент.", "uk")
    assert ev["claimant"] == "UKR"
    ev = one("Президент США Джо Байден заявив, що американські війська завдали ударів по хуситах у Ємені.",
             "uk")
    assert ev["actor"] == "USA" and ev["claimant"] == "USA"
    ev = one("Президент Туреччини заявив, що турецька авіація завдала ударів по позиціях РПК в Іраку.", "uk")
    assert ev["claimant"] == "TUR"


def test_a_group_announcing_a_strike_reports_its_own_strike():
    # "оголосили про удар по X" (announced a strike on X): the announcing side struck, as with
    # "взяли на себе відповідальність за"; "повідомили про удар" is left out (the struck side's
    # administrations report strikes on them so)
    ev = one("Хусити оголосили про удар по аеропорту Бен-Гуріон.", "uk")
    assert ev["actor"] == "HOUTHI" and ev["claimant"] == "HOUTHI" and ev["strikes"] == 1
    ev = one("Єменське угрупування хусити оголосило про удар по аеропорту Бен-Гуріон в Тель-Авіві.", "uk")
    assert ev["actor"] == "HOUTHI" and ev["claimant"] == "HOUTHI" and ev["country"] == "IL"


@pytest.mark.xfail(strict=True, reason="claimant None: with a relative clause between the group and "
                   "'оголосило про удар', the claim verb that is also the strike's light verb is not "
                   "read as the group's statement (claimant._relative_aside is not reached)")
def test_a_group_announcing_a_strike_across_a_relative_clause_claims_it():
    ev = one("Єменське угрупування хусити, яке підтримує Іран, оголосило про удар по аеропорту "
             "Бен-Гуріон в Тель-Авіві.", "uk")
    assert ev["claimant"] == "HOUTHI"


def test_depots_with_fuel_are_fuel_depots():
    # "склади з пальним", "склад з пальним" (depots with fuel): fuel_depot, not a depot of
    # unstated contents
    for text in ("Ізраїльська авіація знищила склади з пальним хуситів у порту Ходейда, повідомила армія.",
                 "Сили оборони уразили склад з пальним окупантів біля Мелітополя, повідомив Генштаб."):
        ev = one(text, "uk")
        assert [t["type"] for t in ev["targets_hit"]] == ["fuel_depot"], text


def test_military_objects_are_a_building_uncounted_and_targets_counted():
    # "по військових об'єктах", "по військовому об'єкту": military installations -> building
    # (CONVENTIONS); counted, "девʼять військових обʼєктів", a generic facility -> targets
    # (counts.counted_facilities, as en "military facilities")
    for text in ("Винищувачі ЦАХАЛу завдали удару по військових об'єктах хуситів у порту Ходейда, "
                 "повідомила армія.",
                 "Російські війська вдарили по військовому об'єкту в Житомирській області, повідомили в ОВА."):
        ev = one(text, "uk")
        assert ([t["type"] for t in ev["targets_hit"]], ev["targets"]) == (["building"], None), text
    ev = one("Ізраїльська авіація уразила шість військових об'єктів Хезболли біля Тіру, повідомила армія.", "uk")
    assert (ev["targets"], ev["targets_hit"]) == (6, [])


# A weapon that is what a strike hit, not its means: the object of a target preposition ("по",
# "проти") with only numbers and adjectives before it, or the bare genitive after a works or a
# depot hit. With no means named, the strike is an airstrike (CONVENTIONS).
@pytest.mark.parametrize("text", [
    "Сили Центрального командування США завдали удару по трьох протикорабельних крилатих ракетах "
    "угруповання хуситів поблизу Ходейди.",
    "Армія оборони Ізраїлю завдала удару проти балістичної ракети ХАМАС, яку готували до запуску на "
    "півночі сектора Газа.",
    "Американські військові завдали удару по двох ударних безпілотниках хуситів на стартовому майданчику.",
    "ЦАХАЛ завдав ударів по ракетних і мінометних позиціях ХАМАС у секторі Газа.",
    "Ізраїльська армія вдарила по об'єктах \"Хезболли\" в Лівані. Ціллю став цех виробництва керованих "
    "ракет у долині Бекаа.",
])
def test_a_weapon_struck_is_no_means_of_the_strike(text):
    assert one(text, lang="uk")["operation"] == "airstrike"


@pytest.mark.parametrize("text, operation", [
    ("Росія завдала удару по Одесі крилатими ракетами.", "missile_strike"),
    ("Окупанти вдарили по енергетичних об'єктах Харкова балістичними ракетами.", "missile_strike"),
    ("Російські війська завдали ракетного удару по складу пального в Ізюмі.", "missile_strike"),
    ("Ворог атакував ударними дронами по прикордонних громадах Сумщини.", "drone_strike"),
    ("Росія вночі випустила по області п'ять ракет, повідомили Повітряні сили.", "missile_strike"),
])
def test_a_weapon_in_the_instrumental_or_after_the_place_stays_the_means(text, operation):
    assert events(text, lang="uk")[0]["operation"] == operation


# (strict xfails on r20-uk: the Russian reading came with r20-ru's platforms._held_by_target and
# _object_of_target_prep, merged with this one in session 22)
@pytest.mark.parametrize("text", [
    "Американские военные нанесли удар по четырём противокорабельным крылатым ракетам хуситов в Йемене.",
    "Армия обороны Израиля нанесла удар по цеху производства управляемых ракет «Хезболлы» в Ливане.",
])
def test_a_weapon_struck_is_no_means_in_russian(text):
    assert one(text, lang="ru")["operation"] == "airstrike"


# The attribution line of a report ("Джерело: Генштаб ЗСУ"): the source after the label claims
# the strike, as the subject of a verb of saying does.
@pytest.mark.parametrize("text, claimant", [
    ("Сили оборони вночі уразили нафтоперекачувальну станцію у Волгоградській області РФ.\n\n"
     "Джерело: Генштаб ЗСУ\n\nДеталі: на станції зафіксовано пожежу.", "UKR"),
    ("США завдали авіаударів по об'єктах проіранських угруповань у Сирії.\n\n"
     "Джерело: речник Пентагону Джон Сміт, цитує Укрінформ\n\nДеталі: удари завдали винищувачі F-15.", "USA"),
    ("Сили оборони завдали удару по складу боєприпасів у Курській області.\nДжерело: Генеральний штаб ЗСУ",
     "UKR"),
    ("Сили оборони завдали удару по складу боєприпасів у Курській області.\nДжерело: Telegram-канал Генштабу",
     "UKR"),
    # the agency relaying the army: the army claims, as before
    ("Ізраїль заявив, що його війська атакували бойовиків ХАМАС на півночі сектора Газа.\n\n"
     "Джерело: агентство Reuters із посиланням на пресслужбу Армії оборони Ізраїлю", "ISR"),
])
def test_the_source_line_names_the_claimant(text, claimant):
    assert events(text, lang="uk")[0]["claimant"] == claimant


def test_a_source_noun_that_is_no_attribution_label_claims_nothing_new():
    # "кажуть джерела" in running text: unnamed sources, as before; "Джерело фото:" credits a photo
    ev = one("Сили оборони вночі уразили склад пального в Луганській області, кажуть джерела.", lang="uk")
    assert ev["claimant"] == "OTHER"
    ev = one("Сили оборони вночі уразили склад пального в Луганській області.\nДжерело фото: Генштаб ЗСУ",
             lang="uk")
    assert ev["claimant"] is None


# The headline printed as the text's first line, with no stop, longer than a short line (45-120
# characters): it is a sentence of its own (meta long_headlines, as ru, de, es, tr), so the
# lead's striker is not read together with the headline's words ("збито ... є постраждалі").
@pytest.mark.parametrize("text, actor, claimant, admin1", [
    ("Уночі збито 40 ворожих дронів із 70, 25 локаційно втрачено, є постраждалі\n"
     "Російські окупанти атакували Україну в ніч на середу 70 ударними безпілотними літальними апаратами "
     "типу Shahed і безпілотниками-імітаторами різних типів, 40 з них удалося збити, а 25 ворожих "
     "безпілотників-імітаторів було локаційно втрачено без негативних наслідків, повідомляється в "
     "телеграм-каналі Повітряних сил Збройних сил України.\nУламки пошкодили будинки в Черкаській області.",
     "RUS", "UKR", ["UA-71"]),
    ("Є поранені: хусити вдарили балістичною ракетою по порту на півдні Ізраїлю\nПідтримувані Іраном хусити "
     "запустили з території Ємену балістичну ракету, яка влучила в склад у порту Ейлат. Про це повідомила "
     "Армія оборони Ізраїлю.", "HOUTHI", "ISR", ["IL-D"]),
    ("Дрони Сил оборони вразили нафтобазу в Бєлгородській області, спалахнула пожежа\nУ ніч на четвер "
     "підрозділи Сил безпілотних систем ЗСУ уразили нафтобазу поблизу Валуйок, повідомив Генштаб ЗСУ. "
     "На території об'єкта зафіксовано пожежу.", "UKR", "UKR", ["RU-BEL"]),
])
def test_a_long_headline_line_is_its_own_sentence(text, actor, claimant, admin1):
    ev = one(text, lang="uk")
    assert (ev["actor"], ev["claimant"], ev["admin1"]) == (actor, claimant, admin1)
    assert len(ev["evidence"]) >= 2 and ev["evidence"][0][1] < text.index("\n") + 1


def test_a_long_crash_headline_reports_no_strike():
    assert events("У Росії розбився винищувач Су-34 під час навчального польоту, екіпаж загинув\nЛітак упав "
                  "у полі під час планового польоту, повідомили в Міноборони РФ. Причиною катастрофи могла "
                  "стати технічна несправність.", lang="uk") == []


def test_a_long_headline_line_is_its_own_sentence_in_russian():
    ev = one("Ночью сбиты 40 вражеских дронов из 70, 25 локационно потеряны, есть пострадавшие\nРоссийские "
             "оккупанты атаковали Украину в ночь на среду 70 ударными беспилотниками типа Shahed, 40 из них "
             "удалось сбить, сообщается в телеграм-канале Воздушных сил Вооруженных сил Украины.\nОбломки "
             "повредили дома в Черкасской области.", lang="ru")
    assert (ev["actor"], ev["claimant"], ev["admin1"]) == ("RUS", "UKR", ["UA-71"])


# The dotted settlement abbreviation "н.п." (населений пункт) before a town's name ends no
# sentence (grammar.abbreviations): the town is where the strike fell, in the strike's sentence.
@pytest.mark.parametrize("text, lang, actor, admin1, places", [
    ("Сили оборони уразили виробництво БпЛА в н.п. Валуйки, що в Бєлгородській області РФ, повідомив Генштаб.",
     "uk", "UKR", ["RU-BEL"], ["Valuyki"]),
    ("Російські війська завдали артилерійського удару по н.п. Вовчанськ Харківської області, повідомила ОВА.",
     "uk", "RUS", ["UA-63"], ["Vovchansk"]),
    ("Вночі ворожі дрони атакували н.п. Шостка на Сумщині, пошкоджено підстанцію, повідомив голова ОВА.",
     "uk", "RUS", ["UA-59"], ["Shostka"]),
    ("Силы обороны поразили производство БПЛА в н.п. Валуйки Белгородской области, сообщил Генштаб ВСУ.",
     "ru", "UKR", ["RU-BEL"], ["Valuyki"]),
    pytest.param("Підрозділи Сил безпілотних систем уразили склад пального поблизу н. п. Глушково Курської області.",
                 "uk", "UKR", ["RU-KRS"], ["Glushkovo"],
                 marks=pytest.mark.xfail(strict=True, reason="the town after 'поблизу н. п.' (spaced abbreviation "
                                         "after a preposition of nearness) is not read as a location; the unit is")),
])
def test_a_settlement_abbreviation_ends_no_sentence(text, lang, actor, admin1, places):
    ev = one(text, lang=lang)
    assert (ev["actor"], ev["admin1"], names(ev)) == (actor, admin1, places)
    assert ev["evidence"] == [[0, len(text)]]


# A force's bare name that the lexicon codes as the reader's own side ("Повітряні сили",
# "Військово-морські сили": Ukraine's) is another state's when that state's name follows it in the
# genitive (triggers._owned_institutions reads actor_roles.military_names); the Houthis name
# their own forces "Збройні сили Ємену", "Військово-морські сили Ємену".
@pytest.mark.parametrize("text, actor, target_group", [
    ("Військово-морські сили США завдали удару по радару хуситів у Ємені.", "USA", "HOUTHI"),
    ("Кораблі Військово-морських сил США атакували склад ракет хуситів у Ємені.", "USA", "HOUTHI"),
    ("Військово-морські сили Великої Британії завдали удару по позиціях хуситів.", "GBR", "HOUTHI"),
    ("Хусити заявили, що Військово-морські сили Ємену атакували ракетою британське судно.", "HOUTHI", "GBR"),
    ("\"Військово-морські сили Ємену запустили протикорабельну ракету по американському есмінцю в Червоному "
     "морі\", — сказав речник хуситів.", "HOUTHI", "USA"),
    ("Військово-повітряні сили Ізраїлю атакували позиції Хезболли на півдні Лівану.", "ISR", "HEZBOLLAH"),
    ("Військово-морські сили ЗСУ уразили десантний катер окупантів біля Криму.", "UKR", "RUS"),
    pytest.param("Повітряні сили Туреччини знищили укриття РПК на півночі Іраку.", "TUR", "PKK",
                 marks=pytest.mark.xfail(strict=True, reason="no event: 'Повітряні сили Туреччини' with an "
                                         "impact verb ('знищили укриття') is not read as a strike (the owned "
                                         "institution leaves the sentence without its side)")),
])
def test_a_navy_or_air_force_named_with_its_state_is_that_states(text, actor, target_group):
    ev = one(text, lang="uk")
    assert (ev["actor"], ev["target_group"]) == (actor, target_group)
