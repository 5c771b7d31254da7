"""Weapons: platform designations found in the text and the operation each implies."""
from __future__ import annotations

import re

from . import grammar
from .forms import fold
from .claimant import _claim_sources
from .clauses import clause_at, tokens_between
from .dates import _reaction_clauses
from .document import DETAIL_SENTENCES, Ctx, Draft, _spans, _within
from .roles import name_case
from .document import HYPHEN_HEAD_KEYS
from .lexicon import _Hit


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
# ("Су-24М", "Ту22М3", "Х-31П", "С-300"), with or without the hyphen (or a typesetter's
# non-breaking one, "B‑2"), with a variant suffix and a plural s ("F-16s", "F-15Es", "F/A-18s",
# "Su-34s", "Tu-22M3s"); the maker's name in French spelling too ("Soukhoï-25").
_SFX = r"([A-Za-zА-Яа-я]{1,2}\d?)?"


# Each with its gate: strings one of which is in every match of the pattern (in the same
# case), so a document holding none of them skips that pattern's scan.
_DESIGNATIONS = [
    (re.compile(r"(?<![\w-])(?:Su|SU|Су|СУ|Sukhoi|Sukhoï|Soukhoï|Soukhoi)[-‐‑ ]?(\d{2})(SM|M3|MS|M|S|СМ|М3|МС|М|С|см|м3|мс|м|с)?s?(?![\w])"),
     lambda m: f"Su-{m[1]}{_suffix(m[2])}", ("Su", "SU", "Су", "СУ", "Soukho")),
    (re.compile(r"(?<![\w-])(?:Tu|TU|Ту|ТУ|Tupolev)[-‐‑ ]?(\d{2,3})(M3|MS|M|М3|МС|М|м3|мс|м)?s?(?![\w])"),
     lambda m: f"Tu-{m[1]}{_suffix(m[2])}", ("Tu", "TU", "Ту", "ТУ")),
    (re.compile(r"(?<![\w/-])F/A[-‐‑]?(18)([A-Z](?:/[A-Z])?)?s?(?![\w])"), lambda m: f"F/A-{m[1]}", ("F/A",)),
    (re.compile(r"(?<![\w/-])F[-‐‑]?(15|16|18|22|35|14)([A-Z])?s?(?![\w])"), lambda m: f"F-{m[1]}{m[2] or ''}", ("F",)),
    (re.compile(r"(?<![\w/-])([AB])[-‐‑](\d{1,2})([A-Z])?s?(?![\w])"), lambda m: f"{m[1]}-{m[2]}{m[3] or ''}", ("A-", "A‐", "A‑", "B-", "B‐", "B‑")),
    (re.compile(r"(?<![\w-])MQ[-‐‑]?(\d)([A-Z])?s?(?![\w])"), lambda m: f"MQ-{m[1]}{m[2] or ''}", ("MQ",)),
    # German copy writes Kh- as Ch- ("Ch-101", "Ch-22")
    (re.compile(r"(?<![\w-])(?:Kh|KH|Ch|X|Х)[-‐‑](\d{2,3})" + _SFX + r"(?![\w])"), lambda m: f"Kh-{m[1]}{_suffix(m[2])}", ("Kh", "KH", "Ch", "X", "Х")),
    (re.compile(r"(?<![\w-])(?:S|С)[-‐‑](300|400)(?![\w])"), lambda m: f"S-{m[1]}", ("300", "400")),
    # "Mirage 2000-5" keeps its hyphen (not "Mirage 20005"); "Mirage 2000 D" is the 2000D
    (re.compile(r"(?<![\w-])Mirage[- ]2000(?:[-‐‑ ]?([DN5]))?s?(?![\w])"),
     lambda m: f"Mirage 2000{'-' if m[1] == '5' else ''}{m[1] or ''}", ("Mirage",)),
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
            ms, me, code = _with_model_number(ctx, text, ms, me, code)
            hits.append((ms, me, code, 1))
    for pat, norm, gate in _DESIGNATIONS:
        if not any(g in text for g in gate):
            continue   # the pattern cannot match here: no scan
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


# a model number right after a family's name ("من طراز شاهد-136": of the Shahed-136 type)
_MODEL_NUMBER = re.compile(r"[-‐‑ ]?(\d{2,3})(?![\w-])")


def _with_model_number(ctx: Ctx, text: str, ms: int, me: int, code: str) -> tuple[int, int, str]:
    """A family's name whose phrase ends right before its model number ("طائرات مسيرة من طراز
    شاهد" + "-136") names that model when a lexicon knows it ("Shahed-136"): the longer phrase
    the lexicon matched hid the number."""
    m = _MODEL_NUMBER.match(text, me)
    if m is None:
        return ms, me, code
    model = f"{code}-{m[1]}"
    if any(lex is not None and model in lex.raw.get("platforms", {}) for lex in (ctx.lex, ctx.common)):
        return ms, m.end(), model
    return ms, me, code


def platform_operation(ctx: Ctx, name: str) -> str:
    for lex in (ctx.common, ctx.lex):
        if lex is None:
            continue
        for op in ("drone_strike", "missile_strike", "artillery"):
            m = lex.search(f"operations.{op}", name)
            if m and m.start() == 0:
                return op
    return "airstrike"


# a target noun and the weapon it holds or launches, joined by "of" ("lanceurs de roquettes");
# compiled on first use (grammar.regex caches it), never on import, which reads no lexicon
_OF_RULE = r"\s+(?i:{linkers})(?:\s+(?i:{articles}))?\s+$"


def _variant_of(named: str, bare: str) -> bool:
    """Is `named` a variant of `bare` ("Tu-22M3" of "Tu-22")? A later bare mention of a type
    already named with its variant is the same type."""
    return named.startswith(bare) and len(named) > len(bare) and not named[len(bare)].isdigit()


def _detail_sentences(ctx: Ctx, d: Draft, sents: list) -> list:
    """The sentences after the event's first that say which types were used ("took part",
    "eingesetzt", "kullandığı", "En la operación participaron ... aviones F-18"), before any
    sentence of another side's strike, name no other striker and no other side but beside the
    event's actor ("Rusia empleó drones iraníes Shahed"), deny nothing and report no strike of
    their own: they detail the same strikes, however far from the event's sentences."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("triggers.use_verbs"):
        return []
    own = {s.index for s in d.sentences}
    strikers = _other_strikers(d, sents)
    out = []
    for sent in sents:
        if sent.index in own or sent.suppressed or not _same_attack(d, sent, sents, strikers):
            continue
        codes = {code for _, _, code in sent.mentions}
        if codes - {d.actor} and d.actor not in codes:
            continue   # "Turkish F-16 jets were used to patrol the border": another side's own types
        if not _spans(lex, "triggers.use_verbs", text, sent.start, sent.end) or \
                predicate_negations(ctx, sent.start, sent.end):
            continue
        out.append(sent)
    return out


# the words right after a negation: one or two attribute words, then what follows them
_ATTRIBUTE_WORDS = re.compile(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?(?:\s+(\S))?")


def predicate_negations(ctx: Ctx, s: int, e: int) -> list:
    """The negation words (cues.negation) of s..e that deny something, not those inside a noun
    phrase before the attribute they qualify (grammar.negated_attribute_endings): "Drohnen
    eines nicht identifizierten Typs", "nicht näher bezeichnete Flugkörper" (capitalised nouns:
    one or two attribute words, then a noun), "drones de tipo no identificado" (a participle
    right after the negation): of an unidentified type, no denial."""
    lex, text = ctx.lex, ctx.text
    spans = _spans(lex, "cues.negation", text, s, e)
    endings = tuple(grammar.words("negated_attribute_endings", lex.lang))
    if not spans or not endings:
        return spans
    capitalised = bool(lex.raw.get("meta", {}).get("capitalised_nouns"))
    function = grammar.words("articles", lex.lang) | grammar.words("indefinites", lex.lang) | \
        grammar.words("possessives", lex.lang) | grammar.words("prepositions", lex.lang)

    def attribute(word: str | None) -> bool:
        return bool(word) and word[0].islower() and len(word) >= 4 and fold(word) not in function and \
            fold(word).endswith(endings)

    out = []
    for a, b in spans:
        m = _ATTRIBUTE_WORDS.match(text, b, e)
        if m is not None and attribute(m.group(1)):
            if not capitalised:
                continue   # "de tipo no identificado"
            if m.group(2) and m.group(2)[0].isupper():
                continue   # "eines nicht identifizierten Typs"
            if attribute(m.group(2)) and m.group(3) and m.group(3)[0].isupper():
                continue   # "eines nicht näher bezeichneten Typs"
        out.append((a, b))
    return out


def _other_strikers(d: Draft, sents: list) -> set:
    """The sides other than the event's actor that some sentence of the document reports
    striking: a sentence naming one of them is about their strikes, not the event's."""
    return {code for s in sents if s.strike and not s.suppressed for _, _, code in s.actors} - {d.actor}


