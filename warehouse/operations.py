"""Operations: one reported claim, however many agencies and languages carried it.

One ministry statement is carried by TASS, RIA, AFP and Reuters within hours. Each
article yields an event; this module clusters the events that report the same claim
into one row of `operations` (with its members in `operation_members`), keeps one
representative value per field, and records where the sources disagree instead of
averaging it away.

The matching rule (docs/analysts.md explains it to analysts):

* A *block* is (actor, claimant, cumulative, operation type): events only ever cluster
  within a block. A null claimant is its own value: an unattributed report does not
  merge with a ministry's claim.
* Within a block, events are taken in the order (event_date, published_at, article_id,
  ordinal); each joins the best existing operation that accepts it, or starts one.
* An operation accepts an event when the event's article is not already a member, the
  countries are equal (or either is unknown), the provinces overlap (or either side
  names none), and
  - the event's date is one of the operation's dates: figures that differ still join
    (and are flagged) when the period start agrees (or either is unknown) and the
    provinces overlap or neither side names any; or
  - the event's date is a day off every member's date: only when at least one figure
    is stated by both and no figure contradicts (a shifted date alone is not enough).
* Undated events never cluster: each is an operation of its own.
* Among acceptable operations: fewest contradicting figures, then same day before
  adjacent, then most agreeing figures, then most shared provinces, then the earliest.

Because a block's clustering depends only on the set of its events, `update_operations`
recomputes every affected block from scratch and writes only the operations whose
content changed (DELETE + INSERT in one transaction, through Arrow): loading articles in
any order or batches gives the same table, and a rerun writes nothing.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable

import duckdb
import pyarrow as pa

FIGURES = ("sorties", "strikes", "targets", "killed")
# Fields compared between members when recording where sources differ, in report order.
COMPARED = ("event_date", "period_start", "country", "admin1", "target_group", *FIGURES)
BLOCK = ("actor", "claimant", "cumulative", "operation")

_EVENTS_SQL = """
SELECT e.article_id, e.extractor_version, e.ordinal,
       e.actor, e.claimant, coalesce(e.cumulative, false) AS cumulative, e.operation,
       e.event_date, e.period_start, e.country, e.admin1, e.target_group,
       e.sorties, e.strikes, e.targets, e.killed, e.platforms,
       e.targets_hit,
       [l.name FOR l IN coalesce(e.locations, []) IF l.name IS NOT NULL] AS locations,
       e.confidence, a.agency, epoch_us(a.published_at) AS published_us
