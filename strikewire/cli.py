"""The `strikewire` command.

Library errors (a bad feeds file, a warehouse held by another process) become one-line
messages here and nowhere else; every command's help ends with an example.
"""
from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import click

from warehouse import DEFAULT_DB

DEMO_DB = "data/demo.duckdb"


def _default_db() -> str:
    return os.environ.get("STRIKEWIRE_DB", DEFAULT_DB)


def db_option(default: str | None = None):
    return click.option("--db", "db_path", type=click.Path(dir_okay=False),
                        default=default or _default_db, show_default=default or "$STRIKEWIRE_DB or "
                        + DEFAULT_DB, help="DuckDB warehouse file.")


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2026-11-25") from None


class Failure(click.ClickException):
    """A one-line error: printed as 'strikewire: …' with exit status 2."""

    exit_code = 2

    def show(self, file=None):
        click.echo(f"strikewire: {self.message}", err=True)


@contextmanager
def friendly_errors():
    """Turn the errors an operator can act on into one line, never a traceback.

    Every library error is one of three trees, each with a one-line message: `ConfigError`
    (flows/config.py), `WarehouseError` (warehouse/errors.py: locked, damaged, migrations,
    code tables, exports) and `ExtractorError` (extractors/errors.py: lexicons, gazetteer)."""
    import duckdb

    from extractors.errors import ExtractorError
    from flows.config import ConfigError
    from warehouse.errors import WarehouseError, translate

    try:
        yield
    except (ConfigError, WarehouseError, ExtractorError) as exc:
        raise Failure(str(exc)) from None
    except duckdb.Error as exc:   # met after the warehouse opened: a damaged file, a full disk
        raise Failure(str(translate(exc))) from None
    except FileNotFoundError as exc:
        raise Failure(f"{exc.filename or exc}: no such file") from None
    except OSError as exc:
        if exc.errno == 28:   # ENOSPC
            raise Failure(str(translate(exc))) from None
        raise
    except KeyboardInterrupt:
        raise Failure("interrupted; the next run completes what this one left") from None


def _prefect(one_shot: bool = True):
    """Quiet, offline Prefect settings; for a one-shot command, also start Prefect's API
    server now (when none is configured) so it boots while the rest is imported."""
    from flows.runtime import prefect_env

    prefect_env.configure(one_shot=one_shot)
    if one_shot:
        from flows.runtime import prefect_api

        prefect_api.start_early()


def _api_ready() -> None:
    from flows.runtime import prefect_api

    try:
        prefect_api.wait_ready(notice=lambda line: click.echo(f"strikewire: {line}", err=True))
    except prefect_api.ApiStartError as exc:
        raise Failure(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="strikewire")
def cli():
    """Turn wire-agency news into a DuckDB record of reported military strikes.

    \b
    Example:
      strikewire run --feeds feeds.toml --db data/warehouse.duckdb
    """


# ----------------------------------------------------------------------------- run

