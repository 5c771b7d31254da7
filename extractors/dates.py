"""Dates a strike report gives, resolved against the document's `published` only.

Nothing here reads the clock: without `published`, relative expressions ("yesterday",
"lundi", "last 24 hours") and day-month dates without a year resolve to None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .lexicon import Lexicon, slot_value
from .numbers import parse_number


def parse_published(value) -> date | None:
    if not value or not isinstance(value, str):
        return None
    s = value.strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


@dataclass
class DateMention:
    start: int
    end: int
    kind: str              # abs | weekday | today | yesterday | overnight | hours | days | since | weekend | total
    day: date | None       # the day named (abs, weekday, yesterday, today)
    span_days: int = 0     # for hours/days/overnight: how far back the period starts
    claim_time: bool = False
    night_range: bool = False
    night_before: bool = False   # "in der Nacht zum Dienstag", "в ночь на 14 мая": the night ending that day


_CACHE: dict[str, dict] = {}


def _compiled(lex: Lexicon) -> dict:
    c = _CACHE.get(lex.lang)
    if c is not None:
        return c
    months = lex.intmaps.get("dates.months", {})
    weekdays = lex.intmaps.get("dates.weekdays", {})
    c = {}
    if months:
        mon = "(?:" + "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True)) + r")\.?"
        day = r"(?:1er|\d{1,2})(?:st|nd|rd|th|\.)?"
        wd = ""
        if weekdays:
            wd = "(?:(?:" + "|".join(re.escape(w) for w in sorted(weekdays, key=len, reverse=True)) + r"),?\s+)?"
        year = r"(?:,?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2}))?"
        c["dm"] = re.compile(r"(?<!\w)" + wd + r"(?P<d>" + day + r")\s+(?:de\s+)?(?P<m>" + mon + r")(?!\w)" + year,
                             re.IGNORECASE)
        c["md"] = re.compile(r"(?<!\w)(?P<m>" + mon + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)" + year,
                             re.IGNORECASE)
    if weekdays:
        c["wd"] = re.compile(r"(?<!\w)(?P<w>" + "|".join(re.escape(w) for w in sorted(weekdays, key=len, reverse=True))
                             + r")(?!\w)", re.IGNORECASE)
    _CACHE[lex.lang] = c
    return c


def _month_num(months: dict[str, int], word: str) -> int | None:
    return months.get(word.lower().rstrip("."))


def find_dates(text: str, start: int, end: int, lex: Lexicon, pub: date | None) -> list[DateMention]:
    """Every date expression between start and end, in text order."""
    c = _compiled(lex)
    months = lex.intmaps.get("dates.months", {})
    weekdays = lex.intmaps.get("dates.weekdays", {})
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    for key in ("dm", "md"):
        pat = c.get(key)
        if not pat:
            continue
        for m in pat.finditer(text, start, end):
            if not free(m.start(), m.end()):
                continue
            mon = _month_num(months, m["m"])
            d = int(re.sub(r"\D", "", m["d"]) or 0)
            y = int(m["y"]) if m["y"] else (pub.year if pub else None)
            day = None
            if mon and y and 1 <= d <= 31:
                try:
                    day = date(y, mon, d)
                except ValueError:
                    day = None
                if day and pub and not m["y"] and day > pub + timedelta(days=1):
                    day = date(y - 1, mon, d)
            out.append(DateMention(m.start(), m.end(), "abs", day))
            taken.append((m.start(), m.end()))
    for key, kind in (("dates.yesterday", "yesterday"), ("dates.overnight", "overnight"),
                      ("dates.today", "today"), ("dates.weekend", "weekend")):
        for m in lex.finditer(key, text, start, end):
            if not free(m.start(), m.end()):
                continue
            day = None
            if pub:
                # "the weekend" is its Sunday: the last one on or before publication
                day = {"yesterday": pub - timedelta(days=1), "today": pub,
                       "weekend": pub - timedelta(days=(pub.weekday() + 1) % 7)}.get(kind)
            out.append(DateMention(m.start(), m.end(), kind, day, span_days=1 if kind == "overnight" else 0))
            taken.append((m.start(), m.end()))
    for key, kind in (("dates.past_hours", "hours"), ("dates.past_days", "days")):
        for m in lex.finditer(key, text, start, end):
            if not free(m.start(), m.end()):
                continue
            n = parse_number(slot_value(m) or "", lex.lang, lex.intmaps.get("numbers.words", {}))
            if not n:
                continue
            span = -(-n // 24) if kind == "hours" else n
            out.append(DateMention(m.start(), m.end(), kind, None, span_days=span))
            taken.append((m.start(), m.end()))
    if "wd" in c:
        for m in c["wd"].finditer(text, start, end):
            if not free(m.start(), m.end()):
                continue
            day = None
            if pub:
                back = (pub.weekday() - weekdays[m["w"].lower()]) % 7
                day = pub - timedelta(days=back)
            out.append(DateMention(m.start(), m.end(), "weekday", day))
            taken.append((m.start(), m.end()))
    for m in lex.finditer("dates.night_range", text, start, end):
        for dm in out:
            if m.start() <= dm.start <= m.end() + 40:
                dm.night_range = True
    if lex.has("dates.night_before"):
        for m in lex.finditer("dates.night_before", text, start, end):
            for dm in out:
                if dm.kind in ("abs", "weekday") and 0 <= dm.start - m.end() <= 3:
                    dm.night_before = True
    out.sort(key=lambda d: d.start)
    return out


def since_date(text: str, mentions: list[DateMention], lex: Lexicon, start: int, end: int) -> tuple[bool, date | None, int | None]:
    """(is running total, first day, offset of the cue) for a sentence: "since 30 September",
    "depuis le 15 novembre", "since the beginning of 2024", "en 48 jours"."""
    for m in lex.finditer("dates.since", text, start, end):
        tail = text[m.end():m.end() + 60]
        for dm in mentions:
            if m.end() <= dm.start <= m.end() + 40 and dm.kind in ("abs", "weekday"):
                return True, dm.day, m.start()
        y = re.match(r"\s*(?:\w+\s+){0,3}?((?:19|20)\d{2})\b", tail)
        if y:
            return True, date(int(y.group(1)), 1, 1), m.start()
        if re.match(r"\s*(?:\w+\s+){0,2}(?:lancement|launch|beginning|start|début)", tail, re.IGNORECASE):
            return True, None, m.start()
    for dm in mentions:
        if dm.kind == "days" and dm.span_days >= 7:
            return True, None, dm.start
    return False, None, None