FROM events_current e
LEFT JOIN articles a USING (article_id)
"""

_SCHEMA = pa.schema([
    ("operation_id", pa.string()), ("actor", pa.string()), ("claimant", pa.string()),
    ("operation", pa.string()), ("cumulative", pa.bool_()), ("event_date", pa.date32()),
    ("period_start", pa.date32()), ("country", pa.string()), ("admin1", pa.list_(pa.string())),
    ("target_group", pa.string()), ("sorties", pa.int32()), ("strikes", pa.int32()),
    ("targets", pa.int32()), ("killed", pa.int32()), ("platforms", pa.list_(pa.string())),
    ("targets_hit", pa.list_(pa.struct([("type", pa.string()), ("count", pa.int32())]))),
    ("locations", pa.list_(pa.string())), ("source_count", pa.int32()),
    ("agency_count", pa.int32()), ("agencies", pa.list_(pa.string())),
    ("article_ids", pa.list_(pa.string())), ("first_published_us", pa.int64()),
    ("last_published_us", pa.int64()), ("representative_article_id", pa.string()),
    ("figures_disagree", pa.bool_()), ("differing_fields", pa.list_(pa.string())),
    ("differences", pa.string()), ("confidence", pa.float64()), ("content_hash", pa.string()),
])

_MEMBER_SCHEMA = pa.schema([
    ("operation_id", pa.string()), ("article_id", pa.string()),
    ("extractor_version", pa.string()), ("ordinal", pa.int32()), ("member_rank", pa.int32()),
    ("agency", pa.string()), ("published_us", pa.int64()),
])

_TS = "CASE WHEN {c} IS NULL THEN NULL ELSE to_timestamp({c} // 1000000) + to_microseconds({c} % 1000000) END"


def _block_key(ev: dict) -> tuple:
    return tuple(ev[k] for k in BLOCK)


def _order_key(ev: dict) -> tuple:
    d = ev["event_date"]
    pub = ev["published_us"]
    return (d is None, d or date.min, pub is None, pub or 0, ev["article_id"], ev["ordinal"])


def _source_key(ev: dict) -> tuple:
    """Earliest source first: the member order inside an operation."""
    pub = ev["published_us"]
    return (pub is None, pub or 0, ev["article_id"], ev["ordinal"])


def event_key(ev: dict) -> str:
    return f"{ev['article_id']}|{ev['extractor_version']}|{ev['ordinal']}"


def operation_id_for(first_member: dict) -> str:
    return hashlib.sha256(("op|" + event_key(first_member)).encode()).hexdigest()[:16]


@dataclass
class _Cluster:
    members: list[dict] = field(default_factory=list)
    dates: set = field(default_factory=set)
    periods: set = field(default_factory=set)
    countries: set = field(default_factory=set)
    admin1: set = field(default_factory=set)
    articles: set = field(default_factory=set)
    values: dict = field(default_factory=lambda: {f: set() for f in FIGURES})

    def add(self, ev: dict) -> None:
        self.members.append(ev)
        self.dates.add(ev["event_date"])
        if ev["period_start"] is not None:
            self.periods.add(ev["period_start"])
        if ev["country"]:
            self.countries.add(ev["country"])
        self.admin1.update(ev["admin1"] or ())
        self.articles.add(ev["article_id"])
        for f in FIGURES:
            if ev[f] is not None:
                self.values[f].add(ev[f])

    def rank(self, ev: dict) -> tuple | None:
        """How well this operation fits the event (smaller is better); None: it does not."""
        if ev["article_id"] in self.articles:
            return None
        if ev["country"] and self.countries and ev["country"] not in self.countries:
            return None
        ev_admin1 = set(ev["admin1"] or ())
        shared = len(ev_admin1 & self.admin1)
        if ev_admin1 and self.admin1 and not shared:
            return None
        d = ev["event_date"]
        if any(abs((d - other).days) > 1 for other in self.dates):
            return None
        agree = conflict = 0
        for f in FIGURES:
            v = ev[f]
            if v is None or not self.values[f]:
                continue
            if v in self.values[f]:
                agree += 1
            else:
                conflict += 1
        same_day = d in self.dates
        if same_day:
            if conflict:
                period = ev["period_start"]
                if period is not None and self.periods and period not in self.periods:
                    return None
                if bool(ev_admin1) != bool(self.admin1):
                    return None
        elif conflict or not agree:
            return None
        return (conflict, 0 if same_day else 1, -agree, -shared)


def cluster_block(events: list[dict]) -> list[list[dict]]:
    """Group one block's events into operations; each list is one operation's members."""
    ordered = sorted(events, key=_order_key)
    clusters: list[_Cluster] = []
    by_day: dict[date, list[int]] = {}
    for ev in ordered:
        d = ev["event_date"]
        best, best_rank = None, None
        if d is not None:
            seen = set()
            for day in (d - timedelta(days=1), d, d + timedelta(days=1)):
                for idx in by_day.get(day, ()):
                    if idx in seen:
                        continue
                    seen.add(idx)
                    rank = clusters[idx].rank(ev)
                    if rank is not None and (best_rank is None or (rank, idx) < (best_rank, best)):
                        best, best_rank = idx, rank
        if best is None:
            best = len(clusters)
            clusters.append(_Cluster())
        cluster = clusters[best]
        if d is not None and d not in cluster.dates:
            by_day.setdefault(d, []).append(best)
        cluster.add(ev)
    return [sorted(c.members, key=_source_key) for c in clusters]


def _modal(values: Iterable[Any]) -> Any:
    """The most frequent non-null value; ties go to the one the earliest source gave."""
    present = [v for v in values if v is not None]
    if not present:
        return None
    first = present[0]
    if all(v == first for v in present):
        return first
    counts: Counter = Counter()
    order: dict = {}
    for i, v in enumerate(present):
        key = tuple(v) if isinstance(v, list) else v
        counts[key] += 1
        order.setdefault(key, i)
    return min(counts, key=lambda k: (-counts[k], order[k]))


def _jsonable(v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, tuple):
        return list(v)
    return v


def _differences(members: list[dict]) -> dict:
    out = {}
    if len(members) < 2:
        return out
    for f in COMPARED:
        if f == "admin1":
            values = [tuple(sorted(m[f])) if m[f] else None for m in members]
        else:
            values = [m[f] for m in members]
        if len({v for v in values if v is not None}) < 2:
            continue
        groups: dict = {}
        for m, v in zip(members, values):
            if v is None:
                continue
            g = groups.setdefault(v, {"value": _jsonable(v), "article_ids": [], "agencies": []})
            g["article_ids"].append(m["article_id"])
            if m["agency"] and m["agency"] not in g["agencies"]:
                g["agencies"].append(m["agency"])
        out[f] = list(groups.values())
    return out


def _targets_hit(members: list[dict]) -> list[dict]:
    per_type: dict[str, list] = {}
    for m in members:
        seen = {}
        for item in m["targets_hit"] or ():
            ttype, value = item["type"], item["count"]
            if ttype is None:
                continue
            # One member counts once per type: its first stated count.
            if ttype not in seen or (seen[ttype] is None and value is not None):
                seen[ttype] = value
        for ttype, value in seen.items():
            per_type.setdefault(ttype, []).append(value)
    return [{"type": t, "count": _modal(v)} for t, v in sorted(per_type.items())]


def operation_row(members: list[dict]) -> dict:
    """The stored row for one operation; `members` are in source order (earliest first)."""
    first = members[0]
    agencies = []
    for m in members:
        if m["agency"] and m["agency"] not in agencies:
            agencies.append(m["agency"])
    diffs = _differences(members)
    published = [m["published_us"] for m in members if m["published_us"] is not None]
    row = {
        "operation_id": operation_id_for(first),
        **{k: first[k] for k in BLOCK},
        "event_date": _modal(m["event_date"] for m in members),
        "period_start": _modal(m["period_start"] for m in members),
        "country": _modal(m["country"] for m in members),
        "admin1": sorted({a for m in members for a in (m["admin1"] or ())}),
        "target_group": _modal(m["target_group"] for m in members),
        **{f: _modal(m[f] for m in members) for f in FIGURES},
        "platforms": sorted({p for m in members for p in (m["platforms"] or ())}),
        "targets_hit": _targets_hit(members),
        "locations": sorted({n for m in members for n in (m["locations"] or ())}),
        "source_count": len({m["article_id"] for m in members}),
        "agency_count": len(agencies),
        "agencies": agencies,
        "article_ids": [m["article_id"] for m in members],
        "first_published_us": min(published) if published else None,
        "last_published_us": max(published) if published else None,
        "representative_article_id": first["article_id"],
        "figures_disagree": any(f in diffs for f in FIGURES),
        "differing_fields": list(diffs),
        "differences": json.dumps(diffs, ensure_ascii=False) if diffs else None,
        "confidence": max((m["confidence"] for m in members if m["confidence"] is not None),
                          default=None),
    }
    # repr of plain values (str, int, float, bool, date, lists, dicts in a fixed order) is
    # stable across runs; the member keys make a moved member a change too.
    fingerprint = repr((sorted(row.items()), [event_key(m) for m in members]))
    row["content_hash"] = hashlib.blake2b(fingerprint.encode(), digest_size=16).hexdigest()
    return row


def build_operations(events: list[dict]) -> tuple[list[dict], list[dict]]:
    """Operation rows and member rows for a set of events (several blocks allowed)."""
    blocks: dict[tuple, list[dict]] = {}
    for ev in events:
        blocks.setdefault(_block_key(ev), []).append(ev)
    ops, members = [], []
    for key in sorted(blocks, key=lambda k: tuple((v is None, str(v)) for v in k)):
        for group in cluster_block(blocks[key]):
            row = operation_row(group)
            ops.append(row)
            for rank, m in enumerate(group, start=1):
                members.append({"operation_id": row["operation_id"], "article_id": m["article_id"],
                                "extractor_version": m["extractor_version"], "ordinal": m["ordinal"],
                                "member_rank": rank, "agency": m["agency"],
                                "published_us": m["published_us"]})
    return ops, members


def _affected_blocks(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> pa.Table:
    ids = pa.table({"article_id": pa.array(sorted(set(article_ids)), pa.string())})
    con.register("_ops_ids", ids)
    try:
        return con.sql("""
            SELECT DISTINCT actor, claimant, coalesce(cumulative, false) AS cumulative, operation
            FROM events_current WHERE article_id IN (SELECT article_id FROM _ops_ids)
            UNION
            SELECT DISTINCT o.actor, o.claimant, o.cumulative, o.operation
            FROM operations o JOIN operation_members m USING (operation_id)
            WHERE m.article_id IN (SELECT article_id FROM _ops_ids)
        """).to_arrow_table()
    finally:
        con.unregister("_ops_ids")


def _block_filter(alias: str) -> str:
    cond = " AND ".join(f"{alias}.{k} IS NOT DISTINCT FROM b.{k}" if k != "cumulative"
                        else f"coalesce({alias}.cumulative, false) = b.cumulative" for k in BLOCK)
    return f"EXISTS (SELECT 1 FROM _ops_blocks b WHERE {cond})"


# Bump when the matching rule or the stored row changes: every block is then recomputed.
RULE_VERSION = "1"

_FINGERPRINT_SQL = f"""
SELECT e.actor, e.claimant, coalesce(e.cumulative, false) AS cumulative, e.operation,
       '{RULE_VERSION}:' || CAST(bit_xor(hash(e.article_id, e.extractor_version, e.ordinal, e.event_date,
           e.period_start, e.country, e.admin1, e.target_group, e.sorties, e.strikes, e.targets,
           e.killed, e.platforms, e.targets_hit, e.locations, e.confidence, a.agency,
           a.published_at)) AS VARCHAR) || ':' || count(*) AS fingerprint
