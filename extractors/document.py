"""The document being read: sentences, the per-document context, and the lexicon look-ups every
stage shares.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from dataclasses import dataclass
from dataclasses import field
from datetime import date

from . import actors, grammar
from .lexicon import DocumentLexicon, Lexicon, ahocorasick, load_all
from .gazetteer import bind_document
from .numbers import number_pattern


SCHEMA_VERSION = 1

# A sentence that details a report (what was hit, the fighters killed, which types were
# used) follows one of the event's sentences at most this many sentences on ("... struck
# near Jamaame. The strike took place north of Kismayo. Three fighters were killed.")
DETAIL_SENTENCES = 2


STATE_LIKE = re.compile(r"^[A-Z]{3}$")


# Non-state armed groups, and codes that name a military alliance rather than a country
# (data/actors.toml, the table the warehouse shares).
ORGS = actors.codes("armed_group")
MILITARY_CODES = actors.codes("alliance")
# the lexicon groups of a strike's means: aircraft, drones, missiles, artillery
MEANS_KEYS = ("operations.missile_strike", "operations.drone_strike", "operations.airstrike",
              "operations.artillery")


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
    undergone: bool = False      # the predicate is a light verb its subject underwent ("подверглись ударам")
    defenders: set = field(default_factory=set)  # sides named as the air defence that intercepted
    interceptors: list = field(default_factory=list)   # (start, end, code) mentions of the side that intercepted
    named_striker: list = field(default_factory=list)  # (start, end, code) the complement of a strike noun reported or repelled


# The longest first line read as a headline whatever its ending (a wire headline runs to
# about 100 characters; a hard-wrapped line to about 80, but it rarely ends before a capital).
HEADLINE_CHARS = 120

# (also a stop glued to the next sentence, as some pages print it: "the ministry stated.Russian
# air defenses ...", "the statement said.\"These strikes ...": after a word of three letters or
# more, before a capital and a small letter)
_SPLIT = re.compile(r"\n\s*\n|\n|(?<=[.!?])[\"”»']?\s+|"
                    r"(?<=[^\W\d_]{3}[.!?])(?=[\"“«]?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][a-zß-öø-ÿа-яёіїєґ])")


def split_sentences(text: str, long_headlines: bool = False) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in _SPLIT.finditer(text):
        cut = m.start()
        piece = m.group()
        if "\n" in piece and "\n\n" not in piece.replace(" ", ""):
            prev_line = text[text.rfind("\n", 0, cut) + 1:cut].rstrip()
            nxt = text[m.end():m.end() + 1]
            ends_punct = prev_line[-1:] in ".!?:\"”»;" if prev_line else True
            # a short line before a capital, or before a letter of a script without case
            # (Arabic), is a headline: it ends there; so is a line before a dateline
            caseless = nxt[:1].isalpha() and nxt[:1].lower() == nxt[:1].upper()
            # the text's first line before a capital is the headline printed above the article
            # whatever its length ("Также уничтожено семь убежищ, 11 укрытий и два военных
            # автомобиля"); a hard-wrapped sentence's line is seldom the first and short
            first = long_headlines and not text[:cut].strip("\n").count("\n") and len(prev_line) < HEADLINE_CHARS
            if not ends_punct and not ((nxt[:1].isupper() or caseless) and (len(prev_line) < 45 or first)) and \
                    not _DOT_DATELINE.match(text, m.end()):
                continue
        elif "\n" not in piece:
            before = text[start:cut].rstrip("\"”»' ")
            word = re.search(r"([\w.]+)\.$", before)
            nxt = text[m.end():m.end() + 1]
            # a period after an abbreviation of any language ("Gen.", "Mme") ends no sentence;
            # one after a month's ("Mar. 27") none before a day's digits
            if word and (word.group(1).lower() in grammar.words("abbreviations") or len(word.group(1)) == 1):
                continue
            if word and nxt.isdigit() and word.group(1).lower() in grammar.words("month_abbreviations"):
                continue  # "Somalia, Mar. 27.": a date, not a sentence end
            if word and word.group(1).isdigit() and len(word.group(1)) <= 2 and \
                    _next_word(text, m.end()) in grammar.month_names():
                continue  # "am 12. Mai", "vom 10. bis 12. Mai": a day with its ordinal dot
            if word and word.group(1).isdigit() and len(word.group(1)) <= 3 and \
                    _prev_word(text, len(before) + start - len(word.group(1)) - 1) in grammar.words("articles") and \
                    _next_word(text, m.end()) not in grammar.words("articles"):
                continue  # "der 44. Division", "die 3. Brigade": an ordinal after its article
            # a letter of a script without case (Arabic) may open a sentence as a capital does
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "«\"“(" or not nxt.isalpha() or
                            nxt.lower() == nxt.upper()):
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


_WORD_AT = re.compile(r"[^\W\d_]+")


def _prev_word(text: str, pos: int) -> str:
    """The word that ends right before the spaces before pos, lower case ("" when none does)."""
    m = re.search(r"([^\W\d_]+)\s+$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    """The word starting at pos, lower case ("" when none does)."""
    m = _WORD_AT.match(text, pos)
    return m.group().lower() if m else ""


def _near(pattern_hits, pos: int, before: int, after: int) -> bool:
    return any(pos - before <= s <= pos + after for s, _ in pattern_hits)


def last_match(lex: Lexicon, key: str, text: str):
    """The last match of a lexicon group in ``text`` (a window just before a word), or None."""
    m = None
    for m in lex.finditer(key, text):
        pass
    return m


def _spans(lex: Lexicon, key: str, text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Matches of a lexicon group between s and e; each group runs once per document (kept
    in the document's caches when ``lex`` is bound to it: ``Lexicon.for_document``)."""
    if lex.__class__ is DocumentLexicon:
        doc = lex.memo if text is lex.text else lex.memo_for(text)   # the document's own text: most calls
        memo = doc.get("spans")
        if memo is None:
            memo = doc["spans"] = {}
    else:
        memo = {}
    hits = memo.get(key)
    if hits is None:
        hits = [(m.start(), m.end()) for m in lex.finditer(key, text)]
        if key in HYPHEN_HEAD_KEYS and lex.raw.get("meta", {}).get("hyphen_heads") and "-" in text:
            hits = sorted(hits + _hyphen_heads(lex, key, text, hits))
        memo[key] = hits
    return _within(hits, s, e)


