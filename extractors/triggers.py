"""Whether: strike predicates, their senses and modality, sentence by sentence."""
from __future__ import annotations

import re
from functools import lru_cache

from . import grammar
from .forms import fold
from .document import Ctx, MILITARY_CODES, ORGS, Sentence, _GLUE, _admin1, _countries, clock_zones, _locality_nouns, _near, _prev_words, _spans, attribute_agents, patron_named
from .numbers import parse_number
from .dates import _reaction_clauses
from .platforms import platform_hits, platform_operation, predicate_negations
from .clauses import clause_at, cue_after_fighters, cue_on_fighters, tokens_after, tokens_before, tokens_between
from .roles import OWNER_GENITIVE_GAP, attributed_source, body_of_state_speaks, agent_before_postposition, agent_of_later_verb, state_place_after, _attributive_participle, instrumental_agent, _agentive_end, _possessor_noun_after, allied, name_case, opens_sentence, bracket_passive, predicate_head, _force_subject_before, _owner_after_weapon, _relative_subject_of_strike_noun, _subject_after_verb, _verb_first_subject, _affiliation, _after_strike, _agent_of_other, _clause_initial, _date_word, _is_agent, _is_partner, _is_passive, _modifies_strike_noun, _reduced_passive, _speaks, _weapon_after, _weapon_before, _whose_assets, _adjective_pair, owner_of_striking_weapon, resumptive_launcher, _owner_link, _owner_link_before, opening_state_subject

# At most this many characters between "since" and the year of the day it names ("since Aug.
# 8, 2014", "с 30 сентября 2015 года"), or between a year and a "since" written after it.
SINCE_YEAR_GAP = 30
# the accuser and the accused follow an accusation verb within this many words
ACCUSED_WORDS = 4


def _names_beside(text: str, a: int, b: int, mentions) -> bool:
    """Does a coded side stand right before or after the words a..b, with only a space between
    ("ocupantes | rusos", "Russian | occupiers")?"""
    return any(text[b:ma].strip() == "" and 0 <= ma - b <= 1 or text[mb:a].strip() == "" and 0 <= a - mb <= 1
               for ma, mb, _ in mentions)

def _names_a_month(words: str, months: dict) -> bool:
    return any(w.lower().rstrip(".") in months for w in re.findall(r"[^\W\d_]+\.?", words))


# a range joiner and the day or month of the range's other end, right after a year
RANGE_END_CHARS = 25


def _opens_a_range(lex, text: str, pos: int, end: int, months: dict) -> bool:
    """Does a date range go on after the year ending at pos ("27 December 2025 to 2 February",
    "من 27 ديسمبر 2025 إلى 2 فبراير")? Then the year dates the start of the period reported,
    as a year after "since" does, and is no history."""
    joiners = lex.raw.get("dates", {}).get("range_joiners", [])
    if not joiners:
        return False
    alt = "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True))
    m = re.match(r"\s*(?:[-–—]|(?:" + alt + r")(?!\w)|(?:" + alt + r")(?=\d))\s*", text[pos:end])
    if not m:
        return False
    rest = text[pos + m.end():min(end, pos + m.end() + RANGE_END_CHARS)]
    return bool(re.match(r"\d{1,2}(?!\d)", rest)) or _names_a_month(rest.split(" ")[0] if rest else "", months)


def _group_head_after(ctx: Ctx, me: int, e: int) -> bool:
    """Does a noun for an armed group follow the compound ending at me within three words
    ("-backed militant group", "-backed militias": grammar.group_heads, actor_roles.group_nouns)?"""
    heads = grammar.words("group_heads", ctx.lex.lang)
    words = re.findall(r"[\w'’]+", ctx.text[me:min(e, me + 60)])[1:4]   # past the participle
    if any(w.lower() in heads for w in words):
        return True
    lex = ctx.lex
    return lex.has("actor_roles.group_nouns") and any(
        lex.pat("actor_roles.group_nouns").match(ctx.text, m.start())
        for m in re.finditer(r"(?<=\s)[\w'’]+", ctx.text[:min(e, me + 60)]) if m.start() > me)


# Between a sequel verb and the link word that makes it one ("surviennent trois jours après"), at
# most this many words.
SEQUEL_LINK_WORDS = 4


