"""Who says so: the claiming side and the words it is named by."""
from __future__ import annotations

import re

import pycountry

from . import grammar
from .forms import fold
from .actors import governing, leads
from .clauses import tokens_before, tokens_between
from .document import Ctx, Draft, ORGS, Sentence, _GLUE, _admin1, _countries, _prev_words, _spans
from .roles import _is_passive, name_case, opening_voice, opens_reported_sentence


# Organisations that govern a country de facto (data/actors.toml): their officials claim as a
# government's do, where another armed group's officials are another source.
GOVERNING = governing()
# Alliances and the state leading each (data/actors.toml: led_by).
LEADS = leads()


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


_ONE_WORD = re.compile(r"\s+[^\W\d_]+\s+")


# The body's "of" phrase naming its side before the claim verb spans at most this many characters
# (" de Estados Unidos ").
OF_SIDE_CHARS = 40


def _of_its_side(ctx: Ctx, sent: Sentence, b: int, v: int) -> bool:
    """Is text[b:v], between an official body and its claim verb, "of" and the side the body
    belongs to ("la Fuerza Aérea de Ucrania informó", "the Air Force of Ukraine said", "la
    Fuerza Aérea de Ucrania ha informado")? The body is then the claim's source, as with the
    side's adjective ("la Fuerza Aérea ucraniana informó")."""
    text = ctx.text
    of = grammar.regex(r"\s+(?i:{linkers})(?:\s+(?i:{articles}))?\s+").match(text, b, v)
    if of is None:
        return False
    # (the side's name, or a mention that spans the body with it: "Fuerza Aérea de Ucrania")
    side = next((me for ms, me, _ in sent.mentions if ms <= of.end() < me <= v), None)
    if side is None:
        return False
    rest = text[side:v]
    return not rest.strip() or bool(_ONE_WORD.fullmatch(rest))


def _claim_sources(ctx: Ctx, sent: Sentence) -> list[tuple[int, int]]:
    """Spans of the sources a claim names in the sentence: a monitor or channel anywhere, an
    official body next to a claim verb ("the Ukrainian air force said", "nach Angaben der
    ukrainischen Luftwaffe")."""
    text, lex = ctx.text, ctx.lex
    out = list(_spans(lex, "claims.other_sources", text, sent.start, sent.end))
    verbs = list(lex.finditer("claims.verbs", text, sent.start, sent.end))
    verb_final = bool(lex.raw.get("meta", {}).get("verb_final"))
    for a, b in _outside(_spans(lex, "claims.official_sources", text, sent.start, sent.end), out):
        # the body's adjective may stand between it and the verb ("L'armée de l'air
        # ukrainienne a indiqué", "la Fuerza Aérea ucraniana informó")
        # (never one after the complementizer that opens what was said: "повідомив про те, що
        # окупаційна армія випустила ракети", the army struck, it does not speak)
        if any((0 <= a - v.end() <= 30 and not _claim_content(ctx, v.end(), a)) or 0 <= v.start() - b <= 3 or
               (0 <= v.start() - b <= 20 and _ONE_WORD.fullmatch(text, b, v.start())) or
               (0 <= v.start() - b <= OF_SIDE_CHARS and _of_its_side(ctx, sent, b, v.start())) for v in verbs):
            out.append((a, b))
        elif verb_final and any(v.start() >= b and not re.search(r"[,;:.]", text[b:v.start()]) and
                                tokens_between(ctx, b, v.start()) <= STATEMENT_AFTER_SOURCE_WORDS for v in verbs):
            # "İsrail ordusundan da önemli bir açıklama geldi": the body, then its statement
            out.append((a, b))
        elif verb_final and opens_reported_sentence(ctx, sent, a, b):
            # "Ukrayna Hava Kuvvetleri, Rusya'nın ... saldırı düzenlediğini bildirdi": the body
            # opening the sentence, its comma, and the claim verb closing the sentence
            out.append((a, b))
    return out


def find_claimant(ctx: Ctx, d: Draft, sents: list[Sentence]):
    code, span = _find_claimant(ctx, d, sents)
    if code is not None and LEADS.get(d.actor) == code:
        # "the US military said coalition forces struck ...": the lead state's military
        # releases the alliance's strikes (CONVENTIONS.md: COALITION for CJTF-OIR releases)
        return d.actor, span
    return code, span


# A claim verb closing a reported clause stands this many words after its comma at most
# ("..., según ha constatado", "..., a indiqué", "..., sagte").
INVERTED_VERB_WORDS = 2
# The speaker after such a verb names its side within this many words ("schrieb der
# armenische Regierungschef", "said Israel's army").
INVERTED_SPEAKER_WORDS = 3


def _inverted_claim(ctx: Ctx, sent: Sentence, cm) -> int | None:
    """The comma that closes the reported clause before a claim verb placed right after it
    ("Pakistanische Streitkräfte hätten ... beschossen, sagte ...", "..., a indiqué l'OSDH"),
    or None when the verb does not follow such a comma (its subject comes first: "..., the
    military said")."""
    text = ctx.text
    line = max(sent.start, text.rfind("\n", sent.start, cm.start()) + 1)
    comma = text.rfind(",", line, cm.start())
    if comma < 0 or re.search(r"[;:]", text[comma + 1:cm.start()]) or \
            tokens_between(ctx, line, comma) <= INVERTED_VERB_WORDS:
        return None   # no reported clause before it ("Además, confirmó que ...")
    if tokens_between(ctx, comma + 1, cm.start()) > INVERTED_VERB_WORDS:
        return None
    if re.search(r"[:\"“”«»]", text[cm.end():sent.end].rstrip(" .\"“”»")) or \
            (ctx.lex.has("claims.complementizers") and
             ctx.lex.search("claims.complementizers", text, cm.end(), sent.end)):
        return None   # what was said follows the verb ("La cadena ..., controlada por los hutíes, informó que ...")
    stop = re.search(r"[,;:.()]", text[cm.end():sent.end])
    hi = cm.end() + (stop.start() if stop else sent.end - cm.end())
    if tokens_between(ctx, cm.end(), hi) < 2 and not _coded(ctx, cm.end(), hi) and \
            not _spans(ctx.lex, "claims.official_sources", text, cm.end(), hi) and \
            not _spans(ctx.lex, "claims.other_sources", text, cm.end(), hi):
        return None   # no speaker after it ("..., teilte mit, sie habe ...")
    if _coded(ctx, comma + 1, cm.start()) or \
            _spans(ctx.lex, "claims.official_sources", text, comma + 1, cm.start()) or \
            _spans(ctx.lex, "claims.other_sources", text, comma + 1, cm.start()):
        return None  # the subject stands between ("..., Israel said")
    return comma


def _inverted_speaker(ctx: Ctx, sent: Sentence, cm, actor: str):
    """The side a speaker after an inverted claim verb names ("schrieb der armenische
    Regierungschef"): a state, a governing group or the striking group itself, before any
    punctuation; another group's people ("informaron los rebeldes hutíes") are another source."""
    text = ctx.text
    stop = re.search(r"[,;:.()\"“”«»]", text[cm.end():sent.end])
    hi = cm.end() + (stop.start() if stop else sent.end - cm.end())
    for ms, me, code in _coded(ctx, cm.end(), hi):
        if tokens_between(ctx, cm.end(), ms) > INVERTED_SPEAKER_WORDS:
            break
        if code == "OTHER":
            continue
        if code not in ORGS or code in GOVERNING or code == actor:
            return code, [ms, me]
        return "OTHER", [ms, me]
    return None


