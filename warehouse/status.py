"""Plain-text views of the warehouse for `strikewire status` and `strikewire demo`.

Both open the warehouse read-only; when a run holds it, they read the analysts'
snapshot instead and say so, rather than fail.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from warehouse import db
from warehouse.errors import WarehouseLocked


@contextmanager
def _reader(db_path: str):
    """(connection, note): the warehouse itself, or its snapshot while a run holds it."""
    try:
        con, note = db.connect(db_path, read_only=True), None
    except WarehouseLocked as exc:
        snap = db.snapshot_path(db_path)
        if not Path(snap).exists():
            raise
        taken = datetime.fromtimestamp(os.path.getmtime(snap), timezone.utc)
        holder = f"process {exc.pid}" if exc.pid else "another process"
        note = f"(the warehouse is in use by {holder}; showing its snapshot of {taken:%Y-%m-%d %H:%M} UTC)"
        con = db.connect(snap, read_only=True)
    try:
        yield con, note
    finally:
        con.close()


def _table(headers: list[str], rows: list[tuple], indent: str = "  ") -> list[str]:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    fmt = lambda r: indent + "  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip()  # noqa: E731
    return [fmt(headers)] + [fmt(r) for r in cells]


def _ts(value) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M") if value else ""


def _took(start, end) -> str:
    if not (start and end):
        return ""
    seconds = (end - start).total_seconds()
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.0f} min"


def _cut(text: str | None, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _one(con, sql: str, params=None):
    return con.execute(sql, params or []).fetchall()[0]


def render_status(db_path: str, n_runs: int = 5) -> str:
    """The last runs, what the warehouse holds, and the last run's failures by feed."""
    with _reader(db_path) as (con, note):
        lines = [note] if note else []
        info = _one(con, "SELECT schema_version, feeds, articles, articles_with_text, events_current, "
                         "newest_extractor_version, first_published_at, last_published_at FROM warehouse_info")
        lines.append(f"warehouse {db_path} (schema {info[0]})")
        lines.append(f"  {info[1]:,} feeds · {info[2]:,} articles ({info[3]:,} with text) · "
                     f"{info[4]:,} current events · newest extractor {info[5] or '-'}")
        if info[6]:
            lines.append(f"  published {info[6]:%Y-%m-%d} … {info[7]:%Y-%m-%d}")
        runs = con.execute("""
            SELECT run_id, flow, started_at, finished_at, status, articles_new, events_new, errors,
                   error_summary
            FROM runs ORDER BY started_at DESC LIMIT ?""", [n_runs]).fetchall()
        lines.append("")
        if not runs:
            lines.append("no runs yet")
            return "\n".join(lines)
        lines.append("last runs")
        lines += _table(["run", "flow", "started (UTC)", "took", "status", "new articles", "events", "errors"],
                        [(r[0], r[1], _ts(r[2]), _took(r[2], r[3]), r[4], r[5], r[6], r[7]) for r in runs])
        last = runs[0]
        if last[8]:
            lines.append(f"  last run's errors: {_cut(last[8], 200)}")
        failures = con.execute("""
            SELECT coalesce(f.name, l.feed_url, '(no feed)') AS feed, l.kind, l.stage, l.status,
                   count(*) AS n, any_value(l.error) AS example
            FROM fetch_log l LEFT JOIN feeds f ON f.url = l.feed_url
            WHERE l.run_id = ? AND l.status NOT IN ('ok', 'not_modified')
            GROUP BY ALL ORDER BY n DESC, feed LIMIT 30""", [last[0]]).fetchall()
        lines.append("")
        if failures:
            lines.append(f"failures of run {last[0]}, by feed")
            lines += _table(["feed", "kind", "stage", "status", "count", "example"],
                            [(r[0], r[1], r[2], r[3], r[4], _cut(r[5], 70)) for r in failures])
        else:
            lines.append(f"run {last[0]} logged no failures")
        return "\n".join(lines)


