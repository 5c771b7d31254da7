"""Where: the country, first-level units and localities that were struck."""
from __future__ import annotations

import dataclasses
import itertools
import re
from functools import lru_cache

from .claimant import _place_mention, _source_seat
from . import forms, grammar
from .clauses import background_clause, cue_on_fighters, same_unit, tokens_between
from .document import DETAIL_SENTENCES, ORGS, Ctx, Draft, Sentence, _admin1, _countries, _locality_nouns, _prev_words, _spans, _water_zone, _water_zone_before, attribute_agents
from .gazetteer import fold as gaz_fold
from .platforms import platform_hits
from .lexicon import Lexicon


def _neighbour(ctx: Ctx, s: int, ms: int) -> bool:
    """Is the country named at ms, in a sentence starting at s, named as the neighbour of the
    place struck ("à la frontière avec le Niger", "frontalière de l'Irak et de l'Iran")?"""
    lex = ctx.lex
    if not lex.has("places.neighbour_preps"):
        return False
    return any(grammar.regex(_NEIGHBOUR_GLUE, re.IGNORECASE).fullmatch(ctx.text, n_end, ms)
               for _, n_end in _spans(lex, "places.neighbour_preps", ctx.text, s, ms))


def _story_country(ctx: Ctx, sents: list[Sentence], nouns: bool = False) -> str | None:
    """The one country the story's strike sentences name as a place (not as an actor, an
    origin or a dateline); None when they name none or several. When they name none, the
    sentences before the first of them that name strikes only as nouns (a headline, "the
    ministry showed a video of air strikes in Syria") are asked (``nouns``)."""
    text, lex, gaz = ctx.text, ctx.lex, ctx.gaz
    found = set()
    first = next((sent.index for sent in sents if sent.strike), len(sents))
    for sent in sents:
        if nouns and sent.index >= first:
            break  # the headline and lead before the report, not the background after it
        if not (sent.strike or (nouns and sent.nouns)) or \
                sent.suppressed in ("denial", "historical", "non_military"):
            continue
        seg = text[sent.start:sent.end]
        origins = _not_in_struck_prep(ctx, _spans(lex, "places.origin_preps", text, sent.start, sent.end),
                                      sent.start, sent.end)
        hits = [(sent.start + c.start, c.alpha2) for c in _countries(ctx, seg)]
        hits += [(sent.start + a.start, gaz.admin1_country(a.code)) for a in _admin1(ctx, seg)]
        for pos, code in hits:
            if any(a <= pos < b for a, b in ctx.no_place) or any(a <= pos < b for a, b, _ in sent.actors):
                continue
            if _source_seat(ctx, sent, pos, pos + 1 + len(re.match(r"[\w'’-]*", text[pos + 1:]).group())):
                continue
            if any(o_end <= pos and pos - o_end <= 40 and "," not in text[o_end:pos] and
                   not _owner_linker(ctx, sent.start, o_start, o_end, pos) for o_start, o_end in origins):
                continue
            if _origin_after(ctx, pos + 1 + len(re.match(r"[\w'’-]*", text[pos + 1:]).group()), sent.end):
                continue  # "Diyarbakır'daki üsten kalkan": where the jets took off
            if _neighbour(ctx, sent.start, pos):
                continue  # "dans le nord du pays, à la frontière avec le Niger": a neighbour
            found.add(code)
    if not found and not nouns:
        return _story_country(ctx, sents, nouns=True)
    return found.pop() if len(found) == 1 else None


# an origin preposition that can also take a part ("одно из", "два з"): a short single word
PARTITIVE_PREP_CHARS = 3


def _partitive(ctx: Ctx, pos: int, end: int) -> bool:
    """Is the origin preposition at pos the "of" of a part ("одно из предприятий в Ростовской
    области", "два из складов"): a short preposition with a number word or digits right before
    it ("за чотирма напрямками" names launch directions), or a pronoun of the part right after
    it ("из них", grammar partitive_pronouns)? Then it names no launch area."""
    if end - pos > PARTITIVE_PREP_CHARS:
        return False
    nxt = re.match(r"\s+([^\W\d_]+)", ctx.text[end:end + 20])
    if nxt and nxt.group(1).lower() in grammar.words("partitive_pronouns", ctx.lex.lang):
        return True  # "Из них 19 дронов были перехвачены над ...": a part of those just counted
    prev = re.search(r"(?<![\w-])([^\W_]+)\s+$", ctx.text[max(0, pos - 20):pos])  # not "Х-59 з"
    if prev is None:
        return False
    word = prev.group(1).lower()
    return word.isdigit() or word in ctx.lex.intmaps.get("numbers.words", {})


