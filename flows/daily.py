"""The daily job: feeds → items → new article pages → clean + extract → warehouse.

Tasks are coarse on purpose: a Prefect task costs ~20 ms through `.submit` and ~1 ms
called directly (STACK.md), more than cleaning an article, so there is one task per
stage, never one per article. Inside `ingest_articles` page fetching (asyncio) overlaps
cleaning and extraction (a process pool), with a bounded number of batches in flight
so memory stays flat however many articles a day brings; each chunk, once done, goes to
the loading stage (`load_rows`). The flow holds the warehouse for the run; its tasks get
the warehouse's path and plain values, never a connection.
"""
from __future__ import annotations

import asyncio
import errno
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.states import Failed

from flows.config import Config, FeedSpec, load_config
from flows.feeds import FeedItem, ParsedFeed, parse_feed
from flows.fetch import FetchResult, fetch_all, make_client
from flows.pipeline import PageJob, ProcessedPage, chunked
from flows.rows import FetchLogRow
from flows.runtime import progress
from flows.runtime.handoff import Handoff, rows_of
from flows.runtime.page_pool import PagePool, discard_prestarted, prestart_pool, take_pool
from warehouse import DEFAULT_DB

FETCH_CHUNK = 64        # pages fetched together before their CPU work is queued
CPU_BATCH = 16          # pages loaded together once cleaned and extracted
# Each page's cleaning and extraction has its own time limit, enforced by the pool
# (flows.runtime.page_pool.PagePool, STRIKEWIRE_PAGE_TIMEOUT_S): its worker process is killed.
PAGE_FAILURES = {"timeout", "crashed", "failed"}


@dataclass
class FeedReport:
    name: str
    url: str
    status: str = "ok"
    items: int = 0
    new_articles: int = 0
    events: int = 0
    errors: int = 0
    error: str | None = None


@dataclass
class RunSummary:
    run_id: str
    status: str
    db_path: str
    run_date: str
    counts: dict = field(default_factory=dict)
    feeds: list[FeedReport] = field(default_factory=list)
    failures: list[FetchLogRow] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("completed", "completed_with_errors")


# --------------------------------------------------------------------------- tasks

@task(name="fetch-feeds", cache_policy=NO_CACHE)
def fetch_feeds(config: Config, validators: dict[str, tuple[str | None, str | None]]) -> list[FetchResult]:
    async def run() -> list[FetchResult]:
        async with make_client(config.fetch) as client:
            return await fetch_all(client, [f.url for f in config.feeds], config.fetch,
                                   kind="feed", validators=validators)

    return asyncio.run(run())


@task(name="parse-feeds", cache_policy=NO_CACHE)
def parse_feeds(feeds: tuple[FeedSpec, ...], results: list[FetchResult]
                ) -> tuple[list[ParsedFeed | None], list[FetchLogRow]]:
    parsed: list[ParsedFeed | None] = []
    log: list[FetchLogRow] = []
    for spec, result in zip(feeds, results):
        log.append(FetchLogRow.from_result(result, kind="feed", feed_url=spec.url))
        if not result.ok:
            parsed.append(None)
            continue
        feed = parse_feed(result.body or b"", result.final_url or spec.url,
                          result.headers.get("content-type"))
        if feed.error or feed.warning:
            log.append(FetchLogRow.for_feed(spec.url, stage="parse",
                                            status="parse_error" if feed.error else "parse_warning",
                                            error=feed.error or feed.warning,
                                            http_status=result.http_status, size=len(result.body or b"")))
        parsed.append(feed)
    return parsed, log


def select_items(feeds: tuple[FeedSpec, ...], parsed: list[ParsedFeed | None]) -> list[tuple[FeedSpec, FeedItem]]:
    """Items in feed order, one per canonical URL (the first feed to carry it wins)."""
    seen: set[str] = set()
    out = []
    for spec, feed in zip(feeds, parsed):
        for item in (feed.items if feed else []):
            if item.url in seen:
                continue
            seen.add(item.url)
            out.append((spec, item))
    return out