# the groups whose words also head a compound after a hyphen in a language that so compounds
# (meta hyphen_heads: German "US-Luftangriff", "Drohnen-Angriffe", "US-Kampfjets")
HYPHEN_HEAD_KEYS = frozenset({"triggers.strike_nouns", "operations.airstrike", "operations.drone_strike",
                              "operations.missile_strike", "operations.artillery", "numbers.one_strike"})
_HYPHEN_BEFORE_NOUN = re.compile(r"(?<=\w)[-‐‑](?=[A-ZÄÖÜ])")
# characters after the hyphen in which a group's phrase is looked for
HYPHEN_HEAD_CHARS = 60


def _hyphen_heads(lex: Lexicon, key: str, text: str, hits: list) -> list[tuple[int, int]]:
    """The group's words that head a hyphenated compound ("Luftangriff" in "US-Luftangriff"):
    a word never starts after a hyphen in the lexicon's patterns (lexicon.phrase_regex), which
    keeps "anti-aircraft" from reading "aircraft" in English; German puts its head noun there."""
    pat = lex.pat(key)
    if pat is None:
        return []
    out = []
    for m in _HYPHEN_BEFORE_NOUN.finditer(text):
        p = m.end()
        if any(a <= p < b for a, b in hits):
            continue
        head = pat.match(text[p:p + HYPHEN_HEAD_CHARS])
        if head is not None and head.end() > 0:
            out.append((p, p + head.end()))
    return out


