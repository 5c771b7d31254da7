"""Dates a strike report gives, resolved against the document's `published` only.

Nothing here reads the clock: without `published`, relative expressions ("yesterday",
"lundi", "last 24 hours") and day-month dates without a year resolve to None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from . import grammar
from .errors import LexiconError
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
    kind: str              # abs | weekday | today | yesterday | overnight | hours | days | weekend (| overnight_of)
    day: date | None       # the day named (abs, weekday, yesterday, today)
    span_days: int = 0     # for hours/days/overnight: how far back the period starts
    claim_time: bool = False
    night_range: bool = False
    night_before: bool = False   # "in der Nacht zum Dienstag", "в ночь на 14 мая": the night ending that day
    since: bool = False          # the day right after "since"/"depuis"/"seit": where a period starts
    ranged: bool = False         # one end of a range: "from 3 to 5 May"
    part: bool = False           # a part of a day ("at dawn", "вечером"): today's unless a day is named
    dateline: bool = False       # the date of a dateline ("Сана, 27 марта /Синьхуа/ --"): the filing day
    night_part: bool = False     # "after midnight": the night before the announcement, unless next to its day
    earlier: bool = False        # a weekday marked as past ("last Tuesday", "mardi dernier")
    anaphoric: bool = False      # "the previous day", "la veille": the day before the claim's day
    month_day: tuple | None = None   # (month, day) of a date written with its month name
    has_year: bool = False           # the date's year is written
    week_start: bool = False         # "since the start of the week": the Monday a period starts on


def _compiled(lex: Lexicon) -> dict:
    """The language's date patterns, built once per lexicon."""
    return lex.derived("dates.patterns", lambda: _compile(lex))


def _compile(lex: Lexicon) -> dict:
    months = lex.intmaps.get("dates.months", {})
    weekdays = lex.intmaps.get("dates.weekdays", {})
    c = {}
    if months:
        # a month named without its name ("this month") is matched where a month's name would be
        names = list(months) + list(lex.raw.get("dates", {}).get("this_month", []))
        mon = "(?:" + "|".join(re.escape(m) for m in sorted(names, key=len, reverse=True)) + r")\.?"
        ordinal = grammar.alternation("ordinal_suffixes")
        day = r"\d{1,2}(?:" + ordinal + r"|\.)?"
        day_words = lex.intmaps.get("dates.day_words", {})
        if day_words:   # "العاشر من مايو": the day as an ordinal word, after no letter
            day = "(?:" + day + r"|(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(day_words, key=len, reverse=True)) + "))"
        wd = ""
        if weekdays:
            wd = "(?:(?<!\\w)(?:" + "|".join(re.escape(w) for w in sorted(weekdays, key=len, reverse=True)) + r"),?\s+)?"
        year = r"(?:,?\s+(?:" + grammar.alternation("linkers") + r"\s+)?(?P<y>" + _YEAR + r"))?"
        # a second name for the same month: "5 أيار/مايو", "5 آذار (مارس) 2023"
        alt = r"(?:\s*[/(]\s*" + mon + r"(?:\s*\))?)?"
        # the day may follow a clitic letter ("و5 أيار") but never a digit or a decimal point
        # between the day and its month: a linker ("14 de agosto") or the lexicon's own word
        # for it ("14 من أغسطس")
        own = lex.raw.get("dates", {}).get("day_month_linkers", [])
        link = grammar.alternation("linkers")
        if own:
            link = "(?:" + link + "|" + "|".join(re.escape(w) for w in sorted(own, key=len, reverse=True)) + ")"
        # each pattern opens with a check of its first character (``_first_chars``): a place
        # where no match can start fails on one class, not on every name of the alternation
        c["dm"] = re.compile(_first_chars([r"\d"], day_words, weekdays) + wd + r"(?<![\d.,/:])(?P<d>" + day + r")\s+(?:"
                             + link + r"\s+)?(?P<m>" + mon + r")(?!\w)" + alt + year, re.IGNORECASE)
        c["md"] = re.compile(r"(?<!\w)" + _first_chars([], names) + r"(?P<m>" + mon + r")\s+(?P<d>\d{1,2})(?:" + ordinal
                             + r")?(?!\d)" + year, re.IGNORECASE)
    if weekdays:
        c["wd"] = re.compile(r"(?<!\w)" + _first_chars([], weekdays) + r"(?P<w>"
                             + "|".join(re.escape(w) for w in sorted(weekdays, key=len, reverse=True))
                             + r")(?!\w)", re.IGNORECASE)
    order = lex.raw.get("dates", {}).get("numeric_order", "dmy")
    if order not in ("dmy", "mdy"):
        raise LexiconError(f"{lex.path.name}: 'dates.numeric_order' must be \"dmy\" or \"mdy\", not {order!r}")
    c["numeric_order"] = order
    joiners = lex.raw.get("dates", {}).get("range_joiners", [])
    join = r"(?:[-–—]|" + "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True)) + ")" if joiners \
        else r"[-–—]"
    # the first day of a range, written bare before the second: "3 to", "3-", "du 3 au", "с 3 по"
    # ("entre el 10 y el 12 de mayo": an article may stand before the second day)
    c["range_before"] = re.compile(r"(?<![\w.])(?P<d>\d{1,2})(?:" + grammar.alternation("ordinal_suffixes") + r"|\.)?\s*" + join
                                   + r"\s*(?:(?:" + grammar.alternation("articles") + r")\s+)?$", re.IGNORECASE)
    # the last day of a range after a month-day date: "May 3-5", "May 3 to 5"
    c["range_after"] = re.compile(r"\s*" + join + r"\s*(?P<d>\d{1,2})(?:" + grammar.alternation("ordinal_suffixes") + r")?(?![\d.,]\d)(?!\w)"
                                  r"(?:,?\s+(?P<y>" + _YEAR + r")(?!\d))?", re.IGNORECASE)
    # between two dates of one expression: "28 February and 2 March 2024", "May 3 to May 5, 2024"
    c["joined"] = re.compile(r"\s*,?\s*" + join + r"\s*(?:(?:" + grammar.alternation("articles") + r")\s*)?$", re.IGNORECASE)
    return c


