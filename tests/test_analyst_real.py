"""The analyst's side (issue 13) on a warehouse loaded from the real feeds and pages of
../shared/corpus/web (and the real strike texts of the dev set) by a real daily run:
views per claimant, the guide's questions, ids across a re-extraction, the snapshot in
the DuckDB 1.x CLI, the codebook, the claiming body, the export and the report."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from strikewire.demo_server import serve_corpus
from tests.sites import build_real_site, feeds_toml

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture(scope="module")
def real(tmp_path_factory, shared_dir):
    from flows.daily import daily_ingest

    tmp = tmp_path_factory.mktemp("real")
    build_real_site(tmp / "site", shared_dir)
    db = tmp / "w.duckdb"
    with serve_corpus(root=tmp / "site") as server:
        feeds = tmp / "feeds.toml"
        feeds.write_text(feeds_toml(server.feed_urls), encoding="utf-8")
        summary = daily_ingest(feeds_path=str(feeds), db_path=str(db), run_date="2026-11-25", workers=2)
    assert summary.counts["events_new"] > 0
    return db


@pytest.fixture
def ro(real):
    con = duckdb.connect(str(real) + ".snapshot.duckdb", read_only=True)
    yield con
    con.close()


def test_views_are_per_claimant_and_add_up(ro):
    for view in ("daily_operations", "operations_by_admin1", "platforms_daily", "targets_daily"):
        assert "claimant" in [r[0] for r in ro.execute(f"DESCRIBE {view}").fetchall()]
    assert ro.execute("""SELECT (SELECT sum(operations) FROM daily_operations),
                                (SELECT count(*) FROM operations WHERE NOT cumulative AND event_date IS NOT NULL)
                      """).fetchall()[0] == ro.execute(
        "SELECT count(*), count(*) FROM operations WHERE NOT cumulative AND event_date IS NOT NULL").fetchall()[0]


def test_the_guides_questions_return_what_they_ask(ro):
    from tests.test_analyst_guide import BLOCKS, EXPECTED, _check

    for sql, (keys, count_sql) in zip(BLOCKS, EXPECTED):
        _check(ro, sql, keys, count_sql)


def test_ids_survive_a_re_extraction_with_a_new_version(real, tmp_path):
    from warehouse import db as wdb
    from warehouse.codes import sync_code_tables
    from warehouse.operations import update_operations

    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(real, copy)
    con = wdb.connect(copy)
    before = {r[0] for r in con.execute("SELECT operation_id FROM operations").fetchall()}
    for table in ("events", "extractions"):
        con.execute(f"INSERT INTO {table} SELECT * REPLACE (regexp_replace(extractor_version, '^\\d+', '99') "
                    f"AS extractor_version, now() AS extracted_at) FROM {table}")
    # as the flows do: the claiming bodies of the new events first (load_batch writes them
    # for events it loads; these were inserted by hand), then the operations
    update_operations(con, rebuild=sync_code_tables(con))
    assert {r[0] for r in con.execute("SELECT DISTINCT extractor_version FROM operation_members").fetchall()} \
        == {r[0] for r in con.execute("SELECT DISTINCT extractor_version FROM events_current").fetchall()}
    after = {r[0] for r in con.execute("SELECT operation_id FROM operations").fetchall()}
    assert before and after == before
    assert con.execute("SELECT DISTINCT changed_fields FROM operation_changes WHERE change = 'changed'"
                       ).fetchall() == [(["extractor_versions"],)]
    con.close()


def test_snapshot_opens_in_the_duckdb_1x_cli(real):
    cli = shutil.which("duckdb", path=str(Path(sys.executable).parent)) or shutil.which("duckdb")
    assert cli, "the duckdb-cli package of the dev extra is missing"
    out = subprocess.run([cli, "-readonly", "-csv", "-noheader", str(real) + ".snapshot.duckdb",
                          "SELECT count(*) FROM operations; SELECT count(*) FROM daily_operations"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.split()[0]) > 0


def test_codebook_and_claiming_body(ro):
    assert ro.execute("SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' "
                      "AND coalesce(comment, '') = ''").fetchall() == [(0,)]
    claimed, with_body = ro.execute("SELECT count(*) FILTER (WHERE claimant IS NOT NULL), "
                                    "count(claimant_body) FROM operations").fetchall()[0]
    assert with_body > 0 and with_body <= claimed
    assert ro.execute("SELECT count(*) FROM operations o LEFT JOIN claimant_bodies b ON b.code = o.claimant_body "
                      "WHERE o.claimant_body IS NOT NULL AND b.code IS NULL").fetchall() == [(0,)]


def test_export_and_report(ro, tmp_path):
    import pyarrow as pa
    import pyarrow.dataset as pads

    from warehouse.export import export_warehouse
    from warehouse.report import render_report

    export_warehouse(ro, "parquet", tmp_path / "pq")
    table = pads.dataset(tmp_path / "pq" / "operations", format="parquet", partitioning="hive").to_table()
    assert table.schema.field("date").type == pa.date32() and table.num_rows > 0
    manifest = json.loads((tmp_path / "pq" / "manifest.json").read_text())
    assert manifest["extractor_versions"] and manifest["schema_version"] >= 16
    export_warehouse(ro, "csv", tmp_path / "csv")
    header = (tmp_path / "csv" / "operations.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "actor,actor_name,claimant,claimant_name" in header
    text = open(render_report(ro, tmp_path / "r.html"), encoding="utf-8").read()
    assert 'id="chart-map"' in text and 'id="ops-table"' in text