def _within(hits: list[tuple], s: int, e: int) -> list[tuple]:
    """The hits (sorted (start, end, ...) tuples) that lie wholly between s and e."""
    if not hits:
        return []
    # (the starts never fall: the first hit at or after s, and the first at or after e, are
    # found by bisection; only the hits between them are copied, not the list's whole tail)
    i = bisect_left(hits, (s, -1))
    return [h for h in hits[i:bisect_left(hits, (e, -1), i)] if h[1] <= e]


def number_matches(ctx: "Ctx", s: int, e: int) -> list:
    """``ctx.numpat.finditer(ctx.text, s, e)`` as a list, found once per window of the
    document: each count field walks the same sentence's numbers again."""
    found = ctx.number_cache.get((s, e))
    if found is None:
        found = ctx.number_cache[(s, e)] = list(ctx.numpat.finditer(ctx.text, s, e))
    return found


_WORD_RUN = re.compile(r"[\w'’]+")


def _prev_words(text: str, pos: int, n: int = 2) -> list[str]:
    window = text[max(0, pos - 40):pos]
    # (only the last n words are lowered: the same list, without lowering the window's others)
    return [w.lower() for w in _WORD_RUN.findall(window)[-n:]] if n > 0 else \
        [w.lower() for w in _WORD_RUN.findall(window)][-n:]


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
    text_countries: set | None = None  # every country the whole text names (locate._text_countries)
    clause_cache: dict = field(default_factory=dict)  # (start, end) of a sentence -> its clauses (clauses.py)
    countries_cache: dict = field(default_factory=dict)  # a piece of text -> its country names (_countries)
    admin1_cache: dict = field(default_factory=dict)     # a piece of text -> its first-level units (_admin1)
    gaz_folds: dict = field(default_factory=dict)        # a piece of text -> its gazetteer fold (both above)
    claimed: dict = field(default_factory=dict)   # sentence index -> the actors whose events hold it
    number_cache: dict = field(default_factory=dict)  # (start, end) -> numpat's matches there (number_matches)
    dates_cache: dict = field(default_factory=dict)   # (start, end) -> find_dates there (dates.window_dates)
    clock_free: bool | None = None   # the text holds no word of any clock named after a capital (clock_zones)

    def __post_init__(self):
        # the pieces of the text the gazetteer is asked about are cut from the text's own fold
        bind_document(self.gaz_folds, self.text)


# Only articles and linkers between two words ("X of the Y", "X de l'Y", "X's Y"): glue.
_GLUE_RULE = r"^[\s'’\-]*(?:(?:{bare:articles|linkers}|s)[\s'’]+)*$"


class _Glue:
    """``_GLUE.match(text)``: the rule compiled from the lexicons on first use."""

    @staticmethod
    def match(text: str):
        return grammar.regex(_GLUE_RULE, re.IGNORECASE).match(text)


_GLUE = _Glue()


@dataclass
class Draft:
    actor: str
    cumulative: bool
    sentences: list = field(default_factory=list)
    actor_span: tuple | None = None
    since_day: date | None = None
    # sentences right after the report that only add the fighters killed ("Two fighters were
    # killed."): read for `killed` alone, never for strikes or targets
    details: list = field(default_factory=list)
    # of those, the sentences that say what was hit and where ("Falling debris damaged a house
    # in the Kyiv region"): their places are the event's too
    place_details: list = field(default_factory=list)
    # the sides a detail names as whose fighters or assets were hit: (start, end, code)
    hit_sides: list = field(default_factory=list)
    # a running total over a short recent period only ("since Friday", "over the past week"):
    # the report's own period unless a figure for the announcement day stands beside it
    short: bool = False


_DATELINE = re.compile(r"^\s*(?:\(?[A-Z][A-Z' ./-]{2,}\)?(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,|\s+[-–—]\s))?(?:,?\s+(?:[A-Z][\w.]*\.?\s+\d{1,2}|\d{1,2}(?:er)?\.?\s+[^\W\d]{3,10}\.?)\.?)?"
                       r"(?:\s*\([^)]{1,20}\))?(?:\s*/[^/]{1,12}/\.?)?\s*(?:[-–—:]\s*)?)")


