"""The evaluation sets, their scores by language, and the record of scores by date.

    python -m extractors.scoreboard                      # print every set present, by language
    python -m extractors.scoreboard --sets dev2 real     # only these sets
    python -m extractors.scoreboard --sets real2         # the second held-out real-text set
    python -m extractors.scoreboard --sets real3         # the third, built blind in session 5
    python -m extractors.scoreboard --sets real4         # the fourth, built blind in session 6
    python -m extractors.scoreboard --sets real5         # the fifth, built blind in session 7
    python -m extractors.scoreboard --sets real6         # the sixth, built blind in session 8
    python -m extractors.scoreboard --sets real7         # the seventh, built blind in session 9
    python -m extractors.scoreboard --sets real8         # the eighth, built blind in session 10
    python -m extractors.scoreboard --sets real9         # the ninth, built blind in session 11
    python -m extractors.scoreboard --sets real10        # the tenth, built blind in session 12
    python -m extractors.scoreboard --sets real11        # the eleventh, built blind in session 13
    python -m extractors.scoreboard --sets real12        # the twelfth, built blind in session 14
    python -m extractors.scoreboard --sets real13        # the thirteenth, built blind in session 15
    python -m extractors.scoreboard --sets real14        # the fourteenth, built blind in session 16
    python -m extractors.scoreboard --sets real15        # the fifteenth, built blind in session 17
    python -m extractors.scoreboard --sets real16        # the sixteenth, built blind in session 18
    python -m extractors.scoreboard --sets real17        # the seventeenth, built blind in session 19
    python -m extractors.scoreboard --sets real18        # the eighteenth, built blind in session 20
    python -m extractors.scoreboard --sets real19        # the nineteenth, built blind in session 21
    python -m extractors.scoreboard --sets real20        # the twentieth, built blind in session 22
    python -m extractors.scoreboard --sets real21        # the twenty-first, built blind in session 25
    python -m extractors.scoreboard --record "blind: before any change"   # also append to SCORES.md

Sets: ``dev`` and ``dev2`` (``../shared/corpus``, present beside a checkout of the team's
repository, absent on a user's clone), ``team`` (written by the team), ``real`` (real
published texts the team annotated blind, ``extractors/eval/real/<lang>.jsonl``) and
``real2`` (a second such set, ``extractors/eval/real2/<lang>.jsonl``, kept held out after
``real`` had been used to accept or reject changes) and ``real3`` (a third, built blind
once ``real2`` had been used to reject a rule; ``real`` is development material since) and
``real4`` (a fourth, built blind in session 6, scored first by the extractor of that
session's start, then development material) and ``real5`` to
``real21`` (a fifth to a twenty-first, built the same way in sessions 7 to 25).
``extractors/eval/SCORES.md`` keeps every recorded score with its date, extractor version
and commit, so a blind score (taken before any rule was written against that material)
is never confused with a score on text that was tuned on.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
from collections import defaultdict
from pathlib import Path

from .evaluate import ALL_FIELDS, Scores, predict_path, read_jsonl, score

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STRIKEWIRE_SHARED", ROOT.parent / "shared"))
EVAL_DIR = ROOT / "extractors" / "eval"
REAL_DIR = EVAL_DIR / "real"
REAL2_DIR = EVAL_DIR / "real2"
REAL3_DIR = EVAL_DIR / "real3"
REAL4_DIR = EVAL_DIR / "real4"
REAL5_DIR = EVAL_DIR / "real5"
REAL6_DIR = EVAL_DIR / "real6"
REAL7_DIR = EVAL_DIR / "real7"
REAL8_DIR = EVAL_DIR / "real8"
REAL9_DIR = EVAL_DIR / "real9"
REAL10_DIR = EVAL_DIR / "real10"
REAL11_DIR = EVAL_DIR / "real11"
REAL12_DIR = EVAL_DIR / "real12"
REAL13_DIR = EVAL_DIR / "real13"
REAL14_DIR = EVAL_DIR / "real14"
REAL15_DIR = EVAL_DIR / "real15"
REAL16_DIR = EVAL_DIR / "real16"
REAL17_DIR = EVAL_DIR / "real17"
REAL18_DIR = EVAL_DIR / "real18"
REAL19_DIR = EVAL_DIR / "real19"
REAL20_DIR = EVAL_DIR / "real20"
REAL21_DIR = EVAL_DIR / "real21"
SCORES_MD = EVAL_DIR / "SCORES.md"


def eval_sets() -> dict[str, list[tuple[Path, Path]]]:
    """Name -> [(gold, docs), ...] of every evaluation set present on this machine."""
    sets: dict[str, list[tuple[Path, Path]]] = {}
    corpus = SHARED / "corpus"
    for name in ("dev", "dev2"):
        docs, gold = corpus / f"{name}.jsonl", corpus / f"{name}.gold.jsonl"
        if docs.exists() and gold.exists():
            sets[name] = [(gold, docs)]
    team = EVAL_DIR / "team.jsonl", EVAL_DIR / "team.gold.jsonl"
    if all(p.exists() for p in team):
        sets["team"] = [(team[1], team[0])]
    for name, folder in (("real", REAL_DIR), ("real2", REAL2_DIR), ("real3", REAL3_DIR),
                         ("real4", REAL4_DIR), ("real5", REAL5_DIR), ("real6", REAL6_DIR),
                         ("real7", REAL7_DIR), ("real8", REAL8_DIR),
                         ("real9", REAL9_DIR), ("real10", REAL10_DIR),
                         ("real11", REAL11_DIR), ("real12", REAL12_DIR),
                         ("real13", REAL13_DIR), ("real14", REAL14_DIR),
                         ("real15", REAL15_DIR), ("real16", REAL16_DIR),
                         ("real17", REAL17_DIR), ("real18", REAL18_DIR),
                         ("real19", REAL19_DIR), ("real20", REAL20_DIR),
                         ("real21", REAL21_DIR)):
        parts = per_language_parts(folder)
        if parts:
            sets[name] = parts
    return sets


def per_language_parts(folder: Path) -> list[tuple[Path, Path]]:
    """(gold, docs) of each ``<lang>.jsonl`` in a folder that has its ``<lang>.gold.jsonl``."""
    docs = [p for p in sorted(folder.glob("*.jsonl")) if not p.name.endswith(".gold.jsonl")]
    pairs = [(p.with_name(p.name.replace(".jsonl", ".gold.jsonl")), p) for p in docs]
    return [(g, d) for g, d in pairs if g.exists()]


def set_scores(parts: list[tuple[Path, Path]]) -> tuple[Scores, dict[str, Scores]]:
    """The whole set's scores and each language's (by the documents' ``lang``)."""
    gold: dict = {}
    pred: dict = {}
    langs: dict[str, str] = {}
    for gold_path, docs_path in parts:
        gold.update(read_jsonl(gold_path))
        pred.update(predict_path(docs_path))
        langs.update({k: (v.get("lang") or "?") for k, v in read_jsonl(docs_path).items()})
    by_lang: dict[str, dict] = defaultdict(dict)
    for doc_id, g in gold.items():
        by_lang[langs.get(doc_id, "?")][doc_id] = g
    return score(gold, pred), {lang: score(g, pred) for lang, g in sorted(by_lang.items())}


# A language needs this many documents in a set before its macro F1 is pinned as a floor:
# one or two documents swing by tenths on a single value.
MIN_LANG_DOCS = 5


def flat_scores(whole: Scores, by_lang: dict[str, Scores]) -> dict[str, float]:
    """Per-field F1, macro F1 and each language's macro F1 (``lang.xx``, languages with at
    least MIN_LANG_DOCS documents), rounded."""
    out = {f: round(whole.row(f)["f1"], 3) for f in ALL_FIELDS if whole.counts[f].support}
    out["macro_f1"] = round(whole.macro_f1, 3)
    if len(by_lang) > 1:
        out.update({f"lang.{lang}": round(sc.macro_f1, 3) for lang, sc in by_lang.items()
                    if sc.n_docs >= MIN_LANG_DOCS})
    return out


def current_scores(name: str) -> dict[str, float]:
    return flat_scores(*set_scores(eval_sets()[name]))


def _commit() -> str:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, timeout=10)
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "extractors"],
                               capture_output=True, text=True, timeout=10).stdout.strip()
        return out.stdout.strip() + ("+changes" if dirty else "") if out.returncode == 0 else "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


