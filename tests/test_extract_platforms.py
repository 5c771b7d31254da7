"""The platform inventory (lexicons' [platforms] and common.toml's [operations]): each name
in the scripts and languages where it is written, normalised to one designation, with the
operation it implies. Sentences written for these tests."""
from __future__ import annotations

import pytest

from extractors.document import Ctx
from extractors.lexicon import load_all
from extractors.platforms import platform_hits, platform_operation
from tests.extract_helpers import events, first


def names(text, lang):
    """(normalised name, operation) of every platform named in the text."""
    lex = load_all()
    ctx = Ctx(text, lex[lang], lex["common"], None, None, None, set(), None)
    return [(code, platform_operation(ctx, code)) for _, _, code in platform_hits(ctx, 0, len(text))]


@pytest.mark.parametrize("lang,text,expected", [
    # aircraft and attack helicopters: the default operation, airstrike
    ("en", "MiG-31K jets, Super Hornets and an AC-130J gunship", ["MiG-31K", "F/A-18", "AC-130"]),
    ("en", "JF-17s, J-10C fighters, Su-30MKI jets and Gripen aircraft", ["JF-17", "J-10C", "Su-30MKI", "Gripen"]),
    ("en", "Ka-52 and Mi-35 helicopters, an AH-64 Apache and a T129 ATAK", ["Ka-52", "Mi-35", "AH-64", "T129 ATAK"]),
    ("ru", "Вертолеты Ка-52М, Ми-8АМТШ и истребители МиГ-29", ["Ka-52", "Mi-8", "MiG-29"]),
    ("uk", "Літаки МіГ-31К та гелікоптери Мі-24", ["MiG-31K", "Mi-24"]),
    ("ar", "طائرات سو-22 وميغ-23 ومروحيات أباتشي", ["Su-22", "MiG-23", "AH-64"]),
    ("es", "aviones Súper Tucano", ["Super Tucano"]),
    ("fr", "des hélicoptères Tigre et des Mirage 2000-5", ["Tiger", "Mirage 2000-5"]),
])
def test_aircraft_and_helicopters(lang, text, expected):
    got = names(text, lang)
    assert [c for c, _ in got] == expected
    assert {op for _, op in got} == {"airstrike"}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Akinci and Wing Loong II drones, a Hermes 900, Mohajer-6 and Qasef-2K drones",
     ["Bayraktar Akinci", "Wing Loong II", "Hermes 900", "Mohajer-6", "Qasef-2K"]),
    ("en", "Geran-2 and Shahed-238 drones and a Samad-3", ["Shahed-136", "Shahed-238", "Samad-3"]),
    ("ru", "ударные беспилотники «Герань-3» и «Шахед-238»", ["Shahed-238"]),
    ("uk", "дрони «Лютий» атакували нафтобазу", ["Liutyi"]),
    ("ar", "مسيرات صماد-1 وشاهد-238 ومهاجر-6", ["Samad-1", "Shahed-238", "Mohajer-6"]),
    ("de", "Schahed-Drohnen und eine Reaper-Drohne", ["Shahed", "MQ-9"]),
    ("tr", "Akıncı SİHA ve Bayraktar TB3", ["Bayraktar Akinci", "Bayraktar TB3"]),
])
def test_drones(lang, text, expected):
    got = names(text, lang)
    assert list(dict.fromkeys(c for c, _ in got)) == expected
    assert {op for _, op in got} == {"drone_strike"}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Iskander-K, Oreshnik, KN-23 and Zircon missiles", ["Iskander-K", "Oreshnik", "KN-23", "Tsirkon"]),
    ("en", "Kh-101s and Kh-59Ms", ["Kh-101", "Kh-59M"]),
    ("en", "Fateh-110, Kheibar Shekan, Emad missiles and Shahab-3s", ["Fateh-110", "Kheibar Shekan", "Emad", "Shahab-3"]),
    ("en", "Burkan-3, Palestine-2 and Quds-4 missiles, BrahMos and Fatah-II", ["Burkan", "Palestine-2", "Quds", "BrahMos", "Fatah"]),
    ("de", "Ch-101 und Ch-22, Kinschal-Raketen, Zirkon und Oreschnik", ["Kh-101", "Kh-22", "Kinzhal", "Tsirkon", "Oreshnik"]),
    ("fr", "des missiles Kinjal et des missiles Onyx", ["Kinzhal", "Oniks"]),
    ("es", "misiles Kinzhal y Palestina 2", ["Kinzhal", "Palestine-2"]),
    ("tr", "Kalibr, Kinjal, Zirkon ve Oreşnik füzeleri", ["Kalibr", "Kinzhal", "Tsirkon", "Oreshnik"]),
    ("ru", "«Калибрами», «Искандер-К», «Орешником», «Цирконом», Х-47М2, «Шторм Шэдоу» и «Нептун»",
     ["Kalibr", "Iskander-K", "Oreshnik", "Tsirkon", "Kinzhal", "Storm Shadow", "Neptune"]),
    ("uk", "«Кинджалами», «Орєшнік», «Фламінго», «Сторм Шедоу» та ATACMS",
     ["Kinzhal", "Oreshnik", "Flamingo", "Storm Shadow", "ATACMS"]),
    ("ar", "صواريخ فاتح-110 وخيبر شكن وصاروخ عماد وبركان-3 وفلسطين 2 وأوريشنيك وأتاكمز",
     ["Fateh-110", "Kheibar Shekan", "Emad", "Burkan", "Palestine-2", "Oreshnik", "ATACMS"]),
])
def test_missiles(lang, text, expected):
    got = names(text, lang)
    assert [c for c, _ in got] == expected
    assert {op for _, op in got} == {"missile_strike"}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "M270 launchers, BM-21 Grad, TOS-1A, M777 and CAESAR howitzers", ["M270", "Grad", "TOS-1A", "M777", "Caesar"]),
    ("ru", "РСЗО «Ураган», «Смерч», ТОС-1А «Солнцепек», «Мста-С», «Пион» и «Краснополь»",
     ["Uragan", "Smerch", "TOS-1A", "Msta-S", "Pion", "Krasnopol"]),
    ("uk", "РСЗВ «Град», «Вільха», «Буревій», САУ «Гвоздика» та «Хаймарс»",
     ["Grad", "Vilkha", "Bureviy", "Gvozdika", "HIMARS"]),
    ("de", "Grad-Raketenwerfer und Panzerhaubitze 2000", ["Grad", "PzH 2000"]),
    ("fr", "des roquettes Grad et des canons Caesar", ["Grad", "Caesar"]),
    ("ar", "راجمات غراد وهايمارس", ["Grad", "HIMARS"]),
    ("tr", "T-122 Sakarya ve Fırtına obüsleri", ["T-122 Sakarya", "T-155 Firtina"]),
])
def test_artillery(lang, text, expected):
    got = names(text, lang)
    assert list(dict.fromkeys(c for c, _ in got)) == expected
    assert {op for _, op in got} == {"artillery"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Am Montag waren es 30 Grad in Kiew."),                 # degrees, not the rocket system
    ("ar", "زار عماد بلغراد وستالينغراد وقال إن القدر كتب ذلك."),   # a name, Belgrade, fate
    ("ar", "انطلقت عملية طوفان الأقصى قبل عام."),                   # the flood, not the Toufan missile
    ("uk", "Лютий був холодним."),                                   # the month, not the drone
    ("en", "Fatah and Hamas officials met in Cairo."),                # the party, not the rocket
    ("fr", "un Reaper de la coalition appuyait la frappe"),          # a watching drone in French copy
])
def test_words_that_are_no_platform(lang, text):
    assert names(text, lang) == []


