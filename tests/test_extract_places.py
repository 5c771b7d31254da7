"""Places stage: the country, first-level units and localities struck, read from constructions
on invented sentences (the gazetteer's own data is tested in test_gazetteer*.py)."""
from __future__ import annotations

import pytest

from extractors.gazetteer import get_gazetteer
from tests.extract_helpers import events, one


def names(ev):
    return [l["name"] for l in ev["locations"]]


def test_turkish_names_listed_before_their_locality_noun():
    ev = events("Türk Silahlı Kuvvetleri, Irak'ın kuzeyindeki Kara, Dere ve Mosul bölgelerine hava harekâtı "
                "düzenledi ve 5 terörist etkisiz hâle getirildi.", lang="tr")
    assert [e["actor"] for e in ev] == ["TUR"]
    assert names(ev[0]) == ["Kara", "Dere", "Mosul"]
    assert ev[0]["country"] == "IQ" and ev[0]["admin1"] == ["IQ-NI"]


def test_turkish_locative_ending_reads_in_place():
    ev = events("Türk Silahlı Kuvvetleri, Sincar’da hava harekâtı düzenledi ve 3 terörist etkisiz hâle getirildi.",
                lang="tr")
    assert names(ev[0]) == ["Sinjar"] and ev[0]["admin1"] == ["IQ-NI"]


def test_beirut_southern_suburbs_are_mount_lebanon():
    ev = events("Israeli jets struck Hezbollah sites in Dahiyeh overnight, the military said.")
    assert ev[0]["admin1"] == ["LB-JL"] and ev[0]["country"] == "LB"


def test_german_genitive_country_after_its_article_is_a_place():
    ev = events("Die israelische Luftwaffe hat am Montag Ziele der Hisbollah im Norden des Irans angegriffen, "
                "teilte die Armee mit.", lang="de")
    assert ev[0]["country"] == "IR"


def test_german_genitive_without_article_is_a_possessor():
    from extractors.places import gazetteer
    assert gazetteer().find_countries("Irans Armee") == []


def test_dateline_with_a_region_names_no_struck_place():
    ev = events("ERBIL, Kurdistan Region - US forces conducted an airstrike in northern Syria on Monday, "
                "killing an Islamic State leader, Central Command said.")
    assert ev[0]["country"] == "SY" and ev[0]["admin1"] == []


def test_unit_named_like_a_foreign_town_beside_places_of_another_country_is_dropped():
    # Zawiya is a Libyan district; "جبل الزاوية" is a mountain of Idlib
    ev = events("وقالت وزارة الدفاع الروسية إن الطائرات الحربية الروسية شنت غارات جوية على مواقع في جبل الزاوية "
                "بريف إدلب.", lang="ar")
    assert ev and "LY-ZA" not in ev[0]["admin1"] and ev[0]["country"] == "SY"


def test_arabic_fire_from_the_direction_of_a_place_is_an_origin():
    ev = events("أعلن الجيش الإسرائيلي أن طائراته شنت غارات من اتجاه الجولان على مواقع عسكرية في ريف دمشق.", lang="ar")
    assert ev and ev[0]["admin1"] == ["SY-RD"]


def test_turkish_ablative_names_where_fire_came_from():
    ev = events("İsrail ordusu, Halep'ten atılan roketlere karşılık Gazze'ye hava saldırısı düzenledi.", lang="tr")
    assert ev and "SY-HL" not in ev[0]["admin1"]


def test_city_inside_its_countryside_unit_was_not_struck():
    ev = events("أعلن الجيش الإسرائيلي أن طائراته شنت غارات على مواقع عسكرية في ريف حماة.", lang="ar")
    assert ev[0]["admin1"] == ["SY-HM"] and ev[0]["locations"] == []


def test_settlement_noun_after_a_preposition_introduces_a_locality():
    ev = events("US aircraft struck an Islamic State hideout near the small desert town of Qaryatayn, "
                "Central Command said.")
    assert names(ev[0]) == ["Al Qaryatayn"]
    ev = events("Российские самолеты нанесли удар по складу боеприпасов в районе поселка Эль-Хамра в Сирии, "
                "сообщили в Минобороны России.", lang="ru")
    # romanised "El-Khamra", the name is the gazetteer's Syrian Al Hamra up to transliteration
    assert names(ev[0]) == ["Al Hamra"] and ev[0]["country"] == "SY"


def test_russian_list_of_unknown_villages_is_romanised():
    ev = events("Израильские самолеты нанесли удары по объектам Хезболлах в районах Бурдан и Кафрасур на юге Ливана, "
                "сообщили в ЦАХАЛ.", lang="ru")
    assert names(ev[0]) == ["Burdan", "Kafrasur"]


def test_declined_unknown_name_is_not_romanised():
    from extractors.places import gazetteer
    g = gazetteer()
    assert g.romanize("Кафрасуром", "ru") is None
    assert g.romanize("Джебель-Хасан", "ru") == "Jebel-Khasan"
    assert g.romanize("Бердичеві", "uk") is None and g.romanize("Бердичів", "uk") == "Berdychiv"


def test_russian_district_noun_introduces_a_locality():
    ev = events("Американские самолеты нанесли удары по району Эль-Карийя, сообщили в Пентагоне.", lang="ru")
    assert names(ev[0]) == ["El-Kariyya"]


