"""The `locations` field: how the places struck are found and named, by mechanism, on
sentences written for these tests in several languages (the gazetteer's own data is tested
in test_gazetteer*.py, single constructions in test_extract_places.py)."""
from __future__ import annotations

from tests.extract_helpers import events, one


def names(ev):
    return [loc["name"] for loc in ev["locations"]]


# --- a later sentence names the reported strike again and says where it fell ------------

def test_english_toll_sentence_names_the_strike_again_with_its_town():
    ev = one("Russian warplanes struck militant positions in Idlib province on Tuesday, the defence "
             "ministry said. Three civilians died in the strikes near the town of Kafr Nabl, a monitor said.")
    assert ev["actor"] == "RUS" and names(ev) == ["Kafranbel"] and ev["admin1"] == ["SY-ID"]


def test_english_agency_report_of_a_wounded_names_the_village_struck():
    ev = one("The Israeli army said its jets struck Hezbollah targets in southern Lebanon overnight. "
             "Lebanon's state news agency said two people were wounded in an air strike on a house in "
             "the village of Kfar Kila.")
    assert names(ev) == ["Kfar Kila"] and "LB-NA" in ev["admin1"]


def test_spanish_monitor_toll_names_the_locality_of_the_attacks():
    ev = one("La aviación rusa bombardeó posiciones yihadistas en la provincia de Idlib, informó el "
             "Ministerio de Defensa. Según el Observatorio, cinco civiles murieron en los ataques cerca "
             "de la localidad de Kafr Nabl.", lang="es")
    assert ev["actor"] == "RUS" and names(ev) == ["Kafranbel"]


def test_spanish_drone_attack_on_a_vehicle_names_its_locality():
    ev = one("El ejército israelí atacó objetivos de Hezbolá en el sur del Líbano. Las autoridades "
             "libanesas informaron de un herido en un ataque con dron contra un vehículo en la "
             "localidad de Kfar Kila.", lang="es")
    assert names(ev) == ["Kfar Kila"] and "LB-NA" in ev["admin1"]


def test_german_attacks_named_again_near_a_village():
    ev = one("Die russische Luftwaffe hat Stellungen in der Provinz Idlib bombardiert. Bei den Angriffen "
             "nahe der Ortschaft Sarmin starben nach Angaben von Aktivisten drei Zivilisten.", lang="de")
    assert names(ev) == ["Sarmin"] and ev["admin1"] == ["SY-ID"]


def test_strike_named_again_beside_a_meeting_elsewhere_adds_no_place():
    # the capital is where talks were held, many words and another predicate away
    ev = one("Pakistani jets struck militant hideouts in Paktika province on Tuesday, officials said. "
             "The strikes came on the day a delegation from Islamabad held talks with ministers in Kabul.")
    assert "Kabul" not in names(ev)


def test_attack_on_the_strikers_own_side_named_later_is_not_its_place():
    ev = one("Aviones turcos bombardearon refugios del PKK en el norte de Irak, según el Ministerio de "
             "Defensa. La operación se produjo días después de un ataque contra una fábrica turca en la "
             "ciudad de Kayseri.", lang="es")
    assert "Kayseri" not in names(ev)


def test_sentence_naming_both_strikers_gives_the_later_place_to_both():
    found = events("Syrische und russische Kampfflugzeuge haben Ziele in der Provinz Idlib bombardiert. "
                   "Bei den Angriffen nahe der Ortschaft Sarmin starben drei Zivilisten.", lang="de")
    assert sorted(e["actor"] for e in found) == ["RUS", "SYR"]
    assert all(names(e) == ["Sarmin"] for e in found)


# --- an Arabic article written apart inside a name ("el", an article of Spanish too) ------

def test_english_name_with_a_spaced_article_stays_whole_and_its_list_goes_on():
    ev = one("Turkish drones struck positions near the villages of Tell el Hawa and Umm Harmala, the "
             "ministry said.")
    assert names(ev) == ["Tell el Hawa", "Umm Harmala"]