def _opening_speaker(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Does the sentence open with a place and then its claim verb ("В Багдаде уточнили, что
    ...", "В Кремле заявили")? The capital stands for the government speaking, not a place
    struck."""
    text, lex = ctx.text, ctx.lex
    prep = lex.pat("places.struck_preps").match(text, sent.start) if lex.has("places.struck_preps") else None
    if prep is None or text[prep.end():ms].strip():
        return False
    after = re.compile(r"[\w'’-]+\s+").match(text, ms, sent.end)
    if after is None:
        return False
    verb = lex.search("claims.verbs", text, after.end(), min(sent.end, after.end() + 40))
    return verb is not None and verb.start() == after.end()


# The most lower-case words between a speaker's name and its claim verb ("Министерство
# обороны сообщило")
SPEAKER_NAME_WORDS = 2


def _claim_verb_after(ctx: Ctx, end: int, limit: int) -> bool:
    """Does a claim verb follow a name right after it, up to two lower-case words between
    ("..., the Ministry of Defence said", "..., Министерство обороны сообщило")? The name is
    the speaker's, a later item of no list of places."""
    lex = ctx.lex
    if not lex.has("claims.verbs"):
        return False
    for words in range(SPEAKER_NAME_WORDS + 1):
        gap = re.compile(r"(?:\s+[^\W\d_](?<![A-ZÀ-ÖØ-ÞĞİŞА-ЯЁІЇЄҐ])[\w'’-]*){%d}\s+" % words).match(ctx.text, end, limit)
        if gap is None:
            return False
        verb = lex.search("claims.verbs", ctx.text, gap.end(), min(limit, gap.end() + 40))
        if verb is not None and verb.start() == gap.end():
            return True
    return False


def _speech_place(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the place where a statement was made ("said in a statement on Sunday in Abuja",
    "a déclaré mardi à Paris")? A claim verb shortly before it, with no strike word and no
    "that" between ("said that camps in X were hit" reports X)."""
    text, lex = ctx.text, ctx.lex
    if _opening_speaker(ctx, sent, ms):
        return True
    verb = None
    for verb in lex.finditer("claims.verbs", text, max(sent.start, ms - 45), ms):
        pass
    if verb is None or verb.end() > ms:
        return False
    if verb.start() == sent.start and lex.raw.get("meta", {}).get("verb_final"):
        # verb last, a claim phrase opening the sentence opens what it reports, in the
        # locative ("Açıklamada Cisir El Şuğur kentinde ... bombalandığı belirtildi": in the
        # statement, ... in Jisr al-Shughur); the place where a statement was made stands
        # before its phrase ("Ankara'da yaptığı açıklamada")
        return False
    if not text[verb.end():ms].strip():
        return True  # "selon Kiev", "according to Moscow", "по данным Киева": the government speaking
    gap = (verb.end(), ms)
    if not any(ms - 6 <= b <= ms for _, b in _spans(lex, "places.struck_preps", text, gap[0], ms)):
        return False  # "a déclaré le ministère arménien": no place introduced
    return not any(gap[0] <= a < gap[1] for a, _ in sent.triggers + sent.nouns) and \
        not re.search(r"[,;:«»\"“”]", text[gap[0]:gap[1]]) and \
        not (lex.has("claims.complementizers") and lex.search("claims.complementizers", text, *gap))


# A government noun and its linker before a capital ("le régime de Damas", "las fuerzas del
# régimen de Kiev", "l'effort de guerre de Moscou"), or right before it in a language whose
# genitive is a case ("режима Киева", "نظام دمشق"), or after it ("the Kyiv government", "Kiev
# yönetimi", "Kiews Regierung"): the capital stands for the state's government, no place struck
# (the words of the document's own language: "die Führung in Islamabad" is no genitive)
_REGIME_BEFORE = r"(?:^|[\s'’])(?:{regime_nouns})(?:\s+(?:{linkers}\s*(?<=['’])|{linkers}\s+)" \
    r"(?:{articles}\s*(?<=['’])|{articles}\s+)?|\s+)$"
_REGIME_AFTER = r"(?:['’]\w{0,3}|s)?\s+(?:{regime_nouns})(?!\w)"
# "Moscow has said", "Moskau hat nach eigenen Angaben": an auxiliary between the capital and its
# claim verb
_CLAIM_AUX = r"\s+(?:(?:{claim_auxiliaries})\s+)?"
_STANCE_VERB = r"(?:{stance_verbs})(?!\w)"


@lru_cache(maxsize=None)
def _lang_regex(rule: str, lang: str) -> re.Pattern:
    """A rule whose {key} groups are the grammar words of one language only (never empty: a
    key the language lacks matches nothing)."""
    def group(m):
        alts = sorted((r"\s+".join(re.escape(p) for p in w.rstrip("*").split()).replace("'", "['’]") +
                       (r"\w*" if w.endswith("*") else "") for w in grammar.words(m.group(1), lang)),
                      key=lambda a: (-len(a), a))
        return "(?:" + "|".join(alts) + ")" if alts else "(?!)"
    return re.compile(re.sub(r"\{([a-z_]+)\}", group, rule), re.IGNORECASE)


def _government_capital(ctx: Ctx, sent: Sentence, m, ms: int, me: int) -> bool:
    """Is the place at ms..me a capital named for its state's government, not where a strike
    fell: the owner of a government noun ("du régime de Kiev", "Kiev yönetiminin"), or the
    subject of a claim verb right after it, an auxiliary at most between, opening its clause
    ("Moscow said", "Moskau hat nach eigenen Angaben", "mais Moscou a affirmé")? Never a unit
    named with its noun ("la región de Kiev había explicado")."""
    text, lex = ctx.text, ctx.lex
    if m.qualified or lex.lang is None:
        return False   # "in der Provinz Kunar berichteten ...", "la región de Kiev había explicado": a unit
    before = text[max(sent.start, ms - 60):ms]
    if _lang_regex(_REGIME_BEFORE, lex.lang).search(before) or _lang_regex(_REGIME_AFTER, lex.lang).match(text, me, sent.end):
        return True
    gap = _lang_regex(_CLAIM_AUX, lex.lang).match(text, me, sent.end) \
        if grammar.words("claim_auxiliaries", lex.lang) else re.compile(r"\s+").match(text, me, sent.end)
    if gap is None:
        return False
    verb = lex.search("claims.verbs", text, gap.end(), min(sent.end, gap.end() + 40)) \
        if lex.has("claims.verbs") else None
    # (or a verb of a government's stance: "Washington warned", "Moscú cree que", "Moskau
    # wirft Kiew vor")
    if (verb is None or verb.start() != gap.end()) and not _lang_regex(_STANCE_VERB, lex.lang).match(text, gap.end()):
        return False
    # the subject opens its clause: the sentence's start, a punctuation mark, a coordinator or
    # "that" before it ("Moscow said", "mais Moscou a affirmé"); never a noun or preposition
    # ("ont frappé Kiev a indiqué", "des Gebiets Kursk teilte", "in Moskau hat ... mitgeteilt")
    head = text[sent.start:ms].rstrip()
    if not head or head[-1] in ",;:(«\"“":
        return True
    last = re.search(r"[\w'’-]+$", head)
    return bool(last) and (last.group().lower() in grammar.bare("coordinators") or
                           bool(lex.has("claims.complementizers") and
                                lex.search("claims.complementizers", text, last.start(), last.end() + 1)))


# a linker (and an article) between a mention and the country it is "of"
# a leading participle and an article just before a country's name: the leader of an alliance
_LEADER_BEFORE = r"(?:^|\s)(?:{leader_participles})\s+(?:(?:{articles})\s*)?$"
_PATRON_BEFORE = r"(?:^|[\s,(])(?:{patron_before})\s+(?:(?:{articles})\s*)?$"
_PATRON_AFTER = r"(?:['’]\w{1,4})?\s+(?:{patron_after})(?!\w)"


def _patron_country(ctx: Ctx, s: int, ms: int, me: int) -> bool:
    """Is the country named at ms..me the patron of a group, after a backing participle ("le
    Hezbollah, soutenu par l'Iran", "respaldado por Irán", "المدعوم من إيران") or before one
    ("İran destekli Hizbullah", "der vom Iran unterstützten Hisbollah")? Not a place struck."""
    text = ctx.text
    if grammar.words("patron_before") and \
            grammar.regex(_PATRON_BEFORE, re.IGNORECASE).search(text[max(s, ms - 40):ms]):
        return True
    return bool(grammar.words("patron_after")) and \
        bool(grammar.regex(_PATRON_AFTER, re.IGNORECASE).match(text, me))


_OF_GLUE = r"\s+(?:{linkers}\s*(?<=['’])|{linkers}\s+)(?:{articles}\s*(?<=['’])|{articles}\s+)?"


# more words of the same name after a candidate, inside a unit's name ("Sistan| and Baluchestan")
_NAME_GOES_ON = re.compile(r"[\s-]+(?:\w+\s+)?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]")
_NAME_BEFORE = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’]*[\s-]+(?:\w+\s+)?$")


# a preposition or noun opening a list after a colon
_LIST_COLON = re.compile(r"\s*:")


_SHOT_GLUE = re.compile(r"\s*(?:[^\W\d]{1,3}\s+)?")   # " и ", " and ", ", "-less short joiner


def _not_in_struck_prep(ctx: Ctx, origins: list, start: int, end: int) -> list:
    """The origin prepositions that do not close a longer place preposition: the "von" of
    "in der Nähe von", "am Rande von" locates the place struck, and the "von" of "östlich
    von" a place it is measured from; neither names an origin."""
    lex = ctx.lex
    if not origins or not lex.has("places.struck_preps"):
        return origins
    preps = [(a, b) for a, b in _spans(lex, "places.struck_preps", ctx.text, start, end) if b - a > 0]
    if lex.has("places.reference_preps"):
        preps += _spans(lex, "places.reference_preps", ctx.text, start, end)
    # "der vom Iran unterstützten Huthi", "in dem von ihnen kontrollierten Gebiet": the "von" of
    # an attributive participle's agent, before the participle and its noun
    intros = grammar.words("attribute_agent_intros", lex.lang)
    backing = tuple(grammar.words("backing_participles", lex.lang))

    def agent_intro(oa: int, ob: int) -> bool:
        m = _ATTRIBUTE_AGENT.match(ctx.text, ob, end) if intros and ctx.text[oa:ob].lower() in intros else None
        return m is not None and bool(backing) and m.group(1).lower().startswith(backing)
    return [(oa, ob) for oa, ob in origins if not any(a < oa and ob <= b for a, b in preps) and
            not agent_intro(oa, ob)]


# after "von": one or two words (a name, a pronoun, an article and a name), then a participle in
# lower case (grammar.backing_participles: not "von der Krim gestartete Drohnen", an origin) and
# the capitalised noun it qualifies
_ATTRIBUTE_AGENT = re.compile(r"(?:\s+[\w'’-]+){1,2}?\s+([a-zß-öø-ÿ][\w-]*)\s+[A-ZÀ-ÖØ-Þ]")


# A head-final launch phrase ("üsten kalkan") at most this many words after the place it names
ORIGIN_AFTER_WORDS = 2


# the words a linker's owner phrase may hold before the name's own place preposition
OWNER_LINKER_WORDS = 4


def _owner_linker(ctx: Ctx, s: int, oa: int, ob: int, ms: int) -> bool:
    """Is the origin preposition at oa..ob the language's "of" (grammar linkers: German "von")
    after a noun, giving it its owner ("Stellungen von Kämpfern in den Provinzen Idlib und
    Hama", "Depots von Milizen bei Deir ez-Zor"), with a place preposition of its own before
    the name at ms? Then the name is where the strike fell, not where anything came from; "von
    der Krim aus in ...", with a second origin word, still names an origin."""
    lex, text = ctx.lex, ctx.text
    if text[oa:ob].lower() not in grammar.words("linkers", lex.lang) or not lex.has("places.struck_preps"):
        return False
    prev = re.search(r"(?<![\w-])([^\W\d_][\w-]*)\s+$", text[max(s, oa - 40):oa])
    if prev is None or not prev.group(1)[0].isupper() or not text[s:oa - len(prev.group(0))].strip():
        return False   # a capitalised noun before it, not the sentence's first word
    if any(ob <= a < ms for a, _ in _spans(lex, "places.origin_preps", text, ob, ms)):
        return False
    # the owner, then the name's own preposition; after it the name, or the names of a list
    # before it ("in den Provinzen Idlib und Hama")
    # (a unit's match may hold the preposition's noun: "in der [Provinz Idlib]")
    return any(ob < a <= ms and len(text[ob:a].split()) <= OWNER_LINKER_WORDS and not re.search(r"[,;:()]", text[ob:a]) and
               len(text[b:ms].split()) <= OWNER_LINKER_WORDS and not re.search(r"[.;:()]", text[b:ms])
               for a, b in _spans(lex, "places.struck_preps", text, ob, ms + 40))


def _origin_after(ctx: Ctx, me: int, end: int) -> bool:
    """Does a launch phrase written after its place (places.origin_after: "Diyarbakır'daki üsten
    kalkan F-16'lar", "İncirlik Üssü'nden havalanan") follow the name ending at me, within
    ORIGIN_AFTER_WORDS words and no punctuation? The name is where the strikers came from."""
    lex = ctx.lex
    if not lex.has("places.origin_after"):
        return False
    m = lex.search("places.origin_after", ctx.text, me, min(end, me + 60))
    return m is not None and not re.search(r"[,;:.]", ctx.text[me:m.start()]) and \
        len(ctx.text[me:m.start()].split()) <= ORIGIN_AFTER_WORDS


def _origin_suffix(lex: Lexicon) -> re.Pattern | None:
    """The language's ablative endings after a name ("Gazze'den"), as a pattern."""
    def build():
        ends = lex.raw.get("places", {}).get("origin_suffixes", [])
        return re.compile(
            r"['’](?:" + "|".join(sorted(map(re.escape, ends), key=len, reverse=True)) + r")(?!\w)") if ends else None
    return lex.derived("places.origin_suffix", build)


_ADJ_GAP = re.compile(r"[\s-]*")


def _adjective_countries(ctx: Ctx, s: int, e: int) -> list[tuple[int, int, str]]:
    """(start, end, alpha-2) of country adjectives right beside a territory noun, either
    order: "le nord-est irakien", "territorio israelí", "Israeli territory", "im syrischen
    Norden". A country adjective elsewhere ("Israeli jets") names no place."""
    text, lex = ctx.text, ctx.lex
    fused = _compass_adjective_countries(ctx, s, e)
    if not lex.has("places.territory_nouns") or not lex.raw.get("place_adjectives"):
        return fused
    nouns = _spans(lex, "places.territory_nouns", text, s, e)
    if not nouns:
        return fused
    return fused + [(a, b, code) for a, b, code in lex.find_coded("place_adjectives", text, s, e)
                    if any(_ADJ_GAP.fullmatch(text, nb, a) or _ADJ_GAP.fullmatch(text, b, na) for na, nb in nouns)]


def _compass_adjective_countries(ctx: Ctx, s: int, e: int) -> list[tuple[int, int, str]]:
    """(start, end, alpha-2) of country adjectives with a compass part fused before them in one
    word ("im nordirakischen Kandil", "die nordirakische Region Zap", "im westukrainischen Dorf
    X"): the word names that part of the country, a place, as "im Norden des Irak" does. A word
    that is itself another country's adjective ("südsudanesisch") keeps its own reading."""
    text, lex = ctx.text, ctx.lex
    prefixes = lex.raw.get("places", {}).get("compass_prefixes")
    if not prefixes or not lex.raw.get("place_adjectives"):
        return []
    pat = lex.derived("places.compass_prefix", lambda: re.compile(
        r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, prefixes), key=len, reverse=True)) + r")-?(?=\w)",
        re.IGNORECASE))
    out = []
    for m in pat.finditer(text, s, e):
        word = re.match(r"\w+", text[m.end():e])
        if not word:
            continue
        whole = text[m.start():m.end() + word.end()]
        if any(a == 0 and b == len(whole) for a, b, _ in lex.find_coded("place_adjectives", whole)):
            continue
        out += [(m.start(), m.end() + b, code) for a, b, code in lex.find_coded("place_adjectives", word.group())
                if a == 0 and b == word.end()]
    return out


# The most words between a town noun and a country adjective that follows the town's name
# (Arabic: "مدينة أريحا السورية", the town of Ariha, the Syrian one).
TOWN_ADJECTIVE_AFTER_WORDS = 3


def _town_adjective_countries(ctx: Ctx, s: int, e: int) -> list[tuple[int, int, str]]:
    """(start, end, alpha-2) of country adjectives beside a town noun ("the Syrian town of
    Ariha", "la ville syrienne d'Ariha", "die syrische Stadt Ariha", "сирийскому городу Ариха";
    after the town's name where adjectives follow the noun phrase: "مدينة أريحا السورية"): the
    phrase names the country the town is in, as a place (a country adjective elsewhere, "Syrian
    jets", names none)."""
    text, lex = ctx.text, ctx.lex
    if not lex.has("places.country_town_nouns") or not lex.raw.get("place_adjectives"):
        return []
    nouns = _spans(lex, "places.country_town_nouns", text, s, e)
    if not nouns:
        return []
    meta = lex.raw.get("meta", {})
    follow = bool(meta.get("adjectives_follow"))
    after = follow or bool(meta.get("town_adjective_after"))
    # (where the adjective follows the noun, one right before a town noun is the previous
    # noun's: "قصفت المدفعية التركية بلدة منبج", the Turkish artillery shelled the town of Manbij)
    return [(a, b, code) for a, b, code in lex.find_coded("place_adjectives", text, s, e)
            if any((after and _ADJ_GAP.fullmatch(text, nb, a)) or (not after and _ADJ_GAP.fullmatch(text, b, na)) or
                   (follow and nb <= a and not re.search(r"[,;:.()«»\"،]", text[nb:a]) and
                    tokens_between(ctx, nb, a) <= TOWN_ADJECTIVE_AFTER_WORDS)
                   for na, nb in nouns)]


# The longest run of words between an airspace preposition and a unit of the list it opens
# ("au-dessus des régions de Belgorod et de Briansk", "über den Gebieten Belgorod und Brjansk").
OVER_LIST_CHARS = 80


def _over_units(ctx: Ctx, s: int, e: int, oe: int, ms: int) -> bool:
    """Does the airspace preposition ending at oe open a list of units that the name at ms
    belongs to: between them only region nouns ("régions", "Gebieten"), other units' names,
    articles, linkers, coordinators and commas? Weapons downed over the first were downed over
    the others too."""
    text, lex = ctx.text, ctx.lex
    if not oe <= ms or ms - oe > OVER_LIST_CHARS or re.search(r"[;:.()«»\"]", text[oe:ms]):
        return False
    cut = [(a, b) for key in ("places.locality_nouns", "places.territory_nouns") if lex.has(key)
           for a, b in _spans(lex, key, text, oe, ms)]
    cut += [(s + m.start, s + m.end) for m in _admin1(ctx, text[s:e]) if oe <= s + m.start and s + m.end <= ms]
    rest = list(text[oe:ms])
    for a, b in cut:
        rest[max(0, a - oe):max(0, b - oe)] = " " * (max(0, b - oe) - max(0, a - oe))
    breaks = {w.lower() for w in lex.raw.get("places", {}).get("over_list_breaks", [])}
    if breaks & {tok.lower() for tok in re.findall(r"[^\s,]+", "".join(rest))}:
        return False  # "над Белгородской областью, а в Курской области": "in" opens a place of its own
    glue = grammar.bare("articles", "linkers", "coordinators")
    # (a count of the list's shares may stand before a name: "37'sinin Bryansk, 24'ünün Kursk";
    # and a clitic of one or two letters: "9'unun da Tver")
    return all(tok[0].isdigit() or (len(tok) <= 2 and tok.islower()) or
               all(w.lower().strip("'’") in glue for w in re.findall(r"[^'’]+['’]?", tok))
               for tok in re.findall(r"[^\s,]+", "".join(rest)))


# The most words between a care noun and the place named with it ("hospital | in | Tyre",
# "Sur'daki | bir | hastaneye"), and between the phrase and the verb that took the wounded there.
CARE_PLACE_WORDS = 3


def _care_place(ctx: Ctx, s: int, e: int, ms: int, me: int) -> bool:
    """Is the place at ms..me where the wounded were taken for care ("were taken to a hospital in
    Tyre", "доставлены в больницу в Тире", "in ein Krankenhaus in Tyros gebracht", "Sur'daki bir
    hastaneye kaldırıldı"): a care noun beside it, and a verb of taking them there beside the
    two? Then it is no place struck (a hospital struck has no such verb)."""
    text, lex = ctx.text, ctx.lex
    if not lex.has("places.care_nouns") or not lex.has("places.care_transfers"):
        return False
    cares = _spans(lex, "places.care_nouns", text, s, e)
    if not cares:
        return False
    moves = _spans(lex, "places.care_transfers", text, s, e)

    def close(a: int, b: int) -> bool:   # a ends before b starts, a few words apart, one clause
        return a <= b and not re.search(r"[,;:.()«»\"،]", text[a:b]) and tokens_between(ctx, a, b) <= CARE_PLACE_WORDS

    for ca, cb in cares:
        if not (close(cb, ms) or close(me, ca)):
            continue
        first, last = min(ca, ms), max(cb, me)
        if any(close(tb, first) or close(last, ta) for ta, tb in moves):
            return True
    return False


# The most words between a direction noun and the noun "country" it belongs to ("le nord |du|
# pays", "the north |of the| country", "севере страны").
COUNTRY_PART_GAP_WORDS = 2


def _referred_country(ctx: Ctx, d: Draft) -> str | None:
    """The country an event's sentences place the strikes in by a part of "the country"
    ("dans le nord du pays", "in the south of the country", "на севере страны", "غرب البلاد")
    when they name no place: the country named last before that phrase ("L'armée de l'air du
    Nigeria a annoncé ... dans le nord du pays": Nigeria).
    None when no such phrase stands in the event's sentences or nothing before it names a
    country."""
    text, lex = ctx.text, ctx.lex
    if not lex.has("places.country_nouns"):
        return None
    parts = [key for key in ("places.territory_nouns", "places.reference_nouns") if lex.has(key)]
    for sent in d.sentences + d.place_details:
        if sent.suppressed:
            continue
        nouns = _spans(lex, "places.country_nouns", text, sent.start, sent.end)
        sides = [span for key in parts for span in _spans(lex, key, text, sent.start, sent.end)]
        for cs, ce in nouns:
            if any(b <= cs and not re.search(r"[,;:.()«»\"]", text[b:cs]) and
                   tokens_between(ctx, b, cs) <= COUNTRY_PART_GAP_WORDS for _, b in sides):
                return _country_named_before(ctx, cs)
    return None


# how far after a side's name a weapon makes the name its owner's ("a U.S. MQ-9 drone")
OWNER_WEAPON_CHARS = 12


def _defender_country(ctx: Ctx, d: Draft) -> str | None:
    """The country of the one state whose air defence the event's sentences say shot the
    actor's weapons down, when they name no place at all: its own land ("L'armée de l'air
    ukrainienne a abattu 18 des 23 drones lancés par la Russie": Ukraine). None for a
    non-state defender, for several, and where the sentences name a sea (weapons downed over
    the sea have no country: CONVENTIONS)."""
    # (not the owner of the weapon downed, its name right before it: "shot down a U.S. MQ-9")
    codes = {code for sent in d.sentences for _, b, code in sent.interceptors
             if not platform_hits(ctx, b, min(sent.end, b + OWNER_WEAPON_CHARS)) and
             not _spans(ctx.lex, "operations.drone_strike", ctx.text, b, min(sent.end, b + OWNER_WEAPON_CHARS))}
    if len(codes) != 1:
        return None
    code = codes.pop()
    if code == d.actor or code in ORGS:
        return None
    for sent in d.sentences:
        seg = ctx.text[sent.start:sent.end]
        if _admin1(ctx, seg):
            return None   # a unit is named ("über der Krim"), though not as struck: not no place
    for make in (_water_zone, _water_zone_before):
        pattern = make()
        if pattern is not None and any(pattern.search(ctx.text, sent.start, sent.end) for sent in d.sentences):
            return None
    return _alpha2(code)


def _downed_over_water(ctx: Ctx, d: Draft) -> bool:
    """Do the event's sentences all report weapons shot down, and name a sea or gulf
    (document._water_zone, _water_zone_before: "over the Gulf of Aden", "فوق البحر الأحمر")?
    The weapons downed over water have no country; the story's country is not theirs."""
    if not d.sentences or not all(s.interception or s.shootdown for s in d.sentences):
        return False
    for make in (_water_zone, _water_zone_before):
        pattern = make()
        if pattern is not None and any(pattern.search(ctx.text, s.start, s.end) for s in d.sentences):
            return True
    return False


def _group_strike_on_state(ctx: Ctx, d: Draft) -> tuple[bool, str | None]:
    """Is the event a non-state group's (ORGS) whose sentences name one state, and no other
    side, as whose forces or assets it hit ("le Hezbollah a attaqué deux positions de l'armée
    israélienne", "Hezbollah fired rockets at an Israeli barracks")? Then, where they name no
    place struck, the strikes fell in that state (its alpha-2 code second), not in the story's
    country, which is most often the other side's whose strikes the story reports; at sea (a
    sea or gulf named: "un navire de guerre américain en mer Rouge") in no country (None)."""
    if d.actor not in ORGS:
        return False, None
    states = {code for sent in d.sentences for _, _, code in sent.targets if code not in ORGS and code != "OTHER"}
    if len(states) != 1:
        return False, None
    for make in (_water_zone, _water_zone_before):
        pattern = make()
        if pattern is not None and any(pattern.search(ctx.text, s.start, s.end) for s in d.sentences):
            return True, None
    return True, _alpha2(states.pop())


def _alpha2(code: str) -> str | None:
    import pycountry  # noqa: PLC0415
    found = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    return found.alpha_2 if found is not None else None


def _country_named_before(ctx: Ctx, pos: int) -> str | None:
    """The country named last, by its name, before pos ("L'armée de l'air du Nigeria ... dans
    le nord du pays"). A side's adjective does not count: "des avions américains ... dans le
    nord du pays" tells of another country the text has not named."""
    found = [(c.start, c.alpha2) for c in _countries(ctx, ctx.text[:pos])]
    return max(found)[1] if found else None


# The most words between a counted weapon and the destroy verb it is the subject or the
# object of ("fueron neutralizados 9 drones", "по одному беспилотнику было уничтожено").
DOWNED_WEAPON_GAP_WORDS = 3
# ... where the participle closes the clause after its subject (meta.verb_second: "20 Drohnen
# wurden in der Region Kursk zerstört"), the most words of the verb bracket between them
DOWNED_WEAPON_BRACKET_WORDS = 8


def _downs_counted_weapons(ctx: Ctx, sent: Sentence, d: Draft) -> bool:
    """Does a sentence of an interception report (an earlier sentence of the event reports
    weapons shot down) destroy its own count of drones or missiles, by an impact verb only and
    no target named ("fueron neutralizados 9 drones sobre la provincia de Rostov", "по одному
    беспилотному аппарату было уничтожено в Курской области")? Those are more weapons downed
    in flight, and the places beside them where they were downed, not places struck."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    if not sent.triggers or not any(o.interception for o in d.sentences if o.index < sent.index):
        return False
    if not lex.has("triggers.impact_verbs") or lex.find_coded("target_types", text, s, e):
        return False
    impacts = _spans(lex, "triggers.impact_verbs", text, s, e)
    bracket = bool(lex.raw.get("meta", {}).get("verb_second"))
    # (in a verb bracket a participle both lists hold, "wurden in der Region Kursk zerstört", is
    # the impact verb here)
    strikes = set(_spans(lex, "triggers.strike_verbs", text, s, e)) if lex.has("triggers.strike_verbs") else set()
    if strikes - (set(impacts) if bracket else set()):
        return False
    weapons = [span for key in ("operations.drone_strike", "operations.missile_strike") if lex.has(key)
               for span in _spans(lex, key, text, s, e)]
    for a, b in impacts:
        for wa, wb in weapons:
            gap = (b, wa) if wa >= b else (wb, a)
            most = DOWNED_WEAPON_BRACKET_WORDS if bracket and wa < a else DOWNED_WEAPON_GAP_WORDS
            if gap[0] <= gap[1] and tokens_between(ctx, *gap) <= most and \
                    not re.search(r"[,;:]", text[gap[0]:gap[1]]) and \
                    ctx.numpat.search(text, max(s, min(a, wa) - 20), max(b, wb)) is not None:
                return True
    return False


_REACTION_STOP = re.compile(r"[,;:.!?؛،]")


def _named_as_place(ctx: Ctx, start: int, a: int) -> bool:
    """Is the side's mention at a named as a place, where something went or fell: right after
    a direction adjective ("southern Israel", grammar.direction_adjectives) or a preposition of
    place or direction ("into Israel", "fired at Israeli towns": places.struck_preps,
    direction_preps, airspace_preps, an article at most between)? Not the side acting."""
    lex, text = ctx.lex, ctx.text
    before = text[max(start, a - 40):a]
    words = before.split()
    if words and forms.fold(words[-1], lex.lang) in grammar.words("direction_adjectives", lex.lang):
        return True
    for key in ("places.struck_preps", "places.direction_preps", "places.airspace_preps"):
        if not lex.has(key):
            continue
        for _, b in _spans(lex, key, text, max(start, a - 40), a):
            if grammar.regex(r"\s*(?:{articles}\s+)?$", re.IGNORECASE).fullmatch(text, b, a):
                return True
            # "vers le sud d'Israël", "contra el sur de Israel": a direction preposition, then
            # a part of the country in lower-case words
            gap = text[b:a]
            if key == "places.direction_preps" and _PART_GAP.fullmatch(gap) and len(gap.split()) <= 3:
                return True
    return False


# lower-case words (an elided linker glued to the name: "d'"), nothing else
_PART_GAP = re.compile(r"(?:\s+[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ][\w-]*['’]?)+\s*")


def _reaction_places(ctx: Ctx, sent: Sentence, actor: str | None) -> list[tuple[int, int]]:
    """The stretches of a sentence that tell what its strike answered ("in response to the
    rockets fired at Tel Aviv", "in reprisal for the killing of ... in Sirte", "en respuesta a
    los cohetes lanzados hacia Tel Aviv"): a reaction preposition (dates.reaction) up to the
    next comma or stop, or, when the strike predicate comes after it, up to that predicate
    ("В ответ на обстрел ЦАХАЛ нанес удары по целям в Сирии"). A place there is where the
    other side's attack went, not a place the event's actor struck; but a stretch that names
    the event's actor alone tells of its own strike ("in response to the Israeli strikes on
    Hodeidah", read for Israel's event)."""
    text, lex = ctx.text, ctx.lex
    out = []
    for m in (lex.finditer("dates.reaction", text, sent.start, sent.end) if lex.has("dates.reaction") else []):
        stop = _REACTION_STOP.search(text, m.end(), sent.end)
        end = stop.start() if stop else sent.end
        if not any(a < m.start() for a, _ in sent.triggers + sent.nouns):
            # the predicate (a strike verb, or a strike noun: "The strikes were in retaliation
            # for a rocket that was launched into Israel") is still to come: the stretch ends where it starts, or where a
            # second place phrase opens ("als Reaktion auf Raketenangriffe auf Aschkelon Ziele
            # der Hamas in Chan Junis angegriffen": the answered attack's place, then the
            # strike's own)
            end = min([end] + [a for a, _ in sent.triggers if m.end() <= a < end])
            preps = [a for a, _ in _spans(lex, "places.struck_preps", text, m.end(), end)] \
                if lex.has("places.struck_preps") else []
            if len(preps) >= 2:
                end = preps[1]
        sides = {code for a, _, code in sent.mentions if m.end() <= a < end and not _named_as_place(ctx, m.end(), a)}
        if actor in sides and not sides - {actor}:
            continue
        out.append((m.end(), end))
    if lex.has("dates.reaction_after"):
        # a postposition after what the strike answered ("Kiev yönetiminin Rus topraklarındaki
        # sivil unsurlara yönelik saldırılarına karşılık"): its stretch runs back to the comma
        # before it, or to the sentence's start
        for m in lex.finditer("dates.reaction_after", text, sent.start, sent.end):
            comma = max(text.rfind(c, sent.start, m.start()) for c in ",;:")
            start = comma + 1 if comma >= 0 else sent.start
            sides = {code for a, _, code in sent.mentions if start <= a < m.start()}
            if not sides or (actor in sides and not sides - {actor}):
                continue  # "Buna karşılık": no other side's attack named
            # the side answered, named in it ("Hindistan'ın saldırılarına karşılık"), is the
            # one the answer goes to: only the rest of the stretch is the earlier attack's
            cut = start
            for a, b, code in sorted(sent.mentions):
                if start <= a < m.start() and code != actor:
                    if cut < a:
                        out.append((cut, a))
                    cut = max(cut, b)
            if cut < m.start():
                out.append((cut, m.start()))
    return out


# A place at most this many words after a word saying a weapon or its debris came down
# ("debris fell on a private house in the X district") is where it hit.
FALL_PLACE_WORDS = 12


# A place at most this many characters after a shoot-down verb, with no comma between, is
# where weapons were downed ("shot down over the Kyiv region", "intercepted 20 drones over
# Kharkiv"), even in a sentence that also reports the launch.
SHOT_PLACE_CHARS = 30

# A direction phrase right after the strike or what it hit ("frappes au nord de X", "targets
# east of X", "un bombardeo aéreo al oeste de la localidad de X") says where the strike fell:
# X is its place (CONVENTIONS: a direction without a distance -> X). At most this many words
# stand between the strike or target word and the direction.
STRIKE_DIRECTION_WORDS = 1
# ... or up to this many lower-case words that complete the target and hold no place
# preposition ("по позиціях українських військ південніше X", not "a facility located in
# the north of X")
STRIKE_DIRECTION_MODIFIER_WORDS = 3


def _strike_direction(ctx: Ctx, sent: Sentence, a: int) -> bool:
    """Does the direction phrase at a follow a strike word or a kind of target of its sentence
    within STRIKE_DIRECTION_WORDS words (not another place it locates: "Jablah, south of
    Latakia", "a village south of the city of Qamishli")?"""
    lex, text = ctx.lex, ctx.text
    words = [(x, y) for x, y in sent.triggers + sent.nouns]
    words += [(x, y) for x, y, _ in lex.find_coded("target_types", text, sent.start, a)]
    if lex.has("counts.targets"):
        words += [m.span() for m in lex.finditer("counts.targets", text, sent.start, a)]
    # a side's name completing the target ("un bâtiment de Daech à l'ouest de X", "un edificio
    # del EI al oeste de X"): the owner's name, no place; read as one lower-case word
    owners = [(ms, me) for ms, me, _ in sent.mentions if sent.start <= ms and me <= a]

    def modifier(y: int) -> bool:
        """Only lower-case words that complete the strike or its target ("позиціях українських
        військ"), no place preposition or settlement noun ("struck a village south of X")."""
        gap = text[y:a]
        for ms, me in sorted(owners, reverse=True):
            if y <= ms:
                gap = gap[:ms - y] + "x" + gap[me - y:]
        between = gap.split()
        return len(between) <= STRIKE_DIRECTION_MODIFIER_WORDS and \
            all(re.fullmatch(r"[a-zà-ÿа-яёіїєґ'’ʼ-]+", w) for w in between) and \
            not any(True for _ in lex.finditer("places.struck_preps", text, y, a)) and \
            not (lex.has("places.settlement_nouns") and any(True for _ in lex.finditer("places.settlement_nouns", text, y, a)))
    def dated(y: int) -> bool:
        """Only a time phrase, set off by a comma or not, between the strike word and the
        direction ("ont visé, le 23 janvier au nord-est de X", "struck on Monday east of X")."""
        comma = re.match(r"\s*,", text[y:a])
        j = y + comma.end() if comma else y
        i = _after_time_words(ctx, j, a)
        return i != j and not text[i:a].strip(" \t\n,")
    return any(y <= a and ((tokens_between(ctx, y, a) <= STRIKE_DIRECTION_WORDS or modifier(y)) and
                           not re.search(r"[,;:()]", text[y:a]) or dated(y)) for x, y in words)


# the words of a place's name that may stand right before a direction noun ("بيت لاهيا شمال ...")
NAME_BEFORE_DIRECTION_WORDS = 3


def _place_named_before(ctx: Ctx, s: int, at: int) -> bool:
    """Does a known place (a locality or a first-level unit) end right before offset at, its
    name one to three words long ("الصليف" in "الصليف شمال الحديدة")?"""
    words = ctx.text[s:at].split()[-NAME_BEFORE_DIRECTION_WORDS:]
    if not words or re.search(r"[,;:،.]$", words[-1]):
        return False
    for n in range(1, len(words) + 1):
        name = " ".join(words[-n:])
        if ctx.gaz.places_named(name) or any(m.end - m.start >= len(name) - 1 for m in ctx.gaz.find_admin1(name)):
            return True
    return False


def _target_preps(lex: Lexicon) -> frozenset:
    """The one-word prepositions that bring in what a strike hit (actor_roles.target_intro:
    "on", "contra", "по", "على"), without the linkers and articles that also do ("de", "der")."""
    return _one_word_target_preps(lex.lang, tuple(lex.raw.get("actor_roles", {}).get("target_intro", [])))


@lru_cache(maxsize=None)
def _one_word_target_preps(lang: str, intro: tuple) -> frozenset:
    glue = grammar.words("linkers", lang) | grammar.words("articles", lang)
    return frozenset(w.lower() for w in intro if " " not in w.strip() and forms.fold(w) not in glue)


# A town that names a struck facility ("l'aérodrome de Morozovsk") has at least this many
# people, or was entered by hand: a smaller namesake is more often a village spelt like the
# facility's own name ("el aeropuerto de Ramon", named after a man, not the village Ram On).
FACILITY_TOWN_POPULATION = 5000


def _aim_spans(ctx: Ctx, s: int, e: int) -> list[tuple[int, int]]:
    """The "towards" words (places.aim_preps) of a sentence: what follows one is where a
    weapon was aimed, a place the text says was targeted (CONVENTIONS)."""
    return _spans(ctx.lex, "places.aim_preps", ctx.text, s, e) if ctx.lex.has("places.aim_preps") else []


def _aimed_at(ctx: Ctx, s: int, ms: int) -> bool:
    """Does a "towards" word (places.aim_preps) stand right before the name at ms?"""
    return any(not ctx.text[b:ms].strip() for _, b in _aim_spans(ctx, max(s, ms - 40), ms))


def _town_not_unit(gaz, name: str) -> bool:
    """Does the gazetteer know a locality by exactly this name, and no first-level unit?"""
    return bool(gaz.places_named(name)) and not any(m.end - m.start >= len(name.strip()) - 1
                                                   for m in gaz.find_admin1(name))


def _after_part_prep(ctx: Ctx, s: int, ms: int) -> bool:
    """Does a direction phrase naming a part of a place (places.part_preps: "dans le sud-ouest
    de", "en el norte de", "на юге") stand right before the name at ms? A unit named like its
    seat after one is the unit ("dans le sud-ouest de Saada", "en el norte de Saná"), as the
    references read it; a town that is no unit is the town struck (the candidates' path)."""
    lex = ctx.lex
    if not lex.has("places.part_preps"):
        return False
    return any(not ctx.text[b:ms].strip() for _, b in _spans(lex, "places.part_preps", ctx.text, max(s, ms - 40), ms))


def _in_part_prep(ctx: Ctx, a: int, b: int) -> bool:
    """Is the span a..b (an origin word) inside a part phrase before a town ("im Osten von
    Nikopol": no "from")? Before a country it stays what it was ("Angriffe auf Gebiete im
    Norden von Israel": no place the event struck)."""
    if not ctx.lex.has("places.part_preps"):
        return False
    for x, y in _spans(ctx.lex, "places.part_preps", ctx.text, max(0, a - 30), b + 30):
        if x <= a and b <= y:
            after = ctx.text[y:y + 40].lstrip()
            return not any(c.start == 0 for c in ctx.gaz.find_countries(after))
    return False


def _part_of_seat_unit(ctx: Ctx, s: int, ls: int, name: str) -> str | None:
    """After a part phrase (_after_part_prep), a town the gazetteer knows under another
    spelling that is the seat a first-level unit is named by ("Saná" -> Sanaa, YE-SA): that
    unit's code; None otherwise."""
    if not _after_part_prep(ctx, s, ls):
        return None
    for place in ctx.gaz.places_named(name):
        for a in ctx.gaz.find_admin1(place.name):
            if a.seat and a.end - a.start >= len(place.name) - 1 and a.code == place.admin1:
                return a.code
    return None


def _town_not_unit_declined(gaz, name: str) -> bool:
    """_town_not_unit, for a Cyrillic name also in its nominative guesses ("на юге
    Краматорска": Краматорск is a town and no unit)."""
    if _town_not_unit(gaz, name):
        return True
    if not any(_is_cyrillic_letter(ch) for ch in name):
        return False
    return any(_town_not_unit(gaz, form) for form in _cyrillic_forms(name, adjectival=False)[:CYRILLIC_TOWN_GUESSES])


def _is_cyrillic_letter(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


# how many nominative guesses of a declined name _town_not_unit_declined tries
CYRILLIC_TOWN_GUESSES = 12


# the capitalised words of a name right after a descriptor ("Chan Junis", "Rafah")
_NAME_AFTER = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}")


def _descriptor_unit(ctx: Ctx, ms: int, me: int, e: int) -> bool:
    """Is the unit named at ms..me by its seat and a settlement noun ("Gaza-Stadt", "Gaza
    city": places.settlement_nouns) right before another place's name, after a linker or none
    ("die südliche Gaza-Stadt Rafah", "the southern Gaza city of Rafah")? It says what the place
    after it is (a town of the Gaza Strip); the unit struck is that place's."""
    lex, text, gaz = ctx.lex, ctx.text, ctx.gaz
    words = re.findall(r"[^\W\d_]+", text[ms:me])
    if len(words) < 2 or not lex.has("places.settlement_nouns") or \
            forms.fold(words[-1]) not in lex.derived("places.settlement_nouns folded", lambda: frozenset(
                forms.fold(w) for w in lex.raw["places"]["settlement_nouns"])):
        return False
    glue = grammar.regex(r"\s+(?:(?:{linkers})\s+)?", re.IGNORECASE).match(text, me, e) \
        if grammar.words("linkers", lex.lang) else re.compile(r"\s+").match(text, me, e)
    if glue is None or not text[glue.end():glue.end() + 1].isupper():
        return False
    name = _NAME_AFTER.match(text, glue.end(), e)
    if name is None:
        return False
    after = name.group()
    if any(a.start == 0 and a.code != m.code for m in gaz.find_admin1(text[ms:me]) for a in gaz.find_admin1(after)):
        return True
    parts = after.split()
    return any(gaz.places_named(" ".join(parts[:k])) or
               (hasattr(gaz, "respell") and (gaz.respell(" ".join(parts[:k]), lex.lang) or "") and
                gaz.places_named(gaz.respell(" ".join(parts[:k]), lex.lang)))
               for k in range(len(parts), 0, -1))


def _debris_without_place(ctx: Ctx, d: Draft) -> bool:
    """Does a sentence right after the interception report, joined to its event as what was
    hit, say that debris or a downed weapon came down (places.fall_words: "Falling debris
    damaged two houses", "Обломками повреждены два дома"), naming no unit or place of its own?"""
    lex, text = ctx.lex, ctx.text
    if not lex.has("places.fall_words"):
        return False
    return any(lex.search("places.fall_words", text, s.start, s.end) is not None and
               not _admin1(ctx, text[s.start:s.end]) and not list(locality_candidates(ctx, s))
               for s in d.place_details)

def find_places(ctx: Ctx, d: Draft, sents: list[Sentence] | None = None, strike_clause: bool = False,
                known: tuple[list[str], list[str]] = ((), ())):
    """The event's country, units, localities and their spans, read from its sentences; with
    ``sents`` (the document's), also the localities of the sentences that name its strike
    again (_add_echoed_places); with ``strike_clause``, only the places in the clause of a
    strike word; ``known`` are the countries and units already found for the event, where
    its places are looked for first."""
    text, lex, gaz = ctx.text, ctx.lex, ctx.gaz
    admin1: list[str] = list(known[1])
    locations: list[dict] = []
    spans: dict = {}
    countries: list[str] = list(known[0])
    shot_over: list[str] = []
    downed_in: list[str] = []   # the units weapons were downed over, left out as places struck
    first_named: dict = {}   # sentence index -> the countries it names as places
    direct: set = set()   # admin1 units the text names itself, not through a locality
    town_named: set = set()   # ... by a name that is also its seat town's ("Ordu", "Zawiya")
    by_name: set = set()      # ... by a name only the unit has ("Südlibanon", "Idlib province")
    joined: set = set()       # countries named together as places struck ("in Syria and Iraq")
    for sent in d.sentences + d.place_details:
        s, e = sent.start, sent.end
        seg = text[s:e]
        named_here: list = []   # (start, end, locations it added) of each place this sentence locates
        origins = [o for o in _not_in_struck_prep(ctx, _spans(lex, "places.origin_preps", text, s, e), s, e)
                   if not _partitive(ctx, *o) and not _in_part_prep(ctx, *o)]
        # "a rocket fired from the Gaza Strip landed near X", "un tir de roquette venu de Gaza a
        # touché une ville du sud d'Israël": the sentence tells fire launched from another
        # country at the striker's own; a place of its own country there is where that fire fell
        incoming = _incoming_country(ctx, d.actor, origins)
        units = _spans(lex, "places.distance_units", text, s, e)
        unit_refs = [(a, b) for a, b in (_spans(lex, "places.reference_preps", text, s, e)
                                         if lex.has("places.reference_preps") else [])
                     if not grammar.regex(r"\b{articles}\s+$", re.IGNORECASE).search(text[max(s, a - 5):a])]
        # a place after the direction of the strike itself is its place, a unit or its seat as
        # well as a locality ("targets south of Damascus" -> Damascus: CONVENTIONS)
        refs = [(a, b) for a, b in unit_refs if not _strike_direction(ctx, sent, a)]
        # ("знешкодили 15 терористів": a neutralising word on fighters downs nothing)
        shot = [(a, b) for a, b in _spans(lex, "places.shootdown_verbs", text, s, e) if not cue_on_fighters(ctx, b, e)]
        if not shot and not sent.shootdown and _downs_counted_weapons(ctx, sent, d):
            # "Asimismo, fueron neutralizados 9 drones sobre la provincia de Rostov": after an
            # interception report, weapons destroyed by the count are more of them downed
            shot = list(sent.triggers)
        if not shot and sent.shootdown:
            # "Силы ПВО уничтожили шесть украинских беспилотников над Курской областью": the
            # destroy verb of a shoot-down is its shoot-down verb
            shot = list(sent.triggers)
        overs = _spans(lex, "places.airspace_preps", text, s, e) \
            if (shot or sent.interception) and lex.has("places.airspace_preps") else []
        posts = _spans(lex, "places.airspace_posts", text, s, e) \
            if (shot or sent.interception) and lex.has("places.airspace_posts") else []
        settles = _spans(lex, "places.settlement_nouns", text, s, e) if lex.has("places.settlement_nouns") else []
        ref_nouns = _spans(lex, "places.reference_nouns", text, s, e) if lex.has("places.reference_nouns") else []
        actor_spans = [(a, b) for a, b, _ in sent.mentions]
        reactions = _reaction_places(ctx, sent, d.actor)
        origin_end = _origin_suffix(lex)
        # "перехвачены и уничтожены", "intercepted and destroyed": a destroy verb joined to a
        # shoot-down verb reports the same interception, not a strike on a place
        strikes_proper = [(a, b) for a, b in sent.triggers
                          if not any(x <= a < y or _SHOT_GLUE.fullmatch(text, y, a) or _SHOT_GLUE.fullmatch(text, b, x)
                                     for x, y in shot)]

        def over_place(ms: int) -> bool:
            """Does an airspace preposition ("over") stand right before the name at ms?"""
            return any(oe <= ms and (not re.search(r"[,;:،]", text[oe:ms]) and tokens_between(ctx, oe, ms) <= 1 or
                                     _over_units(ctx, s, e, oe, ms))
                       for _, oe in overs) or \
                any(_over_units(ctx, s, e, ms + len(re.match(r"[\w'’-]*", text[ms:]).group()), pa)
                    for pa, _ in posts)   # "Bryansk, Kursk ve Tver bölgeleri üzerinde": over them

        falls = _spans(lex, "places.fall_words", text, s, e) if lex.has("places.fall_words") else []

        def fell_on(ms: int) -> bool:
            """Does a word saying a weapon or its debris came down stand before the name at
            ms, in its clause ("уламки збитого дрона впали на будинок у X районі"), or after
            it, the place fronted ("In the X region, debris fell on a house", "Im Gebiet X
            seien Trümmer auf ein Haus niedergegangen")? There it hit; it was not merely shot
            down."""
            return any(fe <= ms and tokens_between(ctx, fe, ms) <= FALL_PLACE_WORDS and
                       same_unit(ctx, s, e, fe, ms) for _, fe in falls) or \
                (any(ms < fs and tokens_between(ctx, ms, fs) <= FALL_PLACE_WORDS and
                                     same_unit(ctx, s, e, ms, fs) for fs, _ in falls))

        def reference_point(ms: int, name: str | None = None) -> bool:
            """"الصليف شمال الحديدة": the name after a direction noun locates, it was not
            struck. But with no place named before the direction, a town the gazetteer knows
            by that very name, no first-level unit's ("مواقع جنوب باخموت", positions south of
            Bakhmut), is where the strike fell (CONVENTIONS: a direction without a distance
            -> X); a unit's name there ("جنوبي إدلب") is the unit, not its seat."""
            return any(r_end <= ms and not text[r_end:ms].strip() and
                       not (name and not _place_named_before(ctx, s, r_start) and _town_not_unit_declined(gaz, name))
                       for r_start, r_end in ref_nouns)

        def excluded(ms: int, me: int) -> bool:
            if any(a <= ms < b for a, b in ctx.no_place):
                return True
            if strike_clause and not _by_the_strike(ctx, sent, ms, d.actor):
                return True
            if background_clause(ctx, _sides_only(ctx, sent), ms, d.actor):
                return True  # "after Hezbollah fired rockets at Haifa, Israeli jets struck ..."
            if any(a <= ms < b for a, b in reactions):
                return True  # "in response to the rockets fired at Tel Aviv": what the strike answered
            if fell_on(ms) and not _source_seat(ctx, sent, ms, me) and not _speech_place(ctx, sent, ms):
                return False  # "debris from a downed drone fell on a house in the X region": hit there
            if any(o_end <= ms and ms - o_end <= 40 and "," not in text[o_end:ms] and
                   not lex.search("places.direction_preps", text, o_end, ms) and
                   not any(o_end < a < ms for a, _ in strikes_proper) and
                   not _owner_linker(ctx, s, o_start, o_end, ms) for o_start, o_end in origins):
                # (but "drones launched from the Kursk region struck the city of Sumy": the strike
                # verb between them opens the place struck)
                return True  # "launched from the Golan" (but "from the Golan towards Damascus")
            if any(o_end <= ms and _origin_list(ctx, o_end, ms) for _, o_end in origins):
                return True  # "أطلقت من مناطق كورسك، وبريانسك، وأوريول ... وهفارديسكي بشبه جزيرة القرم"
            if any(o_end <= ms and _LIST_COLON.match(text, o_end) and ";" not in text[o_end:ms] for _, o_end in origins):
                return True  # "атакували за напрямками: Курськ, Балаклава (Крим)": a list of launch areas
            if any(u_end <= ms and ms - u_end <= 45 for _, u_end in units):
                return True
            if origin_end and origin_end.match(text, me):
                return True  # "Gazze'den": from Gaza
            if _origin_after(ctx, me, e):
                return True  # "Diyarbakır'daki üsten kalkan": the base the jets took off from
            if any(r_end <= ms and (not text[r_end:ms].strip(" '’") or
                                    any(r_end <= a and b <= ms for a, b in settles) and
                                    ms - r_end <= 50 and "," not in text[r_end:ms])
                   for _, r_end in refs):
                # "targets south of Damascus", "au sud de Damas", "south of the Kurdish-held
                # city of Qamishli": where, not what
                return True
            if _source_seat(ctx, sent, ms, me) or _speech_place(ctx, sent, ms):
                return True  # "wie das Verteidigungsministerium in Ankara mitteilte"
            if _care_place(ctx, s, e, ms, me):
                return True  # "wounded people taken to a hospital in Tyre": where they were cared for
            if over_place(ms):
                # "a détruit 12 drones au-dessus des régions de Belgorod": the country only
                shot_over.extend(gaz.admin1_country(a.code) for a in gaz.find_admin1(text[ms:me]))
                downed_in.extend(a.code for a in gaz.find_admin1(text[ms:me]))
                return True  # "وأسقطت 3 مسيرات فوق مقاطعة كورسك و2 فوق بيلغورود": downed over them
            if shot and any(same_unit(ctx, s, e, ms, a) for a, _ in strikes_proper) and \
                    not any(same_unit(ctx, s, e, ms, x) for x, _ in shot):
                # "сбили 12 беспилотников над Белгородской областью, а в Курской области
                # беспилотник попал в подстанцию": the clause of its own hit verb, not the shoot-down's
                return False
            if any(se <= ms and ms - se <= SHOT_PLACE_CHARS and not re.search(r"[,;:]", text[se:ms])
                   for _, se in shot) and strikes_proper:
                return True  # "Russia launched 61 drones, 45 of which were shot down over Kyiv"
            if shot and (not strikes_proper or sent.shootdown):
                for a in gaz.find_admin1(text[ms:me]) if sent.shootdown or sent in d.place_details else []:
                    shot_over.append(gaz.admin1_country(a.code))  # "over Belgorod": the country only
                    downed_in.append(a.code)
                return True
            return False

        a1 = _admin1(ctx, seg)
        rural = _spans(lex, "places.countryside_nouns", text, s, e) if lex.has("places.countryside_nouns") else []
        unit_spans = [(s + m.start, s + m.end) for m in a1  # "ريف دمشق": the province, not Damascus
                      if m.qualified and any(s + m.start <= a < s + m.end for a, _ in rural)]
        town_end = None   # the end of the last seat town this sentence named as a location
        listed_units = _listed_units(ctx, [(s + u.start, s + u.end) for u in a1])
        left_out = None   # the end of the last unit left out
        government_end = None   # the end of the last capital named for its government
        for m in a1:
            ms, me = s + m.start, s + m.end
            if _descriptor_unit(ctx, ms, me, e):
                continue  # "in der südlichen Gaza-Stadt Rafah": Rafah's, not Gaza City's
            if _government_capital(ctx, sent, m, ms, me) or \
                    (government_end is not None and not m.qualified and _only_list_glue(text[government_end:ms])):
                # "Moscow said", "le régime de Damas", "emisarios de Moscú, Kiev y Washington" (the
                # next capitals of its list): the government, no place struck (and no first item
                # of a list of places: left_out stays as it was)
                government_end = me
                continue
            government_end = None
            if excluded(ms, me) or (left_out is not None and _only_list_glue(text[left_out:ms])) or \
                    incoming and gaz.admin1_country(m.code) == incoming:
                # "з території Херсонської та Запорізької областей": the next unit of a list
                # goes where the list's first went (here: a launch area, no place struck)
                left_out = me
                continue
            left_out = None
            if m.seat and hasattr(gaz, "region_of_city") and gaz.region_of_city(m.code) and \
                    (_in_unit_list(text, ms, me, s, e) or
                     grammar.regex(_UNIT_BEFORE, re.IGNORECASE).search(text[max(s, ms - 40):ms])):
                # "in den Regionen Charkiw, Tscherkassy und Kyjiw": a city that is a unit of its
                # own, named among regions, is the region around it (UA-32, not the city UA-30)
                m = dataclasses.replace(m, code=gaz.region_of_city(m.code), seat=None)
            if any(a <= ms and me <= b and (a, b) != (ms, me) for a, b in actor_spans):
                continue  # "Kyiv's air force", "Moscow's forces": part of a side's name, no place
            if not m.qualified and _tail_of_name(ctx, s, ms):
                continue  # "la localidad de Mir Qasim": the last word of a town's name, not Al-Qassim
            owned = _owned_facility(ctx, me, e)
            if owned is not None and getattr(owned, "admin1", None):
                continue  # "Tel Aviv's Ben Gurion airport": the city locates the airport struck
            direct.add(m.code)
            (town_named if m.seat else by_name).add(m.code)
            if m.code not in admin1:
                admin1.append(m.code)
                spans.setdefault("admin1", [ms, me])
            if m.seat and owned is None and not reference_point(ms) and not _in_unit_list(text, ms, me, s, e) and \
                    ms not in listed_units and \
                    not grammar.regex(_UNIT_BEFORE, re.IGNORECASE).search(text[max(s, ms - 40):ms]) and \
                    not grammar.regex(_ZONE_AFTER, re.IGNORECASE).match(text, me):
                prev = _prev_words(text[s:ms], ms - s, 3)   # within the sentence
                # "près de Hodeïda", "in the vicinity of X": a phrase that only ever locates a town
                near = lex.has("places.locality_preps") and any(
                    not text[b:ms].strip() for _, b in _spans(lex, "places.locality_preps", text, max(s, ms - 40), ms))
                # "ont frappé Khan Younès": the object of the strike verb itself is the town, also
                # after a time phrase ("atacaron el martes Járkov": locate._after_time_words)
                hit = any(b <= ms and (not text[b:ms].strip() or not text[_after_time_words(ctx, b, ms):ms].strip())
                          for _, b in sent.triggers)
                # "... frappé Khan Younès, dans le sud de la bande de Gaza, et Deir al-Balah": the
                # next town of the same list, after a coordinator, with no verb between
                listed = town_end is not None and ms - town_end <= LIST_NEXT_CHARS and \
                    bool(prev) and prev[-1] in grammar.bare("coordinators") and \
                    not any(town_end <= a < ms for a, _ in sent.triggers) and ";" not in text[town_end:ms]
                # "Hudeyde kentine", "Hudeyde Limanı'na": the town itself, or the port named by it
                # (head-final: the noun after the name)
                facility = lex.has("places.town_heads") and any(
                    a >= me and (not text[me:a].strip() or _genitive_before(lex.lang).fullmatch(text, me, a))
                    and not _contains_next(ctx, b, e)
                    for a, b in _spans(lex, "places.town_heads", text, me, min(e, me + 30)))
                town_noun = bool(prev and set(prev) & _locality_nouns(lex))
                # "a missile strike on Kharkiv", "un ataque contra Járkov", "удар по Харькову":
                # the seat town right after the preposition that brings in what a strike before
                # it hit is the town struck
                aimed = bool(prev) and prev[-1] in _target_preps(lex) and \
                    any(a < ms for a, _ in sent.triggers) or _aimed_at(ctx, s, ms)
                # "Refah ve Han Yunus'u vurdu", "Harkiv'i vurdu": a seat town in the accusative
                # right before a head-final strike word is its object, the town struck; so is each
                # bare name of the list that ends with it (the dative, "Harkiv'e düzenlenen
                # saldırı", is left alone: it often names the province by its seat)
                obj = lex.has("places.accusative_suffixes") and _accusative_list_object(ctx, sent, a1, m)
                # "غارة إسرائيلية بدير البلح" (in Deir al-Balah), "على رفح وبخان يونس": a clitic "in"
                # glued to the seat's name reads as "in" before it does; a glued "and" after a
                # town already located continues its list
                glued = _glued_clitics(ctx, s, ms)
                if glued and grammar.words("locative_clitics", lex.lang) & set(glued):
                    obj = True
                elif glued and town_end is not None and ms - town_end <= LIST_NEXT_CHARS and \
                        glued[0] in grammar.words("conjunction_clitics", lex.lang) and \
                        not any(town_end <= a < ms for a, _ in sent.triggers) and ";" not in text[town_end:ms]:
                    listed = True
                if not (near or town_noun or facility or obj) and m.code in _units_named_with_noun(ctx):
                    # "удары ... в Идлибе" in a story that names "провинции Идлиб": the bare seat
                    # is the province ([meta] seat_as_named_unit); "в городе Идлиб" stays the town
                    continue
                if near or hit or aimed or listed or facility or obj or \
                        (prev and (set(prev) & ctx.place_words or set(prev) & _locality_nouns(lex))):
                    added = len(locations)
                    _add_location(locations, m.seat, m.code, gaz)
                    named_here.append((ms, me, locations[added:]))
                    ctx.surface.setdefault(m.seat, set()).add(text[ms:me])
                    town_end = me
        prev_country = None   # the last country named as a place in this sentence: (end, code)
        for c in _countries(ctx, seg):
            ms, me = s + c.start, s + c.end
            if excluded(ms, me):
                continue
            if _neighbour(ctx, s, ms):
                continue  # "à la frontière avec le Niger", "frontalière de l'Irak et de l'Iran": a neighbour
            if grammar.words("compound_participles", lex.lang) and \
                    grammar.regex(r"-{compound_participles}(?!\w)", re.IGNORECASE).match(text, me):
                continue  # "Iran-backed militias", "a Turkey-based group": who backs or hosts, no place
            if any(a < ms and me <= b and (lex.search("actor_roles.forces_nouns", text, a, ms) or
                                           lex.search("actor_roles.military_names", text, a, ms))
                   for a, b, _ in sent.mentions):
                continue  # "l'armée de l'air du Niger": a side's force named by its country, no place
            if any(a <= ms and me <= b and code == d.actor for a, b, code in sent.mentions) and \
                    not _place_mention(ctx, ms):
                continue  # "Russia launched 30 drones", "Минобороны России": the striker or its voice, not a place
            if any(code == d.actor and grammar.regex(_OF_GLUE, re.IGNORECASE).fullmatch(text, b, ms)
                   for a, b, code in sent.mentions):
                continue  # "le groupe houthi du Yémen", "the Houthis of Yemen": where the striker is from
            if grammar.words("leader_participles") and \
                    grammar.regex(_LEADER_BEFORE, re.IGNORECASE).search(text[max(s, ms - 30):ms]):
                continue  # "la coalition menée par les Etats-Unis": who leads it, not where it struck
            if _patron_country(ctx, s, ms, me):
                continue  # "le Hezbollah, soutenu par l'Iran", "İran destekli Hizbullah": the patron
            countries.append(c.alpha2)
            first_named.setdefault(sent.index, set()).add(c.alpha2)
            if prev_country is not None and prev_country[1] != c.alpha2 and sent is d.sentences[0] and \
                    grammar.regex(_PLACES_JOINED, re.IGNORECASE).fullmatch(text, prev_country[0], ms):
                # the report's own lead: "Ziele in Syrien und dem Nordirak" (a later background
                # sentence's "parts of Lebanon and Syria" spans no report)
                joined.update({prev_country[1], c.alpha2})
            prev_country = (me, c.alpha2)
        territorial = {(a, b) for a, b, _ in _adjective_countries(ctx, s, e)}
        for ms, me, code in _town_adjective_countries(ctx, s, e):
            if (ms, me) not in territorial and not excluded(ms, me):
                countries.append(code)  # "the Syrian town of Ariha": the town's country
                first_named.setdefault(sent.index, set()).add(code)
        for ms, me, code in _adjective_countries(ctx, s, e):
            if not excluded(ms, me):
                countries.append(code)  # "le nord-est irakien", "Israeli territory"
                first_named.setdefault(sent.index, set()).add(code)
            elif shot and (not strikes_proper or over_place(ms)) and not any(a <= ms < b for a, b in ctx.no_place):
                shot_over.append(code)  # "downed over Russian regions": the country only
        located_end = -1   # where the last name found in the gazetteer ends
        adjectival = list(_adjectival_towns(ctx, sent))
        district_units: list = []   # districts that name no town struck, only their unit
        adjectival += [t for t in _district_towns(ctx, sent, admin1, district_units)
                       if not any(a < t[2] and t[1] < b for _, a, b, _ in adjectival)]
        for name, ls, le, strong in locality_candidates(ctx, sent):
            if any(a < le and ls < b for _, a, b, _ in adjectival):
                continue  # "по Саратовському нафтопереробному заводу": the town's adjective names
                # the town (below), not a place spelt like the adjective (the stanitsa Saratovskaya)
            if strong == ALIAS and located_end >= 0 and _PAREN_NAME.match(text, located_end) and \
                    _PAREN_NAME.match(text, located_end).start(1) == ls:
                continue  # "Jaffa (Tel Aviv)": the place is known by its first name
            poss = re.match(r".*['’]s\s+", name)
            if poss:  # "Syria's Aleppo": the place is Aleppo
                ls, name = ls + poss.end(), name[poss.end():]
            adj = re.match(r"(\S+)\s+(?=\S)", name)
            if adj and lex.raw.get("place_adjectives") and \
                    lex.find_coded("place_adjectives", adj.group(1)) and not lex.find_coded("place_adjectives", name[adj.end():]):
                # "the Yemeni Hodeida governorate", "the Syrian town Ariha": a country's
                # adjective before the name is no part of it
                ls, name = ls + adj.end(), name[adj.end():]
            if excluded(ls, le) or reference_point(ls, name) or _calendar_word(lex, name) or _lexicon_noun(lex, name):
                continue
            if lex.raw.get("place_adjectives") and any(
                    a == 0 and b == len(name.strip()) for a, b, _ in lex.find_coded("place_adjectives", name.strip())):
                continue  # "in Yemeni capital Sanaa": a country's adjective alone names no locality
            if any(s + m.start <= ls and le <= s + m.end and (s + m.start, s + m.end) != (ls, le) and
                   (not m.qualified or _NAME_GOES_ON.match(text, le, s + m.end) or
                    _NAME_BEFORE.search(text, s + m.start, ls)) for m in a1):
                # "Sina" inside "Kuzey Sina" (North Sinai), "Sistan" inside "Sistan and Baluchestan
                # province": part of the unit's name (but "la région de Mossoul" names the town)
                continue
            if any(s + m.start == ls and le < s + m.end and m.qualified and not text[le:s + m.end][:1].isalnum()
                   for m in a1):
                # "в Белгородской области России", "у Кіровоградській області України": the
                # name before the unit word opens the unit's own name (an adjective, or "the Sumy
                # region"), the unit struck, not its seat town
                continue
            if any(a <= ls and le <= b for a, b in unit_spans):
                continue  # the city named inside "ريف دمشق" (Damascus countryside) was not struck
            if any(a <= ls < b for a, b in actor_spans):
                continue
            if any(a < le and ls < b for a, b in sent.triggers + sent.nouns):
                continue  # "bei Angriffen": the strike word itself, capitalised as German nouns are
            if _is_country_or_unit(gaz, name):
                continue
            unit_list = _in_unit_list(text, ls, le, s, e)
            is_admin1 = any(a.end - a.start >= len(name.strip()) - 1 for a in gaz.find_admin1(name))
            if is_admin1 and (unit_list or grammar.regex(_UNIT_BEFORE, re.IGNORECASE).search(text[max(s, ls - 40):ls]) or
                              ls in listed_units):
                continue  # "dans les provinces de Homs et Hama": provinces, not the cities
            if is_admin1 and _after_part_prep(ctx, s, ls):
                continue  # "dans le sud-ouest de Saada": a part of the province, not its seat
            seat_unit = _part_of_seat_unit(ctx, s, ls, name)
            if seat_unit:
                # "en el norte de Saná": a part of a capital that is a unit of its own, the unit
                if seat_unit not in admin1:
                    admin1.append(seat_unit)
                continue
            if is_admin1 and _units_named_with_noun(ctx) and \
                    any(a.code in _units_named_with_noun(ctx) for a in gaz.find_admin1(name)) and \
                    not set(_prev_words(text[s:ls], ls - s, 3)) & _locality_nouns(lex) and \
                    not (lex.has("places.locality_preps") and any(
                        not text[b:ls].strip() for _, b in _spans(lex, "places.locality_preps", text, max(s, ls - 40), ls))):
                continue  # "в Идлибе" where the story names "провинции Идлиб": the province ([meta] seat_as_named_unit)
            if is_admin1 and strong is False and lex.has("places.town_heads") and text[le:le + 1] in "'’":
                # "İdlib'de", "Deyrezor'da bulunan hedefler": a unit's own name with only a case
                # ending names the unit; its town takes its town noun ("İdlib kentinde")
                continue
            if incoming and _own_locality(gaz, name, incoming):
                continue  # the other side's fire came down there (incoming above)
            place = _lookup(gaz, name, countries[0] if countries else None)
            if place is not None and not countries and admin1 and place.country not in \
                    {gaz.admin1_country(c) for c in admin1} and \
                    (_unscripted(name) or not _close_name(name, place.name)):
                # a loose namesake in another country than the event's units ("Zarki" in Iran
                # for a village of Nangarhar), or a word that one of its aliases spells in a
                # script without capitals ("الثورة", revolution, an old name of al-Tabqa, in a
                # Sanaa district's name): only its own country's place, or none
                place = _lookup(gaz, name, gaz.admin1_country(admin1[0]))
            if place is not None and not countries and admin1 and (place.population or 0) < HOMONYM_TOWN_POPULATION and \
                    place.country not in {gaz.admin1_country(c) for c in admin1}:
                # a village's namesake in another country than the event's units ("im Dorf Urman"
                # after "Provinz Suweida"): only the units' country's place, or none
                place = _lookup(gaz, name, gaz.admin1_country(admin1[0]))
            if place is not None and not countries and not admin1 and _named_countries(ctx) - {_own_country(d.actor)} and \
                    place.country not in _named_countries(ctx) and (place.population or 0) < HOMONYM_TOWN_POPULATION:
                # a village's namesake in a country the text never names, by name or by its side,
                # while it names another than the striker's own ("Urman" in Bashkortostan for a
                # village of Suweida, "Syrian activists said"): the story's country's place, or
                # none (a city is meant as itself: "eine Raffinerie in Syzran")
                place = _lookup(gaz, name, ctx.doc_country) if ctx.doc_country else None
            near_guess = None
            if place is not None and _CYRILLIC.search(name) and \
                    not any(p.geonameid == place.geonameid for p in gaz.places_named(name)):
                # a near spelling of another place ("Смілі" close to an alias of Izmail): the
                # declined name's base forms first, kept only when one spells a place exactly
                near_guess, place = place, None
            if place is None and _CYRILLIC.search(name):
                # "под Волчанском", "в районе Часова Яра Донецкой ...": a declined name, tried in
                # its base forms, the longest run of words first
                words = name.split()
                # (a run of words before a unit's adjective, "по Кривому Рогу Дніпропетровської
                # області", is a whole name and may open with an adjective, as a run alone does)
                before_unit = {n for n in range(1, len(words))
                               if any(a.start == 0 for a in _admin1(ctx, " ".join(words[n:]) + text[le:min(e, le + 30)]))}
                tries = [(" ".join(words[:n]), form) for n in range(len(words), 0, -1)
                         for form in [" ".join(words[:n])] * (n < len(words)) +
                         _cyrillic_forms(" ".join(words[:n]), adjectival=(n == len(words) and not _attributive(ctx, le))
                                         or n in before_unit)]
                # exact names first, anywhere; then close ones in the event's country; of one
                # run of words' guesses, the best-known place ("Кропивницького": the city
                # Кропивницький, not a village Кропивницьке)
                # (a unit named right after the name, in the genitive, first: "у Новомосковську
                # Дніпропетровської області" is the Dnipropetrovsk town, not the Tula city)
                first_end = ls + len(words[0])
                attached_units = [a.code for a in _admin1(ctx, text[first_end:min(e, le + 60)])
                                  if a.start > 0 and not text[first_end:first_end + a.start].strip()]
                attached = gaz.admin1_country(attached_units[0]) if attached_units else None
                for where in [attached] * (attached is not None) + [None] + countries[:1]:
                    for head in dict.fromkeys(h for h, _ in tries):
                        pairs = [(form, _lookup(gaz, form, where)) for h, form in tries if h == head]
                        found = [pl for _, pl in pairs if pl is not None]
                        # (a guess that spells a place's own name beats a near spelling of another:
                        # "у Смілі" is Сміла, not Izmail found close to "Смілі")
                        exact = [pl for form, pl in pairs if pl is not None and
                                 any(p.geonameid == pl.geonameid and p.name == pl.name for p in gaz.places_named(form))]
                        found = exact or ([] if near_guess is not None else found)
                        if found:
                            place, name = max(found, key=lambda pl: (pl.admin1 in attached_units, pl.geonameid is None,
                                                                     pl.population or 0)), head
                            break
                    if place is not None:
                        break
                if place is None and near_guess is not None:
                    place = near_guess
                if place is None and hasattr(gaz, "romanize") and not _attributive(ctx, le):
                    # (a name before a lower-case noun qualifies it, "на Запорізькому напрямку":
                    # no guess of it names a village)
                    place = _romanized_declined(ctx, name, le, countries, admin1)
            if (place is None or not _same_name(name, place.name)) and not _unscripted(name):
                # "Deljatyn", "Zaporijya": a name spelled by the letters of the text's language,
                # in the English spelling the gazetteer keeps
                english = gaz.respell(name, lex.lang) if hasattr(gaz, "respell") else None
                # in the country the event names, else its units' ("nahe Sindschar in der Provinz
                # Idlib": Idlib's Sinjar, not Iraq's), else anywhere
                where = countries[0] if countries else gaz.admin1_country(admin1[0]) if admin1 else None
                other = _lookup(gaz, english, where) if english else None
                if other is None and english and where is not None and not countries:
                    other = _lookup(gaz, english, None)
                if english and (other is None or not _close_name(english, other.name, 80)):
                    # "Isjum", "Losowa": the letter that writes both с and з read the other way
                    voiced = gaz.respell(name, lex.lang, voiced=True)
                    again = _lookup(gaz, voiced, where) if voiced else None
                    if again is None and voiced and where is not None and not countries:
                        again = _lookup(gaz, voiced, None)
                    if again is not None and _close_name(voiced, again.name, 80):
                        other, english = again, voiced
                if other is not None and _close_name(english, other.name, 80):
                    place, name = other, english
            if place is None and _unscripted(name) and len(set(countries)) > 1:
                # "في سوريا والعراق ... وفي العراق ضربت الطائرات مواقع قرب بيجي والموصل": a name in
                # a script without capitals, unknown in the first country the event names, is
                # looked up in the other countries it names as places (never anywhere: such a
                # spelling may also be a common word)
                place = next((pl for pl in (_lookup(gaz, name, c) for c in dict.fromkeys(countries[1:]))
                              if pl is not None), None)
            if countries and (place is None or not _same_name(name, place.name)) and not _unscripted(name):
                # "en Syrie et en Irak ... à Mossoul": a place of another country the event names
                # (any country for the other name of a place: "Umm al-Rashrash (Eilat)")
                other = _lookup(gaz, name, None)
                # ... or of a country whose units the event names already ("Jizan and Khamis
                # Mushait" after "the Houthis of Yemen": Saudi Arabia's town)
                if other is not None and (other.country in countries or strong == ALIAS and _close_name(name, other.name)
                                          or other.country in {gaz.admin1_country(c) for c in admin1}):
                    place = other
            # a name in a script without Latin letters is trusted to the gazetteer's aliases, and
            # so is a spelling entered by hand for the place ("Askalan kentine": Ashkelon)
            if place is not None and not _same_name(name, place.name) and \
                    hasattr(gaz, "is_entered_name") and gaz.is_entered_name(name, place):
                name = place.name
            if place is None or not (_same_name(name, place.name) or _unscripted(name)):
                # a name the gazetteer lacks, after "near the village of" or in a list of
                # districts ("the Hakurk, Metina and Gara regions"): kept, without coordinates
                if strong and place is None and _CYRILLIC.search(name) and hasattr(gaz, "romanize"):
                    # "в районах Айтарун и Маркаба": a village the gazetteer lacks, in the nominative
                    # (after "в селе", "у хутора", "по ущелью" whatever its ending: "Малиновое")
                    name = gaz.romanize(name, lex.lang, nominative=_in_apposition(ctx, ls)) or name
                    # "Джиср-эш-Шугур" -> "Jisr-esh-Shugur": the Latin spelling may be one the
                    # gazetteer knows up to transliteration (in the event's country when it has one)
                    # in a country the event names or one of its units' (else anywhere)
                    wheres = list(dict.fromkeys(countries + [gaz.admin1_country(c) for c in admin1])) or [None]
                    for where in wheres if not _unscripted(name) else ():
                        latin = _lookup(gaz, name, where)
                        if latin is not None and _same_name(name, latin.name):
                            place = latin
                            break
                if place is not None and (_same_name(name, place.name) or _unscripted(name)):
                    pass
                elif (strong or unit_list or (strong is False and place is None and _strike_object(ctx, sent, ls))) and \
                        strong not in (CONTAINER, ALIAS, FACILITY_TOWN) and not is_admin1 and _plausible_name(ctx, name) and \
                        not _title_case_line(ctx, ls) and not _person_named(ctx, sent, ls, le) and \
                        not _noun_with_genitive(ctx, name, le) and not _known_alias_after(ctx, le):
                    added = len(locations)
                    if place is not None and countries and place.country == countries[0] and \
                            place.admin1 and not _unscripted(name) and \
                            any(p is place for p in gaz.places_named(name, countries[:1])):
                        # "near El Bur ... in Somalia": one of the place's own names, spelled
                        # exactly so, in the country the event names (GeoNames: Ceelbuur, also
                        # called El Bur): kept in the text's spelling, with the place's unit
                        if place.admin1 not in admin1:
                            admin1.append(place.admin1)
                        _add_location(locations, name, place.admin1, gaz, place)
                    else:
                        _add_location(locations, _english_spelling(gaz, lex, name), None, gaz, _NO_PLACE)
                    named_here.append((ls, le, locations[added:]))
                    spans.setdefault("locations", [ls, le])
                    continue
                else:
                    continue
            if strong == FACILITY_TOWN and place.geonameid is not None and \
                    (place.population or 0) < FACILITY_TOWN_POPULATION:
                continue  # "el aeropuerto de Ramon": a village spelt like the facility's own name
            if place.admin1 and place.admin1 not in admin1:
                admin1.append(place.admin1)
            located_end = le
            if strong == CONTAINER:
                continue
            added = len(locations)
            _add_location(locations, place.name, place.admin1, gaz, place)
            named_here.append((ls, le, locations[added:]))
            ctx.surface.setdefault(place.name, set()).add(name)
            spans.setdefault("locations", [ls, le])
        for name, ls, le in _caseless_unknown_names(ctx, sent):
            # "في قرية حفسرجة", "قرى الشعاب وخازمة": a place the gazetteer lacks, named after a
            # settlement noun in a script without capitals, kept under a romanised name (a name
            # it knows was read above, with its unit)
            if excluded(ls, le) or reference_point(ls, name) or _lookup(gaz, name, None) is not None or \
                    incoming and gaz.romanize(name, lex.lang) and \
                    gaz.lookup_place(gaz.romanize(name, lex.lang), incoming) is not None or \
                    _is_country_or_unit(gaz, name) or any(a <= ls < b for a, b in unit_spans) or \
                    _seat_unit_name(gaz, name) or \
                    any(a < le and ls < b for a, b in actor_spans) or \
                    any(a < le and ls < b for a, b in sent.triggers + sent.nouns):
                continue
            latin = gaz.romanize(name, lex.lang) if hasattr(gaz, "romanize") else None
            if not latin:
                continue
            place = None
            for where in dict.fromkeys(countries + [gaz.admin1_country(c) for c in admin1]):
                # "Kismayu": the Latin spelling may be one the gazetteer knows in the event's country
                known_place = _lookup(gaz, latin, where)
                if known_place is not None and _close_name(latin, known_place.name):
                    place = known_place
                    break
            added = len(locations)
            if place is not None:
                _add_known_place(locations, admin1, place, gaz)
            else:
                _add_location(locations, latin, None, gaz, _NO_PLACE)
            named_here.append((ls, le, locations[added:]))
            spans.setdefault("locations", [ls, le])
        for name, ls, le, place in adjectival:
            if excluded(ls, le):
                continue
            added = len(locations)
            _add_known_place(locations, admin1, place, gaz)
            named_here.append((ls, le, locations[added:]))
            ctx.surface.setdefault(place.name, set()).add(name)
            spans.setdefault("locations", [ls, le])
        for ls, le, code in district_units:
            # "в Белгородском районе", "в селе X Грайворонского городского округа": the unit
            if not excluded(ls, le):
                direct.add(code)
                if code not in admin1:
                    admin1.append(code)
                    spans.setdefault("admin1", [ls, le])
        for name, ls, le in _facilities(ctx, s, e):
            if not excluded(ls, le) and _plausible_name(ctx, name.split()[0] if " " in name else name):
                # a facility the gazetteer holds ("Ben Gurion Airport") takes its unit
                known = _lookup(gaz, name, None)
                town = None if known is not None and _same_name(name, known.name) else \
                    _facility_town(ctx, name, countries[:1] + [gaz.admin1_country(c) for c in admin1[:1]])
                if town is not None:
                    known = town   # "Sochi airport", "Uluslararası Erbil Havalimanı": the town it serves
                if known is not None and (town is not None or _same_name(name, known.name)):
                    _add_known_place(locations, admin1, known, gaz)
                else:
                    _add_location(locations, _town_of_named_facility(name), None, gaz, _NO_PLACE)
                spans.setdefault("locations", [ls, le])
        _drop_containers(ctx, named_here, locations)
    if not admin1 and not locations and len(set(downed_in)) == 1 and _debris_without_place(ctx, d):
        # "Air defences shot down 12 drones over the Belgorod region. Falling debris damaged two
        # houses": the debris fell where the weapons were downed, the one unit named
        # (ANNOTATING: regions where debris fell are kept)
        admin1.append(downed_in[0])
    _drop_stray_units(ctx, admin1, locations, countries, town_named - by_name)
    _homonyms_in_named_units(gaz, locations, admin1, direct)
    _nearest_homonyms(gaz, locations, admin1, direct)
    _drop_own_units(ctx, d.actor, admin1, locations, direct)
    country = None
    from_admin1 = list(dict.fromkeys(gaz.admin1_country(c) for c in admin1))
    pool = from_admin1 or list(dict.fromkeys(countries))
    if len(joined) > 1 and set(pool) <= joined:
        pass  # two countries joined in one place phrase: the event spans both (CONVENTIONS)
    elif len(pool) == 1:
        country = pool[0]
    elif len(pool) > 1 and not from_admin1:
        # the most named country when one dominates and the others are named once in passing
        counts = {c: countries.count(c) for c in pool}
        top = max(counts.values())
        tops = [c for c, n in counts.items() if n == top]
        country = tops[0] if len(tops) == 1 and top >= 3 and sorted(counts.values())[-2] == 1 else None
        lead = first_named[min(first_named)] if first_named else set()
        if country is None and len(lead) == 1 and next(iter(lead)) in tops and \
                all(n == 1 for c, n in counts.items() if c not in lead):
            # the report's own sentence names one country, the most named; the others are
            # named once in later sentences (the background, the other side's attack)
            country = next(iter(lead))
    if country is None and not pool and _dominant(shot_over) is not None:
        # drones shot down over Belgorod and Kursk: Russia, no admin1 (five regions, one of
        # them Crimea: the country most of them are in)
        country = _dominant(shot_over)
    elif country is None and not pool and _downed_over_water(ctx, d):
        pass   # "أسقطت ... فوق البحر الأحمر": weapons downed over the sea have no country (CONVENTIONS)
    elif country is None and not pool and (on_state := _group_strike_on_state(ctx, d))[0]:
        # "Le Hezbollah a attaqué deux positions de l'armée israélienne": a group's strike on one
        # state's forces fell in that state, not in the story's country; at sea, in none
        country = on_state[1]
    elif country is None and not pool:
        country = ctx.doc_country  # the event's sentences name no place: the story's country
    if country is None and not pool and not shot_over:
        # "dans le nord du pays", "غرب البلاد": a part of the country named just before
        country = _referred_country(ctx, d)
    if country is None and not pool and not shot_over:
        # "L'armée de l'air ukrainienne a annoncé avoir abattu 21 drones lancés par la Russie":
        # weapons shot down where no place is named, over the defender's own land
        country = _defender_country(ctx, d)
    if sents is not None:
        _add_echoed_places(ctx, d, sents, admin1, locations, countries)
        units_in = {gaz.admin1_country(c) for c in admin1}
        if country is not None and from_admin1 and len(units_in) > 1 and country in units_in:
            # a unit of another country, echoed by a later sentence, joins the event's units
            # (Crimea, then Krasnodar): the event spans two countries (CONVENTIONS: null)
            country = None
        if country is None and not countries and len(units_in) == 1 and \
                not any(s.interception or s.shootdown or _spans(lex, "places.shootdown_verbs", text, s.start, s.end)
                        for s in d.sentences):
            # "Des avions syriens ont bombardé ... Les bombardements ont eu lieu dans la province
            # d'Idleb": the country of the units where it fell (not after an interception
            # report, whose drones may have flown at two countries)
            country = units_in.pop()
    return country, admin1, locations, spans


# A name the gazetteer lacks, after a plain place preposition, is read as the place struck
# when a strike word stands at most this many words before that preposition, in its clause
# ("airstrikes on Hursh Basinqoul", "a frappé à Tumbun Rego", "carried out in Ajigin").
STRIKE_OBJECT_WORDS = 3


def _strike_object(ctx: Ctx, sent: Sentence, ls: int) -> bool:
    """Does the unknown name at ls follow a strike word of its own clause within
    STRIKE_OBJECT_WORDS words (the preposition and an article between)? Not where every noun
    is capitalised ("bei Angriffen auf Stellungen": a noun, not a name)."""
    if ctx.lex.raw.get("meta", {}).get("capitalised_nouns"):
        return False
    # a time phrase right after the verb ("bombardearon el viernes X y Y") is not counted
    return any(b <= ls and tokens_between(ctx, min(_after_time_words(ctx, b, ls), ls), ls) <= STRIKE_OBJECT_WORDS and
               same_unit(ctx, sent.start, sent.end, a, ls) for a, b in sent.triggers + sent.nouns)


def _echo_sentences(ctx: Ctx, d: Draft, sents: list[Sentence]) -> list[Sentence]:
    """The document's other sentences that name the event's strike again, by a strike noun
    or verb, with no other striker ("Die Luftangriffe hätten Wohnhäuser im Dorf X getroffen",
    "The attack happened in X", "під час обстрілу ринку в місті X"): not held by the event
    nor by another side's, not denied, historical or a shoot-down, and naming no side but
    the event's own as the one that struck."""
    from .events import _strike_of_earlier_period, _uncoded_group_subject  # noqa: PLC0415 (events imports this module)

    out = []
    for sent in sents:
        if sent.index in ctx.claimed or sent.suppressed or sent.interception or sent.shootdown or \
                not (sent.nouns or sent.triggers):
            continue
        if _uncoded_group_subject(ctx, sent):
            continue  # "Die Rebellen beschossen daraufhin ...": a side without a code strikes
        if _strike_of_earlier_period(ctx, sent, True):
            continue  # "Минулого місяця ракетний удар по Харкову ...": an earlier strike recalled
        hit = {code for _, _, code in sent.targets}
        strikers = {code for _, _, code in sent.actors} - hit
        if strikers - {d.actor} or d.actor in hit or d.actor not in _nearest_holders(ctx, sent.index):
            continue  # another side strikes, or the event's own side is hit ("an attack on Turkish ...")
        out.append(sent)
    return out


def _nearest_holders(ctx: Ctx, index: int) -> set:
    """The actors whose events hold the report's sentence nearest before the sentence at
    ``index``: whose strike it names again. A sentence just before them all (a headline, a
    lead) names the strike of the story's only striker, and no one's when it has several."""
    before = [i for i in ctx.claimed if i < index]
    if before:
        return ctx.claimed[max(before)]
    everyone = set().union(*ctx.claimed.values()) if ctx.claimed else set()
    if len(everyone) != 1 or min(ctx.claimed) - index > DETAIL_SENTENCES:
        return set()   # several strikers, or a lead far from the report (a story it only recalls)
    return everyone


# A sentence that names a strike again says where it fell within this many words of its
# strike word ("die Luftangriffe hätten Wohnhäuser im Dorf X getroffen").
ECHO_PLACE_WORDS = 20


# A country's possessive before the place it holds: en "Ukraine's", tr "Ukrayna'nın", "Rusya'nın".
_POSSESSIVE_BEFORE_PLACE = re.compile(r"['’](?:s|n?[ıiuü]n)\s+(?=[A-ZÀ-ÖØ-ÞĞİŞА-ЯЁІЇЄҐ])")


def _place_owner(ctx: Ctx, ms: int, me: int) -> bool:
    """Is the country mention at ms..me named as a place: after a place preposition ("in
    Ukraine's region of Kirovohrad"), or as the possessor of the unit or town after it
    ("Ukraine's Kirovohrad region", "Ukrayna'nın Mıkolayiv kentindeki", "Rusya'nın Belgorod
    bölgesine")?"""
    if _place_mention(ctx, ms):
        return True
    poss = _POSSESSIVE_BEFORE_PLACE.match(ctx.text, me)
    if poss is None:
        return False
    rest = ctx.text[poss.end():poss.end() + 60]
    word = re.match(r"[\w'’-]+", rest)
    return any(a.start == 0 for a in _admin1(ctx, rest)) or \
        bool(word) and bool(ctx.gaz.places_named(re.split(r"['’]", word.group(0))[0], None))


def _sides_only(ctx: Ctx, sent: Sentence) -> Sentence:
    """The sentence with only the mentions that name a side: a country named as a place
    (_place_owner: "hit an airfield in Ukraine's region of Kirovohrad", "struck targets in Syria's
    Idlib province") says where the strike fell, not who else acted in its clause."""
    key = ("sides only", sent.start, sent.end, len(sent.mentions))   # asked for every name of the sentence
    if key not in ctx.countries_cache:
        sides = [m for m in sent.mentions if not _place_owner(ctx, m[0], m[1])]
        ctx.countries_cache[key] = sent if len(sides) == len(sent.mentions) else \
            dataclasses.replace(sent, mentions=sides)
    return ctx.countries_cache[key]


def _by_the_strike(ctx: Ctx, sent: Sentence, pos: int, actor: str) -> bool:
    """Does the name at pos belong to the strike of a sentence that names it again: in the
    clause of its nearest strike word, with no other side named between them ("The strike
    came as a delegation met in Kabul": the meeting's place; "the raids came hours after
    shelling by government forces near Saraqib": the other side's)?"""
    words = [(a, b) for a, b in sent.nouns + sent.triggers if same_unit(ctx, sent.start, sent.end, pos, a)]
    if not words:
        return False
    a, b = min(words, key=lambda w: pos - w[1] if w[1] <= pos else w[0] - pos + len(ctx.text))
    lo, hi = (b, pos) if b <= pos else (pos, a)
    return tokens_between(ctx, lo, hi) <= ECHO_PLACE_WORDS and \
        not any(lo <= m < hi and code != actor and not _backer(ctx, m) for m, _, code in _sides_only(ctx, sent).mentions)


def _backer(ctx: Ctx, pos: int) -> bool:
    """Is the name at pos the state that backs or leads a group ("der vom Iran unterstützten
    Huthi": document.attribute_agents)? It names no side of the strike."""
    key = ("attribute agents",)
    if key not in ctx.countries_cache:
        ctx.countries_cache[key] = attribute_agents(ctx.text)
    return any(a <= pos < b for a, b in ctx.countries_cache[key])


def _add_echoed_places(ctx: Ctx, d: Draft, sents: list[Sentence], admin1: list[str], locations: list[dict],
                       countries: list[str]) -> None:
    """The localities (and their units) of the sentences that name the event's strike again
    outside its own sentences (_echo_sentences), and the units they name as where it fell
    (_echoed_units); their countries stay the event's own sentences' to say."""
    echo = _echo_sentences(ctx, d, sents)
    if not echo:
        return
    before = list(admin1)
    _, named, more, _ = find_places(ctx, Draft(d.actor, d.cumulative, sentences=echo), strike_clause=True,
                                    known=(countries, before))
    others = [(s.start, s.end) for s in sents if ctx.claimed.get(s.index, set()) - {d.actor}]
    for unit in _echoed_units(ctx, d, echo, named, others,
                              countries or [ctx.gaz.admin1_country(c) for c in before[:1]],
                              _interception_indices(sents)):
        if unit not in admin1:
            admin1.append(unit)
    for loc in more:
        if any(loc["name"] == old["name"] or _same_name(loc["name"], old["name"]) for old in locations):
            continue
        words = ctx.surface.get(loc["name"], set()) | {loc["name"]}
        if any(w in ctx.text[a:b] for w in words for a, b in others):
            continue  # "Two were wounded in the Baalbek raid": the place another side's report names
        locations.append(loc)
        if loc["admin1"] and loc["admin1"] not in admin1:
            admin1.append(loc["admin1"])


def _interception_indices(sents: list[Sentence]) -> frozenset:
    """The indices of the sentences that only count or place interceptions ("Drones were also
    shot down over Zaporizhzhia and Kherson regions", "Ще 31 ворожий дрон-імітатор був локаційно
    втрачений"): a defender's count runs on through them before it says where the rest hit, so
    they put no distance between the report and that sentence (_echoed_units)."""
    return frozenset(s.index for s in sents if s.interception or s.shootdown)


def _echoed_units(ctx: Ctx, d: Draft, echo: list[Sentence], named: list[str],
                  others: list[tuple[int, int]], countries: list[str], passed: frozenset = frozenset()) -> list[str]:
    """Of the units ``named`` as places in the sentences that name the event's strike again
    (find_places on them, which drops origins, distances, speakers' seats ...), those named as
    such in the clause of the sentence's first strike word, after it (before it where the verb
    comes last) with no other strike word between, in a sentence at most DETAIL_SENTENCES from
    the report's: "Les attaques ont eu lieu dans les provinces de Deir ez-Zor et Idlib", "a
    drone attack in the Volgograd region". Not in a sentence that names another side, nor in
    a clause about another attack ("The strikes followed a day on which two people were
    killed in an attack in Tel Aviv"), nor by words another side's report uses ("Two were
    wounded in the Baalbek raid"); a unit before the strike word names a speaker or a
    warning ("in the Voronezh region the governor warned of a drone attack"). The event's own
    sentences still name its countries; these units are where it fell."""
    text = ctx.text
    verb_final = bool(ctx.lex.raw.get("meta", {}).get("verb_final"))
    out: list[str] = []
    own = [s.index for s in d.sentences]
    for sent in echo:
        words = sorted(sent.nouns + sent.triggers)
        if not words or any(code != d.actor and not _backer(ctx, m) for m, _, code in sent.mentions):
            continue
        if not any(abs(sent.index - i) - sum(1 for j in passed if min(i, sent.index) < j < max(i, sent.index))
                   <= DETAIL_SENTENCES for i in own):
            continue  # a strike named again far from the report: a story it recalls (the
            # interception sentences between count for nothing: _interception_indices)
        a, b = words[-1] if verb_final else words[0]
        for m in _admin1(ctx, text[sent.start:sent.end]):
            ms, me = sent.start + m.start, sent.start + m.end
            if m.code not in named or m.code in out or any(x <= ms < y for x, y in ctx.no_place):
                continue
            if countries and ctx.gaz.admin1_country(m.code) not in countries:
                continue
            if (me > a) if verb_final else (ms < b):
                continue
            if any(me <= x < a if verb_final else b <= x < ms for x, _ in words):
                continue  # another strike word between: the place of another attack
            if not same_unit(ctx, sent.start, sent.end, a, ms) or \
                    any(text[ms:me] in text[x:y] for x, y in others):
                continue
            out.append(m.code)
    return out


_QUOTES = "\"'«»„“”‘’"


# Two countries joined as the places of one phrase: a coordinator, a preposition and an
# article may stand between them ("in Syrien und dem Nordirak", "in Syria and in Iraq").
_PLACES_JOINED = r"\s+(?:{coordinators})\s+(?:(?:[^\W\d_]{1,4})\s+){0,2}"


def _english_spelling(gaz, lex, name: str) -> str:
    """A name the gazetteer lacks, in English spelling when it is plainly spelt by the
    language's own letters: it holds one of the language's respelling keys of three letters
    or more ("Tschitgar" -> "Chitgar", "Hadschin" -> "Hajin"); else as written ("Zap", "Jabalia"
    may be English spellings already)."""
    keys = [k for k in (gaz.respell_keys(lex.lang) if hasattr(gaz, "respell_keys") else ()) if len(k) >= 3]
    if not keys or not any(k in name.lower() for k in keys):
        return name
    return gaz.respell(name, lex.lang) or name


# a list of launch areas: at most this many names, each of at most this many words
ORIGIN_LIST_ITEMS = 10
ORIGIN_LIST_ITEM_WORDS = 5
_ORIGIN_LIST_SEP = re.compile(r"\s*[,،]\s*")


def _only_list_glue(gap: str) -> bool:
    """Is the text between two unit names only what joins the items of a list (commas,
    coordinators: "Херсонської та Запорізької областей")?"""
    words = _TOKEN.findall(gap)
    return bool(words) and len(words) <= 3 and all(w.lower() in _list_glue() for w in words) and \
        not re.search(r"[.;:!?()]", gap)


@lru_cache(maxsize=None)
def _glued_list_sep(lang: str | None) -> re.Pattern | None:
    """The break before a list item that carries its "and" glued on (grammar.list_clitics:
    Arabic "وبريانسك"), where a language writes its lists so; None elsewhere."""
    clitics = grammar.words("list_clitics", lang)
    if not clitics:
        return None
    return re.compile(r"\s+(?=(?:" + "|".join(re.escape(c) for c in sorted(clitics)) + r")\w)")


def _origin_list(ctx: Ctx, o_end: int, ms: int) -> bool:
    """Does the name at ms belong to a list of places opened by an origin preposition ("launched
    from the areas of Kursk, Bryansk, Oryol ... and Hvardiiske in Crimea")? Only commas join
    the list; an item holding a strike or direction word ends it ("..., then struck Sumy")."""
    gap = ctx.text[o_end:ms]
    if re.search(r"[.;:!?()]", gap):
        return False
    if _ORIGIN_LIST_SEP.search(gap):
        items = _ORIGIN_LIST_SEP.split(gap)
    elif (glued := _glued_list_sep(ctx.lex.lang)) is not None and glued.search(gap):
        # "أطلقت من مناطق أوريول وبريانسك وكورسك وميلروفو": the items joined by "and" glued on
        items = glued.split(gap)
    else:
        return False
    if len(items) > ORIGIN_LIST_ITEMS or any(len(it.split()) > ORIGIN_LIST_ITEM_WORDS for it in items):
        return False
    lex = ctx.lex
    return not any(lex.has(k) and lex.search(k, ctx.text, o_end, ms) for k in
                   ("triggers.strike_verbs", "triggers.strike_nouns", "triggers.light_verbs",
                    "places.direction_preps", "actor_roles.target_intro"))


# A possessive and the capitalised name of a facility after a place ("Tel Aviv's Ben Gurion
# international airport"): the facility is the place, the town before it only locates it
_POSSESSED_NAME = re.compile(r"['’]s\s+(?:[A-Z][\w-]*\s+){1,4}")


def _owned_facility(ctx: Ctx, me: int, e: int):
    """The facility a possessive at ``me`` owns ("Tel Aviv's Ben Gurion airport"): the
    gazetteer's place when it holds the facility, a placeholder with no unit when it does
    not ("Kyiv's Zhuliany airport": Kyiv still gives the unit), None when there is none."""
    lex = ctx.lex
    m = _POSSESSED_NAME.match(ctx.text, me)
    if m is None or not lex.raw.get("facility_nouns"):
        return None
    for name, ls, _ in _facilities(ctx, m.start(), min(e, m.end() + 30)):
        if ls == me + m.group().index(m.group().lstrip("'’s \t")[:1]):
            known = _lookup(ctx.gaz, name, None)
            return known if known is not None and _same_name(name, known.name) else _NO_PLACE
    return None


def _facilities(ctx: Ctx, s: int, e: int):
    """(name, start, end) of facilities named with a name between s and e ("по аэропорту
    Бен-Гурион", "l'aéroport Ramon", "Ben Gurion Airport", "Ramon Havalimanı"): the name,
    romanised when Cyrillic, with the English word of the facility ("Ben-Gurion Airport")."""
    text, lex, gaz = ctx.text, ctx.lex, ctx.gaz
    if not lex.raw.get("facility_nouns"):
        return
    for a, b, word in lex.find_coded("facility_nouns", text, s, e):
        glue = re.match(r"[\s" + _QUOTES + r"]*", text[b:e])
        nm = grammar.regex(_CAP_NAME).match(text, b + glue.end()) if glue.group().strip(" \t\n" + _QUOTES) == "" and \
            glue.end() > 0 else None
        if nm is None:
            # "l'aéroport de Ramon", "la raffinerie de Kirishi", "die Raffinerie von Syzran": the
            # facility's name after the linker of a genitive
            of = grammar.regex(_OF_GLUE, re.IGNORECASE).match(text, b, e)
            nm = grammar.regex(_CAP_NAME).match(text, of.end()) if of else None
        if nm is not None and nm.end() <= e:
            name, ns, ne = nm.group(1), nm.start(1), nm.end(1)
        else:
            before = text[max(s, a - 60):a].rstrip(" " + _QUOTES)
            run = grammar.regex(_NAME_RUN_END).search(before)
            if not run or not text[max(s, a - 60) + run.end():a].strip(" " + _QUOTES) == "":
                continue
            name, ns = run.group(), max(s, a - 60) + run.start()
            ne = ns + len(name)
            if " " not in name and not text[s:ns].strip():
                continue  # "Cette raffinerie ...", "Diese Raffinerie ...": the capital of the
                # sentence's first word, no name
        if _CYRILLIC.search(name):
            # "аэропорт Дамаска": a declined name the gazetteer knows takes its English name
            known = next((pl for pl in map(lambda f: _lookup(gaz, f, None), [name, *_cyrillic_forms(name)])
                          if pl is not None), None)
            name = known.name if known is not None else (gaz.romanize(name, lex.lang) or "")
        if not name or _unscripted(name) or lex.find_coded("actors", name):
            continue
        # a known name may hold the word already ("аэропорт Бен-Гурион" -> "Ben Gurion Airport")
        yield (name if name.lower().endswith(" " + word.lower()) else f"{name} {word}"), ns, ne


# Facilities known by the town they stand in: the team's references name the town struck
# ("la refinería de Kirishi" -> Kirishi), where an airport or a port keeps its own name
# ("Ramon Airport", "Hodeidah Port")
TOWN_NAMED_FACILITIES = ("Refinery",)


def _town_of_named_facility(name: str) -> str:
    """The place a facility the gazetteer does not hold is entered as: for a kind named after
    its town (TOWN_NAMED_FACILITIES: "Novokuibishevsk Refinery", "Ilsk Refinery"), the town's
    name as the text spells it ("Novokuibishevsk"); any other facility keeps its full name."""
    for kind in TOWN_NAMED_FACILITIES:
        if name.endswith(" " + kind) and name[:-len(kind)].strip():
            return name[:-len(kind)].rstrip()
    return name


def _facility_town(ctx: Ctx, name: str, wheres: list[str]):
    """The town a facility the gazetteer does not hold is named after ("Sochi Airport", "Sanaa
    Airport", "Uluslararası Erbil Airport"): the longest run of its last words, without the
    facility word, that names a town of at least ADJECTIVAL_TOWN_POPULATION people (or one
    entered by hand) in the event's country, else anywhere; None when there is none (a
    facility with a name of its own: "Ben Gurion Airport", "Ramon Airport")."""
    gaz = ctx.gaz
    kinds = sorted(ctx.lex.raw.get("facility_nouns", {}), key=len, reverse=True)
    base = next((name[:-len(k)].rstrip() for k in kinds if name.endswith(" " + k)), None)
    if not base:
        return None
    words = base.split()
    for n in range(len(words), 0, -1):
        cand = " ".join(words[-n:])
        for where in list(dict.fromkeys(w for w in wheres if w)) + [None]:
            place = _lookup(gaz, cand, where)
            if place is not None and _close_name(cand, place.name) and \
                    (place.population >= ADJECTIVAL_TOWN_POPULATION or place.geonameid is None):
                return place
    return None


# how far after an origin preposition the country or unit it names may end
ORIGIN_PLACE_CHARS = 40


def _incoming_country(ctx: Ctx, actor: str | None, origins: list) -> str | None:
    """The striking state's own country (alpha-2) when an origin phrase of the sentence names
    a place of another country ("fired from the Gaza Strip", "lanzados desde Gaza"): the
    sentence tells the other side's fire launched at the striker's land, not its strike."""
    own = _own_country(actor)
    if not own:
        return None
    for _, o_end in origins:
        window = ctx.text[o_end:o_end + ORIGIN_PLACE_CHARS]
        lead = len(window) - len(window.lstrip())
        found = [(c.start, c.alpha2) for c in _countries(ctx, window)] + \
            [(a.start, ctx.gaz.admin1_country(a.code)) for a in _admin1(ctx, window)]
        first = min(found, default=None)
        if first is not None and first[1] != own and not re.search(r"[,;:.،]", window[lead:first[0]]):
            return own
    return None


def _own_locality(gaz, name: str, own: str) -> bool:
    """Does the gazetteer know a locality of country ``own`` by this name, up to spelling?"""
    place = gaz.lookup_place(name, own)
    return place is not None and _close_name(name, place.name)


def _drop_own_units(ctx: Ctx, actor: str | None, admin1: list[str], locations: list[dict], direct: set) -> None:
    """A state striking abroad whose event also names a unit of its own country names it as
    the cause or the scene of an attack on it ("India struck Bahawalpur and Muzaffarabad
    after last month's attack on tourists in Indian Kashmir"), not as a place it struck: when
    the units span its own country and another one that the text names (as a country or a
    unit, not only through a locality that may be a namesake), its own are dropped."""
    import pycountry  # noqa: PLC0415

    gaz = ctx.gaz
    if not actor or len(actor) != 3:
        return
    own = getattr(pycountry.countries.get(alpha_3=actor), "alpha_2", None)
    ccs = {gaz.admin1_country(c) for c in admin1}
    if not own or own not in ccs or len(ccs) == 1:
        return
    named = {gaz.admin1_country(c) for c in direct if c in admin1} | _text_countries(ctx)
    if not (ccs - {own}) & named:
        return
    admin1[:] = [c for c in admin1 if gaz.admin1_country(c) != own]
    locations[:] = [loc for loc in locations if not (loc["admin1"] and gaz.admin1_country(loc["admin1"]) == own)]


def _text_countries(ctx: Ctx) -> set[str]:
    """The countries the whole text names (ISO alpha-2), found once per document."""
    if ctx.text_countries is None:
        ctx.text_countries = {c.alpha2 for c in _countries(ctx, ctx.text)}
    return ctx.text_countries


def _own_country(actor: str | None) -> str | None:
    """The alpha-2 code of a state striker, None for a group."""
    import pycountry  # noqa: PLC0415

    c = pycountry.countries.get(alpha_3=actor) if actor and len(actor) == 3 else None
    return c.alpha_2 if c is not None else None


# A place of at least this many people is meant as itself even in a country the text never names.
HOMONYM_TOWN_POPULATION = 100000


def _named_countries(ctx: Ctx) -> set[str]:
    """The countries a text names: by name or through a state side it names ("russische
    Drohnen": Russia). Empty when it names none (then any is possible)."""
    import pycountry  # noqa: PLC0415

    key = ("named countries",)
    if key not in ctx.countries_cache:
        named = set(_text_countries(ctx))
        for _, _, code in ctx.lex.find_coded("actors", ctx.text, 0, len(ctx.text)):
            c = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
            if c is not None:
                named.add(c.alpha_2)
        ctx.countries_cache[key] = named
    return ctx.countries_cache[key]


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
    present = set(countries) | set(by_country)
    for cc, codes in by_country.items():
        if cc in _text_countries(ctx) or len(codes) > 1 or not present - {cc}:
            continue
        code = codes[0]
        seat = gaz.admin1_info(code).seat
        if code not in town_named or any(loc["admin1"] == code and loc["name"] != seat for loc in locations):
            continue
        admin1.remove(code)
        locations[:] = [loc for loc in locations if loc["admin1"] != code]


_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")


def _unscripted(name: str) -> bool:
    """A name written without Latin letters (Cyrillic, Arabic): the fuzzy comparison with the
    gazetteer's English name cannot check it."""
    return not re.search(r"[A-Za-zÀ-ÿ]", name)


_NEXT_LOWER_WORD = re.compile(r"[ \t]+([а-яёіїєґ][а-яёіїєґ'’ʼ-]{3,})")
_PLACE_PREP_KEYS = ("places.locality_preps", "places.struck_preps", "places.reference_preps",
                    "places.direction_preps", "places.origin_preps")


def _attributive(ctx: Ctx, end: int) -> bool:
    """A lower-case noun right after the name: an adjective-shaped name then qualifies that
    noun ("на Запорізькому напрямку": on the Zaporizhzhia axis) and is no village named by
    an adjective ("у районі Удачного, ..."). Stopwords and place prepositions after a name
    ("біля Удачного поблизу кордону") are not such nouns."""
    m = _NEXT_LOWER_WORD.match(ctx.text, end)
    if not m or forms.fold(m.group(1), ctx.lex.lang) in ctx.lex.grammar_words:
        return False
    return not any(ctx.lex.has(k) and ctx.lex.pat(k).match(ctx.text, m.start(1)) for k in _PLACE_PREP_KEYS)


# names of up to this many words have their declined words' guesses tried in every combination
CYRILLIC_PRODUCT_WORDS = 3


APPOSITION_GAP_CHARS = 2


def _in_apposition(ctx: Ctx, ls: int) -> bool:
    """The name at `ls` follows a settlement noun it stands in apposition to ("в селе
    Малиновое", "у хутора Церковный", "по ущелью Вади-Салуки"): it is in the nominative,
    whatever its ending looks like."""
    lex = ctx.lex
    if not lex.has("places.apposition_nouns"):
        return False
    return any(0 < ls - b <= APPOSITION_GAP_CHARS and not ctx.text[b:ls].strip()
               for _, b in _spans(lex, "places.apposition_nouns", ctx.text, max(0, ls - 40), ls))


ROMANIZED_GUESS_CHARS = 5
ROMANIZED_CLOSE_CHARS = 9


def _romanized_declined(ctx: Ctx, name: str, le: int, countries: list[str], admin1: list[str]):
    """"в Хан-Шейхуне", "в Кафр-Зите": a declined name whose Cyrillic spelling the gazetteer
    lacks, read through its nominative guesses in Latin letters; only a place of the event's
    country (or its units', or the story's), spelt as the guess (up to the fold) or very close."""
    gaz = ctx.gaz
    wheres = list(dict.fromkeys(countries + [gaz.admin1_country(c) for c in admin1] +
                                ([ctx.doc_country] if ctx.doc_country else [])))
    if not wheres:
        return None
    for form in _cyrillic_forms(name, adjectival=not _attributive(ctx, le)):
        latin = gaz.romanize(form, ctx.lex.lang, nominative=True)
        if not latin or len(latin) < ROMANIZED_GUESS_CHARS:
            continue   # "Мар" from "Маре": too short a guess to name one place
        exact = gaz.places_named(latin, wheres)
        if exact:
            return max(exact, key=lambda pl: pl.population or 0)
        for where in wheres if len(latin) >= ROMANIZED_CLOSE_CHARS else ():
            # a close spelling only for a long name ("Khan-Sheykhun": Khan Shaykhun); a short
            # one is too near other words ("Sumsk", the adjective Сумськ-, is not Shumsk)
            pl = _lookup(gaz, latin, where)
            if pl is not None and _close_name(latin, pl.name):
                return pl
    return None


def _cyrillic_forms(name: str, adjectival: bool = True) -> list[str]:
    """Nominative guesses for a declined Russian or Ukrainian place name: "Волчанском" ->
    "Волчанск", "Часова Яра" -> "Часов Яр", "Авдеевки" -> "Авдеевка", and with `adjectival`
    a name shaped as an adjective: "Удачного" -> "Удачне", "Хмельницькому" -> "Хмельницький"."""
    words = name.split()
    variants: list[list[str]] = []
    adjectival_endings = grammar.bare("adjective_case_endings")
    for i, w in enumerate(words):
        forms = [w]
        for end in grammar.endings():   # the Russian and Ukrainian case endings
            if w.lower().endswith(end) and len(w) - len(end) >= 2:
                stem = w[:-len(end)]
                forms += [stem, stem + "а", stem + "я"] + [stem + n for n in sorted(grammar.bare("stem_nominatives"))]
                if end in grammar.bare("soft_stem_endings") and stem[-1:].lower() in grammar.bare("soft_stem_letters"):
                    # a soft-stem name ("в Кандиле", "у Ямполя", "под Ямполем": Кандиль, Ямполь)
                    forms += [stem + sign for sign in sorted(grammar.bare("soft_sign"))]
                for vowel in grammar.bare("closed_syllable_vowels"):
                    # "по Кривому Рогу", "до Львова": the nominative's closed syllable has і (Ріг, Львів)
                    at = stem.lower().rfind(vowel)
                    if 0 < at == len(stem) - 2:
                        forms.append(stem[:at] + "і" + stem[at + 1:])
                for pair in grammar.bare("locative_mutations") if end == "і" else ():
                    # "у Кривому Розі": the consonant the locative changed, and the closed
                    # syllable's і of the nominative (Ріг)
                    changed, _, plain = pair.partition(">")
                    if plain and stem[-1:].lower() == changed:
                        mutated = stem[:-1] + plain
                        forms += [mutated, mutated + "а"]
                        for vowel in grammar.bare("closed_syllable_vowels"):
                            at = mutated.lower().rfind(vowel)
                            if 0 < at == len(mutated) - 2:
                                forms.append(mutated[:at] + "і" + mutated[at + 1:])
                if end in grammar.bare("plural_case_endings"):
                    # "в Олешках", "у Липцях": a town named in the plural
                    forms += [stem + n for n in sorted(grammar.bare("plural_nominatives"))]
                if (adjectival or i < len(words) - 1) and end in adjectival_endings:
                    # "біля Кропивницького", "у Хмельницькому": a name shaped as an adjective
                    # (an adjective before the name's noun, "у Кривому Розі російська ракета",
                    # qualifies that noun, whatever lower-case noun follows the name)
                    forms += [stem + n for n in sorted(grammar.bare("adjective_nominatives"))]
                break
        for end in grammar.bare("leading_adjective_endings") if i < len(words) - 1 else ():
            if w.lower().endswith(end) and len(w) - len(end) >= 3:
                # "у Білій Церкві", "Великої Новосілки": the feminine adjective before the noun
                forms.append(w[:-len(end)] + "а")
        for pair in grammar.bare("oblique_alternations"):
            # "по Охтирці", "у Костянтинівці": the dative and locative of a name in -ка (Охтирка)
            oblique, _, nominative = pair.partition(">")
            if nominative and w.lower().endswith(oblique) and len(w) - len(oblique) >= 3:
                forms.append(w[:-len(oblique)] + nominative)
        for end in grammar.bare("fleeting_plural_genitives"):
            if w.lower().endswith(end) and len(w) - len(end) >= 3:
                # "поблизу Кринок": the genitive plural of Кринки
                forms += [w[:-len(end)] + end[-1] + n for n in sorted(grammar.bare("plural_nominatives"))]
        variants.append(forms)
    # every word in each of its guesses ("Красного Лимана" -> "Красный Лиман"), the guesses
    # nearest the text first; a long name only word by word
    if len(variants) <= CYRILLIC_PRODUCT_WORDS:
        combos = sorted(itertools.product(*(range(len(v)) for v in variants)), key=lambda ix: (sum(ix), ix))
    else:
        combos = [tuple(min(i, len(v) - 1) for v in variants)
                  for i in range(1, max([4] + [len(v) for v in variants]))]
    out = []
    for ix in combos:
        cand = " ".join(v[i] for v, i in zip(variants, ix))
        if cand != name and cand not in out:
            out.append(cand)
    return out


def _km(a: dict, b: dict) -> float:
    import math
    dlat, dlon = math.radians(b["lat"] - a["lat"]), math.radians(b["lon"] - a["lon"])
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(a["lat"])) * math.cos(math.radians(b["lat"])) * \
        math.sin(dlon / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def _move_to(loc: dict, alt, locations: list[dict], admin1: list[str], direct: set) -> None:
    """Put a location on its namesake `alt`, and the event's units with it."""
    old = loc["admin1"]
    loc.update(admin1=alt.admin1, lat=alt.lat, lon=alt.lon)
    if old and old not in direct and old in admin1 and all(l["admin1"] != old for l in locations):
        admin1.remove(old)
    if alt.admin1 and alt.admin1 not in admin1:
        admin1.append(alt.admin1)


def _homonyms_in_named_units(gaz, locations: list[dict], admin1: list[str], direct: set) -> None:
    """A village whose namesake lies in a unit the text itself names is that namesake ("у
    районі Приазовського ... на ТОТ Донецької області": Donetsk's Pryazovske, not the larger
    one of Zaporizhzhia). A city is meant as itself."""
    if not direct:
        return
    for loc in locations:
        if not loc.get("admin1") or loc["admin1"] in direct:
            continue
        named = [p for p in gaz.places_named(loc["name"]) if p.admin1 in direct]
        current = next((p for p in gaz.places_named(loc["name"]) if p.admin1 == loc["admin1"]), None)
        if not named or current is None or current.population >= HOMONYM_TOWN_POPULATION:
            continue
        _move_to(loc, max(named, key=lambda p: p.population), locations, admin1, direct)


def _nearest_homonyms(gaz, locations: list[dict], admin1: list[str], direct: set) -> None:
    """A small place far from every other place of the event is probably its namesake near
    them ("Kalinovka, près de Kiev": the Kyiv region's Kalynivka, not Vinnytsia's)."""
    located = [l for l in locations if l.get("lat") is not None and l.get("lon") is not None]
    for loc in located:
        others = [o for o in located if o is not loc]
        if not others or any(_km(loc, o) <= 150 for o in others):
            continue
        current = gaz.lookup_place(loc["name"], None, loc["admin1"])
        if current is not None and current.population >= 100000:
            continue  # a city is meant as itself
        alt = None
        for o in others:
            alt = gaz.lookup_place_near(loc["name"], o["lat"], o["lon"], gaz.admin1_country(loc["admin1"])
                                        if loc["admin1"] else None)
            if alt is not None:
                break
        if alt is None or alt.admin1 == loc["admin1"]:
            continue
        _move_to(loc, alt, locations, admin1, direct)


def _fold(name: str) -> str:
    """A name's comparison key: the gazetteer's fold of names, without Arabic articles,
    spaces or punctuation."""
    t = gaz_fold(name)
    t = grammar.regex(r"\b{name_particles}[-\s]").sub("", t)
    return re.sub(r"[^a-z0-9\u0600-\u06ff]", "", t)


def _same_facility(a: str, b: str) -> bool:
    """Do two close names that end with the same word name one place? Two facilities of one
    kind ("Ben Gurion Airport", "Ramon Airport") are told apart by their own names; one name
    holding the other ("Sanaa Airport", "Sanaa International Airport") is the same."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1].lower() != wb[-1].lower():
        return True
    ra, rb = _fold(" ".join(wa[:-1])), _fold(" ".join(wb[:-1]))
    return ra in rb or rb in ra or _same_name(ra, rb)


def _same_name(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    fa, fb = _fold(a), _fold(b)
    return bool(fa) and (fa == fb or fuzz.ratio(fa, fb) >= 70)


def _close_name(a: str, b: str, cutoff: float = 88) -> bool:
    """The same name up to spelling ("Jindayris"/"Jindires"), stricter than _same_name; a name
    in a script without Latin letters counts as close (it matched a listed alias)."""
    from rapidfuzz import fuzz

    return _unscripted(a) or fuzz.ratio(_fold(a), _fold(b)) >= cutoff


def _is_country_or_unit(gaz, name: str) -> bool:
    for c in gaz.find_countries(name):
        if c.end - c.start >= len(name.strip()) - 1:
            return True
    for a in gaz.find_admin1(name):
        if a.end - a.start >= len(name.strip()) - 1 and not a.seat:
            return True
    return False


def _seat_unit_name(gaz, name: str) -> bool:
    """Is the whole name a unit's name that is also its seat's ("زابوريجيا", "ميكولايف")? The
    unit loop of find_places has read it, as the unit and, where the wording says so, the town;
    it is no unknown town to romanise."""
    return any(a.seat and a.end - a.start >= len(name.strip()) - 1 for a in gaz.find_admin1(name))


# Arabic proclitics glued to a name: a conjunction (و, ف) then a preposition (ب, ل, ك)
_ARABIC_CLITICS = r"^(?:{conjunction_clitics}?{preposition_clitics}?)(?={article_prefixes}|[\u0621-\u064a]{3})"


@lru_cache(maxsize=20000)
def _lookup(gaz, name: str, country: str | None):
    """The gazetteer's place for a name (a pure look-up, so remembered across documents)."""
    place = gaz.lookup_place(name, country)
    bare = grammar.regex(_ARABIC_CLITICS).sub("", name, count=1)
    if place is None and bare != name:
        # "وجنديرس", "بالحديدة": a conjunction or preposition glued to the name
        place = gaz.lookup_place(bare, country)
    return place


# A list of at least this many first-level units' names, with no unit noun ("in Aleppo, Idlib,
# Hama and Latakia"), names the units, not their seat towns.
UNIT_LIST_NAMES = 3
_UNIT_LIST_GLUE = r"\s*(?:,\s*(?:{coordinators}\s+)?|\s+{coordinators}\s+)"


def _listed_units(ctx: Ctx, units: list[tuple[int, int]]) -> frozenset[int]:
    """The starts of the units' names that stand in a list of UNIT_LIST_NAMES or more units'
    names, joined by commas and coordinators only, with no town noun after or before the list
    ("Odessa, Zaporijya ve Sumi kentlerine", "the cities of ...": towns). One pass over the
    sentence's units: each run of joined names is found and checked once, so a sentence
    naming n units costs O(n), not O(n) per unit."""
    text = ctx.text
    units = sorted(units)
    glue = grammar.regex(_UNIT_LIST_GLUE, re.IGNORECASE)
    listed: set[int] = set()
    seen: set[int] = set()
    lo = 0
    while lo < len(units):
        hi = lo
        while hi + 1 < len(units) and glue.fullmatch(text, units[hi][1], units[hi + 1][0]):
            hi += 1
        run = units[lo:hi + 1]
        if len(run) >= UNIT_LIST_NAMES and not _town_noun_beside(ctx, run[0][0], run[-1][1]):
            # a name given twice (two readings of one span) is judged by its first reading
            listed.update(a for a, _ in run if a not in seen)
        seen.update(a for a, _ in run)
        lo = hi + 1
    return frozenset(listed)


def _town_noun_beside(ctx: Ctx, first: int, last: int) -> bool:
    """Does a town noun follow the list ending at last, or come just before it?"""
    text, lex = ctx.text, ctx.lex
    for key in ("places.settlement_nouns", "places.postposed_nouns", "places.town_heads"):
        if lex.has(key) and any(0 <= a - last <= 2 or 0 <= first - b <= 12
                                for a, b in _spans(lex, key, text, max(0, first - 40), min(len(text), last + 30))):
            return True
    return False


# a first-level unit noun ends a list of names ("Hama, Idlib and Homs provinces")
_UNIT_WORD = r"{unit_nouns}$"


@lru_cache(maxsize=1)
def _list_glue() -> frozenset:
    """What may stand between the names of a list: a comma, coordinators, linkers, articles
    and the Arabic articles of transliterated names ("Hama, Idlib et al-Bab")."""
    return grammar.bare("coordinators", "linkers", "articles", "name_particles") | {","}


_TOKEN = re.compile(r"\([^)]{0,25}\)|[\w]+|[,]")


def _in_unit_list(text: str, ms: int, me: int, s: int, e: int) -> bool:
    """Is this name part of a list of provinces ("Hama, Idlib and Homs provinces",
    "dans les provinces de Homs et Hama")? Walk over names and list glue both ways."""
    def walk(tokens):
        names = 0
        for tok in tokens:
            if grammar.regex(_UNIT_WORD, re.IGNORECASE).match(tok):
                return True
            if tok.startswith("(") or tok.lower() in _list_glue():
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
_ZONE_AFTER = r"\s+(?:[\w-]+\s+)?{unit_nouns|area_nouns}(?!\w)"


# After a town named as a location, the next one of its list stands at most this many
# characters on, with an apposition between ("Khan Younès, dans le sud de la bande de Gaza, et
# Deir al-Balah").
LIST_NEXT_CHARS = 70


# "the provinces of Homs and Hama", "محافظة حمص": a unit noun up to two words before the name
_UNIT_BEFORE = r"{unit_nouns}\W+(?:\w+\W+){0,2}$"


def _units_named_with_noun(ctx: Ctx) -> frozenset:
    """The first-level units the document names with a unit noun before the name ("в провинции
    Идлиб", "провинция Дамаск"), where the language reads the unit's bare seat elsewhere in the
    story as the unit ([meta] seat_as_named_unit); empty elsewhere."""
    if not ctx.lex.raw.get("meta", {}).get("seat_as_named_unit"):
        return frozenset()
    text = ctx.text
    # (the unit noun first: "провинции Идлиб"; "Харьковской области", the adjective first,
    # names a region whose seat is named otherwise)
    return frozenset(m.code for m in _admin1(ctx, text)
                     if m.qualified and grammar.regex(r"{unit_nouns}\s", re.IGNORECASE).match(text, m.start))


# a capitalised word of the Latin script and one space right before a name (Cyrillic copy
# declines its names and capitalises organisations' words: "Армии Аракана", "Йемена Сане")
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w'’]*) $")


def _tail_of_name(ctx: Ctx, s: int, ms: int) -> bool:
    """Is the unit's name at ms the last word of a longer name ("Mir Qasim", "Tell Hama")? A
    capitalised word stands right before it, one the language does not use (no article, name
    particle or lexicon word: "Russian Jets Strike Idlib" is a title's case) and not the
    first word of the sentence or line."""
    if ctx.lex.raw.get("meta", {}).get("capitalised_nouns"):
        return False   # "Angriffe Idlib"? every German noun is capitalised: no name's first word
    m = _CAPITAL_WORD_BEFORE.search(ctx.text, max(s, ms - 30), ms)
    if m is None:
        return False
    word = m.group(1).lower()
    if grammar._norm(word) in grammar.words("articles") | grammar.words("name_particles") | \
            grammar.words("linkers") | grammar.words("coordinators"):
        return False
    if word in ctx.lex.derived("places.common_nouns", lambda: _common_words(ctx.lex)) or \
            ctx.gaz.find_admin1(m.group(1)) or ctx.lex.find_coded("actors", m.group(1)) or \
            _countries(ctx, m.group(1)):
        return False
    before = ctx.text[s:m.start()].rstrip(" \t\"'«“”»")
    return before != "" and before[-1] not in ".:;!?\n-–—(|"


def _calendar_word(lex, name: str) -> bool:
    """A weekday or month ("on Sunday") is never a place, though the fuzzy lookup finds a
    namesake for it among a large country's villages (Sunday -> Saunda, India)."""
    low = name.strip().lower()
    if low in lex.intmaps.get("dates.months", {}) or low in lex.intmaps.get("dates.weekdays", {}):
        return True
    # a count at a sentence's head ("Several villages", "Three towns") is no name either
    return low in lex.intmaps.get("numbers.words", {}) or \
        any(low == w.lower() for w in lex.raw.get("numbers", {}).get("approx_words", []))


# The lexicon's groups of common words: a word listed there is never a place name.
_COMMON_WORD_SECTIONS = ("counts", "target_types", "triggers", "operations", "cues")


def _lexicon_noun(lex, name: str) -> bool:
    """Where every noun is capitalised, is the one-word name a noun the lexicon lists ("auf
    Ziele nahe Damaskus": targets, not Zile in Turkey; "Stellungen", "Raffinerie")? The
    skeleton look-up finds a namesake for many a noun among a large country's towns."""
    if not lex.raw.get("meta", {}).get("capitalised_nouns") or " " in name.strip():
        return False
    return name.strip().lower() in lex.derived("places.common_nouns", lambda: _common_words(lex))


def _trim_nouns(lex, name: str) -> int:
    """The length of a multi-word name without the lexicon's nouns at its end ("Idlib
    Stellungen" -> "Idlib")."""
    words = name.split(" ")
    common = lex.derived("places.common_nouns", lambda: _common_words(lex))
    while len(words) > 1 and words[-1].lower() in common:
        words.pop()
    return len(" ".join(words))


def _common_words(lex) -> frozenset:
    words = set()
    for section in _COMMON_WORD_SECTIONS:
        for value in lex.raw.get(section, {}).values():
            phrases = value.values() if isinstance(value, dict) else [value] if isinstance(value, str) else value
            for phrase in phrases:
                if isinstance(phrase, list):
                    continue
                for w in str(phrase).split():
                    w = w.strip("=*").lower()
                    if w and w[:1].isalpha():
                        words.add(w)
    return frozenset(words)


def _known_alias_after(ctx: Ctx, end: int) -> bool:
    """Is an unknown name followed by another name of the same place in brackets that the
    gazetteer knows ("Umm al-Rashrash (Eilat)")? Then that one is reported. A first-level
    unit's own name in brackets is where the place lies ("Rutshuru (Nord-Kivu)"), not its
    other name: the unknown place stays."""
    alt = _PAREN_NAME.match(ctx.text, end)
    if not alt:
        return False
    units = ctx.gaz.find_admin1(alt.group(1))
    if units and all(not u.seat for u in units):
        return False
    return _lookup(ctx.gaz, alt.group(1), None) is not None or bool(units)


def _noun_with_genitive(ctx: Ctx, name: str, end: int) -> bool:
    """Where every noun is capitalised, a word followed by an article heads a noun phrase
    ("bei Luftangriffen der französischen Streitkräfte", "bei Angriffen des Militärs"): a
    common noun, not a name the gazetteer lacks."""
    lex = ctx.lex
    if not lex.raw.get("meta", {}).get("capitalised_nouns"):
        return False
    articles = grammar.words("articles", lex.lang)
    nxt = re.match(r"\s+([\w'’]+)", ctx.text[end:end + 20])
    return any(w.lower() in articles for w in name.split()[1:]) or \
        (bool(nxt) and nxt.group(1).lower() in articles)


# A line is in title case when at least this many of its words of four letters or more are
# there, and every one of them opens with a capital
TITLE_CASE_WORDS = 4
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _title_case_line(ctx: Ctx, pos: int) -> bool:
    """Is ``pos`` in a line that capitalises every longer word ("US Airstrike in Somalia Kills
    At Least Four Militants", "Russian Forces Launch 28 Strikes at Ukrainian Targets in One
    Week")? Only where headlines are written so (meta title_case_headlines): there a capitalised
    run the gazetteer lacks ("Somalia Kills At Least", "One Week", "Gaza Wednesday") is no name."""
    if not ctx.lex.raw.get("meta", {}).get("title_case_headlines"):
        return False
    text = ctx.text
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in _LINE_WORD.findall(text[start:end if end >= 0 else len(text)]) if len(w) >= 4]
    return len(words) >= TITLE_CASE_WORDS and all(w[0].isupper() for w in words)


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
    # a capitalised noun that is a strike word ("bei Luftangriffen", "in Luftoperationen":
    # German capitalises every noun) names no place
    if len(name.split()) == 1 and any(
            (m := lex.search(key, name)) and m.start() == 0 and m.end() == len(name)
            for key in ("triggers.strike_nouns", "operations.airstrike", "operations.drone_strike",
                        "operations.missile_strike", "operations.artillery")):
        return False
    # "bei Beratungen im Hauptquartier", "bei Gesprächen mit": where every noun is capitalised,
    # a word with a common noun's ending (grammar.noun_suffixes) names no place
    if len(name.split()) == 1 and lex.raw.get("meta", {}).get("capitalised_nouns") and \
            forms.fold(name).endswith(tuple(grammar.words("noun_suffixes", lex.lang)) or ("\0",)):
        return False
    # without a gazetteer entry, only a cased script shows a name is a name ("el-Musaylih":
    # after its Arabic article)
    head = grammar.regex(r"^{name_particles}-", re.IGNORECASE).sub("", name)
    return len(name) >= 3 and head[:1].isupper() and not name.isupper()


def _drop_containers(ctx: Ctx, named: list, locations: list[dict]) -> None:
    """Drop from `locations` each place a sentence added right after another place it located
    (or a settlement noun and a name: 'ببلدة "عين بعال" في قضاء صور') and a "container"
    preposition (places.container_preps: "ببلدة عين بعال في قضاء صور", "قرب مدينة X في
    دونيتسك"): the second place contains the first, which is the place struck; the
    container's unit, already in admin1, stands. `named`: (start, end, the locations the
    name added, none when it was located before)."""
    lex = ctx.lex
    if not lex.has("places.container_preps") or not named:
        return
    for ls, le, added in named:
        if not added:
            continue
        if any(b < ls and _container_glue(ctx, b, ls) for _, b, _ in named) or _named_town_before(ctx, ls):
            locations[:] = [x for x in locations if not any(x is y for y in added)]


def _named_town_before(ctx: Ctx, ls: int) -> bool:
    """Does a settlement noun (or a locality preposition, "ببلدة") and a name of at most two
    words, a quoted one too, end right before the container preposition that stands before ls
    ('ببلدة "عين بعال" في قضاء صور')?"""
    lex, text = ctx.lex, ctx.text
    start = max(0, ls - CONTAINER_GLUE_CHARS - 40)
    # (the noun with its preposition glued on as well: "ببلدة", places.locality_preps)
    heads = [h for key in ("places.locality_nouns", "places.locality_preps") if lex.has(key)
             for h in _spans(lex, key, text, start, ls)]
    for a, b in heads:
        m = re.match(r"\s+[\"“«]?[^\W\d_]+(?:\s+[^\W\d_]+)?[\"”»]?(?=\s)", text[b:ls])
        if m and _container_glue(ctx, b + m.end(), ls) and not re.search(r"[,،;:.]", m.group()) and \
                not lex.search("places.container_preps", text, b, b + m.end()):
            return True
    return False


def _container_glue(ctx: Ctx, b: int, ls: int) -> bool:
    """Is the text between a place's end (b) and the next place's start (ls) only a container
    preposition (places.container_preps), a closing quote or bracket of the first name before it?"""
    gap = ctx.text[b:ls]
    if len(gap) > CONTAINER_GLUE_CHARS:
        return False
    lead = re.match(r"[\s\"”»'’)]*", gap).end()
    return any(x == b + lead and not ctx.text[y:ls].strip()
               for x, y in _spans(ctx.lex, "places.container_preps", ctx.text, b, ls))


# the longest gap between a place and the place containing it ("\" في محافظة ")
CONTAINER_GLUE_CHARS = 20


def _add_known_place(locations, admin1, place, gaz):
    """A place the gazetteer holds, kept under its own name with its unit (the unit joins the
    event's admin1)."""
    if place.admin1 and place.admin1 not in admin1:
        admin1.append(place.admin1)
    _add_location(locations, place.name, place.admin1, gaz, place)


def _add_location(locations, name, admin1, gaz, place=None):
    for loc in locations:
        if loc["name"] == name or _same_name(loc["name"], name) and _same_facility(loc["name"], name):
            return
    lat = lon = None
    if place is _NO_PLACE:
        locations.append({"name": name, "admin1": admin1, "lat": None, "lon": None})
        return
    if place is None:
        place = gaz.lookup_place(name, None, admin1)
    if place is not None:
        lat, lon = place.lat, place.lon
    if lat is not None and any((loc["lat"], loc["lon"], loc["admin1"]) == (lat, lon, admin1) for loc in locations):
        return  # the same gazetteer point by another of its names ("Hodeidah", "Al Hudaydah")
    locations.append({"name": name, "admin1": admin1, "lat": lat, "lon": lon})


# A capitalised name of up to four words; an Arabic particle may open it or stand inside it,
# glued by a hyphen ("al-Bab", "Ras el-Ain") or, if it is no word of a lexicon, by a space
# ("as Sukhnah"); "de", "du" inside a name ("Jisr de ...") likewise.
# (an Arabic-script name is one word: Arabic has no capitals to show where a name ends)
# (Turkish capitals Ğ, İ, Ş lie outside À-Þ: "İdlib", "eş-Şarkiyye")
_CAP = "[A-ZÀ-ÖØ-ÞĞİŞА-ЯЁІЇЄҐ]"
_CAP_NAME = (r"((?:[A-ZÀ-ÖØ-ÞĞİŞА-ЯЁІЇЄҐ\u0600-\u06FF][\w'’]*|{name_particles}(?=-)|{free_particles}(?=\s))"
             r"(?:[\s-](?:(?:{name_particles}|{bare:linkers})-|(?:{inner_particles}|{bare:linkers})\s)?" + _CAP + r"[\w'’]*){0,3})")


# between a place preposition and a settlement noun: an article, up to two adjectives
_SETTLEMENT_LEAD = r"\s*(?:{articles|indefinites}\s+)?(?:[\w'’-]+\s+){0,2}"


_SETTLEMENT_GLUE = r"\s+{linkers}(?<=['’])|\s+{linkers}\s+|\s+"
# between a neighbour phrase and a country it names, or the next one of a list ("frontalière
# de l'Irak et de l'Iran"): articles, linkers, coordinators and other countries' names
_NEIGHBOUR_GLUE = r"(?:[\s'’]|{bare:articles|linkers|coordinators}(?![\w])|,|[A-ZÀ-ÖØ-Þ][\w-]*)*"


# between the names of a list: "A, B and C", "Айтарун и Маркаба", "A, B та C"
# (the Arabic comma "،" is a comma)
# (the linker may come again after "and": "dans les régions de Metina et de Gara", "d'Idleb et d'Alep")
_NAME_LIST_SEP = r"\s*(?:[,،]\s*(?:{coordinators}\s+)?|\s+{coordinators}\s+)(?:{linkers}(?<=['’])|{linkers}\s+)?"


# "كفر كلا والناقورة": in Arabic "and" is glued to the next name of the list
_GLUED_AND = r"\s+(?={conjunction_clitics}[\u0621-\u064a]{3})"


def _glued_known_name(ctx: Ctx, name: str, end: int, limit: int) -> bool:
    """Is the word after a glued "and" a place the gazetteer knows by that very spelling (its
    clitics taken off), alone or with the words after it? Nothing else shows that "وقتل"
    (and killed) ends a list of places while "والناقورة" (and Naqoura) goes on with it."""
    bare = grammar.regex(_ARABIC_CLITICS).sub("", name, count=1)
    if bare != name and ctx.gaz.lookup_place(bare, None) is not None:
        return True
    run = re.match(r"[^\W\d_]+(?: [^\W\d_]+){1,%d}" % (CASELESS_NAME_WORDS - 1), ctx.text[end - len(name):limit])
    words = run.group().split(" ") if run else []
    return any(ctx.gaz.lookup_place(grammar.regex(_ARABIC_CLITICS).sub("", " ".join(words[:n]), count=1), None)
               is not None for n in range(len(words), 1, -1))


# an article before a name: "in the Jabal", "à l'Ouest"
_NAME_LEAD = r"\s*(?:{name_articles}(?<=['’])|{name_articles}\s+)?"


# The most names read from one list after a place preposition or a settlement noun.
LIST_NAMES = 8


_CASELESS_WORD = re.compile(r"[ \t]+[\u0621-\u064a]+")


def _caseless_list_next(ctx: Ctx, i: int, limit: int):
    """Where the next name of a list in a script without capitals starts, after the name
    that ends at i (or after up to two more words of it): a comma, or a word glued to a
    conjunction ("A، B"، "A وB", "غرانوت هغليل، كفر جلعادي"); None where the list ends."""
    text = ctx.text
    if i >= limit or not _unscripted(text[max(0, i - 1):i]):
        return None
    glued = grammar.regex(_GLUED_AND)
    for n in range(CASELESS_NAME_WORDS):
        sep = grammar.regex(_NAME_LIST_SEP).match(text, i) or glued.match(text, i)
        if sep and sep.end() < limit:
            return sep
        word = _CASELESS_WORD.match(text, i)
        if word is None or n == CASELESS_NAME_WORDS - 1:
            return None
        i = word.end()
    return None


def _possessive_end(lex, name: str) -> int:
    """How many characters to cut from the end of a name at the first possessive ending glued
    to one of its words ("North Waziristan's": 2; "Waziristan's Shawal": 9), 0 when none."""
    plain = name.lower().replace("’", "'")
    for ending in grammar.words("possessive_endings", lex.lang):
        m = re.search(r"\w" + re.escape(ending.replace("’", "'")) + r"(?=\s|$)", plain)
        if m:
            return len(name) - m.start() - 1
    return 0


def _place_part_after(lex, text: str, pos: int, end: int) -> bool:
    """After a possessive ending at pos, does a part of the place follow ("North Waziristan's
    tribal region", "Kurram's border villages"), within two more words? The possessive of an
    office or a person ("Gaza's health ministry", "Kharkiv's governor") names no place struck."""
    m = re.match(r"['’]\w*((?:\s+[\w'’-]+){1,3})", text[pos:end])
    if not m:
        return False
    words = m.group(1).split()
    if words[0][:1].isupper():
        return False   # "Syria's Idlib region": a name follows, the place struck (read after)
    nouns = set()
    for key in ("places.locality_nouns", "places.settlement_nouns", "places.territory_nouns", "places.countryside_nouns"):
        nouns |= {w.lower() for w in lex.raw.get("places", {}).get(key.split(".")[1], []) if " " not in w}
    return any(w.lower().strip(",.;:") in nouns for w in words)


# An Arabic word (letters, short-vowel signs, tatweel) and what may stand between two words of
# one name: spaces only
_ARABIC_NAME_WORD = re.compile(r"[\u0621-\u063a\u0641-\u0652\u0670-\u06d3]+")
_ARABIC_MARK = re.compile(r"[\u064b-\u0652\u0670\u0640]")
# the most words of one name the gazetteer lacks ("دير قانون النهر")
CASELESS_UNKNOWN_WORDS = 3


def _caseless_name_words(ctx: Ctx) -> tuple[frozenset, frozenset, frozenset]:
    """The lexicon's settlement nouns that govern a name, the words that end one, and the place
    nouns a preposition glued to a word shows as a phrase of its own ("بريف", "بجبل")."""
    def build():
        places = ctx.lex.raw.get("places", {})
        nouns = frozenset(places.get("name_nouns", []))
        claims = ctx.lex.raw.get("claims", {})
        breaks = frozenset(places.get("name_breaks", [])) | grammar.words("stopwords", ctx.lex.lang) | \
            frozenset(ctx.lex.raw.get("stopwords", {}).get("words", [])) | _common_words(ctx.lex) | \
            frozenset(w for key in ("verbs", "complementizers") for w in claims.get(key, []) if " " not in w) | \
            frozenset(w for w in places.get("care_transfers", []) if " " not in w)   # "نقلوا إلى": a verb, no name
        heads = nouns | frozenset(places.get("countryside_nouns", [])) | frozenset(places.get("name_places", []))
        return nouns, breaks, frozenset(heads)
    return ctx.lex.derived("places.caseless_name_words", build)


def _caseless_unknown_names(ctx: Ctx, sent: Sentence):
    """(name, start, end) of places named after a settlement noun in a script without capitals
    ("في قرية حفسرجة", "قرى الشعاب وخازمة وملح", "بلدات العباسية ودير قانون النهر ومعروب",
    "مستوطنات غرانوت هغليل، كفر جلعادي"): the noun has no article (it governs the name), each
    name runs over one to three words up to the next preposition, punctuation, break word or
    word glued to "و", which opens the next name of the list. Whether the gazetteer knows a
    name is left to the caller."""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("places", {}).get("name_nouns"):
        return
    nouns, breaks, heads = _caseless_name_words(ctx)
    conj = grammar.words("conjunction_clitics", lex.lang)
    preps = grammar.words("preposition_clitics", lex.lang)
    article = next(iter(grammar.words("article_prefixes", lex.lang)), "ال")
    words = [(m.group(), m.start(), m.end()) for m in _ARABIC_NAME_WORD.finditer(text, sent.start, sent.end)]
    units = grammar.words("unit_nouns", lex.lang)
    name_heads = ctx.gaz.name_heads(lex.lang) if hasattr(ctx.gaz, "name_heads") else frozenset()

    def plain(w: str) -> str:
        return _ARABIC_MARK.sub("", w)

    def bare(w: str) -> str:
        """The word without a glued conjunction and preposition ("وبمحيط" -> "محيط")."""
        w = plain(w)
        if len(w) > 3 and w[0] in conj:
            w = w[1:]
        if len(w) > 3 and w[0] in preps and w[1:] in heads | nouns:
            w = w[1:]
        return w

    def gap(i: int) -> str:
        return text[words[i - 1][2]:words[i][1]]

    def name_word(w: str, first: bool) -> bool:
        w = plain(w)
        if len(w) < 2 or w in breaks or w in nouns:
            return False
        if len(w) > 3 and w[0] in preps and (w[1:].startswith(article) or w[1:] in heads or
                                             any(w[1:].startswith(u.strip("*")) for u in units)):
            return False   # "بالإضافة", "بريف", "بجبل", "بمحافظة": a phrase of its own after the name
        if lex.raw.get("place_adjectives") and any(a == 0 and b == len(w) for a, b, _ in
                                                   lex.find_coded("place_adjectives", w)):
            return False   # "مناطق روسية": a country's adjective
        definite = w.startswith(article)
        stem = w[len(article):] if definite else w
        if definite and first and stem in breaks:
            return False   # "محيط المطار", "أطراف القاعدة": a common noun the lexicon lists, no name
        if definite and not first and len(stem) >= 5 and (stem.endswith("ية") or stem.endswith("ي")):
            return False   # "مدينة كيسمايو الساحلية": a nisba adjective after the name
        if not definite and first:
            if len(w) >= 5 and w.endswith("ية"):
                return False   # "منطقة جبلية", "بلدات حدودية": an adjective, no name
            if len(w) >= 6 and w[0] == "م" and w.endswith("ة"):
                return False   # "مناطق مختلفة", "منطقة مستهدفة": a participle
            if len(w) == 4 and w[0] in "تي" and w[1] not in "اوي":
                return False   # "منطقة تخضع لـ", "مناطق تطلق منها": a verb of a relative clause
            if len(w) >= 4 and w.endswith("ت") and w[-2] not in "اوي":
                return False   # "بلدة كفر كلا وتسببت في": a verb in the past, no name
        return True

    locative = next(iter(grammar.words("locative_clitics", lex.lang)), "ب")
    i = 0
    while i < len(words):
        noun = plain(words[i][0])
        noun = noun[1:] if len(noun) > 3 and noun[0] in conj else noun
        if bare(words[i][0]) not in nouns or (noun not in nouns and noun[0] != locative):
            i += 1   # "لمنطقة تفتان" (to, for the area): the object of another noun, not where it fell
            continue
        j = i + 1
        while j < len(words) and not gap(j).strip() and bare(words[j][0]) in nouns:
            j += 1   # "محيط بلدة الحوش", "ومحيط بلدة": the last noun governs the name
        listed = 0
        while j < len(words) and listed < LIST_NAMES:
            sep = gap(j)
            if sep.strip() not in ("", "،", ","):
                break
            w, ws, we = words[j]
            if listed and not sep.strip():
                if not (plain(w)[:1] in conj and len(plain(w)) > 3 and plain(w)[1:] not in ("ادي",)):
                    break   # the list goes on only with a comma or a glued "و"
            if plain(w)[:1] in conj and len(plain(w)) > 3 and (listed or sep.strip()) and \
                    not plain(w).startswith("وادي"):
                w, ws = w[1:], ws + 1
            if not name_word(w, True) or bare(w) in nouns:
                break
            k, last = j, plain(w)
            # a name goes on past a word that opens names ("دير قانون النهر", "عين عيسى") or into
            # a word with the article ("ميس الجبل"); not into a person's name after a town's
            while k + 1 < len(words) and k - j + 1 < CASELESS_UNKNOWN_WORDS and not gap(k + 1).strip() and \
                    not (plain(words[k + 1][0])[:1] in conj and not plain(words[k + 1][0]).startswith("وادي")) and \
                    (last in name_heads or plain(words[k + 1][0]).startswith(article)) and \
                    name_word(words[k + 1][0], False):
                k += 1
                last = plain(words[k][0])
            if k > j and plain(w) not in name_heads and _lookup(ctx.gaz, text[ws:words[j][2]], None) is not None and \
                    _lookup(ctx.gaz, text[ws:words[k][2]], None) is None:
                k = j   # "مدينة إدلب الخاضعة لسيطرة": a known town, then a description of it
            end = words[k][2]
            known_end = _known_longer_name(ctx, ws, end, sent.end)
            if known_end > end:
                # "خميس مشيط": a longer name the gazetteer knows (read with its unit by the caller)
                end = known_end
                while k + 1 < len(words) and words[k + 1][1] < end:
                    k += 1
            yield text[ws:end], ws, end
            listed += 1
            j = k + 1
        i = max(j, i + 1)


def _country_adjective_after_noun(ctx: Ctx, b: int, limit: int) -> int:
    """Where a settlement noun's phrase goes on when a country's adjective follows the noun
    ("la ville syrienne d'Ariha", "la localidad siria de Ariha"): after the adjective; b itself
    otherwise. Only a lower-case adjective right after the noun."""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("place_adjectives"):
        return b
    gap = re.match(r"\s+", text[b:limit])
    if not gap or b + gap.end() >= limit or not text[b + gap.end()].islower():
        return b
    a0 = b + gap.end()
    for a, end, _ in lex.find_coded("place_adjectives", text, a0, min(limit, a0 + 30)):
        if a == a0 and not re.match(r"[\w-]", text[end:end + 1]):
            return end
    return b


# The most words between a settlement noun and the word opening its list of names ("areas in
# southern Lebanon including")
LIST_OPENER_WORDS = 5

# The most characters between an official's title and the place phrase naming the unit it
# heads ("le gouverneur de la région de", "the governor of the region of")
OFFICIAL_TITLE_CHARS = 25


def _after_official_title(ctx: Ctx, sent: Sentence, i: int) -> bool:
    """Does an official's title (claims.state_officials) end shortly before offset i, with no
    punctuation between ("le gouverneur de la région de | Briansk")?"""
    lex, text = ctx.lex, ctx.text
    if not lex.has("claims.state_officials"):
        return False
    lo = max(sent.start, i - OFFICIAL_TITLE_CHARS - 40)
    return any(b <= i and i - b <= OFFICIAL_TITLE_CHARS and not re.search(r"[,;:.()]", text[b:i])
               for _, b in _spans(lex, "claims.state_officials", text, lo, i))


# "Ali Saleh, a senior Hezbollah field commander": the most words between the apposition's
# article and its role noun (grammar.person_roles)
PERSON_ROLE_WORDS = 3
# (a role noun right after the comma, or after an article and up to PERSON_ROLE_WORDS words:
# "Tumbun Rego, selon son porte-parole" is a place and its speaker)
_ROLE_APPOSITION = (r"\s*,\s*[\"“«]?\s*(?:(?:{articles|indefinites})(?:\s*(?<=['’])|\s+)[\"“«]?"
                    r"(?:[\w'’-]+\s+){0,%d}?)?{person_roles}(?!\w)" % PERSON_ROLE_WORDS)


_APPOSITION_STOP = re.compile(r"[,;:.!?]")


def _person_named(ctx: Ctx, sent: Sentence, ls: int, le: int) -> bool:
    """Is the capitalised name at ls..le a person's, not a place's? So read when an apposition
    naming a person's role follows it ("killed Ali Saleh, a Hezbollah commander", "a éliminé
    Ali Saleh, le commandant du secteur"), unless a claim verb ends that apposition ("near X,
    a military official said": the speaker is the role's); when a claim verb follows it right
    away ("..., Ivan Petrenko said"); or when it stands right after the settlement noun an
    official's title governs, with no linker between ("mayor of the city Ivan Petrenko", "le
    maire de la ville Ivan Petrenko": the city is the one named before, the name the mayor's)."""
    text, lex = ctx.text, ctx.lex
    if grammar.words("person_roles", lex.lang):
        role = grammar.regex(_ROLE_APPOSITION, re.IGNORECASE).match(text, le, sent.end)
        if role:
            # (the apposition runs to the next punctuation, at most 60 characters)
            stop = _APPOSITION_STOP.search(text, role.end(), sent.end)
            end = min(role.end() + 60, stop.start() if stop else sent.end)
            if not (lex.has("claims.verbs") and lex.search("claims.verbs", text, role.end(), end)):
                return True
    if lex.has("claims.verbs"):
        gap = re.compile(r"\s+").match(text, le, sent.end)
        verb = gap and lex.search("claims.verbs", text, gap.end(), min(sent.end, gap.end() + 40))
        if verb is not None and gap and verb.start() == gap.end():
            return True
    if _after_official_title(ctx, sent, ls) and lex.has("places.settlement_nouns"):
        return any(b < ls and not text[b:ls].strip()
                   for _, b in _spans(lex, "places.settlement_nouns", text, max(sent.start, ls - 40), ls))
    return False


def locality_candidates(ctx: Ctx, sent: Sentence):
    """(name, start, end, strong) of capitalised names after a place preposition; strong
    when the preposition introduces a locality ("near the village of")."""
    text, lex = ctx.text, ctx.lex
    strong_ends = {b for _, b in _spans(lex, "places.locality_preps", text, sent.start, sent.end)}
    settlements = (_spans(lex, "places.settlement_nouns", text, sent.start, sent.end)
                   if lex.has("places.settlement_nouns") else [])
    # where every noun is capitalised, an article after a settlement noun opens a noun in the
    # genitive ("in der Nähe des Grenzzaunes"), not a name
    nouns_capitalised = bool(lex.raw.get("meta", {}).get("capitalised_nouns"))
    # a head-initial language without articles (Russian, Ukrainian): a list's next settlement noun
    # has no article before it
    articleless = not grammar.words("articles", lex.lang) and not grammar.words("article_prefixes", lex.lang) \
        and not lex.raw.get("meta", {}).get("verb_final")

    def settlement_after(i: int, lead: str = _SETTLEMENT_LEAD) -> int | None:
        """"near the northern city of", "in the Kurdish-held town of", "в районе города": the
        settlement noun (after an article and up to two adjectives) announces a locality;
        where its name starts."""
        for a, b in settlements:
            if i <= a <= i + 50 and grammar.regex(lead, re.IGNORECASE).fullmatch(text, i, a):
                b = _country_adjective_after_noun(ctx, b, sent.end)   # "la ville syrienne d'Ariha"
                glue = grammar.regex(_SETTLEMENT_GLUE, re.IGNORECASE).match(text, b)
                if glue and nouns_capitalised and glue.group().strip() and \
                        glue.group().strip().lower() not in grammar.words("linkers", lex.lang):
                    return None   # "in der Nähe des Grenzzaunes": a noun in the genitive
                return glue.end() if glue else b
        return None

    def names_from(i: int, strong: bool):
        listed = False   # the name is a later item of a list, after its separator
        after_comma = False   # ... and that separator was a comma

        # "le gouverneur de la région de Briansk, Alexandr Bogomaz": after an official's title,
        # the name set off by a comma is the official's own, no second place of a list
        titled = _after_official_title(ctx, sent, i)
        for _ in range(LIST_NAMES):
            m = grammar.regex(_NAME_LEAD).match(text, i)
            if nouns_capitalised and text[i:m.end()].strip():
                break
            i = m.end()
            if grammar.words("direction_adjectives", lex.lang):
                # "in northern Iraq's Hakurk region": the direction of the country's possessive
                way = grammar.regex(r"(?i:{direction_adjectives})\s+(?=[^\W\d_][\w-]*['’]s\s)").match(text, i)
                if way:
                    i = way.end()
            nm = grammar.regex(_CAP_NAME).match(text, i)
            if not nm or nm.end() > sent.end:
                break
            end = _known_longer_name(ctx, nm.start(1), nm.end(), sent.end)
            if nouns_capitalised and end == nm.end():
                # "in der Provinz Idlib Stellungen bombardiert": where nouns are capitalised, a
                # noun the lexicon lists after a name is the clause's object, not the name's end
                end = nm.start(1) + _trim_nouns(lex, nm.group(1))
            if listed and after_comma and _claim_verb_after(ctx, end, sent.end):
                break   # "near Saraqib, the Ministry of Defence said": the speaker, no place
                # (after a comma only: "قرب بيجي والموصل والفلوجة إضافة إلى", "and Fallujah in
                # addition to": a name joined by "and" is the list's, whatever word follows)
            owner = _possessive_end(lex, text[nm.start(1):end])
            if owner and _place_part_after(lex, text, end - owner, sent.end):
                # "in the Datta Khel area of North Waziristan's tribal region": the place's name
                # without the owner's ending; no name of a list follows it
                yield text[nm.start(1):end - owner], nm.start(), end - owner, strong
                break
            district = _district_word_in(ctx, nm.start(1), end)
            if district is not None:
                # "в селе Новостроевка-Первая Грайворонского городского округа": the village,
                # without the district named after a town that it lies in
                if district > nm.start(1):
                    yield text[nm.start(1):district].rstrip(), nm.start(), nm.start(1) + len(text[nm.start(1):district].rstrip()), strong
                break
            yield text[nm.start(1):end], nm.start(), end, strong
            i = end
            # "Umm al-Rashrash (Eilat)": the same place by another name, a name of the list too
            alt = _PAREN_NAME.match(text, i)
            if alt and alt.end() <= sent.end:
                yield alt.group(1), alt.start(1), alt.end(1), ALIAS
                i = alt.end()
            else:
                # "Рамади (провинция Анбар), Мосула", "Abu Kamal (Deir ez-Zor province), Ain
                # Issa": the unit a name of the list lies in, glossed in brackets; the list goes on
                gloss = _PAREN_GLOSS.match(text, i)
                if gloss and gloss.end() <= sent.end:
                    i = gloss.end()
            sep = grammar.regex(_NAME_LIST_SEP).match(text, i)
            if sep and titled and sep.group().strip() in (",", "،"):
                break
            if not sep and strong is True:
                # after "the villages of", a list of names in a script without capitals goes on
                # to its last name glued to "and", whatever the names: "قرى A وB وC" (an item
                # of up to CASELESS_NAME_WORDS words: "بلدات A ودير قانون النهر ومعروب")
                sep = _caseless_list_next(ctx, i, sent.end)
            if not sep:
                glued = grammar.regex(_GLUED_AND).match(text, i)
                nxt = glued and grammar.regex(_CAP_NAME).match(text, glued.end())
                if not (nxt and _glued_known_name(ctx, nxt.group(1), nxt.end(), sent.end)):
                    break
                sep = glued
            i = sep.end()
            listed = True
            after_comma = sep.group().strip() in (",", "،")
            # "in the city of X and the town of Y": each name of the list after its own noun
            # (with its article: in "X and Y junction areas", Y is a name of the list)
            named = settlement_after(i, _ARTICLE_SETTLEMENT_LEAD)
            if named is None and articleless:
                # "в селе X и посёлке Y", "по местности X и ущелью Y": without articles, the next
                # item's settlement noun stands right after the coordinator (or one adjective)
                named = settlement_after(i, _BARE_SETTLEMENT_LEAD)
            if named is not None:
                i, strong = named, True

    found: dict = {}   # start -> candidate; a name found twice is strong if either finding is
    if not nouns_capitalised and not lex.raw.get("meta", {}).get("verb_final"):
        # "ont bombardé Tchanzu et Runyoni", "bombed Yaroun": the strike verb's object is a
        # place named without a preposition (weak: a name the gazetteer lacks is kept only
        # right after the verb, _strike_object); Latin script only (a Cyrillic capital may
        # open a town's adjective: "атакували Рязанський НПЗ", _adjectival_towns)
        weapons = platform_hits(ctx, sent.start, sent.end)
        for _, b in sent.triggers:
            for cand in names_from(_after_means_words(ctx, _after_time_words(ctx, b, sent.end), sent.end), False):
                if not re.match(r"[A-ZÀ-ÖØ-Þ]", cand[0]):
                    cand = _known_cyrillic_object(ctx, cand)
                if cand and \
                        not any(a < cand[2] and cand[1] < e for a, e, _ in weapons):
                    found.setdefault(cand[1], cand)   # not "fired Kalibr missiles"
    if articleless and not nouns_capitalised:
        # "атаковали нефтебазу Новошахтинска", "попала в здание администрации Мирнограда", "на
        # одном из предприятий Новошахтинска": a known town in the genitive right after what
        # was hit is where it stood (Cyrillic names the gazetteer knows only)
        for _, b, _ in lex.find_coded("target_types", text, sent.start, sent.end):
            for cand in names_from(b, False):
                name = cand[0].split()[0]
                if _CYRILLIC.search(name) and not _lexicon_noun(lex, name) and \
                        any(_lookup(ctx.gaz, f, None) is not None for f in [name] + _cyrillic_forms(name, False)):
                    found.setdefault(cand[1], (name, cand[1], cand[1] + len(name), False))
                break
    for pm in lex.finditer("places.struck_preps", text, sent.start, sent.end):
        i = pm.end()
        # "у місті", "в городе", "dans la ville de": a place phrase that holds a settlement
        # noun itself introduces a locality, as "near the village of" does
        strong = pm.end() in strong_ends or any(pm.start() <= a and b <= pm.end() for a, b in settlements)
        named = settlement_after(i)
        if named is not None:
            i, strong = named, True
        else:
            i = _country_adjective_before_name(ctx, i, sent.end)
        for cand in names_from(i, strong):
            old = found.get(cand[1])
            found[cand[1]] = cand if old is None or (cand[3] and not old[3]) else old
    # "in several areas of southern Lebanon, including Blida, Yaroun and Khiam", "in a number of
    # villages, among them Aitaroun": a list opened a few words after a settlement noun names
    # the localities of that noun (strong, as after "near the villages of")
    if settlements and lex.has("places.list_openers"):
        for a, b in _spans(lex, "places.list_openers", text, sent.start, sent.end):
            if not any(nb <= a and tokens_between(ctx, nb, a) <= LIST_OPENER_WORDS and
                       not re.search(r"[.;:!?()]", text[nb:a]) for _, nb in settlements):
                continue
            for cand in names_from(b, True):
                old = found.get(cand[1])
                found[cand[1]] = cand if old is None or (cand[3] and not old[3]) else old
    # "dans l'est de Nikopol", "на востоке Никополя": a part of a town by its direction, the
    # town struck (only a town: a country or a unit after the phrase is left to the rest)
    if lex.has("places.part_preps"):
        for a, b in _spans(lex, "places.part_preps", text, sent.start, sent.end):
            for start in [k for k in found if a <= k < b]:
                del found[start]   # "im Osten von Nikopol": not "Osten von Nikopol"
            for cand in names_from(b, True):
                found.setdefault(cand[1], cand)
    # "l'aérodrome de Morozovsk", "la centrale thermique de Zmiïv", "el aeródromo de Morozovsk",
    # "die Raffinerie von Sysran", "den Flugplatz Morosowsk": the town a struck kind of target
    # is named by, in its genitive (or, where nouns are capitalised, in apposition right after
    # it); weak, so only a name the gazetteer knows is kept
    # (a facility noun's own name is _facilities' to read: "l'aéroport de Ramon" is named after a
    # man; only languages whose lexicon lists places.facility_town_linkers read this)
    if lex.has("places.facility_town_linkers"):
        links = grammar.regex(r"\s+(?:(?:" + "|".join(re.escape(w) for w in lex.raw["places"]["facility_town_linkers"]) +
                              r")\s*(?<=['’])|(?:" + "|".join(re.escape(w) for w in lex.raw["places"]["facility_town_linkers"]) +
                              r")\s+)(?:{articles}\s*(?<=['’])|{articles}\s+)?", re.IGNORECASE)
        own_named = {(a, b) for a, b, _ in lex.find_coded("facility_nouns", text, sent.start, sent.end)} \
            if lex.raw.get("facility_nouns") else set()
        for a0, b, _ in lex.find_coded("target_types", text, sent.start, sent.end):
            if any(x <= a0 < y for x, y in own_named):
                continue
            of = links.match(text, b, sent.end)
            if of is None and nouns_capitalised:
                of = re.compile(r" (?=[A-ZÄÖÜ])").match(text, b, sent.end)
            if of is not None:
                for cand in itertools.islice(names_from(of.end(), FACILITY_TOWN), 1):
                    found.setdefault(cand[1], cand)
    # "une salve de roquettes vers Sdérot", "un misil lanzado hacia Najran": the place a weapon
    # was aimed at (weak: a name the gazetteer lacks is kept only beside the strike word)
    for _, b in _aim_spans(ctx, sent.start, sent.end):
        named = settlement_after(b)
        for cand in names_from(b if named is None else named, False):
            found.setdefault(cand[1], cand)
    # "des frappes au nord de X", "targets east of X": a direction right after the strike or
    # what it hit introduces the place it fell (_strike_direction)
    if lex.has("places.reference_preps"):
        for a, b in _spans(lex, "places.reference_preps", text, sent.start, sent.end):
            if _strike_direction(ctx, sent, a):
                named = settlement_after(b)
                for cand in names_from(b if named is None else named, True):
                    old = found.get(cand[1])   # stronger than the same name read as a bare object
                    found[cand[1]] = cand if old is None or (cand[3] is True and old[3] is False) else old
    # "struck the town of X", "a frappé la ville de X": a settlement noun after an article
    # names a locality wherever it stands, with or without a preposition before it
    # (where the article is glued to its word, "مدينة كراماتورسك", the city of Kramatorsk, is
    # definite by the name it governs: no article stands before the settlement noun)
    glued_article = bool(grammar.words("article_prefixes", lex.lang))
    for a, b in settlements:
        lead = glued_article or grammar.regex(_ARTICLE_LEAD, re.IGNORECASE).search(text, max(sent.start, a - 40), a)
        b = _country_adjective_after_noun(ctx, b, sent.end)   # "la ville syrienne d'Ariha"
        glue = grammar.regex(_SETTLEMENT_GLUE, re.IGNORECASE).match(text, b)
        if lead and glue and not (nouns_capitalised and glue.group().strip() and
                                  glue.group().strip().lower() not in grammar.words("linkers", lex.lang)):
            for cand in names_from(glue.end(), True):
                found[cand[1]] = cand
    yield from found.values()
    yield from _postposed_names(ctx, sent)


def _country_adjective_before_name(ctx: Ctx, i: int, limit: int) -> int:
    """Where the name after a place preposition starts when a country's adjective, written
    in lower case, stands between them ("в украинском Славуте", "по сирийскому Идлибу", "в
    украинских Константиновке, Славуте и Тернополе": the town's country, its noun left out);
    i itself otherwise. Only a lower-case adjective right before a capitalised word."""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("place_adjectives"):
        return i
    gap = re.match(r"\s+", text[i:limit])
    if not gap:
        return i
    a0 = i + gap.end()
    # "in der nordirakischen Region Zap": an article, the adjective, then a region noun
    # (places.locality_nouns) before the name; only where the adjective is a fused compass one
    art = grammar.regex(r"(?:{articles})\s+", re.IGNORECASE).match(text, a0) \
        if grammar.words("articles", lex.lang) else None
    if art and art.end() < limit and text[art.end()].islower() and \
            any(a == art.end() for a, _, _ in _compass_adjective_countries(ctx, art.end(), limit)):
        a0 = art.end()
    if a0 >= limit or not text[a0].islower():
        return i
    # (with a compass part fused before it: "im nordirakischen Kandil")
    fused = [(a, b, code) for a, b, code in _compass_adjective_countries(ctx, a0, limit) if a == a0]
    for a, b, _ in lex.find_coded("place_adjectives", text, a0, limit) + fused:
        if a != a0:
            continue
        word = re.match(r"[\w-]*", text[b:limit])
        end = b + (word.end() if word else 0)
        after = re.match(r"\s+(?=[^\W\d_])", text[end:limit])
        if fused and after and lex.has("places.locality_nouns"):
            noun = re.match(r"\w+", text[end + after.end():limit])
            if noun and noun.group() in lex.raw["places"]["locality_nouns"]:
                nxt = re.match(r"\s+(?=[^\W\d_])", text[end + after.end() + noun.end():limit])
                if nxt and text[end + after.end() + noun.end() + nxt.end()].isupper():
                    return end + after.end() + noun.end()   # the name after "Region"
        if art and a0 == art.end() and not (after and text[end + after.end()].isupper()):
            continue
        if after and text[end + after.end()].isupper():
            return end
    return i


def _after_time_words(ctx: Ctx, b: int, limit: int) -> int:
    """Where a strike verb's object starts after a time phrase right after the verb (up to
    four words, at least one a weekday, a month or a part of the day: "atacaron el viernes
    Nikopol", "ont frappé lundi soir Sarmin"), else b itself."""
    lex, i, seen = ctx.lex, b, False
    places = lex.raw.get("places", {})
    parts = {w.lower() for w in places.get("object_day_parts", [])}
    fillers = {w.lower() for w in places.get("object_time_fillers", [])}
    days = lex.intmaps.get("dates.weekdays", {})
    months = lex.intmaps.get("dates.months", {})
    for _ in range(4):
        m = re.compile(r"\s+([\w'’-]+)").match(ctx.text, i, limit)
        if not m:
            break
        low = m.group(1).lower()
        if low in days or low in months or low in parts:
            seen = True
        elif not (low in fillers or low.isdigit()):
            break
        i = m.end()
    return i if seen else b


# At most this many words of means ("ударними дронами") between a strike verb and its object.
OBJECT_MEANS_WORDS = 3


def _after_means_words(ctx: Ctx, b: int, limit: int) -> int:
    """Where a strike verb's bare object starts after the means named in the instrumental right
    after the verb ("атакував ударними дронами Білопілля": places.object_means_endings), when a
    capitalised word follows them; else b itself."""
    endings = tuple(ctx.lex.raw.get("places", {}).get("object_means_endings", []))
    if not endings:
        return b
    i = b
    for _ in range(OBJECT_MEANS_WORDS):
        m = re.compile(r"\s+([\w'’-]+)").match(ctx.text, i, limit)
        if not m or not m.group(1).lower().endswith(endings) or \
                not (m.group(1)[:1].islower() or "-" in m.group(1)):
            break
        i = m.end()
    nxt = re.compile(r"\s+([^\W\d_])").match(ctx.text, i, limit)
    return i if i > b and nxt and nxt.group(1).isupper() else b


def _glued_clitics(ctx: Ctx, s: int, ms: int) -> str:
    """The one-letter proclitics glued to the name at ms (Arabic "و", "ب": "وبخان يونس" ->
    "وب"): the letters between the last space and ms when all are clitics, a conjunction
    first; "" when there are none (or in a language without them)."""
    conj = grammar.words("conjunction_clitics", ctx.lex.lang)
    preps = grammar.words("preposition_clitics", ctx.lex.lang)
    if not conj and not preps:
        return ""
    head = re.search(r"(\S{1,2})$", ctx.text[max(s, ms - 2):ms])
    if head is None or (ms - len(head.group(1)) > s and not ctx.text[ms - len(head.group(1)) - 1].isspace()):
        return ""
    glued = head.group(1)
    if len(glued) == 1:
        return glued if glued in conj | preps else ""
    return glued if glued[0] in conj and glued[1] in preps else ""


def _accusative_list_object(ctx: Ctx, sent: Sentence, a1: list, m) -> bool:
    """Is the seat town `m` (a match of `a1`, offsets within the sentence) in the accusative
    right before a strike word ("Harkiv'i vurdu"), or a bare name of the list that ends with
    such a name ("Refah ve Han Yunus'u vurdu")? Walks forward over the next seats only while
    list glue of a few characters joins them."""
    s = sent.start
    later = sorted((x for x in a1 if x.seat and x.start >= m.end), key=lambda x: x.start)
    cur = m
    for nxt in [None] + later:
        if nxt is not None:
            gap = ctx.text[s + cur.end:s + nxt.start]
            if len(gap) > ACC_LIST_GAP_CHARS or not _only_list_glue(gap):
                return False
            cur = nxt
        if _suffixed_object(ctx, sent, s + cur.end, "accusative_suffixes"):
            return True
        if ctx.text.startswith(("'", "’"), s + cur.end):
            return False   # another case ending closes the list ("Harkiv'e")
    return False


# The most characters between two names of a list in the accusative ("Refah ve Han Yunus'u").
ACC_LIST_GAP_CHARS = 12


def _suffix_at(ctx: Ctx, me: int, key: str):
    """The case ending of places.<key> written after an apostrophe right at me ("Harkiv'i"),
    as a match, or None (and None in a language without the list)."""
    lex = ctx.lex
    if not lex.has(f"places.{key}"):
        return None

    def build():
        ends = "|".join(sorted(map(re.escape, lex.raw["places"][key]), key=len, reverse=True))
        return re.compile(r"['’](?:" + ends + r")(?!\w)")
    return lex.derived(f"places.{key}_at", build).match(ctx.text, me)


def _suffixed_object(ctx: Ctx, sent: Sentence, me: int, key: str = "object_suffixes") -> bool:
    """Does a case ending after an apostrophe (places.<key>: object_suffixes, the dative and
    accusative "Dnipro'ya", "Harkiv'i"; accusative_suffixes, "Harkiv'i" alone) close the name
    ending at me, with a strike word at most OBJECT_NAME_GAP_WORDS words on and no punctuation between ("Harkiv'i vurdu", "Han Yunus'u
    hava saldırısıyla vurdu"), or the postposition that aims it right after ("Odessa'ya
    yönelik")? The name is then the object of the strike: the place struck."""
    lex, text = ctx.lex, ctx.text
    m = _suffix_at(ctx, me, key)
    if m is None:
        return False
    nxt = next((a for a in sorted(a for a, _ in sent.triggers + sent.nouns) if a >= m.end()), None)
    if nxt is not None and not re.search(r"[,;:.!?()\"“”]", text[m.end():nxt]) and \
            tokens_between(ctx, m.end(), nxt) <= OBJECT_NAME_GAP_WORDS:
        return True
    aim = lex.search("places.object_aims", text, m.end(), min(sent.end, m.end() + 20)) \
        if lex.has("places.object_aims") else None
    return aim is not None and not text[m.end():aim.start()].strip()


def _known_cyrillic_object(ctx: Ctx, cand: tuple):
    """A Cyrillic name right after a strike verb ("атаковали Никополь") is its object when it
    is no adjective and the gazetteer knows it; of a longer run of capitalised words
    ("Никополь Днепропетровской области") its first word when that is the known name."""
    name, start, end, strong = cand
    if not _CYRILLIC.search(name):
        return None
    first = name.split()[0]
    if any(first.lower().endswith(x) for x in ctx.lex.raw.get("places", {}).get("adjective_endings", [])) and \
            not (first != name and ctx.gaz.places_named(name)) and \
            (first != name or re.match(r"\s+[^\W\d_]", ctx.text[end:end + 3]) or not re.match(r"[^\w'’-]", ctx.text[end:end + 1] or ".")):
        # (a name shaped as an adjective stands alone before punctuation: "атакували Кам'янське.";
        # a town whose whole name opens with its adjective is named so: "атакували Кривий Ріг")
        return None
    if _lookup(ctx.gaz, name, None) is not None:
        return cand
    if first != name and _lookup(ctx.gaz, first, None) is not None:
        return first, start, ctx.text.index(first, start) + len(first), strong
    words = name.split()
    for n in range(min(len(words), 2), 0, -1):
        # the object in the accusative ("обстріляли Костянтинівку", "атакували Білу Церкву",
        # "обстреляли Константиновку"): a known name in one of its base forms, the longer run first
        run = " ".join(words[:n])
        if any(_lookup(ctx.gaz, form, None) is not None for form in _cyrillic_forms(run, adjectival=n > 1)):
            return run, start, ctx.text.index(run, start) + len(run), strong
    return None


# A town's adjective before a target word is read as the town only when the gazetteer knows
# the town so spelt in a country the text names, and it is at least this populous or entered
# by hand (a stem may also spell some hamlet).
ADJECTIVAL_TOWN_POPULATION = 10000


def _adjectival_towns(ctx: Ctx, sent: Sentence):
    """(adjective, start, end, place) of towns named by their adjective right before a target
    word: "атакували Рязанський НПЗ", "по Волгоградському нафтопереробному заводу" (the Ryazan
    refinery, the Volgograd refinery). The adjective is a capitalised word ending in one of
    the language's grammar.place_adjective_suffixes and an adjective ending; the town is the
    stem in the forms a town's name takes before that suffix (Рязан-ь, Волгоград, Енгель-с,
    Сак-и, Новоросій-ськ, Доне-цьк), spelt exactly so in the gazetteer, in a country the text
    names. A stem that names a first-level unit ("Кримський міст": Crimea) names no town."""
    text, lex, gaz = ctx.text, ctx.lex, ctx.gaz
    suffixes = grammar.words("place_adjective_suffixes", lex.lang)
    if not suffixes:
        return
    countries = _text_countries(ctx) | ({ctx.doc_country} if ctx.doc_country else set())
    if not countries:
        return
    endings = grammar.words("adjective_case_endings", lex.lang) | grammar.words("adjective_nominatives", lex.lang)
    shape = re.compile(r"(\w+?)(" + "|".join(sorted(suffixes, key=len, reverse=True)) + r")(?:" +
                       "|".join(sorted(endings, key=len, reverse=True)) + r")", re.IGNORECASE)
    for ms, _me, _ in lex.find_coded("target_types", text, sent.start, sent.end):
        word = re.search(r"([\w'’-]+)\s+$", text[sent.start:ms])
        m = shape.fullmatch(word.group(1)) if word and word.group(1)[:1].isupper() else None
        if not m:
            continue
        stem, suffix = m.group(1), m.group(2).lower()
        guesses = [stem + suffix] if suffix != "ськ" else \
            [stem, stem + "ь", stem + "ськ", stem + "с", stem + "а", stem + "и"]
        for guess in guesses:
            places = [p for p in gaz.places_named(guess, countries)
                      if p.population >= ADJECTIVAL_TOWN_POPULATION or p.geonameid is None]
            if not places and any(a.start == 0 and a.end >= len(guess) for a in gaz.find_admin1(guess)):
                break  # a region's adjective: "Кримський", "Краснодарський"
            if places:
                start = sent.start + word.start(1)
                best = max(places, key=lambda p: (p.geonameid is None, p.population))
                yield word.group(1), start, start + len(word.group(1)), best
                break


def _district_word_in(ctx: Ctx, start: int, end: int) -> int | None:
    """Where, in a capitalised name at start..end, a word starts that is a district's adjective
    with its district noun right after ("Новостроевка-Первая Грайворонского городского округа",
    "Рыльском районе": grammar district_adjective_suffixes, district_adjective_endings,
    district_nouns); None when there is none."""
    lex, text = ctx.lex, ctx.text
    suffixes = grammar.words("district_adjective_suffixes", lex.lang)
    if not suffixes or not grammar.words("district_nouns", lex.lang):
        return None
    shape = grammar.regex(r"[A-ZА-ЯЁІЇЄҐ][\w'’-]*?(?:{district_adjective_suffixes})(?:{district_adjective_endings})"
                          r"\s+(?:{district_nouns})(?![\w-])", re.IGNORECASE)
    for w in re.finditer(r"[\w'’-]+", text[start:end]):
        at = start + w.start()
        if text[at].isupper() and shape.match(text, at):
            return at
    return None


def _district_town_guesses(stem: str, suffix: str, lang: str) -> list[str]:
    """The names a district's centre may bear, from the stem of its adjective (grammar
    district_centre_endings, adjective_nominatives): "Ніжин" (Ніжинський), "Шалигине"
    (Шалигинська), "Хмельницький" (Хмельницький район); with district_stem_alternation, the
    second vowel and a soft sign for the first before the stem's last letter ("Хотінь" for
    Хотинська); with fleeting_vowels, the stem without that vowel before its last letter
    ("Коломна" for Коломенский)."""
    out = [stem] + [stem + end for end in sorted(grammar.words("district_centre_endings", lang))] + \
        [stem + suffix + end for end in sorted(grammar.words("adjective_nominatives", lang))] + \
        [stem + suffix]   # a centre named in -ськ itself ("Степногірська громада": Степногірськ)
    pair = [w for w in lex_order(lang, "district_stem_alternation")]
    if len(pair) == 2 and len(stem) > 3 and stem[-2].lower() == pair[0] and stem[-1].isalpha():
        out += [stem[:-2] + pair[1] + stem[-1] + sign for sign in sorted(grammar.bare("soft_sign")) + [""]]
    if len(stem) > 3 and stem[-2].lower() in grammar.words("fleeting_vowels", lang) and stem[-1].isalpha():
        out += [stem[:-2] + stem[-1] + end for end in [""] + sorted(grammar.words("district_centre_endings", lang))]
    return list(dict.fromkeys(out))


def lex_order(lang: str, key: str) -> list[str]:
    """The words of grammar.<key> in one language in the order the lexicon lists them."""
    from .lexicon import load_all
    lex = load_all().get(lang)
    return [w.lower() for w in lex.raw.get("grammar", {}).get(key, ())] if lex else []


# The least population of a district's centre found in no country the text names, whose unit
# a district named after it still says ("Грайворонского городского округа": Grayvoron, RU-BEL).
DISTRICT_CENTRE_POPULATION = 5000


def _district_towns(ctx: Ctx, sent: Sentence, admin1: list[str], units_out: list | None = None):
    """(adjective, start, end, place) of the towns that districts or communities are named after,
    in a struck place's phrase: "У Ніжинському районі на Чернігівщині росіяни завдали удару"
    (Nizhyn), "Обстрілу зазнали Хотинська, Шалигинська, Зноб-Новгородська громади" (Khotin,
    Shalyhyne, Znob-Novhorodske: a list of adjectives closed by one plural noun). The gazetteer
    knows the centre by a name guessed from the adjective's stem (_district_town_guesses); a
    centre in a unit the text names is taken whatever its size, elsewhere only a town of
    ADJECTIVAL_TOWN_POPULATION. Left out: a district after a place's name, which it only locates
    ("Новопетрівки Старомлинівської громади", "у селі Приазовському, що у Маріупольській
    громаді"); a district of a city ("в Голосіївському районі Києва"); a district named after its
    unit's seat, which is the countryside around the seat ("Бєлгородський район"). Those two
    still lie in their centre's first-level unit: (start, end, code) of each goes to
    `units_out` ("в Белгородском районе", "в селе X Грайворонского городского округа": RU-BEL),
    the centre then found in any country if it has DISTRICT_CENTRE_POPULATION."""
    text, lex, gaz = ctx.text, ctx.lex, ctx.gaz
    suffixes = grammar.words("district_adjective_suffixes", lex.lang)
    if not suffixes or not grammar.words("district_nouns", lex.lang):
        return
    units = set(admin1) | {m.code for m in _admin1(ctx, text)}
    countries = _text_countries(ctx) | ({ctx.doc_country} if ctx.doc_country else set()) | \
        {gaz.admin1_country(c) for c in units}
    if not countries and units_out is None:
        return
    endings = grammar.words("district_adjective_endings", lex.lang)
    shape = re.compile(r"([A-ZА-ЯЁІЇЄҐ][\w'’-]*?)(" + "|".join(sorted(suffixes, key=len, reverse=True)) + r")(?:" +
                       "|".join(sorted(endings, key=len, reverse=True)) + r")")
    joiners = grammar.words("coordinators", lex.lang)
    nouns = grammar.regex(r"(?<![\w-])(?:{district_nouns})(?!\w)", re.IGNORECASE)
    for noun in nouns.finditer(text, sent.start, sent.end):
        after = re.match(r"\s+([A-ZА-ЯЁІЇЄҐ][\w'’-]*)", text[noun.end():sent.end])
        if after and not any(a.start == 0 for a in _admin1(ctx, text[noun.end() + after.start(1):sent.end][:60])):
            continue  # "в Голосіївському районі Києва": a city's district
        pos, listed, first = noun.start(), [], True
        while True:
            window = text[max(sent.start, pos - 60):pos]
            # the adjective right before the noun; before it, the list's next over a comma or a
            # coordinator ("Хотинська, Шалигинська та Есманьська громади")
            prev = re.search(r"(?<![\w'’-])([\w'’-]+)\s+$", window) if first else \
                re.search(r"(?<![\w'’-])([\w'’-]+)\s*,\s*$", window) or \
                re.search(r"(?<![\w'’-])([\w'’-]+)\s+(\w+)\s+$", window)
            if prev is None:
                break
            if not first and prev.lastindex == 2 and prev.group(2).lower() not in joiners:
                break
            m = shape.fullmatch(prev.group(1))
            if m is None:
                break
            start = pos - len(prev.group(0))
            listed.append((prev.group(1), start, start + len(prev.group(1)), m.group(1), m.group(2)))
            pos, first = start, False
        if not listed:
            continue
        before = text[sent.start:pos]
        name_before = re.search(r"([A-ZА-ЯЁІЇЄҐ][\w'’-]*)\s*$", before)
        # "Новопетрівки Старомлинівської громади", "що у Маріупольській громаді": the district
        # only locates the place before it
        locating = bool(name_before and name_before.group(1).lower() not in ctx.place_words or
                        grammar.words("district_locating_words", lex.lang) and
                        grammar.regex(r"(?<!\w){district_locating_words}\s*$", re.IGNORECASE).search(before))
        if locating and units_out is None:
            continue
        for word, ws, we, stem, suffix in reversed(listed):
            guesses = _district_town_guesses(stem, suffix.lower(), lex.lang)
            found = [p for guess in guesses for p in gaz.places_named(guess, countries)] if countries else []
            inside = [p for p in found if p.admin1 in units]
            pool = inside or [p for p in found if p.population >= ADJECTIVAL_TOWN_POPULATION or p.geonameid is None]
            if not pool and units_out is not None:
                # the centre of a district in a country the text does not name
                pool = [p for guess in guesses for p in gaz.places_named(guess)
                        if p.admin1 and p.population >= DISTRICT_CENTRE_POPULATION]
                if pool:
                    best = max(pool, key=lambda p: p.population)
                    units_out.append((ws, noun.end() if len(listed) == 1 else we, best.admin1))
                continue
            if not pool:
                continue
            best = max(pool, key=lambda p: (p.geonameid is None, p.population))
            info = gaz.admin1_info(best.admin1) if best.admin1 else None
            if locating or info is not None and info.seat and _same_name(info.seat, best.name):
                # "Бєлгородський район": the countryside around the unit's seat, no town
                if units_out is not None and best.admin1:
                    units_out.append((ws, noun.end() if len(listed) == 1 else we, best.admin1))
                continue
            yield word, ws, we, best


# The most words of a name in a script without case that the gazetteer knows ("خميس مشيط":
# Khamis Mushait, "دير الزور"), read as one name.
CASELESS_NAME_WORDS = 3


def _known_longer_name(ctx: Ctx, start: int, end: int, limit: int) -> int:
    """Where a name written in a script without case (Arabic) ends: nothing shows where it
    ends but the gazetteer, so the longest run of words after its first that names a known
    place ("مدينة خميس مشيط"), else its first word."""
    word = ctx.text[start:end]
    if not _unscripted(word) or any(c.lower() != c.upper() for c in word if c.isalpha()):
        return end
    run = re.match(r"[^\W\d_]+(?: [^\W\d_]+){1,%d}" % (CASELESS_NAME_WORDS - 1), ctx.text[start:limit])
    if not run:
        return end
    words = run.group().split(" ")
    for n in range(len(words), 1, -1):
        name = " ".join(words[:n])
        # the longest run the gazetteer knows by that spelling, though its first word alone
        # may name another place ("عين عيسى": Ayn Isa, not a village called "عين")
        if _lookup(ctx.gaz, name, None) is not None:
            return start + len(name)
    return end


# a name in brackets right after a name: "Umm al-Rashrash (Eilat)"
# a short gloss in brackets after a name, opening with a lower-case word ("(провинция Анбар)",
# "(pr. Aleppo)"): not a name of its own
_PAREN_GLOSS = re.compile(r"\s*\((?=[^\W\d_])(?![A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])[^()\n]{1,40}\)")
_PAREN_NAME = re.compile(r"\s*\(\s*([A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]*(?:\s[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w'’-]*){0,2})\s*\)")


# after a name of a list, the next one's settlement noun: "and the southern city of"
_ARTICLE_SETTLEMENT_LEAD = r"\s*{articles|indefinites}\s+(?:[\w'’-]+\s+){0,2}"
# (in a language without articles: at most one adjective before the noun)
_BARE_SETTLEMENT_LEAD = r"\s*(?:[\w'’-]+\s+)?"


# an article, then up to two adjectives, right before a settlement noun
_ARTICLE_LEAD = r"(?<![\w'’]){articles|indefinites}\s+(?:[\w'’-]+\s+){0,2}$"


# Names written before their locality noun or with a case ending (head-final languages):
# one to three capitalised words, an Arabic article glued by a hyphen ("el-Musaylih").
_NAME_RUN_END = (r"(?<![\w'’-])(?:{name_particles}-)?[A-ZÀ-ÖØ-ÞĞİŞ][\w-]*"
                  r"(?:[ \t]+(?:{name_particles}-)?[A-ZÀ-ÖØ-ÞĞİŞ][\w-]*){0,2}$")


CONTAINER = "container"   # a candidate's `strong` when its name only contains the place struck
ALIAS = "alias"           # ... when it is another name, in brackets, of the name before it
FACILITY_TOWN = "facility town"   # ... when it names the town of a struck facility (kept only if known)


# between a container's place noun and the next place's name and noun: at most one word in
# lower case ("bağlı": attached to), then the name
_CONTAINED = re.compile(r"\s+(?:[^\W\d_]*[a-zçğıöşü][\w'’]*\s+)?(?:[\w]{1,3}-)?[A-ZÀ-ÖØ-ÞĞİŞ][\w'’-]*"
                        r"(?:\s+[A-ZÀ-ÖØ-ÞĞİŞ][\w'’-]*){0,2}\s+")


def _contains(text: str, b: int, a2: int) -> bool:
    """Does the place noun ending at b head a container of the place named before a2? Not
    when a linker joins them ("the Murgha areas of Bernal district": the areas are struck)."""
    m = _CONTAINED.fullmatch(text, b, a2)
    word = m and re.match(r"\s+([^\W\d_]*[a-zçğıöşü][\w'’]*)\s", text[b:a2])
    return bool(m) and not (word and word.group(1).lower() in grammar.bare("linkers"))


_POSTPOSED_GLUE = r"(?:\s*,\s*|\s+{coordinators}\s+)$"


# The lexicon's groups whose words, opening a sentence, are capitalised common words: a claim
# or its source ("Açıklamada", "Gözlemevi"), a strike or target word, a cue, a date.
_OPENING_WORD_SECTIONS = ("claims", "counts", "target_types", "triggers", "operations", "cues", "dates", "stopwords")


def _opening_lexicon_word(ctx: Ctx, word: str) -> bool:
    """Is the capitalised word that opens a sentence a word the lexicon lists in any of its
    forms (one of _OPENING_WORD_SECTIONS' groups matches it whole)?"""
    lex = ctx.lex
    for section in _OPENING_WORD_SECTIONS:
        for key, value in lex.raw.get(section, {}).items():
            if not isinstance(value, list) or not lex.has(f"{section}.{key}"):
                continue
            m = lex.search(f"{section}.{key}", word)
            if m is not None and m.start() == 0 and m.end() == len(word):
                return True
    return False


def _contains_next(ctx: Ctx, b: int, e: int) -> bool:
    """Does the place noun ending at b head a container of the next place named before its
    own place noun ("Hacce kentine bağlı Midi ilçesinin Bahis bölgesine": the town contains
    the district struck)?"""
    lex = ctx.lex
    if not lex.has("places.postposed_nouns"):
        return False
    return any(b < a2 and _contains(ctx.text, b, a2) for a2, _ in _spans(lex, "places.postposed_nouns", ctx.text, b, e))


def _town_before_head(ctx: Ctx, s: int, a: int):
    """(name, start, end, False) of the town a town noun or a facility noun at a follows
    ("Hudeyde Limanı'na", "Saratov Petrol Rafinerisi'ne": the port of Hodeidah, the Saratov refinery):
    the longest run of the capitalised words right before it, from its first, that the
    gazetteer knows ("Saratov", not "Saratov Petrol"). Weak: a name it does not know (an
    airport's own name) is no place."""
    text, gaz = ctx.text, ctx.gaz
    head = re.match(r"[\w'’]+", text[a:])
    if head and _contains_next(ctx, a + head.end(), len(text)):
        return
    base = max(s, a - 60)
    # "Nikopol'ün eteklerini": a genitive ending may join the name to its head noun
    gen = _genitive_before(ctx.lex.lang).search(text, base, a)
    a = gen.start() if gen else a
    m = grammar.regex(_NAME_RUN_END).search(text[base:a].rstrip())
    if not m or text[base + m.end():a].strip():
        return
    words = m.group().split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        english = gaz.respell(name, ctx.lex.lang) if hasattr(gaz, "respell") else None
        if any(w is not None and (place := _lookup(gaz, w, None)) is not None and _close_name(w, place.name, 80)
               for w in (name, english)):
            start = base + m.start()
            yield name, start, start + len(name), False
            return


def _suffixed_names(lex: Lexicon, key: str) -> re.Pattern:
    """A capitalised name (a particle may open it) with one of the case endings of
    places.<key> written after an apostrophe ("Halep'te", "Serakib'e"); group 1 is the name."""
    ends = "|".join(sorted(map(re.escape, lex.raw["places"][key]), key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])((?:" + grammar.alternation("name_particles") + r"-)?[A-ZÀ-ÖØ-ÞĞİŞ][\w-]*)['’](?:"
                      + ends + r")(?!\w)")


@lru_cache(maxsize=None)
def _genitive_before(lang: str) -> re.Pattern:
    """A genitive ending after an apostrophe and the space after it, at the end of the stretch
    searched ("Nikopol'ün ", "Deyrizor'un "): what joins a name to the head noun after it in a
    head-final language (grammar genitive_endings; a pattern that never matches elsewhere)."""
    from .lexicon import load_all  # noqa: PLC0415

    ends = load_all()[lang].raw.get("grammar", {}).get("genitive_endings", [])
    if not ends:
        return re.compile(r"(?!)")
    alt = "|".join(sorted(map(re.escape, ends), key=len, reverse=True))
    return re.compile(r"['’](?:" + alt + r")\s+$")


@lru_cache(maxsize=None)
def _genitive_name_before(lang: str) -> re.Pattern:
    """A capitalised name (one or two words) with a genitive ending after its apostrophe, right
    before the end of the stretch searched ("Bahmut'un ", "Han Yunus'un ")."""
    from .lexicon import load_all  # noqa: PLC0415

    ends = load_all()[lang].raw.get("grammar", {}).get("genitive_endings", [])
    alt = "|".join(sorted(map(re.escape, ends), key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-ÞĞİŞ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĞİŞ][\w-]*)?)['’](?:" + alt + r")\s+$")


def _hyphen_compound_names(ctx: Ctx, sent: Sentence):
    """(name, start, end, True) of names glued by a hyphen to the noun of their kind, in the
    languages that so compound them (places.compound_heads: "in der Hakurk-Region", "am
    Gara-Gebirge", "im Metina-Gebiet"): a name the gazetteer knows by that very spelling is
    the place struck. A common noun so glued ("Kurden-Region") is no name, and a close
    spelling of another place is not enough for one."""
    heads = ctx.lex.raw.get("places", {}).get("compound_heads", [])
    if not heads:
        return

    def build():
        alt = "|".join(sorted(map(re.escape, set(heads)), key=len, reverse=True))
        return re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[-‐‑][A-ZÀ-ÖØ-Þ][^\W\d_]+)?)[-‐‑](?:" + alt + r")(?![\w-])")
    pat = ctx.lex.derived("places.hyphen_compounds", build)
    for m in pat.finditer(ctx.text, sent.start, sent.end):
        if ctx.gaz.places_named(m.group(1)):
            yield m.group(1), m.start(1), m.end(1), True


