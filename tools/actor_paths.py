"""Which path of the engine gave each predicted event its actor, and how often each path's
events are kept (the reference has an event of that actor) or extra (it has none), per set and
language. Changes no output: it wraps roles.choose_actors and a few events.py helpers of the
running process and reads, when choose_actors returns, which of its branches chose the side.

    cd /work/wt/<you> && /work/main/.venv/bin/python tools/actor_paths.py [--sets dev real5 ...]
        [--by-lang] [--list PATH]       # --list: the extra (and kept) events of one path

Paths (the side that opened the event; a side added to it by coordination is "+coordinated"):
  named_striker        the strike noun's own striker set by triggers ("a Russian missile attack")
  agent                the agent of the strike (roles._is_agent, passive "by X", postposition ...)
  passive:noun_adj     passive, the side's adjective on the strike noun ("killed in Indian strikes")
  passive:weapon_owner passive, the owner of the weapons ("drones of Hezbollah", "Ukrayna'ya ait")
  passive:genitive / passive:relative / undergone / losses_in_strike   (roles.choose_actors)
  speaking_striker     a passive report with no agent: the military body that reports it
  subject_before       a side named before the predicate (or its verb-first subject)
  subject_before:*     ... re-chosen: reported (the subject of the reported clause, not the
                       speaker), colon_label / complementizer (adjective on the strike noun),
                       noun_relative ("ataques que Israel ha perpetrado"), fronted_aux
  fallback_any         no side before the predicate: a side anywhere in the sentence
  carried              no side in the strike sentence: the topic side carried from before
  carried:speaker_back / carried:last_striker / carried:joint   (events.build_events)
  behind / alliance / lede_speaker                              (events.build_events)
A path ending in "/enemy" chose the bare enemy word ("the enemy", "ворог") for the side.
Events pair as extractors.evaluate._pair does (by actor, then cumulative). Held-out sets are
refused.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.getcwd())

from extractors import events as EV, roles as RO  # noqa: E402
from extractors.evaluate import _pair, read_jsonl  # noqa: E402
from extractors.scoreboard import eval_sets  # noqa: E402
from extractors.document import _spans  # noqa: E402

FORBIDDEN = {"real2", "real3", "real21"}
ALLOWED = ["dev", "dev2", "team", "real"] + [f"real{i}" for i in range(4, 20) if i != 6]

_ORIG_CHOOSE = RO.choose_actors
_STATE = {"sent": None, "labels": {}, "hooks": {}, "where": {}}


def _noun_or_owner(ctx, sent, best) -> str:
    """The passive stage that reads the strike noun's adjective and the weapons' owner."""
    if RO._modifies_strike_noun(ctx, sent, best[0], best[1]):
        return "passive:noun_adj"
    if RO._owner_after_weapon(ctx, sent, best[0]):
        return "passive:weapon_owner"
    return "passive:weapon_owner_before"


def _marker_lines() -> dict:
    """Line numbers of choose_actors' agent stages, by the text that opens each."""
    import inspect
    src, first = inspect.getsourcelines(_ORIG_CHOOSE)
    marks = [("agent", "agents = [a for a in sent.actors if _is_agent("),
             ("passive:noun_adj", "agents = [a for a in sent.actors if _modifies_strike_noun("),
             ("passive:genitive", "agents = [a for a in sent.actors if _genitive_of_strike_noun("),
             ("passive:relative", "agents = [a for a in sent.actors if _relative_subject_of_strike_noun("),
             ("undergone", "agents = [a for a in sent.actors if a[0] >= head_end"),
             ("undergone", "agents = _undergone_noun_agent("),
             ("losses_in_strike", "agents = _losses_in_strike_of(")]
    out = {}
    for name, text in marks:
        for i, line in enumerate(src):
            if text in line:
                out[first + i] = name
    return out   # line -> stage


def _classify(ctx, sent, loc: dict, lines: set, ret) -> dict:
    """code -> path label of one choose_actors call."""
    if not ret:
        return {}
    marks = _STATE.setdefault("marks", _marker_lines())
    labels = {}
    if "first_trig" not in loc:
        if sent.named_striker:
            main = "named_striker"
        elif sent.passive and sent.interception:
            main = "interception_owner"
        else:
            main = "speaking_striker"
        best = ret[0]
    elif "pool" not in loc:
        main, best = "speaking_striker", ret[0]
    else:
        pool, agents, before = loc.get("pool"), loc.get("agents"), loc.get("before")
        best = loc.get("best", ret[0])
        if agents and pool is agents:
            # the last agent stage that ran gave the agents (each runs only when none before did)
            ran = [name for ln, name in sorted(marks.items()) if ln in lines]
            main = ran[-1] if ran else "agent"
            if main == "passive:noun_adj":
                main = _noun_or_owner(ctx, sent, best)
        elif before and pool is before:
            main = "subject_before"
            if loc.get("rel") and best in loc["rel"]:
                main = "subject_before:noun_relative"
            elif best[0] > loc["first_trig"]:
                main = "subject_before:after_verb_or_adj"
            elif pool and best is not pool[0]:
                main = "subject_before:reported"
        else:
            main = "fallback_any"
            if loc.get("rel") and best in loc["rel"]:
                main = "fallback_any:noun_relative"
    lex, text = ctx.lex, ctx.text
    enemy = _spans(lex, "cues.enemy", text, sent.start, sent.end) if lex.has("cues.enemy") else []
    for m in ret:
        lab = main if m is best or m == best else main + "+coordinated"
        if any(a <= m[0] < b for a, b in enemy):
            lab += "/enemy"
        labels.setdefault(m[2], lab)
        _STATE["where"].setdefault(m[2], (m[0], m[1], sent.start, sent.end, ctx.text))
    return labels