def test_french_name_with_a_spaced_article_in_a_list_of_localities():
    ev = one("L'aviation israélienne a frappé les localités de Deir el Zahrani et de Kfar Kila, selon "
             "l'agence.", lang="fr")
    assert names(ev) == ["Deir el Zahrani", "Kfar Kila"]


def test_spanish_list_of_localities_after_a_name_with_el():
    ev = one("El ejército israelí bombardeó la periferia de las localidades de Aita el Chaab, Aïtaroun, "
             "Kounine y Blida.", lang="es")
    assert names(ev) == ["Ayta ash-Shaab", "Aitaroun", "Kounine", "Blida"]


def test_a_coordinator_between_two_names_still_splits_them():
    ev = one("L'aviation russe a frappé des positions dans les localités de Kafr Nabl et Maarat, selon "
             "l'OSDH.", lang="fr")
    assert len(ev["locations"]) == 2


# --- a facility the gazetteer does not hold, named after the town it serves ---------------

def test_english_airport_named_by_its_town_is_the_town():
    ev = one("Ukrainian drones struck a fuel depot at Sochi airport overnight, the military said.")
    assert names(ev) == ["Sochi"] and ev["admin1"] == ["RU-KDA"]


def test_ukrainian_airport_named_by_its_town_is_the_town():
    ev = one("Українські дрони атакували аеропорт Сочі, повідомили військові.", lang="uk")
    assert names(ev) == ["Sochi"]


def test_turkish_international_airport_of_a_town_is_the_town():
    ev = one("İran Devrim Muhafızları, Uluslararası Erbil Havalimanı'nı füzelerle vurdu.", lang="tr")
    assert names(ev) == ["Erbil"]


def test_facility_with_a_name_of_its_own_keeps_it():
    ev = one("Houthi forces said they fired a missile at Ben Gurion Airport near Tel Aviv.")
    assert "Ben Gurion Airport" in names(ev)


# --- a name the gazetteer lacks, right after the strike and a plain preposition ----------

def test_english_unknown_village_right_after_the_airstrikes():
    ev = one("Russian fighter jets carried out two airstrikes on Hursh Basinqoul, the monitor said.")
    assert "Hursh Basinqoul" in names(ev)


def test_french_unknown_village_right_after_the_strikes():
    ev = one("L'armée de l'air nigériane a mené des frappes à Tumbun Rego, selon son porte-parole.", lang="fr")
    assert names(ev) == ["Tumbun Rego"]


def test_spanish_unknown_village_right_after_the_bombings():
    ev = one("La Fuerza Aérea nigeriana llevó a cabo bombardeos en Tumbun Rego, según su portavoz.", lang="es")
    assert names(ev) == ["Tumbun Rego"]


def test_unknown_capitalised_word_far_from_the_strike_is_no_place():
    ev = one("Russian jets struck militant positions overnight, the ministry said in a statement on Telegram.")
    assert names(ev) == []


def test_german_capitalised_noun_after_the_strike_is_no_place():
    ev = one("Russische Kampfjets bombardierten am Montag Stellungen der Miliz, teilte das Ministerium mit.",
             lang="de")
    assert names(ev) == []


# --- a place named as the strike verb's object, without a preposition --------------------

def test_french_villages_bombed_as_the_verbs_object():
    ev = one("Deux avions de chasse des FARDC ont bombardé Tchanzu et Runyoni, dans le Nord-Kivu, selon "
             "l'armée.", lang="fr")
    assert names(ev)[:2] == ["Tchanzu", "Runyoni"]


def test_english_villages_bombed_as_the_verbs_object():
    ev = one("Israeli jets bombed Yaroun and Blida overnight, the army said.")
    assert names(ev) == ["Yaroun", "Blida"]


def test_spanish_village_attacked_as_the_verbs_object():
    ev = one("La aviación israelí atacó Yaroun durante la noche, según el ejército.", lang="es")
    assert names(ev) == ["Yaroun"]


