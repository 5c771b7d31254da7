"""Imported once by the worker pool's fork server, before it forks any worker.

Loading trafilatura, the lexicons (hundreds of compiled regular expressions) and the
gazetteer costs about a second of CPU. Done here, in the single-threaded fork server
(`multiprocessing`'s "forkserver" start method), every worker forked from it starts with
them already loaded, instead of each worker paying the second on its own, and a pool
restarted after a stuck page is warm at once. Importing this module does that work.
"""
from __future__ import annotations


def warm_up() -> None:
    from extractors import extract_document
    from extractors.forms import warm
    from flows.clean import clean_page

    warm()  # every language's inflection table, shared by the workers forked from here
    extract_document({"id": "warm-up", "lang": "en",
                      "text": "Russian aircraft struck 12 targets in Idlib province, the ministry said."})
    clean_page(b"<html><body><article><p>Warm-up.</p></article></body></html>", "http://127.0.0.1/")


try:
    warm_up()
except Exception:  # noqa: BLE001 - a broken lexicon must not kill the fork server: each
    pass           # page then meets the error itself and it is recorded in fetch_log