def _same_attack(d: Draft, sent, sents: list, strikers: set) -> bool:
    """Does `sent`, after the event's first sentence and before any sentence reporting another
    side's strike, speak of the event's attack alone? A side named as the weapon's maker
    ("drones kamikaze iraníes"), as the defender ("Ukrayna Hava Savunma Kuvvetlerince") or as
    the target ("en el ataque contra Israel") is no other striker."""
    first = min(s.index for s in d.sentences)
    if sent.index <= first or any(code in strikers for _, _, code in sent.actors):
        return False
    if not any(0 < sent.index - s.index <= DETAIL_SENTENCES for s in d.sentences):
        # far from the event's sentences, a day of its own the event's sentences do not name
        # ("In July, Russia used Kinzhal missiles against Kyiv") is an earlier attack's
        days = {m.day for s in d.sentences for m in s.dates if m.day}
        if any(m.day and m.day not in days for m in sent.dates):
            return False
    return not any(s.strike and not s.suppressed and any(code in strikers for _, _, code in s.actors)
                   and not any(code == d.actor for _, _, code in s.actors)
                   for s in sents if first < s.index < sent.index)


def _intercepted_types(ctx: Ctx, d: Draft, sents: list) -> list:
    """The launched types of the event's attack that a sentence outside it reports shot down
    ("Силами ППО знищено 14 БПЛА типу «Shahed 131/136»", "las defensas derribaron 20 drones
    Shahed"): an intercepted drone or missile is still its launcher's weapon. Only drone and
    missile types: an aircraft named there is the defender's interceptor."""
    own = {s.index for s in d.sentences}
    strikers = _other_strikers(d, sents)
    out = []
    for sent in sents:
        if sent.index in own or sent.suppressed or not sent.interception or \
                not _same_attack(d, sent, sents, strikers):
            continue
        if predicate_negations(ctx, sent.start, sent.end):
            continue
        for ps, pe, name in platform_hits(ctx, sent.start, sent.end):
            if platform_operation(ctx, name) in ("drone_strike", "missile_strike"):
                out.append((ps, pe, name))
    return out


def _background_means(ctx: Ctx, sent, pos: int, reactions: list, actor: str | None = None) -> bool:
    """Is a weapon at pos named in what the strike answered ("in response to rocket fire from
    Gaza") or in a side clause away from the strike predicate ("after a rocket fired from Gaza
    exploded, the air force struck", "launchers from which rockets had been fired")? It is
    another side's weapon or the target's, not the means of the strike."""
    if any(a <= pos < b for a, b in reactions):
        return True
    if not sent.triggers or ctx.lex.has("clauses.closing_suffixes"):
        # head-final clauses ("Tu-22M3 uçakları Rusya'dan kalkarak ... vurdu") hold the
        # subject and its weapon in the converb clause before the verb
        return False
    clause = clause_at(ctx, sent.start, sent.end, pos)
    if not clause.side:
        return False
    if clause_at(ctx, sent.start, sent.end, sent.head).unit != clause.unit:
        return True
    # "erfolgten die Angriffe, nachdem Raketen abgefeuert worden waren": with the strike named
    # in the main clause by a noun, a side clause's own launch is what came before it, unless
    # the side clause names the event's own actor ("when Hezbollah fighters fired rockets")
    return any(not clause_at(ctx, sent.start, sent.end, a).side for a, _ in sent.nouns) and \
        not any(code == actor and clause.start <= ms < clause.end for ms, _, code in sent.mentions)


def _own_weapon_in_side_clause(ctx: Ctx, sent, pos: int, reactions: list, actor: str | None) -> bool:
    """Is the weapon at pos the event's own actor's, named beside it in the side clause that
    holds the weapon ("Two people were killed when an Israeli drone struck a car")? That clause
    tells the strike itself, not what it answered."""
    if actor is None or any(a <= pos < b for a, b in reactions) or not sent.triggers or \
            ctx.lex.has("clauses.closing_suffixes"):
        return False
    clause = clause_at(ctx, sent.start, sent.end, pos)
    if not clause.side or any(not clause_at(ctx, sent.start, sent.end, a).side for a, _ in sent.nouns):
        return False   # ("Otro ataque aéreo israelí dejó cinco muertos cuando un dron ...": the main
        # clause's strike noun names the strike; the side clause details it)
    text = ctx.text
    for ms, me, code in sent.mentions:
        if code != actor or not clause.start <= ms < clause.end:
            continue
        # the weapon's own side word: right before it ("an Israeli drone", "13 Russian missiles")
        # or right after its one or two words ("مسيرة إسرائيلية", "un dron israelí")
        if me <= pos and not text[me:pos].strip():
            return True
        if pos < ms and not re.search(r"[,;:.()]", text[pos:ms]) and len(text[pos:ms].split()) <= 2:
            return True
    return False


# How far past a weapon's start an instrument glued to it may reach ("بطائرات مسيرة": the
# preposition ب is the weapon word's first letter, so the instrument starts where it does).
GLUED_INSTRUMENT_CHARS = 30


def _glued_instrument(lex, text: str, start: int, end: int) -> bool:
    """Does the weapon phrase at start..end open with an instrument preposition glued to it
    (Arabic "بالمدفعية", "بمسيرات": with artillery, with drones)?"""
    if not lex.has("triggers.instrument_preps"):
        return False
    m = lex.search("triggers.instrument_preps", text, start, min(len(text), end + GLUED_INSTRUMENT_CHARS))
    return m is not None and m.start() == start


def _suffixed_instrument(ctx: Ctx, start: int, end: int) -> bool:
    """Does the weapon phrase at start..end end in a word carrying the instrumental as a suffix
    (grammar instrumental_suffixes: Turkish "çok namlulu roketatarlarla", "obüslerle": with
    ...)? Then the weapon is the means, whatever kind of target its word also names."""
    sufs = grammar.words("instrumental_suffixes", ctx.lex.lang)
    if not sufs:
        return False
    word = re.match(r"[\w'’]*", ctx.text[end:end + 12])
    last = (ctx.text[start:end] + (word.group() if word else "")).split()[-1:] or [""]
    w = fold(last[0], ctx.lex.lang)
    return any(w.endswith(x) and len(w) > len(x) + 2 for x in sufs)


def _instrumental_case(ctx: Ctx, pos: int) -> bool:
    """Is the weapon word at pos in the instrumental case (grammar means_endings: uk
    "ракетами", "дроном", "ударними БпЛА"), its own word or the adjective right before an
    indeclinable one, and no comitative preposition before it ("склад з ракетами")? In a
    language that marks the means by its case, such a weapon after what was hit ("уразили
    Луганськ ракетами") is what struck, not something destroyed."""
    ends = grammar.words("means_endings", ctx.lex.lang)
    if not ends:
        return False
    text = ctx.text
    word = re.match(r"[\w'’-]*", text[pos:pos + 30]).group()
    before = re.search(r"([\w'’-]+)\s+$", text[max(0, pos - 30):pos])
    prev = before.group(1) if before else ""
    if prev and fold(prev, ctx.lex.lang) in grammar.words("comitative_preps", ctx.lex.lang):
        return False

    def cased(w: str) -> bool:
        f = fold(w, ctx.lex.lang)
        return any(f.endswith(x) and len(f) > len(x) + 2 for x in ends)
    if cased(word):
        return True
    # an abbreviation that takes no ending ("ударними БпЛА"): its adjective's case
    if word.isupper() and prev and cased(prev):
        lead = re.search(r"([\w'’-]+)\s+$", text[max(0, pos - 60):pos - len(before.group(0))])
        return not (lead and fold(lead.group(1), ctx.lex.lang) in grammar.words("comitative_preps", ctx.lex.lang))
    return False