def test_a_new_platform_sets_the_operation_of_the_event():
    ev = events("Russian forces struck Ukrainian positions near Kupiansk with TOS-1A thermobaric "
                "rocket launchers, the Russian Defence Ministry said on Tuesday.")
    assert ev and ev[0]["platforms"] == ["TOS-1A"] and ev[0]["operation"] == "artillery"
    ev = events("Вооруженные силы России нанесли удар ракетами «Орешник» по предприятию в Днепре, "
                "сообщило Министерство обороны России.", lang="ru")
    assert ev and ev[0]["platforms"] == ["Oreshnik"] and ev[0]["operation"] == "missile_strike"
    ev = events("أعلنت القوات المسلحة اليمنية أنها استهدفت مطار بن غوريون بصاروخ فلسطين 2 الفرط صوتي.", lang="ar")
    assert ev and ev[0]["platforms"] == ["Palestine-2"] and ev[0]["operation"] == "missile_strike"


@pytest.mark.parametrize("lang,text", [
    ("uk", "ударні БпЛА типу Shahed-131/-136"),
    ("uk", "ударні БпЛА типу Shahed-131 / 136"),
    ("tr", "Şahed-131/136 insansız hava araçları"),
    ("ar", "مسيرات من طراز شاهد-131/136"),
])
def test_a_pair_of_shahed_types_names_both(lang, text):
    assert {c for c, _ in names(text, lang)} == {"Shahed-131", "Shahed-136"}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "керовані авіаційні ракети Х-59/69", ["Kh-59", "Kh-69"]),
    ("en", "Kh-101/555 cruise missiles", ["Kh-101", "Kh-555"]),
    ("ru", "зенитные ракеты С-300/400", ["S-300", "S-400"]),
])
def test_a_slash_number_names_a_second_missile(lang, text, expected):
    assert [c for c, _ in names(text, lang)] == expected


