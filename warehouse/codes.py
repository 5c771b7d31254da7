"""Code tables analysts join with: `actors`, `admin1`, `operation_types`, `platforms`,
`target_types`.

The data lives in `warehouse/codes/` (TOML and TSV, reviewed like code), except the
non-state actors, whose one table is the extractor's (`extractors/data/actors.toml`); states and
first-level subdivisions not curated there come from pycountry, so every ISO code the
extractor can emit has a row. A first-level unit's centre (`admin1.lat`, `lon`) is the
gazetteer's (`extractors/data/admin1_centroids.tsv` and the overrides in
`extractors/data/admin1/<cc>.toml`), the one place it is kept, so the table and the
extractor cannot disagree. `sync_codes` rewrites a table only when its data changed.
"""
from __future__ import annotations

import csv
import hashlib
import json
import tomllib
from functools import lru_cache
from pathlib import Path

import duckdb
import pyarrow as pa

from warehouse.db import registered, transaction
from warehouse.errors import CodeTableError

CODES_DIR = Path(__file__).with_name("codes")

ACTOR_FIELDS = ("code", "name", "kind", "iso_alpha3", "iso_alpha2", "description")
ADMIN1_FIELDS = ("code", "name", "country", "type", "lat", "lon")
ADMIN1_TSV_FIELDS = ("code", "name", "country", "type")   # lat/lon: the gazetteer's
OPERATION_TYPE_FIELDS = ("code", "description", "acled_event_type", "acled_sub_event_type",
                         "cameo_code", "cameo_name", "plover_event_type", "plover_mode")


PLATFORM_FIELDS = ("code", "name", "kind", "operators")
PLATFORM_KINDS = ("aircraft", "helicopter", "drone", "cruise_missile", "ballistic_missile",
                  "artillery_rocket_system")
TARGET_TYPE_FIELDS = ("code", "name", "category", "description")
TARGET_CATEGORIES = ("military", "infrastructure", "economic", "personnel", "civilian")


