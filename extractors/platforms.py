"""Weapons: platform designations found in the text and the operation each implies."""
from __future__ import annotations

import re

from .document import Ctx, _within


# Cyrillic letters of designation suffixes, read as their Latin counterparts ("Су-24М", "Х-31П")
_CYR_LATIN = str.maketrans("АВЕКМНОРСТУХПБЛ", "ABEKMHOPCTYXPBL")


_CYR_SUFFIX = {"С": "S", "Н": "N", "Р": "R", "Х": "Kh", "У": "U"}


def _suffix(s: str | None) -> str:
    """A designation suffix in Latin capitals: "м3" -> "M3", "СМ" -> "SM", "П" -> "P"; a Latin
    plural s is no suffix ("Kh-101s", "Kh-59Ms")."""
    if s and s[-1] == "s" and (len(s) == 1 or s[0].isupper()):
        s = s[:-1]
    if not s:
        return ""
    return "".join(_CYR_SUFFIX.get(ch, ch.translate(_CYR_LATIN)) for ch in s.upper())


# Weapon designations as wire copy writes them: any case ("SU-34", "su-34"), Latin or Cyrillic
# ("Су-24М", "Ту22М3", "Х-31П", "С-300"), with or without the hyphen, with a variant suffix and a
# plural s ("F-16s", "F-15Es", "F/A-18s", "Su-34s", "Tu-22M3s").
_SFX = r"([A-Za-zА-Яа-я]{1,2}\d?)?"


_DESIGNATIONS = [
    (re.compile(r"(?<![\w-])(?:Su|SU|Су|СУ|Sukhoi)[- ]?(\d{2})(SM|M3|MS|M|S|СМ|М3|МС|М|С|см|м3|мс|м|с)?s?(?![\w])"),
     lambda m: f"Su-{m[1]}{_suffix(m[2])}"),
    (re.compile(r"(?<![\w-])(?:Tu|TU|Ту|ТУ|Tupolev)[- ]?(\d{2,3})(M3|MS|M|М3|МС|М|м3|мс|м)?s?(?![\w])"),
     lambda m: f"Tu-{m[1]}{_suffix(m[2])}"),
    (re.compile(r"(?<![\w/-])F/A-?(18)([A-Z](?:/[A-Z])?)?s?(?![\w])"), lambda m: f"F/A-{m[1]}"),
    (re.compile(r"(?<![\w/-])F-?(15|16|18|22|35|14)([A-Z])?s?(?![\w])"), lambda m: f"F-{m[1]}{m[2] or ''}"),
    (re.compile(r"(?<![\w/-])([AB])-(\d{1,2})([A-Z])?s?(?![\w])"), lambda m: f"{m[1]}-{m[2]}{m[3] or ''}"),
    (re.compile(r"(?<![\w-])MQ-?(\d)([A-Z])?s?(?![\w])"), lambda m: f"MQ-{m[1]}{m[2] or ''}"),
    # German copy writes Kh- as Ch- ("Ch-101", "Ch-22")
    (re.compile(r"(?<![\w-])(?:Kh|KH|Ch|X|Х)-(\d{2,3})" + _SFX + r"(?![\w])"), lambda m: f"Kh-{m[1]}{_suffix(m[2])}"),
    (re.compile(r"(?<![\w-])(?:S|С)-(300|400)(?![\w])"), lambda m: f"S-{m[1]}"),
    # "Mirage 2000-5" keeps its hyphen (not "Mirage 20005"); "Mirage 2000 D" is the 2000D
    (re.compile(r"(?<![\w-])Mirage[- ]2000(?:[- ]?([DN5]))?s?(?![\w])"),
     lambda m: f"Mirage 2000{'-' if m[1] == '5' else ''}{m[1] or ''}"),
]


# "Shahed-131/136", also "Shahed-131/-136", "Shahed-131 / 136", "Şahed-131/136", "شاهد-131/136"
_SLASH_NUMBER = re.compile(r" ?/ ?-?(\d{2,3})(?![\w/])")

_SHAHED_PAIR = re.compile(r"(?<![\w-])(?:Shahed|Шахед|Şahed|شاهد)[- ]?(1\d\d) ?/ ?-?(1\d\d)(?![\w])")


def platform_hits(ctx: Ctx, s: int, e: int) -> list[tuple[int, int, str]]:
    """Weapon designations between s and e; the document is scanned once, then sliced."""
    hits = ctx.__dict__.get("_platform_hits")
    if hits is None:
        hits = ctx.__dict__["_platform_hits"] = _platform_hits(ctx)
    return _within(hits, s, e)


def _platform_hits(ctx: Ctx) -> list[tuple[int, int, str]]:
    text, s, e = ctx.text, 0, len(ctx.text)
    hits = []
    pairs = set()
    for m in _SHAHED_PAIR.finditer(text, s, e):
        hits.append((m.start(), m.end(), f"Shahed-{m[1]}", 0))
        hits.append((m.start(), m.end(), f"Shahed-{m[2]}", 0))
        pairs.add(m.span())
    # the lexicons' names first: where a name and a designation cover the same words, the
    # lexicon's normalised name wins
    for lex in (ctx.lex, ctx.common):
        if lex is None:
            continue
        for ms, me, code in lex.find_coded("platforms", text, s, e):
            hits.append((ms, me, code, 1))
    for pat, norm in _DESIGNATIONS:
        for m in pat.finditer(text, s, e):
            name = norm(m)
            hits.append((m.start(), m.end(), name, 2))
            # "Х-59/69", "Kh-101/555", "С-300/400": the second number names a second missile
            other = _SLASH_NUMBER.match(text, m.end()) if name[:3] in ("Kh-", "S-3", "S-4") else None
            if other:
                hits.append((other.start(1), other.end(1), name.split("-")[0] + "-" + other[1], 2))
    # a pair names its two types even where a lexicon name covers its first word ("من طراز شاهد-131/136")
    hits = [h for h in hits if h[3] == 0 or not any(a < h[1] and h[0] < b for a, b in pairs)]
    # a longer designation at the same place wins ("Shahed-136" over "Shahed"); one name per
    # place, but for "Shahed-131/136", which names two
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0]), h[3]))
    out, last_end = [], -1
    for h in hits:
        if h[0] < last_end and not (h[3] == 0 and out and out[-1][:2] == h[:2] and h[:2] in pairs):
            continue
        out.append(h[:3])
        last_end = max(last_end, h[1])
    return out


def platform_operation(ctx: Ctx, name: str) -> str:
    for lex in (ctx.common, ctx.lex):
        if lex is None:
            continue
        for op in ("drone_strike", "missile_strike", "artillery"):
            m = lex.search(f"operations.{op}", name)
            if m and m.start() == 0:
                return op
    return "airstrike"
