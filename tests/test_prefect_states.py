"""Issue 12, section 6: Prefect states that tell the truth, on a real Prefect API server."""
from __future__ import annotations

import subprocess
import sys

import pytest

from tests.sites import RouteServer, rss_bytes
from tests.test_daily_flow import closed_port, feeds_toml, query

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture()
def mixed_feeds():
    """A good feed (/rss, two pages), a feed whose one item links to a page that answers
    404 (/dead.xml), and no /missing.xml at all (the feed itself answers 404)."""
    from datetime import datetime, timezone

    when = datetime(2026, 12, 1, 9, tzinfo=timezone.utc)
    with RouteServer() as srv:
        for n in range(2):
            srv.routes[f"/a{n}"] = ("text/html", f"<html lang='en'><body><article><p>Russian aircraft struck "
                                                  f"{n + 2} targets in Idlib province, the ministry said.</p>"
                                                  f"</article></body></html>".encode())
        srv.routes["/rss"] = ("application/rss+xml", rss_bytes(
            [(f"a{n}", f"{srv.base}/a{n}") for n in range(2)], when))
        srv.routes["/dead.xml"] = ("application/rss+xml", rss_bytes(
            [("gone", f"{srv.base}/no-such-page")], when))
        yield srv.base


def flow_run(state):
    from prefect import get_client

    with get_client(sync_client=True) as client:
        return client.read_flow_run(state.state_details.flow_run_id)


def feeds_artifact(state) -> list[dict]:
    import json

    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey, FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        (artifact,) = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["daily-ingest-feeds"])),
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id])))
    data = artifact.data
    return json.loads(data) if isinstance(data, str) else data


def test_a_run_in_which_every_feed_failed_ends_failed_with_its_reason(tmp_path):
    from flows.daily import daily_ingest

    feeds = tmp_path / "feeds.toml"
    feeds.write_text(feeds_toml([f"http://127.0.0.1:{closed_port()}/feed.xml"], allow_private=False),
                     encoding="utf-8")
    state = daily_ingest(feeds_path=str(feeds), db_path=str(tmp_path / "w.duckdb"), return_state=True)
    assert state.is_failed()
    assert "every feed failed (1× feed blocked)" in state.message
    stored = flow_run(state)
    assert stored.state.is_failed() and stored.state.message == state.message
    assert state.result(raise_on_failure=False).status == "failed"


def test_a_run_refused_by_a_held_warehouse_ends_failed(tmp_path):
    from flows.daily import daily_ingest

    db = tmp_path / "w.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(600)", str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(feeds_toml([f"http://127.0.0.1:{closed_port()}/feed.xml"]), encoding="utf-8")
        state = daily_ingest(feeds_path=str(feeds), db_path=str(db), return_state=True)
    finally:
        holder.kill()
        holder.wait()
    assert state.is_failed()
    assert state.message.startswith("refused: ") and f"process {holder.pid}" in state.message
    assert flow_run(state).state.is_failed()


def test_some_feeds_failing_is_completed_with_each_failure_in_the_artifact_and_runs_have_own_names(
        tmp_path, mixed_feeds):
    from flows.daily import daily_ingest

    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[fetch]\nallow_private_networks = true\n\n'
                     f'[[feeds]]\nname = "good"\nurl = "{mixed_feeds}/rss"\nlang = "en"\n\n'
                     f'[[feeds]]\nname = "gone"\nurl = "{mixed_feeds}/missing.xml"\n\n'
                     f'[[feeds]]\nname = "dead-links"\nurl = "{mixed_feeds}/dead.xml"\n', encoding="utf-8")
    db = str(tmp_path / "w.duckdb")
    first = daily_ingest(feeds_path=str(feeds), db_path=db, run_date="2026-12-05", workers=1, return_state=True)
    assert first.is_completed()
    rows = {row["feed"]: row for row in feeds_artifact(first)}
    # The HTTP status, in words an operator reads: the feed's own answer, or its pages'.
    assert (rows["gone"]["status"], rows["gone"]["error"]) == ("http_error", "HTTP 404 Not Found")
    assert (rows["dead-links"]["status"], rows["dead-links"]["error"]) == ("ok", "pages: 1× http_error 404")
    assert rows["dead-links"]["errors"] == 1
    assert rows["good"]["error"] == "" and rows["good"]["new articles"] == 2
    assert query(db, "SELECT url, status, http_status FROM fetch_log WHERE kind = 'page' AND status <> 'ok'") == [
        (f"{mixed_feeds}/no-such-page", "http_error", 404)]
    second = daily_ingest(feeds_path=str(feeds), db_path=db, run_date="2026-12-05", workers=1, return_state=True)
    names = {flow_run(first).name, flow_run(second).name}
    assert len(names) == 2 and all(n.startswith("daily-2026-12-05-") for n in names)


def test_deployment_parameters_have_descriptions():
    from flows.backfill import backfill
    from flows.daily import daily_ingest

    for flow_obj in (daily_ingest, backfill):
        props = flow_obj.parameters.properties
        missing = [name for name, spec in props.items() if not spec.get("description")]
        assert not missing, (flow_obj.name, missing)
    assert "TOML" in daily_ingest.parameters.properties["feeds_path"]["description"]
