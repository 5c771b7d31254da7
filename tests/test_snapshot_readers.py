"""The analysts' snapshot opens in DuckDB 1.x readers: the DuckDB CLI 1.5.6 (the
`duckdb-cli` package of the dev extra) reads every table and view of it, while the
working warehouse, written by DuckDB 2.x, stays for 2.x readers."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.warehouse_builders import demo_warehouse
from warehouse import db as wdb
from warehouse.errors import WarehouseError


def _cli() -> str:
    found = shutil.which("duckdb", path=str(Path(sys.executable).parent)) or shutil.which("duckdb")
    assert found, "the DuckDB 1.x CLI is missing: pip install -e '.[dev]' installs duckdb-cli"
    return found


def _run(cli: str, path, sql: str) -> subprocess.CompletedProcess:
    return subprocess.run([cli, "-readonly", "-csv", "-noheader", str(path), sql],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    path = tmp_path_factory.mktemp("wh") / "w.duckdb"
    demo_warehouse(path).close()
    return path


def test_the_cli_is_a_1x_duckdb():
    out = subprocess.run([_cli(), "--version"], capture_output=True, text=True, timeout=60)
    assert out.stdout.startswith("v1."), out.stdout


def test_snapshot_opens_in_the_duckdb_1x_cli_with_every_table_and_view(warehouse, tmp_path):
    snap = wdb.snapshot(warehouse, tmp_path / "snap.duckdb")
    con = duckdb.connect(snap, read_only=True)
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' UNION ALL "
        "SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal ORDER BY 1").fetchall()]
    expected = {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchall()[0][0] for n in names}
    con.close()
    assert {"operations", "daily_operations", "event_changes", "operation_changes"} <= set(expected)
    sql = " UNION ALL ".join(f"SELECT '{n}', count(*) FROM \"{n}\"" for n in names)
    out = _run(_cli(), snap, sql)
    assert out.returncode == 0, out.stderr
    got = {line.split(",")[0]: int(line.split(",")[1]) for line in out.stdout.split()}
    assert got == expected
    assert expected["daily_operations"] > 0


def test_the_working_warehouse_is_for_duckdb_2x(warehouse):
    out = _run(_cli(), warehouse, "SELECT 1")
    assert out.returncode != 0 and "version number" in (out.stderr + out.stdout)


def test_storage_version_is_configurable(warehouse, tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEWIRE_SNAPSHOT_STORAGE_VERSION", "latest")
    snap = wdb.snapshot(warehouse, tmp_path / "latest.duckdb")
    assert _run(_cli(), snap, "SELECT 1").returncode != 0      # the writer's own format: 2.x only
    monkeypatch.setenv("STRIKEWIRE_SNAPSHOT_STORAGE_VERSION", "1.2")
    with pytest.raises(WarehouseError, match="expected vMAJOR.MINOR.PATCH"):
        wdb.snapshot(warehouse, tmp_path / "bad.duckdb")
    assert not any(p.name.startswith("bad.duckdb") for p in tmp_path.iterdir())