def test_the_second_number_of_a_pair_is_no_count():
    ev = events("Уночі противник атакував ракетами Х-59/69 та ударними дронами, повідомили Повітряні сили.",
                lang="uk", published="2024-05-20T08:00:00+00:00")
    assert ev and ev[0]["strikes"] is None and {"Kh-59", "Kh-69"} <= set(ev[0]["platforms"])


def test_platforms_normalised():
    ev = events("It said Sukhoi-24M and Su-34 aircraft had flown eight sorties, hitting a depot near Idlib, "
                "the Russian Defence Ministry said on Monday.", published="2015-10-12T10:00:00+00:00")
    assert ev[0]["platforms"] == ["Su-24M", "Su-34"]


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
    assert expected <= set(first(text, lang, published="2024-03-14T08:00:00+00:00")["platforms"])


@pytest.mark.parametrize("text,lang", [
    ("Russian forces struck Kharkiv overnight with two Iskander-M ballistic missiles, the Ukrainian air force "
     "said.", "en"),
    ("Российские войска нанесли удар ракетами «Искандер-М» по складу в Харькове, сообщило Минобороны России.", "ru"),
])
def test_a_stated_variant_is_kept(text, lang):
    assert "Iskander-M" in first(text, lang, published="2024-03-14T08:00:00+00:00")["platforms"]


def test_a_dateline_city_is_no_weapon():
    ev = events("ANKARA (AA) - Milli Savunma Bakanlığı, Irak'ın kuzeyindeki Hakurk bölgesine dün akşam "
                "düzenlenen hava harekâtında terör örgütü PKK'ya ait 17 hedefin imha edildiğini bildirdi.",
                lang="tr", published="2024-01-13T10:00:00+00:00")
    assert [(e["actor"], e["operation"], e["targets"]) for e in ev] == [("TUR", "airstrike", 17)]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "a wave of Gerbera and Italmas drones", ["Gerbera", "Italmas"]),
    ("tr", "Gerbera ve İtalmas tipi İHA'lar", ["Gerbera", "Italmas"]),
    ("ru", "беспилотники типа «Гербера» и «Италмас»", ["Gerbera", "Italmas"]),
    ("uk", "дрони-імітатори «Гербера» та ударні «Італмаси»", ["Gerbera", "Italmas"]),
])
def test_drones_launched_beside_the_shaheds(lang, text, expected):
    got = names(text, lang)
    assert [c for c, _ in got] == expected and {op for _, op in got} == {"drone_strike"}


@pytest.mark.parametrize("lang,text,expected", [
    # a typesetter's non-breaking hyphen (U+2011) inside a designation
    ("en", "two B\u20112 bombers and an F\u201116", ["B-2", "F-16"]),
    ("fr", "des avions Soukhoï-25 et un Sukhoï-34", ["Su-25", "Su-34"]),
])
def test_designations_in_typeset_and_french_spellings(lang, text, expected):
    assert [c for c, _ in names(text, lang)] == expected


@pytest.mark.parametrize("lang,text,op", [
    # what the strike answered names the other side's weapon
    ("en", "In response to rocket fire from Gaza, Israeli jets struck Hamas sites overnight, the army said.", "airstrike"),
    # a side clause away from the strike predicate: the other side's weapon
    ("de", "Nachdem eine Rakete aus dem Gazastreifen eingeschlagen war, griff die israelische Luftwaffe "
           "Stellungen der Hamas an.", "airstrike"),
    # a weapon named as what was hit, after the target noun
    ("es", "El ejército israelí bombardeó edificios de Hizbulá y lanzadores de cohetes en el sur del Líbano.", "airstrike"),
])
def test_another_sides_weapon_is_not_the_means(lang, text, op):
    ev = first(text, lang, published="2024-03-14T08:00:00+00:00")
    assert ev["operation"] == op


@pytest.mark.parametrize("lang,text", [
    # "aircraft without a pilot": the drone, not the aircraft its first word names
    ("ar", "شنت الولايات المتحدة غارتين بطائرات من دون طيار على مواقع لحركة الشباب في جنوب الصومال"),
    ("en", "US unmanned aircraft struck two al-Shabaab camps in southern Somalia on Monday."),
    ("fr", "Des avions sans pilote américains ont frappé deux camps des shebab dans le sud de la Somalie."),
    ("de", "Unbemannte Flugzeuge der USA griffen zwei Lager von al-Schabab in Somalia an."),
])
def test_aircraft_without_a_pilot_are_drones(lang, text):
    ev = first(text, lang, published="2024-03-14T08:00:00+00:00")
    assert ev["operation"] == "drone_strike"


