"""Importing a flow module configures nothing: Prefect's settings are set by the entry
points (the CLI, the deployments' job variables, this suite's conftest), never as a side
effect of an import."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import json, os, sys
before = dict(os.environ)
import {module}
after = dict(os.environ)
changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
print(json.dumps(changed))
"""


def _bare_env(tmp_path) -> dict:
    """This process's environment without any Prefect setting, as a shell would give it."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PREFECT_") and k != "DO_NOT_TRACK"}
    # A home of its own, so the import touches nothing of the project's.
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    return env


@pytest.mark.parametrize("module", ["flows.daily", "flows.backfill", "flows.runtime.page_pool"])
def test_importing_a_flow_module_leaves_the_environment_unchanged(module, tmp_path):
    out = subprocess.run([sys.executable, "-c", PROBE.format(module=module)], cwd=ROOT,
                         env=_bare_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_configure_is_what_sets_the_quiet_settings(tmp_path):
    """The entry points' call does set them (so the test above can fail)."""
    probe = PROBE.format(module="flows.runtime.prefect_env") + \
        "from flows.runtime import prefect_env\nprefect_env.configure()\n" \
        "print(json.dumps(sorted(k for k in os.environ if os.environ.get(k) != before.get(k))))\n"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=_bare_env(tmp_path),
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert json.loads(lines[-2]) == []
    from flows.runtime.prefect_env import DEFAULTS

    assert set(DEFAULTS) <= set(json.loads(lines[-1]))
