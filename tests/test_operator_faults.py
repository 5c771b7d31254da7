"""Issue 12, section 3: faults an operator meets are one line and exit 2, never a traceback."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from flows.config import ConfigError, load_config

ROOT = Path(__file__).resolve().parents[1]
STRIKEWIRE = [sys.executable, "-m", "strikewire.cli"]
FEED = '\n[[feeds]]\nname = "t"\nurl = "https://agency.example/rss"\n'


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*STRIKEWIRE, *args], cwd=ROOT, input=stdin, capture_output=True, timeout=300)


def one_line_exit_2(proc: subprocess.CompletedProcess) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.startswith("strikewire:")
             and "waiting for Prefect's API server" not in line]   # a progress notice, not an error
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("setting, says", [
    ("timeout_s = nan", "timeout_s': must be a finite number, got nan"),
    ("connect_timeout_s = inf", "connect_timeout_s': must be a finite number, got inf"),
    ("backoff_base_s = -nan", "must be a finite number"),
    ('user_agent = "strikewire/0.1 (Ünïcode)"', "user_agent': must be printable ASCII"),
    ('user_agent = "strikewire\\t0.1"', "user_agent': must be printable ASCII"),
])
def test_settings_that_would_break_every_fetch_are_refused(tmp_path, setting, says):
    path = tmp_path / "feeds.toml"
    path.write_text(f"[fetch]\n{setting}\n{FEED}", encoding="utf-8")
    with pytest.raises(ConfigError, match="feeds.toml:2:"):
        load_config(path)
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    assert says in str(exc.value)


def test_a_nan_setting_is_one_line_from_the_cli(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(f"[fetch]\ntimeout_s = nan\n{FEED}", encoding="utf-8")
    line = one_line_exit_2(cli("run", "--feeds", str(path), "--db", str(tmp_path / "w.duckdb"), "--no-progress"))
    assert "timeout_s" in line and "finite" in line


def test_a_byte_order_mark_is_not_a_syntax_error(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_bytes(b"\xef\xbb\xbf" + f"[fetch]\ntimeout_s = 5\n{FEED}".encode())
    config = load_config(path)
    assert config.fetch.timeout_s == 5 and config.feeds[0].name == "t"
    # and line numbers still count from the first line
    path.write_bytes(b"\xef\xbb\xbf" + b"[fetch]\ntimeout_s = nan\n" + FEED.encode())
    with pytest.raises(ConfigError, match="feeds.toml:2:"):
        load_config(path)


def test_extract_jsonl_turns_every_bad_line_into_an_error_line_and_goes_on():
    import json

    good = json.dumps({"id": "ok", "lang": "en", "published": "2026-12-01",
                       "text": "Russian aircraft struck 12 targets in Idlib province."})
    lines = [
        "[" * 100_000 + "]" * 100_000,                                       # RecursionError before
        json.dumps({"id": "old", "lang": "en", "published": "0001-01-01",
                    "text": "Russian aircraft struck targets in Idlib yesterday."}),  # OverflowError
        good,
    ]
    stdin = "\n".join(lines).encode() + b"\n" + good.replace("Idlib", "Idl\\u00edb").encode()[:-2] + b'\xff"}\n'
    proc = cli("extract", "--jsonl", "-", stdin=stdin)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()
    out = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert len(out) == 4
    assert out[0] == {"id": None, "error": "line 1: JSON nested too deeply to read"}
    assert out[1]["id"] == "old" and out[1]["error"].startswith("line 2: a date is out of range")
    assert out[2]["id"] == "ok" and out[2]["events"]
    assert out[3]["id"] == "ok"   # read with U+FFFD in place of the bad byte
    assert b"\xff" not in proc.stdout


def _damaged_warehouses(tmp_path) -> dict[str, Path]:
    import os
    import shutil

    from warehouse import db as wdb

    good = tmp_path / "good.duckdb"
    con = wdb.connect(good)
    con.execute("CREATE TABLE pad AS SELECT range AS i, md5(range::VARCHAR) AS h FROM range(200000)")
    con.execute("INSERT INTO runs (run_id, flow, started_at, status) VALUES ('r1', 'daily-ingest', now(), 'completed')")
    con.execute("CHECKPOINT")
    con.close()
    size = good.stat().st_size
    out = {}
    out["cut to half"] = tmp_path / "half.duckdb"
    shutil.copy(good, out["cut to half"])
    os.truncate(out["cut to half"], size // 2)
    out["random bytes inside"] = tmp_path / "random.duckdb"
    shutil.copy(good, out["random bytes inside"])
    with open(out["random bytes inside"], "r+b") as fh:
        fh.seek(4096)
        fh.write(os.urandom(size - 8192))
    return out


def test_a_damaged_warehouse_is_one_line_for_status_and_run(tmp_path):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f"[fetch]\ntimeout_s = 1\n{FEED}", encoding="utf-8")
    for form, db in _damaged_warehouses(tmp_path).items():
        for args in (["status", "--db", str(db)],
                     ["run", "--feeds", str(feeds), "--db", str(db), "--no-progress"]):
            line = one_line_exit_2(cli(*args))
            assert "damaged" in line and "restore it" in line, (form, args[0], line)


@pytest.fixture()
def full_disk(tmp_path):
    """A 3 MB tmpfs filled to the brim (needs the right to mount; skipped without it)."""
    mnt = tmp_path / "full"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        with open(mnt / "fill", "wb", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_a_full_disk_before_the_run_is_one_line(tmp_path, full_disk):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f"[fetch]\ntimeout_s = 1\n{FEED}", encoding="utf-8")
    line = one_line_exit_2(cli("run", "--feeds", str(feeds), "--db", str(full_disk / "w.duckdb"), "--no-progress"))
    assert "no space left on the device" in line and "free some space" in line


def test_a_disk_that_fills_during_the_run_is_one_line_and_no_traceback(tmp_path, full_disk):
    import os

    from warehouse import db as wdb

    (full_disk / "fill").unlink()             # room for the warehouse and its tables ...
    db = full_disk / "w.duckdb"
    wdb.connect(db).close()
    with open(full_disk / "fill", "wb", buffering=0) as fh:   # ... and then none for the run
        try:
            while True:
                fh.write(b"\0" * 4096)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:
            pass
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f"[fetch]\ntimeout_s = 1\n{FEED}", encoding="utf-8")
    proc = cli("run", "--feeds", str(feeds), "--db", str(db), "--no-progress")
    line = one_line_exit_2(proc)
    assert "no space left on the device" in line, line


# ------------------------------------------------------------------ a full disk inside start_run

def _fill(mnt: Path) -> None:
    import os

    with open(mnt / "fill", "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:
            pass


def _runs(db: Path) -> list[tuple]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT run_id, status, error_summary FROM runs ORDER BY started_at").fetchall()
    finally:
        con.close()


def test_start_run_on_a_full_disk_is_recorded_as_a_failed_run(full_disk):
    from warehouse import db as wdb
    from warehouse import load as wload
    from warehouse.errors import RunNotStarted

    (full_disk / "fill").unlink()
    db = full_disk / "w.duckdb"
    wdb.connect(db).close()
    assert (full_disk / "w.duckdb.reserve").stat().st_size == wdb.RESERVE_BYTES
    _fill(full_disk)
    con = wdb.connect(db)
    with pytest.raises(RunNotStarted) as caught:
        wload.start_run(con, "daily-ingest", {"run_date": "2026-12-05"}, "v")
    con.close()
    exc = caught.value
    assert exc.recorded and "no space left on the device" in str(exc)
    assert f"recorded as run {exc.run_id} (failed)" in str(exc)
    [(run_id, status, summary)] = _runs(db)
    assert (run_id, status) == (exc.run_id, "failed")
    assert summary.startswith("the run could not start: ") and "no space left" in summary
    assert not (full_disk / "w.duckdb.reserve").exists()   # its space went to that row
    (full_disk / "fill").unlink()                           # room again: the next open keeps a reserve
    wdb.connect(db).close()
    assert (full_disk / "w.duckdb.reserve").stat().st_size == wdb.RESERVE_BYTES


def test_start_run_that_cannot_write_at_all_says_so(full_disk):
    from warehouse import db as wdb
    from warehouse import load as wload
    from warehouse.errors import RunNotStarted

    (full_disk / "fill").unlink()
    db = full_disk / "w.duckdb"
    wdb.connect(db).close()
    (full_disk / "w.duckdb.reserve").unlink()   # no reserve to give back: nothing can be written
    _fill(full_disk)
    con = wdb.connect(db)
    with pytest.raises(RunNotStarted) as caught:
        wload.start_run(con, "daily-ingest", {}, "v")
    con.close()
    assert not caught.value.recorded
    assert "no space left on the device" in str(caught.value)
    assert "could not be recorded in runs" in str(caught.value)
    assert _runs(db) == []


def test_the_cli_names_the_failed_run_and_status_lists_it(tmp_path, full_disk):
    (full_disk / "fill").unlink()
    db = full_disk / "w.duckdb"
    from warehouse import db as wdb

    wdb.connect(db).close()
    _fill(full_disk)
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f"[fetch]\ntimeout_s = 1\n{FEED}", encoding="utf-8")
    line = one_line_exit_2(cli("run", "--feeds", str(feeds), "--db", str(db), "--no-progress"))
    [(run_id, status, summary)] = _runs(db)
    assert "no space left on the device" in line and f"recorded as run {run_id} (failed)" in line, line
    status_out = cli("status", "--db", str(db))
    assert status_out.returncode == 0, status_out.stderr.decode()
    assert run_id in status_out.stdout.decode() and "failed" in status_out.stdout.decode()


def test_prefect_state_carries_the_reason_when_no_row_can_be_written(tmp_path, full_disk, prefect_harness):
    from flows.daily import daily_ingest
    from warehouse import db as wdb

    (full_disk / "fill").unlink()
    db = full_disk / "w.duckdb"
    wdb.connect(db).close()
    (full_disk / "w.duckdb.reserve").unlink()
    _fill(full_disk)
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f"[fetch]\ntimeout_s = 1\n{FEED}", encoding="utf-8")
    state = daily_ingest(feeds_path=str(feeds), db_path=str(db), return_state=True)
    assert state.is_failed()
    assert "no space left on the device" in state.message and "could not be recorded in runs" in state.message
    assert state.message.startswith("run - failed: ")
    assert _runs(db) == []