# A dateline in title case at the head of a story: one to three capitalised names (two filing
# places joined by a slash, "Washington/Tel Aviv"; a byline before them, "A. Writer / Moskova"),
# then a colon ("Islamabad: ..."), an agency in brackets ("Jerusalem (AFP) —") or a day of a
# month and a dash or an agency between slashes ("Сана, 27 марта /Синьхуа/ --").
_CAP_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’.-]*"
_TITLE_DATELINE = re.compile(
    rf"^\s*((?:{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}}\s*/\s*)?{_CAP_WORD}(?:[ /]{_CAP_WORD}){{0,3}})"
    r"(?::\s|\s*\([^)]{1,40}\)\s*[-–—]+|,\s+(?:\d{1,2}\.?\s+[^\W\d]{3,10}|[^\W\d]{3,10}\.?\s+\d{1,2})\.?(?:,?\s+\d{4})?"
    r"\s*(?:/[^/\n]{1,20}/|\([^)\n]{1,20}\))?\.?\s*[-–—]+|[ \t]+(?:—|–|--)[ \t])")   # EFE: "Kiev, 26 sep (EFE).-"
# the same on the line right after a one-line headline ("Pakistan kills 15 militants\nIslamabad: ...")
_HEADLINE_LINE = re.compile(r"^[^\n]{1,200}\n+(?=\S)")


# A filing place set off by a middle dot at the head of a line, as German papers print it
# under the headline ("Bagdad · Im Irak ...", "Moskau/Kiew · Die Ukraine ..."): the names only.
_DOT_DATELINE = re.compile(rf"^[ \t]*({_CAP_WORD}(?:[ /]{_CAP_WORD}){{0,2}})[ \t]*[·•][ \t]", re.MULTILINE)


# "(Reporting by ...)", "(Reuters)", "Photo: ...": credits name who wrote or sent the story
_AGENCIES = r"MENAFN|Sputnik|Xinhua|AFP|Reuters|AP"


def _credits() -> re.Pattern:
    return grammar.regex(r"\((?i:{credit_words})[^)]*\)|\(\s*(?:" + _AGENCIES + r")[^)]*\)|"
                         r"\b(?i:{photo_credits})\s*:.*$|©.*$", re.MULTILINE)


def _clock_zone() -> re.Pattern:
    """"early Thursday Sanaa time", "1h30 heure de Paris", "hora de Moscú", "Moskauer Zeit": a clock."""
    return grammar.regex(r"\b" + grammar.templates("clock_zones") + r"\b")


@lru_cache(maxsize=1)
def _clock_words() -> tuple[str, ...] | None:
    """For each clock_zones template, a word every match of it holds as written (``_clock_zone``
    is case-sensitive; the template's longest word outside ``{Name}`` with no apostrophe, which
    ``grammar.templates`` writes as a class); None when a template has no such word."""
    words = set()
    for lex in load_all().values():
        for template in lex.raw.get("grammar", {}).get("clock_zones", ()):
            pieces = [w for piece in template.split("{Name}") for w in piece.split() if "'" not in w]
            if not pieces:
                return None
            words.add(max(pieces, key=len))
    return tuple(sorted(words))


def clock_zones(ctx: "Ctx", s: int, e: int) -> list[tuple[int, int]]:
    """(start, end) of each clock named after a capital between s and e (``_clock_zone``): none
    looked for, sentence after sentence, in a document that holds no word every clock holds."""
    if ctx.clock_free is None:
        words = _clock_words()
        ctx.clock_free = words is not None and not any(w in ctx.text for w in words)
    if ctx.clock_free:
        return []
    return [(m.start(), m.end()) for m in _clock_zone().finditer(ctx.text, s, e)]


