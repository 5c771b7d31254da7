"""Imported first by the worker pool's fork server (and by nothing else).

The fork server stays alive while any process it forked lives (each holds its "alive"
pipe), and a worker busy on a stuck page never looks at its pipe: after a kill -9 of
the run, both would stay behind for good. So the kernel is asked to kill the fork server
when the run's process dies (Linux PR_SET_PDEATHSIG); each worker asks the same about
the fork server (`flows.runtime.page_pool._die_with_parent`), so the whole tree goes with the run.
The run starts the fork server from a thread that lives as long as the process
(`flows.runtime.page_pool._ensure_forkserver`): the signal follows the thread that forked.
"""
from __future__ import annotations

from flows.runtime.page_pool import _die_with_parent

_die_with_parent()