def test_country_adjective_beside_a_territory_noun_is_the_country():
    ev = events("Les avions français ont frappé mardi des dépôts d'armes de Daech dans le sud-est syrien, "
                "a indiqué l'état-major.", lang="fr")
    assert ev[0]["country"] == "SY"
    ev = events("Russian drones struck energy facilities deep in Ukrainian territory overnight, the Russian "
                "defence ministry said.")
    assert ev[0]["country"] == "UA"


def test_country_adjective_without_a_territory_noun_names_no_place():
    ev = events("Des avions syriens ont bombardé mardi des positions rebelles, a annoncé l'armée.", lang="fr")
    assert ev[0]["country"] is None


def test_place_where_a_statement_was_made_was_not_struck():
    ev = events("Pakistani jets struck a militant camp in Kunduz on Thursday, the Pakistani military said in a "
                "statement on Friday in Kabul.")
    assert "Kabul" not in names(ev[0]) and "AF-KAB" not in ev[0]["admin1"]


def test_place_in_a_clause_after_that_is_reported():
    ev = events("Officials said that rebel camps in the Zarkuni and Molwandi areas of Nangarhar were bombed by "
                "Pakistani jets on Monday.")
    assert names(ev[0]) == ["Zarkuni", "Molwandi"]


def test_english_names_before_an_area_noun():
    ev = events("Coalition aircraft destroyed two ISIS tunnels in the Wadi al-Qasr area of Anbar province on Monday, "
                "the task force said.")
    assert names(ev[0]) == ["Wadi al-Qasr"] and ev[0]["admin1"] == ["IQ-AN"]


def test_area_named_after_a_country_is_no_locality():
    ev = events("Nigerian Air Force jets struck ISWAP fighters on an island in the Lake Chad area on Tuesday, "
                "the air force said.")
    assert names(ev[0]) == []


def test_intercepted_and_destroyed_over_a_region_is_no_admin1():
    ev = events("Над Курской областью ночью перехвачены и уничтожены 15 украинских беспилотников, сообщили "
                "в Минобороны России.", lang="ru")
    assert ev[0]["actor"] == "UKR" and ev[0]["admin1"] == [] and ev[0]["country"] == "RU"


def test_arabic_proclitics_glued_to_a_place_name():
    ev = events("أعلن الجيش الأمريكي أن طائرة مسيرة نفذت ضربة خارج بجنديرس في شمال غرب سوريا.", lang="ar")
    assert "SY-HL" in ev[0]["admin1"]
    from extractors.locate import _lookup
    from extractors.places import gazetteer
    assert _lookup(gazetteer(), "وبجنديرس", None).name == "Jindires"   # and-in-Jindires
    assert _lookup(gazetteer(), "بالحديدة", None).name == "Al Hudaydah"  # in-the-Hodeidah


# ---- places (gazetteer integration)
def test_places_and_origin_exclusion():
    ev = events("Les avions russes ont frappé des cibles dans les provinces de Homs et de Hama, a annoncé le "
                "ministère russe. Les terroristes envoient des munitions depuis la province de Raqa, a poursuivi "
                "le général.", lang="fr", published="2015-10-12T10:00:00+00:00")
    assert ev[0]["country"] == "SY"
    assert "SY-HI" in ev[0]["admin1"] and "SY-RA" not in ev[0]["admin1"]


def test_village_the_gazetteer_lacks_is_a_location_without_coordinates():
    ev = events("The IDF struck two military outposts near the villages of Zorbatown and Qlayat on Saturday, "
                "the Israeli military said.", published="2015-04-11T10:00:00+00:00")
    names = {loc["name"]: loc for loc in ev[0]["locations"]}
    assert "Zorbatown" in names and names["Zorbatown"]["lat"] is None


def test_provinces_are_not_their_capitals():
    ev = events("Les avions russes ont frappé des cibles dans les provinces de Homs et Hama, a annoncé le "
                "ministère russe de la Défense.", lang="fr", published="2015-04-11T10:00:00+00:00")
    assert {"SY-HI", "SY-HM"} <= set(ev[0]["admin1"])
    assert ev[0]["locations"] == []


# ---- strike reports on sentences written for these tests

@pytest.mark.parametrize("text, lang", [
    ("Houthi drones struck an airport in Jizan on Monday, the group's military spokesman said.", "en"),
    ("قال المتحدث العسكري باسم الحوثيين إن طائرات مسيرة استهدفت مطارا في جازان يوم الاثنين.", "ar"),
    ("Хуситы атаковали беспилотниками аэропорт в Джизане, заявил военный представитель группировки.", "ru"),
    ("Хусити атакували дронами аеропорт у Джизані, заявив речник угруповання.", "uk"),
    ("Los hutíes dijeron que atacaron con drones el aeropuerto de Jizán.", "es"),
    ("Husiler, Suudi Arabistan'ın Cizan kentindeki havalimanını insansız hava araçlarıyla vurduklarını açıkladı.",
     "tr"),
])
def test_houthi_strike_on_jizan(text, lang):
    ev = one(text, lang)
    assert ev["actor"] == "HOUTHI"
    assert ev["country"] == "SA" and ev["admin1"] == ["SA-09"]


