"""Backfills: re-extract stored articles (and re-fetch missing pages) over past days.

One writer: this flow alone opens the warehouse; the per-day work that may run
elsewhere (a process pool, or Dask workers with `--task-runner dask`) receives plain
article texts and returns plain rows, which this process loads, one transaction per
batch. Resumable by construction: an article is re-extracted only while it has no
`extractions` row for the current extractor version, so a killed backfill run again
continues where it stopped, and a backfill with an unchanged extractor does nothing.
"""
from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE

from flows.daily import PAGE_FAILURES, run_end_reason, run_end_status
from flows.pipeline import PageJob, chunked, process_pages
from flows.runtime import progress
from flows.runtime.page_pool import take_pool
from warehouse import DEFAULT_DB
from warehouse.raw import compress_raw

BATCH = 64
@dataclass
class BackfillResult:
    run_id: str
    extractor_version: str
    days: list[dict] = field(default_factory=list)   # per day: articles, events, refetched, failed
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        return sum(d["articles"] for d in self.days)

    @property
    def events(self) -> int:
        return sum(d["events"] for d in self.days)


def format_result(result: BackfillResult) -> str:
    lines = [f"backfill {result.run_id} with extractor {result.extractor_version}: "
             f"{result.articles} articles re-extracted, {result.events} events, "
             f"{len(result.days)} days in {result.seconds:.1f} s"]
    for d in result.days:
        if d["articles"] or d["refetched"] or d["failed"]:
            lines.append(f"  {d['day']}: {d['articles']} articles, {d['events']} events, "
                         f"{d['refetched']} re-fetched, {d['failed']} failed")
    return "\n".join(lines)


def days_between(start: str, end: str) -> list[date]:
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _job_from_stored(row: dict) -> PageJob:
    """A stored article as the worker's input: its stored text, or its raw HTML re-cleaned."""
    from warehouse.raw import decompress_html

    raw = row.get("raw_html")
    body = decompress_html(raw, row.get("raw_encoding") or "zlib") if raw is not None and not row.get("text") else None
    return PageJob(url=row["url"], feed_url=row.get("feed_url"), agency=row.get("agency"),
                   guid=row.get("guid"), title=row.get("title"), summary=row.get("summary"),
                   published_at=row.get("published_at"), lang_hint=row.get("lang"), body=body,
                   http_status=row.get("http_status"), fetched_at=row.get("fetched_at"),
                   stored_text=row.get("text"), stored_lang=row.get("lang"))


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(jobs: list[PageJob]) -> list:
    """For task runners that ship work elsewhere (Dask): plain rows in, plain rows out."""
    return process_pages(jobs)


@task(name="refetch-day", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[5, 30])
def refetch_day(db_path: str, day: date, fetch_settings) -> tuple[int, int]:
    """Fetch again the pages of the day's articles whose raw HTML is missing.

    Opens the warehouse by its path: in the flow's process, the file the flow holds open
    (one database per file in a process), so the backfill stays its only writer."""
    from warehouse import db as wdb

    con = wdb.connect(db_path)
    try:
        return _refetch_day(con, day, fetch_settings)
    finally:
        con.close()


def _refetch_day(con, day: date, fetch_settings) -> tuple[int, int]:
    from flows.clean import clean_page
    from flows.fetch import fetch_all, make_client
    from warehouse.load import articles_missing_html, store_refetched

    rows = articles_missing_html(con, day, day)
    if not rows:
        return 0, 0

    async def run():
        async with make_client(fetch_settings) as client:
            return await fetch_all(client, [r["url"] for r in rows], fetch_settings, kind="page")

    results = asyncio.run(run())
    updates, failed = [], 0
    now = datetime.now(timezone.utc)
    for row, res in zip(rows, results):
        if not res.ok:
            failed += 1
            continue
        page = clean_page(res.body or b"", row["url"], res.headers.get("content-type"))
        updates.append({"article_id": row["article_id"], "raw_html": compress_raw(res.body or b""),
                        "text": page.text, "text_found": bool(page.text), "fetched_at": now,
                        "http_status": res.http_status})
    store_refetched(con, updates)
    return len(updates), failed