def _instrument_before(lex, text: str, b: int, pos: int) -> bool:
    """Does an instrument preposition stand between an impact verb ending at b and the weapon at
    pos ("struck the city with Iskander missiles"), or start the weapon word itself (Arabic
    "استهدفت المدينة بطائرات مسيرة", "بالصواريخ": the clitic ب glued to the weapon)? Then the
    weapon is the means, not what was destroyed."""
    if not lex.has("triggers.instrument_preps"):
        return False
    m = lex.search("triggers.instrument_preps", text, b, min(len(text), pos + GLUED_INSTRUMENT_CHARS))
    return m is not None and m.start() <= pos


def _agent_before(ctx: Ctx, b: int, pos: int) -> bool:
    """Does an agent preposition ("por", "by", "par", "von") open the words between an impact
    verb's end and the weapon at pos ("alcanzado por drones", "hit by two missiles")?"""
    lex = ctx.lex
    if not lex.has("actor_roles.agent_intro"):
        return False
    m = lex.search("actor_roles.agent_intro", ctx.text, b, pos)
    if m is not None and not ctx.text[b:m.start()].strip():
        return True
    # "killed in a raid carried out by a drone", "قتل شخص في غارة شنتها طائرة مسيرة": the
    # agent phrase right before the weapon makes it the strike's means, not something destroyed
    last = None
    for last in lex.finditer("actor_roles.agent_intro", ctx.text, b, pos):
        pass
    return last is not None and not ctx.text[last.end():pos].strip()


# A use verb at most this many words after a weapon names it as the means used ("Drohnen
# eingesetzt", "drones were used").
USED_GAP_WORDS = 2


def _subordinate_between(lex, text: str, b: int, pos: int, nouns=()) -> bool:
    """Does a subordinate clause open, or a strike noun stand, between the impact verb ending
    at b and the weapon at pos ("Two people were killed when an Israeli drone struck a car",
    "قتل شخصان عندما استهدفت مسيرة", "killed in a strike by an Israeli drone", "في غارة
    لمسيرة")? The weapon is what struck, in that clause or as that strike's means; nothing
    destroyed it."""
    if any(b <= a and e <= pos and _complement_gap(lex, text, e, pos) for a, e in nouns):
        return True
    return lex.has("clauses.subordinators") and lex.search("clauses.subordinators", text, b, pos) is not None


def _complement_gap(lex, text: str, e: int, pos: int) -> bool:
    """Only grammar words (or a glued one-letter preposition) between a strike noun ending at e
    and the weapon at pos, and at most one other word right before the weapon (its side's
    adjective: "a strike by an Israeli drone"), STRIKE_COMPLEMENT_CHARS apart at most: the
    weapon is the strike's complement."""
    if pos - e > STRIKE_COMPLEMENT_CHARS or re.search(r"[,;:.()\d]", text[e:pos]):
        return False
    lang = lex.lang
    glue = {w.rstrip("'’") for key in ("linkers", "articles", "indefinites", "instrument_passive_preps")
            for w in grammar.words(key, lang)} | {w.rstrip("'’") for w in grammar.bare("prepositions")}
    words = re.findall(r"[^\W\d_]+", text[e:pos])
    if words and not (len(words[-1]) <= 1 or fold(words[-1], lang) in glue or words[-1].lower() in glue):
        words = words[:-1]
    return all(len(w) <= 1 or fold(w, lang) in glue or w.lower() in glue for w in words)


# Between a strike noun and the weapon that is its complement: at most this many characters
# ("a strike by an Israeli drone", "غارة لمسيرة", "une frappe d'un drone").
STRIKE_COMPLEMENT_CHARS = 24


def _weapon_of_strike_noun(ctx: Ctx, weak: tuple, first: tuple) -> bool:
    """Is the weapon named first the complement of the strike noun right before it ("غارة
    لمسيرة إسرائيلية", "غارة من طائرة مسيرة", "a strike by an Israeli drone", "удар
    беспилотника")? Only grammar words (a linker, a preposition, an article; a glued one-letter
    preposition) stand between: the weapon is the means of that one strike, not a second one."""
    if first[0] is None or weak[1] > first[0] or first[2] != "drone_strike":
        return False   # (drones only: "قصف ... بصواريخ" names rockets as much as missiles)
    return _complement_gap(ctx.lex, ctx.text, weak[1], first[0])


def _named_as_used(ctx: Ctx, end: int) -> bool:
    """Does a use verb follow the weapon ending at end, within USED_GAP_WORDS words and no
    punctuation ("hat das US-Militär Drohnen eingesetzt")? Read in German only (the participle
    closes its clause, right after its object); tested there, untried elsewhere."""
    lex = ctx.lex
    if not lex.has("triggers.use_verbs") or not lex.raw.get("meta", {}).get("capitalised_nouns"):
        return False
    m = lex.search("triggers.use_verbs", ctx.text, end, min(len(ctx.text), end + 40))
    return m is not None and not re.search(r"[,;:.]", ctx.text[end:m.start()]) and \
        len(ctx.text[end:m.start()].split()) <= USED_GAP_WORDS


# Armed groups whose untyped "missiles" are rockets (artillery by the contract's operations),
# where the text names no missile type they fired.
ROCKET_GROUPS = frozenset({"HAMAS", "PIJ", "HEZBOLLAH"})


def _generic_targets(ctx: Ctx, sent) -> list[tuple[int, int]]:
    """The spans of the sentence's generic target nouns (counts.targets: "targets", "sites",
    "tesisler"), which may hold a weapon as a typed target does (_stored_in_target)."""
    lex = ctx.lex
    return _spans(lex, "counts.targets", ctx.text, sent.start, sent.end) if lex.has("counts.targets") else []


def _stored_in_target(ctx: Ctx, ws: int, we: int, hit: list) -> bool:
    """Is the weapon at ws..we what a struck depot or facility holds: joined to it by a noun
    naming its use ("складов хранения беспилотных аппаратов", "склад зберігання ракет BrahMos",
    "dépôt de stockage de drones", "İHA'larının depolandığı hangar"), or standing right before
    it with its abbreviation in brackets ("insansız hava araçlarının (İHA) depolama tesisine")?
    It was hit, not used."""
    text = ctx.text
    if grammar.words("store_nouns"):
        joined = grammar.regex(_STORED_RULE, re.IGNORECASE)
        if any(b <= ws and joined.fullmatch(text, b, ws) for _, b in hit):
            return True
        before = grammar.regex(_STORED_BEFORE, re.IGNORECASE)
        if any(we <= a and before.fullmatch(text, we, a) for a, _ in hit):
            return True
    return any(we <= a and _BRACKETED.fullmatch(text, we, a) for a, _ in hit)


def _object_of_target_prep(ctx: Ctx, start: int, pos: int) -> bool:
    """Is the weapon word at pos brought in by a preposition that brings in what a strike hit
    (grammar target_prepositions: "по", "против"), with at most TARGET_PREP_WORDS adjectives
    (grammar adjective_case_endings, plural_adjective_endings) or numbers between ("удары по
    семи мобильным крылатым ракетам", "ударів по протикорабельних ракетах")? Then the weapons
    were hit. Not after a noun or a verb ("по боевикам был нанесен артиллерийский удар"); the
    caller has made sure it is no instrumental ("удар по городу ракетами")."""
    lex, text = ctx.lex, ctx.text
    if not grammar.words("target_prepositions", lex.lang):
        return False
    m = grammar.regex(r"(?<![\w-])(?i:{target_prepositions})((?:\s+[\w'’-]+){0,%d})\s+$" % TARGET_PREP_WORDS) \
        .search(text, max(start, pos - 80), pos)
    if m is None:
        return False
    return _modifiers_only(ctx, m.group(1))


def _modifiers_only(ctx: Ctx, words: str, instrumental: bool = False) -> bool:
    """Are the words all a noun's modifiers: numbers, or lower-case words with an adjective's
    ending (grammar adjective_case_endings, plural_adjective_endings, object_modifier_endings:
    "семи мобильным", "балістичної",
    "баллистических"; with `instrumental` after a comitative preposition, means_endings too:
    "с оперативно-тактическими ракетами"), no noun or verb of their own?"""
    lex = ctx.lex
    # (a one-letter plural ending, uk "і", ends nouns as often: "по області п'ять ракет")
    plural = {e for e in grammar.words("plural_adjective_endings", lex.lang) if len(e) > 1}
    endings = grammar.words("adjective_case_endings", lex.lang) | plural | \
        grammar.words("object_modifier_endings", lex.lang) | \
        (grammar.words("means_endings", lex.lang) if instrumental else frozenset())
    numbers = lex.intmaps.get("numbers.words", {})
    for w in words.split():
        f = fold(w, lex.lang)
        if not (w.isdigit() or f in numbers or w.lower() in numbers or
                (w[:1].islower() and any(f.endswith(x) and len(f) > len(x) + 2 for x in endings))):
            return False
    return True


