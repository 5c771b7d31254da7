"""The CPU-bound work on each article: clean the page, run the extractor.

Knows nothing of Prefect. `process_pages` takes a batch of fetched pages and returns
warehouse-ready rows; it runs in worker processes (`PagePool`), so its inputs and
outputs are plain picklable data. One broken page never stops the others: every
failure becomes a `fetch_log` row of stage 'clean' or 'extract'.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone

from warehouse.raw import compress_raw


@dataclass
class PageJob:
    """One fetched article page and what its feed said about it."""

    url: str                      # canonical URL: the article's natural key
    feed_url: str | None
    agency: str | None
    guid: str | None
    title: str | None             # from the feed
    summary: str | None           # from the feed, plain text
    published_at: datetime | None  # from the feed, UTC
    lang_hint: str | None
    body: bytes | None            # raw page bytes (None when re-extracting stored text)
    content_type: str | None = None
    http_status: int | None = None
    fetched_at: datetime | None = None
    stored_text: str | None = None  # re-extraction from the warehouse without the page
    stored_lang: str | None = None


@dataclass
class ProcessedPage:
    article: dict
    extraction: dict | None
    events: list[dict] = field(default_factory=list)
    log: list[dict] = field(default_factory=list)   # fetch_log rows for clean/extract trouble


def _iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).isoformat()


def _evidence_text(text: str, evidence: Iterable) -> str | None:
    parts = []
    for span in evidence or []:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        parts.append(text[start:end].strip())
    return " … ".join(p for p in parts if p) or None


def extract_rows(article_id: str, doc: dict) -> tuple[dict, list[dict]]:
    """Run the extractor on one contract document; rows for `extractions` and `events`."""
    from extractors import EXTRACTOR_VERSION, extract_document

    result = extract_document(doc)
    now = datetime.now(timezone.utc)
    events = []
    for ordinal, event in enumerate(result.get("events") or []):
        row = dict(event)
        row.update(article_id=article_id, extractor_version=EXTRACTOR_VERSION, ordinal=ordinal,
                   evidence_text=_evidence_text(doc["text"], event.get("evidence")),
                   extracted_at=now)
        events.append(row)
    extraction = {"article_id": article_id, "extractor_version": EXTRACTOR_VERSION,
                  "n_events": len(events), "extracted_at": now}
    return extraction, events


def process_page(job: PageJob) -> ProcessedPage:
    from flows.clean import clean_page
    from warehouse.keys import article_id as make_article_id, content_hash

    article_id = make_article_id(job.url)
    log: list[dict] = []
    text = job.stored_text
    lang = job.stored_lang or job.lang_hint
    title, published = job.title, job.published_at
    clean_error = None
    if job.body is not None:
        try:
            # The feed's title and date win over the page's: when the feed gave both, the
            # page's metadata pass (a quarter of cleaning's time) would be thrown away;
            # when it gave the date only, the deep date search would be.
            page = clean_page(job.body, job.url, job.content_type,
                              fast_date=job.published_at is not None,
                              metadata=not (job.title and job.published_at))
        except Exception as exc:  # a cleaner crash must not lose the batch
            page = None
            clean_error = f"{type(exc).__name__}: {exc}"
        if page is not None:
            text = page.text
            clean_error = page.error
            title = page.title or title
            published = job.published_at or page.published_at
            lang = page.lang or lang
        if clean_error:
            log.append({"url": job.url, "feed_url": job.feed_url, "kind": "page", "stage": "clean",
                        "status": "no_text" if text is None else "clean_warning",
                        "http_status": job.http_status, "bytes": len(job.body), "ms": None,
                        "error": clean_error})
    text_found = bool(text and text.strip())
    article = {
        "article_id": article_id, "url": job.url, "feed_url": job.feed_url, "agency": job.agency,
        "guid": job.guid, "title": title, "summary": job.summary, "published_at": published,
        "fetched_at": job.fetched_at, "lang": lang, "text": text if text_found else None,
        "text_found": text_found, "content_hash": content_hash(text) if text_found else None,
        "http_status": job.http_status,
        "raw_html": compress_raw(job.body),
        "clean_error": clean_error,
    }
    # A page with no article text is still read through the feed's title and summary,
    # so a strike reported only in a teaser is not lost.
    doc_text = text if text_found else "\n".join(p for p in (job.title, job.summary) if p)
    if not doc_text.strip():
        return ProcessedPage(article, None, [], log)
    doc = {"id": article_id, "title": title, "text": doc_text, "published": _iso(published),
           "lang": lang, "url": job.url}
    try:
        extraction, events = extract_rows(article_id, doc)
    except Exception as exc:
        log.append({"url": job.url, "feed_url": job.feed_url, "kind": "page", "stage": "extract",
                    "status": "extract_error", "http_status": job.http_status, "bytes": None,
                    "ms": None, "error": f"{type(exc).__name__}: {exc}"})
        return ProcessedPage(article, None, [], log)
    return ProcessedPage(article, extraction, events, log)


def process_pages(jobs: list[PageJob]) -> list[ProcessedPage]:
    return [process_page(job) for job in jobs]


def _worker_init() -> None:
    """Workers run a little below normal priority: while the first batches arrive, Prefect's
    server may still be starting on the same cores, and the run waits for the server, not
    for them; later, the process that fetches and loads stays responsive however busy
    they are. Then the warm-up: a no-op when the fork server already did it."""
    try:
        os.nice(5)
    except OSError:  # not permitted here: run at normal priority
        pass
    import flows.worker_preload  # noqa: F401 - importing it warms up (once per process)


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def make_pool(workers: int | None = None) -> Executor | None:
    """A process pool for the CPU-bound stages, or None to work in this process."""
    workers = default_workers() if workers is None else workers
    if workers <= 1:
        return None
    import multiprocessing

    # Never 'fork': the parent has threads (Prefect, asyncio) and their locks. The fork
    # server is a fresh single-threaded process that loads trafilatura and the lexicons
    # once (flows/worker_preload.py) and forks warm workers from itself; where it does
    # not exist (Windows), each spawned worker warms up on its own.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["flows.worker_preload"])
    else:
        ctx = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init)


_prestarted: dict[int, Executor] = {}


def prestart_pool(workers: int | None = None) -> None:
    """Start the worker processes now, so they load trafilatura and the lexicons while
    Prefect's server starts (both take seconds; done together they overlap)."""
    workers = default_workers() if workers is None else workers
    if workers > 1 and workers not in _prestarted:
        pool = make_pool(workers)
        # Submitting a no-op makes the executor spawn its processes now.
        pool.submit(os.getpid)
        _prestarted[workers] = pool


