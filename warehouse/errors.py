"""The warehouse's errors, translated where DuckDB's errors enter (in `db.connect`).

    WarehouseError                 anything an operator can act on; str() is one line
     ├── WarehouseLocked           another process holds the file (names the file and PID)
     ├── WarehouseMissing          a read-only open of a file that does not exist
     ├── MigrationError            a migration failed, was edited after it was applied,
     │                             or the database is newer than this code
     ├── WarehouseDamaged          the file is cut short or corrupted, or the disk is full
     ├── RunNotStarted             a run could not be recorded as started (says whether
     │                             it is recorded as failed in `runs`)
     ├── CodeTableError            a code table under warehouse/codes/ is malformed (names file and entry)
     └── ExportError               an export asked for something that does not exist (format, partition)

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


class WarehouseDamaged(WarehouseError):
    pass


class RunNotStarted(WarehouseError):
    """`start_run` failed; `recorded` says whether the run is in `runs` as 'failed'."""

    def __init__(self, message: str, run_id: str, recorded: bool):
        self.run_id, self.recorded = run_id, recorded
        super().__init__(message)


class CodeTableError(WarehouseError):
    """A code-table data file is malformed; the message names the file and the entry."""


class ExportError(WarehouseError):
    """An export the warehouse cannot make as asked (an unknown format or partition)."""


_DAMAGE = ("Corrupt database file", "Could not read enough bytes", "checksum", "not a valid DuckDB",
           "database file with version", "INTERNAL Error", "Invalid Input Error: Failed to")


def translate(exc: BaseException, path: str | None = None) -> WarehouseError:
    """A DuckDB (or OS) error met while opening or using the warehouse, as one line that
    says what is wrong and what to do."""
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    where = f"{path}: " if path else "the warehouse: "
    if "No space left on device" in str(exc) or getattr(exc, "errno", None) == 28:
        return WarehouseDamaged(f"{where}no space left on the device ({first}); free some space and "
                                f"run again (what was committed is kept, the run resumes)")
    if any(mark in str(exc) for mark in _DAMAGE):
        snap = f"{path}.snapshot.duckdb" if path else "<db>.snapshot.duckdb"
        return WarehouseDamaged(f"{where}the warehouse file is damaged ({first}); restore it from a "
                                f"backup or copy the analysts' snapshot {snap} over it")
    if "Out of Memory Error" in str(exc) or type(exc).__name__ == "OutOfMemoryException":
        return WarehouseError(f"{where}{first}; the run's DuckDB memory limit is too small for these "
                              f"pages: raise it with STRIKEWIRE_DUCKDB_MEMORY (e.g. 4GB) and run again "
                              f"(what was committed is kept)")
    return WarehouseError(f"{where}{first}")
