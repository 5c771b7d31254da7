"""Runtime plumbing of the flows: nothing here is a stage of the data.

- `prefect_env`: Prefect's quiet, offline settings; entry points call `configure()`
  before Prefect is imported (importing a flow module configures nothing).
- `prefect_api`: the one-shot Prefect API server the CLI starts first thing.
- `page_pool`: the worker processes that clean and extract pages under a time limit,
  forked warm from a fork server (`worker_preload`, `forkserver_guard`).
- `progress`: where flows report progress for the CLI's progress bar.
- `handoff`: rows handed to a nested task run, which empties the box, so that Prefect
  (keeping a nested run's parameters until the enclosing task ends) keeps no page.

Importing this package imports none of them.
"""
