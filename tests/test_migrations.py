"""Numbered migrations: applied once, in order, recorded; edits and failures refused."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from warehouse import db
from warehouse.errors import MigrationError, WarehouseMissing


def _dir(tmp_path, files: dict[str, str]):
    d = tmp_path / "migrations"
    d.mkdir(exist_ok=True)
    for name, sql in files.items():
        (d / name).write_text(sql, encoding="utf-8")
    return d


def test_project_migrations_apply_once_and_are_recorded(tmp_path):
    path = tmp_path / "sub" / "w.duckdb"   # parent directories are created
    con = db.connect(path)
    rows = con.execute("SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version").fetchall()
    con.close()
    expected = db.migrations()
    assert [(r[0], r[1], r[2]) for r in rows] == [(m.version, m.name, m.checksum) for m in expected]
    assert {1, 2, 3} <= {r[0] for r in rows}
    con = db.connect(path)
    again = con.execute("SELECT version, applied_at FROM schema_migrations ORDER BY version").fetchall()
    assert db.migrate(con) == []
    con.close()
    assert again == [(r[0], r[3]) for r in rows]


def test_tables_and_views_exist(tmp_path):
    con = db.connect(tmp_path / "w.duckdb")
    names = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    con.close()
    assert {"feeds", "articles", "extractions", "events", "runs", "fetch_log", "schema_migrations"} <= names
    assert {"events_current", "event_changes", "extractions_ranked", "extractor_versions",
            "warehouse_info"} <= views


def test_new_migration_applies_in_order(tmp_path):
    d = _dir(tmp_path, {"001_a.sql": "CREATE TABLE a (x INTEGER);"})
    path = tmp_path / "w.duckdb"
    db.connect(path, migrations_dir=d).close()
    _dir(tmp_path, {"002_b.sql": "CREATE TABLE b AS SELECT 1 AS y; INSERT INTO a SELECT y FROM b;"})
    con = db.connect(path, migrations_dir=d)
    assert con.execute("SELECT * FROM a").fetchall() == [(1,)]
    assert con.execute("SELECT name FROM schema_migrations ORDER BY version").fetchall() == [("001_a",), ("002_b",)]
    con.close()


def test_changed_checksum_is_refused(tmp_path):
    d = _dir(tmp_path, {"001_a.sql": "CREATE TABLE a (x INTEGER);"})
    path = tmp_path / "w.duckdb"
    db.connect(path, migrations_dir=d).close()
    (d / "001_a.sql").write_text("CREATE TABLE a (x BIGINT);", encoding="utf-8")
    with pytest.raises(MigrationError, match="001_a.sql changed after it was applied") as err:
        db.connect(path, migrations_dir=d)
    assert "\n" not in str(err.value)
    # The refused connection was closed: the file can be opened again.
    duckdb.connect(str(path)).close()


def test_failed_migration_rolls_back_whole(tmp_path):
    d = _dir(tmp_path, {"001_a.sql": "CREATE TABLE a (x INTEGER);",
                        "002_bad.sql": "CREATE TABLE half (x INTEGER); SELECT * FROM no_such_table;"})
    path = tmp_path / "w.duckdb"
    with pytest.raises(MigrationError, match="002_bad.sql failed"):
        db.connect(path, migrations_dir=d)
    con = duckdb.connect(str(path))
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    versions = con.execute("SELECT version FROM schema_migrations").fetchall()
    con.close()
    assert "a" in tables and "half" not in tables
    assert versions == [(1,)]


def test_unknown_applied_migration_is_refused(tmp_path):
    d = _dir(tmp_path, {"001_a.sql": "SELECT 1;", "002_b.sql": "SELECT 2;"})
    path = tmp_path / "w.duckdb"
    db.connect(path, migrations_dir=d).close()
    (d / "002_b.sql").unlink()
    with pytest.raises(MigrationError, match="does not know .*002_b"):
        db.connect(path, migrations_dir=d)


def test_bad_names_are_refused(tmp_path):
    d = _dir(tmp_path, {"1_a.sql": "SELECT 1;"})
    with pytest.raises(MigrationError, match="NNN_lowercase_name"):
        db.migrations(d)
    shutil.rmtree(d)
    d = _dir(tmp_path, {"001_a.sql": "SELECT 1;", "001_b.sql": "SELECT 1;"})
    with pytest.raises(MigrationError, match="exists twice"):
        db.migrations(d)


def test_read_only_does_not_migrate(tmp_path):
    d = _dir(tmp_path, {"001_a.sql": "CREATE TABLE a (x INTEGER);"})
    path = tmp_path / "w.duckdb"
    db.connect(path, migrations_dir=d).close()
    _dir(tmp_path, {"002_b.sql": "CREATE TABLE b (x INTEGER);"})
    con = db.connect(path, read_only=True, migrations_dir=d)
    assert con.execute("SELECT count(*) FROM schema_migrations").fetchall() == [(1,)]
    con.close()


def test_read_only_of_a_missing_file(tmp_path):
    with pytest.raises(WarehouseMissing, match="no warehouse here yet"):
        db.connect(tmp_path / "nope.duckdb", read_only=True)
    assert not (tmp_path / "nope.duckdb").exists()


def _limit_mib(con) -> float:
    value = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    number, unit = value.split()
    return float(number) * {"KiB": 1 / 1024, "MiB": 1, "GiB": 1024, "TiB": 1 << 20}[unit]


def test_a_writer_keeps_duckdb_to_its_memory_limit(tmp_path, monkeypatch):
    monkeypatch.delenv("STRIKEWIRE_DUCKDB_MEMORY", raising=False)
    con = db.connect(tmp_path / "w.duckdb")
    assert round(_limit_mib(con)) == 954          # 1 GB (decimal) as DuckDB prints it
    con.close()
    monkeypatch.setenv("STRIKEWIRE_DUCKDB_MEMORY", "256MB")
    con = db.connect(tmp_path / "w.duckdb")
    assert round(_limit_mib(con)) == 244
    con.close()
    monkeypatch.setenv("STRIKEWIRE_DUCKDB_MEMORY", "")     # DuckDB's own default: 80 % of RAM
    con = db.connect(tmp_path / "w.duckdb")
    assert round(_limit_mib(con)) not in (244, 954)
    con.close()


def test_a_memory_limit_duckdb_cannot_read_is_one_clear_error(tmp_path, monkeypatch):
    from warehouse.errors import WarehouseError

    monkeypatch.setenv("STRIKEWIRE_DUCKDB_MEMORY", "lots")
    with pytest.raises(WarehouseError, match="STRIKEWIRE_DUCKDB_MEMORY='lots'"):
        db.connect(tmp_path / "w.duckdb")


def test_pages_far_beyond_the_limit_load_and_checkpoint(tmp_path, monkeypatch):
    """Stored pages beyond the writer's memory limit (though a vector of them, 2,048 rows,
    fits in it: see warehouse/db.py): every batch commits, the automatic checkpoints
    succeed, and every byte reads back."""
    import hashlib
    import os

    import pyarrow as pa

    monkeypatch.setenv("STRIKEWIRE_DUCKDB_MEMORY", "32MB")
    con = db.connect(tmp_path / "w.duckdb")
    con.execute("CREATE TABLE pages (id INTEGER, raw BLOB)")
    written = {}
    for batch in range(80):                               # 80 x 64 x 8 KB = 41 MB
        raws = [os.urandom(8_000) for _ in range(64)]
        ids = range(batch * 64, batch * 64 + 64)
        written.update((i, hashlib.sha256(r).hexdigest()) for i, r in zip(ids, raws))
        con.register("t", pa.table({"id": ids, "raw": raws}))
        con.execute("BEGIN")
        con.execute("INSERT INTO pages SELECT * FROM t")
        con.execute("COMMIT")
        con.unregister("t")
    con.close()
    con = db.connect(tmp_path / "w.duckdb")
    read = {}
    for lo in range(0, 80 * 64, 256):                     # in batches, as a backfill reads them
        rows = con.execute("SELECT id, raw FROM pages WHERE id >= ? AND id < ?", [lo, lo + 256]).fetchall()
        read.update((i, hashlib.sha256(raw).hexdigest()) for i, raw in rows)
    assert read == written
    con.close()


def test_running_out_of_duckdb_memory_says_which_setting_to_raise(tmp_path, monkeypatch):
    """A vector of stored pages larger than the limit (here 2,048 x 40 KB under 64 MB)
    cannot be read: the error names the setting, not only DuckDB's advice."""
    import os

    import pyarrow as pa

    from warehouse.errors import WarehouseError, translate

    monkeypatch.setenv("STRIKEWIRE_DUCKDB_MEMORY", "64MB")
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    con.execute("CREATE TABLE pages (id INTEGER, raw BLOB)")
    con.register("t", pa.table({"id": range(2048), "raw": [os.urandom(40_000) for _ in range(2048)]}))
    try:
        con.execute("INSERT INTO pages SELECT * FROM t")
        con.execute("SELECT raw FROM pages WHERE id = 7").fetchall()
    except duckdb.Error as exc:
        err = translate(exc, str(path))
    else:
        pytest.fail("64 MB held a vector of 2,048 pages of 40 KB")
    finally:
        con.close()
    assert isinstance(err, WarehouseError)
    assert "Out of Memory" in str(err) and "STRIKEWIRE_DUCKDB_MEMORY" in str(err)