@pytest.mark.parametrize("text, lang, code", [
    ("Les Houthis ont frappé avec des drones un aéroport à Najran lundi, a indiqué leur porte-parole.", "fr", "SA-10"),
    ("Хуситы атаковали беспилотниками аэропорт в Наджране, заявил представитель группировки.", "ru", "SA-10"),
    ("The Houthis said they fired a ballistic missile at Aramco facilities in Saudi Arabia's Eastern Province.",
     "en", "SA-04"),
    ("Die Huthi-Miliz hat nach eigenen Angaben mit Drohnen einen Flughafen in Abha in der Provinz Asir angegriffen.",
     "de", "SA-14"),
    ("Los hutíes lanzaron drones contra el aeropuerto de Abha, en la provincia de Asir, según su portavoz.",
     "es", "SA-14"),
    ("قال المتحدث العسكري باسم الحوثيين إن طائرات مسيرة استهدفت مطار أبها في منطقة عسير.", "ar", "SA-14"),
])
def test_houthi_strikes_on_saudi_regions(text, lang, code):
    ev = one(text, lang)
    assert ev["actor"] == "HOUTHI" and ev["country"] == "SA" and ev["admin1"] == [code]


@pytest.mark.parametrize("text, lang, codes", [
    ("Armenian artillery shelled the city of Ganja on Sunday, Azerbaijan's defence ministry said.", "en", ["AZ-GA"]),
    ("Минобороны Азербайджана заявило, что армянские силы обстреляли Тертер и Барду из артиллерии.", "ru",
     ["AZ-TAR", "AZ-BAR"]),
    ("Azerbaijani drones struck Stepanakert overnight, Armenian officials said.", "en", ["AZ-XA"]),
    ("L'artillerie azerbaïdjanaise a bombardé Stepanakert et Chouchi, a indiqué le ministère arménien.", "fr",
     ["AZ-XA", "AZ-SUS"]),
    ("قالت وزارة الدفاع الأرمينية إن طائرات مسيرة أذربيجانية قصفت ستيباناكيرت ليلا.", "ar", ["AZ-XA"]),
    ("Azerbaijani drones struck targets in Martakert and Hadrut on Tuesday, the Armenian defence ministry said.", "en",
     ["AZ-TAR", "AZ-XVD"]),
])
def test_karabakh_war_places(text, lang, codes):
    ev = events(text, lang)
    assert ev and ev[0]["country"] == "AZ" and ev[0]["admin1"] == codes


def test_karabakh_towns_are_located():
    ev = one("Azerbaijani drones struck targets in Martakert and Hadrut on Tuesday, the Armenian defence ministry "
             "said.")
    assert [l["name"] for l in ev["locations"]] == ["Martakert", "Hadrut"]
    assert all(l["lat"] is not None for l in ev["locations"])


@pytest.mark.parametrize("text, lang, code", [
    ("Aserbaidschanische Drohnen griffen nach armenischen Angaben Ziele in der Provinz Syunik an.", "de", "AM-SU"),
    ("Азербайджанські війська обстріляли Гегаркунік, заявило міністерство оборони Вірменії.", "uk", "AM-GR"),
])
def test_strikes_on_armenian_provinces(text, lang, code):
    ev = one(text, lang)
    assert ev["actor"] == "AZE" and ev["country"] == "AM" and ev["admin1"] == [code]


@pytest.mark.parametrize("text, lang", [
    ("Pakistani troops shelled villages in Poonch district of Jammu and Kashmir overnight, the Indian army said.",
     "en"),
    ("L'armée pakistanaise a bombardé des villages du Cachemire indien, a indiqué l'armée indienne.", "fr"),
    ("Пакистанская армия обстреляла позиции в штате Джамму и Кашмир, сообщила индийская армия.", "ru"),
    ("قال الجيش الهندي إن القوات الباكستانية قصفت بالمدفعية قرى في جامو وكشمير.", "ar"),
])
def test_pakistani_shelling_of_jammu_and_kashmir(text, lang):
    ev = one(text, lang)
    assert ev["actor"] == "PAK" and ev["country"] == "IN" and ev["admin1"] == ["IN-JK"]


def test_indian_punjab():
    ev = one("Pakistani drones struck Amritsar in the Indian state of Punjab on Saturday, the Indian army said.")
    assert ev["actor"] == "PAK" and ev["country"] == "IN" and ev["admin1"] == ["IN-PB"]


def test_the_attack_india_answers_is_not_where_it_struck():
    ev = one("India struck nine sites in Bahawalpur and Muzaffarabad in Pakistan after last month's attack on "
             "tourists in Indian-administered Kashmir, the defence ministry said.")
    assert ev["actor"] == "IND" and ev["country"] == "PK"
    assert sorted(ev["admin1"]) == ["PK-JK", "PK-PB"]


@pytest.mark.parametrize("text, lang", [
    ("The Egyptian air force struck militant hideouts in North Sinai on Sunday, killing 12 fighters, the army said.",
     "en"),
    ("قال الجيش المصري إن طائرات القوات الجوية قصفت أوكارا للمسلحين في شمال سيناء وقتلت 12 مسلحا.", "ar"),
    ("Die ägyptische Luftwaffe hat im Nordsinai Verstecke von Extremisten bombardiert, teilte die Armee mit.", "de"),
    ("La aviación egipcia bombardeó escondites de yihadistas en el norte del Sinaí, informó el ejército.", "es"),
    ("L'aviation égyptienne a frappé des caches de jihadistes dans le nord du Sinaï, a annoncé l'armée.", "fr"),
    ("Mısır ordusu, Kuzey Sina'da militan sığınaklarına hava saldırısı düzenlediğini açıkladı.", "tr"),
    ("Єгипетська авіація завдала ударів по схованках бойовиків на півночі Синаю, повідомила армія.", "uk"),
])
def test_egyptian_strikes_in_north_sinai(text, lang):
    ev = one(text, lang)
    assert ev["actor"] == "EGY" and ev["country"] == "EG" and ev["admin1"] == ["EG-SIN"]


