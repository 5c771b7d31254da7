"""Who: which coded mentions are the striker, which the group whose assets were hit, which a
partner, a place or a speaker.
"""
from __future__ import annotations

import re

import pycountry

from . import grammar
from .dates import _reaction_clauses, find_dates
from .clauses import clause_at, same_unit, sentence_clauses as _clauses, tokens_before, tokens_between
from .forms import fold
from .document import last_match
from .document import Ctx, Draft, MILITARY_CODES, ORGS, Sentence, _GLUE, _countries, _near, _spans, attribute_agents
from .lexicon import Lexicon
from .numbers import parse_number


def name_case(ctx: "Ctx", ms: int, me: int) -> str | None:
    """The case a mention's last word is written in, where the lexicon lists its endings
    (grammar.oblique_suffixes, oblique_endings, genitive_endings; Turkish): "oblique" for a
    dative, accusative, locative or ablative ending after the name's apostrophe ("Ukrayna'ya",
    "Komutanlığı'ndan") or a plural's glued to it ("Husilere"), "genitive" for "Rusya'nın",
    "Rus ordusunun"; None for the bare name (or a language without the keys)."""
    lang = ctx.lex.lang
    oblique, glued = grammar.words("oblique_suffixes", lang), grammar.words("oblique_endings", lang)
    genitive = grammar.words("genitive_endings", lang)
    if not (oblique or glued or genitive):
        return None
    rest = re.match(r"[\w'’]*", ctx.text[me:me + 20])
    words = (ctx.text[ms:me] + (rest.group() if rest else "")).split()
    if not words:
        return None
    word = fold(words[-1], lang)
    if "'" in word:
        ending = word.rsplit("'", 1)[1]
        return "oblique" if ending in oblique else "genitive" if ending in genitive else None
    if any(word.endswith(x) and len(word) > len(x) + 2 for x in glued):
        return "oblique"
    # glued, only the long genitive endings ("ordusunun", "uçaklarının"): a short one ends
    # names in the nominative ("Kremlin")
    if any(len(x) > 2 and word.endswith(x) and len(word) > len(x) + 2 for x in genitive):
        return "genitive"
    return None


def _short_forms(ctx: "Ctx") -> dict:
    """A bare head word after the full name refers back to it: "The Arab Coalition ... The
    coalition said" is the Saudi-led coalition, not the US-led one."""
    out: dict = {}
    mentions = ctx.lex.find_coded("actors", ctx.text)
    singles = {ctx.text[a:b].lower(): code for a, b, code in mentions if " " not in ctx.text[a:b].strip()}
    # where the article is written as part of the word, a name's head noun in the construct
    # state has none ("تحالف دعم الشرعية": the coalition of support ...), the bare word has it
    # ("التحالف")
    prefixes = grammar.words("article_prefixes", ctx.lex.lang)
    for a, b, code in mentions:
        words = ctx.text[a:b].lower().split()
        if len(words) < 2:
            continue
        for w in words + [p + w for w in words for p in prefixes]:
            if singles.get(w) not in (None, code) and w not in out:
                out[w] = (a, code)
    # "طيران التحالف يشن 14 غارة" in the headline, "التحالف بقيادة السعودية" in the lead: a
    # document that never names the bare word's own alliance in full means the same alliance
    # before its full name too
    own_full = {code for a, b, code in mentions if " " in ctx.text[a:b].strip()}
    for w, (a, code) in list(out.items()):
        if singles[w] not in own_full:
            out[w] = (-1, code)
    # "la coalition militaire contre les Houthis, dirigée par l'Arabie saoudite": an alliance's
    # bare head word with its leader named after a leading participle is the leader's alliance,
    # there and after (the full name split by what it fights, as the Arab Coalition is above)
    if grammar.words("leader_participles", ctx.lex.lang):
        leader = grammar.regex(r"(?:^|[\s,(])(?:{leader_participles})\s+(?:(?:{articles})\s*)?$", re.IGNORECASE)
        for i, (a, b, code) in enumerate(mentions):
            w = ctx.text[a:b].lower()
            # an alliance (COALITION, NATO: neither a state's three letters nor an armed group)
            if w not in singles or code in ORGS or len(code) == 3 or w in out:
                continue
            for ms, me, other in mentions[i + 1:]:
                gap = ctx.text[b:ms]
                if re.search(r"[.!?;:]", gap) or tokens_between(ctx, b, ms) > LEADER_GAP_WORDS:
                    break
                if len(other) == 3 and other not in ORGS and leader.search(gap):
                    if not _names_its_leader(ctx.lex, code, other):
                        out[w] = (a - 1, other)
                    break
    _yemen_coalition(ctx.text, mentions, singles, out)
    return out


# The alliance whose bare head word ("the coalition", "التحالف") means the Saudi-led one in a
# report on the Houthis (CONVENTIONS.md: the Saudi-led or "Arab" coalition in Yemen -> SAU).
THEATRE_COALITIONS = {"HOUTHI": "SAU"}


def _yemen_coalition(text: str, mentions: list, singles: dict, out: dict) -> None:
    """A document that names the Houthis and never the US-led alliance in full ("the
    coalition said it carried out 11 strikes on the Houthi militia in Marib", "أعلن التحالف
    اعتراض طائرة مسيرة أطلقتها الميليشيا الحوثية") means the Saudi-led coalition by the bare
    word, there and everywhere (-1): the US-led one (CJTF-OIR) fights the Islamic State."""
    codes = {code for _, _, code in mentions}
    if "ISIS" in codes:
        return
    for group, alliance in THEATRE_COALITIONS.items():
        if group not in codes or any(code == "COALITION" and " " in text[a:b].strip() for a, b, code in mentions):
            continue
        for w, code in singles.items():
            if code == "COALITION" and w not in out:
                out[w] = (-1, alliance)


def _names_its_leader(lex: Lexicon, alliance: str, leader: str) -> bool:
    """Does one of the alliance's own names in the lexicon name this leader ("coalition menée
    par les Etats-Unis" is COALITION's): then "la coalition ..., menée par les Etats-Unis"
    stays that alliance."""
    groups = lex.raw.get("actors", {})
    own = [fold(p) for p in groups.get(alliance, [])]
    return any(fold(q.lstrip("=")) in p for q in groups.get(leader, []) for p in own)


# At most this many words between an alliance's head word and its leader's name: what it
# fights, where, a comma ("la coalition militaire contre le mouvement Ansarullah (Houthis) au
# Yémen, dirigée par l'Arabie saoudite": ten words).
LEADER_GAP_WORDS = 14


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


def _weapon_after(ctx: Ctx, pos: int, e: int) -> bool:
    """Does a weapon, a weapon's designation or an air arm follow within two words of pos?"""
    window = re.match(r"\s*(?:\S+\s+){0,2}\S+", ctx.text[pos:e])
    end = pos + (window.end() if window else 0)
    keys = ("operations.airstrike", "operations.drone_strike", "operations.missile_strike",
            "operations.artillery", "actor_roles.military_names")
    # a weapon that begins in the window, however many words its name runs to ("114
    # insansız hava aracı"), or its type's designation ("bir MQ-9 Reaper insansız hava aracı")
    from .platforms import platform_hits

    return any(a < end for key in keys if ctx.lex.has(key) for a, _ in _spans(ctx.lex, key, ctx.text, pos, e)) or \
        any(a < end for a, _, _ in platform_hits(ctx, pos, e))


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
    ends = [b for key in keys for _, b in _spans(ctx.lex, key, ctx.text, s, pos)]
    if any(0 <= pos - b <= 1 for b in ends):
        return True
    # "l'aviation militaire | de la Coalition arabe": a military adjective after the air arm
    # is part of its name (counts.military_modifiers)
    if ctx.lex.has("counts.military_modifiers") and any(
            0 <= pos - mb <= 1 and any(0 <= ma - b <= 1 for b in ends)
            for ma, mb in _spans(ctx.lex, "counts.military_modifiers", ctx.text, s, pos)):
        return True
    # "aviones F-16 | de la coalición", "avions Rafale | de l'armée": the type's designation
    # between the weapon and "of" is part of the weapon's name
    from .platforms import platform_hits
    return any(0 <= pos - pe <= 1 and any(0 <= ps - b <= 1 for b in ends)
               for ps, pe, _ in platform_hits(ctx, s, pos))


def _force_subject_before(ctx: Ctx, s: int, pos: int) -> bool:
    """Does a force's or ministry's name that opens its clause end right before pos ("El
    Ejército de | Israel ha asegurado", "Las Fuerzas Armadas de | Ucrania atacaron", "Die
    Truppen der | Koalition")? The name after "de" is the force's country, not whose assets
    were hit."""
    keys = ("claims.official_sources", "actor_roles.military_names", "actor_roles.subject_forces")
    articles = grammar.bare("articles")
    # a force: a body's name holding a forces noun ("Ejército", "Fuerzas Armadas",
    # "Streitkräfte"), not a minister or a ministry ("Verteidigungsminister der Nato")
    forces = _spans(ctx.lex, "actor_roles.forces_nouns", ctx.text, s, pos)
    for key in keys:
        for a, b in _spans(ctx.lex, key, ctx.text, s, pos):
            if 0 <= pos - b <= 1 and any(a <= f < b for f, _ in forces) and \
                    _opens_clause_with_article(ctx, s, a, articles):
                return True
    return False


def _opens_clause_with_article(ctx: Ctx, s: int, a: int, articles) -> bool:
    """Does the name at a open its clause, an article before it allowed ("Las | Fuerzas")?"""
    words = ctx.text[s:a].split()
    head = a - len(words[-1]) - 1 if words and words[-1].lower() in articles else a
    return _clause_initial(ctx, s, max(s, head))


def _clause_initial(ctx: Ctx, s: int, pos: int) -> bool:
    """Does a word at pos open its sentence or clause (after a dateline, a dash, a colon, a
    comma)? There "des", "de", "del" are articles, not the "of" that introduces whose
    assets were hit."""
    zone = max((b for a, b in ctx.no_place if a <= pos and s < b <= pos), default=s)
    before = ctx.text[max(s, zone):pos]
    before = before.rstrip(" \t\"'«“”»")
    return before == "" or before[-1:] in ",;:–—-(\n"