def _find_claimant(ctx: Ctx, d: Draft, sents: list[Sentence]):
    text, lex = ctx.text, ctx.lex
    # the event's own sentences first, then the others, but never one that reports another
    # side's strike: "Pakistan's foreign ministry said" answers for Pakistan's strikes, not for
    # the Iranian strike named before them
    adversary = (ctx.common.raw.get("adversaries", {}).get(d.actor) if ctx.common else None) or []
    order = list(d.sentences) + [s for s in sents if s not in d.sentences and
                                 not _other_sides_strike(s, d.actor, adversary)]
    other = None
    other_own = False   # the other source speaks in one of the event's own sentences
    for sent in order:
        unsaid = _spans(lex, "claims.no_claim", text, sent.start, sent.end) if lex.has("claims.no_claim") else []
        verbs = list(lex.finditer("claims.verbs", text, sent.start, sent.end))
        for cm in verbs:
            if _negated(ctx, sent, cm.start()) or any(a <= cm.start() < b for a, b in unsaid):
                continue  # "the US army did not report the strikes", "henüz bir açıklama yapılmadı"
            if _anothers_claim(ctx, d.actor, cm, verbs, sent):
                continue  # the other claim of the sentence is about the actor's strike
            lo, hi = max(sent.start, cm.start() - 90), min(sent.end, cm.end() + 90)
            if not text[cm.end():sent.end].strip(" .\"”»'’"):
                # the verb ends the sentence (Turkish puts it last: "Milli Savunma Bakanlığı (MSB),
                # ... hedefin imha edildiğini açıkladı"): its subject may open the sentence
                lo = sent.start
            # a wire agency in a dateline or credit ("(Reuters) -") filed the story; it says nothing
            others = [o for o in _spans(lex, "claims.other_sources", text, lo, hi) +
                      (_spans(lex, "claims.state_media", text, lo, hi) if lex.has("claims.state_media") else [])
                      if not any(a <= o[0] < b for a, b in ctx.no_place)]
            officials = [o for o in _outside(_spans(lex, "claims.official_sources", text, lo, hi), others)
                         if not any(a <= o[0] < b for a, b in unsaid)]
            # "Bakanlığın sosyal medya hesabından": a medium's word inside an official source's
            # longer phrase (the body's own account) is no other source
            others = _outside(others, officials)
            officials, others = _local_offices(ctx, officials, others, lo, hi)
            officials, others = _attributed_sources(ctx, cm, officials, others)
            relaying = _relaying_media(ctx, officials, others)
            if relaying:
                # "la agencia Anadolu, que cita fuentes de seguridad", "نقلت الوكالة عن مصدر
                # عسكري": the medium passes on what the official source says; the source speaks
                others = [o for o in others if o not in relaying]
            closing = _inverted_claim(ctx, sent, cm)
            if closing is not None:
                # "..., sagte der Provinzchef", "..., según ha constatado la red de activistas":
                # the claim verb right after the comma closing the reported clause has its
                # speaker after it; a body named before that comma belongs to the clause (the
                # striker, "fuerzas del ejército sirio"), it does not speak
                officials = [o for o in officials if o[0] >= cm.end()]
                others = [o for o in others if o[0] > closing]
                if sent in d.sentences and not officials and not others:
                    speaker = _inverted_speaker(ctx, sent, cm, d.actor)
                    if speaker is not None:
                        return speaker
                    continue  # a speaker the lexicon does not know ("erklärten die Rebellen")
            if lex.raw.get("meta", {}).get("verb_final"):
                # "Bölge sakinleri, koalisyon uçaklarının ... bombaladığını söyledi": another
                # source opening the sentence speaks; a body after its comma is in what it says
                opener = next((o for o in others if opens_reported_sentence(ctx, sent, o[0], o[1])), None)
                if officials:
                    # "Suriyeli bir askeri kaynak SANA ajansına yaptığı açıklamada": the medium in
                    # the dative is whom the source told, not a second speaker
                    others = [o for o in others if not _addressee(ctx, o)]
                if opener is not None:
                    officials = [o for o in officials if o[0] < opener[1]]
                # "Rus ordusunun ... saldırı düzenlediği bildirildi": a force in the genitive is
                # the subject of the reported clause, not who reports it (unless its statement
                # follows: "Rusya Savunma Bakanlığının açıklamasına göre")
                officials = [o for o in officials if not _reported_subject(ctx, o, sent.end)]
                # "Ukrayna ordusuna ait 3 mühimmat deposu": a force before the owner's
                # postposition owns what was hit; it reports nothing
                officials = [o for o in officials if not _owner_of_target(ctx, o, sent.end)]
                if _is_passive(lex, text, sent.start, cm.start(), cm.end()):
                    # "Rus ordusunun ... düzenlediği bildirildi" (it was reported that ...): a
                    # passive claim verb names no speaker; only a source with its statement does
                    # ("Genelkurmay Başkanlığından yapılan açıklamada")
                    officials = [o for o in officials if _source_of_statement(ctx, o, cm)]
            # a side after a place word is a place ("in Syrien"), unless it names the source
            # right after it ("Aus syrischen Militärkreisen hieß es": the Syrian military speaks)
            # ("У Міноборони Сирії заявили", "в Минобороны ... заявили": in a body whose name holds
            # the source, the body speaks)
            coded = [c for c in _coded(ctx, lo, hi)
                     if not _place_mention(ctx, c[0]) or any(b == c[1] or (c[1] < a and not text[c[1]:a].strip()) or
                                                              c[0] <= a < b <= c[1] for a, b in officials) or
                     _state_seat_speaking(ctx, sent, c, cm)]
            # the striker claiming its own strike: "an attack claimed by the Houthi militia"
            for ms, me, code in coded:
                # (a group named after the verb of an interception report is the launcher
                # whose weapons the speaker downed: "the military said it intercepted a
                # missile launched by the Houthis" is the defender's claim)
                if ms >= cm.end() and sent.interception and not _agent_glue(ctx, text[cm.end():ms]) and \
                        _agent_before(ctx, cm.end(), ms):
                    continue
                if ms >= cm.end() and sent.interception and _after_launch_participle(ctx, ms):
                    continue  # "... о перехвате ракеты, выпущенной хуситами": the launcher, in the instrumental
                # (a name in quotation marks, "«Хезболла» заявила": the closing mark is the name's)
                gap = text[me:cm.start()].lstrip("»”“\"")
                # a group named after the verb (within its line: a headline's clause ends with
                # it) is what was said when "that" opens it ("повідомили, що хусити вдарили") or
                # when the verb has its own speaker before it ("the Israeli army said Hezbollah
                # fired", "el Pentágono aseguró que los hutíes lanzaron"): it claims only where
                # it speaks itself ("Hezbollah claimed the attack": _group_speaks)
                after = ms >= cm.end() and "\n" not in text[cm.end():ms]
                agent = _agent_glue(ctx, text[cm.end():ms])
                said = after and lex.has("claims.complementizers") and \
                    lex.search("claims.complementizers", text, cm.end(), ms) is not None
                if code == d.actor and code in ORGS and (
                        said or _GLUE.match(gap) or agent or _HEAD_GLUE.match(gap) or
                        (me <= cm.start() and _relative_aside(ctx, me, cm.start()))):
                    if said or (after and not agent and _speaker_before(ctx, sent, cm, coded, d.actor, ms)):
                        own = _group_speaks(ctx, d)
                        if own is not None:
                            return own
                        continue
                    return code, [ms, me]
            line = max(sent.start, text.rfind("\n", sent.start, cm.start()) + 1)
            if sent in d.sentences and not officials and not others and \
                    tokens_between(ctx, line, cm.start()) <= SUBJECTLESS_CLAIM_WORDS:
                # "Además, confirmó que ...", "وأضاف أن ...", "It added that ...": a claim verb
                # with no subject goes on with the source of the sentence before it (an
                # official body's claim at once; another source only if nothing better follows)
                carried = _carried_source(ctx, d, sents, sent,
                                          guess_actor=other is None or not _state_official(ctx, other[1]))
                if carried is not None and carried[0] != "OTHER":
                    return carried
                if carried is not None and other is None:
                    other, other_own = carried, True
            # a source well after the verb is part of what was said ("said it fired a missile
            # at Israeli military targets"), not who said it
            officials = [o for o in officials if o[0] < cm.end() or o[0] - cm.end() <= 40]
            # ... and so is one after the complementizer that opens what was said ("Губернатор ...
            # повідомив, що ЗСУ обстріляли Шебекіно": the forces named struck, they do not speak)
            if lex.has("claims.state_officials") and any(
                    o[1] <= cm.start() and lex.search("claims.state_officials", text, o[0], o[1]) for o in others):
                # (only when a local official speaks before the verb: with none, the body after
                # "said that" may be the speaker's own, "the ministry said that its air force")
                officials = [o for o in officials if o[0] < cm.end() or not _claim_content(ctx, cm.end(), o[0])]
            tail = text.rfind(",", sent.start, cm.start())
            if officials and tail >= 0 and any(tail < o[0] < cm.start() or _right_after_verb(ctx, cm, o[0])
                                               for o in others) and \
                    not any(tail < o[0] for o in officials):
                # "Saudi-led coalition warplanes struck ..., residents said", "L'aviation russe a
                # bombardé ..., a rapporté l'OSDH", "..., selon des habitants": the source in the
                # attribution after the report speaks; the body named as the striker says nothing
                officials = []
            # a state as the subject of the claim: "India said its forces struck ..."
            # (the government speaking is the claimant, CONVENTIONS.md)
            if sent in d.sentences and lex.raw.get("meta", {}).get("verb_final"):
                for ms, me, code in coded:
                    if code == d.actor and code in ORGS and me <= cm.start() and \
                            name_case(ctx, ms, me) is None and \
                            not _is_passive(lex, text, sent.start, cm.start(), cm.end()) and \
                            opening_voice(ctx, sent, ms, me):
                        # "Hizbullah, ... İHA'larla hedef aldığını duyurdu": the group opening
                        # the sentence, the claim verb ending it, claims its own strike
                        return code, [ms, me]
            if sent in d.sentences:
                for ms, me, code in coded:
                    if code not in ORGS and code != "OTHER" and me <= cm.start() and \
                            (not text[me:cm.start()].strip() or
                             # verb-final: "Ukrayna, Rusya'nın ... saldırılarında ... bildirdi"
                             # (the state opens the sentence, the claim verb ends it)
                             (lex.raw.get("meta", {}).get("verb_final") and
                              name_case(ctx, ms, me) is None and
                              not _is_passive(lex, text, sent.start, cm.start(), cm.end()) and
                              opening_voice(ctx, sent, ms, me))) and \
                            not _official_near(ctx, ms, me):
                        # ("Les armées américaine et britannique ont indiqué": each side of the
                        # coordination claims its own strike)
                        return _own_in_coordination(ctx, coded, (ms, me, code), d.actor)
                speaker = _struck_group_speaking(ctx, sent, cm, coded, d.actor)
                if speaker is not None and other is None and not officials:
                    # "The Houthis said US jets struck ...": the struck group's account is
                    # another source's (CONVENTIONS.md), kept unless an official claim follows
                    other, other_own = speaker, True
            if officials:
                # the body attached to the source nearest the verb: "the IDF Spokesperson's
                # Unit confirmed", "el Ministerio de Defensa de Rusia", not a country in passing;
                # only that source's own phrase ("spokesman for the Russian defence ministry"),
                # never a source of another clause ("..., while the Syrian ministry said")
                phrase = _nearest_source_phrase(ctx, officials, cm)
                for os_, oe in phrase:
                    for ms, me, code in coded:
                        if code in ORGS and code != d.actor and code not in GOVERNING:
                            continue
                        inside = ms < oe and os_ < me
                        if inside or (me <= os_ and _GLUE.match(text[me:os_])) or \
                                (oe <= ms and _GLUE.match(text[oe:ms])):
                            return _own_in_coordination(ctx, coded, (ms, me, code), d.actor)
                head_final = bool(lex.raw.get("meta", {}).get("verb_final"))
                if head_final:
                    # head-final noun phrases: the body's nationality opens its name, up to two
                    # words before the source word ("Pakistan Dışişleri Bakanlığından", "Rusya
                    # Savunma Bakanlığı"), never after it
                    os0 = min(a for a, _ in phrase)
                    for ms, me, code in coded:
                        if (code not in ORGS or code in GOVERNING or code == d.actor) and code != "OTHER" and \
                                me <= os0 and not re.search(r"[,;.:()\"“”]", text[me:os0]) and \
                                tokens_between(ctx, me, os0) <= 2:
                            return _own_in_coordination(ctx, coded, (ms, me, code), d.actor)
                # the body's nationality at the end of its name: "l'état-major général des
                # forces armées ukrainiennes" (no punctuation, verb or other source between)
                oe = max(b for _, b in phrase)
                for ms, me, code in coded if not head_final else ():
                    if (code not in ORGS or code in GOVERNING) and code != "OTHER" and oe <= ms and ms - oe <= 40 and \
                            not re.search(r"[,;.:()]", text[oe:ms]) and \
                            not lex.search("claims.verbs", text, oe, ms) and \
                            not lex.search("triggers.strike_verbs", text, oe, ms) and \
                            not _claim_content(ctx, oe, ms):
                        return _own_in_coordination(ctx, coded, (ms, me, code), d.actor)
                if sent.interception:
                    # "Israel intercepted two Houthi-fired missiles ..., the military said": the
                    # state that shot them down is the body speaking
                    shots = _spans(lex, "places.shootdown_verbs", text, sent.start, sent.end) \
                        if lex.has("places.shootdown_verbs") else []
                    for ms, me, code in coded:
                        if code not in ORGS and code != "OTHER" and code != d.actor and \
                                any(me <= a and tokens_between(ctx, me, a) <= 1 for a, _ in shots):
                            return code, [ms, me]
                if sent.interception and len(adversary) == 1:
                    # the defending side's air force reporting what it shot down
                    return adversary[0], [officials[0][0], officials[0][1]]
                reported = [s for s in d.sentences if s is not sent]
                if not sent.interception and reported and all(s.interception for s in reported):
                    # an interception report attributed in a sentence of its own to a body no
                    # side names ("Российские ПВО сбили 22 украинских дрона. Об этом сообщило
                    # Минобороны"): the body of the side that intercepted speaks
                    defender = next((c for s in reported for c in s.interceptors
                                     if c[2] != d.actor and c[2] not in ORGS and c[2] != "OTHER"), None)
                    if defender is not None:
                        return defender[2], [officials[0][0], officials[0][1]]
                    if len(adversary) == 1:
                        return adversary[0], [officials[0][0], officials[0][1]]
                cues = [m.start() for m in lex.finditer("cues.interception", text, sent.start, sent.end)]

                def intercepts(c) -> bool:
                    # the subject of the interception verb: "El Ejército israelí interceptó"
                    return any(c[1] <= q and q - c[1] <= 40 and not re.search(r"[,;:]", text[c[1]:q])
                               and not lex.search("claims.verbs", text, c[1], q) for q in cues)
                defender = next((c for c in sent.interceptors + sent.actors
                                 if c[2] != d.actor and c[2] not in ORGS and c[2] != "OTHER" and
                                 intercepts(c)), None)
                if sent.interception and defender is not None:
                    # "El Ejército israelí interceptó un misil lanzado por los hutíes, según un
                    # comunicado": the side that intercepted reports it
                    return defender[2], [defender[0], defender[1]]
                # a statement noun ("comunicado", "statement") names no speaker: its issuer
                # does ("el Ministerio de Salud Pública libanés emitió un breve comunicado")
                bodies = [o for o in officials if not _statement_noun(ctx, o)] or ([] if others else officials)
                if bodies and (not others or min(abs(o[0] - cm.start()) for o in bodies) <=
                               min(abs(o[0] - cm.start()) for o in others)):
                    # a source that names no side ("the army", "the military department") is
                    # the body named in full before it ("the Israeli army ... the army said");
                    # with none, the actor's own
                    # (but after a local official of the state struck, named first: "..., the
                    # regional governor said. The ministry later said ...", the official speaks
                    # for that state, state_official_claimant; a body that names no side of its
                    # own is neither the one named before it nor the actor's)
                    official_first = other is not None and _state_official(ctx, other[1])
                    earlier = next((o for o in (_owner(ctx, a, b, d.actor) for a, b in sorted(phrase)) if o), None)
                    if earlier is None and official_first:
                        continue
                    earlier = earlier or _relay_owner(ctx, sent, min(a for a, _ in phrase), d.actor) or \
                        _earlier_owner(ctx, d.actor, sent)
                    if earlier is not None and (earlier == d.actor or sent in d.sentences):
                        return earlier, [officials[0][0], officials[0][1]]
                    if earlier is not None:
                        # another side's body speaking in a sentence of its own ("Pakistan's
                        # foreign ministry ... the Ministry said, adding that ..."): its words are
                        # about its side's doings, not the actor's claim
                        continue
                    return d.actor, [officials[0][0], officials[0][1]]
            if others and other is None:
                # a local official of the state struck before a wire agency or channel named
                # beside it ("ИНТЕРФАКС - Губернатор ... сообщил"): the official speaks
                first = next((o for o in others if _state_official(ctx, o)), others[0])
                other = _state_medium(ctx, lo, hi, coded) or ("OTHER", [first[0], first[1]])
                other_own = sent in d.sentences
    if other is None or (other[0] == "OTHER" and not other_own):
        # an interception report whose side reports nothing in words ("Повітряні сили ЗСУ знищили
        # 44 ракети", "97 drones ont été détruits au-dessus du territoire russe"): the side that
        # shot the weapons down reports them, before a correspondent or resident quoted in
        # another sentence on the damage (CONVENTIONS.md: the statement wins over witnesses)
        defender = _defender(ctx, d, sents, adversary)
        if defender is not None:
            return defender
    if other:
        return other
    return _monitor_elsewhere(ctx, sents, order)


