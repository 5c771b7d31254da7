"""The CPU-bound work on each article: clean the page, run the extractor.

Knows nothing of Prefect. `process_pages` takes a batch of fetched pages and returns
warehouse-ready rows; it runs in worker processes (`PagePool`), so its inputs and
outputs are plain picklable data. One broken page never stops the others: every
failure becomes a `fetch_log` row of stage 'clean' or 'extract'.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
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


def page_timeout_s() -> float:
    """The time limit of one page's cleaning and extraction: 60 s, or the number in
    STRIKEWIRE_PAGE_TIMEOUT_S (a page normally takes 10-200 ms; the limit only catches a
    page that sends a parser into a loop)."""
    raw = os.environ.get("STRIKEWIRE_PAGE_TIMEOUT_S")
    if raw:
        try:
            value = float(raw)
        except ValueError:
            value = float("nan")
        if not (value > 0 and value != float("inf")):
            raise ValueError(f"STRIKEWIRE_PAGE_TIMEOUT_S={raw!r}: give a number of seconds above 0")
        return value
    return 60.0


def _die_with_parent() -> None:
    """Linux: the kernel kills this process when its parent dies, even while it is busy in
    C code. A worker's parent is the fork server, which exits when the run's process does
    (kill -9 included), so no worker outlives the run. A no-op elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the line above: follow it now
        os._exit(1)


