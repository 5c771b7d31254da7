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


# Background services of Prefect's server that a one-shot run never needs: it starts its
# own short-lived (ephemeral) server, which would otherwise spend the run's CPU polling
# for schedules, late runs and cancellations. `strikewire serve` keeps them (it needs the
# scheduler); a real Prefect server started elsewhere is not affected.
ONE_SHOT_SERVER = {
    f"PREFECT_SERVER_SERVICES_{name}_ENABLED": "false"
    for name in ("SCHEDULER", "LATE_RUNS", "FOREMAN", "CANCELLATION_CLEANUP", "PAUSE_EXPIRATIONS",
                 "REPOSSESSOR", "TRIGGERS", "CLEANUP_RECONCILER")
}


def configure(home: str | os.PathLike | None = None, *, one_shot: bool = False) -> None:
    """Set offline, quiet defaults; never overrides what the operator already set."""
    for key, value in {**DEFAULTS, **(ONE_SHOT_SERVER if one_shot else {})}.items():
        os.environ.setdefault(key, value)
    if "PREFECT_HOME" not in os.environ:
        os.environ["PREFECT_HOME"] = str(Path(home) if home else Path.cwd() / ".prefect")
