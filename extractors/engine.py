"""The strike-event extractor: one engine, every language as data.

Stages (docs/architecture.md, DESIGN.md): sentences -> triggers and their senses ->
actors, claimant, target group -> numbers bound to their nouns -> platforms, target
types -> places -> dates and window -> events with evidence, spans and confidence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, timedelta

from .dates import DateMention, find_dates, from_dateline, one_day, parse_published, since_date
from .lexicon import Lexicon, load_all
from .numbers import number_pattern, parse_number
from .places import gazetteer

SCHEMA_VERSION = 1
STATE_LIKE = re.compile(r"^[A-Z]{3}$")
ORGS = {"ISIS", "HTS", "AQ", "SHABAAB", "HAMAS", "PIJ", "HEZBOLLAH", "HOUTHI", "PKK", "SDF",
        "TALIBAN", "WAGNER"}
# Codes that name a military alliance rather than a country.
MILITARY_CODES = {"COALITION", "NATO"}
# Words of every language that end an abbreviation rather than a sentence.
ABBREVIATIONS = {"u.s", "oct", "gen", "brig", "col", "dr", "mr", "m", "st", "no", "lt", "maj", "capt",
                 "sgt", "adm", "gov", "sen", "rep", "jan", "feb", "aug", "sept", "nov", "dec", "mme",
                 "vs", "etc", "approx", "u.k", "u.n", "cf", "p", "ed"}
# Month abbreviations that also end sentences as words ("mar" the sea, "jun"): no cut only
# before a day's digits ("Mar. 27", "Jun. 4").
MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                       "janv", "févr", "avr", "juil", "déc", "ene", "abr", "ago", "dic", "märz", "okt", "dez"}


# ----------------------------------------------------------------------------- sentences

@dataclass
class Sentence:
    start: int
    end: int
    index: int
    # analysis
    triggers: list = field(default_factory=list)        # (start, end)
    strike: bool = False
    suppressed: str | None = None
    interception: bool = False
    actors: list = field(default_factory=list)          # (start, end, code) usable as actor
    targets: list = field(default_factory=list)         # (start, end, code) target groups
    mentions: list = field(default_factory=list)        # every coded mention
    cumulative: bool = False
    since_day: date | None = None
    dates: list = field(default_factory=list)
    military: bool = False       # a strike noun, weapon, force or armed group is named
    strong: bool = False         # a strike verb or noun, or a weapon, not only "destroyed"
    passive: bool = False        # the first trigger is a passive participle
    has_verb: bool = False       # a strike verb proper (struck, frappé), not only "destroyed"
    military_actors: list = field(default_factory=list)  # actors named as a force or ministry
    head: int = 0                # where the strike verb is first named
    nouns: list = field(default_factory=list)   # strike nouns (start, end)
    toll: bool = False           # the first trigger is a death verb ("died in the strikes")
    shootdown: bool = False      # only an interception of the actor's weapons is reported


_SPLIT = re.compile(r"\n\s*\n|\n|(?<=[.!?])[\"”»']?\s+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in _SPLIT.finditer(text):
        cut = m.start()
        piece = m.group()
        if "\n" in piece and "\n\n" not in piece.replace(" ", ""):
            prev_line = text[text.rfind("\n", 0, cut) + 1:cut].rstrip()
            nxt = text[m.end():m.end() + 1]
            ends_punct = prev_line[-1:] in ".!?:\"”»;" if prev_line else True
            if not ends_punct and not (nxt[:1].isupper() and len(prev_line) < 45):
                continue
        elif "\n" not in piece:
            before = text[start:cut].rstrip("\"”»' ")
            word = re.search(r"([\w.]+)\.$", before)
            nxt = text[m.end():m.end() + 1]
            if word and (word.group(1).lower() in ABBREVIATIONS or len(word.group(1)) == 1):
                continue
            if word and nxt.isdigit() and word.group(1).lower() in MONTH_ABBREVIATIONS:
                continue  # "Somalia, Mar. 27.": a date, not a sentence end
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "«\"“(" or not nxt.isalpha()):
                continue
        end = cut + len(piece.rstrip()) if "\n" not in piece else cut
        seg = text[start:end]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((start + lead, start + len(seg.rstrip())))
        start = m.end()
    seg = text[start:]
    if seg.strip():
        lead = len(seg) - len(seg.lstrip())
        out.append((start + lead, start + len(seg.rstrip())))
    return out


# ----------------------------------------------------------------------------- language

def detect_language(text: str, lexicons: dict[str, Lexicon]) -> str:
    sample = text[:3000]
    best, best_n = "en", 0
    for lang, lex in lexicons.items():
        if not lex.has("stopwords.words"):
            continue
        n = sum(1 for _ in lex.finditer("stopwords.words", sample))
        if n > best_n:
            best, best_n = lang, n
    return best


# ----------------------------------------------------------------------------- helpers

def _near(pattern_hits, pos: int, before: int, after: int) -> bool:
    return any(pos - before <= s <= pos + after for s, _ in pattern_hits)


_HITS: dict = {"text": None}


def _spans(lex: Lexicon, key: str, text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Matches of a lexicon group between s and e; each group runs once per document."""
    if _HITS.get("text") is not text or _HITS.get("lang") != lex.lang:
        _HITS.clear()
        _HITS["text"], _HITS["lang"] = text, lex.lang
    hits = _HITS.get(key)
    if hits is None:
        hits = _HITS[key] = [(m.start(), m.end()) for m in lex.finditer(key, text)]
    return _within(hits, s, e)


def _within(hits: list[tuple], s: int, e: int) -> list[tuple]:
    """The hits (sorted (start, end, ...) tuples) that lie wholly between s and e."""
    if not hits:
        return []
    out = []
    for h in hits[bisect_left(hits, (s, -1)):]:
        if h[0] >= e:
            break
        if h[1] <= e:
            out.append(h)
    return out


def _prev_words(text: str, pos: int, n: int = 2) -> list[str]:
    window = text[max(0, pos - 40):pos]
    return [w.lower() for w in re.findall(r"[\w'’]+", window)][-n:]


@dataclass
class Ctx:
    text: str
    lex: Lexicon
    common: Lexicon | None
    pub: date | None
    ref_year: int | None
    numpat: re.Pattern
    place_words: set
    gaz: object
    no_place: list = field(default_factory=list)
    enemy: str | None = None          # who "the enemy" is in this document (the speaker's adversary)
    campaigns: list = field(default_factory=list)   # (start, end, code) of named campaigns
    doc_country: str | None = None    # the one country a story's strike sentences name, if one
    short_forms: dict = field(default_factory=dict)  # "coalition" -> (first offset, "SAU") after "Arab Coalition"
    surface: dict = field(default_factory=dict)      # a location's canonical name -> the words the text used
    text_countries: set | None = None  # every country the whole text names (see _drop_stray_units)


def _short_forms(ctx: "Ctx") -> dict:
    """A bare head word after the full name refers back to it: "The Arab Coalition ... The
    coalition said" is the Saudi-led coalition, not the US-led one."""
    out: dict = {}
    mentions = ctx.lex.find_coded("actors", ctx.text)
    singles = {ctx.text[a:b].lower(): code for a, b, code in mentions if " " not in ctx.text[a:b].strip()}
    for a, b, code in mentions:
        words = ctx.text[a:b].lower().split()
        if len(words) < 2:
            continue
        for w in words:
            if singles.get(w) not in (None, code) and w not in out:
                out[w] = (a, code)
    return out


def _campaign_mentions(ctx: "Ctx") -> list[tuple[int, int, str]]:
    out = []
    for lex in (ctx.common, ctx.lex):
        if lex is not None:
            out += lex.find_coded("campaigns", ctx.text)
    return sorted(set(out))


def _enemy_code(ctx: "Ctx") -> str | None:
    """The adversary of the first side named that has one ("Ukraine's air defence ... the enemy
    launched" -> RUS); None when no side with a known adversary is named."""
    if ctx.common is None:
        return None
    adversaries = ctx.common.raw.get("adversaries", {})
    for _, _, code in ctx.lex.find_coded("actors", ctx.text):
        if code in adversaries and len(adversaries[code]) == 1:
            return adversaries[code][0]
    return None


# ----------------------------------------------------------------------------- stage 2: triggers

