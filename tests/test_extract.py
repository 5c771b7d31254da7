"""Unit tests of the extractor's stages on short texts written for them."""
from __future__ import annotations

import json
from datetime import date

import pytest

from extractors import EXTRACTOR_VERSION, extract_document, run_jsonl
from extractors.dates import find_dates, parse_published
from extractors.engine import split_sentences
from extractors.lexicon import load_all
from extractors.numbers import parse_digits, parse_number


def events(text, lang="en", published="2015-10-12T10:00:00+00:00", **kw):
    return extract_document({"id": "t", "text": text, "lang": lang, "published": published, **kw})["events"]


# ---- numbers
@pytest.mark.parametrize("surface,value", [("53", 53), ("2,000", 2000), ("6 000", 6000), ("2.289", 2289)])
def test_digit_numbers(surface, value):
    assert parse_digits(surface) == value


@pytest.mark.parametrize("surface,lang,value", [("cinquante-cinq", "fr", 55), ("seven", "en", 7),
                                                ("twenty-two", "en", 22), ("doce", "es", 12)])
def test_number_words(surface, lang, value):
    words = load_all()[lang].intmaps["numbers.words"]
    assert parse_number(surface, lang, words) == value


def test_numbers_bound_to_their_nouns():
    ev = events("Russia's air force flew 82 sorties against 204 targets in Syria in the last 24 hours, "
                "the Russian Defence Ministry said.")
    assert ev[0]["sorties"] == 82 and ev[0]["targets"] == 204


def test_french_number_words_and_approximations():
    ev = events("L'aviation russe a réalisé cinquante-cinq sorties et frappé près de 60 cibles en Syrie, "
                "a annoncé le ministère russe de la Défense.", lang="fr")
    assert ev[0]["sorties"] == 55
    assert ev[0]["targets"] is None


def test_bounds_are_null():
    ev = events("U.S. aircraft carried out more than 30 air strikes in Iraq, the Pentagon said on Monday.")
    assert ev[0]["strikes"] is None


# ---- dates
def test_past_24_hours_against_published():
    ev = events("Russian jets flew 20 sorties in Syria over the past 24 hours, the ministry said.")
    assert (ev[0]["event_date"], ev[0]["period_start"]) == ("2015-10-12", "2015-10-11")


def test_weekday_and_yesterday():
    lex = load_all()["fr"]
    text = "hier, et lundi"
    got = find_dates(text, 0, len(text), lex, date(2015, 10, 14))
    assert [d.day for d in got] == [date(2015, 10, 13), date(2015, 10, 12)]


def test_no_published_no_relative_date():
    ev = events("Israeli jets struck Hamas targets in Gaza yesterday, the army said.", published=None)
    assert ev and ev[0]["event_date"] is None


def test_running_total_is_a_second_event():
    ev = events("Les avions russes ont réalisé 30 sorties et frappé 40 cibles en Syrie en 24 heures, a annoncé "
                "le ministère. L'aviation russe a effectué depuis le 30 septembre 900 raids en Syrie.",
                lang="fr")
    kinds = sorted((e["cumulative"], e["period_start"]) for e in ev)
    assert kinds == [(False, "2015-10-11"), (True, "2015-09-30")]


def test_published_parsing():
    assert parse_published("2015-10-12T14:00:00+00:00") == date(2015, 10, 12)
    assert parse_published("garbage") is None


# ---- actors, senses, negatives
def test_two_actors_two_events():
    ev = events("Russian and Syrian aircraft struck militant positions near Idlib on Sunday, the ministry said.")
    assert sorted(e["actor"] for e in ev) == ["RUS", "SYR"]


@pytest.mark.parametrize("text", [
    "Workers at the plant went on strike on Monday after the union rejected the wage offer.",
    "The bowler rolled twelve strikes in a row for a perfect game.",
    "The option's strike price was set at 50 dollars, traders said.",
    "The U.S.-led coalition denied striking the city, saying its jets had not conducted air strikes there.",
    "Israel's defence minister would not rule out a military strike on Iran, he said.",
])
def test_no_event(text):
    assert events(text) == []


def test_target_group_and_claimant():
    ev = events("Israeli fighter jets struck Hezbollah targets in southern Lebanon on Saturday, the IDF said.")
    assert ev[0]["actor"] == "ISR" and ev[0]["target_group"] == "HEZBOLLAH" and ev[0]["claimant"] == "ISR"


def test_platforms_normalised():
    ev = events("It said Sukhoi-24M and Su-34 aircraft had flown eight sorties, hitting a depot near Idlib, "
                "the Russian Defence Ministry said on Monday.")
    assert ev[0]["platforms"] == ["Su-24M", "Su-34"]


# ---- places (gazetteer integration)
def test_places_and_origin_exclusion():
    from extractors.places import NullGazetteer, gazetteer

    if isinstance(gazetteer(), NullGazetteer):
        pytest.skip("gazetteer data not available")
    ev = events("Les avions russes ont frappé des cibles dans les provinces de Homs et de Hama, a annoncé le "
                "ministère russe. Les terroristes envoient des munitions depuis la province de Raqa, a poursuivi "
                "le général.", lang="fr")
    assert ev[0]["country"] == "SY"
    assert "SY-HI" in ev[0]["admin1"] and "SY-RA" not in ev[0]["admin1"]


# ---- provenance and contract
def test_evidence_and_spans_point_into_text():
    text = "Turkish jets hit PKK targets in northern Iraq on Monday, the defence ministry said."
    ev = events(text)
    s, e = ev[0]["evidence"][0]
    assert text[s:e].startswith("Turkish")
    a, b = ev[0]["spans"]["actor"]
    assert text[a:b] == "Turkish"
    assert 0 < ev[0]["confidence"] <= 1


def test_run_jsonl_keeps_going_on_bad_lines():
    lines = ["not json", json.dumps({"text": "no id"}), json.dumps({"id": "x"}),
             json.dumps({"id": "ok", "text": "Nothing happened."})]
    out = list(run_jsonl(lines))
    assert [("error" in o) for o in out] == [True, True, True, False]
    assert out[2]["id"] == "x" and out[3]["events"] == []


def test_version_shape():
    core, _, data = EXTRACTOR_VERSION.partition("+")
    assert core.count(".") == 2 and len(data) == 12


def test_sentences_keep_abbreviations():
    text = "The U.S. military said on Oct. 11 it struck. Then it left."
    assert len(split_sentences(text)) == 2


def test_language_detection_without_lang():
    doc = {"id": "d", "text": "Les avions russes ont frappé des cibles de l'EI en Syrie, a annoncé le ministère."}
    assert extract_document(doc)["lang"] == "fr"