# The most words (adjectives, a number) between a target preposition and a weapon it brings in.
TARGET_PREP_WORDS = 3


# The kinds of target that hold weapons ("хранилище ракет", "ракетный комплекс «Нептун»"); a
# tank or a fighter before a weapon's word is no container ("танк обстреливал").
HOLDER_KINDS = frozenset({"weapons_depot", "ammunition_depot", "factory", "launcher", "building", "airfield"})


def _held_by_target(ctx: Ctx, ws: int, hit: list, used_with: bool) -> bool:
    """In a language that brings in what a strike hit by a preposition and joins a noun's
    complement to it bare (grammar target_prepositions; no articles, no linkers), is the weapon
    at ws the complement of a struck depot or facility right before it: its genitive, after at
    most two adjectives (_modifiers_only: "хранилище ракет", "склад баллистических ракет"), or brought in
    by a comitative preposition ("склады с оперативно-тактическими ракетами")? Not when it is
    in the instrumental with no such preposition ("поразили склад ракетами": the means)."""
    lang, text = ctx.lex.lang, ctx.text
    if not grammar.words("target_prepositions", lang) or grammar.words("articles", lang) or \
            grammar.words("linkers", lang):
        return False
    # (a type's name in quotes after them: "ракетный комплекс «Нептун»", "склады с ракетами «Сапсан»")
    words = r"((?:[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]*\s+){0,2})(?:[«\"“„]\s*)?"
    comitative = grammar.regex(r"\s+(?i:{comitative_preps})\s+" + words) \
        if grammar.words("comitative_preps", lang) else None
    bare = re.compile(r"\s+" + words)
    for _, b in hit:
        if b <= ws <= b + 80:
            m = comitative.fullmatch(text, b, ws) if comitative is not None else None
            if m is not None and _modifiers_only(ctx, m.group(1), instrumental=True):
                return True
            m = bare.fullmatch(text, b, ws)
            if not used_with and m is not None and _modifiers_only(ctx, m.group(1)):
                return True
    return False


# target, [of] the use noun [of], at most three words (an adjective, the weapon's kind) and
# the bracket or quote before its abbreviation or type, weapon
_STORED_RULE = r"\s+(?:(?:{linkers})\s+)?(?:{store_nouns})\s+(?:(?:{linkers})\s+)?(?:[^\W\d_][\w-]*\s+){0,3}[(«\"“]?"
# weapon (its case suffix after an apostrophe), the use noun, an article, target: "İHA'larının
# depolandığı (bir) hangar"
# (its abbreviation in brackets, or the bracket closing after it, may stand between:
# "insansız hava araçları (İHA) ile bağlantılı tesisler")
_STORED_BEFORE = r"(?:['’][^\W\d_]+)?(?:\s*\([^()]{1,15}\)|\))?\s+(?:{store_nouns})\s+(?:(?:{indefinites}|{article_numerals})\s+)?"
# weapon, its abbreviation in brackets (or the bracket closing after it), target
_BRACKETED = re.compile(r"\s*(?:\([^()]{1,15}\)|\))\s*")


def _drone_fired_missile(ctx: Ctx, d: Draft) -> tuple[int, int] | None:
    """A drone named right after the launch verb that carries an untyped missile's pronoun
    (grammar.resumptive_launch_verbs: "بصاروخ أطلقته مسيرة إسرائيلية", a missile that an Israeli
    drone fired): the drone fired the missile, the strike is a drone strike."""
    text, lex = ctx.text, ctx.lex
    if not grammar.words("resumptive_launch_verbs", lex.lang):
        return None
    launch = grammar.regex(r"\s+(?:\w+\s+)?(?:{resumptive_launch_verbs})\s+", re.IGNORECASE)
    for sent in d.sentences:
        drones = list(lex.finditer("operations.drone_strike", text, sent.start, sent.end))
        for m in lex.finditer("operations.missile_strike", text, sent.start, sent.end):
            lm = launch.match(text, m.end())
            if lm is None:
                continue
            dm = next((x for x in drones if x.start() == lm.end()), None)
            if dm is not None:
                return dm.start(), dm.end()
    return None


# the most characters between an "air" adjective and the drone phrase its instrument brings in
# ("هجوما جويا بسرب من المسيرات الانقضاضية")
AIR_ATTACK_INSTRUMENT_CHARS = 30


def _drone_instrument_of_air_attack(ctx: Ctx, d: Draft, span: list) -> tuple[int, int] | None:
    """Is the airstrike means at span an adjective that only says the attack came by air
    (grammar.air_adjectives: "هجوما جويا", "هجوم جوي"), a drone phrase brought in by an
    instrument word right after it ("بسرب من المسيرات", "بمسيرات انقضاضية")? Then the drones
    are the means: the drone phrase."""
    text, lex = ctx.text, ctx.lex
    words = grammar.words("air_adjectives", lex.lang)
    a, b = span
    if not words or fold(text[a:b].strip(), lex.lang) not in words:
        return None
    sent = next((x for x in d.sentences if x.start <= a < x.end), None)
    if sent is None:
        return None
    end = min(sent.end, b + AIR_ATTACK_INSTRUMENT_CHARS)
    inst = lex.search("triggers.instrument_preps", text, b, end) if lex.has("triggers.instrument_preps") else None
    if inst is None or text[b:inst.start()].strip():
        return None
    dm = lex.search("operations.drone_strike", text, inst.start(), sent.end)
    if dm is None or dm.start() > inst.end() + AIR_ATTACK_INSTRUMENT_CHARS or re.search(r"[,،;:.]", text[inst.end():dm.start()]):
        return None
    return dm.start(), dm.end()


def _aircraft_fired_missiles(ctx: Ctx, d: Draft) -> tuple[int, int] | None:
    """The aircraft a sentence of the event names before untyped missiles in one clause (no
    punctuation between): "israelische Kampfjets hätten fünf Raketen abgefeuert", "قام طيران
    الاحتلال ... باستهداف محيط مدينة دمشق بعدد من الصواريخ". The missiles are the aircraft's
    munitions, as the first-named means of a lead sentence already reads, even when an earlier
    sentence named only the missiles ("Luftabwehr hat israelische Raketen abgefangen"). Air
    defence (an interception cue) is not an aircraft, nor are the aircraft a struck airfield
    holds (_stored_in_target)."""
    text, lex = ctx.text, ctx.lex
    for sent in d.sentences:
        defence = _spans(lex, "cues.interception", text, sent.start, sent.end) if lex.has("cues.interception") else []
        hit = [(a, b) for a, b, _ in lex.find_coded("target_types", text, sent.start, sent.end)]
        for air in lex.finditer("operations.airstrike", text, sent.start, sent.end):
            if any(a < air.end() and air.start() < b for a, b in defence):
                continue
            if _stored_in_target(ctx, air.start(), air.end(), hit + _generic_targets(ctx, sent)):
                continue  # "savaş uçaklarının konuşlandırıldığı hava üssü": the aircraft based there
            if any(not re.search(r"[,،;.:]", text[air.end():m.start()])
                   for m in lex.finditer("operations.missile_strike", text, air.end(), sent.end)):
                return air.start(), air.end()
    return None


# A side named right before a typed means names it as its own ("ukrainischer Artillerieangriffe");
# at most this many words between, beside a target named in an oblique case ("Pakistan'ın
# Hindistan'a yönelik füze ... saldırıları").
MEANS_OWNER_GAP_WORDS = 1