def _first_chars(classes: list[str], *words) -> str:
    """A lookahead for the characters a match may start with: the classes given and the first
    character of each of the words (read with the pattern's own case rule, as the words are:
    a character the pattern's words may start with is in the class). Empty (no check) when a
    word is empty."""
    firsts = {w[0] for group in words for w in group if w}
    if any(not w for group in words for w in group):
        return ""
    if not classes and not firsts:
        return ""
    return "(?=[" + "".join(classes) + "".join(re.escape(ch) for ch in sorted(firsts)) + "])"


# A year of this era, in Western or Arabic-Indic digits ("2024", "٢٠٢٤").
_YEAR = r"(?:19|20|١٩|٢٠)\d{2}"

_DIGIT = re.compile(r"\d")

# A date written in digits with its year: "05.07.2024", "5/7/2024", "2024-07-05", "2024/7/5".
# Without a year a digit pair is too often something else (a score, a ratio, a time).
# (Every match starts with a digit: the lookahead fails elsewhere on one class.)
_NUMERIC = re.compile(r"(?=\d)(?<![\w.,/:-])(?:(?P<y1>" + _YEAR + r")(?P<s1>[-/.])(?P<a1>\d{1,2})(?P=s1)(?P<b1>\d{1,2})"
                      r"|(?P<a2>\d{1,2})(?P<s2>[./])(?P<b2>\d{1,2})(?P=s2)(?P<y2>" + _YEAR + r"))(?![\w/-]|[.,]\d)")


