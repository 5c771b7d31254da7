"""A run bounds its DuckDB's memory (`warehouse.db.bound_memory`), so that the run's process
does not grow with the number of pages it loads; the limit is STRIKEWIRE_RUN_MEMORY_LIMIT
or 256MB, and a value DuckDB would not understand is refused before the run starts."""
from __future__ import annotations

import duckdb
import pytest
from click.testing import CliRunner

from tests.sites import closed_port, feeds_toml
from warehouse import db as wdb
from warehouse.errors import WarehouseError


def _limit_mib(con) -> float:
    value, = con.execute("SELECT current_setting('memory_limit')").fetchone()
    number, unit = value.split()
    return float(number) * {"KiB": 1 / 1024, "MiB": 1, "GiB": 1024}[unit]


def test_the_limit_comes_from_the_argument_the_environment_or_the_default(monkeypatch):
    monkeypatch.delenv("STRIKEWIRE_RUN_MEMORY_LIMIT", raising=False)
    assert wdb.run_memory_limit() == wdb.RUN_MEMORY_LIMIT == "256MB"
    monkeypatch.setenv("STRIKEWIRE_RUN_MEMORY_LIMIT", " 1.5GB ")
    assert wdb.run_memory_limit() == "1.5GB"
    assert wdb.run_memory_limit("64MiB") == "64MiB"


@pytest.mark.parametrize("bad", ["lots", "256", "-1GB", "256MB; DROP TABLE runs"])
def test_a_limit_duckdb_would_not_understand_is_refused_by_name(monkeypatch, bad):
    monkeypatch.setenv("STRIKEWIRE_RUN_MEMORY_LIMIT", bad)
    with pytest.raises(WarehouseError, match="STRIKEWIRE_RUN_MEMORY_LIMIT"):
        wdb.run_memory_limit()


def test_the_limit_holds_for_every_connection_of_the_process_to_that_warehouse(tmp_path):
    path = tmp_path / "w.duckdb"
    con = wdb.connect(path)
    try:
        assert _limit_mib(con) > 1024          # DuckDB's default: 80 % of the machine's memory
        assert wdb.bound_memory(con, "128MB") == "128MB"
        assert 120 <= _limit_mib(con) <= 128   # DuckDB shows 128 MB as 122.0 MiB
        other = wdb.connect(path)              # a task's own connection (flows.daily.load_rows)
        try:
            assert _limit_mib(other) == _limit_mib(con)
        finally:
            other.close()
    finally:
        con.close()
    fresh = duckdb.connect(str(path))          # an analyst's session afterwards keeps the default
    try:
        assert _limit_mib(fresh) > 1024
    finally:
        fresh.close()


def test_a_run_with_a_bad_limit_fails_with_one_line_and_touches_nothing(tmp_path, monkeypatch):
    from strikewire.cli import cli

    monkeypatch.setenv("STRIKEWIRE_RUN_MEMORY_LIMIT", "lots")
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(feeds_toml([f"http://127.0.0.1:{closed_port()}/feed.xml"]), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(cli, ["run", "--feeds", str(feeds_file), "--db", str(db), "--no-progress"])
    assert result.exit_code != 0, result.output
    assert "STRIKEWIRE_RUN_MEMORY_LIMIT='lots'" in result.output
    assert "Traceback" not in result.output
    assert not db.exists()


def test_the_flow_itself_refuses_a_bad_limit_as_a_failed_run(tmp_path, monkeypatch):
    """A deployment runs the flow without the CLI: the flow checks the limit too."""
    from flows.daily import daily_ingest

    monkeypatch.setenv("STRIKEWIRE_RUN_MEMORY_LIMIT", "lots")
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text(feeds_toml([f"http://127.0.0.1:{closed_port()}/feed.xml"]), encoding="utf-8")
    db = tmp_path / "w.duckdb"
    state = daily_ingest(feeds_path=str(feeds_file), db_path=str(db), run_date="2026-11-25",
                         return_state=True)
    assert state.is_failed()
    assert "STRIKEWIRE_RUN_MEMORY_LIMIT='lots'" in state.message
    assert not db.exists()
