"""How many: numbers bound to the nouns they count (sorties, strikes, targets, killed)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import grammar
from .forms import fold
from .clauses import background_clause, clause_at, same_unit, sentence_clauses, tokens_between, unit_end
from .dates import _reaction_clauses
from .document import MEANS_KEYS, Ctx, Draft, Sentence, _countries, _spans, last_match, number_matches
from .numbers import parse_number
from .platforms import platform_hits


_NUM_SUFFIX = re.compile(r"(?:['’]\w+)?\s*")
# the noun a number counts, one or two words after it ("20 غارة", "20 غارة جوية"), spaces after
_COUNTED_NOUN = re.compile(r"\s*[^\W\d_]+\s+((?:[^\W\d_]+\s+)?)")

# Distances in words (clauses.tokens_between), not characters, so that they mean the same in
# every language and script:
# - a count listed after another of the same noun ("9 in Syria, 7 in Iraq, 2 in Libya") is
#   at most this many words further on;
LIST_WORDS = 20
# - a per-country count ("in Syria, seven airstrikes") stands at most this many words from
#   the country it belongs to.
COUNTRY_WORDS = 12


def _is_approx(ctx: Ctx, pos: int, lo: int, end: int | None = None) -> bool:
    """Is the number at pos (ending at end) an approximation or a bound: "around 10" before
    it, or "50'den fazla", "10 or more" after it (past a case suffix on the numeral)?"""
    if end is not None and ctx.lex.has("numbers.approx_after"):
        gap = _NUM_SUFFIX.match(ctx.text, end)
        if ctx.lex.pat("numbers.approx_after").match(ctx.text, gap.end()):
            return True
    if end is not None and ctx.lex.has("numbers.approx_after_noun"):
        # "20 غارة على الأقل" (20 raids at least): the bound after the counted noun, one or
        # two words ("غارة جوية") with no punctuation between
        words = _COUNTED_NOUN.match(ctx.text, end)
        if words and any(ctx.lex.pat("numbers.approx_after_noun").match(ctx.text, stop)
                         for stop in (words.start(1), words.end())):
            return True
    window = ctx.text[max(lo, pos - 30):pos]
    m = last_match(ctx.lex, "numbers.approx_before", window)
    clitics = grammar.words("preposition_clitics", ctx.lex.lang)
    if m is None and clitics:
        # the bound with a preposition glued on ("بأكثر من عشر غارات": with more than ten raids)
        unglued = re.sub(r"(?<!\w)(" + "|".join(map(re.escape, sorted(clitics))) + r")(?=\w)",
                         lambda g: " " * len(g.group()), window)
        m = last_match(ctx.lex, "numbers.approx_before", unglued)
    # right before the number, or before one short word ("более чем по 20 целям", "plus de
    # 20": the preposition a case language puts before its numeral)
    return bool(m and re.fullmatch(r"\s*(?:\w{1,3}\s+)?", window[m.end():]))


def _background(ctx: Ctx, sent: Sentence, pos: int, actor: str | None) -> bool:
    """Does the number at pos stand in a clause that tells of something else than the
    sentence's strike: an adverbial clause away from the strike predicate ("after 3 militants
    attacked a post", "saldırı düzenledikten sonra"), or a relative clause that names another
    side ("sites which Hezbollah used during 3 attacks")? A place there may still be struck
    ("after striking Tyre, the jets hit Sidon"); a number there counts another action."""
    if _same_subject_clause(ctx, sent, pos):
        return False
    return background_clause(ctx, sent, pos, actor, kinds=("subordinate", "relative"), any_side=True)


def _same_subject_clause(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """Is pos in a side clause closed by a manner converb (clauses.same_subject_suffixes:
    Turkish "-arak", "-erek") whose subject is the main clause's ("ABD uçakları ... üç hava
    saldırısı düzenleyerek 15 militanı öldürdü": the jets made the three strikes)? Its numbers
    tell the actor's own doing, not another action's."""
    suffixes = tuple(fold(x, ctx.lex.lang) for x in ctx.lex.raw.get("clauses", {}).get("same_subject_suffixes", []))
    if not suffixes:
        return False
    clause = clause_at(ctx, sent.start, sent.end, pos)
    if clause.kind != "subordinate":
        return False
    last = re.findall(r"[^\W\d_]+", ctx.text[clause.start:clause.end])
    return bool(last) and fold(last[-1], ctx.lex.lang).endswith(suffixes)


def _killed_background(ctx: Ctx, sent: Sentence, pos: int, start: int, actor: str | None) -> bool:
    """``_background`` for a count of the killed whose words begin at start. A relative clause
    that tells the strike's toll names the victims' group after its kill word or its count ("a
    strike which killed five members of the Islamic State", "удар, в результате которого
    уничтожены пять боевиков ИГ", "une frappe qui a tué cinq membres de l'EI"): the victims are
    no other side acting. Only a side named before them makes the clause another's."""
    s, e = sent.start, sent.end
    clause = clause_at(ctx, s, e, pos)
    if clause.kind == "relative" and sent.triggers and clause_at(ctx, s, e, sent.head).unit != clause.unit:
        # hung on a background clause ("after PKK fighters attacked soldiers, as a result of
        # which 9 soldiers died"), it tells that clause's toll
        before = len(ctx.text[s:clause.start].rstrip(" ,;")) + s - 1
        if before > s and _background(ctx, sent, before, actor):
            return True
        return any(clause.start <= a < start and code != actor for a, _, code in sent.mentions)
    return _background(ctx, sent, pos, actor)


def _own_side_dead(ctx: Ctx, sent: Sentence, start: int, end: int, actor: str | None) -> bool:
    """Are the dead counted from start to end the striker's own, its side's adjective right
    after their noun ("بعد مقتل 9 جنود أتراك": after nine Turkish soldiers were killed, in a
    Turkish report)? Those are its losses, no enemy fighters its claim killed."""
    if actor is None:
        return False
    return any(code == actor and a >= end and not ctx.text[end:a].strip() for a, _, code in sent.mentions)


def _own_side_adjective(ctx: Ctx, sent: Sentence, start: int, end: int, actor: str | None) -> bool:
    """Is the striker's own side named between the count of the dead and their noun ("вбила
    двох ізраїльських військових", "two Israeli soldiers", in an Israeli report)? Those are
    its losses, no enemy fighters its claim killed."""
    if actor is None or end <= start:
        return False
    return any(code == actor and start <= a and b <= end for a, b, code in sent.mentions)


def _distance(ctx: Ctx, pos: int, e: int) -> bool:
    """Is the number ending at pos followed by a unit of distance (places.distance_units: "37
    kilometre uzaklıktaki bölgeye", "20 km north of")? It measures a distance, it counts no
    strikes, sorties or targets."""
    lex = ctx.lex
    if not lex.has("places.distance_units"):
        return False
    gap = re.match(r"[ \t]*", ctx.text[pos:e]).end()
    return lex.pat("places.distance_units").match(ctx.text, pos + gap) is not None


def bind_numbers(ctx: Ctx, sent: Sentence, found: dict, spans: dict, actor: str | None = None,
                 fields: tuple = ("sorties", "strikes", "targets")) -> None:
    """NUMBER (up to three words) NOUN -> sorties / strikes / targets (those of `fields`);
    killed after a kill verb. Numbers in a background clause of the sentence
    (``_background``) count nothing."""
    text, lex = ctx.text, ctx.lex
    words = lex.intmaps.get("numbers.words", {})
    had_killed = "killed" in found
    for field_ in fields:
        if field_ in found:
            continue
        key = f"counts.{field_}"
        for nm in number_matches(ctx, sent.start, sent.end):
            if _part_of_name(ctx, sent, nm.start(), nm.end()) or _background(ctx, sent, nm.start(), actor):
                continue
            tail_end = unit_end(ctx, sent.start, sent.end, nm.end())
            if _counts_fighters(ctx, nm.end(), lex.pat(key)):
                continue  # "6 PKK'lı teröristin hava harekâtıyla": six fighters, not six operations
            if _distance(ctx, nm.end(), sent.end):
                continue  # "37 kilometre uzaklıktaki bölgeye hava saldırısı": a distance, no count
            # candidate noun positions: right after, or after up to NOUN_GAP_WORDS words, in the
            # number's own clause ("12 after strikes" is no count: "after" opens another clause)
            pat = lex.pat(key)
            m = None
            for g in _word_gaps(text, nm.end(), tail_end):
                m = pat.match(text, g) if pat else None
                if m or _other_count(ctx, key, g):
                    break
                if field_ == "targets" and _weapon_with(ctx, g):
                    break  # "2 roketle hedef aldı": the number counts the munitions it was done with
            if not m or (field_ == "targets" and (_aerial_object(ctx, nm.end(), m.end()) or _typed(ctx, m))):
                continue
            if _partitive_gap(ctx, nm.end(), m.start()):
                continue  # "в результате одного из ударов": one of the strikes, not how many
            if field_ == "strikes" and _strike_verb_form(ctx, m, {w.lower() for w in lex.raw.get("counts", {}).get("strikes", [])}):
                continue  # "п'ять областей атакували 33 дрони": a verb of striking, no strike noun counted
            if field_ == "strikes" and _modifies_weapon(ctx, m, sent.end):
                continue  # "16 Shahed-type strike UAVs": drones launched, no strikes counted
            if field_ == "strikes" and _inside_weapon(ctx, sent, m):
                continue  # "11 طائرة مسيرة هجومية": an attack drone's modifier, drones counted
            if field_ == "strikes" and _enemy_attacks(ctx, nm.end(), m):
                continue  # "Deux attaques terroristes ont frappé la capitale": the other side's attacks
            value = parse_number(nm.group(), lex.lang, words)
            if value is None or value <= 0:
                continue
            if nm.group().strip().lower() in _articles_only():
                continue  # "an airstrike", "bir kez": an article, not a count of one
            if field_ == "strikes" and sent.interception and value == 1 and \
                    nm.group().strip().lower() in {w.lower() for w in lex.raw.get("numbers", {}).get("one_article", [])}:
                continue  # "hat einen Drohnenangriff abgewehrt": the one attack repelled, no strike counted
            if _is_approx(ctx, nm.start(), sent.start, nm.end()):
                value = None
            if value is not None and field_ == "strikes":
                value = _add_coordinated(ctx, sent, key, m.end(), value)
            if value is not None and field_ == "strikes":
                value += _shared_noun_addend(ctx, sent, nm.start())
            if value is not None and field_ == "targets":
                value = _targets_by_country_in_sentence(ctx, sent, key, nm.start(), m.end(), value)
            found[field_] = value
            spans[field_] = [nm.start(), m.end()]
            break
    if "targets" in fields and "targets" not in found:
        _bind_counted_facilities(ctx, sent, found, spans, actor)
    if "strikes" in fields and "strikes" not in found:
        _bind_times(ctx, sent, found, spans, actor)
    if fields:
        _bind_duals(ctx, sent, found, spans)
    if "killed" not in found and lex.has("counts.killed") and lex.has("counts.combatants"):
        for km in lex.finditer("counts.killed", text, sent.start, sent.end):
            tail = text[km.end():unit_end(ctx, sent.start, sent.end, km.end())]
            off = km.end() + (len(tail) - len(tail.lstrip())) + _object_marker(ctx, tail.lstrip())
            off += _toll_adverb(ctx, text[off:km.end() + len(tail)])
            off = _past_toll_modifiers(ctx, sent, off, km.end() + len(tail))
            nm = ctx.numpat.match(text[off:km.end() + len(tail)]) if tail.strip() else None
            if not nm:
                part_end = _vague_part_killed(ctx, sent, off, km.end() + len(tail), km.start())
                if part_end is not None and not _killed_background(ctx, sent, off, km.start(), actor):
                    # "tuant « plusieurs » d'entre eux", "killing several of them": fighters
                    # the claim says were killed, their number not given (personnel, no count)
                    found["killed"] = None
                    spans["killed"] = [off, part_end]
                    break
                continue
            if _killed_background(ctx, sent, off, km.start(), actor):
                continue
            rest_start = off + nm.end()
            if grammar.words("partitive_possessives", lex.lang):
                # "tuant onze de ses combattants": the part of the group's fighters killed
                part = grammar.regex(r"\s+(?:{linkers})\s*{partitive_possessives}(?=\s)", re.IGNORECASE).match(
                    text, rest_start)
                if part:
                    rest_start = part.end()
            cm = None
            names = tuple((a, b) for a, b, _ in sent.mentions)
            for g in _word_gaps(text, rest_start, unit_end(ctx, sent.start, sent.end, rest_start), 4, names):
                cm = lex.pat("counts.combatants").match(text, g)
                if cm or _other_count(ctx, "counts.killed", g):
                    break  # "знищили 32 цілі терористів": the number counts the targets
            if not cm and grammar.words("partitive_pronouns", lex.lang):
                # "lanzaron un ataque aéreo contra combatientes chiíes, matando a seis de ellos":
                # a part of the fighters the clause named before the kill word
                part = _partitive_pronoun(text, rest_start)
                if part and _fighters_before(ctx, sent, km.start()):
                    cm = part
            if not cm or modifies_target_noun(ctx, cm.end()):
                continue
            if _own_side_dead(ctx, sent, off, cm.end(), actor) or _own_side_adjective(ctx, sent, off + nm.end(), cm.start(), actor):
                continue  # "بعد مقتل 9 جنود أتراك" in a Turkish report: the striker's own losses
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
        for nm in number_matches(ctx, sent.start, sent.end):
            if _part_of_name(ctx, sent, nm.start(), nm.end()) or \
                    _killed_background(ctx, sent, nm.start(), nm.start(), actor):
                continue
            cm = None
            for g in _word_gaps(text, nm.end(), unit_end(ctx, sent.start, sent.end, nm.end()), 3):
                cm = lex.pat("counts.combatants").match(text, g) or _compound_head(ctx, "counts.combatants", g)
                if cm or ctx.numpat.match(text, g):
                    break  # "3 hava saldırısında dört militan": the nearer number counts them
            if not cm:
                cm = _group_members(ctx, nm.end(), sent.end)
            partitive = False
            if not cm and grammar.words("partitive_pronouns", lex.lang):
                # "... angegriffen und sechs von ihnen getötet": a part of the fighters (or the
                # group) named before the count, the kill word after it
                part = _partitive_pronoun(text, nm.end())
                if part and _fighters_before(ctx, sent, nm.start()):
                    cm, partitive = part, True
            if not cm or modifies_target_noun(ctx, cm.end()):
                continue
            if not partitive:
                if _own_side_adjective(ctx, sent, nm.end(), cm.start(), actor):
                    continue  # "two Israeli soldiers were killed", in an Israeli report
                cm = _combatant_run(ctx, cm, sent.end)
            if not (_killed_after(ctx, cm.end(), sent.end) or _killed_verb_second(ctx, sent, nm.start()) or
                    _bracket_killed(ctx, sent, cm.end()) or _killed_verb_first(ctx, sent, nm.start())):
                continue
            value = parse_number(nm.group(), lex.lang, words)
            if not value or nm.group().strip().lower() in grammar.words("indefinites"):
                continue
            found["killed"] = None if _is_approx(ctx, nm.start(), sent.start, nm.end()) else value
            spans["killed"] = [nm.start(), cm.end()]
            break
    if "killed" not in found:
        _bind_dead_among(ctx, sent, found, spans, actor)
    if "killed" not in found:
        _bind_single_victims(ctx, sent, found, spans, actor)
    if not had_killed and found.get("killed"):
        _add_coordinated_victims(ctx, sent, found, spans)


def _vague_part_killed(ctx: Ctx, sent: Sentence, off: int, end: int, kill_at: int) -> int | None:
    """Where "several of them" ends, right after a kill word: a plural quantifier with no number
    (numbers.approx_words: "plusieurs", "several", quoted or not) and a partitive pronoun for the
    fighters named before the kill word ("une frappe contre des shebab, tuant « plusieurs »
    d'entre eux"); None otherwise."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("numbers.approx_words") or not grammar.words("partitive_pronouns", lex.lang):
        return None
    lead = re.match(r"[\"«“„]?\s*", text[off:end])
    q = lex.pat("numbers.approx_words").match(text, off + lead.end())
    if q is None or q.end() > end:
        return None
    close = re.match(r"(?:\s*[\"»”])?", text[q.end():end])
    part = _partitive_pronoun(text, q.end() + close.end())
    if part is None or part.end() > end or not _fighters_before(ctx, sent, kill_at):
        return None
    return part.end()


def _partitive_pronoun(text: str, pos: int):
    """The partitive pronoun phrase right after a count of the killed ("de ellos", "of them",
    "von ihnen", "d'entre eux", "из них", "із них", Arabic "منهم" with no preposition of its own)."""
    return grammar.regex(r"\s+(?:(?:{linkers|partitive_preps})\s*)?{partitive_pronouns}(?!\w)",
                         re.IGNORECASE).match(text, pos)


def _fighters_before(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """Are fighters (counts.combatants) or a group whose fighters they are (the sentence's
    target mentions: "un rassemblement de houthis") the last thing named before pos that a
    partitive pronoun after it may stand for? Not when a count or a weapon stands between
    ("окупанти випустили 28 крилатих ракет, 16 з них були знищені": the missiles)."""
    lex, text = ctx.lex, ctx.text
    ends = [m.end() for m in lex.finditer("counts.combatants", text, sent.start, pos)]
    ends += [b for a, b, _ in sent.targets if sent.start <= a and b <= pos]
    if not ends:
        return False
    last = max(ends)
    if ctx.numpat.search(text, last, pos):
        return False
    weapons = [k for k in ("operations.drone_strike", "operations.missile_strike", "operations.artillery")
               if lex.has(k)]
    return not any(lex.search(k, text, last, pos) for k in weapons)


def counted_facilities(ctx: Ctx, sent: Sentence) -> list:
    """(number, noun match, value) of each generic facility noun counted by a number in the
    sentence ("seven military facilities", "sept installations militaires", "yedi askeri
    tesisi"; lexicon counts.counted_facilities): CONVENTIONS counts facilities as targets, so
    a counted one is the event's targets and no typed building; an uncounted one ("a
    military facility") stays a building in targets_hit. Value None for a bound or an
    approximation ("more than 30 facilities")."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("counts.counted_facilities"):
        return []
    pat = lex.pat("counts.counted_facilities")
    out = []
    for nm in number_matches(ctx, sent.start, sent.end):
        if nm.group().strip().lower() in _articles_only() or _part_of_name(ctx, sent, nm.start(), nm.end()):
            continue
        m = None
        for g in _word_gaps(text, nm.end(), unit_end(ctx, sent.start, sent.end, nm.end()), 1):
            m = pat.match(text, g)
            if m or _other_count(ctx, "counts.targets", g):
                break
        if not m:
            continue
        value = parse_number(nm.group(), lex.lang, lex.intmaps.get("numbers.words", {}))
        if not value or value <= 0:
            continue
        if _is_approx(ctx, nm.start(), sent.start, nm.end()):
            value = None
        out.append((nm, m, value))
    return out


def _bind_counted_facilities(ctx: Ctx, sent: Sentence, found: dict, spans: dict, actor: str | None) -> None:
    """targets from the first counted generic facility noun of the sentence outside its
    background clauses (``counted_facilities``)."""
    for nm, m, value in counted_facilities(ctx, sent):
        if _background(ctx, sent, nm.start(), actor) or _distance(ctx, nm.end(), sent.end):
            continue
        found["targets"] = value
        spans["targets"] = [nm.start(), m.end()]
        return


def _bind_dead_among(ctx: Ctx, sent: Sentence, found: dict, spans: dict, actor: str | None) -> None:
    """A count of the dead among the fighters ("a fait 12 morts parmi les combattants
    shebab", "causó 12 muertos entre los milicianos", "أسفرت عن 12 قتيلا في صفوف المسلحين"):
    a toll noun right after the number (counts.toll_nouns), then the preposition of whom they
    were among (counts.dead_among) and a fighter noun or a group's name at most two words on.
    The dead of a toll with no fighters named ("12 morts") are no fighters killed."""
    text, lex = ctx.text, ctx.lex
    if not (lex.has("counts.toll_nouns") and lex.has("counts.dead_among") and lex.has("counts.combatants")):
        return
    words = lex.intmaps.get("numbers.words", {})
    names = tuple((a, b) for a, b, _ in sent.mentions)
    for nm in number_matches(ctx, sent.start, sent.end):
        if _part_of_name(ctx, sent, nm.start(), nm.end()) or _killed_background(ctx, sent, nm.start(), nm.start(), actor):
            continue
        gap = _GAP_SPACE.match(text, nm.end())
        tm = lex.pat("counts.toll_nouns").match(text, gap.end()) if gap else None
        if tm is None:
            continue
        gap = _GAP_SPACE.match(text, tm.end())
        among = lex.pat("counts.dead_among").match(text, gap.end()) if gap else None
        if among is None:
            continue
        end = unit_end(ctx, sent.start, sent.end, among.end())
        who = None
        for g in _word_gaps(text, among.end(), end, 2, names):
            who = lex.pat("counts.combatants").match(text, g) or _compound_head(ctx, "counts.combatants", g)
            if who is None:
                hit = next(((a, b, code) for a, b, code in sent.mentions if a == g and code != actor), None)
                who = re.compile(r".{%d}" % (hit[1] - hit[0]), re.S).match(text, g) if hit else None
            if who is not None:
                break
        if who is None or _own_side_dead(ctx, sent, nm.start(), who.end(), actor) or \
                _own_side_adjective(ctx, sent, among.end(), who.start(), actor):
            continue
        value = parse_number(nm.group(), lex.lang, words)
        if not value:
            continue
        found["killed"] = None if _is_approx(ctx, nm.start(), sent.start, nm.end()) else value
        spans["killed"] = [nm.start(), who.end()]
        return


def _bind_single_victims(ctx: Ctx, sent: Sentence, found: dict, spans: dict, actor: str | None) -> None:
    """Fighters killed one by one, named in the singular after the kill word: "killed a
    commander" -> 1, "killing a civilian and an HTS member" -> 1, "tötete einen Kommandeur und
    einen Kämpfer" -> 2, "قتلت قائد وحدة" -> 1. With articles, the indefinite article (up to
    two words before the noun: "an HTS member", "un haut commandant") says one; without them,
    the noun right after the kill word. Only the kill word's own clause is read."""
    text, lex = ctx.text, ctx.lex
    if not (lex.has("numbers.one_combatant") and lex.has("counts.killed")):
        return
    articles = {w.lower() for w in lex.raw["numbers"].get("one_article", [])}
    for km in lex.finditer("counts.killed", text, sent.start, sent.end):
        if _killed_background(ctx, sent, km.start(), km.start(), actor):
            continue
        end = unit_end(ctx, sent.start, sent.end, km.end())
        victims = []
        for vm in lex.finditer("numbers.one_combatant", text, km.end(), end):
            if articles:
                before = _GAP_WORD.findall(text[km.end():vm.start()])[-3:]
                if not any(w.lower() in articles for w in before):
                    continue
            elif _GAP_WORD.findall(text[km.end():vm.start()]):
                continue  # without articles: the noun right after the kill word
            victims.append(vm)
        if not victims and articles:
            # the participle after them, at the end of its clause ("hat einen Kommandeur der
            # Hisbollah getötet", "a commander was killed"): the noun at most four words before it
            # (or before the next fighter named: "ein Anführer der Hisbollah und ein Kämpfer getötet")
            start = clause_at(ctx, sent.start, sent.end, km.start()).start
            ref = km.start()
            for vm in reversed(list(lex.finditer("numbers.one_combatant", text, max(start, sent.start), km.start()))):
                before = _GAP_WORD.findall(text[max(start, vm.start() - 40):vm.start()])[-3:]
                if not (any(w.lower() in articles for w in before) and
                        len(_GAP_WORD.findall(text[vm.end():ref])) <= 4 and not re.search(r"[,;:]", text[vm.end():ref])):
                    break
                victims.insert(0, vm)
                ref = vm.start()
        if victims:
            found["killed"] = len(victims)
            spans["killed"] = [min(km.start(), victims[0].start()), max(km.end(), victims[-1].end())]
            return


# Coordinated victims (_add_coordinated_victims): the most words between the fighters counted
# and the coordinator that adds others ("a senior commander | of the Islamic State | and four
# fighters"), and between a fighter noun in the singular and its article ("einen ranghohen
# Kommandeur").
VICTIM_TAIL_WORDS = 5
VICTIM_ARTICLE_WORDS = 3


def _add_coordinated_victims(ctx: Ctx, sent: Sentence, found: dict, spans: dict) -> None:
    """Fighters of two kinds killed together, one named in the singular and the other counted
    ("killed a senior Islamic State commander and four fighters" -> 5, "einen ranghohen
    Kommandeur des IS und vier Kämpfer getötet" -> 5, "مقتل قيادي بارز ... وأربعة مسلحين" ->
    5), or two counts ("killing three commanders and 12 fighters" -> 15): the count bound
    first is only part of the toll. Civilians coordinated with them ("seven fighters and
    three civilians") are no fighter noun and add nothing; a bound on the added count ("and
    at least four fighters") makes the whole a bound (null)."""
    text, lex = ctx.text, ctx.lex
    start, end = spans["killed"]
    coords = grammar.words("coordinators", lex.lang)
    if not coords or not lex.has("counts.combatants"):
        return
    clause_end = unit_end(ctx, sent.start, sent.end, end)
    glue = grammar.bare("linkers", "articles", "prepositions")
    clitics = {fold(c, lex.lang) for c in lex.raw.get("grammar", {}).get("conjunction_clitics", [])}
    words = lex.intmaps.get("numbers.words", {})
    articles = {w.lower() for w in lex.raw.get("numbers", {}).get("one_article", [])}
    names = tuple((a, b) for a, b, _ in sent.mentions)

    def plain_gap(a: int, b: int, most: int) -> bool:
        gap = text[a:b]
        if re.search(r"[,;:.!?()]", gap) or ctx.numpat.search(gap):
            return False
        inside = "".join(" " if any(x <= a + i < y for x, y in names) else ch for i, ch in enumerate(gap))
        return len(_GAP_WORD.findall(inside)) <= most

    def coordinator_at(pos: int):
        """(end of the coordinator and the glue words after it, glued clitic) at pos, or None."""
        m = re.match(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)", text[pos:clause_end])
        if not m:
            return None
        for size in (2, 1):
            ws = m.group(1).split()[:size]
            if len(ws) == size and fold(" ".join(ws), lex.lang) in coords:
                after = pos + text[pos:].index(ws[-1]) + len(ws[-1])
                g = re.match(r"\s+([^\W\d_]+)(?=\s)", text[after:clause_end])
                if g and fold(g.group(1), lex.lang) in glue:   # "and the four fighters"
                    after += g.end()
                sp_ = re.match(r"\s*", text[after:]).end()
                return after + sp_ + _object_marker(ctx, text[after + sp_:clause_end])   # "y a cuatro"

        first = m.group(1).split()[0]
        if clitics and first[:1] in clitics and len(first) > 2:
            return pos + text[pos:].index(first) + 1         # "وأربعة": the clitic glued on
        return None

    def count_after(pos: int):
        """(value, end) of fighters counted or named in the singular right after pos."""
        at = pos + len(re.match(r"\s*", text[pos:]).group())
        nm = ctx.numpat.match(text[at:clause_end])   # (a slice: "وأربعة", the clitic before it)
        if nm and not _part_of_name(ctx, sent, at + nm.start(), at + nm.end()):
            nm_start, nm_end = at + nm.start(), at + nm.end()
            for g in _word_gaps(text, nm_end, clause_end, 2, names):
                cm = lex.pat("counts.combatants").match(text, g) or _compound_head(ctx, "counts.combatants", g)
                if cm:
                    value = parse_number(nm.group(), lex.lang, words)
                    if not value or nm.group().strip().lower() in grammar.words("indefinites"):
                        return None
                    if _is_approx(ctx, nm_start, sent.start, nm_end):
                        return "approx", cm.end()
                    return value, cm.end()
                if ctx.numpat.match(text, g):
                    break
            return None
        if articles and lex.has("numbers.one_combatant"):
            a = re.match(r"\s*([^\W\d_]+)", text[pos:clause_end])
            if a and a.group(1).lower() in articles:
                for vm in lex.finditer("numbers.one_combatant", text, pos + a.end(), clause_end):
                    if len(_GAP_WORD.findall(text[pos + a.end():vm.start()])) < VICTIM_ARTICLE_WORDS:
                        return 1, vm.end()
                    break
        return None

    total, new_end = found["killed"], end
    # forward: "[killed N fighters | a commander] (of X) and M fighters (and ...)"
    pos = end
    while True:
        nxt = None
        for stop in (m.start() for m in re.finditer(r"\s", text[pos:clause_end + 1])):
            if not plain_gap(pos, pos + stop, VICTIM_TAIL_WORDS):
                break
            after = coordinator_at(pos + stop)
            if after is not None:
                nxt = count_after(after)
                break
        if nxt is None:
            break
        if nxt[0] == "approx":
            total = None
            new_end = nxt[1]
            break
        total += nxt[0]
        pos = new_end = nxt[1]
    # backward: "[einen ranghohen Kommandeur des IS | bir komutanı] und [vier Kämpfer]"
    if total is not None and articles and lex.has("numbers.one_combatant") and start == spans["killed"][0]:
        lo = clause_at(ctx, sent.start, sent.end, start).start
        before = text[lo:start]
        cm = re.search(r"(\S+)\s+$", before)
        if cm and fold(cm.group(1), lex.lang) in coords:
            stop = lo + cm.start()
            victims = list(lex.finditer("numbers.one_combatant", text, lo, stop))
            if victims:
                vm = victims[-1]
                near = _GAP_WORD.findall(text[max(lo, vm.start() - 40):vm.start()])[-VICTIM_ARTICLE_WORDS:]
                at = max((i for i, w in enumerate(near) if w.lower() in articles), default=None)
                # in a language that capitalises its nouns, a noun between is the article's
                # ("einen Stützpunkt von Terroristen": a base, not one terrorist)
                own = at is not None and not (lex.raw.get("meta", {}).get("capitalised_nouns") and
                                              any(w[:1].isupper() for w in near[at + 1:]))
                if own and plain_gap(vm.end(), stop, VICTIM_TAIL_WORDS):
                    total += 1
                    start = vm.start()
    found["killed"] = total
    spans["killed"] = [start, new_end]


def _restated_approx(ctx: Ctx, d: Draft, found: dict, spans: dict | None = None) -> None:
    """A figure the event restates as an approximation ("struck 1,600 targets" ... "struck
    approximately 1,600 targets") is approximate: its count is null (CONVENTIONS, Numbers).
    The killed only when the approximation comes after the exact figure: a lead's "at least
    17 killed" before the claim's own "killed 17" is the last word on it, the claim's exact
    figure (``_more_killed``); "قتل 45 عنصراً" before the statement's "نحو 45" is not."""
    values = {k: v for k, v in found.items() if isinstance(v, int)}
    if not values:
        return
    killed_at = (spans or {}).get("killed")
    words = ctx.lex.intmaps.get("numbers.words", {})
    if "killed" in values and killed_at:
        # the killed: the last statement of the figure decides, exact or approximate
        last_at, last = killed_at[0], False   # the figure bound, exact (a sum of parts counts too)
        for sent in d.sentences:
            for nm in number_matches(ctx, sent.start, sent.end):
                if nm.start() > last_at and values["killed"] > 1 and \
                        parse_number(nm.group(), ctx.lex.lang, words) == values["killed"] and \
                        not _counts_another_field(ctx, nm.end(), sent.end, "killed"):
                    last_at, last = nm.start(), _is_approx(ctx, nm.start(), sent.start, nm.end())
        if last:
            found["killed"] = None
        del values["killed"]
    for sent in d.sentences:
        for nm in number_matches(ctx, sent.start, sent.end):
            v = parse_number(nm.group(), ctx.lex.lang, words)
            for k in [k for k, x in values.items() if x == v and v > 1]:
                if _counts_another_field(ctx, nm.end(), sent.end, k):
                    continue  # "по 70 объектам ... более 70 ударов": the bound counts strikes
                if _is_approx(ctx, nm.start(), sent.start, nm.end()):
                    found[k] = None
                    del values[k]


# the counted noun follows its number within this many words ("70 ударов", "70 авиаударов
# коалиции")
COUNTED_NOUN_WORDS = 2


def _counts_another_field(ctx: Ctx, end: int, stop: int, field: str) -> bool:
    """Does the number ending at `end` count the noun of another field than `field` (the
    noun of counts.<other> right after it, none of counts.<field>): "нанесла удары по 70
    объектам ... более 70 ударов" bounds the strikes, not the 70 targets."""
    lex, text = ctx.lex, ctx.text
    window = text[end:min(stop, end + 40)]
    words = re.match(r"(?:\s+[^\W\d_][\w-]*){1," + str(COUNTED_NOUN_WORDS) + r"}", window)
    if not words:
        return False
    span_end = end + words.end()

    def names(key: str) -> bool:
        return lex.has(f"counts.{key}") and lex.search(f"counts.{key}", text, end, span_end) is not None

    if names(field):
        return False
    return any(names(other) for other in ("sorties", "strikes", "targets") if other != field)


def _counts_fighters(ctx: Ctx, end: int, pat) -> bool:
    """Verb-final languages (Turkish), where the count stands before a chain of nouns ahead
    of the verb: is the noun right after the number a fighter noun (counts.combatants) that
    does not modify the counted noun itself ("6 PKK'lı teröristin hava harekâtıyla
    etkisiz hale getirildiğini": six fighters; but "3 terörist hedefi": three targets)?"""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("meta", {}).get("verb_final") or not lex.has("counts.combatants") or pat is None:
        return False
    gap = _GAP_SPACE.match(text, end)
    if not gap:
        return False
    cm = lex.pat("counts.combatants").match(text, gap.end())
    if not cm:
        return False
    nxt = _GAP_SPACE.match(text, cm.end())
    return not (nxt and pat.match(text, nxt.end()))


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
    if key in ("counts.strikes", "counts.sorties") and ctx.lex.has("counts.combatants") and \
            ctx.lex.pat("counts.combatants").match(ctx.text, pos):
        return True   # "знищили шістьох окупантів ударом дрона": six occupiers, one strike
    if ctx.lex.has("triggers.death_verbs") and ctx.lex.pat("triggers.death_verbs").match(ctx.text, pos):
        return True   # "trois blessés lors d'une attaque", "three wounded in a strike": the victims counted
    # nor does it reach past a strike verb or the preposition that introduces what was hit
    # ("بأربع طائرات مسيرة استهدفت مواقع": four drones, not four sites; "four drones against
    # targets")
    return any(ctx.lex.has(k) and ctx.lex.pat(k).match(ctx.text, pos) for k in _GAP_ENDS)


_GAP_ENDS = ("triggers.strike_verbs", "triggers.impact_verbs", "actor_roles.target_intro",
             "places.struck_preps")


def _bind_times(ctx: Ctx, sent: Sentence, found: dict, spans: dict, actor: str | None) -> None:
    """A number of times with a strike predicate of its own clause counts strikes: "struck
    the positions 182 times", "frappé à trois reprises", "атаковали пять раз"; a times word
    in the dual states two ("أغار مرتين": raided twice). Not "three times more", which has
    no strike verb or noun beside it."""
    text, lex = ctx.text, ctx.lex
    if not lex.has("counts.times"):
        return
    words = lex.intmaps.get("numbers.words", {})
    endings = tuple(lex.raw.get("numbers", {}).get("dual_endings", []))
    for tm in lex.finditer("counts.times", text, sent.start, sent.end):
        nm = None
        for nm in ctx.numpat.finditer(text, max(sent.start, tm.start() - 40), tm.start()):
            pass
        if nm and not re.fullmatch(r"\s+", text[nm.end():tm.start()]):
            nm = None
        if nm is not None:
            if _part_of_name(ctx, sent, nm.start(), nm.end()) or nm.group().strip().lower() in _articles_only():
                continue  # "bir kez": an article, not a count of one
            start, value = nm.start(), parse_number(nm.group(), lex.lang, words)
        elif endings and text[tm.start():tm.end()].endswith(endings):
            start, value = tm.start(), 2
        else:
            continue
        if not value or _background(ctx, sent, start, actor) or not _strike_in_clause(ctx, sent, tm.start()):
            continue
        found["strikes"] = None if nm is not None and _is_approx(ctx, start, sent.start, nm.end()) else value
        spans["strikes"] = [start, tm.end()]
        return
    adverbs = lex.intmaps.get("numbers.times_adverbs")
    if adverbs:
        # "struck the building twice", "zweimal angegriffen", "дважды нанесли удар"
        for wm in _GAP_WORD.finditer(text, sent.start, sent.end):
            value = adverbs.get(wm.group().lower())
            if value is None or _background(ctx, sent, wm.start(), actor) or \
                    not _strike_in_clause(ctx, sent, wm.start()):
                continue
            found["strikes"] = value
            spans["strikes"] = [wm.start(), wm.end()]
            return


def _strike_in_clause(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """Does the clause holding pos have a strike verb or strike noun of its own?"""
    c = clause_at(ctx, sent.start, sent.end, pos)
    parts = [p for p in sentence_clauses(ctx, sent.start, sent.end) if p.unit == c.unit]
    return any(ctx.lex.has(k) and ctx.lex.search(k, ctx.text, p.start, p.end)
               for p in parts for k in ("triggers.strike_verbs", "triggers.strike_nouns"))


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
            found[field_] = 2 + (_another_coordinated(ctx, sent, "counts.strikes", m.end())
                                 if field_ == "strikes" else 0)
            spans[field_] = [m.start(), m.end()]
            break


def _weapon_with(ctx: Ctx, pos: int) -> bool:
    """Does a weapon's word start at pos carrying the instrumental as a suffix (grammar
    instrumental_suffixes: "roketle", "füzeyle", "İHA'larla": with rockets, missiles, drones)?
    A number before it counts the munitions a strike used, not what was hit ("iki güdümlü
    füzeyle hedef aldı": targeted with two guided missiles)."""
    lex, text = ctx.lex, ctx.text
    sufs = grammar.words("instrumental_suffixes", lex.lang)
    if not sufs:
        return False
    for op in ("airstrike", "drone_strike", "missile_strike", "artillery"):
        key = f"operations.{op}"
        m = lex.pat(key).match(text, pos) if lex.has(key) else None
        if m is None:
            continue
        word = re.match(r"[\w'’]*", text[pos:pos + 30]).group()
        w = fold(word, lex.lang)
        if any(w.endswith(x) and len(w) > len(x) + 2 for x in sufs):
            return True
    return False


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


def _group_members(ctx: Ctx, pos: int, end: int):
    """The match of a membership noun (grammar.group_members) right after a count at pos when
    an armed group follows it past a linker: "14 Mitglieder der Terrormiliz IS getötet" (a
    coded actor, or a group noun, first or after one word). None otherwise: members of
    anything else are no fighters."""
    text, lex = ctx.text, ctx.lex
    m = re.compile(r"\s+([^\W\d_]+)").match(text, pos)
    if not m or m.end() > end or fold(m.group(1)) not in grammar.words("group_members", lex.lang):
        return None
    glue = grammar.regex(r"\s+{linkers|articles}\s+(?:{articles}\s+)?", re.IGNORECASE).match(text, m.end())
    if not glue:
        return None
    named = next(iter(lex.find_coded("actors", text, glue.end(), min(end, glue.end() + 60))), None)
    if named is not None and (named[0] == glue.end() or
                              re.fullmatch(r"(?:[^\W\d_][\w-]*\s+){1,2}", text[glue.end():named[0]])):
        return re.compile(r"[^\W\d_]+").match(text, m.start(1))
    if lex.has("actor_roles.group_nouns") and lex.pat("actor_roles.group_nouns").match(text, glue.end()):
        return re.compile(r"[^\W\d_]+").match(text, m.start(1))
    return None


def modifies_target_noun(ctx: Ctx, end: int) -> bool:
    """Is the fighter word ending at `end` an adjective of the generic target noun right after
    it ("дев'ять військових об'єктів": nine military objects, no soldiers; "військових" is
    also the noun "servicemen")? Then the number before it counts targets, not fighters."""
    lex = ctx.lex
    if not lex.has("counts.targets"):
        return False
    gap = re.match(r"\s+", ctx.text[end:end + 3])
    return bool(gap and lex.pat("counts.targets").match(ctx.text, end + gap.end()))


def _combatant_run(ctx: Ctx, cm, end: int):
    """The last of the fighter words that follow cm one after another, a space apart: a word
    naming the fighters' group as a member ("14 PKK'lı terörist", "DEAŞ'lı militanlar") or their
    rank before the noun, so that the kill verb is looked for after the whole run."""
    pat = ctx.lex.pat("counts.combatants")
    for _ in range(2):
        gap = re.match(r"\s+", ctx.text[cm.end():min(end, cm.end() + 3)])
        nxt = gap and pat.match(ctx.text, cm.end() + gap.end())
        if not nxt or nxt.end() > end:
            break
        cm = nxt
    return cm


def _killed_verb_second(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """Verb-second languages: is the count of fighters at pos the object of a finite kill verb
    earlier in its own clause, with only the middle field's adverbials between them ("Kampfjets
    töteten am Sonntag im Nordirak neun PKK-Kämpfer", "Am Freitag tötete die Luftwaffe bei
    Angriffen 23 Dschihadisten")? The kill word is a verb: in a language that capitalises its
    nouns it is written in lower case ("Tote" is a toll), and no other number stands between."""
    lex, text = ctx.lex, ctx.text
    meta = lex.raw.get("meta", {})
    if not meta.get("verb_second"):
        return False
    clause = clause_at(ctx, sent.start, sent.end, pos)
    for km in lex.finditer("counts.killed", text, max(sent.start, clause.start), pos):
        word = text[km.start():km.end()]
        if meta.get("capitalised_nouns") and not word[:1].islower():
            continue
        if " " in word.strip() or ctx.numpat.search(text, km.end(), pos):
            continue
        return True
    return False


# The most words of the middle field between a bracket auxiliary and the kill participle that
# closes its clause ("wurden | bei den Angriffen am Sonntag | getötet")
BRACKET_KILL_WORDS = 6


def _bracket_killed(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """Verb-bracket languages: are the fighters named before pos the subject of a passive whose
    auxiliary follows them and whose kill participle closes the clause, adverbials between
    ("Elf Kämpfer wurden bei den Angriffen getötet", "Dabei sind zwölf Kämpfer im Nordirak
    getötet worden")? No comma and no other number between the auxiliary and the participle."""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("meta", {}).get("verb_second") or not lex.has("actor_roles.bracket_aux"):
        return False
    aux = lex.pat("actor_roles.bracket_aux").match(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
    if aux is not None:
        start = aux.end()
    else:
        # the object of an active perfect ("habe sieben Hamas-Kämpfer und drei Zivilisten
        # getötet"): its auxiliary before the count, in the same clause
        clause = clause_at(ctx, sent.start, sent.end, pos)
        perfect = grammar.words("perfect_aux", lex.lang)
        if not perfect or not any(fold(w) in perfect for w in re.findall(r"\w+", text[clause.start:pos])):
            return False
        start = pos
    stop = unit_end(ctx, sent.start, sent.end, start)
    km = lex.search("counts.killed", text, start, stop)
    if km is None or re.search(r"[,;:]", text[start:km.start()]):
        return False
    coords = grammar.words("coordinators", lex.lang)
    for nm in ctx.numpat.finditer(text, start, km.start()):
        prev = re.findall(r"\w+", text[start:nm.start()])
        if not prev or fold(prev[-1]) not in coords:
            return False   # another count of its own ("wurden 3 Stellungen getroffen")
    word = text[km.start():km.end()]
    return word[:1].islower() and tokens_between(ctx, start, km.start()) <= BRACKET_KILL_WORDS


# the words a verb-first clause puts between its kill verb and the count it killed: the subject
# ("قتلت القوات الأمريكية | ثلاثة مسلحين"), a day ("يوم الاثنين")
KILLED_VERB_FIRST_WORDS = 5


def _killed_verb_first(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """Where a clause opens with its verb (verb_first_weapons: Arabic), is the count of fighters
    at pos the object of the kill verb opening its clause, past the side that killed them ("قتلت
    القوات الأمريكية ثلاثة مسلحين من تنظيم داعش": US forces killed three IS militants)? A
    side's name stands between (the subject), no other number and no punctuation."""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("meta", {}).get("verb_first_weapons"):
        return False
    clause = clause_at(ctx, sent.start, sent.end, pos)
    for km in lex.finditer("counts.killed", text, max(sent.start, clause.start), pos):
        lead = text[clause.start:km.start()].strip(" ,،;:\"'«“”»–—-")
        if lead and lead not in grammar.bare("conjunction_clitics", "coordinators"):
            continue
        gap = text[km.end():pos]
        if re.search(r"[,،;:.()]", gap) or ctx.numpat.search(text, km.end(), pos) or \
                tokens_between(ctx, km.end(), pos) > KILLED_VERB_FIRST_WORDS:
            continue
        if any(km.end() <= ms and me <= pos for ms, me, _ in sent.mentions):
            return True
    return False


def _killed_after(ctx: Ctx, pos: int, end: int) -> bool:
    """Does a kill word follow the fighters named before pos? Right after them (a participle or
    a verb-final clause: "two militants killed", "1 Hizbullah mensubunun öldürüldüğü"), or
    after a passive auxiliary and at most one word ("were killed", "ont été tués", "were
    reportedly killed")."""
    text, lex = ctx.text, ctx.lex
    killed = lex.pat("counts.killed")
    # the group they belonged to between them and the verb: "14 guerrilleros del PKK
    # murieron", "zwölf Kämpfer der Hamas getötet": read on after its name
    glue = grammar.regex(r"\s+{linkers|articles}\s+(?:{articles}(?:\s+|(?<=['’])))?", re.IGNORECASE).match(text, pos)
    if glue is None:
        # the linker elided onto the name: "cinq combattants d'Al-Qaïda ont été tués"
        glue = grammar.regex(r"\s+{linkers}(?<=['’])", re.IGNORECASE).match(text, pos)
    if glue is None:
        # or its name right after them, a genitive with no linker ("10 من عناصر حركة الشباب
        # قتلوا", "7 боевиков «Аш-Шабаб» убиты")
        pos = _name_right_after(ctx, pos, end)
    if glue:
        named = next(iter(lex.find_coded("actors", text, glue.end(), min(end, glue.end() + 60))), None)
        # a word or two naming the group's kind before its name: "sechs Kämpfer der
        # Terrormiliz Al-Shabaab getötet", "fighters of the militant group X killed"
        if named is not None and (named[0] == glue.end() or
                                  re.fullmatch(r"(?:[^\W\d_][\w-]*\s+){1,2}", text[glue.end():named[0]]) or
                                  _quoted_name_gap(text[glue.end():named[0]])):
            pos = named[1]
            # and its short form in brackets after it: "der Terrormiliz Islamischer Staat (IS) getötet"
            short = re.match(r"[\"“”»]?\s*\([^()\n]{1,12}\)", text[pos:pos + 16])
            if short:
                pos += short.end()
            elif _quoted_name_gap(text[glue.end():named[0]]):
                # the name in quotation marks: past its closing mark and a short form in brackets
                # ("der Dschihadistenmiliz »Islamischer Staat« (IS) getötet", 'of the group
                # "Islamic State" were killed')
                pos += re.match(r"\s*[\"“”»«’]?(?:\s*\([^()\n]{1,12}\))?", text[pos:pos + 20]).end()
        elif named is None and lex.has("actor_roles.group_nouns"):
            # the group by its kind alone, named before: "zwölf Mitglieder der Terrormiliz getötet"
            noun = lex.pat("actor_roles.group_nouns").match(text, glue.end())
            if noun is not None:
                pos = noun.end()
    if killed.match(text, pos + len(text[pos:pos + 3]) - len(text[pos:pos + 3].lstrip())):
        return True
    focus = _FOCUS.match(text, pos)
    if focus and fold(focus.group(1)) in grammar.words("focus_particles", lex.lang) and killed.match(text, focus.end()):
        return True  # "6 terörist de öldürüldü": "also" between them and the verb
    if not lex.has("actor_roles.passive_aux"):
        return False
    # the perfect's auxiliary before the participle too ("14 milicianos han muerto")
    perfect = grammar.words("perfect_aux", lex.lang)
    for gap in (re.match(r"\s+", text[pos:pos + 3]), re.match(r"\s+\w+\s+", text[pos:pos + 12])):
        aux = gap and lex.pat("actor_roles.passive_aux").match(text, pos + gap.end())
        if gap and not aux and perfect:
            word = re.compile(r"\w+").match(text, pos + gap.end())
            aux = word if word and fold(word.group()) in perfect else None
        if aux:
            tail = text[aux.end():min(end, aux.end() + 24)]
            offs = [m.end() for m in (re.match(r"\s+", tail), re.match(r"\s+\w+\s+", tail)) if m]
            return any(killed.match(text, aux.end() + o) for o in offs)
    return False


def _quoted_name_gap(gap: str) -> bool:
    """Is gap, between a linker after the fighters and a group's name, at most two words (the
    group's kind) and the name's opening quotation mark ("jihadist group \"", "groupe djihadiste
    « ", "Dschihadistenmiliz »")?"""
    return re.fullmatch(r"(?:[^\W\d_][\w-]*\s+){0,2}[\"“„«»‹›]\s*", gap) is not None


_FOCUS = re.compile(r"\s+([^\W\d_]+)\s+")
_OPENING_QUOTE = re.compile(r"\s+[\"“„«»]?")


def _object_marker(ctx: Ctx, rest: str) -> int:
    """The length of the object marker (grammar.object_markers) that opens rest, with the
    space after it: "a " of "mató a tres terroristas"; 0 when none does."""
    m = re.match(r"([^\W\d_]+)\s+", rest)
    return m.end() if m and fold(m.group(1)) in grammar.words("object_markers", ctx.lex.lang) else 0


def _past_toll_modifiers(ctx: Ctx, sent: Sentence, off: int, end: int) -> int:
    """Where the count of the killed begins when the kill word's object opens with a day or a
    bound before the number ("ont tué dimanche 12 combattants", "mataron el domingo a 12",
    "killed up to 30 fighters"): past the date, then past the bound (which ``_is_approx``
    still reads before the number) and an object marker; off itself when no number follows."""
    text, lex = ctx.text, ctx.lex
    i = off
    # the date, or its article before it ("el domingo": the date is read from "domingo")
    date = next((d for d in sent.dates if d.start >= i and d.end <= end and
                 re.fullmatch(r"(?:[^\W\d_]{1,3}\s+)?", text[i:d.start])), None)
    if date is not None:
        i = date.end + len(text[date.end:end]) - len(text[date.end:end].lstrip())
        i += _object_marker(ctx, text[i:end])
    if lex.has("numbers.approx_before"):
        bound = lex.pat("numbers.approx_before").match(text, i)
        if bound is not None and bound.end() < end:
            j = bound.end() + len(text[bound.end():end]) - len(text[bound.end():end].lstrip())
            if ctx.numpat.match(text, j):
                i = j
    return i if i != off and ctx.numpat.match(text, i) else off


def _toll_adverb(ctx: Ctx, rest: str) -> int:
    """The length of the pronoun adverb (grammar.toll_adverbs) that opens rest, with the space
    after it: "فيها " of "قتل فيها 14 مسلحا" (14 fighters were killed in it); 0 when none does."""
    m = re.match(r"([^\W\d_]+)\s+", rest)
    return m.end() if m and fold(m.group(1)) in grammar.words("toll_adverbs", ctx.lex.lang) else 0


def _name_right_after(ctx: Ctx, pos: int, end: int) -> int:
    """The end of an armed group's name (a coded actor) that follows pos at once, past a space
    and an opening quote ("боевиков «Аш-Шабаб»", "عناصر حركة الشباب"), with its closing quote;
    pos itself when no name stands there."""
    gap = _OPENING_QUOTE.match(ctx.text, pos)
    if gap is None:
        return pos
    named = next(iter(ctx.lex.find_coded("actors", ctx.text, gap.end(), min(end, gap.end() + 60))), None)
    if named is None or named[0] != gap.end():
        return pos
    close = re.match(r"[\"“”»]", ctx.text[named[1]:named[1] + 1])
    return named[1] + (1 if close else 0)


def _compound_head(ctx: Ctx, key: str, pos: int):
    """The match of key on the last part of a hyphenated compound starting at pos, when that
    part is the whole rest of the word ("Al-Shabaab-Kämpfer", "IS-Terroristen": fighters of
    the group named first); None otherwise."""
    word = _GAP_WORD.match(ctx.text, pos)
    if word is None or "-" not in word.group().strip("-"):
        return None
    body = word.group().rstrip("-./'’")
    head = ctx.lex.pat(key).match(ctx.text, pos + body.rfind("-") + 1)
    return head if head is not None and head.end() == pos + len(body) else None


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
        # a list: "9 in Syria, 7 in Iraq"
        listed = "," in between and tokens_between(ctx, pos, nm.start()) <= LIST_WORDS
        if not (glued or listed or set(re.findall(r"\w+", between.lower())) & joiners) or re.search(r"[;.]", between):
            break
        m = lex.pat(key).match(text, nm.end() + 1) if text[nm.end():nm.end() + 1] == " " else None
        if m is None:
            m = _typed_coordinate(ctx, sent, key, nm.end())  # "and seven artillery strikes"
        if m is None:
            m = _elided_noun(ctx, nm.end())  # "три удара по X, два -- по Y": the noun left out
        v = parse_number(nm.group(), lex.lang, words)
        if not m or not v or nm.group().strip().lower() in grammar.words("indefinites"):
            continue
        if _is_approx(ctx, nm.start(), sent.start):
            return None
        value += v
        pos = m.end()
    return value + _another_coordinated(ctx, sent, key, pos)


def _targets_by_country_in_sentence(ctx: Ctx, sent: Sentence, key: str, start: int, pos: int, value: int) -> int | None:
    """"hit 19 targets in Syria and 20 in Iraq" -> 39: target counts coordinated in one
    sentence country by country (the second noun stated or left out) add up, as the strikes
    do (``_add_coordinated``), when the first count's country follows its noun and the counts
    stand beside two different countries not named as one pair ("targets in Syria and
    Iraq"). Otherwise the first count."""
    countries = [(sent.start + c.start, c.alpha2) for c in _countries(ctx, ctx.text[sent.start:sent.end])
                 if sent.start + c.start > start]
    if len({code for _, code in countries}) < 2 or _joined_countries(ctx, countries):
        return value
    if tokens_between(ctx, pos, min(countries)[0]) > 2:
        return value  # "по трьох об'єктах і сховищах - два в Сирії і один в Іраку": the count's
        # own country does not follow its noun; the later numbers split it, they add nothing
    return _add_coordinated(ctx, sent, key, pos, value)


def _shared_noun_addend(ctx: Ctx, sent: Sentence, start: int) -> int:
    """The strikes of a qualified strike coordinated before the count at start ("нанесли три
    массированных и 25 групповых ударов": 3; "нанесли массированный и шесть групповых ударов",
    "one massive and six group strikes", "une frappe massive et six frappes groupées",
    "einen massiven Angriff und sechs ...": 1). The qualifier is a word of numbers.not_one
    (massive, group, combined; not a target noun nor "another"), with the strike noun or
    sharing the count's; its count is the number before it, one after an article or the
    numeral one, or, where the language has no articles, one for a form without a plural
    ending (grammar.plural_adjective_endings). 0 when no such phrase stands right before the
    coordinator, or when a preposition governs it ("по объектам и ...")."""
    text, lex = ctx.text, ctx.lex
    if not lex.has("numbers.not_one"):
        return 0
    base = max(sent.start, start - 80)
    toks = list(re.finditer(r"[^\W\d_][\w'’-]*|\d[\d\s.,]*\d|\d", text[base:start]))
    joiners = {fold(w) for w in lex.raw.get("numbers", {}).get("joiners", []) if w.isalpha()}
    if not toks or fold(toks[-1].group()) not in joiners or re.search(r"[,;:.()«»\"“”]", text[base + toks[-1].end():start]):
        return 0
    toks = toks[:-1]
    def at(k):
        return base + toks[k].start()
    def is_(key, k):
        if not lex.has(key):
            return False
        hit = lex.pat(key).match(text, at(k))
        return hit is not None and hit.end() == base + toks[k].end()
    # the phrase: up to two words (the qualifier, and the strike noun before or after it)
    q = None
    for k in range(len(toks) - 1, max(-1, len(toks) - 3), -1):
        if re.search(r"[,;:.()«»\"“”]", text[base + toks[k].end():base + toks[k + 1].start()] if k + 1 < len(toks) else ""):
            break
        if (is_("numbers.not_one", k) or is_("numbers.typed_qualifiers", k)) and \
                not is_("counts.targets", k) and not is_("numbers.more_strikes", k):
            q = k
            break
        if not (is_("numbers.one_strike", k) or is_("counts.strikes", k)):
            break
    if q is None:
        return 0
    first = q
    if q > 0 and (is_("numbers.one_strike", q - 1) or is_("counts.strikes", q - 1)):
        first = q - 1
    if first == 0:
        return 0
    prev = toks[first - 1]
    if fold(prev.group()) in _gap_stop():
        return 0  # "по объектам и ...": what was struck, not a strike
    words = lex.intmaps.get("numbers.words", {})
    ones = grammar.words("articles", lex.lang) | grammar.words("indefinites", lex.lang) | \
        {w.lower() for w in lex.raw.get("numbers", {}).get("one_article", [])}
    if ctx.numpat.fullmatch(prev.group()):
        v = parse_number(prev.group(), lex.lang, words)
        return 0 if not v or _is_approx(ctx, base + prev.start(), sent.start) else v
    if fold(prev.group()) in ones:
        return 1
    plural = grammar.words("plural_adjective_endings", lex.lang)
    if plural and not any(fold(toks[q].group()).endswith(e) for e in plural):
        return 1
    return 0


def _typed_coordinate(ctx: Ctx, sent: Sentence, key: str, pos: int):
    """The strike noun of a coordinated count past one or two words that type it ("18
    airstrikes and seven artillery strikes", "18 авиаударов и семь артиллерийских ударов",
    "yedi topçu saldırısı"): the match of the noun, or None. Not past another count's noun, a
    fighters' word or a preposition (``_word_gaps``, ``_other_count``), nor the other side's
    attacks or weapons named by a strike word ("seven terrorist attacks", "strike drones")."""
    text, pat = ctx.text, ctx.lex.pat(key)
    for i, g in enumerate(_word_gaps(text, pos, sent.end, 2)):
        m = pat.match(text, g) if i else None
        if m:
            if _enemy_attacks(ctx, pos, m) or _modifies_weapon(ctx, m, sent.end):
                return None
            return m
        if _other_count(ctx, key, g):
            return None
    return None


def _another_coordinated(ctx: Ctx, sent: Sentence, key: str, pos: int) -> int:
    """One more strike coordinated after the count that ends at pos, told by a word of
    numbers.more_strikes, with its noun or with the noun left out: "two airstrikes on Saturday
    and another on Sunday", "et une autre dimanche", "und am Sonntag einen weiteren", "а в
    воскресенье — ещё один", "وغارة أخرى يوم الأحد" -> 1 (added to the count); else 0. The
    word must follow a coordinator in the count's sentence, with no other noun after it
    ("and other targets": another thing)."""
    text, lex = ctx.text, ctx.lex
    if not lex.has("numbers.more_strikes"):
        return 0
    coordinators = grammar.words("coordinators", lex.lang) | {
        fold(w) for w in lex.raw.get("numbers", {}).get("joiners", []) if w.isalpha()}
    clitics = {c.lower() for c in lex.raw.get("numbers", {}).get("clitics", [])}
    ones = grammar.words("articles", lex.lang) | grammar.words("indefinites", lex.lang) | \
        grammar.words("article_numerals", lex.lang) | \
        {fold(w) for w, v in lex.intmaps.get("numbers.words", {}).items() if v == 1}
    for mm in lex.finditer("numbers.more_strikes", text, pos, sent.end):
        if text[mm.start() - 1:mm.start()].isalpha() or text[mm.end():mm.end() + 1].isalpha():
            continue  # inside a word
        between = text[pos:mm.start()]
        if re.search(r"[;.:]", between) or tokens_between(ctx, pos, mm.start()) > 12:
            return 0
        words = [fold(w) for w in _GAP_WORD.findall(between)]
        glued = any(w[:1] in clitics and len(w) > 1 for w in words[-2:])
        if not (set(words) & coordinators or glued or re.search(r"[—–]", between)):
            continue
        # the noun before the word, where the language puts the adjective after it ("وغارة أخرى")
        before = [w for w in _GAP_WORD.finditer(between)]
        if before and lex.has("numbers.one_strike"):
            last = before[-1]
            one = lex.pat("numbers.one_strike").search(text, pos + last.start(), mm.start())
            if one and _another_strike(ctx, sent, one.start(), one.end()):
                return 1
        # past an article or the numeral one, the strike noun or nothing: a comma, the sentence's
        # end, a preposition or a date ("another on Sunday")
        i = mm.end()
        while True:
            w = _GAP_WORD.match(text, i + len(text[i:]) - len(text[i:].lstrip()))
            if w is None or fold(w.group()) not in ones:
                break
            i = w.end()
        rest = text[i:sent.end]
        j = i + len(rest) - len(rest.lstrip(" \t"))
        if j >= sent.end or text[j] in ",;.:)—–-\"»”":
            return 1
        if (lex.has(key) and lex.pat(key).match(text, j)) or \
                (lex.has("numbers.one_strike") and lex.pat("numbers.one_strike").match(text, j)):
            return 1
        w = _GAP_WORD.match(text, j)
        if w and (fold(w.group()) in _gap_stop() or any(d.start <= j < d.end for d in sent.dates)):
            return 1
        return 0
    return 0


_ELIDED = re.compile(r"\s*(?:--|[—–-])?\s*")


def _elided_noun(ctx: Ctx, pos: int):
    """A number whose noun is left out, followed (past a dash) by where it went: "два -- по
    району", "3 near Mosul". Returns the match of that preposition, or None."""
    gap = _ELIDED.match(ctx.text, pos)
    if gap.end() == pos:
        return None
    return ctx.lex.pat("places.struck_preps").match(ctx.text, gap.end()) if ctx.lex.has("places.struck_preps") else None


def _joined_countries(ctx: Ctx, countries: list[tuple[int, str]]) -> bool:
    """Are two different countries named as one coordinated pair ("in Syria and Iraq", "у
    Сирії та Іраку"): only a coordinator between the first's name and the second's?"""
    text = ctx.text
    glue = grammar.regex(r"\s*,?\s*{coordinators}\s+", re.IGNORECASE)
    ordered = sorted(countries)
    for (a, ca), (b, cb) in zip(ordered, ordered[1:]):
        first = re.match(r"[\w'’-]+", text[a:b])
        if ca != cb and first and glue.fullmatch(text, a + first.end(), b):
            return True
    return False


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
        # a country named as a striker ("США здійснили 31 авіаудар") is no place the count fell in
        countries = [(sent.start + c.start, c.alpha2) for c in _countries(ctx, text[sent.start:sent.end])
                     if not any(a < sent.start + c.end and sent.start + c.start < b for a, b, _ in sent.actors)]
        if not countries:
            continue
        for nm in number_matches(ctx, sent.start, sent.end):
            if _part_of_name(ctx, sent, nm.start(), nm.end()) or _background(ctx, sent, nm.start(), d.actor):
                continue
            hit = None
            for g in _word_gaps(text, nm.end(), unit_end(ctx, sent.start, sent.end, nm.end()), 1):
                hit = pat.match(text, g)
                if hit or _other_count(ctx, "counts.strikes", g):
                    break  # "dokuz hedefe saldırı": nine targets, not nine strikes
            if not hit:
                continue
            if nm.group().strip().lower() in grammar.words("indefinites"):
                continue
            value = parse_number(nm.group(), lex.lang, words)
            if not value or _is_approx(ctx, nm.start(), sent.start):
                return None
            # the country named nearest the count, within its clause
            near = [(abs(pos - nm.start()), code) for pos, code in countries
                    if tokens_between(ctx, min(pos, nm.start()), max(pos, nm.start())) <= COUNTRY_WORDS
                    and ";" not in text[min(pos, nm.start()):max(pos, nm.start())]]
            if not near:
                return None
            if _joined_countries(ctx, [(pos, code) for pos, code in countries
                                       if any(c == code for _, c in near)]):
                return None  # "20 air strikes in Syria and Iraq": a count over both, no split
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


def _strikes_by_sentence(ctx: Ctx, d: Draft) -> int | None:
    """The strikes of an event told sentence by sentence ("2 strikes on X." ... "and 4
    strikes on Y." -> 6): each sentence's own count of strikes, in the event's order. A count
    that is the sum of the others is their total, stated beside its parts ("four airstrikes"
    in a headline, then "one airstrike on X", "three airstrikes on Y" -> 4); the same figure
    told again is one count, and a first figure larger than every later one is the lead's,
    which the later ones detail ("20 strikes in Syria and Iraq ... in Iraq, 17"). None when
    fewer than two sentences give a count, or when one of them is approximate."""
    if d.cumulative:
        return None
    values, more = [], []
    for sent in d.sentences:
        found: dict = {}
        spans: dict = {}
        bind_numbers(ctx, sent, found, spans, d.actor, fields=("strikes",))
        if "strikes" not in found:
            continue
        if found["strikes"] is None:
            return None
        if _marked_total(ctx, sent, spans.get("strikes")):
            continue  # "insgesamt fünfmal diese Woche": a total beside the event's own count, no addend
        values.append(found["strikes"])
        more.append(_told_as_more(ctx, sent, spans.get("strikes")))
    if len(values) < 2:
        return None
    if all(more[1:]):
        return sum(values)  # "two airstrikes on X ... two other airstrikes on Y" -> 4
    if len(set(values)) == 1:
        return None  # one figure restated
    if values[0] > max(values[1:]):
        return None  # the lead's figure, then smaller ones that detail it ("20 in Syria and Iraq ... in Iraq, 17")
    total = max(values)
    rest = list(values)
    rest.remove(total)
    if total == sum(rest):
        return total
    if total in rest or any(values.count(v) > 1 for v in values):
        return None  # a figure restated beside another: which one is the event's is not clear
    return sum(values)


def _marked_total(ctx: Ctx, sent: Sentence, span: list | None) -> bool:
    """Is the strike count at span marked as a total (numbers.total_words in its clause, before
    it: "in total, ten strikes", "insgesamt fünfmal", "всего нанесено 30 ударов")?"""
    if not span or not ctx.lex.has("numbers.total_words"):
        return False
    for m in ctx.lex.finditer("numbers.total_words", ctx.text, sent.start, span[0]):
        if same_unit(ctx, sent.start, sent.end, m.start(), span[0]):
            return True
    return False


def _told_as_more(ctx: Ctx, sent: Sentence, span: list | None) -> bool:
    """Is the strike count at span told as more than those before it: a word of the
    lexicon's numbers.more_strikes within it or right before its number ("two other
    airstrikes", "vier weitere Luftangriffe", "ещё два удара", "otros dos bombardeos")?"""
    if not span or not ctx.lex.has("numbers.more_strikes"):
        return False
    if _rest_of_total(ctx, sent, span):
        return False
    before = _GAP_WORD.findall(ctx.text[max(sent.start, span[0] - 30):span[0]])[-1:]
    start = span[0] - len(before[0]) - 1 if before else span[0]
    # or right after the noun, where the adjective follows it ("ثلاث غارات أخرى")
    after = re.match(r"\s+[^\W\d_]+", ctx.text[span[1]:min(sent.end, span[1] + 30)])
    end = span[1] + after.end() if after else span[1]
    return ctx.lex.search("numbers.more_strikes", ctx.text, max(sent.start, start), end) is not None


def _rest_of_total(ctx: Ctx, sent: Sentence, span: list) -> bool:
    """Is the strike count at span the rest of a total, named with the definite article
    before its number or before the "other" word that precedes it ("les quatre autres frappes",
    "los otros cuatro ataques", "die anderen vier Luftangriffe", "the other four strikes")? It
    tells part of a total already given, not strikes more than those before it."""
    articles = grammar.words("articles", ctx.lex.lang)
    if not articles:
        return False
    words = _GAP_WORD.findall(ctx.text[max(sent.start, span[0] - 40):span[0]])[-2:]
    if words and fold(words[-1]) in articles:
        return True
    if len(words) == 2 and fold(words[0]) in articles:
        hit = ctx.lex.search("numbers.more_strikes", words[1])
        return hit is not None and hit.start() == 0 and hit.end() == len(words[1])
    return False


def _partitive_gap(ctx: Ctx, start: int, end: int) -> bool:
    """Does a partitive preposition (grammar.partitive_preps: "из") stand between a number and
    the noun after it ("один из ударов", "двух из объектов")? The number picks some of what the
    noun names; it counts none of them."""
    preps = grammar.words("partitive_preps", ctx.lex.lang)
    return bool(preps) and any(fold(w) in preps for w in re.findall(r"[^\W\d_]+", ctx.text[start:end]))


def _more_victims_at(ctx: Ctx, sent: Sentence, nm) -> int | None:
    """The end of the fighters counted at nm when the count is told as more than those
    before it ("seven more terrorists", "еще два боевика", "deux autres combattants", "zwei
    weitere Kämpfer", "otros dos milicianos"); None otherwise."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("numbers.more_strikes") or not lex.has("counts.combatants"):
        return None
    more = lex.pat("numbers.more_strikes")
    lo = max(sent.start, nm.start() - 25)
    before = list(_GAP_WORD.finditer(text, lo, nm.start()))[-1:]
    marked = bool(before) and not text[before[0].end():nm.start()].strip() and \
        (mb := more.match(text, before[0].start())) is not None and mb.end() == before[0].end()
    pos = nm.end()
    if not marked:
        gap = _GAP_SPACE.match(text, pos)
        mm = more.match(text, gap.end()) if gap else None
        if mm is None:
            return None
        pos = mm.end()
    end = unit_end(ctx, sent.start, sent.end, pos)
    for g in _word_gaps(text, pos, end, 2):
        cm = lex.pat("counts.combatants").match(text, g) or _compound_head(ctx, "counts.combatants", g)
        if cm:
            return cm.end()
        if ctx.numpat.match(text, g):
            break
    return None


def _more_killed(ctx: Ctx, d: Draft, found: dict, spans: dict) -> None:
    """Fighters killed told as more than others ("eliminated seven more terrorists", "еще два
    боевика ликвидированы третьим ударом"): after the event's count of the killed, they add
    to it ("два террориста ... еще два боевика" -> 4); as the event's first count they are
    only part of a toll whose rest is not stated (null)."""
    text, lex = ctx.text, ctx.lex
    span = spans.get("killed")
    if "killed" not in found or not span or d.cumulative or not lex.has("counts.killed"):
        return
    words = lex.intmaps.get("numbers.words", {})
    first = next((nm for s in d.sentences + d.details for nm in number_matches(ctx, s.start, s.end)
                  if nm.start() == span[0]), None)
    sent_of = {id(s): s for s in d.sentences + d.details}
    owner = next((s for s in sent_of.values() if s.start <= span[0] < s.end), None)
    if first is not None and owner is not None and _more_victims_at(ctx, owner, first) is not None:
        found["killed"] = None   # "seven more terrorists" with no count before them
        return
    ordered = sorted(sent_of.values(), key=lambda x: x.start)

    def more_after(pos: int, total):
        """The total with the fighters told as more after pos added, and the end of the last."""
        end_at = None
        for sent in ordered:
            for nm in number_matches(ctx, sent.start, sent.end):
                if nm.start() < pos:
                    continue
                end = _more_victims_at(ctx, sent, nm)
                clause = clause_at(ctx, sent.start, sent.end, nm.start())
                if end is None or lex.search("counts.killed", text, clause.start, clause.end) is None:
                    continue
                value = parse_number(nm.group(), lex.lang, words)
                if not value:
                    continue
                total = None if total is None or _is_approx(ctx, nm.start(), sent.start, nm.end()) else total + value
                end_at = end
        return total, end_at

    if found["killed"] is None and first is not None:
        # a bound in the lead ("По меньшей мере четыре боевика", "Al menos diecisiete
        # miembros"), the claim's exact figure after it ("el ataque mató a 17 terroristas",
        # "уничтожены два террориста, еще два боевика" = 4): the same number, stated exactly
        bound = parse_number(first.group(), lex.lang, words)
        for sent in ordered:
            if sent.start < span[1] or not bound:
                continue
            f, sp = {}, {}
            bind_numbers(ctx, sent, f, sp, d.actor, fields=())
            if not isinstance(f.get("killed"), int):
                continue
            value, end = more_after(sp["killed"][1], f["killed"])
            if value == bound:
                found["killed"] = bound
                spans["killed"] = [sp["killed"][0], end or sp["killed"][1]]
            return
        return
    total, end = more_after(span[1], found["killed"])
    if end is not None:
        spans["killed"] = [span[0], end]
    found["killed"] = total


def _more_after_single(ctx: Ctx, d: Draft, found: dict, spans: dict) -> None:
    """A count told as more than those before it ("ещё один удар", "ще одного удару", "two
    other strikes"), after one strike named in the singular ("нанёс удар по автомобилю"):
    the single strike is one more ("... удар по автомобилю, затем ещё один удар" -> 2). Only
    where the count is the event's only one and the single strike stands before it."""
    value, span = found.get("strikes"), spans.get("strikes")
    if not isinstance(value, int) or not span or d.cumulative:
        return
    sent = next((s for s in d.sentences if s.start <= span[0] < s.end), None)
    if sent is None or not _told_as_more(ctx, sent, span):
        return
    rest = {k: v for k, v in found.items() if k != "strikes"}
    one = _single_strike(ctx, d, rest, skip=span)
    if one and one[1][1] <= span[0]:
        found["strikes"] = value + one[0]
        spans["strikes"] = [one[1][0], span[1]]
    elif ctx.lex.has("counts.strikes") and any(
            m.end() <= span[0] and _qualified_not_one(ctx, s, m.start(), m.end())
            for s in d.sentences for m in ctx.lex.finditer("counts.strikes", ctx.text, s.start, s.end)):
        # "нанёс массированные удары ... нанёс ещё один удар": one more of a massive raid's
        # strikes, whose number is not told
        found["strikes"] = None
        spans.pop("strikes", None)


def _single_strike(ctx: Ctx, d: Draft, counts: dict | None = None,
                   skip: list | None = None) -> tuple[int, list[int]] | None:
    """One strike named in the singular states a count of one (CONVENTIONS, Numbers): "the
    command conducted an airstrike near the town" -> 1; in a language without articles a bare
    singular strike noun ("нанесли удар по складу", "بغارة"). Not when the event also names
    strikes in the plural without a number ("airstrikes on the town"), nor "a massive strike",
    "another raid", nor a running total."""
    text, lex = ctx.text, ctx.lex
    if d.cumulative or not lex.has("numbers.one_strike"):
        return None
    def skipped(a: int, b: int) -> bool:
        return skip is not None and a < skip[1] and skip[0] < b   # the count told as more (_more_after_single)
    singles = [(a, b, sent) for sent in d.sentences
               for a, b in _one_strike_nouns(ctx, sent) if not skipped(a, b)]
    listed = {w.lower() for w in lex.raw.get("counts", {}).get("strikes", [])}
    if not singles:
        return None
    overview = []   # unnumbered plural strike nouns of the event
    for sent in d.sentences:
        answered = _reaction_clauses(text, lex, sent.start, sent.end)
        for m in lex.finditer("counts.strikes", text, sent.start, sent.end):
            if skipped(m.start(), m.end()):
                continue
            if any(x <= m.start() < y and not x <= sent.head < y for x, y in answered) or \
                    background_clause(ctx, sent, m.start(), d.actor, kinds=("subordinate", "relative")) or \
                    _strikes_on_actor(ctx, sent, m, d.actor) or _headline_verb(ctx, sent, m):
                continue  # "in response to recent attacks on U.S. forces", "after the militia had staged
                # attacks": the strikes answered, or another side's told as background, not the event's own
            if _strike_verb_form(ctx, m, listed):
                continue  # "обстреляли", "атакували": the strike told by a verb, no plural noun
            if _definite_singular(ctx, m, listed):
                continue  # "dass der Angriff ... erfolgte": the one strike named again
            if _definite_singular(ctx, m, listed, "indefinites"):
                continue  # "muere una persona en un ataque israelí": one strike, no plural
            if _restated_singular(ctx, m, listed):
                continue  # "dans cette attaque de drone", "en el primer ataque con dron": the one told
            if _singular_by_agreement(ctx, m):
                continue  # "Наслідки нічної атаки": the singular's genitive, no plural
            if not any(a < m.end() and m.start() < b for a, b, _ in singles):
                if _others_strikes(ctx, sent, m, d.actor):
                    continue  # "in response to recent attacks on US forces": not the event's strikes
                overview.append((m.start(), m.end(), sent))  # a plural (or dual) strike noun: how many is not said
    articles = {w.lower() for w in lex.raw["numbers"].get("one_article", [])}
    if not articles and _many_counted(counts):
        # without articles the singular names one strike on one target (CONVENTIONS): a
        # report of many sorties or targets ("59 вылетов ... 94 объекта ... нанесен удар по
        # складу") tells of one strike among many, not how many there were. Where the definite
        # article is written on the noun (grammar article_prefixes), a singular without it is
        # the indefinite, "a strike": "نفذت ضربة جوية على ثلاثة أهداف" (carried out an
        # airstrike on three targets) states one strike, as "an airstrike" does; beside many
        # sorties it is still one strike among many ("121 طلعة ... ووجهت القاذفات ضربة مباشرة")
        many_sorties = isinstance((counts or {}).get("sorties"), int) and counts["sorties"] > 1
        singles = [s for s in singles if not many_sorties and _indefinite_by_prefix(ctx, s[0], s[1])]
        if not singles:
            return None
    found = None
    first_sent = None
    more = []   # where a strike told as one more than those before it stands ("une autre frappe")
    for a, b, sent in singles:
        if articles and sent.interception and not sent.has_verb and lex.has("cues.interception") and \
                lex.search("cues.interception", text, sent.start, sent.end):
            continue  # "habe einen Drohnenangriff abgewehrt": the one attack repelled is no strike counted
        if sent.interception and lex.has("cues.thwarted") and lex.search("cues.thwarted", text, sent.start, sent.end):
            continue  # "припинено спробу ... здійснити терористичну атаку": the attack thwarted, none counted
        if _single_of_others(ctx, sent, a, b, d.actor):
            continue  # "wenige Stunden nach einem tödlichen russischen Angriff": another side's strike
        if _another_strike(ctx, sent, a, b):
            more.append(a)
            continue  # "another strike hit a motorcycle": one more, added to the one told before it
        # the noun's own phrase: up to three words before it and two after, within its clause
        left, right = _phrase_sides(text, sent, a, b)
        # a word with an elided particle glued on by an apostrophe stands for the word after it
        # ("lors d'une frappe", "qu'un raid": the indefinite article "une", "un")
        before = [_unelided(ctx, w) for w in _GAP_WORD.findall(left)[-3:]]
        phrase = " ".join(before + _GAP_WORD.findall(right)[:2])
        if lex.has("numbers.not_one") and lex.search("numbers.not_one", phrase):
            return None
        if _weapons_counted_after(ctx, sent, b):
            return None  # "завдав удару чотирма ракетами": a strike of several weapons, how many strikes is not said
        if articles:
            # the indefinite article says one; so does the definite one where the event names no
            # strike in the plural (checked above): "el ataque aéreo de EE.UU. mató a tres ...",
            # "la frappe a tué deux combattants": the one strike the report is about
            definites = grammar.words("articles", lex.lang)
            at = [i for i, w in enumerate(before) if w.lower() in articles] or \
                [i for i, w in enumerate(before) if fold(w) in definites]
            if at and before[at[-1]].lower() not in articles and (
                    _many_counted(counts) or _told_by_verb(ctx, d, singles)):
                continue  # "struck sites ... the strike": the verb's objects say how many, not the noun
            if at:
                start = a - len(left) + left.lower().rfind(before[at[-1]].lower())
            else:
                start = _article_right_before(ctx, a)  # elided onto the noun: "l'attaque"
                if start is None:
                    continue
        else:
            if _struck_country(ctx, sent, b):
                continue  # "завдав удару по Лівану": a strike on a country is no strike on one target
            start = a
        if found is None:
            found = (1, [start, b])
            first_sent = sent
        elif sent is not first_sent and _opens_additively(ctx, sent, a, b):
            # "ЦАХАЛ нанес удар по складу ... Кроме того, ЦАХАЛ нанес удар по командному пункту":
            # a single strike in a sentence that opens by adding to the report is one more
            # (ANNOTATING: single strikes on one target each are summed)
            more.append(a)
    if found is None and more and articles and not _many_counted(counts):
        # "un drone a frappé une maison ... une autre frappe a visé une voiture": the first
        # strike told by its verb and one object, the next as one more; together two
        found = _verb_single_before(ctx, d, min(more), articles)
    if found is None:
        return None
    # "a strike on a car ... another strike hit a motorcycle": each strike told as one more
    # after the first one counts one more; one told before it names the same strike again
    extra = sum(1 for a in more if a > found[1][0])
    if overview and not ((extra or skip is not None) and all(
            e <= found[1][0] and not _qualified_not_one(ctx, sent, a, e) for a, e, sent in overview)):
        # an unnumbered plural says nothing of how many; but one before the strikes the text
        # then tells one by one, the first and one more ("США завдали нових ударів ... завдали
        # удару ... завдали ще одного удару"), is their overview, unless it is a "massive" or
        # "extensive" one, which the strikes told only pick from
        return None
    return found[0] + extra, found[1]


def _verb_single_before(ctx: Ctx, d: Draft, first_more: int, articles: set) -> tuple[int, list[int]] | None:
    """The one strike told by a strike verb (triggers.strike_verbs) with one object right
    after it, an indefinite article opening it ("a frappé une maison", "avait ciblé une
    voiture", "struck a house"), in an event sentence before the first strike told as one
    more ("une autre frappe", "another strike"): the strike that "another" adds to, as a count
    of one and the words it was read from. Not in an interception report."""
    text, lex = ctx.text, ctx.lex
    if not lex.has("triggers.strike_verbs"):
        return None
    for sent in d.sentences:
        if sent.start >= first_more or sent.interception:
            continue
        for a, b in _spans(lex, "triggers.strike_verbs", text, sent.start, min(sent.end, first_more)):
            m = re.match(r"\s+([\w'’]+)\s+([\w'’-]+)", text[b:b + 40])
            if m is None or m.group(1).lower() not in articles:
                continue
            art = b + m.start(1)
            approx = lex.has("numbers.approx_words") and any(
                x == art for x, _ in _spans(lex, "numbers.approx_words", text, art, min(sent.end, art + 30)))
            if approx or (lex.has("numbers.not_one") and lex.search("numbers.not_one", m.group(2)) is not None):
                continue  # "a frappé une dizaine de cibles", "une série de frappes": no one object
            return 1, [a, b + m.end(1)]
    return None


# What bounds the phrase of a strike noun: punctuation and quotation marks.
_PHRASE_STOP = re.compile(r"[,;:.()«»\"“”„]")
# A strike noun's phrase in quotation marks ('a "precision strike"', 'une « frappe ciblée »',
# 'einen "gezielten Angriff"'): the opening mark before the noun, with no mark or punctuation
# after it, and the closing one after the noun, past at most its adjectives.
_QUOTE_OPENS = re.compile(r"[«\"“„]\s*([^«»\"“”„,;:.()]*)$")
_QUOTE_CLOSES = re.compile(r"([^«»\"“”„,;:.()]*?)\s*[»\"“”]")


def _phrase_sides(text: str, sent: Sentence, a: int, b: int) -> tuple[str, str]:
    """The words before the strike noun at [a, b) (up to 40 characters) and after it (up to
    30), each cut at the first punctuation or quotation mark away from the noun, so that they
    hold only the noun's own phrase. Quotation marks around the phrase itself (a phrase quoted
    from the claim, 'conducted a "precision strike" on') cut nothing: the article before the
    opening mark is the noun's."""
    left = text[max(sent.start, a - 40):a]
    right = text[b:min(sent.end, b + 30)]
    opens, closes = _QUOTE_OPENS.search(left), _QUOTE_CLOSES.match(right)
    if opens and closes:
        left = left[:opens.start()] + " " + opens.group(1)
        right = closes.group(1) + " " + right[closes.end():]
    return _PHRASE_STOP.split(left)[-1], _PHRASE_STOP.split(right)[0]


def _opens_additively(ctx: Ctx, sent: Sentence, a: int, b: int) -> bool:
    """Does the sentence open with an additive opener (grammar additive_openers: "Кроме
    того", "Помимо этого"), and the strike noun at [a, b) stand right after its strike verb
    and right before a target of its own ("нанес удар по командному пункту"; not "в
    результате удара по складу", the same strike named again)?"""
    openers = grammar.words("additive_openers", ctx.lex.lang)
    if not openers:
        return False
    m = grammar.regex(r"\s*(?i:{additive_openers})(?:\s*,|\s)").match(ctx.text, sent.start)
    if m is None or fold(m.group().strip(" ,")) not in openers:
        return False
    # (the verb's phrase may hold the noun: "нанес удар")
    if not any(x < a and (b <= y or (y <= a and not ctx.text[y:a].strip()))
               for x, y in _spans(ctx.lex, "triggers.strike_verbs", ctx.text, sent.start, sent.end)):
        return False
    if grammar.words("cause_preps", ctx.lex.lang) and \
            grammar.regex(r"(?<!\w)(?i:{cause_preps})\s+$").search(ctx.text, max(sent.start, a - 20), a):
        return False
    return bool(grammar.regex(r"\s+(?i:{target_prepositions})\s").match(ctx.text, b))


def _one_strike_nouns(ctx: Ctx, sent: Sentence) -> list[tuple[int, int]]:
    """The singular strike nouns (numbers.one_strike) of a sentence, with those heading a
    compound after a hyphen where the language so compounds ("Ein US-Drohnenangriff hat ...
    getötet", "bei einem israelischen Drohnen-Angriff": one strike, as "ein Drohnenangriff")."""
    return _spans(ctx.lex, "numbers.one_strike", ctx.text, sent.start, sent.end)


def _single_of_others(ctx: Ctx, sent: Sentence, a: int, b: int, actor: str | None) -> bool:
    """Does the singular strike noun at [a, b) name a strike that is not the event's: in the
    phrase naming what the strike answered ("in response to a rocket attack"), or another
    side's, named right before it ("wenige Stunden nach einem tödlichen russischen Angriff" in
    a report of Ukrainian drones; "a Houthi attack") or right after it past a linker or an agent
    preposition ("une attaque du Hamas")? It counts no strike of the event's (as an unnumbered
    plural so placed says nothing: _others_strikes)."""
    text, lex = ctx.text, ctx.lex
    answered = _reaction_clauses(text, lex, sent.start, sent.end)
    if any(x <= a < y and not x <= sent.head < y for x, y in answered):
        return True
    if actor is None:
        return False
    intro = grammar.words("linkers", lex.lang) | {fold(w) for w in lex.raw.get("actor_roles", {}).get("agent_intro", [])} \
        | grammar.words("articles", lex.lang)
    for ma, mb, code in lex.find_coded("actors", text, sent.start, sent.end):
        if code == actor or ma < b and a < mb:
            continue
        gap = text[mb:a] if mb <= a else text[b:ma]
        words = _GAP_WORD.findall(gap)
        if re.search(r"[,;:.()«»\"“”]", gap) or len(words) > 2:
            continue
        if mb <= a and not words:
            return True   # "einem tödlichen russischen Angriff", "a Houthi attack"
        if ma >= b and words and all(fold(w) in intro for w in words):
            return True   # "une attaque du Hamas", "un ataque de Hezbolá"
    return False


def _qualified_not_one(ctx: Ctx, sent: Sentence, a: int, b: int) -> bool:
    """Does a word of numbers.not_one ("massive", "extensive", "series") qualify the strike
    noun at [a, b): up to three words before it or the word right after it ("frappes
    massives"), in its clause? (Not the words past its preposition: "удари по об'єктах" names
    what was struck.)"""
    lex, text = ctx.lex, ctx.text
    if not lex.has("numbers.not_one"):
        return False
    left, right = _phrase_sides(text, sent, a, b)
    after = [w for w in _GAP_WORD.findall(right)[:1] if w.lower() not in _gap_stop()]
    phrase = " ".join(_GAP_WORD.findall(left)[-3:] + [text[a:b]] + after)
    return lex.search("numbers.not_one", phrase) is not None


def _another_strike(ctx: Ctx, sent: Sentence, a: int, b: int) -> bool:
    """Is the singular strike noun at [a, b) told as one more strike than those before it: a
    word of numbers.more_strikes right before it, past an article or the numeral one ("another
    strike", "une autre frappe", "otro ataque", "einen weiteren Luftangriff", "ещё один удар",
    "ще одного удару", "başka bir saldırı"), or after it past its adjectives, where the language
    puts it there ("غارة إسرائيلية أخرى")?"""
    lex, text = ctx.lex, ctx.text
    if not lex.has("numbers.more_strikes"):
        return False
    left, right = _phrase_sides(text, sent, a, b)
    ones = grammar.words("articles", lex.lang) | grammar.words("indefinites", lex.lang) | \
        grammar.words("article_numerals", lex.lang) | \
        {fold(w) for w, v in lex.intmaps.get("numbers.words", {}).items() if v == 1}
    before = _GAP_WORD.findall(left)[-3:]
    while before and fold(before[-1]) in ones:
        before.pop()
    words = before[-1:]
    for w in _GAP_WORD.findall(right)[:2]:
        if w.lower() in _gap_stop():
            break  # "a strike on other targets": past its preposition the word is another noun's
        words.append(w)
    for w in words:
        hit = lex.search("numbers.more_strikes", w)
        if hit is not None and hit.start() == 0 and hit.end() == len(w):
            return True
    return False


# how far before a plural strike noun a reaction cue may stand and still govern it, in words
# ("in response to an increasing number of recent attacks": six)
REACTION_WORDS = 8


def _others_strikes(ctx: Ctx, sent: Sentence, m, actor: str | None) -> bool:
    """Does the plural strike noun at m name strikes that are not the event's, so that it says
    nothing of how many strikes the event's actor made? Three constructions, in every language:
    - what the strike answers: a reaction cue (dates.reaction) before the noun in its clause,
      "in response to recent attacks on its forces", "en réponse à la recrudescence des
      attaques", "ردا على الهجمات"; unlike dates._reaction_clauses (checked before this, up to
      the next comma) also where no comma closes the cue's phrase ("als Reaktion auf die
      jüngsten Angriffe auf seine Truppen einen Luftangriff geflogen");
    - the fighters' own attacks: a fighters' word right before or after the noun ("attaques
      terroristes", "terörist saldırılar");
    - another side's: an actor other than the event's named right before the noun or right
      after it past a linker or an agent preposition ("Houthi attacks", "les attaques du
      Hamas", "ataques de Rusia")."""
    text, lex = ctx.text, ctx.lex
    if lex.has("dates.reaction"):
        for cue in lex.finditer("dates.reaction", text, sent.start, m.start()):
            if tokens_between(ctx, cue.end(), m.start()) <= REACTION_WORDS and \
                    same_unit(ctx, sent.start, sent.end, cue.start(), m.start()):
                return True
    if lex.has("dates.reaction_after"):
        # the cue after the noun, where the language puts it there ("saldırılara karşılık olarak")
        after = lex.pat("dates.reaction_after").search(text, m.start(), min(sent.end, m.end() + 40))
        if after is not None and tokens_between(ctx, m.end(), after.start()) <= 1:
            return True
    if lex.has("counts.combatants"):
        pat = lex.pat("counts.combatants")
        nxt = re.match(r"\s+", text[m.end():m.end() + 3])
        if nxt is not None and pat.match(text, m.end() + nxt.end()):
            return True
        prev = re.search(r"([^\W\d_][\w'’-]*)\s+$", text[max(sent.start, m.start() - 30):m.start()])
        if prev is not None:
            at = m.start() - len(prev.group(0))
            hit = pat.match(text, at)
            if hit is not None and hit.end() == at + len(prev.group(1)):
                return True  # the whole word before the noun is a fighters' word
    if actor is None:
        return False
    intro = grammar.words("linkers", lex.lang) | {fold(w) for w in lex.raw.get("actor_roles", {}).get("agent_intro", [])} \
        | grammar.words("articles", lex.lang)
    for a, b, code in lex.find_coded("actors", text, sent.start, sent.end):
        if code == actor:
            continue
        if b <= m.start():
            gap = text[b:m.start()]
        elif a >= m.end():
            gap = text[m.end():a]
        else:
            continue
        words = _GAP_WORD.findall(gap)
        if re.search(r"[,;:.()«»\"“”]", gap) or len(words) > 2:
            continue
        if b <= m.start() and not words:
            return True  # "Houthi attacks", "Russian strikes"
        if a >= m.end() and words and all(fold(w) in intro for w in words):
            return True  # "attacks by the Houthis", "les attaques du Hamas"
    return False


def _struck_country(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """Is what the strike noun ending at pos struck a whole country, named right after its
    target preposition ("удару по Лівану")? Without articles the singular counts one strike
    only on one target (CONVENTIONS, Numbers)."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("actor_roles.target_intro"):
        return False
    intro = lex.search("actor_roles.target_intro", text, pos, min(sent.end, pos + 20))
    if intro is None or text[pos:intro.start()].strip():
        return False
    window = text[intro.end():min(sent.end, intro.end() + 40)]
    return any(not window[:c.start].strip() for c in _countries(ctx, window))


def _headline_verb(ctx: Ctx, sent: Sentence, m) -> bool:
    """Is the plural-looking strike word at m the present-tense verb of a headline, right
    after the side that strikes and before its object's name or article ("US strikes Al
    Shabaab in Somalia", "Israel strikes the Houthis' port")? It counts no strikes. Only where
    the lexicon puts the subject first (meta subject_first); not before a day or month name
    ("U.S. strikes Monday killed ...")."""
    lex, text = ctx.lex, ctx.text
    if not lex.raw.get("meta", {}).get("subject_first"):
        return False
    if not any(b <= m.start() and not text[b:m.start()].strip() for _, b, _ in sent.mentions):
        return False
    nxt = re.match(r"\s+([^\W\d_][\w'’-]*)", text[m.end():m.end() + 40])
    if nxt is None:
        return False
    word = nxt.group(1)
    lead = grammar.words("articles", lex.lang) | grammar.words("indefinites", lex.lang)
    dates = {w.lower() for key in ("weekdays", "months") for w in lex.raw.get("dates", {}).get(key, {})}
    if word.lower() in dates:
        return False
    named = any(a == m.end() + nxt.start(1) for a, _, _ in sent.mentions)   # "strikes al-Shabaab"
    return word.lower() in lead or word[:1].isupper() or named


# At most this many words between a plural strike noun's preposition and the side named as
# struck by it ("attacks against U.S. forces", "attacks on Israeli towns")
STRUCK_SIDE_WORDS = 3


def _strikes_on_actor(ctx: Ctx, sent: Sentence, m, actor: str | None) -> bool:
    """Does the strike noun at m name the event's actor as what it struck, through a target
    preposition after it ("recent attacks against U.S. forces", "attaques contre les forces de
    l'Union")? Those strikes are the other side's, no plural of the actor's own."""
    lex, text = ctx.lex, ctx.text
    if actor is None or not lex.has("actor_roles.target_intro"):
        return False
    for a, _, code in sent.mentions:
        if code != actor or a <= m.end() or a - m.end() > 80:
            continue
        gap = text[m.end():a]
        if re.search(r"[,;:.()\"“”«»]", gap):
            continue
        intro = lex.search("actor_roles.target_intro", text, m.end(), a)
        if intro is None or text[m.end():intro.start()].strip():
            continue
        if tokens_between(ctx, intro.end(), a) <= STRUCK_SIDE_WORDS:
            return True
    return False


def _told_by_verb(ctx: Ctx, d: Draft, singles: list) -> bool:
    """Does a strike verb of the event's sentences tell the strike ("struck a depot and
    positions", "han bombardeado posiciones"), beside the singular strike nouns? Then "the
    strike" names again what the verb told, and how many strikes that was is not said. A verb
    after the strike noun in its clause ("the strike hit a depot", "der Drohnenangriff habe ein
    Fahrzeug zerstört") tells what that strike did, no strike of its own."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("triggers.strike_verbs"):
        return False
    for sent in d.sentences:
        nouns = [a for a, _, s in singles if s is sent]
        for vm in lex.finditer("triggers.strike_verbs", text, sent.start, sent.end):
            if any(a < vm.start() and same_unit(ctx, sent.start, sent.end, a, vm.start()) for a in nouns):
                continue  # the strike noun's own verb: "the strike hit a depot", "der Angriff habe ... zerstört"
            return True
    return False


def _many_counted(counts: dict | None) -> bool:
    """Does the event count more than one sortie or target?"""
    return any(isinstance((counts or {}).get(k), int) and counts[k] > 1 for k in ("sorties", "targets"))


def _weapons_counted_after(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """Does a number follow the singular strike noun ending at pos right away, counting what
    it was made of ("удар двумя ракетами", "удару чотирма ракетами")? Then the singular names
    a strike of several weapons, not how many strikes there were. A date ("удар 12 мая") or
    an article is no such number."""
    gap = re.match(r"\s+", ctx.text[pos:pos + 3])
    if gap is None:
        return False
    nm = ctx.numpat.match(ctx.text, pos + gap.end())
    if nm is None or nm.end() > sent.end or nm.group().strip().lower() in _articles_only():
        return False
    # what it counts is a weapon ("ракетами", "дронами"), right after it or past one word;
    # "saldırıda 6 terörist öldürüldü", "saldırıda 6 kişinin": the dead, not weapons
    if not any(ctx.lex.has(k) and ctx.lex.pat(k).match(ctx.text, g)
               for g in _word_gaps(ctx.text, nm.end(), sent.end, 1) for k in MEANS_KEYS):
        return False
    return not any(m.start <= nm.start() and nm.end() <= m.end for m in sent.dates)


def _enemy_attacks(ctx: Ctx, start: int, m) -> bool:
    """Is the strike noun m qualified by a fighters' word, right after it or between the number
    and it ("deux attaques terroristes", "two terrorist attacks", "iki terör saldırısı")? Those
    are attacks by the armed group, no strikes of the event's actor."""
    lex = ctx.lex
    if not lex.has("counts.combatants"):
        return False
    pat = lex.pat("counts.combatants")
    nxt = re.match(r"\s+", ctx.text[m.end():m.end() + 3])
    if nxt is not None and pat.match(ctx.text, m.end() + nxt.end()):
        return True
    return any(pat.match(ctx.text, g) for g in _word_gaps(ctx.text, start, m.start()) if g < m.start())


def _modifies_weapon(ctx: Ctx, m, limit: int) -> bool:
    """Is the strike noun matched by m a modifier that a weapon noun follows right away
    ("strike UAVs", "strike drones": grammar.weapon_modifiers, in languages whose modifiers
    precede the noun)? Then it says what the weapons are for, and the number before it counts
    the weapons, not strikes ("удар дронами", "غارة بطائرة": a strike by drones, still counts)."""
    if fold(m.group().strip()) not in grammar.words("weapon_modifiers", ctx.lex.lang):
        return False
    if any(ctx.lex.has(k) and (w := ctx.lex.pat(k).match(ctx.text, m.start())) is not None and w.end() > m.end()
           for k in MEANS_KEYS):
        return True  # the first word of a weapon's name ("bombardıman uçağının": of the bomber)
    pos = m.end()
    gap = re.match(r"[ \t]+", ctx.text[pos:pos + 3])
    if gap is None or pos + gap.end() >= limit:
        return False
    return any(ctx.lex.has(k) and ctx.lex.pat(k).match(ctx.text, pos + gap.end()) for k in MEANS_KEYS)


def _inside_weapon(ctx: Ctx, sent: Sentence, m) -> bool:
    """Does the strike noun matched by m stand inside the name of a drone or missile that
    starts before it ("طائرة مسيرة هجومية", an attack drone, its modifier after the noun)? It
    says what the weapon is for; the number before the weapon counts weapons, not strikes."""
    return any(ctx.lex.has(k) and any(a < m.start() < b for a, b in _spans(ctx.lex, k, ctx.text, sent.start, sent.end))
               for k in ("operations.drone_strike", "operations.missile_strike"))


def _strike_verb_form(ctx: Ctx, m, listed: set) -> bool:
    """Is the word matched at m by a stem of the strike nouns ("атак*", "обстрел*") a form of
    a strike verb ("атаковал", "обстріляли": the lexicon's triggers.strike_verbs), not a noun
    in the plural? A word the strike nouns list by its spelling stays a noun."""
    word = ctx.text[m.start():m.end()]
    if " " in word or word.lower() in listed or not ctx.lex.has("triggers.strike_verbs"):
        return False
    verb = ctx.lex.pat("triggers.strike_verbs").match(ctx.text, m.start())
    return verb is not None and verb.end() == m.end()


def _singular_by_agreement(ctx: Ctx, m) -> bool:
    """Is the one-word strike noun at m singular by the adjective right before it, whose
    ending only a singular takes (grammar.singular_adjective_endings: "нічної атаки", where
    "атаки" alone could be the plural)?"""
    endings = grammar.words("singular_adjective_endings", ctx.lex.lang)
    if not endings or " " in ctx.text[m.start():m.end()].strip():
        return False
    prev = re.search(r"([^\W\d_]+)\s+$", ctx.text[max(0, m.start() - 30):m.start()])
    if prev is None:
        return False
    word = fold(prev.group(1), ctx.lex.lang)
    return any(word.endswith(e) and len(word) > len(e) + 2 for e in endings)


def _definite_singular(ctx: Ctx, m, listed: set, key: str = "articles") -> bool:
    """Is the strike noun matched at m a singular after a definite article ("der Angriff", "el
    ataque"): matched only through its forms (the lexicon lists the plural, "Angriffe"), so it
    names the strike already told again, not strikes in the plural? With key "indefinites", a
    singular after the indefinite article ("un ataque israelí"): one strike, no plural either."""
    if ctx.text[m.start():m.end()].lower() in listed:
        return False
    if key == "articles" and _prefixed_definite_singular(ctx, m):
        return True
    return _article_right_before(ctx, m.start(), key) is not None


def _restated_singular(ctx: Ctx, m, listed: set) -> bool:
    """Is the strike noun matched at m a singular (matched only through its forms) after a
    demonstrative or an ordinal of the first (grammar.restating_determiners: "cette attaque",
    "la première attaque de drone", "el primer ataque con dron")? It names the strike already
    told again, no plural of strikes whose number is not said."""
    words = grammar.words("restating_determiners", ctx.lex.lang)
    if not words or ctx.text[m.start():m.end()].lower() in listed:
        return False
    before = _GAP_WORD.findall(ctx.text[max(0, m.start() - 30):m.start()])
    return bool(before) and fold(before[-1]) in words and \
        not re.search(r"[,;:.]", ctx.text[m.start() - len(before[-1]) - 2:m.start()])


def _indefinite_by_prefix(ctx: Ctx, a: int, b: int) -> bool:
    """Is the singular strike noun matched at [a, b) indefinite in a language whose definite
    article is written on the noun (grammar article_prefixes): its word, past a glued
    conjunction or preposition, does not open with the article ("ضربة", "بغارة", not
    "الضربة", "بالغارة")? Languages without such an article have no indefinite by form."""
    prefixes = grammar.words("article_prefixes", ctx.lex.lang)
    if not prefixes:
        return False
    start = a
    while start > 0 and (ctx.text[start - 1].isalpha() or unicodedata.category(ctx.text[start - 1]) == "Mn"):
        start -= 1
    word = ctx.text[start:b]
    clitics = grammar.words("conjunction_clitics", ctx.lex.lang) | grammar.words("preposition_clitics", ctx.lex.lang)
    for cut in range(0, 3):
        if cut and not all(ch in clitics for ch in word[:cut]):
            break
        rest = word[cut:]
        # "لل": the preposition ل on the article, its alif dropped ("للغارة")
        if any(rest.startswith(p) for p in prefixes) or (cut and word[cut - 1] == "ل" and rest.startswith("ل")):
            return False
    return True


def _prefixed_definite_singular(ctx: Ctx, m) -> bool:
    """A strike noun with the article written on it (grammar article_prefixes, after a glued
    conjunction or preposition at most) and no plural or dual ending (grammar plural_endings):
    "لم يسفر الهجوم عن مقتل مدنيين" (the attack caused no civilian deaths) names the one strike
    told again."""
    prefixes = grammar.words("article_prefixes", ctx.lex.lang)
    endings = tuple(grammar.words("plural_endings", ctx.lex.lang))
    if not prefixes or not endings:
        return False
    word = ctx.text[m.start():m.end()]
    clitics = tuple(grammar.words("conjunction_clitics", ctx.lex.lang) | grammar.words("preposition_clitics", ctx.lex.lang))
    for p in prefixes:
        at = word.find(p)
        if at < 0 or at > 2 or any(ch not in "".join(clitics) for ch in word[:at]):
            continue
        rest = word[at + len(p):]
        return len(rest) >= 3 and " " not in rest and not rest.endswith(endings)
    return False


_ARTICLE_BEFORE = re.compile(r"(?:(?<![\w'’])|(?<=\w['’]))([^\W\d_]+)(\s+|['’])$")
# a particle elided onto the next word ("d'", "qu'", "l'"): what _single_strike drops to find
# the article after it ("d'une frappe")
_ELIDED_PARTICLE = re.compile(r"^[^\W\d_]{1,5}['’](?=[^\W\d_])")


def _unelided(ctx: Ctx, word: str) -> str:
    """The article an elided particle is glued onto ("d'une" -> "une", "qu'un" -> "un"); any
    other word as it is ("l'armée", "об'єктах")."""
    m = _ELIDED_PARTICLE.match(word)
    if m is None:
        return word
    rest = word[m.end():]
    lang = ctx.lex.lang
    return rest if fold(rest) in grammar.words("articles", lang) | grammar.words("indefinites", lang) else word


def _article_right_before(ctx: Ctx, pos: int, key: str = "articles") -> int | None:
    """Where the article (grammar.<key> of the document's language) that stands right before
    pos starts: "the strike", "el ataque", or elided onto the noun, "l'attaque". None if no
    article stands there."""
    m = _ARTICLE_BEFORE.search(ctx.text, max(0, pos - 12), pos)
    if m is None:
        return None
    word = m.group(1) + ("'" if m.group(2) in "'’" else "")
    return m.start() if fold(word) in grammar.words(key, ctx.lex.lang) else None


def _articles_only() -> frozenset:
    """Articles that are no count of strikes, sorties or targets: the indefinite articles and
    the numerals that double as one (grammar.article_numerals)."""
    return grammar.words("indefinites") | grammar.words("article_numerals")


@lru_cache(maxsize=1)
def _gap_stop() -> frozenset:
    """Words that end the gap between a number and its noun ("two strikes on ...": the
    noun cannot lie past "on"): prepositions, linkers and coordinators of every language."""
    return grammar.bare("prepositions", "linkers", "coordinators")


# spaces, quotes, brackets, a numeral restated in brackets ("killed two (2) terrorists") and
# the acronym of the name before it ("killed 30 Islamic State West Africa Province (ISWAP)
# fighters": the bracket restates the name, it adds no word)
_GAP_SPACE = re.compile(r"(?:\(\d+\)|\([A-Z][A-Z0-9/&-]{1,9}\)|[\s\"«»“”'’\[\]()])+")


_GAP_WORD = re.compile(r"[^\W\d][\w'’/.-]*")
_WORD_REST = re.compile(r"[\w'’/.-]*")


def _word_gaps(text: str, pos: int, end: int, max_words: int = 3, names: tuple = ()):
    """Positions where a noun may start after a number: right after it, or after up to
    `max_words` intervening words (adjectives, group names, quotes); a side's name among
    `names` ((start, end) spans: "Islamic State") counts as one word."""
    i = pos
    for _ in range(max_words + 1):
        m = _GAP_SPACE.match(text, i)
        if not m:
            return
        i = m.end()
        if i >= end:
            return
        if "\n" in m.group() and text[i:i + 1].isupper():
            return  # "4 killed, 11 wounded" ending a headline line, "Airstrikes hit ..." the next
        yield i
        w = _GAP_WORD.match(text, i)
        if not w or w.group().lower() in _gap_stop():
            return
        i = next((b for a, b in names if a == i and b > w.end()), w.end())
        i = _WORD_REST.match(text, i).end()  # "Islamic State-West Africa": the word goes on
