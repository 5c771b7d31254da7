"""feeds.toml -> a validated `Config`.

The file has one optional ``[fetch]`` table and an array of ``[[feeds]]`` tables.
Every mistake is reported as ``ConfigError("<file>:<line>: <where> '<key>': <why>")``.
tomllib does not keep line numbers for keys, so `_KeyLocator` finds them by scanning
the text: it tracks which table header is open and where each key is assigned in it.
"""
from __future__ import annotations

import re
import math
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from urllib.parse import urlsplit

__all__ = [
    "ConfigError",
    "Config",
    "FeedSpec",
    "FetchSettings",
    "load_config",
    "parse_config",
]


class ConfigError(ValueError):
    """The feeds file cannot be used; the message names file, line and key."""


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = "strikewire/0.1 (+https://github.com/strikewire/strikewire)"
    timeout_s: float = 20.0  # total per request, redirects and body included
    connect_timeout_s: float = 10.0
    max_concurrency: int = 16
    per_host: int = 4
    allow_private_networks: bool = False
    max_body_bytes: int = 10_000_000  # enforced while streaming, after decompression
    max_redirects: int = 5
    retries: int = 2  # timeouts, 429, 5xx only
    # Added: the first backoff step and the ceiling on any single wait
    # (exponential backoff and a server's Retry-After alike).
    backoff_base_s: float = 0.5
    max_retry_wait_s: float = 30.0
    # New articles taken from one feed in one run; the rest wait for the next run (the
    # cut is logged, and the feed keeps no ETag so the next run reads it again).
    max_items_per_feed: int = 1000


@dataclass(frozen=True)
class FeedSpec:
    name: str
    url: str
    agency: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Config:
    fetch: FetchSettings
    feeds: tuple[FeedSpec, ...]
    path: str | None = None


# ---------------------------------------------------------------- key locations

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_\-]+))\s*=""")


class _KeyLocator:
    """Line numbers of keys in a TOML text, by table: good enough for error messages.

    ``table_line('feeds', 2)`` is the line of the third ``[[feeds]]`` header;
    ``key_line('feeds', 2, 'url')`` the line where that table sets ``url``.
    Multi-line strings are skipped so their contents are not taken for keys.
    """

    def __init__(self, text: str) -> None:
        self._tables: dict[tuple[str, int], int] = {}
        self._keys: dict[tuple[str, int, str], int] = {}
        counts: dict[str, int] = {}
        current: tuple[str, int] = ("", 0)
        self._tables[current] = 1
        in_multiline: str | None = None
        for lineno, line in enumerate(text.splitlines(), start=1):
            if in_multiline:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = _HEADER.match(line)
            if header:
                name = header.group(2).replace('"', "").replace("'", "").strip()
                if header.group(1) == "[[":
                    index = counts.get(name, -1) + 1
                    counts[name] = index
                else:
                    index = 0
                current = (name, index)
                self._tables.setdefault(current, lineno)
                continue
            key = _KEY.match(line)
            if key:
                name = next(g for g in key.groups() if g is not None)
                self._keys.setdefault((current[0], current[1], name), lineno)
                rest = line[key.end():]
                for quote in ('"""', "'''"):
                    if rest.count(quote) == 1:
                        in_multiline = quote

    def table_line(self, table: str, index: int = 0) -> int | None:
        return self._tables.get((table, index))

    def key_line(self, table: str, index: int, key: str) -> int | None:
        return self._keys.get((table, index, key)) or self.table_line(table, index)


# ---------------------------------------------------------------- validation

_FEED_KEYS = {f.name for f in fields(FeedSpec)}
_FETCH_FIELDS = {f.name: f for f in fields(FetchSettings)}
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
_LANG_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")

# (minimum, maximum) for numeric settings; None means unbounded.
_BOUNDS: dict[str, tuple[float | None, float | None]] = {
    "timeout_s": (0.01, 600),
    "connect_timeout_s": (0.01, 600),
    "max_concurrency": (1, 1024),
    "per_host": (1, 256),
    "max_body_bytes": (1024, 1_000_000_000),
    "max_redirects": (0, 30),
    "retries": (0, 10),
    "backoff_base_s": (0, 60),
    "max_retry_wait_s": (0, 3600),
    "max_items_per_feed": (1, 1_000_000),
}