class ProgressBar:
    """A rich progress bar fed by the flow's progress sink (stage, done, total)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.progress = None
        self.tasks: dict[str, int] = {}

    def __enter__(self):
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     TimeElapsedColumn(), transient=False)
            self.progress.__enter__()
        return self

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.progress is None:
            return
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)

    def __exit__(self, *exc):
        if self.progress is not None:
            self.progress.__exit__(*exc)


def check_writable(db_path: str, lock_wait_s: float) -> None:
    """Fail in a second, not after Prefect's start-up, when another process holds the
    warehouse (or wait for it up to lock_wait_s); applies pending migrations too."""
    from warehouse import db as wdb

    wdb.connect(db_path, lock_wait_s=lock_wait_s).close()


def check_data() -> None:
    """The data shipped with the code that a run reads at its start or end: the code tables
    and the gazetteer (through the extractor's version). Read here, before Prefect runs
    anything, a malformed file is one line (CodeTableError, GazetteerDataError); both are
    cached, so the run does not read them again."""
    from extractors import extractor_version
    from warehouse.codes import check_code_tables

    check_code_tables()
    extractor_version()


def run_daily(feeds_path: str, db_path: str, run_date: str | None, workers: int | None,
              progress: bool, lock_wait_s: float = 0.0) -> "object":
    from flows.config import load_config

    _prefect()                        # Prefect's API server boots from here on
    load_config(feeds_path)           # a bad feeds file is reported before anything runs
    check_data()                      # and so is broken data shipped with the code
    check_writable(db_path, lock_wait_s)
    from flows import daily
    from flows.runtime import page_pool
    from flows.runtime import progress as progress_sink   # `progress` is the caller's flag

    # The page workers load trafilatura, the lexicons and the gazetteer (seconds of CPU)
    # on the core this process leaves idle while it waits for Prefect's server (started
    # only now, after its own imports, so as not to slow them), and the first pages find
    # them ready. A run whose feeds have nothing new stops them before they are forked
    # (`discard_prestarted`).
    page_pool.prestart_pool(workers)
    _api_ready()

    from flows.runtime.prefect_api import one_shot_settings

    with ProgressBar(progress) as bar, one_shot_settings():
        progress_sink.set_sink(bar)
        try:
            state = daily.daily_ingest(feeds_path=str(feeds_path), db_path=str(db_path),
                                       run_date=run_date, workers=workers, lock_wait_s=lock_wait_s,
                                       return_state=True)
            # A run that failed as a whole ends Failed in Prefect with its summary as data;
            # one that raised carries the exception, shown here as one line.
            summary = state.result(raise_on_failure=False)
            if isinstance(summary, BaseException):
                raise summary
        finally:
            progress_sink.set_sink(None)
            page_pool.discard_prestarted(workers)   # the flow ended before it took them
    if summary.failures and summary.failures[0].kind == "run":   # locked, damaged, disk full
        raise Failure(summary.failures[0].error)
    return summary


def print_run(summary) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"run {summary.run_id} ({summary.run_date}): {summary.status}")
    for col in ("feed", "status", "items", "new articles", "events", "errors"):
        table.add_column(col, justify="right" if col not in ("feed", "status") else "left")
    for r in summary.feeds:
        table.add_row(r.name, r.status, str(r.items), str(r.new_articles), str(r.events), str(r.errors))
    console.print(table)
    c = summary.counts
    console.print(f"{c.get('articles_new', 0)} new articles, {c.get('events_new', 0)} events, "
                  f"{c.get('errors', 0)} failures recorded in fetch_log → {summary.db_path}")


@cli.command()
@click.option("--feeds", "feeds_path", type=click.Path(dir_okay=False), default="feeds.toml",
              show_default=True, help="Feeds file (TOML).")
@db_option()
@click.option("--date", "run_date", callback=_date, help="Logical date of the run (default: today, UTC).")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Processes for cleaning and extraction (default: the cores, up to 4).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--lock-wait", "lock_wait_s", type=click.FloatRange(0), default=0, show_default=True,
              help="Seconds to wait when another run holds the warehouse (0: fail at once).")
def run(feeds_path, db_path, run_date, workers, progress, lock_wait_s):
    """Run the daily job once: fetch the feeds, load new articles and their strike events.

    Exit status 0 when the run completed, even with some feeds failing (the failures
    are in `fetch_log` and `strikewire status`); non-zero when the run could not
    complete or every feed failed.

    \b
    Example:
      strikewire run --feeds feeds.toml --db data/warehouse.duckdb --date 2026-11-25
    """
    with friendly_errors():
        summary = run_daily(feeds_path, db_path, run_date, workers,
                            sys.stderr.isatty() if progress is None else progress, lock_wait_s)
    print_run(summary)
    if not summary.ok:
        raise Failure(f"run {summary.run_id} {summary.status}: every feed failed; see `strikewire status`")


# ----------------------------------------------------------------------------- extract

@cli.command()
@click.option("--jsonl", "jsonl_path", type=click.Path(dir_okay=False, allow_dash=True),
              help="Contract input: one JSON document a line ('-' for standard input).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, exists=True),
              help="A raw article page: cleaned with trafilatura first.")
@click.option("--url", default=None, help="With --html: the page's URL.")
@click.option("--published", default=None, help="With --html: publication time (ISO 8601) for relative dates.")
@click.option("--lang", default=None, help="With --html: language hint.")
def extract(jsonl_path, html_path, url, published, lang):
    """Read strike events from documents, in the extraction contract's format.

    Writes one JSON line per input line, in order. A bad line gets
    {"id": …, "error": …} and the rest go on.

    \b
    Example:
      strikewire extract --jsonl extractors/eval/team.jsonl
    """
    if bool(jsonl_path) == bool(html_path):
        raise click.UsageError("give exactly one of --jsonl or --html")
    out = sys.stdout
    if jsonl_path:
        import io

        try:
            # Bytes in, decoded here: invalid UTF-8 becomes U+FFFD on standard input as in
            # a file, never raw bytes passed through to the output.
            raw = sys.stdin.buffer if jsonl_path == "-" else open(jsonl_path, "rb")
        except OSError as exc:
            raise Failure(f"{jsonl_path}: {exc.strerror}") from None
        with io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline=None) as fh, friendly_errors():
            from extractors.contract import run_jsonl

            for result in run_jsonl(fh):
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
        return
    from extractors import extract_document
    from flows.clean import clean_page

    raw = Path(html_path).read_bytes()
    page = clean_page(raw, url or Path(html_path).resolve().as_uri())
    if not page.text:
        raise Failure(f"{html_path}: {page.error or 'no article text found'}")
    doc = {"id": Path(html_path).name, "title": page.title, "text": page.text,
           "published": published or (page.published_at.isoformat() if page.published_at else None),
           "lang": lang or page.lang, "url": url}
    with friendly_errors():
        result = extract_document(doc)
    out.write(json.dumps(result, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------- evaluate

@cli.command()
@click.argument("gold", type=click.Path(dir_okay=False, exists=True))
@click.argument("docs", type=click.Path(dir_okay=False, exists=True))
@click.option("--per-doc", is_flag=True, help="List each document's errors first.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
def evaluate(gold, docs, per_doc, as_json):
    """Run the extractor on DOCS and score it against GOLD, per field (P, R, F1).

    The numbers are those of the contract's score.py.

    \b
    Example:
      strikewire evaluate extractors/eval/team.gold.jsonl extractors/eval/team.jsonl
    """
    from extractors.evaluate import evaluate_paths, format_scores

    with friendly_errors():
        scores = evaluate_paths(gold, docs)
    click.echo(json.dumps(scores.as_dict(), indent=1) if as_json else format_scores(scores, per_doc))


# ----------------------------------------------------------------------------- status

@cli.command()
@db_option()
@click.option("--runs", "n_runs", type=click.IntRange(1, 1000), default=5, show_default=True,
              help="How many recent runs to list.")
def status(db_path, n_runs):
    """Show the last runs, what the warehouse holds, and the last run's failures by feed.

    \b
    Example:
      strikewire status --db data/warehouse.duckdb
    """
    from warehouse.status import render_status

    with friendly_errors():
        if not Path(db_path).exists():
            raise Failure(f"{db_path}: no warehouse here yet; run `strikewire run` first")
        click.echo(render_status(db_path, n_runs=n_runs))


# ----------------------------------------------------------------------------- demo

DEMO_PORT = 8765

@cli.command()
@db_option(DEMO_DB)
@click.option("--fresh/--keep", default=True, show_default=True,
              help="Start from an empty demo warehouse, or add to the existing one.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Processes for cleaning and extraction.")
@click.option("--port", type=click.IntRange(0, 65535), default=DEMO_PORT, show_default=True,
              help="Port of the demo server on 127.0.0.1. A fixed port keeps the corpus's URLs the same "
                   "from run to run, so --keep never loads an article twice (0: any free port).")
def demo(db_path, fresh, workers, port):
    """Serve the bundled demo corpus on 127.0.0.1, run the daily job on it, show what landed.

    \b
    Example:
      strikewire demo --db data/demo.duckdb
    """
    from strikewire.demo_server import demo_feeds_toml, serve_corpus

    db = Path(db_path)
    if fresh:
        for suffix in ("", ".wal", ".snapshot.duckdb", ".pages", ".pages-wal", ".pages-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
    db.parent.mkdir(parents=True, exist_ok=True)
    try:
        server = serve_corpus(port=port)
    except OSError as exc:
        raise Failure(f"cannot serve the demo corpus on 127.0.0.1:{port} ({exc.strerror or exc}); "
                      f"stop what holds the port or pass --port N") from None
    with server, friendly_errors():
        feeds_file = db.parent / "demo-feeds.toml"
        feeds_file.write_text(demo_feeds_toml(server.base_url, server.feed_urls), encoding="utf-8")
        click.echo(f"demo corpus served at {server.base_url} ({len(server.feed_urls)} feeds)")
        summary = run_daily(str(feeds_file), str(db), None, workers, sys.stderr.isatty())
    print_run(summary)
    from warehouse.status import render_landed, render_showcase

    click.echo(render_landed(str(db)))
    click.echo(render_showcase(str(db)))


# ----------------------------------------------------------------------------- backfill

@cli.command()
@click.option("--start", required=True, callback=_date, help="First publication day (YYYY-MM-DD).")
@click.option("--end", required=True, callback=_date, help="Last publication day, inclusive.")
@click.option("--reextract", is_flag=True, help="Run the current extractor again on stored articles.")
@click.option("--refetch", is_flag=True, help="Fetch pages again for stored articles whose raw HTML is missing.")
@click.option("--task-runner", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: a process pool on this machine; dask: Prefect tasks on a Dask cluster.")
@click.option("--dask-address", default=None, metavar="tcp://HOST:PORT",
              help="With --task-runner dask: the scheduler of a running Dask cluster "
                   "(default: a local cluster of --workers processes, started for the run).")
@click.option("--feeds", "feeds_path", type=click.Path(dir_okay=False, exists=True), default=None,
              help="With --refetch: the feeds file whose [fetch] settings to use.")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="Processes for extraction.")
@db_option()
def backfill(start, end, reextract, refetch, task_runner, dask_address, feeds_path, workers, db_path):
    """Re-extract (and re-fetch) stored articles published between START and END.

    Resumable: a killed backfill, run again, continues where it stopped. Events of
    older extractor versions are kept; see the views events_current and event_changes.

    \b
    Example:
      strikewire backfill --start 2026-11-01 --end 2026-11-24 --reextract
      strikewire backfill --start 2026-01-01 --end 2026-11-24 --reextract --task-runner dask --dask-address tcp://scheduler:8786
    """
    if start > end:
        raise click.BadParameter("--start is after --end")
    if not (reextract or refetch):
        raise click.UsageError("say what to do: --reextract, --refetch, or both")
    if task_runner == "dask":
        import importlib.util

        if importlib.util.find_spec("prefect_dask") is None:
            raise Failure("--task-runner dask needs the 'dask' extra: .venv/bin/pip install -e '.[dask]'")
    if dask_address and task_runner != "dask":
        raise click.UsageError("--dask-address goes with --task-runner dask")
    import re

    if dask_address and not re.fullmatch(r"(tcp|tls|ws|wss|inproc|ucx)://\S+", dask_address):
        raise click.BadParameter(f"{dask_address!r}: give the scheduler's address, e.g. tcp://127.0.0.1:8786",
                                 param_hint="--dask-address")
    if dask_address:
        _check_scheduler(dask_address)
    _prefect()
    with friendly_errors():
        check_data()
        check_writable(db_path, 0)
    from flows import backfill as bf
    from flows.runtime import page_pool, progress

    with friendly_errors():
        if task_runner == "local":
            # The workers load the lexicons while Prefect's server starts.
            page_pool.prestart_pool(workers)
        _api_ready()

    from flows.runtime.prefect_api import one_shot_settings

    with friendly_errors(), ProgressBar(sys.stderr.isatty()) as bar, one_shot_settings():
        progress.set_sink(bar)
        try:
            result = bf.run_backfill(start=start, end=end, reextract=reextract, refetch=refetch,
                                     db_path=str(db_path), task_runner=task_runner, workers=workers,
                                     dask_address=dask_address, feeds_path=feeds_path)
        except bf.WorkerVersionError as exc:
            raise Failure(str(exc)) from None
        except OSError as exc:
            if dask_address and exc.errno is None:   # distributed's connection failures
                raise Failure(f"cannot reach the Dask scheduler at {dask_address} ({exc}); "
                              f"start it (`dask scheduler`) or fix --dask-address") from None
            raise
    click.echo(bf.format_result(result))


def _check_scheduler(address: str) -> None:
    """Fail in seconds, before Prefect starts, when nothing answers at a tcp:// scheduler
    address (Dask itself would try for 30 s, and only once the first batch is sent)."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address)
    if parts.scheme != "tcp":
        return
    try:
        host, port = parts.hostname, parts.port
    except ValueError:   # a port that is not a number
        host, port = parts.hostname, None
    if not host or not port:
        raise click.BadParameter(f"{address!r}: give host and port, e.g. tcp://127.0.0.1:8786",
                                 param_hint="--dask-address")
    try:
        socket.create_connection((host, port), timeout=10).close()
    except OSError as exc:
        raise Failure(f"cannot reach the Dask scheduler at {address} ({exc.strerror or exc}); "
                      f"start it (`dask scheduler`) or fix --dask-address") from None


# ----------------------------------------------------------------------------- serve

SERVE_DEPLOYMENT = "daily-ingest-serve"


@cli.command()
@click.option("--feeds", "feeds_path", type=click.Path(dir_okay=False, exists=True), default="feeds.toml",
              show_default=True)
@db_option()
@click.option("--cron", default="30 5 * * *", show_default=True, help="When to run (cron syntax).")
@click.option("--timezone", "tz", default="UTC", show_default=True, help="IANA timezone of the cron schedule.")
def serve(feeds_path, db_path, cron, tz):
    """Run the daily job on a schedule from this process (no work pool needed).

    Needs a Prefect API: start one with `prefect server start` in another terminal
    and set PREFECT_API_URL, or let Prefect start a local one.

    \b
    Example:
      strikewire serve --feeds feeds.toml --cron "30 5 * * *" --timezone Europe/Paris
    """
    _prefect(one_shot=False)
    from flows.daily import daily_ingest
    from prefect.schedules import Cron

    with friendly_errors():
        from flows.config import load_config

        load_config(feeds_path)  # fail now, not at 05:30
        # Its own deployment name: `daily-ingest` is the work-pool deployment of
        # deployments/prefect.yaml, whose pool, schedule and parameters serve must not touch.
        daily_ingest.serve(name=SERVE_DEPLOYMENT, schedules=[Cron(cron, timezone=tz)],
                           parameters={"feeds_path": str(Path(feeds_path).resolve()),
                                       "db_path": str(Path(db_path).resolve())})


# ----------------------------------------------------------------------------- export, report

@cli.command()
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False), required=True, help="Output directory.")
@click.option("--partition", type=click.Choice(["year", "month", "day", "none"]), default=None,
              help="Folders per year, month or day, or one file per table "
                   "(default: month for parquet, none for csv).")