def render_landed(db_path: str, n_events: int = 10) -> str:
    """What the last run brought in: its counts, events by actor and operation, a few events."""
    with _reader(db_path) as (con, note):
        lines = [note] if note else []
        run = con.execute("SELECT run_id, status, articles_new, events_new FROM runs "
                          "ORDER BY started_at DESC LIMIT 1").fetchall()
        if not run:
            return "\n".join(lines + ["nothing has been loaded yet"])
        run_id, status, articles_new, events_new = run[0]
        lines.append(f"run {run_id} {status}: {articles_new or 0} new articles, {events_new or 0} events")
        # The run's articles are the pages it logged; their current events are what landed.
        landed = """
            SELECT e.*, a.agency, a.title FROM events_current e
            JOIN articles a USING (article_id)
            WHERE a.url IN (SELECT url FROM fetch_log WHERE run_id = $run AND kind = 'page')"""
        by_actor = con.execute(f"""
            SELECT actor, operation, count(*) AS events, count(DISTINCT article_id) AS articles,
                   sum(sorties) AS sorties, sum(strikes) AS strikes, sum(targets) AS targets
            FROM ({landed}) GROUP BY ALL ORDER BY events DESC, actor""", {"run": run_id}).fetchall()
        if not by_actor:
            lines.append("  no strike events in this run's articles")
            return "\n".join(lines)
        lines.append("")
        lines += _table(["actor", "operation", "events", "articles", "sorties", "strikes", "targets"], by_actor)
        # Reported operations by day and actor (one operation however many agencies carried it).
        by_day = con.execute(f"""
            SELECT day, actor, coalesce(claimant, '-'), coalesce(country, '-'), operations, sorties, strikes,
                   targets, sources
            FROM daily_operations
            WHERE (day, actor) IN (SELECT (event_date, actor) FROM ({landed}))
            ORDER BY day DESC, operations DESC, actor, claimant""", {"run": run_id}).fetchall()
        if by_day:
            lines.append("")
            lines += _table(["day", "actor", "claimant", "country", "operations", "sorties", "strikes",
                             "targets", "sources"], by_day)
        sample = con.execute(f"""
            SELECT event_date, actor, operation, sorties, strikes, targets, array_to_string(admin1, ','),
                   agency, coalesce(evidence_text, title)
            FROM ({landed}) ORDER BY event_date DESC NULLS LAST, confidence DESC LIMIT $n""",
                             {"run": run_id, "n": n_events}).fetchall()
        lines.append("")
        lines += _table(["date", "actor", "operation", "sorties", "strikes", "targets", "admin1", "agency",
                         "evidence"], [r[:8] + (_cut(r[8], 80),) for r in sample])
        return "\n".join(lines)


def render_showcase(db_path: str, limit: int = 3) -> str:
    """What the product is for, on the warehouse's own material: operations carried by
    several agencies (merged), and operations whose agencies disagree. Each section says
    so when the warehouse has none."""
    from warehouse.report import _differences_text

    with _reader(db_path) as (con, _note):
        lines = ["", "Merged operations (one claim carried by several articles, source_count >= 2):"]
        merged = con.execute("""
            SELECT event_date, actor, coalesce(claimant, '-'), operation, source_count,
                   array_to_string(agencies, ', '), coalesce(sorties, strikes, targets)
            FROM operations WHERE source_count >= 2
            ORDER BY source_count DESC, event_date DESC NULLS LAST, operation_id LIMIT ?""", [limit]).fetchall()
        if merged:
            lines += _table(["date", "actor", "claimant", "operation", "sources", "agencies", "figure"], merged)
        else:
            lines.append("  none: no two articles in this warehouse were read as the same claim")
        lines += ["", "Disagreements (the sources of one operation give different values):"]
        disputed = con.execute("""
            SELECT event_date, actor, coalesce(claimant, '-'), operation, differences
            FROM operations WHERE len(differing_fields) > 0
            ORDER BY figures_disagree DESC, event_date DESC NULLS LAST, operation_id LIMIT ?""", [limit]).fetchall()
        if disputed:
            lines += _table(["date", "actor", "claimant", "operation", "who said what"],
                            [r[:4] + (_cut(_differences_text(r[4]), 90),) for r in disputed])
        else:
            lines.append("  none: no operation's sources differ on a figure, date or place")
        return "\n".join(lines)
