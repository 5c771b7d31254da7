"""Whether a learned score can drop a document's extra side: a logistic model of each event of
a document with two or more predicted sides, fit on the allowed development sets, with a
leave-one-set-out check of whether it generalises.

Measured in session 24 (e24-learn): it does not. The events' features separate kept from
extra events only moderately (leave-one-set-out AUC about 0.76), and although the lowest
scoring event of a document is the extra one in 33 of 36 documents with one extra side, the
lowest event of a document whose two sides are both coded scores as low: no threshold
removes more extra events than correct ones on the held-out-set folds. So the engine has no
such decision; this script is kept to measure the question again when the features change.

    python tools/fit_keep.py                       # collect, CV table over thresholds
    python tools/fit_keep.py --threshold 0.35      # the per-set CV table at that threshold

A predicted event of a document with two or more predicted sides is labelled kept when the
reference has an event of its actor (paired as extractors.evaluate._pair pairs them), extra
otherwise. Held-out sets (real2, real3, real21) are never read; real6 (a check set) is not
used for fitting. Collection runs the extractor unchanged and caches the result (--cache) so
the CV is quick to rerun.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import pickle
import sys
from pathlib import Path

sys.path.insert(0, os.getcwd())

import extractors.events as engine_events  # noqa: E402
from extractors.contract import extract_document  # noqa: E402
from extractors.evaluate import _pair, read_jsonl, score  # noqa: E402
from extractors.document import ORGS  # noqa: E402
from extractors.scoreboard import eval_sets  # noqa: E402

# The features of one event, each in [0, 1]: general properties of the event as the engine
# built it, never of a document or a word list.
FEATURES = (
    "claimant_is_actor",    # the event's claimant is its own actor (the side reports its strike)
    "named_in_lede",        # the actor is a coded mention of the first two sentences
    "first_side",           # the actor is the first side the document names
    "mention_share",        # the actor's share of the document's coded side mentions
    "evidence_share",       # share of the document's evidence sentences that are this event's
    "evidence_shared",      # share of its evidence sentences that are another event's evidence too
    "first_evidence",       # where its first evidence sentence stands (0 = first, 1 = last)
    "filled",               # share of the count/where/what fields it fills
    "state",                # the actor is a state, not an armed group or alliance
    "target_of_other",      # the actor is another event's target group
    "explicit",             # a sentence names the actor as the striker (not carried from before)
    "agent_share",          # share of its evidence sentences naming the actor as a possible striker
    "target_share",         # share of its evidence sentences naming the actor as whose assets were hit
    "verb_share",           # share of its evidence sentences with a strike verb proper
    "cumulative",           # the event is a running total
    "first_event",          # the event is the first the engine opened
    "dated",                # the event has a day of its own
    "same_day_as_other",    # its day is another event's day
    "evidence_count",       # how many evidence sentences it has (a third each, at most 1)
    "claimant_is_target",   # its claimant is its target group (the side hit reports the strike)
    "claimant_is_other",    # its claimant is another event's actor
    "headline",             # the actor is a coded mention of the first sentence
)
_FILLED = ("strikes", "targets", "killed", "platforms", "locations", "event_date", "targets_hit", "admin1")


class KeepModel:
    def __init__(self, bias: float, weights: dict, threshold: float):
        self.bias, self.weights, self.threshold = bias, weights, threshold

    def prob(self, feats: dict) -> float:
        z = self.bias + sum(self.weights[k] * feats[k] for k in FEATURES)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))



def features(built: list, sents: list, orgs=ORGS) -> list[dict]:
    """built: [(event, draft)] of one document, in the order the engine opened them."""
    mentions = [(a, code) for s in sents for a, _, code in s.mentions]
    mentions.sort()
    first_code = mentions[0][1] if mentions else None
    lede = {code for s in sents[:2] for _, _, code in s.mentions}
    head = {code for s in sents[:1] for _, _, code in s.mentions}
    ev_idx = [{s.index for s in d.sentences} for _, d in built]
    all_idx = set().union(*ev_idx) if ev_idx else set()
    n_sents = max(1, len(sents) - 1)
    out = []
    for i, (event, d) in enumerate(built):
        code = d.actor
        mine = ev_idx[i]
        others = set().union(*(x for j, x in enumerate(ev_idx) if j != i)) if len(ev_idx) > 1 else set()
        ss = d.sentences or []
        k = max(1, len(ss))
        out.append({
            "claimant_is_actor": float(event.get("claimant") == code),
            "named_in_lede": float(code in lede),
            "first_side": float(code == first_code),
            "mention_share": (sum(c == code for _, c in mentions) / len(mentions)) if mentions else 0.0,
            "evidence_share": len(mine) / max(1, len(all_idx)),
            "evidence_shared": len(mine & others) / max(1, len(mine)),
            "first_evidence": (min(mine) / n_sents) if mine else 1.0,
            "filled": sum(bool(event.get(f)) for f in _FILLED) / len(_FILLED),
            "state": float(code not in orgs and code not in ("COALITION", "OTHER", "NATO")),
            "target_of_other": float(any(e.get("target_group") == code for j, (e, _) in enumerate(built) if j != i)),
            "explicit": float(d.actor_span is not None),
            "agent_share": sum(any(c == code for _, _, c in s.actors) for s in ss) / k,
            "target_share": sum(any(c == code for _, _, c in s.targets) for s in ss) / k,
            "verb_share": sum(bool(s.has_verb) for s in ss) / k,
            "cumulative": float(bool(d.cumulative)),
            "first_event": float(i == 0),
            "dated": float(event.get("event_date") is not None),
            "same_day_as_other": float(event.get("event_date") is not None and any(
                e.get("event_date") == event.get("event_date") for j, (e, _) in enumerate(built) if j != i)),
            "evidence_count": min(1.0, len(mine) / 3),
            "claimant_is_target": float(event.get("claimant") is not None and event.get("claimant") == event.get("target_group")),
            "claimant_is_other": float(any(event.get("claimant") == e.get("actor") != code for e, _ in built)),
            "headline": float(code in head),
        })
    return out


def decide(events: list, feats: list, model: KeepModel) -> list[dict]:
    probs = [model.prob(f) for f in feats]
    best = max(range(len(events)), key=lambda i: (probs[i], -i))
    drop = {i for i, p in enumerate(probs) if p < model.threshold and events[i]["actor"] != events[best]["actor"]}
    kept = [e for i, e in enumerate(events) if i not in drop]
    daily = {e["actor"] for e in kept if not e.get("cumulative")}
    return [e for e in kept if not e.get("cumulative") or e["actor"] in daily]

FORBIDDEN = {"real2", "real3", "real21", "real6"}
ALLOWED = ["dev", "dev2", "team", "real"] + [f"real{i}" for i in range(4, 20) if i != 6]
L2 = 1.0   # ridge on the weights (summed log-loss): a handful of features, a few hundred events


def _recording_make_event(record):
    """engine_events.make_event, also keeping each (event, draft, sentences) it builds."""
    original = engine_events.make_event

    def make_event(ctx, d, sents):
        event = original(ctx, d, sents)
        record.append((event, d, sents))
        return event
    return original, make_event


def collect(sets):
    """set -> (gold, pred, rows); rows: (doc id, event index, features, label). The engine runs
    unchanged; its make_event is wrapped only to see each event's draft and the sentences."""
    data = {}
    all_sets = eval_sets()
    record: list = []
    original, wrapped = _recording_make_event(record)
    engine_events.make_event = wrapped
    try:
        for name in sets:
            assert name not in FORBIDDEN
            gold, pred, rows = {}, {}, []
            for gold_p, docs_p in all_sets[name]:
                g = read_jsonl(gold_p)
                gold.update(g)
                for did, doc in read_jsonl(docs_p).items():
                    record.clear()
                    try:
                        out = extract_document(doc)
                    except Exception as exc:  # noqa: BLE001
                        out = {"id": did, "error": str(exc)}
                    pred[did] = out
                    events = out.get("events") or []
                    if len({e["actor"] for e in events}) < 2:
                        continue
                    drafts = {id(e): (d, ss) for e, d, ss in record}
                    built = [(e, drafts[id(e)][0]) for e in events]
                    feats = features(built, drafts[id(events[0])][1])
                    g_ev = (g.get(did) or {}).get("events") or []
                    _, _, p_left = _pair(g_ev, events)
                    extra = {id(e) for e in p_left}
                    for i, (e, f) in enumerate(zip(events, feats)):
                        rows.append((did, i, f, 0 if id(e) in extra else 1))
            data[name] = (gold, pred, rows)
            print(f"collected {name}: {len(pred)} docs, {len(rows)} decided events "
                  f"({sum(1 - r[3] for r in rows)} extra)", file=sys.stderr)
    finally:
        engine_events.make_event = original
    return data


