"""strikewire: wire-agency news into a DuckDB record of reported military strikes."""
__version__ = "0.1.0"
