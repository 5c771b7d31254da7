"""Builders for small real warehouses used by the operations, views, export, report and
analyst-guide tests (no tests of its own).

`make_warehouse` opens a DuckDB file through warehouse.db.connect (all migrations), and
`add_articles` / `add_events` load synthetic rows through Arrow. `demo_warehouse` fills
one with a demo-like week of reports: several agencies and languages carrying the same
claims, a disputed figure, running totals, provinces, platforms and target types.
"""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone

import pyarrow as pa

# The warehouse's own load schemas, so the fixture's rows have exactly the loader's types.
from warehouse.load import ARTICLE_SCHEMA, EVENT_SCHEMA  # noqa: E402

VERSION = "1.0.0+000000000000"
EXTRACTED_AT = datetime(2026, 11, 1, tzinfo=timezone.utc)

# events_current as the warehouse core defines it, for a database whose core migrations
# do not (yet) create it: the newest extractor version per article.
_EVENTS_CURRENT_FALLBACK = """
CREATE VIEW events_current AS
SELECT e.* FROM events e
WHERE e.extractor_version = (SELECT max(e2.extractor_version) FROM events e2
                             WHERE e2.article_id = e.article_id)
"""


def article_id(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:16]


def make_warehouse(path):
    from warehouse import db
    from warehouse.codes import sync_code_tables

    con = db.connect(path)
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "events_current" not in names:
        con.execute(_EVENTS_CURRENT_FALLBACK)
    sync_code_tables(con)          # the code tables and comments, as the flows load them
    return con


def add_articles(con, rows: list[dict]) -> list[str]:
    full = []
    for r in rows:
        r = dict(r)
        r.setdefault("url", f"https://{(r.get('agency') or 'x').lower()}.example/{r.get('slug', len(full))}")
        r.setdefault("article_id", article_id(r["url"]))
        r.setdefault("title", f"{r.get('agency')} report")
        r.setdefault("text_found", True)
        r.setdefault("fetched_at", r.get("published_at"))
        r.setdefault("http_status", 200)
        full.append({f.name: r.get(f.name) for f in ARTICLE_SCHEMA})
    tbl = pa.Table.from_pylist(full, schema=ARTICLE_SCHEMA)
    con.register("_t_articles", tbl)
    con.execute("INSERT INTO articles BY NAME SELECT * FROM _t_articles")
    con.unregister("_t_articles")
    return [r["article_id"] for r in full]


def add_events(con, rows: list[dict]) -> None:
    full = []
    for r in rows:
        r = dict(r)
        r.setdefault("extractor_version", VERSION)
        r.setdefault("ordinal", 0)
        r.setdefault("cumulative", False)
        r.setdefault("operation", "airstrike")
        r.setdefault("platforms", [])
        r.setdefault("admin1", [])
        r.setdefault("locations", [])
        r.setdefault("targets_hit", [])
        r.setdefault("evidence", [])
        r.setdefault("confidence", 0.9)
        r.setdefault("extracted_at", EXTRACTED_AT)
        if r.get("event_date") is not None and "period_start" not in r:
            r["period_start"] = r["event_date"]
        full.append({f.name: r.get(f.name) for f in EVENT_SCHEMA})
    tbl = pa.Table.from_pylist(full, schema=EVENT_SCHEMA)
    con.register("_t_events", tbl)
    con.execute("INSERT INTO events BY NAME SELECT * FROM _t_events")
    # events_current goes by the extractions table: one row per article and version.
    con.execute("""
        INSERT INTO extractions (article_id, extractor_version, n_events, extracted_at)
        SELECT article_id, extractor_version, count(*), min(extracted_at) FROM _t_events GROUP BY ALL
        ON CONFLICT DO UPDATE SET n_events = extractions.n_events + excluded.n_events""")
    con.unregister("_t_events")


def report(con, agency: str, published: datetime, lang: str = "en", slug: str | None = None,
           **event) -> str:
    """One article from `agency` carrying one event; returns its article_id."""
    slug = slug or f"{agency}-{published:%Y%m%d%H%M}-{event.get('actor', 'RUS')}"
    (aid,) = add_articles(con, [{"agency": agency, "published_at": published, "lang": lang,
                                 "slug": slug, "title": f"{agency}: {event.get('actor', 'RUS')} strikes"}])
    event.setdefault("actor", "RUS")
    add_events(con, [{"article_id": aid, **event}])
    return aid


