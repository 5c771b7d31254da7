"""The first-character lookaheads of the date patterns (dates._first_chars) and of the grammar
word groups (grammar.alternation) only skip places where no match can start: every pattern
finds what it finds without its lookahead."""
from __future__ import annotations

import re

import pytest

from extractors import dates
from extractors.lexicon import load_all

# the lookahead _first_chars writes, as the first one in a pattern: "(?=[...])"
_GUARD = re.compile(r"\(\?=\[(?:\\.|[^\]\\])*\]\)")


@pytest.fixture(scope="module")
def lex():
    return load_all()


def _texts(lexicon) -> list[str]:
    """Sentences written from the lexicon's own date words: each month and weekday beside
    days, years and words glued to them, in three cases."""
    months = list(lexicon.intmaps.get("dates.months", {})) + list(lexicon.raw.get("dates", {}).get("this_month", []))
    weekdays = list(lexicon.intmaps.get("dates.weekdays", {}))
    day_words = list(lexicon.intmaps.get("dates.day_words", {}))
    parts = []
    for k, m in enumerate(months):
        w = weekdays[k % len(weekdays)] if weekdays else "Zorvan"
        parts += [f"{w}, {k % 28 + 1} {m} 2024", f"{m} {k % 28 + 1}, 2023 and 3-5 {m}", f"x{m} 7", f"{k}.{m} 12x",
                  f"on the {k % 9 + 1}th of {m}", f"{w} {k % 28 + 1}. {m}", f"w{w}, 4 {m}"]
    for w in weekdays + day_words:
        parts += [f"{w} night", f"{w}s", f"a{w} 3", f"{w} 14 {months[0] if months else ''}"]
    parts += ["05.07.2024", "5/7/2024", "2024-07-05", "2024/7/5", "1.5.2024.3", "v5.7.2024", "١٢/٣/٢٠٢٤ x", "12:30 3.4"]
    text = "; ".join(parts)
    return [text, text.upper(), text.lower(), text.title()]


@pytest.mark.parametrize("lang", ["ar", "de", "en", "es", "fr", "ru", "tr", "uk"])
def test_the_date_patterns_find_what_they_find_without_their_first_character_check(lex, lang):
    lexicon = lex[lang]
    compiled = dates._compile(lexicon)
    pairs = [(dates._NUMERIC, re.compile(dates._NUMERIC.pattern.replace("(?=\\d)", "", 1)))]
    for key in ("dm", "md", "wd"):
        if key in compiled:
            pat = compiled[key]
            assert _GUARD.search(pat.pattern), key
            pairs.append((pat, re.compile(_GUARD.sub("", pat.pattern, count=1), pat.flags)))
    checked = 0
    for text in _texts(lexicon):
        for guarded, bare in pairs:
            for a, b in ((0, len(text)), (5, len(text) - 7), (len(text) // 3, len(text) // 2)):
                got = [(m.span(), m.groupdict()) for m in guarded.finditer(text, a, b)]
                assert got == [(m.span(), m.groupdict()) for m in bare.finditer(text, a, b)]
                checked += len(got)
    assert checked > 20


def test_a_grammar_alternation_finds_what_its_words_find_without_its_first_character_check(lex):
    # grammar.alternation's lookahead only skips places where none of its words starts: each
    # word group, as a whole pattern and after a lookbehind, in either case rule, finds the
    # same spans without it, over a text of the group's words in two cases
    from extractors import grammar

    keys = sorted({k for lexicon in lex.values() for k, v in lexicon.raw.get("grammar", {}).items()
                   if isinstance(v, list) and all(isinstance(w, str) for w in v)})
    other = " ".join(sorted(grammar.words("articles") | grammar.words("linkers")))

    def texts(key):   # the group's words with others beside them, in two cases, both apostrophes
        text = " ".join(f"{w}, x{w} {w}s 1{w}." for w in sorted(grammar.words(key))).replace("*", "") + " " + other
        return [text, text.upper(), text.replace("'", "’")]

    checked = 0
    for key in keys:
        for bare in (False, True):
            alt = grammar.alternation(key, bare=bare)
            plain = _GUARD.sub("", alt, count=1)
            if plain == alt:
                continue
            for flags in (0, re.IGNORECASE):
                for rule in (r"(?<!\w){}(?!\w)", r"(?:{}\s+)?\d"):
                    guarded, unguarded = re.compile(rule.format(alt), flags), re.compile(rule.format(plain), flags)
                    for t in texts(key):
                        got = [m.span() for m in guarded.finditer(t)]
                        assert got == [m.span() for m in unguarded.finditer(t)], (key, rule)
                        checked += len(got)
    assert checked > 1000