def non_place_zones(text: str) -> list[tuple[int, int]]:
    """Datelines ("MOSCOW, Oct 15 (Reuters) -", "ERBIL, Kurdistan Region -") and credits name where a story was filed,
    never where strikes fell."""
    zones = []
    for line in re.finditer(r"^.*$", text, re.MULTILINE):
        m = _DATELINE.match(line.group())
        if m and m.end() > 3 and re.match(r"\s*\(?[A-Z]{3,}", line.group()):
            zones.append((line.start(), line.start() + m.end()))
    head = _TITLE_DATELINE.match(text)
    if head:
        zones.append((0, head.end(1)))   # the names only: the date is the story's
    else:
        title = _HEADLINE_LINE.match(text)
        head = _TITLE_DATELINE.match(text[title.end():title.end() + 300]) if title else None
        if head:
            zones.append((title.end(), title.end() + head.end(1)))
    zones += [(m.start(1), m.end(1)) for m in _DOT_DATELINE.finditer(text)]
    # the word-list zones cost more than the rest of the document's set-up: each is searched
    # only where a word every one of its matches holds is in the text (most stories hold none)
    gates = _word_zones()
    open_ = gates.open_zones(text)
    for i, (pattern, _) in enumerate(gates.zones):
        if i in open_:
            zones += [(m.start(), m.end()) for m in pattern.finditer(text)]
    zones += attribute_agents(text)
    return zones


# What a zone's words are compared in: lower case, with the letters a regex's IGNORECASE takes
# as one written as one (dotless ı as i, long ſ as s; "İ" lowers to i and a combining dot)
_ZONE_FOLD = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def _zone_fold(text: str) -> str:
    low = text.lower()
    return low.translate(_ZONE_FOLD) if ("ı" in low or "ſ" in low or "\u0307" in low) else low


class _ZoneGates:
    """The zones read by word lists, each with what every one of its matches holds: whole
    words, pieces (a prefix, compared as a substring) and a pattern searched in the text as
    written; a zone with none of them is always searched. ``open_zones`` finds which a text
    may hold in one pass of an automaton over its folded text."""

    def __init__(self, zones: list[tuple[re.Pattern, "tuple | None"]]):
        self.zones = zones
        self.always = {i for i, (_, needs) in enumerate(zones) if needs is None}
        self.probes = [(i, needs[2]) for i, (_, needs) in enumerate(zones) if needs and needs[2] is not None]
        self.words: dict[str, list[tuple[int, bool]]] = {}   # folded word -> (zone, whole word?)
        for i, (_, needs) in enumerate(zones):
            if needs:
                for w in needs[0]:
                    self.words.setdefault(w, []).append((i, True))
                for w in needs[1]:
                    self.words.setdefault(w, []).append((i, False))
        self.automaton = None
        if ahocorasick is not None and self.words:
            self.automaton = ahocorasick.Automaton()
            for w, entries in self.words.items():
                self.automaton.add_word(w, (len(w), tuple(entries)))
            self.automaton.make_automaton()

    def open_zones(self, text: str) -> set[int]:
        found = set(self.always)
        found |= {i for i, probe in self.probes if probe.search(text)}
        if len(found) == len(self.zones):
            return found
        low = _zone_fold(text)
        if self.automaton is not None:
            hits = ((end - n + 1, end + 1, entries) for end, (n, entries) in self.automaton.iter(low))
        else:
            hits = ((m.start(), m.start() + len(w), tuple(self.words[w])) for w in self.words
                    for m in re.finditer(re.escape(w), low))
        for a, b, entries in hits:
            bounded = None
            for i, whole in entries:
                if i in found:
                    continue
                if whole:
                    if bounded is None:   # a whole word: no word character either side
                        bounded = not (a > 0 and (low[a - 1].isalnum() or low[a - 1] == "_")) and \
                            not (b < len(low) and (low[b].isalnum() or low[b] == "_"))
                    if not bounded:
                        continue
                found.add(i)
        return found


def _gate_words(*keys: str) -> tuple:
    """What every match of a ``(?<!\\w){keys}`` rule holds, as ``_ZoneGates`` reads it: each
    entry's first word (up to a space or apostrophe) as a whole word, folded as ``_zone_fold``
    folds; an entry ending in ``*`` gives a prefix, compared as a substring."""
    whole, pieces = set(), set()
    for key in keys:
        for lex in load_all().values():
            for entry in lex.raw.get("grammar", {}).get(key, ()):
                first = re.split(r"[\s'’]", entry.strip(), maxsplit=1)[0]
                if entry.strip().endswith("*") and " " not in entry.strip():
                    pieces.add(_zone_fold(first.rstrip("*")))
                else:
                    whole.add(_zone_fold(first))
    return frozenset(whole), tuple(sorted(pieces)), None


