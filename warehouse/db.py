"""Opening the warehouse: the lock, the migrations, and the analysts' snapshot.

One process at a time may open a DuckDB file (readers included), so the writer (the
daily job or a backfill) holds it for its whole run and refreshes a read-only copy,
`<db>.snapshot.duckdb`, at the end; analysts query the copy while the next run writes.

Migrations are the numbered files `warehouse/migrations/NNN_name.sql`, applied in
order, each in its own transaction together with its row in `schema_migrations`
(version, name, checksum, applied_at). A file edited after it was applied is refused:
a change of schema is a new file.
"""
from __future__ import annotations

import hashlib
import os
import re
import secrets
import time
import uuid
import weakref
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import duckdb
import pyarrow as pa

from warehouse.errors import MigrationError, WarehouseError, WarehouseLocked, WarehouseMissing, translate

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# Disk kept beside a writable warehouse (`<db>.reserve`) and given back when the disk is full,
# so that a run failing for want of space can still be recorded in `runs` (see start_run).
RESERVE_SUFFIX = ".reserve"
RESERVE_BYTES = 256 << 10   # one runs row needs a few KB of WAL; a checkpoint, a block more
SNAPSHOT_SUFFIX = ".snapshot.duckdb"
_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
_LOCK_PID = re.compile(r"\(PID (\d+)\)")
_LOCK_RETRY_S = 0.2

# DuckDB keeps the blocks it writes and reads in memory up to its memory limit (80 % of RAM
# by default). Under a limit it drops blocks that are on disk already and spills large
# queries to `<db>.tmp`. The stored pages are kept out of DuckDB (`warehouse.pages`), but
# a warehouse loaded before the page store still has them in articles.raw_html, and the
# limit must leave room for one vector (2,048 rows) of those, which a checkpoint or a read
# of raw_html pins at once: below that, DuckDB fails (a checkpoint's failure is fatal to
# the connection; the commit stays durable). 1 GB leaves room for pages averaging 500 KB
# compressed (about 2 MB of HTML); news pages average 40 KB (`bench/`).
# `STRIKEWIRE_DUCKDB_MEMORY` overrides it ("2GB"; "" keeps DuckDB's default).
WRITER_MEMORY_LIMIT = "1GB"


def writer_memory_limit() -> str | None:
    value = os.environ.get("STRIKEWIRE_DUCKDB_MEMORY", WRITER_MEMORY_LIMIT).strip()
    return value or None


def _limit_memory(con: duckdb.DuckDBPyConnection) -> None:
    limit = writer_memory_limit()
    if not limit:
        return
    try:
        con.execute(f"SET memory_limit = '{limit.replace(chr(39), '')}'")
    except duckdb.Error as exc:
        raise WarehouseError(f"STRIKEWIRE_DUCKDB_MEMORY={limit!r} is not a memory size DuckDB "
                             f"takes (e.g. 512MB, 2GB): {exc}") from None


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()


def migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """The migration files in version order; a malformed name or a duplicate number is an error."""
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            raise MigrationError(f"{path}: a migration is named NNN_lowercase_name.sql")
        version = int(match.group(1))
        if version in found:
            raise MigrationError(f"{path}: migration {version:03d} exists twice "
                                 f"({found[version].name} and {path.stem})")
        found[version] = Migration(version, path.stem, path.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


# Connections inside a `transaction` block now (DuckDB cannot be asked without aborting
# the transaction: a second BEGIN fails and marks it aborted).
_IN_TRANSACTION: "weakref.WeakSet[duckdb.DuckDBPyConnection]" = weakref.WeakSet()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """Run the block in one transaction: BEGIN, COMMIT at its end, ROLLBACK on any
    exception (Ctrl-C included), which is then raised again.

    Nesting: a `transaction` block inside another on the same connection joins it: it
    neither begins, commits nor rolls back, and its exception goes on to the outer
    block, which rolls back all of it. DuckDB has no savepoints, so an inner block
    cannot be undone alone; do not catch its exception inside the outer block and carry
    on. Every transaction of the warehouse goes through this helper: a BEGIN written by
    hand is not seen, and a block opened inside one fails (DuckDB refuses a second BEGIN).
    """
    if con in _IN_TRANSACTION:
        yield con                   # nested: the outer block commits or rolls back
        return
    con.begin()
    _IN_TRANSACTION.add(con)
    try:
        yield con
    except BaseException:
        _IN_TRANSACTION.discard(con)
        try:
            con.rollback()
        except duckdb.Error:
            pass                    # the connection is gone; the original error says why
        raise
    _IN_TRANSACTION.discard(con)
    con.commit()


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, **tables: pa.Table):
    """Register Arrow tables under unique names for the block; yields name -> view name."""
    suffix = secrets.token_hex(4)
    names = {key: f"_stage_{key}_{suffix}" for key in tables}
    for key, table in tables.items():
        try:
            con.register(names[key], table)
        except duckdb.ResourceInUseException:
            # The caller left a SELECT half-read on this connection (DuckDB 2.x refuses
            # other work until it is finished); it cannot be wanted across a load.
            con.abort()
            con.register(names[key], table)
    try:
        yield names
    finally:
        for name in names.values():
            con.unregister(name)


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc)
    return "Could not set lock on file" in text or "Conflicting lock is held" in text


def _open(path: str, read_only: bool, lock_wait_s: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + max(0.0, lock_wait_s)
    started = time.monotonic()
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if not _is_lock_error(exc):
                if read_only and "does not exist" in str(exc):
                    raise WarehouseMissing(path) from None
                raise translate(exc, path) from None
            if time.monotonic() >= deadline:
                match = _LOCK_PID.search(str(exc))
                raise WarehouseLocked(path, int(match.group(1)) if match else None,
                                      time.monotonic() - started) from None
            time.sleep(min(_LOCK_RETRY_S, max(0.0, deadline - time.monotonic())))
        except duckdb.Error as exc:   # a damaged file, a full disk: one line, not a traceback
            raise translate(exc, path) from None


def connect(path: str | os.PathLike, *, read_only: bool = False, lock_wait_s: float = 0.0,
            migrations_dir: Path | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a writable open creates the file and applies pending migrations.

    A file held by another process raises WarehouseLocked after retrying for up to
    `lock_wait_s` seconds. A read-only open never migrates (and needs the file to exist).
    `migrations_dir` is for tests; the warehouse's own migrations are the default.
    """
    path = os.fspath(path)
    if not read_only and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    if read_only and path != ":memory:" and not Path(path).exists():
        raise WarehouseMissing(path)
    con = _open(path, read_only, lock_wait_s)
    if not read_only:
        try:
            _limit_memory(con)
            migrate(con, migrations_dir or MIGRATIONS_DIR, label=path)
        except duckdb.Error as exc:
            con.close()
            raise translate(exc, path) from None
        except BaseException:
            con.close()
            raise
        if path != ":memory:":
            ensure_reserve(path)
    return con


def ensure_reserve(path: str | os.PathLike) -> bool:
    """Keep RESERVE_BYTES of real (not sparse) disk in `<path>.reserve`; False when there
    is no room for it now (it is made again by a later open that has room)."""
    reserve = Path(f"{os.fspath(path)}{RESERVE_SUFFIX}")
    try:
        if reserve.stat().st_size >= RESERVE_BYTES:
            return True
    except OSError:
        pass
    try:
        with open(reserve, "wb") as fh:
            fh.write(b"\0" * RESERVE_BYTES)
            fh.flush()
            os.fsync(fh.fileno())
        return True
    except OSError:
        reserve.unlink(missing_ok=True)
        return False


def file_of(con: duckdb.DuckDBPyConnection) -> str | None:
    """The file the connection's database lives in (None in memory or when it cannot tell)."""
    try:
        return con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()"
                           ).fetchall()[0][0]
    except (duckdb.Error, IndexError):
        return None


def release_reserve(con: duckdb.DuckDBPyConnection) -> bool:
    """Give the warehouse's reserve back to the disk; True when there was one to give."""
    path = file_of(con)
    if not path:
        return False
    try:
        Path(f"{path}{RESERVE_SUFFIX}").unlink()
        return True
    except OSError:
        return False


def applied_migrations(con: duckdb.DuckDBPyConnection) -> dict[int, tuple[str, str]]:
    """version -> (name, checksum) of the migrations recorded in this database."""
    exists = con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
                         "AND schema_name = 'main' AND table_name = 'schema_migrations'").fetchall()[0][0]
    if not exists:
        return {}
    return {v: (n, c) for v, n, c in
            con.execute("SELECT version, name, checksum FROM schema_migrations").fetchall()}