@pytest.mark.parametrize("text, lang", [
    ("A Houthi drone struck a building in the Jordanian port city of Aqaba on Monday, the group said.", "en"),
    ("Хуситы заявили, что нанесли удар беспилотником по Акабе.", "ru"),
])
def test_houthi_strike_on_aqaba(text, lang):
    ev = one(text, lang)
    assert ev["actor"] == "HOUTHI" and ev["country"] == "JO" and ev["admin1"] == ["JO-AQ"]
    assert [l["name"] for l in ev["locations"]] == ["Aqaba"]


def test_weekday_is_no_place():
    ev = one("Azerbaijani drones struck Stepanakert on Sunday, Armenian officials said.")
    assert all(l["name"] != "Saunda" for l in ev["locations"])


def test_pakistani_shelling_of_poonch_names_the_town():
    ev = one("Pakistani troops shelled villages near Poonch in Jammu and Kashmir overnight, the Indian army said.")
    assert [l["name"] for l in ev["locations"]] == ["Poonch"] and ev["admin1"] == ["IN-JK"]


def test_target_is_placed_at_the_name_as_written():
    ev = events("Los aviones rusos destruyeron en Siria un puesto de mando cerca de Mayadín, informó hoy el "
                "Ministerio de Defensa de Rusia.", lang="es", published="2015-10-27T10:00:00+00:00")
    assert [l["name"] for l in ev[0]["locations"]] == ["Al Mayadin"]
    assert ev[0]["targets_hit"] == [{"type": "command_post", "count": 1, "location": "Al Mayadin"}]


def test_declined_russian_and_ukrainian_place_names():
    ev = events("Российские войска поразили склад боеприпасов в районе Часова Яра Донецкой Народной "
                "Республики и пункт управления под Волчанском Харьковской области, сообщили в "
                "Минобороны России.", lang="ru")
    assert [l["name"] for l in ev[0]["locations"]] == ["Chasiv Yar", "Vovchansk"]
    assert sorted(ev[0]["admin1"]) == ["UA-14", "UA-63"]


def test_unknown_names_in_other_scripts_are_not_kept():
    ev = events("Российские самолеты нанесли удары по позициям ВСУ в районе Непонятновки Запорожской "
                "области, сообщили в Минобороны России.", lang="ru")
    assert all(not any("\u0400" <= c <= "\u04ff" for c in l["name"]) for e in ev for l in e["locations"])


def test_a_direction_after_the_target_names_the_place_struck():
    # CONVENTIONS: "a direction without a distance, 'targets east of X', -> X", a unit's seat
    # too (session 10; until then these read Damascus as a reference point only)
    ev = events("Israeli jets carried out an air attack on targets south of Damascus on Friday, hitting an "
                "ammunition depot in al-Kiswah, Syria's defence ministry said.")
    assert sorted(ev[0]["admin1"]) == ["SY-DI", "SY-RD"]
    ev = events("Les avions israéliens ont frappé un dépôt au sud de Damas, a annoncé l'armée israélienne.", lang="fr")
    assert ev[0]["admin1"] == ["SY-DI"] and [l["name"] for l in ev[0]["locations"]] == ["Damascus"]
    # "the north of" names a region struck, not a reference
    ev = events("Israeli jets struck Hamas sites in the north of Gaza overnight, the IDF said.")
    assert ev[0]["country"] == "PS"


def test_the_sources_seat_is_not_a_place_struck():
    ev = events("Die türkische Luftwaffe hat am Sonntag 17 Ziele der PKK im Nordirak zerstört, wie das "
                "Verteidigungsministerium in Ankara mitteilte.", lang="de")
    assert [(e["actor"], e["target_group"], e["targets"], e["country"], e["locations"]) for e in ev] == \
        [("TUR", "PKK", 17, "IQ", [])]
    ev = events("Israeli jets struck positions of the Syrian army in Quneitra, the IDF said.")
    assert [l["name"] for l in ev[0]["locations"]] == ["Quneitra"]


def test_the_striking_state_is_not_the_country_struck():
    ev = events("وقال التحالف بقيادة الولايات المتحدة إن قواته نفذت 11 ضربة جوية ضد تنظيم داعش في سوريا يوم الأحد.",
                lang="ar")
    assert [(e["actor"], e["strikes"]) for e in ev] == [("COALITION", 11)]
    ev = events("Russia launched 30 drones at Odesa overnight, Ukraine's air force said.")
    assert ev[0]["country"] == "UA"


def test_a_village_is_the_namesake_near_the_town_named_with_it():
    ev = events("Des missiles Kalibr ont visé une base de carburants à proximité du village de Kalinovka, "
                "près de Kiev, a déclaré le porte-parole du ministère russe de la Défense.", lang="fr")
    names = {l["name"]: l["admin1"] for l in ev[0]["locations"]}
    assert names.get("Kalynivka") == "UA-32"
    assert "UA-05" not in ev[0]["admin1"]


@pytest.mark.parametrize("text,lang", [
    ("Turkish jets struck PKK shelters and caves in the Metina region of northern Iraq, the Turkish defence "
     "ministry said on Thursday.", "en"),
    ("Milli Savunma Bakanlığı, Irak'ın kuzeyindeki Metina bölgesine düzenlenen hava harekâtında PKK'ya ait "
     "9 hedefin imha edildiğini bildirdi.", "tr"),
    ("قالت وزارة الدفاع التركية إن مقاتلات تركية قصفت مواقع لحزب العمال الكردستاني في منطقة متينا شمال العراق "
     "ودمرت ملاجئ.", "ar"),
])
def test_metina_strikes_are_located_in_duhok(text, lang):
    ev = events(text, lang, published="2024-02-23T06:45:00+00:00")
    assert [e["actor"] for e in ev] == ["TUR"]
    assert ev[0]["country"] == "IQ" and ev[0]["admin1"] == ["IQ-DA"]
    assert [loc["name"] for loc in ev[0]["locations"]] == ["Metina"]