def _postposed_names(ctx: Ctx, sent: Sentence):
    """(name, start, end, strong) of names a head-final language puts before their place
    noun, a list too ("Metina, Zap ve Hakurk bölgelerine": strong, like "in the regions of"),
    or marks with a locative ending ("Sincar'da": "in Sinjar", weak)."""
    text, lex, s = ctx.text, ctx.lex, sent.start
    if lex.has("places.postposed_nouns"):
        nouns = _spans(lex, "places.postposed_nouns", text, s, sent.end)
        for a, b in nouns:
            # "Hacce kentine bağlı Midi ilçesinin Bahis bölgesine": the names before the next
            # place's name contain it (their unit stands); the place struck is the last one
            kind = CONTAINER if any(b < a2 and _contains(text, b, a2) for a2, _ in nouns) else True
            j, found = a, []
            for _ in range(8):
                base = max(s, j - 60)
                m = grammar.regex(_NAME_RUN_END).search(text[base:j].rstrip())
                if not m:
                    break
                name = m.group()
                if base + m.start() == s and _opening_lexicon_word(ctx, name.split()[0]):
                    # "Açıklamada Serakib kentinde", "Gözlemevi, Maarrat Misrin kentinde": the
                    # sentence's first word is capitalised as a sentence's first word is, a word
                    # of the lexicon (a claim, a source), not part of a name
                    first = re.match(r"\S+\s+", name)
                    if first is None:
                        break
                    m_start = base + m.start() + first.end()
                    name = text[m_start:base + m.end()]
                    found.append((name, m_start, base + m.end(), kind))
                    break
                if " " in name and ctx.gaz.find_countries(name) and _lookup(ctx.gaz, name, None) is None:
                    break  # "the Lake Chad area": a feature named after a country, no locality
                found.append((name, base + m.start(), base + m.end(), kind))
                glue = grammar.regex(_POSTPOSED_GLUE).search(text, max(s, base + m.start() - 8), base + m.start())
                if not glue:
                    break
                j = glue.start()
            yield from reversed(found)  # in text order
    yield from _hyphen_compound_names(ctx, sent)
    if lex.has("places.town_heads"):
        for a, _b in _spans(lex, "places.town_heads", text, s, sent.end):
            yield from _town_before_head(ctx, s, a)
    if lex.raw.get("meta", {}).get("verb_final") and grammar.words("genitive_endings", lex.lang):
        # "Bahmut'un güneyindeki mevziler", "Halep'in kuzeyinde": the name in the genitive
        # before a postposed direction is the place the direction is taken from (CONVENTIONS:
        # a direction without a distance names that place)
        gen = _genitive_name_before(lex.lang)
        for a, _b in _spans(lex, "places.struck_preps", text, s, sent.end):
            m = gen.search(text, max(s, a - 60), a)
            if m:
                yield m.group(1), m.start(1), m.end(1), True
    if lex.has("places.locative_suffixes"):
        pat = lex.derived("places.locative_names", lambda: _suffixed_names(lex, "locative_suffixes"))
        for m in pat.finditer(text, s, sent.end):
            start = _name_run_before(ctx, s, m.start(1))
            yield from _known_names_listed_before(ctx, s, start)
            yield text[start:m.end(1)], start, m.end(1), False
    if lex.has("places.object_suffixes"):
        # "Serakib'e saldırı düzenledi", "Tel Rıfat'ı bombaladı", "Odessa'ya yönelik İHA
        # saldırısı": a name in the dative or the accusative right before the strike word (or
        # before the postposition that aims it) is the place struck
        pat = lex.derived("places.object_names", lambda: _suffixed_names(lex, "object_suffixes"))
        strikes = sorted(a for a, _ in sent.triggers + sent.nouns)
        for m in pat.finditer(text, s, sent.end):
            nxt = next((a for a in strikes if a >= m.end()), None)
            aim = lex.search("places.object_aims", text, m.end(), min(sent.end, m.end() + 20)) \
                if lex.has("places.object_aims") else None
            if (nxt is not None and not re.search(r"[,;:.!?()\"“”]", text[m.end():nxt]) and
                    tokens_between(ctx, m.end(), nxt) <= OBJECT_NAME_GAP_WORDS) or \
                    (aim is not None and not text[m.end():aim.start()].strip()):
                start = _name_run_before(ctx, s, m.start(1))
                if start == m.start(1) and re.search(r"[A-ZÀ-ÖØ-ÞĞİŞ][\w-]*[ ]$", text[max(s, start - 30):start]) and \
                        not (max(s, start - 30) == s and _opening_lexicon_word(ctx, text[s:start].split()[0])):
                    continue  # "Gazze Şeridi'ne": the last word of a longer name the gazetteer lacks
                yield from _known_names_listed_before(ctx, s, start)
                yield text[start:m.end(1)], start, m.end(1), False