def analyse_sentence(ctx: Ctx, sent: Sentence) -> None:
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    verbs = _spans(lex, "triggers.strike_verbs", text, s, e)
    impacts = _spans(lex, "triggers.impact_verbs", text, s, e)
    lights = _spans(lex, "triggers.light_verbs", text, s, e)
    nouns = _spans(lex, "triggers.strike_nouns", text, s, e)
    ops = []
    for key in ("operations.airstrike", "operations.drone_strike", "operations.missile_strike",
                "operations.artillery"):
        ops += _spans(lex, key, text, s, e)
    plat = platform_hits(ctx, s, e)
    camps = [c for c in ctx.campaigns if s <= c[0] < e]
    trig = list(verbs)
    if nouns or plat or ops:
        trig += lights
    if nouns or plat or ops or camps:
        # "La force Chammal a détruit deux sites": a named air campaign destroying is a strike
        trig += impacts
    deaths = _spans(lex, "triggers.death_verbs", text, s, e) if lex.has("triggers.death_verbs") else []
    if nouns:
        trig += deaths  # "murieron en ataques aéreos rusos": its subject is the victim
    sent.triggers = sorted(set(trig))
    # A strike word counts only in its military sense: beside a strike noun, a weapon, an
    # operation word, a military body or force, or an armed group ("That struck me as odd",
    # "stocks hit record highs", "ads targeted at voters" have none of these).
    forces = _spans(lex, "actor_roles.forces_nouns", text, s, e)
    milnames = _spans(lex, "actor_roles.military_names", text, s, e)
    mentions = lex.find_coded("actors", text, s, e)
    if ctx.short_forms:
        mentions = [(a, b, ctx.short_forms[text[a:b].lower()][1])
                    if text[a:b].lower() in ctx.short_forms and ctx.short_forms[text[a:b].lower()][0] < a
                    else (a, b, c) for a, b, c in mentions]
    extra = list(camps)
    if ctx.enemy:
        extra += [(a, b, ctx.enemy) for a, b in _spans(lex, "cues.enemy", text, s, e)]
    if extra:
        mentions = sorted(set(mentions) | {m for m in extra
                                            if not any(a < m[1] and m[0] < b for a, b, _ in mentions)})
    military = bool(nouns or plat or ops or forces or milnames or camps or
                    any(code in ORGS or code in MILITARY_CODES for _, _, code in mentions))
    sent.military = military
    sent.strong = bool(nouns or plat or verbs or ops)
    sent.has_verb = bool(verbs)
    sent.strike = bool(sent.triggers) and military
    # "deux frappes sur des systèmes de défense antiaérienne": air defence struck, not intercepting
    hit_types = [(a, b) for a, b, _ in lex.find_coded("target_types", text, s, e)]
    sent.interception = any(not any(a <= m.start() < b for a, b in hit_types)
                            for m in lex.finditer("cues.interception", text, s, e))
    sent.passive = bool(sent.triggers) and (_is_passive(lex, text, s, sent.triggers[0][0]) or
                                            _reduced_passive(ctx, sent.triggers[0], nouns) or
                                            sent.triggers[0] in deaths)
    sent.toll = bool(sent.triggers) and sent.triggers[0] in deaths
    # senses and modality: a strike word here does not report a strike
    for key, why in (("cues.non_military", "non_military"), ("cues.denial", "denial"),
                     ("cues.threat", "threat"), ("cues.attempt", "attempt"),
                     ("cues.historical", "historical"), ("cues.generic", "generic"),
                     ("cues.accident", "accident")):
        m = next((mm for mm in lex.finditer(key, text, s, e) if not _date_word(ctx, mm)), None)
        if m and why == "historical":
            # "in the past 24 hours" is a time window, not history
            periods = _spans(lex, "dates.past_hours", text, s, e) + _spans(lex, "dates.past_days", text, s, e)
            m = next((mm for mm in lex.finditer(key, text, s, e)
                      if not any(a < mm.end() and mm.start() < b for a, b in periods)), None)
        if m and why == "accident" and nouns:
            continue  # "the jet crashed after the raid": the raid still happened
        if m and why in ("threat", "attempt") and sent.triggers and \
                not any(mm.start() < sent.triggers[0][0] for mm in lex.finditer(key, text, s, e)
                        if not _date_word(ctx, mm)):
            continue  # "forces conducted strikes ... as the group prepared to launch attacks"
        if m:
            sent.suppressed = why
            break
    if not sent.suppressed and ctx.ref_year:
        plats = [(a, b) for a, b, _ in platform_hits(ctx, s, e)]
        for y in re.finditer(r"(?<!\d)(19[4-9]\d|20[0-4]\d)(?!\d)", text[s:e]):
            if any(a <= s + y.start() < b for a, b in plats):
                continue  # "Mirage 2000" is an aircraft, not a year
            if int(y.group(1)) < ctx.ref_year:
                sent.suppressed = "historical"
                break
    # stage 3: who
    sent.mentions = mentions
    first_trig = sent.triggers[0][0] if sent.triggers else e
    sent.head = first_trig
    sent.nouns = nouns
    inter = _spans(lex, "cues.interception", text, s, e)
    ops_weapons = _spans(lex, "operations.drone_strike", text, s, e) + \
        _spans(lex, "operations.missile_strike", text, s, e)
    officials = _spans(lex, "claims.official_sources", text, s, e)
    # "уразили склад боєприпасів окупантів", "a depot of the occupiers": whose the target was
    typed = [(a, b) for a, b, _ in lex.find_coded("target_types", text, s, e)]
    for ms, me, code in mentions:
        prev = _prev_words(text, ms, 2)
        after = text[me:me + 12]
        is_place = bool(prev) and (prev[-1] in ctx.place_words or
                                   (len(prev) > 1 and prev[-1] in ("the", "la", "le", "l") and prev[-2] in ctx.place_words))
        made = re.match(r"-(?:made|backed|built|supplied|controlled|held|allied|run|ruled|based)", after, re.I)
        if not made and after[:1] == "-" and lex.has("actor_roles.forces_nouns") and \
                lex.pat("actor_roles.forces_nouns").match(text[me + 1:me + 30]):
            made = True  # "75 IS-Ziele", "Hisbollah-Stellungen": the group's targets
        intro = lex.search("actor_roles.target_intro", text, max(s, ms - 14), ms)
        if intro is not None and ms < first_trig and (_clause_initial(ctx, s, intro.start()) or
                                                      _weapon_before(ctx, s, intro.start())):
            # "Des avions de combat soudanais ont bombardé": an article, not "of"; "des avions
            # de combat de l'armée soudanaise ont bombardé": the army owns the weapon that struck
            intro = None
        owner = ms >= first_trig and any(b <= ms and ms - b <= 12 and _GLUE.match(text[b:ms])
                                         for _, b in typed)
        outro = lex.search("actor_roles.target_outro", text, me, min(e, me + 12)) \
            if lex.has("actor_roles.target_outro") else None
        if outro is not None and not re.fullmatch(r"(?:['’]\w{1,4})?\s+", text[me:outro.start()]):
            outro = None
        if outro is not None and _weapon_after(ctx, outro.end(), e):
            outro = None  # "Türk Silahlı Kuvvetleri'ne ait SİHA'lar": the striker's own drones
        owner = owner or outro is not None  # "PKK/YPG'ye ait 12 hedef": the group's targets
        target_like = owner or (_after_strike(text, sent, ms) and (code in ORGS or _near(forces, me, 25, 25) or
                                             _near(forces, ms, 30, 0))) or \
            (intro is not None and text[intro.end():ms].strip(" '’\"«“") in ("", "l", "la", "le", "les", "the"))
        if not is_place and prev and prev[-1] in ("of", "de", "d", "and", "et", "y", "und", "ve") and code not in ORGS:
            try:
                is_place = any(c.start <= ms - s < c.end for c in _countries(ctx, text[s:e]))
            except Exception:  # noqa: BLE001
                is_place = False
        if lex.search("claims.other_sources", text, me, min(e, me + 25)):
            continue
        if _is_partner(ctx, sent, ms):
            continue  # "en coordination avec la coalition": a partner, not the striker
        modifies = code not in ORGS and _modifies_strike_noun(ctx, sent, ms, me)
        if modifies:
            is_place = False  # "killed in Indian strikes", "bei israelischen Luftangriffen"
        if _is_agent(ctx, sent, ms) or (sent.passive and modifies):
            sent.actors.append((ms, me, code))
            continue
        if target_like or (made and ms >= first_trig):
            if not _whose_assets(ctx, sent, ms, me, code):
                continue
            sent.targets.append((ms, me, code))
            continue
        if _agent_of_other(ctx, ms):
            continue  # "weapons supplied by the United States": neither striker nor target
        if is_place or made:
            continue
        nxt = re.match(r"\s+([\w'’]+)", text[me:me + 30])
        if nxt and nxt.group(1).lower() in _locality_nouns(lex):
            continue  # "the Iraqi border", "a Lebanese village": a place, not a striker
        weapon = any(0 <= a - me <= 30 for a, _ in ops_weapons)
        owns_weapon = any(0 <= a - me <= 2 or 0 <= ms - b <= 2 for a, b in ops_weapons)
        # the defending side of an interception is a claimant, not the striker; but in
        # "intercepted Israeli missiles" the side whose weapons they were did strike
        if sent.interception and _near(inter, ms, 40, 40) and not owns_weapon and \
                not lex.search("triggers.strike_verbs", text, ms, min(e, me + 40)):
            continue
        if sent.interception and not owns_weapon and _speaks(ctx, me, e):
            continue  # "The Israeli military said a missile ... had been intercepted": the defender
        if sent.passive and ms < first_trig and not weapon and not _is_agent(ctx, sent, ms):
            # "Hezbollah positions were struck": the subject of a passive strike is its target;
            # "Russian drones were destroyed" stays the launcher's (an interception is its strike)
            if code in ORGS or _near(forces, me, 25, 25):
                sent.targets.append((ms, me, code))
            continue
        sent.actors.append((ms, me, code))
        if _near(forces, me, 0, 25) or _near(milnames, ms, 30, 25) or _near(officials, me, 0, 30):
            sent.military_actors.append((ms, me, code))
    if not sent.strike and sent.interception and not sent.suppressed and \
            _spans(lex, "places.shootdown_verbs", text, s, e):
        # "сбиты 12 украинских беспилотников", "shot down 38 Ukrainian drones": the drones
        # intercepted are a strike report of the side that launched them (CONVENTIONS.md)
        # a counted salvo ("38 Ukrainian drones"), not one drone downed in passing
        owners = [a for a in sent.actors if any(0 <= w - a[1] <= 2 for w, _ in ops_weapons) and
                  any(not text[n.end():a[0]].strip() and (parse_number(n.group(), lex.lang,
                      lex.intmaps.get("numbers.words", {})) or 0) > 1
                      for n in ctx.numpat.finditer(text, max(s, a[0] - 25), a[0]))]
        if owners:
            sent.actors = owners
            sent.strike = sent.shootdown = True


_GLUE = re.compile(r"^[\s'’\-]*(?:(?:the|of|de|du|des|del|la|le|les|l|d|der|des|von|s)[\s'’]+)*$", re.IGNORECASE)


def _weapon_after(ctx: Ctx, pos: int, e: int) -> bool:
    """Does a weapon or air arm follow within two words of pos?"""
    window = re.match(r"\s*(?:\S+\s+){0,2}\S+", ctx.text[pos:e])
    end = pos + (window.end() if window else 0)
    keys = ("operations.airstrike", "operations.drone_strike", "operations.missile_strike",
            "operations.artillery", "actor_roles.military_names")
    return any(_spans(ctx.lex, key, ctx.text, pos, end) for key in keys if ctx.lex.has(key))


def _date_word(ctx: Ctx, m) -> bool:
    """Is a cue match really part of a date or a dateline ("NEW DELHI, May 7 -", "on May 7":
    the month, not the modal "may")?"""
    if any(a <= m.start() < b for a, b in ctx.no_place):
        return True
    word = ctx.text[m.start():m.end()].lower().rstrip(".")
    if word in ctx.lex.intmaps.get("dates.months", {}):
        return bool(re.match(r"\s*\d", ctx.text[m.end():m.end() + 3]) or
                    re.search(r"\d\.?\s*$", ctx.text[max(0, m.start() - 4):m.start()]))
    return False


def _weapon_before(ctx: Ctx, s: int, pos: int) -> bool:
    """Does a weapon or air arm end right before pos ("avions de combat | de l'armée",
    "drones | of the army")?"""
    keys = ("operations.airstrike", "operations.drone_strike", "operations.missile_strike",
            "operations.artillery", "actor_roles.military_names")
    return any(0 <= pos - b <= 1 for key in keys for _, b in _spans(ctx.lex, key, ctx.text, s, pos))


def _clause_initial(ctx: Ctx, s: int, pos: int) -> bool:
    """Does a word at pos open its sentence or clause (after a dateline, a dash, a colon, a
    comma)? There "des", "de", "del" are articles, not the "of" that introduces whose
    assets were hit."""
    zone = max((b for a, b in ctx.no_place if a <= pos and s < b <= pos), default=s)
    before = ctx.text[max(s, zone):pos]
    before = before.rstrip(" \t\"'«“”»")
    return before == "" or before[-1:] in ",;:–—-(\n"


def _speaks(ctx: Ctx, me: int, e: int) -> bool:
    """Is the mention the speaker of a claim: an official source right after it, then the
    claim verb ("Israeli military said", "ukrainische Luftwaffe teilte mit")?"""
    src = ctx.lex.search("claims.official_sources", ctx.text, me, min(e, me + 30))
    if src is not None and not ctx.text[me:src.start()].strip(" '’s"):
        me = src.end()
    elif not _spans(ctx.lex, "claims.official_sources", ctx.text, max(0, me - 30), me) or \
            not any(b == me for _, b in _spans(ctx.lex, "claims.official_sources", ctx.text, max(0, me - 30), me)):
        return False  # neither "Israeli | military said" nor "Israeli military | said"
    verb = ctx.lex.search("claims.verbs", ctx.text, me, min(e, me + 20))
    return verb is not None and not ctx.text[me:verb.start()].strip()


def _whose_assets(ctx: Ctx, sent: Sentence, ms: int, me: int, code: str) -> bool:
    """Can this mention be the target group? Not a country named as the territory struck
    ("attaqué l'Ukraine", "contre l'Ukraine": a place, not a group's assets), and not the
    speaker of a claim ("a déclaré un porte-parole de l'armée de l'Air ukrainienne")."""
    text, lex = ctx.text, ctx.lex
    if code not in ORGS and code not in MILITARY_CODES:
        try:
            bare = re.sub(r"['’]s$", "", text[ms:me])  # "Syria's Aleppo": the country as a place
            whole_country = any(text[ms:ms + c.start].strip(" '’").lower() in ("", "l", "la", "le", "the", "die", "el")
                                and c.end >= len(bare) - 1 for c in _countries(ctx, bare))
        except Exception:  # noqa: BLE001
            whole_country = False
        forces = lex.search("actor_roles.forces_nouns", text, me, min(sent.end, me + 25))
        if forces is not None and re.search(r"[,;:.]", text[me:forces.start()]):
            forces = None  # "contre l'Ukraine, a indiqué l'armée": another clause's army
        if whole_country and forces is None:
            return False
    src = lex.search("claims.official_sources", text, me, min(sent.end, me + 30))
    if src is not None and not text[me:src.start()].strip() and \
            lex.search("claims.verbs", text, max(sent.start, ms - 30), ms):
        return False  # "nach Angaben der ukrainischen Luftwaffe": the speaker, not the target
    claim = None
    for claim in lex.finditer("claims.verbs", text, max(sent.start, ms - 90), ms):
        pass
    if claim is not None and not any(claim.end() <= a < ms for a, _ in sent.triggers) and \
            lex.search("claims.official_sources", text, claim.end(), me):
        return False
    return True


def _agent_of_other(ctx: Ctx, ms: int) -> bool:
    """Is the mention the agent of a participle that is no strike ("fournis par les
    États-Unis", "supplied by the US")? _is_agent has already said it is no strike's."""
    last = None
    for last in ctx.lex.finditer("actor_roles.agent_intro", ctx.text, max(0, ms - 14), ms):
        pass
    return last is not None and bool(_GLUE.match(ctx.text[last.end():ms]))


def _after_strike(text: str, sent: Sentence, ms: int) -> bool:
    """Is the mention at ms after the strike verb, or in the same clause after a strike noun
    ("Angriffe auf Stellungen der Miliz IS": German puts the verb last)?"""
    if ms >= sent.head:
        return True
    return any(ne <= ms and ms - ne <= 60 and not re.search(r"[,;:]", text[ne:ms]) for _, ne in sent.nouns)


def _reduced_passive(ctx: Ctx, trig: tuple[int, int], nouns: list) -> bool:
    """"the leader targeted in the attack", "killed in the strike": a participle followed by
    a preposition and the strike noun itself reports what was hit, not who struck."""
    text = ctx.text
    for ns, _ in nouns:
        gap = text[trig[1]:ns]
        m = re.fullmatch(r"\s+(\w{1,6})(?:\s+\w{1,4})?\s+", gap) if ns > trig[1] and len(gap) <= 12 else None
        if m and m.group(1).lower() in ctx.place_words:
            return True
    return False


