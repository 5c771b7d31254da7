"""The analyst-facing commands on a warehouse the real demo run built, and the run's artifacts."""
from __future__ import annotations

import asyncio
from html.parser import HTMLParser

import duckdb
import pytest
from click.testing import CliRunner

from strikewire.cli import cli
from strikewire.demo_server import demo_feeds_toml, serve_corpus

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, prefect_harness):
    from flows.daily import daily_ingest

    tmp = tmp_path_factory.mktemp("cliwh")
    db = tmp / "demo.duckdb"
    with serve_corpus() as server:
        feeds = tmp / "feeds.toml"
        feeds.write_text(demo_feeds_toml(server.base_url, server.feed_urls), encoding="utf-8")
        summary = daily_ingest(feeds_path=str(feeds), db_path=str(db), run_date="2024-03-13", workers=1)
    return db, summary


def test_export_parquet_round_trips(demo_db, tmp_path):
    db, _ = demo_db
    out = tmp_path / "export"
    result = CliRunner().invoke(cli, ["export", "--format", "parquet", "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    con = duckdb.connect()
    n_ops = con.execute(f"SELECT count(*) FROM read_parquet('{out}/operations/**/*.parquet', "
                        "hive_partitioning = true)").fetchone()[0]
    src = duckdb.connect(str(db), read_only=True)
    assert n_ops == src.execute("SELECT count(*) FROM operations").fetchone()[0] > 0


def test_export_csv_flat_and_partition_choice(demo_db, tmp_path):
    db, _ = demo_db
    out = tmp_path / "csv"
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert (out / "operations.csv").exists() and not (out / "operations").exists()
    result = CliRunner().invoke(cli, ["export", "--partition", "day", "--out", str(tmp_path / "d"), "--db", str(db)])
    assert result.exit_code == 0 and any(p.name.startswith("day=") for p in (tmp_path / "d" / "operations").iterdir())
    result = CliRunner().invoke(cli, ["export", "--partition", "week", "--out", str(tmp_path / "w"), "--db", str(db)])
    assert result.exit_code == 2 and "week" in result.output


def test_export_refuses_an_unknown_format(demo_db, tmp_path):
    db, _ = demo_db
    result = CliRunner().invoke(cli, ["export", "--format", "xlsx", "--out", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 2 and "xlsx" in result.output


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts, self.links = 0, []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        if tag == "a":
            self.links += [v for k, v in attrs if k == "href"]


def test_report_is_self_contained_html_with_charts_and_sources(demo_db, tmp_path):
    db, _ = demo_db
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", "--out", str(out), "--since", "2024-03-01", "--db", str(db)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    parser = _Scripts()
    parser.feed(html)
    assert parser.scripts >= 2
    assert html.count("Plotly.newPlot") >= 2  # the daily chart and the provinces chart
    assert "src=\"http" not in html  # no script or style fetched from elsewhere: it works offline
    assert any(link.startswith("http://127.0.0.1") for link in parser.links)


def test_status_reads_strikewire_db(demo_db, monkeypatch):
    db, summary = demo_db
    monkeypatch.setenv("STRIKEWIRE_DB", str(db))
    result = CliRunner().invoke(cli, ["status"])
    assert result.exit_code == 0, result.output
    assert summary.run_id in result.output
    monkeypatch.setenv("STRIKEWIRE_DB", str(db) + ".missing")
    result = CliRunner().invoke(cli, ["status"])
    assert result.exit_code == 2 and "no warehouse here yet" in result.output


def test_run_publishes_keyed_artifacts(demo_db):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    async def read(key):
        async with get_client() as client:
            return await client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))

    feeds = asyncio.run(read("daily-ingest-feeds"))
    summary = asyncio.run(read("daily-ingest-summary"))
    assert feeds and feeds[0].type == "table"
    assert summary and summary[0].type == "markdown"
    # the Prefect server is shared by the session's tests: other runs publish under the
    # same keys, so look for the demo run's artifact among them
    assert any("demo-meridian" in str(a.data) for a in feeds)
