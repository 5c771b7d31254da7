"""`strikewire export`: partitioned Parquet/CSV that DuckDB reads back to the same rows."""
from __future__ import annotations

import json

import duckdb
import pytest

from tests.warehouse_builders import demo_warehouse
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


@pytest.mark.parametrize("partition", ["month", "day", "none"])
def test_parquet_round_trip_every_dataset(ro, tmp_path, partition):
    summary = export_warehouse(ro, "parquet", tmp_path, partition=partition)
    assert summary.rows["operations"] == ro.execute("SELECT count(*) FROM operations").fetchall()[0][0] > 0
    for ds in DATASETS:
        source = f"SELECT * FROM ({ds.query})"
        back = read_back_sql(tmp_path, ds.name, "parquet")
        if ds.date is not None:
            # every row carries its date (a DATE), the partition folder is made from it
            assert ro.execute(f"SELECT count(*) FROM ({back}) WHERE date IS DISTINCT FROM {ds.date}").fetchall() == [(0,)]
            if partition != "none":
                assert ro.execute(f"SELECT count(*) FROM ({back}) WHERE date IS NOT NULL AND "
                                  f"{partition} <> strftime(date, '{ {'month': '%Y-%m', 'day': '%Y-%m-%d'}[partition]}')"
                                  ).fetchall() == [(0,)]
        cols = [r[0] for r in ro.execute(f"DESCRIBE {source}").fetchall()]
        sel = ", ".join(f'"{c}"' for c in cols)
        assert _diff(ro, f"SELECT {sel} FROM ({source})", f"SELECT {sel} FROM ({back})") == [(0,), (0,)], ds.name


def test_partitioned_by_month_folders_and_dates_read_as_dates(ro, tmp_path):
    import pyarrow as pa
    import pyarrow.dataset as pads

    export_warehouse(ro, "parquet", tmp_path)
    months = sorted(p.name for p in (tmp_path / "operations").iterdir())
    assert "month=2015-10" in months and "month=__HIVE_DEFAULT_PARTITION__" in months   # the undated report
    assert not any(m.startswith("date=") for m in months)
    assert (tmp_path / "actors.parquet").exists()
    table = pads.dataset(tmp_path / "operations", format="parquet", partitioning="hive").to_table()
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("event_date").type == pa.date32()


def test_manifest_names_versions_time_schema_and_columns(ro, tmp_path):
    export_warehouse(ro, "parquet", tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["datasets"]["operations"]["path"] == "operations/**/*.parquet"
    assert manifest["extractor_versions"] == [v for (v,) in ro.execute(
        "SELECT DISTINCT extractor_version FROM events_current ORDER BY 1").fetchall()] != []
    assert manifest["schema_version"] == ro.execute("SELECT max(version) FROM schema_migrations").fetchall()[0][0]
    assert manifest["exported_at"].endswith("+00:00") and manifest["partition"] == "month"
    cols = manifest["datasets"]["operations"]["columns"]
    assert cols["sorties"]["description"].startswith("Representative sorties")
    assert cols["date"]["type"] == "DATE"
    assert all(c["description"] for ds in manifest["datasets"].values() for c in ds["columns"].values())


def test_csv_is_one_flat_file_per_table_with_names_beside_codes(ro, tmp_path):
    export_warehouse(ro, "csv", tmp_path)
    assert not any(p.is_dir() for p in tmp_path.iterdir())
    for ds in DATASETS:
        assert (tmp_path / f"{ds.name}.csv").exists()
        source = _nested_as_json(ro, f"SELECT * FROM ({ds.query})")
        cols = [r[0] for r in ro.execute(f"DESCRIBE {source}").fetchall()]
        back = read_back_sql(tmp_path, ds.name, "csv").replace("')", "', all_varchar = true)")
        as_text = ", ".join(f'CAST("{c}" AS VARCHAR) AS "{c}"' for c in cols)
        assert _diff(ro, f"SELECT {as_text} FROM ({source})",
                     f"SELECT {as_text} FROM ({back})") == [(0,), (0,)], ds.name
    header = (tmp_path / "operations.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[header.index("actor") + 1] == "actor_name"
    assert header[header.index("admin1") + 1] == "admin1_names"
    row = ro.execute(f"SELECT actor_name, claimant_name, country_name, operation_name, admin1_names FROM "
                     f"({read_back_sql(tmp_path, 'operations', 'csv')}) WHERE actor = 'RUS' AND country = 'SY' "
                     f"AND admin1_names IS NOT NULL LIMIT 1").fetchall()[0]
    assert row[0] == "Russian Federation" and row[1] == "Russian Federation" and row[2].startswith("Syria")
    assert row[3] and "Hama" in row[4] or "Idlib" in row[4]
    sample = ro.execute(f"SELECT agencies FROM ({read_back_sql(tmp_path, 'operations', 'csv')}) "
                        "WHERE source_count > 1 LIMIT 1").fetchall()[0][0]
    assert json.loads(sample)


def test_unknown_partition(ro, tmp_path):
    with pytest.raises(ExportError, match="unknown partition"):
        export_warehouse(ro, "parquet", tmp_path, partition="week")


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