def _known_names_listed_before(ctx: Ctx, s: int, start: int):
    """(name, start, end, False) of the bare names of a list whose last name carries the case
    ending for all ("Kamışlı ve Tel Rıfat'taki", "Azez, Mare ve Tel Rıfat'a"), in text order:
    walking back from `start` over commas and coordinators, each run of capitalised words the
    gazetteer knows by that spelling (an unknown word ends the list)."""
    text, gaz, found, j = ctx.text, ctx.gaz, [], start
    for _ in range(6):
        glue = grammar.regex(_POSTPOSED_GLUE).search(text, max(s, j - 8), j)
        if not glue:
            break
        m = grammar.regex(_NAME_RUN_END).search(text, max(s, glue.start() - 40), glue.start())
        if not m:
            break
        name = m.group()
        if m.start() == s and _opening_lexicon_word(ctx, name.split()[0]):
            break
        place = _lookup(gaz, name, None)
        english = gaz.respell(name, ctx.lex.lang) if hasattr(gaz, "respell") else None
        if place is None or not (_close_name(name, place.name, 80) or
                                 (english and _close_name(english, place.name, 80))):
            break
        found.append((name, m.start(), m.end(), False))
        j = m.start()
    yield from reversed(found)


# A name in the dative or accusative stands at most this many words before the strike word it
# is the object of ("Harkiv'e | düzenlediği İHA | saldırısında").
OBJECT_NAME_GAP_WORDS = 3


