"""What was hit: target types and their counts."""
from __future__ import annotations

import re

from .counts import _is_approx, _part_of_name, counted_facilities, modifies_target_noun
from . import grammar
from .clauses import same_unit, tokens_after, tokens_between
from .document import ORGS, Ctx, Draft, Sentence, _GLUE, _spans, last_match
from .numbers import parse_number
from .forms import fold


# Kinds of target that can themselves strike or carry strikers ("Kampfhubschrauber griffen an").
MOBILE_KINDS = frozenset({"aircraft", "armored_vehicle", "vessel", "launcher", "vehicle", "personnel",
                          "artillery_position", "air_defense"})


def _agentive(ctx: Ctx, me: int) -> bool:
    """Is the word ending at me in the agentive case, or followed by an agent postposition
    (grammar.agentive_endings, agent_postpositions; Turkish "hava savunma sistemlerince", "...
    tarafından": by the air defences)? It names who acted, not what was hit."""
    lang = ctx.lex.lang
    endings = grammar.words("agentive_endings", lang)
    posts = grammar.words("agent_postpositions", lang)
    if not endings and not posts:
        return False
    rest = re.match(r"[\w'’]*", ctx.text[me:me + 20])
    word_end = me + (rest.end() if rest else 0)
    word = fold(re.split(r"\s+", ctx.text[max(0, me - 40):word_end])[-1], lang)
    if any(word.endswith(x) for x in endings):
        return True
    # or the noun phrase's next word carries it ("hava savunma | kuvvetlerince")
    nxt = re.match(r"\s+([\w'’]+)(?:\s+([\w'’]+))?", ctx.text[word_end:word_end + 40])
    if nxt is None:
        return False
    first, second = fold(nxt.group(1), lang), fold(nxt.group(2) or "", lang)
    return first in posts or any(first.endswith(x) for x in endings) or second in posts


_SPACES = re.compile(r"\s*")

# The most characters between a strike verb whose subject is the air defence and the weapons
# it destroyed ("ont détruit 13 drones", "destroyed 35 of the 39 drones")
DOWNED_WEAPON_CHARS = 30


def _downs_weapons(ctx: Ctx, sent, me: int) -> bool:
    """Is the air-defence noun ending at me the subject of a strike verb whose object is the
    weapons launched, only lower-case words (its adjective, an auxiliary) between ("... précisant
    que les systèmes de défense aérienne ukrainiens avaient détruit 13 drones", in the launch
    report's own sentence)? The defender's air defence, not a target."""
    lex, text = ctx.lex, ctx.text
    weapons = [k for k in ("operations.drone_strike", "operations.missile_strike") if lex.has(k)]
    for a, b in sent.triggers:
        if a < me or b > sent.end:
            continue
        between = text[me:a].split()
        if len(between) > 3 or not all(re.fullmatch(r"[a-zà-ÿа-яёіїєґ'’-]+", w) for w in between):
            continue
        verb = any(lex.search(key, text, a, b) is not None
                   for key in ("triggers.impact_verbs", "places.shootdown_verbs") if lex.has(key))
        # the weapons counted right after the verb ("13 drones", "35 des 39 drones")
        counted = ctx.numpat.match(text, _SPACES.match(text, b).end())
        if verb and counted and any(lex.search(k, text, counted.end(), min(sent.end, b + DOWNED_WEAPON_CHARS))
                                    for k in weapons):
            return True
    return False


def _counted_missiles_of_type(ctx: Ctx, sent, ms: int, me: int) -> bool:
    """Is the air-defence type at ms..me a counted missile's designation ("quatre missiles S-300",
    "two S-300 missiles"): the missile noun right beside it, a number right before the phrase?
    The weapons fired (or downed), not an air defence hit."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("operations.missile_strike"):
        return False
    start = None
    for m in lex.finditer("operations.missile_strike", text, max(sent.start, ms - 20), min(sent.end, me + 20)):
        if m.end() <= ms and not text[m.end():ms].strip():
            start = m.start()    # "missiles S-300"
        elif m.start() >= me and not text[me:m.start()].strip():
            start = ms           # "S-300 missiles"
    if start is None:
        return False
    return any(not text[n.end():start].strip() for n in ctx.numpat.finditer(text, max(sent.start, start - 25), start))


def _fixed_compound(lex, ttype: str) -> bool:
    """In a language that writes compounds as one word, a weapon word that begins a fixed kind
    of target ("ein Drohnenhauptquartier ... zerstört", "Raketenlager") names what was hit; the
    verb-final clause puts it before the verb, where a striker's weapon also stands."""
    return bool(lex.raw.get("meta", {}).get("capitalised_nouns")) and ttype not in MOBILE_KINDS


def _weapon_store_object(lex, ttype: str, ms: int, me: int, ops: list) -> bool:
    """Verb-final languages (Turkish), where the object stands before the verb as the subject
    does: is the kind of target at ms..me a fixed facility whose own phrase holds the weapon
    word ("füze depolarını", "İHA depolarını": missile and drone depots)? The weapon names what
    the depot holds; the phrase is what was hit, not the striker's weapon."""
    if not lex.raw.get("meta", {}).get("verb_final") or ttype in MOBILE_KINDS:
        return False
    return any(ms <= a and b <= me and b - a < me - ms for a, b in ops)