class _Reporter:
    def __init__(self, source: str, locator: _KeyLocator) -> None:
        self.source = source
        self.locator = locator

    def fail(self, where: str, table: str, index: int, key: str | None, why: str) -> ConfigError:
        if key is None:
            line = self.locator.table_line(table, index)
            what = where
        else:
            line = self.locator.key_line(table, index, key)
            what = f"{where} '{key}'"
        prefix = f"{self.source}:{line}" if line else self.source
        return ConfigError(f"{prefix}: {what}: {why}")


def _type_name(value: object) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string",
            list: "an array", dict: "a table"}.get(type(value), type(value).__name__)


def _check_fetch(raw: object, rep: _Reporter) -> FetchSettings:
    if raw is None:
        return FetchSettings()
    if not isinstance(raw, dict):
        raise rep.fail("[fetch]", "", 0, "fetch", f"must be a table, got {_type_name(raw)}")
    values: dict[str, object] = {}
    for key, value in raw.items():
        field = _FETCH_FIELDS.get(key)
        if field is None:
            known = ", ".join(sorted(_FETCH_FIELDS))
            raise rep.fail("[fetch]", "fetch", 0, key, f"unknown key (known: {known})")
        default = field.default
        if isinstance(default, bool):
            if not isinstance(value, bool):
                raise rep.fail("[fetch]", "fetch", 0, key, f"must be true or false, got {value!r}")
        elif isinstance(default, int):
            if isinstance(value, bool) or not isinstance(value, int):
                raise rep.fail("[fetch]", "fetch", 0, key, f"must be an integer, got {_type_name(value)}")
        elif isinstance(default, float):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise rep.fail("[fetch]", "fetch", 0, key, f"must be a number, got {_type_name(value)}")
            value = float(value)
            if not math.isfinite(value):
                raise rep.fail("[fetch]", "fetch", 0, key, f"must be a finite number, got {value}")
        elif isinstance(default, str):
            if not isinstance(value, str) or not value.strip():
                raise rep.fail("[fetch]", "fetch", 0, key, "must be a non-empty string")
            if any(ch in value for ch in "\r\n\x00"):
                raise rep.fail("[fetch]", "fetch", 0, key, "must not contain line breaks")
            if key == "user_agent" and not (value.isascii() and value.isprintable()):
                bad = next(ch for ch in value if not (ch.isascii() and ch.isprintable()))
                raise rep.fail("[fetch]", "fetch", 0, key,
                               f"must be printable ASCII (HTTP headers are), found {bad!r}")
        low, high = _BOUNDS.get(key, (None, None))
        if low is not None and value < low:  # type: ignore[operator]
            raise rep.fail("[fetch]", "fetch", 0, key, f"must be at least {low}, got {value}")
        if high is not None and value > high:  # type: ignore[operator]
            raise rep.fail("[fetch]", "fetch", 0, key, f"must be at most {high}, got {value}")
        values[key] = value
    settings = FetchSettings(**values)  # type: ignore[arg-type]
    if settings.connect_timeout_s > settings.timeout_s and "connect_timeout_s" in values:
        raise rep.fail("[fetch]", "fetch", 0, "connect_timeout_s",
                       f"must not exceed timeout_s ({settings.timeout_s})")
    return settings


