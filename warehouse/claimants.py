"""claimant_body: which body of the claimant made the claim, read from the claimant's words.

The extractor gives each event a claimant (a country or organisation code) and, in
`spans.claimant`, the offsets in `articles.text` of the words it read it from ("the
*Ukrainian* Air Force said", "l'état-major *ukrainien*"). The body (Ministry of Defence,
General Staff, Air Force, CENTCOM, IDF spokesperson, ...) is in the words around them:
this module looks at the claimant's phrase (up to WINDOW characters either side of the
span, not across a line or a sentence end) and takes the body from
`warehouse/codes/claimant_bodies.toml` whose pattern is nearest the span (overlapping
first, then the longest match). The result, with the body's own span, is stored per
event in `event_claimants` when the events are loaded (load_batch) and for any event
that lacks a row (`warehouse.codes.sync_code_tables`, the step before operations are
updated), and is carried to `operations.claimant_body`.
Nothing in extractors/ is changed: this reads what the extractor already stores.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

import duckdb
import pyarrow as pa

WINDOW = 60
_STOP = re.compile(r"[\n.;!?](?:\s|$)|[«»\"“”]")

ROW_SCHEMA = pa.schema([("article_id", pa.string()), ("extractor_version", pa.string()),
                        ("ordinal", pa.int32()), ("claimant_body", pa.string()),
                        ("body_start", pa.int32()), ("body_end", pa.int32()), ("phrase", pa.string())])


@dataclass(frozen=True)
class Body:
    code: str
    pattern: re.Pattern


@lru_cache(maxsize=1)
def bodies() -> tuple[Body, ...]:
    from warehouse.codes import claimant_body_entries

    return tuple(Body(code, re.compile("|".join(f"(?:{p})" for p in entry["patterns"]), re.I))
                 for code, entry in claimant_body_entries().items())


def _phrase_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - WINDOW)
    hi = min(len(text), end + WINDOW)
    for m in _STOP.finditer(text, lo, start):
        # "U.S." is not a sentence end: a stop needs a space after it and a lower-case or
        # upper-case letter run of more than one character before it.
        if m.group()[0] == "." and re.search(r"\b[A-Z]\.$|\b[A-Z]\.[A-Z]\.$", text[max(0, m.start() - 3):m.start() + 1]):
            continue
        lo = m.end()
    m = _STOP.search(text, end, hi)
    while m and m.group()[0] == "." and re.search(r"\b[A-Z]\.[A-Z]\.$|\b[A-Z]\.$", text[max(0, m.start() - 3):m.start() + 1]):
        m = _STOP.search(text, m.end(), hi)
    if m:
        hi = m.start()
    return lo, hi


def read_body(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """(body code, start, end) of the claiming body nearest the claimant span, or None."""
    if not text or start is None or end is None or not (0 <= start <= end <= len(text)):
        return None
    lo, hi = _phrase_bounds(text, start, end)
    best = None
    for body in bodies():
        for m in body.pattern.finditer(text, lo, hi):
            distance = 0 if m.start() < end and start < m.end() else min(abs(m.start() - end), abs(start - m.end()))
            key = (distance, -(m.end() - m.start()), m.start())
            if best is None or key < best[0]:
                best = (key, body.code, m.start(), m.end())
    return None if best is None else best[1:]


def _rows(con: duckdb.DuckDBPyConnection, where: str, params: dict | None = None) -> pa.Table:
    out = []
    for aid, version, ordinal, spans, text in con.execute(f"""
            SELECT e.article_id, e.extractor_version, e.ordinal, e.spans, a.text
            FROM events e JOIN articles a USING (article_id)
            WHERE e.claimant IS NOT NULL AND {where}""", params or {}).fetchall():
        try:
            span = (json.loads(spans) if isinstance(spans, str) else spans or {}).get("claimant")
        except (ValueError, AttributeError):
            span = None
        found = read_body(text, *span) if isinstance(span, list) and len(span) == 2 else None
        out.append({"article_id": aid, "extractor_version": version, "ordinal": ordinal,
                    "claimant_body": found[0] if found else None,
                    "body_start": found[1] if found else None, "body_end": found[2] if found else None,
                    "phrase": text[found[1]:found[2]] if found else None})
    return pa.Table.from_pylist(out, schema=ROW_SCHEMA)


def _insert(con: duckdb.DuckDBPyConnection, rows: pa.Table) -> int:
    if not rows.num_rows:
        return 0
    con.register("_claimant_rows", rows)
    try:
        con.execute("INSERT INTO event_claimants SELECT * FROM _claimant_rows ORDER BY ALL")
    finally:
        con.unregister("_claimant_rows")
    return rows.num_rows


def load_for_pairs(con: duckdb.DuckDBPyConnection, pairs_table: str) -> int:
    """Inside load_batch's transaction: replace the rows of the (article, version) pairs
    in the registered table `pairs_table`, whose events were just replaced."""
    con.execute(f"""DELETE FROM event_claimants c USING {pairs_table} x
                    WHERE c.article_id = x.article_id AND c.extractor_version = x.extractor_version""")
    return _insert(con, _rows(con, f"EXISTS (SELECT 1 FROM {pairs_table} x WHERE x.article_id = e.article_id "
                                   f"AND x.extractor_version = e.extractor_version)"))


def fill_missing(con: duckdb.DuckDBPyConnection, redo: bool = False) -> int:
    """Rows for events that have none (all events with `redo`: the bodies changed).
    Returns how many of the new rows name a body for an event already in an operation
    (those operations are then stale: the caller recomputes them)."""
    if redo:
        con.execute("DELETE FROM event_claimants")
    else:
        # Quick check first (load_batch keeps the rows in step with the events): equal
        # counts mean no event lacks its row, and the anti-join below is skipped.
        have, want = con.execute("SELECT (SELECT count(*) FROM event_claimants), "
                                 "(SELECT count(*) FROM events WHERE claimant IS NOT NULL)").fetchall()[0]
        if have == want:
            return 0
    rows = _rows(con, """NOT EXISTS (SELECT 1 FROM event_claimants c WHERE c.article_id = e.article_id
                         AND c.extractor_version = e.extractor_version AND c.ordinal = e.ordinal)""")
    _insert(con, rows)
    if not rows.num_rows:
        return 0
    con.register("_claimant_new", rows)
    try:
        return con.execute("""SELECT count(*) FROM _claimant_new r JOIN operation_members m
                              USING (article_id, extractor_version, ordinal)
                              WHERE r.claimant_body IS NOT NULL""").fetchall()[0][0]
    finally:
        con.unregister("_claimant_new")