def test_a_weapon_named_after_the_verb_is_no_place():
    ev = one("A Russian submarine fired Kalibr cruise missiles at targets in Raqqa province, the "
             "ministry said.")
    assert "Kalibr" not in names(ev)


# --- a list of first-level units' names, with no unit noun, names the units --------------

def test_english_list_of_four_provinces_by_name_adds_no_towns():
    ev = one("Syrian government drones attacked HTS positions in Aleppo, Idlib, Hama and Latakia since "
             "morning, the monitor said.")
    assert names(ev) == [] and set(ev["admin1"]) == {"SY-HL", "SY-ID", "SY-HM", "SY-LA"}


def test_german_list_of_oblasts_by_name_adds_no_towns():
    ev = one("Russische Drohnen griffen Ziele in Charkiw, Tscherkasy und Kyjiw an, teilte die Luftwaffe mit.",
             lang="de")
    assert names(ev) == [] and set(ev["admin1"]) >= {"UA-63", "UA-71"}


def test_list_of_cities_after_a_town_noun_stays_towns():
    ev = one("Drones rusos atacaron las ciudades de Odesa, Sumy y Zaporiyia durante la noche.", lang="es")
    assert names(ev) == ["Odesa", "Sumy", "Zaporizhzhia"]


def test_turkish_list_of_cities_before_their_town_noun_stays_towns():
    ev = one("Rus ordusu Odessa, Zaporijya ve Sumi kentlerine İHA saldırıları düzenledi.", lang="tr")
    assert sorted(names(ev)) == ["Odesa", "Sumy", "Zaporizhzhia"]


# --- a settlement noun introduces the locality in every case form -------------------------
# Settlement nouns match by form (lexicon.FORM_GROUPS): "по городу X", "на деревню X",
# "в селении X" introduce X as "в городе X" does; a place phrase that holds a settlement
# noun itself ("у місті", "по місту") introduces a locality as "near the village of" does,
# so a name the gazetteer lacks is kept there too.

def test_russian_dative_town_noun_introduces_the_town_struck():
    ev = one("Израильская авиация нанесла удар по городу Тибнин на юге Ливана, сообщила армия.", lang="ru")
    assert names(ev) == ["Tebnine"] and ev["admin1"] == ["LB-NA"]


def test_russian_dative_and_locative_village_nouns_introduce_unknown_villages():
    # (a name the gazetteer lacks is kept in its romanised nominative)
    ev = one("Правительственная авиация Мьянмы нанесла удар по деревне Тхаунг Пью в штате Ракхайн, "
             "сообщили местные СМИ.", lang="ru")
    assert names(ev) == ["Tkhaung Pyu"]
    ev = one("Российские самолеты нанесли удары по позициям боевиков в селении Кафр-Нубуда на севере "
             "Хамы, сообщило Минобороны России.", lang="ru")
    assert [n.lower() for n in names(ev)] in (["kafr nubudah"], ["kafr-nubuda"], ["kafr nabudah"])


def test_russian_inhabited_locality_phrase_in_the_dative():
    ev = one("Таиландские истребители нанесли авиаудар по населенному пункту Пхум Танонг в провинции "
             "Удармеантьей, сообщило министерство обороны Камбоджи.", lang="ru")
    assert names(ev) == ["Pkhum Tanong"]


def test_ukrainian_town_phrase_in_the_locative_introduces_the_town_struck():
    ev = one("Ізраїльська авіація завдала удару у місті Тебнін на півдні Лівану, повідомила армія.", lang="uk")
    assert names(ev) == ["Tebnine"] and ev["admin1"] == ["LB-NA"]
    ev = one("Ізраїльський дрон влучив у будинок у селищі Мейдун на півдні Лівану, повідомила армія.", lang="uk")
    assert names(ev) == ["Meydun"]