@lru_cache(maxsize=None)
def _word_zones() -> _ZoneGates:
    """The zones read by word lists (credits, clocks, waters, banned groups' footnotes), in the
    order they were always searched, with their gates."""
    zones: list = []
    # credits: a credit word (a prefix: "\\((?i:Reporting)[^)]*\\)"), "Photo", "©", or an
    # agency right after a bracket
    credit = {_zone_fold(w.split()[0]) for lex in load_all().values()
              for key in ("credit_words", "photo_credits") for w in lex.raw.get("grammar", {}).get(key, ())}
    zones.append((_credits(), (frozenset(), tuple(sorted(credit)) + ("©",),
                               re.compile(r"\(\s*(?:" + _AGENCIES + ")"))))
    clock = set()
    for lex in load_all().values():
        for template in lex.raw.get("grammar", {}).get("clock_zones", ()):
            literal = [w for w in template.replace("'", " ").split() if "{" not in w]
            clock.add(_zone_fold(literal[0]) if literal else "")
    zones.append((_clock_zone(), None if "" in clock else (frozenset(clock), (), None)))
    for make, keys in ((_water_zone, ("water_nouns",)), (_water_zone_before, ("water_nouns_before",)),
                       (_ban_zone, ("ban_words",)), (_patron_zone, ("patron_phrases",))):
        pattern = make()
        if pattern is not None:
            zones.append((pattern, _gate_words(*keys)))
    return _ZoneGates(zones)


def attribute_agents(text: str, start: int = 0, end: int | None = None,
                     backers_only: bool = False) -> list[tuple[int, int]]:
    """The names that are the agent of an attributive participle before its noun ("der vom Iran
    unterstützten Huthi", "die von Saudi-Arabien angeführte Koalition"): the state backs or
    leads the group named after it; it is no place struck and no side whose assets were hit.
    ``backers_only``: only those of a participle that backs, arms or controls
    (grammar.backing_participles: not "die von Saudi-Arabien angeführte Koalition", whose
    leader strikes with it, nor "30 von Russland gestartete Drohnen", whose launcher struck)."""
    out = []
    for rule, backing in _attribute_agent_rules():
        out += [(m.start(1), m.end(1)) for m in rule.finditer(text, start, len(text) if end is None else end)
                if not backers_only or (backing and m.group(2).lower().startswith(backing))]
    return sorted(set(out))


@lru_cache(maxsize=1)
def _attribute_agent_rules() -> list[tuple[re.Pattern, tuple[str, ...]]]:
    """Per language with grammar.attribute_agent_intros: the rule of an attributive participle's
    agent, built from that language's own words (another language's participle endings, the
    Turkish "nen", would make "von Kismayo einen Luftangriff" one), and its backing participles."""
    from .lexicon import load_all  # noqa: PLC0415

    def alt(words) -> str:
        return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"
    rules = []
    for lang in load_all():
        intros, endings = grammar.words("attribute_agent_intros", lang), grammar.words("participle_endings", lang)
        if not intros or not endings:
            continue
        articles = grammar.words("articles", lang)
        rule = re.compile(r"(?<![\w-])(?i:" + alt(intros) + r")\s+" +
                          (r"(?:(?i:" + alt(articles) + r")\s+)?" if articles else "") +
                          r"([A-ZÀ-ÖØ-Þ][\w-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w-]*)?)"
                          r"(?=\s+([a-zß-öø-ÿ][\w-]*?" + alt(endings) + r")\s+[A-ZÀ-ÖØ-Þ])")
        rules.append((rule, tuple(grammar.words("backing_participles", lang))))
    return rules


