"""Coverage of target-type words and claim sources in every language (sentences written here)."""
from __future__ import annotations

import pytest

from extractors import extract_document
from extractors.lexicon import load_all


def types(text, lang):
    return {code for _, _, code in load_all()[lang].find_coded("target_types", text)}


def events(text, lang):
    return extract_document({"id": "t", "text": text, "lang": lang,
                             "published": "2024-03-12T10:00:00+00:00"})["events"]


# ---- target types: one phrase per type and language, written for the test
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The jets hit a munitions warehouse, a logistics hub and an oil depot.",
     {"ammunition_depot", "weapons_depot", "fuel_depot"}),
    ("en", "Strikes destroyed trenches, a roadblock, an armoured personnel carrier and a SAM site.",
     {"fighting_position", "crossing_point", "armored_vehicle", "air_defense"}),
    ("en", "They hit a drone factory, a gas pipeline, an airstrip, a warship and barracks.",
     {"factory", "infrastructure", "airfield", "vessel", "building"}),
    ("en", "Targets included a launch site, an artillery emplacement and enemy troops.",
     {"launcher", "artillery_position", "personnel"}),
    ("de", "Getroffen wurden ein Munitionslager, ein Treibstofflager und mehrere Waffenlager.",
     {"ammunition_depot", "fuel_depot", "weapons_depot"}),
    ("de", "Die Luftwaffe zerstörte einen Gefechtsstand, ein Ausbildungslager und Artilleriestellungen.",
     {"command_post", "training_camp", "artillery_position"}),
    ("de", "Angegriffen wurden Schützenpanzer, Militärfahrzeuge, ein Radarsystem und Hubschrauber.",
     {"armored_vehicle", "vehicle", "air_defense", "aircraft"}),
    ("de", "Ziele waren eine Raffinerie, eine Drohnenfabrik, ein Flugplatz, ein Kriegsschiff und Raketenwerfer.",
     {"oil_facility", "factory", "airfield", "vessel", "launcher"}),
    ("de", "Getroffen wurden Befestigungsanlagen, ein Grenzposten, ein Stromnetz und eine Kaserne.",
     {"fighting_position", "crossing_point", "infrastructure", "building"}),
    ("es", "Los aviones destruyeron un polvorín, un depósito de petróleo y un centro logístico.",
     {"ammunition_depot", "fuel_depot", "weapons_depot"}),
    ("es", "Fueron alcanzados un campamento, un puesto de comando, baterías de artillería y cuevas.",
     {"training_camp", "command_post", "artillery_position", "fighting_position"}),
    ("es", "Destruyeron vehículos blindados, camionetas, un sistema antiaéreo y helicópteros.",
     {"armored_vehicle", "vehicle", "air_defense", "aircraft"}),
    ("es", "Atacaron una plataforma de lanzamiento, pozos de petróleo, una fábrica de drones y una fragata.",
     {"launcher", "oil_facility", "factory", "vessel"}),
    ("es", "Golpearon un paso fronterizo, una subestación, un aeródromo y un hangar.",
     {"crossing_point", "infrastructure", "airfield", "building"}),
    ("fr", "L'aviation a frappé une poudrière, un dépôt pétrolier et une base logistique.",
     {"ammunition_depot", "fuel_depot", "weapons_depot"}),
    ("fr", "Ont été touchés un centre de formation, un QG, des tranchées et des positions de tir.",
     {"training_camp", "command_post", "fighting_position", "artillery_position"}),
    ("fr", "Les frappes ont détruit des véhicules blindés, des voitures, une batterie antiaérienne et un hélicoptère.",
     {"armored_vehicle", "vehicle", "air_defense", "aircraft"}),
    ("fr", "Ont été visés une rampe de lancement, un camion-citerne, une usine d'armement et une frégate.",
     {"launcher", "oil_facility", "factory", "vessel"}),
    ("fr", "Les frappes ont touché un barrage routier, une ligne électrique, une piste d'atterrissage et une caserne.",
     {"crossing_point", "infrastructure", "airfield", "building"}),
    ("ru", "Поражены склады БК, нефтехранилище и логистический центр.",
     {"ammunition_depot", "fuel_depot", "weapons_depot"}),
    ("ru", "Уничтожены огневые точки, штурмовые группы, бронированная техника и ЗРК.",
     {"fighting_position", "personnel", "armored_vehicle", "air_defense"}),
    ("ru", "Поражены пусковые позиции, предприятия ВПК, линии электропередачи и ангар.",
     {"launcher", "factory", "infrastructure", "building"}),
    ("uk", "Уражено склади з боєприпасами, нафтосховище та логістичний центр.",
     {"ammunition_depot", "fuel_depot", "weapons_depot"}),
    ("uk", "Знищено вогневі точки, штурмові групи, броньовану техніку та зенітний ракетний комплекс.",
     {"fighting_position", "personnel", "armored_vehicle", "air_defense"}),
    ("uk", "Уражено пускові позиції, оборонне підприємство, лінії електропередачі та казарми.",
     {"launcher", "factory", "infrastructure", "building"}),
])
def test_target_types_every_language(lang, text, expected):
    assert expected <= types(text, lang)


def test_oil_refinery_is_one_oil_facility_not_a_factory():
    assert types("Дроны атаковали нефтеперерабатывающий завод.", "ru") == {"oil_facility"}
    assert types("Дрони атакували нафтопереробний завод.", "uk") == {"oil_facility"}