def test_ukrainian_dative_town_phrase_introduces_a_known_town():
    ev = one("Ізраїльська авіація завдала удару по місту Тебнін на півдні Лівану, повідомила армія.", lang="uk")
    assert names(ev) == ["Tebnine"] and ev["admin1"] == ["LB-NA"]


def test_a_settlement_noun_without_a_name_after_it_adds_no_place():
    ev = one("Российские самолеты нанесли удар по городу, где укрывались боевики, сообщило Минобороны "
             "России.", lang="ru")
    assert ev["locations"] == []


# --- a facility named after the linker of a genitive --------------------------------------
# "l'aéroport de X", "la refinería de X": the facility's name follows its noun and a linker
# (locate._facilities); a refinery or an oil field named by its town is the town, one with
# a name of its own keeps it; two facilities of one kind are two places, and the capital of
# a sentence's first word before the noun ("Cette raffinerie") is no name.

def test_french_airport_and_oil_field_named_after_de():
    ev = one("Les rebelles houthis ont revendiqué une attaque de drones contre l'aéroport de Ramon, "
             "dans le sud d'Israël.", lang="fr")
    assert names(ev) == ["Ramon Airport"]
    ev = one("Des drones houthis ont frappé le champ pétrolifère de Shaybah, a indiqué le ministère "
             "saoudien de l'Energie.", lang="fr")
    assert names(ev) == ["Shaybah Oil Field"]


def test_french_refinery_named_by_its_town_is_the_town():
    ev = one("Des drones ukrainiens ont touché dans la nuit la raffinerie de Kirishi, dans le nord-ouest "
             "de la Russie, a annoncé l'état-major ukrainien.", lang="fr")
    assert names(ev) == ["Kirishi"] and ev["admin1"] == ["RU-LEN"]


def test_spanish_refinery_and_airport_named_after_de():
    ev = one("Drones ucranianos atacaron la refinería de Kirishi durante la noche, informó el Estado "
             "Mayor ucraniano.", lang="es")
    assert names(ev) == ["Kirishi"]
    ev = one("Los hutíes lanzaron drones contra el aeropuerto de Ramon, en el sur de Israel, según "
             "su portavoz militar.", lang="es")
    assert names(ev) == ["Ramon Airport"]


def test_russian_air_base_in_every_case_form():
    ev = one("Хуситы заявили, что нанесли ракетный удар по военно-воздушной базе Неватим в пустыне "
             "Негев.", lang="ru")
    assert names(ev) == ["Nevatim Air Base"]


def test_two_airports_struck_are_two_places():
    ev = one("Les Houthis ont affirmé avoir frappé l'aéroport Ben Gourion et l'aéroport de Ramon avec "
             "des drones.", lang="fr")
    assert names(ev) == ["Ben Gurion Airport", "Ramon Airport"]
    ev = one("Houthi drones targeted Ben Gurion Airport and Ramon Airport on Sunday, the group's "
             "spokesman said.")
    assert names(ev) == ["Ben Gurion Airport", "Ramon Airport"]


def test_a_determiner_before_the_facility_noun_is_no_name():
    ev = one("Des drones ukrainiens ont frappé une raffinerie russe. Cette raffinerie alimente l'armée, "
             "a indiqué l'état-major ukrainien.", lang="fr")
    assert ev["locations"] == []


# --- a detail sentence locates the target struck in a named locality ----------------------
# Right after the report, a sentence with no strike verb and no side of its own that names
# the strike or its target again, definite ("el vehículo", "dem Depot", "الغارات"), with a
# settlement noun and a name, says where the strike fell (events._strike_located). A thing
# named in general ("Ships in the port of X") or another side's deed says nothing of it.

def test_spanish_target_located_in_the_next_sentence():
    ev = one("Un dron israelí atacó un automóvil en el sur del Líbano, informó el ejército israelí. "
             "El vehículo circulaba cerca de la localidad de Kfar Kila cuando fue alcanzado.", lang="es")
    assert names(ev) == ["Kfar Kila"] and ev["admin1"] == ["LB-NA"]
    ev = one("La aviación rusa destruyó un depósito de municiones en la provincia de Idlib, según el "
             "Ministerio de Defensa. El depósito estaba situado en la ciudad de Saraqib.", lang="es")
    assert names(ev) == ["Saraqib"] and ev["admin1"] == ["SY-ID"]


