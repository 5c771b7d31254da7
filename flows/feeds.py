"""Feed bytes -> `ParsedFeed` of `FeedItem`s.

Steps, each for a reason seen in real feeds (see /work/shared/corpus/web/MANIFEST.tsv):

1. Decode the bytes ourselves (`decode_xml`): BOM, then the HTTP charset and the XML
   declaration *if the bytes agree with them*, then UTF-8, then a statistical guess.
   Real feeds declare UTF-16 while being UTF-8, or declare nothing while being Latin-1.
2. Refuse hostile XML: a document that declares entities anywhere outside CDATA
   (billion laughs, external entities; defusedxml's rule) is rejected before any parser
   sees it. A plain DOCTYPE (RSS 0.91's Netscape DTD) is fine.
3. Hand feedparser UTF-8 bytes with a rewritten declaration, from a file object, so it
   never fetches a URL or opens a path itself.
4. Items: canonical URL, GUID (blank -> None), plain-text title and summary, UTC date
   (feedparser's, else our multilingual fallback), duplicates dropped.
"""
from __future__ import annotations

import calendar
import codecs
import html
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

import feedparser

__all__ = [
    "FeedItem",
    "ParsedFeed",
    "parse_feed",
    "canonical_url",
    "decode_xml",
    "decode_bytes",
    "charset_from_content_type",
    "plain_text",
    "parse_date",
]

# feedparser would otherwise try to parse an unknown date with every handler it has
# and sanitize/resolve with its own idea of the base; we give it the base explicitly.
feedparser.RESOLVE_RELATIVE_URIS = 1
feedparser.SANITIZE_HTML = 1


@dataclass
class FeedItem:
    feed_url: str
    guid: str | None
    url: str
    title: str | None
    summary: str | None
    published_at: datetime | None


@dataclass
class ParsedFeed:
    feed_url: str
    title: str | None
    items: list[FeedItem]
    error: str | None
    warning: str | None
    encoding: str | None = None  # added: the encoding the bytes were read with
    format: str | None = None  # added: feedparser's version string, e.g. 'rss20', 'atom10'
    skipped: int = 0  # added: entries dropped (no usable link, or duplicates)


# ---------------------------------------------------------------- canonical URLs

_TRACKING_EXACT = {
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid", "igshid", "mc_cid",
    "mc_eid", "_ga", "_gl", "ocid", "cmpid", "ncid", "sr_share", "rss", "feature",
    "ito", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
    "__twitter_impression", "spm", "smid", "partner", "ref_src", "wt.mc_id",
}
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hmb_", "oly_", "vero_", "__s", "at_")
_URL_JUNK = re.compile(r"[\t\r\n\x00]")
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters left as they are in a path; everything else is percent-encoded once.
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_QUERY_SAFE = "/:@!$'()*+,;-._~%?"


def _is_tracking(name: str) -> bool:
    low = name.lower()
    return low in _TRACKING_EXACT or low.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str, base: str | None = None) -> str:
    """The natural key of an article: absolute, lower-case scheme/host, no default port,
    no fragment, no tracking parameters, query sorted, path percent-encoding normalised.

    Deliberately our own (not courlan's `normalize_url`): courlan keeps fragments unless
    strict, and strict mode drops *every* query parameter, including article ids such as
    ``?id=123``; a key that must stay stable forever should not move with a dependency.
    """
    url = (url or "").strip()
    # Feeds carry links with stray whitespace and control characters inside.
    url = _URL_JUNK.sub("", url)  # browsers drop tabs/newlines inside URLs; so do we
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if host:
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            pass
    if ":" in host:
        host = f"[{host}]"
    netloc = host
    if port is not None and _DEFAULT_PORTS.get(scheme) != port:
        netloc = f"{host}:{port}"
    # Credentials (user:pass@) are dropped: they never belong in a key or the warehouse.
    path = quote(unquote(parts.path), safe=_PATH_SAFE) if parts.path else ""
    if not path and host:
        path = "/"
    pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    pairs.sort()
    query = urlencode(pairs, doseq=True, safe=_QUERY_SAFE)
    return urlunsplit((scheme, netloc, path, query, ""))


# ---------------------------------------------------------------- decoding