@task(name="load-rows", cache_policy=NO_CACHE)
def load_rows(db_path: str, run_id: str, log_rows: Handoff[FetchLogRow] | list[FetchLogRow],
              pages: Handoff[ProcessedPage] | list[ProcessedPage] | None = None):
    """The loading stage: fetch_log rows and processed pages into the warehouse, in one
    transaction (through Arrow: `warehouse.load.load_batch`).

    It opens the warehouse by its path. In the flow's process that is the file the flow
    holds open (DuckDB shares one database between the connections of a process), so the
    run stays its only writer; no connection is passed between tasks. Called from a task,
    it is handed its rows in a `Handoff` and takes them out, so that Prefect, which keeps
    a nested task run's parameters until the enclosing task ends, keeps no page
    (`flows.runtime.handoff`).
    """
    from warehouse import db as wdb
    from warehouse.load import load_batch

    log_rows, pages = rows_of(log_rows), rows_of(pages)
    con = wdb.connect(db_path)
    try:
        return load_batch(con, run_id=run_id, articles=[p.article for p in pages],
                          extractions=[p.extraction for p in pages if p.extraction],
                          events=[e for p in pages for e in p.events],
                          fetch_log=list(log_rows) + [row for p in pages for row in p.log])
    finally:
        con.close()


@dataclass
class IngestTally:
    """What the pages of a run came to: counts for `runs`, and per feed for its report."""

    counts: Counter = field(default_factory=Counter)
    per_feed: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    failures: list[FetchLogRow] = field(default_factory=list)

    def fetch_failed(self, row: FetchLogRow) -> None:
        self.counts["articles_failed"] += 1
        self.per_feed[row.feed_url]["errors"] += 1
        self.failures.append(row)

    def loaded(self, pages: list[ProcessedPage]) -> None:
        self.counts["articles_new"] += len(pages)
        self.counts["articles_no_text"] += sum(not p.article.text_found for p in pages)
        self.counts["events_new"] += sum(len(p.events) for p in pages)
        for p in pages:
            self.per_feed[p.article.feed_url]["new_articles"] += 1
            self.per_feed[p.article.feed_url]["events"] += len(p.events)


@dataclass
class _Pending:
    """One fetched chunk whose pages are being cleaned and extracted."""

    log_rows: list[FetchLogRow]
    batches: list[list[PageJob]]
    futures: list[asyncio.Future]


