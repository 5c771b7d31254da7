"""Measure every rule that drops a candidate event (a side of a strike sentence, or a whole
story) on the allowed evaluation sets, without changing any output.

    /work/main/.venv/bin/python tools/drop_rules.py [--sets dev real ...] [--list wrong|right|all] [--rule R]

The engine is instrumented at run time only: extractors.events is re-executed from its own
source with a logging call beside each drop (a sentence suppressed, a side in the denied set,
a story returned empty, ...), and the helpers of triggers.analyse_sentence that suppress a
sentence are wrapped to name the rule. For every side a rule drops in a document:
  WRONG  the reference has an event of that side and the output has none
  RIGHT  neither the reference nor the output has one
  moot   the output has an event of that side anyway (another sentence gave it)
Held-out sets (real2, real3, real21) are refused; real6 is scored as counts only (never listed).
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.getcwd())

from extractors import events, triggers  # noqa: E402
from extractors.evaluate import read_jsonl  # noqa: E402
from extractors.scoreboard import eval_sets  # noqa: E402

FORBIDDEN = {"real2", "real3", "real21"}
ALLOWED = ["dev", "dev2", "team", "real"] + [f"real{i}" for i in range(4, 20) if i != 6]

LOG: list = []          # (rule, code) of the current document
TAGS: dict = {}         # id(sentence) -> rule that suppressed it

# the helpers of analyse_sentence that suppress a sentence on their own
for _name in ("_recalled", "_sequel_of_report", "_conditional_strike", "_subjunctive_strike",
              "_rejects_charge", "_negated"):
    _orig = getattr(triggers, _name)

    def _wrap(ctx, sent, *a, _o=_orig, _n=_name, **k):
        r = _o(ctx, sent, *a, **k)
        if r and id(sent) not in TAGS:
            TAGS[id(sent)] = _n.strip("_")
        return r
    setattr(triggers, _name, _wrap)

_analyse = triggers.analyse_sentence


def _analyse_tagged(ctx, sent, *a, **k):
    r = _analyse(ctx, sent, *a, **k)
    if not sent.suppressed:
        TAGS.pop(id(sent), None)   # (a helper said yes, an exception kept the sentence)
    if sent.suppressed and id(sent) not in TAGS:
        why = sent.suppressed
        if why == "historical":
            why = "cue_historical" if ctx.lex.has("cues.historical") and \
                ctx.lex.search("cues.historical", ctx.text, sent.start, sent.end) is not None else "year_before_ref"
        else:
            why = "cue_" + why
        TAGS[id(sent)] = why
    return r


triggers.analyse_sentence = _analyse_tagged

# build_events' own drops, named by what the line tests
HIST_LINES = [("threat_story", "if threat_story and"), ("first_since", "first_ordinals"),
              ("earlier_period", "earlier = earlier_period"), ("earlier_day", "EARLIER_DAY_DAYS for m in"),
              ("strike_of_earlier_period", "_strike_of_earlier_period(ctx, sent, bool(drafts))"),
              ("appositive_participle", "_appositive_agent_participle(ctx, sent,"),
              ("earlier_clause_or_participle", "_new_side_in_earlier_clause(ctx, sent, chosen")]


def _instrumented_source() -> str:
    src = open(events.__file__, encoding="utf-8").read()
    lines = src.split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("def build_events("))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("def "))
    current = None
    out = lines[:start]
    docret = iter(["non_military_story", "exercise_story", "crash_story", "historical_story"])
    for i in range(start, end):
        l = lines[i]
        for name, probe in HIST_LINES:
            if probe in l:
                current = name
        ind = l[:len(l) - len(l.lstrip())]
        if 'sent.suppressed = "historical"' in l:
            l = l + f'; _DT(sent, "{current}")'
        elif l.strip() == "return []":
            l = f'{ind}return _DOC(ctx, sents, "{next(docret)}")'
        elif l.strip() == "if not sent.strike or sent.suppressed:":
            out.append(f"{ind}if sent.strike and sent.suppressed: _DS(sent, [c for _, _, c in chosen] or "
                       f"[c for _, _, c in sent.actors] or ([last_actor] if last_actor else []))")
        elif l.strip() == "chosen = []" and "_defender_restates_weapons_hit" in "\n".join(lines[i - 8:i]):
            out.append(f"{ind}_D('source_of_told_strike', [c for _, _, c in chosen])")
        if l.strip().startswith("code = _lede_speaker(ctx, sents, lede[0], denied)"):
            out.append(l)
            l = f"{ind}_D('lede_without_speaker', ['?'] if code is None else [])"
        elif l.strip() == "continue  # a running total with no daily figure beside it is not coded":
            l = f"{ind}_D('running_total_only', [code]); continue"
        elif l.strip() == "if code in denied:":
            l = l[:-1] + " and _D('denied_set', [code]) is None:"
        elif l.strip() == "if _uncoded_group_subject(ctx, sent):":
            l = l.replace("if _uncoded_group_subject(ctx, sent):",
                          "if _uncoded_group_subject(ctx, sent) and _D('uncoded_group_subject', [last_actor]) is None:")
        elif l.strip() == "if code in spared and event.get(\"claimant\") not in (None, code):":
            l = l[:-1] + " and _D('spared', [code]) is None:"
        out.append(l)
    out += lines[end:]
    return "\n".join(out)


def _D(rule, codes):
    for c in codes:
        if c:
            LOG.append((rule, c))


def _DT(sent, rule):
    TAGS[id(sent)] = rule


def _DS(sent, codes):
    # (a strike sentence dropped before any side is named: its side is unknown, "?")
    _D(TAGS.get(id(sent), sent.suppressed), codes or ["?"])


def _DOC(ctx, sents, rule):
    _D(rule, [c for s in sents if s.strike and not s.suppressed for _, _, c in s.actors])
    return []


def install():
    src = _instrumented_source()
    events.__dict__.update(_D=_D, _DT=_DT, _DS=_DS, _DOC=_DOC)
    exec(compile(src, events.__file__, "exec"), events.__dict__)
    orig = events._allegations_answered

    def _alleg(ctx, sents):
        before = {id(s) for s in sents if s.suppressed}
        orig(ctx, sents)
        for s in sents:
            if s.suppressed and id(s) not in before:
                TAGS[id(s)] = "allegation_answered"
    events._allegations_answered = _alleg
    from extractors import engine
    engine.extract = events.extract


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="*")
    ap.add_argument("--list", choices=["wrong", "right", "all"])
    ap.add_argument("--rule")
    ap.add_argument("--bylang", action="store_true")
    a = ap.parse_args()
    sets = a.sets or ALLOWED
    assert not FORBIDDEN & set(sets), "held-out sets are forbidden"
    install()
    from extractors.contract import extract_document
    tab = defaultdict(Counter)
    lang_tab = defaultdict(Counter)
    rows = []
    for name in sets:
        for gold_p, docs_p in eval_sets()[name]:
            gold, docs = read_jsonl(gold_p), read_jsonl(docs_p)
            for did, doc in docs.items():
                LOG.clear()
                TAGS.clear()
                pred = extract_document(doc)["events"]
                g = {str(e.get("actor", "")).upper() for e in (gold.get(did) or {}).get("events") or []}
                p = {str(e.get("actor", "")).upper() for e in pred}
                lang = doc.get("lang") or did[:2]
                for rule, code in sorted(set(LOG)):
                    c = str(code).upper()
                    if c == "?":   # no side named: wrong if a reference side has no event
                        k = "noside_wrong" if g - p else "noside_right"
                    else:
                        k = "moot" if c in p else "WRONG" if c in g else "RIGHT"
                    tab[rule][k] += 1
                    lang_tab[rule][(lang, k)] += 1
                    if k != "moot":
                        rows.append((rule, k, name, lang, did, c, sorted(g), sorted(p)))
    print(f"{'rule':32s} {'WRONG':>5s} {'RIGHT':>5s} {'moot':>5s}   no side named: wrong/right")
    for rule, c in sorted(tab.items(), key=lambda kv: -kv[1]["WRONG"]):
        print(f"{rule:32s} {c['WRONG']:5d} {c['RIGHT']:5d} {c['moot']:5d}   {c['noside_wrong']:3d}/{c['noside_right']:3d}")
        if a.bylang:
            langs = sorted({l for l, _ in lang_tab[rule]})
            print("    " + "  ".join(f"{l}:{lang_tab[rule][(l, 'WRONG')]}/{lang_tab[rule][(l, 'RIGHT')]}" for l in langs))
    if a.list:
        for rule, k, name, lang, did, c, g, p in rows:
            if name == "real6" or (a.rule and rule != a.rule):
                continue
            if a.list == "all" or k.lower().endswith(a.list):
                print(f"{rule} {k} {name} {lang} {did} side={c} gold={g} pred={p}")


if __name__ == "__main__":
    main()
