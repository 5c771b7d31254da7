"""Numbers as wire copy writes them: 53, 2,000, 6 000, 2.289, fifty-five, cinquante-cinq.

`parse_number(surface, lang, lex)` returns an int or None; approximations are decided by
the caller (the words before a number belong to the sentence, not to the number).
"""
from __future__ import annotations

import re

from text_to_num import text2num

TEXT2NUM_LANGS = {"en", "fr", "es", "de", "pt", "it", "nl"}

# Thousands separators: comma, dot, thin or plain space (only before exactly three digits).
_DIGITS = re.compile(r"^\d{1,3}(?:([,.\u202f\u00a0 ])\d{3})+$|^\d+$")
DIGIT_NUMBER = r"\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+(?![\d])|\d+"


def parse_digits(surface: str) -> int | None:
    s = surface.strip()
    if not _DIGITS.match(s):
        return None
    return int(re.sub(r"[^\d]", "", s))


def parse_words(surface: str, lang: str, words: dict[str, int]) -> int | None:
    """A run of number words; text2num where it knows the language, else the lexicon."""
    s = surface.strip().lower()
    if not s:
        return None
    if s in words:
        return words[s]
    if lang in TEXT2NUM_LANGS:
        try:
            return int(text2num(s, lang))
        except (ValueError, TypeError):
            pass
    # Additive fallback for languages text2num lacks: "twenty five", "yüz elli".
    total = current = 0
    for tok in re.split(r"[\s-]+", s):
        if tok not in words:
            return None
        v = words[tok]
        if v >= 100:
            current = max(current, 1) * v
            if v >= 1000:
                total += current
                current = 0
        else:
            current += v
    return total + current or None


# Digits times a thousand word, and what follows it ("2 bin 37", "3 тысячи", "2 thousand").
_TIMES_WORD = re.compile(r"^(" + DIGIT_NUMBER + r")\s+(\S+)(?:\s+(.+))?$")


def parse_number(surface: str, lang: str, words: dict[str, int]) -> int | None:
    if surface and surface.strip()[:1].isdigit():
        s = surface.strip()
        m = _TIMES_WORD.match(s)
        if m and not _DIGITS.match(s):
            head, mult = parse_digits(m.group(1)), words.get(m.group(2).lower())
            if head is None or not mult or mult < 1000:
                return None
            tail = (m.group(3) or "").strip()
            extra = (parse_digits(tail) if tail[:1].isdigit() else parse_words(tail, lang, words)) if tail else 0
            return head * mult + (extra or 0)
        return parse_digits(surface)
    return parse_words(surface, lang, words)


def number_pattern(words: dict[str, int], joiners=()) -> re.Pattern:
    """Digits, or one to four number words joined by spaces, hyphens or a joiner word of
    the language ("vingt et un", "twenty and one": the lexicon's numbers.joiners). The hours
    and minutes of a clock time ("з 21:00 по 02:30", "at 17:00") are no number."""
    alts = sorted((re.escape(w) for w in words), key=len, reverse=True)
    if not alts:
        raise ValueError("number words group is empty")
    word = r"(?:" + "|".join(alts) + r")"
    joined = sorted((re.escape(j) for j in joiners if j.isalpha()), key=len, reverse=True)
    join = r"(?:(?:" + "|".join(joined) + r")[\s-])?" if joined else ""
    # digits times a thousand word ("2 bin", "3 тысячи"), then at most a three-digit rest or
    # number words ("2 bin 37": 2,037)
    mults = sorted((re.escape(w) for w, v in words.items() if v >= 1000), key=len, reverse=True)
    times = (r"(?:" + DIGIT_NUMBER + r")[\s\u00a0]+(?:" + "|".join(mults) + r")(?![\w])(?:[\s\u00a0]+(?:\d{1,3}(?![\d.,:])|"
             + word + r"(?:[\s-]" + join + word + r"){0,2}))?|") if mults else ""
    return re.compile(
        r"(?<![\w.,:])(?:" + times + DIGIT_NUMBER + r"|" + word + r"(?:[\s-]" + join + word
        + r"){0,3})(?![\w])(?!:\d)",
        re.IGNORECASE,
    )