def _name_run_before(ctx: Ctx, s: int, ms: int) -> int:
    """Where the name whose last word starts at ms begins: the capitalised words right before
    it belong to it when the gazetteer knows the longer name ("Tel Rıfat'ta", "Han Yunus'a",
    "Kiryat Şmona'ya"; its last word alone, "Rıfat", is another place or none)."""
    run = re.search(r"((?:[A-ZÀ-ÖØ-ÞĞİŞ][\w-]*[ ]){1,2})$", ctx.text[max(s, ms - 40):ms])
    if run is None:
        return ms
    base = max(s, ms - 40) + run.start(1)
    starts = [base + w.start() for w in re.finditer(r"\S+", run.group(1))]
    gaz = ctx.gaz
    for a in starts:   # the longest run first
        if a == s and _opening_lexicon_word(ctx, ctx.text[a:ms].split()[0]):
            continue
        name = ctx.text[a:ms].rstrip() + " " + re.match(r"\S+?(?=['’])", ctx.text[ms:]).group() \
            if re.match(r"\S+?(?=['’])", ctx.text[ms:]) else None
        if not name:
            return ms
        if any(m.start == 0 and m.end >= len(name) - 1 for m in gaz.find_admin1(name)):
            return a
        place = _lookup(gaz, name, None)
        english = gaz.respell(name, ctx.lex.lang) if hasattr(gaz, "respell") else None
        if place is not None and (_close_name(name, place.name, 80) or
                                  (english and _close_name(english, place.name, 80))):
            return a
    return ms


