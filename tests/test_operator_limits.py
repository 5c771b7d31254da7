"""Issue 12, section 5: limits an operator expects (a real run on a loopback feed)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from flows.config import ConfigError, parse_config
from tests.sites import RouteServer, rss_bytes
from tests.test_daily_flow import query

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.mark.parametrize("second", [
    "https://AGENCY.example/rss", "https://agency.example:443/rss", "https://agency.example/rss#top",
    "https://agency.example/rss/", "HTTPS://agency.example/rss",
])
def test_the_same_feed_under_another_spelling_is_a_duplicate(second):
    text = (f'[[feeds]]\nname = "a"\nurl = "https://agency.example/rss"\n\n'
            f'[[feeds]]\nname = "b"\nurl = "{second}"\n')
    with pytest.raises(ConfigError, match=r"feeds.toml:7: .*duplicate feed URL"):
        parse_config(text)


def test_another_path_or_port_is_another_feed():
    text = ('[[feeds]]\nname = "a"\nurl = "https://agency.example/rss"\n\n'
            '[[feeds]]\nname = "b"\nurl = "https://agency.example:8443/rss"\n\n'
            '[[feeds]]\nname = "c"\nurl = "https://agency.example/RSS"\n')
    assert len(parse_config(text).feeds) == 3


@pytest.fixture()
def five_item_feed():
    with RouteServer(headers={"ETag": '"v1"'}) as srv:
        for n in range(5):
            srv.routes[f"/a{n}"] = ("text/html", f"<html lang='en'><body><article><p>Russian aircraft struck "
                                                  f"{n + 2} targets in Idlib province, the ministry said.</p>"
                                                  f"</article></body></html>".encode())
        srv.routes["/rss"] = ("application/rss+xml", rss_bytes(
            [(f"a{n}", f"{srv.base}/a{n}") for n in range(5)], datetime(2026, 12, 1, 9, tzinfo=timezone.utc)))
        yield srv.base


def test_a_feed_gives_at_most_max_items_per_feed_new_articles_a_run(tmp_path, five_item_feed):
    from flows.daily import daily_ingest

    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[fetch]\nallow_private_networks = true\nmax_items_per_feed = 2\n\n'
                     f'[[feeds]]\nname = "t"\nurl = "{five_item_feed}/rss"\nlang = "en"\n', encoding="utf-8")
    db = str(tmp_path / "w.duckdb")
    first = daily_ingest(feeds_path=str(feeds), db_path=db, run_date="2026-12-01", workers=1)
    assert first.counts["articles_new"] == 2 and first.status == "completed_with_errors"
    assert query(db, "SELECT stage, status, error FROM fetch_log WHERE status = 'capped'") == [
        ("parse", "capped", "5 new items, 2 taken (max_items_per_feed); the rest wait for the next run")]
    assert first.feeds[0].error.startswith("5 new items, 2 taken")
    # the feed kept no ETag, so the next runs read it whole and take the next ones
    assert query(db, "SELECT etag FROM feeds") == [(None,)]
    second = daily_ingest(feeds_path=str(feeds), db_path=db, run_date="2026-12-01", workers=1)
    third = daily_ingest(feeds_path=str(feeds), db_path=db, run_date="2026-12-01", workers=1)
    assert (second.counts["articles_new"], third.counts["articles_new"]) == (2, 1)
    assert third.status == "completed" and query(db, "SELECT etag FROM feeds") == [('"v1"',)]
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 5