def _process(jobs: list[PageJob], pool, use_tasks: bool, workers: int) -> list:
    if use_tasks:
        # Each Prefect task on Dask costs a client and settings set-up: a few large
        # batches (two per worker), not many small ones.
        size = max(1, -(-len(jobs) // (2 * workers)))
        futures = [extract_batch.submit(batch) for batch in chunked(jobs, size)]
        return [page for f in futures for page in f.result()]
    # Worker processes, each page under the pool's time limit (a stuck one is killed).
    futures = [pool.submit(batch) for batch in chunked(jobs, 16)]
    return [page for f in futures for page in f.result()]


@flow(name="backfill", flow_run_name="backfill-{start}-{end}", log_prints=False)
def backfill(start: str, end: str, reextract: bool = True, refetch: bool = False,
             db_path: str = DEFAULT_DB, task_runner: str = "local",
             workers: int | None = None, feeds_path: str | None = None) -> BackfillResult:
    """Per-day sub-runs over the articles published from `start` to `end` inclusive.

    Args:
        start: First publication day (YYYY-MM-DD).
        end: Last publication day, inclusive (YYYY-MM-DD).
        reextract: Run the current extractor again on stored articles that lack its events.
        refetch: Fetch again the pages of stored articles whose raw HTML is missing.
        db_path: The DuckDB warehouse file.
        task_runner: 'local' (worker processes on this machine) or 'dask'.
        workers: Processes (or Dask workers) for extraction; the cores, up to 4, when empty.
        feeds_path: With refetch: the feeds file whose [fetch] settings to use.
    """
    from extractors import EXTRACTOR_VERSION
    from flows.config import FetchSettings, load_config
    from warehouse import db as wdb
    from warehouse import load as wload

    logger = get_run_logger()
    days = days_between(start, end)
    started = time.perf_counter()
    fetch_settings = load_config(feeds_path).fetch if feeds_path else FetchSettings()
    use_tasks = task_runner == "dask"
    pool = None if use_tasks else take_pool(workers)  # started by the CLI while Prefect starts
    con = wdb.connect(db_path)
    try:
        run_id = wload.start_run(con, "backfill", {"start": start, "end": end, "reextract": reextract,
                                                   "refetch": refetch, "task_runner": task_runner},
                                 EXTRACTOR_VERSION)
        result = BackfillResult(run_id=run_id, extractor_version=EXTRACTOR_VERSION)
        totals: Counter = Counter()
        try:
            total_days = len(days)
            for n, day in enumerate(days, 1):
                stats = {"day": day.isoformat(), "articles": 0, "events": 0, "refetched": 0, "failed": 0}
                if refetch:
                    stats["refetched"], stats["failed"] = refetch_day(str(db_path), day, fetch_settings)
                if reextract:
                    given_up: list[str] = []   # timed out in this run: not asked for again
                    while True:
                        rows = wload.articles_for_reextract(con, day, day, EXTRACTOR_VERSION,
                                                            limit=BATCH * (32 if use_tasks else 4),
                                                            exclude=given_up)
                        if not rows:
                            break
                        jobs = [_job_from_stored(r) for r in rows]
                        pages = _process(jobs, pool, use_tasks, workers or 2)
                        # A page the pool gave up on (its worker killed at the time limit)
                        # gets no extractions row: a later backfill tries it again.
                        lost = {p.article.article_id for p in pages
                                if any(row.status in PAGE_FAILURES for row in p.log)}
                        given_up += sorted(lost)
                        stats["failed"] += len(lost)
                        for aid in sorted(lost):
                            logger.warning("gave up on article %s; see fetch_log", aid)
                        extractions = [p.extraction for p in pages if p.extraction]
                        # An article whose text yields nothing still gets its extractions
                        # row, so the next pass (or a rerun) does not pick it up again.
                        for p in pages:
                            if p.extraction is None and p.article.article_id not in lost:
                                extractions.append({"article_id": p.article.article_id,
                                                    "extractor_version": EXTRACTOR_VERSION,
                                                    "n_events": 0,
                                                    "extracted_at": datetime.now(timezone.utc)})
                        events = [e for p in pages for e in p.events]
                        wload.load_batch(con, run_id=run_id, articles=[], extractions=extractions,
                                         events=events, fetch_log=[row for p in pages for row in p.log])
                        # Pages stored without text (a cleaner failure or a time-out) were
                        # cleaned again from their raw HTML: keep the text found this time.
                        recleaned = [p.article for p, job in zip(pages, jobs)
                                     if job.body is not None and p.article.text_found]
                        wload.store_refetched(con, [
                            {key: getattr(a, key) for key in ("article_id", "raw_html", "text", "text_found",
                                                     "fetched_at", "http_status")}
                            for a in recleaned])
                        stats["articles"] += len(rows) - len(lost)
                        stats["events"] += len(events)
                result.days.append(stats)
                logger.info("day %s done: %d articles re-extracted, %d events, %d re-fetched, %d failed",
                            stats["day"], stats["articles"], stats["events"], stats["refetched"],
                            stats["failed"])
                totals.update({k: v for k, v in stats.items() if k != "day"})
                progress.report("days", n, total_days)
            if totals["articles"]:
                from warehouse.codes import sync_code_tables
                from warehouse.operations import update_operations

                update_operations(con, rebuild=sync_code_tables(con))
        except BaseException as exc:
            wload.finish_run(con, run_id, {"articles_new": 0, "events_new": totals["events"]},
                             run_end_status(exc), run_end_reason(exc))
            raise
        wload.finish_run(con, run_id, {"articles_new": 0, "events_new": totals["events"],
                                       "articles_failed": totals["failed"]},
                         "completed_with_errors" if totals["failed"] else "completed", None)
    finally:
        con.close()
        if pool is not None:
            pool.shutdown()
    result.seconds = time.perf_counter() - started
    try:
        wdb.snapshot(db_path)
    except Exception as exc:
        logger.warning("could not refresh the analysts' snapshot: %s", exc)
    create_table_artifact(result.days or [{"day": "-", "articles": 0}], key="backfill-days",
                          description=f"Backfill {start}..{end} with {EXTRACTOR_VERSION}")
    logger.info(format_result(result).splitlines()[0])
    return result


def run_backfill(*, start: str, end: str, reextract: bool, refetch: bool, db_path: str,
                 task_runner: str = "local", workers: int | None = None,
                 feeds_path: str | None = None) -> BackfillResult:
    """Run the flow with the chosen task runner (Dask only when asked: it costs 10–20 s to start)."""
    flow_fn = backfill
    if task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        n = workers or 2
        flow_fn = backfill.with_options(task_runner=DaskTaskRunner(
            cluster_kwargs={"n_workers": n, "threads_per_worker": 1, "processes": True,
                            "dashboard_address": None}))
    return flow_fn(start=start, end=end, reextract=reextract, refetch=refetch, db_path=db_path,
                   task_runner=task_runner, workers=workers, feeds_path=feeds_path)