def test_arabic_reference_point_after_a_direction_is_not_struck():
    ev = events("قال الجيش الأمريكي إن طائرات أمريكية نفذت ضربات على منطقة الصليف شمال الحديدة ودمرت منصات "
                "صواريخ.", "ar", published="2024-02-23T06:45:00+00:00")
    assert [loc["name"] for loc in ev[0]["locations"]] == ["As Salif"]
    assert ev[0]["admin1"] == ["YE-HU"] and ev[0]["country"] == "YE"


def test_arabic_village_south_of_a_city_keeps_the_village_and_the_province():
    ev = events("قالت وزارة الدفاع الروسية إن طائرات روسية شنت غارات على بلدة كفرنبل جنوب إدلب ودمرت مستودعا "
                "للأسلحة.", "ar", published="2024-02-23T06:45:00+00:00")
    assert [loc["name"] for loc in ev[0]["locations"]] == ["Kafranbel"]
    assert ev[0]["admin1"] == ["SY-ID"]


def test_arabic_direction_of_a_country_keeps_the_country():
    ev = events("قالت وزارة الدفاع الروسية إن طائرات روسية شنت غارات على مواقع للمسلحين شمال حمص في غرب سوريا.",
                "ar", published="2024-02-23T06:45:00+00:00")
    assert ev[0]["country"] == "SY" and ev[0]["admin1"] == ["SY-HI"]
    assert ev[0]["locations"] == []


@pytest.mark.parametrize("text,lang", [
    ("La aviación rusa atacó 20 objetivos en Irak, en apoyo de la ofensiva de la aviación siria, según el "
     "Ministerio de Defensa ruso.", "es"),
    ("Los aviones rusos destruyeron 12 objetivos en Irak mientras la artillería siria disparaba, informó el "
     "Ministerio de Defensa ruso.", "es"),
])
def test_a_lowercase_nationality_adjective_is_not_the_country(text, lang):
    ev = events(text, lang, published="2024-02-23T06:45:00+00:00")
    assert [e["actor"] for e in ev][:1] == ["RUS"]
    assert ev[0]["country"] == "IQ"


def test_lowercase_own_country_names_only():
    gaz = get_gazetteer()
    found = gaz.find_countries("la aviación siria bombardeó en Siria y en SIRIA; des frappes dans la bande de Gaza")
    assert [gaz.lowercase_own_name(c, "es") for c in found] == [True, False, False, False]
    assert [c.alpha2 for c in found if not gaz.lowercase_own_name(c, "fr")][-1] == "PS"


# --- constructions read on real text (session 5): each test sentence written for the test


@pytest.mark.parametrize("text,lang,units", [
    ("Российские самолеты нанесли удары по 30 объектам в провинциях Хама, Идлиб и Латакия.", "ru",
     ["SY-HM", "SY-ID", "SY-LA"]),
    ("Російська авіація завдала ударів по об'єктах у провінціях Ідліб та Хама.", "uk", ["SY-ID", "SY-HM"]),
    ("La aviación rusa bombardeó posiciones en la región norteña de Idlib.", "es", ["SY-ID"]),
])
def test_cities_named_in_a_list_of_provinces_are_units_only(text, lang, units):
    # the unit noun in any of its case forms ("в провинциях", "la región norteña de") heads the
    # names: provinces struck, not their seat towns
    ev = events(text, lang)
    assert sorted(ev[0]["admin1"]) == sorted(units)
    assert ev[0]["locations"] == []


@pytest.mark.parametrize("text", [
    "Die türkische Luftwaffe hat bei Luftangriffen der Armee im Nordirak 20 Stellungen der PKK zerstört, teilte "
    "das Verteidigungsministerium mit.",
    "Die türkische Luftwaffe hat bei Operationen des Militärs im Nordirak 20 Stellungen der PKK zerstört, teilte "
    "das Verteidigungsministerium mit.",
])
def test_a_german_noun_after_a_preposition_is_no_place_name(text):
    # capitalised like a name, but heading a noun phrase ("Operationen der Luftwaffe")
    ev = events(text, "de")
    assert ev[0]["country"] == "IQ" and ev[0]["locations"] == []


def test_a_german_unknown_village_after_its_settlement_noun_is_kept():
    ev = events("Die türkische Luftwaffe hat Stellungen der PKK im Dorf Kelbasir im Nordirak bombardiert.", "de")
    assert names(ev[0]) == ["Kelbasir"]


@pytest.mark.parametrize("text,lang,expected", [
    ("Houthi drones hit an oil plant in the city of Jizan and the southern city of Abha on Monday.", "en",
     ["Jizan", "Abha"]),
    ("Houthi drones hit an oil plant in the city of Jizan as well as the southern city of Abha on Monday.", "en",
     ["Jizan", "Abha"]),
    ("Les drones houthis ont frappé la ville de Jizan ainsi que la ville d'Abha lundi, selon la coalition.", "fr",
     ["Jizan", "Abha"]),
])
def test_each_name_of_a_list_after_its_own_settlement_noun(text, lang, expected):
    ev = events(text, lang)
    assert names(ev[0]) == expected and ev[0]["admin1"] == ["SA-09", "SA-14"]