_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:\-]+)[\"']", re.I)
_XML_DECL_TEXT = re.compile(r"^(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])([A-Za-z0-9._:\-]+)([\"'])", re.I)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Names legacy servers use that Python spells differently or maps too narrowly.
_ALIASES = {
    "iso-8859-1": "cp1252",  # browsers (and real feeds) mean windows-1252 by latin-1
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc-kr": "cp949",  # cp949 is a superset that real Korean pages use
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "win-1251": "cp1251",
    "x-mac-cyrillic": "mac-cyrillic",
}


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.I)
    return m.group(1) if m else None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _has_non_ascii(data: bytes) -> bool:
    return any(b > 0x7F for b in data[:200_000]) if len(data) < 200_000 else bool(re.search(rb"[\x80-\xff]", data))


def decode_xml(data: bytes, content_type: str | None = None) -> tuple[str, str, list[str]]:
    """XML bytes -> (text, encoding used, notes about repairs). Never raises."""
    m = _XML_DECL.match(data[:1024])
    declared = m.group(1).decode("ascii") if m else None
    return decode_bytes(data, content_type, declared)


def decode_bytes(data: bytes, content_type: str | None, declared_name: str | None) -> tuple[str, str, list[str]]:
    """Bytes -> (text, encoding used, notes about repairs). Never raises.

    Order: BOM; BOM-less UTF-16; the HTTP charset, then the document's own declaration,
    each only if the bytes fit it; UTF-8; a statistical guess; windows-1252 with
    replacement characters. Valid non-ASCII UTF-8 wins over a legacy declaration.
    """
    notes: list[str] = []
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(codec, errors="replace")
            return text, codec, notes
    # UTF-16/32 without a BOM: '<' followed or preceded by NUL bytes.
    if data[:4] in (b"<\x00?\x00", b"\x00<\x00?") or data[:2] in (b"<\x00", b"\x00<"):
        codec = "utf-16-le" if data[:1] == b"<" else "utf-16-be"
        return data.decode(codec, errors="replace"), codec, notes

    http_name = charset_from_content_type(content_type)
    utf8 = _strict(data, "utf-8")
    non_ascii = _has_non_ascii(data)

    for label, name in (("HTTP", http_name), ("declared", declared_name)):
        codec = _codec(name)
        if name and codec is None:
            notes.append(f"unknown {label} encoding {name!r}")
            continue
        if codec is None:
            continue
        if codec.startswith(("utf-16", "utf-32")):
            notes.append(f"{label} encoding {name} but the bytes have no UTF-16/32 form")
            continue
        if utf8 is not None and non_ascii and codec != "utf-8":
            # Valid multi-byte UTF-8 is almost never an accident in legacy text: the
            # declaration is stale (a re-encoded copy, a CMS that lies).
            notes.append(f"{label} encoding {name} but the bytes are UTF-8")
            return utf8, "utf-8", notes
        text = _strict(data, codec)
        if text is not None:
            return text, codec, notes
        notes.append(f"{label} encoding {name} does not fit the bytes")

    if utf8 is not None:
        return utf8, "utf-8", notes
    guess = _guess_codec(data)
    if guess:
        text = _strict(data, guess)
        if text is not None:
            notes.append(f"encoding guessed as {guess}")
            return text, guess, notes
    notes.append("encoding unknown: read as windows-1252 with replacements")
    return data.decode("cp1252", errors="replace"), "cp1252", notes


def _guess_codec(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover
        return None
    try:
        matches = list(from_bytes(data[:400_000]))
    except Exception:  # noqa: BLE001 - a guesser must not break parsing
        return None
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= least_chaos + 0.01]
    # Undeclared legacy bytes in XML/HTML are windows-1252 far more often than a Baltic
    # or DOS code page that happens to score the same; Cyrillic/CJK text does not
    # decode to a low-chaos windows-1252 string, so this does not steal those.
    for m in close:
        if {"cp1252", "latin_1", "iso8859_15"} & {c.lower() for c in m.could_be_from_charset}:
            return "cp1252"
    best = min(close, key=lambda m: (m.chaos, -m.coherence))
    return _codec(best.encoding)


# ---------------------------------------------------------------- hostile XML

_ENTITY = re.compile(r"<!ENTITY", re.I)
_CDATA = re.compile(r"<!\[CDATA\[.*?\]\]>", re.S)


