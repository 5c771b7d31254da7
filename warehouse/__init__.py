"""The DuckDB warehouse: migrations (`db`), natural keys (`keys`), Arrow loads (`load`),
errors (`errors`), run status (`status`); operations, views, export and report beside them.

    from warehouse import db, load
    con = db.connect("data/warehouse.duckdb")          # migrates; WarehouseLocked if held
    run_id = load.start_run(con, "daily-ingest", params, EXTRACTOR_VERSION)
    load.load_batch(con, run_id=run_id, articles=…, extractions=…, events=…, fetch_log=…)
    load.finish_run(con, run_id, counts, "completed")
    con.close(); db.snapshot("data/warehouse.duckdb")  # analysts read <db>.snapshot.duckdb
"""

# The warehouse file when none is named: the CLI (unless $STRIKEWIRE_DB says otherwise) and
# the flows' defaults use this; deployments/prefect.yaml repeats it (tests/test_deployments.py
# checks that they agree). Relative to the working directory.
DEFAULT_DB = "data/warehouse.duckdb"