def _is_partner(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the mention at ms named as a partner of the strike ("in coordination with the
    coalition", "en coordination avec d'autres chasseurs de la coalition")?"""
    last = None
    for last in ctx.lex.finditer("actor_roles.partner_intro", ctx.text, max(sent.start, ms - 45), ms):
        pass
    if last is None:
        return False
    between = ctx.text[last.end():ms]
    return not re.search(r"[,;.]", between) and len(between.split()) <= 5


def _is_passive(lex: Lexicon, text: str, s: int, pos: int) -> bool:
    """Is the trigger at pos a passive participle ("have been killed", "was struck")?"""
    window = text[max(s, pos - 30):pos]
    last = None
    for last in lex.finditer("actor_roles.passive_aux", window):
        pass
    if last is None:
        return False
    between = window[last.end():].split()
    return len(between) <= 1 and not any(w.endswith((",", ";")) for w in between)


def _is_agent(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the mention at ms the agent of a strike named just before it ("carried out by
    Israeli jets", "lancés par les forces russes", "strikes by US aircraft")?"""
    text = ctx.text
    lo = max(sent.start, ms - 30)
    last = None
    for last in ctx.lex.finditer("actor_roles.agent_intro", text, lo, ms):
        pass
    if last is None:
        return False
    between = text[last.end():ms]
    if "," in between or len(between.split()) > 3:
        return False
    # the word before "by" must be the strike itself (a trigger or a strike noun)
    nouns = _spans(ctx.lex, "triggers.strike_nouns", text, sent.start, sent.end)
    # a word that is a strike verb proper as well ("lancés") is no mere light verb
    lights = set(_spans(ctx.lex, "triggers.light_verbs", text, sent.start, sent.end)) - \
        set(_spans(ctx.lex, "triggers.strike_verbs", text, sent.start, sent.end))
    # a light verb takes an agent only after a strike noun ("strikes carried out by"), not in
    # "the coalition led by the United States"
    heads = [t for t in sent.triggers if t not in lights or _near(nouns, t[0], 40, 0)] + nouns
    for hs, he in heads:
        gap = text[he:last.start()]
        if he > last.start() or len(gap) > 25:
            continue
        if not gap.strip():
            return True
        if len(gap.split()) <= 3 and not re.search(r"[,;:.]", gap) and (hs, he) not in lights \
                and (hs, he) not in nouns:
            return True  # "lancés la nuit dernière par les Russes": a time phrase in between
        # "an attack claimed by the Houthis", "une frappe revendiquée par"
        claim = ctx.lex.search("claims.verbs", text, he, last.start())
        if claim and not text[he:claim.start()].strip() and not text[claim.end():last.start()].strip():
            return True
    return False


def _modifies_strike_noun(ctx: Ctx, sent: Sentence, ms: int, me: int) -> bool:
    """Is the mention an adjective of nationality on a strike noun, before it ("Indian
    strikes", "Israeli drone strikes") or after it ("frappes israéliennes", "ataques
    rusos")? At most one word (the means: "drone", "air") may sit in between."""
    text = ctx.text
    if " " in text[ms:me].strip() or not text[ms:ms + 1].strip():
        return False  # a single word: "Israeli", not "the Israeli army"
    for ns, ne in sent.nouns:
        gap = text[me:ns] if ns >= me else text[ne:ms] if ms >= ne else None
        if gap is None or len(gap) > 14 or re.search(r"[,;:.()\"«»]", gap):
            continue
        if len(gap.split()) <= 1:
            return True
    return False


def choose_actors(ctx: Ctx, sent: Sentence) -> list[tuple[int, int, str]]:
    """The striker(s) of a strike sentence: the agent of a passive strike, else the mention
    before the trigger, and a second one coordinated with it ("Russian and Syrian aircraft")."""
    if not sent.actors:
        return []
    first_trig = sent.triggers[0][0] if sent.triggers else sent.end
    agents = [a for a in sent.actors if _is_agent(ctx, sent, a[0])]
    before = [a for a in sent.actors if a[0] < first_trig]
    # "Ces raids répondent aux tirs ... d'Israël : le Jihad islamique avait revendiqué ...": the
    # subject of the trigger's own clause
    before = [a for a in before if not re.search(r"[:;]", ctx.text[a[1]:first_trig])] or before
    if not agents and sent.passive:
        # "were killed in Indian strikes", "tués dans des frappes israéliennes": no agent
        # phrase, but the strike noun itself says whose strikes they were
        agents = [a for a in sent.actors if _modifies_strike_noun(ctx, sent, a[0], a[1])]
    if agents:
        pool = agents
    elif sent.passive:
        return []
    else:
        pool = before or sent.actors
    best = pool[0]
    if pool is before and len(before) > 1:
        # "the US military said the coalition struck": the subject of the reported clause,
        # not the one reporting it
        speaker_first = ctx.lex.search("claims.verbs", ctx.text, max(sent.start, best[0] - 15), best[0])
        for cand in before[1:]:
            # "... said the coalition struck", or verb first: "قال الجيش الأمريكي إن القوات ..."
            if speaker_first or ctx.lex.search("claims.verbs", ctx.text, best[1], cand[0]):
                best = cand
                break
    out = [best]
    for other in pool:
        if other is best or other[2] == best[2]:
            continue
        lo, hi = sorted([other, best])[0], sorted([other, best])[1]
        between = ctx.text[lo[1]:hi[0]].strip().lower()
        if between in ("and", "et", "y", "und", "ve", "و", "ו"):
            out.append(other)
    return out


# ----------------------------------------------------------------------------- platforms

# Cyrillic letters of designation suffixes, read as their Latin counterparts ("Су-24М", "Х-31П")
_CYR_LATIN = str.maketrans("АВЕКМНОРСТУХПБЛ", "ABEKMHOPCTYXPBL")
_CYR_SUFFIX = {"С": "S", "Н": "N", "Р": "R", "Х": "Kh", "У": "U"}


def _suffix(s: str | None) -> str:
    """A designation suffix in Latin capitals: "м3" -> "M3", "СМ" -> "SM", "П" -> "P"."""
    if not s:
        return ""
    return "".join(_CYR_SUFFIX.get(ch, ch.translate(_CYR_LATIN)) for ch in s.upper())


# Weapon designations as wire copy writes them: any case ("SU-34", "su-34"), Latin or Cyrillic
# ("Су-24М", "Ту22М3", "Х-31П", "С-300"), with or without the hyphen, with a variant suffix and a
# plural s ("F-16s", "F-15Es", "F/A-18s").
_SFX = r"([A-Za-zА-Яа-я]{1,2}\d?)?"
_DESIGNATIONS = [
    (re.compile(r"(?<![\w-])(?:Su|SU|Су|СУ|Sukhoi)[- ]?(\d{2})(SM|M3|MS|M|S|СМ|М3|МС|М|С|см|м3|мс|м|с)?(?![\w])"),
     lambda m: f"Su-{m[1]}{_suffix(m[2])}"),
    (re.compile(r"(?<![\w-])(?:Tu|TU|Ту|ТУ|Tupolev)[- ]?(\d{2,3})(M3|MS|M|М3|МС|М|м3|мс|м)?(?![\w])"),
     lambda m: f"Tu-{m[1]}{_suffix(m[2])}"),
    (re.compile(r"(?<![\w/-])F/A-?(18)([A-Z](?:/[A-Z])?)?s?(?![\w])"), lambda m: f"F/A-{m[1]}"),
    (re.compile(r"(?<![\w/-])F-?(15|16|18|22|35|14)([A-Z])?s?(?![\w])"), lambda m: f"F-{m[1]}{m[2] or ''}"),
    (re.compile(r"(?<![\w/-])([AB])-(\d{1,2})([A-Z])?s?(?![\w])"), lambda m: f"{m[1]}-{m[2]}{m[3] or ''}"),
    (re.compile(r"(?<![\w-])MQ-?(\d)([A-Z])?s?(?![\w])"), lambda m: f"MQ-{m[1]}{m[2] or ''}"),
    (re.compile(r"(?<![\w-])(?:Kh|KH|X|Х)-(\d{2,3})" + _SFX + r"(?![\w])"), lambda m: f"Kh-{m[1]}{_suffix(m[2])}"),
    (re.compile(r"(?<![\w-])(?:S|С)-(300|400)(?![\w])"), lambda m: f"S-{m[1]}"),
    (re.compile(r"(?<![\w-])Mirage[- ]2000(?:-?([DN5]))?s?(?![\w])"), lambda m: f"Mirage 2000{m[1] or ''}"),
]
_SHAHED_PAIR = re.compile(r"(?<![\w-])(?:Shahed|Шахед)[- ]?(1\d\d)/(1\d\d)(?![\w])")


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
            hits.append((m.start(), m.end(), norm(m), 2))
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


# ----------------------------------------------------------------------------- numbers

_NUM_SUFFIX = re.compile(r"(?:['’]\w+)?\s*")


def _is_approx(ctx: Ctx, pos: int, lo: int, end: int | None = None) -> bool:
    """Is the number at pos (ending at end) an approximation or a bound: "around 10" before
    it, or "50'den fazla", "10 or more" after it (past a case suffix on the numeral)?"""
    if end is not None and ctx.lex.has("numbers.approx_after"):
        gap = _NUM_SUFFIX.match(ctx.text, end)
        if ctx.lex.pat("numbers.approx_after").match(ctx.text, gap.end()):
            return True
    window = ctx.text[max(lo, pos - 30):pos]
    m = None
    for m in ctx.lex.finditer("numbers.approx_before", window):
        pass
    # right before the number, or before one short word ("более чем по 20 целям", "plus de
    # 20": the preposition a case language puts before its numeral)
    return bool(m and re.fullmatch(r"\s*(?:\w{1,3}\s+)?", window[m.end():]))


def bind_numbers(ctx: Ctx, sent: Sentence, found: dict, spans: dict) -> None:
    """NUMBER (up to three words) NOUN -> sorties / strikes / targets; killed after a kill verb."""
    text, lex = ctx.text, ctx.lex
    words = lex.intmaps.get("numbers.words", {})
    for field_ in ("sorties", "strikes", "targets"):
        if field_ in found:
            continue
        key = f"counts.{field_}"
        for nm in ctx.numpat.finditer(text, sent.start, sent.end):
            if _part_of_name(ctx, sent, nm.start(), nm.end()):
                continue
            tail_end = min(sent.end, nm.end() + 60)
            # candidate noun positions: right after, or after up to three words
            pat = lex.pat(key)
            m = None
            for g in _word_gaps(text, nm.end(), tail_end):
                m = pat.match(text, g) if pat else None
                if m or _other_count(ctx, key, g):
                    break
            if not m or (field_ == "targets" and (_aerial_object(ctx, nm.end(), m.end()) or _typed(ctx, m))):
                continue
            value = parse_number(nm.group(), lex.lang, words)
            if value is None or value <= 0:
                continue
            if nm.group().strip().lower() in ("a", "an", "un", "une", "un", "bir", "ein", "eine", "una", "uno"):
                continue
            if _is_approx(ctx, nm.start(), sent.start, nm.end()):
                value = None
            if value is not None and field_ == "strikes":
                value = _add_coordinated(ctx, sent, key, m.end(), value)
            found[field_] = value
            spans[field_] = [nm.start(), m.end()]
            break
    _bind_duals(ctx, sent, found, spans)
    if "killed" not in found and lex.has("counts.killed") and lex.has("counts.combatants"):
        for km in lex.finditer("counts.killed", text, sent.start, sent.end):
            tail = text[km.end():min(sent.end, km.end() + 80)]
            nm = ctx.numpat.match(tail.lstrip()) if tail.strip() else None
            if not nm:
                continue
            off = km.end() + (len(tail) - len(tail.lstrip()))
            rest_start = off + nm.end()
            cm = None
            for g in _word_gaps(text, rest_start, min(sent.end, rest_start + 60), 4):
                cm = lex.pat("counts.combatants").match(text, g)
                if cm:
                    break
            if not cm:
                continue
            value = parse_number(nm.group(), lex.lang, words)
            if value is None:
                continue
            if _is_approx(ctx, off, sent.start, off + nm.end()):
                value = None
            found["killed"] = value
            spans["killed"] = [off, cm.end()]
            break
    if "killed" not in found and lex.has("counts.killed") and lex.has("counts.combatants"):
        # "three al-Shabaab terrorists were killed", "two Hamas commanders were killed in ...";
        # verb-final: "1 Hizbullah mensubunun öldürüldüğü", "two militants killed"
        for nm in ctx.numpat.finditer(text, sent.start, sent.end):
            if _part_of_name(ctx, sent, nm.start(), nm.end()):
                continue
            cm = None
            for g in _word_gaps(text, nm.end(), min(sent.end, nm.end() + 50), 3):
                cm = lex.pat("counts.combatants").match(text, g)
                if cm:
                    break
            if not cm:
                continue
            if not _killed_after(ctx, cm.end(), sent.end):
                continue
            value = parse_number(nm.group(), lex.lang, words)
            if not value or nm.group().strip().lower() in ("a", "an", "un", "une", "ein", "eine", "una", "uno"):
                continue
            found["killed"] = None if _is_approx(ctx, nm.start(), sent.start, nm.end()) else value
            spans["killed"] = [nm.start(), cm.end()]
            break


def _restated_approx(ctx: Ctx, d: Draft, found: dict) -> None:
    """A figure the event restates as an approximation ("struck 1,600 targets" ... "struck
    approximately 1,600 targets") is approximate: its count is null (CONVENTIONS, Numbers)."""
    values = {k: v for k, v in found.items() if isinstance(v, int)}
    if not values:
        return
    words = ctx.lex.intmaps.get("numbers.words", {})
    for sent in d.sentences:
        for nm in ctx.numpat.finditer(ctx.text, sent.start, sent.end):
            v = parse_number(nm.group(), ctx.lex.lang, words)
            for k in [k for k, x in values.items() if x == v and v > 1]:
                if _is_approx(ctx, nm.start(), sent.start, nm.end()):
                    found[k] = None
                    del values[k]


def _other_count(ctx: Ctx, key: str, pos: int) -> bool:
    """Does something start at pos that ends the words a number may skip to reach its noun?
    A nearer number ("iki bölgedeki dokuz hedefe": 9 targets, not 2) or the noun of another
    count ("141 вылет и нанесли удары": 141 sorties, not strikes; "восемь вылетов по пяти
    объектам": 5 objects, not 8)."""
    if ctx.numpat.match(ctx.text, pos):
        return True
    if any(k != key and ctx.lex.has(k) and ctx.lex.pat(k).match(ctx.text, pos)
           for k in ("counts.sorties", "counts.strikes", "counts.targets")):
        return True
    # nor does it reach past a strike verb or the preposition that introduces what was hit
    # ("بأربع طائرات مسيرة استهدفت مواقع": four drones, not four sites; "four drones against
    # targets")
    return any(ctx.lex.has(k) and ctx.lex.pat(k).match(ctx.text, pos) for k in _GAP_ENDS)


_GAP_ENDS = ("triggers.strike_verbs", "triggers.impact_verbs", "actor_roles.target_intro",
             "places.struck_preps")


def _bind_duals(ctx: Ctx, sent: Sentence, found: dict, spans: dict) -> None:
    """A strike or target noun in the dual with no numeral before it states two ("غارات على
    موقعين": two sites), where the language has a dual."""
    text, lex = ctx.text, ctx.lex
    endings = tuple(lex.raw.get("numbers", {}).get("dual_endings", []))
    if not endings:
        return
    for field_ in ("strikes", "targets"):
        if field_ in found:
            continue
        for m in lex.finditer(f"counts.{field_}", text, sent.start, sent.end):
            word = text[m.start():m.end()]
            if " " in word or not word.endswith(endings) or len(word) < 5:
                continue
            before = text[max(sent.start, m.start() - 20):m.start()].split()
            if before and ctx.numpat.fullmatch(before[-1]):
                continue  # a numeral names the count itself
            if field_ == "targets" and _typed(ctx, m):
                continue
            found[field_] = 2
            spans[field_] = [m.start(), m.end()]
            break


def _typed(ctx: Ctx, m) -> bool:
    """Is the generic target noun the head of a typed target's name ("deux sites de production
    d'armes", "two production sites")? Typed objects are counted in targets_hit, never in
    targets (CONVENTIONS, Numbers)."""
    return any(a < m.end() and m.start() < b and (b > m.end() or a < m.start())
               for a, b, _ in ctx.lex.find_coded("target_types", ctx.text, max(0, m.start() - 40), m.end() + 60))


def _aerial_object(ctx: Ctx, pos: int, noun_end: int) -> bool:
    """Is the target noun ending at noun_end part of a name for what was launched ("44
    повітряні об'єкти", "30 aerial targets")? Then it counts no targets hit."""
    if not ctx.lex.has("counts.aerial_objects"):
        return False
    hit = ctx.lex.search("counts.aerial_objects", ctx.text, pos, noun_end + 2)
    return bool(hit and hit.end() >= noun_end)


def _killed_after(ctx: Ctx, pos: int, end: int) -> bool:
    """Does a kill word follow the fighters named before pos? Right after them (a participle or
    a verb-final clause: "two militants killed", "1 Hizbullah mensubunun öldürüldüğü"), or
    after a passive auxiliary and at most one word ("were killed", "ont été tués", "were
    reportedly killed")."""
    text, lex = ctx.text, ctx.lex
    killed = lex.pat("counts.killed")
    if killed.match(text, pos + len(text[pos:pos + 3]) - len(text[pos:pos + 3].lstrip())):
        return True
    if not lex.has("actor_roles.passive_aux"):
        return False
    for gap in (re.match(r"\s+", text[pos:pos + 3]), re.match(r"\s+\w+\s+", text[pos:pos + 12])):
        aux = gap and lex.pat("actor_roles.passive_aux").match(text, pos + gap.end())
        if aux:
            tail = text[aux.end():min(end, aux.end() + 24)]
            offs = [m.end() for m in (re.match(r"\s+", tail), re.match(r"\s+\w+\s+", tail)) if m]
            return any(killed.match(text, aux.end() + o) for o in offs)
    return False


def _part_of_name(ctx: Ctx, sent: Sentence, a: int, b: int) -> bool:
    """Is the number part of a weapon designation ("Су-34 нанесли удары", "F-16 strikes") or
    of a date ("у ніч на 20 травня противник атакував")? Then it counts nothing."""
    if any(ps <= a and b <= pe for ps, pe, _ in platform_hits(ctx, sent.start, sent.end)):
        return True
    if a > 0 and ctx.text[a - 1] == "-" and ctx.text[max(0, a - 2):a - 1].isalpha():
        return True  # "Su-34", "Ту-22": a designation the platform grammar may not know
    return any(m.start <= a and b <= m.end for m in sent.dates)


def _add_coordinated(ctx: Ctx, sent: Sentence, key: str, pos: int, value: int) -> int | None:
    """"15 strikes on personnel and two strikes on air-defence systems" -> 17: counts of the
    same noun coordinated in one sentence add up."""
    text, lex = ctx.text, ctx.lex
    words = lex.intmaps.get("numbers.words", {})
    joiners = {w.lower() for w in lex.raw.get("numbers", {}).get("joiners", []) if w.isalpha()}
    clitics = {c.lower() for c in lex.raw.get("numbers", {}).get("clitics", [])} & joiners
    for nm in ctx.numpat.finditer(text, pos, sent.end):
        between = text[pos:nm.start()]
        glued = nm.group()[:1].lower() in clitics and nm.group()[1:].lower() in words  # "وتسع"
        listed = "," in between and len(between) < 120  # a list: "9 in Syria, 7 in Iraq"
        if not (glued or listed or set(re.findall(r"\w+", between.lower())) & joiners) or re.search(r"[;.]", between):
            break
        m = lex.pat(key).match(text, nm.end() + 1) if text[nm.end():nm.end() + 1] == " " else None
        if m is None:
            m = _elided_noun(ctx, nm.end())  # "три удара по X, два -- по Y": the noun left out
        v = parse_number(nm.group(), lex.lang, words)
        if not m or not v or nm.group().strip().lower() in ("a", "an", "un", "une", "una", "uno", "ein", "eine"):
            continue
        if _is_approx(ctx, nm.start(), sent.start):
            return None
        value += v
        pos = m.end()
    return value


_ELIDED = re.compile(r"\s*(?:--|[—–-])?\s*")


def _elided_noun(ctx: Ctx, pos: int):
    """A number whose noun is left out, followed (past a dash) by where it went: "два -- по
    району", "3 near Mosul". Returns the match of that preposition, or None."""
    gap = _ELIDED.match(ctx.text, pos)
    if gap.end() == pos:
        return None
    return ctx.lex.pat("places.struck_preps").match(ctx.text, gap.end()) if ctx.lex.has("places.struck_preps") else None


def _strikes_by_country(ctx: Ctx, d: Draft) -> int | None:
    """The sum of strike counts given country by country ("in Syria, seven airstrikes ...
    in Iraq, nine airstrikes" -> 16), when each count sits beside a different country."""
    text, lex = ctx.text, ctx.lex
    pat = lex.pat("counts.strikes")
    if pat is None:
        return None
    words = lex.intmaps.get("numbers.words", {})
    parts: dict[str, int] = {}
    for sent in d.sentences:
        try:
            countries = [(sent.start + c.start, c.alpha2) for c in _countries(ctx, text[sent.start:sent.end])]
        except Exception:  # noqa: BLE001
            return None
        if not countries:
            continue
        for nm in ctx.numpat.finditer(text, sent.start, sent.end):
            if _part_of_name(ctx, sent, nm.start(), nm.end()):
                continue
            if not any(pat.match(text, g) for g in _word_gaps(text, nm.end(), min(sent.end, nm.end() + 40), 1)):
                continue
            if nm.group().strip().lower() in ("a", "an", "un", "une", "una", "uno", "ein", "eine"):
                continue
            value = parse_number(nm.group(), lex.lang, words)
            if not value or _is_approx(ctx, nm.start(), sent.start):
                return None
            # the country named nearest the count, within its clause
            near = [(abs(pos - nm.start()), code) for pos, code in countries
                    if abs(pos - nm.start()) <= 90 and ";" not in text[min(pos, nm.start()):max(pos, nm.start())]]
            if not near:
                return None
            code = min(near)[1]
            if code in parts and parts[code] != value:
                return None  # a restated figure is fine, a second different one is not a split
            parts[code] = value
    if len(parts) < 2:
        return None
    total = sum(parts.values())
    for code, value in parts.items():
        if 2 * value == total:
            return value  # one count is the sum of the others: the total, stated beside its parts
    return total


def _single_strike(ctx: Ctx, d: Draft) -> tuple[int, list[int]] | None:
    """One strike named in the singular states a count of one (CONVENTIONS, Numbers): "the
    command conducted an airstrike near the town" -> 1; in a language without articles a bare
    singular strike noun ("нанесли удар по складу", "بغارة"). Not when the event also names
    strikes in the plural without a number ("airstrikes on the town"), nor "a massive strike",
    "another raid", nor a running total."""
    text, lex = ctx.text, ctx.lex
    if d.cumulative or not lex.has("numbers.one_strike"):
        return None
    singles = [(m.start(), m.end(), sent) for sent in d.sentences
               for m in lex.finditer("numbers.one_strike", text, sent.start, sent.end)]
    if not singles:
        return None
    for sent in d.sentences:
        for m in lex.finditer("counts.strikes", text, sent.start, sent.end):
            if not any(a < m.end() and m.start() < b for a, b, _ in singles):
                return None  # a plural (or dual) strike noun: how many is not said
    articles = {w.lower() for w in lex.raw["numbers"].get("one_article", [])}
    found = None
    for a, b, sent in singles:
        # the noun's own phrase: up to three words before it and two after, within its clause
        left = re.split(r"[,;:.()«»\"“”]", text[max(sent.start, a - 40):a])[-1]
        right = re.split(r"[,;:.()«»\"“”]", text[b:min(sent.end, b + 30)])[0]
        before = _GAP_WORD.findall(left)[-3:]
        phrase = " ".join(before + _GAP_WORD.findall(right)[:2])
        if lex.has("numbers.not_one") and lex.search("numbers.not_one", phrase):
            return None
        if articles:
            at = [i for i, w in enumerate(before) if w.lower() in articles]
            if not at:
                continue
            start = a - len(left) + left.lower().rfind(before[at[-1]].lower())
        else:
            start = a
        if found is None:
            found = (1, [start, b])
    return found


_GAP_STOP = {"against", "on", "in", "at", "of", "and", "or", "to", "by", "contre", "sur", "dans", "et", "à",
             "en", "de", "contra", "en", "y", "gegen", "und", "auf", "ve", "with", "avec", "con", "mit",
             "near", "près", "over", "for", "pour", "para", "für", "targets", "sorties", "strikes"}


# spaces, quotes, brackets, and a numeral restated in brackets ("killed two (2) terrorists")
_GAP_SPACE = re.compile(r"(?:\(\d+\)|[\s\"«»“”'’\[\]()])+")
_GAP_WORD = re.compile(r"[^\W\d][\w'’/.-]*")


def _word_gaps(text: str, pos: int, end: int, max_words: int = 3):
    """Positions where a noun may start after a number: right after it, or after up to
    `max_words` intervening words (adjectives, group names, quotes)."""
    i = pos
    for _ in range(max_words + 1):
        m = _GAP_SPACE.match(text, i)
        if not m:
            return
        i = m.end()
        if i >= end:
            return
        yield i
        w = _GAP_WORD.match(text, i)
        if not w or w.group().lower() in _GAP_STOP:
            return
        i = w.end()


# ----------------------------------------------------------------------------- events

@dataclass
class Draft:
    actor: str
    cumulative: bool
    sentences: list = field(default_factory=list)
    actor_span: tuple | None = None
    since_day: date | None = None


def extract(doc: dict) -> dict:
    lexicons = load_all()
    text = doc.get("text") or ""
    lang = (doc.get("lang") or "").strip().lower()[:2] or None
    langs = {k: v for k, v in lexicons.items() if k != "common"}
    if lang not in langs:
        lang = detect_language(text, langs)
    lex = langs.get(lang) or langs["en"]
    pub = parse_published(doc.get("published"))
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19[4-9]|20[0-4])\d)(?!\d)", text)]
    ref_year = pub.year if pub else (max(years) if years else None)
    place_words = set()
    for key in ("places.struck_preps", "places.origin_preps"):
        for p in lex.raw.get("places", {}).get(key.split(".")[1], []):
            if " " not in p.strip():
                place_words.add(p.strip().lower())
    place_words -= {w.lower() for w in lex.raw.get("actor_roles", {}).get("target_intro", [])}
    ctx = Ctx(text, lex, lexicons.get("common"), pub, ref_year,
              _numpat(lex), place_words, gazetteer())
    ctx.no_place = non_place_zones(text)
    ctx.campaigns = _campaign_mentions(ctx)
    ctx.enemy = _enemy_code(ctx)
    ctx.short_forms = _short_forms(ctx)
    events = build_events(ctx) if text.strip() else []
    return {"id": doc.get("id"), "schema_version": SCHEMA_VERSION, "lang": lang, "events": events}


_DATELINE = re.compile(r"^\s*(?:\(?[A-Z][A-Z' ./-]{2,}\)?(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,|\s+[-–—]\s))?(?:,?\s+(?:[A-Z][\w.]*\.?\s+\d{1,2}|\d{1,2}(?:er)?\.?\s+[^\W\d]{3,10}\.?)\.?)?"
                       r"(?:\s*\([^)]{1,20}\))?(?:\s*/[^/]{1,12}/\.?)?\s*(?:[-–—:]\s*)?)")
_CREDITS = re.compile(r"\((?:Reporting|Writing|Editing|Additional reporting|Reportage|Photo)[^)]*\)|"
                      r"\(\s*(?:MENAFN|Sputnik|Xinhua|AFP|Reuters|AP)[^)]*\)|Photo\s*:.*$|©.*$",
                      re.MULTILINE)


# "early Thursday Sanaa time", "1h30 heure de Paris", "hora de Moscú", "Moskauer Zeit": a clock.
_CLOCK_ZONE = re.compile(r"\b[A-Z][\w'’-]+\s+time\b|\bheure\s+(?:de\s+|d['’])[A-Z][\w-]+|"
                         r"\bhora\s+de\s+[A-Z][\w-]+|\b[A-Z]\w+er\s+Zeit\b")


def non_place_zones(text: str) -> list[tuple[int, int]]:
    """Datelines ("MOSCOW, Oct 15 (Reuters) -", "ERBIL, Kurdistan Region -") and credits name where a story was filed,
    never where strikes fell."""
    zones = []
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        m = _DATELINE.match(line.group())
        if m and m.end() > 3 and re.match(r"\s*\(?[A-Z]{3,}", line.group()):
            zones.append((line.start(), line.start() + m.end()))
    zones += [(m.start(), m.end()) for m in _CREDITS.finditer(text)]
    zones += [(m.start(), m.end()) for m in _CLOCK_ZONE.finditer(text)]
    return zones


_NUMPATS: dict[str, re.Pattern] = {}


def _numpat(lex: Lexicon) -> re.Pattern:
    p = _NUMPATS.get(lex.lang)
    if p is None:
        p = _NUMPATS[lex.lang] = number_pattern(lex.intmaps.get("numbers.words", {"one": 1}))
    return p


def _countries(ctx: Ctx, text: str) -> list:
    """The gazetteer's country names in `text`, less the document language's own country names
    written in lowercase ("la aviación siria" is an adjective, not Siria)."""
    own = getattr(ctx.gaz, "lowercase_own_name", None)
    found = ctx.gaz.find_countries(text)
    return [c for c in found if not own(c, ctx.lex.lang)] if own else found


def _story_country(ctx: Ctx, sents: list[Sentence]) -> str | None:
    """The one country the story's strike sentences name as a place (not as an actor, an
    origin or a dateline); None when they name none or several."""
    text, lex, gaz = ctx.text, ctx.lex, ctx.gaz
    found = set()
    for sent in sents:
        if not sent.strike or sent.suppressed in ("denial", "historical", "non_military"):
            continue
        seg = text[sent.start:sent.end]
        origins = _spans(lex, "places.origin_preps", text, sent.start, sent.end)
        try:
            hits = [(sent.start + c.start, c.alpha2) for c in _countries(ctx, seg)]
            hits += [(sent.start + a.start, gaz.admin1_country(a.code)) for a in gaz.find_admin1(seg)]
        except Exception:  # noqa: BLE001
            return None
        for pos, code in hits:
            if any(a <= pos < b for a, b in ctx.no_place) or any(a <= pos < b for a, b, _ in sent.actors):
                continue
            if _source_seat(ctx, sent, pos, pos + 1 + len(re.match(r"[\w'’-]*", text[pos + 1:]).group())):
                continue
            if any(o_end <= pos and pos - o_end <= 40 and "," not in text[o_end:pos] for _, o_end in origins):
                continue
            found.add(code)
    return found.pop() if len(found) == 1 else None


def may_report_a_strike(ctx: Ctx) -> bool:
    """Whether any sentence can hold a strike trigger (see analyse_sentence): a strike
    verb, or a light or impact verb made one by a strike noun, a weapon, an operation word
    or a named campaign. Without any of these in the whole text no sentence is a strike
    and no event can follow, so most ordinary news is answered after a few lookups."""
    text, lex, n = ctx.text, ctx.lex, len(ctx.text)
    keys = ("triggers.strike_verbs", "triggers.strike_nouns", "operations.airstrike",
            "operations.drone_strike", "operations.missile_strike", "operations.artillery")
    return bool(ctx.campaigns or any(_spans(lex, key, text, 0, n) for key in keys)
                or platform_hits(ctx, 0, n))


def build_events(ctx: Ctx) -> list[dict]:
    text, lex = ctx.text, ctx.lex
    if not may_report_a_strike(ctx):
        return []
    sents = [Sentence(s, e, i) for i, (s, e) in enumerate(split_sentences(text))]
    for sent in sents:
        analyse_sentence(ctx, sent)
    # A document about a labour strike, a match or a market reports no strike at all.
    nonmil = sum(1 for _ in lex.finditer("cues.non_military", text))
    if nonmil >= 3 and nonmil > 2 * sum(1 for s in sents if s.strike and s.actors and not s.suppressed):
        return []
    # Anniversaries and remembrance: the raids they recall are history, not reports.
    if sum(1 for _ in lex.finditer("cues.historical", text)) >= 2:
        return []
    ctx.doc_country = _story_country(ctx, sents)
    # A story that leads with a denial: the accusations it answers are not reports either.
    # (A denial after the actor's own report only removes its own sentence.)
    denied = set()
    reported: set = set()
    for sent in sents:
        if sent.suppressed == "denial":
            denied |= {code for _, _, code in sent.mentions if code not in reported}
        elif sent.strike and not sent.suppressed:
            reported |= {code for _, _, code in sent.actors}
    drafts: dict[tuple[str, bool], Draft] = {}
    last_actor: str | None = None
    last_cumulative = False
    last_event_idx: int | None = None
    lede: list[Sentence] = []   # actorless strike sentences before any actor is named
    for sent in sents:
        # a dateline's date ("WASHINGTON, March 11 -") is when the story was filed
        sent.dates = [m for m in find_dates(text, sent.start, sent.end, lex, ctx.pub)
                      if not any(a <= m.start < b for a, b in ctx.no_place)]
        is_total, since_day, _ = since_date(text, sent.dates, lex, sent.start, sent.end)
        if lex.search("dates.running_total", text, sent.start, sent.end) and not one_day(sent.dates):
            is_total = True
        follow_up = sent.has_verb or (bool(_spans(lex, "triggers.strike_nouns", text, sent.start, sent.end))
                                      and bool(platform_hits(ctx, sent.start, sent.end)) and not sent.actors)
        if (not sent.strike and follow_up and not sent.suppressed and last_event_idx is not None
                and sent.index - last_event_idx <= 2):
            sent.strike = True  # "They struck several buildings", right after the report
        chosen = choose_actors(ctx, sent) if sent.strike else []
        if sent.actors and not sent.strike:
            # only a force or ministry named outside a strike sentence ("the Russian defence
            # ministry said") carries over to the next ones; a country named in passing does not
            topic = sent.military_actors
            if topic and not sent.suppressed:
                last_actor = topic[0][2]
        if not sent.strike or sent.suppressed:
            last_cumulative = False
            continue
        if not chosen and last_actor is None and ctx.campaigns and sent.strong:
            # no actor named yet, but the document is a named campaign's ("l'opération Chammal")
            last_actor = ctx.campaigns[0][2]
        if not chosen:
            if last_actor is None:
                if sent.strong and sent.triggers and not drafts and not is_total:
                    lede.append(sent)  # a quoted lede whose speaker is named just after
                continue
            has_substance = bool(sent.triggers or follow_up) and sent.strong and not sent.toll
            if sent.interception and not _spans(lex, "triggers.strike_nouns", text, sent.start, sent.end):
                has_substance = False  # a shoot-down is not the previous actor's strike
            if not has_substance:
                continue
            chosen = [(None, None, last_actor)]
            if not is_total and last_cumulative and not sent.dates:
                is_total = True
        for ms, me, code in chosen:
            if code in denied:
                continue
            key = (code, is_total)
            d = drafts.get(key)
            if d is None:
                d = drafts[key] = Draft(code, is_total)
                if not is_total and not drafts.get((code, True)):
                    # "'Near Raqqa, nine strikes engaged ...' the release stated. The coalition
                    # carried out ...": the lede belongs to the first actor named right after it
                    d.sentences += [ls for ls in lede if sent.index - ls.index <= 2]
                lede = []
            if d.actor_span is None and ms is not None:
                d.actor_span = (ms, me)
            if since_day and d.since_day is None:
                d.since_day = since_day
            d.sentences.append(sent)
            last_actor = code
            last_event_idx = sent.index
        last_cumulative = is_total
    events = []
    for (code, cumulative), d in drafts.items():
        if cumulative and (code, False) not in drafts:
            continue  # a running total with no daily figure beside it is not coded
        event = make_event(ctx, d, sents)
        if cumulative and not any(k in event["spans"] for k in ("sorties", "strikes", "targets", "killed")):
            continue  # "depuis leur lancement le 30 septembre": a campaign's start, no figure
        events.append(event)
    return events


# ----------------------------------------------------------------------------- event fields

def make_event(ctx: Ctx, d: Draft, sents: list[Sentence]) -> dict:
    text, lex = ctx.text, ctx.lex
    spans: dict[str, list[int]] = {}
    if d.actor_span:
        spans["actor"] = list(d.actor_span)
    # target group: the first group named in the event's sentences that is not the actor
    target_group = None
    for after_verb in (True, False):
        # the object of the strike ("struck Houthi targets") before a group named in passing
        # ahead of the verb ("after the fall of the Syrian ruler, US forces struck ...")
        for sent in d.sentences:
            first = sent.head
            for ms, me, code in sent.targets:
                if code != d.actor and (not after_verb or sent.passive or _after_strike(text, sent, ms)):
                    target_group = code
                    spans["target_group"] = [ms, me]
                    break
            if target_group:
                break
        if target_group:
            break
    claimant, cspan = find_claimant(ctx, d, sents)
    if claimant is None and any(code == d.actor for _, _, code in ctx.campaigns):
        # a campaign's own boilerplate ("l'opération Chammal mobilise 700 militaires"): the
        # article is the issuer's release
        camp = next(c for c in ctx.campaigns if c[2] == d.actor)
        claimant, cspan = d.actor, [camp[0], camp[1]]
    if cspan:
        spans["claimant"] = cspan
    # numbers
    found: dict = {}
    for sent in d.sentences:
        bind_numbers(ctx, sent, found, spans)
    per_country = _strikes_by_country(ctx, d)
    if per_country is not None:
        found["strikes"] = per_country
    _restated_approx(ctx, d, found)
    if "strikes" not in found:
        one = _single_strike(ctx, d)
        if one:
            found["strikes"], spans["strikes"] = one
    # platforms and operation: the first weapon named as used, not one named as destroyed
    platforms = []
    first = None
    weak = None   # a strike noun that names its means ("airstrike"): only when no weapon is named
    for sent in d.sentences:
        hit = [(a, b) for a, b, _ in lex.find_coded("target_types", text, sent.start, sent.end)]
        # an intercepted drone is still the launcher's weapon; elsewhere a destroyed one is a target
        impacts = [] if sent.interception else _spans(lex, "triggers.impact_verbs", text, sent.start, sent.end)
        nouns = sent.nouns

        def destroyed(pos: int) -> bool:
            # "détruisant trois missiles de croisière", "destroyed a HIMARS launcher"; not "struck
            # the city with Iskander missiles", where the weapon is the means
            return any(b <= pos and pos - b <= 40 and not re.search(r"[,;]", text[b:pos])
                       and not (lex.has("triggers.instrument_preps")
                                and lex.search("triggers.instrument_preps", text, b, pos)) for _, b in impacts)

        for ps, pe, name in platform_hits(ctx, sent.start, sent.end):
            if destroyed(ps):
                continue
            if name not in platforms:
                platforms.append(name)
                spans.setdefault("platforms", [ps, pe])
            if first is None or (first[3] == sent.index and ps < first[0]):
                first = (ps, pe, platform_operation(ctx, name), sent.index)
        sources = _claim_sources(ctx, sent)
        for op in ("airstrike", "drone_strike", "missile_strike", "artillery"):
            for m in lex.finditer(f"operations.{op}", text, sent.start, sent.end):
                if any(a <= m.start() < b or 0 <= a - m.end() <= 1 for a, b in hit) or destroyed(m.start()):
                    continue  # "against Houthi missile systems", "a drones manufacturing plant": what was hit
                if any(a <= m.start() < b for a, b in sources) or any(a <= m.start() < b for a, b in ctx.no_place):
                    continue  # "nach Angaben der ukrainischen Luftwaffe", "قناة المسيرة": who speaks
                if any(a <= m.start() < b for a, b in nouns):
                    if weak is None or (weak[3] == sent.index and m.start() < weak[0]):
                        weak = (m.start(), m.end(), op, sent.index)
                    continue
                if first is None or (first[3] == sent.index and (
                        m.start() < first[0] or (m.start() == first[0] and m.end() > first[1]))):
                    first = (m.start(), m.end(), op, sent.index)  # the longer name at one place wins
                break
    if first is None or (weak is not None and weak[3] == first[3] and weak[0] < first[0]):
        first = weak  # "28 air strikes and ... rocket systems": the first named in the sentence
    operation = first[2] if first else "airstrike"
    if first:
        spans["operation"] = [first[0], first[1]]
    # places
    country, admin1, locations, pspans = find_places(ctx, d)
    spans.update(pspans)
    targets_hit = find_target_types(ctx, d, locations)
    event_date, period_start, dspan = resolve_dates(ctx, d, sents)
    if dspan:
        spans["event_date"] = dspan
    score = 0.55 + 0.1 * (claimant is not None) + 0.1 * bool(found) + 0.1 * bool(admin1 or country) \
        + 0.1 * (event_date is not None)
    return {
        "actor": d.actor,
        "target_group": target_group,
        "claimant": claimant,
        "operation": operation,
        "event_date": event_date.isoformat() if event_date else None,
        "period_start": period_start.isoformat() if period_start else None,
        "cumulative": d.cumulative,
        "sorties": found.get("sorties"),
        "strikes": found.get("strikes"),
        "targets": found.get("targets"),
        "killed": found.get("killed"),
        "platforms": platforms,
        "country": country,
        "admin1": admin1,
        "locations": locations,
        "targets_hit": targets_hit,
        "evidence": [[s.start, s.end] for s in d.sentences],
        "spans": spans,
        "confidence": round(min(score, 0.95), 2),
    }


def _source_seat(ctx: Ctx, sent: Sentence, ms: int, me: int) -> bool:
    """Is the place the seat of the source making the claim ("the defence ministry in Moscow
    said", "das Verteidigungsministerium in Ankara mitteilte")?"""
    text, lex = ctx.text, ctx.lex
    for a, b in _spans(lex, "claims.official_sources", text, sent.start, ms):
        if not re.fullmatch(r"\s+\w{1,3}\s+", text[b:ms]):
            continue
        after = lex.search("claims.verbs", text, me, min(sent.end, me + 15))
        if lex.search("claims.verbs", text, max(sent.start, a - 20), a) or \
                (after is not None and not text[me:after.start()].strip()):
            return True
    return False


def _speech_place(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the place where a statement was made ("said in a statement on Sunday in Abuja",
    "a déclaré mardi à Paris")? A claim verb shortly before it, with no strike word and no
    "that" between ("said that camps in X were hit" reports X)."""
    text, lex = ctx.text, ctx.lex
    verb = None
    for verb in lex.finditer("claims.verbs", text, max(sent.start, ms - 45), ms):
        pass
    if verb is None or verb.end() > ms:
        return False
    gap = (verb.end(), ms)
    if not any(ms - 6 <= b <= ms for _, b in _spans(lex, "places.struck_preps", text, gap[0], ms)):
        return False  # "a déclaré le ministère arménien": no place introduced
    return not any(gap[0] <= a < gap[1] for a, _ in sent.triggers + sent.nouns) and \
        not re.search(r"[,;:«»\"“”]", text[gap[0]:gap[1]]) and \
        not (lex.has("claims.complementizers") and lex.search("claims.complementizers", text, *gap))


def _claim_sources(ctx: Ctx, sent: Sentence) -> list[tuple[int, int]]:
    """Spans of the sources a claim names in the sentence: a monitor or channel anywhere, an
    official body next to a claim verb ("the Ukrainian air force said", "nach Angaben der
    ukrainischen Luftwaffe")."""
    text, lex = ctx.text, ctx.lex
    out = list(_spans(lex, "claims.other_sources", text, sent.start, sent.end))
    verbs = list(lex.finditer("claims.verbs", text, sent.start, sent.end))
    for a, b in _spans(lex, "claims.official_sources", text, sent.start, sent.end):
        if any(0 <= a - v.end() <= 30 or 0 <= v.start() - b <= 3 for v in verbs):
            out.append((a, b))
    return out


def find_claimant(ctx: Ctx, d: Draft, sents: list[Sentence]):
    text, lex = ctx.text, ctx.lex
    order = list(d.sentences) + [s for s in sents if s not in d.sentences]
    other = None
    adversary = (ctx.common.raw.get("adversaries", {}).get(d.actor) if ctx.common else None) or []
    for sent in order:
        for cm in lex.finditer("claims.verbs", text, sent.start, sent.end):
            lo, hi = max(sent.start, cm.start() - 90), min(sent.end, cm.end() + 90)
            officials = _spans(lex, "claims.official_sources", text, lo, hi)
            others = _spans(lex, "claims.other_sources", text, lo, hi)
            coded = [c for c in lex.find_coded("actors", text, lo, hi) if not _place_mention(ctx, c[0])]
            # the striker claiming its own strike: "an attack claimed by the Houthi militia"
            for ms, me, code in coded:
                if code == d.actor and code in ORGS and (
                        _GLUE.match(text[me:cm.start()]) or _agent_glue(ctx, text[cm.end():ms]) or
                        _HEAD_GLUE.match(text[me:cm.start()])):
                    return code, [ms, me]
            # a source well after the verb is part of what was said ("said it fired a missile
            # at Israeli military targets"), not who said it
            officials = [o for o in officials if o[0] < cm.end() or o[0] - cm.end() <= 40]
            # a state as the subject of the claim: "India said its forces struck ..."
            # (the government speaking is the claimant, CONVENTIONS.md)
            if sent in d.sentences:
                for ms, me, code in coded:
                    if code not in ORGS and code != "OTHER" and me <= cm.start() and \
                            not text[me:cm.start()].strip() and not _official_near(ctx, ms, me):
                        return code, [ms, me]
            if officials:
                # the body attached to the source nearest the verb: "the IDF Spokesperson's
                # Unit confirmed", "el Ministerio de Defensa de Rusia", not a country in passing;
                # only that source's own phrase ("spokesman for the Russian defence ministry"),
                # never a source of another clause ("..., while the Syrian ministry said")
                phrase = _nearest_source_phrase(ctx, officials, cm)
                for os_, oe in phrase:
                    for ms, me, code in coded:
                        if code in ORGS and code != d.actor:
                            continue
                        inside = ms < oe and os_ < me
                        if inside or (me <= os_ and _GLUE.match(text[me:os_])) or \
                                (oe <= ms and _GLUE.match(text[oe:ms])):
                            return code, [ms, me]
                # the body's nationality at the end of its name: "l'état-major général des
                # forces armées ukrainiennes" (no punctuation, verb or other source between)
                oe = max(b for _, b in phrase)
                for ms, me, code in coded:
                    if code not in ORGS and code != "OTHER" and oe <= ms and ms - oe <= 40 and \
                            not re.search(r"[,;.:()]", text[oe:ms]) and \
                            not lex.search("claims.verbs", text, oe, ms) and \
                            not lex.search("triggers.strike_verbs", text, oe, ms):
                        return code, [ms, me]
                if sent.interception and len(adversary) == 1:
                    # the defending side's air force reporting what it shot down
                    return adversary[0], [officials[0][0], officials[0][1]]
                if not others or min(abs(o[0] - cm.start()) for o in officials) <= min(abs(o[0] - cm.start()) for o in others):
                    return d.actor, [officials[0][0], officials[0][1]]
            if others and other is None:
                other = ("OTHER", [others[0][0], others[0][1]])
    if other:
        return other
    return None, None


# "the Houthi movement said", "Hamas's armed wing said": the group's own head noun before the verb
_HEAD_GLUE = re.compile(r"^(?:['’]s)?(?:\s+[^\W\d]+){1,2}\s+$")


def _official_near(ctx: Ctx, ms: int, me: int) -> bool:
    """Is the mention part of an official source's name ("Russian defence ministry", "IDF")?
    Those are read through the source, not as a bare state speaking."""
    return bool(_spans(ctx.lex, "claims.official_sources", ctx.text, ms, min(len(ctx.text), me + 1)))


def _nearest_source_phrase(ctx: Ctx, officials: list, cm) -> list:
    """The official source nearest the claim verb, and the sources of the same noun phrase
    beside it (at most 40 characters away, with no punctuation and no claim verb between)."""
    text = ctx.text
    ranked = sorted(officials, key=lambda o: abs(o[0] - cm.start()))
    phrase = [ranked[0]]
    grown = True
    while grown:
        grown = False
        for o in ranked:
            if o in phrase:
                continue
            for p in phrase:
                gap = text[min(o[1], p[1]):max(o[0], p[0])]
                if len(gap) <= 40 and not re.search(r"[,;.:]", gap) and \
                        not ctx.lex.search("claims.verbs", gap):
                    phrase.append(o)
                    grown = True
                    break
    return phrase


_SHOT_GLUE = re.compile(r"\s*(?:[^\W\d]{1,3}\s+)?")   # " и ", " and ", ", "-less short joiner
_ORIGIN_SUFFIX: dict[str, re.Pattern | None] = {}


def _origin_suffix(lex: Lexicon) -> re.Pattern | None:
    """The language's ablative endings after a name ("Gazze'den"), as a pattern."""
    if lex.lang not in _ORIGIN_SUFFIX:
        ends = lex.raw.get("places", {}).get("origin_suffixes", [])
        _ORIGIN_SUFFIX[lex.lang] = re.compile(
            r"['’](?:" + "|".join(sorted(map(re.escape, ends), key=len, reverse=True)) + r")(?!\w)") if ends else None
    return _ORIGIN_SUFFIX[lex.lang]


_ADJ_GAP = re.compile(r"[\s-]*")


def _adjective_countries(ctx: Ctx, s: int, e: int) -> list[tuple[int, int, str]]:
    """(start, end, alpha-2) of country adjectives right beside a territory noun, either
    order: "le nord-est irakien", "territorio israelí", "Israeli territory", "im syrischen
    Norden". A country adjective elsewhere ("Israeli jets") names no place."""
    text, lex = ctx.text, ctx.lex
    if not lex.has("places.territory_nouns") or not lex.raw.get("place_adjectives"):
        return []
    nouns = _spans(lex, "places.territory_nouns", text, s, e)
    if not nouns:
        return []
    return [(a, b, code) for a, b, code in lex.find_coded("place_adjectives", text, s, e)
            if any(_ADJ_GAP.fullmatch(text, nb, a) or _ADJ_GAP.fullmatch(text, b, na) for na, nb in nouns)]


def _place_mention(ctx: Ctx, ms: int) -> bool:
    prev = _prev_words(ctx.text, ms, 1)
    return bool(prev) and prev[-1] in ctx.place_words


def _agent_glue(ctx: Ctx, gap: str) -> bool:
    m = ctx.lex.search("actor_roles.agent_intro", gap)
    return bool(m) and not gap[:m.start()].strip() and bool(_GLUE.match(gap[m.end():]))


def find_places(ctx: Ctx, d: Draft):
    text, lex, gaz = ctx.text, ctx.lex, ctx.gaz
    admin1: list[str] = []
    locations: list[dict] = []
    spans: dict = {}
    countries: list[str] = []
    shot_over: list[str] = []
    direct: set = set()   # admin1 units the text names itself, not through a locality
    town_named: set = set()   # ... by a name that is also its seat town's ("Ordu", "Zawiya")
    by_name: set = set()      # ... by a name only the unit has ("Südlibanon", "Idlib province")
    for sent in d.sentences:
        s, e = sent.start, sent.end
        seg = text[s:e]
        origins = _spans(lex, "places.origin_preps", text, s, e)
        units = _spans(lex, "places.distance_units", text, s, e)
        refs = [(a, b) for a, b in (_spans(lex, "places.reference_preps", text, s, e)
                                    if lex.has("places.reference_preps") else [])
                if not re.search(r"\b(?:the|le|la|el|der|die|das)\s+$", text[max(s, a - 5):a], re.IGNORECASE)]
        shot = _spans(lex, "places.shootdown_verbs", text, s, e)
        ref_nouns = _spans(lex, "places.reference_nouns", text, s, e) if lex.has("places.reference_nouns") else []
        actor_spans = [(a, b) for a, b, _ in sent.mentions]
        origin_end = _origin_suffix(lex)
        # "перехвачены и уничтожены", "intercepted and destroyed": a destroy verb joined to a
        # shoot-down verb reports the same interception, not a strike on a place
        strikes_proper = [(a, b) for a, b in sent.triggers
                          if not any(x <= a < y or _SHOT_GLUE.fullmatch(text, y, a) or _SHOT_GLUE.fullmatch(text, b, x)
                                     for x, y in shot)]

        def reference_point(ms: int) -> bool:
            """"الصليف شمال الحديدة": the name after a direction noun locates, it was not struck."""
            return any(r_end <= ms and not text[r_end:ms].strip() for _, r_end in ref_nouns)

        def excluded(ms: int, me: int) -> bool:
            if any(a <= ms < b for a, b in ctx.no_place):
                return True
            if any(o_end <= ms and ms - o_end <= 40 and "," not in text[o_end:ms] and
                   not lex.search("places.direction_preps", text, o_end, ms) for _, o_end in origins):
                return True  # "launched from the Golan" (but "from the Golan towards Damascus")
            if any(u_end <= ms and ms - u_end <= 45 for _, u_end in units):
                return True
            if origin_end and origin_end.match(text, me):
                return True  # "Gazze'den": from Gaza
            if any(r_end <= ms and not text[r_end:ms].strip(" '’") for _, r_end in refs):
                return True  # "targets south of Damascus", "au sud de Damas": where, not what
            if _source_seat(ctx, sent, ms, me) or _speech_place(ctx, sent, ms):
                return True  # "wie das Verteidigungsministerium in Ankara mitteilte"
            if shot and not strikes_proper:
                for a in gaz.find_admin1(text[ms:me]) if sent.shootdown else []:
                    shot_over.append(gaz.admin1_country(a.code))  # "over Belgorod": the country only
                return True
            return False

        try:
            a1 = gaz.find_admin1(seg)
        except Exception:  # noqa: BLE001
            a1 = []
        rural = _spans(lex, "places.countryside_nouns", text, s, e) if lex.has("places.countryside_nouns") else []
        unit_spans = [(s + m.start, s + m.end) for m in a1  # "ريف دمشق": the province, not Damascus
                      if m.qualified and any(s + m.start <= a < s + m.end for a, _ in rural)]
        for m in a1:
            ms, me = s + m.start, s + m.end
            if excluded(ms, me):
                continue
            direct.add(m.code)
            (town_named if m.seat else by_name).add(m.code)
            if m.code not in admin1:
                admin1.append(m.code)
                spans.setdefault("admin1", [ms, me])
            if m.seat and not reference_point(ms) and not _in_unit_list(text, ms, me, s, e) and \
                    not _UNIT_BEFORE.search(text[max(s, ms - 40):ms]) and \
                    not _ZONE_AFTER.match(text, me):
                prev = _prev_words(text, ms, 3)
                if prev and (set(prev) & ctx.place_words or set(prev) & _locality_nouns(lex)):
                    _add_location(locations, m.seat, m.code, gaz)
                    ctx.surface.setdefault(m.seat, set()).add(text[ms:me])
        try:
            cm = _countries(ctx, seg)
        except Exception:  # noqa: BLE001
            cm = []
        for c in cm:
            ms, me = s + c.start, s + c.end
            if excluded(ms, me):
                continue
            if any(a <= ms and me <= b and code == d.actor for a, b, code in sent.mentions) and \
                    not _place_mention(ctx, ms):
                continue  # "Russia launched 30 drones", "Минобороны России": the striker or its voice, not a place
            countries.append(c.alpha2)
        for ms, me, code in _adjective_countries(ctx, s, e):
            if not excluded(ms, me):
                countries.append(code)  # "le nord-est irakien", "Israeli territory"
        for name, ls, le, strong in locality_candidates(ctx, sent):
            poss = re.match(r".*['’]s\s+", name)
            if poss:  # "Syria's Aleppo": the place is Aleppo
                ls, name = ls + poss.end(), name[poss.end():]
            if excluded(ls, le) or reference_point(ls):
                continue
            if any(a <= ls and le <= b for a, b in unit_spans):
                continue  # the city named inside "ريف دمشق" (Damascus countryside) was not struck
            if any(a <= ls < b for a, b in actor_spans):
                continue
            if _is_country_or_unit(gaz, name):
                continue
            unit_list = _in_unit_list(text, ls, le, s, e)
            try:
                is_admin1 = any(a.end - a.start >= len(name.strip()) - 1 for a in gaz.find_admin1(name))
            except Exception:  # noqa: BLE001
                is_admin1 = False
            if is_admin1 and (unit_list or _UNIT_BEFORE.search(text[max(s, ls - 40):ls])):
                continue  # "dans les provinces de Homs et Hama": provinces, not the cities
            place = _lookup(gaz, name, countries[0] if countries else None)
            if place is not None and not countries and admin1 and place.country not in \
                    {gaz.admin1_country(c) for c in admin1} and not _close_name(name, place.name):
                # a loose namesake in another country than the event's units ("Zarki" in Iran
                # for a village of Nangarhar): only its own country's place, or none
                place = _lookup(gaz, name, gaz.admin1_country(admin1[0]))
            if place is None and _CYRILLIC.search(name):
                # "под Волчанском", "в районе Часова Яра Донецкой ...": a declined name, tried in
                # its base forms, the longest run of words first
                words = name.split()
                tries = [(" ".join(words[:n]), form) for n in range(len(words), 0, -1)
                         for form in [" ".join(words[:n])] * (n < len(words)) + _cyrillic_forms(" ".join(words[:n]))]
                # exact names first, anywhere; then close ones in the event's country
                for where in [None] + countries[:1]:
                    for head, form in tries:
                        place = _lookup(gaz, form, where)
                        if place is not None:
                            name = head
                            break
                    if place is not None:
                        break
            if countries and (place is None or not _same_name(name, place.name)) and not _unscripted(name):
                # "en Syrie et en Irak ... à Mossoul": a place of another country the event names
                other = _lookup(gaz, name, None)
                if other is not None and other.country in countries:
                    place = other
            # a name in a script without Latin letters is trusted to the gazetteer's aliases
            if place is None or not (_same_name(name, place.name) or _unscripted(name)):
                # a name the gazetteer lacks, after "near the village of" or in a list of
                # districts ("the Hakurk, Metina and Gara regions"): kept, without coordinates
                if strong and place is None and _CYRILLIC.search(name) and hasattr(gaz, "romanize"):
                    # "в районах Айтарун и Маркаба": a village the gazetteer lacks, in the nominative
                    name = gaz.romanize(name, lex.lang) or name
                if (strong or unit_list) and not is_admin1 and _plausible_name(ctx, name):
                    _add_location(locations, name, None, gaz, _NO_PLACE)
                    spans.setdefault("locations", [ls, le])
                continue
            if place.admin1 and place.admin1 not in admin1:
                admin1.append(place.admin1)
            _add_location(locations, place.name, place.admin1, gaz, place)
            ctx.surface.setdefault(place.name, set()).add(name)
            spans.setdefault("locations", [ls, le])
    _drop_stray_units(ctx, admin1, locations, countries, town_named - by_name)
    _nearest_homonyms(gaz, locations, admin1, direct)
    country = None
    from_admin1 = list(dict.fromkeys(gaz.admin1_country(c) for c in admin1))
    pool = from_admin1 or list(dict.fromkeys(countries))
    if len(pool) == 1:
        country = pool[0]
    elif len(pool) > 1 and not from_admin1:
        # the most named country when one dominates and the others are named once in passing
        counts = {c: countries.count(c) for c in pool}
        top = max(counts.values())
        tops = [c for c, n in counts.items() if n == top]
        country = tops[0] if len(tops) == 1 and top >= 3 and sorted(counts.values())[-2] == 1 else None
    if country is None and not pool and len(set(shot_over)) == 1:
        country = shot_over[0]  # drones shot down over Belgorod and Kursk: Russia, no admin1
    elif country is None and not pool:
        country = ctx.doc_country  # the event's sentences name no place: the story's country
    return country, admin1, locations, spans


def _drop_stray_units(ctx: Ctx, admin1: list[str], locations: list[dict], countries: list[str],
                      town_named: set) -> None:
    """The one unit, named only by its seat town's name, of a country the whole text never
    names, beside places of another country, is a homonym: "Jabal al-Zawiya" in Idlib is no
    Libyan district, the Turkish "Ordu Sözcüsü" (army spokesman) no Turkish province. (A unit
    named as such, "Südlibanon", or reached through a known locality, "Jaffa", stands.)"""
    gaz = ctx.gaz
    by_country: dict[str, list[str]] = {}
    for code in admin1:
        by_country.setdefault(gaz.admin1_country(code), []).append(code)
    if not by_country:
        return
    if ctx.text_countries is None:
        try:
            ctx.text_countries = {c.alpha2 for c in _countries(ctx, ctx.text)}
        except Exception:  # noqa: BLE001
            ctx.text_countries = set()
    present = set(countries) | set(by_country)
    for cc, codes in by_country.items():
        if cc in ctx.text_countries or len(codes) > 1 or not present - {cc}:
            continue
        code = codes[0]
        seat = gaz.admin1_info(code).seat
        if code not in town_named or any(loc["admin1"] == code and loc["name"] != seat for loc in locations):
            continue
        admin1.remove(code)
        locations[:] = [loc for loc in locations if loc["admin1"] != code]


_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_CYR_ENDINGS = ("ами", "ями", "ом", "ем", "ём", "ой", "ей", "ою", "ею", "ах", "ях", "ов", "ев", "ого",
                "ому", "ым", "им", "і", "а", "я", "у", "ю", "е", "и", "ы")


def _unscripted(name: str) -> bool:
    """A name written without Latin letters (Cyrillic, Arabic): the fuzzy comparison with the
    gazetteer's English name cannot check it."""
    return not re.search(r"[A-Za-zÀ-ÿ]", name)


def _cyrillic_forms(name: str) -> list[str]:
    """Nominative guesses for a declined Russian or Ukrainian place name: "Волчанском" ->
    "Волчанск", "Часова Яра" -> "Часов Яр", "Авдеевки" -> "Авдеевка"."""
    words = name.split()
    variants: list[list[str]] = []
    for w in words:
        forms = [w]
        for end in _CYR_ENDINGS:
            if w.lower().endswith(end) and len(w) - len(end) >= 2:
                stem = w[:-len(end)]
                forms += [stem, stem + "а", stem + "я"]
                break
        variants.append(forms)
    out = []
    for i in range(1, 4):
        cand = " ".join(v[min(i, len(v) - 1)] if len(v) > 1 else v[0] for v in variants)
        if cand != name and cand not in out:
            out.append(cand)
    return out


def _km(a: dict, b: dict) -> float:
    import math
    dlat, dlon = math.radians(b["lat"] - a["lat"]), math.radians(b["lon"] - a["lon"])
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(a["lat"])) * math.cos(math.radians(b["lat"])) * \
        math.sin(dlon / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def _nearest_homonyms(gaz, locations: list[dict], admin1: list[str], direct: set) -> None:
    """A small place far from every other place of the event is probably its namesake near
    them ("Kalinovka, près de Kiev": the Kyiv region's Kalynivka, not Vinnytsia's)."""
    located = [l for l in locations if l.get("lat") is not None and l.get("lon") is not None]
    for loc in located:
        others = [o for o in located if o is not loc]
        if not others or any(_km(loc, o) <= 150 for o in others):
            continue
        try:
            current = gaz.lookup_place(loc["name"], None, loc["admin1"])
            if current is not None and current.population >= 100000:
                continue  # a city is meant as itself
            alt = None
            for o in others:
                alt = gaz.lookup_place_near(loc["name"], o["lat"], o["lon"], gaz.admin1_country(loc["admin1"])
                                            if loc["admin1"] else None)
                if alt is not None:
                    break
        except Exception:  # noqa: BLE001
            continue
        if alt is None or alt.admin1 == loc["admin1"]:
            continue
        old = loc["admin1"]
        loc.update(admin1=alt.admin1, lat=alt.lat, lon=alt.lon)
        if old and old not in direct and old in admin1 and all(l["admin1"] != old for l in locations):
            admin1.remove(old)
        if alt.admin1 and alt.admin1 not in admin1:
            admin1.append(alt.admin1)


def _fold(name: str) -> str:
    import unicodedata
    t = unicodedata.normalize("NFKD", name)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"\b(?:al|el|ad|as|ar|an|at|az|ash|ed|es|er|et)[-\s]", "", t)
    return re.sub(r"[^a-z0-9\u0600-\u06ff]", "", t)


def _same_name(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    fa, fb = _fold(a), _fold(b)
    return bool(fa) and (fa == fb or fuzz.ratio(fa, fb) >= 70)


def _close_name(a: str, b: str) -> bool:
    """The same name up to spelling ("Jindayris"/"Jindires"), stricter than _same_name; a name
    in a script without Latin letters counts as close (it matched a listed alias)."""
    from rapidfuzz import fuzz

    return _unscripted(a) or fuzz.ratio(_fold(a), _fold(b)) >= 88


def _is_country_or_unit(gaz, name: str) -> bool:
    try:
        for c in gaz.find_countries(name):
            if c.end - c.start >= len(name.strip()) - 1:
                return True
        for a in gaz.find_admin1(name):
            if a.end - a.start >= len(name.strip()) - 1 and not a.seat:
                return True
    except Exception:  # noqa: BLE001
        return False
    return False


_PLACE_CACHE: dict = {}


# Arabic proclitics glued to a name: a conjunction (و, ف) then a preposition (ب, ل, ك)
_ARABIC_CLITICS = re.compile(r"^(?:[وف]?[بلك]?)(?=ال|[\u0621-\u064a]{3})")


def _lookup(gaz, name: str, country: str | None):
    key = (id(gaz), name, country)
    if key not in _PLACE_CACHE:
        if len(_PLACE_CACHE) > 20000:
            _PLACE_CACHE.clear()
        try:
            place = gaz.lookup_place(name, country)
            bare = _ARABIC_CLITICS.sub("", name, count=1)
            if place is None and bare != name:
                # "وجنديرس", "بالحديدة": a conjunction or preposition glued to the name
                place = gaz.lookup_place(bare, country)
            _PLACE_CACHE[key] = place
        except Exception:  # noqa: BLE001
            _PLACE_CACHE[key] = None
    return _PLACE_CACHE[key]


def _locality_nouns(lex: Lexicon) -> set:
    return {w.lower() for w in lex.raw.get("places", {}).get("locality_nouns", [])}


_UNIT_WORD = re.compile(r"(?:provinces?|regions?|governorates?|oblasts?|régions?|provincias?|regiones|"
                        r"vilayet\w*|illeri|Provinz\w*|Region\w*|محافظ\w*)$", re.IGNORECASE)
_LIST_GLUE = {",", "and", "et", "y", "und", "ve", "و", "de", "d", "of", "the", "del", "la", "les", "des",
              "al", "el", "ez", "ed", "es", "ad", "as", "ar", "an", "at", "az", "ash"}
_TOKEN = re.compile(r"\([^)]{0,25}\)|[\w]+|[,]")


def _in_unit_list(text: str, ms: int, me: int, s: int, e: int) -> bool:
    """Is this name part of a list of provinces ("Hama, Idlib and Homs provinces",
    "dans les provinces de Homs et Hama")? Walk over names and list glue both ways."""
    def walk(tokens):
        names = 0
        for tok in tokens:
            if _UNIT_WORD.match(tok):
                return True
            if tok.startswith("(") or tok.lower() in _LIST_GLUE:
                continue
            if tok[:1].isupper() or "\u0600" <= tok[:1] <= "\u06ff":
                names += 1
                if names > 12:
                    return False
                continue
            return False
        return False

    after = _TOKEN.findall(text[me:min(e, me + 200)])
    before = _TOKEN.findall(text[max(s, ms - 200):ms])[::-1]
    return walk(after[:30]) or walk(before[:30])


_NO_PLACE = object()
# "Idlib de-escalation zone", "Homs countryside", "Aleppo province": the unit, not its seat
_ZONE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:zone|countryside|province|governorate|region|oblast|"
                         r"област[ьиі]|областей|республик[аиіеу]|кра[йяю]|Gebiet\w*|Provinz|Region)(?!\w)", re.IGNORECASE)
_UNIT_BEFORE = re.compile(r"(?:provinces?|governorates?|oblasts?|régions?|provincias?|Provinz|محافظة|محافظات|ولاية)"
                          r"\W+(?:\w+\W+){0,2}$", re.IGNORECASE)


def _plausible_name(ctx: Ctx, name: str) -> bool:
    """A capitalised name not otherwise known: not an actor, month, weekday or common word."""
    lex = ctx.lex
    low = name.lower()
    if _unscripted(name):
        return False  # an unknown name in Cyrillic or Arabic script: often a declined form
    if lex.find_coded("actors", name) or low in lex.intmaps.get("dates.months", {}) or \
            low in lex.intmaps.get("dates.weekdays", {}):
        return False
    if lex.search("stopwords.words", name) and len(name.split()) == 1:
        return False
    # without a gazetteer entry, only a cased script shows a name is a name
    return len(name) >= 3 and name[:1].isupper() and not name.isupper()


def _add_location(locations, name, admin1, gaz, place=None):
    for loc in locations:
        if loc["name"] == name or _same_name(loc["name"], name):
            return
    lat = lon = None
    if place is _NO_PLACE:
        locations.append({"name": name, "admin1": admin1, "lat": None, "lon": None})
        return
    if place is None:
        try:
            place = gaz.lookup_place(name, None, admin1)
        except Exception:  # noqa: BLE001
            place = None
    if place is not None:
        lat, lon = place.lat, place.lon
    locations.append({"name": name, "admin1": admin1, "lat": lat, "lon": lon})


_CAP_NAME = re.compile(
    r"((?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ\u0600-\u06FF][\w'’]*|(?:al|el|ash|as|ad|ar|at|az|an|ez|es|ed)(?=[\s-]))"
    r"(?:[\s-](?:(?:al|el|ash|as|ad|ar|at|az|an|ez|es|ed|de|du)[\s-])?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’]*){0,3})")


# between a place preposition and a settlement noun: an article, up to two adjectives
_SETTLEMENT_LEAD = re.compile(r"\s*(?:(?:the|a|la|le|les|l['’]|el|los|las|der|die|das|dem|den)\s+)?"
                              r"(?:[\w'’-]+\s+){0,2}", re.IGNORECASE)
_SETTLEMENT_GLUE = re.compile(r"\s+(?:of|de\s+la|de|del|du|des)\s+|\s+d['’]|\s+", re.IGNORECASE)
# between the names of a list: "A, B and C", "Айтарун и Маркаба", "A, B та C"
_NAME_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+|y\s+|und\s+|ve\s+|и\s+|і\s+|та\s+)?|"
                            r"\s+(?:and|et|y|e|und|ve|и|і|та|й)\s+)")


def locality_candidates(ctx: Ctx, sent: Sentence):
    """(name, start, end, strong) of capitalised names after a place preposition; strong
    when the preposition introduces a locality ("near the village of")."""
    text, lex = ctx.text, ctx.lex
    strong_ends = {b for _, b in _spans(lex, "places.locality_preps", text, sent.start, sent.end)}
    settlements = (_spans(lex, "places.settlement_nouns", text, sent.start, sent.end)
                   if lex.has("places.settlement_nouns") else [])
    for pm in lex.finditer("places.struck_preps", text, sent.start, sent.end):
        i = pm.end()
        strong = pm.end() in strong_ends
        # "near the northern city of", "in the Kurdish-held town of", "в районе города": the
        # settlement noun (after an article and up to two adjectives) announces a locality
        for a, b in settlements:
            if i <= a <= i + 50 and _SETTLEMENT_LEAD.fullmatch(text, i, a):
                glue = _SETTLEMENT_GLUE.match(text, b)
                i, strong = glue.end() if glue else b, True
                break
        for _ in range(6):
            m = re.compile(r"\s*(?:the\s+|la\s+|le\s+|l['’])?").match(text, i)
            i = m.end()
            nm = _CAP_NAME.match(text, i)
            if not nm or nm.end() > sent.end:
                break
            yield nm.group(1), nm.start(), nm.end(), strong
            i = nm.end()
            sep = _NAME_LIST_SEP.match(text, i)
            if not sep:
                break
            i = sep.end()
    yield from _postposed_names(ctx, sent)


# Names written before their locality noun or with a case ending (head-final languages):
# one to three capitalised words, an Arabic article glued by a hyphen ("el-Musaylih").
_NAME_RUN_END = re.compile(r"(?<![\w'’-])(?:(?:el|al|ed|es|et|ez|en)-)?[A-ZÀ-ÖØ-ÞĞİŞ][\w-]*"
                           r"(?:[ \t]+(?:(?:el|al|ed|es|et|ez|en)-)?[A-ZÀ-ÖØ-ÞĞİŞ][\w-]*){0,2}$")
_POSTPOSED_GLUE = re.compile(r"(?:\s*,\s*|\s+(?:ve|ile|and)\s+)$")
_SUFFIXED: dict[str, re.Pattern] = {}


def _postposed_names(ctx: Ctx, sent: Sentence):
    """(name, start, end, strong) of names a head-final language puts before their place
    noun, a list too ("Metina, Zap ve Hakurk bölgelerine": strong, like "in the regions of"),
    or marks with a locative ending ("Sincar'da": "in Sinjar", weak)."""
    text, lex, s = ctx.text, ctx.lex, sent.start
    if lex.has("places.postposed_nouns"):
        for a, _ in _spans(lex, "places.postposed_nouns", text, s, sent.end):
            j, found = a, []
            for _ in range(8):
                base = max(s, j - 60)
                m = _NAME_RUN_END.search(text[base:j].rstrip())
                if not m:
                    break
                name = m.group()
                if " " in name and ctx.gaz.find_countries(name) and _lookup(ctx.gaz, name, None) is None:
                    break  # "the Lake Chad area": a feature named after a country, no locality
                found.append((name, base + m.start(), base + m.end(), True))
                glue = _POSTPOSED_GLUE.search(text, max(s, base + m.start() - 8), base + m.start())
                if not glue:
                    break
                j = glue.start()
            yield from reversed(found)  # in text order
    if lex.has("places.locative_suffixes"):
        pat = _SUFFIXED.get(lex.lang)
        if pat is None:
            ends = "|".join(sorted(map(re.escape, lex.raw["places"]["locative_suffixes"]), key=len, reverse=True))
            pat = _SUFFIXED[lex.lang] = re.compile(
                r"(?<![\w'’-])((?:(?:el|al|ed|es|et|ez|en)-)?[A-ZÀ-ÖØ-ÞĞİŞ][\w-]*)['’](?:" + ends + r")(?!\w)")
        for m in pat.finditer(text, s, sent.end):
            yield m.group(1), m.start(1), m.end(1), False


def _after_agent_intro(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the phrase at ms introduced as an agent ("by the air defence", "par la défense")?"""
    if not ctx.lex.has("actor_roles.agent_intro"):
        return False
    before = ctx.text[max(sent.start, ms - 16):ms]
    m = None
    for m in ctx.lex.finditer("actor_roles.agent_intro", before):
        pass
    return bool(m and re.fullmatch(r"\s*(?:\w{1,3}['’\s]\s*)?", before[m.end():]))


def find_target_types(ctx: Ctx, d: Draft, locations: list[dict]) -> list[dict]:
    text, lex = ctx.text, ctx.lex
    out: list[dict] = []
    seen = set()
    words = lex.intmaps.get("numbers.words", {})
    for sent in d.sentences:
        ops = [(a, b) for op in ("airstrike", "drone_strike", "missile_strike", "artillery")
               for a, b in _spans(lex, f"operations.{op}", text, sent.start, sent.end)]
        for ms, me, ttype in lex.find_coded("target_types", text, sent.start, sent.end):
            if ms < sent.head and not sent.passive and any(a < me and ms < b for a, b in ops):
                continue  # "combat helicopters attacked": the striker's weapon, not a target
            if ttype == "air_defense" and (sent.interception or _after_agent_intro(ctx, sent, ms)):
                continue  # "air defences shot down eight drones", "neutralisés par la défense
                # antiaérienne": the defender's, not a target
            count = None
            before = text[max(sent.start, ms - 30):ms]
            nm = None
            for nm in ctx.numpat.finditer(before):
                pass
            if nm and before[nm.end():].strip() == "" or (nm and re.fullmatch(r"[\s\w-]{0,14}", before[nm.end():]) and len(before[nm.end():].split()) <= 2):
                v = parse_number(nm.group(), lex.lang, words)
                count = v if v and not _is_approx(ctx, max(sent.start, ms - 30) + nm.start(), sent.start) else None
            loc = None
            for l in locations:
                # the place named after the target in its sentence, under any name the text used
                # ("near Mayadín" for Al Mayadin, "под Волчанском" for Vovchansk)
                forms = {l["name"], *ctx.surface.get(l["name"], ())}
                if any(text.find(f, ms, sent.end) != -1 for f in forms if f):
                    loc = l["name"]
                    break
            key = (ttype, loc)
            if key in seen:
                if count is not None:
                    # "hideouts of ISWAP fighters ... killing 23 fighters": the counted mention
                    for t in out:
                        if (t["type"], t["location"]) == key and t["count"] is None:
                            t["count"] = count
                continue
            seen.add(key)
            out.append({"type": ttype, "count": count, "location": loc})
    return out


def resolve_dates(ctx: Ctx, d: Draft, sents: list[Sentence] | None = None):
    text, lex, pub = ctx.text, ctx.lex, ctx.pub
    mentions: list[DateMention] = []
    for sent in d.sentences:
        mentions += [m for m in sent.dates]
    if not mentions and sents and not d.cumulative:
        # the event's own sentences give no time, a neighbouring report of the same strike
        # does ("El bombardeo, antes del amanecer, ..."; "repoussé ... dans la nuit")
        idx = {s.index for s in d.sentences}
        for sent in sents:
            if sent in d.sentences or not any(abs(sent.index - i) <= 2 for i in idx):
                continue
            if (sent.strong or sent.interception) and not sent.suppressed and sent.dates:
                mentions += [m for m in sent.dates if m.kind in ("today", "yesterday", "overnight", "weekend", "hours",
                                                                 "abs", "weekday")]
                if mentions:
                    break
    filed = next((m.day for m in (sents[0].dates if sents else []) if m.dateline and m.day), None)
    if filed and pub:
        mentions = from_dateline(mentions, filed, pub)
        pub = min(pub, filed)
    # "Overnight (Tuesday)": the weekday names the night's first day, not the report's day
    for p in [m for m in mentions if m.kind == "overnight"]:
        for m in mentions:
            if m.kind == "weekday" and m.day and 0 <= m.start - p.end <= 3:
                m.kind, m.day, m.span_days = "overnight_of", m.day + timedelta(days=1), 1
    claims = [(m.start(), m.end()) for sent in d.sentences for m in lex.finditer("claims.verbs", text, sent.start, sent.end)]
    for m in mentions:
        if m.claim_time:
            continue  # a dateline's date: the day the story was filed
        # the time right after the claim verb ("a annoncé lundi"), not a later one ("a annoncé
        # lundi avoir mené le 25 février")
        # ("сообщило, что в ночь на субботу": a night names the strike's time, never the claim's)
        if m.kind in ("weekday", "today", "abs") and not (m.night_before or m.night_range or m.since) and any(
                0 <= m.start - ce <= 25 and not any(ce <= o.start < m.start for o in mentions) for _, ce in claims):
            m.claim_time = True
    if len(d.sentences) > 1 and any(not m.claim_time for m in mentions):
        # "destruyeron ..., informó hoy" beside strikes dated earlier: reported as done today
        for sent in d.sentences:
            own = [m for m in mentions if sent.start <= m.start < sent.end]
            if own and all(m.claim_time and m.kind == "today" for m in own):
                for m in own:
                    m.claim_time = False
    if d.cumulative:
        end = pub
        for m in mentions:
            if m.claim_time and m.day:
                end = m.day
        start = d.since_day
        if start is None:
            for m in mentions:
                if m.kind == "days" and end:
                    start = end - timedelta(days=m.span_days)
        return end, start, None
    anchor = next((m.day for m in mentions if m.claim_time and m.day), pub)
    # "since Wednesday evening": the period starts that day and runs to the announcement
    starts = [m for m in mentions if m.since and m.day and not m.claim_time]
    mentions = [m for m in mentions if not (m.since and m.day and not m.claim_time)]
    days = [m for m in mentions if not m.claim_time and m.kind in ("abs", "weekday", "yesterday", "today", "weekend",
                                                                  "overnight_of")]
    periods = [m for m in mentions if m.kind in ("overnight", "hours", "days")]
    dated = [m for m in days if m.day]
    if starts:
        ed = max([m.day for m in dated] + ([anchor] if anchor else []))
        return ed, min(m.day for m in starts + dated), [starts[0].start, starts[0].end]
    if dated:
        ed = max(m.day for m in dated)
        ps = min(m.day for m in dated)
        span = [dated[0].start, dated[0].end]
        if any(m.kind == "overnight_of" or m.night_before for m in dated) and ps == ed:
            ps = ed - timedelta(days=1)  # "Overnight (Tuesday)", "in der Nacht zum Dienstag"
        elif periods and ps == ed and not any(m.night_range for m in dated):
            ps = ed - timedelta(days=max(p.span_days for p in periods))
        return ed, ps, span
    if days:
        return None, None, None
    if periods:
        if anchor is None:
            return None, None, None
        k = max(p.span_days for p in periods)
        return anchor, anchor - timedelta(days=k), [periods[0].start, periods[0].end]
    claim_days = [m for m in mentions if m.claim_time and m.day]
    if claim_days:
        return claim_days[0].day, claim_days[0].day, [claim_days[0].start, claim_days[0].end]
    return None, None, None