def _numeric_parts(m, order: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a numeric date match, or None when no reading is a date."""
    if m["y1"]:
        return int(m["y1"]), int(m["a1"]), int(m["b1"])
    a, b, y = int(m["a2"]), int(m["b2"]), int(m["y2"])
    # dots are day first everywhere; slashes follow the language, unless only the other reading is a date
    first_day = m["s2"] == "." or order == "dmy"
    d, mon = (a, b) if first_day else (b, a)
    if mon > 12 and d <= 12:
        d, mon = mon, d
    return y, mon, d


def _share_years(text: str, out: list[DateMention], c: dict, absolute) -> None:
    """Two dates joined in one expression share the year written after the second ("28 February
    and 2 March 2024", "from May 3 to May 5, 2024", "le 3 et le 5 mai 2024"): the first takes it, a year earlier when it
    would otherwise fall after the second."""
    dated = sorted((m for m in out if m.month_day), key=lambda m: m.start)
    for a, b in zip(dated, dated[1:]):
        if a.has_year or not b.has_year or not b.day or not c["joined"].match(text[a.end:b.start]):
            continue
        day = absolute(a.month_day[1], a.month_day[0], str(b.day.year))
        if day and day > b.day:
            day = absolute(a.month_day[1], a.month_day[0], str(b.day.year - 1))
        if day:
            a.day, a.has_year = day, True


def _join_ranges(text: str, out: list[DateMention], c: dict) -> None:
    """Two full dates joined in one expression ("from 27 December 2025 to 2 February", "من 27
    ديسمبر 2025 إلى 2 فبراير") are the two ends of one period, however far apart: both are
    kept as its ends."""
    dated = sorted((m for m in out if m.month_day and m.day), key=lambda m: m.start)
    for a, b in zip(dated, dated[1:]):
        if a.day < b.day and c["joined"].match(text[a.end:b.start]):
            a.ranged = b.ranged = True


def _range_end(c: dict, text: str, m, key: str, start: int, end: int) -> tuple[int, int, int, str | None] | None:
    """(day, start, end, year written after it) of the bare other end of a date range around a
    day-month match ("May 3-5, 2024": the year follows the range)."""
    if key == "dm":
        lo = max(start, m.start("d") - 30)
        r = c["range_before"].search(text, lo, m.start("d"))
        if r and r.end() == m.start("d"):
            return int(r["d"]), r.start(), r.end(), None
        return None
    r = c["range_after"].match(text, m.end(), end)
    if r and not m["y"] and int(m["d"]) < int(r["d"]) <= 31:  # not "May 3, 2024 - 5 killed"
        return int(r["d"]), r.start("d"), r.end(), r["y"]
    return None


# A dateline's date ("Сана, 27 марта /Синьхуа/ --", "Gaza, 3 mai (AFP) -") is when the
# story was filed: the announcement's day, not a strike's. A date on the text's first line,
# after at most a place name and a comma, and before an agency tag or a dash.
_DATELINE_BEFORE = re.compile(r"^\s*(?:[^\W\d_][^\n,،.;:!?]{0,40}[,،]\s*)?$")
_DATELINE_AFTER = re.compile(r"\s*(?:\(|/|--|[-–—]\s)")


def _in_dateline(text: str, s: int, e: int) -> bool:
    if s > 60 or "\n" in text[:s]:
        return False
    return bool(_DATELINE_BEFORE.match(text[:s])) and bool(_DATELINE_AFTER.match(text, e))


def _month_num(months: dict[str, int], word: str) -> int | None:
    return months.get(word.lower().rstrip("."))


def _slot_number(lex: Lexicon, m) -> int | None:
    """The number in a phrase's slot ("за последние {n} дня", "{n} days ago"). The slot may
    take a word before the number ("за последние три дня" read by "за {n} дней", "Khiam
    two"): then the number is its last word."""
    words = lex.intmaps.get("numbers.words", {})
    slot = slot_value(m) or ""
    return parse_number(slot, lex.lang, words) or parse_number(slot.split()[-1] if slot.split() else "",
                                                               lex.lang, words)


def window_dates(ctx, start: int, end: int) -> list[DateMention]:
    """``find_dates(ctx.text, start, end, ctx.lex, ctx.pub)``, found once a window of the
    document (a sentence's dates are asked for while it is analysed and again when events are
    built): copies each time, as their readers mark them (a dateline's, a range's)."""
    found = ctx.dates_cache.get((start, end))
    if found is None:
        found = ctx.dates_cache[(start, end)] = find_dates(ctx.text, start, end, ctx.lex, ctx.pub)
    return [replace(m) for m in found]


# The lexicon groups find_dates reads in every window (the others only where a date was found).
_WINDOW_GROUPS = ("dates.week_start", "dates.past_hours", "dates.past_days", "dates.yesterday",
                  "dates.overnight", "dates.today", "dates.weekend", "dates.day_part", "dates.night_part",
                  "dates.two_days_ago", "dates.day_before", "dates.days_ago", "dates.week_ago",
                  "dates.past_week", "dates.past_two_days")


def _groups_in_text(lex: Lexicon, text: str):
    """``has(key)`` for the groups of _WINDOW_GROUPS: those that may match somewhere in the
    document's text, known once a document. A group with no place to start in the whole text
    (``DocumentLexicon._may_match``) has no match in any window of it, so a sentence skips
    the groups its document never writes; for a lexicon not bound to ``text``, ``lex.has``."""
    may = getattr(lex, "_may_match", None)
    if may is None or text is not getattr(lex, "text", None):
        return lex.has
    live = lex.memo.get("dates.groups")
    if live is None:
        n = len(text)
        live = lex.memo["dates.groups"] = frozenset(k for k in _WINDOW_GROUPS if may(k, 0, n))
    return live.__contains__


def find_dates(text: str, start: int, end: int, lex: Lexicon, pub: date | None) -> list[DateMention]:
    """Every date expression between start and end, in text order."""
    c = _compiled(lex)
    has = _groups_in_text(lex, text)
    months = lex.intmaps.get("dates.months", {})
    weekdays = lex.intmaps.get("dates.weekdays", {})
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    def absolute(d: int, mon: int | None, year: str | None) -> date | None:
        y = int(year) if year else (pub.year if pub else None)
        if not (mon and y and 1 <= d <= 31):
            return None
        try:
            day = date(y, mon, d)
        except ValueError:
            return None
        if pub and not year and day > pub + timedelta(days=1):
            try:
                day = date(y - 1, mon, d)
            except ValueError:
                return None
        return day

    # every pattern of these two loops needs a digit (the day): a sentence without one is skipped
    day_words = lex.intmaps.get("dates.day_words", {})
    digits = _DIGIT.search(text, start, end) is not None or \
        (bool(day_words) and any(w in text[start:end] for w in day_words))
    for m in _NUMERIC.finditer(text, start, end) if digits else ():
        y, mon, d = _numeric_parts(m, c["numeric_order"])
        try:
            day = date(y, mon, d)
        except ValueError:
            continue
        filed = _in_dateline(text, m.start(), m.end())
        out.append(DateMention(m.start(), m.end(), "abs", day, claim_time=filed, dateline=filed))
        taken.append((m.start(), m.end()))
    # (read only where a day's digits are: "on the 11th of this month")
    this_month = {w.lower() for w in lex.raw.get("dates", {}).get("this_month", [])} if digits else set()
    for key in ("dm", "md"):
        pat = c.get(key)
        if not pat or not digits:
            continue
        for m in pat.finditer(text, start, end):
            if not free(m.start(), m.end()):
                continue
            mon = _month_num(months, m["m"])
            if mon is None and m["m"].lower().rstrip(".") in this_month:
                mon = pub.month if pub else None   # "on the 11th of this month": the publication's
            d = day_words.get(m["d"]) or int(re.sub(r"\D", "", m["d"]) or 0)
            # a dateline's date is the filing day: it dates the claim, never a strike
            filed = _in_dateline(text, m.start(), m.end())
            out.append(DateMention(m.start(), m.end(), "abs", absolute(d, mon, m["y"]), claim_time=filed, dateline=filed,
                                   month_day=(mon, d), has_year=bool(m["y"])))
            taken.append((m.start(), m.end()))
            # a range's other end shares the month: "from 3 to 5 May", "3-5 мая", "May 3-5"
            r = _range_end(c, text, m, key, start, end)
            if r:
                d0, rs, re_, ry = r
                if ry:   # "May 3-5, 2024": the year written after the range dates both ends
                    out[-1].day, out[-1].has_year = absolute(d, mon, ry), True
                day0 = absolute(d0, mon, m["y"] or ry)
                if day0 and out[-1].day and day0 > out[-1].day and key == "dm":
                    day0 = None  # "28 - 2 March" crosses a month: leave the start unknown
                out.append(DateMention(rs, re_, "abs", day0, ranged=True))
                out[-2].ranged = True
                taken.append((rs, re_))
    _share_years(text, out, c, absolute)
    _join_ranges(text, out, c)
    if has("dates.week_start"):
        # "since the start of the week", "с начала недели": from the Monday of the announcement's
        # week to the announcement
        for m in lex.finditer("dates.week_start", text, start, end):
            if free(m.start(), m.end()):
                out.append(DateMention(m.start(), m.end(), "weekday", pub - timedelta(days=pub.weekday()) if pub else None,
                                       since=True, week_start=True))
                taken.append((m.start(), m.end()))
    # a period with its number first: "son iki gün içinde" (the past two days) is no "gün
    # içinde" (during the day)
    for key, kind in (("dates.past_hours", "hours"), ("dates.past_days", "days")):
        for m in lex.finditer(key, text, start, end) if has(key) else ():
            if not free(m.start(), m.end()):
                continue
            n = _slot_number(lex, m)
            if not n:
                continue
            span = -(-n // 24) if kind == "hours" else n
            out.append(DateMention(m.start(), m.end(), kind, None, span_days=span))
            taken.append((m.start(), m.end()))
    # the longest phrase of any group wins where two overlap: "dün gece" (last night) is a
    # night, not "dün" (yesterday); "ليلة أمس" is last night, not "أمس"
    relative = []
    for key, kind in (("dates.yesterday", "yesterday"), ("dates.overnight", "overnight"),
                      ("dates.today", "today"), ("dates.weekend", "weekend"), ("dates.day_part", "today"),
                      ("dates.night_part", "overnight"), ("dates.two_days_ago", "yesterday"),
                      ("dates.day_before", "yesterday")):
        if has(key):
            relative += [(m.start(), -m.end(), key, kind, m) for m in lex.finditer(key, text, start, end)]
    for _, _, key, kind, m in sorted(relative, key=lambda r: (r[0], r[1])):
        if not free(m.start(), m.end()):
            continue
        day = None
        if pub:
            # "the weekend" is its Sunday: the last one on or before publication
            day = {"yesterday": pub - timedelta(days=2 if key == "dates.two_days_ago" else 1), "today": pub,
                   "weekend": pub - timedelta(days=(pub.weekday() + 1) % 7)}.get(kind)
        out.append(DateMention(m.start(), m.end(), kind, day, span_days=1 if kind == "overnight" else 0,
                               part=key == "dates.day_part", night_part=key == "dates.night_part",
                               anaphoric=key == "dates.day_before"))
        taken.append((m.start(), m.end()))
    if has("dates.days_ago"):
        for m in lex.finditer("dates.days_ago", text, start, end):
            if not free(m.start(), m.end()):
                continue
            n = _slot_number(lex, m)
            if not n or n > 31:
                continue
            out.append(DateMention(m.start(), m.end(), "yesterday", pub - timedelta(days=n) if pub else None))
            taken.append((m.start(), m.end()))
    if has("dates.week_ago"):
        # "a week ago", "il y a une semaine": one day; beside the report's own time an earlier
        # happening's, like a weekday marked as past
        for m in lex.finditer("dates.week_ago", text, start, end):
            if free(m.start(), m.end()):
                out.append(DateMention(m.start(), m.end(), "yesterday", pub - timedelta(days=7) if pub else None,
                                       earlier=True))
                taken.append((m.start(), m.end()))
    for key, span in (("dates.past_week", 7), ("dates.past_two_days", 2)):
        if has(key):
            for m in lex.finditer(key, text, start, end):
                if free(m.start(), m.end()):
                    out.append(DateMention(m.start(), m.end(), "days", None, span_days=span))
                    taken.append((m.start(), m.end()))
    if "wd" in c:
        for m in c["wd"].finditer(text, start, end):
            if not free(m.start(), m.end()):
                continue
            day = None
            earlier = _marked_earlier(text, lex, m.start(), m.end())
            if pub:
                back = (pub.weekday() - weekdays[m["w"].lower()]) % 7
                day = pub - timedelta(days=back or (7 if earlier else 0))   # "last Tuesday" on a Tuesday
            out.append(DateMention(m.start(), m.end(), "weekday", day, earlier=earlier))
            taken.append((m.start(), m.end()))
    if not out:
        # (most windows name no date: what follows only marks, merges or drops the mentions
        # found, and a "since" binds none, so the window's answer is already known)
        return out
    for m in lex.finditer("dates.night_range", text, start, end):
        for dm in out:
            if m.start() <= dm.start <= m.end() + 40:
                dm.night_range = True
    if lex.has("dates.night_before"):
        for m in lex.finditer("dates.night_before", text, start, end):
            for dm in out:
                if dm.kind in ("abs", "weekday") and 0 <= dm.start - m.end() <= 3:
                    dm.night_before = True
    if lex.has("dates.night_before_after"):
        for m in lex.finditer("dates.night_before_after", text, start, end):
            for dm in out:
                if dm.kind in ("abs", "weekday") and _SUFFIX_GAP.match(text[dm.end:m.start()]) and dm.end <= m.start():
                    dm.night_before = True
    out.sort(key=lambda d: d.start)
    # "12'yi 13 Mayıs'a bağlayan gece": a night to a day, its first day written too, is a
    # night of two days like "dans la nuit du 12 au 13 mai"
    for dm in out:
        if dm.ranged and dm.night_before:
            firsts = [o for o in out if o.ranged and o.start < dm.start and 0 <= dm.start - o.end < 30]
            if firsts:
                dm.night_before, dm.night_range = False, True
                for o in firsts:
                    o.night_range = True
    # "dans la nuit du 16 au 17 novembre", "in the night of 3 to 4 May": one night, dated by
    # its end, not a range of days
    out = [dm for dm in out if not (dm.ranged and dm.night_range and any(
        o.ranged and 0 <= o.start - dm.end < 30 for o in out))]
    out = _merge_day_parts(text, out)
    if any(dm.kind in ("abs", "weekday", "yesterday", "weekend") for dm in out):
        # "en la madrugada de este domingo", "Salı günü sabah saatlerinde": the day named
        out = [dm for dm in out if not dm.part]
    if lex.has("dates.comparison"):
        # "more than on Monday", "par rapport à lundi": the day of the figure compared with
        cues = [m.end() for m in lex.finditer("dates.comparison", text, start, end)]
        out = [dm for dm in out if not any(0 <= dm.start - ce <= 20 and _COMPARED_GAP.match(text[ce:dm.start])
                                           for ce in cues)]
    if lex.has("dates.comparison_after"):
        # "pazar gününe göre daha fazla": the cue follows the day compared with
        cues = [m.start() for m in lex.finditer("dates.comparison_after", text, start, end)]
        out = [dm for dm in out if not any(0 <= ce - dm.end <= 20 and _COMPARED_AFTER_GAP.match(text[dm.end:ce])
                                           for ce in cues)]
    reactions = _reaction_clauses(text, lex, start, end) if out else []
    out = [dm for dm in out if not any(a <= dm.start < b for a, b in reactions)]
    for dm in _since_days(text, out, lex, start, end, ("abs", "weekday", "yesterday")):
        # "с субботы по понедельник", "from Saturday to Monday": a "since" day joined to a later
        # day is the first end of a range, not a period running to the announcement
        nxt = next((o for o in out if o.start >= dm.end and o.kind in ("abs", "weekday")), None)
        if nxt is not None and nxt.day and dm.day and nxt.day > dm.day and c["joined"].match(text[dm.end:nxt.start]):
            dm.ranged = nxt.ranged = True
            continue
        dm.since = True
    return out


# Between a past marker and its weekday: a space or two ("el pasado viernes", "geçen salı",
# "mardi dernier").
_MARK_GAP = re.compile(r"\s{1,2}")
MARK_CHARS = 20


def _marked_earlier(text: str, lex: Lexicon, s: int, e: int) -> bool:
    """Is the weekday at text[s:e] marked as past ("last Tuesday", "el pasado viernes", "в
    прошлую пятницу", "mardi dernier", "الجمعة الماضي")? Such a day tells of something before
    the news the report gives."""
    if lex.has("dates.earlier_before") and any(
            _MARK_GAP.fullmatch(text, m.end(), s)
            for m in lex.finditer("dates.earlier_before", text, max(0, s - MARK_CHARS), s)):
        return True
    if lex.has("dates.earlier_after"):
        m = lex.search("dates.earlier_after", text, e, min(len(text), e + MARK_CHARS))
        return m is not None and _MARK_GAP.fullmatch(text, e, m.start()) is not None
    return False


# Between a day and a postposition after it: a case ending after an apostrophe at most
# ("Çarşamba'ya bağlayan gece").
_SUFFIX_GAP = re.compile(r"(?:['’][^\W\d_]{1,4})?\s{0,2}$")


def _reaction_clauses(text: str, lex: Lexicon, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses naming what a strike answered ("in response to rocket fire on Tuesday",
    "dün akşam roket atılmasına karşılık"): their dates are the earlier event's. A preposition's
    clause runs to the next comma or stop; a postposition's from the comma before it."""
    spans = []
    if lex.has("dates.reaction"):
        for m in lex.finditer("dates.reaction", text, start, end):
            stop = re.compile(r"[,;:.!?]").search(text, m.end(), end)
            spans.append((m.end(), stop.start() if stop else end))
    if lex.has("dates.reaction_after"):
        for m in lex.finditer("dates.reaction_after", text, start, end):
            comma = text.rfind(",", start, m.start())
            if comma >= 0:
                spans.append((comma + 1, m.start()))
    return spans


# Between "since" and its day at most two lower-case words ("depuis le 15 novembre", "desde
# el pasado 7 de octubre", "since last Monday"); "desde Irán el martes", "depuis le Liban mardi"
# name where a strike came from. A Turkish postposition follows its day with only a case
# ending between ("5 Mayıs'tan bu yana").
_START_APPOSITION = r"[^,.;]*{start_nouns}[^.;]*$"
_SINCE_GAP = re.compile(r"\s*(?:(?=[^\W\d_])(?![A-ZÀ-ÞА-ЯЁІЇЄҐ])[^\W\d_]{1,12}\s+){0,2}$")
_SINCE_SUFFIX = re.compile(r"(?:['’]?[^\W\d_]{1,4})?\s*$")


# "desde la tarde de ayer", "desde la noche del lunes": a part of the day, named by its noun,
# between "since" and the day it belongs to
_SINCE_DAY_PART = r"\s*(?:{articles}\s+)?{day_part_nouns}\s+(?:{linkers}\s+)?$"


def _since_day_part(gap: str) -> bool:
    return bool(grammar.words("day_part_nouns")) and \
        grammar.regex(_SINCE_DAY_PART, re.IGNORECASE).match(gap) is not None


def _since_days(text: str, mentions: list[DateMention], lex: Lexicon, start: int, end: int,
                kinds: tuple[str, ...]) -> list[DateMention]:
    """The days a "since" cue binds in a sentence: the day right after a preposition
    ("since", "depuis", "с", "منذ"), the day right before a postposition ("bu yana")."""
    found = []
    # "в ночь с понедельника на вторник": the "from" of a night, not a "since"
    nights = [(n.start(), n.end()) for n in lex.finditer("dates.night_range", text, start, end)]
    for m in lex.finditer("dates.since", text, start, end):
        if any(a <= m.start() < b for a, b in nights):
            continue
        dm = next((dm for dm in mentions if m.start() < dm.start and dm.end >= m.end() and dm.kind in kinds
                   and (dm.start <= m.end() or _SINCE_GAP.match(text[m.end():dm.start]) or
                        _since_day_part(text[m.end():dm.start]))), None)
        if dm is not None and not dm.ranged:
            found.append(dm)
    if lex.has("dates.since_after"):
        for m in lex.finditer("dates.since_after", text, start, end):
            dm = next((dm for dm in reversed(mentions) if dm.end <= m.start() and dm.kind in kinds
                       and _SINCE_SUFFIX.match(text[dm.end:m.start()])), None)
            if dm is not None and not dm.ranged:
                found.append(dm)
    return found


# Between a comparison cue and the day compared with: a figure, a preposition or article at
# most ("compared with 30 on Monday", "по сравнению с понедельником", "than on Monday").
_COMPARED_GAP = re.compile(r"[\s,]*(?:\d[\d\s.,]*)?(?:[^\W\d_]{1,3}\s+)?$")
# Between the day compared with and a cue after it: a case ending, one word ("gününe") at most.
_COMPARED_AFTER_GAP = re.compile(r"(?:['’][^\W\d_]{1,4})?(?:\s+[^\W\d_]{1,8})?\s+$")


# Between a day-part and the day it belongs to: "Wednesday evening", "в среду вечером",
# "the early hours of Wednesday", "فجر اليوم السبت" (at most one short word, "of", "de").
_PART_AFTER_DAY = re.compile(r"[\s,'’s]*$")
_PART_BEFORE_DAY = re.compile(r"[\s,]*(?:[^\W\d_]{1,3}[\s,]+)?$")


def _merge_day_parts(text: str, out: list[DateMention]) -> list[DateMention]:
    """A day-part ("this morning", "вечером", "in the early hours") read as the announcement
    day, or a part of the night ("shortly after midnight on Friday") read as the night before
    it, is dropped when it stands next to the day it is part of: that day is the date."""
    keep = []
    for i, dm in enumerate(out):
        if dm.kind == "today" or dm.night_part:
            prev = out[i - 1] if i else None
            nxt = out[i + 1] if i + 1 < len(out) else None
            if prev and prev.kind in ("abs", "weekday") and _PART_AFTER_DAY.match(text[prev.end:dm.start]):
                continue
            if nxt and nxt.kind in ("abs", "weekday") and _PART_BEFORE_DAY.match(text[dm.end:nxt.start]):
                continue
        keep.append(dm)
    return keep


# A "since" day at most this many days before the announcement ("since Friday", "depuis le 3
# février" in a weekly summary), or "over the past N days" up to a month, may be no more than
# the period one report covers: with no figure for the announcement day beside it, it is that
# report's period, not a running total since a campaign began ("since 30 September").
RECENT_SINCE_DAYS = 10
PERIOD_MAX_DAYS = 31


def short_period(mentions: list[DateMention], since_day: date | None, pub: date | None) -> bool:
    """Does a sentence's total cover a short recent period (see RECENT_SINCE_DAYS)?"""
    starts = [m for m in mentions if m.since]
    if starts:
        first = starts[0]
        day = since_day or first.day
        return first.kind == "weekday" or bool(pub and day and 0 <= (pub - day).days <= RECENT_SINCE_DAYS)
    periods = [m for m in mentions if m.kind == "days"]
    return bool(periods) and all(m.span_days <= PERIOD_MAX_DAYS for m in periods)


def since_date(text: str, mentions: list[DateMention], lex: Lexicon, start: int, end: int) -> tuple[bool, date | None, int | None]:
    """(is running total, first day, offset of the cue) for a sentence: "since 30 September",
    "depuis le 15 novembre", "since the beginning of 2024", "en 48 jours"."""
    weeks = [dm for dm in mentions if dm.week_start]
    if weeks:
        return True, weeks[0].day, weeks[0].start
    bound = _since_days(text, mentions, lex, start, end, ("abs", "weekday"))
    if bound:
        return True, bound[0].day, bound[0].start
    for m in lex.finditer("dates.since", text, start, end):
        tail = text[m.end():m.end() + 60]
        # "depuis le début de l'opération aérienne, le 30 septembre", "desde el inicio de la
        # guerra el 7 de octubre": the start, then its date
        for dm in mentions:
            if (m.end() <= dm.start <= m.end() + 60 and dm.kind == "abs"
                    and grammar.regex(_START_APPOSITION, re.IGNORECASE).match(text[m.start():dm.start])):
                return True, dm.day, m.start()
        y = re.match(r"\s*(?:\w+\s+){0,3}?((?:19|20)\d{2})\b", tail)
        if y:
            # "since February 2022", "с февраля 2022 года": the first day of the month named
            return True, date(int(y.group(1)), _month_before(text[m.start():m.end() + y.start(1)], lex) or 1, 1), m.start()
        if grammar.regex(r"\s*(?:\w+\s+){0,2}{start_nouns}", re.IGNORECASE).match(tail):
            return True, None, m.start()
        if _month_alone(tail, lex) and not text[start:m.start()].strip(" \"'«“„-–—"):
            # "Since January, ...", "Depuis janvier, ...", "С января ...": a month named alone,
            # no day and no year, opening the sentence starts a running total (its year unknown
            # here); not a comparison or a side clause ("the deepest raid since October", "die
            # seit August an der Macht sind")
            return True, None, m.start()
    if lex.has("dates.since_after"):
        for m in lex.finditer("dates.since_after", text, start, end):
            before = text[max(start, m.start() - 30):m.start()]
            y = re.search(r"\b((?:19|20)\d{2})(?:['’]?[^\W\d_]{1,4})?\s*$", before)
            if y:  # "2014'ten bu yana", "Şubat 2022'den bu yana"
                return True, date(int(y.group(1)), _month_before(before[:y.start(1)], lex, last=True) or 1, 1), m.start()
    for dm in mentions:
        if dm.kind == "days" and dm.span_days >= 7:
            return True, None, dm.start
    return False, None, None


def _month_alone(tail: str, lex: Lexicon) -> bool:
    """Do the words right after a "since" cue name a month alone, with no day or year after
    it ("since January,", "desde enero", "с января")?"""
    mo = re.match(r"\s*(?:\w{1,3}\s+)?([^\W\d_]+)(?![\w.]*\s*\d)", tail)
    return bool(mo and _month_num(lex.intmaps.get("dates.months", {}), mo.group(1)))


def _month_before(words: str, lex: Lexicon, last: bool = False) -> int | None:
    """The month named right before a year ("since February 2022", "desde febrero de 2022",
    "с февраля 2022 года"): the last word, or the last but a linker ("de")."""
    months = lex.intmaps.get("dates.months", {})
    found = re.findall(r"[^\W\d_]+\.?", words)
    if found and found[-1].lower() in grammar.words("linkers"):
        found = found[:-1]
    return _month_num(months, found[-1]) if found else None


def one_day(mentions: list[DateMention]) -> bool:
    """The sentence dates its figure to one day or night ("In total, 40 drones were launched
    overnight", "so far today"): an "in total" there sums one operation, not a running total."""
    return not any(m.since for m in mentions) and any(
        m.kind in ("today", "yesterday", "overnight", "weekday", "weekend")
        or (m.kind == "hours" and m.span_days <= 2) for m in mentions)


def from_dateline(mentions: list[DateMention], filed: date, pub: date) -> list[DateMention]:
    """Relative days read against the dateline's day when the story was filed before its
    `published` stamp ("Jerusalén, 7 may (EFE).- ... esta madrugada", published the 8th)."""
    shift = filed - pub
    if not (-3 <= shift.days < 0):
        return mentions
    out = []
    for m in mentions:
        if m.day and m.kind in ("today", "yesterday"):
            m = replace(m, day=m.day + shift)
        elif m.day and m.kind == "weekday" and m.day > filed:
            m = replace(m, day=m.day - timedelta(days=7))
        out.append(m)
    return out


# A month named alone stands this many characters from any digit at least: "5 January",
# "January 5" and "January 2024" are dates of their own (find_dates reads them).
MONTH_ALONE_DIGIT_CHARS = 4
# Month words shorter than this are abbreviations or common words ("may", "mar", "آب").
MONTH_ALONE_MIN_CHARS = 4


def earlier_period(text: str, start: int, end: int, lex: Lexicon, pub: date | None) -> tuple[int, int] | None:
    """The span of a time expression between start and end that names a period before the
    report's own, or None: a past period ("last year", "le mois dernier", "в прошлом году",
    ``dates.past_period``) or a month named alone that is not the month of publication ("in
    January", "en janvier", "в январе", ``dates.months`` and ``dates.month_alone``), neither
    after a since-word ("the first since last year": the report compared with it)."""
    since = [m.end() for m in lex.finditer("dates.since", text, start, end)] if lex.has("dates.since") else []

    def after_since(a: int) -> bool:
        return any(0 <= a - e <= 12 and not re.search(r"[,;:.]", text[e:a]) for e in since)

    if lex.has("dates.past_period"):
        for m in lex.finditer("dates.past_period", text, start, end):
            if not after_since(m.start()):
                return m.start(), m.end()
    if pub is None:
        return None
    months = {**lex.intmaps.get("dates.months", {}), **lex.intmaps.get("dates.month_alone", {})}
    cased = bool(lex.raw.get("dates", {}).get("month_alone_capitalised"))
    for w in re.finditer(r"[^\W\d_]+", text[start:end]):
        word = w.group()
        month = months.get(word.lower())
        if month is None or len(word) < MONTH_ALONE_MIN_CHARS or month == pub.month:
            continue
        if cased and not word[0].isupper():
            continue   # "march", "may": a verb or a noun, not the month
        a, b = start + w.start(), start + w.end()
        near = text[max(0, a - MONTH_ALONE_DIGIT_CHARS):a] + text[b:b + MONTH_ALONE_DIGIT_CHARS + 1]
        if re.search(r"\d", near) or after_since(a):
            continue
        return a, b
    return None
