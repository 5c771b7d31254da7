"""Scoring extractor output against reference annotations (EXTRACTION.md, "Scoring").

The numbers are the contract's: events pair by (actor, cumulative), then by actor;
scalars are exact matches on pairs, sets are micro-F1, place names compare fold- and
transliteration-tolerantly. `evaluate_paths(gold, docs)` runs the extractor first.
"""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SCALAR_FIELDS = ("target_group", "claimant", "operation", "event_date", "period_start",
                 "cumulative", "sorties", "strikes", "targets", "killed", "country")
SET_FIELDS = ("platforms", "admin1", "targets_hit", "locations")
ALL_FIELDS = ("detection", "actor", *SCALAR_FIELDS, *SET_FIELDS)
_ARTICLE = re.compile(r"\b(?:al|el|ad|as|ar|an|at|az|ash|ed|es|er|et)[-\s]")
_MAKERS = ("SUKHOI", "MIKOYAN", "TUPOLEV", "GENERALATOMICS", "LOCKHEED", "BOEING")


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        if self.tp + self.fp:
            p = self.tp / (self.tp + self.fp)
        else:
            p = 0.0 if self.fn else 1.0
        if self.tp + self.fn:
            r = self.tp / (self.tp + self.fn)
        else:
            r = 0.0 if self.fp else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Scores:
    counts: dict[str, Count] = field(default_factory=lambda: {f: Count() for f in ALL_FIELDS})
    per_doc: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    n_docs: int = 0

    def row(self, name: str) -> dict:
        c = self.counts[name]
        p, r, f = c.prf()
        return {"precision": p, "recall": r, "f1": f, "support": c.support}

    @property
    def macro_f1(self) -> float:
        used = [self.counts[f].prf()[2] for f in ALL_FIELDS if self.counts[f].support]
        return sum(used) / len(used) if used else 0.0

    def as_dict(self) -> dict:
        return {"fields": {f: self.row(f) for f in ALL_FIELDS}, "macro_f1": self.macro_f1,
                "missing": self.missing}


def fold_name(name) -> str:
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]", "", _ARTICLE.sub("", s))


def _platform(name) -> str:
    key = fold_name(name).upper()
    for maker in _MAKERS:
        key = key.replace(maker, "")
    return key


def place_matches(pred_name, names) -> bool:
    p = fold_name(pred_name)
    if not p:
        return False
    for n in names:
        g = fold_name(n)
        if p == g or (len(p) > 3 and difflib.SequenceMatcher(None, p, g).ratio() >= 0.85):
            return True
    return False


def _items(event, name):
    if not event:
        return [] if name == "locations" else set()
    values = event.get(name) or []
    if name == "platforms":
        return {_platform(v) for v in values if v}
    if name == "admin1":
        return {str(v).upper() for v in values if v}
    if name == "targets_hit":
        return {str(t["type"]) for t in values if isinstance(t, dict) and t.get("type")}
    return [v for v in values if isinstance(v, dict) and v.get("name")]


def _norm(value):
    return value.upper() if isinstance(value, str) else value


def _pair(gold_events, pred_events):
    pairs = []
    g_left, p_left = list(gold_events), list(pred_events)
    keys = (lambda e: (str(e.get("actor", "")).upper(), bool(e.get("cumulative"))),
            lambda e: str(e.get("actor", "")).upper())
    for key in keys:
        rest = []
        for g in g_left:
            hit = next((i for i, p in enumerate(p_left) if key(p) == key(g)), None)
            if hit is None:
                rest.append(g)
            else:
                pairs.append((g, p_left.pop(hit)))
        g_left = rest
    return pairs, g_left, p_left


def score(gold: dict, pred: dict) -> Scores:
    """gold, pred: doc id -> contract output object."""
    sc = Scores(n_docs=len(gold))
    sc.missing = [d for d in gold if d not in pred]
    for doc_id, gdoc in gold.items():
        pdoc = pred.get(doc_id) or {}
        g_ev = gdoc.get("events") or []
        p_ev = [] if "error" in pdoc else (pdoc.get("events") or [])
        det = sc.counts["detection"]
        det.tp += int(bool(g_ev) and bool(p_ev))
        det.fp += int(bool(p_ev) and not g_ev)
        det.fn += int(bool(g_ev) and not p_ev)
        pairs, g_left, p_left = _pair(g_ev, p_ev)
        sc.counts["actor"].tp += len(pairs)
        sc.counts["actor"].fp += len(p_left)
        sc.counts["actor"].fn += len(g_left)
        # Per-document errors list the field-level misses (detection and actor are the
        # pairing itself), as the contract's scorer prints them.
        before = {k: (c.fp, c.fn) for k, c in sc.counts.items()}
        for g, p in pairs + [(g, None) for g in g_left] + [(None, p) for p in p_left]:
            for name in SCALAR_FIELDS:
                gv = _norm(g.get(name)) if g else None
                pv = _norm(p.get(name)) if p else None
                c = sc.counts[name]
                if gv is not None and gv == pv:
                    c.tp += 1
                else:
                    c.fn += gv is not None
                    c.fp += pv is not None
            for name in SET_FIELDS:
                gi, pi = _items(g, name), _items(p, name)
                c = sc.counts[name]
                if name != "locations":
                    c.tp += len(gi & pi)
                    c.fp += len(pi - gi)
                    c.fn += len(gi - pi)
                    continue
                left = list(gi)
                hits = 0
                for loc in pi:
                    for i, gl in enumerate(left):
                        if place_matches(loc["name"], [gl["name"], *gl.get("aliases", [])]):
                            hits += 1
                            del left[i]
                            break
                c.tp += hits
                c.fp += len(pi) - hits
                c.fn += len(left)
        errs = {k: (c.fp - before[k][0], c.fn - before[k][1]) for k, c in sc.counts.items()}
        sc.per_doc[doc_id] = {k: v for k, v in errs.items() if v != (0, 0)}
    return sc


def format_scores(sc: Scores, per_doc: bool = False) -> str:
    lines = []
    if per_doc:
        for doc_id, errs in sc.per_doc.items():
            if errs:
                lines.append(doc_id + " " + " ".join(f"{k}:fp{fp}/fn{fn}" for k, (fp, fn) in errs.items()))
        lines.append("")
    lines.append(f"{'field':<14}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}")
    for name in ALL_FIELDS:
        r = sc.row(name)
        lines.append(f"{name:<14}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}{r['support']:>6}")
    if sc.missing:
        lines.append(f"documents with no output line: {len(sc.missing)}")
    lines.append(f"macro F1 {sc.macro_f1:.3f} over {sc.n_docs} documents")
    return "\n".join(lines)


def read_jsonl(path) -> dict:
    docs = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc.msg}") from exc
            docs[str(obj.get("id"))] = obj
    return docs


def predict_path(docs_path) -> dict:
    from .contract import run_jsonl

    with open(docs_path, encoding="utf-8") as fh:
        return {str(o.get("id")): o for o in run_jsonl(fh)}


def evaluate_paths(gold_path, docs_path) -> Scores:
    """Run the extractor on DOCS (contract input) and score it against GOLD."""
    return score(read_jsonl(gold_path), predict_path(docs_path))


def main(argv=None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Run the extractor on DOCS and score it against GOLD.")
    ap.add_argument("gold", type=Path)
    ap.add_argument("docs", type=Path)
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    sc = evaluate_paths(args.gold, args.docs)
    print(json.dumps(sc.as_dict(), indent=1) if args.json else format_scores(sc, args.per_doc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
