"""Page bytes -> `CleanedPage`: article text, title, date and language, via trafilatura.

Decoding is ours (HTTP charset, then <meta charset>, each only when the bytes fit;
valid UTF-8 wins over a stale legacy declaration), so trafilatura always gets text.
Language: trafilatura only detects it with py3langid installed, which we do not need;
we read <html lang>/<meta> first, then guess from the script and, for Latin script, from
common function words. That costs microseconds and needs no model (no lingua).
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone

from flows.feeds import decode_bytes

__all__ = ["CleanedPage", "clean_page", "choose_language", "detect_language", "decode_html"]

log = logging.getLogger(__name__)

# Pages larger than this (decoded characters) are not handed to lxml: no news article
# is this big, and the fetcher caps bodies anyway.
MAX_HTML_CHARS = 8_000_000
MIN_TEXT_CHARS = 40  # below this, trafilatura found a caption or a cookie notice, not an article


@dataclass
class CleanedPage:
    text: str | None
    title: str | None
    published_at: datetime | None
    lang: str | None
    error: str | None
    encoding: str | None = None  # added: how the bytes were decoded


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html[^>]*?\slang\s*=\s*["']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*""", re.I)
_META_LANG = re.compile(
    r"""<meta[^>]+(?:http-equiv\s*=\s*["']content-language["']|property\s*=\s*["']og:locale["'])[^>]*?content\s*=\s*["']\s*([A-Za-z]{2,3})""",
    re.I,
)


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str, list[str]]:
    m = _META_CHARSET.search(data[:8192])
    declared = m.group(1).decode("ascii", "replace") if m else None
    return decode_bytes(data, content_type, declared)


# ---------------------------------------------------------------- language

# Function words frequent in running text; a handful per language is enough to tell
# these apart on an article's worth of words.
_STOPWORDS: dict[str, set[str]] = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "said", "on"},
    "fr": {"le", "la", "les", "des", "et", "est", "une", "dans", "que", "pour", "qui", "du", "au"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "ein", "eine", "auf", "sich", "zu"},
    "es": {"el", "los", "las", "del", "y", "que", "en", "por", "con", "una", "para", "se", "fue"},
    "pt": {"o", "os", "as", "do", "da", "dos", "das", "e", "que", "em", "para", "com", "uma", "não"},
    "it": {"il", "gli", "della", "di", "che", "è", "per", "con", "una", "non", "sono", "del", "nel"},
    "nl": {"de", "het", "een", "van", "en", "is", "niet", "op", "dat", "met", "voor", "zijn"},
    "pl": {"i", "w", "się", "nie", "na", "z", "że", "do", "jest", "to", "jak", "po"},
    "tr": {"ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "çok", "daha", "olan", "gibi"},
    "sv": {"och", "att", "det", "som", "en", "på", "är", "för", "med", "av", "inte", "till"},
    "is": {"og", "að", "í", "á", "er", "sem", "til", "við", "um", "var", "ekki", "hann"},
    "lt": {"ir", "kad", "yra", "su", "iš", "į", "buvo", "bet", "tai", "nuo", "kaip", "dėl"},
    "sw": {"na", "ya", "wa", "kwa", "za", "katika", "ni", "la", "cha", "hiyo", "kuwa", "pia"},
    "vi": {"và", "của", "là", "có", "không", "được", "trong", "cho", "người", "những", "các", "với"},
    "id": {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "tidak", "akan", "pada"},
    "ro": {"și", "în", "de", "la", "că", "nu", "cu", "este", "pe", "din", "pentru", "care"},
    "hu": {"a", "az", "és", "hogy", "nem", "is", "egy", "meg", "van", "volt", "csak", "már"},
    "cs": {"a", "je", "se", "na", "že", "v", "to", "s", "jsou", "který", "pro", "jako"},
}
_UK_LETTERS = set("іїєґ")
_RU_LETTERS = set("ыэъё")
_WORDS = re.compile(r"[^\W\d_]+", re.U)


