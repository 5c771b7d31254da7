"""Known misses: a PKK zone of Duhok the gazetteer lacked (Metina), an Arabic reference point
after a direction noun read as struck, a lowercase nationality adjective read as the country,
and Turkish ministry reports of fighters "neutralised" in an air operation."""
from __future__ import annotations

import pytest

from extractors import extract_document
from extractors.gazetteer import get_gazetteer


def events(text, lang="en", published="2024-02-23T06:45:00+00:00"):
    return extract_document({"id": "t", "text": text, "lang": lang, "published": published})["events"]


@pytest.mark.parametrize("query", ["Metina", "Metina region", "Metina bölgesi", "Metîna", "Matin Mountains",
                                   "متينا", "Метина"])
def test_metina_is_in_the_gazetteer(query):
    p = get_gazetteer().lookup_place(query)
    assert p is not None and (p.name, p.country, p.admin1) == ("Metina", "IQ", "IQ-DA")


@pytest.mark.parametrize("text,lang", [
    ("Turkish jets struck PKK shelters and caves in the Metina region of northern Iraq, the Turkish defence "
     "ministry said on Thursday.", "en"),
    ("Milli Savunma Bakanlığı, Irak'ın kuzeyindeki Metina bölgesine düzenlenen hava harekâtında PKK'ya ait "
     "9 hedefin imha edildiğini bildirdi.", "tr"),
    ("قالت وزارة الدفاع التركية إن مقاتلات تركية قصفت مواقع لحزب العمال الكردستاني في منطقة متينا شمال العراق "
     "ودمرت ملاجئ.", "ar"),
])
def test_metina_strikes_are_located_in_duhok(text, lang):
    ev = events(text, lang)
    assert [e["actor"] for e in ev] == ["TUR"]
    assert ev[0]["country"] == "IQ" and ev[0]["admin1"] == ["IQ-DA"]
    assert [loc["name"] for loc in ev[0]["locations"]] == ["Metina"]


def test_arabic_reference_point_after_a_direction_is_not_struck():
    ev = events("قال الجيش الأمريكي إن طائرات أمريكية نفذت ضربات على منطقة الصليف شمال الحديدة ودمرت منصات "
                "صواريخ.", "ar")
    assert [loc["name"] for loc in ev[0]["locations"]] == ["As Salif"]
    assert ev[0]["admin1"] == ["YE-HU"] and ev[0]["country"] == "YE"


def test_arabic_village_south_of_a_city_keeps_the_village_and_the_province():
    ev = events("قالت وزارة الدفاع الروسية إن طائرات روسية شنت غارات على بلدة كفرنبل جنوب إدلب ودمرت مستودعا "
                "للأسلحة.", "ar")
    assert [loc["name"] for loc in ev[0]["locations"]] == ["Kafranbel"]
    assert ev[0]["admin1"] == ["SY-ID"]


def test_arabic_direction_of_a_country_keeps_the_country():
    ev = events("قالت وزارة الدفاع الروسية إن طائرات روسية شنت غارات على مواقع للمسلحين شمال حمص في غرب سوريا.",
                "ar")
    assert ev[0]["country"] == "SY" and ev[0]["admin1"] == ["SY-HI"]
    assert ev[0]["locations"] == []


@pytest.mark.parametrize("text,lang", [
    ("La aviación rusa atacó 20 objetivos en Irak, en apoyo de la ofensiva de la aviación siria, según el "
     "Ministerio de Defensa ruso.", "es"),
    ("Los aviones rusos destruyeron 12 objetivos en Irak mientras la artillería siria disparaba, informó el "
     "Ministerio de Defensa ruso.", "es"),
])
def test_a_lowercase_nationality_adjective_is_not_the_country(text, lang):
    ev = events(text, lang)
    assert [e["actor"] for e in ev][:1] == ["RUS"]
    assert ev[0]["country"] == "IQ"


def test_lowercase_own_country_names_only():
    gaz = get_gazetteer()
    found = gaz.find_countries("la aviación siria bombardeó en Siria y en SIRIA; des frappes dans la bande de Gaza")
    assert [gaz.lowercase_own_name(c, "es") for c in found] == [True, False, False, False]
    assert [c.alpha2 for c in found if not gaz.lowercase_own_name(c, "fr")][-1] == "PS"


@pytest.mark.parametrize("text", [
    "Milli Savunma Bakanlığı (MSB), Suriye'nin kuzeyinde hava destekli operasyonla 5 terörist etkisiz hale "
    "getirildi, terör örgütüne ait barınaklar imha edildi.",
    "Milli Savunma Bakanlığı, Irak'ın kuzeyindeki Metina bölgesinde hava harekâtı ile 4 terörist etkisiz hâle "
    "getirildi, sığınak ve mühimmat depoları vuruldu.",
    "Milli Savunma Bakanlığı, Irak'ın kuzeyinde düzenlenen hava operasyonunda 3 terörist etkisiz hâle "
    "getirildi, mağaralar imha edildi.",
])
def test_turkish_air_operation_with_targets_struck_is_an_airstrike(text):
    ev = events(text, "tr")
    assert [(e["actor"], e["operation"]) for e in ev] == [("TUR", "airstrike")]


@pytest.mark.parametrize("text", [
    "Milli Savunma Bakanlığı, Pençe-Kilit Operasyonu bölgesinde 3 terörist etkisiz hâle getirildi dedi.",
    "Milli Savunma Bakanlığı, Irak'ın kuzeyinde kara operasyonunda 2 terörist etkisiz hale getirildi.",
])
def test_turkish_neutralised_alone_is_no_airstrike(text):
    assert [e["operation"] for e in events(text, "tr") if e["operation"] == "airstrike"] == []