def _worker_init() -> None:
    """Workers run a little below normal priority: while the first batches arrive, Prefect's
    server may still be starting on the same cores, and the run waits for the server, not
    for them; later, the process that fetches and loads stays responsive however busy
    they are. Then the warm-up: a no-op when the fork server already did it."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the run's to handle, not ours
    try:
        os.nice(5)
    except OSError:  # not permitted here: run at normal priority
        pass
    import flows.worker_preload  # noqa: F401 - importing it warms up (once per process)


def _page_worker(conn) -> None:
    """A worker process: pages in, one at a time, rows out, until told to stop."""
    _worker_init()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the run is gone
            return
        if job is None:
            return
        try:
            reply = ("ok", process_page(job))
        except Exception as exc:  # noqa: BLE001 - a bug outside the page's own try blocks
            reply = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def _context():
    import multiprocessing

    # Never 'fork': the parent has threads (Prefect, asyncio) and their locks. The fork
    # server is a fresh single-threaded process that loads trafilatura and the lexicons
    # once (flows/worker_preload.py) and forks warm workers from itself; where it does
    # not exist (Windows), each spawned worker warms up on its own.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["flows.forkserver_guard", "flows.worker_preload"])
        return ctx
    return multiprocessing.get_context("spawn")


_keeper = None


def _ensure_forkserver(ctx) -> None:
    """Start the fork server (if it is not running) from one thread that lives as long
    as this process: the fork server dies with the thread that started it
    (flows/forkserver_guard.py), and a pool may be started from a short-lived thread."""
    global _keeper
    if ctx.get_start_method() != "forkserver":
        return
    from concurrent.futures import ThreadPoolExecutor
    from multiprocessing import forkserver

    if _keeper is None:
        _keeper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="forkserver-keeper")
    _keeper.submit(forkserver.ensure_running).result()


@dataclass
class _Batch:
    jobs: list[PageJob]
    future: Future
    pages: list[ProcessedPage | None]
    left: int
    tries: list[int]


class _Slot:
    """One worker process and the page it is working on."""

    def __init__(self, ctx):
        _ensure_forkserver(ctx)
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_page_worker, args=(child,), daemon=True,
                                name="strikewire-page-worker")
        self.proc.start()
        child.close()
        self.work: tuple[_Batch, int] | None = None
        self.deadline = 0.0

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.join(5)
        except (OSError, ValueError, AssertionError):
            pass
        self.conn.close()


class PagePool:
    """Worker processes that clean and extract pages, each page under its own time limit.

    Every path uses it (a big daily run, a three-page run, `--workers 1`, a backfill):
    pages go to the workers one at a time; a page not done within `page_timeout` has its
    worker process killed (a thread could not be) and is given back as a `timeout` row,
    while the other pages of its batch carry on in the other workers or a fresh one. A
    worker that dies on a page (a crash, the OOM killer) gets the page once more before
    it is given up. `submit` returns a future that always completes with one row a page.
    """

    def __init__(self, workers: int | None = None, *, page_timeout: float | None = None):
        self.workers = max(1, default_workers() if workers is None else workers)
        self.page_timeout = page_timeout_s() if page_timeout is None else page_timeout
        self._ctx = _context()
        self._lock = threading.RLock()
        self._queue: deque[tuple[_Batch, int]] = deque()
        self._slots: list[_Slot] = []
        self._closed = False
        self._wake_r, self._wake_w = os.pipe()
        self.killed = 0                       # pages given up on (for tests and logs)
        for _ in range(self.workers):
            self._slots.append(_Slot(self._ctx))
        self._thread = threading.Thread(target=self._supervise, name="page-pool", daemon=True)
        self._thread.start()

    # ---- the caller's side
    def submit(self, jobs: list[PageJob]) -> Future:
        future: Future = Future()
        batch = _Batch(list(jobs), future, [None] * len(jobs), len(jobs), [0] * len(jobs))
        if not jobs:
            future.set_result([])
            return future
        with self._lock:
            if self._closed:
                raise RuntimeError("the page pool is shut down")
            self._queue.extend((batch, i) for i in range(len(jobs)))
        self._wake()
        return future

    def map(self, jobs: list[PageJob]) -> list[ProcessedPage]:
        return self.submit(jobs).result()

    def pids(self) -> list[int]:
        with self._lock:
            return [slot.proc.pid for slot in self._slots if slot.proc.pid]

    def shutdown(self, *_args, **_kw) -> None:
        """Stop at once: workers are killed, unfinished batches cancelled."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._wake()
        self._thread.join(10)
        for slot in self._slots:
            slot.kill()
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass

    def __enter__(self) -> "PagePool":
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()

    # ---- the supervisor thread
    def _wake(self) -> None:
        try:
            os.write(self._wake_w, b"x")
        except OSError:
            pass

    def _supervise(self) -> None:
        from multiprocessing.connection import wait

        try:
            while True:
                with self._lock:
                    if self._closed:
                        break
                    self._assign()
                busy = [slot for slot in self._slots if slot.work is not None]
                timeout = None
                if busy:
                    timeout = max(0.0, min(slot.deadline for slot in busy) - time.monotonic())
                ready = wait([self._wake_r] + [slot.conn for slot in busy], timeout)
                if self._wake_r in ready:
                    os.read(self._wake_r, 4096)
                for slot in busy:
                    if slot.conn in ready:
                        self._receive(slot)
                now = time.monotonic()
                for slot in list(self._slots):
                    if slot.work is not None and now >= slot.deadline:
                        self._give_up(slot, timed_out=True)
        finally:
            with self._lock:
                self._closed = True
                pending = {id(b): b for b, _ in self._queue}
                pending.update({id(s.work[0]): s.work[0] for s in self._slots if s.work})
                self._queue.clear()
            for batch in pending.values():
                batch.future.cancel()

    def _assign(self) -> None:
        for index in range(len(self._slots)):
            while self._queue and self._slots[index].work is None:
                slot = self._slots[index]
                batch, i = self._queue.popleft()
                try:
                    slot.conn.send(batch.jobs[i])
                except (OSError, ValueError):   # the worker is gone: a fresh one, and the
                    self._replace(slot)          # page counts it as one of its two tries
                    self._retry_or_fail(batch, i, slot.proc.exitcode)
                    continue
                slot.work = (batch, i)
                slot.deadline = time.monotonic() + self.page_timeout

    def _receive(self, slot: _Slot) -> None:
        try:
            kind, value = slot.conn.recv()
        except (EOFError, OSError):
            self._give_up(slot, timed_out=False)
            return
        batch, i = slot.work
        slot.work = None
        page = value if kind == "ok" else failed_page(batch.jobs[i], "failed", value)
        self._done(batch, i, page)

    def _give_up(self, slot: _Slot, *, timed_out: bool) -> None:
        batch, i = slot.work
        slot.work = None
        code = slot.proc.exitcode
        self._replace(slot)
        if timed_out:
            self.killed += 1
            self._done(batch, i, timed_out_page(batch.jobs[i], self.page_timeout))
            return
        self._retry_or_fail(batch, i, code)

    def _retry_or_fail(self, batch: _Batch, i: int, code) -> None:
        batch.tries[i] += 1
        if batch.tries[i] < 2:   # a worker lost to something else: the page gets another go
            with self._lock:
                self._queue.appendleft((batch, i))
            return
        self._done(batch, i, failed_page(batch.jobs[i], "crashed",
                                         f"the worker process died on this page (exit code {code})"))

    def _replace(self, slot: _Slot) -> None:
        slot.kill()
        index = self._slots.index(slot)
        self._slots[index] = _Slot(self._ctx)

    @staticmethod
    def _done(batch: _Batch, i: int, page: ProcessedPage) -> None:
        batch.pages[i] = page
        batch.left -= 1
        if batch.left == 0 and not batch.future.done():
            batch.future.set_result(batch.pages)


