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