def test_arabic_targeted_with_shelling_names_the_means():
    # "استهدف بقصف مدفعي": targeted with artillery shelling, the instrument glued to bi-
    ev = first("وقال مصدر محلي إن الجيش السعودي استهدف بقصف مدفعي قرى في مديرية رازح", "ar",
               published="2024-03-14T08:00:00+00:00")
    assert ev["operation"] == "artillery"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Russian aircraft struck 12 militant targets in Idlib province over the past day, the defence "
           "ministry said on Tuesday. Su-24 and Su-34 aircraft were used, it added.", ["Su-24", "Su-34"]),
    ("es", "La aviación rusa atacó 12 objetivos en la provincia de Idlib en las últimas 24 horas, informó "
           "el Ministerio de Defensa. Según el parte, se utilizaron aviones Su-24 y Su-34.", ["Su-24", "Su-34"]),
    ("de", "Russische Kampfjets haben in der Nacht Stellungen bei Idlib angegriffen, teilte das "
           "Verteidigungsministerium mit. Eingesetzt worden seien Flugzeuge vom Typ Su-24 und Su-34.", ["Su-24", "Su-34"]),
])
def test_a_following_sentence_names_the_types_used(lang, text, expected):
    ev = events(text, lang=lang, published="2024-03-12T08:00:00+00:00")
    assert [(e["actor"], sorted(e["platforms"])) for e in ev] == [("RUS", expected)]


@pytest.mark.parametrize("text", [
    # another side named: its own types
    "Russian aircraft struck 12 militant targets in Idlib province over the past day, the defence "
    "ministry said on Tuesday. Turkish F-16 jets were used to patrol the border.",
    # denied use
    "Russian aircraft struck 12 militant targets in Idlib province over the past day, the defence "
    "ministry said on Tuesday. Su-34 bombers were not used.",
])
def test_a_following_sentence_of_another_side_or_a_denial_adds_no_type(text):
    ev = events(text, published="2024-03-12T08:00:00+00:00")
    assert [(e["actor"], e["platforms"]) for e in ev] == [("RUS", [])]


def test_a_bare_type_after_its_variant_is_the_same_type():
    ev = events("Russian Tu-22M3 bombers struck militant targets near Deir ez-Zor on Tuesday, the defence "
                "ministry said. The Tu-22 aircraft were used for the third day.", published="2024-03-12T08:00:00+00:00")
    assert [(e["actor"], e["platforms"]) for e in ev] == [("RUS", ["Tu-22M3"])]


# in an interception report the defender's own means ("Ukraine's air force", "la Fuerza Aérea
# ucraniana") shot the weapons down: the launcher's operation is the weapons'
@pytest.mark.parametrize("lang,text", [
    ("en", "Ukraine's air force shot down 16 of 18 drones launched by Russia overnight."),
    ("es", "La Fuerza Aérea ucraniana derribó 16 de los 18 drones lanzados por Rusia durante la noche."),
])
def test_the_defender_s_air_force_is_not_the_launcher_s_means(lang, text):
    ev = events(text, lang=lang)
    assert [(e["actor"], e["operation"]) for e in ev] == [("RUS", "drone_strike")]


def test_the_striker_s_own_aircraft_still_name_an_airstrike():
    ev = events("Russian aircraft struck Kharkiv overnight; Ukraine's air defences shot down two of them.")
    assert [(e["actor"], e["operation"]) for e in ev] == [("RUS", "airstrike")]


def test_every_designation_match_holds_its_gate():
    """A pattern's scan is skipped in a document holding none of its gate strings: that is
    only safe if every match of the pattern holds one of them."""
    from extractors.platforms import _DESIGNATIONS

    written = ("Su-34 SU-25SM Су-24М су-34 СУ-27 Sukhoi-30 Sukhoï-25 Soukhoï-25 Soukhoi 24 Su34s "
               "Tu-22M3 TU-95MS Ту-160 ТУ-22М3 Tupolev-95 Tu22M3s F/A-18E/F F/A‑18s F-16s F-15Es "
               "F35 F‐22 A-10 B‑2 B-52H A‐4 MQ-9 MQ‑1C Kh-101 KH-59M Ch-22 X-31 Х-59/69 Х‑47М2 "
               "S-300 С-400 S‑400 Mirage 2000-5 Mirage-2000D Mirage 2000 N")
    matched = 0
    for pat, _, gate in _DESIGNATIONS:
        for m in pat.finditer(written):
            matched += 1
            assert any(g in m.group(0) for g in gate), (m.group(0), gate)
    assert matched >= 30
