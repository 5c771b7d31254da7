"""Words by their forms: tokens with offsets and the keys that stand for their lemma.

A lexicon phrase is written once, in any of its forms ("Russian aircraft", "нанести удар",
"hava harekâtı"); the text may use any inflection of it ("российские самолёты нанесли
удары", "hava harekâtlarında"). Both sides are cut into tokens and each token gets a small
set of keys:

- its folded spelling (lower case; Turkish dotted and dotless i kept apart);
- its lemma, looked up in the language's inflection table (``data/forms/<lang>.tsv``):
  every form of every word the lexicons name, with its lemma, taken from simplemma's
  dictionaries by ``tools/build_forms.py`` (a few MB instead of simplemma's ~580 MB);
- for the agglutinative or clitic-heavy languages where the dictionary misses forms
  (Turkish, Arabic), its Snowball stem, kept in a namespace of its own (``~stem``) so a
  stem never meets an unrelated lemma.

A phrase matches a run of adjacent tokens when every word of the phrase shares a key with
its token. Offsets always point into the original text, so spans stay exact.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import lru_cache

from pathlib import Path

try:
    import snowballstemmer
except ImportError:  # pragma: no cover - a declared dependency
    snowballstemmer = None

FORMS_DIR = Path(__file__).parent / "data" / "forms"
LEXICON_DIR = Path(__file__).parent / "lexicons"


@lru_cache(maxsize=None)
def language_meta(lang: str | None) -> dict:
    """The ``[meta]`` of a language's lexicon (read straight from its file): how its words
    are written and keyed. ``stemmer``: the Snowball algorithm whose stems are also keys
    (simplemma's dictionaries miss many suffixed and clitic forms: Turkish, Arabic);
    ``dotted_i``: İ/I lower to i/ı; ``apostrophe_suffixes``: a name takes its case ending
    after an apostrophe ("PKK'ya")."""
    path = LEXICON_DIR / f"{lang}.toml"
    if not lang or not path.exists():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8")).get("meta", {})
# A stem shorter than this says too little about the word ("hav" for hava).
MIN_STEM = 4

# A token: a run of letters or digits. In Turkish an apostrophe joins a proper name to its
# case suffix ("PKK'ya", "SİHA'lar"): the pair is one token whose keys come from the name.
_WORD = re.compile(r"[^\W_]+")
_SUFFIXED_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")
# In Ukrainian an apostrophe stands inside a word ("об'єкт", "п'ять"): the word is one token,
# so its forms ("об'єктах") find its lemma as any other word's do.
_APOSTROPHE_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)*")
# What may stand between two words of one phrase: spaces, a hyphen, an apostrophe.
_GLUE = re.compile(r"[\s\-‐‑'’]*")


def fold(word: str, lang: str | None = None, *, keep_length: bool = False) -> str:
    """The fold of words (the gazetteer folds names harder: ``gazetteer.fold``): lower case,
    one apostrophe, Turkish İ/I lower to i/ı, composed (NFC).

    ``keep_length``: every character folds to exactly one, so offsets into the folded text
    are offsets into the text (no composition; a character whose lower case is longer, "İ",
    stays as it is)."""
    if language_meta(lang).get("dotted_i"):
        word = word.replace("İ", "i").replace("I", "ı")
    if keep_length:
        low = word.lower()
        if len(low) != len(word):
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in word)
        return low.replace("’", "'")
    return unicodedata.normalize("NFC", word).lower().replace("’", "'")


@lru_cache(maxsize=200_000)
def word_keys(word: str, lang: str | None) -> frozenset[str]:
    """The keys of one word in a language: spelling, lemma and (some languages) stem."""
    low = fold(word, lang)
    keys = {low, "=" + low}
    base = low
    suffixed = language_meta(lang).get("apostrophe_suffixes")
    if suffixed and "'" in low:
        base = low.split("'", 1)[0]      # "pkk'ya" -> "pkk"
        keys.add(base)
    if suffixed and word[:1].isupper():
        # A Turkish proper name takes its case ending after an apostrophe ("Irak'ın", taken
        # above); without one, a capitalised word is its own form ("Iraklı" is not "Irak").
        return frozenset(keys)
    if lang and not base.isdigit():
        keys.update(inflections(lang).get(base, ()))   # (no table, no lemmas: English)
    algo = language_meta(lang).get("stemmer")
    if algo and snowballstemmer is not None and not base.isdigit():
        stem = _stemmer(algo).stemWord(base)
        if len(stem) >= MIN_STEM:
            keys.add("~" + stem)
    return frozenset(keys)


@lru_cache(maxsize=None)
def inflections(lang: str) -> dict[str, tuple[str, ...]]:
    """The language's inflection table: folded form -> its lemmas (empty when absent)."""
    path = FORMS_DIR / f"{lang}.tsv"
    table: dict[str, tuple[str, ...]] = {}
    if not path.exists():
        return table
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            form, *lemmas = line.rstrip("\n").split("\t")
            table[form] = tuple(lemmas)
    return table


@lru_cache(maxsize=None)
def _stemmer(algo: str):
    return snowballstemmer.stemmer(algo)


class Token:
    """A word of a text: its offsets and its keys (``word_keys``). A plain slotted class, not
    a frozen dataclass: every word of every document makes one, and a frozen dataclass's
    ``__init__`` costs three ``object.__setattr__`` calls. Never changed once made."""

    __slots__ = ("start", "end", "keys")

    def __init__(self, start: int, end: int, keys: frozenset):
        self.start, self.end, self.keys = start, end, keys

    def __repr__(self) -> str:
        return f"Token(start={self.start!r}, end={self.end!r}, keys={self.keys!r})"


def word_pattern(lang: str | None) -> re.Pattern:
    meta = language_meta(lang)
    if meta.get("apostrophe_suffixes"):
        return _SUFFIXED_WORD
    return _APOSTROPHE_WORD if meta.get("apostrophe_words") else _WORD


# A language's words -> their keys (word_keys), read by tokenize with one dict look-up per
# word (word_keys's lru_cache builds a key of two arguments on every call). A fact of the
# language (no document's text is in it); past WORD_KEYS_CACHE words it starts again.
_KEYS_BY_LANG: dict = {}
WORD_KEYS_CACHE = 200_000


def tokenize(text: str, lang: str | None) -> list[Token]:
    keys_of = _KEYS_BY_LANG.get(lang)
    if keys_of is None or len(keys_of) > WORD_KEYS_CACHE:
        keys_of = _KEYS_BY_LANG[lang] = {}
    out = []
    append = out.append
    for m in word_pattern(lang).finditer(text):
        w = m.group()
        keys = keys_of.get(w)
        if keys is None:
            keys = keys_of[w] = word_keys(w, lang)
        s, e = m.span()
        append(Token(s, e, keys))
    return out


def phrase_words(phrase: str, lang: str | None, fixed: frozenset = frozenset()) -> list[frozenset] | None:
    """A lexicon phrase as the key sets of its words; None when it has no word. A word in
    ``fixed`` (the language's grammar words: articles, prepositions, auxiliaries) matches
    only its own spelling: "der" must not find "die", nor "wird" find "wurde"."""
    words = [m.group() for m in word_pattern(lang).finditer(phrase)]
    out = []
    for w in words:
        low = fold(w, lang)
        out.append(frozenset({"=" + low}) if low in fixed else word_keys(w, lang))
    return out or None


def adjacent(text: str, a: Token, b: Token) -> bool:
    """Do two tokens stand next to each other, with only spaces, a hyphen or an apostrophe
    between them?"""
    return _GLUE.fullmatch(text, a.end, b.start) is not None


# At most this many distinct words' phrase lists are kept by a FormIndex (about as many as
# word_keys keeps key sets); past it the list starts again.
STARTING_CACHE = 200_000


class FormIndex:
    """The phrases of every form-matched group of a lexicon, by the keys of their first
    word, so that one pass over a document's tokens finds every group's matches."""

    def __init__(self, groups: dict[str, list[tuple[str, object]]], lang: str | None,
                 fixed: frozenset = frozenset()):
        self.groups = list(groups)
        self.by_first: dict[str, list[tuple[str, tuple[frozenset, ...], object, int]]] = {}
        for group, entries in groups.items():
            seen = set()
            for order, (phrase, code) in enumerate(entries):
                words = phrase_words(phrase, lang, fixed)
                if not words or all(len(w) == 1 for w in words):
                    continue  # grammar words only: the spelling match already finds it
                sig = (tuple(words), code)
                if sig in seen:
                    continue
                seen.add(sig)
                for k in words[0]:
                    self.by_first.setdefault(k, []).append((group, tuple(words), code, order))
        self.lang = lang
        self._starting_cache: dict[frozenset, tuple] = {}

    def hits(self, text: str, toks: list[Token] | None = None) -> dict[str, list[tuple[int, int, object]]]:
        """Each group's leftmost-longest, non-overlapping (start, end, code); of two phrases
        of one length at one place, the one listed first in the lexicon. ``toks``: the text's
        tokens in this language, if the caller keeps them."""
        if toks is None:
            toks = tokenize(text, self.lang)
        out: dict[str, list] = {g: [] for g in self.groups}
        last_end = dict.fromkeys(self.groups, -1)
        n = len(toks)
        # a word's key set -> the phrases its keys start, each once (a word spelled as the
        # phrase's first word has two keys that start it: "strike" and "=strike"): a fact of
        # the lexicon, asked once per distinct word and kept with the index (no document's
        # text is in it). The best phrase of a group at a place does not depend on the order
        # the phrases are tried in.
        starting = self._starting_cache
        if len(starting) > STARTING_CACHE:
            starting.clear()
        # adjacent(text, toks[i], toks[i + 1]), asked once per pair (None: not yet asked)
        glued: list = [None] * n
        for i, tok in enumerate(toks):
            entries = starting.get(tok.keys)
            if entries is None:
                entries = starting[tok.keys] = self._starting(tok.keys)
            if not entries:
                continue   # most words start no phrase
            start = tok.start
            best: dict[str, tuple[int, object, int]] = {}
            for group, words, code, order, span in entries:
                if start < last_end[group] or i + span > n:
                    continue
                b = best.get(group)
                if b is not None and (span < b[0] or (span == b[0] and order >= b[2])):
                    continue
                for j in range(i + 1, i + span):
                    t = toks[j]
                    if words[j - i].isdisjoint(t.keys):
                        break
                    g = glued[j - 1]
                    if g is None:
                        g = glued[j - 1] = _GLUE.fullmatch(text, toks[j - 1].end, t.start) is not None
                    if not g:
                        break
                else:
                    best[group] = (span, code, order)
            for group, (span, code, _) in best.items():
                end = toks[i + span - 1].end
                out[group].append((start, end, code))
                last_end[group] = end
        return out

    def _starting(self, keys: frozenset) -> tuple:
        """The phrases (group, words, code, order, number of words) whose first word shares
        a key with a word of these keys, each phrase once."""
        by_first = self.by_first
        found: dict[tuple[str, int], tuple] = {}
        for k in keys:
            entries = by_first.get(k)
            if entries is not None:
                for entry in entries:
                    found.setdefault((entry[0], entry[3]), (*entry, len(entry[1])))
        return tuple(found.values())


def table_languages() -> list[str]:
    """The languages that have an inflection table (tools/build_forms.py writes them)."""
    return sorted(p.stem for p in FORMS_DIR.glob("*.tsv"))


def warm(langs=None) -> None:
    """Load the inflection tables now (before worker processes fork, so they share them)."""
    for lang in sorted(langs or table_languages()):
        inflections(lang)
