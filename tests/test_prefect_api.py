"""The one-shot Prefect API server the CLI starts early (flows/runtime/prefect_api.py).

The server is real (Prefect's app under uvicorn, on 127.0.0.1); each test drives it from
a fresh Python process, as the CLI does, because it is only started before `prefect` is
imported.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

from flows.runtime.prefect_api import api_configured

ROOT = Path(__file__).resolve().parents[1]


def child(code: str, **env) -> subprocess.Popen:
    full_env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    full_env.update(env)
    full_env["PYTHONPATH"] = str(ROOT)
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=full_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_gone(pid: int, timeout: float = 15) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.1)
    return False


def test_api_configured_by_environment_or_active_profile(tmp_path):
    assert api_configured({"PREFECT_API_URL": "http://127.0.0.1:4200/api"})
    assert not api_configured({"PREFECT_HOME": str(tmp_path)})
    (tmp_path / "profiles.toml").write_text(
        'active = "ops"\n[profiles.ops]\nPREFECT_API_URL = "http://127.0.0.1:4200/api"\n'
        '[profiles.other]\n', encoding="utf-8")
    assert api_configured({"PREFECT_HOME": str(tmp_path)})
    assert not api_configured({"PREFECT_HOME": str(tmp_path), "PREFECT_PROFILE": "other"})
    (tmp_path / "profiles.toml").write_text("not toml [", encoding="utf-8")
    assert not api_configured({"PREFECT_HOME": str(tmp_path)})


START = """
    import json, os, sys
    from flows.runtime import prefect_api, prefect_env
    prefect_env.configure(one_shot=True)
    api = prefect_api.start_early()
    assert api is not None and os.environ["PREFECT_API_URL"] == api.api_url
    assert prefect_api.start_early() is api          # idempotent
    prefect_api.wait_ready()
    print(json.dumps({"url": api.api_url, "pid": api.process.pid}), flush=True)
"""


def test_started_before_prefect_runs_a_flow_and_stops_at_exit():
    proc = child(START + """
    from prefect import flow
    import prefect.settings

    @flow
    def hello():
        return prefect.settings.PREFECT_API_URL.value()

    print(json.dumps({"flow_api": hello()}), flush=True)
    """)
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err[-3000:]
    first, second = (json.loads(line) for line in out.strip().splitlines()[-2:])
    assert first["url"].startswith("http://127.0.0.1:")
    assert second["flow_api"] == first["url"]       # the flow ran against this server
    assert wait_gone(first["pid"]), "the API server outlived the process that started it"


def test_dies_with_its_parent_on_kill_9():
    if not sys.platform.startswith("linux"):
        pytest.skip("parent-death signal is Linux only")
    proc = child(START + "    import time; time.sleep(120)\n")
    try:
        info = json.loads(proc.stdout.readline())
        with urllib.request.urlopen(info["url"] + "/health", timeout=5) as resp:
            assert resp.status == 200
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        assert wait_gone(info["pid"]), "the API server was left running after kill -9"
    finally:
        proc.kill()
        proc.communicate()


def test_configured_api_or_imported_prefect_means_no_server_started():
    proc = child("""
        import sys
        from flows.runtime import prefect_api
        assert prefect_api.start_early() is None, "PREFECT_API_URL set"
        del __import__("os").environ["PREFECT_API_URL"]
        import prefect  # settings already read: too late to redirect them
        assert prefect_api.start_early() is None, "prefect already imported"
        prefect_api.wait_ready()  # nothing to wait for
        print("ok")
    """, PREFECT_API_URL="http://127.0.0.1:9/api")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and out.strip() == "ok", err[-3000:]


def test_a_server_that_cannot_start_is_one_clear_error():
    proc = child("""
        from flows.runtime import prefect_api
        api = prefect_api.start_early()
        try:
            api.wait_ready()
        except prefect_api.ApiStartError as exc:
            print(exc)
    """, PREFECT_HOME="/proc/strikewire-cannot-write-here")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err[-3000:]
    assert out.startswith("Prefect's API server exited with status"), out


def test_a_slow_start_is_announced_once():
    proc = child("""
        from flows.runtime import prefect_api, prefect_env
        prefect_env.configure(one_shot=True)
        api = prefect_api.start_early()
        lines = []
        api.wait_ready(notice=lines.append, notice_after_s=0)
        api.wait_ready(notice=lines.append, notice_after_s=0)   # ready: nothing more
        print(len(lines), lines[0])
    """)
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err[-3000:]
    assert out.startswith("1 waiting for Prefect's API server to start (http://127.0.0.1:"), out
