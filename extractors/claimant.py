"""Who says so: the claiming side and the words it is named by."""
from __future__ import annotations

import re

from .document import Ctx, Draft, ORGS, Sentence, _GLUE, _prev_words, _spans


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


def _place_mention(ctx: Ctx, ms: int) -> bool:
    prev = _prev_words(ctx.text, ms, 1)
    return bool(prev) and prev[-1] in ctx.place_words


def _agent_glue(ctx: Ctx, gap: str) -> bool:
    m = ctx.lex.search("actor_roles.agent_intro", gap)
    return bool(m) and not gap[:m.start()].strip() and bool(_GLUE.match(gap[m.end():]))