def _hostile_xml(text: str) -> str | None:
    """Why this document must not be parsed, or None.

    defusedxml's rule: no entity declaration anywhere in the document, however it is
    dressed (a decoy DOCTYPE in a comment, a ']>' inside a comment, a DOCTYPE after
    megabytes of padding: issue 12). Only text inside CDATA sections is not looked at,
    since it is plain character data to every parser. A plain DOCTYPE without entity
    declarations (RSS 0.91's Netscape DTD) passes.
    """
    if "<!" not in text:
        return None
    if _ENTITY.search(_CDATA.sub("", text) if "<![CDATA[" in text else text):
        return "XML declares entities in its DOCTYPE (entity expansion / external entities refused)"
    return None


# ---------------------------------------------------------------- text and dates

_TAG = re.compile(r"<[^>]*>")
_WS = re.compile(r"\s+")


def plain_text(value: str | None) -> str | None:
    """HTML fragment or text -> one line of plain text; None when nothing is left."""
    if not value:
        return None
    text = value
    if "<" in text:
        text = _TAG.sub(" ", text)
    text = html.unescape(text)
    if "<" in text and ">" in text:  # double-escaped markup (&lt;p&gt;)
        text = html.unescape(_TAG.sub(" ", text))
    text = unicodedata.normalize("NFC", _WS.sub(" ", text).strip())
    return text or None


_WEEKDAY = re.compile(r"^\s*[^\W\d_]{2,12}\.?\s*,\s*", re.U)
# Month names and abbreviations of the languages our feeds use -> English abbreviations.
_MONTHS = {
    "jan": ["janeiro", "jan", "gennaio", "gen", "enero", "ene", "janvier", "janv", "januar", "jän"],
    "feb": ["fevereiro", "fev", "febbraio", "febrero", "février", "fevrier", "févr", "fevr", "februar"],
    "mar": ["março", "marco", "marzo", "mars", "märz", "maerz", "mär"],
    "apr": ["abril", "abr", "aprile", "avril", "avr"],
    "may": ["maio", "mai", "maggio", "mag", "mayo"],
    "jun": ["junho", "giugno", "giu", "junio", "juin", "juni"],
    "jul": ["julho", "luglio", "lug", "julio", "juillet", "juil", "juli"],
    "aug": ["agosto", "ago", "août", "aout", "august"],
    "sep": ["setembro", "set", "settembre", "septiembre", "septembre", "sept"],
    "oct": ["outubro", "out", "ottobre", "ott", "octubre", "octobre", "oktober", "okt"],
    "nov": ["novembro", "novembre", "noviembre", "november"],
    "dec": ["dezembro", "dez", "dicembre", "dic", "diciembre", "décembre", "decembre", "déc", "dezember"],
}
_MONTH_WORD = {alias: en for en, aliases in _MONTHS.items() for alias in aliases}
_WORD = re.compile(r"[^\W\d_]+\.?", re.U)


