"""Imported once by the worker pool's fork server, before it forks any worker.

Loading trafilatura, the lexicons (their automata and inflection tables; a phrase's regular
expression is compiled the first time a document tries it) and the gazetteer costs a few
seconds of CPU. Done here, in the single-threaded fork server
(`multiprocessing`'s "forkserver" start method), every worker forked from it starts with
them already loaded, instead of each worker paying for them on its own, and a pool
restarted after a stuck page is warm at once. Importing this module does that work.

Three things make the workers cheaper still (issue 14; `bench/profile_e2e.py` measures
them):

- The warm-up runs a little below normal priority (nice +5, what the workers run at; the
  workers forked from here inherit it). Nobody waits for it (`PagePool` starts its
  workers from a thread of its own): in a daily run it overlaps the fetching of the first
  pages, in a backfill the start of Prefect's API server; a daily run with nothing new
  never starts it.
- The gazetteer's table of localities (tens of thousands of places) and rapidfuzz are
  loaded here, not by each worker on the first page that names a place.
- The garbage collector settled at the end (`collector.settle()`): the objects loaded here
  are frozen, out of the workers' garbage collections (a full collection otherwise walks
  them all, ~1 ms a page), and the memory pages holding them are not copied into each
  worker by the collector touching them; the young generation is collected less often.
"""
from __future__ import annotations

import os

from flows.runtime.collector import settle

NICE = 5  # the workers' priority below the run's process


def _lower_priority() -> None:
    try:
        os.nice(NICE)
    except OSError:  # not permitted here: run at normal priority
        pass


def warm_up() -> None:
    from extractors import extract_document
    from extractors.forms import warm
    from extractors.places import gazetteer
    from flows.clean import clean_page

    warm()  # every language's inflection table, shared by the workers forked from here
    # Every language's lexicon and the gazetteer's tables load on first use: a document
    # in each language loads them here once, not in each worker on its first page of that
    # language (1-4 s of CPU a language and a worker, measured on two cores).
    from extractors.gazetteer import get_gazetteer
    from extractors.lexicon import load_all

    # The localities' fuzzy (transliteration) indexes are built per country on first use,
    # each a pass over every place: built here once, for every country, in one pass.
    get_gazetteer()._ensure_places().build_skeleton_indexes()
    text = "Russian aircraft struck 12 targets in Idlib province, the ministry said on Monday."
    for lang in ["en"] + sorted(k for k in load_all() if k not in ("en", "common")):
        extract_document({"id": f"warm-up-{lang}", "lang": lang, "text": text,
                          "published": "2024-03-11T00:00:00+00:00"})
    clean_page(b"<html><body><article><p>Warm-up.</p></article></body></html>", "http://127.0.0.1/")
    lookup = getattr(gazetteer(), "lookup_place", None)
    if lookup is not None:  # loads the table of localities (a no-op without the data)
        lookup("Kharkiv", "UA")
    try:
        import rapidfuzz.fuzz  # noqa: F401 - the gazetteer's fuzzy matching imports it on first use
        import rapidfuzz.process  # noqa: F401
    except ImportError:
        pass


_lower_priority()
try:
    warm_up()
except Exception:  # noqa: BLE001 - a broken lexicon must not kill the fork server: each
    pass           # page then meets the error itself and it is recorded in fetch_log
settle()
