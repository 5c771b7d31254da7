"""A state's forces named by the state: a body of armed force and the state's name beside it.

The lexicons list each state's forces by their usual names ("nigerianische Luftwaffe",
"Somali army"), and most wire copy uses those. The same forces are as often named by a body
and the state's name in the genitive or after a linker, in any case the language gives it:
"ВВС Нигерии", "ПС Єгипту", "la aviación de Pakistán", "l'aviation du Pakistan", "die
Luftwaffe Somalias", "Mısır'a ait savaş uçakları", "Nigeria's air force". No list of
phrases can hold every state in every case; the gazetteer knows every state's name in each
language, and the lexicons know the bodies (``actor_roles.state_bodies``) and the words that
join them (``state_links`` after the body, ``state_links_before`` before it;
``state_name_endings``: a genitive ending glued to the name, German "Nigerias").

``state_mentions`` gives these as actor mentions (start, end, ISO 3166-1 alpha-3), which
``events.extract`` adds to the document's actor mentions where no lexicon phrase already
names a side; the roles then read them as they read any side's name.
"""
from __future__ import annotations

import re

import pycountry

from .document import Ctx, _countries, _spans

# The most characters between a body and the state's name (the linker and its spaces:
# "de la", "of the"), and the longest state name looked for after or before it.
STATE_LINK_CHARS = 12
STATE_NAME_CHARS = 40

# A case suffix after an apostrophe glued to a state's name ("Mısır'a").
_APOSTROPHE_SUFFIX = re.compile(r"['’]\w{0,4}")


def _alpha3(alpha2: str) -> str | None:
    state = pycountry.countries.get(alpha_2=alpha2)
    return state.alpha_3 if state is not None else None


def _link_ok(gap: str, links: list[str]) -> bool:
    """Is ``gap`` (the text between a body and a state's name) a space or two, or one linker
    between spaces ("of the", "de la"), or an elided one glued to the name ("de l'")?"""
    if not gap or not gap[:1].isspace():
        return False
    if gap.isspace():
        return len(gap) <= 2
    words = gap.strip().lower()
    return words in links and (gap[-1:].isspace() or words[-1:] in "'’")


def _name_after(ctx: Ctx, b: int, links: list[str], endings: list[str]) -> tuple[int, str, bool] | None:
    """The end and alpha-2 code of a state's name right after a body ending at b, and whether
    a linker joins them ("la aviación de Egipto")."""
    text = ctx.text
    hi = min(len(text), b + STATE_LINK_CHARS + STATE_NAME_CHARS)
    window = text[b:hi]
    for c in _countries(ctx, window):
        if c.start <= STATE_LINK_CHARS and _link_ok(window[:c.start], links):
            return b + c.end, c.alpha2, not window[:c.start].isspace()
    # the state's adjective right after the body ("سلاح الجو النيجيري", "l'aviation nigériane")
    for x, y, code in ctx.lex.find_coded("place_adjectives", text, b, hi):
        if x - b <= 2 and text[b:x].isspace():
            return y, code, False
    if endings:
        m = re.match(r"\s{1,2}(\w+)", window)
        stem = _stem(ctx, m.group(1), endings) if m else None
        if stem is not None:
            return b + m.end(), stem, False
    return None


def _stem(ctx: Ctx, word: str, endings: list[str]) -> str | None:
    """The alpha-2 code of a state whose whole name is ``word`` less a genitive ending
    ("Nigerias", "Somalias"), or None."""
    for end in endings:
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[:-len(end)]
            found = [c for c in _countries(ctx, stem) if c.start == 0 and c.end == len(stem)]
            if found:
                return found[0].alpha2
    return None


def _name_before(ctx: Ctx, a: int, links: list[str], endings: list[str]) -> tuple[int, str] | None:
    """The start and alpha-2 code of a state's name right before a body starting at a: with a
    genitive ending (``state_name_endings``: "Nigeria's air force", "Nijerya'nın savaş
    uçakları", "Nigerias Luftwaffe"), or, in a language that names the state before its body
    (``state_links_before``), alone ("Nijerya Hava Kuvvetleri") or with one of those linkers
    after any case suffix ("Mısır'a ait savaş uçakları"; not "Suriye'ye savaş uçakları
    gönderdi", warplanes sent to Syria)."""
    text = ctx.text
    lo = max(0, a - STATE_LINK_CHARS - STATE_NAME_CHARS)
    window = text[lo:a]
    if endings:
        # a genitive ending glued to the name: the gazetteer knows "Nigeria", not "Nigerias"
        m = re.search(r"(\w+)(\s{1,2})$", window)
        stem = _stem(ctx, m.group(1), endings) if m else None
        if stem is not None:
            return lo + m.start(), stem
    found = _countries(ctx, window)
    if not found:
        return None
    c = found[-1]
    gap = window[c.end:]
    ending = next((e for e in endings if gap.startswith(e)), None)
    suffix = None if ending else _APOSTROPHE_SUFFIX.match(gap)
    gap = gap[len(ending):] if ending else gap[suffix.end():] if suffix else gap
    if not gap[:1].isspace() or len(gap) > STATE_LINK_CHARS:
        return None
    if gap.isspace() and len(gap) <= 2 and (ending or (links and not suffix)):
        return lo + c.start, c.alpha2
    if links and gap[-1:].isspace() and gap.strip().lower() in links:
        return lo + c.start, c.alpha2
    return None


def state_mentions(ctx: Ctx) -> list[tuple[int, int, str, bool]]:
    """(start, end, alpha-3, wider) for each body named with its state's name (see the
    module); ``wider``: the body and a linker before a name the lexicon may already give as
    the state's ("la aviación de Egipto": read whole, the body's "de" names no owner).

    A state's ministry of defence (``actor_roles.state_ministries``) is a body that speaks
    more often than it strikes: it is read whole only where the lexicon already gives its
    state's name as a side ("el Ministerio de Defensa de Rusia"), never as a side of its own
    ("Минобороны Сирии сообщило о бомбардировках ИГИЛ": the ministry reports, and names no
    striker)."""
    lex, text = ctx.lex, ctx.text
    roles = lex.raw.get("actor_roles", {})
    after_links = [w.lower() for w in roles.get("state_links", [])]
    before_links = [w.lower() for w in roles.get("state_links_before", [])]
    endings = list(roles.get("state_name_endings", []))
    out = []
    for key in ("actor_roles.state_bodies", "actor_roles.state_ministries"):
        if not lex.has(key):
            continue
        ministry = key.endswith("ministries")
        for a, b in _spans(lex, key, text, 0, len(text)):
            after = _name_after(ctx, b, after_links, endings)
            code = _alpha3(after[1]) if after is not None else None
            if code and ministry:
                named = any(x >= b and y <= after[0] and c == code
                            for x, y, c in lex.find_coded("actors", text, b, after[0]))
                if named and after[2]:
                    out.append((a, after[0], code, True))
                continue
            if code:
                out.append((a, after[0], code, after[2]))
                continue
            if ministry:
                continue
            before = _name_before(ctx, a, before_links, endings)
            code = _alpha3(before[1]) if before is not None else None
            if code:
                out.append((before[0], b, code, False))
    return out