def detect_language(text: str) -> str | None:
    """A cheap ISO 639-1 guess from script and function words; None when unsure."""
    sample = text[:6000]
    counts: Counter[str] = Counter()
    for ch in sample:
        o = ord(ch)
        if o < 0x80:
            if ch.isalpha():
                counts["latin"] += 1
        elif 0x00C0 <= o <= 0x024F:
            counts["latin"] += 1
        elif 0x0400 <= o <= 0x04FF:
            counts["cyrillic"] += 1
        elif 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F:
            counts["arabic"] += 1
        elif 0x0590 <= o <= 0x05FF:
            counts["hebrew"] += 1
        elif 0x0370 <= o <= 0x03FF:
            counts["greek"] += 1
        elif 0x3040 <= o <= 0x30FF:
            counts["kana"] += 1
        elif 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF:
            counts["hangul"] += 1
        elif 0x4E00 <= o <= 0x9FFF:
            counts["han"] += 1
        elif 0x0E00 <= o <= 0x0E7F:
            counts["thai"] += 1
        elif 0x0900 <= o <= 0x097F:
            counts["devanagari"] += 1
        elif 0x0980 <= o <= 0x09FF:
            counts["bengali"] += 1
        elif 0x0B80 <= o <= 0x0BFF:
            counts["tamil"] += 1
        elif 0x0530 <= o <= 0x058F:
            counts["armenian"] += 1
        elif 0x10A0 <= o <= 0x10FF:
            counts["georgian"] += 1
    if not counts:
        return None
    script, _ = counts.most_common(1)[0]
    if script == "han" and counts["kana"] > 0.05 * counts["han"]:
        return "ja"
    simple = {"kana": "ja", "hangul": "ko", "han": "zh", "hebrew": "he", "greek": "el", "thai": "th",
              "devanagari": "hi", "armenian": "hy", "georgian": "ka", "bengali": "bn", "tamil": "ta"}
    if script in simple:
        return simple[script]
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
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    if best < max(2, len(words) // 50):
        return None
    return lang


_LATIN_LANGS = set(_STOPWORDS)


def _stopword_scores(text: str) -> dict[str, int]:
    words = _WORDS.findall(text[:6000].lower())
    return {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}


def choose_language(declared: str | None, text: str | None) -> str | None:
    """The page's declared language unless the text plainly says otherwise.

    Templates declare lang="en" on Bengali or Swahili articles: a different script, or
    a Latin-script language whose function words outnumber the declared one's 3 to 1,
    overrides the declaration.
    """
    detected = detect_language(text) if text else None
    if declared is None or detected is None or detected == declared:
        return declared or detected
    if detected not in _LATIN_LANGS:
        return detected  # decided by script: not a matter of opinion
    if declared in _LATIN_LANGS:
        scores = _stopword_scores(text or "")
        if scores[detected] >= 10 and scores[detected] >= 3 * max(1, scores[declared]):
            return detected
        return declared
    # Declared a non-Latin language but the text is Latin script.
    return detected


def _declared_language(html_text: str) -> str | None:
    head = html_text[:20000]
    for pattern in (_HTML_LANG, _META_LANG):
        m = pattern.search(head)
        if m:
            code = m.group(1).lower()
            if len(code) == 2:
                return code
    return None


# ---------------------------------------------------------------- cleaning


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def clean_page(html: bytes, url: str, content_type: str | None = None, *, fast_date: bool = False,
               metadata: bool = True) -> CleanedPage:
    """Extract the article; never raises. No article text -> text None, error set.

    `fast_date=True` skips htmldate's extensive search (its dateparser fallback): about
    40 % less time per page, but 4 of 41 corpus pages then get no date. The first
    extensive search in a process loads dateparser's locales (~2 s once).

    `metadata=False` skips trafilatura's metadata pass (title, date, author, site):
    about a quarter of cleaning's time, for the same article text; title and
    published_at are then None. For pages whose feed item already gave both.
    """
    try:
        return _clean_page(html, url, content_type, fast_date, metadata)
    except Exception as exc:  # noqa: BLE001 - the contract is: a value, not an exception
        log.warning("cleaning %s failed", url, exc_info=True)
        return CleanedPage(None, None, None, None, f"cannot clean page: {type(exc).__name__}: {exc}")


def _clean_page(html: bytes, url: str, content_type: str | None, fast_date: bool = False,
                metadata: bool = True) -> CleanedPage:
    if not html or not html.strip():
        return CleanedPage(None, None, None, None, "empty page")
    text_html, encoding, _notes = decode_html(html, content_type)
    if "\x00" in text_html:
        text_html = text_html.replace("\x00", "")
    if len(text_html) > MAX_HTML_CHARS:
        return CleanedPage(None, None, None, None, f"page too large to clean ({len(text_html):,} characters)",
                           encoding=encoding)
    if "<" not in text_html[:200_000]:
        return CleanedPage(None, None, None, None, "not an HTML page", encoding=encoding)

    import trafilatura  # imported here: ~0.3 s, and only cleaning workers need it

    doc = trafilatura.bare_extraction(
        text_html,
        url=url,
        with_metadata=metadata,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        date_extraction_params=({"extensive_search": False, "original_date": True}
                                if fast_date and metadata else None),
    )
    if doc is None:
        return CleanedPage(None, None, None, _declared_language(text_html), "no article text", encoding=encoding)
    # NFC: the same word must be the same code points for the extractor (Bengali,
    # Vietnamese and Korean pages mix composed and decomposed forms).
    text = unicodedata.normalize("NFC", doc.text or "").strip() or None
    title = unicodedata.normalize("NFC", doc.title or "").strip() or None
    published = _parse_date(doc.date)
    if text is not None and len(text) < MIN_TEXT_CHARS:
        text = None
    lang = (doc.language or "").lower()[:2] or choose_language(_declared_language(text_html), text)
    if text is None:
        return CleanedPage(None, title, published, lang, "no article text", encoding=encoding)
    return CleanedPage(text, title, published, lang, None, encoding=encoding)
