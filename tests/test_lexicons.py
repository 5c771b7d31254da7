"""Every lexicon validates; malformed ones fail with the file and key named. The Arabic, Turkish,
Russian and Ukrainian lexicons are complete against the English model, their words match
through clitics, suffixes and case endings, and short report sentences written for these
tests come out with every field right."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from extractors import extract_document
from extractors.lexicon import (LEXICON_DIR, LexiconError, compile_lexicon, lexicon_paths, load_all,
                                 load_lexicon_file)


@pytest.mark.parametrize("path", lexicon_paths(), ids=lambda p: p.name)
def test_shipped_lexicons_validate(path):
    lex = load_lexicon_file(path)
    assert lex.lang in (path.stem, "common")


def test_unknown_key_is_named():
    raw = {"meta": {"lang": "xx"}, "stopwords": {"words": ["a"]}, "triggers": {"strike_verb": ["hit"]}}
    with pytest.raises(LexiconError, match=r"xx.toml: 'triggers.strike_verb': unknown key"):
        compile_lexicon(raw, Path("xx.toml"))


def test_empty_group_is_refused():
    raw = {"meta": {"lang": "xx"}, "stopwords": {"words": ["a"]}, "cues": {"denial": []}}
    with pytest.raises(LexiconError, match=r"'cues.denial': empty group"):
        compile_lexicon(raw, Path("xx.toml"))


def test_phrases_do_not_match_inside_words():
    raw = {"meta": {"lang": "xx"}, "stopwords": {"words": ["a"]}, "triggers": {"strike_nouns": ["raid"]}}
    lex = compile_lexicon(raw, Path("xx.toml"))
    assert lex.search("triggers.strike_nouns", "the braided rope") is None
    assert lex.search("triggers.strike_nouns", "a raid on") is not None


def test_case_sensitive_phrase():
    raw = {"meta": {"lang": "xx"}, "stopwords": {"words": ["a"]}, "actors": {"ISIS": ["=IS"]}}
    lex = compile_lexicon(raw, Path("xx.toml"))
    assert lex.find_coded("actors", "this is it") == []
    assert lex.find_coded("actors", "IS targets")[0][2] == "ISIS"


def test_regexes_are_compiled_when_first_used():
    """Loading a lexicon compiles none of its groups' regexes (a second of CPU in every
    process, most of them never used); each is compiled on first use and kept."""
    import re

    raw = {"meta": {"lang": "xx"}, "stopwords": {"words": ["a"]},
           "triggers": {"strike_nouns": ["raid", "air strike"], "strike_verbs": ["struck {n}"]},
           "actors": {"RUS": ["Russian"], "UKR": ["Ukrainian"]}}
    lex = compile_lexicon(raw, Path("xx.toml"))
    assert all(isinstance(dict.__getitem__(lex.patterns, k), str) for k in lex.patterns)
    matcher = lex.combined["actors"]
    assert all(isinstance(rx, tuple) for _, rx, _ in matcher.phrases)

    assert lex.search("triggers.strike_verbs", "they struck 12 targets").group(0) == "struck 12"
    assert isinstance(dict.__getitem__(lex.patterns, "triggers.strike_verbs"), re.Pattern)
    assert lex.patterns.get("triggers.strike_verbs") is lex.patterns["triggers.strike_verbs"]
    assert lex.patterns.get("no.such_group") is None and "no.such_group" not in lex.patterns

    assert [h[2] for h in lex.find_coded("actors", "a Ukrainian raid")] == ["UKR"]
    tried = {code for code, rx, _ in matcher.phrases if isinstance(rx, re.Pattern)}
    assert tried == {"UKR"}, "only the phrase tried at 'Ukrainian' was compiled"


# ------------------------------------------------------------------ ar, tr, ru, uk

LANGS = ("ar", "tr", "ru", "uk")


def _raw(lang: str) -> dict:
    return tomllib.loads((LEXICON_DIR / f"{lang}.toml").read_text(encoding="utf-8"))


# Keys a language leaves out on purpose, because its grammar puts the word after what it
# governs (Turkish postpositions and suffixes); the file says why in a comment.
OMITTED = {"tr": {"actor_roles.agent_intro", "actor_roles.passive_aux", "actor_roles.partner_intro"}}


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


@pytest.mark.parametrize("lang", LANGS)
def test_lexicon_loads_and_validates(lang):
    lex = load_lexicon_file(LEXICON_DIR / f"{lang}.toml")
    assert lex.lang == lang
    assert lang in load_all()


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


def test_document_lexicon_reads_its_lexicon_fields_and_groups():
    """A lexicon bound to a document answers ``has``, ``lang``, ``raw``, ``patterns`` and
    ``intmaps`` as the lexicon does (read from slots, not through ``__getattr__``), and
    still passes any other field through."""
    for lex in load_all().values():
        doc = lex.for_document("A test sentence.")
        assert (doc.lang, doc.raw, doc.patterns, doc.intmaps) == (lex.lang, lex.raw, lex.patterns, lex.intmaps)
        assert doc.patterns is lex.patterns and doc.intmaps is lex.intmaps
        for key in list(lex.patterns)[:50] + ["no.such_group"]:
            assert doc.has(key) is lex.has(key)
        assert doc.combined is lex.combined and doc.form_entries is lex.form_entries
        assert not doc.has("no.such_group")


def test_group_match_cache_is_per_document():
    """``pat(key).match`` on a lexicon bound to a document keeps its answers in that
    document's caches: asked again it gives the same answer, and another document asking at
    the same place gets its own text's answer, as the unbound lexicon does."""
    lex = load_all()["en"]
    key = "triggers.strike_verbs"
    texts = ["Jets struck the depot at dawn.", "Jets saw the depot at dawn.", "Jets bombed the depot."]
    for text in texts:
        doc = lex.for_document(text)
        want = lex.pat(key).match(text, 5)
        for _ in range(2):
            got = doc.pat(key).match(text, 5)
            assert (got and got.span()) == (want and want.span())
    assert lex.pat(key).match(texts[0], 5) and not lex.pat(key).match(texts[1], 5)
    doc = lex.for_document(texts[0])
    assert doc.pat(key).match(texts[0], 5) and not doc.pat(key).match(texts[0], 5, 7)