def table(results: dict[str, tuple[Scores, dict[str, Scores]]]) -> str:
    """A Markdown table: one row a set, macro and detection, then each language's macro."""
    langs = sorted({lang for _, by in results.values() for lang in by})
    head = "| set | docs | macro F1 | detection | " + " | ".join(langs) + " |"
    rule = "|---" * (4 + len(langs)) + "|"
    rows = [head, rule]
    for name, (whole, by) in results.items():
        cells = [f"{by[lang].macro_f1:.3f} ({by[lang].n_docs})" if lang in by else "" for lang in langs]
        rows.append(f"| {name} | {whole.n_docs} | {whole.macro_f1:.3f} | "
                    f"{whole.row('detection')['f1']:.3f} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def fields_table(results: dict[str, tuple[Scores, dict[str, Scores]]]) -> str:
    names = list(results)
    rows = ["| field | " + " | ".join(names) + " |", "|---" * (1 + len(names)) + "|"]
    for f in ALL_FIELDS:
        rows.append(f"| {f} | " + " | ".join(
            f"{results[n][0].row(f)['f1']:.3f}" if results[n][0].counts[f].support else "–"
            for n in names) + " |")
    return "\n".join(rows)


def record(note: str, results) -> str:
    from .version import extractor_version

    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    block = (f"\n## {today} · {extractor_version()} · {_commit()} · {note}\n\n"
             f"{table(results)}\n\n<details><summary>per field</summary>\n\n"
             f"{fields_table(results)}\n\n</details>\n")
    if not SCORES_MD.exists():
        SCORES_MD.write_text(
            "# Scores of the extractor, by date and version\n\n"
            "Appended by `python -m extractors.scoreboard --record NOTE`; never edited by hand.\n"
            "Each language cell is its macro F1 (documents). A set's first entry after it was\n"
            "added is its blind score: taken before any rule was written against it.\n",
            encoding="utf-8")
    with SCORES_MD.open("a", encoding="utf-8") as fh:
        fh.write(block)
    return block


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Score the extractor on every evaluation set, by language.")
    ap.add_argument("--sets", nargs="*", help="set names (default: every set present)")
    ap.add_argument("--record", metavar="NOTE", help=f"append the table to {SCORES_MD.relative_to(ROOT)}")
    ap.add_argument("--json", action="store_true", help="print the flat scores as JSON")
    args = ap.parse_args(argv)
    available = eval_sets()
    names = args.sets or list(available)
    unknown = [n for n in names if n not in available]
    if unknown:
        ap.error(f"no such set here: {', '.join(unknown)} (present: {', '.join(available) or 'none'})")
    results = {n: set_scores(available[n]) for n in names}
    if args.json:
        print(json.dumps({n: flat_scores(*r) for n, r in results.items()}, indent=1, sort_keys=True))
    else:
        print(table(results))
        print()
        print(fields_table(results))
    if args.record:
        record(args.record, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