def take_pool(workers: int | None = None) -> Executor | None:
    """The pool `prestart_pool` started for this many workers, or a new one (None: one
    process, no pool)."""
    workers = default_workers() if workers is None else workers
    ready = _prestarted.pop(workers, None)
    return ready if ready is not None else make_pool(workers)


class PagePool:
    """Where batches of pages are cleaned and extracted, with a way out of a stuck worker.

    A page that sends trafilatura or the extractor into a loop must not stop the run: a
    batch that takes too long has its worker processes killed and a fresh pool takes
    over; its pages are then tried one at a time, each with its own time limit.
    """

    def __init__(self, workers: int, *, use_processes: bool = True):
        self.workers = workers
        self.use_processes = use_processes and workers > 1
        if self.use_processes:
            self._pool = take_pool(workers)
        else:
            ready = _prestarted.pop(workers, None)
            if ready is not None:  # started for nothing: this run works in threads
                ready.shutdown(wait=False, cancel_futures=True)
            self._pool = self._new()

    def _new(self) -> Executor:
        if self.use_processes:
            return make_pool(self.workers)
        from concurrent.futures import ThreadPoolExecutor

        return ThreadPoolExecutor(max_workers=1)

    @property
    def executor(self) -> Executor:
        return self._pool

    @property
    def killable(self) -> bool:
        return isinstance(self._pool, ProcessPoolExecutor)

    def restart(self) -> None:
        """Kill the worker processes (a stuck one cannot be interrupted) and start anew."""
        old = self._pool
        if isinstance(old, ProcessPoolExecutor):
            for proc in list(getattr(old, "_processes", {}).values()):
                proc.kill()
        old.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new()

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def timed_out_page(job: PageJob, seconds: float) -> ProcessedPage:
    """The row of a page that could not be processed in time: kept with its raw HTML,
    no text, so a backfill can try it again; the failure is in fetch_log."""
    from warehouse.keys import article_id as make_article_id

    error = f"cleaning and extraction took over {seconds:.0f} s; the page is stored for a backfill"
    article = {
        "article_id": make_article_id(job.url), "url": job.url, "feed_url": job.feed_url,
        "agency": job.agency, "guid": job.guid, "title": job.title, "summary": job.summary,
        "published_at": job.published_at, "fetched_at": job.fetched_at, "lang": job.lang_hint,
        "text": None, "text_found": False, "content_hash": None, "http_status": job.http_status,
        "raw_html": compress_raw(job.body),
        "clean_error": error,
    }
    log = [{"url": job.url, "feed_url": job.feed_url, "kind": "page", "stage": "clean",
            "status": "timeout", "http_status": job.http_status,
            "bytes": len(job.body) if job.body is not None else None, "ms": seconds * 1000,
            "error": error}]
    return ProcessedPage(article, None, [], log)


def chunked(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
