"""Operations: one reported claim, however many agencies and languages carried it.

One ministry statement is carried by TASS, RIA, AFP and Reuters within hours. Each
article yields an event; the events that report the same claim become one row of
`operations` (its members in `operation_members`), with one representative value per
field and a record of where the sources disagree. The package, one job a module:

* `rule.py`: the matching rule (`cluster_block`, `recluster_days`), pure, no DuckDB;
* `rows.py`: an operation's stored row and member rows, and its id (`operation_id_for`);
* `incremental.py`: `update_operations`, which redoes only the days that changed and
  writes only the operations whose content changed, plus the registry of every
  operation id issued, which keeps an id that changed resolvable (`operation_aliases`).

The code tables and claimant bodies operations read are brought up to date by
`warehouse.codes.sync_code_tables`, a step of its own that the flows call first.
"""
import importlib

# Days fetched per changed day (before, after), and the most days a block may fetch
# before it is clustered whole instead. incremental.py reads them here at each call.
WINDOW = (2, 3)
MAX_DAYS = 400

from warehouse.operations.rows import build_operations, operation_id_for, operation_row  # noqa: E402
from warehouse.operations.rule import (  # noqa: E402
    BLOCK, COMPARED, FIGURES, RULE_VERSION, NeedDays, cluster_block, event_key, recluster_days)


def __getattr__(name: str):
    # The DuckDB side is imported when first asked for, so the pure rule and row
    # building (rule.py, rows.py) import without DuckDB or Arrow.
    if name in ("update_operations", "day_fingerprint", "incremental"):
        incremental = importlib.import_module("warehouse.operations.incremental")
        return incremental if name == "incremental" else getattr(incremental, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["BLOCK", "COMPARED", "FIGURES", "MAX_DAYS", "RULE_VERSION", "WINDOW", "NeedDays",
           "build_operations", "cluster_block", "day_fingerprint", "event_key", "operation_id_for",
           "operation_row", "recluster_days", "update_operations"]