FROM events_current e
LEFT JOIN articles a USING (article_id)
GROUP BY ALL
"""


def _blocks_table(keys) -> pa.Table:
    keys = sorted(keys, key=lambda k: tuple((v is None, str(v)) for v in k))
    return pa.table({
        "actor": pa.array([k[0] for k in keys], pa.string()),
        "claimant": pa.array([k[1] for k in keys], pa.string()),
        "cumulative": pa.array([bool(k[2]) for k in keys], pa.bool_()),
        "operation": pa.array([k[3] for k in keys], pa.string()),
    })


def _changed_blocks(con, article_ids, rebuild: bool) -> tuple[set, dict]:
    """The blocks to recompute, and the current fingerprint of every block."""
    current = {tuple(r[:4]): r[4] for r in con.execute(_FINGERPRINT_SQL).fetchall()}
    if article_ids is not None:
        affected = _affected_blocks(con, list(article_ids))
        return {tuple(r.values()) for r in affected.to_pylist()}, current
    in_operations = {tuple(r) for r in con.execute(
        "SELECT DISTINCT actor, claimant, cumulative, operation FROM operations").fetchall()}
    if rebuild:
        return set(current) | in_operations, current
    stored = {tuple(r[:4]): r[4] for r in con.execute(
        "SELECT actor, claimant, cumulative, operation, fingerprint FROM operation_blocks").fetchall()}
    changed = {k for k, fp in current.items() if stored.get(k) != fp}
    changed |= (set(stored) | in_operations) - set(current)
    return changed, current


def update_operations(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str] | None = None,
                      *, rebuild: bool = False, sync_code_tables: bool = True) -> dict:
    """Bring `operations` and `operation_members` up to date with `events_current`.

    Without `article_ids`, every block (actor, claimant, cumulative, operation) whose
    events changed since the last update is recomputed (all of them with `rebuild`);
    with `article_ids`, the blocks those articles touch, now or before. Only operations
    whose content changed are rewritten, in one transaction. Returns counts:
    {"blocks", "events", "operations", "inserted", "deleted", "unchanged"}.
    """
    if sync_code_tables:
        from warehouse.codes import sync_codes

        sync_codes(con)
    registered = []
    try:
        changed, fingerprints = _changed_blocks(con, article_ids, rebuild)
        counts = {"blocks": len(changed), "events": 0, "operations": 0, "inserted": 0, "deleted": 0,
                  "unchanged": 0}
        if not changed:
            return counts
        con.register("_ops_blocks", _blocks_table(changed))
        registered.append("_ops_blocks")
        events = con.sql(_EVENTS_SQL + " WHERE " + _block_filter("e")).to_arrow_table().to_pylist()
        existing = con.execute("SELECT operation_id, content_hash FROM operations o WHERE "
                               + _block_filter("o")).fetchall()
        ops, members = build_operations(events)
        old = dict(existing)
        new = {r["operation_id"]: r["content_hash"] for r in ops}
        gone = sorted(op_id for op_id, h in old.items() if new.get(op_id) != h)
        fresh = {op_id for op_id, h in new.items() if old.get(op_id) != h}
        counts.update(events=len(events), operations=len(ops), inserted=len(fresh), deleted=len(gone),
                      unchanged=len(ops) - len(fresh))
        ops_tbl = pa.Table.from_pylist([r for r in ops if r["operation_id"] in fresh], schema=_SCHEMA)
        mem_tbl = pa.Table.from_pylist([m for m in members if m["operation_id"] in fresh],
                                       schema=_MEMBER_SCHEMA)
        gone_tbl = pa.table({"operation_id": pa.array(gone, pa.string())})
        live = [k for k in changed if k in fingerprints]
        fp_tbl = _blocks_table(live).append_column(
            "fingerprint", pa.array([fingerprints[k] for k in sorted(
                live, key=lambda k: tuple((v is None, str(v)) for v in k))], pa.string()))
        for name, tbl in (("_ops_new", ops_tbl), ("_ops_members_new", mem_tbl), ("_ops_gone", gone_tbl),
                          ("_ops_fingerprints", fp_tbl)):
            con.register(name, tbl)
            registered.append(name)
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM operation_members WHERE operation_id IN "
                        "(SELECT operation_id FROM _ops_gone)")
            con.execute("DELETE FROM operations WHERE operation_id IN (SELECT operation_id FROM _ops_gone)")
            columns = [f.name for f in _SCHEMA if not f.name.endswith("_us")]
            select = ", ".join(
                "CAST(differences AS JSON) AS differences" if c == "differences" else
                "CAST(targets_hit AS STRUCT(\"type\" VARCHAR, \"count\" INTEGER)[]) AS targets_hit"
                if c == "targets_hit" else c for c in columns)
            con.execute(f"""
                INSERT INTO operations ({", ".join(columns)}, first_published_at, last_published_at)
                SELECT {select}, {_TS.format(c="first_published_us")}, {_TS.format(c="last_published_us")}
                FROM _ops_new ORDER BY operation_id""")
            con.execute(f"""
                INSERT INTO operation_members (operation_id, article_id, extractor_version, ordinal,
                                               member_rank, agency, published_at)
                SELECT operation_id, article_id, extractor_version, ordinal, member_rank, agency,
                       {_TS.format(c="published_us")}
                FROM _ops_members_new ORDER BY operation_id, member_rank""")
            con.execute("DELETE FROM operation_blocks o WHERE " + _block_filter("o"))
            con.execute("INSERT INTO operation_blocks (actor, claimant, cumulative, operation, fingerprint) "
                        "SELECT actor, claimant, cumulative, operation, fingerprint FROM _ops_fingerprints")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return counts
    finally:
        for name in registered:
            con.unregister(name)