def _dominant(codes: list) -> str | None:
    """The code that more than half of ``codes`` are, if any (the country where most of the
    weapons of an interception report were downed)."""
    for c in dict.fromkeys(codes):
        if codes.count(c) * 2 > len(codes):
            return c
    return None


# The most words between the start of a sentence's first clause (or of the clause after a
# comma: "Wie der Generalstab erklärte, handelt es sich dabei um Ziele ...") and the noun of
# what the report's strikes hit or of the operation that names them again.
RESTATED_OPENING_WORDS = 5
_OPENING_CUT = re.compile(r"[,:;،]")
_RESTATED_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def restated_targets_located(ctx: Ctx, sent: Sentence) -> bool:
    """Does a sentence with no interception and no side of its own open with the noun of what
    the report's strikes hit or of the operation (counts.targets, grammar.operation_nouns)
    and name after it a place the gazetteer knows ("The targets were in the X, Y and Z
    regions", "Es handelte sich dabei um Ziele in den Regionen X und Y", "Операции проводились
    в районах X, Y и Z", "Los objetivos fijados serían las localidades de X y Y")? The report's
    strike, named again by what it hit, is located there."""
    text, lex, gaz = ctx.text, ctx.lex, ctx.gaz
    if sent.interception or sent.actors:
        return False
    nouns = [m.span() for m in lex.finditer("counts.targets", text, sent.start, sent.end)] \
        if lex.has("counts.targets") else []
    ops = grammar.words("operation_nouns", lex.lang)
    nouns += [(sent.start + m.start(), sent.start + m.end())
              for m in _RESTATED_WORD.finditer(text[sent.start:sent.end]) if forms.fold(m.group(), lex.lang) in ops]
    opening = [b for a, b in nouns
               if tokens_between(ctx, max([sent.start] + [c.end() for c in _OPENING_CUT.finditer(text, sent.start, a)]), a)
               <= RESTATED_OPENING_WORDS]
    if not opening:
        return False
    first = min(opening)
    return any(ls >= first and (strong or gaz.places_named(name) or gaz.find_admin1(name))
               for name, ls, _, strong in locality_candidates(ctx, sent))
