"""Every lexicon validates; malformed ones fail with the file and key named."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.lexicon import LexiconError, compile_lexicon, lexicon_paths, load_lexicon_file


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