def test_german_depot_located_in_the_next_sentence():
    ev = one("Ukrainische Drohnen haben ein großes Munitionslager in Russland zerstört, teilte der "
             "Generalstab mit. Das Munitionslager befand sich in der Stadt Toropez nahe der Grenze.", lang="de")
    assert names(ev) == ["Toropets"] and ev["admin1"] == ["RU-TVE"]
    ev = one("Die israelische Luftwaffe hat ein Waffenlager der Hisbollah angegriffen, sagte die Armee. "
             "Das Waffenlager lag im Dorf Kfar Kila im Süden des Libanon.", lang="de")
    assert names(ev) == ["Kfar Kila"]


def test_a_thing_named_in_general_in_a_later_sentence_adds_no_place():
    ev = one("US fighter jets struck Houthi radar sites in Yemen on Friday, the military said. "
             "Ships in the port of Hodeidah carry fuel for the whole country.")
    assert "Hodeidah" not in names(ev)


# --- a direction right after the strike names the place it fell ---------------------------
# CONVENTIONS: "a direction without a distance, 'targets east of X', -> X". A direction
# phrase right after the strike or what it hit introduces its locality
# (locate._strike_direction), a first-level unit's seat too ("au sud de Damas": Damascus,
# tests/test_extract_conventions.py); a direction that locates another place ("a village
# south of the city of X") stays a reference.

def test_french_strikes_north_of_a_town_fell_on_the_town():
    ev = one("Les avions russes ont mené des frappes au nord de Kafranbel, dans la province d'Idleb, "
             "selon l'OSDH.", lang="fr")
    assert names(ev) == ["Kafranbel"] and ev["admin1"] == ["SY-ID"]
    ev = one("L'aviation israélienne a visé des cibles à l'est de Kfar Kila, a indiqué l'armée.", lang="fr")
    assert names(ev) == ["Kfar Kila"]


def test_english_targets_east_of_a_village():
    ev = one("Israeli jets struck Hezbollah targets east of Kfar Kila overnight, the army said.")
    assert names(ev) == ["Kfar Kila"] and ev["admin1"] == ["LB-NA"]
    ev = one("US aircraft struck a village south of the Kurdish-held city of Qamishli, the coalition said.")
    assert ev["locations"] == []


def test_spanish_air_strike_west_of_a_locality():
    ev = one("La aviación maliense realizó un bombardeo al oeste de la localidad de Niono, informaron "
             "las Fuerzas Armadas.", lang="es")
    assert names(ev) == ["Niono"] and ev["admin1"] == ["ML-4"]
    ev = one("Los aviones rusos lanzaron ataques al norte de Kafranbel, según el Observatorio.", lang="es")
    assert names(ev) == ["Kafranbel"]


# --- lists of places after a settlement noun -------------------------------------------
# A list goes on to its last name, however long (locate.LIST_NAMES); in a script without
# capitals, through names the gazetteer lacks, glued to "and" or after a comma, an item of
# up to three words (locate._caseless_list_next); it ends at a word not glued to "and".

def test_english_and_spanish_long_list_of_villages_reaches_its_last_name():
    ev = one("Israeli jets struck the villages of Houla, Khiam, Kfar Kila, Aitaroun, Yaroun, Blida and "
             "Mays al-Jabal overnight, the army said.")
    assert "Mays al-Jabal" in names(ev) and "Houla" in names(ev)
    ev = one("La aviación israelí bombardeó las localidades de Houla, Khiam, Kfar Kila, Aitaroun, Yaroun, "
             "Blida y Mays al-Jabal, informó el ejército.", lang="es")
    assert "Mays al-Jabal" in names(ev)