def _traced_choose(ctx, sent):
    lines, box = set(), {}
    code = _ORIG_CHOOSE.__code__

    def local(frame, event, arg):
        if frame.f_code is code:
            if event == "line":
                lines.add(frame.f_lineno)
            elif event == "return":
                box["loc"] = dict(frame.f_locals)
        return local

    def glob(frame, event, arg):
        return local if frame.f_code is code else None

    old = sys.gettrace()
    sys.settrace(glob)
    try:
        ret = _ORIG_CHOOSE(ctx, sent)
    finally:
        sys.settrace(old)
    _STATE["sent"] = sent
    _STATE["where"] = {}
    _STATE["labels"] = _classify(ctx, sent, box.get("loc", {}), lines, ret)
    _STATE["hooks"] = {}
    return ret


def _hook(name):
    orig = getattr(EV, name)

    def wrapped(*a, **k):
        r = orig(*a, **k)
        _STATE["hooks"][name] = r
        return r
    setattr(EV, name, wrapped)


class _Draft(EV.Draft):
    def __init__(self, actor, cumulative, *a, **k):
        super().__init__(actor, cumulative, *a, **k)
        st, hooks = _STATE, _STATE["hooks"]
        if k.get("sentences"):
            path = "lede_speaker"
        elif actor == hooks.get("_lead_speaks_for_alliance"):
            path = "alliance"
        elif hooks.get("_side_behind_strike") and actor == hooks["_side_behind_strike"][2]:
            path = "behind"
        elif actor in st["labels"] and not st.get("carried"):
            path = st["labels"][actor]
        elif actor == hooks.get("_speaker_strikes_back"):
            path = "carried:speaker_back"
        else:
            path = "carried"
        self._path = path
        w = st["where"].get(actor) if path == st["labels"].get(actor) else None
        if w is not None:
            ms, me, s, e, text = w
            self._where = (text[s:ms] + "[[" + text[ms:me] + "]]" + text[me:e]).replace("\n", " ")


def _make_event(ctx, d, sents):
    ev = _ORIG_MAKE(ctx, d, sents)
    ev["_path"] = getattr(d, "_path", "?")
    ev["_where"] = getattr(d, "_where", "")
    return ev


_ORIG_MAKE = EV.make_event


def install():
    RO.choose_actors = EV.choose_actors = _traced_choose
    for name in ("_lead_speaks_for_alliance", "_side_behind_strike", "_speaker_strikes_back"):
        _hook(name)
    EV.Draft = _Draft
    EV.make_event = _make_event


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="*")
    ap.add_argument("--by-lang", action="store_true")
    ap.add_argument("--list", help="print the events of this path (prefix match)")
    ap.add_argument("--kept", action="store_true", help="with --list: the kept ones too")
    a = ap.parse_args(argv)
    sets = a.sets or ALLOWED
    if FORBIDDEN & set(sets):
        sys.exit("held-out sets are forbidden")
    install()
    from extractors.contract import extract_document
    tot, by_lang = Counter(), defaultdict(Counter)
    all_sets = eval_sets()
    for name in sets:
        for gold_p, docs_p in all_sets[name]:
            gold, docs = read_jsonl(gold_p), read_jsonl(docs_p)
            for did, gd in gold.items():
                doc = docs.get(did)
                if doc is None:
                    continue
                lang = doc.get("lang") or did[:2]
                try:
                    p_ev = extract_document(doc).get("events") or []
                except Exception as exc:  # noqa: BLE001
                    print(f"{name} {did}: {exc}", file=sys.stderr)
                    continue
                g_ev = gd.get("events") or []
                pairs, _, p_left = _pair(g_ev, p_ev)
                rows = [(p, "kept") for _, p in pairs] + [(p, "extra") for p in p_left]
                for p, kind in rows:
                    path = p.get("_path", "?")
                    tot[(path, kind)] += 1
                    by_lang[lang][(path, kind)] += 1
                    if a.list and path.startswith(a.list) and (kind == "extra" or a.kept):
                        gact = sorted({str(e.get('actor')) for e in g_ev})
                        print(f"{name} {lang} {did} [{kind}] {path} actor={p.get('actor')} gold={gact}")
                        if p.get("_where"):
                            print("      " + p["_where"][:600])
    paths = sorted({p for p, _ in tot}, key=lambda p: -(tot[(p, 'kept')] + tot[(p, 'extra')]))
    print(f"{'path':42} {'kept':>5} {'extra':>5} {'prec':>6}")
    for p in paths:
        k, x = tot[(p, "kept")], tot[(p, "extra")]
        print(f"{p:42} {k:5d} {x:5d} {k / (k + x):6.3f}")
        if a.by_lang:
            print("      " + "  ".join(f"{lg}:{by_lang[lg][(p, 'kept')]}/{by_lang[lg][(p, 'extra')]}"
                                      for lg in sorted(by_lang) if by_lang[lg][(p, 'kept')] + by_lang[lg][(p, 'extra')]))
    k, x = sum(v for (p, kd), v in tot.items() if kd == "kept"), sum(v for (p, kd), v in tot.items() if kd == "extra")
    print(f"{'TOTAL':42} {k:5d} {x:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
