"""What each stage of the daily job costs on the bundled demo corpus.

    .venv/bin/python bench/bench_stages.py [--repeat 5]

Runs the stages the flow wires together, in one process and without Prefect, over the
demo corpus served on 127.0.0.1: fetch feeds, parse feeds, fetch pages, clean
(trafilatura), extract, load (a fresh DuckDB file each time), cluster operations. Prints
the median time of each stage over the repeats, per article, and as a ratio to cleaning,
the floor every article pays (STACK.md: trafilatura ~12-22 ms a page).
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from flows.config import FetchSettings  # noqa: E402
from flows.feeds import parse_feed  # noqa: E402
from flows.fetch import fetch_all, make_client  # noqa: E402
from flows.pipeline import PageJob, extract_rows, process_page  # noqa: E402
from strikewire.demo_server import serve_corpus  # noqa: E402

STAGES = ["fetch feeds", "parse feeds", "fetch pages", "clean", "extract", "load", "operations"]


def one_pass(server, settings: FetchSettings, tmp: Path, n: int) -> tuple[dict[str, float], int]:
    from flows.clean import clean_page
    from warehouse import db as wdb
    from warehouse.codes import sync_code_tables
    from warehouse.load import load_batch, start_run
    from warehouse.operations import update_operations

    took: dict[str, float] = {}

    async def fetch(urls, kind):
        async with make_client(settings) as client:
            return await fetch_all(client, urls, settings, kind=kind)

    t = time.perf_counter()
    feed_results = asyncio.run(fetch(server.feed_urls, "feed"))
    took["fetch feeds"] = time.perf_counter() - t

    t = time.perf_counter()
    items = {}
    for result in feed_results:
        for item in parse_feed(result.body, result.url, result.headers.get("content-type")).items:
            items.setdefault(item.url, item)
    took["parse feeds"] = time.perf_counter() - t

    t = time.perf_counter()
    pages = asyncio.run(fetch(list(items), "page"))
    took["fetch pages"] = time.perf_counter() - t
    jobs = [PageJob(url=item.url, feed_url=None, agency=None, guid=item.guid, title=item.title,
                    summary=item.summary, published_at=item.published_at, lang_hint=None,
                    body=res.body, content_type=res.headers.get("content-type"),
                    http_status=res.http_status)
            for item, res in zip(items.values(), pages) if res.ok]

    t = time.perf_counter()
    cleaned = [clean_page(job.body, job.url, job.content_type) for job in jobs]
    took["clean"] = time.perf_counter() - t

    t = time.perf_counter()
    for job, page in zip(jobs, cleaned):
        if page.text:
            extract_rows("x", {"id": "x", "text": page.text, "title": page.title,
                               "published": job.published_at.isoformat() if job.published_at else None,
                               "lang": page.lang})
    took["extract"] = time.perf_counter() - t

    # The load stage loads what the worker produces (clean + extract again, not timed).
    processed = [process_page(job) for job in jobs]
    con = wdb.connect(tmp / f"stages-{n}.duckdb")
    run_id = start_run(con, "bench", {}, None)
    t = time.perf_counter()
    load_batch(con, run_id=run_id, articles=[p.article for p in processed],
               extractions=[p.extraction for p in processed if p.extraction],
               events=[e for p in processed for e in p.events], fetch_log=[])
    took["load"] = time.perf_counter() - t
    t = time.perf_counter()
    update_operations(con, rebuild=sync_code_tables(con))     # as the daily flow does
    took["operations"] = time.perf_counter() - t
    con.close()
    return took, len(jobs)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    settings = FetchSettings(allow_private_networks=True, timeout_s=10)
    runs = []
    with serve_corpus() as server, tempfile.TemporaryDirectory() as tmp:
        one_pass(server, settings, Path(tmp), -1)  # warm-up: imports, lexicons, dateparser
        for n in range(args.repeat):
            took, articles = one_pass(server, settings, Path(tmp), n)
            runs.append(took)
    med = {stage: statistics.median(r[stage] for r in runs) for stage in STAGES}
    total = sum(med.values())
    print(f"demo corpus: {articles} articles, median of {args.repeat} passes, one process, no Prefect")
    print(f"{'stage':<14}{'total ms':>10}{'ms/article':>12}{'share':>8}{'× clean':>9}")
    for stage in STAGES:
        print(f"{stage:<14}{med[stage] * 1000:>10.1f}{med[stage] * 1000 / articles:>12.2f}"
              f"{med[stage] / total:>8.0%}{med[stage] / med['clean']:>9.2f}")
    print(f"{'all stages':<14}{total * 1000:>10.1f}{total * 1000 / articles:>12.2f}")
    print("(each pass loads a fresh warehouse, so 'operations' includes filling the code tables,\n"
          " which a warehouse pays once; 'fetch feeds' includes the HTTP client's start.)")


if __name__ == "__main__":
    main()
