"""Words by their forms (extractors/forms.py and the lexicon's form matching): one entry
covers every inflection; grammar words and word classes keep their spelling."""
from __future__ import annotations

import pytest

from extractors import forms
from extractors.lexicon import load_all


@pytest.fixture(scope="module")
def lex():
    return load_all()


def _found(lex, lang, key, text):
    return [text[m.start():m.end()] for m in lex[lang].finditer(key, text)]


def test_word_keys_share_a_lemma_across_inflections():
    assert forms.word_keys("ударов", "ru") & forms.word_keys("удар", "ru")
    assert forms.word_keys("israelíes", "es") & forms.word_keys("israelí", "es")
    assert forms.word_keys("Luftangriffen", "de") & forms.word_keys("Luftangriff", "de")
    assert not forms.word_keys("удар", "ru") & forms.word_keys("ракета", "ru")


def test_turkish_names_take_case_endings_after_the_apostrophe_only():
    assert "pkk" in forms.word_keys("PKK'ya", "tr")
    assert forms.fold("İHA", "tr") == "iha" and forms.fold("IRAK", "tr") == "ırak"
    # "Iraklı" (Iraqi) is another word than "Irak" (Iraq): no shared key
    assert not forms.word_keys("Iraklı", "tr") & forms.word_keys("Irak'ın", "tr") - {"=ırak"}


def test_offsets_point_into_the_text():
    text = "Вчера российские самолёты нанесли удары."
    toks = forms.tokenize(text, "ru")
    assert [text[t.start:t.end] for t in toks] == ["Вчера", "российские", "самолёты", "нанесли", "удары"]


@pytest.mark.parametrize("lang, key, text, word", [
    # an inflection the lexicon does not list is found through its lemma
    ("es", "counts.strikes", "El ejército lanzó un solo bombardeo contra el depósito.", "bombardeo"),
    ("uk", "places.locality_nouns", "Ворог атакував населені пункти двох областей.", "областей"),
    ("fr", "actor_roles.forces_nouns", "Les forces armées ont riposté dans la soirée.", "armées"),
    ("ar", "counts.strikes", "وأسفرت الغارة عن تدمير المستودع.", "الغارة"),
    ("ru", "triggers.light_verbs", "Авиация продолжает наносить удары по складам.", "наносить"),
])
def test_an_unlisted_inflection_is_found_by_its_lemma(lex, lang, key, text, word):
    assert word in _found(lex, lang, key, text)


def test_grammar_words_keep_their_spelling(lex):
    # German "wird" (a threat: will) must not find "wurde" (a report: was)
    text = "Die Stellung wurde am Morgen getroffen."
    assert _found(lex, "de", "cues.threat", text) == []


def test_a_noun_listed_by_spelling_never_matches_a_verb_group_by_form(lex):
    # "Angriffe" is listed as a strike noun; its lemma is no strike verb of the text
    text = "Die Angriffe dauerten an."
    verbs = _found(lex, "de", "triggers.strike_verbs", text)
    assert "Angriffe" not in verbs


def test_english_matches_by_spelling_only(lex):
    assert not lex["en"].form_entries
    assert "state" not in _found(lex, "en", "claims.verbs", "The state said nothing.")


def test_every_lexicon_word_is_in_its_inflection_table(lex):
    """The tables are built from the lexicons (tools/build_forms.py): a word added to a
    lexicon without rebuilding them would match by spelling only."""
    missing = {}
    for lang, lx in lex.items():
        table = forms.inflections(lang)
        for entries in lx.form_entries.values():
            for phrase, _ in entries:
                for m in forms.word_pattern(lang).finditer(phrase):
                    word = forms.fold(m.group(), lang)
                    if lang == "tr" and "'" in word:
                        word = word.split("'", 1)[0]
                    if word not in lx.grammar_words and word not in table and not word.isdigit():
                        missing.setdefault(lang, set()).add(word)
    assert not missing, f"run tools/build_forms.py: words not in their table: { {k: sorted(v)[:10] for k, v in missing.items()} }"


def test_tables_are_small_next_to_the_dictionaries():
    # the point of the tables: a few MB, not simplemma's ~580 MB for eight languages
    size = sum(p.stat().st_size for p in forms.FORMS_DIR.glob("*.tsv"))
    assert 0 < size < 8_000_000
