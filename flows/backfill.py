"""Backfills: re-extract stored articles (and re-fetch missing pages) over past days.

One writer: this flow alone opens the warehouse; the work that may run elsewhere (a
process pool, or Dask workers with `--task-runner dask`) receives plain article texts and
returns plain rows, which this process loads, one transaction per batch. The articles to
do are found in one query over the whole range and batched across days, so a range of
thirty years costs what its articles cost, not what its days cost. Resumable by construction: an article is re-extracted only while it has no
`extractions` row for the current extractor version, so a killed backfill run again
continues where it stopped, and a backfill with an unchanged extractor does nothing.
"""
from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE

from flows.daily import PAGE_FAILURES, run_end_reason, run_end_status
from flows.pipeline import PageJob, chunked
from flows.runtime import progress
from flows.runtime.page_pool import take_pool
from warehouse import DEFAULT_DB
from warehouse.raw import compress_raw

BATCH = 256   # articles per load (one transaction) and per unit of work handed out


class WorkerVersionError(RuntimeError):
    """Workers elsewhere (Dask) run another extractor version than this process."""


@dataclass
class BackfillResult:
    run_id: str
    extractor_version: str
    days: list[dict] = field(default_factory=list)   # days with work: articles, events, refetched, failed
    seconds: float = 0.0
    range_days: int = 0                               # calendar days in the range asked for

    @property
    def articles(self) -> int:
        return sum(d["articles"] for d in self.days)

    @property
    def events(self) -> int:
        return sum(d["events"] for d in self.days)


def format_result(result: BackfillResult) -> str:
    lines = [f"backfill {result.run_id} with extractor {result.extractor_version}: "
             f"{result.articles} articles re-extracted, {result.events} events, "
             f"{len(result.days)} days with work (of {result.range_days} in the range) "
             f"in {result.seconds:.1f} s"]
    for d in result.days:
        if d["articles"] or d["refetched"] or d["failed"]:
            lines.append(f"  {d['day']}: {d['articles']} articles, {d['events']} events, "
                         f"{d['refetched']} re-fetched, {d['failed']} failed")
    return "\n".join(lines)


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
def extract_batch(jobs: list[PageJob], page_timeout: float) -> list:
    """On a Dask worker: plain rows in, plain rows out. Each page runs in a page process
    of this worker under the run's time limit (a stuck page is killed, not waited for)."""
    from flows.runtime.page_pool import worker_page_pool

    return worker_page_pool(page_timeout).map(jobs)


@task(name="refetch-pages", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[5, 30])
def refetch_pages(db_path: str, rows: list[tuple[str, str, date]], fetch_settings) -> dict[str, bool]:
    """Fetch again the pages whose raw HTML is missing: article_id -> re-fetched or not.

    Opens the warehouse by its path: in the flow's process, the file the flow holds open
    (one database per file in a process), so the backfill stays its only writer."""
    from warehouse import db as wdb

    con = wdb.connect(db_path)
    try:
        return _refetch_pages(con, rows, fetch_settings)
    finally:
        con.close()


def _refetch_pages(con, rows: list[tuple[str, str, date]], fetch_settings) -> dict[str, bool]:
    from flows.clean import clean_page
    from flows.fetch import fetch_all, make_client
    from warehouse.load import store_refetched

    async def run():
        async with make_client(fetch_settings) as client:
            return await fetch_all(client, [url for _, url, _ in rows], fetch_settings, kind="page")

    results = asyncio.run(run())
    updates, outcome = [], {}
    now = datetime.now(timezone.utc)
    for (aid, url, _), res in zip(rows, results):
        outcome[aid] = res.ok
        if not res.ok:
            continue
        page = clean_page(res.body or b"", url, res.headers.get("content-type"))
        updates.append({"article_id": aid, "raw_html": compress_raw(res.body or b""),
                        "text": page.text, "text_found": bool(page.text), "fetched_at": now,
                        "http_status": res.http_status})
    store_refetched(con, updates)
    return outcome


