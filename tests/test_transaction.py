"""warehouse.db.transaction: the one way the warehouse opens a transaction (a real DuckDB file)."""
from __future__ import annotations

import duckdb
import pytest

from warehouse import db


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "w.duckdb"
    con = duckdb.connect(str(p))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    return p


def rows(path) -> list:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT x FROM t ORDER BY x").fetchall()
    finally:
        con.close()


def test_the_block_commits(path):
    con = duckdb.connect(str(path))
    with db.transaction(con):
        con.execute("INSERT INTO t VALUES (1), (2)")
    con.close()
    assert rows(path) == [(1,), (2,)]


@pytest.mark.parametrize("error", [ValueError("bad row"), KeyboardInterrupt()], ids=["exception", "ctrl-c"])
def test_a_failure_inside_rolls_back_and_is_raised_again(path, error):
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(type(error)):
        with db.transaction(con):
            con.execute("INSERT INTO t VALUES (2)")
            con.execute("DELETE FROM t WHERE x = 1")
            raise error
    # The connection is usable again, outside any transaction.
    with db.transaction(con):
        con.execute("INSERT INTO t VALUES (3)")
    con.close()
    assert rows(path) == [(1,), (3,)]


def test_a_failing_statement_rolls_back_what_came_before_it(path):
    con = duckdb.connect(str(path))
    with pytest.raises(duckdb.Error):
        with db.transaction(con):
            con.execute("INSERT INTO t VALUES (1)")
            con.execute("INSERT INTO t VALUES ('not a number')")
    con.close()
    assert rows(path) == []


def test_nested_blocks_join_the_outer_transaction(path):
    con = duckdb.connect(str(path))
    with db.transaction(con):
        con.execute("INSERT INTO t VALUES (1)")
        with db.transaction(con):
            con.execute("INSERT INTO t VALUES (2)")
        # The inner block did not commit: a second connection's view is the outer's to make.
        con.execute("INSERT INTO t VALUES (3)")
    assert con.execute("SELECT count(*) FROM t").fetchall() == [(3,)]
    # A failure in an inner block undoes the outer block's work too.
    with pytest.raises(RuntimeError):
        with db.transaction(con):
            con.execute("INSERT INTO t VALUES (4)")
            with db.transaction(con):
                con.execute("INSERT INTO t VALUES (5)")
                raise RuntimeError("inner")
    con.close()
    assert rows(path) == [(1,), (2,), (3,)]


def test_a_migration_that_fails_leaves_nothing_behind(tmp_path):
    """migrate() runs each file in db.transaction: a failing file leaves neither its
    tables nor its schema_migrations row."""
    from warehouse.errors import MigrationError

    mig = tmp_path / "migrations"
    mig.mkdir()
    (mig / "001_ok.sql").write_text("CREATE TABLE a (x INTEGER);")
    (mig / "002_bad.sql").write_text("CREATE TABLE b (x INTEGER); INSERT INTO b VALUES ('nope');")
    with pytest.raises(MigrationError, match="002_bad"):
        db.connect(tmp_path / "w.duckdb", migrations_dir=mig)
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    versions = con.execute("SELECT version FROM schema_migrations").fetchall()
    con.close()
    assert "a" in tables and "b" not in tables and versions == [(1,)]