# A body and the local office it serves stand this many words apart at most ("пресслужба ОВА",
# "the press service of the regional military administration", "Askeri Yönetimi basın servisi").
OFFICE_BODY_WORDS = 2


def _local_offices(ctx: Ctx, officials: list, others: list, lo: int, hi: int) -> tuple[list, list]:
    """An official body of a local office of the state (claims.state_officials: "пресслужба ОВА",
    "the press service of the regional military administration") speaks as that office: the
    office, not the body, is the source (another source that state_official_claimant reads as
    the state struck), so a body of no side is not read as the actor's."""
    lex, text = ctx.lex, ctx.text
    if not officials or not lex.has("claims.state_officials"):
        return officials, others
    offices = _spans(lex, "claims.state_officials", text, lo, hi)
    kept, found = [], []
    for o in officials:
        inside = next((f for f in offices if f[0] <= o[0] and o[1] <= f[1]), None)
        if inside is not None:
            # a word of the office's own name ("military" in "the regional military administration")
            if inside not in found:
                found.append(inside)
            continue
        office = next((f for f in offices if not (f[0] < o[1] and o[0] < f[1]) and
                       not re.search(r"[,;:.()\"“”«»]", text[min(o[1], f[1]):max(o[0], f[0])]) and
                       tokens_between(ctx, min(o[1], f[1]), max(o[0], f[0])) <= OFFICE_BODY_WORDS), None)
        if office is None:
            kept.append(o)
        elif office not in found:
            found.append(office)
    if not found:
        return officials, others
    return kept, sorted(set(others) | set(found))


