"""Make Prefect run quietly and offline before it is imported.

Without these settings Prefect's ephemeral server tries to send telemetry to the
internet, and a fresh PREFECT_HOME re-runs its database migrations every time
(STACK.md). Call `configure()` before the first `import prefect`.
"""
from __future__ import annotations

import os
from pathlib import Path

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # The ephemeral API server took close to the 20 s default to start on 2 cores.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
    # Task results are small summaries; keeping them out of storage saves a write per task.
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
}


def configure(home: str | os.PathLike | None = None) -> None:
    """Set offline, quiet defaults; never overrides what the operator already set."""
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
    if "PREFECT_HOME" not in os.environ:
        os.environ["PREFECT_HOME"] = str(Path(home) if home else Path.cwd() / ".prefect")
