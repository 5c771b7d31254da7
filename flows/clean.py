"""Page bytes -> `CleanedPage`: article text, title, date and language, via trafilatura.

Decoding is ours (HTTP charset, then <meta charset>, each only when the bytes fit;
valid UTF-8 wins over a stale legacy declaration), so trafilatura always gets text.
Language: trafilatura only detects it with py3langid installed, which we do not need;
we read <html lang>/<meta> first, then guess with the extractor's detector
(``extractors.language``: the script and, for Latin script, common function words). That
costs microseconds and needs no model (no lingua).
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone

from extractors.language import detect_language, function_word_scores, latin_languages
from flows.feeds import decode_bytes

__all__ = ["CleanedPage", "clean_page", "choose_language", "detect_language", "decode_html"]

log = logging.getLogger(__name__)

# Pages larger than this (decoded characters) are not handed to lxml: no news article
# is this big, and the fetcher caps bodies anyway.
MAX_HTML_CHARS = 8_000_000
MIN_TEXT_CHARS = 40  # below this, trafilatura found a caption or a cookie notice, not an article
# trafilatura checks its own extraction against two others (readability, jusText) on every
# page: 28 % of its time on news pages without the metadata pass. Its own extraction is
# taken first, without them; a page where it finds less than this much text is cleaned
# again with them. On the 41 real pages of ../shared/corpus/web/pages and the 32 demo pages
# the text is identical to cleaning every page with them (tests/test_clean_corpus.py,
# tests/test_clean.py); 5 took the second pass, among them a news agency's page where the
# first found 187 characters of 5,489.
FALLBACK_BELOW_CHARS = 400


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

# The one language detector is the extractor's (script, then function words from the
# lexicons and extractors/data/function_words.toml).


def choose_language(declared: str | None, text: str | None) -> str | None:
    """The page's declared language unless the text plainly says otherwise.

    Templates declare lang="en" on Bengali or Swahili articles: a different script, or
    a Latin-script language whose function words outnumber the declared one's 3 to 1,
    overrides the declaration.
    """
    detected = detect_language(text) if text else None
    if declared is None or detected is None or detected == declared:
        return declared or detected
    if detected not in latin_languages():
        return detected  # decided by script: not a matter of opinion
    if declared in latin_languages():
        scores = function_word_scores(text or "")
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

    def extract(fast: bool):
        return trafilatura.bare_extraction(
            text_html,
            url=url,
            fast=fast,
            with_metadata=metadata,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
            date_extraction_params=({"extensive_search": False, "original_date": True}
                                    if fast_date and metadata else None),
        )

    # Without the metadata pass only: `fast` would also make its date search a quick one.
    doc = extract(fast=True) if not metadata else None
    if doc is None or len((doc.text or "").strip()) < FALLBACK_BELOW_CHARS:
        doc = extract(fast=False)
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