def _officials_at(ctx: Ctx, span, margin: int) -> list:
    """The words of a local official of a state (claims.state_officials: "the regional governor",
    "мэр города", "Administración Militar regional") overlapping the source at span, read within
    margin characters of it."""
    if not span or not ctx.lex.has("claims.state_officials"):
        return []
    a, b = span
    return [(x, y) for x, y in _spans(ctx.lex, "claims.state_officials", ctx.text,
                                      max(0, a - margin), min(len(ctx.text), b + margin)) if x < b and a < y]


def _state_official(ctx: Ctx, span) -> bool:
    """Is the source at span a local official of a state?"""
    return bool(_officials_at(ctx, span, 40))


def _defender(ctx: Ctx, d: Draft, sents: list[Sentence], adversary: list):
    """The side that intercepted the event's weapons, named as such (its own sentences first,
    then the others), or the actor's one adversary when the document reports an interception."""
    caught = [s for s in d.sentences if s.interception] + \
        [s for s in sents if s.interception and s not in d.sentences]
    for s in caught:
        for ms, me, code in s.interceptors:
            if code != d.actor and code not in ORGS and code != "OTHER":
                return code, [ms, me]
    if caught and len(adversary) == 1:
        return adversary[0], None
    return None


# A claim verb this many words after its sentence's start, with no source in reach, has no
# subject of its own ("Además, confirmó que", "وأضاف أن", "It added that").
SUBJECTLESS_CLAIM_WORDS = 2


def _carried_source(ctx: Ctx, d: Draft, sents: list[Sentence], sent: Sentence, guess_actor: bool = True):
    """The claimant named by the nearest earlier sentence's claim source: an official body's
    side (its own name's, or the body named in full before it, or the actor's unless
    guess_actor is False), or another source."""
    lex = ctx.lex
    for prev in sorted((s for s in sents if s.index < sent.index), key=lambda s: -s.index):
        sources = _claim_sources(ctx, prev)
        if not sources:
            continue
        others = _spans(lex, "claims.other_sources", ctx.text, prev.start, prev.end)
        officials = sorted(o for o in sources if o not in others)
        if not officials:
            a, b = sources[0]
            return _state_medium(ctx, prev.start, prev.end, _coded(ctx, prev.start, prev.end)) or ("OTHER", [a, b])
        # the body whose name names its side ("Le ministère syrien de la Défense a publié un
        # communiqué": the ministry's, not the communiqué's)
        for a, b in officials:
            owner = _owner(ctx, a, b, d.actor)
            if owner is not None:
                return owner, [a, b]
        a, b = officials[0]
        owner = _earlier_owner(ctx, d.actor, prev) or (d.actor if guess_actor else None)
        return (owner, [a, b]) if owner is not None else None
    return None


