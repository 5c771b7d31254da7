"""Issue 12: the extractor's work grows linearly with its input.

Work is counted, not timed: every Python line executed in the extractor's modules is
one unit (a trace function counts them), so the test says the same on a loaded machine
as on an idle one. The timed version of the same question is bench/bench_linear.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

import extractors
from extractors import extract_document
from extractors.gazetteer import _Hit, _longest_non_overlapping, get_gazetteer

PACKAGE = str(Path(extractors.__file__).resolve().parent)
NAMES = ["Homs", "Hama", "Idlib", "Aleppo", "Raqqa", "Deir ez-Zor", "Latakia", "Daraa"]


def hostile(k: int) -> str:
    """The issue's stuck page at 1/k of its size: one sentence naming 8k places."""
    return "Russian aircraft struck targets in " + " ".join(NAMES * k)


def lines_run(fn, *args, only: str = PACKAGE) -> int:
    """How many lines of code under `only` run while fn(*args) runs."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(only) else None

    sys.settrace(tracer)
    try:
        fn(*args)
    finally:
        sys.settrace(None)
    return count


def test_non_overlap_selection_is_linear_in_hits():
    """The selection itself: 4× the hits cost at most ~4× the lines (was 16×)."""
    def hits(n: int) -> list[_Hit]:
        # the shape of the page: many short names, a few longer ones over them
        out = [_Hit(6 * i, 6 * i + 5, (i,), frozenset()) for i in range(n)]
        out += [_Hit(6 * i, 6 * i + 11, (i,), frozenset()) for i in range(0, n, 7)]
        return out

    small, large = (lines_run(_longest_non_overlapping, hits(n)) for n in (500, 2000))
    assert large <= 4.4 * small, (small, large)
    chosen = _longest_non_overlapping(hits(50))
    # the longer hit wins over the short ones it covers, nothing kept overlaps
    assert [(h.start, h.end) for h in chosen[:3]] == [(0, 11), (12, 17), (18, 23)]
    assert all(a.end <= b.start for a, b in zip(chosen, chosen[1:]))


def test_finding_places_in_the_stuck_page_is_linear():
    gaz = get_gazetteer()
    gaz.find_places(hostile(1), ["SY"])  # loads the tables once
    small, large = (lines_run(gaz.find_places, hostile(k), ["SY"]) for k in (100, 200))
    assert large <= 2.2 * small, (small, large)


def test_extracting_the_stuck_page_is_near_linear():
    """The whole extractor on the issue's page: doubling the text at most ~doubles the work."""
    def run(k: int) -> None:
        extract_document({"id": "x", "text": hostile(k), "lang": "en", "published": "2026-12-01"})

    run(1)
    small, large = (lines_run(run, k) for k in (100, 200))
    assert large <= 2.2 * small, (small, large)