def _read_toml(name: str) -> dict:
    path = CODES_DIR / name
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise CodeTableError(f"{name}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise CodeTableError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def actor_rows() -> list[dict]:
    import pycountry

    rows = {}
    for c in pycountry.countries:
        rows[c.alpha_3] = {"code": c.alpha_3, "name": getattr(c, "common_name", None) or c.name,
                           "kind": "state", "iso_alpha3": c.alpha_3, "iso_alpha2": c.alpha_2,
                           "description": getattr(c, "official_name", None)}
    from extractors.actors import table  # the extractor's table of non-state actors is the one

    for code, entry in table().items():
        rows[code] = {"code": code, "name": entry["name"], "kind": entry["kind"], "iso_alpha3": None,
                      "iso_alpha2": None, "description": entry.get("description")}
    return [rows[k] for k in sorted(rows)]


def admin1_rows() -> list[dict]:
    import pycountry

    from extractors.gazetteer import get_gazetteer

    rows = {}
    for s in pycountry.subdivisions:
        if getattr(s, "parent_code", None):
            continue
        rows[s.code] = {"code": s.code, "name": s.name, "country": s.country_code,
                        "type": (s.type or "").lower() or None}
    gazetteer = get_gazetteer()
    for unit in gazetteer.all_admin1():   # every unit the extractor can emit has a row
        rows.setdefault(unit.code, {"code": unit.code, "name": unit.name_en, "country": unit.country, "type": None})
    path = CODES_DIR / "admin1.tsv"
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for line, rec in enumerate(csv.DictReader(fh, delimiter="\t"), start=2):
                if set(rec) != set(ADMIN1_TSV_FIELDS) or not rec["code"] or not rec["name"]:
                    raise CodeTableError(f"admin1.tsv:{line}: expected columns {', '.join(ADMIN1_TSV_FIELDS)}")
                if not rec["code"].startswith(rec["country"] + "-"):
                    raise CodeTableError(f"admin1.tsv:{line}: {rec['code']} is not in country {rec['country']}")
                rows[rec["code"]] = {**rows.get(rec["code"], {}), **rec}
    except (OSError, UnicodeDecodeError) as exc:
        raise CodeTableError(f"{path}: cannot be read ({exc})") from None
    for code, row in rows.items():
        unit = gazetteer.admin1_info(code)
        row["lat"], row["lon"] = (unit.lat, unit.lon) if unit is not None else (None, None)
    return [rows[k] for k in sorted(rows)]


# The ASSAULT modes of the PLOVER manual (Open Event Data Alliance, draft 0.7b1).
PLOVER_ASSAULT_MODES = frozenset({
    "abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive",
    "firearms", "explosives", "suicide-attack", "heavy-weapons"})


def operation_type_rows() -> list[dict]:
    rows = []
    for code, entry in sorted(_read_toml("operation_types.toml").items()):
        missing = [f for f in OPERATION_TYPE_FIELDS[1:] if not entry.get(f)]
        if missing:
            raise CodeTableError(f"operation_types.toml [{code}]: missing {', '.join(missing)}")
        if entry["plover_event_type"] == "ASSAULT" and entry["plover_mode"] not in PLOVER_ASSAULT_MODES:
            raise CodeTableError(f"operation_types.toml [{code}]: plover_mode {entry['plover_mode']!r} is not "
                                 f"a PLOVER ASSAULT mode ({', '.join(sorted(PLOVER_ASSAULT_MODES))})")
        rows.append({"code": code, **{f: str(entry[f]) for f in OPERATION_TYPE_FIELDS[1:]}})
    return rows


def platform_rows() -> list[dict]:
    import pycountry

    rows = []
    for code, entry in sorted(_read_toml("platforms.toml").items()):
        if not entry.get("name") or entry.get("kind") not in PLATFORM_KINDS:
            raise CodeTableError(f"platforms.toml [{code}]: needs a name and a kind of {', '.join(PLATFORM_KINDS)}")
        operators = list(entry.get("operators", []))
        bad = [c for c in operators if pycountry.countries.get(alpha_3=c) is None]
        if bad:
            raise CodeTableError(f"platforms.toml [{code}]: operators {', '.join(bad)} are not ISO 3166-1 alpha-3")
        rows.append({"code": code, "name": entry["name"], "kind": entry["kind"], "operators": operators})
    return rows


def target_type_rows() -> list[dict]:
    rows = []
    for code, entry in sorted(_read_toml("target_types.toml").items()):
        if not entry.get("name") or entry.get("category") not in TARGET_CATEGORIES:
            raise CodeTableError(f"target_types.toml [{code}]: needs a name and a category of "
                                 f"{', '.join(TARGET_CATEGORIES)}")
        rows.append({"code": code, "name": entry["name"], "category": entry["category"],
                     "description": entry.get("description")})
    return rows


CLAIMANT_BODY_FIELDS = ("code", "name", "kind", "patterns")
BODY_KINDS = ("ministry", "staff", "service", "command", "spokesperson", "government", "security", "monitor",
              "media", "local_authority")


def claimant_body_entries() -> dict[str, dict]:
    import re

    entries = _read_toml("claimant_bodies.toml")
    for code, entry in entries.items():
        if not entry.get("name") or entry.get("kind") not in BODY_KINDS or not entry.get("patterns"):
            raise CodeTableError(f"claimant_bodies.toml [{code}]: needs a name, patterns and a kind of "
                                 f"{', '.join(BODY_KINDS)}")
        for pat in entry["patterns"]:
            try:
                re.compile(pat)
            except re.error as exc:
                raise CodeTableError(f"claimant_bodies.toml [{code}]: pattern {pat!r}: {exc}") from None
    return dict(sorted(entries.items()))


def claimant_body_rows() -> list[dict]:
    return [{"code": code, "name": e["name"], "kind": e["kind"], "patterns": list(e["patterns"])}
            for code, e in claimant_body_entries().items()]


_TABLES = {
    "actors": (actor_rows, ACTOR_FIELDS),
    "admin1": (admin1_rows, ADMIN1_FIELDS),
    "operation_types": (operation_type_rows, OPERATION_TYPE_FIELDS),
    "platforms": (platform_rows, PLATFORM_FIELDS),
    "target_types": (target_type_rows, TARGET_TYPE_FIELDS),
    "claimant_bodies": (claimant_body_rows, CLAIMANT_BODY_FIELDS),
}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def column_comments(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str | None, str]]:
    """(kind, table, column or None, comment) for every table and view of the warehouse,
    from codes/columns.toml; a column nothing describes gets no entry (the test finds it)."""
    book = _read_toml("columns.toml")
    shared = book.get("_shared", {})
    out = []
    objects = con.execute("""
        SELECT 'TABLE', table_name FROM duckdb_tables() WHERE database_name = current_database()
           AND schema_name = 'main' AND NOT temporary
        UNION ALL
        SELECT 'VIEW', view_name FROM duckdb_views() WHERE database_name = current_database()
           AND schema_name = 'main' AND NOT internal AND NOT temporary ORDER BY 2""").fetchall()
    columns: dict[str, list[str]] = {}
    for table, column in con.execute("SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = "
                                     "current_database() AND schema_name = 'main' "
                                     "ORDER BY table_name, column_index").fetchall():
        columns.setdefault(table, []).append(column)
    for kind, table in objects:
        own = book.get(table, {})
        base = book.get(own.get("_same_as", ""), {})
        if own.get("_table"):
            out.append((kind, table, None, own["_table"]))
        for column in columns.get(table, []):
            text = own.get(column) or base.get(column) or shared.get(column)
            if text:
                out.append((kind, table, column, text))
    return out