# One capitalised word of a body's proper name between its side and the source word.
_NAME_WORD = re.compile(r"[ \t]+([^\W\d_])[^\W\d_'’-]*[ \t]+")


# A side named after its body ends the body's name within this many characters ("el Ejército
# israelí", "Министерства национальной обороны Камбоджи").
SIDE_AFTER_BODY_CHARS = 40


def _owner(ctx: Ctx, a: int, b: int, actor: str) -> str | None:
    """The side an official body's own name names: a state, a governing group or the actor
    inside it or glued to it ("the Israeli army", "Министерства обороны Камбоджи")."""
    text = ctx.text
    for ms, me, code in _coded(ctx, max(0, a - SIDE_AFTER_BODY_CHARS), min(len(text), b + SIDE_AFTER_BODY_CHARS)):
        if code == "OTHER" or (code in ORGS and code != actor and code not in GOVERNING):
            continue
        if (ms < b and a < me) or (me <= a and _GLUE.match(text[me:a])) or (b <= ms and _GLUE.match(text[b:ms])):
            return code
        name_word = _NAME_WORD.fullmatch(text, me, a) if me <= a else None
        if name_word and name_word.group(1).isupper():
            return code   # a word of the body's proper name between ("the Pakistan Foreign Ministry")
    # the state by its name or adjective right after the body ("وزارة الدفاع السورية",
    # "Министерства обороны Сирии"), where no actor pattern names it
    hi = min(len(text), b + SIDE_AFTER_BODY_CHARS)
    found = [(a + c.start, c.alpha2) for c in _countries(ctx, text[a:hi])]
    if ctx.lex.raw.get("place_adjectives"):
        found += [(x, code) for x, _, code in ctx.lex.find_coded("place_adjectives", text, a, hi)]
    for pos, alpha2 in sorted(found):
        state = pycountry.countries.get(alpha_2=alpha2)
        if state is not None and (pos < b or _GLUE.match(text[b:pos])):
            return state.alpha_3
    return _seat_owner(ctx, b, actor)


# The seat's preposition after the body: one short word ("in", "à", "en", "в", "у").
_SEAT = re.compile(r"\s+\w{1,3}\s+")


def _seat_owner(ctx: Ctx, b: int, actor: str) -> str | None:
    """The side a body names by its seat right after it ("the air force in Kyiv", "das
    Verteidigungsministerium in Moskau", "Воздушных силах в Киеве"): a place that is a
    first-level unit of its own (a capital, an oblast's city) names its state, when that state
    is the actor or the actor's adversary (a seat elsewhere, "the ministry in Gaza", says
    nothing of which side speaks)."""
    seat = _SEAT.match(ctx.text, b)
    if seat is None:
        return None
    sides = [actor, *((ctx.common.raw.get("adversaries", {}).get(actor) or []) if ctx.common else [])]
    for m in _admin1(ctx, ctx.text[seat.end():min(len(ctx.text), seat.end() + SIDE_AFTER_BODY_CHARS)]):
        state = pycountry.countries.get(alpha_2=m.code.split("-")[0]) if m.start == 0 else None
        return state.alpha_3 if state is not None and state.alpha_3 in sides else None
    return None


def _medium_owner(ctx: Ctx, a: int, b: int, actor: str) -> str | None:
    """The side a medium's own phrase names by an actor pattern ("وكالة الأنباء السورية
    “سانا”": SANA is Syria's); a group's medium other than the actor's is another source."""
    text = ctx.text
    stop = re.search(r"[,;.:،؛]", text[b:min(len(text), b + SIDE_AFTER_BODY_CHARS)])
    hi = b + (stop.start() if stop else min(len(text) - b, SIDE_AFTER_BODY_CHARS))
    for ms, me, code in _coded(ctx, a, hi):
        if code == "OTHER" or (ms >= b and tokens_between(ctx, b, ms) > MEDIUM_NAME_WORDS):
            continue
        return "OTHER" if code in ORGS and code != actor and code not in GOVERNING else code
    return None


# A medium's own name follows its noun within this many words ("وكالة الأنباء السورية “سانا”").
MEDIUM_NAME_WORDS = 2


# A medium relays the source this many words after it at most ("الوكالة عن مصدر عسكري",
# "the agency quoted a military source", "l'agence a cité une source militaire"; "the
# agency, quoting a military source" has a comma: not read).
RELAY_WORDS = 3


def _relay_owner(ctx: Ctx, sent: Sentence, pos: int, actor: str) -> str | None:
    """The side of the medium that relays an official source before pos in its sentence ("ونقلت
    الوكالة عن مصدر عسكري قوله": the agency named in full before as Syria's, so Syria's
    military): the medium's own phrase, or the medium named with its side earlier."""
    lex = ctx.lex
    # a medium by its noun ("الوكالة", "the agency") or by the name an actor pattern gives it
    # ("ونقلت سانا عن مصدر عسكري")
    media = sorted(set(_spans(lex, "claims.other_sources", ctx.text, sent.start, pos)) |
                   {(ms, me) for ms, me, code in _coded(ctx, sent.start, pos) if code not in ORGS})
    if not media:
        return None
    a, b = media[-1]
    if re.search(r"[,;.:،؛()]", ctx.text[b:pos]) or tokens_between(ctx, b, pos) > RELAY_WORDS:
        return None   # not the medium relaying this source ("citing", "عن")
    owner = _medium_owner(ctx, a, b, actor)
    if owner is not None:
        return owner
    for a2, b2 in reversed(_spans(lex, "claims.other_sources", ctx.text, 0, sent.start)):
        owner = _medium_owner(ctx, a2, b2, actor)
        if owner is not None:
            return owner
    return None


# A medium cites its source within this many words, through a claim verb of its own clause
# ("la agencia Anadolu, que cita fuentes de seguridad", "the agency, citing military sources").
CITED_SOURCE_WORDS = 4


def _relaying_media(ctx: Ctx, officials: list, others: list) -> list:
    """The media that relay an official source named right after them: with no punctuation
    between ("الوكالة عن مصدر عسكري", at most RELAY_WORDS words) or through a claim verb
    ("que cita", "citing", at most CITED_SOURCE_WORDS words)."""
    text, lex = ctx.text, ctx.lex
    out = []
    for m in others:
        for o in officials:
            if o[0] < m[1] or _statement_noun(ctx, o):
                continue   # (a statement noun is what the source issued: "emitió un comunicado")
            if lex.has("claims.complementizers") and lex.search("claims.complementizers", text, m[1], o[0]):
                continue   # a body after "that" is in what was said ("قال سكان إن طائرات التحالف")
            gap = tokens_between(ctx, m[1], o[0])
            cite = lex.search("claims.verbs", text, m[1], o[0])
            if cite is not None:
                # the citing phrase's own words are not counted ("die Agentur Tass unter
                # Berufung auf das Verteidigungsministerium", "ТАСС со ссылкой на Минобороны")
                gap = tokens_between(ctx, m[1], cite.start()) + tokens_between(ctx, cite.end(), o[0])
            if (gap <= RELAY_WORDS and not re.search(r"[,;.:،؛()]", text[m[1]:o[0]])) or \
                    (gap <= CITED_SOURCE_WORDS and not re.search(r"[;.:]", text[m[1]:o[0]]) and
                     cite is not None):
                out.append(m)
                break
    return out