def _means_named_later(ctx: Ctx, d: Draft, sents: list, platforms: list) -> tuple | None:
    """The means of an event whose own sentences name none: the first type its detail
    sentences say was used (already in ``platforms``), else the first typed means a later
    sentence names as the event's actor's own (the actor's name or adjective right before it:
    "ukrainischer Artillerieangriffe", "Pakistan'ın Hindistan'a yönelik füze ... saldırıları").
    A sentence that denies, recalls, intercepts or reports another side's strike, and a name in
    a source phrase ("nach Angaben des israelischen Militärs"), say nothing of the event's means."""
    text, lex = ctx.text, ctx.lex
    if platforms:
        name = platforms[0]
        where = _spans_of(ctx, d, sents, name)
        return (*(where or (None, None)), platform_operation(ctx, name), -1)
    first = min(s.index for s in d.sentences)
    own = {s.index for s in d.sentences}
    for sent in sents:
        if sent.index <= first or sent.index in own or sent.suppressed or sent.interception:
            continue
        if sent.strike and any(code != d.actor for _, _, code in sent.actors):
            continue   # "Die Miliz hatte nach Angaben des israelischen Militärs 25 Geschosse abgefeuert"
        sources = _claim_sources(ctx, sent)
        mine = [(ms, me) for ms, me, code in sent.mentions
                if code == d.actor and not any(a <= ms < b for a, b in sources)]
        if not mine:
            continue
        found = [(a, b, op) for op in ("airstrike", "drone_strike", "missile_strike", "artillery")
                 for a, b in _spans(lex, f"operations.{op}", text, sent.start, sent.end)]
        for ws, we, op in sorted(found):
            for ms, me in mine:
                if me > ws or re.search(r"[,;:.()«»\"“”]", text[me:ws]):
                    continue
                # only the target named between in an oblique case and one word more
                # ("Hindistan'a yönelik"), never a verb and its object ("CENTCOM identified
                # these missiles")
                gap = text[me:ws]
                for a, b, code in sent.mentions:
                    if me <= a and b <= ws:
                        if code == d.actor or name_case(ctx, a, b) != "oblique":
                            gap = None
                            break
                        gap = gap.replace(text[a:b], " ")
                if gap is None or len(gap.split()) > MEANS_OWNER_GAP_WORDS:
                    continue
                return ws, we, op, sent.index
    return None


def _spans_of(ctx: Ctx, d: Draft, sents: list, name: str) -> tuple[int, int] | None:
    """Where a platform already read for the event is named after its first sentence."""
    first = min(s.index for s in d.sentences)
    for sent in sents:
        if sent.index <= first:
            continue
        for ps, pe, found in platform_hits(ctx, sent.start, sent.end):
            if found == name:
                return ps, pe
    return None


def _after_instrument(ctx: Ctx, start: int, pos: int) -> bool:
    """Does the word at pos come right after an instrument word ("con", "with", "mit")?"""
    lex = ctx.lex
    if not lex.has("triggers.instrument_preps"):
        return False
    return any(not ctx.text[b:pos].strip() for _, b in _spans(lex, "triggers.instrument_preps", ctx.text,
                                                             max(start, pos - 30), pos))


def _means_kind_used(ctx: Ctx, sent, a: int, b: int, ttype: str) -> bool:
    """Is the target-type phrase at a..b a kind that is also a weapon ("multiple rocket
    launchers", "Mehrfachraketenwerfern", "lanzacohetes múltiples", "براجمات") brought in by an
    instrument word ("with", "mit", "con", the glued ب)? It names what the strike was made with, not what it hit, as
    ``targets`` reads it."""
    from .targets import MEANS_KINDS, _instrument   # targets imports counts, which imports this module
    if ttype not in MEANS_KINDS:
        return False
    lex = ctx.lex
    return _instrument(ctx, sent, a) or _glued_instrument(lex, ctx.text, a, b) or _suffixed_instrument(ctx, a, b)


# The most words between the owner's postposition and the weapon it owns: a count and an
# article ("Husilere ait 10 insansız hava aracı", "SDG'ye ait bir İHA").
OWNED_WEAPON_GAP_WORDS = 2


def _owned_by_other_side(ctx: Ctx, sent, pos: int, actor: str | None) -> bool:
    """In a verb-final language, is the weapon at pos owned by a side other than the actor,
    named before the owner's postposition right before it (actor_roles.target_outro: "Husilere
    ait 10 insansız hava aracı", "terör örgütü SDG'ye ait insansız hava araçlarının fırlatıldığı
    noktalar")? The other side's weapon was hit or is what the target held, not the actor's means."""
    lex, text = ctx.lex, ctx.text
    if actor is None or not lex.raw.get("meta", {}).get("verb_final") or not lex.has("actor_roles.target_outro"):
        return False
    opened = re.search(r"\(\s*$", text[max(0, pos - 3):pos])
    if opened:
        # the weapon's abbreviation in brackets after its name ("... ait 10 insansız hava aracının
        # (İHA)"): the name before the bracket is the weapon the side owns
        bracket = max(0, pos - 3) + opened.start()
        names = [a for k in ("operations.drone_strike", "operations.missile_strike") if lex.has(k)
                 for a, b in _spans(lex, k, text, sent.start, bracket + 1)
                 if a < bracket and not text[b:bracket].strip(" '’\w")]
        if names:
            pos = min(names)
    for a, b, code in sent.mentions:
        if code == actor or b > pos or pos - b > 80:
            continue
        rest = re.match(r"[\w'’]*\s+", text[b:pos])
        if rest is None:
            continue
        outro = lex.pat("actor_roles.target_outro").match(text, b + rest.end())
        if outro is None or outro.end() > pos or re.search(r"[,;:.]", text[outro.end():pos]):
            continue
        # (a kind of target between is what the side owns: "Husilere ait radar tesislerine
        # Tomahawk füzeleri ateşledi", the radars are the Houthis', the Tomahawks the striker's)
        owned_target = lex.find_coded("target_types", text, outro.end(), pos) or \
            (lex.has("counts.targets") and lex.search("counts.targets", text, outro.end(), pos) is not None)
        if tokens_between(ctx, outro.end(), pos) <= OWNED_WEAPON_GAP_WORDS and not owned_target:
            return True
    return False


def _defender_agent(ctx: Ctx, sent, a: int, b: int, ttype: str) -> bool:
    """Is the air-defence phrase at a..b the agent that shot the weapons down ("45 insansız
    hava aracının hava savunma sistemlerince imha edildiğini")? It was not hit, and the weapon
    named right before it is the launcher's means, not a kind of target it qualifies."""
    from .triggers import _defence_as_agent   # triggers imports this module
    return ttype == "air_defense" and sent.interception and _defence_as_agent(ctx, sent, a, b)


def _means_words_only(lex, text: str, b: int, pos: int) -> bool:
    """Are the words between a strike verb ending at b and a weapon type at pos none, or only a
    means word naming that weapon's kind ("استهدفت طائرات بيرقدار": Bayraktar aircraft struck)?
    The weapon is then the verb's subject, what struck, not something destroyed."""
    gap = text[b:pos]
    if not gap.strip():
        return True
    covered = [(m.start(), m.end()) for op in ("airstrike", "drone_strike", "missile_strike", "artillery")
               for m in lex.finditer(f"operations.{op}", text, b, pos)]
    # ... and the weapon's side and the word that brings in its type ("استهدفت طائرة مسيرة
    # أمريكية من طراز إم كيو-9": an American drone of the MQ-9 type struck)
    # (where an adjective follows its noun, the side's adjective right after a means word: not
    # "уразили російську гаубицю", a side's howitzer hit)
    if lex.raw.get("meta", {}).get("adjectives_follow"):
        covered += [(a, e) for a, e, _ in lex.find_coded("actors", text, b, pos)
                    if any(not text[ce:a].strip() for _, ce in covered)]
    if grammar.words("type_words", lex.lang):
        covered += [(m.start(), m.end()) for m in grammar.regex(
            r"(?<!\w)(?:{type_words})(?!\w)", re.IGNORECASE).finditer(text, b, pos)]
    return all(ch.isspace() or any(a <= b + i < e for a, e in covered) for i, ch in enumerate(gap))


# At most this many words between a type and the verb after it that destroyed it ("iki Su-34
# bombardıman uçağı imha edildi", "zwei Su-34-Bomber zerstört")
DESTROYED_TYPE_WORDS = 3


def _destroyed_before_verb(ctx: Ctx, sent, ps: int, pe: int, impacts: list) -> bool:
    """Is the type at ps..pe what an impact verb after it destroyed: in a verb-final language,
    the subject of a passive impact verb a few words on ("iki Su-34 bombardıman uçağı imha
    edildi": two Su-34 bombers were destroyed); where a clause-final participle closes the
    verb bracket, its object right before it ("und zwei Su-34-Bomber zerstört")? A type
    destroyed on the ground is a target, not a means of the strike."""
    from .roles import _is_passive
    lex, text = ctx.lex, ctx.text
    meta = lex.raw.get("meta", {})
    for a, b in impacts:
        if a < pe or re.search(r"[,;:]", text[pe:a]) or tokens_between(ctx, pe, a) > DESTROYED_TYPE_WORDS:
            continue
        if meta.get("verb_final") and _is_passive(lex, text, sent.start, a, b):
            return True
        if lex.has("actor_roles.bracket_aux") and tokens_between(ctx, pe, a) <= 1 and _clause_final(ctx, sent, b) \
                and _counted_or_definite(ctx, sent, ps):
            return True
    return False


