"""The warehouse's errors, translated where DuckDB's errors enter (in `db.connect`).

    WarehouseError                 anything an operator can act on; str() is one line
     ├── WarehouseLocked           another process holds the file (names the file and PID)
     ├── WarehouseMissing          a read-only open of a file that does not exist
     └── MigrationError            a migration failed, was edited after it was applied,
                                   or the database is newer than this code

The CLI prints these as one line (`strikewire: …`); nothing else should catch them.
"""
from __future__ import annotations


class WarehouseError(Exception):
    """Base class: the message is one line, fit to show a user as is."""


class WarehouseLocked(WarehouseError):
    def __init__(self, path: str, pid: int | None, waited_s: float = 0.0):
        self.path, self.pid, self.waited_s = path, pid, waited_s
        holder = f"process {pid}" if pid is not None else "another process"
        waited = f" (waited {waited_s:.0f} s)" if waited_s >= 1 else ""
        super().__init__(f"{path}: the warehouse is in use by {holder}{waited}; wait for it to finish, "
                         f"or query the snapshot {path}.snapshot.duckdb")


class WarehouseMissing(WarehouseError):
    def __init__(self, path: str):
        self.path = path
        super().__init__(f"{path}: no warehouse here yet; run `strikewire run` first")


class MigrationError(WarehouseError):
    pass