def _earlier_owner(ctx: Ctx, actor: str, sent: Sentence) -> str | None:
    """The side of the nearest official body of an earlier sentence whose name names one."""
    for a, b in reversed(_spans(ctx.lex, "claims.official_sources", ctx.text, 0, sent.start)):
        owner = _owner(ctx, a, b, actor)
        if owner is not None:
            return owner
    return None


def _statement_noun(ctx: Ctx, span: tuple[int, int]) -> bool:
    """Is an official source also a claim word of its own ("statement", "comunicado",
    "communiqué"): the document's statement, not a body?"""
    return any((m.start(), m.end()) == span for m in ctx.lex.finditer("claims.verbs", ctx.text, span[0], span[1]))


def _claim_clause(ctx: Ctx, cm, verbs: list, sent: Sentence) -> tuple[int, int]:
    """What a claim verb reports: from it to the subject of the next claim verb of the sentence
    (the side named right before that verb), or the sentence's end."""
    nxt = next((v for v in verbs if v.start() > cm.end()), None)
    if nxt is None:
        return cm.end(), sent.end
    before = [c for c in _coded(ctx, cm.end(), nxt.start()) if not ctx.text[c[1]:nxt.start()].strip(" ,")]
    return cm.end(), before[-1][0] if before else nxt.start()


def _anothers_claim(ctx: Ctx, actor: str, cm, verbs: list, sent: Sentence) -> bool:
    """Is this one of two claims in a sentence, the other about the actor's strike ("Ucrania
    afirmó haber derribado 20 drones rusos, y Rusia afirmó que había destruido 33 drones
    ucranianos": for the Ukrainian strike, Russia's claim)? The actor is named in the other's
    clause and not in this one's."""
    if len(verbs) < 2:
        return False

    def names_actor(a: int, b: int) -> bool:
        return any(code == actor for _, _, code in _coded(ctx, a, b))

    own = _claim_clause(ctx, cm, verbs, sent)
    if names_actor(*own):
        return False
    return any(names_actor(*_claim_clause(ctx, v, verbs, sent)) for v in verbs if v is not cm and v.start() > cm.end())


def _monitor_elsewhere(ctx: Ctx, sents: list[Sentence], order: list[Sentence]):
    """A monitor quoted as the source of another side's strike ("Yesterday, SOHR sources
    reported that regime drones attacked ...") is the source of the monitor's whole report,
    so of an event nobody else claims ("Russian jets carried out two airstrikes ...")."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("claims.monitors"):
        return None, None
    for sent in sents:
        if sent in order:
            continue  # searched already: no source there
        for cm in lex.finditer("claims.verbs", text, sent.start, sent.end):
            if _negated(ctx, sent, cm.start()):
                continue
            lo, hi = max(sent.start, cm.start() - 90), min(sent.end, cm.end() + 90)
            mons = [o for o in _spans(lex, "claims.monitors", text, lo, hi)
                    if not any(a <= o[0] < b for a, b in ctx.no_place)]
            if mons:
                return "OTHER", [mons[0][0], mons[0][1]]
    return None, None


# A source named after its claim verb ("..., a rapporté l'OSDH", "..., selon des habitants")
# stands within this many words of it.
SOURCE_AFTER_VERB_WORDS = 3


def _right_after_verb(ctx: Ctx, cm, pos: int) -> bool:
    """Does the source at pos follow the claim verb cm closely, with no punctuation between?"""
    return pos >= cm.end() and not re.search(r"[,;:.()]", ctx.text[cm.end():pos]) and \
        tokens_between(ctx, cm.end(), pos) <= SOURCE_AFTER_VERB_WORDS


# A statement phrase follows its source within this many words ("Hava Kuvvetlerine ait aynı
# sosyal medya hesabından yapılan yazılı açıklamada")
STATEMENT_AFTER_SOURCE_WORDS = 4


def _source_of_statement(ctx: Ctx, source: tuple[int, int], cm) -> bool:
    """Is a claim phrase other than the verb cm right after the source (at most
    STATEMENT_AFTER_SOURCE_WORDS words between)?"""
    for m in ctx.lex.finditer("claims.verbs", ctx.text, source[1], cm.start()):
        return tokens_between(ctx, source[1], m.start()) <= STATEMENT_AFTER_SOURCE_WORDS and \
            not re.search(r"[,;:.]", ctx.text[source[1]:m.start()])
    return False


def _reported_subject(ctx: Ctx, source: tuple[int, int], e: int) -> bool:
    """Is the official source written in the genitive with no claim word right after it: the
    subject of a nominalised verb ("Rus ordusunun ... düzenlediği"), not a speaker?"""
    if name_case(ctx, source[0], source[1]) != "genitive":
        return False
    said = ctx.lex.search("claims.verbs", ctx.text, source[1], min(e, source[1] + 40))
    return said is None or bool(re.search(r"\S+\s+\S+\s+\S", ctx.text[source[1]:said.start()]))


def _owner_of_target(ctx: Ctx, source: tuple[int, int], e: int) -> bool:
    """Verb-final: does the owner's postposition (actor_roles.target_outro: "ait") follow the
    official source's word and its case ending ("Ukrayna ordusuna ait depolar")?"""
    lex = ctx.lex
    if not lex.has("actor_roles.target_outro"):
        return False
    rest = re.match(r"[\w'’]*\s+", ctx.text[source[1]:min(e, source[1] + 30)])
    if rest is None:
        return False
    return lex.pat("actor_roles.target_outro").match(ctx.text, source[1] + rest.end()) is not None


def _own_in_coordination(ctx: Ctx, coded: list, first: tuple, actor: str):
    """The claimant named by a source's side, `first`, or by a side coordinated with it ("los
    mandos militares norteamericano y británico", "the US and British commands"): each side of
    such a joint source claims its own strike, so the event's actor when it is among them."""
    text = ctx.text
    glue = grammar.regex(r"^\s+(?:{coordinators})\s+(?:(?:{articles}|{linkers})\s+)?$", re.IGNORECASE)
    chain, end = [first], first[1]
    for ms, me, code in sorted(coded):
        if ms >= end and glue.match(text[end:ms]):
            chain.append((ms, me, code))
            end = me
    # and the sides before it ("Американские и британские военные", "US and British forces"
    # with the source glued to the last of them)
    start = first[0]
    for ms, me, code in sorted(coded, reverse=True):
        if me <= start and glue.match(text[me:start]):
            chain.append((ms, me, code))
            start = ms
    own = next((c for c in chain if c[2] == actor), first)
    return own[2], [own[0], own[1]]


# An attribution's source follows it within this many characters ("laut Aktivisten", "nach
# Angaben der ukrainischen Luftwaffe").
ATTRIBUTED_SOURCE_CHARS = 40


def _attributed_sources(ctx: Ctx, cm, officials: list, others: list) -> tuple[list, list]:
    """The sources an attribution names: those right after it ("Bei Luftangriffen der
    syrischen Luftwaffe sind laut Aktivisten ...": the activists, not the air force named
    before). Without a source after it ("nach eigenen Angaben") the subject before it speaks,
    and the sources stay as found."""
    lex = ctx.lex
    if not lex.has("claims.attributions") or not any(
            a < cm.end() and cm.start() < b
            for a, b in _spans(lex, "claims.attributions", ctx.text, cm.start(), cm.end())):
        return officials, others

    def after(spans: list) -> list:
        return [o for o in spans if o[0] >= cm.end() and o[0] - cm.end() <= ATTRIBUTED_SOURCE_CHARS]

    if after(officials) or after(others):
        return after(officials), after(others)
    return officials, others