@pytest.mark.parametrize("text,lang,expected", [
    ("Israeli jets bombed the town of Beit Lahia overnight, the army said.", "en", "Beit Lahia"),
    ("La aviación israelí bombardeó la ciudad de Jan Yunis durante la noche.", "es", "Khan Yunis"),
    ("Die israelische Luftwaffe hat die Stadt Chan Junis bombardiert, teilte die Armee mit.", "de", "Khan Yunis"),
])
def test_a_settlement_named_as_the_object_of_the_strike(text, lang, expected):
    ev = events(text, lang)
    assert names(ev[0]) == [expected]


@pytest.mark.parametrize("text,lang,expected", [
    ("Российские самолеты нанесли удары по складу боевиков недалеко от города Маарет-эн-Нууман.", "ru",
     ("Maarrat an Numan", "SY-ID")),
    ("Російські літаки завдали ударів по складу неподалік від міста Ізюм.", "uk", ("Izyum", "UA-63")),
])
def test_not_far_from_a_town_names_the_town(text, lang, expected):
    ev = events(text, lang)
    assert [(loc["name"], loc["admin1"]) for loc in ev[0]["locations"]] == [expected]


def test_a_romanised_cyrillic_name_is_looked_up_by_its_latin_spelling():
    # "Джиср-эш-Шугур": the Russian article "эш" is the Arabic one; romanised, the name is
    # the gazetteer's Jisr ash-Shughur up to transliteration
    ev = events("Российские самолеты нанесли удары по позициям боевиков в районе Джиср-эш-Шугур.", "ru")
    assert [(loc["name"], loc["admin1"]) for loc in ev[0]["locations"]] == [("Jisr ash Shughur", "SY-ID")]
    assert ev[0]["country"] == "SY"


def test_words_inside_a_units_name_are_not_localities():
    ev = events("Pakistani jets struck militant hideouts in Sistan and Baluchestan province on Thursday.")
    assert ev[0]["admin1"] == ["IR-11"] and ev[0]["locations"] == []


@pytest.mark.parametrize("text,filed", [
    ("Islamabad: Pakistani jets struck militant hideouts in Iran's Sistan and Baluchestan province on Thursday.",
     "PK-IS"),
    ("Washington/Tel Aviv, 14 mai 2024 — Les bombardiers américains ont frappé le site de Fordo en Iran.", "IL-TA"),
])
def test_a_title_case_dateline_is_where_the_story_was_filed(text, filed):
    lang = "fr" if "mai" in text else "en"
    ev = events(text, lang)
    assert filed not in ev[0]["admin1"]
    assert ev[0]["country"] == "IR"


@pytest.mark.parametrize("text,lang,units", [
    ("Russian drones struck energy facilities in Odesa overnight, according to Kyiv.", "en", ["UA-51"]),
    ("Украинские беспилотники атаковали нефтебазу в Брянской области, по данным Москвы.", "ru", ["RU-BRY"]),
    ("L'armée de l'air ukrainienne a abattu 15 des 35 drones lancés par la Russie, qui visait, selon Kiev, "
     "des infrastructures civiles.", "fr", []),
])
def test_a_capital_right_after_according_to_is_the_government_speaking(text, lang, units):
    ev = events(text, lang)
    assert ev[0]["admin1"] == units


@pytest.mark.parametrize("text,lang", [
    ("Le groupe armé houthi du Yémen a affirmé lundi avoir lancé cinq attaques de drones contre des sites "
     "militaires en Israël.", "fr"),
    ("The Houthis of Yemen said on Monday they had fired drones at military sites in Israel.", "en"),
])
def test_the_country_a_striker_is_of_is_not_where_it_struck(text, lang):
    ev = events(text, lang)
    assert ev[0]["actor"] == "HOUTHI" and ev[0]["country"] == "IL"


@pytest.mark.parametrize("text,lang,expected", [
    ("Los hutíes atacaron con drones objetivos del enemigo en las zonas de Haifa y Beersheba, según su portavoz.",
     "es", ["Haifa", "Beersheba"]),
    ("Les avions français ont frappé des positions dans les secteurs de Falloujah et Haditah, selon l'état-major.",
     "fr", ["Al Fallujah", "Hadithah"]),
])
def test_plural_settlement_nouns_introduce_their_list(text, lang, expected):
    ev = events(text, lang)
    assert names(ev[0]) == expected


def test_a_name_after_its_arabic_article_is_a_name():
    ev = events("İsrail ordusu, ülkenin güneyindeki el-Musaylih bölgesine savaş uçaklarıyla hava saldırısı "
                "düzenledi.", "tr")
    assert names(ev[0]) == ["el-Musaylih"]


def test_a_place_word_of_the_previous_sentence_does_not_make_a_unit_a_town():
    ev = events("Ukrainische Drohnen haben Häuser in der Stadt Gubkin beschädigt. Belgorod und andere Regionen "
                "werden immer wieder beschossen.", "de")
    assert names(ev[0]) == ["Gubkin"] and ev[0]["admin1"] == ["RU-BEL"]


def test_a_name_spelled_by_turkish_letters_is_found_in_its_english_spelling():
    g = get_gazetteer()
    assert g.respell("Zaporijya", "tr") == "Zaporizhya" and g.respell("Şostka", "tr") == "Shostka"
    assert g.respell("Tschuhujiw", "de") == "Chuhuyiv" and g.respell("Kramatorsk", "de") is None
    assert g.respell("Zaporijya", "en") is None
    ev = events("Rus ordusu Zaporijya kentine insansız hava araçlarıyla saldırı düzenledi.", "tr")
    assert [(loc["name"], loc["admin1"]) for loc in ev[0]["locations"]] == [("Zaporizhzhia", "UA-23")]