async def _ingest(db_path: str, run_id: str, config: Config, items: list[tuple[FeedSpec, FeedItem]],
                  pool: PagePool) -> IngestTally:
    logger = get_run_logger()
    tally = IngestTally()
    pending: list[_Pending] = []
    max_in_flight = max(2, 2 * pool.workers)
    done = 0
    total = len(items)

    def submit(batch: list[PageJob]) -> asyncio.Future:
        return asyncio.wrap_future(pool.submit(batch))

    async def settle(entry: _Pending) -> list[ProcessedPage]:
        # The pool bounds every page itself: a stuck page comes back as a `timeout` row
        # once its worker is killed; the other pages are not touched.
        results = await asyncio.gather(*entry.futures)
        pages = [page for batch in results for page in batch]
        for page in pages:
            for row in page.log:
                if row.status in PAGE_FAILURES:
                    logger.warning("gave up on %s: %s", row.url, row.error)
                    tally.failures.append(row)
        return pages

    async def drain(keep: int) -> None:
        nonlocal done
        while len(pending) > keep:
            entry = pending[0]
            pages = await settle(entry)
            pending.pop(0)
            # In boxes: Prefect need not walk every page's rows looking for futures, and
            # keeps only the emptied boxes once the chunk is loaded (flows.runtime.handoff).
            load_rows(db_path, run_id, Handoff(entry.log_rows), Handoff(pages))
            tally.loaded(pages)
            done += len(entry.log_rows)
            progress.report("articles", done, total)

    async with make_client(config.fetch) as client:
        for chunk in chunked(items, FETCH_CHUNK):
            results = await fetch_all(client, [item.url for _, item in chunk], config.fetch, kind="page")
            fetched_at = datetime.now(timezone.utc)
            jobs: list[PageJob] = []
            log_rows: list[FetchLogRow] = []
            for (spec, item), result in zip(chunk, results):
                row = FetchLogRow.from_result(result, kind="page", feed_url=spec.url)
                log_rows.append(row)
                if not result.ok:
                    tally.fetch_failed(row)
                    continue
                jobs.append(PageJob(
                    url=item.url, feed_url=spec.url, agency=spec.agency, guid=item.guid,
                    title=item.title, summary=item.summary, published_at=item.published_at,
                    lang_hint=spec.lang, body=result.body,
                    content_type=result.headers.get("content-type"),
                    http_status=result.http_status, fetched_at=fetched_at))
            batches = list(chunked(jobs, CPU_BATCH))
            pending.append(_Pending(log_rows, batches, [submit(batch) for batch in batches]))
            await drain(max_in_flight // 2)
        await drain(0)
    return tally


@task(name="ingest-articles", cache_policy=NO_CACHE)
def ingest_articles(db_path: str, run_id: str, config: Config, items: list[tuple[FeedSpec, FeedItem]],
                    workers: int | None = None) -> IngestTally:
    """Fetch the new pages, clean and extract them in worker processes, and hand each
    chunk to the loading stage (`load-rows`) as soon as its pages are done."""
    # Always worker processes, even for one page or `--workers 1`: a page stuck in a
    # parser can only be stopped by killing the process it runs in.
    if not items:   # nothing new: no worker is started (one started early is stopped)
        discard_prestarted(workers)
        return IngestTally()
    pool = take_pool(workers)
    try:
        return asyncio.run(_ingest(db_path, run_id, config, items, pool))
    finally:
        pool.shutdown()


@task(name="update-operations", cache_policy=NO_CACHE)
def update_operations_task(db_path: str) -> dict:
    from warehouse import db as wdb
    from warehouse.codes import sync_code_tables
    from warehouse.operations import update_operations

    con = wdb.connect(db_path)
    try:
        # Code tables and claimant bodies first: new body patterns recompute every operation.
        rebuild = sync_code_tables(con)
        return update_operations(con, rebuild=rebuild) or {}
    finally:
        con.close()


# --------------------------------------------------------------------------- the flow

def run_end_status(exc: BaseException) -> str:
    """'interrupted' for SIGTERM (Prefect raises it as TerminationSignal) and Ctrl-C,
    'failed' for anything else that ended a run early."""
    from prefect.exceptions import ExternalSignal

    return "interrupted" if isinstance(exc, (KeyboardInterrupt, ExternalSignal)) else "failed"


def run_end_reason(exc: BaseException) -> str:
    sig = getattr(exc, "signal", None)
    if sig is not None:
        import signal as _signal

        return f"stopped by {_signal.Signals(sig).name}; the next run completes what this one left"
    if isinstance(exc, KeyboardInterrupt):
        return "stopped by Ctrl-C; the next run completes what this one left"
    return f"{type(exc).__name__}: {exc}"


def _run_name() -> str:
    from prefect.runtime import flow_run

    params = flow_run.parameters
    # The logical date, then the start time and a piece of the run's id: every run of a
    # day has its own name (a retry or a second run the same day included).
    started = datetime.now(timezone.utc)
    return (f"daily-{params.get('run_date') or started.date().isoformat()}"
            f"-{started:%H%M%S}-{str(flow_run.id or '')[:4]}")


@flow(name="daily-ingest", flow_run_name=_run_name, log_prints=False)
def daily_ingest(feeds_path: str = "feeds.toml", db_path: str = DEFAULT_DB,
                 run_date: str | None = None, workers: int | None = None,
                 lock_wait_s: float = 0.0) -> RunSummary:
    """Fetch every feed, load the new articles and the strike events read from them.

    Another process holding the warehouse is waited for up to `lock_wait_s`; after that
    the run ends Failed (status 'locked') and changes nothing. A run in which every feed
    failed ends Failed too; one with some feeds failing ends Completed, the failures in
    its `daily-ingest-feeds` artifact.

    Args:
        feeds_path: The feeds file (TOML): [fetch] settings and one [[feeds]] table per feed.
        db_path: The DuckDB warehouse file; created with its tables on the first run.
        run_date: Logical date of the run (YYYY-MM-DD); today in UTC when empty.
        workers: Processes that clean and extract pages; the cores, up to 4, when empty.
        lock_wait_s: Seconds to wait while another run holds the warehouse (0: fail at once).
    """
    from extractors import EXTRACTOR_VERSION
    from warehouse import db as wdb
    from warehouse import load as wload
    from warehouse.errors import RunNotStarted, WarehouseError, WarehouseLocked, translate

    logger = get_run_logger()
    config = load_config(feeds_path)
    run_date = run_date or datetime.now(timezone.utc).date().isoformat()
    started = time.perf_counter()
    try:
        con = wdb.connect(db_path, lock_wait_s=lock_wait_s)
    except WarehouseLocked as exc:
        logger.error("%s", exc)
        return Failed(message=f"refused: {exc}", data=RunSummary(
            run_id="-", status="locked", db_path=str(db_path), run_date=run_date,
            failures=[FetchLogRow.for_run(str(db_path), status="locked", error=str(exc))]))
    except WarehouseError as exc:   # a damaged file, a full disk
        return _warehouse_failed(str(exc), "-", db_path, run_date, logger)
    run_id = "-"
    try:
        try:
            run_id = wload.start_run(con, "daily-ingest",
                                     {"feeds_path": str(feeds_path), "run_date": run_date},
                                     EXTRACTOR_VERSION)
            summary = RunSummary(run_id=run_id, status="running", db_path=str(db_path), run_date=run_date)
            try:
                _daily_body(con, str(db_path), run_id, config, workers, summary, logger)
            except BaseException as exc:
                summary.status = run_end_status(exc)
                try:
                    wload.finish_run(con, run_id, summary.counts, summary.status, run_end_reason(exc))
                except Exception as again:  # a full disk or a damaged file: the first error tells
                    logger.error("could not record the end of run %s: %s", run_id, again)
                raise
            wload.finish_run(con, run_id, summary.counts, summary.status,
                             _error_summary(summary) or None)
        finally:
            con.close()
    except RunNotStarted as exc:   # recorded as a failed run when the warehouse could be written
        return _warehouse_failed(str(exc), exc.run_id if exc.recorded else "-", db_path, run_date, logger)
    except (duckdb.Error, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno != errno.ENOSPC:
            raise
        return _warehouse_failed(str(translate(exc, str(db_path))), run_id, db_path, run_date, logger)
    if summary.ok:
        _refresh_snapshot(db_path, logger, changed=bool(summary.counts.get("articles_new")))
    _publish_artifacts(summary, db_path)
    logger.info("run %s %s in %.1f s: %s", summary.run_id, summary.status,
                time.perf_counter() - started, dict(summary.counts))
    if not summary.ok:
        # Prefect's alerts fire on Failed: a run in which every feed failed says so there.
        return Failed(message=f"run {summary.run_id}: every feed failed ({_error_summary(summary)})",
                      data=summary)
    return summary


def _warehouse_failed(reason: str, run_id: str, db_path, run_date: str, logger):
    """The warehouse itself failed (a damaged file, a full disk): one line in the log, the
    flow run Failed with it as the message, no traceback."""
    logger.error("%s", reason)
    return Failed(message=f"run {run_id} failed: {reason}", data=RunSummary(
        run_id=run_id, status="failed", db_path=str(db_path), run_date=run_date,
        failures=[FetchLogRow.for_run(str(db_path), status="failed", error=reason)]))


def _daily_body(con, db_path: str, run_id: str, config: Config, workers: int | None,
                summary: RunSummary, logger) -> None:
    """The run's stages. The flow holds the warehouse open (`con`) for the run's own
    bookkeeping; its tasks get the warehouse's path and plain values."""
    from warehouse import load as wload

    wload.upsert_feeds(con, [{"url": f.url, "name": f.name, "agency": f.agency, "lang": f.lang}
                             for f in config.feeds])
    validators = wload.feed_validators(con)
    results = fetch_feeds(config, validators)
    parsed, feed_log = parse_feeds(config.feeds, results)
    fetched_at = datetime.now(timezone.utc)
    reports = []
    for spec, result, feed in zip(config.feeds, results, parsed):
        report = FeedReport(name=spec.name, url=spec.url, status=result.status,
                            items=len(feed.items) if feed else 0)
        if result.status not in ("ok", "not_modified"):
            report.errors, report.error = 1, result.error
        elif feed is not None and feed.error:
            report.status, report.errors, report.error = "parse_error", 1, feed.error
        reports.append(report)
    items = select_items(config.feeds, parsed)
    known = wload.known_article_urls(con, [item.url for _, item in items])
    new_items, cut_log = cap_new_items(config, [(spec, item) for spec, item in items if item.url not in known])
    feed_log += cut_log
    for row in cut_log:
        logger.warning("%s: %s", row.feed_url, row.error)
        for report in reports:
            if report.url == row.feed_url and not report.error:
                report.error = row.error
    logger.info("%d feeds, %d items, %d new articles", len(config.feeds), len(items), len(new_items))
    if new_items:
        # The workers load trafilatura, the lexicons and the gazetteer (seconds of CPU)
        # while the feeds' log is loaded and the first pages are fetched. Started only
        # now: a run with nothing new (every feed 304) never pays for them.
        prestart_pool(workers)
    try:
        load_rows(db_path, run_id, feed_log)
        tally = ingest_articles(db_path, run_id, config, new_items, workers)
    except BaseException:
        discard_prestarted(workers)   # not taken by ingest-articles: its workers go now
        raise
    counts, failures = tally.counts, tally.failures
    if counts["articles_new"]:
        update_operations_task(db_path)
    _store_feed_state(con, config, results, parsed, reports, failures + cut_log, fetched_at)

    page_trouble: dict[str, Counter] = defaultdict(Counter)
    for row in failures:
        label = f"{row.status} {row.http_status}" if row.http_status and row.status == "http_error" \
            else row.status
        page_trouble[row.feed_url][label] += 1
    for report in reports:
        stats = tally.per_feed.get(report.url, Counter())
        report.new_articles = stats["new_articles"]
        report.events = stats["events"]
        report.errors += stats["errors"]
        if page_trouble.get(report.url) and not report.error:   # e.g. its pages answered 404
            report.error = "pages: " + ", ".join(f"{n}× {label}" for label, n in page_trouble[report.url].most_common())
    summary.feeds = reports
    summary.failures = [row for row in feed_log if row.status not in ("ok", "not_modified")] + failures
    feeds_failed = sum(r.status not in ("ok", "not_modified") for r in reports)
    summary.counts = {
        "feeds_total": len(reports),
        "feeds_ok": sum(r.status == "ok" for r in reports),
        "feeds_not_modified": sum(r.status == "not_modified" for r in reports),
        "feeds_failed": feeds_failed,
        "items_seen": len(items),
        "articles_new": counts["articles_new"],
        "articles_failed": counts["articles_failed"],
        "articles_no_text": counts["articles_no_text"],
        "events_new": counts["events_new"],
        "errors": len(summary.failures),
    }
    if reports and feeds_failed == len(reports):
        summary.status = "failed"
    elif summary.failures:
        summary.status = "completed_with_errors"
    else:
        summary.status = "completed"


def cap_new_items(config: Config, new_items: list[tuple[FeedSpec, FeedItem]]
                  ) -> tuple[list[tuple[FeedSpec, FeedItem]], list[FetchLogRow]]:
    """At most `max_items_per_feed` new articles from each feed (in feed order); a feed cut
    short gets a fetch_log row (status 'capped') and keeps no ETag, so the next run reads
    it again and takes the next ones."""
    limit = config.fetch.max_items_per_feed
    taken: Counter = Counter()
    kept, offered = [], Counter()
    for spec, item in new_items:
        offered[spec.url] += 1
        if taken[spec.url] < limit:
            taken[spec.url] += 1
            kept.append((spec, item))
    log = [FetchLogRow.for_feed(url, stage="parse", status="capped",
                                error=f"{n} new items, {limit} taken (max_items_per_feed); "
                                      "the rest wait for the next run")
           for url, n in offered.items() if n > limit]
    return kept, log


# Page failures worth another try on the next run (a 404 is not).
_TRANSIENT = {"timeout", "network_error"}


def _store_feed_state(con, config: Config, results: list[FetchResult], parsed: list[ParsedFeed | None],
                      reports: list[FeedReport], failures: list[FetchLogRow], fetched_at: datetime) -> None:
    """Remember each feed's ETag/Last-Modified, only once its new articles are loaded.

    Stored earlier, a run killed before loading its pages would leave validators that
    make the next run's feed answer 304, and those articles would never be read. A feed
    that failed to parse, or whose pages failed in a way worth retrying, keeps no
    validators either: next time it is read whole and the missing articles are retried.
    """
    from warehouse import load as wload

    retry = {row.feed_url for row in failures
             if row.status in _TRANSIENT or row.status == "capped" or (row.http_status or 0) >= 500
             or row.http_status == 429}
    for spec, result, feed, report in zip(config.feeds, results, parsed, reports):
        readable = (result.status == "ok" and feed is not None and not feed.error
                    and spec.url not in retry)
        wload.update_feed_state(con, spec.url,
                                etag=result.headers.get("etag") if readable else None,
                                last_modified=result.headers.get("last-modified") if readable else None,
                                status=report.status, fetched_at=fetched_at)


def _error_summary(summary: RunSummary) -> str:
    reasons = Counter(f"{row.kind} {row.status}" for row in summary.failures)
    return "; ".join(f"{n}× {reason}" for reason, n in reasons.most_common())


def _refresh_snapshot(db_path: str, logger, changed: bool) -> None:
    """Copy the warehouse for analysts; a run that loaded nothing new leaves it as it is
    (the copy costs time in proportion to the warehouse, raw HTML included)."""
    from warehouse import db as wdb

    if not changed and Path(wdb.snapshot_path(db_path)).exists():
        return
    try:
        wdb.snapshot(db_path)
    except Exception as exc:  # the warehouse itself is fine; say so and go on
        logger.warning("could not refresh the analysts' snapshot: %s", exc)


def _publish_artifacts(summary: RunSummary, db_path: str) -> None:
    """A keyed table artifact per run so day-to-day history is visible in the UI."""
    rows = [{"feed": r.name, "status": r.status, "items": r.items, "new articles": r.new_articles,
             "events": r.events, "errors": r.errors, "error": r.error or ""} for r in summary.feeds]
    create_table_artifact(rows, key="daily-ingest-feeds",
                          description=f"Feeds on {summary.run_date} (run {summary.run_id}): "
                                      f"{summary.status}")
    try:
        from warehouse.report import summary_markdown
        from warehouse import db as wdb

        con = wdb.connect(db_path, read_only=True)
        try:
            markdown = summary_markdown(con, run_id=summary.run_id)
        finally:
            con.close()
    except Exception as exc:
        markdown = f"# strikewire run {summary.run_id}\n\nSummary unavailable: {exc}\n"
    create_markdown_artifact(markdown, key="daily-ingest-summary",
                             description=f"What landed on {summary.run_date}")

