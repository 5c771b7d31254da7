"""`strikewire serve` against a real Prefect server (issue 12, section 6).

The work-pool deployment `daily-ingest` is registered from deployments/prefect.yaml with
Prefect's own `prefect deploy`; then `strikewire serve` runs as an operator starts it (a
process of its own, with a PREFECT_HOME of its own) and is stopped with Ctrl-C (SIGINT).
Serve must register its own deployment, `daily-ingest-serve`, and leave `daily-ingest`
as prefect.yaml made it: its work pool, schedule and parameters, not paused.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _env(tmp_path: Path) -> dict:
    from prefect.settings import PREFECT_API_URL

    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_API_URL=PREFECT_API_URL.value(), PREFECT_HOME=str(tmp_path / "prefect-home"),
               PYTHONPATH=str(ROOT))
    return env


def _deployment(name: str):
    from prefect import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            return client.read_deployment_by_name(f"daily-ingest/{name}")
        except ObjectNotFound:
            return None


def _as_configured(dep) -> dict:
    """What an operator configured: everything but the server's own bookkeeping."""
    return {"work_pool": dep.work_pool_name, "work_queue": dep.work_queue_name,
            "parameters": dep.parameters, "paused": dep.paused, "entrypoint": dep.entrypoint,
            "job_variables": dep.job_variables, "tags": sorted(dep.tags),
            "schedules": sorted((s.schedule.cron, s.schedule.timezone, s.active) for s in dep.schedules)}


def _deploy_from_prefect_yaml(env: dict) -> None:
    from prefect import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists

    with get_client(sync_client=True) as client:
        try:
            client.create_work_pool(WorkPoolCreate(name="strikewire-process", type="process"))
        except ObjectAlreadyExists:
            pass
    out = subprocess.run([sys.executable, "-m", "prefect", "--no-prompt", "deploy", "--prefect-file",
                          "deployments/prefect.yaml", "--name", "daily-ingest"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr


def test_serve_registers_its_own_deployment_and_leaves_the_work_pool_one_alone(tmp_path):
    env = _env(tmp_path)
    _deploy_from_prefect_yaml(env)
    pooled = _deployment("daily-ingest")
    assert pooled is not None and pooled.work_pool_name == "strikewire-process"
    before = _as_configured(pooled)
    assert before["schedules"] == [("30 5 * * *", "UTC", True)] and not before["paused"]

    feeds = tmp_path / "feeds.toml"
    feeds.write_text('[[feeds]]\nname = "x"\nurl = "https://example.org/rss.xml"\n', encoding="utf-8")
    serve = subprocess.Popen([sys.executable, "-m", "strikewire.cli", "serve", "--feeds", str(feeds),
                              "--db", "w.duckdb", "--cron", "15 4 1 1 *", "--timezone", "Europe/Paris"],
                             cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             text=True)
    try:
        deadline = time.monotonic() + 120
        served = None
        while served is None and time.monotonic() < deadline and serve.poll() is None:
            time.sleep(0.5)
            served = _deployment("daily-ingest-serve")
        assert served is not None, serve.stdout.read() if serve.poll() is not None else "serve never registered"
        # serve's own deployment: the schedule and absolute paths it was given, no work pool
        assert [(s.schedule.cron, s.schedule.timezone) for s in served.schedules] == [
            ("15 4 1 1 *", "Europe/Paris")]
        assert served.parameters["feeds_path"] == str(feeds.resolve())
        assert served.parameters["db_path"] == str((tmp_path / "w.duckdb").resolve())
        assert served.work_pool_name is None
        assert _as_configured(_deployment("daily-ingest")) == before   # while serving
    finally:
        if serve.poll() is None:
            serve.send_signal(signal.SIGINT)   # Ctrl-C, as an operator stops it
        try:
            output, _ = serve.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            serve.kill()
            output, _ = serve.communicate()
    assert "Traceback" not in output, output
    assert _as_configured(_deployment("daily-ingest")) == before     # and after Ctrl-C
    assert _deployment("daily-ingest-serve") is not None
