"""`strikewire export`: the warehouse as Parquet or CSV files, partitioned by date.

Each dataset is a folder of Hive partitions, `DIR/<dataset>/date=YYYY-MM-DD/data_0.<ext>`
(rows without a date go to `date=__HIVE_DEFAULT_PARTITION__`), and reads back with

    SELECT * FROM read_parquet('DIR/operations/**/*.parquet', hive_partitioning = true);

giving the warehouse's rows plus the `date` partition column. Code tables are single
files (`DIR/actors.parquet`). CSV cannot hold lists or structs, so nested columns are
written as JSON text there. `manifest.json` lists what was written. Reads only: it works
on the analysts' read-only snapshot as well as on the warehouse.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

FORMATS = ("parquet", "csv")


@dataclass(frozen=True)
class Dataset:
    name: str
    query: str                 # selects the warehouse rows, in a stable order
    date: str | None           # SQL for the partition column, over the query's columns
    order: str


# `date` is the day a row is about: the event day for operations and events, the
# publication day for articles.
DATASETS = (
    Dataset("operations", "SELECT * FROM operations", "event_date", "operation_id"),
    Dataset("operation_members",
            "SELECT m.*, o.event_date AS operation_date FROM operation_members m "
            "JOIN operations o USING (operation_id)", "operation_date", "operation_id, member_rank"),
    Dataset("events", "SELECT * FROM events_current", "event_date", "article_id, ordinal"),
    Dataset("articles", "SELECT * EXCLUDE (raw_html) FROM articles", "CAST(published_at AS DATE)",
            "article_id"),
    Dataset("daily_operations", "SELECT * FROM daily_operations", "day", "day, actor, claimant, country"),
    Dataset("operations_by_admin1", "SELECT * FROM operations_by_admin1", "day",
            "day, actor, claimant, country, admin1"),
    Dataset("platforms_daily", "SELECT * FROM platforms_daily", "day", "day, actor, claimant, country, platform"),
    Dataset("targets_daily", "SELECT * FROM targets_daily", "day", "day, actor, claimant, country, target_type"),
    Dataset("actors", "SELECT * FROM actors", None, "code"),
    Dataset("admin1", "SELECT * FROM admin1", None, "code"),
    Dataset("operation_types", "SELECT * FROM operation_types", None, "code"),
    Dataset("platforms", "SELECT * FROM platforms", None, "code"),
    Dataset("target_types", "SELECT * FROM target_types", None, "code"),
)


class ExportError(ValueError):
    pass


@dataclass
class ExportSummary:
    out_dir: str
    fmt: str
    rows: dict[str, int] = field(default_factory=dict)
    partitions: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        lines = [f"exported {sum(self.rows.values())} rows as {self.fmt} to {self.out_dir}"]
        for name, n in self.rows.items():
            parts = self.partitions.get(name)
            where = f" in {parts} date partitions" if parts else ""
            lines.append(f"  {name:<22} {n:>9} rows{where}")
        return "\n".join(lines)


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _nested_as_json(con: duckdb.DuckDBPyConnection, query: str) -> str:
    """The query with every LIST/STRUCT/MAP column turned into JSON text (for CSV)."""
    cols = con.execute(f"DESCRIBE {query}").fetchall()
    parts = []
    for name, ctype, *_ in cols:
        ident = '"' + name.replace('"', '""') + '"'
        nested = ctype.endswith("]") or ctype.startswith(("STRUCT", "MAP", "UNION"))
        parts.append(f"CAST(to_json({ident}) AS VARCHAR) AS {ident}" if nested else ident)
    return f"SELECT {', '.join(parts)} FROM ({query})"


def export_warehouse(con: duckdb.DuckDBPyConnection, fmt: str, out_dir,
                     datasets: tuple[Dataset, ...] = DATASETS) -> ExportSummary:
    """Write every dataset under `out_dir` (replacing what an earlier export left there)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary = ExportSummary(str(out), fmt)
    manifest = {"format": fmt, "partition_column": "date", "datasets": {}}
    options = "FORMAT parquet, COMPRESSION zstd" if fmt == "parquet" else "FORMAT csv, HEADER true"
    for ds in datasets:
        query = f"SELECT * FROM ({ds.query}) ORDER BY {ds.order}"
        if fmt == "csv":
            query = _nested_as_json(con, query)
        rows = con.execute(f"SELECT count(*) FROM ({ds.query})").fetchall()[0][0]
        target = out / ds.name
        single = out / f"{ds.name}.{fmt}"
        shutil.rmtree(target, ignore_errors=True)
        single.unlink(missing_ok=True)
        entry = {"rows": rows}
        if ds.date is None:
            con.execute(f"COPY ({query}) TO {_sql_str(str(single))} ({options})")
            entry["path"] = single.name
        elif rows:
            con.execute(f"COPY (SELECT *, {ds.date} AS date FROM ({query})) TO {_sql_str(str(target))} "
                        f"({options}, PARTITION_BY (date), OVERWRITE true)")
            entry["path"] = f"{ds.name}/**/*.{fmt}"
            summary.partitions[ds.name] = sum(1 for p in target.iterdir() if p.is_dir())
        summary.rows[ds.name] = rows
        manifest["datasets"][ds.name] = entry
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return summary


def read_back_sql(out_dir, dataset: str, fmt: str) -> str:
    """The DuckDB query that reads an exported dataset back (partition column included)."""
    out = Path(out_dir)
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    single = out / f"{dataset}.{fmt}"
    if single.exists():
        return f"SELECT * FROM {reader}({_sql_str(str(single))})"
    pattern = str(out / dataset / "**" / f"*.{fmt}")
    return f"SELECT * FROM {reader}({_sql_str(pattern)}, hive_partitioning = true)"