def _to_utc(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        return dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def _sane(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    if dt.year < 1990 or dt.year > 2100:
        return None
    return dt


def parse_date(value: str | None) -> datetime | None:
    """A feed date feedparser could not read (e.g. 'Seg, 24 Set 2018 19:42:40 -0300') -> UTC."""
    if not value or len(value) > 100:
        return None
    text = _WEEKDAY.sub("", value.strip())

    def month(m: re.Match) -> str:
        word = m.group(0).rstrip(".").lower()
        return _MONTH_WORD.get(word, m.group(0))

    text = _WORD.sub(month, text)
    try:
        from dateutil import parser as du
    except ImportError:  # pragma: no cover
        return None
    try:
        iso_like = bool(re.match(r"^\d{4}-\d", text))
        dt = du.parse(text, fuzzy=False, dayfirst=not iso_like)
    except (ValueError, OverflowError, TypeError):
        return None
    try:
        return _sane(_to_utc(dt))
    except (ValueError, OverflowError):
        return None


def _struct_to_utc(value) -> datetime | None:
    try:
        return _sane(datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc))
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _entry_date(entry) -> datetime | None:
    for key in ("published", "updated", "created", "dc_date"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            dt = _struct_to_utc(parsed)
            if dt:
                return dt
    for key in ("published", "updated", "created", "dc_date"):
        raw = entry.get(key)
        if raw:
            dt = parse_date(raw)
            if dt:
                return dt
    return None


# ---------------------------------------------------------------- parsing

_HTML_SNIFF = re.compile(r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body)", re.I | re.S)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.match(text[:4096]))


def _entry_link(entry) -> str | None:
    link = entry.get("link")
    if link and link.strip():
        return link
    for candidate in entry.get("links", []) or []:
        href = candidate.get("href")
        if href and candidate.get("rel", "alternate") == "alternate":
            return href
    guid = entry.get("id") or ""
    if guid.startswith(("http://", "https://")):
        return guid
    return None


def parse_feed(body: bytes, feed_url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse feed bytes; never raises. `error` when nothing usable, `warning` otherwise."""
    try:
        return _parse_feed(body, feed_url, content_type)
    except Exception as exc:  # noqa: BLE001 - the contract is: a value, not an exception
        return ParsedFeed(feed_url, None, [], f"cannot parse feed: {type(exc).__name__}: {exc}", None)


def _parse_feed(body: bytes, feed_url: str, content_type: str | None) -> ParsedFeed:
    if not body or not body.strip():
        return ParsedFeed(feed_url, None, [], "empty body", None)
    text, encoding, notes = decode_xml(body, content_type)
    hostile = _hostile_xml(text)
    if hostile:
        return ParsedFeed(feed_url, None, [], hostile, None, encoding=encoding)
    text = text.lstrip("\ufeff")
    if _looks_like_html(text):
        return ParsedFeed(feed_url, None, [], "not a feed: the server sent an HTML page", None, encoding=encoding)
    # One declaration feedparser will agree with: ours.
    stripped = text.lstrip()
    if stripped.startswith("<?xml"):
        text = _XML_DECL_TEXT.sub(lambda m: m.group(1) + "utf-8" + m.group(3), stripped, count=1)
    else:
        text = stripped
    data = text.encode("utf-8", errors="replace")
    parsed = feedparser.parse(
        io.BytesIO(data),
        # No content-location: feedparser would then "resolve" plain GUIDs such as
        # "12345" into URLs. Links are resolved below against the feed URL instead
        # (feedparser still applies any xml:base the document declares).
        response_headers={"content-type": "application/xml; charset=utf-8"},
        sanitize_html=True,
        resolve_relative_uris=True,
    )
    version = parsed.get("version") or None
    entries = parsed.get("entries") or []
    bozo = parsed.get("bozo_exception") if parsed.get("bozo") else None
    feed_title = plain_text((parsed.get("feed") or {}).get("title"))

    if not entries:
        if not version:
            reason = f" ({_short(bozo)})" if bozo else ""
            if _looks_like_html(text) or re.search(r"<html[\s>]", text[:4096], re.I):
                return ParsedFeed(feed_url, feed_title, [], "not a feed: the server sent an HTML page", None, encoding=encoding)
            return ParsedFeed(feed_url, feed_title, [], f"not a feed{reason}", None, encoding=encoding)
        if bozo:
            return ParsedFeed(feed_url, feed_title, [], f"no items read: {_short(bozo)}", None,
                              encoding=encoding, format=version)
        return ParsedFeed(feed_url, feed_title, [], None, _join(notes) or None, encoding=encoding, format=version)

    items: list[FeedItem] = []
    seen_guids: set[str] = set()
    seen_urls: set[str] = set()
    no_link = duplicates = 0
    for entry in entries:
        link = _entry_link(entry)
        if not link:
            no_link += 1
            continue
        url = canonical_url(link, base=feed_url)
        if not url.startswith(("http://", "https://")):
            no_link += 1
            continue
        guid = (entry.get("id") or "").strip() or None
        if (guid is not None and guid in seen_guids) or url in seen_urls:
            duplicates += 1
            continue
        if guid is not None:
            seen_guids.add(guid)
        seen_urls.add(url)
        summary = entry.get("summary")
        if not summary:
            content = entry.get("content") or []
            summary = content[0].get("value") if content else None
        items.append(
            FeedItem(
                feed_url=feed_url,
                guid=guid,
                url=url,
                title=plain_text(entry.get("title")),
                summary=plain_text(summary),
                published_at=_entry_date(entry),
            )
        )
    if no_link:
        notes.append(f"{no_link} item(s) without a usable link skipped")
    if duplicates:
        notes.append(f"{duplicates} duplicate item(s) dropped")
    if bozo:
        notes.insert(0, f"malformed feed, {len(items)} item(s) read: {_short(bozo)}")
    if not items:
        return ParsedFeed(feed_url, feed_title, [], "no item has a usable link", _join(notes) or None,
                          encoding=encoding, format=version, skipped=no_link + duplicates)
    return ParsedFeed(feed_url, feed_title, items, None, _join(notes) or None,
                      encoding=encoding, format=version, skipped=no_link + duplicates)


def _short(exc) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


def _join(notes: list[str]) -> str:
    return "; ".join(notes)
