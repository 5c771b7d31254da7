"""deployments/prefect.yaml must describe deployments Prefect can actually run."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "deployments" / "prefect.yaml"


@pytest.fixture(scope="module")
def spec() -> dict:
    return yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def _load_entrypoint(entrypoint: str, monkeypatch):
    """Load it the way a Prefect worker does, from the repository root."""
    from prefect.flows import load_flow_from_entrypoint

    path = entrypoint.partition(":")[0]
    assert (ROOT / path).exists(), f"{entrypoint}: {path} does not exist"
    monkeypatch.chdir(ROOT)
    return load_flow_from_entrypoint(entrypoint, use_placeholder_flow=False)


def test_deployments_are_named_and_unique(spec):
    names = [d["name"] for d in spec["deployments"]]
    assert sorted(names) == ["backfill", "daily-ingest"]


@pytest.mark.parametrize("name", ["daily-ingest", "backfill"])
def test_entrypoints_resolve_to_real_flows(spec, name, monkeypatch):
    from prefect import Flow

    deployment = next(d for d in spec["deployments"] if d["name"] == name)
    obj = _load_entrypoint(deployment["entrypoint"], monkeypatch)
    assert isinstance(obj, Flow)
    # Every parameter the deployment sets is one the flow takes.
    import inspect

    accepted = set(inspect.signature(obj.fn).parameters)
    assert set(deployment.get("parameters", {})) <= accepted, deployment["parameters"]


def test_daily_schedule_is_cron_with_timezone(spec):
    from prefect.schedules import Cron

    daily = next(d for d in spec["deployments"] if d["name"] == "daily-ingest")
    (schedule,) = daily["schedules"]
    assert schedule["timezone"]
    cron = Cron(schedule["cron"], timezone=schedule["timezone"])  # raises on a bad cron string
    assert cron is not None
    assert daily["work_pool"]["name"] == "strikewire-process"


def test_backfill_deployment_takes_a_range(spec):
    backfill = next(d for d in spec["deployments"] if d["name"] == "backfill")
    assert {"start", "end", "reextract", "refetch"} <= set(backfill["parameters"])
    assert backfill["parameters"]["start"] <= backfill["parameters"]["end"]


def test_the_warehouse_path_is_the_one_default(spec):
    """The yaml cannot import Python: its warehouse path is checked against the constant the
    CLI and the flows use."""
    import inspect

    from flows.backfill import backfill
    from flows.daily import daily_ingest
    from warehouse import DEFAULT_DB

    for deployment in spec["deployments"]:
        assert deployment["parameters"]["db_path"] == DEFAULT_DB, deployment["name"]
    for flow in (daily_ingest, backfill):
        assert inspect.signature(flow.fn).parameters["db_path"].default == DEFAULT_DB, flow.name


@pytest.mark.parametrize("name", ["daily-ingest", "backfill"])
def test_flow_runs_get_the_quiet_prefect_settings(spec, name):
    """Importing the flow sets nothing, so the deployment's own job variables must: the
    same settings the CLI and the tests apply (flows/runtime/prefect_env.py)."""
    from flows.runtime.prefect_env import DEFAULTS

    deployment = next(d for d in spec["deployments"] if d["name"] == name)
    assert deployment["work_pool"]["job_variables"]["env"] == DEFAULTS