class _Days:
    """The per-day bookkeeping of a run whose work is batched across days: a day is
    reported done when the last of its articles is loaded."""

    def __init__(self, logger):
        self.logger = logger
        self.stats: dict[date, dict] = {}
        self.left: Counter = Counter()

    def day(self, day: date) -> dict:
        if day not in self.stats:
            self.stats[day] = {"day": day.isoformat(), "articles": 0, "events": 0, "refetched": 0,
                               "failed": 0}
        return self.stats[day]

    def expect(self, days) -> None:
        for day in days:
            self.day(day)
            self.left[day] += 1

    def done(self, day: date) -> None:
        self.left[day] -= 1
        if self.left[day] == 0:
            self._log(day)

    def finish(self) -> None:
        """Log the days that had nothing left to re-extract (re-fetched pages only)."""
        for day in sorted(self.stats):
            if day not in self.left:
                self._log(day)

    def _log(self, day: date) -> None:
        d = self.stats[day]
        self.logger.info("day %s done: %d articles re-extracted, %d events, %d re-fetched, %d failed",
                         d["day"], d["articles"], d["events"], d["refetched"], d["failed"])

    def rows(self) -> list[dict]:
        return [self.stats[day] for day in sorted(self.stats)]


@flow(name="backfill", flow_run_name="backfill-{start}-{end}", log_prints=False)
def backfill(start: str, end: str, reextract: bool = True, refetch: bool = False,
             db_path: str = DEFAULT_DB, task_runner: str = "local",
             workers: int | None = None, feeds_path: str | None = None,
             batch: int = BATCH) -> BackfillResult:
    """Re-extract (and re-fetch) the stored articles published from `start` to `end` inclusive.

    The articles to do are found in one query over the whole range, then worked through
    in batches of `batch` articles whatever their days, so a long range of mostly empty
    days costs what its articles cost; each day is logged when its last article is loaded.

    Args:
        start: First publication day (YYYY-MM-DD).
        end: Last publication day, inclusive (YYYY-MM-DD).
        reextract: Run the current extractor again on stored articles that lack its events.
        refetch: Fetch again the pages of stored articles whose raw HTML is missing.
        db_path: The DuckDB warehouse file.
        task_runner: 'local' (worker processes on this machine) or 'dask'.
        workers: Processes (or Dask workers) for extraction; the cores, up to 4, when empty.
        feeds_path: With refetch: the feeds file whose [fetch] settings to use.
        batch: Articles per load transaction (and per Dask task).
    """
    from extractors import EXTRACTOR_VERSION
    from flows.config import FetchSettings, load_config
    from flows.runtime.page_pool import page_timeout_s
    from warehouse import db as wdb
    from warehouse import load as wload

    logger = get_run_logger()
    range_days = (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    started = time.perf_counter()
    fetch_settings = load_config(feeds_path).fetch if feeds_path else FetchSettings()
    use_tasks = task_runner == "dask"
    batch = max(1, int(batch))
    pool = None if use_tasks or not reextract else take_pool(workers)  # started by the CLI while Prefect starts
    con = wdb.connect(db_path)
    try:
        run_id = wload.start_run(con, "backfill", {"start": start, "end": end, "reextract": reextract,
                                                   "refetch": refetch, "task_runner": task_runner},
                                 EXTRACTOR_VERSION)
        result = BackfillResult(run_id=run_id, extractor_version=EXTRACTOR_VERSION, range_days=range_days)
        days = _Days(logger)
        totals: Counter = Counter()
        try:
            if refetch:
                # One query for the whole range, then the pages in batches across days.
                missing = wload.missing_html_worklist(con, start, end)
                for chunk in chunked(missing, batch):
                    outcome = refetch_pages(str(db_path), chunk, fetch_settings)
                    for aid, _, day in chunk:
                        days.day(day)["refetched" if outcome.get(aid) else "failed"] += 1
                        totals["refetched" if outcome.get(aid) else "failed"] += 1
            if reextract:
                work = wload.reextract_worklist(con, start, end, EXTRACTOR_VERSION)
                days.expect(day for _, day in work)
                runner = _DaskBatches(workers or 2, page_timeout_s()) if use_tasks else _PoolBatches(pool)
                _reextract(con, run_id, work, batch, runner, days, totals, logger, EXTRACTOR_VERSION)
            days.finish()
            result.days = days.rows()
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


class _PoolBatches:
    """Batches to this machine's page pool; each page under the pool's time limit."""

    def __init__(self, pool):
        self.pool = pool

    def submit(self, jobs: list[PageJob]):
        return self.pool.submit(jobs)

    @staticmethod
    def result(handle) -> list:
        return handle.result()

    window = 2   # batches in flight: the workers go on with the next while one is loaded


class _DaskBatches:
    """Batches as Prefect tasks on the flow's Dask cluster."""

    def __init__(self, workers: int, page_timeout: float):
        self.page_timeout = page_timeout
        self.window = 2 * max(1, workers)

    def submit(self, jobs: list[PageJob]):
        return extract_batch.submit(jobs, self.page_timeout)

    @staticmethod
    def result(handle) -> list:
        return handle.result()


def _reextract(con, run_id, work, batch, runner, days: _Days, totals: Counter, logger, version) -> None:
    """Hand the work out in batches across days, a few in flight, and load each batch as it
    comes back, in order (one transaction a batch)."""
    from collections import deque

    from warehouse import load as wload

    day_of = dict(work)
    total, done = len(work), 0
    progress.report("articles", 0, total)
    inflight: deque = deque()
    chunks = iter(list(chunked([aid for aid, _ in work], batch)))

    def fill() -> None:
        while len(inflight) < runner.window:
            ids = next(chunks, None)
            if ids is None:
                return
            rows = wload.stored_articles(con, ids)
            jobs = [_job_from_stored(r) for r in rows]
            inflight.append((ids, jobs, runner.submit(jobs)))

    fill()
    while inflight:
        ids, jobs, handle = inflight.popleft()
        pages = runner.result(handle)
        fill()   # the next batch goes out before this one is loaded
        _load_pages(con, run_id, jobs, pages, days, day_of, totals, logger, version)
        for aid in ids:
            days.done(day_of[aid])
        done += len(ids)
        progress.report("articles", done, total)


def _load_pages(con, run_id, jobs, pages, days: _Days, day_of, totals: Counter, logger, version) -> None:
    from warehouse import load as wload

    wrong = {p.extraction["extractor_version"] for p in pages if p.extraction} - {version}
    if wrong:
        raise WorkerVersionError(f"the workers run extractor {sorted(wrong)[0]}, this process {version}: "
                                 f"install the same strikewire on every worker")
    # A page the pool gave up on (its worker killed at the time limit) gets no
    # extractions row: a later backfill tries it again.
    lost = {p.article.article_id for p in pages
            if any(row.status in PAGE_FAILURES for row in p.log)}
    for aid in sorted(lost):
        logger.warning("gave up on article %s; see fetch_log", aid)
    extractions = [p.extraction for p in pages if p.extraction]
    # An article whose text yields nothing still gets its extractions row, so a rerun
    # does not pick it up again.
    for p in pages:
        if p.extraction is None and p.article.article_id not in lost:
            extractions.append({"article_id": p.article.article_id, "extractor_version": version,
                                "n_events": 0, "extracted_at": datetime.now(timezone.utc)})
    events = [e for p in pages for e in p.events]
    wload.load_batch(con, run_id=run_id, articles=[], extractions=extractions, events=events,
                     fetch_log=[row for p in pages for row in p.log])
    # Pages stored without text (a cleaner failure or a time-out) were cleaned again
    # from their raw HTML: keep the text found this time.
    recleaned = [p.article for p, job in zip(pages, jobs) if job.body is not None and p.article.text_found]
    wload.store_refetched(con, [
        {key: getattr(a, key) for key in ("article_id", "raw_html", "text", "text_found", "fetched_at", "http_status")}
        for a in recleaned])
    for p in pages:
        aid = p.article.article_id
        stats = days.day(day_of[aid])
        if aid in lost:
            stats["failed"] += 1
            totals["failed"] += 1
        else:
            stats["articles"] += 1
            totals["articles"] += 1
        stats["events"] += len(p.events)
        totals["events"] += len(p.events)


def run_backfill(*, start: str, end: str, reextract: bool, refetch: bool, db_path: str,
                 task_runner: str = "local", workers: int | None = None,
                 feeds_path: str | None = None, dask_address: str | None = None,
                 batch: int = BATCH) -> BackfillResult:
    """Run the flow with the chosen task runner (Dask only when asked). With Dask, the
    batches go to the scheduler at `dask_address` (a running cluster: `tcp://host:8786`),
    or to a local cluster of `workers` processes started for the run (10-20 s)."""
    flow_fn = backfill
    if task_runner == "dask":
        flow_fn = backfill.with_options(task_runner=dask_task_runner(workers, dask_address))
    return flow_fn(start=start, end=end, reextract=reextract, refetch=refetch, db_path=db_path,
                   task_runner=task_runner, workers=workers, feeds_path=feeds_path, batch=batch)


def dask_task_runner(workers: int | None, address: str | None):
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers or 2, "threads_per_worker": 1,
                                          "processes": True, "dashboard_address": None})