def test_a_german_genitive_after_a_settlement_noun_is_no_name():
    ev = events("Die israelische Luftwaffe griff in der Nacht zwei Ziele der Hamas in der Nähe des Grenzzaunes an, "
                "teilte die Armee mit.", "de")
    assert ev[0]["locations"] == []


def test_a_town_named_after_region_de_is_the_town():
    ev = events("Les aéronefs de l'opération Chammal ont réalisé une frappe planifiée contre un site de Daech dans "
                "la région de Mossoul.", "fr")
    assert names(ev[0]) == ["Mosul"] and ev[0]["admin1"] == ["IQ-NI"]


def test_a_reference_point_after_a_settlement_noun_is_not_struck():
    ev = events("US forces carried out a raid in a part of northeast Syria south of the Kurdish-held city of Qamishli, "
                "killing an ISIS official, CENTCOM said.")
    assert ev[0]["locations"] == [] and ev[0]["country"] == "SY"


def test_a_capitalised_strike_noun_is_no_place_name():
    ev = events("Pakistanische Kampfflugzeuge haben Stellungen in der Provinz Kunar bombardiert, fünf Menschen seien "
                "bei Angriffen getötet worden, berichteten die Taliban.", "de")
    assert ev[0]["admin1"] == ["AF-KNR"] and ev[0]["locations"] == []


@pytest.mark.parametrize("text,lang,expected", [
    # (Ben Gurion Airport is in the gazetteer: its canonical name, as the references write it)
    ("Хуситы заявили, что нанесли ракетный удар по аэропорту Бен-Гурион под Тель-Авивом.", "ru",
     "Ben Gurion Airport"),
    ("Хусити заявили, що їхній дрон влучив в аеропорт Рамон на півдні Ізраїлю.", "uk", "Ramon Airport"),
    ("Les Houthis ont affirmé avoir frappé l'aéroport Ramon dans le sud d'Israël.", "fr", "Ramon Airport"),
    ("Husiler, İsrail'deki Ramon Havalimanı'nı insansız hava aracıyla vurduklarını açıkladı.", "tr",
     "Ramon Airport"),
    ("US jets struck the al-Dailami air base north of Sanaa, CENTCOM said.", "en", "al-Dailami Air Base"),
])
def test_a_named_airport_or_air_base_is_a_location(text, lang, expected):
    # the facility's word before or after its name, in the English form a location takes
    ev = events(text, lang)
    assert expected in names(ev[0])


@pytest.mark.parametrize("text,lang", [
    ("Les Houthis ont tiré un missile sur l'aéroport Ben Gourion dimanche, a indiqué l'armée israélienne.", "fr"),
    ("Die Huthis haben am Sonntag den Flughafen Ben Gurion mit einer Rakete angegriffen.", "de"),
    ("The Houthis said they fired a missile at Ben Gurion international airport on Sunday.", "en"),
])
def test_a_named_airport_the_gazetteer_holds_gives_its_unit(text, lang):
    ev = events(text, lang)
    assert names(ev[0]) == ["Ben Gurion Airport"] and ev[0]["admin1"] == ["IL-M"] and ev[0]["country"] == "IL"


def test_the_country_of_the_report_sentence_outweighs_one_named_in_the_background():
    ev = events("Die israelischen Streitkräfte haben am Samstag Luftangriffe im Süden des Libanons durchgeführt. Das "
                "Militär war angewiesen worden, Dutzende Ziele anzugreifen, nachdem es monatelang im Gaza-Konflikt "
                "gekämpft hatte.", "de")
    assert ev[0]["country"] == "LB"


def test_two_countries_each_named_twice_leave_the_country_open():
    ev = events("Coalition forces conducted seven airstrikes in Syria and struck in eastern Syria, the statement said. "
                "Separately, coalition forces conducted nine airstrikes in Iraq and struck in northern Iraq.")
    assert ev[0]["country"] is None and ev[0]["admin1"] == []


@pytest.mark.parametrize("text,unit,struck", [
    ("ABD savaş uçakları Yemen'de Hacce kentine bağlı Midi ilçesinin Bahis bölgesine iki saldırı düzenledi.",
     "YE-HJ", "Bahis"),
    ("ABD ve İngiltere, Yemen'de Hudeyde kentine bağlı es-Salif ilçesindeki Ras İsa bölgesine hava saldırısı "
     "düzenledi.", "YE-HU", "Ras Isa"),   # the gazetteer's English name (places_extra2.toml)
])
def test_turkish_places_that_contain_the_one_struck_give_only_their_unit(text, unit, struck):
    ev = events(text, "tr")
    assert names(ev[0]) == [struck] and ev[0]["admin1"] == [unit]


def test_areas_of_a_district_are_struck_not_contained():
    ev = events("Pakistani jets struck TTP camps in the Murgha and Laman areas of Bermal district, officials said.")
    assert {"Murgha", "Laman"} <= set(names(ev[0]))


def test_a_romanised_name_is_looked_up_in_every_country_the_event_names():
    # the striker's country named first ("Российской Федерации") does not hide the one struck
    ev = events("Военно-воздушные силы Российской Федерации нанесли удары по объектам боевиков в Сирии, в районе "
                "Джиср-эш-Шугур.", "ru")
    assert ("Jisr ash Shughur", "SY-ID") in [(loc["name"], loc["admin1"]) for loc in ev[0]["locations"]]


