"""Do two checkouts of the extractor write the same output? Byte for byte, on every local set.

    .venv/bin/python tools/compare_extractions.py --against /work/main          # this checkout vs main
    .venv/bin/python tools/compare_extractions.py --against DIR --keep /tmp/cmp  # keep both outputs
    .venv/bin/python tools/compare_extractions.py --dump OUT.jsonl              # this checkout only
    .venv/bin/python tools/compare_extractions.py --against DIR --coverage      # changed documents per set

Documents: ../shared/corpus/dev.jsonl and dev2.jsonl, ../shared/contract/example.jsonl, the
team's set (extractors/eval/team.jsonl), the team's real-text set (extractors/eval/real/
<lang>.jsonl) and the texts of the real pages of ../shared/corpus/web/pages as this checkout's
`flows.clean.clean_page` cleans them (their id is the file name, their date the page's).
Whatever of ../shared is absent is left out. The held-out sets are never read.

Each checkout runs in a process of its own (its directory first on PYTHONPATH, so its code
and its data are what run) and writes one line per document: `extract_document`'s output as
JSON with sorted keys, or the exception it raised. The lines are compared as bytes; the first
differences are printed as a diff of the two outputs. Exit status 0 when every line is the
same, 1 when any differs. The CPU seconds each checkout spent extracting are printed too
(same documents, same run: their ratio is a rough speed comparison, not a benchmark).

``--coverage`` asks another question of the same two runs: how many documents of each
evaluation set (``extractors.scoreboard.eval_sets``, the held-out sets too) does the change
touch? It prints, per set, the number of documents and of outputs that differ, and nothing
else: no id, no text, no diff, no score, so it may be run on a held-out set without reading
it. A rule meant for a construction should touch documents it was not written from; one that
changes the outputs of its development set and of no document of a fresh blind set is a fix
of the documents it came from (session 14: the session's rules changed 19 of real11's 56
documents, the set they were developed on, and none of real12's 56).
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STRIKEWIRE_SHARED", ROOT.parent / "shared"))

# Run inside each checkout: documents in, one sorted-keys JSON line per document out.
_CHILD = r"""
import json, sys, time
from extractors import extract_document
src, dst = sys.argv[1], sys.argv[2]
docs = [json.loads(line) for line in open(src, encoding="utf-8")]
extract_document(docs[0])  # lexicons and gazetteer loaded before the clock starts
t0 = time.process_time()
with open(dst, "w", encoding="utf-8") as out:
    for doc in docs:
        try:
            res = extract_document(doc)
        except Exception as exc:  # an exception is an output too: both sides must raise it
            res = {"id": doc.get("id"), "exception": f"{type(exc).__name__}: {exc}"}
        out.write(json.dumps(res, sort_keys=True, ensure_ascii=False) + "\n")
print(f"{time.process_time() - t0:.3f}")
"""


def _jsonl(path: Path, tag: str) -> list[dict]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            doc["id"] = f"{tag}:{doc.get('id')}"
            docs.append(doc)
    return docs


def page_docs() -> list[dict]:
    """The real pages' texts, cleaned by this checkout's cleaner."""
    pages = sorted((SHARED / "corpus" / "web" / "pages").glob("*.html"))
    if not pages:
        return []
    sys.path.insert(0, str(ROOT))
    from flows.clean import clean_page

    docs = []
    for path in pages:
        page = clean_page(path.read_bytes(), f"https://pages.invalid/{path.name}")
        if page.text:
            docs.append({"id": f"page:{path.name}", "title": page.title, "text": page.text, "lang": page.lang,
                         "published": page.published_at.date().isoformat() if page.published_at else None})
    return docs


def all_docs() -> list[dict]:
    sets = [(SHARED / "corpus" / "dev.jsonl", "dev"), (SHARED / "corpus" / "dev2.jsonl", "dev2"),
            (SHARED / "contract" / "example.jsonl", "example"), (ROOT / "extractors" / "eval" / "team.jsonl", "team")]
    sets += [(p, f"real-{p.stem}") for p in sorted((ROOT / "extractors" / "eval" / "real").glob("??.jsonl"))]
    docs = []
    for path, tag in sets:
        if path.is_file():
            docs += _jsonl(path, tag)
    return docs + page_docs()


def eval_set_docs() -> list[dict]:
    """Every document of every evaluation set of this checkout's scoreboard, its id tagged with
    its set's name ("real12:<id>"), for ``--coverage``."""
    sys.path.insert(0, str(ROOT))
    from extractors.scoreboard import eval_sets

    docs = []
    for name, parts in eval_sets().items():
        for _, docs_path in parts:
            docs += _jsonl(docs_path, name)
    return docs