# "the Houthi movement said", "Hamas's armed wing said": the group's own head noun before the verb
_HEAD_GLUE = re.compile(r"^(?:['’]s)?(?:\s+[^\W\d]+){1,2}\s+$")


# A negation this many words before a claim verb denies the claim was made ("has not yet
# commented", "офіційно не повідомляла", "gab es keine Bestätigung").
NEGATED_CLAIM_WORDS = 2


def _negated(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    lo = tokens_before(ctx, pos, NEGATED_CLAIM_WORDS, sent.start)
    return ctx.lex.has("cues.negation") and ctx.lex.search("cues.negation", ctx.text, lo, pos) is not None


def _coded(ctx: Ctx, lo: int, hi: int) -> list:
    """The coded mentions between lo and hi, a short form read as the full name it follows
    ("the Arab Coalition ... the coalition said" is the Saudi-led one)."""
    text, short = ctx.text, ctx.short_forms
    found = [(a, b, short[text[a:b].lower()][1]) if text[a:b].lower() in short and short[text[a:b].lower()][0] < a
             else (a, b, c) for a, b, c in ctx.lex.find_coded("actors", text, lo, hi)]
    if ctx.lex.has("actor_roles.group_noun_verbs"):
        # "وقال الحزب إنه استهدف": the bare group noun right after its claim verb speaks for the
        # armed group named last before it (triggers._group_noun_mentions), as it strikes for it
        from .triggers import _group_noun_mentions  # noqa: PLC0415 (triggers imports this module)
        found = sorted(found + [m for m in _group_noun_mentions(ctx, found, lo, hi)
                                if not any(a < m[1] and m[0] < b for a, b, _ in found)])
    return found


def _state_medium(ctx: Ctx, lo: int, hi: int, coded: list):
    """A state's own media with the state named beside them ("Syrian state television",
    "das Staatsfernsehen Syriens", "التلفزيون الرسمي السوري"): the state's claim. A group's
    channel ("Houthi-run al-Masirah TV") stays another source."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("claims.state_media"):
        return None
    for a, b in _spans(lex, "claims.state_media", text, lo, hi):
        for ms, me, code in coded:
            if code in ORGS or code == "OTHER":
                continue
            if (me <= a and _GLUE.match(text[me:a])) or (b <= ms and _GLUE.match(text[b:ms])) or \
                    (a <= ms and me <= b):
                return code, [ms, me]
        # the country by its name after them ("Государственное телевидение Сирии")
        for c in _countries(ctx, text[b:min(len(text), b + 30)]):
            state = pycountry.countries.get(alpha_2=c.alpha2)
            if state is not None and _GLUE.match(text[b:b + c.start]):
                return state.alpha_3, [b + c.start, b + c.end]
    return None


def _relative_aside(ctx: Ctx, a: int, b: int) -> bool:
    """Is the text between a and b one relative clause set off by commas ("Єменське угрупування
    хусити, яке підтримує Іран, оголосило", "Hezbollah, which is backed by Iran, said"): the
    name before it is still the verb's subject?"""
    gap = ctx.text[a:b].lstrip("»”“\"")
    a = b - len(gap)
    m = re.fullmatch(r"\s*,\s*([^,.;:!?«»\"]{1,60}?),\s*", gap)
    if m is None or not ctx.lex.has("clauses.relative"):
        return False
    rel = ctx.lex.search("clauses.relative", ctx.text, a + m.start(1), a + m.end(1))
    return rel is not None and rel.start() == a + m.start(1)


def _outside(officials: list, others: list) -> list:
    """The official sources that are not a word inside another source's name: "the military
    administration of the region" (військова адміністрація) is a local authority, not the
    military."""
    return [o for o in officials if not any(a <= o[0] and o[1] <= b and (a, b) != o for a, b in others)]


def _other_sides_strike(sent: Sentence, actor: str, adversary: list) -> bool:
    """Does the sentence report a strike of another side only ("Houthi forces fired a
    missile", "Hezbollah claimed the attack")? Its claim is that side's. A strike of the
    actor's adversary is not: its ministry reports both its own strikes and what it shot down
    ("... the Russian Defence Ministry said. Air defences also downed 38 Ukrainian drones, it
    added")."""
    return sent.strike and not sent.suppressed and bool(sent.actors) and \
        all(code != actor and code not in adversary for _, _, code in sent.actors)


def _claim_content(ctx: Ctx, a: int, b: int) -> bool:
    """Does the claim's content begin between a and b: a complementizer ("that", "إن") or a
    number ("... in Moscow seven Ukrainian drones")? A side named after it is what was said,
    not part of the source's name."""
    lex = ctx.lex
    if lex.has("claims.complementizers") and lex.search("claims.complementizers", ctx.text, a, b):
        return True
    return bool(ctx.numpat.search(ctx.text, a, b))


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


# "У США уточнили, що ...", "В Израиле заявили": a state named after its preposition, the claim
# verb right after it, opening the sentence or a clause: its government speaks
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:—–-])\s*[^\W\d_]+\s+$")


def _state_seat_speaking(ctx: Ctx, sent: Sentence, c: tuple, cm) -> bool:
    if ctx.lex.raw.get("meta", {}).get("verb_final") or c[2] in ORGS or c[2] == "OTHER":
        return False
    if c[1] > cm.start() or ctx.text[c[1]:cm.start()].strip():
        return False
    return bool(_CLAUSE_OPENING.search(ctx.text[sent.start:c[0]]))


def _place_mention(ctx: Ctx, ms: int) -> bool:
    prev = _prev_words(ctx.text, ms, 1)
    return bool(prev) and prev[-1] in ctx.place_words


def _group_speaks(ctx: Ctx, d: Draft):
    """The event's group as the subject of a claim verb in one of the event's sentences
    ("Hezbollah claimed that attack", "Hezbolá afirmó que ..."): its own claim, and its words."""
    text, lex = ctx.text, ctx.lex
    for sent in d.sentences:
        for cm in lex.finditer("claims.verbs", text, sent.start, sent.end):
            if _negated(ctx, sent, cm.start()):
                continue
            for ms, me, code in _coded(ctx, sent.start, cm.start()):
                gap = text[me:cm.start()].lstrip("»”“\"")
                if code == d.actor and me <= cm.start() and (_GLUE.match(gap) or _HEAD_GLUE.match(gap)):
                    return code, [ms, me]
    return None


def _speaker_before(ctx: Ctx, sent: Sentence, cm, coded: list, actor: str, pos: int) -> bool:
    """Has the claim verb at cm its own speaker before the group named at pos ("El ejército
    israelí informó que Hezbolá disparó", "The Pentagon said the Houthis fired"; verb-first, the
    speaker between the verb and the complementizer: "قال الجيش الإسرائيلي إن حزب الله أطلق")?
    The group is then the subject of what was said, not a speaker ("según Hezbolá", "dijo
    Hezbolá" have none)."""
    text, lex = ctx.text, ctx.lex
    start = max(sent.start, max(text.rfind(p, sent.start, cm.start()) for p in ",;:") + 1)
    spans = [(start, cm.start())]
    comp = None
    if lex.has("claims.complementizers"):
        for comp in lex.finditer("claims.complementizers", text, cm.end(), pos):
            pass
    if comp is not None and comp.start() > cm.end():
        spans.append((cm.end(), comp.start()))
    for a, b in spans:
        if _spans(lex, "claims.official_sources", text, a, b):
            return True
        if any(a <= ms and me <= b and code != actor for ms, me, code in coded):
            return True
    return False


