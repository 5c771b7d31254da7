"""`strikewire demo`: a fixed port keeps the corpus's URLs, so --keep loads nothing twice;
the demo shows a merged operation and a disagreement (or says it has none)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import duckdb

from tests.warehouse_builders import demo_warehouse, make_warehouse
from warehouse.status import render_showcase

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _demo(db: Path, port: int, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.setdefault("PREFECT_HOME", str(db.parent / ".prefect"))
    env.update(PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120")
    return subprocess.run([sys.executable, "-m", "strikewire.cli", "demo", "--db", str(db), "--port", str(port),
                           "--workers", "1", *extra], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600)


def test_demo_keep_twice_loads_the_corpus_once_and_shows_what_it_is_for(tmp_path):
    db = tmp_path / "demo.duckdb"
    port = _free_port()
    first = _demo(db, port)
    assert first.returncode == 0, first.stderr[-3000:]
    with duckdb.connect(str(db), read_only=True) as con:
        articles, feeds = con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM feeds)").fetchall()[0]
    assert articles > 0
    second = _demo(db, port, "--keep")
    assert second.returncode == 0, second.stderr[-3000:]
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM feeds)").fetchall()[0] == (
            articles, feeds)
        assert con.execute("SELECT count(*) FROM runs").fetchall() == [(2,)]
    assert ": 0 new articles" in second.stdout
    for out in (first.stdout, second.stdout):
        assert "Merged operations (one claim carried by several articles, source_count >= 2):" in out
        assert "Disagreements (the sources of one operation give different values):" in out
        merged, disputed = out.split("Disagreements (the sources")
        merged = merged.split("Merged operations")[1]
        # the demo's own material: the Russian ministry's claim of 13 March carried by two agencies
        assert "Meridian Wire, Agence Horizon Presse" in merged and "none:" not in merged
        assert "targets: 127 (Meridian Wire); 121 (Agence Horizon Presse)" in disputed


def test_demo_on_a_busy_port_fails_in_one_line(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        out = subprocess.run([sys.executable, "-m", "strikewire.cli", "demo", "--db", str(tmp_path / "d.duckdb"),
                              "--port", str(s.getsockname()[1])], cwd=ROOT, capture_output=True, text=True,
                             timeout=120)
    assert out.returncode == 2
    assert "pass --port N" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_showcase_prints_a_merged_operation_and_a_disagreement(tmp_path):
    path = tmp_path / "w.duckdb"
    demo_warehouse(path).close()
    text = render_showcase(str(path))
    merged, disputed = text.split("Disagreements")
    assert "TASS" in merged and "none" not in merged
    assert "sorties: 32 (TASS, RIA); 42 (AFP)" in disputed


def test_showcase_says_when_there_is_none(tmp_path):
    make_warehouse(tmp_path / "e.duckdb").close()
    text = render_showcase(str(tmp_path / "e.duckdb"))
    assert text.count("  none: ") == 2
