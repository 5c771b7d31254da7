"""Clauses (extractors/clauses.py) and roles, numbers bound within them. Every sentence here
was written for this test; each covers one construction in several languages."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors import extract_document
from extractors.clauses import clause_at, sentence_clauses, tokens_between
from extractors.document import Ctx, _numpat
from extractors.lexicon import LexiconError, compile_lexicon, load_all
from extractors.places import gazetteer


def ctx_for(text: str, lang: str) -> Ctx:
    lexicons = load_all()
    lex = lexicons[lang]
    return Ctx(text, lex, lexicons.get("common"), None, None, _numpat(lex), set(), gazetteer())


def parts(text: str, lang: str) -> list[tuple[str, str]]:
    """(kind, words) of each clause of a one-sentence text."""
    ctx = ctx_for(text, lang)
    return [(c.kind, text[c.start:c.end].strip(" ,;")) for c in sentence_clauses(ctx, 0, len(text))]


def kind_of(text: str, lang: str, words: str) -> str:
    ctx = ctx_for(text, lang)
    return clause_at(ctx, 0, len(text), text.index(words)).kind


def events(text, lang="en", published="2024-03-14T10:00:00+00:00"):
    return extract_document({"id": "t", "text": text, "lang": lang, "published": published})["events"]


# --- splitting -----------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,side", [
    ("en", "Jets struck a depot which the militia had used for months.", "the militia"),
    ("fr", "Les avions ont frappé un dépôt qui appartenait à la milice depuis des mois.", "la milice"),
    ("es", "Los aviones atacaron un depósito, que la milicia usaba desde hace meses, en el norte.", "la milicia"),
    ("de", "Die Kampfjets griffen ein Depot an, das die Miliz seit Monaten nutzte.", "die Miliz"),
    ("ru", "Самолёты нанесли удар по складу, который боевики использовали много месяцев.", "боевики"),
    ("uk", "Літаки завдали удару по складу, який бойовики використовували багато місяців.", "бойовики"),
    ("ar", "أغارت الطائرات على مستودع الذي كانت الميليشيا تستخدمه منذ أشهر.", "الميليشيا"),
])
def test_relative_clause_is_a_side_clause(lang, text, side):
    assert kind_of(text, lang, side) == "relative"
    assert kind_of(text, lang, text.split()[0]) == "main"


@pytest.mark.parametrize("lang,text,side,main", [
    ("en", "After the group fired rockets, the jets struck its depots.", "the group", "the jets"),
    ("fr", "Alors que le groupe tirait des roquettes, les avions ont frappé ses dépôts.", "le groupe", "les avions"),
    ("de", "Nachdem die Miliz Raketen abgefeuert hatte, griffen die Kampfjets ihre Depots an.", "die Miliz",
     "die Kampfjets"),
    ("ru", "Когда боевики обстреляли город, самолёты нанесли удар по их складам.", "боевики", "самолёты"),
    ("tr", "Örgüt roket atarken savaş uçakları depoları vurdu.", "Örgüt", "savaş uçakları"),
    ("es", "Mientras el grupo disparaba cohetes, los aviones atacaron sus depósitos.", "el grupo", "los aviones"),
])
def test_subordinate_clause_ends_at_its_comma_or_converb(lang, text, side, main):
    assert kind_of(text, lang, side) == "subordinate"
    assert kind_of(text, lang, main) in ("main", "coordinate")


def test_main_clause_goes_on_after_a_side_clause():
    text = "The army, which the ministry commands, struck twelve targets."
    ctx = ctx_for(text, "en")
    a = clause_at(ctx, 0, len(text), text.index("The army"))
    b = clause_at(ctx, 0, len(text), text.index("struck"))
    assert a.unit == b.unit and a.kind == "main"
    assert clause_at(ctx, 0, len(text), text.index("the ministry")).unit != a.unit


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("en", "The ministry said that the aircraft struck nine targets.", "The ministry", "the aircraft"),
    ("fr", "Le ministère a indiqué que les avions avaient frappé neuf cibles.", "Le ministère", "les avions"),
    ("de", "Das Ministerium teilte mit, dass die Flugzeuge neun Ziele trafen.", "Das Ministerium", "die Flugzeuge"),
    ("ar", "وقال الجيش إن الطائرات أغارت على تسعة أهداف.", "الجيش", "الطائرات"),
])
def test_reporting_frame_before_a_complementizer(lang, text, speaker, content):
    assert kind_of(text, lang, speaker) == "reporting"
    assert kind_of(text, lang, content) == "main"


@pytest.mark.parametrize("lang,text", [
    ("en", "The aircraft struck nine targets near the town, the ministry said."),
    ("es", "Los aviones atacaron nueve objetivos cerca de la ciudad, dijo el ministerio."),
    ("ru", "Самолёты поразили девять целей у города, сообщило министерство."),
])
def test_short_reporting_tail(lang, text):
    assert parts(text, lang)[-1][0] == "reporting"
    assert parts(text, lang)[0][0] == "main"


def test_parenthesis_and_dashes():
    text = "The jets (which flew from the carrier) struck two sites — the navy said — overnight."
    assert kind_of(text, "en", "which flew") == "relative"
    assert kind_of(text, "en", "the navy") == "paren"
    assert kind_of(text, "en", "overnight") == "main"


def test_arabic_and_plus_verb_opens_a_clause():
    text = "أغارت طائرات على موقع للميليشيا وقصفت المدفعية قرية مجاورة"
    ctx = ctx_for(text, "ar")
    assert not clause_at(ctx, 0, len(text), text.index("طائرات")).unit == \
        clause_at(ctx, 0, len(text), text.index("المدفعية")).unit


def test_german_article_is_no_relative_pronoun_without_a_comma():
    text = "Die Kampfjets griffen die Stellungen der Miliz an."
    assert [k for k, _ in parts(text, "de")] == ["main"]


def test_token_distance_counts_words():
    text = "Jets struck, in two separate raids, nine depots."
    ctx = ctx_for(text, "en")
    two_end = text.index("two") + 3
    assert tokens_between(ctx, two_end, text.index("raids")) == 1       # "separate"
    assert tokens_between(ctx, text.index("Jets"), text.index("nine")) == 6


def test_clause_words_are_validated_on_load():
    raw = {"meta": {"lang": "xx"}, "stopwords": {"words": ["a"]}, "clauses": {"relatives": ["which"]}}
    with pytest.raises(LexiconError, match="clauses.relatives"):
        compile_lexicon(raw, Path("xx.toml"))
    raw["clauses"] = {"relative": []}
    with pytest.raises(LexiconError, match="empty group"):
        compile_lexicon(raw, Path("xx.toml"))


# --- the striker is the subject of the sentence's own predicate ------------------------------

@pytest.mark.parametrize("lang,text,actor", [
    ("en", "After Hezbollah fired rockets at northern towns, Israeli jets struck the group's depots.", "ISR"),
    ("en", "While Russian forces shelled the city, Ukrainian drones struck an oil depot in Bryansk.", "UKR"),
    ("fr", "Alors que l'armée russe bombardait la ville, des drones ukrainiens ont frappé un dépôt pétrolier.",
     "UKR"),
    ("es", "Mientras el ejército ruso bombardeaba la ciudad, drones ucranianos atacaron un depósito de petróleo.",
     "UKR"),
    ("ru", "Когда российские войска обстреливали город, украинские дроны атаковали нефтебазу.", "UKR"),
    ("tr", "Hizbullah roket atarken İsrail savaş uçakları Lübnan'daki mevzileri vurdu.", "ISR"),
    ("ar", "بينما كانت القوات الروسية تقصف المدينة، هاجمت طائرات مسيرة أوكرانية مستودع نفط.", "UKR"),
    # verb-second after a fronted clause: the subject follows the verb
    ("de", "Nachdem die Hisbollah Raketen abgefeuert hatte, griff die israelische Luftwaffe Stellungen im "
           "Libanon an.", "ISR"),
])
def test_background_clause_does_not_give_the_striker(lang, text, actor):
    assert [e["actor"] for e in events(text, lang)] == [actor]


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli jets struck a weapons depot which Hezbollah had used in southern Lebanon, the army said."),
    ("en", "The militia, which Iran supports, said Israeli jets struck two of its bases near Damascus."),
    ("es", "La milicia, que cuenta con el apoyo de Irán, dijo que aviones israelíes atacaron dos de sus bases."),
    ("ru", "Боевики, которых поддерживает Иран, заявили, что израильские самолёты нанесли удары по двум базам."),
])
def test_group_in_a_relative_clause_is_not_the_striker(lang, text):
    assert [e["actor"] for e in events(text, lang)] == ["ISR"]


@pytest.mark.parametrize("lang,text,actor", [
    ("fr", "Des missiles lancés la nuit dernière par les forces russes ont frappé Kharkiv.", "RUS"),
    ("es", "Los misiles lanzados anoche por las fuerzas rusas impactaron en Járkov.", "RUS"),
    ("en", "Depots bombed overnight by Israeli jets burned near Tyre.", "ISR"),
    ("fr", "Des dépôts bombardés lundi par l'aviation israélienne ont brûlé près de Tyr.", "ISR"),
])
def test_agent_after_a_time_phrase_is_still_the_striker(lang, text, actor):
    assert [e["actor"] for e in events(text, lang)] == [actor]


# --- numbers count within their clause -----------------------------------------------------

@pytest.mark.parametrize("lang,text,targets", [
    ("en", "Russian aircraft struck 12 targets in Idlib after 3 militants attacked a checkpoint, the ministry said.",
     12),
    ("es", "Aviones rusos atacaron 12 objetivos en Idlib, después de que 3 milicianos atacaran un puesto.", 12),
    ("ru", "Российская авиация нанесла удары по 12 целям в Идлибе, после того как 3 боевика атаковали блокпост.",
     12),
    ("tr", "TSK, PKK'lı teröristler 3 saldırı düzenledikten sonra Irak'ın kuzeyinde 12 hedefi vurdu.", 12),
])
def test_number_in_a_background_clause_counts_no_strikes(lang, text, targets):
    ev = events(text, lang)
    assert len(ev) == 1
    assert ev[0]["targets"] == targets and ev[0]["strikes"] is None


def test_number_in_a_relative_clause_about_another_side_counts_nothing():
    ev = events("Israeli jets struck 14 sites, which Hezbollah had used during 3 attacks, near Tyre.")
    assert ev[0]["actor"] == "ISR" and ev[0]["targets"] == 14 and ev[0]["strikes"] is None


def test_relative_clause_about_the_striker_keeps_its_numbers():
    ev = events("Russian aircraft, which flew 20 sorties over the day, struck 30 targets in Idlib.")
    assert ev[0]["sorties"] == 20 and ev[0]["targets"] == 30


@pytest.mark.parametrize("lang,text,strikes,killed", [
    ("en", "US forces killed four al-Shabaab fighters in two separate airstrikes near Jilib, AFRICOM said.", 2, 4),
    ("en", "AFRICOM said US forces conducted an airstrike near Jilib that killed two (2) al-Shabaab fighters.", 1, 2),
])
def test_number_beside_a_modifier_or_a_restated_numeral(lang, text, strikes, killed):
    ev = events(text, lang)
    assert (ev[0]["strikes"], ev[0]["killed"]) == (strikes, killed)


def test_per_country_counts_add_up_by_word_distance():
    ev = events("US aircraft conducted 9 airstrikes in Syria and 7 airstrikes in Iraq, the coalition said.")
    assert ev[0]["strikes"] == 16


def test_brackets_around_a_numeral_or_acronym_are_no_clause():
    text = "Central Command (CENTCOM) said the strike killed two (2) fighters."
    assert [k for k, _ in parts(text, "en")] == ["main"]


# --- details in the next sentence ----------------------------------------------------------

@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Coalition aircraft struck 12 targets near Raqqa. The targets included two weapons depots and a bunker.",
     "weapons_depot"),
    ("fr", "Les avions russes ont frappé 12 cibles près de Homs. Parmi les cibles figuraient deux dépôts d'armes.",
     "weapons_depot"),
    ("ru", "Российская авиация нанесла удары по 12 целям в Идлибе. Среди целей были два склада боеприпасов.",
     "ammunition_depot"),
])
def test_the_targets_included_sentence_joins_the_report(lang, text, kind):
    ev = events(text, lang)
    assert len(ev) == 1 and ev[0]["targets"] == 12
    assert (kind, 2) in [(t["type"], t["count"]) for t in ev[0]["targets_hit"]]


def test_a_later_toll_gives_killed_and_never_strikes():
    ev = events("US forces conducted airstrikes near Jilib on Monday, AFRICOM said. Four al-Shabaab fighters "
                "were killed.")
    assert len(ev) == 1
    assert ev[0]["killed"] == 4 and ev[0]["strikes"] is None


def test_details_of_another_side_do_not_join():
    ev = events("US forces conducted airstrikes near Jilib on Monday, AFRICOM said. Kenyan troops said four "
                "al-Shabaab fighters were killed.")
    assert [(e["actor"], e["killed"]) for e in ev if e["actor"] == "USA"] == [("USA", None)]


# --- word windows --------------------------------------------------------------------------

def test_agent_window_counts_words():
    ev = events("Mehrere Drohnenangriffe wurden von den russischen Luftstreitkräften auf Charkiw geflogen.", "de")
    ev2 = events("Des frappes menées par l'aviation russe ont touché Idleb.", "fr")
    assert [e["actor"] for e in ev + ev2] == ["RUS", "RUS"]


def test_first_name_after_in_coordination_with_is_the_partner():
    ev = events("In coordination with the Syrian army, Russian aircraft struck depots near Palmyra.")
    assert [e["actor"] for e in ev] == ["RUS"]


# --- places in another side's clause ---------------------------------------------------------

@pytest.mark.parametrize("lang,text,place,background", [
    ("fr", "Après que le Hezbollah a tiré des roquettes sur Haïfa, l'aviation israélienne a frappé des dépôts "
           "près de Tyr.", "Tyre", "Haifa"),
    ("de", "Nachdem die Hisbollah Raketen auf Haifa abgefeuert hatte, bombardierte die israelische Luftwaffe "
           "Stellungen bei Tyros.", "Tyros", "Haifa"),
    ("ru", "После того как ВСУ обстреляли Белгород, российская авиация нанесла удар по складу в Харькове.",
     "Kharkiv", "Belgorod"),
    ("en", "Russian aircraft struck depots near Idlib, while Turkish troops shelled positions near Afrin.",
     "Idlib", "Afrin"),
])
def test_place_in_another_sides_clause_was_not_struck_by_the_actor(lang, text, place, background):
    ev = events(text, lang)
    names = [loc["name"] for loc in ev[0]["locations"]]
    assert place in names and background not in names


def test_place_in_the_actors_own_background_clause_stays():
    ev = events("After striking depots near Tyre, Israeli jets hit a bridge near Sidon.")
    assert {loc["name"] for loc in ev[0]["locations"]} == {"Tyre", "Sidon"}