# A list of what an impact verb destroyed ("destroyed 123 planes and 74 helicopters, 311
# drones", "sieben Radaranlagen, eine Drohne und zwei Boote ... zerstört"): at most this many
# characters between the verb and a weapon listed in it, and this many words an item
LIST_GAP_CHARS = 400
LIST_ITEM_WORDS = 6
_LIST_WORD = re.compile(r"[^\W_][\w'’.-]*")


def _list_items(ctx: Ctx, s: int, e: int) -> list[list[str]] | None:
    """The words of s..e cut at its commas and coordinators (grammar coordinators: "and", "und",
    "и", "ve"), as the items of a list; None where a stop, a bracket, a line break or a
    quotation mark ends the phrase first."""
    text, lang = ctx.text, ctx.lex.lang
    gap = re.sub(r"(?<=\d)[.,\s](?=\d{3}(?!\d))", "", text[s:e])   # "1,783", "2.834": one number
    if re.search(r"[;:.!?()«»\"“”„\n]", gap):
        return None
    coord = grammar.words("coordinators", lang)
    items: list[list[str]] = [[]]
    for chunk in re.split(r"(,)", gap):
        if chunk == ",":
            items.append([])
            continue
        for w in _LIST_WORD.findall(chunk):
            if fold(w, lang) in coord or w.lower() in coord:
                items.append([])
            else:
                items[-1].append(w)
    return items


def _counted_item(ctx: Ctx, words: list[str], lead: int = 3) -> bool:
    """Does a list item open with a count, among its first `lead` words (a place's phrase may
    come first: "в Йемене семь радаров"): a number ("311", "sieben", "семь") or the indefinite
    article that says one ("a drone", "eine Drohne", "bir İHA'yı")?"""
    ones = grammar.words("indefinites", ctx.lex.lang) | grammar.words("article_numerals", ctx.lex.lang)
    return any(ctx.numpat.fullmatch(w) or fold(w, ctx.lex.lang) in ones for w in words[:lead])


def _listed_after_impact(ctx: Ctx, b: int, pos: int) -> bool:
    """Is the weapon at pos an item (not the first) of a list of objects opening right after the
    impact verb ending at b: the items cut by commas and coordinators, each a few words, one at
    least counted ("destroyed 123 planes and 74 helicopters, 311 unmanned aerial vehicles",
    "уничтожили семь радаров, беспилотник и две лодки", "a détruit sept radars, un drone")? It
    was destroyed as the others were, not used."""
    if pos - b > LIST_GAP_CHARS:
        return False
    items = _list_items(ctx, b, pos)
    if items is None or len(items) < 2 or len(items[-1]) > 3:
        return False
    if any(not 0 < len(it) <= LIST_ITEM_WORDS for it in items[:-1]):
        return False
    return any(_counted_item(ctx, it) for it in items)


def _listed_before_impact(ctx: Ctx, sent, ps: int, pe: int, a: int, b: int) -> bool:
    """In a verb-final clause (meta verb_final, or a participle closing the verb bracket of
    actor_roles.bracket_aux), is the weapon at ps..pe an item of the list of objects that the
    impact verb at a..b closes ("Husilere ait yedi radarı, bir İHA'yı ve iki botu imha etti",
    "sieben Radaranlagen der Huthi, eine Drohne und zwei Boote im Jemen zerstört", "tank ve
    toplarını imha etti")? The items after it run up to the verb (the last may take a place's
    phrase); as the last item it stands right before the verb, in a verb-final language."""
    lex, text = ctx.lex, ctx.text
    meta = lex.raw.get("meta", {})
    final = bool(meta.get("verb_final"))
    if not final and not (lex.has("actor_roles.bracket_aux") and _clause_final(ctx, sent, b)):
        return False
    if a - pe > LIST_GAP_CHARS or _instrument_before(lex, text, pe, a):
        return False
    after = _list_items(ctx, pe, a)
    if after is None:
        return False
    # the weapon's own item back to the separator before it ("bir İHA'yı", "eine Drohne")
    back = _list_items(ctx, max(sent.start, ps - 40), ps)
    joined_before = back is not None and len(back) >= 2 and len(back[-1]) <= 2 and len(back[-2]) > 0
    own = back[-1] if back else []
    rest = after[0]
    if rest and re.match(r"['’]", text[pe:pe + 1]):
        rest = rest[1:]   # the case ending after the apostrophe ("İHA'yı")
    nxt = re.match(r"(?:['’]\w+)?\s+([^\W\d_]+)", text[pe:a])
    if nxt and fold(nxt.group(1), lex.lang) in grammar.words("instrument_postpositions", lex.lang):
        return False   # "SİHA ile ... etkisiz hale getirildi": the means, no item destroyed
    if len(after) == 1:
        # the last item: right before the verb, in a verb-final language only
        return final and not rest and joined_before
    if len(rest) > 2 or any(not 0 < len(it) <= LIST_ITEM_WORDS for it in after[1:]):
        return False
    # (each item after it opens with its count: not "savaş uçakları ve İHA'lar Gazze'de iki binayı
    # imha etti", where the count opens the object after a list of strikers)
    return any(_counted_item(ctx, it, 1) for it in after[1:] + [own])


def _clause_final(ctx: Ctx, sent, b: int) -> bool:
    """Does the verb ending at b close its clause (a punctuation mark, the sentence's end or a
    coordinator after it)?"""
    rest = ctx.text[b:sent.end]
    m = re.match(r"\s*(\S+)", rest)
    return m is None or m.group(1)[:1] in ",.;:" or fold(m.group(1).strip(",.;:"), ctx.lex.lang) in grammar.words(
        "coordinators", ctx.lex.lang)


def _counted_or_definite(ctx: Ctx, sent, ps: int) -> bool:
    """Does a number or an article stand right before the type at ps ("zwei Su-34-Bomber", "die
    Su-34"): an object phrase, not the subject opening its clause?"""
    m = re.search(r"(\S+)\s+$", ctx.text[max(sent.start, ps - 25):ps])
    if m is None:
        return False
    word = m.group(1)
    return bool(ctx.numpat.fullmatch(word)) or fold(word, ctx.lex.lang) in grammar.words("articles", ctx.lex.lang)


# The words of the phrase after a strike noun's origin preposition ("aus dem Gazastreifen",
# "von militanten Palästinensern")
ORIGIN_PHRASE_WORDS = 3


