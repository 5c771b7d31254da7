"""The Arabic, Turkish, Russian and Ukrainian lexicons: they load, they are complete, and
short sentences written for these tests come out as the strike reports they are (and a
labour strike or a match comes out as nothing)."""
from __future__ import annotations

import tomllib

import pytest

from extractors import extract_document
from extractors.lexicon import LEXICON_DIR, load_all, load_lexicon_file

LANGS = ("ar", "tr", "ru", "uk")


def _raw(lang: str) -> dict:
    return tomllib.loads((LEXICON_DIR / f"{lang}.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", LANGS)
def test_lexicon_loads_and_validates(lang):
    lex = load_lexicon_file(LEXICON_DIR / f"{lang}.toml")
    assert lex.lang == lang
    assert lang in load_all()


# Keys a language leaves out on purpose, because its grammar puts the word after what it
# governs (Turkish postpositions and suffixes); the file says why in a comment.
OMITTED = {"tr": {"actor_roles.agent_intro", "actor_roles.passive_aux", "actor_roles.partner_intro"}}


@pytest.mark.parametrize("lang", LANGS)
def test_lexicon_has_every_key_of_the_english_model(lang):
    """Every list/map key English fills (the schema grows; a key English does not use yet is
    not required here) is filled in this language too, unless omitted on purpose."""
    model, raw = _raw("en"), _raw(lang)
    for section, body in model.items():
        if section in ("actors", "platforms", "target_types", "campaigns"):
            assert raw.get(section), f"{lang}.toml lacks [{section}]"
            continue  # free keys (codes, names)
        for key in body:
            name = f"{section}.{key}"
            if name in OMITTED.get(lang, set()) or name not in BASE_KEYS:
                continue
            assert raw.get(section, {}).get(key), f"{lang}.toml lacks {name}"


# The keys every lexicon carried when these four were written; keys added to the schema
# later are optional ("a lexicon without them still loads").
BASE_KEYS = {
    f"{section}.{key}" for section, keys in {
        "stopwords": ["words"],
        "triggers": ["strike_verbs", "impact_verbs", "light_verbs", "strike_nouns"],
        "operations": ["airstrike", "drone_strike", "missile_strike", "artillery"],
        "counts": ["sorties", "strikes", "targets", "killed", "combatants"],
        "numbers": ["words", "approx_before", "approx_words", "joiners"],
        "actor_roles": ["forces_nouns", "target_intro", "agent_intro", "military_names",
                        "passive_aux", "partner_intro"],
        "claims": ["verbs", "official_sources", "other_sources"],
        "places": ["struck_preps", "origin_preps", "distance_units", "locality_nouns",
                   "shootdown_verbs", "locality_preps"],
        "cues": ["negation", "denial", "threat", "historical", "generic", "interception",
                 "non_military", "enemy", "accident", "attempt"],
        "dates": ["months", "weekdays", "today", "yesterday", "overnight", "past_hours",
                  "past_days", "since", "day_period", "weekend", "night_range", "running_total"],
    }.items() for key in keys
}


def test_target_types_use_the_contract_vocabulary():
    vocab = tomllib.loads((LEXICON_DIR.parents[1] / "extractors" / "lexicons" / "en.toml")
                          .read_text(encoding="utf-8"))["target_types"].keys()
    for lang in LANGS:
        assert set(_raw(lang)["target_types"]) <= set(vocab), lang


# ------------------------------------------------------------------ word-level behaviour

def test_arabic_clitics_attach_to_strike_words():
    lex = load_all()["ar"]
    for text in ("والغارات", "بغارات", "للغارة", "الضربات"):
        assert lex.search("triggers.strike_nouns", text), text
    # an attached "and"/"by" does not hide an actor or a target type
    assert lex.find_coded("actors", "والروسية")[0][2] == "RUS"
    assert lex.find_coded("target_types", "بمستودعات الأسلحة")[0][2] == "weapons_depot"
    # a labour strike (إضراب) is not a strike noun
    assert lex.search("triggers.strike_nouns", "إضراب") is None


def test_turkish_suffixes_and_apostrophes():
    lex = load_all()["tr"]
    assert lex.search("triggers.strike_nouns", "hava harekâtlarında")
    assert lex.find_coded("actors", "PKK'nın")[0][2] == "PKK"
    assert lex.find_coded("actors", "TSK'ya")[0][2] == "TUR"
    assert lex.find_coded("target_types", "sığınaklarını")[0][2] == "fighting_position"
    # "vurguladı" (emphasised) is not "vurdu"
    assert lex.search("triggers.strike_verbs", "Bakan bunu vurguladı") is None


def test_cyrillic_case_endings():
    ru, uk = load_all()["ru"], load_all()["uk"]
    assert ru.search("triggers.strike_nouns", "авиаударов")
    assert ru.find_coded("actors", "ВКС России")[0][2] == "RUS"
    assert ru.find_coded("platforms", "Су-24М")[0][2] == "Su-24M"
    assert uk.find_coded("actors", "окупантів")[0][2] == "RUS"
    assert uk.find_coded("platforms", "Калібрами")[0][2] == "Kalibr"


# ------------------------------------------------------------------ sentences

PUB = "2024-03-11"   # a Monday

REPORTS = [
    ("ar", "قالت وزارة الدفاع الروسية اليوم الاثنين إن الطائرات الحربية الروسية شنت 20 غارة جوية "
           "على مواقع لتنظيم داعش في محافظة إدلب خلال الساعات الـ24 الماضية.",
     {"actor": "RUS", "target_group": "ISIS", "claimant": "RUS", "operation": "airstrike",
      "strikes": 20, "country": "SY", "event_date": "2024-03-11", "period_start": "2024-03-10"}),
    ("ar", "أعلن الجيش الإسرائيلي أن طائراته الحربية قصفت مواقع لحزب الله في جنوب لبنان.",
     {"actor": "ISR", "target_group": "HEZBOLLAH", "claimant": "ISR", "operation": "airstrike",
      "country": "LB"}),
    ("tr", "Türk Silahlı Kuvvetleri'ne ait SİHA'lar dün Suriye'nin kuzeyinde 7 hedefi vurdu.",
     {"actor": "TUR", "operation": "drone_strike", "targets": 7, "country": "SY",
      "event_date": "2024-03-10"}),
    ("tr", "Milli Savunma Bakanlığı, hava harekâtında PKK'ya ait 12 hedefin vurulduğunu açıkladı.",
     {"actor": "TUR", "operation": "airstrike", "targets": 12}),
    ("ru", "Минобороны России сообщило, что самолеты ВКС России за сутки выполнили 25 боевых "
           "вылетов и нанесли удары по 40 объектам ИГИЛ в провинции Хомс.",
     {"actor": "RUS", "target_group": "ISIS", "claimant": "RUS", "operation": "airstrike",
      "sorties": 25, "targets": 40, "country": "SY", "event_date": "2024-03-11",
      "period_start": "2024-03-10"}),
    ("ru", "Российские военные нанесли ракетный удар «Калибрами» по объектам ВСУ в Харьковской "
           "области, уничтожено 30 боевиков.",
     {"actor": "RUS", "target_group": "UKR", "operation": "missile_strike", "killed": 30,
      "platforms": ["Kalibr"], "country": "UA"}),
    ("uk", "Повітряні сили ЗСУ повідомили, що вночі ворог атакував Україну 45 ударними БпЛА "
           "типу Шахед-136.",
     {"actor": "RUS", "claimant": "UKR", "operation": "drone_strike", "platforms": ["Shahed-136"],
      "event_date": "2024-03-11", "period_start": "2024-03-10"}),
    ("uk", "Сили оборони України завдали удару по нафтобазі у Бєлгородській області, повідомив "
           "Генштаб ЗСУ.",
     {"actor": "UKR", "claimant": "UKR", "country": "RU"}),
]


@pytest.mark.parametrize("lang,text,expected", REPORTS,
                         ids=[f"{r[0]}-{i}" for i, r in enumerate(REPORTS)])
def test_report_sentences(lang, text, expected):
    out = extract_document({"id": "t", "text": text, "lang": lang, "published": PUB})
    assert out["lang"] == lang
    events = {e["actor"]: e for e in out["events"]}
    ev = events.get(expected["actor"])
    assert ev is not None, out["events"]
    for key, value in expected.items():
        assert ev[key] == value, (key, ev[key], value)


def test_uk_target_type_from_strike_on_oil_depot():
    text = ("Сили оборони України завдали удару по нафтобазі у Бєлгородській області, "
            "повідомив Генштаб ЗСУ.")
    ev = extract_document({"id": "t", "text": text, "lang": "uk", "published": PUB})["events"][0]
    assert {t["type"] for t in ev["targets_hit"]} == {"fuel_depot"}


NOT_STRIKES = [
    ("ar", "أعلنت النقابة إضرابا عاما عن العمل يوم الأحد احتجاجا على الأجور."),
    ("ar", "سجل اللاعب هدفا من ضربة جزاء في المباراة التي انتهت بفوز المنتخب."),
    ("tr", "Metal işçileri ücret artışı için greve çıktı; sendika grevin süreceğini açıkladı."),
    ("tr", "Forvet oyuncusu maçın son dakikasında penaltıdan golü attı."),
    ("ru", "Работники завода объявили забастовку, профсоюз требует повышения зарплаты."),
    ("ru", "Нападающий нанес удар по воротам, но вратарь отбил мяч, и матч завершился вничью."),
    ("uk", "Вчителі оголосили страйк, профспілка вимагає підвищення зарплат."),
    ("uk", "Форвард завдав удару по воротах на останній хвилині матчу."),
]


@pytest.mark.parametrize("lang,text", NOT_STRIKES, ids=[f"{r[0]}-{i}" for i, r in enumerate(NOT_STRIKES)])
def test_labour_strikes_and_sport_are_not_strikes(lang, text):
    out = extract_document({"id": "t", "text": text, "lang": lang, "published": PUB})
    assert out["events"] == []


@pytest.mark.parametrize("lang,text,expected", [
    ("ar", "قالت وزارة الدفاع إن الطائرات قصفت مواقع داعش في سوريا.", "ar"),
    ("tr", "Bakanlık, bu sabah yapılan hava harekâtında hedeflerin vurulduğunu ve teröristlerin etkisiz hale getirildiğini bildirdi.", "tr"),
    ("ru", "Министерство обороны сообщило, что авиация нанесла удары по объектам, которые были уничтожены.", "ru"),
    ("uk", "Генштаб повідомив, що сили оборони завдали ударів по об'єктах, які також були знищені.", "uk"),
])
def test_language_is_detected_without_a_lang_field(lang, text, expected):
    out = extract_document({"id": "t", "text": text, "published": PUB})
    assert out["lang"] == expected


def test_turkish_target_group_before_the_verb():
    """In verb-final Turkish the target group comes before the verb ('PKK'ya ait 12 hedefin
    vurulduğunu')."""
    text = "Milli Savunma Bakanlığı, hava harekâtında PKK'ya ait 12 hedefin vurulduğunu açıkladı."
    ev = extract_document({"id": "t", "text": text, "lang": "tr", "published": PUB})["events"][0]
    assert ev["target_group"] == "PKK"