# Sentences written for these tests: strike words, dates, cues and names in windows of all sizes.
_WINDOW_TEXTS = {
    "en": "Overnight, Russian jets struck 12 targets near Idlib, the ministry said on Monday. "
          "Air defences shot down four drones since the truce; no strike was reported in the past 24 hours.",
    "fr": "Des avions français ont frappé trois dépôts près de Raqqa dimanche. La défense aérienne "
          "a intercepté deux drones depuis le 3 mars, selon le ministère.",
    "ru": "Вчера российские самолёты нанесли удары по складам в Идлибе. С 30 сентября силы ПВО "
          "уничтожили шесть беспилотников, сообщили в министерстве.",
    "tr": "Türk savaş uçakları dün gece PKK'nın mevzilerini vurdu. Bakanlık, 5 Mayıs'tan bu yana "
          "12 hedefin imha edildiğini açıkladı.",
}


def _windows(text: str) -> list[tuple[int, int | None]]:
    import re
    cuts = [0] + [m.start() for m in re.finditer(r"(?<=\s)\S", text)][::5] + [len(text)]
    return [(0, None)] + [(a, b) for a in cuts for b in cuts if a < b]


@pytest.mark.parametrize("lang", sorted(_WINDOW_TEXTS))
def test_document_lexicon_skips_only_windows_without_a_match(lang):
    """A lexicon bound to a document answers ``finditer``/``search`` in a window from the
    places its groups may start (kept per document); each answer is the unbound lexicon's,
    for every group and window, asked once or again."""
    lex = load_all()[lang]
    text = _WINDOW_TEXTS[lang]
    doc = lex.for_document(text)

    def spans(hits):
        return [(m.start(), m.end(), getattr(m, "code", None)) for m in hits]

    keys = sorted(lex.patterns)
    assert len(keys) > 50
    found = 0
    for key in keys:
        for pos, endpos in _windows(text):
            want = spans(lex.finditer(key, text, pos, endpos))
            found += bool(want)
            for _ in range(2):
                assert spans(doc.finditer(key, text, pos, endpos)) == want, (key, pos, endpos)
            first = doc.search(key, text, pos, endpos)
            assert (first and (first.start(), first.end())) == (want[0][:2] if want else None), (key, pos, endpos)
    assert found > 20   # the windows do hold matches, not only empty ones


def test_document_lexicon_starts_do_not_leak_between_documents():
    """Each bound lexicon keeps the start places of its own text; another document, or
    another text asked of the same bound lexicon, gets its own text's answer."""
    lex = load_all()["en"]
    a, b = "Israeli jets struck Gaza at dawn.", "At dawn, French aircraft struck Raqqa."
    key = "triggers.strike_verbs"
    da, db = lex.for_document(a), lex.for_document(b)
    assert [a[m.start():m.end()] for m in da.finditer(key, a, 13, 19)] == ["struck"]
    assert list(db.finditer(key, b, 13, 19)) == [] and db.search(key, b, 13, 19) is None
    assert [b[m.start():m.end()] for m in db.finditer(key, b, 25, 31)] == ["struck"]
    assert list(da.finditer(key, a, 25, 31)) == []
    assert da._starts[key] != db._starts[key] and da._starts is not db._starts
    # a text other than the bound document's (a name, a phrase) is read as the unbound lexicon reads it
    assert [b[m.start():m.end()] for m in da.finditer(key, b, 25, 31)] == ["struck"]
    assert [b[m.start():m.end()] for m in lex.finditer(key, b, 25, 31)] == ["struck"]