def _solve(A, v):
    """A x = v by Gaussian elimination with partial pivoting (A small and positive definite)."""
    n = len(v)
    M = [row[:] + [v[i]] for i, row in enumerate(A)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[piv] = M[piv], M[c]
        for r in range(c + 1, n):
            f = M[r][c] / M[c][c]
            for k in range(c, n + 1):
                M[r][k] -= f * M[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (M[r][n] - sum(M[r][k] * x[k] for k in range(r + 1, n))) / M[r][r]
    return x


def fit(rows, l2=L2, iters=25):
    """Logistic regression, L2 on the weights (not the bias), by Newton's method."""
    names = FEATURES
    X = [[1.0] + [f[k] for k in names] for _, _, f, _ in rows]
    Y = [y for *_, y in rows]
    n = len(names) + 1
    w = [0.0] * n
    for _ in range(iters):
        g = [0.0] * n
        H = [[0.0] * n for _ in range(n)]
        for x, y in zip(X, Y):
            z = sum(wi * xi for wi, xi in zip(w, x))
            p = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
            d, h = p - y, p * (1 - p)
            for j in range(n):
                g[j] += d * x[j]
                hx = h * x[j]
                Hj = H[j]
                for k in range(n):
                    Hj[k] += hx * x[k]
        for j in range(1, n):
            g[j] += l2 * w[j]
            H[j][j] += l2
        H[0][0] += 1e-6
        step = _solve(H, g)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(si) for si in step) < 1e-7:
            break
    return KeepModel(w[0], dict(zip(names, w[1:])), 0.5)


def apply(pred, rows, model):
    """pred with the keep decision applied to every decided document; (extra removed, correct removed)."""
    by_doc = {}
    for did, i, f, y in rows:
        by_doc.setdefault(did, []).append((i, f, y))
    out = dict(pred)
    er = cr = 0
    for did, items in by_doc.items():
        events = list(pred[did]["events"])
        items.sort(key=lambda t: t[0])
        feats = [f for _, f, _ in items]
        kept = decide(events, feats, model)
        kept_ids = {id(e) for e in kept}
        for (i, _, y), e in zip(items, events):
            if id(e) not in kept_ids:
                er += y == 0
                cr += y == 1
        out[did] = dict(pred[did], events=kept)
    return out, er, cr


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="*", default=ALLOWED)
    ap.add_argument("--cache", default="/tmp/fit_keep_cache.pkl")
    ap.add_argument("--recollect", action="store_true")
    ap.add_argument("--threshold", type=float)
    a = ap.parse_args(argv)
    assert not FORBIDDEN & set(a.sets), "held-out and check sets are not fit on"
    cache = Path(a.cache)
    if cache.exists() and not a.recollect:
        data = pickle.loads(cache.read_bytes())
        data = {k: v for k, v in data.items() if k in a.sets}
    else:
        data = collect(a.sets)
        cache.write_bytes(pickle.dumps(data))
    names = list(data)
    cv_models = {s: fit([r for t in names if t != s for r in data[t][2]]) for s in names}
    base = {s: score(data[s][0], data[s][1]).macro_f1 for s in names}
    thresholds = [a.threshold] if a.threshold is not None else [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]
    for t in thresholds:
        tot_er = tot_cr = 0
        gains = losses = 0
        lines = []
        dsum = 0.0
        for s in names:
            m = cv_models[s]
            m.threshold = t
            gold, pred, rows = data[s]
            new, er, cr = apply(pred, rows, m)
            after = score(gold, new).macro_f1
            d = after - base[s]
            dsum += d
            gains += d > 0.0005
            losses += d < -0.0005
            tot_er += er
            tot_cr += cr
            n_extra = sum(1 - r[3] for r in rows)
            lines.append(f"| {s} | {len(rows)} | {n_extra} | {er} | {cr} | {base[s]:.4f} | {after:.4f} | {d:+.4f} |")
        print(f"threshold {t}: extra removed {tot_er}, correct removed {tot_cr}, "
              f"sets gaining {gains}, losing {losses}, mean macro change {dsum / len(names):+.4f}")
        if a.threshold is not None:
            print("| set | decided events | extra | extra removed | correct removed | macro before | macro after | change |")
            print("|---|---|---|---|---|---|---|---|")
            print("\n".join(lines))
    pooled, low_right, one_extra = [], 0, 0
    for s in names:
        by_doc = {}
        for did, i, f, y in data[s][2]:
            by_doc.setdefault(did, []).append((cv_models[s].prob(f), y))
        for items in by_doc.values():
            pooled += items
            if sum(y for _, y in items) == len(items) - 1:
                one_extra += 1
                low_right += min(items)[1] == 0
    pos = [p for p, y in pooled if y]
    neg = [p for p, y in pooled if not y]
    auc = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg) / max(1, len(pos) * len(neg))
    print(f"leave-one-set-out AUC {auc:.3f} ({len(pos)} kept, {len(neg)} extra events); the lowest "
          f"scoring event is the extra one in {low_right} of {one_extra} documents with one extra side")
    full = fit([r for s in names for r in data[s][2]])
    print("weights fit on all:", json.dumps({"bias": round(full.bias, 3),
                                            **{k: round(v, 3) for k, v in full.weights.items()}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