def opens_sentence(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Does the mention at ms open its sentence (after a dateline at most)?"""
    zone = max((b for a, b in ctx.no_place if a <= ms and sent.start < b <= ms), default=sent.start)
    return not ctx.text[max(sent.start, zone):ms].strip(" \t\"'«“”»-–—")


# At most this many words between a passive's agent postposition ("tarafından") and the
# passive verb it belongs to ("İsrail savaş uçakları tarafından Lübnan'ın güneyindeki bir köye
# hava saldırısı düzenlendi")
AGENT_POSTPOSITION_GAP_WORDS = 10


def agent_before_postposition(ctx: Ctx, me: int, head: int) -> bool:
    """Is the name right before an agent postposition (grammar.agent_postpositions,
    "tarafından": by) whose passive verb is the sentence's head, in the same clause?"""
    if not grammar.words("agent_postpositions", ctx.lex.lang):
        return False
    m = grammar.regex(r"(?:['’]\w{1,4})?\s+{agent_postpositions}(?!\w)", re.IGNORECASE).match(ctx.text, me)
    if m is None:
        # "ABD savaş uçakları tarafından", "Ukrayna insansız hava araçları tarafından": the
        # side's force or weapon noun (up to three words) between the name and the
        # postposition belongs to the agent's noun phrase
        m2 = grammar.regex(r"((?:\s+[\w'’-]+){1,3})\s+{agent_postpositions}(?!\w)", re.IGNORECASE).match(ctx.text, me)
        if m2 is not None and _force_words(ctx, me, m2.end(1)):
            m = m2
    end = m.end() if m is not None else _agentive_end(ctx, me)
    return end is not None and end <= head and not re.search(r"[,;:]", ctx.text[end:head]) and \
        tokens_between(ctx, end, head) <= AGENT_POSTPOSITION_GAP_WORDS and not _participle_between(ctx, end, head)


def agent_of_later_verb(ctx: Ctx, sent: Sentence, ms: int, me: int) -> bool:
    """Is the name the agent, before its postposition, of a strike or impact word after it in
    the sentence: a passive verb ("Irak'ın kuzeyine düzenlenen hava harekâtlarında 19 terörist
    Mehmetçik tarafından etkisiz hâle getirildi", where the first trigger is a participle that
    qualifies a noun and heads no clause) or the participle on the strike noun ("TSK tarafından
    düzenlenen hava harekâtıyla": the air operation carried out by the TSK)?"""
    return any(a >= me and agent_before_postposition(ctx, me, a) for a, _ in sent.triggers)


def _participle_between(ctx: Ctx, a: int, b: int) -> bool:
    """Is a passive participle that qualifies a noun between the agent and the strike verb
    ("Rusya tarafından ilhak edilen Kırım'da ... vuruldu": annexed by Russia)? The agent is
    that participle's (grammar.participle_endings), not the strike's."""
    endings = grammar.words("participle_endings", ctx.lex.lang)
    return bool(endings) and any(
        len(w) > 5 and any(w.endswith(x) for x in endings)
        for w in (fold(m.group(), ctx.lex.lang) for m in re.finditer(r"[\w]+(?![\w'’])", ctx.text[a:b])))


def _force_words(ctx: Ctx, a: int, b: int) -> bool:
    """Are the words between a and b all a side's force or weapon words (actor_roles.forces_nouns,
    military_names, the operations' means: "savaş uçakları", "ordusu", "İHA'ları")?"""
    lex = ctx.lex
    spans = [sp for key in ("actor_roles.forces_nouns", "actor_roles.military_names", "operations.airstrike",
                            "operations.drone_strike", "operations.missile_strike", "operations.artillery")
             if lex.has(key) for sp in _spans(lex, key, ctx.text, a, b)]
    return all(any(x <= w.start() + a < y for x, y in spans)
               for w in re.finditer(r"[\w'’-]+", ctx.text[a:b]))


def _agentive_end(ctx: Ctx, me: int) -> int | None:
    """Where the agent's noun phrase ends when the name ending at me, or one of the two words
    of its noun phrase after it, is in the agentive case (grammar.agentive_endings: "Rus
    uçaklarınca", "İsrail savaş uçaklarınca vuruldu": by Russian, Israeli aircraft)."""
    endings = grammar.words("agentive_endings", ctx.lex.lang)
    if not endings:
        return None
    start = me
    while start > 0 and re.match(r"[\w'’]", ctx.text[start - 1]):
        start -= 1   # from the start of the name's last word
    m = re.match(r"[\w'’]*(?:\s+[\w'’]+){0,2}", ctx.text[start:start + 80])
    for word in re.finditer(r"[\w'’]+", m.group() if m else ""):
        w = fold(word.group(), ctx.lex.lang)
        if len(w) > 4 and any(w.endswith(x) for x in endings):
            return start + word.end()
    return None


# At most this many words between an instrumental agent and the passive verb after it
# ("Израильскими ВВС в ночь на вторник были поражены ...")
INSTRUMENTAL_AGENT_GAP_WORDS = 8


def instrumental_agent(ctx: Ctx, ms: int, me: int, head: int) -> bool:
    """Is the name at ms..me, before the passive verb at head, that passive's agent in the
    instrumental case (grammar.instrumental_endings: "Израильскими ВВС были поражены",
    "Российскими войсками был нанесён удар", "армейской авиацией нанесены удары")? The name
    itself or a word of its noun phrase beside it carries the ending (a force or weapon word
    after it, or one before it: "Вооружёнными силами России"); a preposition that takes the
    case ("над российскими регионами", "с украинскими военными") makes it no agent."""
    endings = grammar.words("instrumental_endings", ctx.lex.lang)
    if not endings or me > head:
        return False
    text = ctx.text
    if re.search(r"[,;:.()]", text[me:head]) or tokens_between(ctx, me, head) > INSTRUMENTAL_AGENT_GAP_WORDS:
        return False

    def instrumental(a: int, b: int) -> bool:
        w = fold(text[a:b], ctx.lex.lang)
        return len(w) > 4 and any(w.endswith(x) for x in endings)

    keys = ("actor_roles.forces_nouns", "actor_roles.military_names", "operations.airstrike",
            "operations.drone_strike", "operations.missile_strike", "operations.artillery")
    phrase = [(m.start(), m.end()) for m in re.finditer(r"[\w-]+", text[ms:me])]
    phrase = [(ms + a, ms + b) for a, b in phrase]
    start = ms
    words_before = []
    pos = ms
    for _ in range(2):   # "Вооружёнными силами | России": the force words before the name
        m = re.search(r"([\w-]+)\s+$", text[max(0, pos - 40):pos])
        if m is None:
            break
        a = pos - (len(text[max(0, pos - 40):pos]) - m.start(1))
        b = a + len(m.group(1))
        if not any(ka <= a and b <= kb for key in keys if ctx.lex.has(key)
                   for ka, kb in _spans(ctx.lex, key, text, a, b)):
            break
        words_before.insert(0, (a, b))
        pos = start = a
    m = re.match(r"\s+([\w-]+)", text[me:me + 40])
    after = []
    if m is not None:
        a, b = me + m.start(1), me + m.end(1)
        if any(ka <= a and b <= kb for key in keys if ctx.lex.has(key)
               for ka, kb in _spans(ctx.lex, key, text, a, b)):
            after = [(a, b)]
    if not any(instrumental(a, b) for a, b in words_before + phrase + after):
        return False
    prev = re.search(r"([\w-]+)\s+$", text[max(0, start - 30):start])
    preps = grammar.words("instrumental_preps", ctx.lex.lang)
    return not (prev and fold(prev.group(1), ctx.lex.lang) in preps)


def _possessor_noun_after(ctx: Ctx, sent: Sentence, me: int) -> bool:
    """Is the strike noun right after the name written in the genitive ("Rus saldırılarının",
    the long glued genitive endings of grammar.genitive_endings)?"""
    endings = [x for x in grammar.words("genitive_endings", ctx.lex.lang) if len(x) > 2]
    for ns, ne in sent.nouns:
        if 0 <= ns - me <= 2:
            rest = re.match(r"\w*", ctx.text[ne:ne + 20])
            word = fold(ctx.text[ns:ne] + (rest.group() if rest else ""), ctx.lex.lang)
            return any(word.endswith(x) for x in endings)
    return False


def _speaks(ctx: Ctx, me: int, e: int, ms: int | None = None) -> bool:
    """Is the mention the speaker of a claim: an official source right after it, then the
    claim verb ("Israeli military said", "ukrainische Luftwaffe teilte mit")? With ``ms``
    (the mention's start), also the claim verb right before it, the speaker after its verb
    (", teilte das türkische Verteidigungsministerium mit", ", sagte ein Sprecher des ...")."""
    src = ctx.lex.search("claims.official_sources", ctx.text, me, min(e, me + 30))
    before = _spans(ctx.lex, "claims.official_sources", ctx.text, max(0, me - 60), me)
    # "l'armée | turque a indiqué", "le ministère | turc de la Défense a annoncé": the body
    # first, the side's adjective after it (one word), and the rest of the body's name after
    # that, joined by a linker (meta.body_adjective_speaker: where the lexicon reads it so; es
    # tried it and took it back, see tests/test_extract_parity_es.py)
    body_first = bool(ctx.lex.raw.get("meta", {}).get("body_adjective_speaker")) and \
        any(re.fullmatch(r"\s+[^\W\d_][\w'’-]*", ctx.text[b:me]) for _, b in before)
    if src is not None and not ctx.text[me:src.start()].strip(" '’s"):
        me = src.end()
    elif body_first and src is not None and grammar.regex(
            r"\s+(?:{linkers})\s*", re.IGNORECASE).fullmatch(ctx.text, me, src.start()):
        me = src.end()
    elif not body_first and not any(b == me or _country_after_body(ctx, b, me, ms) for _, b in before):
        # "..., declaró el portavoz del Ejército israelí", "..., informó el Ejército israelí":
        # the speaker after its claim verb, its body's name holding the side (_titled_speaker)
        return ms is not None and _titled_speaker(ctx, ms, me)  # neither "Israeli | military said" nor "Israeli military | said"
    verb = ctx.lex.search("claims.verbs", ctx.text, me, min(e, me + 40))
    # (the body's abbreviation in brackets may stand between: "Центральное командование США
    # (Centcom) сообщило")
    if verb is not None and not re.sub(r"^\s*\([^()\n]{1,25}\)", "", ctx.text[me:verb.start()]).strip():
        return True
    return ms is not None and (_verb_before_speaker(ctx, ms) or _titled_speaker(ctx, ms, me))


# the most words of a side's name after the body it owns ("Министерство обороны | Турции",
# "Центральное командование | вооруженных сил США")
BODY_COUNTRY_WORDS = 3


def _country_after_body(ctx: Ctx, b: int, me: int, ms: int | None) -> bool:
    """Does the side's name end right after an official body that names it in the genitive, the
    body first ("Министерство обороны Турции", "Центральное командование США")? The words
    between the body and the name's end are the name's own (the mention, its start at ms when
    given), no punctuation among them."""
    if not ctx.lex.raw.get("meta", {}).get("body_genitive_speaker"):
        return _country_of_body(ctx, b, me, ms)
    gap = ctx.text[b:me]
    if b >= me or re.search(r"[,;:.()«»\"“”]", gap) or len(gap.split()) > BODY_COUNTRY_WORDS:
        return False
    if not gap[:1].isspace():
        return False
    return ms is None or ms <= b or not ctx.text[b:ms].strip()


# "the Ministry of Defence | of Russia", "el Ministerio de Defensa | de Rusia": the linker (with
# its article) that joins a body to its state's name, after at most one more linked complement
# of the body's own ("the Ministry | of Defence | of the Russian Federation")
_BODY_OF_STATE = r"(?:\s+(?:{linkers})\s+(?:(?:{articles})\s+)?[^\W\d_][\w'’-]*)?\s+(?:{linkers})\s+(?:(?:{articles})\s+)?"


def _country_of_body(ctx: Ctx, b: int, me: int, ms: int | None) -> bool:
    """Does the side's name follow an official body that ends at b, joined to it by a linker
    ("The Ministry of Defence of Russia said", "El Ministerio de Defensa de Rusia informó")? The
    state a body is "of" is the body's own, as its adjective is ("the Russian ministry"): the
    speaker's side. Languages whose grammar lists linkers only; the mention's start (ms) is
    needed to see the linker."""
    if ms is None or b > ms or not grammar.words("linkers", ctx.lex.lang):
        return False
    return grammar.regex(_BODY_OF_STATE, re.IGNORECASE).fullmatch(ctx.text, b, ms) is not None


def body_of_state_speaks(ctx: Ctx, ms: int, me: int, e: int) -> bool:
    """Is the mention the state of an official body named right before it with a linker, the
    body speaking ("The Ministry of Defence of Russia said on Tuesday that its forces struck")?"""
    if not grammar.words("linkers", ctx.lex.lang):
        return False
    before = _spans(ctx.lex, "claims.official_sources", ctx.text, max(0, ms - 60), ms)
    return any(_country_of_body(ctx, b, me, ms) for _, b in before) and _speaks(ctx, me, e, ms)


# the words a claim verb may stand apart from its speaker by, in the inverted order: articles
# and a spokesman's title ("teilte | das | Ministerium", "sagte | ein Sprecher des | Ministeriums")
SPEAKER_AFTER_VERB_WORDS = 4


# the longest word read as the preposition of a day named between a claim verb and its
# speaker ("said on Monday the", "сообщило в понедельник", "informó el lunes el")
TIME_PREP_CHARS = 3


def _without_time_words(ctx: Ctx, a: int, b: int) -> str:
    """The words from a to b without a day or time word told between a claim verb and the
    speaker after it, with the short preposition before it (", a annoncé lundi le ministère",
    ", сообщило в понедельник министерство", ", informó el lunes el Ministerio"): the day
    dates the claim, it names no body."""
    text = ctx.text
    out, at = [], a
    for m in find_dates(text, a, b, ctx.lex, ctx.pub):
        if m.start < at or m.end > b or m.kind not in ("weekday", "today", "yesterday"):
            continue
        head = text[at:m.start]
        prep = re.search(r"(?:^|\s)([^\W\d_]{1,%d})\s+$" % TIME_PREP_CHARS, head)
        out.append(head[:prep.start(1)] if prep else head)
        at = m.end
    out.append(text[at:b])
    return " ".join(x.strip() for x in out if x.strip())


def _verb_before_speaker(ctx: Ctx, ms: int) -> bool:
    """Does a claim verb stand right before the mention at ms, only articles and official
    titles between ("..., teilte das türkische Verteidigungsministerium mit")?"""
    lex, text = ctx.lex, ctx.text
    verbs = _spans(lex, "claims.verbs", text, max(0, ms - 60), ms)
    if not verbs:
        return False
    gap = _without_time_words(ctx, max(b for _, b in verbs), ms)
    words = gap.split()
    if re.search(r"[,;:.()]", gap) or len(words) > SPEAKER_AFTER_VERB_WORDS:
        return False
    glue = grammar.words("articles", lex.lang) | grammar.words("indefinites", lex.lang)
    return all(w.lower() in glue or lex.search("claims.official_sources", w, 0, len(w)) is not None
               for w in words)


def _titled_speaker(ctx: Ctx, ms: int, me: int) -> bool:
    """Is the mention (ms to me) the side of an official body that speaks after its claim verb,
    the body's title and its linkers between ("..., declaró el portavoz del Ejército israelí",
    "..., a déclaré le porte-parole de l'armée israélienne", "..., informó el Ejército
    israelí")? An official source noun must name the body: in the gap or inside the mention."""
    lex, text = ctx.lex, ctx.text
    verbs = _spans(lex, "claims.verbs", text, max(0, ms - 80), ms)
    if not verbs:
        return False
    vb = max(b for _, b in verbs)
    gap = text[vb:ms]
    if re.search(r"[,;:.()«»\"“”]", gap):
        return False
    words = [w for w in re.split(r"\s+|(?<=['’])", _without_time_words(ctx, vb, ms)) if w]
    if len(words) > SPEAKER_AFTER_VERB_WORDS + 2:
        return False
    glue = grammar.words("articles", lex.lang) | grammar.words("indefinites", lex.lang) | \
        grammar.words("linkers", lex.lang)
    sources = _spans(lex, "claims.official_sources", text, vb, me)
    if not all(fold(w, lex.lang) in glue or w.lower() in glue or
               any(a <= vb + gap.find(w) < b for a, b in sources) for w in words):
        return False
    if any(a < me and b > ms for a, b in sources):
        return True   # the side's name holds the body ("el Ejército israelí", "las FDI")
    # the side's adjective or genitive after the body's name ("l'armée israélienne"), where the
    # language reads it so (meta.body_adjective_speaker, meta.body_genitive_speaker; es took the
    # adjective reading back: tests/test_extract_parity_es.py)
    meta = lex.raw.get("meta", {})
    if any(b <= ms and _country_of_body(ctx, b, me, ms) for a, b in sources):
        return True   # "..., informó el Ministerio de Defensa de Turquía": the state the body is of
    return bool(meta.get("body_adjective_speaker") or meta.get("body_genitive_speaker")) and \
        any(b <= ms for a, b in sources)


def _whose_assets(ctx: Ctx, sent: Sentence, ms: int, me: int, code: str) -> bool:
    """Can this mention be the target group? Not a country named as the territory struck
    ("attaqué l'Ukraine", "contre l'Ukraine": a place, not a group's assets), and not the
    speaker of a claim ("a déclaré un porte-parole de l'armée de l'Air ukrainienne")."""
    text, lex = ctx.text, ctx.lex
    if code not in ORGS and code not in MILITARY_CODES:
        bare = re.sub(r"['’]s$", "", text[ms:me])  # "Syria's Aleppo": the country as a place
        whole_country = any(text[ms:ms + c.start].strip(" '’").lower() in grammar.bare("articles", "")
                            and c.end >= len(bare) - 1 for c in _countries(ctx, bare))
        forces = lex.search("actor_roles.forces_nouns", text, me, min(sent.end, me + 25))
        if forces is not None and re.search(r"[,;:.]", text[me:forces.start()]):
            forces = None  # "contre l'Ukraine, a indiqué l'armée": another clause's army
        if whole_country and forces is None and not _owns_target(ctx, sent, ms):
            return False
    src = lex.search("claims.official_sources", text, me, min(sent.end, me + 30))
    if src is not None and any(a <= src.start() < b for a, b, _ in
                               lex.find_coded("target_types", text, me, min(sent.end, me + 40))):
        src = None  # "a Hamas command centre": a target's name, not a source speaking
    said = lex.search("claims.verbs", text, max(sent.start, ms - 30), ms) if src is not None else None
    if src is not None and not text[me:src.start()].strip() and said is not None and \
            not any(said.end() <= a < ms for a, _ in sent.triggers):
        # "nach Angaben der ukrainischen Luftwaffe": the speaker, not the target (but "said
        # its forces struck Ukrainian military airfields" names the target after the strike)
        return False
    if ms > sent.head and _speaks(ctx, me, sent.end):
        return False  # "..., the Israeli military said": the speaker after the report
    claim = None
    for claim in lex.finditer("claims.verbs", text, max(sent.start, ms - 90), ms):
        pass
    if claim is not None and not any(claim.end() <= a < ms for a, _ in sent.triggers) and \
            lex.search("claims.official_sources", text, claim.end(), me) and \
            not _counted_after_source(ctx, claim.end(), ms):
        return False
    return True


def _counted_after_source(ctx: Ctx, a: int, ms: int) -> bool:
    """Is a count named between the last official source after a and the mention at ms ("nach
    Angaben des türkischen Verteidigungsministeriums sieben PKK-Terroristen neutralisiert")?
    The source's phrase has ended: the side named after the count is whose fighters or assets
    were hit, not the speaker's."""
    lex, text = ctx.lex, ctx.text
    last = None
    for last in lex.finditer("claims.official_sources", text, a, ms):
        pass
    if last is None or not ctx.numpat.search(text, last.end(), ms):
        return False
    # ... and the mention names the owner of what was hit: right after a kind of target and its
    # genitive article ("ein Munitionslager der ukrainischen Armee"), or glued or next to the
    # fighters or target after it ("sieben PKK-Terroristen"); not a place's adjective ("über der
    # russischen Grenzregion")
    me = ms + len(re.match(r"[\w'’]*", text[ms:]).group())
    kinds = [(x, y) for x, y, _ in lex.find_coded("target_types", text, last.end(), min(len(text), me + 40))]
    if lex.has("counts.combatants"):
        kinds += [(m.start(), m.end()) for m in lex.finditer("counts.combatants", text, ms, min(len(text), me + 40))]
    glue = grammar.words("genitive_articles", lex.lang) | grammar.words("articles", lex.lang)
    return any((y <= ms and text[y:ms].split() and all(w.lower() in glue for w in text[y:ms].split())) or
               (x <= ms < y) or (me <= x <= me + 1) for x, y in kinds)


# Target types a state's civilians own as much as its forces: "the critical infrastructure of
# Ukraine" (power, roads, bridges) is the country's, not a side's assets (CONVENTIONS.md:
# civilians only -> null).
CIVIL_TARGETS = frozenset({"infrastructure"})


def _owns_target(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the country named as the owner of a typed target right before it ("68 military
    facilities of Ukraine", "die Ölraffinerien Russlands")? Then its assets were hit, not
    merely its territory. Not infrastructure, which its civilians own too."""
    text = ctx.text
    return any(b <= ms and ms - b <= 12 and _GLUE.match(text[b:ms]) and kind not in CIVIL_TARGETS
               for _, b, kind in ctx.lex.find_coded("target_types", text, sent.start, ms))


def _agent_of_other(ctx: Ctx, ms: int) -> bool:
    """Is the mention the agent of a participle that is no strike ("fournis par les
    États-Unis", "supplied by the US")? _is_agent has already said it is no strike's."""
    last = None
    for last in ctx.lex.finditer("actor_roles.agent_intro", ctx.text, max(0, ms - 14), ms):
        pass
    if last is not None and bool(_GLUE.match(ctx.text[last.end():ms])):
        return True
    # "министерства, контролируемого ХАМАСом", "подконтрольное ХАМАС ведомство", "поддерживаемые
    # Ираном хуситы": the agent right after a participle that controls or backs
    return bool(grammar.words("controller_participles", ctx.lex.lang)) and bool(
        grammar.regex(r"(?:^|[\s,(«\"])(?:{controller_participles})\s+$", re.IGNORECASE).search(
            ctx.text, max(0, ms - 40), ms))


# Word distances, counted over the document's tokens (clauses.tokens_between):
# - a partner named after "in coordination with" ("en coordination avec d'autres chasseurs
#   de la coalition"): words between the phrase and the name, and characters from the start
#   of the phrase to the name;
PARTNER_GAP_WORDS = 5
PARTNER_CHARS = 45
# - the agent after "by"/"par" ("carried out by the Israeli air force"): words between them,
#   and words between the strike word and "by" ("lancés la nuit dernière par");
AGENT_GAP_WORDS = 3
# - the longest phrase that introduces an agent ("de la part de"), in words.
AGENT_INTRO_WORDS = 4


def _after_strike(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the mention at ms after the strike verb, or in the same clause after a strike noun
    ("Angriffe auf Stellungen der Miliz IS": German puts the verb last)?"""
    if ms >= sent.head:
        return True
    # Kept in characters: a word window here (8 words, same clause) fell below a held-out
    # floor of tests/test_eval_gate.py.
    text = ctx.text
    return any(ne <= ms and ms - ne <= 60 and not re.search(r"[,;:]", text[ne:ms]) for _, ne in sent.nouns)


def _reduced_passive(ctx: Ctx, trig: tuple[int, int], nouns: list) -> bool:
    """"the leader targeted in the attack", "killed in the strike": a participle followed by
    a preposition and the strike noun itself reports what was hit, not who struck."""
    text = ctx.text
    if len(text[trig[0]:trig[1]].split()) > 1:
        return False  # "ont participé à deux frappes": a finite verb with its auxiliary, active
    # "La coalition ciblée par une attaque de drones", "a base hit by an airstrike": the strike
    # noun as the agent of the participle; the noun before it is what was hit
    agents = {w.lower() for w in ctx.lex.raw.get("actor_roles", {}).get("agent_intro", []) if " " not in w}
    for ns, _ in nouns:
        gap = text[trig[1]:ns]
        m = re.fullmatch(r"\s+(\w{1,6})(?:\s+\w{1,4})?\s+", gap) if ns > trig[1] and len(gap) <= 12 else None
        if m and (m.group(1).lower() in ctx.place_words or m.group(1).lower() in agents) and \
                not _bound_of_a_count(ctx, m.group(1), trig[1] + m.end(1)):
            return True
    return _instrument_passive(ctx, trig, nouns)


def _instrument_passive(ctx: Ctx, trig: tuple[int, int], nouns: list) -> bool:
    """A headline's participle with its instrument right after it ("Houthi depots pounded with
    airstrikes", "hideouts hit with drones"): with no object between the verb and the
    instrument preposition and no side or force right before the verb, the noun before it is
    what was hit."""
    text, lex = ctx.text, ctx.lex
    preps = grammar.words("instrument_passive_preps", lex.lang)
    m = re.match(r"\s+([\w'’]+)\s+", text[trig[1]:trig[1] + 20])
    if m is None or fold(m.group(1), lex.lang) not in preps:
        return False
    what = trig[1] + m.end()
    weapon = any(ns == what for ns, _ in nouns) or any(
        lex.pat(key).match(text, what) is not None
        for key in ("operations.airstrike", "operations.drone_strike", "operations.missile_strike",
                    "operations.artillery") if lex.has(key))
    if not weapon:
        return False
    tail = re.match(r"[\w'’-]+\s+([\w'’]+)", text[what:what + 40])
    if tail and fold(tail.group(1), lex.lang) in grammar.words("articles", lex.lang) | grammar.words("indefinites", lex.lang):
        return False  # "its fighters targeted with missiles a gathering of soldiers": the object after
    before = re.search(r"([\w'’.-]+)\s+$", text[max(0, trig[0] - 40):trig[0]])
    if before is None:
        return False
    bs = trig[0] - len(before.group(0))
    be = bs + len(before.group(1))
    sides = [(a, b) for a, b, _ in lex.find_coded("actors", text, max(0, bs - 40), be)]
    for key in ("actor_roles.forces_nouns", "actor_roles.military_names", "actor_roles.group_nouns"):
        if lex.has(key):
            sides += _spans(lex, key, text, max(0, bs - 40), be)
    # "Russia struck with missiles", "Israeli jets pounded with bombs": a side or force ends
    # right before the verb, which is active
    return not any(b >= be - 1 and a <= bs for a, b in sides)


def _bound_of_a_count(ctx: Ctx, word: str, end: int) -> bool:
    """Is the preposition-like word a bound on the number right after it ("conducted over 100
    strikes", "around 20 strikes")? Then it counts the strikes; no place follows."""
    bounds = {w.lower() for w in ctx.lex.raw.get("numbers", {}).get("approx_before", []) if " " not in w}
    if word.lower() not in bounds:
        return False
    return bool(ctx.numpat.match(ctx.text, end + len(ctx.text[end:end + 3]) - len(ctx.text[end:end + 3].lstrip())))


def find_target_group(ctx: Ctx, d: Draft) -> tuple[str | None, list[int] | None]:
    """Whose assets the event struck: the first group named as a target in the event's
    sentences that is not the actor, an object after the strike predicate before a group
    named ahead of it ("after the fall of the Syrian ruler, US forces struck ...")."""
    # the side whose air defence intercepted the actor's weapons defended: no target group
    defenders = set().union(*(sent.defenders for sent in d.sentences))
    # "der vom Iran unterstützten Huthi": the state that backs or leads the group named after it
    backers = attribute_agents(ctx.text)
    for after_verb in (True, False):
        for sent in d.sentences:
            for ms, me, code in sent.targets:
                if code not in ORGS and any(a <= ms < b for a, b in backers):
                    continue
                if code != d.actor and code not in defenders and not _affiliation(ctx, ms) and \
                        not _source_mention(ctx, ms, me) and \
                        (not after_verb or sent.passive or _after_strike(ctx, sent, ms)):
                    return code, [ms, me]
    # the group whose fighters the report itself counts ("neutralised 16 PKK terrorists",
    # "eight al-Shabaab militants were killed in the strike"): their group was struck
    for sent in d.sentences:
        for ms, me, code in sent.mentions:
            if code in ORGS and code != d.actor and code not in defenders and \
                    not _affiliation(ctx, ms) and _names_its_fighters(ctx, sent, me):
                return code, [ms, me]
    # none named in the report itself: a detail right after it that says whose fighters or
    # assets were hit ("Taliban savaşçısının öldürüldüğünü", "used by Kurdish fighters")
    for ms, me, code in d.hit_sides:
        if code not in defenders and not _affiliation(ctx, ms):
            return code, [ms, me]
    return None, None


# At most this many words between a group's name and the fighters it names ("PKK | terrorists",
# "al-Shabaab | militants")
FIGHTERS_AFTER_GROUP_WORDS = 1


# At most this many characters between a kind of target and the participle of use or
# possession that names its owner ("caves and shelters used by", "пещеры, которые использовала")
OWNER_LINK_GAP = 3


def _owner_link(ctx: Ctx, kinds: list, a: int, b: int) -> bool:
    """Is the group at a..b the owner of a kind of target named beside it through a participle
    of use or possession: the kind first ("Caves and shelters used by the PKK were destroyed",
    "des abris utilisés par le PKK", "пещеры и укрытия, которые использовала РПК":
    actor_roles.owner_links), or the group first in its genitive ("PKK'nın kullandığı mağara ve
    sığınaklar": actor_roles.owner_links_before)? The group's assets were hit; it struck nothing."""
    lex, text = ctx.lex, ctx.text
    glue = r"(?:\s+(?:{bare:articles}))?[\s\"'’«»“„]*"
    if lex.has("actor_roles.owner_links"):
        for _, ke, _ in kinds:
            if ke > a or a - ke > 60:
                continue
            m = lex.search("actor_roles.owner_links", text, ke, a)
            if m is not None and len(text[ke:m.start()].strip(" ,")) == 0 and m.start() - ke <= OWNER_LINK_GAP and \
                    grammar.regex(glue, re.IGNORECASE).fullmatch(text, m.end(), a):
                return True
    return any(_owner_link_before(ctx, b, ks) for ks, _, _ in kinds if b <= ks)


def _owner_link_before(ctx: Ctx, me: int, a: int) -> bool:
    """Between a group ending at me and a kind of target starting at a, only the group's
    case ending and a participle of use ("PKK'nın kullandığı mağaralar": the caves the PKK
    used; actor_roles.owner_links_before)?"""
    lex, text = ctx.lex, ctx.text
    if not lex.has("actor_roles.owner_links_before") or a - me > 40:
        return False
    m = lex.search("actor_roles.owner_links_before", text, me, a)
    return m is not None and re.fullmatch(r"(?:['’]\w{1,4})?\s+", text[me:m.start()]) is not None and \
        not text[m.end():a].strip()


def _names_its_fighters(ctx: Ctx, sent: Sentence, me: int) -> bool:
    """Does a noun for fighters (counts.combatants) follow the group's name ending at me
    at once, in a sentence that tells of them killed, neutralised or hit (counts.killed,
    triggers.impact_verbs)?"""
    lex, text = ctx.lex, ctx.text
    if not lex.has("counts.combatants") or not any(
            lex.has(k) and lex.search(k, text, sent.start, sent.end) is not None
            for k in ("counts.killed", "triggers.impact_verbs")):
        return False
    fighters = lex.search("counts.combatants", text, me, min(sent.end, me + 40))
    return fighters is not None and not re.search(r"[,;:.()]", text[me:fighters.start()]) and \
        tokens_between(ctx, me, fighters.start()) <= FIGHTERS_AFTER_GROUP_WORDS


# at most this many words between an attribution ("according to", "nach Angaben") and the
# group it names as the source ("nach Angaben der militant-islamistischen Taliban")
SOURCE_GAP_WORDS = 3


def _source_gap(ctx: Ctx, words: list) -> bool:
    """Do the words between an attribution and a group make the group its source: none, or a
    definite article or linker first ("according to the", "nach Angaben der", "selon le") and,
    where nouns are capitalised, only lower-case adjectives after it ("der
    militant-islamistischen")? A noun or an indefinite between ("nach eigenen Angaben Stellungen
    der Hisbollah", "nach ukrainischen Angaben eine russische Ölraffinerie") makes it the
    object struck."""
    if not words:
        return True
    lang = ctx.lex.lang
    glue = grammar.words("articles", lang) | grammar.words("linkers", lang)
    if fold(words[0]) not in glue:
        return False
    capitalised = ctx.lex.raw.get("meta", {}).get("capitalised_nouns")
    return all(fold(w) in glue or (capitalised and w[:1].islower()) for w in words[1:])


def _source_mention(ctx: Ctx, ms: int, me: int) -> bool:
    """Is the group named as the source of the report, not as struck: after an attribution
    ("nach Angaben der militant-islamistischen Taliban", "according to the Taliban", "selon le
    Hamas"), after a spokesman ("المتحدث باسم حكومة طالبان"), or, where a clause may open with
    its verb, the subject right after a claim verb ("وأكدت طالبان لاحقًا أن ...": the Taliban
    confirmed that ...)? Such a group tells of the strikes; whose assets were hit is another
    matter."""
    lex, text = ctx.lex, ctx.text
    window = text[max(0, ms - 60):ms]
    if re.search(r"[.,;:!?،؛\n]", window):
        window = re.split(r"[.,;:!?،؛\n]", window)[-1]
    for key in ("claims.attributions",):
        if not lex.has(key):
            continue
        m = last_match(lex, key, window)
        gap = re.findall(r"[^\W\d_][\w'’-]*", window[m.end():]) if m else None
        if m and len(gap) <= SOURCE_GAP_WORDS and _source_gap(ctx, gap):
            return True
    if lex.has("claims.verbs") and lex.has("claims.complementizers"):
        # the claim verb right before the group and its "that" right after it: the group is
        # the one speaking ("وأكدت طالبان لاحقًا أن هجمات جوية وقعت")
        m = last_match(lex, "claims.verbs", window)
        c = lex.search("claims.complementizers", text, me, min(len(text), me + 40)) \
            if m and not window[m.end():].strip() else None
        if c and len(re.findall(r"[^\W\d_][\w'’-]*", text[me:c.start()])) <= 2:
            return True
    return False


def _affiliation(ctx: Ctx, ms: int) -> bool:
    """Is the mention the second half of a compound adjective ("du mouvement pro-iranien
    Hezbollah", "anti-Houthi forces")? It says whom a group sides with, not whose assets."""
    return bool(grammar.regex(r"(?:^|[^\w-])(?i:{affiliation_prefixes})[-‐‑]$").search(ctx.text, max(0, ms - 8), ms))


def _is_partner(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the mention at ms named as a partner of the strike ("in coordination with the
    coalition", "en coordination avec d'autres chasseurs de la coalition")?"""
    last = None
    # the intro within PARTNER_CHARS before the name: a word window (PARTNER_GAP_WORDS words)
    # reaches past a first unnamed partner to the striker ("во взаимодействии с
    # подразделениями воздушно-космических сил Сирии российская авиация")
    for last in ctx.lex.finditer("actor_roles.partner_intro", ctx.text, max(sent.start, ms - PARTNER_CHARS), ms):
        pass
    if last is None:
        return False
    between = ctx.text[last.end():ms]
    if any(last.end() <= a < ms for a, _, _ in sent.mentions):
        return False  # "in coordination with Syrian units, Russian aircraft": the first name is the partner
    return not re.search(r"[,;.]", between) and tokens_between(ctx, last.end(), ms) <= PARTNER_GAP_WORDS


def _is_passive(lex: Lexicon, text: str, s: int, pos: int, end: int | None = None) -> bool:
    """Is the trigger at pos a passive participle ("have been killed", "was struck")?
    An English -ing form after the auxiliary is the progressive, active ("were bombarding",
    "have been pounding"). Where the passive is a suffix (actor_roles.passive_endings,
    Turkish "vuruldu", "düzenlenen", "hedef alındığı"), the trigger's last word carries it."""
    endings = grammar.words("passive_endings", lex.lang)
    if endings and end is not None:
        rest = re.match(r"\w*", text[end:end + 20])
        words = (text[pos:end] + (rest.group() if rest else "")).split()
        word = fold(words[-1], lex.lang) if words else ""
        if any(word.startswith(fold(x, lex.lang)) for x in grammar.words("active_n_stems", lex.lang)):
            return False   # "saldırıda bulunduğunu": made an attack, active
        return any(x in word[2:] for x in endings)
    if lex.lang == "en" and re.match(r"[^\W\d_]+ing\b", text[pos:pos + 30]):
        return False
    window = text[max(s, pos - 30):pos]
    last = None
    for last in lex.finditer("actor_roles.passive_aux", window):
        pass
    if last is None:
        return False
    between = window[last.end():].split()
    return len(between) <= 1 and not any(w.endswith((",", ";")) for w in between)


def bracket_passive(ctx: Ctx, sent: Sentence, head: tuple[int, int]) -> bool:
    """Is the clause-final participle at head passive by a verb bracket: a bracket auxiliary
    before it in its own clause ("Stellungen der Hamas wurden in der Nacht ... angegriffen"),
    or right after it ("seien ... bombardiert worden")?"""
    lex, text, s, e = ctx.lex, ctx.text, sent.start, sent.end
    if not lex.has("actor_roles.bracket_aux"):
        return False
    hs, he = head
    after = lex.search("actor_roles.bracket_aux", text, he, min(e, he + 20))
    if after is not None and not text[he:after.start()].strip(" \t\n\"'“”„»«"):
        return True  # "... zerstört worden", "... zerstört“ worden": a quote may close between them
    unit = clause_at(ctx, s, e, hs).unit
    return any(clause_at(ctx, s, e, m.start()).unit == unit
               for m in lex.finditer("actor_roles.bracket_aux", text, s, hs))


def _bracket_agent(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the mention at ms the agent standing before its participle ("wurden von
    israelischen Kampfjets angegriffen", "eine von den Huthis abgefeuerte Rakete")? An agent
    word at most AGENT_GAP_WORDS before it, a trigger after it in its clause: the passive's
    participle, or the attributive participle right after the agent phrase."""
    lex, text, s, e = ctx.lex, ctx.text, sent.start, sent.end
    if not lex.has("actor_roles.bracket_aux"):
        return False
    lo = tokens_before(ctx, ms, AGENT_GAP_WORDS, s)
    intro = None
    for intro in lex.finditer("actor_roles.agent_intro", text, lo, ms):
        pass
    if intro is None or re.search(r"[,;:]", text[intro.end():ms]):
        return False
    unit = clause_at(ctx, s, e, ms).unit
    later = [a for a, _ in sent.triggers if a > ms and clause_at(ctx, s, e, a).unit == unit]
    if not later:
        return False
    if _agent_of_attribute(ctx, sent, ms, later[0]):
        return False
    return sent.passive and later[0] == sent.head or tokens_between(ctx, ms, later[0]) <= ATTRIBUTIVE_GAP_WORDS


# An attributive participle that is no strike word, with its noun after it: "das von der
# Terrormiliz IS kontrollierte Gebiet", "die von den USA geführte Koalition", "der von Iran
# unterstützten Miliz". The "von" phrase before it is that participle's agent. The name may be
# the first half of a hyphenated compound ("die von PKK-Kämpfern genutzten Höhlen").
_ATTRIBUTE = r"(?:-[\w-]+)?[\"“”»]?\s+([^\W\d_][\w-]*?(?:{participle_endings}))\s+([^\W\d_])"


def _agent_of_attribute(ctx: Ctx, sent: Sentence, ms: int, trig: int) -> bool:
    """Is the agent phrase at ms the agent of an attributive participle right after the name
    (a participle that strikes nothing, between the name and the noun it qualifies) rather than
    of the strike word at trig? ("Bei Luftangriffen auf das von der Terrormiliz IS kontrollierte
    Gebiet ..."): the group controls the area, it did not strike it."""
    me = next((b for a, b, _ in sent.mentions if a == ms), None)
    if me is None or me >= trig or not grammar.words("participle_endings", ctx.lex.lang):
        return False
    m = grammar.regex(_ATTRIBUTE).match(ctx.text, me)
    # a participle is written in lower case, the noun after it with a capital
    return m is not None and m.group(1)[0].islower() and m.group(2).isupper() and m.start(1) < trig and \
        not any(a <= m.start(1) < b for a, b in sent.triggers)


# "eine von den Huthis abgefeuerte Rakete": the words of the agent's name before its participle
ATTRIBUTIVE_GAP_WORDS = 3


def _only_passive_aux(lex: Lexicon, gap: str) -> bool:
    """Is the gap between a strike noun and "by" nothing but passive auxiliaries ("wurden",
    "were")? Then the agent belongs to the strike whose participle comes later or is left out."""
    if not gap.strip() or not lex.has("actor_roles.passive_aux"):
        return False
    rest = gap
    for m in reversed(list(lex.finditer("actor_roles.passive_aux", gap))):
        rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    return not rest.strip()


def _passive_of_noun(ctx: Ctx, sent: Sentence, nouns: list, light: tuple[int, int]) -> bool:
    """Is the light verb a passive participle whose subject is a strike noun of its clause ("el
    ataque con cohetes hacia la región de Gush Dan fue llevado a cabo por ...", "the attack on
    the base was carried out by ...")? Then the agent after it struck."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    aux = lex.search("actor_roles.passive_aux", text, max(s, light[0] - 12), light[0]) \
        if lex.has("actor_roles.passive_aux") else None
    if aux is None or text[aux.end():light[0]].strip():
        return False
    unit = clause_at(ctx, s, e, light[0]).unit
    return any(a < aux.start() and clause_at(ctx, s, e, a).unit == unit for a, _ in nouns)


# between two agents of one strike: a coordinator, then the linker and an article again
# ("... de l'armée nigériane et de l'armée ...")
_NEXT_AGENT = r"\s+(?:{coordinators})\s+(?:{linkers}(?<=['’])|{linkers}\s+)?(?:{articles}(?<=['’])|{articles}\s+)?"


# between two subjects of one strike predicate: a coordinator and the second one's article
# ("Estados Unidos y el Reino Unido bombardearon", "les États-Unis et le Royaume-Uni ont frappé")
_NEXT_SUBJECT = r"\s+(?:{coordinators})\s+(?:{articles}(?<=['’])|{articles}\s+)?"


# Quotation marks and spaces: what may stand between a quoted strike phrase and its agent.
_QUOTE_MARKS = " \t\n\"“”„»«"


# Kinds of target that may also carry a striker ("par des avions de combat russes"): one of
# them between "by" and a name leaves the name the agent (triggers.STRIKING_KINDS).
_CARRIER_KINDS = frozenset({"aircraft", "vessel", "launcher", "armored_vehicle", "vehicle", "personnel",
                            "artillery_position"})


def _is_agent(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the mention at ms the agent of a strike named just before it ("carried out by
    Israeli jets", "lancés par les forces russes", "strikes by US aircraft")?"""
    text = ctx.text
    if _bracket_agent(ctx, sent, ms):
        return True
    if any(b <= ms and grammar.regex(_NEXT_AGENT, re.IGNORECASE).fullmatch(text, b, ms) and _is_agent(ctx, sent, a)
           for a, b, _ in sent.actors):
        # "dans une opération conjointe de l'armée de l'air nigériane et de l'armée de l'air du
        # Niger", "carried out by the Nigerian and the Nigerien air forces": the next agent of a list
        return True
    lo = tokens_before(ctx, ms, AGENT_GAP_WORDS + AGENT_INTRO_WORDS, sent.start)
    last = None
    for last in ctx.lex.finditer("actor_roles.agent_intro", text, lo, ms):
        pass
    if last is None:
        return False
    between = text[last.end():ms]
    if "," in between or tokens_between(ctx, last.end(), ms) > AGENT_GAP_WORDS:
        return False
    if any(kind not in _CARRIER_KINDS for _, _, kind in ctx.lex.find_coded("target_types", text, last.end(), ms)):
        return False  # "bombardé par air des positions ukrainiennes": the name owns what was hit
    if ctx.lex.has("actor_roles.target_intro") and any(
            a <= last.start() < b for a, b in _spans(ctx.lex, "actor_roles.target_intro", text, max(sent.start, last.start() - 20), last.end())):
        return False  # "a depot controlled by X", "held by X": the "by" of an owner, not of the striker
    # the word before "by" must be the strike itself (a trigger or a strike noun)
    nouns = _spans(ctx.lex, "triggers.strike_nouns", text, sent.start, sent.end)
    # a word that is a strike verb proper as well ("lancés") is no mere light verb
    lights = set(_spans(ctx.lex, "triggers.light_verbs", text, sent.start, sent.end)) - \
        set(_spans(ctx.lex, "triggers.strike_verbs", text, sent.start, sent.end))
    # a light verb takes an agent only after a strike noun ("strikes carried out by") or a
    # weapon launched ("drones launched by Russia", "missiles launched by the Houthis": the
    # launcher, in an interception report), not in "the coalition led by the United States"
    weapons = _spans(ctx.lex, "operations.drone_strike", text, sent.start, sent.end) + \
        _spans(ctx.lex, "operations.missile_strike", text, sent.start, sent.end)
    heads = [t for t in sent.triggers if t not in lights or _near(nouns, t[0], 40, 0)
             or _near(weapons, t[0], 40, 0) or _passive_of_noun(ctx, sent, nouns, t)] + nouns
    if sent.interception:
        # "12 مسيرة أطلقتها القوات الأوكرانية" (12 drones that the forces launched): where the
        # launch verb is itself the intro of its agent, the counted salvo downed is the head
        # (a counted salvo, as for "38 Ukrainian drones" in triggers.py, not one weapon in passing)
        heads += [(a, b) for a, b in weapons if _counted(ctx, a, sent.start) or _dual_weapon(ctx, a, b)]
    for hs, he in heads:
        gap = text[he:last.start()]
        if he > last.start():
            continue
        if tokens_between(ctx, he, last.start()) > AGENT_GAP_WORDS:
            if (hs, he) not in lights and (hs, he) not in nouns and not re.search(r"[,;:.]", gap) and \
                    _date_gap(ctx, he, last.start()):
                return True  # "lancés durant la nuit de dimanche à lundi par la Russie"
            if (hs, he) not in lights and (hs, he) not in nouns and _launch_path_gap(ctx, he, last.start()):
                return True  # "disparado desde Yemen contra Israel por los hutíes"
            continue
        if not gap.strip(_QUOTE_MARKS):
            return True  # "by", or 'a "precision strike" by': the quoted strike phrase closes before it
        if len(gap.split()) <= 3 and not re.search(r"[,;:.]", gap) and (hs, he) not in lights \
                and (hs, he) not in nouns and not _object_between(ctx, he, last.start()):
            return True  # "lancés la nuit dernière par les Russes": a time phrase in between
        if (hs, he) in lights and _passive_light_of_noun(ctx, sent, nouns, (hs, he)) and \
                not re.search(r"[,;:.]", gap) and _date_gap(ctx, he, last.start()):
            return True  # "20 frappes ont été menées lundi par", "fueron realizados el lunes por"
        if (hs, he) in nouns and _only_passive_aux(ctx.lex, gap):
            return True  # "Angriffe wurden von der Luftwaffe geflogen": the verb comes last
        # "an attack claimed by the Houthis", "une frappe revendiquée par"
        claim = ctx.lex.search("claims.verbs", text, he, last.start())
        if claim and not text[he:claim.start()].strip() and not text[claim.end():last.start()].strip():
            return True
    return False


def _object_between(ctx: Ctx, a: int, b: int) -> bool:
    """Is a kind of target that carries no striker between a strike verb and "by" ("a détruit un
    bâtiment utilisé par les combattants de Daech", "struck a depot used by")? It is the verb's
    object, and "by" brings in the agent of its participle (the object's user), not the striker."""
    return any(kind not in _CARRIER_KINDS for _, _, kind in ctx.lex.find_coded("target_types", ctx.text, a, b))


# the most words of a place named after an origin or direction word between a launch and its agent
LAUNCH_PATH_PLACE_WORDS = 3


def _launch_path_gap(ctx: Ctx, a: int, b: int) -> bool:
    """Are the words from a to b only where a launch came from and where it went ("disparado
    desde Yemen contra Israel por", "fired from Yemen at Israel by", "tiré depuis le Yémen vers
    Israël par"): origin and direction words, each with a short place name after it?"""
    lex, text = ctx.lex, ctx.text
    preps = []
    for key in ("places.origin_preps", "places.direction_preps"):
        if lex.has(key):
            # (a launch verb may open its own origin phrase: "lanzado desde")
            preps += [(x, y) for x, y in _spans(lex, key, text, max(0, a - 20), b) if y > a]
    preps.sort()
    if not preps or text[a:max(a, preps[0][0])].strip():
        return False
    for (x, y), (nx, _) in zip(preps, preps[1:] + [(b, b)]):
        words = text[y:nx].split()
        if nx < y or not 1 <= len(words) <= LAUNCH_PATH_PLACE_WORDS or re.search(r"[,;:.()]", text[y:nx]):
            return False
    return True


def _passive_light_of_noun(ctx: Ctx, sent: Sentence, nouns: list, light: tuple) -> bool:
    """Is the light verb a passive participle whose subject is a strike noun before it, in its
    clause ("24 ataques aéreos fueron realizados", "20 frappes ont été menées")?"""
    text = ctx.text
    if not sent.passive:
        return False
    return any(ne <= light[0] and light[0] - ne <= 30 and not re.search(r"[,;:.]", text[ne:light[0]])
               for _, ne in nouns)


def _date_gap(ctx: Ctx, a: int, b: int) -> bool:
    """Is the text between a and b a date phrase ("durant la nuit de dimanche à lundi", "in the
    night of 3 to 4 May"): date mentions, with at most three glue words (linkers, articles,
    prepositions, stopwords) or digits left between them?"""
    from .dates import find_dates
    text = ctx.text
    found = [(m.start, m.end) for m in find_dates(text, a, b, ctx.lex, ctx.pub)]
    if not found:
        return False
    rest = "".join(" " if any(x <= a + i < y for x, y in found) else ch for i, ch in enumerate(text[a:b]))
    glue = grammar.bare("linkers", "articles", "prepositions") | \
        {fold(w) for w in ctx.lex.raw.get("stopwords", {}).get("words", ())}
    left = re.findall(r"[^\W_]+", rest)
    return len(left) <= 3 and all(w.isdigit() or fold(w) in glue for w in left)


def _dual_weapon(ctx: Ctx, a: int, b: int) -> bool:
    """Is the weapon at a..b written in the dual, which states two ("صاروخين أطلقهما",
    "مسيرتين": two missiles, two drones), where the language has a dual (numbers.dual_endings)?"""
    endings = tuple(ctx.lex.raw.get("numbers", {}).get("dual_endings", []))
    first = ctx.text[a:b].split()[0] if ctx.text[a:b].split() else ""
    return bool(endings) and len(first) >= 5 and first.endswith(endings)


def _counted(ctx: Ctx, pos: int, s: int) -> bool:
    """Does a number above one stand right before pos ("14 drones", "12 مسيرة")?"""
    return any(not ctx.text[n.end():pos].strip() and (parse_number(
        n.group(), ctx.lex.lang, ctx.lex.intmaps.get("numbers.words", {})) or 0) > 1
        for n in ctx.numpat.finditer(ctx.text, max(s, pos - 25), pos))


# The longest gap, a word of means or manner with its spaces, between a side's adjective and
# the strike noun it qualifies: "Israeli drone strikes", "ворожого артилерійського обстрілу",
# "российского артиллерийского обстрела" (the long means adjectives of Slavic languages).
MODIFIER_GAP_CHARS = 20


def _modifies_strike_noun(ctx: Ctx, sent: Sentence, ms: int, me: int) -> bool:
    """Is the mention an adjective of nationality on a strike noun, before it ("Indian
    strikes", "Israeli drone strikes") or after it ("frappes israéliennes", "ataques
    rusos")? At most one word (the means: "drone", "air") may sit in between."""
    text = ctx.text
    if " " in text[ms:me].strip() or not text[ms:ms + 1].strip():
        return False  # a single word: "Israeli", not "the Israeli army"
    for ns, ne in sent.nouns:
        gap = text[me:ns] if ns >= me else text[ne:ms] if ms >= ne else None
        if gap is None or len(gap) > MODIFIER_GAP_CHARS or re.search(r"[,;:.()\"«»]", gap):
            continue
        if gap.strip().lower() in ctx.place_words:
            continue  # "авіаудари в сирійському Ідлібі", "strikes in Syrian territory": a place
        if ms >= ne and gap.strip().lower() in _object_preps(ctx.lex):
            continue  # "удару по Україні", "the strike on Ukraine": what was struck, not whose strike
        if len(gap.split()) <= 1:
            return True
    return _modifies_strike_weapon(ctx, sent, ms)


WEAPON_KEYS = ("operations.airstrike", "operations.drone_strike", "operations.missile_strike", "operations.artillery")


def _weapon_spans(lex: Lexicon, text: str, a: int, b: int) -> list:
    """The spans of the weapons and air arms named in text[a:b] (the four operation groups)."""
    return [w for k in WEAPON_KEYS if lex.has(k) for w in _spans(lex, k, text, a, b)]


def _object_preps(lex: Lexicon) -> frozenset:
    """The one-word prepositions that bring in what a strike noun hit ("по", "on", "contra",
    "على": actor_roles.target_intro), without the articles and linkers that also bring in its
    striker ("Angriffe der Ukraine", "frappes de la Russie") nor the words of belonging
    ("التابعة": its owner's)."""
    def build() -> frozenset:
        glue = {w.rstrip("'").lower() for k in ("articles", "linkers", "genitive_articles", "affiliation_words")
                for w in grammar.words(k, lex.lang)}
        return frozenset(w.strip().lower() for w in lex.raw.get("actor_roles", {}).get("target_intro", [])
                         if " " not in w.strip() and w.strip().lower() not in glue)
    return lex.derived("object_preps", build)


def _modifies_strike_weapon(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Where the lexicon puts the owner after the weapon ([meta] owner_after_weapon or
    strike_weapon_owner): is the mention the adjective of the weapon a strike noun names
    through a preposition ("un ataque de un dron israelí", "un ataque con drones israelíes",
    "une frappe de drone israélienne")? Only grammar words stand between the strike noun and
    the weapon."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    meta = lex.raw.get("meta", {})
    if not (meta.get("owner_after_weapon") or meta.get("strike_weapon_owner")):
        return False
    glue = {w.rstrip("'") for key in ("linkers", "articles", "indefinites")
            for w in grammar.words(key, lex.lang)}
    if lex.has("triggers.instrument_preps"):
        glue |= {m.lower() for m in lex.raw["triggers"]["instrument_preps"]}
    weapons = _spans(lex, "operations.drone_strike", text, s, e) + \
        _spans(lex, "operations.missile_strike", text, s, e)
    for ws, we in weapons:
        if not 0 < ms - we <= 2 or text[we:ms].strip():
            continue
        for _, ne in sent.nouns:
            words = text[ne:ws].split()
            if ne <= ws and 0 < len(words) <= 2 and all(w.lower() in glue for w in words):
                return True
    return False


# "une frappe aérienne de la Russie", "bombardements de l'aviation russe", "strikes of the
# coalition": a strike noun, at most one word qualifying it, a linker, an article, and the
# name, or a force's noun ("armée", "aviation") with the name's adjective after it.
_OF_STRIKER = r"\s+(?:[^\W\d_]+\s+)?(?i:{linkers})\s*(?:(?i:{articles})\s*)?(?P<force>[^\W\d_]+\s+)?"


def _genitive_of_strike_noun(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the mention at ms the genitive complement of a strike noun right before it ("tués
    par une frappe aérienne de la Russie", "... des bombardements de l'armée turque")? The
    strike is the named side's: its striker."""
    rule = grammar.regex(_OF_STRIKER)
    genitive = grammar.words("genitive_articles", ctx.lex.lang)
    for _, ne in sent.nouns:
        if genitive and ne <= ms and fold(ctx.text[ne:ms].strip()) in genitive and \
                ctx.text[ne:ne + 1].isspace() and ctx.text[ms - 1:ms].isspace():
            return True   # "bei einem Luftangriff der nigerianischen Luftwaffe": no linker
        m = rule.fullmatch(ctx.text, ne, ms) if ne <= ms and ms - ne <= 40 else None
        if m is None:
            continue
        if m.group("force") is None:
            return True
        fs, fe = m.start("force"), m.start("force") + len(m.group("force").rstrip())
        for key in ("actor_roles.forces_nouns", "actor_roles.military_names"):
            hit = ctx.lex.pat(key).match(ctx.text, fs, fe) if ctx.lex.has(key) else None
            if hit is not None and hit.end() == fe:
                return True
    return False


def _relative_subject_of_strike_noun(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the mention at ms the subject of a relative clause that opens right after a strike
    noun, named after the clause's own strike or light verb ("загинули внаслідок авіаударів,
    яких завдала російська авіація", "погибли в результате ударов, которые нанесла авиация")?
    The strike the clause describes is that side's."""
    c = clause_at(ctx, sent.start, sent.end, ms)
    if c.kind != "relative" or not any(ne <= c.start and not ctx.text[ne:c.start].strip(" ,")
                                       for _, ne in sent.nouns):
        return False
    verbs = [(a, b) for a, b in sent.triggers if c.start <= a < ms]
    suffixes = grammar.words("object_pronoun_suffixes", ctx.lex.lang)
    if suffixes and verbs:
        # "الهجوم الذي استهدف حركة الشباب": the relative pronoun is the verb's subject, the
        # side after it its object; "الهجوم الذي شنه الجيش": the pronoun on the verb is the noun
        word = re.match(r"\w+", ctx.text[verbs[-1][0]:])
        return word is not None and any(word.group().endswith(x) and len(word.group()) > len(x) + 2
                                        for x in suffixes)
    return bool(verbs)


def predicate_head(ctx: Ctx, sent: Sentence) -> int:
    """Where the sentence's own strike predicate starts: its first trigger outside a side
    clause ("After the group fired rockets, the jets struck": "struck"), else its first."""
    if not sent.triggers:
        return sent.end
    # "En respuesta a los cohetes que Hamás lanzó, los aviones atacaron ...": what the strike
    # answered is no predicate of its own
    answered = _reaction_clauses(ctx.text, ctx.lex, sent.start, sent.end)
    own = [(a, b) for a, b in sent.triggers
           if not clause_at(ctx, sent.start, sent.end, a).side and not any(x <= a < y for x, y in answered)]
    for i, (a, b) in enumerate(own):
        if any(_is_passive(ctx.lex, ctx.text, sent.start, x, y) for x, y in own[i + 1:]) and \
                _attributive_participle(ctx, b):
            # "Ukrayna'yı hedef alan 11 Rus seyir füzesinden 9'unun ... vurulduğu": a participle
            # on the noun after it heads no clause; the passive strike verb after it is the
            # predicate (an active one after it may have a subject of its own)
            continue
        return a
    return sent.triggers[0][0]


def _attributive_participle(ctx: Ctx, b: int) -> bool:
    """Verb-final languages: does the trigger ending at b end in a participle's ending
    (grammar.attributive_participle_endings) with a word right after it, the noun it
    qualifies?"""
    endings = grammar.words("attributive_participle_endings", ctx.lex.lang)
    if not endings or not ctx.lex.raw.get("meta", {}).get("verb_final"):
        return False
    word = re.search(r"[\w'’]+$", ctx.text[max(0, b - 40):b])
    return word is not None and fold(word.group(), ctx.lex.lang).endswith(tuple(endings)) and \
        re.match(r" [\w'’]", ctx.text[b:b + 2]) is not None


# A clause that opens with its verb after a fronted side clause puts its subject after the
# verb ("Nachdem die Miliz feuerte, griff die israelische Luftwaffe an"; "Mientras ..., atacaron
# drones ucranianos"): the words that may stand between the verb and the subject's name
# (an article, an adjective, a weapon noun).
INVERTED_SUBJECT_WORDS = 3


def _subject_after_verb(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the mention at ms the subject of a verb that opens its clause after a fronted side
    clause (verb-second or verb-first order), not the verb's object?"""
    text, s, e = ctx.text, sent.start, sent.end
    head = next((t for t in sent.triggers if t[0] == sent.head), None)
    if head is None or ms < head[1]:
        return False
    clause = clause_at(ctx, s, e, head[0])
    if clause.side or clause.start == s or text[clause.start:head[0]].strip(" ,;:\"'«“”»–—-"):
        return _fronted_phrase_subject(ctx, sent, head, clause, ms)
    parts = _clauses(ctx, s, e)
    i = parts.index(clause)
    # the clause starts here (it does not go on after a bracket or a relative clause) and a
    # fronted subordinate clause stands right before it
    if i == 0 or parts[i - 1].kind != "subordinate" or any(c.unit == clause.unit for c in parts[:i]):
        return False
    if clause_at(ctx, s, e, ms).unit != clause.unit or tokens_between(ctx, head[1], ms) > INVERTED_SUBJECT_WORDS:
        return False
    return not any(ctx.lex.has(k) and ctx.lex.search(k, text, head[1], ms)
                   for k in ("actor_roles.target_intro", "places.struck_preps"))


# German main clauses put the finite verb second: the words of the phrase fronted before it
# ("Am Montag", "In der Nacht zum Dienstag", "Nach Angaben der Armee")
FRONTED_PHRASE_WORDS = 6


def _fronted_phrase_subject(ctx: Ctx, sent: Sentence, head: tuple, clause, ms: int) -> bool:
    """In a verb-second language, is the mention at ms the subject of the strike verb that a
    phrase naming no side was fronted before ("Am Montag bombardierte die russische Luftwaffe
    Stellungen", "Nach Angaben der Armee griffen israelische Kampfjets ... an")? The side names
    a force right after it (its air force, jets, troops), not what was hit ("griffen
    israelische Stellungen an")."""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("meta", {}).get("verb_second") or clause.side:
        return False
    if ms < head[1] or any(a <= head[0] < b for a, b in sent.nouns):
        return False  # a strike noun, not a finite verb
    fronted = text[clause.start:head[0]]
    attribution = fronted.rstrip().endswith(",") and fronted.count(",") == 1 and \
        lex.search("claims.verbs", text, clause.start, head[0]) is not None  # "Wie die Armee mitteilte, griff ..."
    if re.search(r"[;:()]", fronted) or ("," in fronted and not attribution) or \
            tokens_between(ctx, clause.start, head[0]) > FRONTED_PHRASE_WORDS + (2 if attribution else 0):
        return False
    if any(clause.start <= a < head[0] for a, _, _ in lex.find_coded("actors", text, clause.start, head[0])):
        return False  # the subject stands before the verb
    if clause_at(ctx, sent.start, sent.end, ms).unit != clause.unit or \
            tokens_between(ctx, head[1], ms) > INVERTED_SUBJECT_WORDS:
        return False
    glue = grammar.words("articles", lex.lang) | grammar.words("indefinites", lex.lang)
    lead = text[clause.start:head[0]].split()
    if not lead or lead[0].lower() in glue or any(w.lower() not in glue for w in text[head[1]:ms].split()):
        return False  # "Die Drohnen trafen Positionen ukrainischer Verbände": a subject fronted, an object after
    me = next((b for a, b, _ in lex.find_coded("actors", text, ms, min(sent.end, ms + 60)) if a == ms), None)
    if me is None:
        return False
    force = next((m for k in ("actor_roles.military_names", "actor_roles.forces_nouns")
                  for m in [lex.search(k, text, me, min(sent.end, me + 30))] if m is not None
                  and not text[me:m.start()].strip()), None)
    return force is not None and not any(a <= force.start() < b for a, b, _ in
                                         lex.find_coded("target_types", text, force.start(), force.end()))


def _strike_noun_subject(lex, text: str, a: int, b: int) -> bool:
    """Is text[a:b] one strike noun and nothing else ("غارة", "ضربات جوية": the means' words
    may follow it)?"""
    m = lex.search("triggers.strike_nouns", text, a, b)
    if m is None or text[a:m.start()].strip():
        return False
    rest = text[m.end():b]
    for k in ("operations.airstrike", "operations.drone_strike", "operations.missile_strike",
              "operations.artillery"):
        n = lex.search(k, text, m.end(), b) if lex.has(k) else None
        if n is not None and not text[m.end():n.start()].strip():
            rest = text[n.end():b]
            break
    return not rest.strip()


def _opening_force_subject(ctx: Ctx, sent: Sentence, head: tuple, ms: int) -> bool:
    """"قصفت القوات الروسية ليلة الأحد مستودع ذخيرة", "أطلقت البحرية الأمريكية صواريخ": a
    sentence that opens with its strike verb, a force's noun right after it (the lexicon's
    grammar.verb_first_forces) and its side's adjective after that: the force is the subject.
    (Inside a sentence, "... واستهدف القوات الإسرائيلية", the force after the verb is as often
    its object, the subject left unsaid.)"""
    text = ctx.text
    # (a time adverbial may open the sentence before it: "في 3 مايو، نفذت القوات الأمريكية")
    if text[sent.start:head[0]].strip() and not _fronted_time(ctx, sent.start, head[0]):
        return False
    forces = grammar.words("verb_first_forces", ctx.lex.lang)
    # (the force's noun may open the side's own name: "شن التحالف بقيادة السعودية غارات")
    words = text[head[1]:ms].split() or text[ms:ms + 40].split()[:1]
    return bool(forces) and bool(words) and fold(words[0]) in forces and \
        tokens_between(ctx, head[1], ms) <= INVERTED_SUBJECT_WORDS


# the most words of an attribution fronted before a verb-first clause ("وبحسب بيان وزارة الدفاع،")
FRONTED_ATTRIBUTION_WORDS = 6


def _fronted_attribution(ctx: Ctx, a: int, b: int) -> bool:
    """Is the text between a and b (the clause's start and its verb) one attribution closed by
    a comma ("وبحسب الوزارة، نفذت الطائرات الروسية", "according to the ministry, ...")? It says
    who tells the clause, not what the clause's subject is; the verb still opens the clause."""
    text, lex = ctx.text, ctx.lex
    gap = text[a:b].rstrip()
    if not gap.endswith((",", "،")) or re.search(r"[,،;:]", gap[:-1]) or \
            tokens_between(ctx, a, b) > FRONTED_ATTRIBUTION_WORDS:
        return False
    m = lex.search("claims.verbs", text, a, b)
    return m is not None and not text[a:m.start()].strip()


def _fronted_time(ctx: Ctx, a: int, b: int) -> bool:
    """Is the text between a and b (the clause's start and its verb) a time adverbial alone
    ("في 3 مايو 2024،", "وفي 14 من أغسطس", "يوم الأحد،")? It dates the clause; the verb still
    opens it."""
    from .dates import find_dates
    text = ctx.text
    found = [(m.start, m.end) for m in find_dates(text, a, b, ctx.lex, ctx.pub)]
    if not found:
        return False
    rest = "".join(" " if any(x <= a + i < y for x, y in found) else ch for i, ch in enumerate(text[a:b]))
    glue = grammar.bare("prepositions", "time_nouns") | {fold(w) for w in ctx.lex.raw.get("stopwords", {}).get("words", ())}
    clitics = grammar.bare("conjunction_clitics")
    left = re.findall(r"[^\W_]+", rest)
    # (the first word may carry a conjunction: "وفي", "ويوم")
    return len(left) <= FRONTED_TIME_WORDS and all(
        w.isdigit() or fold(w) in glue or (i == 0 and w[:1] in clitics and fold(w[1:]) in glue)
        for i, w in enumerate(left)) and not re.search(r"[,،;:]", text[a:found[0][0]])


# the most words besides its dates of a time adverbial fronted before a verb-first clause
FRONTED_TIME_WORDS = 3


def _verb_first_subject(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """In a verb-first language, is the mention at ms the subject of the strike verb that opens
    its clause ("شن الجيش الإسرائيلي غارات", "وقصفت الطائرات الروسية مواقع")? Only forces
    nouns or aircraft ("الطيران", "سلاح الجو") may stand between the verb and the mention."""
    lex, text, s, e = ctx.lex, ctx.text, sent.start, sent.end
    meta = lex.raw.get("meta", {})
    weapons_only = not meta.get("verb_first")
    if weapons_only and not meta.get("verb_first_weapons"):
        return False
    head = next((t for t in sent.triggers if t[0] == sent.head), None)
    if head is None or ms < head[1] or any(a <= head[0] < b for a, b in sent.nouns):
        return False
    clause = clause_at(ctx, s, e, head[0])
    if clause_at(ctx, s, e, ms).unit != clause.unit:
        return False
    lead = text[clause.start:head[0]].strip(" ,;:\"'«“”»–—-")
    if lead and lead not in grammar.bare("conjunction_clitics", "coordinators") and \
            not _fronted_attribution(ctx, clause.start, head[0]) and not _fronted_time(ctx, clause.start, head[0]):
        return False
    gap = text[head[1]:ms]
    # ("طائرات من طراز إف-16": the "من" that brings in a weapon's type introduces no target)
    typed = [(head[1] + m.start(), head[1] + m.end()) for m in grammar.regex(
        r"(?<!\w)(?:{type_words})(?!\w)", re.IGNORECASE).finditer(gap)] if grammar.words("type_words", lex.lang) else []
    if tokens_between(ctx, head[1], ms) > INVERTED_SUBJECT_WORDS + (
            sum(tokens_between(ctx, a, b) for a, b in typed) + _designation_words(ctx, head[1], ms) if weapons_only else 0):
        return False
    # "قتلت غارة إسرائيلية ثلاثة مقاتلين" (an Israeli raid killed three fighters): a strike noun
    # right after the verb, its side's adjective after it, is the subject (or, after a passive
    # "شُنت غارة إسرائيلية", the strike itself): the side struck
    noun_subject = weapons_only and _strike_noun_subject(lex, text, head[1], ms)
    if weapons_only and _vessel_after_verb(ctx, sent, head, ms):
        return True
    if re.search(r"[,;:(]", gap) or any(lex.has(k) and any(not any(a <= m.start() < b for a, b in typed)
                                                          for m in lex.finditer(k, text, head[1], ms))
                                          for k in ("actor_roles.target_intro", "places.struck_preps")) or \
            (lex.search("triggers.strike_nouns", text, head[1], ms) and not noun_subject) or \
            any(not (weapons_only and kind == "aircraft") for _, _, kind in lex.find_coded("target_types", text, head[1], ms)):
        # (helicopters are a kind of target too, but in the narrower reading below the gap is
        # the striking aircraft: "قصفت مروحيات روسية مواقع")
        return False
    if noun_subject:
        return True
    if weapons_only and _opening_force_subject(ctx, sent, head, ms):
        return True
    if weapons_only:
        # the narrower reading: the gap is one weapon or aircraft noun phrase, nothing else
        # ("قصفت طائرات إسرائيلية", "استهدفت طائرة مسيرة أمريكية"), never a force ("استهدفت
        # القوات الإسرائيلية" is as often its object)
        rest = gap
        for k in ("operations.drone_strike", "operations.airstrike", "operations.artillery"):
            m = lex.search(k, text, head[1], ms) if lex.has(k) else None
            if m is not None and not text[head[1]:m.start()].strip():
                rest = text[m.end():ms]
                if k == "operations.artillery":
                    # "واستهدفت مدفعية الجيش واللجان الشعبية تجمعات": the guns of a force, the
                    # side after the force's noun (never the guns alone: "قصفت المدفعية
                    # الإسرائيلية" is read by the narrower reading below only for aircraft)
                    # (or the side's name opens with the force's noun: "مدفعية الجيش واللجان الشعبية")
                    forces = grammar.words("verb_first_forces", lex.lang)
                    if not rest.strip():
                        return fold(text[ms:ms + 40].split()[0]) in forces if text[ms:ms + 40].split() else False
                    return all(fold(w) in forces for w in rest.split())
                break
        return rest is not gap and _designations_only(ctx, ms - len(rest), ms)
    return not gap.strip() or any(lex.has(k) and lex.search(k, text, head[1], ms) for k in
                                  ("actor_roles.forces_nouns", "operations.airstrike",
                                   "operations.drone_strike"))


def opening_state_subject(ctx: Ctx, sent: Sentence, ms: int, code: str) -> bool:
    """"شنت إسرائيل غارات على مواقع في إيران", "نفذت الولايات المتحدة ضربات على أهداف للحوثيين",
    "وقصفت روسيا مواقع": in a verb-first language (verb_first_weapons: Arabic), a state's name
    right after the active strike or light verb that opens the sentence's clause (after a
    conjunction or a fronted attribution at most) is its subject. (A force's noun there is as
    often the object, "واستهدف القوات الإسرائيلية", and stays with _verb_first_subject; a
    state's own name right after the opening verb is the subject of verb-subject-object
    order.)"""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("meta", {}).get("verb_first_weapons") or sent.passive or code in ORGS:
        return False
    head = next((t for t in sent.triggers if t[0] == sent.head), None)
    if head is None or ms < head[1] or text[head[1]:ms].strip() or \
            any(a <= head[0] < b for a, b in sent.nouns):
        return False
    clause = clause_at(ctx, sent.start, sent.end, head[0])
    if clause_at(ctx, sent.start, sent.end, ms).unit != clause.unit:
        return False
    lead = text[clause.start:head[0]].strip(" ,;:\"'«“”»–—-")
    return not lead or lead in grammar.bare("conjunction_clitics", "coordinators") or \
        _fronted_attribution(ctx, clause.start, head[0])


def _designations_only(ctx: Ctx, a: int, b: int) -> bool:
    """Is the text between a and b empty, or only weapon designations with the words that bring
    in a type ("قاذفات سو-34 الروسية", "طائرات من طراز إف-16 الإسرائيلية": the Russian Su-34
    bombers; the side's adjective follows the designation)?"""
    from .platforms import platform_hits

    text = ctx.text
    rest = text[a:b]
    for pa, pb, _ in reversed(platform_hits(ctx, a, b)):
        rest = rest[:pa - a] + " " + rest[pb - a:]
    if rest.strip() and grammar.words("type_words", ctx.lex.lang):
        rest = grammar.regex(r"(?<!\w)(?:{type_words})(?!\w)", re.IGNORECASE).sub(" ", rest)
    return not rest.strip()


def _vessel_after_verb(ctx: Ctx, sent: Sentence, head: tuple, ms: int) -> bool:
    """"أطلقت سفن حربية أمريكية صواريخ كروز": a warship right after the active verb that opens
    the clause, the side's adjective right after it, the missiles or drones it fired after the
    side: the side's warships struck (a ship named there with no weapon fired after it is as
    often the object)."""
    lex, text = ctx.lex, ctx.text
    if sent.passive:
        return False
    vessels = [(a, b) for a, b, kind in lex.find_coded("target_types", text, head[1], ms) if kind == "vessel"]
    if not vessels or text[head[1]:vessels[0][0]].strip() or text[vessels[0][1]:ms].strip():
        return False
    return bool(_spans(lex, "operations.missile_strike", text, ms, sent.end) or
                _spans(lex, "operations.drone_strike", text, ms, sent.end))


def _designation_words(ctx: Ctx, a: int, b: int) -> int:
    """The words of the weapon designations between a and b ("إف-16", "إم كيو-9")."""
    from .platforms import platform_hits

    return sum(tokens_between(ctx, pa, pb) for pa, pb, _ in platform_hits(ctx, a, b))


def _outside_object_phrase(ctx: Ctx, sent: Sentence, cands: list, head: int) -> list:
    """Of the strikers of a sentence that names no side before its predicate, those not named
    only as the object of a target or place preposition after the predicate's head: the state
    right after it ("удару по Україні", "atacaron un paso en la frontera con Siria"), or its
    adjective on the noun right after it where adjectives follow ("استهدف محيط القنصلية
    الأمريكية"), is where or whose the struck thing was, not who struck. A body that speaks
    ("..., the Russian Defence Ministry said"), a side's adjective or genitive on a strike noun
    ("un ataque ucraniano contra Rusia") and a verb-first subject still name the striker.
    Nor the state named only as the owner of what was hit, the predicate's object: its adjective
    or genitive on the target noun after the predicate ("targeted a US ship", "місце зберігання
    ... БпЛА противника": _owner_of_object_noun) or, where the verb comes last, on the target
    noun in the accusative before it ("İsrail hava savunma sistemlerini": _owner_of_object_before_verb);
    the owner of the weapon or aircraft that struck still strikes."""
    lex, text = ctx.lex, ctx.text
    head_end = next((b for a, b in sent.triggers if a == head), head)
    keys = [k for k in ("actor_roles.target_intro", "places.struck_preps", "places.neighbour_preps") if lex.has(k)]
    articles = grammar.words("articles", lex.lang)
    owner_words = grammar.words("affiliation_words", lex.lang)
    # (where adjectives follow their noun, the noun right after the preposition the state's
    # adjective describes: "محيط القنصلية الأمريكية"; a longer phrase, "по підприємствах
    # військово-промислового комплексу України", is as often a weapon's or a speaker's:
    # "détruit dans la nuit ... 39 drones ukrainiens", "в оборонном ведомстве США")
    noun_slot = 1 if lex.raw.get("meta", {}).get("adjectives_follow") else 0

    def object_phrase(c: tuple) -> bool:
        ms, me, code = c
        if code in ORGS:
            return False
        if ms < head_end:
            return _owner_of_object_before_verb(ctx, sent, ms, me)
        if _verb_first_subject(ctx, sent, ms) or opening_state_subject(ctx, sent, ms, code) or \
                owner_of_striking_weapon(ctx, sent, ms):
            return False   # (nor the owner of the ships that struck: "مدمرات تابعة للبحرية الأمريكية")
        if _owner_of_object_noun(ctx, sent, ms, me, head_end):
            return True   # "targeted a US ship", "місце зберігання дронів противника": whose thing was hit
        if c in sent.military_actors or _modifies_strike_noun(ctx, sent, ms, me) or _genitive_of_strike_noun(ctx, sent, ms) or \
                _owner_after_weapon(ctx, sent, ms):
            return False   # (nor the owner of the weapons that struck: "drones de las Fuerzas Armadas de Ucrania")
        for k in keys:
            for m in lex.finditer(k, text, head_end, ms):
                gap = text[m.end():ms]
                if m.end() > ms or re.search(r"[,;:()\"«»]", gap) or fold(text[m.start():m.end()].strip()) in owner_words:
                    continue   # (nor "مدمرات تابعة للبحرية الأمريكية": who the ships belong to)
                words = [w for w in gap.split() if fold(w) not in articles]
                if len(words) <= noun_slot:
                    return True
        return False
    return [c for c in cands if not object_phrase(c)]


OBJECT_LEAD_WORDS = 2     # words (numbers, adjectives) between the predicate and the struck noun
OWNER_GAP_WORDS = 5       # words between a struck noun and its owner after it ("objetivos militares del enemigo")


def _owner_of_object_noun(ctx: Ctx, sent: Sentence, ms: int, me: int, head_end: int) -> bool:
    """Is the mention at ms..me the owner of what the predicate ending at head_end hit: its
    adjective or genitive on a target noun (target_types) that stands right after the predicate,
    as its object ("targeted a US ship", "traf ein amerikanisches Kriegsschiff", "поразила
    американский корабль", "dos objetivos militares del enemigo israelí", "уражено місце
    зберігання, підготовки та пуску ударних БпЛА противника")? Not a noun that is also a weapon
    or aircraft ("griffen amerikanische Kampfjets an": those struck), nor the adjective of a
    weapon after a preposition ("hit a depot in Kharkiv with Russian missiles")."""
    lex, text = ctx.lex, ctx.text
    if ms < head_end or any(head_end <= a < ms for a, _ in sent.triggers):
        return False   # (nor a strike noun's: "уражено склад ударом російських військ")
    articles = grammar.words("articles", lex.lang)
    linkers = grammar.words("linkers", lex.lang) | grammar.words("genitive_articles", lex.lang)
    preps = {w for w in grammar.words("prepositions", lex.lang) | _object_preps(lex) if w not in linkers}
    coordinators = grammar.words("coordinators", lex.lang)
    # (where adjectives follow their noun, a state's adjective is never on the noun after it:
    # "هاجمت طائرات مسيرة أوكرانية مصفاة نفط")
    follows = lex.raw.get("meta", {}).get("adjectives_follow")

    def words(a: int, b: int) -> list:
        return [fold(w) for w in re.findall(r"[^\W_][\w'’-]*", text[a:b]) if fold(w) not in articles]

    def listed(a: int, b: int) -> bool:
        # no punctuation, or only the commas of a list of nouns closed by a coordinator
        # ("місце зберігання, підготовки та пуску"): none right before the owner
        gap = text[a:b]
        if re.search(r"[;:()\"«»“”.!?]", gap):
            return False
        if "," not in gap:
            return True
        tail = words(a + gap.rfind(",") + 1, b)
        return len(tail) > 1 and tail[0] not in coordinators and any(w in coordinators for w in tail[1:])
    end = min(sent.end, me + 60)
    weapons = _weapon_spans(lex, text, head_end, end)
    if any(w[0] >= me and not text[me:w[0]].strip() for w in weapons):
        return False   # the adjective of a weapon: "Russian missiles"
    for ts, te, _ in lex.find_coded("target_types", text, head_end, end):
        if any(w[0] < te and ts < w[1] for w in weapons):
            continue
        if ts >= me and not follows:    # the owner's adjective before the noun: "a US ship"
            lead, gap, limit = (head_end, ms), (me, ts), 1
        elif te <= ms and (words(head_end, ts) or not follows):
            # the noun before its owner: "un buque estadounidense", "objetivos del enemigo" (where
            # the verb comes first, the noun right after it is its subject: "أطلقت مدمرات تابعة
            # للبحرية الأمريكية": the ships that fired)
            lead, gap, limit = (head_end, ts), (te, ms), OWNER_GAP_WORDS
        else:
            continue
        if any(gap[0] <= a < gap[1] for a, _ in sent.nouns):
            continue   # the adjective of a strike noun between them: "قتل 8 متشددين في غارة جوية أمريكية"
        between = words(*gap)
        if listed(*gap) and len(between) <= limit and not any(w in preps for w in between) and \
                not re.search(r"[,;:()\"«»“”.!?]", text[lead[0]:lead[1]]) and \
                len(words(*lead)) <= OBJECT_LEAD_WORDS and not any(w in preps for w in words(*lead)):
            return True
    return False


def _owner_of_object_before_verb(ctx: Ctx, sent: Sentence, ms: int, me: int) -> bool:
    """Where the verb comes last ([meta] verb_final), is the mention the owner named right
    before a target noun (target_types) in the accusative ([grammar] object_endings: "İsrail
    hava savunma sistemlerini aştığını", "bir ABD gemisini vurduğunu")? That noun is the object
    of a verb after it, so its owner is what was hit, not who struck. Not a noun that is also a
    weapon or aircraft ("İsrail savaş uçakları": those struck)."""
    lex, text = ctx.lex, ctx.text
    endings = grammar.words("object_endings", lex.lang)
    if not endings or not lex.raw.get("meta", {}).get("verb_final"):
        return False
    end = min(sent.end, me + 60)
    weapons = _weapon_spans(lex, text, me, end)
    for ts, te, _ in lex.find_coded("target_types", text, me, end):
        if text[me:ts].strip() or re.search(r"[,;:()\"«»“”.!?]", text[me:ts]) or \
                any(w[0] < te and ts < w[1] for w in weapons):
            continue
        word = fold(text[ts:te].split()[-1] + re.match(r"[\w'’]*", text[te:]).group(), lex.lang)
        return any(word.endswith(x) and len(word) > len(x) + 1 for x in endings)
    return False


def of_official_body(ctx: Ctx, ms: int, me: int, bodies: list) -> bool:
    """Is the state at ms..me inside an official body's name, or right after it ("в оборонном
    ведомстве США", "Пентагона", "the US Department of Defense"): the body that speaks for it?
    bodies: the spans of claims.official_sources."""
    return any(a <= ms and me <= b for a, b in bodies) or \
        any(b <= ms and tokens_between(ctx, b, ms) <= 1 and not re.search(r"[^\w\s]", ctx.text[b:ms])
            for _, b in bodies)


def _in_strike_clause(ctx: Ctx, sent: Sentence, cands: list) -> list:
    """Of the strikers of a sentence that names no side before its predicate (the fallback to
    any side in it), those standing in the clause of one of its strike words or of a weapon it
    names ("destroyed 14 Ukrainian drones", "drones, die die Ukraine abfeuerte"), or of a claim
    verb, the source reporting ("..., the Russian Defence Ministry said", "selon un responsable
    américain"). A side named only in another clause, with no strike word, weapon or claim verb
    of its own, is no striker: the object of a purpose clause ("... que describen como un
    intento de presionar a Turquía"), the subject of another verb ("...: لن تدع تركيا هذا يمر"),
    whom a report concerns ("..., was den Druck auf Griechenland erhöhen soll")."""
    if not cands:
        return cands
    lex, text, s, e = ctx.lex, ctx.text, sent.start, sent.end
    words = [a for a, _ in sent.triggers + sent.nouns]
    # (the clause of a claim verb too: its side is the source reporting, "Des F/A-18 ont visé
    # des radars, selon un responsable américain", whose side's strike the report goes on with)
    words += [a for k in ("operations.drone_strike", "operations.missile_strike", "claims.verbs") if lex.has(k)
              for a, _ in _spans(lex, k, text, s, e)]
    units = {clause_at(ctx, s, e, a).unit for a in words}
    # (or the state that owns the official body named right before it: "— отметили в
    # оборонном ведомстве США", "з посиланням на заяву Міністерства оборони Туреччини")
    bodies = _spans(lex, "claims.official_sources", text, s, e) if lex.has("claims.official_sources") else []

    return [c for c in cands if clause_at(ctx, s, e, c[0]).unit in units or _speaks(ctx, c[1], e, c[0]) or
            body_of_state_speaks(ctx, c[0], c[1], e) or attributed_source(ctx, c[0], c[1]) or of_official_body(ctx, c[0], c[1], bodies)]


def _in_predicate_clause(ctx: Ctx, sent: Sentence, cands: list) -> list:
    """Of several candidate strikers, those in the clause of a strike predicate or strike
    noun; else those outside side clauses (a group named in a relative or subordinate clause,
    "a depot which the militia used", "after the group fired rockets", is no subject of the
    strike); else all of them."""
    if len(cands) < 2:
        return cands
    s, e = sent.start, sent.end
    # (a strike noun after a demonstrative restates the strike told, no predicate of its own:
    # "Husi sözcüsü, İsrail uçaklarının saldırı düzenlediğini belirterek, 'bu saldırıya karşı
    # koyuyoruz' dedi" is the speaker's clause, Israel's strike is in the reported one)
    words = [a for a, _ in sent.triggers + sent.nouns if not _restated_noun(ctx, sent, a)]
    heads = [clause_at(ctx, s, e, a) for a in words or [a for a, _ in sent.triggers + sent.nouns]]
    # the sentence's own predicate, not a background one in a side clause ("after the group
    # fired rockets, the jets struck"), unless every strike word stands in one
    units = {c.unit for c in heads if not c.side} or {c.unit for c in heads}
    own = [c for c in cands if clause_at(ctx, s, e, c[0]).unit in units]
    if own:
        return own
    main = [c for c in cands if not clause_at(ctx, s, e, c[0]).side]
    return main or cands


def _restated_noun(ctx: Ctx, sent: Sentence, a: int) -> bool:
    """Is the strike word at a a strike noun right after a demonstrative
    (grammar.restating_determiners: "bu saldırıya", "this attack", "cette attaque")?"""
    words = grammar.words("restating_determiners", ctx.lex.lang)
    if not words or not any(x == a for x, _ in sent.nouns):
        return False
    before = re.findall(r"[\w'’]+", ctx.text[max(sent.start, a - 30):a])
    return bool(before) and fold(before[-1], ctx.lex.lang) in words and \
        not re.search(r"[,;:.]", ctx.text[max(sent.start, a - len(before[-1]) - 2):a])


def _outside_reaction(ctx: Ctx, sent: Sentence, before: list, head: int) -> list:
    """Of the candidates before the predicate, those outside a fronted phrase naming what the
    strike answered ("In response to Hezbollah's fire, the army struck"; "В ответ на удары
    Хезболлы армия Израиля нанесла"): the side named in it struck earlier, not here. The
    phrase runs from its cue to the next comma, and at most to the side named last before
    the predicate (with the sides coordinated with it), which languages without a comma
    there ("в ответ на ... армия нанесла") leave as the subject."""
    if len(before) < 2 or not ctx.lex.has("dates.reaction"):
        return before
    spans = [(a, b) for a, b in _reaction_clauses(ctx.text, ctx.lex, sent.start, head) if a < head]
    if not spans:
        return before
    ordered = sorted(before)
    i = len(ordered) - 1
    while i > 0 and ctx.text[ordered[i - 1][1]:ordered[i][0]].strip().lower() in grammar.words("coordinators"):
        i -= 1
    subject = ordered[i][0]
    kept = [c for c in before if not any(a <= c[0] < min(b, subject) for a, b in spans)]
    return kept or before


def _other_attack_agent(ctx: Ctx, sent: Sentence, ms: int, head: int) -> bool:
    """Does the mention at ms stand in a side clause or a reaction phrase ("after an attack
    by X", "in response to fire by X") that does not hold the predicate at head?"""
    s, e = sent.start, sent.end
    clause = clause_at(ctx, s, e, ms)
    if clause.side and clause_at(ctx, s, e, head).unit != clause.unit:
        return True
    return any(a <= ms < b and not a <= head < b for a, b in _reaction_clauses(ctx.text, ctx.lex, s, e))


def _background_mention(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the mention in a side clause (relative, subordinate, bracket) with no strike word
    of its own, away from the strike predicate?"""
    s, e = sent.start, sent.end
    clause = clause_at(ctx, s, e, ms)
    if not clause.side or clause_at(ctx, s, e, sent.head).unit == clause.unit:
        return False
    return not any(clause.start <= a < clause.end for a, _ in sent.triggers + sent.nouns)


# At most this many characters between a weapon and its owner named in a genitive after it
# ("drones de las Fuerzas Armadas de Ucrania").
OWNER_GENITIVE_GAP = 40


def _owner_after_weapon(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """In a language whose lexicon says the owner follows the weapon ([meta]
    owner_after_weapon), is the mention the owner of a drone or missile named just before it:
    only linkers, articles and the words of a force's name between them ("drones de las
    Fuerzas Armadas de Ucrania", "misiles del Ejército ruso")? In an interception report
    the owner launched them. Right after the weapon, the mention is its adjective ("30 drones
    ucranianos")."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    if not lex.raw.get("meta", {}).get("owner_after_weapon"):
        return False
    weapons = _spans(lex, "operations.drone_strike", text, s, e) + \
        _spans(lex, "operations.missile_strike", text, s, e)
    names = _spans(lex, "actor_roles.forces_nouns", text, s, e) + \
        _spans(lex, "claims.official_sources", text, s, e) + \
        _spans(lex, "actor_roles.military_names", text, s, e)
    glue = {w.rstrip("'") for w in grammar.words("linkers", lex.lang) | grammar.words("articles", lex.lang)}
    for _, we in weapons:
        if not 0 < ms - we <= OWNER_GENITIVE_GAP:
            continue
        words = list(re.finditer(r"[^\W_]+", text[we:ms]))
        if not words and not text[we:ms].strip():
            return True
        if words and all(w.group().lower() in glue or
                         any(a <= we + w.start() < b for a, b in names) for w in words) and \
                words[0].group().lower() in glue:
            return True
    return False
def _reports_between(ctx: Ctx, a: int, b: int) -> bool:
    """Is there a claim verb between a and b that opens a reported clause? An attribution
    inside the clause ("Das US-Militär hat nach eigenen Angaben ... Kämpfer der Al-Shabaab
    getötet") reports nothing of its own: the side named after it is the object or the
    source, never the subject of a new clause."""
    lex, text = ctx.lex, ctx.text
    said = list(lex.finditer("claims.verbs", text, a, b))
    if said and lex.has("claims.attributions"):
        attrib = [(m.start(), m.end()) for m in lex.finditer("claims.attributions", text, a, b)]
        said = [m for m in said if not any(s < m.end() and m.start() < e for s, e in attrib)]
    return bool(said)


# the most words between an attribution opening the sentence and the side it names ("За
# даними | президента | України", "По данным | главы МИД | Украины")
FRONTED_SOURCE_WORDS = 3


def _fronted_source(ctx: Ctx, sent: Sentence, speaker: tuple, cand: tuple) -> bool:
    """Is ``speaker`` named as the source of a claim phrase set off by a comma before ``cand``
    ("За даними Повітряних сил, росіяни атакували ...", "Як повідомили в Генштабі ЗСУ,
    російські війська ...", "According to the Ukrainian air force, Russia attacked ...")? The
    body that reports is no striker of the clause it opens."""
    from .claimant import _claim_sources   # (claimant imports this module)
    if "," not in ctx.text[speaker[1]:cand[0]]:
        return False
    if any(a <= speaker[0] < b for a, b in _claim_sources(ctx, sent)):
        return True
    # "За даними президента України ..., Росія застосувала ...", "По данным президента
    # Украины ..., Россия выпустила ...": a side named in the phrase that an attribution opening
    # the sentence heads (the struck state's president or official, no body of the sources'
    # list), that phrase closed by the comma before the clause it attributes
    comma = ctx.text.find(",", speaker[1], cand[0])
    return any(not ctx.text[sent.start:v.start()].strip(" \"“”«»'-—–") and v.end() <= speaker[0] and
               not re.search(r"[,;:.]", ctx.text[v.end():speaker[0]]) and
               tokens_between(ctx, v.end(), speaker[0]) <= FRONTED_SOURCE_WORDS and
               not re.search(r"[;:]", ctx.text[speaker[1]:comma])
               for v in ctx.lex.finditer("claims.verbs", ctx.text, sent.start, speaker[0]))


def _weapon_genitive_after(ctx: Ctx, sent: Sentence, me: int) -> bool:
    """Is a drone or missile noun right after a side's bare name written in the genitive
    ("Ukrayna İHA'larının", "56 Ukrayna İHA'sının ... saldırdığını": the subject of the
    nominalised strike verb is the side's weapons)? The long genitive endings only."""
    lex, text = ctx.lex, ctx.text
    endings = [x for x in grammar.words("genitive_endings", lex.lang) if len(x) > 2]
    if not endings:
        return False
    for key in ("operations.drone_strike", "operations.missile_strike"):
        if not lex.has(key):
            continue
        for a, b in _spans(lex, key, text, me, min(sent.end, me + 40)):
            if a > me and not text[me:a].strip():
                rest = re.match(r"[\w'’]*", text[b:b + 20])
                word = fold(text[a:b] + (rest.group() if rest else ""), lex.lang)
                return any(word.endswith(x) and len(word) > len(x) + 1 for x in endings)
    return False


def _genitive_after_speaker(ctx: Ctx, sent: Sentence, speaker: tuple, cand: tuple) -> bool:
    """Is ``speaker`` the side of a spokesman or body named right after it ("Husi askeri
    sözcüsü", "İsrail ordusu sözcüsü"), and ``cand`` a side in the genitive after it, the
    subject of the nominalised strike verb the spokesman reports ("..., İsrail savaş uçaklarının
    Sana'ya saldırı düzenlediğini belirtti": that Israeli jets attacked)? Not a genitive that
    owns a place ("Lübnan'ın güneyine") or a target (read as the target group before this)."""
    text, lex = ctx.text, ctx.lex
    # the case ends the side's force noun when one follows ("Ermeni güçlerinin")
    force = lex.search("actor_roles.forces_nouns", text, cand[1], min(sent.end, cand[1] + 25))
    cand_end = force.end() if force is not None and not text[cand[1]:force.start()].strip() else cand[1]
    weapon_genitive = cand_end == cand[1] and _weapon_genitive_after(ctx, sent, cand[1])
    genitive = name_case(ctx, cand[0], cand_end) == "genitive" or weapon_genitive
    if not genitive or name_case(ctx, speaker[0], speaker[1]) is not None:
        return False
    src = lex.search("claims.official_sources", text, speaker[1], min(sent.end, speaker[1] + 30))
    if src is None or re.search(r"[^\w\s]", text[speaker[1]:src.start()]):
        # the body may be the speaker's own name ("Ukrayna Hava Kuvvetleri Komutanlığı, Rus
        # ordusunun ... saldırı düzenlediğini bildirdi"): a source inside the mention
        src = lex.search("claims.official_sources", text, speaker[0], speaker[1])
        if src is None or src.end() > speaker[1]:
            # or a state named alone as the voice of a verb-final report ("Ukrayna, Rusya'nın
            # Harkiv'e yönelik saldırılarında ... öldüğünü bildirdi": Ukraine said Russia's
            # attacks killed ...): its comma and the claim verb ending the sentence say so
            if not opening_voice(ctx, sent, speaker[0], speaker[1]):
                return False
            src = None
        # ... but "İsrail ordusu, Hamas'ın Gazze'deki mevzilerini vurduğunu": a genitive before a
        # kind of target or a target noun owns it; the body named first struck
        head = sent.head if sent.head is not None else sent.end
        # (a kind inside a weapon's name, "insansız hava aracı": the unmanned aerial vehicle, is
        # the means of the strike, not a target the genitive owns)
        weapons = [(a, b) for key in ("operations.drone_strike", "operations.missile_strike")
                   for a, b in _spans(lex, key, text, cand[1], head)]
        # (not when the genitive is on the weapons themselves: "Ukrayna İHA'larının Kırım'da bir
        # petrol deposuna saldırdığını": the drones' side struck the depot after them)
        if not weapon_genitive and (any(not any(a <= ms and me <= b and b - a > me - ms for a, b in weapons)
                                        for ms, me, _ in lex.find_coded("target_types", text, cand[1], head)) or
                                    (lex.has("counts.targets") and lex.search("counts.targets", text, cand[1], head))):
            return False
    if src is not None and name_case(ctx, speaker[0], src.end()) is not None:
        return False  # "Rusya ordusunun Ukrayna'nın ... kentlerine": the force itself in the genitive
    nxt = re.match(r"[\w'’]*\s+([\w'’]+)", text[cand[1]:cand[1] + 40])
    bare_state = cand_end == cand[1] and not lex.search("actor_roles.forces_nouns", text, cand[0], cand[1]) and \
        not (lex.has("actor_roles.military_names") and lex.search("actor_roles.military_names", text, cand[0], cand[1]))
    if nxt is not None and bare_state and _owned_place_after(ctx, cand[1] + nxt.start(1), sent.end, cand[2]):
        return False  # "Husiler, İsrail'in Eilat kentine ...": Israel's city, no subject
    return nxt is None or fold(nxt.group(1), lex.lang) not in ctx.place_words


# "İsrail'in Eilat kentine", "Rusya'nın Belgorod bölgesindeki", "İsrail'in Hayfa'ya": a proper
# name after a state's bare genitive, then a locality noun or a case ending after its apostrophe
# (dative, locative, ablative), a place of that state: the state owns the place, it is not the
# subject of the strike verb (Turkish; roles._genitive_after_speaker)
_OWNED_PLACE = (r"([A-ZÇĞİÖŞÜ][\w-]*(?:\s+[A-ZÇĞİÖŞÜ][\w-]*)?)"
                r"(?:['’](?:[ynd]?[ae]|[dt][ae]|[dt][ae]n|[dt][ae]ki)\b|\s+(?:{place_noun_stems})\w*)")


def _owned_place_after(ctx: Ctx, pos: int, e: int, code: str) -> bool:
    """Does a place of the state ``code`` start at pos, written as a place (a locality noun
    after it, or a case ending of direction or location after its apostrophe)?"""
    if not ctx.lex.raw.get("meta", {}).get("verb_final"):
        return False
    if not grammar.words("place_noun_stems", ctx.lex.lang):
        return False
    m = grammar.regex(_OWNED_PLACE).match(ctx.text, pos, e)
    if m is None:
        return False
    state = pycountry.countries.get(alpha_3=code)
    if state is None:
        return False
    name = m.group(1)
    return bool(ctx.gaz.places_named(name, [state.alpha_2])) or \
        any(u.country == state.alpha_2 for u in ctx.gaz.find_admin1(name))


def state_place_after(ctx: Ctx, me: int, e: int, code: str) -> bool:
    """Verb-final languages: does a place of the state whose genitive ends at me follow it,
    a proper name with a locality noun after it ("Afganistan'ın Barmal bölgesine", "Irak'ın
    Zap bölgesine": the name written as a place, whether the gazetteer knows it or not) or one
    the gazetteer holds in that state ("İsrail'in Hayfa'ya")? The state owns the place; it is
    not the subject of the strike verb."""
    if not ctx.lex.raw.get("meta", {}).get("verb_final") or not grammar.words("place_noun_stems", ctx.lex.lang):
        return False
    nxt = re.match(r"[\w'’]*\s+", ctx.text[me:e])
    if nxt is None:
        return False
    pos = me + nxt.end()
    m = grammar.regex(_OWNED_PLACE).match(ctx.text, pos, e)
    if m is None:
        return False
    if _owned_place_after(ctx, pos, e, code):
        return True
    # a name with its locality noun that the gazetteer holds nowhere ("Barmal bölgesine"); one
    # it holds in another state is that state's ("Ukrayna'nın Kursk bölgesine saldırı düzenlediği":
    # Ukraine attacked Russia's Kursk region)
    name = m.group(1)
    return ctx.text[m.end(1):m.end()][:1].isspace() and not ctx.gaz.places_named(name) and \
        not ctx.gaz.find_admin1(name)


def _owner_before_weapon(ctx: Ctx, sent: Sentence, me: int) -> bool:
    """Is the name the owner of a drone or missile named right after it: the weapon follows
    at once ("38 Ukrayna İHA'sı"), or after the owner's postposition (actor_roles.target_outro,
    "ait": belonging to; "Ukrayna'ya ait 27 İHA")?"""
    lex, text = ctx.lex, ctx.text
    weapons = _spans(lex, "operations.drone_strike", text, sent.start, sent.end) + \
        _spans(lex, "operations.missile_strike", text, sent.start, sent.end)
    if any(0 < a - me <= 2 and not text[me:a].strip() for a, _ in weapons):
        return True  # "38 Ukrayna İHA'sının imha edildiğini": the side's own weapons
    if not lex.has("actor_roles.target_outro"):
        return False
    outro = lex.search("actor_roles.target_outro", text, me, min(sent.end, me + 12))
    return outro is not None and not re.sub(r"^['’]\w{1,4}", "", text[me:outro.start()]).strip() and \
        _weapon_after(ctx, outro.end(), sent.end)


_OPEN_QUOTES = "«\"“„"
_CLOSE_QUOTES = "»\"”“"


def _quoted_claim(ctx: Ctx, sent: Sentence) -> bool:
    """Does the sentence open on a quotation that holds the strike word and closes before a claim
    verb ("«Hemos bombardeado nueve posiciones ...», informó el Ejército", "« Nous avons frappé
    ... », a déclaré le porte-parole", "\"We struck ...,\" the military said"): the words of the
    body that speaks after it, its own strike told in the first person (roles._speaking_striker
    names it)?"""
    text, lex = ctx.text, ctx.lex
    lead = text[sent.start:sent.head]
    if not lead[:1] or lead[0] not in _OPEN_QUOTES or any(q in lead[1:] for q in _CLOSE_QUOTES) \
            or not lex.has("claims.verbs"):
        return False
    for verb in lex.finditer("claims.verbs", text, sent.head, sent.end):
        close = max((i for i in range(sent.head, verb.start()) if text[i] in _CLOSE_QUOTES), default=None)
        if close is None:
            continue
        gap = text[close + 1:verb.start()]
        return not re.search(r"[.;:!?]", gap) and len(gap.split()) <= QUOTE_SPEAKER_WORDS
    return False


# the most words between a quotation's end and the claim verb after it (the speaker's name and
# title in languages that name it first: "the Israeli military said")
QUOTE_SPEAKER_WORDS = 5


def _force_without_side(ctx: Ctx, sent: Sentence) -> bool:
    """Does a force named without its side stand before the strike word ("Unsere Truppen haben
    ... beschossen", "Die Einheiten griffen ... an"), so that the military body speaking names
    it (roles._speaking_striker)? Not a kind of target ("Stellungen", "Ziele")."""
    lex, text = ctx.lex, ctx.text
    for key in ("actor_roles.military_names", "actor_roles.forces_nouns"):
        if not lex.has(key):
            continue
        for m in lex.finditer(key, text, sent.start, sent.head):
            if not lex.find_coded("target_types", text, m.start(), m.end()):
                return True
    return False


# A verb-final sentence's speaker opens it within this many words, the name running at most
# this many more words to its comma ("Ukrayna Hava Kuvvetleri Komutanlığı,").
SPEAKER_OPENING_WORDS = 2
SPEAKER_TO_COMMA_WORDS = 2


def opens_reported_sentence(ctx: Ctx, sent: Sentence, a: int, b: int) -> bool:
    """Verb-final languages (Turkish): does the official body at a..b open the sentence as
    the speaker of a reported clause ("Ukrayna Hava Kuvvetleri, Rusya'nın fırlattığı ...
    düşürüldüğünü bildirdi")? It stands among the first words, a comma follows its name, and
    a claim verb ends the sentence."""
    text = ctx.text
    if not ctx.lex.raw.get("meta", {}).get("verb_final") or tokens_between(ctx, sent.start, a) > SPEAKER_OPENING_WORDS:
        return False
    comma = text.find(",", b, sent.end)
    if comma < 0 or re.search(r"[;:.]", text[b:comma]) or tokens_between(ctx, b, comma) > SPEAKER_TO_COMMA_WORDS:
        return False
    verbs = ctx.lex.finditer("claims.verbs", text, comma, sent.end)
    return any(v.start() > comma and not text[v.end():sent.end].strip(" .!\"'’”»\n") for v in verbs)


def opening_voice(ctx: Ctx, sent: Sentence, a: int, b: int) -> bool:
    """Does the side at a..b open a verb-final report as its only voice (opens_reported_sentence)?
    Not when another side or source stands after the report's last comma, right before the claim
    verb: "Rusya, Ukrayna'ya ... saldırdı, Ukrayna Hava Kuvvetleri bildirdi" (the air force
    speaks; Russia struck)."""
    if not opens_reported_sentence(ctx, sent, a, b):
        return False
    text, lex = ctx.text, ctx.lex
    verb = None
    for verb in lex.finditer("claims.verbs", text, b, sent.end):
        pass
    tail = text.rfind(",", b, verb.start()) if verb is not None else -1
    if tail < 0 or tail <= text.find(",", b, sent.end):
        return True
    return not (_spans(lex, "claims.official_sources", text, tail, verb.start()) or
                lex.find_coded("actors", text, tail, verb.start()))


# the words between an undergone light verb and the side that struck ("fue blanco de | un
# bombardeo de la artillería | rusa")
UNDERGONE_AGENT_WORDS = 5


# the words between the strike noun an undergone light verb governs and the side named after
# it, past the weapon ("لقصف | بطائرات مسيرة | تركية")
UNDERGONE_NOUN_AGENT_WORDS = 3


def _undergone_noun_agent(ctx: Ctx, sent: Sentence, head_end: int) -> list:
    """Where a clause opens with its verb, the subject stands between the undergone light verb
    and its strike noun ("تعرضت مواقع لقوات سوريا الديمقراطية في ريف عين العرب لقصف بطائرات
    مسيرة تركية": the sites underwent shelling by Turkish drones): the side named a few words
    after that strike noun, in its clause, struck."""
    if not ctx.lex.raw.get("meta", {}).get("adjectives_follow"):
        return []
    text = ctx.text
    nouns = [n for n in sent.nouns if n[0] >= head_end and not re.search(r"[,،;:.]", text[head_end:n[0]])]
    for _, nb in nouns[:1]:
        return [a for a in sent.actors if a[0] >= nb and tokens_between(ctx, nb, a[0]) <= UNDERGONE_NOUN_AGENT_WORDS
                and not re.search(r"[,،;:.]", text[nb:a[0]])][:1]
    return []


def resumptive_launcher(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Arabic: is the mention at ms the subject right after a launch verb that carries the
    weapon's pronoun (grammar.resumptive_launch_verbs), the relative clause of an indefinite
    weapon named a few words before it ("أسقطت ... طائرة مسيرة مفخخة أطلقها الحوثيون", "اعترضت
    ... صاروخا باليستيا أطلقته جماعة الحوثي")? That side launched the weapon."""
    if not grammar.words("resumptive_launch_verbs", ctx.lex.lang):
        return False
    text = ctx.text
    # (a word may stand between: "أطلقته ميليشيا الحوثي", the militia of the Houthis)
    m = grammar.regex(r"(?<!\w)(?:{resumptive_launch_verbs})\s+(?:\w+\s+)?$", re.IGNORECASE).search(
        text, max(sent.start, ms - 40), ms)
    if m is None:
        return False
    if ctx.lex.has("triggers.strike_verbs") and _spans(ctx.lex, "triggers.strike_verbs", text, m.end(), sent.end):
        # (a sentence that goes on to tell a strike of its own, "... فيما استهدفت قوات التحالف
        # موقع الإطلاق", keeps its striker: the sentence has one set of fields)
        return False
    weapons = [w for k in ("operations.drone_strike", "operations.missile_strike", "operations.artillery")
               if ctx.lex.has(k) for w in _spans(ctx.lex, k, text, sent.start, m.start())]
    return any(we <= m.start() and tokens_between(ctx, we, m.start()) <= RESUMPTIVE_WEAPON_WORDS and
               not re.search(r"[,،;:.]", text[we:m.start()]) for _, we in weapons)


# The most words (adjectives: "مفخخة", "باليستيا") between a weapon and the launch verb that
# carries its pronoun (resumptive_launcher)
RESUMPTIVE_WEAPON_WORDS = 2


def owner_of_striking_weapon(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Arabic: does the mention at ms follow a "belonging to" word (grammar.affiliation_words)
    that follows the weapon or aircraft right after the strike verb opening the clause ("شن
    سلاح الجو التابع للجيش السوداني غارات"), or opening the clause before its strike verb
    ("مسيّرات تابعة للجيش السوداني قصفت")? The side the striking weapon belongs to struck."""
    lex, text = ctx.lex, ctx.text
    if not grammar.words("affiliation_words", lex.lang):
        return False
    aff = grammar.regex(r"(?<!\w)(?:{affiliation_words})\s+$", re.IGNORECASE).search(text, max(sent.start, ms - 20), ms)
    if aff is None:
        return False
    weapons = _weapon_spans(lex, text, sent.start, aff.start())
    # (one adjective may stand between: "والطيران المُسيّر التابعان", never a target: "قصفت
    # الطائرات مواقع تابعة للجيش" names the sites' owner)
    weapon = next((w for w in sorted(weapons, key=lambda w: -w[1])
                   if len(text[w[1]:aff.start()].split()) <= 1), None)
    if weapon is None or re.search(r"[,،;:.]", text[weapon[1]:aff.start()]) or \
            lex.find_coded("target_types", text, weapon[1], aff.start()) or \
            (lex.has("counts.targets") and lex.search("counts.targets", text, weapon[1], aff.start())):
        return False
    head = next((t for t in sent.triggers if t[0] == sent.head), None)
    if head is None:
        return False
    clause = clause_at(ctx, sent.start, sent.end, head[0])
    run = min(w[0] for w in weapons if w[1] <= aff.start() and w[0] >= min(head[1], clause.start))  \
        if any(w[1] <= aff.start() and w[0] >= min(head[1], clause.start) for w in weapons) else weapon[0]
    if head[1] <= run:
        # verb first: only the verb's clitics, nothing else, between the verb and the weapon
        # (the verb's own diacritics may follow its match: "شنَّ"); and the weapon before the
        # owner is that weapon's own run, not a weapon word of what was hit further on ("قصفت
        # طائرات إسرائيلية ... بطاريات دفاع جوي تابعة للجيش السوري": the batteries' owner)
        first = next(w for w in sorted(weapons) if w[0] == run)
        if len(text[first[1]:weapon[0]].split()) > 1:
            return False
        return not re.sub(r"[\u064b-\u0652]", "", text[head[1]:run]).strip() and \
            clause_at(ctx, sent.start, sent.end, ms).unit == clause.unit
    # subject first: the weapon opens the clause, the strike verb after the owner
    return ms < head[0] and not text[clause.start:run].strip(" ,،;:\"'«“”»–—-") and \
        not re.search(r"[,،;:.]", text[ms:head[0]])


def _adjective_pair(text: str, first: tuple, second: tuple, lang: str | None) -> bool:
    """Are two sides' adjectives written side by side, each a nisba with its article, on one
    noun ("الطيران الأمريكي البريطاني": the American-British aviation)? Two sides, joined
    without a coordinator; a state noun before an adjective ("طيران النظام السعودي") is not."""
    def nisba(w: str) -> bool:   # (triggers._state_adjective: one word, the article, ي/ية)
        return " " not in w and any(w.startswith(a) for a in grammar.words("article_prefixes", lang)) and \
            (w.endswith("ي") or w.endswith("ية"))
    return nisba(text[first[0]:first[1]].strip()) and nisba(text[second[0]:second[1]].strip()) and \
        not text[first[1]:second[0]].strip()


def _complementizer_before(ctx: Ctx, sent: Sentence, pos: int) -> int | None:
    """The start of the complementizer (claims.complementizers: "إن", "أن", "بأن") that stands
    right before the strike noun at pos, opening the reported clause it heads; None otherwise."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("claims.complementizers") or not any(a == pos for a, _ in sent.nouns):
        return None
    hits = [(a, b) for a, b in _spans(lex, "claims.complementizers", text, max(sent.start, pos - 12), pos)
            if not text[b:pos].strip(" \t\"“«'")]   # (an opening quote may stand between)
    return hits[-1][0] if hits else None


def choose_actors(ctx: Ctx, sent: Sentence) -> list[tuple[int, int, str]]:
    """The striker(s) of a strike sentence: the agent of a passive strike, else the mention
    before the trigger, and a second one coordinated with it ("Russian and Syrian aircraft")."""
    if sent.named_striker:
        return list(sent.named_striker)   # "сообщила о ракетной атаке Ирана": the noun's own striker
    if not sent.actors:
        if sent.passive and sent.interception:
            # the owner opening a verb-final report of weapons shot down ("Ukrayna'ya ait 114
            # İHA'nın, hava savunma sistemleri tarafından yok edildiği"), read first as its voice
            return [a for a in sent.military_actors if _owner_before_weapon(ctx, sent, a[1])][:1]
        return _speaking_striker(ctx, sent) if sent.passive or _force_without_side(ctx, sent) or \
            _quoted_claim(ctx, sent) else []
    first_trig = predicate_head(ctx, sent)
    agents = [a for a in sent.actors if _is_agent(ctx, sent, a[0]) or
              (sent.passive and a[0] < first_trig and agent_before_postposition(ctx, a[1], first_trig)) or
              (sent.passive and a[0] < first_trig and instrumental_agent(ctx, a[0], a[1], first_trig)) or
              (sent.passive and agent_of_later_verb(ctx, sent, a[0], a[1]))]
    if agents:
        # "Israeli jets struck Tyre after a drone attack by Hezbollah", "In response to rocket
        # fire by Hezbollah, ...": the agent of a strike noun in a side clause or in the
        # phrase naming what the strike answered is that other attack's, not the predicate's
        own = [a for a in agents if not _other_attack_agent(ctx, sent, a[0], first_trig)]
        if len(own) < len(agents) and (own or any(
                a[0] < first_trig and not _other_attack_agent(ctx, sent, a[0], first_trig)
                for a in sent.actors)):
            agents = own
    before = [a for a in sent.actors if a[0] < first_trig]
    before += [a for a in sent.actors if a[0] > first_trig and _subject_after_verb(ctx, sent, a[0])]
    # "Ces raids répondent aux tirs ... d'Israël : le Jihad islamique avait revendiqué ...": the
    # subject of the trigger's own clause
    labelled = [a for a in before if re.search(r"[:;]", ctx.text[a[1]:first_trig])]
    before = [a for a in before if a not in labelled] or before
    if labelled and len(labelled) == len(before):
        # "أوكرانيا: مقتل 3 في هجوم صاروخي روسي على خاركيف" (Ukraine: 3 killed in a Russian
        # missile attack): a label before a colon names where or who speaks; a side's
        # adjective on the strike noun after it is the striker
        own = [a for a in sent.actors if a[0] > first_trig and _modifies_strike_noun(ctx, sent, a[0], a[1])]
        if own:
            before = own
    comp = _complementizer_before(ctx, sent, first_trig)
    if before and comp is not None and all(a[1] <= comp for a in before):
        # "قال مسؤول عراقي إن قصفا مدفعيا تركيا استهدف قرية", "ذكرت مصادر كردية أن قصفا إيرانيا
        # ...": the reported clause opens with its strike noun and a side's adjective on it;
        # the speaker before the complementizer reports, the adjective names who struck
        own = [a for a in sent.actors if a[0] > first_trig and _modifies_strike_noun(ctx, sent, a[0], a[1])]
        if own:
            before = own[:1]
    before = _outside_reaction(ctx, sent, before, first_trig)
    # the phrase naming what the strike answered: a side named there struck before, not here
    # (unless that phrase reports the earlier strike with a verb of its own: "en réponse aux
    # frappes israéliennes qui ont touché lundi le port de Hodeïdah")
    answered = [(x, y) for x, y in (_reaction_clauses(ctx.text, ctx.lex, sent.start, sent.end) if sent.passive else [])
                if not any(ctx.lex.has(k) and ctx.lex.search(k, ctx.text, x, y)
                           for k in ("triggers.strike_verbs", "triggers.impact_verbs"))]
    if not agents and sent.passive:
        # "were killed in Indian strikes", "tués dans des frappes israéliennes": no agent
        # phrase, but the strike noun itself says whose strikes they were
        agents = [a for a in sent.actors if _modifies_strike_noun(ctx, sent, a[0], a[1]) and
                  not any(x <= a[0] < y for x, y in answered)]
        # "21 drones de las Fuerzas Armadas de Ucrania han sido derribados y destruidos", "dos
        # soldados murieron en un ataque con drones de Hezbolá": the owner of the weapons
        agents += [a for a in sent.actors if a not in agents and _owner_after_weapon(ctx, sent, a[0])]
        if sent.interception:
            # "Ukrayna'ya ait 27 insansız hava aracının imha edildiğini": the side the weapons
            # belonged to (the owner's postposition before them) launched them
            agents += [a for a in sent.actors if a not in agents and _owner_before_weapon(ctx, sent, a[1])]
    if not agents and sent.passive:
        # "tués par une frappe aérienne de la Russie": the strike noun's genitive is its striker
        # (not a strike noun's in the phrase naming what the strike answered: "удар був
        # завданий у відповідь на атаки України" answers Ukraine's attacks, it is not one)
        agents = [a for a in sent.actors if _genitive_of_strike_noun(ctx, sent, a[0]) and
                  not any(x <= a[0] < y for x, y in answered)]
    if not agents and sent.passive:
        # "загинули внаслідок авіаударів, яких завдала російська авіація": the subject of a
        # relative clause on the strike noun, named after that clause's verb, struck
        agents = [a for a in sent.actors if _relative_subject_of_strike_noun(ctx, sent, a[0])]
    if not agents and sent.undergone:
        # "La ciudad quedó bajo el fuego de la artillería rusa", "fue blanco de un bombardeo
        # ruso": the subject underwent what the light verb names; the side named in the phrase
        # right after the light verb, in its clause, struck
        head_end = next((b for a, b in sent.triggers if a == first_trig), first_trig)
        agents = [a for a in sent.actors if a[0] >= head_end and
                  tokens_between(ctx, head_end, a[0]) <= UNDERGONE_AGENT_WORDS and
                  not re.search(r"[,;:]", ctx.text[head_end:a[0]])][:1]
        if not agents:
            agents = _undergone_noun_agent(ctx, sent, head_end)
    if not agents and not sent.passive:
        # "أعلن حزب الله مقتل 3 من عناصره في غارة إسرائيلية": the side announcing its dead
        # speaks; the side whose strike they died in struck
        agents = _losses_in_strike_of(ctx, sent, first_trig)
    if agents:
        pool = agents
    elif sent.passive:
        return _speaking_striker(ctx, sent)
    else:
        # (where the verb comes last, the owner of its object stands before it too: "İsrail
        # hava savunma sistemlerini aştığını"; a subject after the verb is left as it is)
        if before:
            kept = _outside_object_phrase(ctx, sent, [c for c in before if c[0] < first_trig], first_trig)
            before = [c for c in before if c in kept or c[0] >= first_trig]
        pool = before or _outside_object_phrase(ctx, sent, sent.actors, first_trig)
        if not before:
            pool = _in_strike_clause(ctx, sent, pool)
        bound = _in_predicate_clause(ctx, sent, pool)
        if before and bound is not pool:
            before = bound
        pool = bound
        # "Corea del Norte disparó ... después de que el presidente estadounidense aprobara":
        # a side named only in a side clause that holds no strike word is background
        answered = _reaction_clauses(ctx.text, ctx.lex, sent.start, sent.end)
        # "Seri, düzenlenen operasyonun gerekçesini Tel Aviv yönetiminin ... saldırılarına
        # misilleme olarak gösterdi": a participle on a noun heads no clause, so the phrase of
        # what was answered does not hold the sentence's predicate
        head_end = next((b for a, b in sent.triggers if a == sent.head), None)
        attributive = head_end is not None and _attributive_participle(ctx, head_end)
        kept = [c for c in pool if not _background_mention(ctx, sent, c[0]) and
                not any(x <= c[0] < y and (attributive or not x <= sent.head < y) for x, y in answered)]
        if not kept:
            return []
        if len(kept) < len(pool):
            if pool is before:
                before = kept
            pool = kept
    if pool is not agents:
        # "la muerte de dos milicianos en dos ataques que Israel ha perpetrado": the side between
        # the relative word after the strike noun and the clause's verb carried the strikes out
        rel = [c for c in sent.actors if _subject_of_noun_relative(ctx, sent, c[0], c[1], first_trig)]
        if rel:
            # a group named before the strike noun is then whose fighters or assets were hit
            sent.targets.extend(c for c in before if c[2] in ORGS and c[0] < rel[0][0] and
                                c[2] != rel[0][2] and c not in sent.targets)
            pool = before = rel[:1]
    best = pool[0]
    if pool is before and len(before) > 1:
        best = _subject_after_fronted_aux(ctx, sent, before, first_trig) or best
    if pool is before and len(before) > 1:
        # "the US military said the coalition struck": the subject of the reported clause,
        # not the one reporting it
        speaker_first = ctx.lex.search("claims.verbs", ctx.text, max(sent.start, best[0] - 15), best[0])
        for cand in before[1:]:
            # "... said the coalition struck", or verb first: "قال الجيش الأمريكي إن القوات ..."
            if speaker_first or _reports_between(ctx, best[1], cand[0]) or \
                    _genitive_after_speaker(ctx, sent, best, cand) or _fronted_source(ctx, sent, best, cand):
                best = cand
                break
    out = [best]
    for other in pool:
        if other is best or other[2] == best[2]:
            continue
        lo, hi = sorted([other, best])[0], sorted([other, best])[1]
        between = ctx.text[lo[1]:hi[0]].strip().lower()
        if between in grammar.words("coordinators"):
            out.append(other)
        elif not between and ctx.text[hi[0]:hi[0] + 1] in grammar.bare("conjunction_clitics"):
            out.append(other)  # "الولايات المتحدة وبريطانيا": the coordinator written on the name
        elif not between and _adjective_pair(ctx.text, lo, hi, ctx.lex.lang):
            out.append(other)  # "الطيران الأمريكي البريطاني": two sides' adjectives on one noun
        elif pool is before and hi[1] <= first_trig and \
                grammar.regex(_NEXT_SUBJECT, re.IGNORECASE).fullmatch(ctx.text, lo[1], hi[0]):
            out.append(other)  # "Les États-Unis et le Royaume-Uni ont frappé": the article again
        elif pool is agents and grammar.regex(_NEXT_AGENT, re.IGNORECASE).fullmatch(ctx.text, lo[1], hi[0]):
            out.append(other)  # "une opération conjointe de l'armée tchadienne et de l'armée nigérienne"
        elif between == "," and pool is before and hi[1] <= first_trig and \
                not opens_reported_sentence(ctx, sent, lo[0], lo[1]) and \
                not re.search(r"[,;:()]", ctx.text[hi[1]:first_trig]) and \
                tokens_between(ctx, hi[1], first_trig) <= HEADLINE_LIST_GAP_WORDS and \
                not _fronted_source(ctx, sent, lo, hi):
            out.append(other)  # a headline's list, "US, Britain strike Houthi sites"
    # "der syrischen Luftwaffe und ihrer russischen Verbündeten": the ally named after it
    out += [other for other in sent.actors if other[0] > best[0] and other[2] != best[2] and
            other not in out and allied(ctx, best[1], other[0])]
    return out


def _losses_in_strike_of(ctx: Ctx, sent: Sentence, head: int) -> list[tuple[int, int, str]]:
    """A side that announces deaths in another side's strike: the predicate at head is a
    killing word (counts.killed: "مقتل", "öldüğünü") that the sides named before it only report
    (the speaker of a claim verb: "أعلن حزب الله مقتل 3 من عناصره في غارة إسرائيلية",
    "Hizbullah, bir İsrail hava saldırısında 4 militanının öldüğünü duyurdu"), and another
    side's adjective on the strike noun says in whose strike they died: that side, not the
    speaker, struck. Not an adjective in the phrase naming what a strike answered."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("counts.killed"):
        return []
    killed = [a for a, _ in _spans(lex, "counts.killed", text, sent.start, sent.end)]
    if not any(a <= head < b for a, b in _spans(lex, "counts.killed", text, sent.start, sent.end)):
        # "Harkiv'e düzenlenen Rus füze saldırısında 5 sivilin öldüğünü": a participle on the
        # strike noun before it heads no clause; the killing word after it is the predicate
        later = [t for t in sent.triggers if t[0] in killed]
        if not later or any(not _attributive_participle(ctx, b) for a, b in sent.triggers
                            if a < later[0][0] and (a, b) not in sent.nouns):
            return []
        head = later[0][0]
    answered = _reaction_clauses(text, lex, sent.start, sent.end)
    strikers = [a for a in sent.actors if _modifies_strike_noun(ctx, sent, a[0], a[1]) and
                not any(x <= a[0] < y for x, y in answered)]
    codes = {a[2] for a in strikers}
    speakers = [a for a in sent.actors if a[1] <= head and a[2] not in codes]
    if not strikers or not speakers or len(codes) > 1:
        return []
    # (nor a joint strike, the speaker's side named on the strike noun too: "غارة عراقية أمريكية")
    if any(m[2] in {a[2] for a in speakers} and _modifies_strike_noun(ctx, sent, m[0], m[1]) for m in sent.mentions):
        return []
    if not all(_verb_before_speaker(ctx, a[0]) or _speaks(ctx, a[1], head, a[0]) or
               opening_voice(ctx, sent, a[0], a[1]) or _after_opening_claim_verb(ctx, sent, a[0])
               for a in speakers):
        return []
    # (an armed group announcing its dead announces its own members killed: whose they were)
    sent.targets.extend(a for a in speakers if a[2] in ORGS and a not in sent.targets)
    return strikers[:1]


def _after_opening_claim_verb(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Does a claim verb open the sentence (verb first: "أعلنت وزارة الدفاع الأفغانية ...") with
    the mention at ms in the phrase right after it, no punctuation between?"""
    lex, text = ctx.lex, ctx.text
    verb = lex.search("claims.verbs", text, sent.start, ms)
    return verb is not None and not text[sent.start:verb.start()].strip(" \t\"'«“-—–\n") and \
        not re.search(r"[,،;:.()]", text[verb.end():ms]) and tokens_between(ctx, verb.end(), ms) <= SPEAKER_AFTER_VERB_WORDS


# The most words between the side named in a strike noun's relative clause and the clause's
# verb: an auxiliary ("que Israel ha perpetrado", "que el Ejército ruso había lanzado")
NOUN_RELATIVE_VERB_WORDS = 2


def _subject_of_noun_relative(ctx: Ctx, sent: Sentence, ms: int, me: int, head: int) -> bool:
    """Is the mention (ms to me) the subject of a relative clause opened right after a strike
    noun by a relative word (grammar noun_relatives: "dos ataques que el país hebreo ha
    perpetrado", "los bombardeos que Rusia lanzó"), the sentence's strike verb (at head) right
    after it? That clause says who carried the strikes out; a side named earlier in the
    sentence ("la muerte de dos miembros de Hezbolá como resultado de ...") is what was hit."""
    lang = ctx.lex.lang
    rels = grammar.words("noun_relatives", lang)
    if not rels or me > head:
        return False
    text = ctx.text
    gap = text[me:head]
    if re.search(r"[,;:.()«»\"“”]", gap) or len(gap.split()) > NOUN_RELATIVE_VERB_WORDS:
        return False
    arts = grammar.words("articles", lang)
    for _, b in sent.nouns:
        if b > ms:
            continue
        words = text[b:ms].split()
        if not words or re.search(r"[,;:.()«»\"“”]", text[b:ms]):
            continue
        if fold(words[0]) in rels and all(fold(w) in arts for w in words[1:]):
            return True
    return False


def _force_after(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Does a force or military name (not a kind of target) follow the mention at ms at once
    ("Israels Armee", "die russische Luftwaffe")?"""
    lex, text = ctx.lex, ctx.text
    me = next((b for a, b, _ in lex.find_coded("actors", text, ms, min(sent.end, ms + 60)) if a == ms), None)
    if me is None:
        return False
    force = next((m for k in ("actor_roles.military_names", "actor_roles.forces_nouns")
                  if lex.has(k) for m in [lex.search(k, text, me, min(sent.end, me + 30))]
                  if m is not None and not text[me:m.start()].strip()), None)
    return force is not None and not any(a <= force.start() < b for a, b, _ in
                                         lex.find_coded("target_types", text, force.start(), force.end()))


def _subject_after_fronted_aux(ctx: Ctx, sent: Sentence, before: list, head: int):
    """In a verb-second language, the subject that follows the finite auxiliary when a phrase
    naming another side was fronted before it ("Im Grenzkonflikt mit der Hisbollah hat Israels
    Armee ... angegriffen"): the side in the fronted phrase is no subject; else None."""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("meta", {}).get("verb_second"):
        return None
    perfect = grammar.words("perfect_aux", lex.lang)
    glue = grammar.words("articles", lex.lang)
    first = before[0]
    clause = clause_at(ctx, sent.start, sent.end, first[0])
    if clause.side or not text[clause.start:first[0]].strip() or _force_after(ctx, sent, first[0]):
        return None
    for cand in before[1:]:
        if cand[0] > head or cand[2] == first[2] or clause_at(ctx, sent.start, sent.end, cand[0]).unit != clause.unit:
            continue
        gap = text[first[1]:cand[0]].split()
        if gap and fold(gap[0]) in perfect and all(fold(w) in glue for w in gap[1:]) and len(gap) <= 2 and \
                _force_after(ctx, sent, cand[0]):
            return cand
    return None


def allied(ctx: Ctx, a: int, b: int) -> bool:
    """Do the words from a to b join a side to its ally: at most one noun of the first side,
    a coordinator and a possessive ("Luftwaffe und ihrer", "forces and their")?"""
    if not grammar.words("possessives"):
        return False
    return bool(grammar.regex(_ALLIED, re.IGNORECASE).match(ctx.text[a:b]))


_ALLIED = r"^\s+(?:[^\W\d_][\w-]*\s+)?(?:{coordinators})\s+(?:{possessives})\s+$"


# "US, Britain strike Houthi sites", "US, UK jets hit": a comma joins two strikers only in a
# headline's list right before its verb (at most the means between: "jets", "warplanes").
HEADLINE_LIST_GAP_WORDS = 2


def _speaking_striker(ctx: Ctx, sent: Sentence) -> list[tuple[int, int, str]]:
    """The striker of a passive report with no agent, named only as the military body that
    reports it ("Twelve PKK targets were destroyed, the Turkish defence ministry said"): a
    state's force or ministry speaking, when another side's assets were struck. A shoot-down
    or a side reporting strikes on its own assets ("its base was attacked, the ministry
    said": no other side's target) gives none."""
    if sent.interception:
        return []
    if ctx.lex.raw.get("meta", {}).get("verb_final"):
        # the verb ends the sentence, its speaker opens it: "MSB, ... hava harekâtı
        # düzenlendiğini açıkladı" (the ministry said an air operation was carried out) is the
        # speaker's own strike, unless its own side's assets are what was hit
        opening = [a for a in sent.military_actors if a[0] < sent.head and opens_sentence(ctx, sent, a[0])]
        # (its abbreviation in brackets after its name is the speaker again, not a target:
        # "Türk Silahlı Kuvvetlerinden (TSK) yapılan açıklamada")
        if opening and not any(code == opening[0][2] and not re.fullmatch(r"[\w'’\s]{0,40}\(\s*", ctx.text[opening[0][1]:a])
                               for a, _, code in sent.targets):
            return opening[:1]
    speakers = [a for a in sent.military_actors
                if a[2] not in ORGS and ((a[0] > sent.head and _speaks(ctx, a[1], sent.end, a[0])) or
                                         (a[1] <= sent.head and (_speaks(ctx, a[1], sent.head) or
                                                                 attributed_source(ctx, a[0], a[1]))))]
    if not speakers or not (any(code != speakers[0][2] for _, _, code in sent.targets) or
                            _fighters_killed(ctx, sent) or _performed_by_speaker(ctx, sent, speakers[0]) or
                            _struck_abroad(ctx, sent, speakers[0])):
        return []
    return speakers[:1]


def _performed_by_speaker(ctx: Ctx, sent: Sentence, speaker: tuple) -> bool:
    """Does the passive report the speaker gives say that a strike was performed, its verb a
    performing light verb (triggers.performed_verbs) with a strike noun in its clause ("Die
    türkischen Streitkräfte erklärten, im Norden Iraks sei eine Luftoperation durchgeführt
    worden", "the ministry said airstrikes were carried out")? A side names a strike on itself by
    what was hit ("its base was attacked"), not as an operation carried out; so not when the
    sentence names the speaker's side again (its assets, its territory) or any other side."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("triggers.performed_verbs") or not sent.nouns:
        return False
    head = next(((a, b) for a, b in _spans(lex, "triggers.performed_verbs", text, sent.start, sent.end)
                 if a <= sent.head < b), None)
    if head is None:
        return False
    if any(m[:2] != speaker[:2] for m in sent.mentions):
        return False
    # "a drone attack was carried out on an air base": what was hit, its owner unnamed, may be
    # the speaker's own; only an operation told by where it went ("in northern Iraq") is read
    if any(True for _ in lex.find_coded("target_types", text, sent.start, sent.end)):
        return False
    return any(same_unit(ctx, sent.start, sent.end, a, head[0]) for a, _ in sent.nouns)


def _struck_abroad(ctx: Ctx, sent: Sentence, speaker: tuple[int, int, str]) -> bool:
    """Does the passive report name, as where it happened, a country other than the speaking
    state's own ("An air operation was carried out on northern Iraq, Turkey's defence ministry
    said", "18 targets used by the PKK were destroyed in northern Iraq")? A state's military
    reporting an unattributed strike abroad reports its own; one reporting a strike at home
    (its own assets hit) or only the origin of a launch ("rockets fired from Lebanon") does not."""
    code = speaker[2]
    own = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if own is None or sent.interception:
        return False
    text, lex = ctx.text, ctx.lex
    # an air operation of the speaker's own ("hava harekâtı", "air operation", "opération
    # aérienne"), no drone, missile or rocket of the kind that strikes a state's bases abroad
    # ("the base was attacked by drones, the Pentagon said", "rockets fired from Lebanon")
    if not (lex.has("operations.airstrike") and _spans(lex, "operations.airstrike", text, sent.start, sent.end)):
        return False
    if any(lex.has(k) and _spans(lex, k, text, sent.start, sent.end)
           for k in ("operations.drone_strike", "operations.missile_strike", "operations.artillery")):
        return False
    origins = _spans(lex, "places.origin_preps", text, sent.start, sent.end) if lex.has("places.origin_preps") else []
    for c in _countries(ctx, text[sent.start:sent.end]):
        a, b = sent.start + c.start, sent.start + c.end
        if c.alpha2 == own.alpha_2 or (a < speaker[1] and speaker[0] < b):
            continue
        if any(y <= a and not text[y:a].strip() for _, y in origins):
            continue   # "from Lebanon": where the launch came from
        if any(x < b and a < y for x, y, _ in sent.mentions):
            continue   # a side's name, not the place ("Iranian-backed", "the Syrian army")
        return True
    return False


def attributed_source(ctx: Ctx, ms: int, me: int) -> bool:
    """Is the mention the official body of an attribution phrase ("nach Angaben des türkischen
    Militärs", "laut der russischen Armee"): the attribution, an article at most, the side, and
    an official source noun right after it or ending it?"""
    lex, text = ctx.lex, ctx.text
    if not lex.has("claims.attributions"):
        return False
    glue = grammar.bare("articles", "")
    if not any(b <= ms and ms - b <= 12 and all(w.lower() in glue for w in text[b:ms].split())
               for _, b in _spans(lex, "claims.attributions", text, max(0, ms - 40), ms)):
        return False
    officials = _spans(lex, "claims.official_sources", text, ms, min(len(text), me + 30))
    return any((a >= me and not text[me:a].strip()) or (ms < a and b == me) for a, b in officials)


def _fighters_killed(ctx: Ctx, sent: Sentence) -> bool:
    """Does the passive report name fighters (not soldiers, not civilians) as those the strike
    killed ("Bei einem Luftangriff sind mehrere Anführer der Terrororganisation getötet worden,
    teilte das Militär mit")? A military reporting enemy fighters killed reports its own strike,
    the fighters' side named or not."""
    lex, text, s, e = ctx.lex, ctx.text, sent.start, sent.end
    if not (sent.toll or sent.passive) or not lex.has("counts.combatants") or not lex.has("counts.killed"):
        return False
    names = [(a, b) for a, b, _ in sent.mentions]
    fighters = [m for m in lex.finditer("counts.combatants", text, s, e)
                if not any(a <= m.start() < b for a, b in names)]
    if not fighters:
        return False
    # killed, or put out of action by an impact verb ("de nombreux terroristes ont été
    # neutralisés", "militants were neutralised"): the enemy's fighters either way
    verbs = [m.start() for m in lex.finditer("counts.killed", text, s, e)]
    verbs += [a for a, _ in _spans(lex, "triggers.impact_verbs", text, s, e)] if lex.has("triggers.impact_verbs") else []
    return any(v > fighters[0].start() for v in verbs)


# The sentences before a report that may be its lead, counting the fighters it hit
LEAD_SENTENCES = 2


def document_target_group(ctx: Ctx, d: Draft, sents: list) -> tuple[str | None, list[int] | None]:
    """No group named in the event's own sentences: the one armed group the document names
    as struck anywhere ("Israeli jets hit Sanaa airport. ... It is Israel's second strike on
    Houthi sites in Yemen"), when it names no other as struck and the group is no striker of
    its own report in it. Not from a sentence where another side strikes ("Israel replied
    with strikes on Hezbollah positions" in a report of Iran's), nor from a threat, a denial
    or a history."""
    if d.cumulative:
        return None, None  # a running total's group is named beside it, or not at all
    strikers = {code for s in sents if s.strike and not s.suppressed for _, _, code in s.actors}
    # the partners named striking with the actor ("an operation of the Nigerian and Niger air forces")
    partners = {code for s in d.sentences for _, _, code in s.actors} | {d.actor}
    own = [s.index for s in d.sentences]
    others = {s.index for s in sents if s.strike and not s.suppressed and
              any(code not in partners for _, _, code in s.actors)}

    def reached(s) -> bool:
        # no other side's strike report between the sentence and the event's nearest one
        near = min(own, key=lambda i: abs(i - s.index))
        lo, hi = sorted((near, s.index))
        return not any(lo <= i <= hi for i in others)

    found = [(ms, me, code) for s in sents if not s.suppressed and reached(s)
             for ms, me, code in s.targets
             if code in ORGS and code != d.actor and code not in strikers]
    if not found and own:
        # a lead just before the report, with no strike word of its own, counts the fighters
        # hit ("Turkish forces neutralised 16 PKK terrorists ... The terrorists were neutralised
        # in an air operation")
        found = [(ms, me, code) for s in sents if own[0] - LEAD_SENTENCES <= s.index < own[0] and
                 not s.suppressed and not s.strike
                 for ms, me, code in s.mentions
                 if code in ORGS and code != d.actor and not _affiliation(ctx, ms) and
                 _names_its_fighters(ctx, s, me)]
    if len({code for _, _, code in found}) != 1:
        return None, None
    ms, me, code = found[0]
    return code, [ms, me]


# Kinds of target that are a side's military assets (not homes, roads or power lines).
MILITARY_KINDS = frozenset({"air_defense", "ammunition_depot", "command_post", "fighting_position",
                            "fuel_depot", "launcher", "personnel", "training_camp", "weapons_depot",
                            "armored_vehicle", "artillery_position", "aircraft", "airfield", "vessel",
                            "oil_facility"})


def adversary_target_group(ctx: Ctx, actor: str, country: str | None, kinds) -> str | None:
    """No group named as struck: in a war of two sides (common.toml [adversaries]: Russia
    and Ukraine), military assets the actor hit on either side's soil are its adversary's
    ("завдали ракетного удару по військовому аеродрому", "вразили склад боєприпасів")."""
    if not ctx.lex.raw.get("meta", {}).get("adversary_assets"):
        return None  # a reading of the language's references (uk.toml [meta])
    if ctx.common is None or country is None or not (set(kinds) & MILITARY_KINDS):
        return None
    enemies = ctx.common.raw.get("adversaries", {}).get(actor) or []
    if len(enemies) != 1:
        return None
    import pycountry
    sides = {getattr(pycountry.countries.get(alpha_3=c), "alpha_2", None) for c in (actor, enemies[0])}
    return enemies[0] if country in sides else None


def host_state_target_group(ctx: Ctx, d: Draft, country: str | None, admin1) -> str | None:
    """No group named as struck: an armed group's strike on the soil of a state other than the
    country it is based in (data/actors.toml based_in) hit that state ("استهداف مطار أبها":
    Saudi Arabia's; Hezbollah rockets on a barracks in northern Israel: Israel's). Only where a
    unit of that state was struck (a country read from a mere mention, "دعماً لشعبنا في قطاع
    غزة", says no soil); never the state whose air defence downed the weapons (it defended, as
    find_target_group reads it). A reading of the language's references (lexicon meta
    host_state_assets)."""
    if not ctx.lex.raw.get("meta", {}).get("host_state_assets") or country is None or \
            not any(str(code).startswith(country + "-") for code in admin1):
        return None
    from .actors import based_in
    home = based_in().get(d.actor)
    if home is None or home == country:
        return None
    import pycountry
    state = pycountry.countries.get(alpha_2=country)
    if state is None or state.alpha_3 in set().union(*(sent.defenders for sent in d.sentences)):
        return None
    return state.alpha_3