def apply_comments(con: duckdb.DuckDBPyConnection) -> int:
    """COMMENT ON every table, view and column described in codes/columns.toml."""
    comments = column_comments(con)
    for kind, table, column, text in comments:
        if column is None:
            con.execute(f"COMMENT ON {kind} {_q(table)} IS {_lit(text)}")
        else:
            con.execute(f"COMMENT ON COLUMN {_q(table)}.{_q(column)} IS {_lit(text)}")
    return len(comments)


@lru_cache(maxsize=None)
def _rows_and_digest(table: str) -> tuple[list[dict], str]:
    """A code table's rows and their hash: read once per process (the data files are code)."""
    rows = _TABLES[table][0]()
    return rows, hashlib.sha256(json.dumps(rows, sort_keys=True).encode()).hexdigest()


def check_code_tables() -> None:
    """Read every code table now (once per process): a malformed one is a `CodeTableError`
    before a run starts, not when it reaches its operations."""
    for table in _TABLES:
        _rows_and_digest(table)
    _read_toml("columns.toml")


def sync_codes(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Load the code tables from the data files; a table whose data is unchanged is left alone.

    Returns {table: rows written} (0 for tables already up to date).
    """
    written = {}
    for table, (make_rows, fields) in _TABLES.items():
        rows, digest = _rows_and_digest(table)
        current = con.execute("SELECT content_hash FROM code_table_versions WHERE name = ?",
                              [table]).fetchall()
        if current and current[0][0] == digest:
            written[table] = 0
            continue
        types = {"lat": pa.float64(), "lon": pa.float64(), "operators": pa.list_(pa.string()),
                 "patterns": pa.list_(pa.string())}
        arrow = pa.table({f: pa.array([r[f] for r in rows], types.get(f, pa.string())) for f in fields})
        with registered(con, rows=arrow) as t, transaction(con):
            con.execute(f"DELETE FROM {table}")
            con.execute(f"INSERT INTO {table} ({', '.join(fields)}) "
                        f"SELECT {', '.join(fields)} FROM {t['rows']}")
            con.execute("DELETE FROM code_table_versions WHERE name = ?", [table])
            con.execute("INSERT INTO code_table_versions VALUES (?, ?)", [table, digest])
        written[table] = len(rows)
    # The codebook: rewritten when the descriptions or the schema (a migration) changed.
    digest = hashlib.sha256(json.dumps(column_comments(con)).encode()).hexdigest()
    current = con.execute("SELECT content_hash FROM code_table_versions WHERE name = 'comments'").fetchall()
    written["comments"] = 0
    if not current or current[0][0] != digest:
        with transaction(con):
            written["comments"] = apply_comments(con)
            con.execute("DELETE FROM code_table_versions WHERE name = 'comments'")
            con.execute("INSERT INTO code_table_versions VALUES ('comments', ?)", [digest])
    return written


def sync_code_tables(con: duckdb.DuckDBPyConnection) -> bool:
    """The step before updating operations: the code tables and the column comments from
    the data files (`sync_codes`), and the claiming body of every event that lacks one
    (claimants.fill_missing: events loaded before migration 016; all of them again when
    the body patterns changed). Returns True when every operation must be recomputed
    (`update_operations(con, rebuild=True)`): a body changed under stored operations."""
    from warehouse import claimants

    written = sync_codes(con)
    redo = bool(written.get("claimant_bodies")) and \
        con.execute("SELECT count(*) FROM event_claimants").fetchall()[0][0] > 0
    with transaction(con):
        stale = claimants.fill_missing(con, redo=redo)
    return redo or stale > 0
