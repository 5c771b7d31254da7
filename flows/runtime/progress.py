"""Progress of long work, for whoever draws it (the CLI's progress bar).

Flows report `(stage, done, total)`; nothing is drawn unless a sink is set, so flows run
from a deployment or a test stay quiet.
"""
from __future__ import annotations

from collections.abc import Callable

ProgressFn = Callable[[str, int, int], None]
_sink: ProgressFn | None = None


def set_sink(sink: ProgressFn | None) -> None:
    global _sink
    _sink = sink


def report(stage: str, done: int, total: int) -> None:
    if _sink is not None:
        _sink(stage, done, total)