def _check_url(url: str) -> str | None:
    """Why `url` cannot be a feed URL, or None when it can."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a non-numeric port
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if parts.scheme not in ("http", "https"):
        return f"must be an http(s) URL, got scheme {parts.scheme or '(none)'!r}"
    if not parts.hostname:
        return "has no host"
    if any(ch.isspace() for ch in url):
        return "must not contain whitespace"
    return None


def _check_feeds(raw: object, rep: _Reporter) -> tuple[FeedSpec, ...]:
    if raw is None:
        raise rep.fail("[[feeds]]", "", 0, None, "no [[feeds]] tables: list at least one feed")
    if not isinstance(raw, list):
        raise rep.fail("[[feeds]]", "", 0, "feeds", "must be an array of tables ([[feeds]])")
    specs: list[FeedSpec] = []
    names: dict[str, int] = {}
    urls: dict[str, int] = {}
    for index, entry in enumerate(raw):
        where = f"[[feeds]] #{index + 1}"
        if not isinstance(entry, dict):
            raise rep.fail(where, "", 0, "feeds", "each feed must be a table")
        for key in entry:
            if key not in _FEED_KEYS:
                known = ", ".join(sorted(_FEED_KEYS))
                raise rep.fail(where, "feeds", index, key, f"unknown key (known: {known})")
        for key in ("name", "url"):
            if key not in entry:
                raise rep.fail(where, "feeds", index, None, f"missing required key '{key}'")
        for key, value in entry.items():
            if not isinstance(value, str):
                raise rep.fail(where, "feeds", index, key, f"must be a string, got {_type_name(value)}")
        name = entry["name"].strip()
        url = entry["url"].strip()
        if not _NAME_RE.match(name):
            raise rep.fail(where, "feeds", index, "name",
                           f"{name!r}: use letters, digits, '.', '_' or '-' (no spaces)")
        problem = _check_url(url)
        if problem:
            raise rep.fail(where, "feeds", index, "url", f"{url!r} {problem}")
        lang = entry.get("lang")
        if lang is not None and not _LANG_RE.match(lang):
            raise rep.fail(where, "feeds", index, "lang",
                           f"{lang!r} is not a language code like 'en' or 'pt-BR'")
        agency = entry.get("agency")
        if agency is not None and not agency.strip():
            raise rep.fail(where, "feeds", index, "agency", "must not be empty when given")
        if name in names:
            raise rep.fail(where, "feeds", index, "name",
                           f"duplicate feed name {name!r} (first used by [[feeds]] #{names[name] + 1})")
        url_key = _same_feed_key(url)
        if url_key in urls:
            raise rep.fail(where, "feeds", index, "url",
                           f"duplicate feed URL {url!r} (first used by [[feeds]] #{urls[url_key] + 1})")
        names[name] = index
        urls[url_key] = index
        specs.append(FeedSpec(name=name, url=url, agency=agency.strip() if agency else None, lang=lang))
    if not specs:
        raise rep.fail("[[feeds]]", "", 0, None, "no [[feeds]] tables: list at least one feed")
    return tuple(specs)


def _same_feed_key(url: str) -> str:
    """One spelling per feed address: scheme and host in lower case, no default port, no
    fragment, no trailing slash (the path and query keep their case)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
        scheme, host, port = parts.scheme.lower(), (parts.hostname or "").lower(), parts.port
    except ValueError:
        return url.strip().rstrip("/").lower()
    if port == {"http": 80, "https": 443}.get(scheme):
        port = None
    netloc = f"[{host}]" if ":" in host else host
    netloc += f":{port}" if port else ""
    return f"{scheme}://{netloc}{parts.path.rstrip('/') or ''}" + (f"?{parts.query}" if parts.query else "")


def parse_config(text: str, source: str = "feeds.toml") -> Config:
    """Validate the TOML `text`; `source` names it in error messages."""
    text = text.removeprefix("\ufeff")  # a UTF-8 byte order mark, as Windows editors write
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message already carries "(at line L, column C)".
        raise ConfigError(f"{source}: TOML syntax error: {exc}") from None
    rep = _Reporter(source, _KeyLocator(text))
    for key in data:
        if key not in ("fetch", "feeds"):
            raise rep.fail("top level", "", 0, key, "unknown key (expected [fetch] and [[feeds]])")
    settings = _check_fetch(data.get("fetch"), rep)
    feeds = _check_feeds(data.get("feeds"), rep)
    return Config(fetch=settings, feeds=feeds, path=None)


def load_config(path: str | Path) -> Config:
    """Read and validate a feeds file; every problem is a `ConfigError`."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: not UTF-8 (byte {exc.start}); TOML files must be UTF-8") from None
    config = parse_config(text, source=p.name)
    return Config(fetch=config.fetch, feeds=config.feeds, path=str(p))