@pytest.mark.parametrize("text,lang,expected", [
    ("Los hutíes lanzaron drones contra objetivos en las zonas de Haifa, Umm al Rashrash (Eilat) y Beersheba, "
     "según su portavoz.", "es", ["Haifa", "Eilat", "Beersheba"]),
    ("The Houthis said they fired drones at targets in Umm al-Rashrash (Eilat) and Jaffa (Tel Aviv).", "en",
     ["Eilat", "Jaffa"]),
])
def test_a_place_named_again_in_brackets(text, lang, expected):
    # the other name in brackets stands for an unknown one and goes on the list; after a known
    # name it adds nothing ("Jaffa (Tel Aviv)")
    ev = events(text, lang)
    assert names(ev[0]) == expected


def test_an_unknown_name_in_brackets_is_no_place():
    ev = events("En coordinación con el Gobierno Federal de Somalia, el Mando de Estados Unidos para África (Africom) "
                "llevó a cabo dos ataques aéreos en el noreste de Somalia.", "es")
    assert all(loc["name"] != "Africom" for e in ev for loc in e["locations"])


@pytest.mark.parametrize("text,lang", [
    ("Уночі ворог атакував Харківську область ударними БпЛА. Атакували за напрямками: Курськ, Балаклава (Крим), "
     "Приморсько-Ахтарськ.", "uk"),
    ("Ночью российская армия атаковала Харьковскую область беспилотниками. Атаковали по направлениям: Курск, "
     "Балаклава (Крым), Приморско-Ахтарск.", "ru"),
])
def test_a_list_of_launch_areas_after_a_colon_is_not_struck(text, lang):
    ev = events(text, lang)
    assert ev[0]["admin1"] == ["UA-63"]

@pytest.mark.parametrize("text", [
    "Bei Luftangriffen im Norden Syriens haben russische Kampfjets mehrere Kämpfer getötet.",
    "In Luftoperationen im Nordirak haben türkische Kampfjets mehrere Kämpfer der PKK getötet.",
])
def test_a_capitalised_strike_noun_after_a_preposition_is_no_place(text):
    # German capitalises every noun: "bei Luftangriffen" is no locality called Luftangriffen
    ev = events(text, lang="de")
    assert ev and all(names(e) == [] for e in ev)


def test_a_real_name_after_the_same_preposition_is_still_a_place():
    ev = events("Pakistanische Kampfjets griffen Stellungen bei Khost an.", lang="de")
    assert ev and names(ev[0]) == ["Khost"]


@pytest.mark.parametrize("text,lang", [
    ("Russia's defence ministry shows video of air strikes in Syria. The Russian military said its jets "
     "hit four Islamic State targets.", "en"),
    ("Міноборони РФ показало відео авіаударів у Сирії. Російські військові заявили, що завдали ударів по "
     "чотирьох цілях угруповання \"Ісламська держава\".", "uk"),
])
def test_a_headline_naming_strikes_as_a_noun_gives_the_country(text, lang):
    # the report's own sentences name no place; the lead before them names the strikes' country
    assert one(text, lang)["country"] == "SY"


def test_background_after_the_report_gives_no_country():
    # a country in a later sentence that names strikes only as nouns is background
    ev = one("Russian jets hit four Islamic State targets, the military said. The strikes came as Israel "
             "pressed its campaign in Gaza.")
    assert ev["country"] is None


def test_a_village_namesake_in_a_country_the_text_never_names_is_not_taken():
    # "Urman" is also a village in Bashkortostan; nothing in the text is Russian
    found = events("Jordanian jets struck a house in the village of Urman, Syrian activists said.", lang="en")
    assert [(e["admin1"], [l["admin1"] for l in e["locations"]]) for e in found] == [([], [None])]
    found = events("Jordanian jets struck a house in the village of Urman in Sweida province, the monitor said.",
                   lang="en")
    assert [(e["country"], e["admin1"]) for e in found] == [("SY", ["SY-SU"])]


def test_a_city_namesake_abroad_is_meant_as_itself():
    found = events("Ukrainian drones struck an oil refinery in Syzran overnight.", lang="en")
    assert [e["admin1"] for e in found] == [["RU-SAM"]]


def test_a_capital_that_is_a_unit_of_its_own_named_among_regions_is_its_region():
    found = events("Russian drones damaged houses in the Kharkiv, Cherkasy and Kyiv regions, the Ukrainian "
                   "air force said.", lang="en")
    assert [e["admin1"] for e in found] == [["UA-63", "UA-71", "UA-32"]]


# session 23: a city named by its unit's name and a town noun ("ville de Suez", "город Суэц")
# names the seat town as well as the unit (admin1 seat_region), as the matrix's Gaza case does
@pytest.mark.parametrize("text,lang", [
    ("Des drones israéliens ont frappé mardi un dépôt dans la ville de Suez, a indiqué l'armée égyptienne.", "fr"),
    ("Израильские беспилотники во вторник атаковали склад в городе Суэц, сообщила армия Египта.", "ru"),
    ("Israeli drones struck a depot in the city of Suez on Tuesday, the Egyptian army said.", "en"),
])
def test_a_city_named_with_its_town_noun_is_the_seat_town_and_its_unit(text, lang):
    found = events(text, lang=lang)
    assert [(e["admin1"], names(e)) for e in found] == [(["EG-SUZ"], ["Suez"])]
