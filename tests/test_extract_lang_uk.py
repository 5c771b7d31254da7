"""Ukrainian constructions the extractor reads, each on a sentence written for this test
(none is copied from a corpus text)."""
from __future__ import annotations

from extractors.gazetteer import get_gazetteer
from tests.extract_helpers import events, one


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