def coverage(a: Path, b: Path) -> dict[str, tuple[int, int]]:
    """Per set (the id's tag): (documents, outputs that differ)."""
    la, lb = a.read_bytes().splitlines(), b.read_bytes().splitlines()
    if len(la) != len(lb):
        raise SystemExit(f"compare_extractions: different number of outputs: {len(la)} vs {len(lb)}")
    out: dict[str, list[int]] = {}
    for x, y in zip(la, lb):
        tag = str(json.loads(x).get("id")).split(":", 1)[0]
        row = out.setdefault(tag, [0, 0])
        row[0] += 1
        row[1] += x != y
    return {tag: (n, d) for tag, (n, d) in out.items()}


def run_checkout(code: Path, docs_path: Path, out_path: Path) -> float:
    """Extract every document with the checkout at `code`; its CPU seconds."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(code) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(docs_path), str(out_path)], cwd=str(code), env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"compare_extractions: the checkout at {code} failed:\n{proc.stderr.strip()[-2000:]}")
    return float(proc.stdout.strip().splitlines()[-1])


def compare(a: Path, b: Path, show: int) -> int:
    """Print the differing documents (the first `show` as diffs); their count."""
    la, lb = a.read_bytes().splitlines(), b.read_bytes().splitlines()
    if len(la) != len(lb):
        print(f"different number of outputs: {len(la)} vs {len(lb)}")
        return max(len(la), len(lb))
    differ = [i for i, (x, y) in enumerate(zip(la, lb)) if x != y]
    for i in differ[:show]:
        x, y = json.loads(la[i]), json.loads(lb[i])
        print(f"--- {x.get('id')}")
        diff = difflib.unified_diff(json.dumps(x, indent=1, sort_keys=True, ensure_ascii=False).splitlines(),
                                    json.dumps(y, indent=1, sort_keys=True, ensure_ascii=False).splitlines(),
                                    "this checkout", "other", lineterm="", n=2)
        print("\n".join(list(diff)[:60]))
    return len(differ)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--against", type=Path, help="another checkout (e.g. a worktree of main)")
    group.add_argument("--dump", type=Path, help="only write this checkout's outputs to this file")
    ap.add_argument("--keep", type=Path, help="a directory to keep the documents and both outputs in")
    ap.add_argument("--show", type=int, default=5, help="differing documents to print as diffs")
    ap.add_argument("--coverage", action="store_true",
                    help="with --against: per evaluation set (held-out ones too), only how many outputs differ")
    args = ap.parse_args(argv)
    if args.coverage and not args.against:
        ap.error("--coverage needs --against")
    docs = eval_set_docs() if args.coverage else all_docs()
    with tempfile.TemporaryDirectory(prefix="compare-extractions-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        docs_path = work / "documents.jsonl"
        docs_path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        if args.dump:
            cpu = run_checkout(ROOT, docs_path, args.dump)
            print(f"{len(docs)} documents, {cpu:.2f} CPU-s -> {args.dump}")
            return 0
        mine, other = work / "this.jsonl", work / "other.jsonl"
        cpu_mine = run_checkout(ROOT, docs_path, mine)
        cpu_other = run_checkout(args.against.resolve(), docs_path, other)
        if args.coverage:
            rows = coverage(mine, other)
            print("set       documents  changed")
            for tag, (n, d) in rows.items():
                print(f"{tag:<9} {n:>9}  {d:>7}  ({d / n:.0%})")
            print(f"all       {sum(n for n, _ in rows.values()):>9}  {sum(d for _, d in rows.values()):>7}")
            return 0
        n = compare(mine, other, args.show)
        print(f"{len(docs)} documents; extraction CPU: this checkout {cpu_mine:.2f} s, {args.against} "
              f"{cpu_other:.2f} s (ratio {cpu_mine / cpu_other:.2f})")
        print("identical: every output is the same, byte for byte" if n == 0 else f"DIFFERENT: {n} documents")
        return 0 if n == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