_prestarted: dict[int, PagePool] = {}


def prestart_pool(workers: int | None = None) -> None:
    """Start the worker processes now, so they load trafilatura and the lexicons while
    Prefect's server starts (both take seconds; done together they overlap)."""
    workers = max(1, default_workers() if workers is None else workers)
    if workers not in _prestarted:
        _prestarted[workers] = PagePool(workers)


def take_pool(workers: int | None = None) -> PagePool:
    """The pool `prestart_pool` started for this many workers, or a new one."""
    workers = max(1, default_workers() if workers is None else workers)
    ready = _prestarted.pop(workers, None)
    return ready if ready is not None else PagePool(workers)


_worker_pools: dict[float, PagePool] = {}
_worker_pools_lock = threading.Lock()


def worker_page_pool(page_timeout: float) -> PagePool:
    """The page pool of this process when it is a Dask worker (or any host that runs
    batches for a flow elsewhere): one page process per task thread, started on the first
    batch and kept for the next ones, with the flow's page time limit. The Dask path is
    bounded like the others: a stuck page's process is killed, the page comes back as a
    `timeout` row and the rest of its batch carries on."""
    with _worker_pools_lock:
        pool = _worker_pools.get(page_timeout)
        if pool is None or pool._closed:
            _allow_children()
            pool = _worker_pools[page_timeout] = PagePool(_task_threads(), page_timeout=page_timeout)
        return pool


def _task_threads() -> int:
    try:
        from distributed import get_worker

        return max(1, int(get_worker().state.nthreads))
    except (ImportError, ValueError, AttributeError):   # not on a Dask worker
        return 1


def _allow_children() -> None:
    """Dask's nanny starts its worker as a daemonic process, and `multiprocessing` refuses
    children to daemonic processes (they could be orphaned when it exits). The page
    processes cannot be: each asks the kernel to kill it when its fork server dies, and the
    fork server asks the same of this process (PR_SET_PDEATHSIG, flows/forkserver_guard.py),
    so they go with the worker however it ends, kill -9 included."""
    import multiprocessing

    me = multiprocessing.current_process()
    if me.daemon:
        me._config["daemon"] = False   # what the `daemon` setter does, without its check
                                       # that the process object was never started


def failed_page(job: PageJob, status: str, error: str, *, seconds: float | None = None) -> ProcessedPage:
    """The row of a page that could not be processed: kept with its raw HTML (or its stored
    text), no new text, so a backfill can try it again; the failure is in fetch_log."""
    from warehouse.keys import article_id as make_article_id

    article = {
        "article_id": make_article_id(job.url), "url": job.url, "feed_url": job.feed_url,
        "agency": job.agency, "guid": job.guid, "title": job.title, "summary": job.summary,
        "published_at": job.published_at, "fetched_at": job.fetched_at, "lang": job.lang_hint,
        "text": None, "text_found": False, "content_hash": None, "http_status": job.http_status,
        "raw_html": compress_raw(job.body),
        "clean_error": error,
    }
    log = [{"url": job.url, "feed_url": job.feed_url, "kind": "page",
            "stage": "clean" if job.body is not None else "extract",
            "status": status, "http_status": job.http_status,
            "bytes": len(job.body) if job.body is not None else None,
            "ms": seconds * 1000 if seconds is not None else None, "error": error}]
    return ProcessedPage(article, None, [], log)


def timed_out_page(job: PageJob, seconds: float) -> ProcessedPage:
    """A page whose worker was killed after `seconds`: stored for a backfill."""
    error = f"cleaning and extraction took over {seconds:g} s; the page is stored for a backfill"
    return failed_page(job, "timeout", error, seconds=seconds)


def chunked(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