def test_german_compound_target_in_a_report():
    ev = events("Die russische Luftwaffe hat am Montag in Syrien ein Munitionslager und zwei "
                "Kommandoposten der Terrormiliz zerstört, teilte das Verteidigungsministerium in Moskau mit.", "de")
    assert ev and {"ammunition_depot", "command_post"} <= {t["type"] for t in ev[0]["targets_hit"]}


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Saldırılarda cephanelikler, yakıt istasyonu, lojistik merkez ve topçu bataryası vuruldu.",
     {"ammunition_depot", "fuel_depot", "weapons_depot", "artillery_position"}),
    ("tr", "Korunaklar, zırhlı savaş araçları, motosikletler ve radar sistemi imha edildi.",
     {"fighting_position", "armored_vehicle", "vehicle", "air_defense"}),
    ("tr", "Fırlatıcılar, üretim tesisi, baraj, iniş pisti ve firkateyn hedef alındı.",
     {"launcher", "factory", "infrastructure", "airfield", "vessel"}),
    ("ar", "استهدفت الغارات مخازن ذخائر ومستودع محروقات وقاعدة لوجستية",
     {"ammunition_depot", "fuel_depot", "weapons_depot"}),
    ("ar", "دمرت الطائرات عدة دشم ومرابض المدفعية ومصفحات ومنظومة باتريوت",
     {"fighting_position", "artillery_position", "armored_vehicle", "air_defense"}),
    ("ar", "قصفت الطائرات راجمات ومصنع أسلحة وأبراج اتصالات ومهبط طائرات وفرقاطات وثكنات",
     {"launcher", "factory", "infrastructure", "airfield", "vessel", "building"}),
])
def test_target_types_turkish_arabic(lang, text, expected):
    assert expected <= types(text, lang)


# ---- claim sources and claim verbs
def spans(group, text, lang):
    return [text[m.start():m.end()] for m in load_all()[lang].finditer(group, text)]


@pytest.mark.parametrize("lang,text,source,verb", [
    ("en", "The strikes were carried out overnight, the press service told reporters.", "press service", "told"),
    ("en", "The Joint Staff announces that two depots were destroyed.", "Joint Staff", "announces"),
    ("de", "Das Oberkommando meldete am Abend, zwei Stellungen seien zerstört worden.", "Oberkommando", "meldete"),
    ("de", "Nach Darstellung der Pressestelle wurden drei Lager getroffen.", "Pressestelle", "nach Darstellung"),
    ("es", "El Estado Mayor detalló que fueron destruidos dos depósitos.", "Estado Mayor", "detalló"),
    ("es", "Las Fuerzas Armadas dieron a conocer el balance del ataque.", "Fuerzas Armadas", "dieron a conocer"),
    ("fr", "L'état-major général a fait savoir que deux dépôts avaient été détruits.", "état-major général", "a fait savoir"),
    ("fr", "D'après le commandement opérationnel, trois positions ont été frappées.", "commandement opérationnel", "D'après"),
    ("ru", "Как сообщает пресс-центр группировки войск, уничтожены два склада.", "пресс-центр", "сообщает"),
    ("ru", "По заявлению военного командования, поражены три цели.", "военного командования", "По заявлению"),
    ("uk", "Як повідомляється, пресцентр бригади підтвердив ураження двох складів.", "пресцентр", "повідомляється"),
    ("uk", "Про це доповів головнокомандувач на брифінгу.", "головнокомандувач", "доповів"),
    ("tr", "Askeri kaynakların verdiği bilgiye göre iki sığınak imha edildi.", "Askeri kaynakların", "verdiği bilgiye göre"),
    ("tr", "Silahlı Kuvvetleri yazılı açıklamasında saldırıyı duyurdu.", "Silahlı Kuvvetleri", "yazılı açıklamasında"),
    ("ar", "وقالت رئاسة الأركان في بيان إن الغارات دمرت مستودعين", "رئاسة الأركان", "في بيان"),
    ("ar", "أعلن المتحدث الرسمي مؤكدا تدمير منصات إطلاق", "المتحدث الرسمي", "مؤكدا"),
])
def test_claim_sources_and_verbs(lang, text, source, verb):
    assert any(source.lower() in s.lower() for s in spans("claims.official_sources", text, lang))
    assert any(verb.lower() in s.lower() for s in spans("claims.verbs", text, lang))


def test_spanish_claim_by_the_general_staff():
    ev = events("Aviones rusos bombardearon el lunes dos depósitos de armas en Siria, detalló el "
                "Estado Mayor de las Fuerzas Armadas de Rusia.", "es")
    assert ev and ev[0]["claimant"] == "RUS"


@pytest.mark.parametrize("lang,text,source", [
    ("ar", "وقالت سنتكوم في بيان إن القوات الأمريكية دمرت منصتي إطلاق", "سنتكوم"),
    ("de", "Die Bundeswehr teilte mit, ein Depot sei getroffen worden.", "Bundeswehr"),
    ("es", "Según el Pentágono, los ataques destruyeron tres lanzaderas.", "Pentágono"),
    ("fr", "Selon le Pentagone, trois lanceurs ont été détruits.", "Pentagone"),
    ("uk", "Як повідомили в ЦАХАЛ, уражено два тунелі.", "ЦАХАЛ"),
])
def test_named_commands_are_claim_sources(lang, text, source):
    assert any(source.lower() in s.lower() for s in spans("claims.official_sources", text, lang))


@pytest.mark.parametrize("lang,text", [
    ("en", "The aircraft struck militant positions near the river."),
    ("ru", "Авиация нанесла удары по позициям боевиков."),
    ("uk", "Артилерія вразила позиції противника."),
    ("ar", "قصفت الطائرات مواقع المسلحين"),
])
def test_generic_positions_are_fighting_positions(lang, text):
    # CONVENTIONS: generic military "positions" -> fighting_position
    assert "fighting_position" in types(text, lang)
