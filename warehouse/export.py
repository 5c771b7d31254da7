"""`strikewire export`: the warehouse as Parquet or CSV files.

Parquet: each dated dataset is a folder of Hive partitions by month by default,
`DIR/<dataset>/month=YYYY-MM/data_0.parquet` (`--partition year|month|day|none`; rows
without a date go to `month=__HIVE_DEFAULT_PARTITION__`). Every row carries its `date`
as a DATE column inside the files, so pyarrow, pandas or DuckDB read it back as a date;
the partition key (`month`, a 'YYYY-MM' string) only names the folder. Read back with

    SELECT * FROM read_parquet('DIR/operations/**/*.parquet', hive_partitioning = true);

CSV (`--format csv`): one flat file per table (`DIR/operations.csv`), as ACLED's export
is, with names beside codes (`actor_name` after `actor`, `admin1_names` after `admin1`,
...); list and struct columns are JSON text. Code tables are single files in both.

`manifest.json` names the export time, the schema version, the extractor versions whose
events are in the export, and per dataset its rows, path and each column's type and
description (the warehouse's column comments). Reads only: it works on the analysts'
read-only snapshot as well as on the warehouse.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from warehouse.errors import ExportError

FORMATS = ("parquet", "csv")
PARTITIONS = {"year": "strftime(date, '%Y')", "month": "strftime(date, '%Y-%m')",
              "day": "strftime(date, '%Y-%m-%d')", "none": None}
DEFAULT_PARTITION = {"parquet": "month", "csv": "none"}

# Names beside codes in CSV: code column -> (name column, SQL of the name over q.<code>).
_NAMES = {
    "actor": ("actor_name", "(SELECT name FROM actors WHERE code = q.actor)"),
    "claimant": ("claimant_name", "(SELECT name FROM actors WHERE code = q.claimant)"),
    "target_group": ("target_group_name", "(SELECT name FROM actors WHERE code = q.target_group)"),
    "claimant_body": ("claimant_body_name", "(SELECT name FROM claimant_bodies WHERE code = q.claimant_body)"),
    "operation": ("operation_name", "(SELECT description FROM operation_types WHERE code = q.operation)"),
    "country": ("country_name", "(SELECT name FROM actors WHERE iso_alpha2 = q.country AND kind = 'state')"),
    "platform": ("platform_name", "(SELECT name FROM platforms WHERE code = q.platform)"),
    "target_type": ("target_type_name", "(SELECT name FROM target_types WHERE code = q.target_type)"),
    "admin1": ("admin1_names", "(SELECT string_agg(coalesce(a.name, u.c), '; ' ORDER BY u.i) FROM "
                               "(SELECT unnest(q.admin1) AS c, generate_subscripts(q.admin1, 1) AS i) u "
                               "LEFT JOIN admin1 a ON a.code = u.c)"),
}
_NAME_DESCRIPTIONS = {
    "actor_name": "Name of actor", "claimant_name": "Name of claimant", "target_group_name": "Name of target_group",
    "claimant_body_name": "Name of claimant_body", "operation_name": "Description of the operation type",
    "country_name": "Name of country", "platform_name": "Name of platform", "target_type_name": "Name of target_type",
    "admin1_names": "English names of the admin1 provinces, '; '-separated, in the same order",
    "admin1_name": "English name of the admin1 province",
}


@dataclass(frozen=True)
class Dataset:
    name: str
    query: str                 # selects the warehouse rows, in a stable order
    date: str | None           # SQL for the row's date, over the query's columns
    order: str
    source: str | None = None  # the table or view whose column comments describe it


# `date` is the day a row is about: the event day for operations and events, the
# publication day for articles.
DATASETS = (
    Dataset("operations", "SELECT * FROM operations", "event_date", "operation_id", "operations"),
    Dataset("operation_members",
            "SELECT m.*, o.event_date AS operation_date FROM operation_members m "
            "JOIN operations o USING (operation_id)", "operation_date", "operation_id, member_rank",
            "operation_members"),
    Dataset("events", "SELECT e.*, c.claimant_body FROM events_current e LEFT JOIN event_claimants c "
                      "USING (article_id, extractor_version, ordinal)", "event_date", "article_id, ordinal", "events"),
    Dataset("articles", "SELECT * EXCLUDE (raw_html) FROM articles", "CAST(published_at AS DATE)",
            "article_id", "articles"),
    Dataset("daily_operations", "SELECT * FROM daily_operations", "day", "day, actor, claimant, country",
            "daily_operations"),
    Dataset("operations_by_admin1", "SELECT * FROM operations_by_admin1", "day",
            "day, actor, claimant, country, admin1", "operations_by_admin1"),
    Dataset("platforms_daily", "SELECT * FROM platforms_daily", "day", "day, actor, claimant, country, platform",
            "platforms_daily"),
    Dataset("targets_daily", "SELECT * FROM targets_daily", "day", "day, actor, claimant, country, target_type",
            "targets_daily"),
    Dataset("actors", "SELECT * FROM actors", None, "code", "actors"),
    Dataset("admin1", "SELECT * FROM admin1", None, "code", "admin1"),
    Dataset("operation_types", "SELECT * FROM operation_types", None, "code", "operation_types"),
    Dataset("platforms", "SELECT * FROM platforms", None, "code", "platforms"),
    Dataset("target_types", "SELECT * FROM target_types", None, "code", "target_types"),
    Dataset("claimant_bodies", "SELECT * FROM claimant_bodies", None, "code", "claimant_bodies"),
)


@dataclass
class ExportSummary:
    out_dir: str
    fmt: str
    rows: dict[str, int] = field(default_factory=dict)
    partitions: dict[str, int] = field(default_factory=dict)
    partition: str = "month"

    def __str__(self) -> str:
        lines = [f"exported {sum(self.rows.values())} rows as {self.fmt} to {self.out_dir}"]
        for name, n in self.rows.items():
            parts = self.partitions.get(name)
            where = f" in {parts} {self.partition} partitions" if parts else ""
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


def _with_names(con: duckdb.DuckDBPyConnection, query: str) -> tuple[str, list[str]]:
    """The query with a name column after each code column it has (for CSV)."""
    described = con.execute(f"DESCRIBE {query}").fetchall()
    cols = [r[0] for r in described]
    types = {r[0]: r[1] for r in described}
    parts, added = [], []
    for c in cols:
        ident = '"' + c.replace('"', '""') + '"'
        parts.append(f"q.{ident}")
        if c == "admin1" and not types[c].endswith("[]"):
            if "admin1_name" not in cols:
                parts.append("(SELECT name FROM admin1 WHERE code = q.admin1) AS admin1_name")
                added.append("admin1_name")
            continue
        if c in _NAMES and _NAMES[c][0] not in cols:
            name, sql = _NAMES[c]
            parts.append(f"{sql} AS {name}")
            added.append(name)
    return f"SELECT {', '.join(parts)} FROM ({query}) q", added


def _descriptions(con: duckdb.DuckDBPyConnection, ds: Dataset, query: str) -> dict:
    comments = {}
    if ds.source:
        comments = dict(con.execute("SELECT column_name, comment FROM duckdb_columns() WHERE database_name = "
                                    "current_database() AND schema_name = 'main' AND table_name = ?",
                                    [ds.source]).fetchall())
    extra = {"date": "The day the row is about (event day; publication day for articles)",
             "operation_date": "The operation's event_date", "claimant_body": comments.get("claimant_body") or
             "Normalised claiming body (join claimant_bodies.code)", **_NAME_DESCRIPTIONS}
    return {name: {"type": ctype, "description": comments.get(name) or extra.get(name)}
            for name, ctype, *_ in con.execute(f"DESCRIBE {query}").fetchall()}


def export_warehouse(con: duckdb.DuckDBPyConnection, fmt: str, out_dir,
                     datasets: tuple[Dataset, ...] = DATASETS, partition: str | None = None) -> ExportSummary:
    """Write every dataset under `out_dir` (replacing what an earlier export left there).
    `partition`: year, month, day or none (default: month for Parquet, none for CSV)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    partition = partition or DEFAULT_PARTITION[fmt]
    if partition not in PARTITIONS:
        raise ExportError(f"unknown partition {partition!r}: use one of {', '.join(PARTITIONS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary = ExportSummary(str(out), fmt, partition=partition)
    schema_version = con.execute("SELECT max(version) FROM schema_migrations").fetchall()[0][0]
    versions = [v for (v,) in con.execute(
        "SELECT DISTINCT extractor_version FROM events_current ORDER BY 1").fetchall()]
    manifest = {"format": fmt, "exported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "schema_version": schema_version, "extractor_versions": versions,
                "partition": partition, "partition_column": None if partition == "none" else partition,
                "date_column": "date", "datasets": {}}
    options = "FORMAT parquet, COMPRESSION zstd" if fmt == "parquet" else "FORMAT csv, HEADER true"
    key = PARTITIONS[partition]
    for ds in datasets:
        query = f"SELECT * FROM ({ds.query}) ORDER BY {ds.order}"
        if ds.date is not None:
            query = f"SELECT *, CAST({ds.date} AS DATE) AS date FROM ({query})"
        if fmt == "csv":
            query, _ = _with_names(con, query)
            query = _nested_as_json(con, query)
        rows = con.execute(f"SELECT count(*) FROM ({ds.query})").fetchall()[0][0]
        target = out / ds.name
        single = out / f"{ds.name}.{fmt}"
        shutil.rmtree(target, ignore_errors=True)
        single.unlink(missing_ok=True)
        entry = {"rows": rows, "columns": _descriptions(con, ds, query)}
        if ds.date is None or key is None:
            con.execute(f"COPY ({query}) TO {_sql_str(str(single))} ({options})")
            entry["path"] = single.name
        elif rows:
            con.execute(f"COPY (SELECT *, {key} AS {partition} FROM ({query})) TO {_sql_str(str(target))} "
                        f"({options}, PARTITION_BY ({partition}), OVERWRITE true)")
            entry["path"] = f"{ds.name}/**/*.{fmt}"
            summary.partitions[ds.name] = sum(1 for p in target.iterdir() if p.is_dir())
        summary.rows[ds.name] = rows
        manifest["datasets"][ds.name] = entry
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, default=str) + "\n", encoding="utf-8")
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
