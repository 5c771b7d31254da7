"""Clauses: each sentence cut into the clauses its predicates head, so that a strike
predicate takes its agent, its object and its numbers from its own clause first.

A sentence is cut at
- hard punctuation: ``;``, ``:`` before a space, a lone dash between spaces;
- brackets and a pair of dashes (a parenthetical, ``paren``);
- the words of the lexicon's ``[clauses]`` section: a relative pronoun (``relative``: "which",
  "qui", "который", "الذي"), a subordinator (``subordinate``: "after", "nachdem", "когда"),
  a coordinator that starts a new predicate (``coordinate``: "but", "mais", "но"), words that
  do so only right after a comma (German "der/die/das", Spanish "que"), a verb with "and"/"so"
  glued to it (Arabic و/ف + a verb of the lexicon), and, in a head-final language, a word
  ending in a converb suffix (Turkish "-ken", "-arak"), which closes a side clause;
- a reporting frame: "X said that ..." makes the words before the complementizer a
  ``reporting`` clause; a short tail ", said the army." is one too.

A relative, subordinate or parenthetical clause (a *side* clause) ends at the next comma or
closing bracket, where the clause it interrupted goes on: both parts of that clause share
one ``unit``. Offsets are the document's; words are cut by ``forms.word_pattern`` (the same
tokens form matching uses, without their lemma keys), so distances are counted in words, not
characters.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .document import _spans
from .forms import fold, word_pattern

# Kinds of clause that modify something in another clause rather than carry the sentence's
# own predicate: a group named there is not the subject of a predicate outside it.
SIDE = frozenset({"relative", "subordinate", "paren"})

# The longest tail after a sentence's last comma that can still be a reporting frame
# (", the army said in a statement on Monday."): longer tails are clauses with content.
REPORT_TAIL_TOKENS = 12

# Brackets around fewer words than this hold no clause: a numeral restated ("two (2)
# terrorists"), an acronym ("Central Command (CENTCOM) said").
PAREN_MIN_WORDS = 3

# The verb groups whose words, with "and"/"so" glued before them (Arabic وقال, فأغارت),
# start a new clause.
_PROCLITIC_VERBS = ("claims.verbs", "triggers.strike_verbs", "triggers.impact_verbs",
                    "triggers.light_verbs", "counts.killed", "triggers.death_verbs")

# Words that make a tail after a comma a claim's content rather than its frame.
_CONTENT = ("triggers.strike_verbs", "triggers.strike_nouns", "triggers.impact_verbs",
            "counts.strikes", "counts.targets", "counts.sorties")

_PUNCT = re.compile(r"[;؛]|:(?=\s)|\s[—–]\s|\s--\s|[()]|[,،]")


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    kind: str   # main | coordinate | reporting | relative | subordinate | paren
    unit: int   # the parts of one clause interrupted by a side clause share their unit

    @property
    def side(self) -> bool:
        return self.kind in SIDE


def sentence_clauses(ctx, s: int, e: int) -> tuple[Clause, ...]:
    """The clauses of the sentence text[s:e], in order, covering it; made once per sentence."""
    cache = ctx.clause_cache
    hit = cache.get((s, e))
    if hit is None:
        hit = cache[(s, e)] = _split(ctx, s, e)
    return hit


def clause_at(ctx, s: int, e: int, pos: int) -> Clause:
    """The clause of the sentence text[s:e] that holds offset pos."""
    parts = sentence_clauses(ctx, s, e)
    starts = ctx.clause_cache.get(("starts", s, e))
    if starts is None:
        starts = ctx.clause_cache[("starts", s, e)] = [c.start for c in parts]
    return parts[max(0, bisect_right(starts, pos) - 1)]


def same_unit(ctx, s: int, e: int, a: int, b: int) -> bool:
    """Do offsets a and b stand in one clause (its parts around a side clause count as one)?"""
    return clause_at(ctx, s, e, a).unit == clause_at(ctx, s, e, b).unit


def unit_end(ctx, s: int, e: int, pos: int) -> int:
    """Where the part of the clause holding pos ends: a number or a role read from pos
    onwards stops there."""
    return clause_at(ctx, s, e, pos).end


def tokens_between(ctx, a: int, b: int) -> int:
    """How many words start at or after offset a and before offset b: from the end of one
    phrase to the start of the next, the words in between."""
    starts = _token_starts(ctx)
    return max(0, bisect_left(starts, b) - bisect_left(starts, a))


def tokens_after(ctx, pos: int, n: int, end: int) -> int:
    """Where the n-th word from pos ends (at most `end`): a window of n words."""
    toks = _tokens(ctx, pos, end)
    return toks[n - 1].end if len(toks) >= n else end


def tokens_before(ctx, pos: int, n: int, start: int) -> int:
    """Where the n-th word before pos starts (at least `start`): a window of n words."""
    starts = _token_starts(ctx)
    i = bisect_left(starts, pos) - n
    return max(start, starts[i]) if i >= 0 else start


class _Word:
    """A word's offsets: all the clause rules read of a word (lighter to make than a
    ``forms.Token``, whose keys it does not need, for each word of every document)."""

    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def _doc_words(ctx) -> list:
    """The document's words as forms.tokenize cuts them, offsets only: their lemma keys are
    not needed here, and a language matched by spelling (English) never pays for them."""
    toks = ctx.clause_cache.get("tokens")
    if toks is None:
        # the document's form tokens, when its lexicon already cut them (a language matched
        # by form): the same words by the same pattern, with the same offsets
        memo = getattr(ctx.lex, "memo", None)
        toks = memo.get("tokens") if memo is not None and getattr(ctx.lex, "text", None) is ctx.text else None
        if toks is None:
            toks = [_Word(*m.span()) for m in word_pattern(ctx.lex.lang).finditer(ctx.text)]
        ctx.clause_cache["tokens"] = toks
    return toks


def _token_starts(ctx) -> list[int]:
    starts = ctx.clause_cache.get("starts")
    if starts is None:
        starts = ctx.clause_cache["starts"] = [t.start for t in _doc_words(ctx)]
    return starts


def _tokens(ctx, s: int, e: int) -> list:
    toks = _doc_words(ctx)
    starts = _token_starts(ctx)
    return toks[bisect_left(starts, s):bisect_left(starts, e)]


def _marks(ctx, s: int, e: int) -> list[tuple[int, int, str]]:
    """(position, order, what) of everything that may cut the sentence; the cut is at
    position, and the new part starts there."""
    text, lex = ctx.text, ctx.lex
    out: list[tuple[int, int, str]] = []
    for m in _PUNCT.finditer(text, s, e):
        ch = m.group().strip()
        if ch in ",،":
            out.append((m.end(), 0, "comma"))
        elif ch == "(":
            close = text.find(")", m.end(), e)
            if close < 0 or len(_tokens(ctx, m.end(), close)) >= PAREN_MIN_WORDS:
                out.append((m.end(), 1, "open_paren"))
        elif ch == ")":
            open_ = text.rfind("(", s, m.start())
            if open_ < 0 or len(_tokens(ctx, open_, m.start())) >= PAREN_MIN_WORDS:
                out.append((m.end(), 0, "close_paren"))
        elif ch in ("—", "–", "--"):
            out.append((m.start(), 1, "dash"))
        else:
            out.append((m.end(), 1, "hard"))

    def after_comma(pos: int) -> bool:
        return text[max(s, pos - 4):pos].rstrip()[-1:] in (",", "،")

    for key, what in (("clauses.relative", "relative"), ("clauses.subordinators", "subordinate"),
                      ("clauses.coordinators", "coordinate")):
        if lex.has(key):
            out += [(a, 2, what) for a, _ in _spans(lex, key, text, s, e)]
    if lex.has("clauses.after_comma"):
        out += [(a, 2, "relative") for a, _ in _spans(lex, "clauses.after_comma", text, s, e) if after_comma(a)]
    if lex.has("claims.complementizers"):
        out += [(a, 2, "complementizer") for a, _ in _spans(lex, "claims.complementizers", text, s, e)]
    raw = lex.raw.get("clauses", {})
    # (folded once a lexicon, not once a sentence)
    suffixes, not_closing = lex.derived("clauses.closing_suffixes folded", lambda: (
        tuple(fold(x, lex.lang) for x in raw.get("closing_suffixes", [])),
        tuple(fold(x, lex.lang) for x in raw.get("not_closing", []))))
    proclitics = tuple(raw.get("verb_proclitics", []))
    if suffixes or proclitics:
        verbs = [lex.patterns[k] for k in _PROCLITIC_VERBS if k in lex.patterns]
        for t in _tokens(ctx, s, e):
            word = text[t.start:t.end]
            if suffixes and not word[:1].isupper():
                low = fold(word, lex.lang)
                # (a word ending in none of the suffixes, most words, is passed at once)
                if low.endswith(suffixes) and any(low.endswith(x) and len(low) - len(x) >= 3 for x in suffixes) and \
                        not low.endswith(not_closing or ("\0",)):
                    out.append((t.end, 3, "close_side"))
            if proclitics and word.startswith(proclitics) and len(word) > 3 and \
                    any(p.fullmatch(word[1:]) for p in verbs):
                out.append((t.start, 2, "coordinate"))
    return sorted(out)


def _split(ctx, s: int, e: int) -> tuple[Clause, ...]:
    text = ctx.text
    parts: list[list] = []          # [start, end, kind, unit]
    units = itertools.count(1)
    cur = [s, e, "main", next(units)]
    stack: list[list] = []          # clauses interrupted by a side clause
    last_comma = s
    dash_open = False

    def cut(pos: int, kind: str, unit: int) -> None:
        nonlocal cur
        if pos <= cur[0]:
            cur[2], cur[3] = kind, unit   # nothing before the cut: the part takes the new kind
            return
        cur[1] = pos
        parts.append(cur)
        cur = [pos, e, kind, unit]

    def resume(pos: int) -> None:
        if stack:
            outer = stack.pop()
            cut(pos, outer[2], outer[3])

    marks = _marks(ctx, s, e)
    last_dash = max((p for p, _, w in marks if w == "dash"), default=-1)
    for pos, _, what in marks:
        if not s <= pos <= e:
            continue
        if what == "comma":
            if cur[2] in ("relative", "subordinate"):
                resume(pos)
            last_comma = pos
        elif what == "close_paren":
            while stack and cur[2] != "paren":
                resume(pos)
            resume(pos)
        elif what == "open_paren":
            stack.append(list(cur))
            cut(pos, "paren", next(units))
        elif what == "dash":
            if dash_open and cur[2] == "paren":
                resume(pos)
                dash_open = False
            elif pos < last_dash:   # a second dash follows: a parenthetical between two dashes
                stack.append(list(cur))
                cut(pos, "paren", next(units))
                dash_open = True
            else:
                stack.clear()
                cut(pos, "main", next(units))
        elif what == "hard":
            stack.clear()
            cut(pos, "main", next(units))
        elif what in ("relative", "subordinate"):
            if cur[2] not in SIDE:
                stack.append(list(cur))
            cut(pos, what, next(units))
        elif what == "coordinate":
            stack.clear()
            cut(pos, "coordinate", next(units))
        elif what == "complementizer":
            # "X said that ...": the words before it (back to the clause's start) report the claim
            if ctx.lex.has("claims.verbs") and _spans(ctx.lex, "claims.verbs", text, cur[0], pos):
                cur[2] = "reporting"
                stack.clear()
                cut(pos, "main", next(units))
        elif what == "close_side":
            # head-final: the side clause ran from the last comma (or the part's start) to here
            start = max(cur[0], last_comma)
            outer_kind, outer_unit = cur[2], cur[3]
            cut(start, "subordinate", next(units))
            cut(pos, outer_kind, outer_unit)
    cur[1] = e
    parts.append(cur)
    _report_tail(ctx, parts, s, e)
    return tuple(Clause(a, b, k, u) for a, b, k, u in parts if b > a)


def _report_tail(ctx, parts: list[list], s: int, e: int) -> None:
    """"..., the army said." / "..., said the ministry": a short last part after a comma
    that holds a claim verb is the reporting frame, not the claim."""
    lex, text = ctx.lex, ctx.text
    if not lex.has("claims.verbs"):
        return
    last = parts[-1]
    comma = max(text.rfind(",", s, e), text.rfind("،", s, e))
    if comma < 0 or last[2] in SIDE or (comma < last[0] and text[comma + 1:last[0]].strip()):
        return
    tail = max(comma + 1, last[0])
    if len(_tokens(ctx, tail, e)) > REPORT_TAIL_TOKENS or not _spans(lex, "claims.verbs", text, tail, e):
        return
    if lex.has("claims.complementizers") and _spans(lex, "claims.complementizers", text, tail, e):
        return
    if re.search(r"\d", text[tail:e]) or any(lex.has(k) and _spans(lex, k, text, tail, e) for k in _CONTENT):
        return  # verb-final: "X, Suriye'de dokuz hedefe saldırı düzenlediklerini açıkladı" is the claim itself
    unit = max(p[3] for p in parts) + 1
    if tail <= last[0]:
        last[2], last[3] = "reporting", unit
    else:
        last[1] = tail
        parts.append([tail, e, "reporting", unit])


def background_clause(ctx, sent, pos: int, actor: str | None, kinds: tuple = ("subordinate",),
                      any_side: bool = False) -> bool:
    """Is pos in a side clause of the sentence (of one of `kinds`) that tells of another
    side's doing: a clause away from the strike predicate that names a side other than the
    event's actor ("after Hezbollah fired rockets at Haifa, Israeli jets struck Tyre": Haifa is
    where Hezbollah's rockets went)? With `any_side`, an adverbial clause away from the
    predicate is background even when it names no side ("after 3 militants attacked a post").
    A relative clause often names whose the target is ("positions on which Daech relies near
    Mosul"): callers choose whether it counts."""
    s, e = sent.start, sent.end
    clause = clause_at(ctx, s, e, pos)
    if clause.kind not in kinds or not sent.triggers:
        return False
    if clause_at(ctx, s, e, sent.head).unit == clause.unit:
        return False   # the strike predicate itself stands in this clause
    if any_side and clause.kind == "subordinate":
        return True
    return any(clause.start <= a < clause.end and code != actor for a, _, code in sent.mentions)


# how far after a neutralising word its object stands ("знешкодили 15 терористів РПК")
FIGHTERS_OBJECT_WORDS = 3


def cue_on_fighters(ctx, at: int, e: int) -> bool:
    """Whether the object right after an interception or shoot-down word (at: its end; e: the
    sentence's end) is fighters (counts.combatants): "знешкодили 15 терористів" neutralised
    people, not drones in flight."""
    lex, text = ctx.lex, ctx.text
    # (not a word that is an aircraft too, "مقاتلات", fighter jets: the subject after the verb)
    planes = _spans(lex, "operations.airstrike", text, at, min(e, at + 80)) if lex.has("operations.airstrike") else []
    return any(tokens_between(ctx, at, a) <= FIGHTERS_OBJECT_WORDS and not re.search(r"[,;:.]", text[at:a]) and
               (a, b) not in planes
               for a, b in _spans(lex, "counts.combatants", text, at, min(e, at + 80)))


# how far before a passive neutralising word its subject may stand, the group's name and the
# auxiliary between ("П'ятьох терористів РПК було знешкоджено", "cinco terroristas del PKK
# fueron neutralizados")
FIGHTERS_SUBJECT_WORDS = 5


def cue_after_fighters(ctx, s: int, at: int) -> bool:
    """Whether fighters (counts.combatants) are the subject named right before an interception
    or shoot-down word (at: its start; s: the sentence's start), no weapon and no punctuation
    between: "П'ятьох терористів РПК було знешкоджено" neutralised people, not drones in flight
    (the passive order of cue_on_fighters)."""
    lex, text = ctx.lex, ctx.text
    lo = max(s, at - 120)
    weapons = []
    for key in ("operations.drone_strike", "operations.missile_strike"):
        if lex.has(key):
            weapons += _spans(lex, key, text, lo, at)
    # (counted: "П'ятьох терористів"; the subject of an active verb, "Українські військові
    # знешкодили 26 дронів", is the defender and has no number)
    return any(tokens_between(ctx, b, at) <= FIGHTERS_SUBJECT_WORDS and not re.search(r"[,;:.]", text[b:at]) and
               not any(b <= x < at for x, _ in weapons) and
               any(not re.sub(r"[^\W\d_]+", "", text[n.end():a]).strip() and tokens_between(ctx, n.end(), a) <= 1
                   for n in ctx.numpat.finditer(text, max(lo, a - 30), a))
               for a, b in _spans(lex, "counts.combatants", text, lo, at))

