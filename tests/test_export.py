"""`strikewire export`: partitioned Parquet/CSV that DuckDB reads back to the same rows."""
from __future__ import annotations

import json

import duckdb
import pytest

try:
    from tests.test_operations_fixtures import demo_warehouse
except ImportError:  # tests/ run as plain modules (no tests/__init__.py)
    from test_operations_fixtures import demo_warehouse
from warehouse.export import DATASETS, ExportError, _nested_as_json, export_warehouse, read_back_sql


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    path = tmp_path_factory.mktemp("wh") / "demo.duckdb"
    con = demo_warehouse(path)
    con.close()
    return path


@pytest.fixture
def ro(warehouse):
    con = duckdb.connect(str(warehouse), read_only=True)
    yield con
    con.close()


def _diff(con, left: str, right: str) -> int:
    return con.execute(f"SELECT count(*) FROM (({left}) EXCEPT ALL ({right})) "
                       f"UNION ALL SELECT count(*) FROM (({right}) EXCEPT ALL ({left}))").fetchall()


def test_parquet_round_trip_every_dataset(ro, tmp_path):
    summary = export_warehouse(ro, "parquet", tmp_path)
    assert summary.rows["operations"] == ro.execute("SELECT count(*) FROM operations").fetchall()[0][0] > 0
    for ds in DATASETS:
        source = f"SELECT * FROM ({ds.query})"
        back = read_back_sql(tmp_path, ds.name, "parquet")
        if ds.date is not None:
            back = f"SELECT * EXCLUDE (date) FROM ({back})"
            # the partition folder is the row's date
            assert ro.execute(f"SELECT count(*) FROM ({read_back_sql(tmp_path, ds.name, 'parquet')}) "
                              f"WHERE date IS DISTINCT FROM {ds.date}").fetchall() == [(0,)]
        # by name: the partition column moves to the end, the others keep their types
        cols = [r[0] for r in ro.execute(f"DESCRIBE {source}").fetchall()]
        sel = ", ".join(f'"{c}"' for c in cols)
        assert _diff(ro, f"SELECT {sel} FROM ({source})", f"SELECT {sel} FROM ({back})") == [(0,), (0,)], ds.name


def test_partitioned_by_date_folders(ro, tmp_path):
    export_warehouse(ro, "parquet", tmp_path)
    days = sorted(p.name for p in (tmp_path / "operations").iterdir())
    assert "date=2015-10-05" in days and "date=__HIVE_DEFAULT_PARTITION__" in days   # the undated report
    assert (tmp_path / "actors.parquet").exists()
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["datasets"]["operations"]["path"] == "operations/**/*.parquet"


def test_csv_round_trip_as_text(ro, tmp_path):
    export_warehouse(ro, "csv", tmp_path)
    for ds in DATASETS:
        source = _nested_as_json(ro, f"SELECT * FROM ({ds.query})")
        cols = [r[0] for r in ro.execute(f"DESCRIBE {source}").fetchall()]
        back = read_back_sql(tmp_path, ds.name, "csv").replace(", hive_partitioning = true",
                                                              ", hive_partitioning = true, all_varchar = true")
        if ds.date is None:
            back = back.replace("')", "', all_varchar = true)")
        as_text = ", ".join(f'CAST("{c}" AS VARCHAR) AS "{c}"' for c in cols)
        assert _diff(ro, f"SELECT {as_text} FROM ({source})",
                     f"SELECT {as_text} FROM ({back})") == [(0,), (0,)], ds.name
    # nested columns are JSON text in CSV
    sample = ro.execute(f"SELECT agencies FROM ({read_back_sql(tmp_path, 'operations', 'csv')}) "
                        "WHERE source_count > 1 LIMIT 1").fetchall()[0][0]
    assert json.loads(sample)


def test_reexport_replaces_and_is_identical(ro, tmp_path):
    first = export_warehouse(ro, "parquet", tmp_path)
    second = export_warehouse(ro, "parquet", tmp_path)
    assert first.rows == second.rows
    n = ro.execute(f"SELECT count(*) FROM ({read_back_sql(tmp_path, 'operations', 'parquet')})").fetchall()
    assert n == [(first.rows["operations"],)]
    assert "operations" in str(second)


def test_unknown_format(ro, tmp_path):
    with pytest.raises(ExportError, match="unknown export format"):
        export_warehouse(ro, "xlsx", tmp_path)