def migrate(con: duckdb.DuckDBPyConnection, directory: Path = MIGRATIONS_DIR,
            label: str = "warehouse") -> list[str]:
    """Apply the pending migrations in order; returns the names applied."""
    wanted = migrations(directory)
    con.execute("""
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    INTEGER PRIMARY KEY,
            name       VARCHAR NOT NULL,
            checksum   VARCHAR NOT NULL,   -- sha256 of the file as applied
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )""")
    applied = applied_migrations(con)
    known = {m.version for m in wanted}
    unknown = sorted(set(applied) - known)
    if unknown:
        names = ", ".join(applied[v][0] for v in unknown)
        raise MigrationError(f"{label}: the database has migrations this code does not know ({names}); "
                             f"upgrade strikewire before writing to it")
    done = []
    for m in wanted:
        if m.version in applied:
            name, checksum = applied[m.version]
            if checksum != m.checksum:
                raise MigrationError(f"{label}: migration {m.name}.sql changed after it was applied "
                                     f"(checksum {checksum[:12]} recorded, {m.checksum[:12]} now); "
                                     f"put schema changes in a new migration file")
            continue
        try:
            with transaction(con):
                con.execute(m.sql)
                con.execute("INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)",
                            [m.version, m.name, m.checksum])
        except duckdb.Error as exc:
            raise MigrationError(f"{label}: migration {m.name}.sql failed: {str(exc).splitlines()[0]}") from exc
        done.append(m.name)
    return done


def _copy_database(con: duckdb.DuckDBPyConnection, source: str, dest: str) -> None:
    con.execute(f"COPY FROM DATABASE {_sql_ident(source)} TO {_sql_ident(dest)} (SCHEMA)")
    tables = con.execute("SELECT schema_name, table_name FROM duckdb_tables() "
                         "WHERE database_name = ? AND NOT temporary ORDER BY 1, 2", [source]).fetchall()
    with transaction(con):
        for schema, table in tables:
            omit = SNAPSHOT_OMITS.get(table, ()) if schema == "main" else ()
            cols = {r[0] for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE database_name = ? AND schema_name = ? "
                "AND table_name = ?", [source, schema, table]).fetchall()}
            replace = [f"NULL AS {_sql_ident(c)}" for c in omit if c in cols]
            select = "*" + (f" REPLACE ({', '.join(replace)})" if replace else "")
            con.execute(f"INSERT INTO {_sql_ident(dest)}.{_sql_ident(schema)}.{_sql_ident(table)} "
                        f"SELECT {select} FROM {_sql_ident(source)}.{_sql_ident(schema)}.{_sql_ident(table)}")


def snapshot_path(db_path: str | os.PathLike) -> str:
    return os.fspath(db_path) + SNAPSHOT_SUFFIX


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sql_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# Columns the snapshot leaves out (NULL): the stored pages, kept in the warehouse for
# backfills, are most of its bytes and no analyst query reads them; copying them after
# every run would make the copy grow with the archive, not with the day's news.
SNAPSHOT_OMITS = {"articles": ("raw_html",)}

