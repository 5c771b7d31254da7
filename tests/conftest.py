"""Fixtures shared by the whole suite.

`shared_dir` points at ../shared (the contract and the real corpus) beside the clone;
tests that need it skip cleanly where it is absent, as on a user's clone.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STRIKEWIRE_SHARED", ROOT.parent / "shared"))

# Prefect must run quietly and offline in tests; a project-local home keeps its
# database (and its migrations) between runs.
os.environ.setdefault("PREFECT_HOME", str(ROOT / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "contract" / "EXTRACTION.md").exists():
        pytest.skip("../shared (contract and corpus) is not beside this clone")
    return SHARED


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test server for the whole session (it takes ~13 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
