"""The one language detector: the script first, then function words.

Used by the page cleaner (``flows.clean``: any language a page may be in) and by the extractor
(a document without ``lang``). Non-Latin scripts decide by themselves (Cyrillic by the
letters Ukrainian and Russian do not share, Arabic against Persian and Urdu letters); Latin
script by counting function words: a lexicon's ``[stopwords]`` for its language, and
``data/function_words.toml`` for the languages without a lexicon, so that Portuguese is not
read as Spanish. Adding a lexicon adds its language here with no code.
"""
from __future__ import annotations

import re
import tomllib
from collections import Counter
from functools import lru_cache
from pathlib import Path

FUNCTION_WORDS = Path(__file__).parent / "data" / "function_words.toml"

_UK_LETTERS = set("іїєґ")
_RU_LETTERS = set("ыэъё")
_WORDS = re.compile(r"[^\W\d_]+", re.U)
# (first code point, last code point, script)
_SCRIPT_RANGES = (
    (0x00C0, 0x024F, "latin"), (0x0400, 0x04FF, "cyrillic"), (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"), (0x0590, 0x05FF, "hebrew"), (0x0370, 0x03FF, "greek"),
    (0x3040, 0x30FF, "kana"), (0xAC00, 0xD7AF, "hangul"), (0x1100, 0x11FF, "hangul"),
    (0x4E00, 0x9FFF, "han"), (0x0E00, 0x0E7F, "thai"), (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"), (0x0B80, 0x0BFF, "tamil"), (0x0530, 0x058F, "armenian"),
    (0x10A0, 0x10FF, "georgian"),
)
# scripts that name their language
_SCRIPT_LANG = {"kana": "ja", "hangul": "ko", "han": "zh", "hebrew": "he", "greek": "el", "thai": "th",
                "devanagari": "hi", "armenian": "hy", "georgian": "ka", "bengali": "bn", "tamil": "ta"}


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Language -> its single-word function words: the lexicons' stopwords, then the data
    file's languages that have no lexicon."""
    from .lexicon import load_all

    out: dict[str, frozenset[str]] = {}
    for lang, lex in load_all().items():
        words = [w.lower() for w in lex.raw.get("stopwords", {}).get("words", []) if " " not in w.strip()]
        if words:
            out[lang] = frozenset(words)
    if FUNCTION_WORDS.exists():
        for lang, words in tomllib.loads(FUNCTION_WORDS.read_text(encoding="utf-8")).items():
            out.setdefault(lang, frozenset(w.lower() for w in words))
    return out


@lru_cache(maxsize=1)
def latin_languages() -> frozenset[str]:
    """The languages told apart by function words: those written in Latin script (the
    others are told by their script)."""
    return frozenset(lang for lang, words in function_words().items()
                     if all(_script(c) == "latin" for w in words for c in w if c.isalpha()))


def _script(ch: str) -> str | None:
    o = ord(ch)
    if o < 0x80:
        return "latin" if ch.isalpha() else None
    for lo, hi, name in _SCRIPT_RANGES:
        if lo <= o <= hi:
            return name
    return None


def function_word_scores(text: str) -> dict[str, int]:
    """How many words of a Latin-script text are each language's function words."""
    words = _WORDS.findall(text[:6000].lower())
    return {lang: sum(1 for w in words if w in stop) for lang, stop in function_words().items()
            if lang in latin_languages()}


def detect_language(text: str) -> str | None:
    """A cheap ISO 639-1 guess from script and function words; None when unsure."""
    sample = text[:6000]
    counts: Counter[str] = Counter()
    for ch in sample:
        s = _script(ch)
        if s is not None:
            counts[s] += 1
    if not counts:
        return None
    script, _ = counts.most_common(1)[0]
    if script == "han" and counts["kana"] > 0.05 * counts["han"]:
        return "ja"
    if script in _SCRIPT_LANG:
        return _SCRIPT_LANG[script]
    if script == "arabic":
        # Persian and Urdu letters that Arabic does not use.
        if any(ch in sample for ch in "پچژگ"):
            return "ur" if "ے" in sample or "ٹ" in sample else "fa"
        return "ar"
    lowered = sample.lower()
    if script == "cyrillic":
        uk = sum(lowered.count(c) for c in _UK_LETTERS)
        ru = sum(lowered.count(c) for c in _RU_LETTERS)
        if uk > ru:
            return "uk"
        if "ў" in lowered:
            return "be"
        return "ru"
    words = _WORDS.findall(lowered)
    if len(words) < 5:
        return None
    scores = function_word_scores(sample)
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    if best < max(2, len(words) // 50):
        return None
    return lang