# The storage format of the analysts' snapshot. The warehouse is written in the format of
# the DuckDB that writes it (2.x: storage version 69, which DuckDB 1.x refuses); the
# snapshot is written in an older one so that DuckDB 1.x readers (the 1.x CLI, database
# GUIs, R and Node packages that bundle 1.x) open it too. 'v1.2.0' is read by DuckDB 1.2
# and later; set STRIKEWIRE_SNAPSHOT_STORAGE_VERSION (e.g. 'v1.0.0', or 'latest' for the
# writer's own format) to choose another.
DEFAULT_SNAPSHOT_STORAGE_VERSION = "v1.2.0"
_STORAGE_VERSION = re.compile(r"^(v\d+\.\d+\.\d+|latest)$")


def snapshot_storage_version(value: str | None = None) -> str | None:
    """The storage version to write the snapshot in (None: the writer's own format)."""
    value = value or os.environ.get("STRIKEWIRE_SNAPSHOT_STORAGE_VERSION") or DEFAULT_SNAPSHOT_STORAGE_VERSION
    if not _STORAGE_VERSION.match(value):
        raise WarehouseError(f"snapshot storage version {value!r}: expected vMAJOR.MINOR.PATCH "
                             f"(e.g. {DEFAULT_SNAPSHOT_STORAGE_VERSION}) or 'latest'")
    return None if value == "latest" else value


def snapshot(con_or_path, dest: str | os.PathLike | None = None, storage_version: str | None = None) -> str:
    """Refresh the analysts' read-only copy of the warehouse; returns its path.

    Copies the database's schema (tables, views, macros) with `COPY FROM DATABASE ...
    (SCHEMA)`, then every table's rows, except the columns in SNAPSHOT_OMITS (left
    NULL), into a temporary file beside `dest`, then `os.replace`s it over `dest`: a
    reader that has the old snapshot open keeps reading it; the next open sees the new
    one, never half of it. Pass the writer's open connection, or the path of a
    warehouse no process holds. The copy is written in `storage_version` (default:
    snapshot_storage_version(), 'v1.2.0', which DuckDB 1.2+ reads).
    """
    storage = snapshot_storage_version(storage_version)
    if isinstance(con_or_path, duckdb.DuckDBPyConnection):
        con, own = con_or_path, False
        source = con.execute("SELECT current_database()").fetchall()[0][0]
        if dest is None:
            main_file = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = "
                                    "current_database()").fetchall()[0][0]
            if not main_file:
                raise WarehouseError("snapshot: an in-memory warehouse needs an explicit dest")
            dest = snapshot_path(main_file)
    else:
        db_path = os.fspath(con_or_path)
        if not Path(db_path).exists():
            raise WarehouseMissing(db_path)
        dest = snapshot_path(db_path) if dest is None else dest
        con, own = duckdb.connect(":memory:"), True
        try:
            con.execute(f"ATTACH {_sql_str(db_path)} AS src (READ_ONLY)")
        except duckdb.IOException as exc:
            con.close()
            if _is_lock_error(exc):
                match = _LOCK_PID.search(str(exc))
                raise WarehouseLocked(db_path, int(match.group(1)) if match else None) from None
            raise WarehouseError(f"{db_path}: {str(exc).splitlines()[0]}") from exc
        source = "src"
    dest = os.fspath(dest)
    Path(dest).parent.mkdir(parents=True, exist_ok=True)
    tmp = f"{dest}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    alias = f"snap_{uuid.uuid4().hex[:8]}"
    try:
        options = f" (STORAGE_VERSION {_sql_str(storage)})" if storage else ""
        try:
            con.execute(f"ATTACH {_sql_str(tmp)} AS {alias}{options}")
        except duckdb.Error as exc:
            raise WarehouseError(f"snapshot: cannot write storage version {storage!r}: "
                                 f"{str(exc).splitlines()[0]}") from exc
        try:
            _copy_database(con, source, alias)
        finally:
            con.execute(f"DETACH {alias}")
        os.replace(tmp, dest)
    except BaseException:
        for leftover in (tmp, tmp + ".wal"):
            Path(leftover).unlink(missing_ok=True)
        raise
    finally:
        if own:
            con.close()
    Path(tmp + ".wal").unlink(missing_ok=True)
    return dest
