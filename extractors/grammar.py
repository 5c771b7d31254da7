"""Grammar words as data: the ``[grammar]`` section of every lexicon, for the engine's rules.

The rules (the shape of a list of names, of a settlement phrase, of a sentence end) stay in
Python; the words they are built from (articles, coordinators, linkers, prepositions,
abbreviations, unit nouns, case endings) are listed per language in
``lexicons/<lang>.toml`` and validated there (``lexicon.SCHEMA["grammar"]``).

A rule that reads a word of any language uses ``words(key)``: the words of every lexicon.
Wire copy quotes names and phrases across languages ("the village of Kfar Kila", "al-Bab" in
French), and the rules were written that way; adding a language adds its words here with no
code. ``words(key, lang)`` gives one language's words.

Each result is computed once per process per key (the lexicons are loaded once, too).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .forms import fold
from .lexicon import load_all


def _norm(word: str) -> str:
    return fold(word)


@lru_cache(maxsize=None)
def words(key: str, lang: str | None = None) -> frozenset[str]:
    """The folded words of ``grammar.<key>`` in one language, or in every lexicon (lang None).
    An elided form keeps its apostrophe ("l'"); see ``bare`` for the word without it."""
    out: set[str] = set()
    for code, lex in load_all().items():
        if lang is None or code == lang:
            out.update(_norm(w) for w in lex.raw.get("grammar", {}).get(key, ()))
    return frozenset(out)


@lru_cache(maxsize=None)
def name_articles() -> frozenset[str]:
    """The articles that may stand before a name: those of the languages whose nouns are not
    all capitalised (in German "den Angriffen" is a noun, not a name)."""
    return frozenset(_norm(w) for lex in load_all().values()
                     if not lex.raw.get("meta", {}).get("capitalised_nouns")
                     for w in lex.raw.get("grammar", {}).get("articles", ()))


@lru_cache(maxsize=None)
def free_particles() -> frozenset[str]:
    """The name particles that may stand alone before a name ("as Sukhnah"): those that are
    no grammar word or stopword of a lexicon ("et", "en" are French words first)."""
    taken = set()
    for lex in load_all().values():
        for key, group in lex.raw.get("grammar", {}).items():
            if key != "name_particles":
                taken.update(_norm(w).rstrip("'*") for w in group)
        taken.update(_norm(w) for w in lex.raw.get("stopwords", {}).get("words", ()))
    return words("name_particles") - taken


@lru_cache(maxsize=None)
def inner_particles() -> frozenset[str]:
    """The name particles that may stand alone inside a name, between two capitalised words
    ("Aita el Chaab", "Ras al Ain"): the free ones, and those that are an article of some
    lexicon (Spanish "el"); never a coordinator or preposition ("Homs et Hama", "Alep en Syrie")."""
    return free_particles() | (words("name_particles") & words("articles"))


@lru_cache(maxsize=None)
def bare(*keys: str) -> frozenset[str]:
    """The words of the keys in every language, an elided form without its apostrophe ("l"),
    as a tokenizer that splits on apostrophes sees them; an empty key "" adds the empty
    string (nothing at all between two words)."""
    return frozenset(w.rstrip("'") for k in keys if k for w in words(k)) | ({""} if "" in keys else set())


@lru_cache(maxsize=None)
def alternation(*keys: str, bare: bool = False) -> str:
    """The words of the keys (every language) as one regex group, longest first: a space
    matches any run of whitespace, an apostrophe either apostrophe, a trailing ``*`` the rest
    of the word; ``bare`` drops an elided form's apostrophe ("l'" -> "l"). No boundaries: the
    rule around it says what may stand beside the word."""
    alts = set()
    firsts: set[str] | None = set()
    for k in keys:
        special = {"name_articles": name_articles, "free_particles": free_particles,
                   "inner_particles": inner_particles}.get(k)
        for w in (special() if special else words(k)):
            body = w.rstrip("*")
            if bare:
                body = body.rstrip("'")
            rx = r"\s+".join(re.escape(p) for p in body.split())
            rx = rx.replace("'", "['’]")
            alts.add(rx + (r"\w*" if w.endswith("*") else ""))
            if firsts is not None:
                if body.strip():
                    firsts.update("'’" if body.strip()[0] == "'" else body.strip()[0])
                else:
                    firsts = None   # (a word that may match nothing: no check of a first character)
    group = "(?:" + "|".join(sorted(alts, key=lambda a: (-len(a), a))) + ")"
    if not firsts:
        return group
    # a check of the first character before the words, read with the words' own case rule: a
    # place where none of them starts fails on one class, not on every word in turn (the
    # regex engine gives a case-insensitive alternation no first-character skip)
    return "(?:(?=[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "])" + group + ")"


@lru_cache(maxsize=None)
def templates(key: str) -> str:
    """Word templates of every lexicon as one regex group: ``{Name}`` in a template stands
    for a capitalised name ("{Name} time", "heure d'{Name}")."""
    def literal(piece: str) -> str:
        out = r"\s+".join(re.escape(w).replace("'", "['’]") for w in piece.split())
        if piece[:1].isspace():
            out = r"\s+" + out
        if piece[-1:].isspace() and piece.strip():
            out += r"\s+"
        return out
    alts = set()
    for lex in load_all().values():
        for w in lex.raw.get("grammar", {}).get(key, ()):
            alts.add(r"[A-Z][\w'’-]+".join(literal(piece) for piece in w.split("{Name}")))
    return "(?:" + "|".join(sorted(alts, key=lambda a: (-len(a), a))) + ")"


@lru_cache(maxsize=None)
def endings(lang: str | None = None) -> tuple[str, ...]:
    """``grammar.case_endings``, longest first: the first that ends a word is cut."""
    return tuple(sorted(words("case_endings", lang), key=lambda e: (-len(e), e)))


_FIELD = re.compile(r"\{(bare:)?([a-z_]+(?:\|[a-z_]+)*)\}")


@lru_cache(maxsize=None)
def regex(rule: str, flags: int = 0) -> re.Pattern:
    """A rule compiled with its word groups filled in, once per process: each ``{key}`` or
    ``{key|key}`` becomes ``alternation`` of those keys (``regex(r"{unit_nouns}$", re.I)``),
    ``{bare:key}`` the same without elided forms' apostrophes; ``{name_articles}`` and
    ``{free_particles}`` are those functions' words. Counted repetitions
    (``{0,2}``) are left alone."""
    left = re.sub(r"\{\d*,?\d*\}", "", _FIELD.sub("", rule))
    if "{" in left or "}" in left:
        raise ValueError(f"grammar.regex: a field it cannot fill in {rule!r}")
    return re.compile(_FIELD.sub(lambda m: alternation(*m.group(2).split("|"), bare=bool(m.group(1))),
                                 rule), flags)


@lru_cache(maxsize=None)
def month_names() -> frozenset[str]:
    """The month names of every lexicon's dates (lower case): after a day's digits and a
    period ("am 12. Mai") a month name goes on the sentence, it does not start one."""
    return frozenset(m.rstrip(".") for lex in load_all().values() for m in lex.intmaps.get("dates.months", {}))

