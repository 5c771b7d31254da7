"""The extractor as a whole: the contract's input and output (evidence and spans inside the
text, bad JSONL lines keep the run going, the version string), sentences and language detection.
Each stage has its own file: test_extract_<stage>.py."""
from __future__ import annotations

import json

import pytest

from extractors import EXTRACTOR_VERSION, extract_document, run_jsonl
from extractors.engine import split_sentences
from tests.extract_helpers import events


# ---- provenance and contract
def test_evidence_and_spans_point_into_text():
    text = "Turkish jets hit PKK targets in northern Iraq on Monday, the defence ministry said."
    ev = events(text, published="2015-10-12T10:00:00+00:00")
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


@pytest.mark.parametrize("lang,text,expected", [
    ("ar", "قالت وزارة الدفاع إن الطائرات قصفت مواقع داعش في سوريا.", "ar"),
    ("tr", "Bakanlık, bu sabah yapılan hava harekâtında hedeflerin vurulduğunu ve teröristlerin etkisiz hale getirildiğini bildirdi.", "tr"),
    ("ru", "Министерство обороны сообщило, что авиация нанесла удары по объектам, которые были уничтожены.", "ru"),
    ("uk", "Генштаб повідомив, що сили оборони завдали ударів по об'єктах, які також були знищені.", "uk"),
])
def test_language_is_detected_without_a_lang_field(lang, text, expected):
    out = extract_document({"id": "t", "text": text, "published": "2024-03-11"})
    assert out["lang"] == expected