def _sequel_of_report(ctx: Ctx, sent: Sentence, nouns: list, mentions: list) -> bool:
    """Does the sentence restate the report by a strike noun as its subject, before any side is
    named, and link it by a sequel verb ("font suite à", "surviennent ... après") to what came
    before? What it tells after the link is the earlier happening the strikes followed."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("cues.sequel"):
        return False
    for m in lex.finditer("cues.sequel", text, sent.start, sent.end):
        if not (any(b <= m.start() for _, b in nouns) or _sequel_subject(ctx, sent, m.start())) or \
                any(ms < m.start() for ms, _, _ in mentions):
            continue
        if re.search(r"[,;:]", text[sent.start:m.start()]):
            continue  # the restated subject opens the sentence: no clause before the verb
        if not lex.has("cues.sequel_links"):
            return True
        link = lex.search("cues.sequel_links", text, m.start(), sent.end)
        if link is not None and link.start() - m.start() <= 200 and \
                tokens_between(ctx, m.start(), link.start()) <= SEQUEL_LINK_WORDS + 1 and \
                not _earlier_strike_named(ctx, sent, nouns, mentions, link.end()):
            return True
    return False


# After the link, the earlier strike named as a noun phrase with its side's name before the
# strike noun, within this many words ("a day after a US drone strike, which ...").
EARLIER_STRIKE_NP_WORDS = 3


def _earlier_strike_named(ctx: Ctx, sent: Sentence, nouns: list, mentions: list, after: int) -> bool:
    """Does the link at ``after`` lead straight into another side's strike named as a noun
    phrase, its side before the strike noun ("The bombings came a day after a US drone strike,
    which was targeting three compounds ...")? That strike is reported in its own right (its
    side, its target), not only recalled; the sentence stays a report of it."""
    nxt = min((t for t in list(sent.triggers) + list(nouns) if t[0] >= after), default=None)
    if nxt is None or nxt not in set(nouns) or tokens_between(ctx, after, nxt[0]) > EARLIER_STRIKE_NP_WORDS:
        return False
    return any(after <= ms and me <= nxt[0] for ms, me, _ in mentions)


def _sequel_subject(ctx: Ctx, sent: Sentence, verb: int) -> bool:
    """Does a demonstrative standing for the report open the sentence right before the sequel
    verb at ``verb`` ("This came two days after ...", "Dies geschah, nachdem ...", "Это
    произошло после того, как ...")?"""
    lex, text = ctx.lex, ctx.text
    if not lex.has("cues.sequel_subjects"):
        return False
    lead = re.match(r"[\s\"'“”«»„]*", text[sent.start:verb])
    m = lex.pat("cues.sequel_subjects").match(text, sent.start + lead.end())
    return m is not None and m.end() <= verb and not text[m.end():verb].strip()


# The most words between a group in the genitive and a nominalised verb of its own ("Hamas'ın
# ateşkesi ihlal ettiğini") (_genitive_group_owner)
OWN_VERB_WORDS = 3


def _genitive_group_owner(ctx: Ctx, sent: Sentence, me: int) -> bool:
    """In a verb-final language, is the strike word after a group named in the genitive one that
    cannot take it as subject: a finite verb ("Hizbullah'ın ... komutanını vurarak öldürdü"), an
    attributive or passive participle ("Hizbullah'ın ... yetkililere düzenlenen suikastlar",
    "Hamas'ın ... komutanının öldürüldüğünü"), an infinitive ("Hizbullah'ın altyapısına
    saldırmaya devam")? Only an active nominalised verb ("Hamas'ın roket attığını",
    grammar.nominal_subject_stems) has its subject in the genitive; with none, the group owns
    the possessed noun after it, what was hit. No strike word after it: no owner read."""
    stems = grammar.words("nominal_subject_stems", ctx.lex.lang)
    if not stems:
        return False
    later = [t for t in sent.triggers if t[0] >= me]
    if not later:
        return False
    text = ctx.text
    # "Hamas'ın ateşkesi ihlal ettiğini öne sürerek ... saldırmaya başlayan İsrail": an active
    # nominalised verb of its own before the strike word takes the genitive as its subject
    for w in re.findall(r"[\w'’]+", text[me:later[0][0]])[1:1 + OWN_VERB_WORDS]:
        word = fold(w, ctx.lex.lang)
        if any(x in word for x in stems) and not _passive_word(ctx, word):
            return False
    for a, b in later:
        rest = re.match(r"[\w'’]*", text[b:b + 20])
        word = fold(re.split(r"\s+", text[a:b + (rest.end() if rest else 0)])[-1], ctx.lex.lang)
        if any(x in word for x in stems) and not _passive_word(ctx, word):
            return False
    return True


def _passive_word(ctx: Ctx, word: str) -> bool:
    """Does the Turkish-style verb word carry a passive ending (grammar.passive_endings)?"""
    return any(x in word for x in grammar.words("passive_endings", ctx.lex.lang))


def _direction_of_state(ctx: Ctx, me: int) -> bool:
    """Is the word after a state's genitive a direction noun (grammar.direction_stems:
    "İsrail'in kuzeyindeki", "Irak'ın güneyine")? The state's part is a place."""
    stems = grammar.words("direction_stems", ctx.lex.lang)
    if not stems:
        return False
    nxt = re.match(r"[\w'’]*\s+([\w'’]+)", ctx.text[me:me + 40])
    # (a capitalised one opens a name: "Türk savaş uçaklarının Kuzey Irak'taki ...")
    return nxt is not None and nxt.group(1)[:1].islower() and \
        any(fold(nxt.group(1), ctx.lex.lang).startswith(x) for x in stems)


def _subjunctive_strike(ctx: Ctx, sent: Sentence) -> bool:
    """Is every strike word of the sentence a verb with the subjunctive particle right before or
    after it (grammar.subjunctive_particles: "Удар ракетой такой мощности уничтожил бы весь
    рынок", "якби росіяни вдарили б"): what would have happened, no strike reported?"""
    particles = grammar.words("subjunctive_particles", ctx.lex.lang)
    if not particles or not sent.triggers:
        return False
    text = ctx.text

    def marked(a: int, b: int) -> bool:
        after = re.match(r"\s+([\w'’ʼ]+)", text[b:min(sent.end, b + 20)])
        before = re.findall(r"[\w'’ʼ]+", text[max(sent.start, a - 20):a])
        return (after is not None and fold(after.group(1)) in particles) or \
            (bool(before) and fold(before[-1]) in particles)

    return all(marked(a, b) for a, b in sent.triggers)


def _conditional_strike(ctx: Ctx, sent: Sentence) -> bool:
    """In a language whose verb closes its clause (Turkish), is the sentence's first strike
    word in the conditional: its verb ending in the conditional (grammar conditional_endings:
    "saldırırsa", "başlatırsa": if it attacks), or a threat cue one or two words after it
    ("saldırması durumunda", "saldırıya geçmesi halinde": in case it attacks; "saldırı
    tehdidi": the threat of an attack)? The condition follows the strike word it governs, so
    the sentence-wide threat cues, which must come before it, miss it."""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("meta", {}).get("verb_final"):
        return False
    a, b = sent.triggers[0]
    rest = re.match(r"[\w'’]*", text[b:b + 30])
    word_end = b + (rest.end() if rest else 0)
    word = fold(re.split(r"\s+", text[a:word_end])[-1], lex.lang)
    endings = grammar.words("conditional_endings", lex.lang)
    if any(word.endswith(x) for x in endings):
        return True
    if not lex.has("cues.threat"):
        return False
    nxt = re.match(r"((?:\s+[^\W\d][\w'’]*){1,2})", text[word_end:min(sent.end, word_end + 60)])
    if nxt is None:
        return False
    if any(fold(w, lex.lang).endswith(tuple(endings)) for w in nxt.group(1).split()) and endings:
        # "roket atışları sürerse", "saldırılar devam ederse": the strike word is the subject
        # of a verb in the conditional, one or two words after it (if the fire goes on)
        return True
    pat = lex.pat("cues.threat")
    for w in nxt.group(1).split():
        m = pat.match(w)
        if m is not None and m.end() == len(w):
            return True
    # a two-word cue right after it ("başlatmaya hazır olduğunu": ready to launch)
    first = word_end + len(nxt.group(1)) - len(nxt.group(1).lstrip())
    m = pat.match(text, first)
    return m is not None and m.end() <= word_end + nxt.end() and " " in text[m.start():m.end()].strip()


# "destroyed six military targets": the counted generic target noun stands this many words
# after the impact verb at most
IMPACT_OBJECT_WORDS = 3


def _body_named_before(ctx: Ctx, milnames: list, ms: int) -> bool:
    """Does a military body's name end right before the side's name, only a linker and an
    article between ("министерство национальной обороны Турции", "Міністерство національної
    оборони Туреччини", "el Ministerio de Defensa Nacional de Turquía")? The state is the
    body's own, however long the body's name (the start-based window misses the long ones)."""
    glue = grammar.regex(r"\s+(?:(?:{linkers})\s+(?:(?:{articles})\s+)?)?", re.IGNORECASE) \
        if grammar.words("linkers", ctx.lex.lang) else re.compile(r"\s+")
    return any(b <= ms and ms - b <= 12 and glue.fullmatch(ctx.text, b, ms) for _, b in milnames)


# The most words between an active participle and the side it qualifies ("hedef alan
# Yemen'deki Husi güçleri": a place's relative adjective between)
PARTICIPLE_SUBJECT_WORDS = 2


def _active_participle_subject(ctx: Ctx, sent: Sentence, mentions: list):
    """Verb-final languages: the first trigger that is an active participle on a noun
    (grammar.attributive_participle_endings, not passive: "hedef alan", "saldıran") with a
    side named at most PARTICIPLE_SUBJECT_WORDS words after it, no punctuation between, and a
    side named before it in its clause: (the participle's start, that side). The side after
    the participle is what the participle describes, its subject."""
    lex, text = ctx.lex, ctx.text
    for a, b in sent.triggers:
        if not _attributive_participle(ctx, b) or _is_passive(lex, text, sent.start, a, b):
            continue
        subj = next((m for m in mentions if m[0] >= b and tokens_between(ctx, b, m[0]) <= PARTICIPLE_SUBJECT_WORDS
                     and not re.search(r"[,;:.()\"“”]", text[b:m[0]])), None)
        if subj is None:
            return None
        if not any(me <= a and not re.search(r"[,;:.]", text[me:a]) for _, me, _ in mentions):
            return None
        return a, subj
    return None


def _attributive_head_of_passive(ctx: Ctx, sent: Sentence, head: tuple[int, int], nouns: list) -> bool:
    """Verb-final: is the first trigger a participle on the strike noun right after it, and the
    sentence's last trigger a passive verb ("Irak'ın kuzeyine düzenlenen hava harekâtlarında
    ... 18 hedef imha edildi": in the air operations carried out, 18 targets were destroyed)?
    The participle names the operation; the passive verb closing the sentence is its predicate,
    and the sentence is passive (no agent named: the speaking body's strike)."""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("meta", {}).get("verb_final") or len(sent.triggers) < 2:
        return False
    word = re.match(r"[\w'’]+", text[head[0]:])
    last = sent.triggers[-1]
    endings = grammar.words("attributive_passive_endings", lex.lang)
    if word is None or not endings or last[0] <= head[1] or \
            not fold(word.group(), lex.lang).endswith(tuple(fold(x, lex.lang) for x in endings)):
        return False
    after = head[0] + word.end()
    if not any(a > after and not text[after:a].strip() for a, _ in nouns):
        return False
    # (every trigger after the participle passive too: an active verb between, "... saldırıya
    # yanıt olarak operasyonu başlattığını hatırlatan CENTCOM", has a subject of its own)
    return all(_is_passive(lex, text, sent.start, a, b) for a, b in sent.triggers if a > head[0])


def _separable_particle_missing(ctx: Ctx, t: tuple[int, int], e: int) -> bool:
    """Is the launch verb at t the finite stem of a separable verb (grammar.separable_launch_verbs:
    "setzte", "setzten") whose particle (grammar.launch_particles: "ein") does not close a clause
    after it? "Russland setzte in der Nacht 40 Drohnen gegen die Region Poltawa ein" launched
    them; "setzte die Angriffe fort", "setzte sich durch", "setzte keine Drohnen ein" launched nothing."""
    lang = ctx.lex.lang
    if fold(ctx.text[t[0]:t[1]], lang) not in grammar.words("separable_launch_verbs", lang):
        return False
    particle = grammar.regex(r"(?<!\w)(?:{launch_particles})(?=\s*(?:[.,;:!?)\"“”»]|$)|\s+(?:{coordinators})\s)")
    m = particle.search(ctx.text, t[1], e)
    # ("setzte keine Drohnen ein": a negation inside the bracket denies the launch)
    return m is None or bool(predicate_negations(ctx, t[1], m.start()))


def analyse_sentence(ctx: Ctx, sent: Sentence) -> None:
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    verbs = [t for t in _spans(lex, "triggers.strike_verbs", text, s, e) if not _infinitive(ctx, t)]
    impacts = [t for t in _spans(lex, "triggers.impact_verbs", text, s, e) if not _infinitive(ctx, t)]
    lights = [t for t in _spans(lex, "triggers.light_verbs", text, s, e) if not _infinitive(ctx, t)]
    # a light verb that is the verb of a claim phrase ("yaptığı açıklamada": in the statement
    # it made; "yapılan açıklamada") made the statement, not the strike
    claims = _spans(lex, "claims.verbs", text, s, e)
    lights = [t for t in lights if not any(a <= t[0] and t[1] <= b and (a, b) != t for a, b in claims)]
    # a light verb that is also a claim verb opening a reported clause ("the ministry has
    # claimed that the regions were attacked") made a statement; before a strike noun the
    # word is a demonstrative ("Hezbollah claimed that attack") and the light verb stays
    lights = [t for t in lights if not (t in claims and _opens_reported_clause(ctx, t[1], e))]
    if lex.has("triggers.passive_lights") and grammar.words("verbal_noun_preps", lex.lang):
        # "بعد ساعات من تعرض المنطقة لقصف": after a preposition the undergo verb is a verbal noun
        undergo = set(_spans(lex, "triggers.passive_lights", text, s, e))
        lights = [t for t in lights if t not in undergo or not _after_verbal_noun_prep(text, t[0], lex.lang)]
    nouns = _spans(lex, "triggers.strike_nouns", text, s, e)
    if lex.has("triggers.truce_phrases"):
        # "في ظل استمرار وقف إطلاق النار" (as the ceasefire holds): the firing word names the truce
        truces = _spans(lex, "triggers.truce_phrases", text, s, e)
        if truces:
            def _free(spans):
                return [t for t in spans if not any(a <= t[0] < b for a, b in truces)]
            verbs, impacts, lights, nouns = _free(verbs), _free(impacts), _free(lights), _free(nouns)
    ops = []
    for key in ("operations.airstrike", "operations.drone_strike", "operations.missile_strike",
                "operations.artillery"):
        ops += _spans(lex, key, text, s, e)
    plat = platform_hits(ctx, s, e)
    camps = [c for c in ctx.campaigns if s <= c[0] < e]
    trig = list(verbs)
    object_impacts: list = []
    if nouns or plat or ops:
        trig += lights
    if lex.has("triggers.launch_verbs"):
        launched = _spans(lex, "operations.drone_strike", text, s, e) + \
            _spans(lex, "operations.missile_strike", text, s, e) + _spans(lex, "operations.artillery", text, s, e)
        if launched or any(platform_operation(ctx, name) != "airstrike" for _, _, name in plat):
            # active only: "Russland habe 85 Drohnen eingesetzt" launched them; "dabei seien
            # 1700 Bomben und Raketen eingesetzt worden" tallies what a campaign used
            trig += [t for t in _spans(lex, "triggers.launch_verbs", text, s, e)
                     if not _is_passive(lex, text, s, t[0]) and not bracket_passive(ctx, sent, t)
                     and not _separable_particle_missing(ctx, t, e)]
    if nouns or plat or ops or camps:
        # "La force Chammal a détruit deux sites": a named air campaign destroying is a strike
        trig += impacts
    elif lex.has("counts.targets"):
        # "the coalition has destroyed six military targets": an impact verb whose object is a
        # generic target noun (counts.targets), a few words on, reports a strike with no means
        generic = _spans(lex, "counts.targets", text, s, e)
        object_impacts = [(a, b) for a, b in impacts
                          if any(b < ga and tokens_between(ctx, b, ga) <= IMPACT_OBJECT_WORDS and
                                 not re.search(r"[,;:.]", text[b:ga]) and ctx.numpat.search(text, b, ga)
                                 for ga, _ in generic)]
        object_impacts += _impacts_on_facilities(ctx, impacts, object_impacts, s, e)
        trig += object_impacts
    deaths = _spans(lex, "triggers.death_verbs", text, s, e) if lex.has("triggers.death_verbs") else []
    if nouns:
        trig += deaths  # "murieron en ataques aéreos rusos": its subject is the victim
    if nouns and not trig and lex.has("triggers.consequence_verbs"):
        # "A Ukrainian drone attack on a refinery caused a large fire", "تسبب هجوم بطائرات
        # مسيرة أوكرانية ... في حريق": a strike noun that names its side is the subject of
        # what it caused; with no strike word of its own the sentence reports that strike
        # ("the attack caused no casualties", no side named, restates the report before it)
        # (dated to the story's own days: "have caused tens of thousands to flee", "the
        # October 7 attack triggered the war" are background)
        trig += [t for t in _spans(lex, "triggers.consequence_verbs", text, s, e)
                 if _consequence_of_strike_noun(ctx, nouns, t)] if _dated_to_story_days(ctx, s, e) else []
    sent.triggers = sorted(set(t for t in trig if not _attributive(ctx, t)))
    if not sent.triggers and nouns and (claims or _spans(lex, "cues.interception", text, s, e)):
        # "Армия обороны Израиля сообщила о ракетной атаке Ирана", "the army reported an attack
        # by Iran", "la DCA a repoussé une attaque de l'Iran": no strike verb, but a strike noun
        # that a report or a defence names with its striker attached reports that strike
        named = _noun_striker(ctx, nouns, s, e, defended=bool(_spans(lex, "cues.interception", text, s, e)))
        if named is None and claims:
            named = _claim_subject_noun(ctx, nouns, claims, s, e)
        if named is None and claims:
            named = _reporting_force(ctx, nouns, claims, s, e)
        if named is not None:
            sent.triggers = [named[0]]
            sent.named_striker = [named[1]]
    elif sent.triggers and nouns and claims:
        # "أعلن حزب الله استهداف ثكنة راميم بصاروخين وإصابتها إصابة مباشرة": the claim's
        # verbal noun opens the report; the impact words after it are its result, their
        # striker the claim's subject (not the side named with what was hit)
        named = _claim_subject_noun(ctx, nouns, claims, s, e)
        if named is not None and named[0][0] < min(a for a, _ in sent.triggers) and \
                not any(a < named[0][0] for a, _ in verbs):
            sent.triggers = sorted(set(sent.triggers) | {named[0]})
            sent.named_striker = [named[1]]
    if not sent.named_striker and sent.triggers and nouns and claims and not verbs and not lights:
        # "El Ministerio de Defensa turco afirmó que catorce miembros del PKK murieron en una
        # incursión aérea", "... fueron neutralizados en un ataque aéreo": a state's military
        # body reporting a toll or a passive impact of a strike noun, no strike verb of its own
        # striker: the body's state struck, as when it names the strike noun alone
        named = _reporting_force(ctx, nouns, claims, s, e)
        if named is not None and all(a > named[0][0] for a, _ in sent.triggers):
            sent.named_striker = [named[1]]
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
    mentions = _owned_institutions(ctx, mentions, s, e)
    if lex.raw.get("meta", {}).get("adjectives_follow") and grammar.words("article_prefixes", lex.lang):
        # "طيران النظام السعودي", "قوات النظام الإيراني": a state's noun phrase ("the regime's
        # aircraft") right before another state's adjective is that state's: the adjective names it
        # (but two adjectives side by side are two sides: "الطيران الأمريكي البريطاني", the
        # American-British aviation, see _adjective_pair)
        mentions = [m for i, m in enumerate(mentions)
                    if not (i + 1 < len(mentions) and len(m[2]) == 3 and len(mentions[i + 1][2]) == 3 and
                            mentions[i + 1][2] != m[2] and not text[m[1]:mentions[i + 1][0]].strip() and
                            _state_adjective(text[mentions[i + 1][0]:mentions[i + 1][1]], lex.lang) and
                            not _adjective_pair(text, m, mentions[i + 1], lex.lang))]
    # "la formation pro-iranienne", "anti-Houthi forces": a compound that says whom a group
    # sides with names no side of the sentence (a name matched by its forms ignores the hyphen)
    mentions = [m for m in mentions if not _affiliation(ctx, m[0])]
    # "der vom Iran unterstützten Huthi": the state that backs the group names no side of the clause
    backers = attribute_agents(text, s, e, backers_only=True)
    mentions = [m for m in mentions if m[2] in ORGS or not any(a <= m[0] < b for a, b in backers)]
    # "Rusya'nın Voronej Bölge Valisi Aleksandr Gusev ... bildirdi": whose official speaks
    mentions = [m for m in mentions if not _official_of(ctx, m[0], m[1], e)]
    # "Ukraine: seven killed in Russian strikes", "أوكرانيا: مقتل ...": a name opening the
    # sentence before a colon labels what the headline is about; it is no side of the sentence
    mentions = [m for m in mentions if not _topic_label(text, s, m)]
    # "Moskova saatiyle 23.00'ten", "heure de Moscou": a clock named after a capital, no side
    clocks = clock_zones(ctx, s, e)
    mentions = [m for m in mentions if not any(a <= m[0] < b for a, b in clocks)]
    extra = list(camps)
    if ctx.enemy:
        # "los ocupantes rusos", "les occupants russes": a side named right beside the enemy
        # word says whose the enemy is; only a bare enemy word takes the adversary's code
        extra += [(a, b, ctx.enemy) for a, b in _spans(lex, "cues.enemy", text, s, e)
                  if not _names_beside(text, a, b, mentions)]
    extra += _group_noun_mentions(ctx, mentions, s, e)
    extra += _home_force_mentions(ctx, mentions, nouns, s, e)
    extra += _state_force_mentions(ctx, s, e)
    if extra:
        mentions = sorted(set(mentions) | {m for m in extra
                                            if not any(a < m[1] and m[0] < b for a, b, _ in mentions)})
    # "Ucrania atacó una refinería en la región de Samara": a state striking a facility of war
    # (a refinery, a depot, an airfield, an air defence), the object after the strike verb
    military = bool(nouns or plat or ops or forces or milnames or camps or _force_subject(ctx, verbs, s) or
                    any(code in ORGS or code in MILITARY_CODES for _, _, code in mentions) or
                    (verbs and any(kind in WAR_FACILITIES and a > verbs[0][0]
                                   for a, _, kind in lex.find_coded("target_types", text, s, e))))
    sent.military = military
    sent.strong = bool(nouns or plat or verbs or ops or object_impacts)
    sent.has_verb = bool(verbs)
    sent.strike = bool(sent.triggers) and military
    # "deux frappes sur des systèmes de défense antiaérienne": air defence struck, not intercepting
    # ... but an air defence right before the first trigger, an active verb, where the subject
    # stands first, is the subject that intercepted ("Силы ПВО уничтожили шесть украинских
    # беспилотников"); before a passive one it is what was hit ("Cinq sites de défense
    # aérienne ont été frappés"). _defence_as_subject reads the same subject opening the
    # sentence with drones or missiles after its verb.
    first = min(sent.triggers, default=None)
    subject_first = first is not None and first in set(verbs) | set(impacts) and \
        not lex.raw.get("meta", {}).get("verb_final") and not _is_passive(lex, text, s, first[0], first[1])
    hit_types = [(a, b) for a, b, kind in lex.find_coded("target_types", text, s, e)
                 if not (kind == "air_defense" and subject_first and b <= first[0] and
                         tokens_between(ctx, b, first[0]) <= SUBJECT_VERB_WORDS and
                         not re.search(r"[,;:]", text[b:first[0]]) and
                         not _object_after_striker(ctx, sent, a))
                 and not (kind == "air_defense" and _defence_as_agent(ctx, sent, a, b))]
    sent.interception = any((not any(a <= m.start() < b for a, b in hit_types) or
                             _defence_as_subject(ctx, sent, m.start()) or
                             _defence_opens_clause(ctx, sent, m.start())) and not cue_on_fighters(ctx, m.end(), e) and
                            not cue_after_fighters(ctx, s, m.start())
                            for m in lex.finditer("cues.interception", text, s, e))
    cued = sent.interception   # an interception word of its own, not only a place overflown
    if not sent.interception and lex.has("cues.overflight") and lex.search("cues.overflight", text, s, e) and \
            (_spans(lex, "operations.drone_strike", text, s, e) or _spans(lex, "operations.missile_strike", text, s, e)) \
            and not _spans(lex, "operations.airstrike", text, s, e) and not nouns and not verbs \
            and not any(True for _ in lex.find_coded("target_types", text, s, e)):
        # "a détruit 12 drones ukrainiens au-dessus de la région": destroyed in flight; but a
        # target named beside them was hit ("дрони знищили нафтобазу в межах області")
        sent.interception = True
    # "Пресечена попытка киевского режима осуществить атаку с использованием БПЛА", "an attempt
    # by the Kyiv regime to attack targets in Russia with drones was thwarted": a side's drone or
    # missile attack stopped in flight is its intercepted strike (CONVENTIONS.md), not one undone
    thwarted = _thwarted_attempt(ctx, sent, mentions)
    if thwarted:
        sent.interception = True
        if not sent.triggers:
            # "Пресечена попытка ... осуществить атаку": the thwarting verb is the report's word
            sent.triggers = [t for t in _spans(lex, "cues.thwarted", text, s, e)][:1]
            sent.strike = sent.military
    # the voice of the sentence's own predicate, not of a background one in a side clause
    at = predicate_head(ctx, sent)
    # "Українські сили ППО знищили 11 з 16 шахедів", "las defensas neutralizaron 128 de los
    # 154 drones": weapons destroyed in flight are the launcher's strike; who destroyed them
    # (the subject before the verb) defended
    downed = _downs_weapons(ctx, sent, at, verbs, impacts, sent.interception)
    # "Russia destroyed 39 Ukrainian drones overnight": a side destroying a number of the other
    # side's drones or missiles shot them down, the launcher's strike ((owner, subject) starts)
    # (a sentence with an interception cue of its own keeps its reading)
    # (overflown only, "La Russie a détruit 27 drones ukrainiens au-dessus de plusieurs régions",
    # the owned reading names the defender as well)
    owned = None if cued or downed else _downs_owned_weapons(ctx, sent, at, verbs, impacts, mentions)
    # "destroyed eleven drones over the Odesa region": destroyed in flight (merge of r16-ar, r16-de:
    # the owned reading above, which names the defender, is asked first)
    downed = downed or _downed_over_place(ctx, sent, at, impacts)
    if owned is not None:
        downed = True
    if downed:
        sent.interception = True
    if not sent.interception and _weapons_hit_passive(ctx, sent, at, verbs):
        sent.interception = True
    # verb-final: the number of the weapons destroyed, before the verb ("Ukrayna'ya ait 38
    # İHA'yı imha etti"): the side named right before it owned them
    downed_before = _downed_object_before(ctx, sent, at, verbs, impacts) if downed else None
    head = next((t for t in sent.triggers if t[0] == at), None)
    undergone = _spans(lex, "triggers.passive_lights", text, s, e) if lex.has("triggers.passive_lights") else []
    sent.undergone = head is not None and head in undergone
    sent.passive = head is not None and (_is_passive(lex, text, s, head[0], head[1]) or sent.undergone or
                                         bracket_passive(ctx, sent, head) or _reflexive_passive(ctx, head) or
                                         _reduced_passive(ctx, head, nouns) or head in deaths or
                                         _attributive_head_of_passive(ctx, sent, head, nouns + ops))
    sent.toll = head is not None and head in deaths and not _coordinated_impact(ctx, sent, head, impacts)
    # senses and modality: a strike word here does not report a strike
    # a cue word inside a side's name is part of the name ("Partido de los Trabajadores del
    # Kurdistán", "Kurdistan Workers' Party": no labour strike)
    names = [(a, b) for a, b, _ in mentions]

    def cue(mm) -> bool:
        # (nor one glued into a compound by a hyphen: "el partido-milicia chií Hezbolá")
        return not _date_word(ctx, mm) and not any(a <= mm.start() < b for a, b in names) and \
            not (re.match(r"-\w", text[mm.end():mm.end() + 2]) or re.search(r"\w-$", text[max(s, mm.start() - 2):mm.start()]))

    for key, why in (("cues.non_military", "non_military"), ("cues.denial", "denial"),
                     ("cues.threat", "threat"), ("cues.attempt", "attempt"),
                     ("cues.historical", "historical"), ("cues.generic", "generic"),
                     ("cues.accident", "accident"), ("cues.mistake", "mistake")):
        if not lex.has(key):
            continue
        m = next((mm for mm in lex.finditer(key, text, s, e)
                  if cue(mm) and not (why in BACKGROUND_CLAUSE_CUES and
                                      _cue_in_background_clause(ctx, sent, mm.start())) and
                  not (why in ("threat", "attempt") and _cue_on_fighters_subject(ctx, sent, mm.start()))), None)
        if m and why == "threat" and _in_reaction_phrase(ctx, m, s, e):
            # "Als Vergeltung für den iranischen Raketenangriff hat Israel ... angegriffen": the
            # phrase says what a strike answered, not a threat
            m = next((mm for mm in lex.finditer(key, text, s, e)
                      if cue(mm) and not _in_reaction_phrase(ctx, mm, s, e) and
                      not (why in BACKGROUND_CLAUSE_CUES and _cue_in_background_clause(ctx, sent, mm.start()))), None)
        if m and why == "historical":
            # "in the past 24 hours" is a time window, not history
            periods = _spans(lex, "dates.past_hours", text, s, e) + _spans(lex, "dates.past_days", text, s, e)
            m = next((mm for mm in lex.finditer(key, text, s, e)
                      if not any(a < mm.end() and mm.start() < b for a, b in periods)), None)
        if m and why == "accident" and nouns:
            continue  # "the jet crashed after the raid": the raid still happened
        if m and why == "denial" and _denies_harm_only(ctx, sent, [mm for mm in lex.finditer(key, text, s, e) if cue(mm)]):
            continue  # "struck militant positions, ..., denying reports that civilians were hit"
        if m and why == "denial" and _denies_own_weapon_loss(ctx, sent, [mm for mm in lex.finditer(key, text, s, e) if cue(mm)]):
            continue  # "a démenti la destruction d'un de ses missiles par l'EI lors d'un raid"
        if m and why == "attempt" and sent.interception and lex.raw.get("meta", {}).get("verb_final") and \
                _side_named(ctx, s, e):
            # "Ukrayna ordusunun İHA'larla saldırı girişiminde bulunduğunu ve 30 İHA'nın
            # düşürüldüğünü": an attempt foiled by air defence, its side named, is the launcher's
            # intercepted strike (CONVENTIONS: intercepted drones are a strike report); "the
            # enemy's attempt" names no side of its own. (Turkish only: the uk "спроба атаки
            # ворожого безпілотника" of an unclaimed drone reads "enemy" as a side's name.)
            continue
        if m and why == "attempt" and thwarted:
            continue   # the attempt was stopped in flight: an intercepted strike (above)
        if m and why == "attempt" and _foiled_attempt(ctx, m.start()):
            # "تم إحباط محاولة نظام كييف تنفيذ هجوم بطائرات مسيرة": an attempt foiled by the
            # other side is the launcher's strike, intercepted (CONVENTIONS: a strike report);
            # the side named between the attempt and the strike word attempted it
            agent = next(((ms, me, code) for ms, me, code in mentions if m.end() <= ms and sent.triggers and
                          me <= sent.triggers[0][0] and tokens_between(ctx, m.end(), ms) <= 1 and
                          tokens_between(ctx, me, sent.triggers[0][0]) <= 1), None)
            if agent is not None and not sent.named_striker:
                sent.named_striker = [agent]
            continue
        if m and why in ("threat", "attempt") and sent.triggers and \
                not any(mm.start() < sent.triggers[0][1] for mm in lex.finditer(key, text, s, e)
                        if cue(mm)):
            # "forces conducted strikes ... as the group prepared to launch attacks"; but a cue
            # on the strike word itself is its own mood ("saldıracaklarını": will attack)
            continue
        if m:
            sent.suppressed = why
            break
    if not sent.suppressed and sent.triggers and _recalled(ctx, sent):
        # "Нагадаємо: внаслідок вчорашньої атаки ...", "Нагадуємо, що на початку тижня ...": a
        # sentence opened as a reminder tells an earlier report, background (ANNOTATING)
        sent.suppressed = "historical"
    if not sent.suppressed and sent.triggers and _sequel_of_report(ctx, sent, nouns, mentions):
        # "Ces frappes font suite aux tirs d'artillerie lancés par Daech", "Ces frappes surviennent
        # trois jours après que Riyad a intercepté des drones lancés par les houthis": the report
        # restated, then the earlier happening it followed (background, no report of its own)
        sent.suppressed = "historical"
    if not sent.suppressed and sent.triggers and _conditional_strike(ctx, sent):
        sent.suppressed = "threat"   # "saldırırsa", "saldırması durumunda": if it attacks
    if not sent.suppressed and sent.triggers and _subjunctive_strike(ctx, sent):
        sent.suppressed = "threat"   # "уничтожил бы весь рынок": what a strike would have done
    if not sent.suppressed and sent.triggers and _rejects_charge(ctx, sent):
        sent.suppressed = "denial"   # "rejected Moscow's accusation that", "wies den Vorwurf zurück"
    if not sent.suppressed and sent.triggers and _negated(ctx, sent) and not _negates_civilian_harm(ctx, sent):
        sent.suppressed = "denial"   # "kein russisches Flugzeug ist geflogen", "did not strike"
    if not sent.suppressed and ctx.ref_year:
        plats = [(a, b) for a, b, _ in platform_hits(ctx, s, e)]
        # "since 8 August 2014", "Şubat 2022'den bu yana": the start of a running total, not
        # history; a bare year ("which they have held since 2014") stays background
        since = [(a, b + SINCE_YEAR_GAP) for a, b in _spans(lex, "dates.since", text, s, e)] + \
            [(a - SINCE_YEAR_GAP, b) for a, b in (_spans(lex, "dates.since_after", text, s, e)
                                                  if lex.has("dates.since_after") else [])]
        months = lex.intmaps.get("dates.months", {})
        since_words = _spans(lex, "dates.since", text, s, e)
        for y in re.finditer(r"(?<!\d)(19[4-9]\d|20[0-4]\d)(?!\d)", text[s:e]):
            if any(a <= s + y.start() < b for a, b in plats):
                continue  # "Mirage 2000" is an aircraft, not a year
            if any(a <= s + y.start() < b and _names_a_month(text[a:b], months) for a, b in since):
                continue
            if _opens_a_range(lex, text, s + y.end(), e, months):
                continue  # "from 27 December 2025 to 2 February": the start of the period reported
            if sent.triggers and any(at < a < s + y.start() and not clause_at(ctx, s, e, a).side
                                     for a, _ in since_words):
                # "the first rocket fire since the truce of November 2024", "вперше з моменту
                # перемир'я у листопаді 2024 року": after the strike predicate, a since-phrase
                # dates the earlier event it is compared with, not the strike
                continue
            if _year_of_attribute(ctx, sent, s + y.start(), s + y.end()):
                continue
            if head is not None and _another_stop_part(text, s, e, head[0], s + y.start()):
                # "... قصفت منزلا في خان يونس ليلا. واندلعت الحرب بعد هجوم ... في أكتوبر 2023": a
                # year after a full stop dates the background sentence it stands in, not the
                # strike told before the stop (written while an Arabic paragraph was one sentence;
                # since session 22 the stop ends it, and a stop kept inside one, after an
                # abbreviation, is all this still finds)
                continue
            if int(y.group(1)) < ctx.ref_year:
                sent.suppressed = "historical"
                break
    # stage 3: who
    sent.mentions = mentions
    if sent.interception:
        # "Russian air defences", "قوات الدفاع الجوي الملكي السعودي": the side whose air defence
        # intercepted (its name just before the cue or a few words after it) defended
        cues = _spans(lex, "cues.interception", text, s, e)
        # (not past the predicate: "Силы ПВО уничтожили 6 украинских беспилотников" names the
        # launcher of what was downed after the verb)
        sent.defenders = {code for ms, me, code in mentions
                          if any(0 <= a - me <= 3 or (b <= ms and tokens_between(ctx, b, ms) <= DEFENDER_GAP_WORDS
                                                      and not any(b <= t < ms for t, _ in sent.triggers))
                                 for a, b in cues)}
    first_trig = at if sent.triggers else e
    sent.head = first_trig
    nouns = [n for n in nouns if not _reaction_noun(ctx, sent, n[0], first_trig)]
    sent.nouns = nouns
    inter = _spans(lex, "cues.interception", text, s, e)
    ops_weapons = _spans(lex, "operations.drone_strike", text, s, e) + \
        _spans(lex, "operations.missile_strike", text, s, e)
    # "четыре ракеты ATACMS, выпущенные ВСУ": a weapon's type name after its noun ends it
    typed_weapons = [(a, b) for a, b, _ in platform_hits(ctx, s, e)] if sent.interception else []
    officials = _spans(lex, "claims.official_sources", text, s, e)
    # "уразили склад боєприпасів окупантів", "a depot of the occupiers": whose the target was
    # (in an interception the air defence that shot the weapons down is the defender's, not a
    # target: "الدفاعات الجوية الروسية", the Russian air defences)
    typed = [(a, b) for a, b, kind in lex.find_coded("target_types", text, s, e)
             if not (kind == "air_defense" and sent.interception)]
    typed_starts = {a for a, _ in typed}
    typed_fixed = [(a, b) for a, b, kind in lex.find_coded("target_types", text, s, e)
                   if kind not in STRIKING_KINDS and not (kind == "air_defense" and sent.interception)]
    # "Los milicianos de Hamás dispararon cohetes", "les combattants du Hezbollah ont tiré":
    # fighters opening the clause of an active strike predicate are its subject; the group
    # named right after them struck, it is not whose fighters were hit
    subject_fighters = [(a, b) for a, b, kind in lex.find_coded("target_types", text, s, e)
                        if kind == "personnel" and sent.triggers and not _is_passive(lex, text, s, first_trig)
                        and b <= first_trig and _opens_clause_np(ctx, s, a)]
    if lex.raw.get("meta", {}).get("verb_first_weapons") and sent.triggers and not _is_passive(lex, text, s, first_trig):
        # "قصفت مروحيات روسية مواقع": helicopters right after the verb opening the sentence are
        # the aircraft that struck (the subject of a verb-first clause), not aircraft hit
        head_end = min(b for a, b in sent.triggers if a == first_trig)
        # (so are warships there, the drones or missiles they fired named after them: "أطلقت
        # سفن حربية أمريكية صواريخ كروز")
        fired = [a for a, _ in _spans(lex, "operations.missile_strike", text, s, e) +
                 _spans(lex, "operations.drone_strike", text, s, e)]
        subject_fighters += [(a, b) for a, b, kind in lex.find_coded("target_types", text, s, e)
                             if a >= head_end and tokens_between(ctx, head_end, a) == 0 and
                             (kind == "aircraft" or (kind == "vessel" and any(f >= b for f in fired)))]
    of_striker = grammar.regex(_NOUN_OF_STRIKER, re.IGNORECASE)
    launched = []   # mentions named as the launcher in a compound ("Russia-launched drones")
    launched_at: dict = {}   # where the agent phrase of a launch participle starts ("30 von Russland")
    adjectives_follow = bool(lex.raw.get("meta", {}).get("adjectives_follow"))
    # an interception whose only strike words are the launch of the weapon intercepted ("a
    # missile launched from Yemen"): the other side's launch, not a strike by the interceptor
    launch_only = sent.interception and bool(sent.triggers) and \
        all(_launch_of_weapon(ctx, a, b, ops_weapons) for a, b in sent.triggers)
    verb_final = bool(lex.raw.get("meta", {}).get("verb_final"))
    # a kind of target or a generic target noun ("mevzileri", "hedeflerine"), not fighters: a
    # side named right before one owns it, in a language whose objects precede the verb
    owned_nouns = [(a, b) for a, b, kind in lex.find_coded("target_types", text, s, e) if kind != "personnel"] + \
        (_spans(lex, "counts.targets", text, s, e) if verb_final else [])
    weapons_used = ops_weapons + _spans(lex, "operations.artillery", text, s, e)
    # first-level units named with a side's adjective in them ("el Kurdistán iraquí", "Kurdistan
    # irakien"): a place, not the side
    unit_names = None   # (found when first asked: most sentences never ask)
    # "الضربة التي اتهمت إسرائيل حزب الله بتنفيذها" (the strike Israel accused Hezbollah of):
    # the sides named right after an accusation verb accuse or are accused; neither struck
    accused = [b for _, b in _spans(lex, "cues.accusation", text, s, e)] if lex.has("cues.accusation") else []
    # "a drone strike attributed to Turkey": the side a strike noun is attributed to struck
    attributed = _attributed_strikers(ctx, sent, nouns) if sent.triggers else set()
    # verb-final: an active participle on the side named right after it ("ABD ve İngiltere gibi
    # ülkelerin gemilerini hedef alan Husiler"): that side is its subject, those before it in
    # its clause own or are its object
    part_subject = _active_participle_subject(ctx, sent, mentions) \
        if lex.raw.get("meta", {}).get("verb_final") and not sent.interception else None
    for ms, me, code in mentions:
        if code not in ORGS and _patron_or_maker_state(ctx, s, ms, me, code, mentions):
            # "die iranisch unterstützte Gruppe", "угруповання, лояльні до Ірану", "ABD yapımı
            # HIMARS": the state backs a group or made a weapon; no side of the clause
            continue
        if part_subject is not None:
            pa, subj = part_subject
            if (ms, me, code) == subj:
                sent.actors.append((ms, me, code))
                continue
            if me <= pa and not re.search(r"[,;:.]", text[me:pa]) and code not in ORGS:
                continue   # a state in the participle's object phrase: neither striker nor read here
        if thwarted:
            # the side whose attack was thwarted launched the weapons stopped; every other side
            # named there defended or speaks for the defence
            if (ms, me, code) == thwarted or code == thwarted[2]:
                sent.actors.append((ms, me, code))
                launched.append((ms, me, code))
                if not sent.named_striker:
                    sent.named_striker = [(ms, me, code)]   # whatever the voice of the verb
            else:
                sent.interceptors.append((ms, me, code))
            continue
        if not sent.passive and ms < first_trig and attributed_source(ctx, ms, me) and \
                _possessive_subject(ctx, sent, me, first_trig):
            # "Nach Angaben des russischen Verteidigungsministeriums hat seine Luftwaffe ...
            # angegriffen": the forces the possessive gives the attributed body struck
            sent.actors.append((ms, me, code))
            sent.military_actors.append((ms, me, code))
            continue
        if sent.interception and _genitive_owner_of_counted_weapons(ctx, sent, ms, ops_weapons):
            # "15 Drohnen der Huthi ... abgeschossen": the owner in the genitive right after the
            # counted weapons shot down launched them; it did not intercept them
            sent.actors.append((ms, me, code))
            launched.append((ms, me, code))
            continue
        if sent.interception and _debris_of_owned_weapon(ctx, sent, ms, me, ops_weapons):
            # "Debris from a Ukrainian drone shot down over the region damaged two houses": the
            # side whose drone came down launched it; no subject that destroyed it
            sent.actors.append((ms, me, code))
            launched.append((ms, me, code))
            continue
        if ms in attributed:
            sent.actors.append((ms, me, code))
            if not sent.named_striker:
                sent.named_striker = [(ms, me, code)]
            continue
        if any(b <= ms and tokens_between(ctx, b, ms) <= ACCUSED_WORDS and not re.search(r"[,;:.]", text[b:ms])
               for b in accused):
            continue
        if not sent.interception and owner_of_striking_weapon(ctx, sent, ms):
            sent.actors.append((ms, me, code))  # "شن سلاح الجو التابع للجيش السوداني غارات"
            continue
        if sent.interception and resumptive_launcher(ctx, sent, ms):
            # "أسقطت الدفاعات ... طائرة مسيرة أطلقها الحوثيون": the subject of the launch verb
            # that carries the downed weapon's pronoun launched it
            sent.actors.append((ms, me, code))
            launched.append((ms, me, code))
            continue
        if sent.interception and not verb_final and \
                (where := _launcher_before_weapon(ctx, sent, ms, me, ops_weapons)) is not None:
            # "из 60 запущенных Россией ночью беспилотников были сбиты 48": the agent of the
            # participle standing before the weapons downed launched them
            sent.actors.append((ms, me, code))
            launched.append((ms, me, code))
            launched_at[(ms, me, code)] = where
            continue
        if code not in ORGS and not adjectives_follow:
            # "Rus topraklarına saldırı", "on Russian territory": the side's land, a place struck
            nxt_word = re.match(r"(?:['’]\w{1,4})?\s+([\w'’]+)", text[me:me + 40])
            if nxt_word and _territory_at(lex, text, me + nxt_word.start(1), me + nxt_word.end(1)):
                continue
            # "auf dem Territorium der Russischen Föderation": the land, then the country in the
            # genitive after it
            w0 = max(s, ms - 40)
            before = re.search(r"([\w'’]+)\s+([\w'’]+)\s+$", text[w0:ms])
            if before and fold(before.group(2), lex.lang) in grammar.words("genitive_articles", lex.lang) and \
                    _territory_at(lex, text, w0 + before.start(1), w0 + before.end(1)):
                continue
            # "in der syrischen Stadt Homs", "nahe der irakischen Stadt Dohuk": the country's
            # adjective on a settlement noun describes the place, no side's assets; so it does
            # with a second adjective between ("російського прикордонного села", "мер
            # російської столиці", "українського прикордоння": places.adjective_endings)
            if nxt_word and code not in ORGS and _place_noun_at(lex, text, me + nxt_word.start(1), me + nxt_word.end(1)):
                continue
        if _agent_of_participle(ctx, sent, me):
            # "Rusya tarafından ilhak edilen Kırım": the agent of an annexation, no strike's;
            # "PKK tarafından kullanılan hedeflere": the group that used what was hit
            if code in ORGS and _whose_assets(ctx, sent, ms, me, code):
                sent.targets.append((ms, me, code))
            continue
        case = name_case(ctx, ms, me)
        if case == "oblique" and not _outro_after(ctx, me, e):
            # "Ukrayna'ya yönelik", "Eş-Şebab'ı vurdu", "Komutanlığı'ndan yapılan açıklamada":
            # a name in an oblique case is what was struck, a place or a source, never the
            # subject that struck ("Husilere ait hedefler", the owner, is read below)
            if code in ORGS and _whose_assets(ctx, sent, ms, me, code):
                sent.targets.append((ms, me, code))
            elif code not in ORGS and verb_final and _source_of_statement(ctx, me, e):
                # "MSB'den yapılan açıklamada, ... etkisiz hale getirildi": the body the
                # statement came from speaks (roles._speaking_striker reads it)
                sent.military_actors.append((ms, me, code))
            continue
        if case == "genitive" and code not in ORGS and verb_final and _source_of_statement(ctx, me, e):
            # "MSB'nin sosyal medya hesabından yapılan paylaşımda, ... etkisiz hale getirildi":
            # the body whose account the statement came from speaks, as in the ablative above
            sent.military_actors.append((ms, me, code))
            continue
        if case == "genitive" and code not in ORGS and verb_final and state_place_after(ctx, me, e, code) and \
                not any(lex.has(k) and lex.search(k, text, ms, me) for k in ("actor_roles.forces_nouns",
                                                                             "actor_roles.military_names")):
            continue   # "Afganistan'ın Barmal bölgesine": Afghanistan's district, a place
        if case == "genitive" and code not in ORGS and _direction_of_state(ctx, me):
            continue   # "İsrail'in kuzeyindeki askeri üslere": the north of Israel, a place
        if case == "genitive" and code in ORGS and verb_final and _genitive_group_owner(ctx, sent, me):
            # "Savaş uçakları Hizbullah'ın füze biriminin komutanı ... vurarak öldürdü": a group
            # in the genitive, with no active nominalised strike verb after it whose subject it
            # could be, owns what the strike hit
            sent.targets.append((ms, me, code))
            continue
        if code in ORGS and (_member_of(text, ms) or (grammar.words("member_nouns") and grammar.regex(
                r"(?:['’]\w{1,4})?\s+{member_nouns}", re.IGNORECASE).match(text, me))):
            # "2 PKK'lı terörist etkisiz hale getirildi": the group's members were hit
            if _whose_assets(ctx, sent, ms, me, code):
                sent.targets.append((ms, me, code))
            continue
        prev = _prev_words(text, ms, 2)
        after = text[me:me + 12]
        is_place = bool(prev) and (prev[-1] in ctx.place_words or
                                   (len(prev) > 1 and prev[-1] in grammar.bare("articles") and prev[-2] in ctx.place_words))
        if sent.interception and code not in ORGS and _over_country(ctx, sent, ms, me):
            # "ПВО уничтожили в небе Украины 14 БПЛА", "збили над Україною", "shot down over
            # Ukraine", "Ukrayna semalarında": the state in whose sky the weapons were downed
            # defended them; it launched nothing
            sent.interceptors.append((ms, me, code))
            continue
        if grammar.words("maker_prefixes") and grammar.regex(
                r"(?<!\w){maker_prefixes}\s+(?:{articles}\s*)?$", re.IGNORECASE).search(text, max(s, ms - 40), ms):
            continue  # "drones Shahed de fabrication iranienne": who made the weapon, no side
        made = grammar.regex(r"-{compound_participles}", re.IGNORECASE).match(after)
        if not made and grammar.words("name_modifiers"):
            made = grammar.regex(r"(?:['’]\w{1,4})?\s+{name_modifiers}(?!\w)", re.IGNORECASE).match(text[me:me + 30])
        if not made and after[:1] == "-" and lex.has("actor_roles.forces_nouns") and \
                lex.pat("actor_roles.forces_nouns").match(text[me + 1:me + 30]):
            made = True  # "75 IS-Ziele", "Hisbollah-Stellungen": the group's targets
        if made and lex.search("actor_roles.agent_intro", text, max(s, ms - 14), ms) is not None and \
                _patron_compound(ctx, me, e, after, mentions):
            # "facilities used by Iran-backed militias": the group's patron, where the agent
            # word before it ("by") would make it the striker (below)
            continue
        if _genitive_striker(ctx, sent, nouns, ms, me, code):
            # "удары российской авиации уничтожили", "в результате атаки украинских дронов":
            # the genitive right after a strike noun is who struck
            sent.actors.append((ms, me, code))
            continue
        # "Raketenwerfer der vom Iran unterstützten Huthi-Miliz": the article before a
        # participle phrase is the group's own
        lead = _participle_phrase_start(ctx, s, ms)
        intro = lex.search("actor_roles.target_intro", text, max(s, lead - 14), lead)
        if intro is not None and code not in ORGS and _genitive_intro(text[intro.start():intro.end()], lex.lang) and \
                not _owner_after_preposition(ctx, sent, intro, ms, me, mentions) and any(
                ne <= intro.start() and not text[ne:intro.start()].strip() for _, ne in nouns):
            # "Angriffe des pakistanischen Militärs", "bombardeos de la aviación rusa": the
            # genitive right after a strike noun is who struck, not whose assets were hit (a
            # preposition there, "Angriffe gegen die iranischen Revolutionsgarden", "strikes
            # on Russian positions", names the target)
            sent.actors.append((ms, me, code))
            continue
        if not sent.interception and lex.raw.get("meta", {}).get("owner_after_weapon") and any(
                we <= ms and grammar.regex(_WEAPON_OWNER_GLUE, re.IGNORECASE).fullmatch(text, we, ms) and
                not any((a <= ws and we <= b) or
                        (b <= ws and grammar.regex(_WEAPON_OWNER_GLUE, re.IGNORECASE).fullmatch(text, b, ws))
                        for a, b in typed) for ws, we in weapons_used):
            # "un ataque con un dron de Hezbolá", "cohetes de Hizbulá": the genitive right after
            # the weapon a strike used owns it (a kind of target holding or governing the
            # weapon's name, "lanzadores de cohetes de X", "depósitos de cohetes de X", is X's
            # asset; an interception keeps its own reading)
            sent.actors.append((ms, me, code))
            continue
        if any(allied(ctx, ae, ms) for _, ae, _ in sent.actors):
            sent.actors.append((ms, me, code))  # "der syrischen Luftwaffe und ihrer russischen Verbündeten"
            continue
        if intro is not None and ms < first_trig and (_clause_initial(ctx, s, intro.start()) or
                                                      _weapon_before(ctx, s, intro.start()) or
                                                      _force_subject_before(ctx, s, intro.start()) or
                                                      any(not text[b:intro.start()].strip()
                                                          for _, b in subject_fighters)):
            # "Des avions de combat soudanais ont bombardé": an article, not "of"; "des avions
            # de combat de l'armée soudanaise ont bombardé": the army owns the weapon that struck
            intro = None
        # "ein Drohnenhauptquartier der iranischen Revolutionsgarden zerstört", "the depot of
        # the militia was struck": the group a target belongs to, before the verb or after it
        # (before the verb only with a linker or an article between: "roket atarken İsrail
        # savaş uçakları" is a clause's end and its next subject, not "X's launchers")
        owner = any(b <= ms and ms - b <= 12 and _GLUE.match(text[b:ms]) and
                    (ms >= first_trig or text[b:ms].strip(" '’-")) for a, b in typed
                    if (a, b) not in subject_fighters)
        # "Kämpfer der Terrormiliz Al-Shabaab", "positions of the militant group X": a word or
        # two naming the group's kind between the target's genitive and the group's name
        # (an armed group only: "navires lance-missiles de la marine israélienne" are a state
        # navy's weapons, not its target)
        owner = owner or code in ORGS and any(b <= ms and ms - b <= OWNER_DESCRIPTOR_CHARS and
                             (grammar.regex(_OWNER_DESCRIPTOR, re.IGNORECASE).match(text[b:ms]) or
                              (grammar.regex(_ENDS_GENITIVE, re.IGNORECASE).search(text[a:b]) and
                               grammar.regex(_DESCRIPTOR_WORDS).match(text[b:ms]))) and
                             not _near(forces, b, 0, ms - b) and not _near(milnames, b, 0, ms - b)
                             for a, b in typed if (a, b) not in subject_fighters)
        outro = lex.search("actor_roles.target_outro", text, me, min(e, me + OUTRO_CHARS)) \
            if lex.has("actor_roles.target_outro") else None
        if outro is not None and not re.fullmatch(r"(?:['’]\w{1,4})?\s+", text[me:outro.start()]):
            outro = None
        # (the weapon in the owner's phrase: a speaker after a comma, "..., CENTCOM açıkladı",
        # is none of it)
        stop = re.search(r"[,;:]", text[outro.end():e]) if outro is not None else None
        outro_weapon = outro is not None and _weapon_after(ctx, outro.end(), outro.end() + stop.start() if stop else e) \
            and not _owned_target_before_weapon(ctx, outro.end(), outro.end() + stop.start() if stop else e)
        if outro_weapon:
            outro = None  # "Türk Silahlı Kuvvetleri'ne ait SİHA'lar": the striker's own drones
        owner = owner or outro is not None  # "PKK/YPG'ye ait 12 hedef": the group's targets
        # "Hizbullah altyapılarına ... saldırı düzenlediği", "PKK'nın mevzilerini vurdu": before
        # the verb-final clause's verb, the side right before a kind of target owns it
        # ... but a side opening the sentence before its own weapon is its subject: "Rus
        # helikopterleri ... vurdu" (Russian helicopters struck), not Russia's helicopters hit
        # (so do its warships launching the weapons named after them: "ABD savaş gemileri ...
        # Tomahawk füzeleri ateşledi")
        owner = owner or (verb_final and case != "oblique" and
                          any(0 < a - me <= 2 and not text[me:a].strip() and
                              not (opens_sentence(ctx, sent, ms) and
                                   (any(oa <= a < ob for oa, ob in ops) or
                                    _launching_vessel(ctx, sent, a, first_trig, ops_weapons)))
                              for a, _ in owned_nouns))
        # "PKK'nın kullandığı mağaraları vurdu": the group in its genitive, a participle of use,
        # then the kind of target: the caves the group used were hit
        owner = owner or (code in ORGS and any(_owner_link_before(ctx, me, a) for a, _ in owned_nouns))
        if after[:1] == "-" and not owner and _opens_clause_np(ctx, s, ms) and \
                _launching_vessel(ctx, sent, me + 1, first_trig, ops_weapons):
            # "US-Kriegsschiffe feuerten Marschflugkörper ab": the side's warships opening the
            # clause launched the weapons named after them
            sent.actors.append((ms, me, code))
            continue
        # "ein US-Schiff", "IS-Kämpfer", "Hisbollah-Waffenlager": a side hyphened to a kind of
        # target names whose target it is, wherever it stands in the clause
        owner = owner or (after[:1] == "-" and (me + 1 in typed_starts or _kind_of_target_at(ctx, me + 1)))
        # "eine russische Ölraffinerie", "a Syrian radar station": a side's adjective right
        # before a kind of target that cannot strike names whose it was, wherever it stands
        owner = owner or (code not in ORGS and _adjective_of_fixed_target(ctx, ms, me, typed_fixed, verbs + lights))
        # "Des frappes américaines contre des positions houthies": a side's adjective on the
        # strike noun names who struck; a force noun after a preposition heads the object phrase
        near_forces = forces
        if code not in ORGS and forces and _modifies_strike_noun(ctx, sent, ms, me):
            near_forces = [f for f in forces if not (f[0] >= me and _preposition_between(ctx, me, f[0]))]
        if code in ORGS and not owner and any(ne <= ms and _weapon_of_striker(ctx, ne, ms, of_striker)
                                              for _, ne in nouns):
            # "blessés dans une attaque de drones du Hezbollah", "un ataque con un dron de Hezbolá":
            # the owner of the strike noun's weapon launched it, whatever else the sentence hit
            sent.actors.append((ms, me, code))
            continue
        if code in ORGS and not owner and not sent.passive and _group_after_opening_verb(ctx, sent, ms, me):
            sent.actors.append((ms, me, code))  # "أطلقت حماس صواريخ على عسقلان": verb, group, weapons
            continue
        # "Los ataques estadounidenses contra posiciones hutíes": a state's adjective on the
        # strike noun itself names whose strikes they were, however near the force noun after it
        target_like = owner or (_after_strike(ctx, sent, ms) and (code in ORGS or _near(near_forces, me, 25, 25) or
                                             _near(near_forces, ms, 30, 0)) and
                                not (code not in ORGS and _adjective_on_strike_noun(ctx, sent, ms, me))) or \
            (intro is not None and text[intro.end():lead].strip(" '’\"«“") in grammar.bare("articles", "")) or \
            (code in ORGS and _intro_before_adjectives(ctx, s, lead))
        if not is_place and prev and prev[-1] in grammar.bare("linkers", "coordinators") and code not in ORGS:
            linker = re.search(r"(\S+)\s+$", text[s:ms])
            # "Las Fuerzas Armadas de Ucrania atacaron": the force's country, not a place
            # nor "The Ministry of Defence of Russia said that its forces struck", "El Ministerio
            # de Defensa de Rusia informó": the state a speaking body is of, as its adjective is
            # (not a force phrase that runs past the country's name: "Rus ve Suriye savaş
            # uçakları", Russian and Syrian warplanes, names the second striker)
            is_place = any(c.start <= ms - s < c.end and me - s <= c.end for c in _countries(ctx, text[s:e])) and not (
                linker is not None and _force_subject_before(ctx, s, s + linker.start(1))) and not (
                ms < first_trig and body_of_state_speaks(ctx, ms, me, first_trig)) and not (
                # "..., informó el Ministerio de Defensa de Turquía": the speaking body's state
                # after the report it speaks for
                ms > first_trig and body_of_state_speaks(ctx, ms, me, e)) and \
                not _coordinated_with_striker(ctx, sent, prev, ms)
        src = lex.search("claims.other_sources", text, me, min(e, me + 25))
        if src is not None and not re.search(r"[,،;:]", text[me:src.start()]) and \
                not any(ps <= src.start() < pe for ps, pe, _ in plat):
            # (a source word inside a weapon type's name is the type: "مسيرة روسية من طراز شاهد",
            # Shahed, is no witness, شاهد)
            continue  # "the Syrian Observatory", "Lebanese state media": a source, not a side;
            # but in "Russian strikes, the agency said" (Arabic comma too: "لقصف تركي، وفق
            # مصادر محلية") the source is the next clause's
        if _is_partner(ctx, sent, ms):
            continue  # "en coordination avec la coalition": a partner, not the striker
        if owned is not None and ms in owned[0]:
            # "Russia destroyed 39 Ukrainian drones": the owner of the weapons launched them
            sent.actors.append((ms, me, code))
            if not verbs and not nouns:
                sent.shootdown = True
            continue
        if owned is not None and ms in owned[1]:
            continue  # ... and the side that destroyed them defended
        if downed_before is not None and (
                (me <= downed_before and tokens_between(ctx, me, downed_before) <= DOWNED_OWNER_WORDS and
                 not re.search(r"[,;:]", text[me:downed_before]) and
                 # (not the subject when a side is named among the weapons: "Rusya gece 39
                 # Ukrayna İHA'sını imha etti", the adjective's side owned them)
                 not any(downed_before <= m2 < at and tokens_between(ctx, downed_before, m2) <= NUMBER_BEFORE_WEAPON_WORDS
                         and c2 != code for m2, _, c2 in mentions)) or
                (downed_before <= ms < at and tokens_between(ctx, downed_before, ms) <= NUMBER_BEFORE_WEAPON_WORDS and
                 not re.search(r"[,;:]", text[downed_before:ms]))):
            # "Ukrayna'ya ait 38 İHA'yı", "Rus ordusunun fırlattığı 61 İHA'yı", "25 Rus İHA'sını
            # ... imha etti": the side right before the weapons destroyed, or the adjective among
            # them, launched them
            sent.actors.append((ms, me, code))
            if not verbs and not nouns:
                sent.shootdown = True
            continue
        if downed and me <= at and any(0 <= a - me <= 2 for a, _ in ops_weapons) and \
                not re.search(r"[,;:]", text[me:at]) and \
                not any(me <= c < at and not _cue_after_own_weapon(ctx, sent, me, c, ops_weapons) for c, _ in inter):
            # "hat elf russische Drohnen über ... zerstört": the adjective of the weapons
            # destroyed, before the verb closing the clause, owned them (a shoot-down verb
            # coordinated with it, "über ... abgefangen und zerstört", is no defender's name)
            sent.actors.append((ms, me, code))
            continue
        if downed and me <= at:
            continue  # the subject of "destroyed N drones": the defender
        if sent.undergone and me <= at and verb_final and _genitive_of_undergone_noun(ctx, sent, me, at):
            # verb-final: "Harkiv, Rus füzelerinin saldırısına uğradı" (Kharkiv underwent the
            # strike of Russian missiles): the side in the genitive phrase right before the strike
            # noun that the light verb closes named the striker
            sent.actors.append((ms, me, code))
            sent.named_striker.append((ms, me, code))
            continue
        if sent.undergone and me <= at:
            # the subject of "подверглись ударам", "стали целью авиаудара": what was struck (a
            # group's), or where; the striker is named with the strike noun after the verb
            if code in ORGS or _near(forces, me, 25, 25):
                sent.targets.append((ms, me, code))
            continue
        if downed and ms >= at and any(0 <= a - me <= 2 for a, _ in ops_weapons):
            # "Силы ПВО уничтожили 6 украинских беспилотников": the side whose weapons were
            # destroyed in flight launched them, it owned no target
            sent.actors.append((ms, me, code))
            if not verbs and not nouns:
                sent.shootdown = True
            continue
        if downed and ms >= at and code not in ORGS and \
                any(at <= a and 0 < ms - b <= 1 and not text[b:ms].strip() and
                    ctx.numpat.search(text, max(at, a - 25), a) is not None for a, b in ops_weapons):
            # "ont neutralisé dans la nuit 55 drones russes": the state's adjective right after
            # the counted weapons destroyed in flight launched them (French puts it there too)
            sent.actors.append((ms, me, code))
            if not verbs and not nouns:
                sent.shootdown = True
            continue
        if sent.interception and _owner_after_weapon(ctx, sent, ms):
            # "21 drones de las Fuerzas Armadas de Ucrania han sido derribados", "30 drones
            # ucranianos fueron destruidos": the owner of the weapons downed launched them;
            # with no strike verb or noun, a destroy verb there destroyed them in flight
            sent.actors.append((ms, me, code))
            if not verbs and not nouns:
                sent.shootdown = True
            continue
        if sent.passive and not downed and _relative_subject_of_strike_noun(ctx, sent, ms):
            sent.actors.append((ms, me, code))  # "загинули внаслідок авіаударів, яких завдала авіація X"
            continue
        if downed and _launcher_in_relative(ctx, sent, ms):
            sent.actors.append((ms, me, code))  # "шахедів, які російські війська запустили"
            continue
        modifies = code not in ORGS and (_modifies_strike_noun(ctx, sent, ms, me) or
                                         _genitive_name_of_strike_noun(ctx, sent, nouns, ms))
        if modifies and verb_final and _possessor_noun_after(ctx, sent, me):
            # "Rus saldırılarının ... potansiyelini": the strikes are the possessor of another
            # noun, named in passing, not the strike this sentence reports
            modifies = False
        if modifies:
            is_place = False  # "killed in Indian strikes", "bei israelischen Luftangriffen"
        if lex.has("actor_roles.owner_participles") and _agent_of_other(ctx, ms) and \
                lex.pat("actor_roles.owner_participles").match(text, me + len(text[me:]) - len(text[me:].lstrip())):
            sent.targets.append((ms, me, code))  # "ein von der HTS kontrolliertes Lager": its owner
            continue
        if code in ORGS and _owner_link(ctx, [k for k in lex.find_coded("target_types", text, s, e)
                                              if k[2] not in STRIKING_KINDS], ms, me):
            # "Caves and shelters used by the PKK were destroyed": the owner of what was hit
            sent.targets.append((ms, me, code))
            continue
        agent = lead == ms and _is_agent(ctx, sent, ms)
        if agent and sent.interception and _air_defence_agent(ctx, sent, ms, me, inter):
            # "35 de los drones fueron destruidos por las defensas ucranianas", "destroyed by
            # Ukrainian air defences": the agent phrase names the air defence; its side
            # intercepted the weapons, it launched nothing
            sent.interceptors.append((ms, me, code))
            continue
        if agent or (sent.passive and modifies):
            sent.actors.append((ms, me, code))
            continue
        if not owner and not sent.passive and _verb_first_subject(ctx, sent, ms):
            sent.actors.append((ms, me, code))  # "شن الجيش الإسرائيلي غارات": verb, then subject
            continue
        if not owner and opening_state_subject(ctx, sent, ms, code):
            sent.actors.append((ms, me, code))  # "شنت إسرائيل غارات على مواقع في إيران"
            continue
        if not owner and not sent.passive and _coordinated_verb_first_subject(ctx, sent, ms):
            sent.actors.append((ms, me, code))  # "شنت الولايات المتحدة وبريطانيا غارات": the second subject
            continue
        if not owner and intro is None and _subject_after_verb(ctx, sent, ms):
            sent.actors.append((ms, me, code))  # "Nachdem ..., griff die israelische Luftwaffe ... an"
            continue
        agent = lex.search("actor_roles.agent_intro", text, max(s, ms - 12), ms) \
            if lex.has("actor_roles.agent_intro") and lex.has("triggers.launched_participles") else None
        if agent is not None and all(w.lower() in grammar.bare("articles") for w in text[agent.end():ms].split()):
            part = lex.pat("triggers.launched_participles").match(text, me + len(text[me:]) - len(text[me:].lstrip()))
            if part is not None and _weapon_after(ctx, part.end(), e):
                # "30 von Russland gestartete Drohnen": the participle's agent launched them
                sent.actors.append((ms, me, code))
                launched.append((ms, me, code))
                launched_at[(ms, me, code)] = agent.start()
                continue
        if grammar.words("launcher_participles") and _weapon_after(ctx, me, e) and \
                grammar.regex(r"-{launcher_participles}(?!\w)", re.IGNORECASE).match(after):
            sent.actors.append((ms, me, code))  # "five Russia-launched drones": who launched them
            launched.append((ms, me, code))
            continue
        if made and grammar.words("maker_participles") and _weapon_after(ctx, me, e) and \
                grammar.regex(r"-{maker_participles}(?!\w)", re.IGNORECASE).match(after):
            continue  # "U.S.-made ATACMS missiles": who made the weapon, neither striker nor target
        if patron_named(ctx, ms):
            continue  # "فصائل موالية لإيران", "مدعومة من إيران": the group's patron
        if made and _patron_compound(ctx, me, e, after, mentions):
            # "Iranian-backed Houthi rebels", "an Iranian-backed militant group", "Iran-backed
            # militias": the group's patron, not whose assets were hit
            continue
        if target_like and code not in ORGS and _patron_agent(ctx, ms):
            continue   # "по позициям поддерживаемой Ираном группировки": the group's patron


        if verb_final and sent.passive and not sent.interception and agent_of_later_verb(ctx, sent, ms, me):
            # "Irak'ın kuzeyine düzenlenen hava harekâtlarında 19 terörist Mehmetçik tarafından
            # etkisiz hâle getirildi": the agent of the passive verb after it, not a target
            sent.actors.append((ms, me, code))
            continue
        if target_like and code not in ORGS and _force_of_strike_noun(ctx, nouns, ms):
            # "murió en un ataque con dron del Ejército de Estados Unidos", "tué dans une frappe
            # de l'armée des États-Unis": the strike noun's own force, then its side, struck
            sent.actors.append((ms, me, code))
            continue
        if target_like or (made and ms >= first_trig):
            if not _whose_assets(ctx, sent, ms, me, code):
                if ms > first_trig and _speaks(ctx, me, e, ms):
                    # "..., the Israeli military said", "..., teilte der ukrainische Generalstab mit"
                    sent.military_actors.append((ms, me, code))
                elif sent.passive and attributed_source(ctx, ms, me):
                    # "Bei einem Luftangriff sind nach Angaben des türkischen Militärs ... getötet
                    # worden": the body the passive report is attributed to speaks for it
                    sent.military_actors.append((ms, me, code))
                continue
            sent.targets.append((ms, me, code))
            continue
        if _agent_of_other(ctx, ms):
            continue  # "weapons supplied by the United States": neither striker nor target
        if _in_since_phrase(ctx, sent, ms):
            continue  # "have fired 18 rockets since US President Donald Trump announced ...": a time
        if is_place or made:
            continue
        # "the Iraqi border", "a Lebanese village", "israelisches Territorium": a place. Where an
        # adjective follows its noun ("قرية لبنانية", Lebanese village) the place noun is the word
        # before it; the one after it starts the next phrase ("قصفت المدفعية التركية قرية ...":
        # the Turkish artillery shelled a village)
        if lex.raw.get("meta", {}).get("adjectives_follow"):
            nxt = re.search(r"([\w'’]+)\s+$", text[max(s, ms - 30):ms])
        else:
            nxt = re.match(r"\s+([\w'’]+)", text[me:me + 30])
        if nxt and (nxt.group(1).lower() in _locality_nouns(lex) or nxt.group(1).lower() in _territory_words(lex)
                    or _territory_at(lex, text, nxt.start(1), nxt.end(1))) and \
                not (verb_final and any(ms < a and b == me for a, b in forces)):
            # (but "Rus ordusunun kenti vurduğunu": a force's name ends in its force noun, no
            # place's; the locality noun after it is the object)
            continue
        before = re.search(r"([\w'’]+)\s+$", text[max(s, ms - 30):ms])
        if code not in ORGS and before and before.group(1).lower() in _territory_words(lex) and \
                not any(0 <= a - me <= 2 for a, _ in ops_weapons):
            # "en el norte iraquí", "en territorio sirio": the adjective after its noun names a
            # place; "П'ять областей Росії": the country of the regions named. (Not an adjective
            # on the weapons after it: "Черкаської області російські дрони")
            continue
        if code not in ORGS and unit_names is None:
            unit_names = [(s + u.start, s + u.end) for u in _admin1(ctx, text[s:e])]
        if code not in ORGS and any(a <= ms and me <= b and (a, b) != (ms, me) for a, b in unit_names):
            continue  # "en el Kurdistán iraquí": inside a unit's name
        if code not in ORGS and before and fold(before.group(1)) in grammar.words("civilian_heads", lex.lang):
            continue  # "gestionada por una empresa estadounidense": a company's nationality, no side
        weapon = any(0 <= a - me <= 30 for a, _ in ops_weapons)
        owns_weapon = any((0 <= a - me <= 2 and not adjectives_follow) or 0 <= ms - b <= 2
                          for a, b in ops_weapons) or outro_weapon or \
            _adjective_of_typed_weapon(ctx, me, typed_weapons) or \
            (adjectives_follow and _adjective_inside_weapon(ctx, ms, me, ops_weapons))
        if sent.interception and verb_final and _launcher_of_participle(ctx, sent, ms, me, ops_weapons):
            # "Rusya'nın fırlattığı 40 İHA'dan 35'i düşürüldü": the subject of the participle
            # that launched the weapons intercepted launched them (their strike), even near the cue
            sent.actors.append((ms, me, code))
            launched.append((ms, me, code))
            continue
        if sent.interception and not verb_final and grammar.words("launched_participles", lex.lang) and \
                any(we <= ms and grammar.regex(r"\s*,?\s*(?i:{launched_participles})\s+").fullmatch(text, we, ms)
                    for _, we in ops_weapons + typed_weapons):
            # "збила 30 безпілотників, запущених Росією": the agent right after the participle
            # that follows the weapons downed launched them; it did not intercept them
            sent.actors.append((ms, me, code))
            launched.append((ms, me, code))
            continue
        if sent.interception and not owns_weapon and _names_air_defence(ctx, me, inter):
            # "Die russische Luftabwehr hat 36 Drohnen zerstört, die die Ukraine abfeuerte": the
            # side's adjective on the air defence names the defender, whatever verb follows
            sent.interceptors.append((ms, me, code))
            continue
        # the defending side of an interception is a claimant, not the striker; but in
        # "intercepted Israeli missiles" the side whose weapons they were did strike
        if sent.interception and _near(inter, ms, 40, 40) and not owns_weapon and \
                not any(not _launch_of_weapon(ctx, a, b, ops_weapons)
                        for a, b in _spans(lex, "triggers.strike_verbs", text, ms, min(e, me + 40))):
            sent.interceptors.append((ms, me, code))
            continue
        if launch_only and not owns_weapon and inter and me <= inter[0][0]:
            # "El Ejército israelí afirmó que la Fuerza Aérea interceptó un dron lanzado desde
            # Yemen": the only strike word launched the weapon intercepted; a side named before
            # the interception reports or defends, it launched nothing
            sent.interceptors.append((ms, me, code))
            continue
        if sent.interception and not owns_weapon and (
                _speaks(ctx, me, e) or any(0 <= a - me <= 2 for a, _ in officials) or
                # "a détaillé le ministère russe de la Défense": the side's adjective right after the body
                (not adjectives_follow and any(b < ms and tokens_between(ctx, b, ms) <= 1 and not re.search(r"[^\w\s]", text[b:ms])
                                               and not any(b <= x < ms for x, _ in claims) for _, b in officials)) or
                (any(ms <= a < me for a, _ in officials) and _launcher_named(ctx, sent, mentions, ms))):
            # "The Israeli military said a missile ... had been intercepted", "Rus Savunma
            # Bakanlığı ... 38 Ukrayna İHA'sının imha edildiğini açıkladı": the defender's voice
            sent.interceptors.append((ms, me, code))
            continue
        if verb_final and sent.passive and ms < first_trig:
            if agent_before_postposition(ctx, me, first_trig):
                sent.actors.append((ms, me, code))  # "İsrail savaş uçakları tarafından vuruldu"
                continue
            if opens_sentence(ctx, sent, ms):
                # "MSB, Irak'ın kuzeyine hava harekâtı düzenlendiğini açıkladı": the side that
                # opens a passive report speaks for it (roles._speaking_striker)
                sent.military_actors.append((ms, me, code))
                continue
        if sent.passive and ms < first_trig and instrumental_agent(ctx, ms, me, first_trig):
            # "Израильскими ВВС были поражены 15 объектов": the passive's agent, named before
            # its verb in the instrumental case
            sent.actors.append((ms, me, code))
            continue
        if sent.passive and ms < first_trig and not owner and _speaks(ctx, me, first_trig):
            # "Das türkische Verteidigungsministerium teilte mit, zwölf Ziele der PKK seien
            # bombardiert worden": the speaker before a passive report (roles._speaking_striker)
            sent.military_actors.append((ms, me, code))
            continue
        if sent.passive and ms < first_trig and code not in ORGS and attributed_source(ctx, ms, me):
            # "Bei Luftangriffen wurden nach Angaben des türkischen Verteidigungsministeriums
            # sieben PKK-Terroristen neutralisiert": the body the passive report is attributed
            # to speaks for it, whatever group it names after it (roles._speaking_striker)
            sent.military_actors.append((ms, me, code))
            continue
        if sent.passive and ms < first_trig and not weapon and not _is_agent(ctx, sent, ms):
            # "Hezbollah positions were struck": the subject of a passive strike is its target;
            # "Russian drones were destroyed" stays the launcher's (an interception is its strike)
            if code in ORGS or _near(forces, me, 25, 25):
                sent.targets.append((ms, me, code))
            continue
        if ms < first_trig and _owner_of_counted_dead(ctx, sent, ms, me, first_trig):
            # "24 من مقاتلي تنظيم الدولة قتلوا في معركة مع القوات الكردية المدعومة بضربات جوية":
            # the group whose counted fighters the kill verb tells of lost them, it struck
            # nothing (Arabic writes the passive "قُتلوا" as the active "قتلوا")
            sent.targets.append((ms, me, code))
            continue
        sent.actors.append((ms, me, code))
        # "das nigerianische Militär", "US-Streitkräfte": a name the lexicon lists with its
        # force noun holds the force itself
        holds_force = code not in ORGS and any(ms < a and b == me for a, b in forces + officials)
        if _near(forces, me, 0, 25) or _near(milnames, ms, 30, 25) or _near(officials, me, 0, 30) or holds_force or \
                _body_named_before(ctx, milnames, ms):
            sent.military_actors.append((ms, me, code))
    if not sent.strike and sent.interception and not sent.suppressed and \
            _spans(lex, "places.shootdown_verbs", text, s, e):
        # "сбиты 12 украинских беспилотников", "shot down 38 Ukrainian drones": the drones
        # intercepted are a strike report of the side that launched them (CONVENTIONS.md)
        # a counted salvo ("38 Ukrainian drones"), not one drone downed in passing
        def counted(pos: int) -> bool:  # a number above one just before pos
            return any(not text[n.end():pos].strip() and (parse_number(
                n.group(), lex.lang, lex.intmaps.get("numbers.words", {})) or 0) > 1
                for n in ctx.numpat.finditer(text, max(s, pos - 25), pos)) or \
                _plural_quantifier_before(ctx, s, pos)

        # the owner's adjective before the weapon ("38 Ukrainian drones"); after it ("40 drones
        # rusos") only where the lexicon says the language puts it there ([meta]
        # owner_after_weapon): for every language it lowered held-out French text
        # (the agent of a launch participle names the weapon launched, one missile as well:
        # "ракеты, выпущенной хуситами", "a missile launched by the Houthis")
        owners = [a for a in sent.actors
                  if a in launched or
                  ((any(0 <= w - a[1] <= 2 for w, _ in ops_weapons) or
                    _adjective_of_typed_weapon(ctx, a[1], typed_weapons)) and counted(a[0])) or
                  # "23 طائرة أوكرانية بدون طيار": the count before the head the adjective follows
                  (adjectives_follow and (hd := _split_weapon_head(ctx, a[0], a[1], ops_weapons)) is not None
                   and counted(hd)) or
                  (_owner_after_weapon(ctx, sent, a[0]) and
                   any(0 < a[0] - we <= OWNER_GENITIVE_GAP and counted(ws) for ws, we in ops_weapons)) or
                  # "أسقطت ثلاث طائرات مسيرة تابعة لجماعة الحوثي": the side the counted weapons
                  # downed belong to launched them
                  ((ws := _affiliated_weapon(ctx, sent, a[0], ops_weapons)) is not None and
                   counted(_run_start(ops_weapons, ws)))]
        if not owners and grammar.words("launched_participles", lex.lang):
            # "30 беспилотников, запущенных Россией": the side named right after the participle
            # that follows the counted weapons (its agent, in the instrumental) launched them
            # (a type's name in quotes closes them first: "БпЛА типу «Шахед», запущених Росією")
            after_launch = grammar.regex(r"[»\"”’)]?\s*,?\s*(?i:{launched_participles})\s+")
            owners = [a for a in sent.actors
                      if any(we <= a[0] and after_launch.fullmatch(text, we, a[0]) for ws, we in ops_weapons + typed_weapons)]
        if not owners:
            # "أسقطت 8 طائرات مسيرة أوكرانية", "a abattu 57 drones ukrainiens", "12 беспилотников
            # ВСУ": the side named right after the counted weapons, nothing between (an adjective
            # that follows its noun, a bare genitive); not one after a linker ("un drone de la
            # coalition", the weapon of a side that flew with the striker: [meta]
            # owner_after_weapon, which French does not take)
            owners = [a for a in sent.actors
                      if any(0 <= a[0] - we <= 2 and not text[we:a[0]].strip() and
                             counted(_run_start(ops_weapons, ws)) for ws, we in ops_weapons)]
        if owners:
            # (a side named before the interception word, left out as a striker, is the side
            # that intercepted: "Армия обороны Израиля сообщила о перехвате ракеты, выпущенной
            # хуситами" -- it reports the interception)
            sent.interceptors += [a for a in sent.actors if a not in owners and a not in sent.interceptors and
                                  inter and a[1] <= inter[0][0]]
            sent.actors = owners
            sent.strike = sent.shootdown = True


# At most this many words (a time adverb) between the force subject and its strike verb.
FORCE_SUBJECT_GAP_WORDS = 2


def _force_subject(ctx: Ctx, verbs: list, s: int) -> bool:
    """Is the first strike verb's subject, right before it, the enemy or the occupiers in the
    nominative (actor_roles.force_subjects: "Окупанти вдарили по Сумах", "Ворог уночі вдарив по
    Херсону")? A force strikes; the same words in another case are what was hit."""
    lex = ctx.lex
    if not verbs or not lex.has("actor_roles.force_subjects"):
        return False
    for a, b in _spans(lex, "actor_roles.force_subjects", ctx.text, s, verbs[0][0]):
        gap = ctx.text[b:verbs[0][0]]
        if not re.search(r"[,;:.()«»\"]", gap) and len(gap.split()) <= FORCE_SUBJECT_GAP_WORDS:
            return True
    return False


def _thwarted_attempt(ctx: Ctx, sent: Sentence, mentions: list):
    """The side whose drone or missile attack the sentence tells thwarted ("Пресечена попытка
    киевского режима осуществить атаку с использованием БПЛА", "an attempt by the Kyiv regime
    to attack targets in Russia with drones was thwarted"), or None. A thwarting verb
    (cues.thwarted), drones or missiles, and the first side named that is no speaking body
    ("міноборони РФ"), no place ("targets in Russia", "на території Росії") and no bare
    enemy word (whose enemy it is stays the speaker's)."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    if not lex.has("cues.thwarted") or lex.search("cues.thwarted", text, s, e) is None:
        return None
    weapons = _spans(lex, "operations.drone_strike", text, s, e) + _spans(lex, "operations.missile_strike", text, s, e)
    if not weapons:
        return None
    enemy = _spans(lex, "cues.enemy", text, s, e) if lex.has("cues.enemy") else []
    officials = _spans(lex, "claims.official_sources", text, s, e)
    places = ctx.place_words | _territory_words(lex)
    # (the side named with the air defence, "the Russian air defence", "الدفاعات الجوية
    # الروسية", defended)
    defence = _spans(lex, "cues.interception", text, s, e)
    for ms, me, code in mentions:
        if any(0 <= a - me <= 3 or (0 <= ms - b <= 2 and not text[b:ms].strip()) for a, b in defence):
            continue
        if any(a < me and ms < b for a, b in enemy + officials) or ms > max(a for a, _ in weapons) or \
                any(0 <= ms - b <= 2 and not text[b:ms].strip() for _, b in officials):
            continue
        prev = _prev_words(text, ms, 2)
        if prev and (prev[-1] in places or (len(prev) > 1 and prev[-2] in places)):
            continue
        if _speaks(ctx, me, e):
            continue
        return (ms, me, code)
    return None


# At most this many words between a debris or fall word and the weapon's owner after it
# ("Обломки сбитого над Белгородской областью | украинского беспилотника").
DEBRIS_OWNER_WORDS = 5


def _debris_of_owned_weapon(ctx: Ctx, sent: Sentence, ms: int, me: int, weapons: list) -> bool:
    """Is the side named at ms..me the owner of a drone or missile ("a Ukrainian drone", "un dron
    ucraniano") in a phrase a debris or fall word opens a few words before it ("Debris from a
    Ukrainian drone shot down ...", "Los restos de un dron ucraniano derribado ...")? Its
    side launched the weapon that came down (places.fall_words)."""
    text, lex = ctx.text, ctx.lex
    if not lex.has("places.fall_words"):
        return False
    owns = any(0 <= a - me <= 2 and not text[me:a].strip() for a, _ in weapons) or \
        any(0 <= ms - b <= 2 and not text[b:ms].strip() for _, b in weapons)
    if not owns:
        return False
    first = min([ms] + [a for a, b in weapons if 0 <= ms - b <= 2])
    return any(b <= first and tokens_between(ctx, b, first) <= DEBRIS_OWNER_WORDS and
               not re.search(r"[,;:.]", text[b:first])
               for _, b in _spans(lex, "places.fall_words", text, max(sent.start, first - 80), first))


def _genitive_owner_of_counted_weapons(ctx: Ctx, sent: Sentence, ms: int, weapons: list) -> bool:
    """Is the side named at ms the owner of counted drones or missiles right before it, joined
    by a genitive article alone ("15 Drohnen der Huthi", "15 Drohnen des Iran"; German marks the
    genitive so, grammar genitive_articles)?"""
    text, lex = ctx.text, ctx.lex
    gen = grammar.words("genitive_articles", lex.lang)
    if not gen:
        return False
    for a, b in weapons:
        m = re.fullmatch(r"\s+(\w+)\s+", text[b:ms]) if 0 < ms - b <= 8 else None
        if m and fold(m.group(1), lex.lang) in gen and \
                any(not text[n.end():a].strip() for n in ctx.numpat.finditer(text, max(sent.start, a - 20), a)):
            return True
    return False


def _adjective_inside_weapon(ctx: Ctx, ms: int, me: int, weapons: list) -> bool:
    """Where adjectives follow their noun, a side's adjective may stand inside a weapon phrase,
    between its head noun (grammar.split_weapon_heads: "طائرة", "طائرات") and the complement
    that makes it a drone ("42 طائرة روسية بدون طيار", "طائرات أوكرانية مسيرة"): the side owns
    the weapon, as it does in "طائرات مسيرة أوكرانية"."""
    return _split_weapon_head(ctx, ms, me, weapons) is not None


def _split_weapon_head(ctx: Ctx, ms: int, me: int, weapons: list) -> int | None:
    """Where the head noun of a weapon phrase split by the side's adjective at ms..me starts
    (_adjective_inside_weapon), else None."""
    heads = grammar.words("split_weapon_heads", ctx.lex.lang)
    if not heads or not any(0 <= a - me <= 2 for a, _ in weapons):
        return None
    w0 = max(0, ms - 30)
    before = re.search(r"([\w'’]+)\s+$", ctx.text[w0:ms])
    if not before or fold(before.group(1), ctx.lex.lang) not in heads:
        return None
    return w0 + before.start(1)


def _adjectives_between(ctx: Ctx, a: int, b: int) -> bool:
    """In a language whose nouns are all capitalised, are the words between a and b one or two
    lower-case adjectives ("Ziele der libanesischen Hisbollah-Miliz", "Stellungen der
    radikalislamischen Hamas")? The target intro then still governs the group after them."""
    if not ctx.lex.raw.get("meta", {}).get("capitalised_nouns"):
        return False
    words = ctx.text[a:b].split()
    return 0 < len(words) <= 2 and all(w.isalpha() and w.islower() for w in words)


def _intro_before_adjectives(ctx: Ctx, s: int, lead: int) -> bool:
    """"Ziele der libanesischen Hisbollah-Miliz": a target intro (actor_roles.target_intro) and
    one or two lower-case adjectives before the group's name, in a language whose nouns are all
    capitalised, after a generic target noun (counts.targets) or a kind of target: the group owns
    what was hit."""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("meta", {}).get("capitalised_nouns") or not lex.has("actor_roles.target_intro"):
        return False
    intro = None
    for intro in lex.finditer("actor_roles.target_intro", text, max(s, lead - 40), lead):
        pass
    if intro is None or not _adjectives_between(ctx, intro.end(), lead):
        return False
    heads = [(m.start(), m.end()) for m in lex.finditer("counts.targets", text, max(s, intro.start() - 30), intro.start())] \
        if lex.has("counts.targets") else []
    heads += [(a, b) for a, b, _ in lex.find_coded("target_types", text, max(s, intro.start() - 40), intro.start())]
    return any(not text[b:intro.start()].strip() for _, b in heads)


def _in_reaction_phrase(ctx: Ctx, mm, s: int, e: int) -> bool:
    """Does the cue match lie inside a reaction phrase (dates.reaction: "als Vergeltung für",
    "in retaliation for")? The phrase names what a strike answered."""
    lex = ctx.lex
    return lex.has("dates.reaction") and any(
        r.start() <= mm.start() and mm.end() <= r.end() for r in lex.finditer("dates.reaction", ctx.text, s, e))


def _coordinated_impact(ctx: Ctx, sent: Sentence, head: tuple[int, int], impacts: list) -> bool:
    """Is the death verb at head coordinated with an impact verb of the sentence right after it
    ("keine Zivilisten verletzt oder getötet", "wounded or killed")? The pair reports what the
    strikes did, as the impact verb alone would: no toll of its own."""
    glue = grammar.words("coordinators", ctx.lex.lang) | grammar.words("disjunctions", ctx.lex.lang)
    starts = {t[0] for t in sent.triggers}
    return any(a > head[1] and a in starts and ctx.text[head[1]:a].split() and
               all(w.lower() in glue for w in ctx.text[head[1]:a].split())
               for a, _ in impacts)


def _plural_quantifier_before(ctx: Ctx, s: int, pos: int) -> bool:
    """Does a plural quantifier stand right before pos ("mehrere ukrainische Drohnen", "Dutzende
    russische Drohnen", "several Ukrainian drones": numbers.approx_words)? A salvo counted
    approximately is a salvo as a number is, not one weapon downed in passing."""
    lex = ctx.lex
    if not lex.has("numbers.approx_words"):
        return False
    return any(not ctx.text[m.end():pos].strip()
               for m in lex.finditer("numbers.approx_words", ctx.text, max(s, pos - 25), pos))


def _cue_after_own_weapon(ctx: Ctx, sent: Sentence, me: int, c: int, weapons: list) -> bool:
    """Does the interception cue at c stand after the weapon that the side's adjective ending at
    me is on, as the clause's own verb ("43 ukrainische Drohnen über ... abgefangen und
    zerstört")? Not an air defence named there: that names the defender."""
    ends = [b for a, b in weapons if 0 <= a - me <= 2]
    if not ends or c < min(ends):
        return False
    lex = ctx.lex
    # a verb, not the defence's noun ("Luftabwehr", "air defence"): a shoot-down verb at c
    return any(a == c for a, _ in _spans(lex, "places.shootdown_verbs", ctx.text, sent.start, sent.end))


def _side_named(ctx: Ctx, s: int, e: int) -> bool:
    """Is a side named in s..e by its own name (not only by "the enemy", cues.enemy)?"""
    lex = ctx.lex
    enemy = _spans(lex, "cues.enemy", ctx.text, s, e) if lex.has("cues.enemy") else []
    return any(not any(a <= ms < b for a, b in enemy) for ms, _, _ in lex.find_coded("actors", ctx.text, s, e))


def _owned_target_before_weapon(ctx: Ctx, pos: int, e: int) -> bool:
    """Verb-final: does a kind of target or a generic target noun stand between the owner's
    postposition ending at pos and the first weapon after it ("Hamas'a ait hedefleri savaş
    uçaklarıyla vurdu": Hamas's targets, struck with warplanes)? What the owner owns is the
    target; the weapon after it is the striker's means, not the owner's."""
    text, lex = ctx.text, ctx.lex
    keys = ("operations.airstrike", "operations.drone_strike", "operations.missile_strike", "operations.artillery")
    weapons = [a for key in keys if lex.has(key) for a, _ in _spans(lex, key, text, pos, e)]
    if not weapons or not lex.raw.get("meta", {}).get("verb_final"):
        return False
    first = min(weapons)
    owned = [a for a, _, _ in lex.find_coded("target_types", text, pos, e)]
    if lex.has("counts.targets"):
        owned += [a for a, _ in _spans(lex, "counts.targets", text, pos, e)]
    return any(pos <= a <= first for a in owned)   # ("füze rampasını": the weapon heads a target)


# An implicative verb stands at most this many words before the infinitive it completes
# ("вдалося знищити", "Силам ППО вдалося успішно знищити").
IMPLICATIVE_GAP_WORDS = 1


# The most words between a year and the participle that it dates ("anexionada por Rusia en
# 2014", "die 2014 von Russland annektierte Halbinsel")
ATTRIBUTE_YEAR_WORDS = 4


# a full stop before a letter of a script without case (document.split_sentences ends an
# Arabic sentence there since session 22; until then an Arabic paragraph was one sentence)
_CASELESS_STOP = re.compile(r"[.!?؟]\s+(?=[^\W\d_])")


def _another_stop_part(text: str, s: int, e: int, a: int, b: int) -> bool:
    """Whether a full stop before a caseless letter stands between positions a and b of the
    sentence span s..e."""
    lo, hi = max(s, min(a, b)), min(e, max(a, b))
    return any(text[m.end()].lower() == text[m.end()].upper() for m in _CASELESS_STOP.finditer(text, lo, hi))


def _year_of_attribute(ctx: Ctx, sent: Sentence, ys: int, ye: int) -> bool:
    """Does the year at ys..ye date what a place or a group is, not the sentence's strike? It
    stands in a side clause that holds no strike word ("..., the bastion of insurgents who rose
    up against the state in 2004"), or beside a participle telling how a place came to be held
    or a group to be (dates.state_participles: "Crimea, annexed by Russia in 2014", "die 2014
    von Russland annektierte Halbinsel Krim", "la péninsule annexée en 2014")."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    clause = clause_at(ctx, s, e, ys)
    if clause.side and not any(clause.start <= a < clause.end for a, _ in sent.triggers) and \
            not _spans(lex, "dates.since", text, clause.start, clause.end):
        # (a since-phrase there, "que interviene en Yemen desde 2015", would open a running total)
        return True
    if not lex.has("dates.state_participles"):
        return False
    for a, b in _spans(lex, "dates.state_participles", text, s, e):
        lo, hi = (b, ys) if b <= ys else (ye, a)
        if hi >= lo and tokens_between(ctx, lo, hi) <= ATTRIBUTE_YEAR_WORDS and \
                not re.search(r"[,;:.()]", text[lo:hi]) and \
                not any(lo <= t < hi for t, _ in sent.triggers):
            return True
    return False


def _article_word(word: str, lang: str | None) -> bool:
    """Is the word an article, an elided one too ("L'armée": "L" once the apostrophe is cut)?"""
    articles = {fold(a) for a in grammar.words("articles", lang)}
    return fold(word) in articles or fold(word) + "'" in articles or fold(word) + "’" in articles


def _coordinated_with_striker(ctx: Ctx, sent: Sentence, prev: list, ms: int) -> bool:
    """Is the mention at ms joined by a coordinator alone to a side already read as striking
    ("des avions russes et syriens", "russes et | syriens")? Then it is a second striker,
    not a country named as a place after "et"."""
    if not prev or prev[-1] not in grammar.bare("coordinators") or not ctx.text[ms].islower():
        return False
    # (adjectives both, written in lower case: a country's name is no second striker here)
    return any(b <= ms and ctx.text[a].islower() and re.fullmatch(r"\s+\S+\s+", ctx.text[b:ms])
               for a, b, _ in sent.actors)


def _infinitive(ctx: Ctx, t: tuple[int, int]) -> bool:
    """Is the verb that opens the trigger span an infinitive (grammar.infinitive_endings:
    "готуються знову вдарити", "не зможе завдавати ударів")? What someone prepares, plans or
    cannot do reports no strike; after an implicative verb ("вдалося знищити") it was done."""
    endings = grammar.words("infinitive_endings", ctx.lex.lang)
    zu = _zu_infinitive(ctx, t)
    if not endings and not zu:
        return False
    word = re.match(r"[\w'’ʼ-]+", ctx.text[t[0]:t[1]])
    if word is None or not (zu or any(fold(word.group()).endswith(x) for x in endings)):
        return False
    if fold(word.group()) in grammar.words("past_infinitive_aux", ctx.lex.lang):
        return False   # "a déclaré avoir frappé": a past infinitive tells the strike done
    before = re.findall(r"[\w'’ʼ-]+", ctx.text[max(0, t[0] - 60):t[0]])[-(IMPLICATIVE_GAP_WORDS + 1):]
    implicative = grammar.words("implicative_verbs", ctx.lex.lang)
    return not any(fold(w) in implicative for w in before)


# the most words between "since" and a side named in the happening it dates ("depuis l'annonce
# le 6 décembre de la décision du président américain": 9; "since US President Donald Trump
# announced on December 6 his decision to recognise Jerusalem as Israel's capital": 14)
SINCE_PHRASE_WORDS = 20
# the most words between a word that says "since" and "from" alike and a side it brings in as
# where from ("desde el lado ruso": 2)
ORIGIN_SIDE_WORDS = 3


def _in_since_phrase(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the side at ms named inside a phrase opened by "since" (dates.since) after the
    predicate, not before a day, that dates the strikes by another happening ("have fired 18 rockets since US President Donald Trump
    announced ...", "depuis l'annonce ... de la décision du président américain", "desde el
    anuncio del presidente estadounidense")? The side is part of that happening: it neither
    strikes nor is struck here. Not when a strike word stands between (the strikes it dates are
    then that side's: "since Israel began striking")."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("dates.since"):
        return False
    # (a word that also says where from, "desde", "depuis", with the side a few words after
    # it, says where from: "desde el lado ruso se dispararon 73 drones")
    # (folded once a lexicon: asked for each side named)
    origins = lex.derived("places.origin_preps folded", lambda: frozenset(
        fold(w) for w in lex.raw.get("places", {}).get("origin_preps", [])))
    for a, b in _spans(lex, "dates.since", text, sent.start, ms):
        if sent.head is None or a < sent.head:
            continue  # only a phrase after the predicate ("Seit Sonntag hat die Luftwaffe ...": a time)
        if any(0 <= d.start - b and tokens_between(ctx, b, d.start) <= 1 for d in sent.dates):
            continue  # "since Sunday", "depuis le 6 décembre": a day, no happening
        if fold(text[a:b].split()[0]) in origins and tokens_between(ctx, b, ms) <= ORIGIN_SIDE_WORDS:
            continue
        if tokens_between(ctx, b, ms) <= SINCE_PHRASE_WORDS and not re.search(r"[,;:()]", text[b:ms]) and \
                not any(b <= t < ms for t, _ in sent.triggers):
            return True
    return False

# the most words between a count and the fighters it counts ("24 على الأقل من مقاتلي": 24 at
# least of the fighters of), and between the fighters' phrase and the death verb after it
COUNTED_DEAD_GAP_WORDS = 3


def _owner_of_counted_dead(ctx: Ctx, sent: Sentence, ms: int, me: int, verb: int) -> bool:
    """Does the side named at [ms, me) own the fighters a number counts right before the kill
    verb at `verb` ("24 من مقاتلي تنظيم الدولة قتلوا", "24 combattants de l'EI ont été tués",
    "24 ISIS fighters were killed"): the fighters' noun right before the name (its genitive) or
    right after it (its adjective), a number before that phrase, and nothing but a few words,
    no clause punctuation, between the phrase and the verb?"""
    lex, text = ctx.lex, ctx.text
    if not lex.has("counts.combatants") or not lex.has("counts.killed") or \
            re.search(r"[,;:.]", text[me:verb]) or tokens_between(ctx, me, verb) > COUNTED_DEAD_GAP_WORDS + 3:
        return False
    if not any(a == verb for a, _ in _spans(lex, "counts.killed", text, verb, sent.end)):
        return False   # the verb kills: "قتلوا", "were killed"; not "fired", "attacked"
    for a, b in _spans(lex, "counts.combatants", text, sent.start, verb):
        if b <= ms and tokens_between(ctx, b, ms) <= 1 and not re.search(r"[,;:.]", text[b:ms]):
            start = a            # "مقاتلي تنظيم الدولة", "combattants de l'EI"
        elif me <= a and tokens_between(ctx, me, a) == 0:
            start = ms           # "ISIS fighters"
        else:
            continue
        window = text[max(sent.start, start - 40):start]
        words = re.findall(r"[\w'’]+", window)[-(COUNTED_DEAD_GAP_WORDS + 1):]
        numbers = lex.intmaps.get("numbers.words", {})
        if any(w.isdigit() or parse_number(w, lex.lang, numbers) is not None for w in words):
            return True
    return False

# The cues a relative clause that tells of its noun's past ("El ejército turco, que combate al PKK
# desde hace décadas, informó de que ...") may hold without its sentence's report being one of them
BACKGROUND_CLAUSE_CUES = ("generic", "historical")


# the most words between fighters and a plan word describing them ("terrorists | planning",
# "террориста, | готовившие")
PLANNING_FIGHTERS_WORDS = 1


def _cue_on_fighters_subject(ctx: Ctx, sent: Sentence, at: int) -> bool:
    """Is the threat or attempt cue at `at` a participle describing the fighters that are the
    subject of the sentence's passive strike ("Three terrorists planning attacks on Turkish
    bases were neutralised", "Три террориста, готовившие нападения, были нейтрализованы")?
    It says what the fighters were about to do; the strike on them happened."""
    lex, text = ctx.lex, ctx.text
    if not sent.passive or not sent.triggers or at >= sent.triggers[0][0] or not lex.has("counts.combatants"):
        return False
    return any(b <= at and tokens_between(ctx, b, at) <= PLANNING_FIGHTERS_WORDS and
               not re.search(r"[.;:]", text[b:at]) and
               not re.search(r"[.;:]", text[at:sent.triggers[0][0]])
               for a, b in _spans(lex, "counts.combatants", text, sent.start, at))


def _cue_in_background_clause(ctx: Ctx, sent: Sentence, at: int) -> bool:
    """Is the cue at `at` inside a relative clause that holds no strike word of the sentence,
    with a trigger after that clause ("The Turkish army, which has fought the PKK for years,
    said its jets destroyed ...", "El ejército turco, que combate al PKK desde hace décadas,
    informó de que sus aviones destruyeron ...")? The clause describes a side named in the
    sentence; its time words do not date the report."""
    c = clause_at(ctx, sent.start, sent.end, at)
    if c.kind != "relative":
        return False
    if any(c.start <= a < c.end for a, _ in sent.triggers):
        return False
    return any(a >= c.end for a, _ in sent.triggers)


def _zu_infinitive(ctx: Ctx, t: tuple[int, int]) -> bool:
    """Is the verb that opens the trigger span a German zu-infinitive, "zu" glued after a
    separable prefix ("kündigten an, weiter Schiffe anzugreifen", grammar.zu_prefixes) or
    standing right before it ("drohte, die Stadt zu bombardieren", grammar.zu_particles)?"""
    particles = grammar.words("zu_particles", ctx.lex.lang)
    if not particles:
        return False
    word = re.match(r"[\w'’ʼ-]+", ctx.text[t[0]:t[1]])
    if word is None:
        return False
    w = fold(word.group())
    if not re.search(r"(?:en|ern|eln)$", w):
        return False
    # "Der Versuch, mit drei Drohnen Ziele ... anzugreifen, sei vereitelt worden": an attempt
    # foiled is the launcher's strike (CONVENTIONS: intercepted drones), not a plan
    lead = re.split(r"[.!?]\s", ctx.text[max(0, t[0] - 200):t[0]])[-1]
    if any(fold(x) in grammar.words("zu_attempt_nouns", ctx.lex.lang) for x in re.findall(r"[\w'’]+", lead)):
        return False
    if any(w.startswith(p + z) and len(w) > len(p + z) + 3
           for p in grammar.words("zu_prefixes", ctx.lex.lang) for z in particles):
        return True
    before = re.findall(r"[\w'’ʼ-]+", ctx.text[max(0, t[0] - 20):t[0]])
    return bool(before) and fold(before[-1]) in particles


# A reminder opens its sentence: it stands among this many first words ("Нагадаємо, що ...",
# "Отже, нагадаємо: ...").
RECALL_OPENING_WORDS = 3


def _recalled(ctx: Ctx, sent: Sentence) -> bool:
    """Does the sentence open with a reminder (cues.recall: "Нагадаємо", "Нагадуємо") and name
    no time of the report's own day ("уночі", "сьогодні", "вранці")? What it recalls is an
    earlier report, told as background; "Нагадаємо, що уночі ворог випустив 44 ракети"
    restates the report itself. ("Як повідомлялося" is no cue: it as often adds to the same
    report what was said of it before.)"""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    if not lex.has("cues.recall"):
        return False
    opening = tokens_after(ctx, s, RECALL_OPENING_WORDS, e)
    if lex.search("cues.recall", text, s, opening) is None:
        return False
    if _names_another_day(ctx, s, e):
        # "Нагадаємо, вранці 10 жовтня окупанти атакували ...": the part of the day is that
        # earlier day's, not the report's
        return True
    own_day = ("dates.today", "dates.overnight", "dates.day_part", "dates.night_range")
    return not any(lex.has(key) and lex.search(key, text, s, e) is not None for key in own_day)


def _names_another_day(ctx: Ctx, s: int, e: int) -> bool:
    """Does the span name a day by its date ("10 жовтня", "10.10.2024") other than the
    announcement day (any such day when the announcement day is unknown)?"""
    from .dates import find_dates  # noqa: PLC0415
    days = [m for m in find_dates(ctx.text, s, e, ctx.lex, ctx.pub)
            if m.kind == "abs" and not m.dateline and not m.since and (m.day or m.month_day)]
    return bool(days) and not any(ctx.pub is not None and m.day == ctx.pub for m in days)


def _adjective_on_strike_noun(ctx: Ctx, sent: Sentence, ms: int, me: int) -> bool:
    """Is the single-word mention the adjective right after a strike noun ("ataques
    estadounidenses", "frappes américaines"), nothing but a space between?"""
    if " " in ctx.text[ms:me].strip():
        return False
    return any(ne <= ms and not ctx.text[ne:ms].strip() for _, ne in
               _spans(ctx.lex, "triggers.strike_nouns", ctx.text, sent.start, sent.end))


def _noun_striker(ctx: Ctx, nouns: list, s: int, e: int, defended: bool = False):
    """The first strike noun with its striker attached right after it: a state's genitive with
    no word between where the language has no articles ("атаке Ирана", "удару Ізраїлю"), a
    genitive after a linker or article ("une attaque de l'Iran", "ein Angriff des Iran"), or
    an agent phrase ("an attack by Iran"); ((noun start, noun end), (start, end, code))."""
    text, lex = ctx.text, ctx.lex
    # (a bare genitive needs a cased language without articles: ru, uk; an Arabic adjective
    # after its noun, "الغارات الروسية", is no genitive complement)
    bare = not grammar.words("articles", lex.lang) and bool(grammar.words("case_endings", lex.lang))
    of_rule = grammar.regex(_NOUN_OF_STRIKER, re.IGNORECASE)
    agents = [m for m in lex.finditer("actor_roles.agent_intro", text, s, e)] if lex.has("actor_roles.agent_intro") else []
    follows = bool(lex.raw.get("meta", {}).get("adjectives_follow"))
    for ns, ne in nouns:
        if defended and not follows and not lex.raw.get("meta", {}).get("verb_final"):
            # "hat einen ukrainischen Drohnenangriff abgewehrt", "repelled a Russian missile
            # attack": where adjectives precede their noun, a side named right before the strike
            # noun that a defence repelled (only means words between) is who struck; beside a
            # claim verb alone the adjective may be the place ("the Syrian strikes", in Syria)
            before = [m for m in lex.find_coded("actors", text, s, ns) if _only_means_between(lex, text, m[1], ns)]
            if before:
                return (ns, ne), before[-1]
        for ms, me, code in lex.find_coded("actors", text, ne, e):
            gap = text[ne:ms]
            if re.search(r"[,;:.()]", gap):
                break
            # (a bare genitive of an armed group is as often what was struck: "бомбардування
            # курдів", "бомбардировки ИГИЛ"; of a state, who struck: "удар Израиля")
            if follows and code not in ORGS and _only_means_between(lex, text, ne, ms) and \
                    not _definite(text[ns:ne], lex.lang) and (_governed(text, ns, lex.lang) or defended):
                # (or the object of a defence: "صدت هجوما بطائرات مسيرة أوكرانية", repelled an attack)
                # "لهجوم صاروخي روسي", "لقصف مدفعي إسرائيلي" (to a Russian missile attack, to
                # Israeli shelling): where adjectives follow their noun, a state's adjective after
                # the strike noun (and its means adjective) names who struck
                return (ns, ne), (ms, me, code)
            if (bare and not gap.strip() and code not in ORGS) or (not bare and of_rule.fullmatch(text, ne, ms)) or \
                    any(ne <= m.start() and m.end() <= ms and not text[ne:m.start()].strip() and
                        len(text[m.end():ms].split()) <= 1 for m in agents) or _agent_phrase(ctx, ne, ms):
                return (ns, ne), (ms, me, code)
            if not bare and _weapon_of_striker(ctx, ne, ms, of_rule, adjective=defended):
                return (ns, ne), (ms, me, code)
            break   # only the first name after the noun
    return None


# The most words between a strike noun and the weapon phrase that says what it was made with
# ("un ataque con un dron de Hezbolá": "con un")
MEANS_INTRO_WORDS = 2


def _weapon_of_striker(ctx: Ctx, ne: int, ms: int, of_rule, adjective: bool = False) -> bool:
    """Does the strike noun ending at ne go on with its means and the means' owner, the side
    named at ms ("un ataque con un dron de Hezbolá", "une attaque de drones du Hezbollah",
    "ein Angriff mit Drohnen der Hisbollah")? The weapon's owner launched it: the strike is his."""
    text, lex = ctx.text, ctx.lex
    gap = text[ne:ms]
    if re.search(r"[,;:.()\"«»“”]", gap):
        return False
    weapons = [(m.start(), m.end()) for key in ("operations.drone_strike", "operations.missile_strike",
                                                 "operations.artillery")
               for m in lex.finditer(key, text, ne, ms)]
    # "une attaque de drones ukrainiens", "un ataque con drones ucranianos" repelled: where the
    # owner's adjective follows the weapon in a strike noun's phrase, the adjective right after
    # it (asked for a strike noun a defence repelled: adjective)
    meta = lex.raw.get("meta", {})
    after = adjective and bool(meta.get("owner_after_weapon") or meta.get("strike_weapon_owner"))
    if after and not gap.strip() and any(
            m.end() == ne for key in ("operations.drone_strike", "operations.missile_strike")
            for m in lex.finditer(key, text, max(0, ne - 30), ne)):
        return True   # the strike noun's own weapon ("un ataque con drones | ucranianos")
    for ws, we in sorted(weapons):
        if len(text[ne:ws].split()) <= MEANS_INTRO_WORDS and \
                (of_rule.fullmatch(text, we, ms) or (after and we < ms and not text[we:ms].strip())):
            return True
    return False


# At most this many words between a strike noun's agent preposition and the side's name it
# introduces ("со стороны позиций террористической группировки «Х»": the side's force or
# positions, their adjective).
AGENT_PHRASE_WORDS = 3


def _agent_phrase(ctx: Ctx, ne: int, ms: int) -> bool:
    """Does an agent phrase join the strike noun ending at ne to the side named at ms: only
    means words after the noun, then the language's agent preposition for a strike noun
    (actor_roles.noun_agent_intro: "со стороны", "з боку", "من قبل"), then at most a few words
    of the force's or its positions' name ("35 обстрелов со стороны позиций группировки «Х»",
    "قصف مدفعي وصاروخي من قبل قوات الحكومة")? The phrase names who fired, as "by" does."""
    text, lex = ctx.text, ctx.lex
    if not lex.has("actor_roles.noun_agent_intro"):
        return False
    for a, b in _spans(lex, "actor_roles.noun_agent_intro", text, ne, ms):
        if _only_means_between(lex, text, ne, a) and not re.search(r"[,;:.()]", text[b:ms]) and \
                len(re.findall(r"[^\W_]+", text[b:ms])) <= AGENT_PHRASE_WORDS:
            return True
    return False


def _reporting_force(ctx: Ctx, nouns: list, claims: list, s: int, e: int):
    """A state's military body reporting its own strikes with a strike noun and no strike verb:
    "El Ministerio de Defensa turco confirmó ataques aéreos contra posiciones del PKK", "El
    Ejército iraquí anunció la muerte de cinco miembros del Estado Islámico en un ataque aéreo".
    The body (a military name or official source holding the state's name) is the subject of the
    claim verb and opens the sentence; the strike noun follows the verb; an armed group is named
    after the verb (whose assets were hit) and no other state is named, so the strike is not one
    the body reports having suffered. ((noun start, noun end), (start, end, code)) or None."""
    text, lex = ctx.text, ctx.lex
    if any(lex.has(key) and _spans(lex, key, text, s, e) for key in
           ("cues.interception", "cues.threat", "cues.attempt", "cues.denial", "cues.allegation")):
        return None   # "said it will strike", "denied the strikes": no strike of its own reported
    backers = attribute_agents(text, s, e, backers_only=True)   # "der vom Iran unterstützten Huthi"
    mentions = [m for m in lex.find_coded("actors", text, s, e)
                if m[2] in ORGS or not any(a <= m[0] < b for a, b in backers)]
    if not mentions:
        return None
    ms, me, code = mentions[0]
    if code in ORGS or any(c != code and c not in ORGS for _, _, c in mentions):
        return None
    bodies = _spans(lex, "actor_roles.military_names", text, s, e) + _spans(lex, "claims.official_sources", text, s, e)
    body = [(a, b) for a, b in bodies if a <= me + 1 and ms <= b + 20 and not re.search(r"[,;:]", text[min(a, ms):max(b, me)])]
    if not body:
        return None
    lead = text[s:min(min(a for a, _ in body), ms)].strip(" \t\n\"'«“”»-–—")
    if any(not _article_word(w, lex.lang) for w in lead.split()):
        return None   # the body opens the sentence, after its article at most
    verb = next(((a, b) for a, b in claims if a >= max(me, max(b2 for _, b2 in body))), None)
    gap = re.sub(r"\(\w+\)", "", text[max(me, max(b2 for _, b2 in body)):verb[0]]) if verb else ""
    if verb is None or re.search(r"[,;:()«»\"“”]", gap) or len(gap.split()) > 3:
        return None
    noun = next(((a, b) for a, b in nouns if a > verb[1]), None)
    if noun is None or not any(a > verb[1] and c in ORGS for a, _, c in mentions):
        return None
    weapons = nouns + [(a, b) for key in ("operations.drone_strike", "operations.missile_strike", "operations.artillery")
                       for a, b in _spans(lex, key, text, s, e)]
    for a, _, c in mentions:
        if c in ORGS and any(b <= a and grammar.regex(_NOUN_OF_STRIKER, re.IGNORECASE).fullmatch(text, b, a)
                             for _, b in weapons):
            return None   # "un ataque con un dron de Hezbolá": the group's own strike, reported
    attached = _noun_striker(ctx, [n for n in nouns if n[0] > verb[1]], s, e)
    if attached is not None and attached[1][2] in ORGS:
        return None   # "wounded in an attack by Hezbollah": the strike noun names its own striker
    return verb, (ms, me, code)


# The most words between a claim verb and its subject's side ("أعلنت القوة الصاروخية في الجيش
# اليمني"), and between the side and the verbal noun of the strike ("أعلن حزب الله، اليوم
# السبت، استهداف").
CLAIM_SUBJECT_WORDS = 4
CLAIM_NOUN_WORDS = 4


def _claim_subject_noun(ctx: Ctx, nouns: list, claims: list, s: int, e: int):
    """"أعلن حزب الله استهداف ثكنة راميم", "أعلنت القيادة المركزية الأمريكية عن تنفيذ غارة": a
    sentence that opens with its claim verb, its subject a military body or armed group right
    after it, and then a strike's verbal noun without the article as the claim's object (the
    language's grammar.claim_noun_glue may stand before it: "عن"): the subject's side struck.
    ((noun start, noun end), (start, end, code)) or None."""
    text, lex = ctx.text, ctx.lex
    glue = grammar.words("claim_noun_glue", lex.lang)
    if not glue:
        return None
    comps = {w for w in lex.raw.get("claims", {}).get("complementizers", [])}
    lead = [(a, b) for a, b in claims if not text[s:a].strip(" \"'«“”»–—-")]
    if not lead:
        return None
    cb = lead[0][1]
    mention = next(((ms, me, code) for ms, me, code in lex.find_coded("actors", text, cb, e)), None)
    if mention is None:
        return None
    ms, me, code = mention
    gap = text[cb:ms]
    if re.search(r"[.;:()]", gap) or len(gap.split()) > CLAIM_SUBJECT_WORDS or \
            any(w.strip("،,") in comps for w in gap.split()):
        return None
    military = code in ORGS or any(a < me and b > cb for a, b in _spans(lex, "actor_roles.military_names", text, cb, me)) or \
        any(a < me and b > cb for a, b in _spans(lex, "actor_roles.forces_nouns", text, cb, me))
    if not military:
        return None
    for ns, ne in nouns:
        if ns < me:
            continue
        between = text[me:ns]
        words = [w.strip("،,") for w in between.split()]
        if re.search(r"[.;:()]", between) or len([w for w in words if w]) > CLAIM_NOUN_WORDS or \
                any(w in comps for w in words) or any(c != code for _, _, c in lex.find_coded("actors", text, me, ns)) or \
                _spans(lex, "triggers.strike_nouns", text, me, ns) or _definite(text[ns:ne], lex.lang):
            return None
        # (the words between: the side's adjective, the subject's own side again ("أعلن الحرس
        # الثوري الإيراني استهداف": the IRGC's Iranian adjective), time words, commas, the glue)
        return (ns, ne), mention
    return None


def _state_adjective(word: str, lang: str | None) -> bool:
    """Is the word one adjective with the article, a nisba ("السعودي", "الإيرانية")?"""
    w = word.strip()
    return " " not in w and any(w.startswith(a) for a in grammar.words("article_prefixes", lang)) and \
        (w.endswith("ي") or w.endswith("ية"))


def _definite(word: str, lang: str | None) -> bool:
    """Does the word carry the article after its clitics (grammar.article_prefixes after
    grammar.*_clitics)? A definite strike noun with its side's adjective is the strikes told
    already, a background mention."""
    articles = grammar.words("article_prefixes", lang)
    clitics = grammar.words("conjunction_clitics", lang) | grammar.words("preposition_clitics", lang)
    w = word.strip()
    for _ in range(3):
        if any(w.startswith(a) for a in articles):
            return True
        c = w[:1]
        if c not in clitics:
            return False
        w = w[1:]
        # a preposition that is the article's last letter drops the article's first (ل + ال: لل)
        if any(len(a) > 1 and c == a[1:] and w.startswith(a[1:]) for a in articles):
            return True
    return False


def _opens_reported_clause(ctx: Ctx, b: int, e: int) -> bool:
    """Does a complementizer (claims.complementizers: "that") follow the verb ending at b, with
    no strike noun right after it ("claimed that the regions were attacked", not "claimed that
    attack")?"""
    lex, text = ctx.lex, ctx.text
    if not lex.has("claims.complementizers"):
        return False
    gap = re.match(r"\s+", text[b:e])
    at = b + (gap.end() if gap else 0)
    m = lex.pat("claims.complementizers").match(text, at)
    if not gap or m is None or m.end() > e or re.match(r"\w", text[m.end():m.end() + 1]):
        return False
    nxt = re.match(r"\s+", text[m.end():e])
    if not nxt:
        return False
    return lex.pat("triggers.strike_nouns").match(text, m.end() + nxt.end()) is None


def _after_verbal_noun_prep(text: str, at: int, lang: str | None) -> bool:
    """Does a preposition that makes the next word a verbal noun (grammar.verbal_noun_preps)
    stand right before the word at `at`?"""
    before = text[:at].split()
    return bool(before) and fold(before[-1].strip(",،")) in grammar.words("verbal_noun_preps", lang)


def _governed(text: str, ns: int, lang: str | None) -> bool:
    """Does a preposition govern the strike noun at ns: one glued to it or a word right before
    it (the lexicon's grammar.noun_governors)? A report of what befell a place or of who died
    in a strike puts one there ("came under shelling", "killed in a raid")."""
    word = text[ns:].split(None, 1)[0] if text[ns:].strip() else ""
    if word[:1] in grammar.words("preposition_clitics", lang):
        return True
    before = text[:ns].split()
    return bool(before) and before[-1] in grammar.words("noun_governors", lang)


def _only_means_between(lex, text: str, a: int, b: int) -> bool:
    """Is text[a:b] empty or only words naming the means ("صاروخي", "مدفعي", "جوية": missile,
    artillery, air), as between a strike noun and the side's adjective after it?"""
    rest = text[a:b]
    if not rest.strip():
        return True
    if re.search(r"[,;:.()\"«»“”]", rest):
        return False
    covered = [(m.start(), m.end()) for key in ("operations.airstrike", "operations.drone_strike",
                                                  "operations.missile_strike", "operations.artillery")
               for m in lex.finditer(key, text, a, b)]
    return all(any(x <= a + i < y for x, y in covered) for i, ch in enumerate(rest) if not ch.isspace())


# a strike noun, a linker or an article (or both), the striker's name: "attaque de l'Iran",
# "Angriff des Iran", "attack of Iran"
_NOUN_OF_STRIKER = r"\s+(?:(?:{linkers})\s*(?:(?:{articles})\s*)?|(?:{articles})\s*)"


# Between a possessive subject ("seine Luftwaffe") and the side's attribution phrase before it,
# at most this many words (the finite auxiliary, an adverb).
POSSESSIVE_SUBJECT_GAP_WORDS = 2


def _patron_compound(ctx: Ctx, me: int, e: int, after: str, mentions: list) -> bool:
    """Does a patron participle glued to the name ending at me ("Iranian-backed", "Iran-backed")
    qualify a group named or headed right after it ("Iran-backed Houthi rebels", "an
    Iranian-backed militant group", "Iran-backed militias")?"""
    return bool(grammar.words("patron_participles")) and \
        bool(grammar.regex(r"-{patron_participles}(?!\w)", re.IGNORECASE).match(after)) and \
        (any(0 < a - me <= 30 and tokens_between(ctx, me, a) <= 2 for a, _, _ in mentions) or
         _group_head_after(ctx, me, e))


def _patron_or_maker_state(ctx: Ctx, s: int, ms: int, me: int, code: str, mentions: list) -> bool:
    """Is the state named at ms..me only the patron of a group or the maker of a weapon: after a
    patron phrase ("Milizen, loyal to Iran", "угруповання, лояльні до Ірану", "milicias leales a
    Irán", "soutenus par l'Iran"), before a patron word or a name modifier ("die iranisch
    unterstützte Gruppe", "İran destekli milisler", "ABD yapımı HIMARS"), or after a maker's
    prefix ("de fabrication iranienne")? It neither struck nor owned what was hit, nor speaks.
    A name glued after the patron's adjective ("лояльні до іранського Корпусу вартових") is
    the same patron."""
    from .locate import _PATRON_AFTER, _PATRON_BEFORE  # noqa: PLC0415 (the places' reading of the phrase)
    text = ctx.text
    capitalised = ctx.lex.raw.get("meta", {}).get("capitalised_nouns")

    def patron(a: int, b: int) -> bool:
        if patron_named(ctx, a) or (grammar.words("patron_before") and grammar.regex(
                _PATRON_BEFORE, re.IGNORECASE).search(text[max(s, a - 40):a])):
            return True
        after = grammar.regex(_PATRON_AFTER, re.IGNORECASE).match(text, b) if grammar.words("patron_after") else None
        word = after.group().split()[1 if after.group()[:1] in "'’" else 0] if after else ""
        if after and not (capitalised and word[:1].isupper()):
            # (not a noun where nouns are capitalised: "ihrer russischen Verbündeten", the allies)
            return True
        if grammar.words("name_modifiers") and grammar.regex(
                r"(?:['’]\w{1,4})?\s+{name_modifiers}(?!\w)", re.IGNORECASE).match(text, b):
            return True
        return bool(grammar.words("maker_prefixes")) and bool(grammar.regex(
            r"(?<!\w){maker_prefixes}\s+(?:{articles}\s*)?$", re.IGNORECASE).search(text, max(s, a - 40), a))
    if patron(ms, me):
        return True
    return any(pe < ms and not text[pe:ms].strip() and pc == code and patron(ps, pe) for ps, pe, pc in mentions)


def _patron_agent(ctx: Ctx, ms: int) -> bool:
    """Is the state at ms the agent right after a participle that backs or controls a group
    ("поддерживаемой Ираном группировки", "подконтрольных Ирану формирований")? The patron
    is neither the striker nor whose assets were hit."""
    return bool(grammar.words("controller_participles", ctx.lex.lang)) and bool(
        grammar.regex(r"(?:^|[\s,(«\"])(?:{controller_participles})\s+$", re.IGNORECASE).search(
            ctx.text, max(0, ms - 40), ms))


def _possessive_subject(ctx: Ctx, sent: Sentence, me: int, head: int) -> bool:
    """Does a possessive pronoun open the subject of the clause after the attribution phrase
    ending at me ("Nach Angaben des russischen Verteidigungsministeriums hat seine Luftwaffe
    ... angegriffen")? Its owner is the attributed body; no other side is named between them."""
    lex, text = ctx.lex, ctx.text
    words = grammar.words("possessives", lex.lang)
    if not words:
        return False
    for m in re.finditer(r"[^\W\d_]+", text[me:head]):
        if fold(m.group(), lex.lang) in words:
            start = me + m.start()
            # (the attribution's source noun and a fronted auxiliary may stand between them)
            return tokens_between(ctx, me, start) <= POSSESSIVE_SUBJECT_GAP_WORDS + 1 and \
                not re.search(r"[;:.]", text[me:start]) and \
                not any(me < a < start for a, _, _ in sent.mentions)
    return False


def _launch_of_weapon(ctx: Ctx, a: int, b: int, weapons: list) -> bool:
    """Is the strike verb at a..b the participle or relative clause that says how a weapon
    next to it was launched ("un misil hutí lanzado desde Yemen", "صاروخا أطلق من اليمن",
    "ракету хуситов, запущенную из Йемена"; before it in a verb-final language, where the
    participle precedes its noun, "Yemen'den fırlatılan bir füzeyi")? In an interception report that launch is the other
    side's, not a strike by the side that intercepted it."""
    text = ctx.text
    verb_final = ctx.lex.raw.get("meta", {}).get("verb_final")
    for ws, we in weapons:
        # (in a verb-final language an active verb after its weapon is the clause's own
        # predicate, "Rusya 40 İHA fırlattı": the launch is the strike; a passive one,
        # "füze Yemen'den fırlatıldı", says how the weapon came)
        # (in a verb-second language a participle right after its weapon, with no comma, closes
        # the clause's verb bracket: _clause_final_participle)
        if we <= a and grammar.regex(_WEAPON_THEN_LAUNCH, re.IGNORECASE).fullmatch(text, we, a) and \
                not (verb_final and not _is_passive(ctx.lex, text, a, a, b)) and \
                not _clause_final_participle(ctx, we, a):
            return True
        if b <= ws and ctx.lex.raw.get("meta", {}).get("verb_final") and \
                grammar.regex(_LAUNCH_THEN_WEAPON, re.IGNORECASE).fullmatch(text, b, ws):
            return True
    return False


def _air_defence_agent(ctx: Ctx, sent: Sentence, ms: int, me: int, inter: list) -> bool:
    """Does the agent phrase of the side named at ms..me name the air defence, an interception
    cue between its agent word and the side ("por las defensas ucranianas", "par la défense
    antiaérienne ukrainienne") or at once after the side ("by Ukrainian air defences"; never a
    verb after it: "lanzado por los hutíes fue interceptado")? Then the
    side defended: the passive's agent downed what was launched."""
    text, lex = ctx.text, ctx.lex
    intro = None
    for intro in lex.finditer("actor_roles.agent_intro", text, max(sent.start, ms - 60), ms):
        pass
    if intro is None:
        return False
    return any((intro.start() <= a and b <= ms and not re.search(r"[,;:.]", text[b:ms]) and
                tokens_between(ctx, b, ms) <= AIR_DEFENCE_AGENT_GAP) or
               (me <= a and not text[me:a].strip(" -")) for a, b in inter)


# At most this many words between the air-defence noun and the side's name after it in an agent
# phrase ("por la defensa antiaérea de Ucrania": "de").
AIR_DEFENCE_AGENT_GAP = 2


def _names_air_defence(ctx: Ctx, me: int, inter: list) -> bool:
    """Is the side's adjective ending at me the first word of an air-defence noun right after it
    ("die russische Luftabwehr", "russische Flugabwehrsysteme"), an interception cue that is no
    verb? Where adjectives follow their nouns the noun comes first: not read there."""
    if ctx.lex.raw.get("meta", {}).get("adjectives_follow"):
        return False
    return any(a - me == 1 and ctx.text[me:a] == " " and ctx.text[a:a + 1].isupper() for a, _ in inter)


def _adjective_of_typed_weapon(ctx: Ctx, me: int, typed_weapons: list) -> bool:
    """Does a weapon's type name open the noun right after the side's adjective ending at me
    ("25 russische Shahed-Drohnen", "Russian Shahed drones")? The side owns that weapon as it
    owns "russische Kampfdrohnen": the compound's head noun stands after the type's name."""
    if ctx.lex.raw.get("meta", {}).get("adjectives_follow") or not typed_weapons:
        return False
    # (a drone's or a missile's type, launched; not an aircraft's, which may be the interceptor:
    # "Ukrainian F-16 jets shot down 12 Shahed drones")
    return any(0 <= a - me <= 2 and not ctx.text[me:a].strip() and
               platform_operation(ctx, name) in ("drone_strike", "missile_strike")
               for a, _, name in platform_hits(ctx, me, min(len(ctx.text), me + 60)))


def _clause_final_participle(ctx: Ctx, we: int, a: int) -> bool:
    """In a verb-second language, is the verb at a, right after the weapon ending at we with no
    comma between, the participle closing the clause ("hat die Ukraine mit 40 Drohnen
    angegriffen", "35 davon wurden abgeschossen"), not a participle after its noun saying how
    the weapon came? German puts an attributive participle before its noun ("eine aus dem Jemen
    abgefeuerte Rakete"); one after it stands apart, behind a comma."""
    return bool(ctx.lex.raw.get("meta", {}).get("verb_second")) and "," not in ctx.text[we:a]


# Between a launcher named in the genitive or before its agent postposition and the participle
# that launched the weapons ("Rusya'nın | gece boyunca | fırlattığı 40 İHA"), at most this many words.
LAUNCHER_PARTICIPLE_GAP_WORDS = 3


# Words that may stand between the agent of a launch participle and the weapons it qualifies
# ("запущенных Россией ночью беспилотников": a time adverb), or between the agent and the
# participle after it ("von Russland in der Nacht gestarteten Drohnen").
PRENOMINAL_LAUNCH_WORDS = 3


def _launcher_before_weapon(ctx: Ctx, sent: Sentence, ms: int, me: int, weapons: list) -> int | None:
    """Is the mention at ms..me the agent of a launch participle that qualifies drones or
    missiles a few words on, the participle before the noun: right after the participle
    ("запущенных Россией ночью беспилотников", "запущених Росією вночі безпілотників"), or
    after an agent preposition with the participle following ("von Russland in der Nacht
    gestarteten Drohnen")? In an interception report that side launched them. Where the
    phrase starts (the participle, or the agent preposition), else None."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    after = [a for a, _ in weapons if a >= me and tokens_between(ctx, me, a) <= PRENOMINAL_LAUNCH_WORDS + 1 and
             not re.search(r"[,;:]", text[me:a])]
    if not after:
        return None
    if grammar.words("launched_participles", lex.lang):
        before = re.search(r"(\w+)\s+$", text[max(s, ms - 40):ms])
        if before and fold(before.group(1), lex.lang) in grammar.words("launched_participles", lex.lang):
            return ms - len(before.group())
    if lex.has("actor_roles.agent_intro") and lex.has("triggers.launched_participles"):
        agent = lex.search("actor_roles.agent_intro", text, max(s, ms - 12), ms)
        if agent is not None and all(w.lower() in grammar.bare("articles") for w in text[agent.end():ms].split()):
            for pm in lex.finditer("triggers.launched_participles", text, me, min(e, me + 60)):
                if tokens_between(ctx, me, pm.start()) <= PRENOMINAL_LAUNCH_WORDS and \
                        not re.search(r"[,;:]", text[me:pm.start()]) and _weapon_after(ctx, pm.end(), e):
                    return agent.start()
    return None


def _launcher_of_participle(ctx: Ctx, sent: Sentence, ms: int, me: int, weapons: list) -> bool:
    """In a verb-final language, is the mention the subject of the participle that says how the
    weapons were launched, before them ("Rusya'nın fırlattığı 40 İHA'dan 35'i düşürüldü",
    "Rusya tarafından fırlatılan İHA'lar")? Its case says so: a genitive, or an agent before
    its postposition. Weapons intercepted are the launcher's strike (CONVENTIONS)."""
    text, lang = ctx.text, ctx.lex.lang
    agent = grammar.regex(r"(?:['’]\w{1,4})?\s+{agent_postpositions}(?!\w)", re.IGNORECASE).match(text, me) \
        if grammar.words("agent_postpositions", lang) else None
    if agent is None and name_case(ctx, ms, me) != "genitive":
        return False
    start = agent.end() if agent is not None else me
    return any(a >= start and not re.search(r"[,;:.]", text[start:a]) and
               tokens_between(ctx, start, a) <= LAUNCHER_PARTICIPLE_GAP_WORDS and
               _launch_of_weapon(ctx, a, b, weapons) for a, b in sent.triggers)


# weapon, at most one word naming its owner or kind ("hutí", "حوثيا", "хуситов") and a
# comma, then the launch verb; not a coordinator ("intercepted a rocket and struck")
_WEAPON_THEN_LAUNCH = r"\s*,?\s*(?:(?!(?:{coordinators})\s)[^\W\d_][\w'’-]*\s*,?\s*)?"
# the launch participle, at most one word (an article, a number), then the weapon
_LAUNCH_THEN_WEAPON = r"\s+(?:(?!(?:{coordinators})\s)[\w'’-]+\s+)?"


# Between a weapon and the side owning it: a linker and an article ("drones de Hezbolá",
# "cohetes de la milicia"); no adjective or comma, so "drones de ataque" owns nothing
_WEAPON_OWNER_GLUE = r"\s+(?:{linkers})\s+(?:(?:{articles})\s+)?"


# Between a kind of target and the group owning it, a genitive article or linker and one or
# two words naming the group's kind ("Kämpfer der Terrormiliz X", "Stellungen der
# islamistischen Hamas", "fighters of the militant group X"), at most this many characters.
OWNER_DESCRIPTOR_CHARS = 40
# How far after a name its owner's postposition may end, the group's descriptor between
# ("DEAŞ terör örgütüne ait"); only the name's case ending and spaces may stand before it
OUTRO_CHARS = 30
_OWNER_DESCRIPTOR = r"^\s+(?:(?:{bare:articles|linkers})[\s'’]+)+(?:[^\W\d_][\w-]*\s+){1,2}$"
# the kind of target may hold its own article ("Stellungen der" is one phrase of a lexicon)
_ENDS_GENITIVE = r"\s(?:{bare:articles|linkers})$"
_DESCRIPTOR_WORDS = r"^\s+(?:[^\W\d_][\w-]*\s+){1,2}$"


# How far back (in characters, a few sentences of wire copy) a group noun looks for the armed
# group it stands for.
GROUP_NOUN_REACH = 400


_LABEL_COLON = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]")


def _topic_label(text: str, s: int, mention: tuple) -> bool:
    """Is the mention the whole opening of its sentence, a colon right after it ("Ukraine:
    seven killed in Russian air strikes", "Syrie : ...")? Wire headlines so label their
    subject; the side that struck, if any, is named after the colon."""
    a, b, _ = mention
    return not text[s:a].strip(" \t\"'«»“”„") and _LABEL_COLON.match(text, b) is not None


def _group_noun_mentions(ctx: Ctx, mentions: list, s: int, e: int) -> list:
    """A noun naming an armed group without saying which ("die Rebellen", "die proiranische
    Miliz") as a mention of the armed group named last before it, at most GROUP_NOUN_REACH
    characters back. A group noun hyphened to a name ("Huthi-Miliz") or next to one ("der
    Terrormiliz Al-Shabaab") is part of that name's mention, not one of its own."""
    text, lex = ctx.text, ctx.lex
    if not lex.has("actor_roles.group_nouns"):
        return []
    out = []
    # (where the lexicon lists group_noun_verbs, only the subject right after one: "وقال الحزب
    # إنه استهدف" is Hezbollah speaking; "الجماعة" elsewhere may be any group of people)
    verbs = [vb for _, vb in _spans(lex, "actor_roles.group_noun_verbs", text, max(0, s - 1), e)] \
        if lex.has("actor_roles.group_noun_verbs") else None
    for a, b in _spans(lex, "actor_roles.group_nouns", text, s, e):
        if text[max(0, a - 1):a] == "-" or text[b:b + 1] == "-":
            continue
        if verbs is not None and not any(vb <= a and not text[vb:a].strip() for vb in verbs):
            continue
        if any(0 <= ms - b <= 2 or 0 <= a - me <= 2 for ms, me, _ in mentions):
            continue
        before = [(ms, code) for ms, me, code in ctx.lex.find_coded("actors", text, max(0, a - GROUP_NOUN_REACH), a)
                  if code in ORGS]
        if before:
            out.append((a, b, before[-1][1]))
    return out


def _home_force_mentions(ctx: Ctx, mentions: list, nouns: list, s: int, e: int) -> list:
    """"Im Krisenland Myanmar sind bei Luftangriffen des Militärs ...", "les frappes de
    l'armée": a force named without its side, in the genitive right after a strike noun, in a
    sentence that names one country and no side, is that country's own force (when the
    lexicon codes that state)."""
    import pycountry  # noqa: PLC0415

    text, lex = ctx.text, ctx.lex
    if mentions or not nouns or not grammar.words("articles", lex.lang):
        return []
    named = {c.alpha2 for c in _countries(ctx, text[s:e])}
    if len(named) != 1:
        return []
    country = pycountry.countries.get(alpha_2=next(iter(named)))
    code = getattr(country, "alpha_3", None)
    if code is None or code not in lex.raw.get("actors", {}):
        return []
    glue = grammar.regex(r"\s+(?:{articles}|{linkers})(?:\s*(?:{articles}))?\s*", re.IGNORECASE)
    out = []
    for a, b in _spans(lex, "claims.official_sources", text, s, e):
        if any(glue.fullmatch(text, ne, a) for _, ne in nouns):
            out.append((a, b, code))
    return out


# Names between a state's genitive and its official's title ("Rusya'nın | Voronej Bölge | Valisi")
OFFICIAL_NAME_WORDS = 3


def _official_of(ctx: Ctx, ms: int, me: int, e: int) -> bool:
    """Is the mention a state's name in the genitive before the title of one of its officials,
    at most OFFICIAL_NAME_WORDS capitalised words between ("Rusya'nın Voronej Bölge Valisi",
    "Ukrayna'nın Ankara Büyükelçisi"), or a place's bare name right before the title ("Moskova
    Belediye Başkanı")? The official speaks; the state named so is no striker and no target
    of the sentence."""
    text, lex = ctx.text, ctx.lex
    if not grammar.words("official_titles", lex.lang):
        return False
    case = name_case(ctx, ms, me)
    if case is None and grammar.words("genitive_endings", lex.lang) and re.match(r"\s", text[me:me + 1]):
        # the bare name right before the title, the two written as one compound ("Moskova
        # Belediye Başkanı", "Kiev Büyükelçisi"): the place's own official
        return grammar.regex(r"\s+(?i:{official_titles})(?!\w)").match(text, me, e) is not None
    if case != "genitive":
        return False
    rule = grammar.regex(r"(?:\s+[A-ZÇĞİÖŞÜ][\w'’-]*){0,%d}\s+(?i:{official_titles})(?!\w)" % OFFICIAL_NAME_WORDS)
    return rule.match(text, me, e) is not None


def _state_force_mentions(ctx: Ctx, s: int, e: int) -> list:
    """"Suriye hava kuvvetleri", "Mısır ordusu", "Nijerya savaş uçakları": a country's bare
    name right before a force noun (grammar state_force_nouns) names that state's force, a
    side, when the lexicon codes the state; the lexicon need not list every compound. The
    country name alone stays a place."""
    import pycountry  # noqa: PLC0415

    text, lex = ctx.text, ctx.lex
    if not grammar.words("state_force_nouns", lex.lang):
        return []
    forces = _state_force_rule(lex.lang)
    out = []
    for c in _countries(ctx, text[s:e]):
        ms, me = s + c.start, s + c.end
        m = forces.match(text, me)
        if m is None or re.match(r"['’]", text[me:me + 1]):
            continue
        country = pycountry.countries.get(alpha_2=c.alpha2)
        code = getattr(country, "alpha_3", None)
        if code is not None and code in lex.raw.get("actors", {}):
            out.append((ms, m.end(), code))
    return out


@lru_cache(maxsize=None)
def _state_force_rule(lang: str) -> re.Pattern:
    """The force nouns of one language after whitespace, each to its word's end."""
    from .lexicon import load_all  # noqa: PLC0415

    # the words as written (grammar.words folds them: "güçleri" would lose its letters)
    stems = sorted(load_all()[lang].raw.get("grammar", {}).get("state_force_nouns", ()), key=len, reverse=True)
    alt = "|".join(re.escape(w.rstrip("*")).replace(r"\ ", r"\s+") + (r"\w*" if w.endswith("*") else "")
                   for w in stems)
    return re.compile(r"\s+(?:" + alt + r")(?!\w)", re.IGNORECASE)


# Kinds of target that may themselves strike or carry strikers ("russische Kampfhubschrauber
# griffen an", "Israeli warships fired"): a side's adjective before them may name the striker.
# kinds of target only a war has: a strike verb with one of them as its object is a strike
WAR_FACILITIES = frozenset({"oil_facility", "fuel_depot", "ammunition_depot", "weapons_depot", "airfield",
                            "air_defense", "command_post"})
STRIKING_KINDS = frozenset({"aircraft", "vessel", "launcher", "armored_vehicle", "vehicle", "personnel",
                            "artillery_position"})


# words from an armed group's name to the weapons it launched, after the verb opening the clause
GROUP_WEAPON_WORDS = 4


def _group_after_opening_verb(ctx: Ctx, sent: Sentence, ms: int, me: int) -> bool:
    """In a language whose clause may open with its verb (verb_first_weapons: Arabic), is the armed
    group at ms..me the subject of the strike or launch verb opening the clause: the group right
    after the verb, then its weapons ("أطلقت حماس صواريخ على عسقلان", "قصف حزب الله شمال إسرائيل
    بعشرات الصواريخ")? A force after such a verb is as often its object, so states stay with
    roles._verb_first_subject; a group followed by what it fired is the one that fired it."""
    lex, text, s, e = ctx.lex, ctx.text, sent.start, sent.end
    if not lex.raw.get("meta", {}).get("verb_first_weapons"):
        return False
    head = next((t for t in sent.triggers if t[0] == sent.head), None)
    if head is None or ms < head[1] or tokens_between(ctx, head[1], ms) > 0:
        return False
    clause = clause_at(ctx, s, e, head[0])
    lead = text[clause.start:head[0]].strip(" ,;:\"'«“”»–—-")
    if lead and lead not in grammar.bare("conjunction_clitics", "coordinators") and \
            not _fronted_adverbial(text[clause.start:head[0]]):
        return False
    stop = re.search(r"[,;:.(،؛]", text[me:e])
    end = me + stop.start() if stop else e
    weapons = [a for key in ("operations.missile_strike", "operations.artillery", "operations.drone_strike")
               if lex.has(key) for a, _ in _spans(lex, key, text, me, end)]
    return any(tokens_between(ctx, me, a) <= GROUP_WEAPON_WORDS for a in weapons) or \
        _instrument_of_group(ctx, me, end, weapons)


# the most words of an adverbial fronted before the verb and closed by a comma ("وفي وقت لاحق،",
# "ومساء الأحد،", "من جهته،")
FRONTED_ADVERBIAL_WORDS = 4


def _fronted_adverbial(lead: str) -> bool:
    """Is the text before a clause's opening verb a short adverbial closed by a comma ("وفي وقت
    لاحق، أطلق حزب الله عشرات الصواريخ": later on, Hezbollah fired dozens of rockets)? The verb
    still opens the clause, its subject after it."""
    m = re.fullmatch(r"\s*([^,،;:.()\"«»]+)[,،]\s*", lead)
    return m is not None and len(m.group(1).split()) <= FRONTED_ADVERBIAL_WORDS


# the words between an instrument word and the weapons it brings in ("بدفعة من | الصواريخ")
INSTRUMENT_WEAPON_WORDS = 2


def _instrument_of_group(ctx: Ctx, me: int, end: int, weapons: list) -> bool:
    """Is a weapon brought in by an instrument word (triggers.instrument_preps) that stands
    within GROUP_WEAPON_WORDS of the group's name ("استهدف حزب الله مستوطنة كريات شمونة بدفعة من
    الصواريخ": with a salvo of rockets)? The group fired it, however long the quantity phrase."""
    lex = ctx.lex
    if not lex.has("triggers.instrument_preps"):
        return False
    for ia, ib in _spans(lex, "triggers.instrument_preps", ctx.text, me, end):
        if tokens_between(ctx, me, ia) <= GROUP_WEAPON_WORDS and \
                any(a >= ib and tokens_between(ctx, ib, a) <= INSTRUMENT_WEAPON_WORDS for a in weapons):
            return True
    return False


# what an impact verb destroys when a counted facility of war is its object: "US forces destroyed
# four Houthi radars", "ABD güçleri dört radarı imha etti" report a strike with no means named
# (ANNOTATING: operation airstrike); tanks and vehicles are left out (ground fighting destroys them)
DESTROYED_FACILITIES = WAR_FACILITIES | {"launcher", "vessel"}
# words between the impact verb and its counted object: a verb-first clause puts the subject and
# a time phrase between ("دمرت القوات الأمريكية يوم الاثنين أربعة رادارات")
FACILITY_OBJECT_WORDS = 6
# the count stands this many words before the facility word at most ("four Houthi radar sites")
FACILITY_COUNT_WORDS = 3


def _impacts_on_facilities(ctx: Ctx, impacts: list, taken: list, s: int, e: int) -> list:
    """The impact verbs whose object is a counted facility of war, after the verb, or before it
    in a verb-final language, in the same clause (no punctuation between)."""
    text, lex = ctx.text, ctx.lex
    objects = [(a, b) for a, b, kind in lex.find_coded("target_types", text, s, e) if kind in DESTROYED_FACILITIES]
    if not objects:
        return []
    final = bool(lex.raw.get("meta", {}).get("verb_final"))

    def counted(ga: int) -> bool:
        lo = max(s, ga - 80)
        return any(tokens_between(ctx, m.end(), ga) <= FACILITY_COUNT_WORDS
                   for m in ctx.numpat.finditer(text, lo, ga))

    out = []
    for a, b in impacts:
        if (a, b) in taken:
            continue
        for ga, gb in objects:
            if final:
                near = gb <= a and tokens_between(ctx, gb, a) <= IMPACT_OBJECT_WORDS and \
                    not re.search(r"[,;:.]", text[gb:a])
            else:
                near = b <= ga and tokens_between(ctx, b, ga) <= FACILITY_OBJECT_WORDS and \
                    not re.search(r"[,;:.]", text[b:ga])
            if near and counted(ga):
                out.append((a, b))
                break
    return out


def _opens_clause_np(ctx: Ctx, s: int, pos: int) -> bool:
    """Does the noun at pos open its clause, alone or after an article ("Los milicianos")?"""
    if _clause_initial(ctx, s, pos):
        return True
    m = re.search(r"(\S+)\s+$", ctx.text[s:pos])
    return m is not None and m.group(1).lower() in grammar.bare("articles") and _clause_initial(ctx, s, s + m.start(1))


def _genitive_striker(ctx: Ctx, sent: Sentence, nouns: list, ms: int, me: int, code: str) -> bool:
    """Where a language marks the doer of a strike noun by the genitive case alone ([meta]
    genitive_striker: Russian), is the side at ms..me named right after a strike noun, nothing
    between ("удары российской авиации", "атака украинских беспилотников", "обстрелы ВСУ",
    "удара израильских ВВС")? A side's adjective counts only on a force or weapon word ("обстрел
    украинских городов" names what was hit); a country's own name there is the country struck
    ("обстрел Израиля")."""
    text, lex = ctx.text, ctx.lex
    if not lex.raw.get("meta", {}).get("genitive_striker"):
        return False
    # the strike noun is the subject before the predicate ("Удары ... уничтожили") or in its
    # first trigger ("в результате удара ..."); a later one names another attack ("после атаки X")
    lead = sent.triggers[0][1] if sent.triggers else sent.end
    if not any(ne <= ms and not text[ne:ms].strip() and ms - ne <= 2 and ns < lead for ns, ne in nouns):
        return False
    if any(c.start <= 0 and c.end >= me - ms for c in _countries(ctx, text[ms:me])):
        return False   # "обстрел Израиля", "удары по Сирии": the country's name, a place
    if any(x <= ms < y for x, y in _reaction_clauses(text, lex, sent.start, sent.end)):
        return False   # "в ответ на обстрелы Хезболлы": the attack answered, not this strike
    keys = ("actor_roles.forces_nouns", "actor_roles.military_names", "operations.airstrike",
            "operations.drone_strike", "operations.missile_strike", "operations.artillery")
    nxt = re.match(r"\s+[\w-]+", text[me:me + 40])
    if nxt is not None and any(lex.has(k) and any(a <= me + nxt.start() + 1 and me + nxt.end() <= b
                                                  for a, b in _spans(lex, k, text, me, me + nxt.end()))
                               for k in keys):
        return True    # the adjective of a force or weapon: "российской авиации", "ВВС"
    name = text[ms:me].strip()
    return code in ORGS or " " in name or (name.isupper() and len(name) >= 2)


def _owner_after_preposition(ctx: Ctx, sent: Sentence, intro, ms: int, me: int, mentions: list) -> bool:
    """In a language with no articles, does the target phrase before the side open with a
    preposition of its own ("удары по позициям ВСУ", "ударів по позиціях ЗСУ": strikes on the
    positions of the Ukrainian army)? The side after it then owns what was hit; it is no
    genitive of the strike noun. Not "the enemy" (cues.enemy: its owner is left unnamed), nor
    a state's adjective that describes the group named right after it ("по объектам сомалийской
    экстремистской группировки «Аш-Шабаб»": the group's)."""
    lex, text = ctx.lex, ctx.text
    words = text[intro.start():intro.end()].split()
    if grammar.words("articles", lex.lang) or not words or fold(words[0], lex.lang) not in grammar.words(
            "target_prepositions", lex.lang):
        return False
    if lex.has("cues.enemy") and lex.search("cues.enemy", text, ms, me) is not None:
        return False
    return not any(code in ORGS and me <= a and tokens_between(ctx, me, a) <= 3 and not re.search(r"[,;:.]", text[me:a])
                   for a, _, code in mentions)


def _force_of_strike_noun(ctx: Ctx, nouns: list, ms: int) -> bool:
    """Is the side at ms named after a plain force noun (actor_roles.subject_forces) that is
    itself the genitive of a strike noun right before it ("un ataque con dron del Ejército de
    Estados Unidos", "une frappe de drone de l'armée des États-Unis", "... de l'armée
    israélienne")? The force is the
    strike's, so its side struck, as a side right after the noun does ("bombardeos de la
    aviación rusa"); only articles, the "of" word and the strike's means stand between."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("actor_roles.subject_forces"):
        return False
    glue = grammar.words("articles", lex.lang) | grammar.words("linkers", lex.lang)
    for _, ne in nouns:
        if not ne < ms <= ne + 50 or re.search(r"[,;:.()]", text[ne:ms]):
            continue
        words = list(re.finditer(r"[^\W\d_]+", text[ne:ms]))
        forces = [i for i, w in enumerate(words)
                  if any(a <= ne + w.start() and ne + w.end() <= b
                         for a, b in _spans(lex, "actor_roles.subject_forces", text, ne, ms))]
        if len(forces) != 1:
            continue
        i = forces[0]
        # (the strike's weapon may stand between: "une frappe de drone de l'armée des ...")
        means = [(a, b) for key in ("operations.airstrike", "operations.drone_strike", "operations.missile_strike",
                                    "operations.artillery") if lex.has(key) for a, b in _spans(lex, key, text, ne, ms)]
        rest = [w for w in words[:i] if not any(a <= ne + w.start() and ne + w.end() <= b for a, b in means)]
        rest += words[i + 1:]
        # the side named by the linker after the force ("de l'armée des États-Unis"), or by its
        # adjective right after the force noun ("une frappe de drone de l'armée israélienne")
        named = i < len(words) - 1 or not text[ne + words[i].end():ms].strip()
        if 0 < i and named and all(_glue_word(text, ne, w, glue) for w in rest):
            return True
    return False


def _glue_word(text: str, offset: int, word, glue: set) -> bool:
    """Is the word (a match in text[offset:]) an article or a linker, an elided one with its
    apostrophe too ("l'", "d'")?"""
    w = word.group()
    if fold(w) in glue or w.lower() in glue:
        return True
    after = text[offset + word.end():offset + word.end() + 1]
    return after in ("'", "’") and fold(w + "'") in glue


def _genitive_intro(words: str, lang: str) -> bool:
    """Is a target_intro phrase a genitive (an article or the "of" word: "des", "de la", "of
    the"), not a preposition ("gegen", "on", "contre")?"""
    if not grammar.words("articles", lang):
        return True  # no articles: a case ending marks the genitive, the phrase cannot tell
    first = words.strip().split()[0].lower() if words.strip() else ""
    return first in grammar.words("articles", lang) | grammar.words("linkers", lang)


def _adjective_of_fixed_target(ctx: Ctx, ms: int, me: int, fixed: list, verbs: list) -> bool:
    """Is the mention one word (a side's adjective) standing right before a kind of target that
    cannot strike, at most one more adjective between ("ein russisches Munitionslager", "eine
    syrische Radarstation", "a Russian oil refinery")? A verb between them is no adjective: "la
    aviación siria bombardeó posiciones" names the striker before its verb."""
    text, meta = ctx.text, ctx.lex.raw.get("meta", {})
    if " " in text[ms:me].strip() or meta.get("adjectives_follow") or meta.get("owner_after_weapon"):
        return False  # where the adjective follows its noun, the word after it is no noun of its
    if meta.get("verb_final"):
        return False  # the subject comes right before its object ("İsrail mühimmat depolarını
                      # vurdu": Israel hit ammunition depots), and one word is both name and adjective
    nouns_capitalised = bool(meta.get("capitalised_nouns"))
    before = text[max(0, ms - 40):ms].rstrip(" \t\"'«»„“”")
    name = text[ms:me].strip()
    if nouns_capitalised and name.split("-")[-1][:1].isupper() and \
            ("-" in name or (before and before[-1] not in ".!?:;(\n–—")):
        # "Die US-Luftwaffe hat Stellungen ... bombardiert", "US-Kampfjets haben Stellungen":
        # where nouns are capitalised, a capitalised name inside a sentence, or a compound
        # ending in a capitalised part, is a noun (the striker, its auxiliary after it), not
        # a side's adjective ("russische", "US-amerikanische")
        return False
    for a, _ in fixed:
        gap = re.fullmatch(r"\s+(?:([^\W\d_])[\w-]*\s+)?", text[me:a]) if 0 < a - me <= 20 else None
        if gap is None or any(me <= v < a for v, _ in verbs):
            continue
        if nouns_capitalised and gap.group(1) and gap.group(1).isupper():
            continue  # "die israelische Luftwaffe Stellungen der Hamas": a noun between, the striker's
        return True
    return False


def _launching_vessel(ctx: Ctx, sent: Sentence, pos: int, first_trig: int, weapons: list) -> bool:
    """Is the kind of target at pos a warship that is the subject of the sentence's active
    strike or launch predicate, the drones or missiles it fired named after it ("US-Kriegsschiffe
    haben Marschflugkörper abgefeuert", "ABD savaş gemileri ... seyir füzeleri ateşledi")? A
    ship there is the carrier that struck, not a ship hit."""
    lex = ctx.lex.lex if hasattr(ctx.lex, "lex") else ctx.lex
    piece = ctx.text[pos:pos + 40]
    ends = [b for a, b, kind in lex.find_coded("target_types", piece) if a == 0 and kind == "vessel"]
    if not ends or not sent.triggers or sent.passive:
        return False
    end = pos + max(ends)
    return end <= first_trig and any(a >= end for a, _ in weapons)


def _kind_of_target_at(ctx: Ctx, pos: int) -> bool:
    """Does a kind of target begin at pos, the second part of a hyphened compound ("US-
    Frachtschiff")? The lexicon's phrases do not start after a hyphen in running text, so the
    part is read on its own."""
    piece = ctx.text[pos:pos + 40]
    return any(a == 0 for a, _, _ in ctx.lex.lex.find_coded("target_types", piece)) \
        if hasattr(ctx.lex, "lex") else False


def _preposition_between(ctx: Ctx, a: int, b: int) -> bool:
    """Is one of the words between a and b a preposition of the language (grammar.prepositions:
    "contre", "sur", "against")?"""
    preps = grammar.words("prepositions", ctx.lex.lang)
    return any(fold(w) in preps for w in re.findall(r"[^\W\d_]+", ctx.text[a:b]))


def _territory_words(lex) -> frozenset:
    """The one-word territory nouns of the lexicon ("Territorium", "territory", "soil"), built
    once per lexicon."""
    return lex.derived("territory_words", lambda: frozenset(
        w.lower() for w in lex.raw.get("places", {}).get("territory_nouns", []) if " " not in w))


def _agent_of_participle(ctx: Ctx, sent: Sentence, me: int) -> bool:
    """Is the name ending at me the agent (before an agent postposition, "tarafından") of a
    participle that qualifies a noun, a few words on, with no strike word up to it ("Rusya
    tarafından ilhak edilen Kırım": annexed by Russia)? It did what that participle says."""
    if not grammar.words("agent_postpositions", ctx.lex.lang) or not grammar.words("participle_endings", ctx.lex.lang):
        return False
    m = grammar.regex(r"(?:['’]\w{1,4})?\s+{agent_postpositions}(?!\w)", re.IGNORECASE).match(ctx.text, me)
    if m is None:
        return False
    endings = grammar.words("participle_endings", ctx.lex.lang)
    for n, w in enumerate(re.finditer(r"[\w'’]+", ctx.text[m.end():min(sent.end, m.end() + 60)])):
        if n >= PARTICIPLE_AFTER_AGENT_WORDS:
            return False
        a, b = m.end() + w.start(), m.end() + w.end()
        if any(x < b and a < y for x, y in sent.triggers):
            return False
        word = fold(w.group(), ctx.lex.lang)
        if len(word) > 5 and any(word.endswith(x) for x in endings):
            return True
    return False


# "Rusya tarafından yasa dışı ilhak edilen": the participle at most this many words after the agent
PARTICIPLE_AFTER_AGENT_WORDS = 4


def _settlement_at(lex, text: str, a: int, b: int) -> bool:
    """Is the word at a..b a settlement noun (places.settlement_nouns: "Stadt", "Dorf",
    "Grenzstadt"), the whole word? (A region's or province's noun may name the side's own
    land, "russische Regionen": that stays for the other rules.)"""
    if not lex.has("places.settlement_nouns"):
        return False
    m = lex.search("places.settlement_nouns", text, a, b)
    return m is not None and m.start() == a and m.end() == b


def _place_noun_at(lex, text: str, a: int, b: int) -> bool:
    """Is the word at a..b a settlement or territory noun ("села", "столиці", "Territorium"),
    or an adjective (places.adjective_endings) right before one ("прикордонного села")?"""
    territory = _territory_folds(lex.lang, frozenset(_territory_words(lex)))

    def noun(x: int, y: int) -> bool:
        return _settlement_at(lex, text, x, y) or fold(text[x:y], lex.lang) in territory
    if noun(a, b):
        return True
    endings = tuple(lex.raw.get("places", {}).get("adjective_endings", []))
    if not endings or not text[a:b].lower().endswith(endings) or len(text[a:b]) < 5:
        return False
    nxt = re.match(r"\s+([\w'’]+)", text[b:b + 40])
    return nxt is not None and noun(b + nxt.start(1), b + nxt.end(1))


@lru_cache(maxsize=None)
def _territory_folds(lang: str, words: frozenset) -> frozenset:
    """The territory nouns folded, once per language (not once per word looked at)."""
    return frozenset(fold(w, lang) for w in words)


def _territory_at(lex, text: str, a: int, b: int) -> bool:
    """Is the word at a..b a country's land in any of its case forms (grammar.land_stems:
    "topraklarına", "topraklarındaki": the land of the side named before it)?"""
    word = fold(text[a:b], lex.lang)
    return any(word.startswith(stem) for stem in grammar.words("land_stems", lex.lang))


def _attributive(ctx: Ctx, t: tuple[int, int]) -> bool:
    """Is the trigger a participle used as an adjective, between an article and its noun ("von
    dem angegriffenen Stützpunkt aus", "das zerstörte Lager")? In a language that capitalises
    its nouns the noun after it shows it: it names what was hit, it predicates no strike with a
    subject. (With an agent before it, "eine von den Huthis abgefeuerte Rakete", it stays.)"""
    text, lex = ctx.text, ctx.lex
    heads = grammar.words("attributive_heads", lex.lang)
    if heads:
        # "mobile firing groups", "firing positions": an -ing form before a noun of a unit or
        # a place names the noun's role, no strike ("shot down by mobile firing groups")
        nxt = re.match(r"[ \t]+([^\W\d_]+)", text[t[1]:t[1] + 30])
        if nxt and nxt.group(1).lower() in heads and text[t[0]:t[1]].lower().endswith("ing"):
            return True
    if not lex.raw.get("meta", {}).get("capitalised_nouns"):
        return False
    before = re.search(r"([^\W\d_]+)\s+$", text[max(0, t[0] - 20):t[0]])
    after = re.match(r"\s+([^\W\d_])", text[t[1]:t[1] + 3])
    return bool(before and after and after.group(1).isupper() and
                before.group(1).lower() in grammar.bare("articles", "indefinites") | _article_forms(lex))


def _article_forms(lex) -> frozenset:
    """The inflected indefinite articles the lexicon counts one strike by ("einem", "einer")."""
    return frozenset(w.lower() for w in lex.raw.get("numbers", {}).get("one_article", []))


def _launcher_named(ctx: Ctx, sent: Sentence, mentions: list, ms0: int) -> bool:
    """Does another mention of the sentence own the weapons ("38 Ukrainian drones", "Ukrayna'ya
    ait 114 İHA")? Then a ministry named in the interception sentence ("Rusya Savunma Bakanlığı,
    Ukrayna'ya ait 114 İHA'nın vurulduğunu bildirdi") is the defender's voice."""
    text, lex, e = ctx.text, ctx.lex, sent.end
    weapons = _spans(lex, "operations.drone_strike", text, sent.start, e) + \
        _spans(lex, "operations.missile_strike", text, sent.start, e)
    for a, b, _ in mentions:
        if a == ms0:
            continue
        if any(0 <= w - b <= 2 for w, _ in weapons):
            return True
        outro = lex.search("actor_roles.target_outro", text, b, min(e, b + 12)) \
            if lex.has("actor_roles.target_outro") else None
        if outro is not None and re.fullmatch(r"(?:['’]\w{1,4})?\s+", text[b:outro.start()]) and \
                _weapon_after(ctx, outro.end(), e):
            return True
    return False


def _outro_after(ctx: Ctx, me: int, e: int) -> bool:
    """Does the owner's postposition follow the name ("Ukrayna'ya ait 27 İHA", "PKK'ya ait
    hedefler", "ABD'ye ait bir İHA": belonging to)?"""
    if not ctx.lex.has("actor_roles.target_outro"):
        return False
    outro = ctx.lex.search("actor_roles.target_outro", ctx.text, me, min(e, me + 12))
    # (the case ending after an apostrophe, where the name matched without it: "ABD'ye ait")
    return outro is not None and re.fullmatch(r"(?:['’]\w{1,4})?\s*", ctx.text[me:outro.start()]) is not None


def _member_of(text: str, ms: int) -> bool:
    """Is the name at ms written with a membership ending after its apostrophe ("PKK'lı",
    "DEAŞ'lılar", grammar.member_suffixes): a member of the group, not the group acting?"""
    suffixes = grammar.words("member_suffixes")
    if not suffixes:
        return False
    token = re.match(r"[^\s,;:.!?()\"“”]+", text[ms:])
    if token is None or not re.search(r"['’]", token.group()):
        return False
    ending = re.split(r"['’]", token.group())[-1].lower()
    return any(ending == x or ending.startswith(x + "l") for x in suffixes)


def _affiliated_weapon(ctx: Ctx, sent: Sentence, ms: int, weapons: list) -> int | None:
    """Where the weapon starts that a "belonging to" word (grammar.affiliation_words) joins to
    the side named at ms, one word (its group noun: "لجماعة", "لميليشيا") and one adjective
    (the weapon's: "هجومية") at most between ("طائرات بدون طيار هجومية تابعة للحوثيين",
    "ثلاث طائرات مسيرة تابعة لجماعة الحوثي"); else None."""
    text = ctx.text
    if not grammar.words("affiliation_words", ctx.lex.lang):
        return None
    aff = grammar.regex(r"(?<!\w)(?:{affiliation_words})\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE).search(
        text, max(sent.start, ms - 30), ms)
    if aff is None:
        return None
    for ws, we in sorted(weapons, key=lambda w: -w[1]):
        if we <= aff.start() and re.fullmatch(r"\s+(?:[^\W\d_]+\s+)?", text[we:aff.start()]):
            return ws
    return None


def _run_start(spans: list, start: int) -> int:
    """Where the run of adjacent weapon words ending in the one at ``start`` begins
    ("طائرات مسيرة": the noun, then its adjective)."""
    for a, b in sorted(spans, reverse=True):
        if a < start and 0 <= start - b <= 1:
            start = a
    return start


# The words between an air defence and the verb it is the subject of ("Силы ПВО за ночь
# уничтожили": an adverbial phrase of two words, a bracketed acronym).
SUBJECT_VERB_WORDS = 3


def _object_after_striker(ctx: Ctx, sent: Sentence, a: int) -> bool:
    """In a verb-second language, does a weapon or an armed force stand before the air defence
    at a in its clause ("US-Streitkräfte haben Luftabwehrsysteme der Huthi angegriffen")? Then
    the force is the subject and the air defence, before the closing participle, its object."""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("meta", {}).get("verb_second"):
        return False
    spans = [sp for op in ("airstrike", "drone_strike", "missile_strike", "artillery")
             if lex.has(f"operations.{op}") for sp in _spans(lex, f"operations.{op}", text, sent.start, a)]
    if lex.has("actor_roles.forces_nouns"):
        spans += _spans(lex, "actor_roles.forces_nouns", text, sent.start, a)
    unit = clause_at(ctx, sent.start, sent.end, a).unit
    return any(b <= a and clause_at(ctx, sent.start, sent.end, x).unit == unit for x, b in spans)

# The words between an air-defence cue and the side it belongs to ("قوات الدفاع الجوي الملكي
# السعودي": the royal Saudi air defence forces).
DEFENDER_GAP_WORDS = 2


# The words that may stand between "destroyed" and the weapons destroyed: a count and its
# total ("11 з 16", "128 de los 154"), an article, an adjective ("крилаті ракети").
DOWNED_GAP_WORDS = 5
# a list of weapons ("19 drones et 11 missiles") between the counted weapon and the participle
# telling their launch: at most this many words
LAUNCHED_LIST_WORDS = 4
# "N of the M launched": what tells weapons downed in flight from weapons destroyed on the
# ground ("a détruit 19 drones" may be either; held-out French text had the second), in any
# language: two numbers with at most two short words between them.
_N_OF_M = re.compile(r"\d+\s+(?:\w{1,4}\s+){1,2}\d+")
# ... or the count before the weapon and its total after it, past the weapon's type name in
# quotes or one more word ("знищили 81 дрон \"шахед\" з 112", "destroyed 81 drones out of
# 112"): a first number no larger than the second.
_OF_M_AFTER = re.compile(r"(?:\s+[«\"“„']?[^\W\d_][\w-]*[»\"”']?){0,2}?\s+((?:\w{1,4}\s+){1,2})(\d+)(?!\s*[-–]?\s*[^\W\d_]*\d)")
_COUNT_BEFORE = re.compile(r"(\d+)\s*$")
# ... or "N of them" closing the clause right after the verb, the weapons named just before the
# verb (at most this many words between them: "атаки \"шахедів\", ліквідувавши 81 з них")
_N_OF_THEM = re.compile(r"\s*\d+\s+\w{1,4}\s+\w{2,4}\s*(?:[.,;:!?]|$)")
THEM_GAP_WORDS = 1


# Words that may stand between a reaction cue and its strike noun ("в ответ на неоднократные
# ракетные атаки", "in response to the rocket attacks").
REACTION_NOUN_WORDS = 3


def _reaction_noun(ctx: Ctx, sent: Sentence, ns: int, head: int) -> bool:
    """Is the strike noun at ns the one a fronted phrase says the strike answered ("В ответ на
    атаки Хезболлы армия Израиля нанесла удары", "In response to Hezbollah attacks, the army
    struck")? That noun is the other side's earlier attack: a side named after it is neither
    its striker's genitive nor the target of this sentence's strike."""
    lex = ctx.lex
    if ns >= head or not lex.has("dates.reaction"):
        return False
    for m in lex.finditer("dates.reaction", ctx.text, sent.start, ns):
        gap = ctx.text[m.end():ns]
        if not re.search(r"[,;:.]", gap) and len(re.findall(r"\w+", gap)) <= REACTION_NOUN_WORDS:
            return True
    return False


def _defence_as_subject(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """Is the air-defence word at ``pos`` the subject that opens the sentence, an active
    verb and drones or missiles after it ("Air defence systems destroyed 40 Ukrainian
    drones overnight")? Then it intercepted them; elsewhere ("strikes on air defence
    systems", "air defence systems were hit") it is a target."""
    text, lex = ctx.text, ctx.lex
    if _defence_after_opening_verb(ctx, sent, pos):
        return True
    if sent.triggers and min(a for a, _ in sent.triggers) < pos:
        return False
    lead = text[sent.start:pos]
    if re.search(r"[,;:]", lead) or len(re.findall(r"\w+", lead)) > 3:
        return False  # the subject opens the sentence: at most an article and a side before it
    verb = next((a for a, _ in sorted(sent.triggers) if a > pos), None)
    if verb is None or re.search(r"[,;:]", text[pos:verb]):
        return False
    if lex.has("actor_roles.passive_aux") and lex.search("actor_roles.passive_aux", text, pos, verb):
        return False  # "air defence systems were hit"
    weapons = _spans(lex, "operations.drone_strike", text, verb, sent.end) + \
        _spans(lex, "operations.missile_strike", text, verb, sent.end)
    return bool(weapons)


def _defence_after_opening_verb(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """Where a clause may open with its verb, a weapon or force after it its subject
    (verb_first_weapons: Arabic), is the air-defence phrase holding the word at ``pos`` the
    subject of an impact verb that opens its clause (at the sentence's start or after a comma,
    a colon or an opening quote), right before it, with a number of drones or missiles after
    it ("دمرت الدفاعات الجوية 12 طائرة مسيرة", "...: \"أسقطت منظومات الدفاع الجوي 40 صاروخا\"")?
    Then it destroyed them in flight: an interception, the air defence not hit."""
    text, lex = ctx.text, ctx.lex
    if not lex.raw.get("meta", {}).get("verb_first_weapons") or not lex.has("triggers.impact_verbs"):
        return False
    span = next(((a, b) for a, b, kind in lex.find_coded("target_types", text, sent.start, sent.end)
                 if kind == "air_defense" and a <= pos < b), None)
    a, b = span if span is not None else (pos, pos)
    verb = next(((va, vb) for va, vb in _spans(lex, "triggers.impact_verbs", text, sent.start, a)
                 if vb <= a and tokens_between(ctx, vb, a) == 0 and not text[vb:a].strip()), None)
    if verb is None or _is_passive(lex, text, sent.start, verb[0], verb[1]):
        return False
    opening = max((m.end() for m in re.finditer(r"[,;:،\"«“]", text[sent.start:verb[0]])), default=0)
    if tokens_between(ctx, sent.start + opening, verb[0]) > 0:
        return False   # the verb opens its clause; "قصفت طائرات منظومات الدفاع الجوي": the defence hit
    b = max(b, pos + 1)
    clitics = set(grammar.words("preposition_clitics", lex.lang))
    weapons = _spans(lex, "operations.drone_strike", text, b, sent.end) + \
        _spans(lex, "operations.missile_strike", text, b, sent.end)
    for wa, _ in weapons:
        if re.search(r"[,;:.]", text[b:wa]) or tokens_between(ctx, b, wa) > DOWNED_GAP_WORDS:
            continue
        for m in ctx.numpat.finditer(text, b, wa):
            if not (b <= m.start() and m.end() <= wa and tokens_between(ctx, m.end(), wa) <= NUMBER_BEFORE_WEAPON_WORDS):
                continue
            # "دمرت منظومات الدفاع الجوي بخمسة صواريخ": a preposition glued on the number names
            # the means the defence was destroyed with
            word = re.search(r"\S*$", text[:m.start()]).group() + m.group()
            if any(word.startswith(c) and ctx.numpat.fullmatch(word[len(c):].lstrip("ـ")) for c in clitics):
                continue
            return True
    return False


# the most words before an air-defence word that opens a clause of its own: a conjunction, an
# article, a verb that comes first ("и силы ПВО", "y la defensa aérea", "ودمرت الدفاعات")
CLAUSE_DEFENCE_WORDS = 3


def _defence_opens_clause(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """Is the air-defence word at ``pos`` the subject of a clause of its own after a strike
    already told in the sentence, a comma before it, an active verb and drones or missiles in
    its clause ("Россия атаковала Украину 50 беспилотниками, силы ПВО уничтожили 41 дрон",
    "Rusia atacó Ucrania con 50 drones, y la defensa aérea destruyó 41", "..., ودمرت الدفاعات
    الجوية ستة صواريخ")? Then it intercepted them (_defence_as_subject reads the one that
    opens the sentence)."""
    text, lex = ctx.text, ctx.lex
    cut = max((m.end() for m in re.finditer(r"[,;،]", text[sent.start:pos])), default=None)
    if cut is None:
        return False
    a = sent.start + cut
    if len(re.findall(r"\w+", text[a:pos])) > CLAUSE_DEFENCE_WORDS:
        return False
    if not any(t[1] <= a for t in sent.triggers):
        return False   # no strike told before the comma ("Ukrayna ordusu, ... hava savunma sistemini vurdu")
    nxt = re.search(r"[,;،]", text[pos:sent.end])
    b = pos + nxt.start() if nxt else sent.end
    verbs = [t for t in sent.triggers if a <= t[0] < b and t[0] != pos]
    if not verbs:
        return False
    if lex.has("actor_roles.passive_aux") and lex.search("actor_roles.passive_aux", text, a, b) is not None:
        return False   # "..., air defence systems were hit"
    if any(t[0] < pos for t in verbs) and lex.has("triggers.strike_nouns") and \
            lex.search("triggers.strike_nouns", text, a, pos) is not None:
        return False   # "..., strikes on air defence systems"
    weapons = _spans(lex, "operations.drone_strike", text, pos, b) + \
        _spans(lex, "operations.missile_strike", text, pos, b)
    return bool(weapons)


def _defence_as_agent(ctx: Ctx, sent: Sentence, a: int, b: int) -> bool:
    """Is the air-defence phrase at a..b the agent of a passive: right after an agent
    preposition (actor_roles.agent_intro: "by", "من قبل", with at most one noun between: "by
    air defence systems", "من قبل منظومات الدفاع الجوي"), or before an agent postposition or in
    the agentive case ("hava savunma sistemi tarafından", "hava savunma sistemlerince")? Then
    it shot the weapons down: the sentence reports an interception, and the air defence was
    not hit."""
    text, lex = ctx.text, ctx.lex
    if lex.has("actor_roles.agent_intro"):
        for _, ib in _spans(lex, "actor_roles.agent_intro", text, max(sent.start, a - 40), a + 1):
            if ib <= a and not re.search(r"[,;:.]", text[ib:a]) and tokens_between(ctx, ib, a) <= 1:
                return True
    words = grammar.words("agent_postpositions", lex.lang)
    if words and grammar.regex(r"(?:\s+[\w'’-]+){0,2}?\s+{agent_postpositions}(?!\w)",
                               re.IGNORECASE).match(text, b):
        return True
    end = _agentive_end(ctx, b)
    return end is not None and not re.search(r"[,;:]", text[b:end]) and tokens_between(ctx, b, end) <= 1


# A statement phrase follows the body it came from within this many words ("Milli Savunma
# Bakanlığından yapılan açıklamada").
STATEMENT_SOURCE_WORDS = 1


def _source_of_statement(ctx: Ctx, me: int, e: int) -> bool:
    """Verb-final languages: is the name in the ablative right before a statement phrase of
    the claim verbs ("MSB'den yapılan açıklamada", "Bakanlığından yapılan yazılı açıklamada"):
    the body the statement came from?"""
    text, lex = ctx.text, ctx.lex
    rest = re.match(r"[\w'’]*", text[me:]).group()   # the case ending after the name, if any
    word = (re.search(r"[\w'’]+$", text[:me]) or re.match("", "")).group() + rest
    if not re.search(r"[dt][ae]n$", fold(word, lex.lang)):
        # "MSB'nin sosyal medya hesabından yapılan paylaşımda": the body's genitive, then its
        # account (an official source's phrase) in the ablative, then the statement
        if not fold(word, lex.lang).endswith(tuple(grammar.words("genitive_endings", lex.lang) or ("\0",))):
            return False   # the ablative: "MSB'den", "Bakanlığından"
        account = next(((a, b) for a, b in _spans(lex, "claims.official_sources", text, me + len(rest), min(e, me + 60))
                        if tokens_between(ctx, me + len(rest), a) == 0), None)
        if account is None:
            return False
        word = (re.match(r"[\w'’]*", text[account[1]:]).group())
        if not re.search(r"[dt][ae]n$", fold(text[account[0]:account[1]] + word, lex.lang)):
            return False
        me, rest = account[1], word
    v = lex.search("claims.verbs", text, me, min(e, me + 60))
    return v is not None and not re.search(r"[,;:.]", text[me:v.start()]) and \
        tokens_between(ctx, me + len(rest), v.start()) <= STATEMENT_SOURCE_WORDS


# In a verb-final "X, Y'nin saldırısına uğradı" the side's genitive phrase stands at most this
# many words before the strike noun, and the noun at most this many before the light verb.
UNDERGONE_GENITIVE_WORDS = 3
UNDERGONE_NOUN_VERB_WORDS = 1


def _genitive_of_undergone_noun(ctx: Ctx, sent: Sentence, me: int, at: int) -> bool:
    """Verb-final languages (Turkish): does the side ending at me open the genitive phrase of
    the strike noun that the sentence's undergone light verb at `at` closes ("Rus
    füzelerinin saldırısına uğradı", "İsrail savaş uçaklarının bombardımanına maruz kaldı",
    "Rusya'nın füze saldırısının hedefi oldu")? The last word before the noun ends in a
    genitive ending (grammar.genitive_endings), or the side is the noun's own adjective ("Rus
    saldırısına"); no punctuation and no other side between."""
    text = ctx.text
    genitive = sorted(grammar.words("genitive_endings", ctx.lex.lang), key=len, reverse=True)
    if not genitive:
        return False
    for a, b in sent.nouns:
        if not (me <= a and b <= at and tokens_between(ctx, b, at) <= UNDERGONE_NOUN_VERB_WORDS):
            continue
        if re.search(r"[,;:.]", text[me:a]) or tokens_between(ctx, me, a) > UNDERGONE_GENITIVE_WORDS:
            continue
        if any(me <= ms2 < a for ms2, _, _ in sent.mentions):
            continue   # "Rusya'nın Belgorod kenti Ukrayna'nın İHA saldırısına": the nearer side
        if not text[me:a].strip():
            return True   # "Rus saldırısına uğradı": the side's adjective on the noun itself
        last = re.search(r"([^\W\d_]+)\s+$", text[me:a])
        if last and any(fold(last.group(1), ctx.lex.lang).endswith(g) for g in genitive):
            return True
    return False


def _downs_weapons(ctx: Ctx, sent: Sentence, at: int, verbs: list, impacts: list,
                   shot_down: bool = False) -> bool:
    """Does the sentence's predicate destroy weapons in flight: an impact verb (no strike
    verb proper) whose object, a few words on, is "N of M" drones or missiles, or N of them
    in a sentence that tells of a shoot-down itself ("destroyed 44 cruise missiles: 18 were
    shot down over ...", "ПВО уничтожили шесть беспилотников": digits or number words)?"""
    text, e = ctx.text, sent.end
    parts = _impact_parts(ctx, sent, at, verbs, impacts)
    if parts is None:
        return False
    head, weapons, hit = parts
    # "a détruit 19 drones et 11 missiles tirés par la Russie", "destroyed 30 drones launched
    # from Kursk": weapons whose launch a participle tells were destroyed in flight
    launched = any(t[0] > head[1] and not re.search(r"[,;:]", text[head[1]:t[0]]) and
                   tokens_between(ctx, head[1], t[0]) <= DOWNED_GAP_WORDS + LAUNCHED_LIST_WORDS and
                   _launch_of_weapon(ctx, t[0], t[1], weapons) for t in sent.triggers)
    # "destroyed eleven Russian drones over the Odesa region", "знищили 11 дронів над
    # Одеською областю": weapons destroyed over a place were destroyed in flight
    if _N_OF_THEM.match(text, head[1], e) and any(
            b <= head[0] and tokens_between(ctx, b, head[0]) <= THEM_GAP_WORDS and
            not any(b <= t < head[0] for t in hit) for _, b in weapons):
        return True   # "відбивали атаку \"шахедів\", ліквідувавши 81 з них": N of the weapons just named
    if any(a >= head[1] and tokens_between(ctx, head[1], a) <= DOWNED_GAP_WORDS and
           not re.search(r"[,;:]", text[head[1]:a]) and not any(head[1] <= t < a for t in hit)
           and (_N_OF_M.search(text[head[1]:a]) or _total_after(text[head[1]:a], text[b:e]) or
                (shot_down or launched) and ctx.numpat.search(text, head[1], a) is not None)
           for a, b in weapons):
        return True
    return _downs_counted_objects_before(ctx, sent, head, weapons, hit) is not None


# The words that may stand between the drones or missiles destroyed and the airspace
# preposition after them ("drones d'attaque russes au-dessus de", "Russian attack drones over").
OVERHEAD_WORDS = 3
# ... and, the verb closing the clause after them, at most this many words between the weapons
# and the verb ("elf Drohnen über den Gebieten Odessa und Mykolajiw zerstört")
OVERHEAD_CLAUSE_WORDS = 8


def _downed_over_place(ctx: Ctx, sent: Sentence, at: int, impacts: list) -> bool:
    """Is the predicate at ``at`` an impact verb ("destroyed", "zerstört", "знищили", "دمر")
    whose drones or missiles are destroyed over a place ("destroyed eleven Russian drones
    over the Odesa region", "elf Drohnen über den Gebieten ... zerstört")? Weapons destroyed
    over a place were destroyed in flight: an interception, the launcher's strike."""
    head = next(((a, b) for a, b in impacts if a == at), None)
    if head is None:
        return False
    text, lex = ctx.text, ctx.lex
    weapons = _spans(lex, "operations.drone_strike", text, sent.start, sent.end) + \
        _spans(lex, "operations.missile_strike", text, sent.start, sent.end)
    return _weapons_over_place(ctx, sent, head, weapons)


def _reflexive_passive(ctx: Ctx, head: tuple[int, int]) -> bool:
    """Is the head a strike verb (not a launch verb: "se dispararon 73 drones" names the
    weapons, the side launching them stays as told) right after the reflexive passive's
    pronoun (grammar reflexive_passive: "se atacaron posiciones", "se bombardearon depósitos")?"""
    lex, text = ctx.lex, ctx.text
    words = grammar.words("reflexive_passive", lex.lang)
    if not words or not lex.has("triggers.strike_verbs"):
        return False
    before = re.search(r"([^\W\d_]+)\s+$", text[max(0, head[0] - 20):head[0]])
    if before is None or fold(before.group(1)) not in words:
        return False
    if not any(a == head[0] for a, _ in _spans(lex, "triggers.strike_verbs", text, head[0], head[1] + 1)):
        return False
    # the weapons right after the verb were fired ("se dispararon 73 drones"): no target follows
    weapons = [a for k in ("operations.drone_strike", "operations.missile_strike") if lex.has(k)
               for a, _ in _spans(lex, k, text, head[1], min(len(text), head[1] + 60))]
    return not any(tokens_between(ctx, head[1], a) <= 3 for a in weapons)


def _over_country(ctx: Ctx, sent: Sentence, ms: int, me: int) -> bool:
    """Does an airspace preposition (places.airspace_preps: "over", "au-dessus de", "над",
    "в небе", "فوق") stand right before the mention at ms..me, an article at most between, or
    an airspace postposition (places.airspace_posts: "Ukrayna semalarında") right after it?"""
    lex, text = ctx.lex, ctx.text
    articles = grammar.words("articles", lex.lang)
    if lex.has("places.airspace_preps"):
        for a, b in _spans(lex, "places.airspace_preps", text, max(sent.start, ms - 40), ms):
            if b <= ms and all(fold(w) in articles for w in text[b:ms].split()):
                return True
    if lex.has("places.airspace_posts"):
        # the name's case ending may stand between ("Rusya'nın üzerinde")
        return any(not text[me:a].strip(" '’") or re.fullmatch(r"['’]?\w{1,4}\s+", text[me:a])
                   for a, _ in _spans(lex, "places.airspace_posts", text, me, min(sent.end, me + 20)))
    return False


def _weapons_over_place(ctx: Ctx, sent: Sentence, head: tuple, weapons: list) -> bool:
    """Does an airspace preposition ("over", "au-dessus de", "sobre las regiones", "über den",
    "над", "فوق") stand a few words after drones or missiles that follow the impact verb at
    ``head``, in its clause? Weapons destroyed over a place were destroyed in flight."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    keys = [k for k in ("places.airspace_preps", "cues.overflight") if lex.has(k)]
    overs = [a for k in keys for a, _ in _spans(lex, k, text, s, e)]
    def over_after(b: int, stop: int) -> bool:
        return any(b <= o < stop and tokens_between(ctx, b, o) <= OVERHEAD_WORDS and
                   not re.search(r"[,;:]", text[b:o]) for o in overs)

    def counted(a: int) -> bool:
        return any(tokens_between(ctx, m.end(), a) <= NUMBER_BEFORE_WEAPON_WORDS and m.end() <= a and
                   not re.search(r"[,;:]", text[m.end():a]) for m in ctx.numpat.finditer(text, s, a))

    return any((a >= head[1] and tokens_between(ctx, head[1], a) <= DOWNED_GAP_WORDS and
                not re.search(r"[,;:]", text[head[1]:a]) and over_after(b, e)) or
               # "hat elf russische Drohnen über den Gebieten Odessa und Mykolajiw zerstört": the
               # participle closing the clause after the weapons counted and the place over
               (b <= head[0] and counted(a) and over_after(b, head[0]) and
                tokens_between(ctx, b, head[0]) <= OVERHEAD_CLAUSE_WORDS and
                not re.search(r"[,;:]", text[b:head[0]]) and
                not any(b <= t < head[0] for t, _ in sent.triggers))
               for a, b in weapons)
# The side whose drones or missiles were destroyed is named at most this many words after
# the weapon noun ("39 drones ukrainiens", "39 طائرة مسيرة أوكرانية") when not before it.
OWNER_AFTER_WEAPON_WORDS = 2


def _date_words_between(ctx: Ctx, a: int, b: int) -> int:
    """How many of the words between a and b belong to time expressions ("dans la nuit de
    dimanche à lundi": the night, the two days)."""
    if b <= a:
        return 0
    from .dates import find_dates
    return sum(tokens_between(ctx, m.start, m.end) for m in find_dates(ctx.text, a, b, ctx.lex, ctx.pub))


def _downs_owned_weapons(ctx: Ctx, sent: Sentence, at: int, verbs: list, impacts: list,
                         mentions: list) -> tuple | None:
    """Does the sentence's impact verb (no strike verb proper) take as its object a number of
    drones or missiles of a named side other than the one that destroyed them ("Russia
    destroyed 39 Ukrainian drones", "La Russie a détruit 39 drones ukrainiens", "Russland hat
    39 ukrainische Drohnen zerstört", "دمرت روسيا 39 طائرة مسيرة أوكرانية")? A side's own
    weapons counted as destroyed by another side were shot down: an interception. Not when a
    target is named beside them (drones destroyed at an airfield or in a depot were hit).
    The starts of the owner's mentions and of the subject's, or None."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    # (an impact verb that is a strike verb too, "zerstört", counts: its object decides)
    head = next(((a, b) for a, b in impacts if a == at), None)
    if head is None:
        return None
    weapons = _spans(lex, "operations.drone_strike", text, s, e) + _spans(lex, "operations.missile_strike", text, s, e)
    hit = [a for a, _, _ in lex.find_coded("target_types", text, s, e)]
    if any(t > head[1] or head[0] - t < 60 for t in hit):
        return None
    for a, b in weapons:
        if a >= head[1]:
            gap = text[head[1]:a]
            if tokens_between(ctx, head[1], a) - _date_words_between(ctx, head[1], a) > DOWNED_GAP_WORDS or \
                    re.search(r"[,;:]", gap):
                continue   # (a time phrase between is no word of the object: "a détruit dans la nuit de dimanche à lundi 39 drones")
            n = None
            for n in ctx.numpat.finditer(text, head[1], a):
                pass
        elif b <= head[0]:
            # the participle or verb after its object ("... 39 ukrainische Drohnen zerstört")
            if tokens_between(ctx, b, head[0]) > DOWNED_BEFORE_WORDS or re.search(r"[,;:.]", text[b:head[0]]) or \
                    any(b <= t < head[0] for t, _ in sent.triggers):
                continue
            n = None
            for n in ctx.numpat.finditer(text, max(s, a - 40), a):
                pass
        else:
            continue
        if n is None or tokens_between(ctx, n.end(), a) > NUMBER_BEFORE_WEAPON_WORDS + 1 or \
                re.search(r"[,;:]", text[n.end():a]) or \
                any(n.end() <= t < b and t != head[0] for t, _ in sent.triggers):
            continue   # (not "20 російських солдатів ударом дрона": the drone struck them)
        # the owner: a side named between the number and the weapon, or just after the weapon
        after = b + len(re.match(r"[\w'’-]*", text[b:]).group())

        def owns(ms: int, me: int) -> bool:
            # an adjective among the counted weapons ("39 Ukrainian drones", not "20 Russian
            # soldiers with a drone"), or a side right after them ("39 drones ukrainiens")
            if n.end() <= ms and me <= a + 1:
                return tokens_between(ctx, n.end(), ms) <= 1 and tokens_between(ctx, me, a) <= 1
            return ms >= after and not re.search(r"[,;:.]", text[after:ms]) and \
                tokens_between(ctx, after, ms) <= OWNER_AFTER_WEAPON_WORDS and tokens_between(ctx, n.end(), a) <= 1
        owners = {code for ms, me, code in mentions if owns(ms, me)}
        if len(owners) != 1:
            continue
        subjects = [(ms, code) for ms, me, code in mentions if me <= min(n.start(), head[0]) or
                    head[1] <= ms < n.start()]
        if any(code in owners for _, code in subjects):
            continue
        return {ms for ms, me, code in mentions if owns(ms, me)}, {ms for ms, _ in subjects}
    return None


def _weapons_hit_passive(ctx: Ctx, sent: Sentence, at: int, verbs: list) -> bool:
    """In a verb-final language, is the predicate at ``at`` a passive strike verb whose subject,
    a few words before it, is drones or missiles in the genitive of a nominalised clause
    ("Ukrayna'ya ait 83 insansız hava aracının ... vurulduğunu bildirdi": that 83 drones were
    hit)? Weapons hit in flight were shot down: an interception, the launcher's strike."""
    text, lex, s = ctx.text, ctx.lex, sent.start
    if not lex.raw.get("meta", {}).get("verb_final"):
        return False
    head = next(((a, b) for a, b in verbs if a == at), None)
    if head is None or not _is_passive(lex, text, s, head[0], head[1]):
        return False
    endings = [x for x in grammar.words("genitive_endings", lex.lang) if len(x) > 2]
    weapons = _spans(lex, "operations.drone_strike", text, s, at) + _spans(lex, "operations.missile_strike", text, s, at)
    hit = [a for a, _, _ in lex.find_coded("target_types", text, s, sent.end)]
    for a, b in weapons:
        if tokens_between(ctx, b, head[0]) > DOWNED_BEFORE_WORDS or re.search(r"[;:.]", text[b:head[0]]) or \
                any(b <= t < head[0] for t in hit) or any(b <= t < head[0] for t, _ in sent.triggers) or \
                any(fold(w, lex.lang) in grammar.words("coordinators", lex.lang) for w in re.findall(r"[\w'’]+", text[b:head[0]])):
            continue   # "... 10 İHA'nın etkisiz duruma getirildiğini ve bir kontrol merkezinin vurulduğunu": another clause's
        rest = re.match(r"[\w'’]*", text[b:b + 20])
        word = fold(text[a:b] + (rest.group() if rest else ""), lex.lang)
        if any(word.endswith(x) and len(word) > len(x) + 1 for x in endings):
            return True
    return False


# Verb-final languages: the drones or missiles destroyed, in the accusative, stand at most this
# many words before the active impact verb ("95 insansız hava aracını, Moskova dahil çeşitli
# bölgeler üzerinde etkisiz hale getirdi"), their number at most NUMBER_BEFORE_WEAPON_WORDS
# words before them ("102 uçak tipi İHA'yı").
DOWNED_BEFORE_WORDS = 10
NUMBER_BEFORE_WEAPON_WORDS = 2
# ... and the side that launched them at most this many words before their number ("Ukrayna'ya
# ait 38", "Rus ordusunun fırlattığı 61")
DOWNED_OWNER_WORDS = 2


def _downed_object_before(ctx: Ctx, sent: Sentence, at: int, verbs: list, impacts: list) -> int | None:
    """Where the number of the drones or missiles destroyed by the predicate at ``at`` starts,
    when a verb-final sentence puts them before it (_downs_counted_objects_before); else None."""
    parts = _impact_parts(ctx, sent, at, verbs, impacts)
    return None if parts is None else _downs_counted_objects_before(ctx, sent, *parts)


def _impact_parts(ctx: Ctx, sent: Sentence, at: int, verbs: list, impacts: list):
    """The impact verb at ``at`` (no strike verb proper there), the sentence's drones and
    missiles, and where its targets start (a target named on the way is what was destroyed:
    "a détruit un atelier d'assemblage de drones", a workshop, not drones in flight); None
    when no impact verb starts at ``at``."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    head = next(((a, b) for a, b in impacts if a == at), None)
    if head is None or any(a == at for a, _ in verbs):
        return None
    weapons = _spans(lex, "operations.drone_strike", text, s, e) + _spans(lex, "operations.missile_strike", text, s, e)
    hit = [a for a, _, _ in lex.find_coded("target_types", text, s, e)]
    return head, weapons, hit


def _downs_counted_objects_before(ctx: Ctx, sent: Sentence, head: tuple, weapons: list, hit: list) -> int | None:
    """In a verb-final language, does the active impact verb at ``head`` take as its object a
    number of drones or missiles in the accusative before it ("Rusya Savunma Bakanlığı, 38
    insansız hava aracını imha etti", "hava savunma sistemlerinin 27 İHA'yı düşürdüğü")? The
    subject destroyed them in flight: an interception, the weapons the launcher's strike.
    Where the number starts, or None."""
    text, lex, s = ctx.text, ctx.lex, sent.start
    accusative = grammar.words("accusative_endings", lex.lang)
    if not accusative or not lex.raw.get("meta", {}).get("verb_final") or \
            _is_passive(lex, text, s, head[0], head[1]):
        return None
    for a, b in weapons:
        if b > head[0] or tokens_between(ctx, b, head[0]) > DOWNED_BEFORE_WORDS or \
                re.search(r"[;:.]", text[b:head[0]]) or any(b <= t < head[0] for t in hit):
            continue
        end = b + re.match(r"[\w'’]*", text[b:]).end()
        word = fold(re.search(r"[\w'’]*$", text[s:b]).group() + text[b:end], lex.lang)
        if not any(word.endswith(x) and len(word) > len(x) + 1 for x in accusative):
            continue
        n = None
        for n in ctx.numpat.finditer(text, max(s, a - 40), a):
            pass
        if n is not None and tokens_between(ctx, n.end(), a) <= NUMBER_BEFORE_WEAPON_WORDS and \
                not re.search(r"[,;:]", text[n.end():a]):
            return n.start()
    return None


def _total_after(before: str, after: str) -> bool:
    """Do the words before a weapon end in its count and those after it give the total the
    count is part of ("81 дрон \"шахед\" з 112": 81 of 112)?"""
    n, m = _COUNT_BEFORE.search(before), _OF_M_AFTER.match(after)
    if not (n and m and 0 < int(n.group(1)) <= int(m.group(2))):
        return False
    # "знищили 3 ракетні комплекси та 20 дронів": a second count joined by a coordinator is
    # another item of a list, not the total
    return not any(fold(w) in grammar.bare("coordinators") for w in m.group(1).split())


def _coordinated_verb_first_subject(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """In a verb-first language, is the mention at ms joined by a coordinator (a word, or a
    conjunction clitic written on the name) to a subject already read after the strike verb
    ("شنت الولايات المتحدة وبريطانيا غارات", "قصفت إسرائيل و الولايات المتحدة مواقع")?"""
    meta = ctx.lex.raw.get("meta", {})
    if not (meta.get("verb_first") or meta.get("verb_first_weapons")) or not sent.actors:
        return False
    ps, pe, _ = sent.actors[-1]
    if pe > ms or ps < sent.head:
        return False
    between = ctx.text[pe:ms].strip().lower()
    if between in grammar.words("coordinators"):
        return True
    if not between and _adjective_pair(ctx.text, (ps, pe), (ms, ms + len(ctx.text[ms:].split()[0])), ctx.lex.lang):
        return True   # "نفذت المقاتلات الأمريكية البريطانية": a second side's adjective beside the first
    return not between and ctx.text[ms:ms + 1] in grammar.bare("conjunction_clitics")


def _launcher_in_relative(ctx: Ctx, sent: Sentence, ms: int) -> bool:
    """Is the mention the subject of a relative clause that launched the weapons downed
    ("16 шахедів, які російські війська запустили", "los drones que Rusia lanzó")? It stands
    before a strike or light verb of its own relative clause."""
    s, e = sent.start, sent.end
    clause = clause_at(ctx, s, e, ms)
    return clause.kind == "relative" and any(clause.start <= a < clause.end and a > ms
                                             for a, _ in sent.triggers)


# A negation negates the strike predicate when it stands in the predicate's clause at most
# this many words before it ("не наносили", "kein russisches Flugzeug in dieser Region
# geflogen": German puts the participle last).
NEGATION_GAP_WORDS = 6


def _negated(ctx: Ctx, sent: Sentence) -> bool:
    """Is the sentence's strike predicate negated ("did not strike", "n'ont pas frappé",
    "не наносили", "kein Flugzeug ist geflogen")? Only a negation in the predicate's own
    clause, before it and near it: "no casualties were reported after the jets struck" puts
    its "no" in another clause."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    if not lex.has("cues.negation"):
        return False
    head = predicate_head(ctx, sent)
    # "flog keine Angriffe", "versetzten keine Luftschläge", "carried out no strikes": a negation
    # right before the predicate's own strike noun (its determiner) negates the report; not one
    # before another noun ("no casualties from the strikes")
    unit = clause_at(ctx, s, e, head).unit
    for a, _ in _spans(lex, "triggers.strike_nouns", text, s, e):
        if clause_at(ctx, s, e, a).unit == unit and \
                any(not text[m.end():a].strip() for m in lex.finditer("cues.negation", text, max(s, a - 12), a)):
            return True
    # a strike verb or a light one ("did not strike", "не наносили"), not an impact or a toll
    # ("no civilians were killed", "n'a pas atteint sa cible": a miss, not a denial)
    verbs = _spans(lex, "triggers.strike_verbs", text, s, e) + _spans(lex, "triggers.light_verbs", text, s, e)
    verb_end = max((b for a, b in verbs if a == head), default=None)
    if verb_end is None or any(a == head and b < verb_end for a, b in
                               _spans(lex, "triggers.strike_nouns", text, s, e)):
        return False  # "no casualties from the strikes on the camp": a noun ("strikes"), no predicate
    # a negation inside a weapon's name is none ("vehículo aéreo no tripulado")
    names = []
    for key in ("operations.airstrike", "operations.drone_strike", "operations.missile_strike"):
        names += _spans(lex, key, text, s, e)
    for m in lex.finditer("cues.negation", text, s, head):
        if any(a <= m.start() < b for a, b in names) or any(0 <= a - m.end() <= 1 for a, _ in names):
            continue
        if tokens_between(ctx, m.end(), head) <= NEGATION_GAP_WORDS and \
                clause_at(ctx, s, e, m.start()).unit == clause_at(ctx, s, e, head).unit:
            return True
    return False


def _negates_civilian_harm(ctx: Ctx, sent: Sentence) -> bool:
    """Is the negated predicate one whose subject is civilians, in a sentence that names the
    strike by its noun ("Zivilisten seien bei dem Angriff nicht getroffen worden", "No civilians
    were hit in the strike", "Aucun civil n'a été touché lors de la frappe"): civilians named
    before the predicate in its own clause, however far ("Zivilisten seien bei dem Angriff in der
    Nähe von X südwestlich von Y nicht getroffen worden")? The strike is told
    as done; the negation denies only its harm to civilians (as _denies_harm_only does for a
    denial word), so the sentence is no denial of the strike. Civilians named after the
    predicate ("did not strike civilians") or no strike noun ("civilians were not targeted")
    leave the denial standing."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    if not lex.has("cues.denied_harm") or not lex.has("triggers.strike_nouns"):
        return False
    nouns = _spans(lex, "triggers.strike_nouns", text, s, e)
    if not nouns:
        return False
    head = predicate_head(ctx, sent)
    if any(a <= head < b for a, b in nouns):
        return False   # the predicate is the strike noun itself ("carried out no strikes")
    unit = clause_at(ctx, s, e, head).unit
    return any(a < head and clause_at(ctx, s, e, a).unit == unit
               for a, _ in _spans(lex, "cues.denied_harm", text, s, head))


# "der vom Iran unterstützten": the words of an agent phrase before its participle, at most
PARTICIPLE_PHRASE_WORDS = 4


def _participle_phrase_start(ctx: Ctx, s: int, ms: int) -> int:
    """Where an agent phrase with its participle that stands right before the name at ms starts
    ("der | vom Iran unterstützten | Huthi-Miliz"); ms itself when none does."""
    lex, text = ctx.lex, ctx.text
    endings = grammar.words("participle_endings", lex.lang)
    if not endings or not lex.has("actor_roles.agent_intro"):
        return ms
    last = re.search(r"([^\W\d_]+)\s+$", text[max(s, ms - 30):ms])
    if last is None or not any(fold(last.group(1), lex.lang).endswith(x) for x in endings) or \
            last.group(1)[:1].isupper():
        return ms
    start = ms - len(text[max(s, ms - 30):ms]) + last.start()
    agent = None
    for agent in lex.finditer("actor_roles.agent_intro", text, max(s, start - 40), start):
        pass
    if agent is None or tokens_between(ctx, agent.end(), start) > PARTICIPLE_PHRASE_WORDS or \
            re.search(r"[,;:()]", text[agent.end():start]):
        return ms
    return agent.start()


def _owned_institutions(ctx: Ctx, mentions: list, s: int, e: int) -> list:
    """An institution's bare name coded as the reader's own side ("Повітряні сили": the
    Ukrainian air force) is another country's when that country's name follows it at once
    ("Військово-повітряні сили США", "ВВС Израиля"): the genitive names the owner, so the bare
    name is no mention of its own."""
    text, lex = ctx.text, ctx.lex
    names = {(a, b) for a, b in _spans(lex, "actor_roles.military_names", text, s, e)}
    out = []
    for i, (ms, me, code) in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and (ms, me) in names and nxt[2] != code and nxt[2] not in ORGS and \
                not text[me:nxt[0]].strip():
            continue
        out.append((ms, me, code))
    return out


def may_report_a_strike(ctx: Ctx) -> bool:
    """Whether any sentence can hold a strike trigger (see analyse_sentence): a strike
    verb, or a light or impact verb made one by a strike noun, a weapon, an operation word
    or a named campaign. Without any of these in the whole text no sentence is a strike
    and no event can follow, so most ordinary news is answered after a few lookups."""
    text, lex, n = ctx.text, ctx.lex, len(ctx.text)
    keys = ("triggers.strike_verbs", "triggers.strike_nouns", "operations.airstrike",
            "operations.drone_strike", "operations.missile_strike", "operations.artillery")
    return bool(ctx.campaigns or any(_spans(lex, key, text, 0, n) for key in keys)
                or platform_hits(ctx, 0, n)
                # "destroyed six military targets": an impact verb with a generic target noun
                or (lex.has("counts.targets") and _spans(lex, "triggers.impact_verbs", text, 0, n)
                    and (_spans(lex, "counts.targets", text, 0, n) or
                         # "destroyed four radars": a facility of war as the object (_impacts_on_facilities)
                         any(kind in DESTROYED_FACILITIES for _, _, kind in lex.find_coded("target_types", text, 0, n)))))


# The most words between a denial word and the civilians it says were spared ("denying reports
# that civilians had been hit", "sivillerin zarar gördüğü yönündeki haberleri yalanladı").
DENIED_HARM_WORDS = 6


def _denies_harm_only(ctx: Ctx, sent: Sentence, denials: list) -> bool:
    """Does every denial of the sentence come after its strike report and deny only harm to
    civilians ("Russian aircraft struck militant positions in Idlib, the ministry said, denying
    reports that civilians had been hit")? Such a denial answers a charge about the strike's
    toll, not the strike, which stays reported. A civilians word within a few words after the
    denial word (or, verb-final, before it) says what is denied, even with a strike word
    between ("denying hitting civilians"); a denial ahead of
    every strike word ("denied that its aircraft struck") denies the strike itself."""
    lex, text = ctx.lex, ctx.text
    if not denials or not sent.triggers or not lex.has("cues.denied_harm"):
        return False
    verb_final = bool(lex.raw.get("meta", {}).get("verb_final"))
    trig = [t[0] for t in sent.triggers]
    for mm in denials:
        if not any(t < mm.start() for t in trig):
            return False
        hi = tokens_after(ctx, mm.end(), DENIED_HARM_WORDS, sent.end)
        after = next((a for a, _ in _spans(lex, "cues.denied_harm", text, mm.end(), hi)), None)
        ok = after is not None
        if not ok and verb_final:
            lo = max(tokens_before(ctx, mm.start(), DENIED_HARM_WORDS, sent.start),
                     max(t for t in trig if t < mm.start()) + 1)
            ok = bool(_spans(lex, "cues.denied_harm", text, lo, mm.start()))
        if not ok:
            return False
    return True


# The most words between a denial and the loss noun it denies, and between the loss noun and the
# side's own weapon ("démenti jeudi la destruction | d'un de ses | missiles")
OWN_LOSS_WORDS = 4


def _denies_own_weapon_loss(ctx: Ctx, sent: Sentence, denials: list) -> bool:
    """Does every denial of the sentence deny the loss of the denying side's own weapon ("L'armée
    française a démenti la destruction d'un de ses missiles par l'EI lors d'un raid mené lundi
    contre un camp d'entraînement"): a loss noun (grammar own_loss_nouns) right after it, then a
    possessive (own_possessives) and a weapon noun? The enemy's shoot-down claim is denied; the
    strike the sentence tells stays reported."""
    lex, text = ctx.lex, ctx.text
    nouns, poss = grammar.words("own_loss_nouns", lex.lang), grammar.words("own_possessives", lex.lang)
    if not denials or not sent.triggers or not nouns or not poss:
        return False
    weapon_keys = [k for k in ("operations.missile_strike", "operations.drone_strike", "operations.airstrike")
                   if lex.has(k)]
    loss = grammar.regex(r"(?<!\w)(?i:{own_loss_nouns})(?!\w)", re.IGNORECASE)
    own = grammar.regex(r"(?<!\w)(?i:{own_possessives})\s+", re.IGNORECASE)
    for mm in denials:
        hi = tokens_after(ctx, mm.end(), OWN_LOSS_WORDS, sent.end)
        ln = loss.search(text, mm.end(), hi)
        if ln is None:
            return False
        hi2 = tokens_after(ctx, ln.end(), OWN_LOSS_WORDS, sent.end)
        pm = own.search(text, ln.end(), min(sent.end, hi2 + 1))
        if pm is None or not any(lex.search(k, text, pm.end(), min(sent.end, pm.end() + 20)) for k in weapon_keys):
            return False
    return True


# The most words between a verb of rejecting and the charge it rejects ("rejected Moscow's
# accusation", "wies den Vorwurf Moskaus zurück", "suçlamasını reddetti").
REJECTED_CHARGE_WORDS = 3


def _rejects_charge(ctx: Ctx, sent: Sentence) -> bool:
    """Does the sentence reject a charge: a verb of rejecting (cues.rejection) with an
    accusation, claim or report noun (cues.charges) within a few words after it, or before it
    ("den Vorwurf Moskaus zurück", "suçlamasını reddetti")? The strike it tells is the charge
    answered, no report (CONVENTIONS: denials and the accusations they answer), unless the
    rejection comes after the report and answers a charge of harm to civilians
    (_denies_harm_only). "Rejected" alone ("rejected the ceasefire proposal") is no denial."""
    lex, text, s, e = ctx.lex, ctx.text, sent.start, sent.end
    if not lex.has("cues.rejection") or not lex.has("cues.charges"):
        return False
    charges = _spans(lex, "cues.charges", text, s, e)
    if not charges:
        return False
    hits = []
    for m in lex.finditer("cues.rejection", text, s, e):
        hi = tokens_after(ctx, m.end(), REJECTED_CHARGE_WORDS, e)
        lo = tokens_before(ctx, m.start(), REJECTED_CHARGE_WORDS, s)
        if any(m.end() <= a < hi or lo <= a < m.start() for a, _ in charges):
            hits.append(m)
    return bool(hits) and not _denies_harm_only(ctx, sent, hits)


# The most words between a strike noun (or the weapon named after it) and the participle
# attributing it ("un ataque con dron atribuido a", "удара беспилотника, приписываемого"), and
# between that participle and the side's name ("attribuée à la Turquie", "attributed to the")
ATTRIBUTION_NOUN_WORDS = 2
ATTRIBUTION_NAME_WORDS = 2


def _attributed_strikers(ctx: Ctx, sent: Sentence, nouns: list) -> set:
    """The starts of the mentions a strike noun is attributed to by a participle: after the
    noun or its weapon ("Two fighters were killed in a drone strike attributed to Turkey", "un
    ataque con dron reivindicado por los hutíes", "في غارة بطائرة مسيرة نسبت إلى تركيا"), or
    before the noun (attribution_links_before: "bei einem der Türkei zugeschriebenen
    Drohnenangriff", "Türkiye'ye atfedilen bir SİHA saldırısında"). The side it is attributed
    to struck; the sentence names no other striker for that noun."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    after = _spans(lex, "actor_roles.attribution_links", text, s, e) if lex.has("actor_roles.attribution_links") else []
    before = _spans(lex, "actor_roles.attribution_links_before", text, s, e) \
        if lex.has("actor_roles.attribution_links_before") else []
    if not (after or before) or not nouns:
        return set()
    heads = list(nouns) + _spans(lex, "operations.drone_strike", text, s, e) + \
        _spans(lex, "operations.missile_strike", text, s, e)
    out = set()
    mentions = lex.find_coded("actors", text, s, e)
    for la, lb in after:
        # the noun (or its weapon) right before the participle, a comma at most between
        if not any(hb <= la and not re.search(r"[;:.()\"«»]", text[hb:la]) and
                   tokens_between(ctx, hb, la) <= ATTRIBUTION_NOUN_WORDS for _, hb in heads):
            continue
        if not any(nb <= la and tokens_between(ctx, nb, la) <= ATTRIBUTION_NOUN_WORDS + 2 and
                   not re.search(r"[;:.()\"«»]", text[nb:la]) for _, nb in nouns):
            continue
        first = next((m for m in sorted(mentions) if m[0] >= lb), None)
        if first is not None and not re.search(r"[,;:.()\"«»]", text[lb:first[0]]) and \
                tokens_between(ctx, lb, first[0]) <= ATTRIBUTION_NAME_WORDS:
            out.add(first[0])
    for la, lb in before:
        # the participle right before the noun ("atfedilen bir SİHA saldırısında")
        if not any(na >= lb and not re.search(r"[,;:.()\"«»]", text[lb:na]) and
                   tokens_between(ctx, lb, na) <= ATTRIBUTION_NOUN_WORDS for na, _ in nouns):
            continue
        last = next((m for m in sorted(mentions, reverse=True) if m[1] <= la), None)
        if last is not None and not re.search(r"[,;:.()\"«»]", text[last[1]:la]) and \
                tokens_between(ctx, last[1], la) <= ATTRIBUTION_NAME_WORDS:
            out.add(last[0])
    return out


# The most words between a strike noun (the subject) and the verb of consequence after it
# ("A Ukrainian drone attack on an oil refinery in Ryazan caused"), or, where a clause may
# open with its verb, between that verb and the strike noun after it ("تسبب هجوم")
CONSEQUENCE_SUBJECT_WORDS = 12
CONSEQUENCE_VERB_FIRST_WORDS = 1


def _consequence_of_strike_noun(ctx: Ctx, nouns: list, verb: tuple[int, int]) -> bool:
    """Is a strike noun the subject of the verb of consequence at ``verb``: before it in its
    clause (no stop, colon or semicolon between, and no comma opening a reported clause), or
    right after it where a clause may open with its verb (Arabic "تسبب هجوم")?"""
    text = ctx.text
    va, vb = verb
    for na, nb in nouns:
        if nb <= va and tokens_between(ctx, nb, va) <= CONSEQUENCE_SUBJECT_WORDS and \
                not re.search(r"[.;:!?()\"«»]", text[nb:va]) and not _reported_clause_between(ctx, nb, va) and \
                _side_of_strike_noun(ctx, na, nb, va):
            return True
        if ctx.lex.raw.get("meta", {}).get("adjectives_follow") and na >= vb and \
                tokens_between(ctx, vb, na) <= CONSEQUENCE_VERB_FIRST_WORDS and "," not in text[vb:na] and \
                _side_of_strike_noun(ctx, na, nb, len(text)):
            return True
    return False


# The most words between a side's name and the strike noun it qualifies: before it ("Russian
# missile strikes"), or after it, past the weapon ("ataque con drones ucranianos", "атака
# украинских беспилотников", "هجوم بطائرات مسيرة أوكرانية")
SIDE_NOUN_WORDS = 1
SIDE_AFTER_NOUN_WORDS = 3


def _side_of_strike_noun(ctx: Ctx, na: int, nb: int, limit: int) -> bool:
    """Does a side's name qualify the strike noun at na..nb, right before it or a few words
    after it (before ``limit``), with no punctuation between?"""
    text = ctx.text
    for ms, me, _ in ctx.lex.find_coded("actors", text, max(0, na - 60), min(len(text), nb + 80)):
        if me <= na and tokens_between(ctx, me, na) <= SIDE_NOUN_WORDS and not re.search(r"[,;:.()\"«»]", text[me:na]):
            return True
        if ms >= nb and me <= limit and tokens_between(ctx, nb, ms) <= SIDE_AFTER_NOUN_WORDS and \
                not re.search(r"[,;:.()\"«»]", text[nb:ms]):
            return True
    return False


def _reported_clause_between(ctx: Ctx, a: int, b: int) -> bool:
    """Does a comma between a and b open a claim or a reported clause ("the strikes, the
    ministry said, left ...", ", que ...")? A list of places or an apposition does not."""
    lex, text = ctx.lex, ctx.text
    for m in re.finditer(r",\s*", text[a:b]):
        at = a + m.end()
        for key in ("claims.verbs", "claims.complementizers"):
            if lex.has(key) and lex.pat(key).match(text, at, b):
                return True
    return False


# The most days before the announcement that a date may name and still be a day of the story
STORY_DAYS = 14


# the most words between a foiling word and the attempt it foiled ("أحبطت الدفاعات الجوية محاولة")
FOIL_ATTEMPT_WORDS = 3


def _foiled_attempt(ctx: Ctx, pos: int) -> bool:
    """Is the attempt word at pos the object of a foiling word (grammar.foil_words) a few words
    before it ("إحباط محاولة نظام كييف تنفيذ هجوم", "أحبطت الدفاعات الجوية محاولة")?"""
    foils = grammar.words("foil_words", ctx.lex.lang)
    if not foils:
        return False
    text = ctx.text
    lo = max(0, pos - 60)
    for w in re.finditer(r"[^\W\d_]+", text[lo:pos]):
        if fold(w.group(), ctx.lex.lang) in foils and tokens_between(ctx, lo + w.end(), pos) <= FOIL_ATTEMPT_WORDS and \
                not re.search(r"[.;:!?]", text[lo + w.end():pos]):
            return True
    return False


def _dated_to_story_days(ctx: Ctx, s: int, e: int) -> bool:
    """Does the sentence name a day of its own within the story's days ("overnight", "on
    Thursday", "el domingo", a date less than STORY_DAYS back), and no running period ("since
    October")? A dateline's date is the filing day, not the sentence's."""
    from .dates import window_dates  # noqa: PLC0415
    if ctx.lex.has("dates.since") and _spans(ctx.lex, "dates.since", ctx.text, s, e):
        return False
    dates = [m for m in window_dates(ctx, s, e) if not m.dateline and not m.since]
    if not dates:
        return False
    return all(m.kind != "abs" or m.day is None or ctx.pub is None or 0 <= (ctx.pub - m.day).days < STORY_DAYS
               for m in dates)


def _genitive_name_of_strike_noun(ctx: Ctx, sent: Sentence, nouns: list, ms: int) -> bool:
    """Is the mention at ms a state's name of several words in a bare genitive right after a
    strike noun, or after the weapon it names ("murió en un ataque aéreo de Estados Unidos",
    "une frappe de drone des États-Unis")? Only the strike noun's and weapon's own words and
    linkers stand between (not "un ataque contra posiciones de Estados Unidos"). A one-word
    name there is read by _modifies_strike_noun already."""
    text, lex, s, e = ctx.text, ctx.lex, sent.start, sent.end
    linkers = grammar.words("linkers", lex.lang)
    if not linkers:
        return False
    own = list(nouns)
    for key in ("operations.drone_strike", "operations.missile_strike", "operations.airstrike"):
        own += _spans(lex, key, text, s, e)
    for _, nb in nouns:
        if not 0 < ms - nb <= GENITIVE_NAME_GAP or re.search(r"[,;:.()\"«»]", text[nb:ms]):
            continue
        words = list(re.finditer(r"[^\W\d_]+'?", text[nb:ms]))
        if not words or fold(words[-1].group(), lex.lang) not in linkers:
            continue
        if all(fold(w.group(), lex.lang) in linkers or
               any(a <= nb + w.start() < b for a, b in own) for w in words[:-1]):
            return True
    return False


# The most characters between a strike noun and a state's name in the genitive after it
# ("ataque con drones de Estados Unidos")
GENITIVE_NAME_GAP = 30