def _owned_or_counted_object(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Verb-final languages (Turkish), where the object stands before the verb as the subject
    does: is the kind of target at ms counted or owned by another side right before it
    ("Ukrayna'ya ait 2 helikopteri vurdu", "Ukrayna ordusunun 3 topçu mevzisini"): what was hit,
    not the striker's weapon ("Rus helikopterleri ... vurdu")? The striker's own weapon opens
    the sentence; this one follows a side's postposition or a number after the subject."""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("meta", {}).get("verb_final") or ms <= sent.start:
        return False
    before = text[max(sent.start, ms - 30):ms]
    counted = re.search(r"\d+\s+$", before) is not None and tokens_between(ctx, sent.start, ms) > 2
    owned = lex.has("actor_roles.target_outro") and \
        lex.search("actor_roles.target_outro", text, max(sent.start, ms - 20), ms) is not None
    return counted or owned


# Kinds of target that carry weapons and launch them as the subject of a strike verb.
LAUNCHING_KINDS = frozenset({"aircraft", "vessel", "launcher", "armored_vehicle"})


# Kinds of target that are also weapons a strike is made with ("con lanzagranadas", "with tanks").
MEANS_KINDS = frozenset({"launcher", "aircraft", "armored_vehicle", "artillery_position"})


def _instrument(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the kind of target at ms introduced by an instrument preposition ("con", "mediante",
    "with"), an article or a number at most between?"""
    lex = ctx.lex
    if not lex.has("triggers.instrument_preps"):
        return False
    before = ctx.text[max(sent.start, ms - 16):ms]
    m = last_match(lex, "triggers.instrument_preps", before)
    return bool(m and re.fullmatch(r"\s+(?:\w{1,3}\s+)?", before[m.end():]))


def _after_agent_intro(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the phrase at ms introduced as an agent ("by the air defence", "par la défense")?"""
    if not ctx.lex.has("actor_roles.agent_intro"):
        return False
    before = ctx.text[max(sent.start, ms - 16):ms]
    m = last_match(ctx.lex, "actor_roles.agent_intro", before)
    return bool(m and re.fullmatch(r"\s*(?:\w{1,3}['’\s]\s*)?", before[m.end():]))


def _possessor(ctx: Ctx, sent: Sentence, ms: int, me: int, hits: list) -> bool:
    """Are the fighters at ms..me only whose another target is: named right after it ("the
    command post of the militants", "объектам террористов", "инфраструктурам боевиков"), or
    right before it ("terörist hedefleri", "teröristlere ait barınak")? Then they are no
    target of their own (CONVENTIONS: fighters hit or killed are personnel)."""
    text, lex = ctx.text, ctx.lex
    # "combattants terroristes": the second word goes with the first
    prev = [(a, b) for a, b, t in hits if t == "personnel" and b < ms and not text[b:ms].strip()]
    if prev and _possessor(ctx, sent, prev[-1][0], prev[-1][1], hits):
        return True
    others = [(a, b) for a, b, t in hits if t != "personnel"]
    if lex.has("counts.targets"):
        others += _spans(lex, "counts.targets", text, sent.start, sent.end)
    for a, b in others:
        if b <= ms and ms - b <= 12 and _GLUE.match(text[b:ms]):
            return True
        # one lower-case word between: an adjective or a participle of belonging ("sites
        # opérationnels de combattants", "cibles appartenant aux terroristes", "targets belonging
        # to the militants")
        one = _ONE_WORD_THEN.fullmatch(text, b, ms) if b <= ms and ms - b <= 32 else None
        if one and (_GLUE.match(text[one.start(2):ms]) or len(one.group(2).split()) <= 2):
            return True
        if a >= me and a - me <= 12:
            gap = text[me:a]
            outro = lex.has("actor_roles.target_outro") and lex.pat("actor_roles.target_outro").match(gap.strip())
            if re.fullmatch(r"\s*", gap) or (outro and outro.end() == len(gap.strip())):
                return True
    return False


# a lower-case word, then one or two short words (a linker, an article, "aux", "to the")
_ONE_WORD_THEN = re.compile(r"\s+([^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]*)(\s+(?:\w{1,3}['’\s]\s*){1,2})")


# The subject of a strike stands at most this many words before its verb ("Russian
# terrorists launched", "Des combattants palestiniens basés à Gaza ont tiré").
SUBJECT_WORDS = 6


def _object_of_named_striker(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """In a language whose verb closes its clause or comes second ("Die Luftwaffe hat
    Truppenansammlungen angegriffen", "Rus uçakları asker yığınaklarını vurdu"), do a striker
    (an actor or a force) and the fighters at ms stand in one clause with the striker first?
    Then the fighters before the verb are its object, not the subject of a strike of their own."""
    lex, text = ctx.lex, ctx.text
    meta = lex.raw.get("meta", {})
    if not (meta.get("verb_final") or meta.get("verb_second")):
        return False
    # a weapon or an armed force strikes; a bare name ("Kiev yönetiminin ... unsurlara") may
    # accuse, so it does not make the fighters an object
    before = [(a, b) for op in ("airstrike", "drone_strike", "missile_strike", "artillery")
              if lex.has(f"operations.{op}") for a, b in _spans(lex, f"operations.{op}", text, sent.start, ms)]
    if lex.has("actor_roles.forces_nouns"):
        before += _spans(lex, "actor_roles.forces_nouns", text, sent.start, ms)
    return any(b <= ms and same_unit(ctx, sent.start, sent.end, a, ms) for a, b in before)


def _striking(ctx: Ctx, sent: Sentence, me: int) -> bool:
    """Are the fighters ending at me the subject of a strike or launch verb of their own
    clause ("militants fired rockets", "військовослужбовці застосували")? Then they struck;
    they were not hit. A passive ("fighters were killed") is no such verb, nor, where the
    language has articles, a participle followed by a preposition ("the leader targeted in
    the strike")."""
    text, lex = ctx.text, ctx.lex
    end = tokens_after(ctx, me, SUBJECT_WORDS, sent.end)
    articles = bool(lex.raw.get("numbers", {}).get("one_article"))
    for key in ("triggers.strike_verbs", "triggers.light_verbs"):
        if not lex.has(key):
            continue
        for v in lex.finditer(key, text, me, end):
            if any(lex.has(k) and lex.pat(k).match(text, v.start()) for k in ("triggers.strike_nouns", "counts.strikes")):
                continue  # "personnel and two strikes on ...": the noun, not the verb
            between = text[me:v.start()]
            if lex.has("actor_roles.passive_aux") and lex.search("actor_roles.passive_aux", between):
                return False
            nxt = re.match(r"\s+([^\W\d]+)", text[v.end():v.end() + 30])
            if articles and nxt and nxt.group(1).lower() in grammar.bare("prepositions"):
                continue  # "the leader targeted in the attack": a participle, not the verb of a subject
            if same_unit(ctx, sent.start, sent.end, me, v.start()):
                return True
    return False


def _launch_area(ctx: Ctx, sent: Sentence, ms: int, me: int | None = None) -> bool:
    """Is the target word at ms introduced as where the strikers came from ("from the air
    base", "с авиабазы", "depuis la base"), or followed by a head-final launch phrase that
    holds it or comes right after it ("hava üssünden havalanarak": taking off from the air
    base)? A launch area is no target (CONVENTIONS)."""
    if me is not None and ctx.lex.has("places.origin_after"):
        m = ctx.lex.search("places.origin_after", ctx.text, ms, min(sent.end, me + 30))
        if m is not None and m.start() < me + 2 and not re.search(r"[,;:]", ctx.text[ms:m.start()]):
            return True
    if not ctx.lex.has("places.origin_preps"):
        return False
    if me is not None and any(m.start() < ms and me <= m.end() for m in ctx.lex.finditer(
            "places.origin_preps", ctx.text, max(sent.start, ms - 24), min(sent.end, me + 2))):
        return True   # "вылетов с авиабазы «Хмеймим»": the target word is the origin phrase's own noun
    before = ctx.text[max(sent.start, ms - 24):ms]
    m = last_match(ctx.lex, "places.origin_preps", before)
    # past articles, linkers and the base's name ("from the Hmeimim air base")
    gap = "".join(w + " " for w in before[m.end():].split() if not w[:1].isupper()) if m else ""
    return bool(m and _GLUE.match(gap))


# the next word begins with a capital: a name follows
_CAPITAL_NEXT = re.compile(r"\s+[\"«“]?[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]")


def _counts_strikes(ctx: Ctx, a: int, b: int) -> bool:
    """A strike noun between a number and a target word ("12 strikes on fighters", "12
    ударів по бойовиках"): the number counts the strikes, the target after it is uncounted."""
    lex = ctx.lex
    return any(lex.has(k) and lex.search(k, ctx.text, a, b) is not None
               for k in ("counts.strikes", "counts.sorties"))


# Between a building word and the typed target it belongs to: articles and linkers ("of the"),
# or one adjective ("инфраструктуре военных аэродромов").
_PART_GAP_CHARS = 24


def _part_of_typed(ctx: Ctx, sent: Sentence, me: int, hits: list) -> bool:
    """Is the building word ending at me followed at once by another kind of target it belongs
    to ("инфраструктуре военных аэродромов", "buildings of the command post"): a part of that
    target, no building of its own? A coordinator or a preposition between ("здания и склады",
    "здания в районе аэродрома") keeps both."""
    text = ctx.text
    coord = grammar.words("coordinators", ctx.lex.lang) | grammar.bare("prepositions")
    clitics = grammar.words("conjunction_clitics", ctx.lex.lang)
    for a, _, kind in hits:
        if kind in ("building", "personnel") or a < me or a - me > _PART_GAP_CHARS:
            continue
        gap = text[me:a]
        if re.search(r"[,;:.()«»\"]", gap) or any(text.startswith(c, a) or text.endswith(c, me, a) for c in clitics):
            continue  # (a conjunction glued to the next word: "منزل ومنشأة", a house and a facility)
        if _GLUE.match(gap):
            return True
        one = re.fullmatch(r"\s+([^\W\d_][\w-]*)\s+", gap)
        if one and one.group(1)[0].islower() and fold(one.group(1), ctx.lex.lang) not in coord and \
                one.group(1).lower() not in coord:
            return True
    return False


# the noun right before a postposed adjective, quotation marks at most between ("cibles «terroristes»")
_NOUN_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[\s«»\"“”„]+$")

# The lexicon groups whose nouns a postposed fighter adjective may qualify ("objetivos terroristas",
# "attaques terroristes"), besides the kinds of target and grammar.fighter_adjective_heads.
_ADJECTIVE_HEAD_GROUPS = ("counts.targets", "triggers.strike_nouns", "counts.strikes")


def _postposed_fighter_adjective(ctx: Ctx, sent: Sentence, ms: int, me: int, hits: list) -> bool:
    """Is the fighter word at ms..me an adjective standing after the noun it qualifies (grammar
    fighter_adjectives: "sur les positions des groupes terroristes", "des cibles «terroristes»",
    "las actividades terroristas de Hamás", "ataques terroristas con drones")? A lower-case noun
    right before it (a kind of target, a generic target, a strike noun, or one of
    grammar.fighter_adjective_heads) is what it describes: no fighters were hit."""
    lang, text, lex = ctx.lex.lang, ctx.text, ctx.lex
    adjectives = grammar.words("fighter_adjectives", lang)
    if not adjectives or fold(text[ms:me], lang) not in adjectives:
        return False
    m = _NOUN_BEFORE.search(text, max(sent.start, ms - 40), ms)
    if m is None or not m.group(1)[:1].islower():
        return False
    ps, pe = m.start(1), m.end(1)
    if fold(m.group(1), lang) in grammar.words("fighter_adjective_heads", lang):
        return True
    heads = [(a, b) for a, b, t in hits if t != "personnel"]
    heads += [span for k in _ADJECTIVE_HEAD_GROUPS if lex.has(k) for span in _spans(lex, k, text, sent.start, ms)]
    return any(a <= ps and b == pe for a, b in heads)


# A fighter word's presence verb stands at most this many words after it ("Terroristen
# aufgehalten", "terroristas» operando", "террористам ХАМАС, действовавшим", "que se encontraban").
PRESENCE_WORDS = 3
# ... or at most this many before them ("из которого действовали боевики", "où se trouvaient des terroristes")
PRESENCE_BEFORE_WORDS = 2


def _present_in_target(ctx: Ctx, sent: Sentence, ms: int, me: int, hits: list) -> bool:
    """Are the fighters at ms..me only said to be in or operating from another kind of target
    the sentence names, a presence verb (grammar presence_verbs) right after them ("ein
    Kommandozentrum angegriffen, in dem sich Terroristen aufgehalten hätten", "ciblait des
    terroristes opérant dans un centre de commandement", "удар по террористам, действовавшим в
    командном центре")? They say where the target is; nobody says they were hit. Not when
    they are counted or the sentence says who was killed ("killed five militants hiding in a
    house"): CONVENTIONS, fighters killed are personnel."""
    lang, text, lex = ctx.lex.lang, ctx.text, ctx.lex
    verbs = grammar.words("presence_verbs", lang)
    if not verbs or not any(t != "personnel" for _, _, t in hits):
        return False
    after = re.findall(r"[^\W\d_][\w'’-]*", text[me:min(sent.end, me + 80)])[:PRESENCE_WORDS]
    # or right before them, an article at most between, in a relative clause that puts its verb
    # first ("здание, из которого действовали боевики", "où se trouvaient des terroristes")
    before = re.findall(r"[^\W\d_][\w'’-]*", text[max(sent.start, ms - 40):ms])[-PRESENCE_BEFORE_WORDS:]
    if not any(fold(w, lang) in verbs or w.lower() in verbs for w in after + before):
        return False
    if any(not text[n.end():ms].strip() for n in ctx.numpat.finditer(text, max(sent.start, ms - 30), ms)):
        return False   # "12 terroristes opérant ...", "пять боевиков, которые находились": counted fighters
    return not (lex.has("counts.killed") and lex.search("counts.killed", text, sent.start, sent.end) is not None)


# The kinds of fixed facility a building word's use clause may name ("used to store weapons").
_USE_KINDS = frozenset({"factory", "weapons_depot", "ammunition_depot", "fuel_depot", "command_post",
                        "training_camp"})

# The most characters between a building word and the kind of target its use clause names
# ("a facility located in the north of Homs aimed at rigging cars with explosives").
USE_CLAUSE_CHARS = 80


def _used_as_typed(ctx: Ctx, sent: Sentence, me: int, hits: list) -> bool:
    """Is the building word ending at me followed, in its own phrase (no punctuation, no
    coordinator between), by a word of use (grammar use_words) and then a kind of fixed facility
    ("a cluster of buildings used by the group as a weapons depot", "plusieurs bâtiments d'un
    site servant à fabriquer des bombes", "منشآت يستخدمها حزب الله لتخزين وإنتاج أسلحة")? The
    use says what the building is: that kind, no building of its own."""
    lang, text = ctx.lex.lang, ctx.text
    uses = grammar.words("use_words", lang)
    if not uses:
        return False
    coords = grammar.words("coordinators", lang)
    for a, b, kind in hits:
        if kind not in _USE_KINDS or a < me or a - me > USE_CLAUSE_CHARS:
            continue
        gap = text[me:a]
        if re.search(r"[,;:.()«»\"“”]", gap):
            continue
        words = [fold(w, lang) for w in re.findall(r"[^\W\d_][\w'’-]*", text[me:b])]
        if any(w in coords for w in re.findall(r"[^\W\d_][\w'’-]*", gap.lower())):
            continue
        if any(w in uses for w in words):
            return True
    return False


# the words of a use clause, up to its first punctuation
_CLAUSE_WORDS = re.compile(r"[^\W\d_][\w'’-]*|[,;:.()«»\"“”]")


def _use_kind(ctx: Ctx, sent: Sentence, me: int, hits: list) -> str | None:
    """The kind of facility the building word ending at me is, by the verb of making or storing
    its use clause names (grammar use_words, then make_words or store_nouns, no punctuation or
    coordinator before them: "a cluster of buildings used by the Houthis to manufacture drones",
    "منشآت يستخدمها حزب الله لتخزين وإنتاج أسلحة"): a factory or a weapons depot, the first
    named; None when the clause names neither, or when another kind of target stands between
    the building and the use ("مجمعات عسكرية وأنفاق تستخدم لتخزين الأسلحة": the tunnels' use)."""
    lang, text = ctx.lex.lang, ctx.text
    uses = grammar.words("use_words", lang)
    makes, stores = grammar.words("make_words", lang), grammar.words("store_nouns", lang)
    if not uses or not (makes or stores):
        return None
    coords = grammar.words("coordinators", lang)
    used = False
    others = {a for a, _, _ in hits if a > me}
    for m in _CLAUSE_WORDS.finditer(text, me, min(sent.end, me + USE_CLAUSE_CHARS)):
        w = m.group()
        f = fold(w, lang)
        if not w[:1].isalpha():
            return None
        if not used:
            if f in coords or m.start() in others:
                return None
            used = f in uses
            continue
        if f in makes:
            return "factory"
        if f in stores:
            return "weapons_depot"
    return None


def _civilian_modified(ctx: Ctx, ms: int) -> bool:
    """Is the personnel word at ms qualified by a civilian adjective right before it (grammar
    civilian_modifiers: "sivil unsurlara": civilian elements)? Civilians are not fighters hit."""
    mods = grammar.words("civilian_modifiers", ctx.lex.lang)
    if not mods:
        return False
    prev = re.search(r"([^\W\d][\w'’-]*)\s+$", ctx.text[max(0, ms - 30):ms])
    return prev is not None and fold(prev.group(1), ctx.lex.lang) in mods


def _craft_modified(ctx: Ctx, ms: int) -> bool:
    """Is the vehicle word at ms qualified by a craft or means word right before it (grammar
    craft_modifiers: "hava araçları", aircraft; "teknik araçlarla", by technical means)? The
    word names no vehicle on the ground."""
    mods = grammar.words("craft_modifiers", ctx.lex.lang)
    if not mods:
        return False
    prev = re.search(r"([^\W\d][\w'’-]*)\s+$", ctx.text[max(0, ms - 30):ms])
    return prev is not None and fold(prev.group(1), ctx.lex.lang) in mods


# A dwelling is the subject of the damage phrase at most this many words before it ("bazı
# evlerin | hasar gördüğü", "evlerinde büyük | hasar meydana geldi").
DAMAGE_GAP_WORDS = 2


def _damaged_dwelling(ctx: Ctx, sent: Sentence, ms: int, me: int) -> bool:
    """Is the building word at ms..me a dwelling (grammar dwelling_nouns: "ev", "evler",
    "konut") whose clause says it was damaged (cues.damage right after it: "bazı evlerin hasar
    gördüğü", "evlerinde büyük hasar meydana geldi")? Homes damaged in passing are civilian
    damage, not a target the strike hit."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("cues.damage") or not grammar.words("dwelling_nouns", lex.lang):
        return False
    word = re.match(r"[\w'’]+", text[ms:me + 20])
    if word is None or not grammar.regex(r"(?i:{dwelling_nouns})").fullmatch(word.group().split("'")[0]):
        return False
    end = ms + word.end()
    dmg = lex.search("cues.damage", text, end, sent.end)
    return dmg is not None and not re.search(r"[,;:.()]", text[end:dmg.start()]) and \
        tokens_between(ctx, end, dmg.start()) <= DAMAGE_GAP_WORDS


def _located_in_target(ctx: Ctx, me: int, e: int) -> bool:
    """Is the personnel word ending at me the subject of a participle of location right after
    it (grammar store_nouns, a focus particle between: "teröristlerin de bulunduğu
    değerlendirilen mağaralar", "askerlerinin konuşlandığı üs")? It describes the target
    after it; the fighters are not said to be hit."""
    lang = ctx.lex.lang
    stores = grammar.words("store_nouns", lang)
    if not stores or not ctx.lex.raw.get("meta", {}).get("verb_final"):
        return False   # (head-final noun phrases only: the participle stands before its noun)
    particles = "|".join(re.escape(w) for w in grammar.words("focus_particles", lang))
    rule = r"[\w'’]*\s+" + (rf"(?:(?:{particles})\s+)?" if particles else "") + \
        "(?:" + "|".join(re.escape(w) for w in sorted(stores, key=len, reverse=True)) + r")(?!\w)"
    return re.compile(rule, re.IGNORECASE).match(ctx.text, me, e) is not None


def _user_of_target(ctx: Ctx, me: int, e: int) -> bool:
    """Is the personnel word ending at me the subject of an active participle of using or
    sheltering right after it (grammar user_participles, a focus particle between:
    "teröristlerin kullandığı sığınaklar", "PKK'lıların saklandığı mağaralar")? The fighters
    say whose the target after it is; nobody says they were hit (head-final noun phrases
    only, as _located_in_target)."""
    lang = ctx.lex.lang
    users = grammar.words("user_participles", lang)
    if not users or not ctx.lex.raw.get("meta", {}).get("verb_final"):
        return False
    particles = "|".join(re.escape(w) for w in grammar.words("focus_particles", lang))
    rule = r"[\w'’]*\s+" + (rf"(?:(?:{particles})\s+)?" if particles else "") + \
        "(?:" + "|".join(re.escape(w) for w in sorted(users, key=len, reverse=True)) + r")(?!\w)"
    return re.compile(rule, re.IGNORECASE).match(ctx.text, me, e) is not None


def _own_side(ctx: Ctx, sent: Sentence, ms: int, actor: str) -> bool:
    """In a head-final noun phrase (Turkish), is the kind of target at ms owned by the event's
    own striker, its name right before it
    (its case ending after an apostrophe, or a belonging word: "ABD savaş gemilerine", "ABD'ye
    ait gemiler")? The striker did not hit its own assets; the clause tells what the other side
    attacked ("Husilerin ABD gemilerine yönelik saldırıları")."""
    text, lex = ctx.text, ctx.lex
    for a, b, code in sent.mentions or []:
        if code != actor or b > ms or ms - b > 24:
            continue
        gap = text[b:ms]
        # (with the name's abbreviation in brackets between: "Türk Silahlı Kuvvetleri (TSK) unsurları")
        if re.fullmatch(r"(?:['’][^\W\d_]{1,5})?\s+(?:\([^()\n]{1,12}\)\s+)?", gap):
            return True
        outro = lex.has("actor_roles.target_outro") and lex.pat("actor_roles.target_outro").search(gap)
        if outro and re.fullmatch(r"(?:['’][^\W\d_]{1,5})?\s+", gap[:outro.start()]) and not gap[outro.end():].strip():
            return True
    return False


def _infrastructure_kind(ctx: Ctx, ms: int, me: int, group: str | None) -> str:
    """The kind of a bare infrastructure noun at ms..me (counts.infrastructure_nouns), a
    building word: whose it is decides. An armed group's ("Hizbullah altyapısı", "terrorist
    infrastructure of Hamas") is a building; with no armed group as the event's target, the
    noun names a state's or civilians' power, roads and communications ("sivil altyapı",
    "об'єкти інфраструктури"): infrastructure (vocab.toml)."""
    lex, text = ctx.lex, ctx.text
    m = lex.pat("counts.infrastructure_nouns").match(text, ms)
    if m is None or m.end() < me or group in ORGS:
        return "building"
    if lex.has("counts.military_modifiers"):
        # the word right before or right after it: "військовій інфраструктурі", "altyapı
        # askeri", "البنى التحتية العسكرية"
        prev = re.search(r"([^\W\d][\w'’-]*)\s+$", text[max(0, ms - 40):ms])
        nxt = re.match(r"\s+([^\W\d][\w'’-]*)", text[me:me + 40])
        for w in (prev, nxt):
            if w is not None:
                hit = lex.pat("counts.military_modifiers").match(w.group(1))
                if hit is not None and hit.end() == len(w.group(1)):
                    return "building"
    return "infrastructure"


def _opens_target_list(ctx: Ctx, sent: Sentence) -> bool:
    """Does the sentence open with a list of what was hit ("The targets included rocket
    launchers", "Entre los objetivos había lanzacohetes")? Then a weapon's word in it
    ("rocket launchers") names a target, not the striker's weapon."""
    lex = ctx.lex
    if not lex.has("counts.target_lists"):
        return False
    return lex.search("counts.target_lists", ctx.text, sent.start,
                      tokens_after(ctx, sent.start, _LIST_OPENING_WORDS, sent.end)) is not None


# how far into a sentence its list opener may stand ("Unter den Zielen waren", "The targets included")
_LIST_OPENING_WORDS = 4


# A place's name and the comma after it, then at most two words (articles, apposition
# adjectives) before a kind of target: "à Raqa, principale base de l'EI", "Jilib, un bastion du
# groupe".
_NAME_COMMA = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*\)?\s*,\s*((?:[^\W\d_][\w'’-]*\s+){0,2})$")


def _apposition_to_place(ctx: Ctx, sent: Sentence, ms: int, me: int) -> bool:
    """Does the kind of target at ms..me head an apposition to the place named before it
    ("un dépôt d'armes à Raqa, principale base de l'Etat islamique", "Jilib, un bastion du
    groupe"): articles or apposition adjectives alone between the comma and it, a linker after
    it? It says what the town is to a group, not what was hit there."""
    lang = ctx.lex.lang
    adjectives = grammar.words("apposition_adjectives", lang)
    if not adjectives:
        return False
    m = _NAME_COMMA.search(ctx.text, max(sent.start, ms - 60), ms)
    if m is None:
        return False
    gap_ok = grammar.words("articles", lang) | grammar.words("indefinites", lang) | adjectives
    if any(fold(w, lang) not in gap_ok and w.lower() not in gap_ok for w in m.group(1).split()):
        return False
    nxt = re.match(r"\s+([\w]+['’]?)", ctx.text[me:me + 20])
    linkers = grammar.words("linkers", lang)
    return nxt is not None and (fold(nxt.group(1), lang) in linkers or nxt.group(1).lower() in linkers)


# At most this many words between the target group's name and its word of attack ("the Houthi
# movement's ability to attack", "used by the Houthis to threaten and attack"), and between that
# word and the kind of target it attacks ("attacks against merchant vessels").
AGENT_GAP_WORDS = 4
OBJECT_GAP_WORDS = 3

# lower-case words (a possessive ending, a hyphen) only: no name, number or punctuation between
_LOWER_GAP = re.compile(r"(?:['’]s?)?(?:\s+[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]*)*\s*")


def _attacked_by_group(ctx: Ctx, sent: Sentence, ms: int, group: str | None) -> bool:
    """Is the kind of target at ms what a word of attack (grammar.attack_words) right before
    it attacks, whose agent is the event's target group: its name, or a group noun with its
    possessive ending (grammar.group_heads), a few lower-case words before the word ("the
    Houthis' ability to attack maritime vessels", "the Houthis have been targeting cargo ships",
    "the group's campaign of attacks on ships"); or whose gap before names the use of weapons
    ("drones used in attacks on ships", grammar.use_words)? What the group attacks, or what its
    weapons are for, is not what the striker hit. A strike noun glued to the kind as its
    modifier ("drone attack units") names no attack."""
    lex, text = ctx.lex, ctx.text
    lang = lex.lang
    attacks = grammar.words("attack_words", lang)
    if not attacks:
        return False
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", text[sent.start:ms]))
    for m in reversed(words[-(OBJECT_GAP_WORDS + 1):]):
        if fold(m.group(), lang) not in attacks:
            continue
        a, b = sent.start + m.start(), sent.start + m.end()
        gap = text[b:ms]
        if not _LOWER_GAP.fullmatch(gap) or len(gap.split()) > OBJECT_GAP_WORDS:
            continue
        if not gap.strip() and lex.has("triggers.strike_nouns") and \
                lex.search("triggers.strike_nouns", text, a, b) is not None:
            continue  # "drone attack units": a modifier, no attack
        # the agent: the group's name a few lower-case words before the word of attack
        for ma, mb, code in sent.mentions:
            if group and code == group and mb <= a and _LOWER_GAP.fullmatch(text[mb:a]) and \
                    len(text[mb:a].split()) <= AGENT_GAP_WORDS:
                return True
        before = text[max(sent.start, a - 60):a]
        heads = grammar.words("group_heads", lang)
        for h in re.finditer(r"([^\W\d_][\w-]*)['’]s?\b", before):
            if fold(h.group(1), lang) in heads and _LOWER_GAP.fullmatch(before[h.end():]) and \
                    len(before[h.end():].split()) <= AGENT_GAP_WORDS:
                return True
        # the weapons' use: "used in attacks on", "used to attack"
        uses = grammar.words("use_words", lang)
        tail = re.split(r"[,;:()\"“”]", before)[-1]
        if uses and any(fold(w, lang) in uses for w in tail.split()[-3:]):
            return True
        return False
    return False


def _listed_after(ctx: Ctx, ms: int, ttype: str, earlier: list) -> bool:
    """Does the kind at ms open a list after the same kind just named (places.list_openers, a
    comma and at most two lower-case words between: "vessels, including commercial vessels")?
    It names some of those again."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("places.list_openers"):
        return False
    for end, kind in earlier:
        if kind != ttype or ms - end > 40:
            continue
        gap = text[end:ms]
        m = lex.pat("places.list_openers").search(gap)
        if m and re.fullmatch(r"\s*,?\s*", gap[:m.start()]) and _LOWER_GAP.fullmatch(gap[m.end():]) \
                and len(gap[m.end():].split()) <= 2:
            return True
    return False


def find_target_types(ctx: Ctx, d: Draft, locations: list[dict], group: str | None = None) -> list[dict]:
    text, lex = ctx.text, ctx.lex
    infra_nouns = lex.has("counts.infrastructure_nouns")
    out: list[dict] = []
    seen = set()
    named: list = []   # (start, end, kind, sentence index) of each kind found, in order
    words = lex.intmaps.get("numbers.words", {})
    # the event's sentences, then those that only detail it ("Two fighters were killed", "Four
    # vehicles were destroyed": events._add_details)
    for sent in d.sentences + d.details:
        ops = [(a, b) for op in ("airstrike", "drone_strike", "missile_strike", "artillery")
               for a, b in _spans(lex, f"operations.{op}", text, sent.start, sent.end)]
        hits = lex.find_coded("target_types", text, sent.start, sent.end)
        generic = _spans(lex, "counts.targets", text, sent.start, sent.end) if lex.has("counts.targets") else []
        # a body's name that holds a target word ("Генеральний штаб", "General Staff") is a speaker
        bodies = [(a, b) for k in ("claims.official_sources", "claims.other_sources") if lex.has(k)
                  for a, b in _spans(lex, k, text, sent.start, sent.end)]
        settles = _spans(lex, "places.settlement_nouns", text, sent.start, sent.end) \
            if lex.has("places.settlement_nouns") else []
        listed = _opens_target_list(ctx, sent)
        group_attacked: list = []   # (end, kind) of the kinds the target group attacks
        for ms, me, ttype in hits:
            if any(a == ms and b == me for a, b in settles) and _CAPITAL_NEXT.match(text, me):
                continue  # "у районі міст Ракка і Манбідж": a settlement noun before its name (міст: of towns)
            if any(a <= ms and me <= b and b - a > me - ms for a, b in generic):
                continue  # "terrorist infrastructure", like "terrorist targets": a generic target
            if ms < sent.head and not sent.passive and not listed and any(a < me and ms < b for a, b in ops) and \
                    not _fixed_compound(lex, ttype) and not _weapon_store_object(lex, ttype, ms, me, ops) and not (
                        _owned_or_counted_object(ctx, sent, ms) and
                        (ttype in MEANS_KINDS or not any(a <= ms and me <= b for a, b in ops))):
                # (a kind that is no weapon inside a weapon's word, "gemisavar" (anti-ship), stays the weapon's)
                continue  # "combat helicopters attacked": the striker's weapon, not a target
            if ttype == "aircraft" and _after_opening_verb(ctx, sent, ms) and any(a < me and ms < b for a, b in ops):
                continue  # "قصفت مروحيات روسية مواقع": the aircraft right after the verb opening the clause struck
            if any(a <= ms and me <= b and b - a > me - ms for a, b in ops + bodies):
                continue  # "insansız hava aracı", "unmanned aerial vehicle": a weapon's name
            meta = lex.raw.get("meta", {})
            if ttype in LAUNCHING_KINDS and ms < sent.head and not sent.passive and \
                    not (meta.get("verb_final") or meta.get("verb_second")) and _striking(ctx, sent, me):
                continue  # "малий ракетний корабель здійснив пуски", "a warship fired missiles": the
                # subject of the strike or launch verb carries the weapons; it was not hit (where the
                # verb closes the clause or comes second, an object stands before it too)
            if _attacked_by_group(ctx, sent, ms, group) or _listed_after(ctx, ms, ttype, group_attacked):
                group_attacked.append((me, ttype))
                continue  # "to degrade the Houthis' ability to attack vessels, including commercial
                # vessels": what the group attacks, not a target the striker hit
            if _apposition_to_place(ctx, sent, ms, me):
                continue  # "Raqa, principale base de l'EI": what the town is, not a target hit there
            if _launch_area(ctx, sent, ms, me):
                continue  # "took off from the Hmeimim air base": where they came from
            if ttype in MEANS_KINDS and _instrument(ctx, sent, ms):
                continue  # "fue atacada con lanzagranadas", "attacked with tanks": the means, not a target
            if ttype == "personnel" and (_possessor(ctx, sent, ms, me, hits) or _after_agent_intro(ctx, sent, ms)
                                         or (_striking(ctx, sent, me) and not _object_of_named_striker(ctx, sent, ms))):
                continue  # "positions de tir tenues par des combattants": who held them
            if ttype == "personnel" and modifies_target_noun(ctx, me):
                continue  # "дев'ять військових об'єктів": military objects, no servicemen
            if ttype == "personnel" and _postposed_fighter_adjective(ctx, sent, ms, me, hits):
                continue  # "les positions des groupes terroristes", "ataques terroristas": an
                # adjective of the noun before it, no fighters hit
            if ttype == "personnel" and _present_in_target(ctx, sent, ms, me, hits):
                continue  # "ein Gebäude, in dem sich Terroristen aufgehalten hätten": where the
                # target is, no fighters hit
            if ttype == "personnel" and _civilian_modified(ctx, ms):
                continue  # "sivil unsurlara yönelik saldırılar": civilians, no fighters hit
            if ttype == "personnel" and (_located_in_target(ctx, me, sent.end) or _user_of_target(ctx, me, sent.end)):
                continue  # "teröristlerin de bulunduğu değerlendirilen mağaralar": the fighters
                # say where the target is, nobody says they were hit
            if d.actor and lex.raw.get("meta", {}).get("verb_final") and _own_side(ctx, sent, ms, d.actor):
                continue  # "ABD savaş gemilerine yönelik saldırılar" in a US report: the striker's
                # own ships, which the other side attacked
            if ttype == "vehicle" and _craft_modified(ctx, ms):
                continue  # "silah ve hava araçlarının tutulduğu depo": aircraft, no vehicle hit
            if ttype == "building" and _damaged_dwelling(ctx, sent, ms, me):
                continue  # "sivillerin evlerinde büyük hasar meydana geldi": houses damaged in
                # passing are civilian damage, not a target hit
            if ttype == "building" and any(m.start() <= ms < m.end() for _, m, _ in counted_facilities(ctx, sent)):
                continue  # "seven military facilities": a counted generic facility is the
                # event's targets (counts.counted_facilities), no typed building
            if ttype == "building" and _used_as_typed(ctx, sent, me, hits):
                continue  # "buildings used by the group to store weapons": the use names what
                # kind of target the building is
            if ttype == "building" and _part_of_typed(ctx, sent, me, hits):
                continue  # "инфраструктуре военных аэродромов", "the buildings of the headquarters":
                # the installations of a typed target are that target
            if ttype == "air_defense" and (sent.interception or _after_agent_intro(ctx, sent, ms) or
                                           _agentive(ctx, me) or _downs_weapons(ctx, sent, me) or
                                           _counted_missiles_of_type(ctx, sent, ms, me)):
                continue  # "air defences shot down eight drones", "neutralisés par la défense
                # antiaérienne": the defender's, not a target
            if ttype == "factory" and _facility_named_again(ctx, sent, ms, me, named):
                continue  # "вразили нафтопереробний завод ... Влучання спричинили на заводі пожежі":
                # the works already struck, named again by its head noun
            if ttype == "building":
                ttype = _use_kind(ctx, sent, me, hits) or ttype  # "buildings used to manufacture drones": a factory
            if ttype == "building" and infra_nouns:
                ttype = _infrastructure_kind(ctx, ms, me, group)
            count = None
            before = text[max(sent.start, ms - 30):ms]
            nm = None
            for nm in ctx.numpat.finditer(before):
                pass
            if nm and _counts_strikes(ctx, max(sent.start, ms - 30) + nm.end(), ms):
                nm = None  # "12 ударів по бойовиках", "12 strikes on fighters": the number counts strikes
            if nm and _part_of_name(ctx, sent, max(sent.start, ms - 30) + nm.start(), max(sent.start, ms - 30) + nm.end()):
                nm = None  # "قاذفات بي-52 قصفت معسكرات": a weapon's designation counts nothing
            # (a group's member word between may carry its apostrophe and slash: "9 PKK'lı
            # terörist", "4 PKK/YPG'li terörist")
            if nm and before[nm.end():].strip() == "" or (nm and re.fullmatch(r"[\s\w'’/-]{0,14}", before[nm.end():]) and len(before[nm.end():].split()) <= 2):
                v = parse_number(nm.group(), lex.lang, words)
                at = max(sent.start, ms - 30) + nm.start()
                # "une vingtaine de terroristes": the article opens an approximate number word
                vague = lex.has("numbers.approx_words") and lex.pat("numbers.approx_words").match(text, at, ms)
                count = v if v and not vague and not _is_approx(ctx, at, sent.start) else None
            loc = None
            for l in locations:
                # the place named after the target in its sentence, under any name the text used
                # ("near Mayadín" for Al Mayadin, "под Волчанском" for Vovchansk)
                forms = {l["name"], *ctx.surface.get(l["name"], ())}
                if any(text.find(f, ms, sent.end) != -1 or text[max(sent.start, ms - len(f) - 1):ms].rstrip() == f
                       for f in forms if f):
                    # (or the town's adjective right before it: "по Саратовському нафтопереробному
                    # заводу", locate._adjectival_towns)
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
            named.append((ms, me, ttype, sent.index))
    return out


# Kinds of fixed facility that a later bare "works" noun may name again.
_WORKS_KINDS = frozenset({"oil_facility", "fuel_depot", "ammunition_depot", "weapons_depot", "airfield",
                          "infrastructure"})


def _facility_named_again(ctx: Ctx, sent: Sentence, ms: int, me: int, named: list) -> bool:
    """Is the one-word works noun at ms..me, in a later sentence than a facility of another
    kind the event hit, that facility named again: its own head noun ("нафтопереробний завод"
    ... "на заводі") or a generic name for any works (grammar.facility_anaphors: "підприємства")?"""
    word = ctx.text[ms:me]
    if not re.fullmatch(r"[^\W\d_]+", word):
        return False
    stem = fold(word, ctx.lex.lang)[:5]
    generic = fold(word, ctx.lex.lang) in grammar.words("facility_anaphors", ctx.lex.lang)
    for a, b, kind, index in named:
        if kind in _WORKS_KINDS and index < sent.index and (
                generic or any(fold(w, ctx.lex.lang).startswith(stem) for w in ctx.text[a:b].split())):
            return True
    return False


def _after_opening_verb(ctx: Ctx, sent, pos: int) -> bool:
    """In a language whose clause may open with its verb and a weapon as its subject
    (verb_first_weapons: Arabic), does the word at pos follow the sentence's active head verb at
    once ("قصفت مروحيات روسية": helicopters struck)?"""
    lex = ctx.lex
    if not lex.raw.get("meta", {}).get("verb_first_weapons") or sent.passive:
        return False
    heads = [b for a, b in sent.triggers if a == sent.head]
    return bool(heads) and heads[0] <= pos and tokens_between(ctx, heads[0], pos) == 0
