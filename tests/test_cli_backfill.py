"""`strikewire backfill` refuses what it cannot do in one line, before Prefect starts."""
from __future__ import annotations

import importlib.util

from click.testing import CliRunner

from strikewire.cli import cli


def test_dask_without_the_extra_is_one_line(monkeypatch, tmp_path):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a, **k: None if name == "prefect_dask" else real(name, *a, **k))
    result = CliRunner().invoke(cli, ["backfill", "--start", "2026-11-01", "--end", "2026-11-02", "--reextract",
                                      "--task-runner", "dask", "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    assert result.output.strip() == ("strikewire: --task-runner dask needs the 'dask' extra: "
                                     ".venv/bin/pip install -e '.[dask]'")
    assert not (tmp_path / "w.duckdb").exists()   # nothing was opened or created


def test_backfill_needs_something_to_do(tmp_path):
    result = CliRunner().invoke(cli, ["backfill", "--start", "2026-11-01", "--end", "2026-11-02",
                                      "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2 and "say what to do" in result.output