def _strike_noun_from_elsewhere(ctx: Ctx, sent, pos: int, actor: str | None) -> bool:
    """In a verb-second language, is the strike noun holding pos, fronted before the clause's
    verb, followed right away by where it came from or by whom
    (places.origin_preps: "Nach einem Raketenangriff aus dem Gazastreifen griff die Luftwaffe
    an", "nach einem Raketenangriff von militanten Palästinensern"), with the event's actor not
    named in that phrase? Then it is the strike the report answered, another side's, and its
    means are not the event's."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("places.origin_preps") or not lex.raw.get("meta", {}).get("verb_second"):
        return False   # (a phrase fronted before the verb of a verb-second clause)
    for a, b in _spans(lex, "triggers.strike_nouns", text, sent.start, sent.end):
        if b > sent.head:
            continue
        if not a <= pos < b:
            continue
        m = lex.pat("places.origin_preps").match(text, b + len(text[b:]) - len(text[b:].lstrip())) \
            if text[b:b + 1].isspace() else None
        if m is None:
            return False
        # the origin's phrase: up to the next stop, at most ORIGIN_PHRASE_WORDS words on
        words = list(re.finditer(r"[^\s,;:.]+", text[m.end():sent.end]))
        stop = re.compile(r"[,;:.]").search(text, m.end(), sent.end)
        end = stop.start() if stop else sent.end
        if len(words) > ORIGIN_PHRASE_WORDS:
            end = min(end, m.end() + words[ORIGIN_PHRASE_WORDS - 1].end())
        return not any(code == actor and m.end() <= ms < end for ms, _, code in sent.mentions)
    return False


def find_weapons(ctx: Ctx, d: Draft, sents: list) -> tuple[list[str], str, dict]:
    """The event's platforms (every type named as used in its sentences, not one named as
    destroyed) and its operation (the lead's means: the first typed means of its first
    sentence that names one; with none, "airstrike"), with the spans they came from."""
    text, lex = ctx.text, ctx.lex
    spans: dict[str, list[int]] = {}
    platforms: list[str] = []
    first = None
    weak = None   # a strike noun that names its means ("airstrike"): only when no weapon is named
    airy = None   # "from the air", "с воздуха": only when neither a weapon nor a strike noun names the means
    for sent in d.sentences:
        hit = [(a, b) for a, b, t in lex.find_coded("target_types", text, sent.start, sent.end)
               if not _means_kind_used(ctx, sent, a, b, t) and not _defender_agent(ctx, sent, a, b, t)]
        # where a noun's complement is its bare genitive (no article, no linker: "пусковые
        # установки ракет"), the weapon right after a launcher hit is what it fires
        launchers = [(a, b) for a, b, t in lex.find_coded("target_types", text, sent.start, sent.end)
                     if t == "launcher" and (a, b) in hit] \
            if not grammar.words("articles", lex.lang) and not grammar.words("linkers", lex.lang) else []
        # the struck places that hold weapons: a weapon as their complement is what they held
        holders = [(a, b) for a, b, t in lex.find_coded("target_types", text, sent.start, sent.end)
                   if t in HOLDER_KINDS and (a, b) in hit]
        # an intercepted drone is still the launcher's weapon; elsewhere a destroyed one is a target
        impacts = [] if sent.interception else _spans(lex, "triggers.impact_verbs", text, sent.start, sent.end)
        # a generic target noun holds what is based there as a typed one does ("savaş
        # uçaklarının konuşlandırılacağı tesisler": the facilities the jets are to be based at)
        generic = _generic_targets(ctx, sent)
        nouns = sent.nouns
        strike_verbs = set(_spans(lex, "triggers.strike_verbs", text, sent.start, sent.end))

        def destroyed(pos: int) -> bool:
            if _instrumental_case(ctx, pos):
                return False   # "уразили Луганськ ракетами": the instrumental names the means
            # "détruisant trois missiles de croisière", "destroyed a HIMARS launcher"; not "struck
            # the city with Iskander missiles", where the weapon is the means
            # "fue alcanzado por drones ucranianos", "was hit by drones": the agent is the means
            # "استهدفت طائرة مسيرة إسرائيلية سيارة": right after a strike verb that opens its
            # clause (verb first), the weapon is its subject, what struck
            return any(b <= pos and pos - b <= 40 and not re.search(r"[,;]", text[b:pos])
                       and not ((a, b) in strike_verbs and _means_words_only(lex, text, b, pos))
                       and not _instrument_before(lex, text, b, pos)
                       and not _subordinate_between(lex, text, b, pos, nouns)
                       and not _agent_before(ctx, b, pos) for a, b in impacts) or \
                _listed_destroyed(pos)

        def _listed_destroyed(pos: int) -> bool:
            # "destroyed 123 planes and 74 helicopters, 311 drones": an item of the list the
            # impact verb destroyed, past the commas that end the plain reading above
            return any(b <= pos and _listed_after_impact(ctx, b, pos)
                       and not _instrument_before(lex, text, b, pos)
                       and not _subordinate_between(lex, text, b, pos, nouns)
                       and not _agent_before(ctx, b, pos) for a, b in impacts)

        def destroyed_before_verb(ps: int, pe: int) -> bool:
            return _destroyed_before_verb(ctx, sent, ps, pe, impacts) or listed_before(ps, pe)

        def listed_before(ps: int, pe: int) -> bool:
            # "yedi radarı, bir İHA'yı ve iki botu imha etti": an item of the list a verb-final
            # impact verb destroyed
            return any(pe <= a and _listed_before_impact(ctx, sent, ps, pe, a, b) for a, b in impacts)

        reactions = _reaction_clauses(text, lex, sent.start, sent.end)

        def background(pos: int) -> bool:
            return _background_means(ctx, sent, pos, reactions, d.actor) and \
                not _own_weapon_in_side_clause(ctx, sent, pos, reactions, d.actor)

        kept = []   # the types this sentence names as used
        for ps, pe, name in platform_hits(ctx, sent.start, sent.end):
            if destroyed(ps) or destroyed_before_verb(ps, pe) or background(ps) or \
                    _stored_in_target(ctx, ps, pe, hit + generic) or \
                    _held_by_target(ctx, ps, holders, _instrumental_case(ctx, ps)) or \
                    _defenders_aircraft(ctx, sent, ps, pe, name, d.actor):
                continue
            kept.append(ps)
            if name not in platforms:
                platforms.append(name)
                spans.setdefault("platforms", [ps, pe])
            if first is None or (first[3] == sent.index and ps < first[0]):
                first = (ps, pe, platform_operation(ctx, name), sent.index)
        sources = _claim_sources(ctx, sent)
        aloft = _spans(lex, "triggers.air_adverbs", text, sent.start, sent.end) if lex.has("triggers.air_adverbs") else []
        for op in ("airstrike", "drone_strike", "missile_strike", "artillery"):
            for m in _means_words(ctx, op, sent.start, sent.end):
                # a means phrase that ends in a strike noun names the strike, and the target after
                # it is that strike's object ("ракетный обстрел позиций": rocket fire on positions)
                names_strike = any(m.start() <= a < m.end() <= b for a, b in nouns) or \
                    _means_inside_noun(ctx, m, nouns)
                # "atacaron con artillería posiciones de las YPG", "mit Haubitzen Stellungen", "mit
                # Mehrfachraketenwerfern": a weapon right after the instrument word is the means, even
                # with what was hit right after it or a kind of target in its own word; so is one
                # opening with its glued instrument ("استهدفت بالمدفعية تجمعات": ب is its first letter)
                used_with = _after_instrument(ctx, sent.start, m.start()) or \
                    _glued_instrument(lex, text, m.start(), m.end()) or _suffixed_instrument(ctx, m.start(), m.end()) or \
                    _instrumental_case(ctx, m.start())
                # (but "killed in a missile attack by Russian forces": a means that heads a strike
                # noun names that strike, not something the impact verb before it destroyed)
                if any((a <= m.start() < b or (0 <= a - m.end() <= 1 and not names_strike)) and not used_with
                       for a, b in hit) or (destroyed(m.start()) and not names_strike) or \
                        (not used_with and not names_strike and listed_before(m.start(), m.end())):
                    continue  # "against Houthi missile systems", "a drones manufacturing plant": what was hit
                if any(b <= m.start() and grammar.regex(_OF_RULE).match(text, b, m.start()) for _, b in hit):
                    continue  # "lanzadores de cohetes", "depots of missiles": the weapon names what was hit
                if _stored_in_target(ctx, m.start(), m.end(), hit + generic):
                    continue  # "склад хранения ракет": what the depot held
                if not used_with and _object_of_target_prep(ctx, sent.start, m.start()):
                    continue  # "нанесли удары по противокорабельным крылатым ракетам": what was hit
                if _held_by_target(ctx, m.start(), holders, used_with):
                    continue  # "хранилище ракет", "склады с оперативно-тактическими ракетами": what it held
                if any(b <= m.start() and re.fullmatch(r"\s+(?:[^\W\d_][\w'’-]*\s+)?", text[b:m.start()])
                       for _, b in launchers):
                    continue  # "пускові установки протитанкових ракет": what the launchers fire
                if background(m.start()):
                    continue  # "in response to rocket fire", "launchers from which rockets were fired"
                if _owned_by_other_side(ctx, sent, m.start(), d.actor):
                    continue  # "Husilere ait 10 insansız hava aracı": the other side's weapons, hit
                if sent.interception and any(code != d.actor and (0 <= m.start() - b <= 1 or 0 <= a - m.end() <= 1)
                                             for a, b, code in sent.mentions):
                    # "Ukraine's air force shot down 16 Russian drones", "la Fuerza Aérea
                    # ucraniana derribó": the defender's means, not the launcher's
                    continue
                if any(a <= m.start() < b for a, b in sources) or any(a <= m.start() < b for a, b in ctx.no_place):
                    continue  # "nach Angaben der ukrainischen Luftwaffe", "قناة المسيرة": who speaks
                if any(0 <= ps - m.end() <= 1 for ps in kept):
                    continue  # "طائرات بيرقدار" (Bayraktar aircraft): the type named right after decides
                if any(a <= m.start() < b for a, b in aloft):
                    # "from the air" says where the strike came from: the means only when neither
                    # a weapon nor a strike noun names one ("havadan ... İHA'larla": with drones)
                    if airy is None:
                        airy = (m.start(), m.end(), op, sent.index)
                    continue
                if op == "airstrike" and _head_of_split_drone(ctx, sent, m.start(), m.end()):
                    continue  # "42 طائرة روسية بدون طيار": the drone complement after the side decides
                if _strike_noun_from_elsewhere(ctx, sent, m.start(), d.actor):
                    continue  # "Nach einem Raketenangriff aus dem Gazastreifen griff ... an"
                if any(a <= m.start() < b for a, b in nouns):
                    if weak is None or (weak[3] == sent.index and m.start() < weak[0]):
                        weak = (m.start(), m.end(), op, sent.index)
                    continue
                if first is None or (first[3] == sent.index and (
                        m.start() < first[0] or (m.start() == first[0] and m.end() > first[1]))):
                    first = (m.start(), m.end(), op, sent.index)  # the longer name at one place wins
                break
    for sent in _detail_sentences(ctx, d, sents):
        # "Su-24 and Su-34 aircraft took part", "Zusätzlich seien Kalibr abgefeuert worden": the
        # types a following sentence says the same strikes used
        for ps, pe, name in platform_hits(ctx, sent.start, sent.end):
            if name not in platforms and not any(_variant_of(p, name) for p in platforms):
                platforms.append(name)
                spans.setdefault("platforms", [ps, pe])
    for ps, pe, name in _intercepted_types(ctx, d, sents):
        if name not in platforms and not any(_variant_of(p, name) for p in platforms):
            platforms.append(name)
            spans.setdefault("platforms", [ps, pe])
    lead_noun = bool(lex.raw.get("meta", {}).get("lead_noun_means"))
    if first is None or (weak is not None and ((lead_noun and weak[3] < first[3]) or (weak[3] == first[3] and weak[0] < first[0])) and
                         not _named_as_used(ctx, first[1]) and not _weapon_of_strike_noun(ctx, weak, first)):
        # "28 air strikes and ... rocket systems": the first named in the sentence (meta.lead_noun_means:
        # or a strike noun naming its means in an earlier sentence, the lead's "قتلت امرأة جراء قصف
        # مدفعي ..." before "وشن طيران ... غارات"); but "Bei den
        # Luftangriffen hat das Militär Drohnen eingesetzt": the means the sentence says were used
        first = weak
    if airy is not None and (first is None or airy[3] < first[3] or (
            airy[3] == first[3] and airy[0] < first[0] and re.search(r"[,;:]", text[airy[1]:first[0]]))):
        # a sentence before the first naming a weapon, or a weapon of another clause after it
        # ("depuis les airs des frappes ..., puis l'artillerie"): "from the air" is the lead's means
        first = airy
    if first is None:
        # "завдали комбінованого удару ... Серед застосованого озброєння — дві балістичні
        # ракети", "Melitopol ... Ziel ukrainischer Artillerieangriffe": the event's own
        # sentences name no means, a later sentence of the same report names the actor's
        first = _means_named_later(ctx, d, sents, platforms)
    operation = first[2] if first else "airstrike"
    if first and first[0] is not None:
        spans["operation"] = [first[0], first[1]]
    if operation == "missile_strike" and not any(platform_operation(ctx, p) == "missile_strike" for p in platforms):
        lead = next((x for x in d.sentences if x.index == first[3]), None) if first else None
        air = _aircraft_fired_missiles(ctx, d)
        # only where the missiles named first say nothing of their launcher: shot down
        # ("Raketen abgefangen"), or after the aircraft in their own sentence
        if air is not None and (first is None or (lead is not None and lead.interception) or
                                (lead is not None and lead.start <= air[0] < first[0])):
            operation, spans["operation"] = "airstrike", list(air)
    if operation in ("missile_strike", "airstrike") and \
            not any(platform_operation(ctx, p) in ("missile_strike", "airstrike") for p in platforms):
        drone = _drone_fired_missile(ctx, d)
        if drone is not None:
            # "استهدفت سيارة بصاروخ أطلقته مسيرة إسرائيلية": the missile a drone fired is its
            # munition; the drone is the means
            operation, spans["operation"] = "drone_strike", list(drone)
    if operation == "airstrike" and spans.get("operation"):
        drone = _drone_instrument_of_air_attack(ctx, d, spans["operation"])
        if drone is not None:
            # "شن هجوما جويا بسرب من المسيرات" (an air attack with a swarm of drones): the
            # adjective says the attack came by air, the instrument names what flew
            operation, spans["operation"] = "drone_strike", list(drone)
    if operation == "missile_strike" and d.actor in ROCKET_GROUPS and \
            not any(platform_operation(ctx, p) == "missile_strike" for p in platforms):
        # "«Хезболлах» атаковало ракетами", "ракетний обстріл": one word names a rocket and a
        # missile (ракета, صاروخ); the untyped ones of a group that fires rockets are rockets
        operation = "artillery"
    # "Shahed-136/131 ... шахедів", "Iskander-M ... the Iskanders": a bare type beside one of
    # its variants is that variant again, not another type
    platforms = [p for p in platforms if not any(_variant_of(q, p) for q in platforms)]
    return platforms, operation, spans


def _defenders_aircraft(ctx: Ctx, sent, ps: int, pe: int, name: str, actor: str | None) -> bool:
    """In a sentence reporting the actor's weapons shot down, is the manned aircraft type at
    ps..pe the defender's ("أسقطت القوات الأميركية عدة طائرات مسيرة تابعة للحوثيين ... بمشاركة
    القوات الجوية الأميركية بما في ذلك طائرات F/A-18", "US F-16s shot down Houthi drones")?
    So it is when the side named last before it defended and the actor's is not named right
    after it (the launcher's own: "أطلقتها قاذفات تو-95 الروسية" keeps Tu-95)."""
    if not sent.interception or actor is None or platform_operation(ctx, name) != "airstrike":
        return False
    defenders = {code for _, _, code in sent.interceptors}
    before = [m for m in sent.mentions if m[1] <= ps]
    after = [m for m in sent.mentions if m[0] >= pe and tokens_between(ctx, pe, m[0]) <= 2]
    if any(code == actor for _, _, code in after):
        return False
    if any(code in defenders for _, _, code in after):
        return True   # "بمشاركة طائرات إف-16 الأمريكية": the defender's adjective after its type
    return bool(before) and before[-1][2] in defenders and before[-1][2] != actor


def _head_of_split_drone(ctx: Ctx, sent, a: int, b: int) -> bool:
    """Is a..b the head noun of a drone phrase split by a side's adjective (grammar.
    split_weapon_heads: "42 طائرة روسية بدون طيار", "طائرات أوكرانية مسيرة")? The aircraft word
    alone is no airstrike's means there; the complement after the adjective names a drone."""
    lex, text = ctx.lex, ctx.text
    if fold(text[a:b], lex.lang) not in grammar.words("split_weapon_heads", lex.lang) or \
            not lex.has("operations.drone_strike"):
        return False
    drones = _spans(lex, "operations.drone_strike", text, b, min(sent.end, b + 60))
    return any(0 <= ms - b <= 2 and any(0 <= da - me <= 2 for da, _ in drones)
               for ms, me, _ in sent.mentions)


def _means_inside_noun(ctx: Ctx, m, nouns: list) -> bool:
    """Where the adjective follows its noun, a means word inside a strike noun's phrase names
    that strike, and so does one right after it ("قتل مدنيان في قصف مدفعي روسي", "في قصف صاروخي":
    killed in Russian artillery, rocket shelling), as the means before the noun does elsewhere;
    no impact verb before it destroyed it."""
    return bool(ctx.lex.raw.get("meta", {}).get("adjectives_follow")) and \
        any(a < m.start() and (m.end() <= b or 0 <= m.start() - b <= 1) for a, b in nouns)


def _means_words(ctx: Ctx, op: str, s: int, e: int) -> list:
    """The words of one operation's means in s..e, as matches: the group's own, and in a language
    that heads compounds after a hyphen those heads too ("US-Drohnenangriff": Drohnen...)."""
    lex, key = ctx.lex, f"operations.{op}"
    found = list(lex.finditer(key, ctx.text, s, e))
    if key in HYPHEN_HEAD_KEYS and lex.raw.get("meta", {}).get("hyphen_heads"):
        seen = {(m.start(), m.end()) for m in found}
        extra = [_Hit(a, b, None) for a, b in _spans(lex, key, ctx.text, s, e)
                 if (a, b) not in seen and not any(x.start() <= a < x.end() for x in found)]
        if extra:
            found = sorted(found + extra, key=lambda m: (m.start(), -m.end()))
    return found