def test_arabic_list_goes_on_past_a_name_the_gazetteer_lacks():
    # the name it lacks is kept too, romanised (locate._caseless_unknown_names), without a unit
    ev = one("قصفت الطائرات التركية مناطق متينا وزاب وقنديل شمال العراق، وفق وزارة الدفاع التركية.", lang="ar")
    assert sorted(names(ev)) == ["Metina", "Qandil", "Zab"] and "IQ-AR" in ev["admin1"]
    ev = one("شن الطيران الحربي الأردني غارات على قرى خازمة الشرقية وملح في ريف السويداء.", lang="ar")
    assert sorted(names(ev)) == ["Khazma", "Malah"] and ev["admin1"] == ["SY-SU"]


def test_arabic_list_item_of_several_unknown_words_then_a_known_town():
    ev = one("شنت الطائرات الإسرائيلية غارات على بلدات دير قانون النهر وميس الجبل في جنوب لبنان.", lang="ar")
    assert sorted(names(ev)) == ["Deir Qanun al-Nahr", "Mays al-Jabal"]
    ev = one("قال حزب الله إنه قصف تجمعات للجنود الإسرائيليين في مستوطنات كريات شمونة، المطلة.", lang="ar")
    assert names(ev) == ["Qiryat Shmona", "Metula"]


def test_arabic_list_ends_at_a_word_not_glued_to_and():
    ev = one("شنت الطائرات الإسرائيلية غارات على بلدة كفر كلا وتسببت في أضرار جسيمة بالقرى الحدودية "
             "وميس الجبل.", lang="ar")
    assert names(ev) == ["Kfar Kila"]


# --- the English name news copy gives a town ---------------------------------------------
# GeoNames names some towns by another romanisation than the one wire copy uses; the
# gazetteer writes them by the news name (data/english_names.toml), whatever spelling
# the text uses.

def test_towns_take_the_name_news_copy_gives_them():
    ev = one("Iranian drones struck a Kurdish opposition base in the town of Koysinjaq in northern Iraq, "
             "the Revolutionary Guards said.")
    assert names(ev) == ["Koysinjaq"] and ev["admin1"] == ["IQ-AR"]
    ev = one("Американські літаки завдали ударів по позиціях бойовиків поблизу міста Кобані на півночі "
             "Сирії, повідомило командування.", lang="uk")
    assert names(ev) == ["Kobani"] and ev["admin1"] == ["SY-HL"]
    ev = one("قصفت الطائرات التركية مواقع للمسلحين في بلدة جنديرس شمال غربي سوريا.", lang="ar")
    assert names(ev) == ["Jindires"]


# --- a toll of fighters right after the report, with the locality where they died -------
# (events._add_details: the sentence gives `killed`, and its locality named as one is a
# place of the event; a toll with no locality adds none)

def test_english_fighters_killed_near_a_town_after_the_report():
    ev = one("US Africa Command said it conducted an airstrike against al-Shabaab on Sunday. Two "
             "al-Shabaab fighters were killed near the town of Jilib, the command said.")
    assert names(ev) == ["Jilib"] and ev["admin1"] == ["SO-JD"] and ev["killed"] == 2
    ev = one("US Africa Command said it conducted an airstrike against al-Shabaab on Sunday. Two "
             "al-Shabaab fighters were killed, the command said.")
    assert ev["locations"] == [] and ev["killed"] == 2


def test_turkish_fighters_killed_in_an_area_after_the_report():
    ev = one("ABD Afrika Komutanlığı, Eş-Şebab'a yönelik hava saldırısı düzenlediğini açıkladı. "
             "Açıklamada, Jilib bölgesinde iki Eş-Şebab militanının öldürüldüğü belirtildi.", lang="tr")
    assert names(ev) == ["Jilib"] and ev["killed"] == 2
    ev = one("ABD Afrika Komutanlığı, Eş-Şebab'a yönelik hava saldırısı düzenlediğini açıkladı. "
             "Açıklamada, iki Eş-Şebab militanının öldürüldüğü belirtildi.", lang="tr")
    assert ev["locations"] == [] and ev["killed"] == 2


