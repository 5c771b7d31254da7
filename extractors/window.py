"""When: the period a claim covers (event_date, period_start)."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import re

from .clauses import background_clause, clause_at
from .dates import DateMention, from_dateline
from .document import MEANS_KEYS, Ctx, Draft, Sentence, _spans
from .platforms import platform_hits, platform_operation

# A strike spread over several days is reported within about a month; a day named further
# back than this before the event's last day is another event's ("the Movement of 23 March",
# "since the attack of 7 October"), unless it opens a stated range or period.
MAX_SPAN_DAYS = 31

# How far (in sentences) a neighbouring report of the same strike may date an event whose own
# sentences give no time.
NEIGHBOUR_SENTENCES = 3
# A later strike sentence that names no side continues the actor's strikes within this many
# days after the day of the actor's own sentences ("... on 12 August. On 14 August the jets
# struck another hideout"); further on it is news of its own.
FOLLOW_ON_DAYS = 7
# the times a detail sentence of the event (what its strikes killed or hit) may date it by
_DETAIL_TIMES = ("today", "yesterday", "overnight", "weekend", "hours", "abs", "weekday")

# The words that make a sentence report a strike: between a claim verb and a day set off by
# commas, none of them may stand for the day to be the claim's ("أعلنت القيادة، السبت، ...").
_STRIKE_WORDS = ("triggers.strike_verbs", "triggers.strike_nouns", "triggers.light_verbs", "triggers.impact_verbs")

# The kinds of time that date a report of their own (not a "since" or a comparison).
_OWN_TIMES = ("abs", "weekday", "yesterday", "today", "weekend", "overnight", "overnight_of", "hours", "days")

# A day set off by commas (or Arabic commas), at most one short word before it ("، يوم السبت،").
_COMMA_BEFORE = re.compile(r"[,،]\s*(?:[^\W\d_]{1,4}\s+)?$")
_COMMA_AFTER = re.compile(r"\s*[,،]")


def _after_report(sent: Sentence, idx: set[int], sents: list[Sentence]) -> bool:
    """Does the sentence follow one of the event's sentences, or a strike report that names
    no striker (a lead whose striker the text names later: "Turkish drones located the camp,
    after which a strike was delivered. Об этом в среду сообщили в Минобороны")?"""
    if sent.index - 1 in idx:
        return True
    prev = next((s for s in sents if s.index == sent.index - 1), None)
    return prev is not None and prev.strong and not prev.suppressed and not prev.actors and not prev.dates


def _attribution(ctx: Ctx, sent: Sentence, idx: set[int], sents: list[Sentence] = ()) -> bool:
    """Is the sentence right after one of an event's sentences only its attribution: no strike
    word, a claim verb, a word pointing back at the report (claims.anaphora) and a day ("Об
    этом в среду сообщили в министерстве")? Wire copy puts it after the lead as often as after
    the last detail ("X struck Y. Об этом 23 декабря сообщили в Минобороны. The strikes hit ...")."""
    lex = ctx.lex
    return (_after_report(sent, idx, sents) and lex.has("claims.anaphora") and not sent.strong and not sent.interception
            and not sent.suppressed and bool(sent.dates)
            and lex.search("claims.anaphora", ctx.text, sent.start, sent.end) is not None
            and lex.search("claims.verbs", ctx.text, sent.start, sent.end) is not None)


def _names_actor_with_time(ctx: Ctx, d: Draft, sent: Sentence) -> bool:
    """Does a sentence that is no strike report of its own name the event's actor as a force
    that acted, with a time?"""
    return (not sent.suppressed and bool(sent.dates) and sent.military
            and any(code == d.actor for _, _, code in sent.military_actors))


def resolve_dates(ctx: Ctx, d: Draft, sents: list[Sentence] | None = None):
    text, lex, pub = ctx.text, ctx.lex, ctx.pub
    mentions: list[DateMention] = []
    for sent in d.sentences:
        mentions += [m for m in sent.dates]
    borrowed: list[Sentence] = []   # a neighbouring report whose time dates the event
    if not mentions and not d.cumulative:
        # "Turkish jets flew new strikes in northern Iraq. Seven militants were killed on
        # Saturday": the sentence that adds what the strikes did (the event's details) names
        # the day the report's own sentence leaves out
        for sent in sorted({id(s): s for s in d.details + d.place_details}.values(), key=lambda s: s.index):
            own = [m for m in sent.dates if m.kind in _DETAIL_TIMES and not sent.suppressed]
            if any(m.since or m.ranged or m.earlier for m in sent.dates) or \
                    lex.has("dates.running_total") and lex.search("dates.running_total", text, sent.start, sent.end):
                # ("с 4 апреля по сегодняшний день ... нейтрализованы 154 боевика": a running total)
                continue
            if own:
                mentions += own
                borrowed.append(sent)
                break
    if not mentions and sents and not d.cumulative:
        # the event's own sentences give no time, a neighbouring report of the same strike
        # does ("El bombardeo, antes del amanecer, ..."; "repoussé ... dans la nuit")
        idx = {s.index for s in d.sentences}
        near = lambda s: min(abs(s.index - i) for i in idx)   # the nearest report first
        for sent in sorted(sents, key=lambda s: (near(s), s.index)):
            if sent in d.sentences or near(sent) > NEIGHBOUR_SENTENCES:
                continue
            if (sent.strong or sent.interception) and not sent.suppressed and sent.dates:
                mentions += [m for m in sent.dates if m.kind in ("today", "yesterday", "overnight", "weekend", "hours",
                                                                 "abs", "weekday")]
                if mentions:
                    borrowed.append(sent)
                    break
            elif _names_actor_with_time(ctx, d, sent):
                # "The Russian armed forces have destroyed 68 facilities over the past day, the
                # spokesman said on Tuesday" before the detailed report: the actor's own lead
                mentions += [m for m in sent.dates if m.kind in ("today", "yesterday", "overnight", "weekend", "hours",
                                                                 "abs", "weekday")]
                if mentions:
                    borrowed.append(sent)
                    break
            elif _attribution(ctx, sent, idx, sents):
                # "... был нанесен удар. Об этом в среду, 15 апреля, сообщили в Минобороны":
                # the report's own attribution, right after it, dates the claim
                mentions += [m for m in sent.dates if m.kind in ("today", "abs", "weekday")]
                if mentions:
                    break
    filed_m = next((m for m in (sents[0].dates if sents else []) if m.dateline and m.day), None) or \
        _dateline_sentence(ctx, sents or [])
    filed = filed_m.day if filed_m else None
    if filed and pub:
        mentions = from_dateline(mentions, filed, pub)
        pub = min(pub, filed)
    # "Overnight (Tuesday)": the weekday names the night's first day, not the report's day
    for p in [m for m in mentions if m.kind == "overnight"]:
        for m in mentions:
            if m.kind == "weekday" and m.day and 0 <= m.start - p.end <= 3:
                m.kind, m.day, m.span_days = "overnight_of", m.day + timedelta(days=1), 1
    # ("attacked ... yesterday, officials reported today": in a borrowed sentence too, the day
    # right after its claim verb is the report's, not the strike's)
    claims = [(m.start(), m.end()) for sent in d.sentences + borrowed
              for m in lex.finditer("claims.verbs", text, sent.start, sent.end)]
    statements = [(m.start(), m.end()) for sent in d.sentences
                  for m in (lex.finditer("dates.statement_after", text, sent.start, sent.end)
                            if lex.has("dates.statement_after") else ())]
    # after a statement phrase of a head-final language the words are what it says, not its time
    claims = [c for c in claims if not any(a < c[1] and c[0] < b for a, b in statements)]
    for m in mentions:
        if m.claim_time:
            continue  # a dateline's date: the day the story was filed
        # the time right after the claim verb ("a annoncé lundi"), not a later one ("a annoncé
        # lundi avoir mené le 25 février")
        # ("сообщило, что в ночь на субботу": a night names the strike's time, never the claim's)
        if m.kind in ("weekday", "today", "abs") and not (m.night_before or m.night_range or m.since) and any(
                0 <= m.start - ce <= CLAIM_GAP and not any(ce <= o.start < m.start for o in mentions)
                and not _spans(lex, "claims.complementizers", text, ce, m.start)
                and not _NEW_CLAUSE.search(text, ce, m.start) and _one_sentence(d.sentences + borrowed, ce, m.start)
                for _, ce in claims):
            # ... but after "that"/"что" the day is the claimed strike's ("сообщила, что в
            # понедельник"), and after a comma and a word a new clause has begun ("Wie die Armee
            # mitteilte, griffen Kampfjets am Montag ...")
            m.claim_time = True
        elif m.kind in ("weekday", "today", "abs") and not (m.night_before or m.night_range or m.since) and any(
                cs >= m.end and not text[m.end:cs].strip() for cs, _ in claims):
            m.claim_time = True   # "the military on Wednesday said", "в среду сообщила", "am Mittwoch mitteilte"
        elif m.kind in ("weekday", "today") and not (m.night_before or m.night_range or m.since) and \
                (_after_claim_subject(ctx, d, m, claims, mentions) or _before_claim_verb(ctx, d, m, claims, mentions)):
            m.claim_time = True
        elif m.kind in ("weekday", "today", "abs", "overnight") and any(
                a >= m.end and _STATEMENT_GAP.match(text[m.end:a]) for a, _ in statements):
            m.claim_time = True   # "çarşamba günü yaptığı açıklamada", "gece saatlerinde yapılan açıklamada"
        elif m.kind in ("weekday", "today", "abs") and not (m.night_before or m.night_range or m.since) and \
                _before_claim_particle(ctx, d, m, claims):
            m.claim_time = True   # "teilte das Ministerium am Dienstag mit"
    # "After Hamas fired rockets on Monday, Israeli jets struck ... overnight": a day in an
    # adverbial clause away from the strike predicate is the earlier event's, when the
    # predicate's own clauses give a time
    background = [m for m in mentions if not m.claim_time and _in_background(ctx, d, m)]
    if background and any(not m.claim_time and m not in background for m in mentions):
        mentions = [m for m in mentions if m not in background]
    # "Last Tuesday, a couple was killed in an Israeli strike on Hula", "desde el golpe del pasado
    # viernes": a weekday marked as past, beside the report's own time, is an earlier happening's
    # (unless joined to another day: "last Friday and on Saturday" is one period)
    earlier = [m for m in mentions if m.earlier and not m.claim_time]
    own_times = [m for m in mentions if not m.claim_time and m not in earlier and m.kind in _OWN_TIMES]
    earlier = [m for m in earlier if not any(_joined_days(text, m, o) for o in own_times)]
    # (or the day right before the report's first: "Last Saturday, jets struck X. On Sunday ...")
    firsts = [o.day for o in own_times if o.day] or \
        [(pub or o.day) - timedelta(days=o.span_days) for o in own_times if pub and o.span_days]
    if firsts:
        earlier = [m for m in earlier if not (m.day and (min(firsts) - m.day).days <= 1)]
    if earlier and own_times:
        mentions = [m for m in mentions if m not in earlier]
    if len(d.sentences) > 1 and any(not m.claim_time for m in mentions):
        # "destruyeron ..., informó hoy" beside strikes dated earlier: reported as done today
        for sent in d.sentences:
            own = [m for m in mentions if sent.start <= m.start < sent.end and not m.dateline]
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
        return end, (start if end else None), None   # no first day without a last one
    anchor = next((m.day for m in mentions if m.claim_time and m.day), pub)
    # "the ministry said on Monday that jets had struck ... the previous day": the day before
    # the claim's day, not before the announcement's
    claim_day = next((m.day for m in mentions if m.claim_time and m.day and not m.dateline), None)
    if claim_day is not None:
        mentions = [replace(m, day=claim_day - timedelta(days=1)) if m.anaphoric and m.day else m for m in mentions]
    # "since Wednesday evening": the period starts that day and runs to the announcement
    starts = [m for m in mentions if m.since and m.day and not m.claim_time]
    mentions = [m for m in mentions if not (m.since and m.day and not m.claim_time)]
    days = [m for m in mentions if not m.claim_time and m.kind in ("abs", "weekday", "yesterday", "today", "weekend",
                                                                  "overnight_of")]
    # (a night that dates the statement, "gece saatlerinde yapılan açıklamada", is no period)
    periods = [m for m in mentions if m.kind in ("overnight", "hours", "days") and not m.claim_time]
    dated = [m for m in days if m.day]
    # The sentences that name the actor date its strike; a day in a sentence that only follows
    # on ("Two rockets had been launched late Thursday", "Deux attaques ont frappé lundi")
    # tells of something around it, when the actor's own sentences give a day
    named = [(s.start, s.end) for s in d.sentences if any(c == d.actor for _, _, c in s.actors)]
    own = [m for m in dated if any(a <= m.start < b for a, b in named)]
    if own and len(own) < len(dated):
        # ... but a following strike sentence of its own that names no side ("On 14 August the
        # jets struck another hideout") tells of the same actor's strike on a later day: the
        # period runs to it (by the same means: "two rockets were fired" is the other side's)
        last_own = max(m.day for m in own)
        means = _means(ctx, named)
        follow = [s for s in d.sentences if _follow_on_strike(s) and means >= _means(ctx, [(s.start, s.end)]) != set()]
        dated = own + [m for m in dated if m not in own and m.day > last_own and not m.earlier
                       and (m.day - last_own).days <= FOLLOW_ON_DAYS
                       and any(s.start <= m.start < s.end for s in follow)]
    # Without a publication date, a day named relatively ("on Tuesday", "yesterday") cannot be
    # placed: a dated day elsewhere ("since the attack of 7 October 2023") may be another
    # event's, so the strike's day stays unknown, unless the two name one day ("vendredi 22
    # décembre 2023")
    unplaced = [m for m in days if m.day is None and m.kind in ("weekday", "yesterday", "today", "weekend")]
    if dated and unplaced and not all(any(_same_day_phrase(text, m, o) for o in dated) or
                                      _can_name_dated_day(ctx, m, dated) for m in unplaced):
        return None, None, None
    if dated:
        # a day far before the others is another event's, not the start of this one
        last = max(m.day for m in dated)
        dated = [m for m in dated if m.ranged or (last - m.day).days <= MAX_SPAN_DAYS]
    if starts and (dated or anchor):
        ed = max([m.day for m in dated] + ([anchor] if anchor else []))
        return ed, min(m.day for m in starts + dated), [starts[0].start, starts[0].end]
    if dated:
        ed = max(m.day for m in dated)
        ps = min(m.day for m in dated)
        span = [dated[0].start, dated[0].end]
        if any(m.kind == "weekend" for m in dated):
            ps = min(ps, min(m.day for m in dated if m.kind == "weekend") - timedelta(days=1))  # Saturday to Sunday
        # "Russia launched 32 drones overnight, the air force said on Tuesday. [...] On Sunday,
        # Russian shelling killed two": a period counted back from the announcement, in a
        # sentence that names no day, still ends on the announcement day
        alone = [p for p in periods if not any(_same_sentence(d, p, m) for m in dated)]
        if alone and anchor and anchor > ed:
            ps = min(ps, anchor - timedelta(days=max(p.span_days for p in alone)))
            return anchor, ps, [alone[0].start, alone[0].end]
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
    if not mentions and filed_m is not None and not d.cumulative:
        return filed_m.day, filed_m.day, [filed_m.start, filed_m.end]
    return None, None, None


# A dateline set as a sentence of its own ("MOSCOW, September 30.", "3 апреля.", "MADRID, 26
# Dic.", "20.07.2019 Sanaa."): at most this many words beside its date, among the text's first
# sentences (a headline may stand before it).
DATELINE_WORDS = 3
DATELINE_SENTENCES = 3


def _follow_on_strike(sent: Sentence) -> bool:
    """A sentence after the actor's report that tells of a strike of its own without naming a
    side that acted: the actor's strike continued ("the jets struck another hideout")."""
    return sent.strong and sent.strike and not sent.suppressed and not sent.interception and not sent.mentions


def _means(ctx: Ctx, spans: list) -> set[str]:
    """The kinds of means (aircraft, drones, missiles, artillery) the spans name, by a word or
    a named type ("F-16": aircraft)."""
    kinds = {k for k in MEANS_KEYS if ctx.lex.has(k) and any(_spans(ctx.lex, k, ctx.text, a, b) for a, b in spans)}
    return kinds | {"operations." + platform_operation(ctx, name) for a, b in spans for _, _, name in platform_hits(ctx, a, b)}


def _dateline_sentence(ctx: Ctx, sents: list[Sentence]) -> DateMention | None:
    """The date of a dateline the sentence splitter set apart from the report it heads: a
    sentence of one date and at most a place name or an agency tag, among the first sentences
    (after a headline, "Москва. 3 апреля."). It is the day the story was filed, as a dateline
    opening the first sentence is."""
    text = ctx.text
    for sent in sents[:DATELINE_SENTENCES]:
        dated = [m for m in sent.dates if m.kind == "abs" and m.day]
        if len(dated) != 1 or len(sent.dates) != 1:
            continue
        m = dated[0]
        rest = text[sent.start:m.start] + " " + text[m.end:sent.end]
        if len(re.findall(r"[^\W\d_]+", rest)) <= DATELINE_WORDS and not re.search(r"\d", rest):
            return m
    return None


def _can_name_dated_day(ctx: Ctx, m: DateMention, dated: list[DateMention]) -> bool:
    """Can a day that no publication date places be a day the text writes out with its year?
    A weekday can when it is that date's weekday ("jeudi" beside "le 25 février 2016", a
    Thursday); "today" or a part of it ("مساء اليوم", "this evening") can when the text dates
    only one day, which is then the day of the report. "Yesterday" or a weekend cannot be
    checked and still leaves the day unknown."""
    years = [o for o in dated if o.has_year]
    if not years:
        return False
    if m.kind == "weekday":
        wd = ctx.lex.intmaps.get("dates.weekdays", {}).get(ctx.text[m.start:m.end].lower())
        return wd is not None and any(o.day.weekday() == wd for o in years)
    return m.kind == "today" and len({o.day for o in dated}) == 1


# After a separable claim verb's particle: the end of its clause.
_CLAUSE_CLOSE = re.compile(r"\s*(?:[,.;:!?\"“”»)]|$)")


def _before_claim_particle(ctx: Ctx, d: Draft, m: DateMention, claims: list) -> bool:
    """Is the day right before the particle that closes a claim verb's clause, the verb
    earlier in the same sentence ("..., teilte das Zentralkommando am Dienstag mit.")?"""
    lex, text = ctx.lex, ctx.text
    if not lex.has("dates.claim_particles"):
        return False
    p = lex.search("dates.claim_particles", text, m.end, min(len(text), m.end + 6))
    if p is None or text[m.end:p.start()].strip() or not _CLAUSE_CLOSE.match(text, p.end()):
        return False
    return any(ce <= m.start and _one_sentence(d.sentences, cs, m.start) for cs, ce in claims)


# Two days of one expression stand this close ("el pasado viernes y el sábado", "last Friday
# and on Saturday").
JOINED_DAY_GAP = 15


def _joined_days(text: str, a: DateMention, b: DateMention) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = text[first.end:second.start]
    return 0 <= len(gap) <= JOINED_DAY_GAP and not re.search(r"[.;:!?]", gap)


def _same_sentence(d: Draft, a: DateMention, b: DateMention) -> bool:
    """Do two times stand in one of the event's sentences (or both outside them)?"""
    at = lambda m: next((s.index for s in d.sentences if s.start <= m.start < s.end), None)
    return at(a) == at(b)


def _after_claim_subject(ctx: Ctx, d: Draft, m: DateMention, claims: list, mentions: list) -> bool:
    """A day set off by commas after a claim verb and its subject, before any word of the strike
    ("أعلنت قيادة العمليات المشتركة، السبت، مقتل ...": the command announced, on Saturday, ...):
    the day of the announcement, in languages that put the verb before its subject."""
    text = ctx.text
    if not (_COMMA_BEFORE.search(text[max(0, m.start - 12):m.start]) and _COMMA_AFTER.match(text, m.end)):
        return False
    sent = next((s for s in d.sentences if s.start <= m.start < s.end), None)
    if sent is None:
        return False
    for cs, ce in claims:
        if not (sent.start <= cs and ce <= m.start) or any(ce <= o.start < m.start for o in mentions):
            continue
        if not any(_spans(ctx.lex, g, text, ce, m.start) for g in _STRIKE_WORDS):
            return True
    return False


def _in_background(ctx: Ctx, d: Draft, m: DateMention) -> bool:
    """Is the day in an adverbial clause that tells of something else? A clause before the
    strike predicate ("Nachdem am Montag eine Rakete ..., griff ...") always; one after it only
    when it names another side ("... struck Gaza overnight after Hamas fired rockets on
    Monday"), for "before dawn on Friday" is the strike's own time."""
    sent = next((s for s in d.sentences if s.start <= m.start < s.end), None)
    if sent is None:
        return False
    if background_clause(ctx, sent, m.start, d.actor, any_side=m.start < sent.head):
        return True
    return _own_strike_clause(ctx, sent, m.start)


def _own_strike_clause(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """Is pos in a subordinate clause away from the strike predicate that has a strike
    predicate of its own ("Israeli jets struck a warehouse, after gunmen had fired rockets from
    there on Friday")? Its day is that other strike's; "struck ... before dawn on Friday" has
    no predicate in its clause and dates the strike."""
    clause = clause_at(ctx, sent.start, sent.end, pos)
    if clause.kind != "subordinate" or clause_at(ctx, sent.start, sent.end, sent.head).unit == clause.unit:
        return False
    return any(clause.start <= a < clause.end for a, _ in sent.triggers)


# Between a weekday and the date it names: "vendredi 22 décembre", "Tuesday, May 7", "7 May (Tuesday)".
_SAME_DAY_GAP = re.compile(r"^[\s,()–—-]*(?:[^\W\d_]{1,3}\s+)?$")


def _same_day_phrase(text: str, a: DateMention, b: DateMention) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    return bool(_SAME_DAY_GAP.match(text[first.end:second.start]))


# Between a day and the statement phrase after it: a case ending and one word at most
# ("8 Mayıs'ta yaptığı açıklamada", "çarşamba günü yaptığı açıklamada").
_STATEMENT_GAP = re.compile(r"^(?:['’][^\W\d_]{1,4})?\s*(?:[^\W\d_]+\s+)?$")

# A time at most this many characters after a claim verb is the claim's ("said on Monday",
# "a annoncé lundi").
CLAIM_GAP = 25
_NEW_CLAUSE = re.compile(r"[,،;]\s*[^\W\d_]+\s")


def _one_sentence(sents: list[Sentence], a: int, b: int) -> bool:
    """Do offsets a and b stand in one sentence? ("..., the ministry said. On Sunday, Russian
    jets hit ...": the next sentence's day is its own, not the claim's.)"""
    return any(s.start <= a and b < s.end for s in sents)

# A day that opens its sentence stands within this many characters of the sentence start.
OPENING_CHARS = 15
# ... and its claim verb within this many characters after it (the subject between).
OPENING_CLAIM_GAP = 60


def _before_claim_verb(ctx: Ctx, d: Draft, m: DateMention, claims: list, mentions: list) -> bool:
    """A day that opens a sentence whose subject then states the claim, with no word of the
    strike between ("On Wednesday, the ministry said its jets had struck ... on Monday",
    "Lundi, l'état-major a annoncé ...", "Накануне хуситы заявили, что ..."): the day of the
    statement, when the sentence dates the strike otherwise."""
    text = ctx.text
    sent = next((s for s in d.sentences if s.start <= m.start < s.end), None)
    if sent is None or m.start - sent.start > OPENING_CHARS:
        return False
    if not any(o is not m and sent.start <= o.start < sent.end and o.start > m.end for o in mentions):
        return False   # the only time the sentence gives: the strike's too, as before
    for cs, ce in claims:
        if m.end <= cs <= m.end + OPENING_CLAIM_GAP and not any(m.end <= o.start < cs for o in mentions) and \
                not any(_spans(ctx.lex, g, text, m.end, cs) for g in _STRIKE_WORDS):
            return True
    return False