def table_hash(con, table: str, order_by: str) -> str:
    rows = con.execute(f"SELECT * FROM {table} ORDER BY {order_by}").fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _ts(d: date, hour: int) -> datetime:
    return datetime(d.year, d.month, d.day, hour, 0, tzinfo=timezone.utc)


def demo_warehouse(path):
    """A demo-like warehouse: one week of Russian, coalition, Israeli and US claims in Syria,
    Iraq, Yemen and Gaza, carried by several agencies in several languages; operations built."""
    from warehouse.operations import update_operations

    con = make_warehouse(path)
    start = date(2015, 10, 5)
    agencies_ru = [("TASS", "ru", 9), ("RIA", "ru", 10), ("AFP", "fr", 12), ("Reuters", "en", 14)]
    provinces = [["SY-HM", "SY-ID"], ["SY-HI"], ["SY-LA", "SY-ID"], ["SY-HL"], ["SY-RA"],
                 ["SY-DY"], ["SY-HM"]]
    for i in range(7):
        day = start + timedelta(days=i)
        sorties, targets = 20 + 3 * i, 40 + 5 * i
        carriers = agencies_ru[: 2 + i % 3]
        for j, (agency, lang, hour) in enumerate(carriers):
            # On day 4 AFP gives a different sorties figure: a disputed operation.
            s = sorties + 10 if (i == 4 and agency == "AFP") else sorties
            report(con, agency, _ts(day, hour), lang=lang, actor="RUS", claimant="RUS",
                   target_group="ISIS", event_date=day, period_start=day - timedelta(days=1),
                   sorties=s, targets=targets if j != 1 else None, country="SY",
                   admin1=provinces[i], platforms=["Su-34", "Su-24M"] if i % 2 else ["Su-25"],
                   targets_hit=[{"type": "command_post", "count": 2 + i % 3, "location": None},
                                {"type": "ammunition_depot", "count": None, "location": None}],
                   locations=[{"name": "Maarat al-Numan", "admin1": "SY-ID", "lat": 35.64, "lon": 36.67}]
                   if "SY-ID" in provinces[i] else [])
        # A running total next to the daily figure, from TASS only.
        report(con, "TASS", _ts(day, 18), lang="ru", slug=f"tass-total-{i}", actor="RUS",
               claimant="RUS", cumulative=True, event_date=day, period_start=date(2015, 9, 30),
               sorties=200 + 25 * i, country="SY")
        # Coalition daily release on Iraq and Syria, reported by Reuters and AFP (a day late).
        for agency, lang, lag in (("Reuters", "en", 0), ("AFP", "en", 1)):
            report(con, agency, _ts(day + timedelta(days=lag), 16), lang=lang, slug=f"cjtf-{agency}-{i}",
                   actor="COALITION", claimant="COALITION", target_group="ISIS", event_date=day,
                   strikes=12 + i, country="IQ", admin1=["IQ-NI", "IQ-AN"] if i % 2 else ["IQ-NI"],
                   platforms=["F-15E", "MQ-9"], targets_hit=[{"type": "fighting_position", "count": 3 + i,
                                                            "location": None}])
    # Israeli strikes in Gaza by the IDF; a witness account is a separate claim (OTHER).
    for i in (1, 4):
        day = start + timedelta(days=i)
        report(con, "Reuters", _ts(day, 8), slug=f"idf-{i}", actor="ISR", claimant="ISR",
               target_group="HAMAS", event_date=day, targets=15 + i, country="PS",
               admin1=["PS-GZA"], operation="airstrike")
        report(con, "APS", _ts(day, 11), lang="fr", slug=f"idf-aps-{i}", actor="ISR", claimant="ISR",
               target_group="HAMAS", event_date=day, targets=15 + i, country="PS", admin1=["PS-GZA"])
        report(con, "AFP", _ts(day, 12), lang="fr", slug=f"gaza-witness-{i}", actor="ISR",
               claimant="OTHER", event_date=day, killed=None, country="PS", admin1=["PS-GZA", "PS-KYS"])
    # A US drone strike in Yemen, one source, and an undated report.
    report(con, "AFP", _ts(start + timedelta(days=2), 7), lang="en", slug="us-yemen", actor="USA",
           claimant="USA", target_group="AQ", operation="drone_strike", event_date=start + timedelta(days=2),
           killed=4, country="YE", admin1=["YE-SH"], platforms=["MQ-9"])
    report(con, "Reuters", _ts(start + timedelta(days=6), 7), slug="undated", actor="TUR", claimant="TUR",
           operation="artillery", event_date=None, period_start=None, country="SY", admin1=["SY-HL"],
           target_group="PKK")
    update_operations(con)
    return con