def _ban_zone() -> re.Pattern | None:
    """"(организация запрещена в России)", "запрещенная в ряде стран, в том числе в России": the
    footnote to a banned group's name says where it is outlawed (up to the first name after it,
    within its bracket or clause), never where strikes fell."""
    if not grammar.words("ban_words"):
        return None
    return grammar.regex(r"(?<!\w)(?i:{ban_words})(?!\w)[^().;:\n]{0,45}?(?<=\s)[A-ZА-ЯЁІЇЄҐ][\w-]*")


def _patron_zone() -> re.Pattern | None:
    """"فصائل مدعومة من إيران", "الميليشيات الموالية لإيران" (Iran-backed factions): the word
    after a phrase naming a group's patron (grammar.patron_phrases) is the patron, never a
    place struck nor the country where the strikes fell."""
    if not grammar.words("patron_phrases"):
        return None
    return grammar.regex(r"(?<!\w)(?:{patron_phrases})\s+\S+(?<![\s,.،؛:])")


def patron_named(ctx, ms: int) -> bool:
    """Does the mention at ms stand in a patron phrase's zone ("فصائل موالية لإيران": the
    group's patron, neither striker nor whose assets were hit)?"""
    pattern = _patron_zone()
    if pattern is None:
        return False
    line_start = ctx.text.rfind("\n", 0, ms) + 1
    return any(m.start() <= ms < m.end() for m in pattern.finditer(ctx.text, line_start, min(len(ctx.text), ms + 60)))


def _water_zone() -> re.Pattern | None:
    """"в Красном море", "над Черным морем": a capitalised word before a sea noun names the sea
    (whose adjective the gazetteer may hold as a village, "Красное"), not a place struck."""
    if not grammar.words("water_nouns"):
        return None
    return grammar.regex(r"(?<!\w)(?=[A-ZА-ЯЁІЇЄҐ])[\w'’-]+\s+(?i:{water_nouns})(?!\w)")


def _water_zone_before() -> re.Pattern | None:
    """"golfe d'Aden", "the Gulf of Aden", "golfo de Adén", "mer Rouge": where the water noun
    comes first, the capitalised name after it (and its linker) names the water, not a place
    struck (Aden the city and governorate). Arabic script has no capitals: any Arabic word after
    its water noun is the name ("خليج عدن", "البحر الأحمر")."""
    if not grammar.words("water_nouns_before"):
        return None
    return grammar.regex(r"(?<!\w)(?i:{water_nouns_before})(?:(?<=['’])|\s+)(?=[A-ZА-ЯЁІЇЄҐ\u0621-\u064A])[\w'’-]+")


def _numpat(lex: Lexicon) -> re.Pattern:
    p = lex.derived("numbers.pattern", lambda: number_pattern(lex.intmaps.get("numbers.words", {"one": 1}),
                                                              lex.raw.get("numbers", {}).get("joiners", ())))
    return p


def _countries(ctx: Ctx, text: str) -> list:
    """The gazetteer's country names in `text`, less the document language's own country names
    written in lowercase ("la aviación siria" is an adjective, not Siria)."""
    found = ctx.countries_cache.get(text)
    if found is None:   # the stages ask about the same sentences again and again
        own = getattr(ctx.gaz, "lowercase_own_name", None)
        found = ctx.gaz.find_countries(text, ctx.gaz_folds)
        found = ctx.countries_cache[text] = [c for c in found if not own(c, ctx.lex.lang)] if own else found
    return list(found)


def _admin1(ctx: Ctx, text: str) -> list:
    """The gazetteer's first-level units in `text` (``find_admin1``), asked once a document."""
    found = ctx.admin1_cache.get(text)
    if found is None:
        found = ctx.admin1_cache[text] = ctx.gaz.find_admin1(text, folds=ctx.gaz_folds)
    return list(found)


def _locality_nouns(lex: Lexicon) -> frozenset:
    """The lexicon's locality nouns in lower case, built once per lexicon."""
    return lex.derived("locality_nouns", lambda: frozenset(
        w.lower() for w in lex.raw.get("places", {}).get("locality_nouns", [])))
