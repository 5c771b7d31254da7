"""process_page: one fetched page and its feed item -> warehouse rows, in this process."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from flows.pipeline import PageJob, process_page
from warehouse.raw import decompress_html

BODY = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Page headline | Agency</title>"
        "<meta property=\"article:published_time\" content=\"2026-11-02T08:00:00+00:00\"></head>"
        "<body><nav>Home | World</nav><article><h1>Page headline</h1>"
        + "".join(f"<p>Paragraph {i}: Russian aircraft struck 12 targets in Idlib province overnight, "
                  f"the defence ministry said on Monday.</p>" for i in range(4))
        + "</article><footer>Copyright Agency</footer></body></html>").encode()


def job(**kw) -> PageJob:
    base = dict(url="https://agency.example/news/1", feed_url="https://agency.example/rss", agency="AG",
                guid="g1", title="Feed headline", summary=None,
                published_at=datetime(2026, 11, 3, 6, 0, tzinfo=timezone.utc), lang_hint=None, body=BODY,
                content_type="text/html; charset=utf-8", http_status=200,
                fetched_at=datetime(2026, 11, 3, 7, 0, tzinfo=timezone.utc))
    base.update(kw)
    return PageJob(**base)


def test_feed_title_and_date_win_and_page_is_kept():
    out = process_page(job())
    a = out.article
    assert a.text_found and "struck 12 targets" in a.text and "Copyright" not in a.text
    assert a.title == "Feed headline"
    assert a.published_at == datetime(2026, 11, 3, 6, 0, tzinfo=timezone.utc)
    assert a.lang == "en"
    assert decompress_html(a.raw_html) == BODY
    assert out.extraction is not None and out.events and not out.log


def test_page_metadata_fills_what_the_feed_left_out():
    out = process_page(job(title=None, published_at=None))
    assert out.article.title.startswith("Page headline")
    assert out.article.published_at.date().isoformat() == "2026-11-02"  # trafilatura keeps the day
    # the same article text with or without the metadata pass
    assert out.article.text == process_page(job()).article.text


def test_take_pool_hands_over_the_prestarted_pool_once():
    from flows.runtime import page_pool

    page_pool.prestart_pool(2)
    ready = page_pool._prestarted[2]
    try:
        assert page_pool.take_pool(2) is ready     # the one started early
        assert 2 not in page_pool._prestarted
        fresh = page_pool.take_pool(2)             # none left: a new one
        assert fresh is not ready
        fresh.shutdown()
    finally:
        ready.shutdown()


def _worker_state(conn):
    import os

    import psutil

    from extractors.lexicon import load_all
    from flows.runtime import page_pool

    page_pool._worker_init()
    parent = " ".join(psutil.Process(os.getppid()).cmdline())
    import gc

    from extractors.places import gazetteer

    places_loaded = getattr(gazetteer(), "_places", None) is not None
    conn.send((load_all.cache_info().currsize, "forkserver" in parent, os.nice(0),
               gc.get_freeze_count(), places_loaded, gc.get_threshold()[0]))


def test_workers_start_warm_from_the_fork_server():
    import multiprocessing
    import sys

    from flows.runtime import page_pool

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform")
    ctx = page_pool._context()         # what PagePool starts its workers with
    mine, theirs = ctx.Pipe()
    proc = ctx.Process(target=_worker_state, args=(theirs,))
    proc.start()
    try:
        loaded, from_fork_server, niceness, frozen, places_loaded, young = mine.recv()
    finally:
        proc.join(30)
    assert loaded == 1                  # lexicons compiled before the first page arrives
    assert from_fork_server, sys.platform
    assert niceness >= 5                # below the process that fetches and loads
    assert frozen > 10_000              # what the fork server loaded is out of the workers' GC
    assert places_loaded                # the gazetteer's localities too, not on the first page
    from flows.runtime.collector import YOUNG_THRESHOLD
    assert young == YOUNG_THRESHOLD     # young objects collected less often (collector.settle)