@db_option()
def export(fmt, out_dir, partition, db_path):
    """Export operations, events, daily views and code tables as Parquet or CSV.

    Parquet is partitioned by month; CSV is one flat file per table with names beside
    codes. manifest.json lists the datasets, their columns and the extractor versions.

    \b
    Example:
      strikewire export --format parquet --out exports/ --db data/warehouse.duckdb
    """
    from warehouse import db as wdb
    from warehouse.export import export_warehouse

    with friendly_errors():
        con = wdb.connect(db_path, read_only=True)
        try:
            click.echo(export_warehouse(con, fmt, out_dir, partition=partition))
        finally:
            con.close()


@cli.command()
@click.option("--out", "out_path", type=click.Path(dir_okay=False), default="report.html", show_default=True)
@click.option("--since", callback=_date, help="First day shown (default: the last 30 days of data).")
@db_option()
def report(out_path, since, db_path):
    """Write a self-contained HTML report: daily charts by actor, provinces, latest operations.

    \b
    Example:
      strikewire report --out report.html --since 2026-11-01
    """
    from warehouse import db as wdb
    from warehouse.report import render_report

    with friendly_errors():
        con = wdb.connect(db_path, read_only=True)
        try:
            path = render_report(con, out_path, since=since)
        finally:
            con.close()
    click.echo(f"report written to {path}")


def _examples_last(group: click.Group) -> None:
    """Move each docstring's 'Example:' block into the epilog, so help ends with it."""
    import inspect

    for command in [group, *group.commands.values()]:
        help_text = inspect.cleandoc(command.help or "")
        head, sep, example = help_text.partition("\b\nExample:")
        if sep:
            command.help = head.rstrip()
            command.epilog = "\b\nExample:" + example


_examples_last(cli)


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="strikewire")


if __name__ == "__main__":  # pragma: no cover
    main()