# --- a village named by an adjective, declined (Ukrainian and Russian) -------------------
# Many villages of Ukraine are named by a neuter adjective (Удачне, Приазовське); after a
# preposition the name takes the adjective's case ending ("у районі Удачного", "в Удачном"),
# whose nominative is the stem with the neuter ending, not with the masculine one.

def test_ukrainian_village_named_by_a_neuter_adjective_in_the_genitive():
    ev = one("Сили оборони уразили командний пункт окупантів поблизу Удачного на Донеччині, "
             "повідомив Генштаб.", "uk")
    assert names(ev) == ["Udachne"] and ev["admin1"] == ["UA-14"]


def test_ukrainian_village_named_by_a_neuter_adjective_in_the_locative():
    ev = one("Сили оборони уразили склад пального окупантів у Приазовському, повідомив Генштаб.", "uk")
    assert names(ev) == ["Pryazovske"] and ev["admin1"] == ["UA-23"]


def test_russian_village_named_by_an_adjective_in_the_genitive():
    ev = one("Российские войска нанесли удар по складу боеприпасов ВСУ в районе Приазовского, "
             "сообщило Минобороны России.", "ru")
    assert names(ev) == ["Pryazovske"] and ev["admin1"] == ["UA-23"]


def test_russian_village_named_by_an_adjective_in_the_locative():
    ev = one("Российская авиация нанесла удар по позициям ВСУ в Удачном, сообщило Минобороны.", "ru")
    assert names(ev) == ["Udachne"] and ev["admin1"] == ["UA-14"]


# --- a village's namesake in the unit the text names ------------------------------------

def test_ukrainian_village_takes_its_namesake_in_the_region_the_text_names():
    # two Pryazovskes: the larger in Zaporizhzhia, a small one in Donetsk
    ev = one("Сили оборони уразили склад боєприпасів у районі села Приазовського на ТОТ Донецької "
             "області, повідомив Генштаб.", "uk")
    assert names(ev) == ["Pryazovske"] and ev["admin1"] == ["UA-14"]
    ev = one("Сили оборони уразили склад боєприпасів у районі села Приазовського, повідомив Генштаб.", "uk")
    assert names(ev) == ["Pryazovske"] and ev["admin1"] == ["UA-23"]


def test_russian_village_takes_its_namesake_in_the_region_the_text_names():
    ev = one("Российские войска нанесли удар по складу ВСУ у Приазовского в Донецкой области, "
             "сообщило Минобороны.", "ru")
    assert names(ev) == ["Pryazovske"] and ev["admin1"] == ["UA-14"]


def test_a_two_word_name_opening_with_an_adjective_is_declined_word_by_word():
    # "Красного Лимана": both words declined; the adjective is the name's, not a village Красное
    ev = one("Российская авиация нанесла удар по позициям ВСУ в районе Красного Лимана, сообщило "
             "Минобороны.", "ru")
    assert names(ev) == ["Lyman"] and ev["admin1"] == ["UA-14"]
    ev = one("Сили оборони уразили склад окупантів поблизу Красного Лиману на Донеччині, повідомив "
             "Генштаб.", "uk")
    assert names(ev) == ["Lyman"] and ev["admin1"] == ["UA-14"]


def test_an_adjective_before_a_lower_case_noun_names_no_village():
    # "на Запорізькому напрямку": on the Zaporizhzhia axis (there is a village Запорізьке)
    ev = one("Підрозділи ракетних військ ЗСУ уразили склад боєприпасів окупантів на Запорізькому "
             "напрямку, повідомив Генштаб.", "uk")
    assert names(ev) == []
    ev = one("Российская авиация нанесла удар по складу боеприпасов ВСУ на Запорожском направлении, "
             "сообщило Минобороны.", "ru")
    assert names(ev) == []