def _agent_glue(ctx: Ctx, gap: str) -> bool:
    m = ctx.lex.search("actor_roles.agent_intro", gap)
    return bool(m) and not gap[:m.start()].strip() and bool(_GLUE.match(gap[m.end():]))


def _after_launch_participle(ctx: Ctx, ms: int) -> bool:
    """Does a launch participle (grammar.launched_participles) stand right before the mention at
    ms ("ракеты, выпущенной хуситами", "ракету, випущену хуситами")? The mention is the agent
    that launched the weapon, not a speaker."""
    words = grammar.words("launched_participles", ctx.lex.lang)
    if not words:
        return False
    before = re.search(r"(\w+)\s+$", ctx.text[max(0, ms - 40):ms])
    return before is not None and fold(before.group(1), ctx.lex.lang) in words


def _agent_before(ctx: Ctx, lo: int, ms: int) -> bool:
    """Is the mention at ms introduced as an agent ("launched by the Houthis", "lancés par")?"""
    last = None
    for last in ctx.lex.finditer("actor_roles.agent_intro", ctx.text, max(lo, ms - 14), ms):
        pass
    return last is not None and bool(_GLUE.match(ctx.text[last.end():ms]))


# A claim verb opening the sentence has its subject within this many words after it ("قالت
# جماعة الحوثي إن ...").
SPEAKER_AFTER_OPENING_VERB_WORDS = 1


def _struck_group_speaking(ctx: Ctx, sent: Sentence, cm, coded: list, actor: str):
    """Another armed group (not a governing one) as the subject of a claim verb about the actor's
    strike: before the verb ("The Houthi movement said", "Хуситы заявили"), opening a
    verb-final sentence ("Husiler, ... açıkladı"), or right after a verb opening the sentence
    ("قالت جماعة الحوثي إن"): its officials speak as another source, OTHER."""
    text = ctx.text
    line = max(sent.start, text.rfind("\n", sent.start, cm.start()) + 1)
    for ms, me, code in coded:
        if code not in ORGS or code == actor or code in GOVERNING:
            continue
        gap = text[me:cm.start()] if me <= cm.start() else None
        # (the group's head noun may be joined to its name: "die Huthi-Miliz erklärte")
        if gap is not None and (_GLUE.match(gap) or _HEAD_GLUE.match(gap) or re.fullmatch(r"-[^\W\d_]+\s+", gap)):
            return "OTHER", [ms, me]
        if me <= cm.start() and opens_reported_sentence(ctx, sent, ms, me):
            return "OTHER", [ms, me]
        if ms >= cm.end() and tokens_between(ctx, line, cm.start()) <= 1 and \
                tokens_between(ctx, cm.end(), ms) <= SPEAKER_AFTER_OPENING_VERB_WORDS and \
                not re.search(r"[,;:.()]", text[cm.end():ms]):
            return "OTHER", [ms, me]
    return None


def _addressee(ctx: Ctx, source: tuple[int, int]) -> bool:
    """Is a medium's name written in the dative (grammar.addressee_endings: "ajansına", "AA'ya"):
    the one a source spoke to?"""
    endings = grammar.words("addressee_endings", ctx.lex.lang)
    if not endings:
        return False
    rest = re.match(r"[\w'’]*", ctx.text[source[1]:source[1] + 20])
    words = (ctx.text[source[0]:source[1]] + (rest.group() if rest else "")).split()
    word = fold(words[-1].replace("’", "'")) if words else ""
    return any(word.endswith(x) and len(word) > len(x) + 1 for x in endings)


def state_official_claimant(ctx: Ctx, actor: str, claimant: str | None, cspan, country: str | None):
    """A local official of the state where the strike fell ("the regional governor said", "the
    city's acting mayor said": claims.state_officials) speaks for that state: its code, when
    the lexicon names that state's side and it is not the striker. Otherwise the claimant."""
    lex = ctx.lex
    if claimant != "OTHER":
        return claimant
    near = _officials_at(ctx, cspan, 60)
    if not near:
        return claimant
    for x, y in near:
        # "Президент США Джо Байден заявив": the state named right after the title is whose
        # official speaks
        named = next((code for ms, me, code in _coded(ctx, y, min(len(ctx.text), y + 25))
                      if not ctx.text[y:ms].strip() and code not in ORGS and code != "OTHER"), None)
        if named is not None:
            return named
    country = country or _official_unit_country(ctx, near)
    if not country:
        return claimant
    state = pycountry.countries.get(alpha_2=country)
    code = state.alpha_3 if state is not None else None
    if code is not None and code == actor and ctx.common is not None:
        # "Мэр Горловки сообщил, что ВСУ нанесли удар по городу": an official of a place that
        # the striker's own state claims, reporting that state's strike on it, holds office for
        # the side that holds the place, the striker's one adversary
        foes = ctx.common.raw.get("adversaries", {}).get(actor, [])
        code = foes[0] if len(foes) == 1 else None
    if code is None or code == actor or code in ORGS or code not in lex.raw.get("actors", {}):
        return claimant
    return code


# The most characters between an official's title and the unit it heads ("голова Херсонської
# ОВА", "начальник Одеської обласної військової адміністрації", "в Херсонській обласній
# військовій адміністрації").
OFFICIAL_UNIT_CHARS = 30


def _official_unit_country(ctx: Ctx, titles: list[tuple[int, int]]) -> str | None:
    """The country of the first-level unit an official's title names ("голова Дніпропетровської
    ОВА", "Kherson regional military administration"): where the event names no place, the
    unit the official heads says which state speaks."""
    gaz = ctx.gaz
    nouns = getattr(gaz, "_oblast_forms", {}).get(ctx.lex.lang, ((), ()))[1]
    for x, y in titles:
        lo, hi = max(0, x - OFFICIAL_UNIT_CHARS), min(len(ctx.text), y + OFFICIAL_UNIT_CHARS)
        units = gaz.find_admin1(ctx.text[lo:hi])
        if units:
            return units[0].country
        # the unit's adjective before the title's own noun ("Дніпропетровської ОВА",
        # "Херсонській обласній військовій адміністрації"): read as the unit it qualifies
        for w in re.findall(r"[^\W\d_][\w'’-]+", ctx.text[lo:hi]):
            if w[0].isupper() and nouns:
                units = [u for u in gaz.find_admin1(f"{w} {nouns[0]}") if u.start == 0]
                if units:
                    return units[0].country
        # "Мэр Горловки", "the mayor of Donetsk": a city named right after the title is the
        # one the official heads
        city = re.match(r"\s+(?:of\s+)?([^\W\d_][\w'’-]+)", ctx.text[y:hi])
        if city and city.group(1)[0].isupper():
            from .locate import _cyrillic_forms, _lookup   # (locate imports this module)
            for form in [city.group(1), *_cyrillic_forms(city.group(1), adjectival=False)]:
                place = _lookup(gaz, form, None)
                if place is not None and (place.population or 0) >= OFFICIAL_CITY_POPULATION:
                    return place.country
    return None


# The least population of a city named after an official's title ("Мэр Горловки") that says
# which state the official serves: a town that size is rarely a common word's homograph.
OFFICIAL_CITY_POPULATION = 50000
