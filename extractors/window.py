"""When: the period a claim covers (event_date, period_start)."""
from __future__ import annotations

from datetime import timedelta

from .dates import DateMention, from_dateline
from .document import Ctx, Draft, Sentence


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
