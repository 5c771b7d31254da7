"""Incremental SQL planning: bring `operations` up to date by redoing only what changed.

`update_operations` recomputes only the (block, day)s whose events changed, with the
pure rule of `rule.py`, and writes only the operations whose content changed (DELETE +
INSERT in one transaction, through Arrow), their members, the day fingerprints, the
`operation_log` and the registry of operation ids (`operation_ids`, migration 018).


What is recomputed, and why the result is the full rebuild's
------------------------------------------------------------

`operation_days` keeps, per block and event date, a fingerprint of the events the
stored operations were built from (undated events: date NULL). A *changed day* is one
whose current events' fingerprint differs from the stored one; every other day holds
exactly the events the stored operations saw. The greedy pass over a block carries
little from one date to the next:

1. Every member of an operation is within a day of every other (an event joins only
   when no member date is more than a day off), so an operation's dates are {t} or
   {t, t+1}, t its *first date*. Events come in date order, so while the pass is on
   date x, the operations that can still accept anything are those whose dates are
   all x-1 or x; once it has finished date x, the only *open* ones are those first
   dated x, each holding just its members dated x.
2. The pass up to the end of date d depends only on the events dated up to d. So the
   full pass over the current events and the stored pass agree on everything before
   the first changed day d0, in particular on the state on entering d0: the stored
   operations first dated d0-1, restricted to their members dated d0-1 (both days
   unchanged, so these members are today's events), in the order they were started
   (their earliest member in the pass order). Earlier operations are closed and
   untouched, and tie-breaks between open operations only compare their relative
   start order, which this keeps.
3. From that state the pass is replayed over the current events of d0, d0+1, ...
   After finishing a date e such that e and e-1 are unchanged, if the open operations
   (member sets, all dated e) are the ones the stored pass had open after e (the
   stored operations first dated e, their members dated e: reliable because e-1 and
   e are unchanged), then everything after e proceeds identically as long as no later
   day changed: the replay stops at e. The operations it finished (first dated d0-1
   to e-1) replace the stored ones first dated d0-1 to e-1; those first dated e or
   later stay. The next changed day after e starts the next such region.
4. Undated events are singletons that no dated event ever sees: when the block's
   undated day changed, its undated operations are rebuilt alone.

So the result is, operation for operation (ids are made from the first source's event), the
full rebuild's. Stored operations are found by their representative `event_date`,
which is one of their dates (so t or t+1), and their members' dates are read from
today's events on unchanged days only; a member on a changed day belongs to an
operation that is replaced anyway. With `article_ids`, the days those articles' events
fall on now, and those of the operations they belonged to (±1 day), are checked; with
none, every day's fingerprint is compared; either way each fetched day's fingerprint
is checked, so a change made by other articles on a day the replay reads is redone
too. An event key that moved (same extractor version re-read) from a day or block no
update looked at can leave a stale stored operation holding an event of a new one:
with `article_ids` such holders are looked up, and their days redone as well. A block
without day fingerprints yet (new, or stored before 012), a cascade that runs past
MAX_DAYS fetched days, and `rebuild` recompute the whole block.
"""
from __future__ import annotations

import sys
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Iterable

import duckdb
import pyarrow as pa

from warehouse.db import transaction
from warehouse.operations.rows import _operation_rows, _sort_blocks, _sort_key
from warehouse.operations.rule import (BLOCK, ONE_DAY, RULE_VERSION, NeedDays, _block_key, cluster_block,
                                       event_key, recluster_days)

# One event's contribution to its (block, day) fingerprint: everything clustering and
# the stored row read (the block columns are the grouping itself).
_ROW_HASH = """hash(e.article_id, e.extractor_version, e.ordinal, e.event_date, e.period_start, e.country,
           e.admin1, e.target_group, e.sorties, e.strikes, e.targets, e.killed, e.platforms,
           e.targets_hit, e.locations, e.confidence, a.agency, a.published_at)"""

_EVENT_COLUMNS = f"""
SELECT e.article_id, e.extractor_version, e.ordinal,
       e.actor, e.claimant, coalesce(e.cumulative, false) AS cumulative, e.operation,
       e.event_date, e.period_start, e.country, e.admin1, e.target_group,
       e.sorties, e.strikes, e.targets, e.killed, e.platforms,
       e.targets_hit,
       [l.name FOR l IN coalesce(e.locations, []) IF l.name IS NOT NULL] AS locations,
       e.confidence, a.agency, epoch_us(a.published_at) AS published_us,
       {_ROW_HASH} AS row_hash,
       (SELECT c.claimant_body FROM event_claimants c WHERE c.article_id = e.article_id
           AND c.extractor_version = e.extractor_version AND c.ordinal = e.ordinal) AS claimant_body,
       -- The event's place among its article's events of the same block and date: with
       -- the article, block and date it names the event across extractor versions (the
       -- operation id is made from it). Every query below reads whole (block, date)s, so
       -- the window sees all of an article's events there.
       (row_number() OVER (PARTITION BY e.article_id, e.actor, e.claimant, coalesce(e.cumulative, false),
                                        e.operation, e.event_date ORDER BY e.ordinal) - 1)::INTEGER AS block_nth
"""

_EVENTS_SQL = _EVENT_COLUMNS + """
FROM events_current e
LEFT JOIN articles a USING (article_id)
"""

# The Arrow tables written: operation rows and member rows (rows.py builds them).
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
    ("claimant_body", pa.string()),
])

_MEMBER_SCHEMA = pa.schema([
    ("operation_id", pa.string()), ("article_id", pa.string()),
    ("extractor_version", pa.string()), ("ordinal", pa.int32()), ("member_rank", pa.int32()),
    ("agency", pa.string()), ("published_us", pa.int64()),
])


_BLOCK_SCHEMA = pa.schema([("actor", pa.string()), ("claimant", pa.string()),
                           ("cumulative", pa.bool_()), ("operation", pa.string())])
_DAY_SCHEMA = pa.schema([*_BLOCK_SCHEMA, ("day", pa.date32())])
_DAY_FP_SCHEMA = pa.schema([*_BLOCK_SCHEMA, ("event_date", pa.date32()), ("fingerprint", pa.string())])

_TS = "CASE WHEN {c} IS NULL THEN NULL ELSE to_timestamp({c} // 1000000) + to_microseconds({c} % 1000000) END"


def day_fingerprint(events: Iterable[dict]) -> str | None:
    """The stored fingerprint of one block's events on one day (None: no events)."""
    xor, n = 0, 0
    for ev in events:
        xor ^= ev["row_hash"]
        n += 1
    return f"{RULE_VERSION}:{xor}:{n}" if n else None


# --------------------------------------------------------------------------- SQL

def _same_block(a: str, b: str) -> str:
    return " AND ".join(f"{a}.{k} IS NOT DISTINCT FROM {b}.{k}" if k != "cumulative"
                        else f"coalesce({a}.cumulative, false) = {b}.cumulative" for k in BLOCK)


def _block_filter(alias: str) -> str:
    return f"EXISTS (SELECT 1 FROM _ops_blocks b WHERE {_same_block(alias, 'b')})"


def _blocks_table(keys) -> pa.Table:
    keys = _sort_blocks(keys)
    return pa.table({k: [key[i] for key in keys] for i, k in enumerate(BLOCK)}, schema=_BLOCK_SCHEMA)


def _days_table(pairs) -> pa.Table:
    """(block, day) pairs as a table: actor, claimant, cumulative, operation, day."""
    pairs = sorted(pairs, key=lambda p: (tuple((v is None, str(v)) for v in p[0]), p[1] is None, p[1] or date.min))
    cols = {k: [b[i] for b, _ in pairs] for i, k in enumerate(BLOCK)}
    cols["day"] = [d for _, d in pairs]
    return pa.table(cols, schema=_DAY_SCHEMA)


# Per (block, day): the current fingerprint against the stored one, where they differ.
_DAY_DIFF_SQL = f"""
WITH cur AS (
    SELECT e.actor, e.claimant, coalesce(e.cumulative, false) AS cumulative, e.operation, e.event_date,
           '{RULE_VERSION}:' || CAST(bit_xor({_ROW_HASH}) AS VARCHAR) || ':' || count(*) AS fingerprint
    FROM events_current e
    LEFT JOIN articles a USING (article_id)
    GROUP BY ALL
)
SELECT CASE WHEN c.fingerprint IS NULL THEN s.actor ELSE c.actor END,
       CASE WHEN c.fingerprint IS NULL THEN s.claimant ELSE c.claimant END,
       CASE WHEN c.fingerprint IS NULL THEN s.cumulative ELSE c.cumulative END,
       CASE WHEN c.fingerprint IS NULL THEN s.operation ELSE c.operation END,
       CASE WHEN c.fingerprint IS NULL THEN s.event_date ELSE c.event_date END,
       c.fingerprint
FROM cur c
FULL JOIN operation_days s ON {_same_block('c', 's')} AND c.event_date IS NOT DISTINCT FROM s.event_date
WHERE c.fingerprint IS DISTINCT FROM s.fingerprint
"""

# The current events of some articles (the filter on x.article_id reaches the scan of
# `extractions` under the ranking window; through the events_current view it does not).
_CURRENT_OF = """
FROM events e
JOIN extractions_ranked x ON x.article_id = e.article_id AND x.extractor_version = e.extractor_version
                         AND x.version_rank = 1
"""


def _combine(fingerprints: Iterable[str]) -> str | None:
    """The block fingerprint (operation_blocks, 011) of its day fingerprints."""
    xor, n = 0, 0
    for fp in fingerprints:
        _, x, c = fp.split(":")
        xor ^= int(x)
        n += int(c)
    return f"{RULE_VERSION}:{xor}:{n}" if n else None


@dataclass
class _Plan:
    full: set = field(default_factory=set)          # blocks clustered whole
    days: dict = field(default_factory=dict)        # block -> days to check
    convert: dict = field(default_factory=dict)     # unchanged block of 011 -> {day: fingerprint}


def _day_blocks(con) -> set:
    return {tuple(r) for r in con.execute(
        "SELECT DISTINCT actor, claimant, cumulative, operation FROM operation_days").fetchall()}


def _plan(con, article_ids, rebuild: bool) -> _Plan:
    plan = _Plan()
    with_days = _day_blocks(con)
    in_operations = {tuple(r) for r in con.execute(
        "SELECT DISTINCT actor, claimant, cumulative, operation FROM operations").fetchall()}
    legacy = {tuple(r[:4]): r[4] for r in con.execute(
        "SELECT actor, claimant, cumulative, operation, fingerprint FROM operation_blocks").fetchall()}
    if rebuild:
        current = {tuple(r) for r in con.execute(
            "SELECT DISTINCT actor, claimant, coalesce(cumulative, false), operation FROM events_current"
        ).fetchall()}
        plan.full = current | in_operations | with_days | set(legacy)
        return plan
    touched: dict[tuple, set] = {}
    if article_ids is not None:
        ids = sorted(set(article_ids))
        if not ids:
            return plan
        for *block, day in con.execute(
                "SELECT DISTINCT e.actor, e.claimant, coalesce(e.cumulative, false), e.operation, e.event_date"
                + _CURRENT_OF + " WHERE list_contains($ids, x.article_id)", {"ids": ids}).fetchall():
            touched.setdefault(tuple(block), set()).add(day)
        for *block, day in con.execute("""
                SELECT DISTINCT o.actor, o.claimant, o.cumulative, o.operation, o.event_date
                FROM operation_members m JOIN operations o USING (operation_id)
                WHERE list_contains($ids, m.article_id)""", {"ids": ids}).fetchall():
            days = touched.setdefault(tuple(block), set())
            days.update([None] if day is None else [day - ONE_DAY, day, day + ONE_DAY])
        for block, days in touched.items():
            if block in with_days:
                plan.days[block] = days
            else:
                plan.full.add(block)
        return plan
    legacy_days: dict[tuple, dict] = {}
    for *block, day, fp in con.execute(_DAY_DIFF_SQL).fetchall():
        block = tuple(block)
        if block in with_days:
            plan.days.setdefault(block, set()).add(day)
        elif fp is not None:
            legacy_days.setdefault(block, {})[day] = fp
    for block in (set(legacy_days) | set(legacy) | in_operations) - with_days:
        fps = legacy_days.get(block, {})
        if fps and block in legacy and legacy[block] == _combine(fps.values()):
            plan.convert[block] = fps
        else:
            plan.full.add(block)
    return plan


def _tuning() -> tuple[tuple[int, int], int]:
    """(WINDOW, MAX_DAYS) as the package holds them now: warehouse/operations/__init__.py
    defines them, and a test or benchmark may set them there."""
    package = sys.modules[__package__]
    return package.WINDOW, package.MAX_DAYS


@dataclass
class _Partial:
    """What is known of one block while its changed days are redone."""
    check: set                                       # days to look at (and their neighbours)
    changed: set = field(default_factory=set)        # fetched days whose events changed
    extra: set = field(default_factory=set)          # days the replay asked for
    events: dict = field(default_factory=dict)       # fetched day -> current events
    stored_fp: dict = field(default_factory=dict)    # fetched day -> stored fingerprint
    op_dates: set = field(default_factory=set)       # operation event_dates fetched
    stored: dict = field(default_factory=dict)       # operation_id -> (event_date, member keys)
    hashes: dict = field(default_factory=dict)       # operation_id -> content_hash
    result: tuple | None = None

    def window(self) -> set:
        before, after = _tuning()[0]
        days = set(self.extra)
        for d in self.check | self.changed:
            if d is None:
                days.add(None)
            else:
                days.update(d + timedelta(days=k) for k in range(-before, after + 1))
        return days


def _fetch(con, want: dict[tuple, set], partial: dict[tuple, _Partial], registered: list) -> None:
    """Load the current events, stored day fingerprints and stored operations of `want`."""
    def register(name, tbl):
        con.register(name, tbl)
        registered.append(name)

    register("_ops_want", _days_table((b, d) for b, days in want.items() for d in days))
    ids = [r[0] for r in con.execute(f"""
        SELECT DISTINCT e.article_id FROM events e
        JOIN _ops_want w ON {_same_block('e', 'w')} AND e.event_date IS NOT DISTINCT FROM w.day""").fetchall()]
    for b, days in want.items():
        for d in days:
            partial[b].events[d] = []
    if ids:
        rows = con.sql(_EVENT_COLUMNS + _CURRENT_OF + f"""
            JOIN _ops_want w ON {_same_block('e', 'w')} AND e.event_date IS NOT DISTINCT FROM w.day
            LEFT JOIN (SELECT article_id, agency, published_at FROM articles
                       WHERE list_contains($ids, article_id)) a ON a.article_id = e.article_id
            WHERE list_contains($ids, x.article_id)""", params={"ids": ids}).to_arrow_table().to_pylist()
        for ev in rows:
            partial[_block_key(ev)].events[ev["event_date"]].append(ev)
    for *block, day, fp in con.execute(f"""
            SELECT s.actor, s.claimant, s.cumulative, s.operation, s.event_date, s.fingerprint
            FROM operation_days s
            JOIN _ops_want w ON {_same_block('s', 'w')} AND s.event_date IS NOT DISTINCT FROM w.day""").fetchall():
        partial[tuple(block)].stored_fp[day] = fp
    op_want = {}
    for b, days in want.items():
        dates = set(days) | {d + ONE_DAY for d in days if d is not None}
        op_want[b] = dates - partial[b].op_dates
        partial[b].op_dates |= dates
    register("_ops_want_ops", _days_table((b, d) for b, dates in op_want.items() for d in dates))
    for *block, op_date, op_id, content_hash, keys in con.execute(f"""
            SELECT o.actor, o.claimant, o.cumulative, o.operation, o.event_date, o.operation_id,
                   any_value(o.content_hash),
                   list(m.article_id || '|' || m.extractor_version || '|' || m.ordinal)
            FROM operations o
            JOIN _ops_want_ops w ON {_same_block('o', 'w')} AND o.event_date IS NOT DISTINCT FROM w.day
            JOIN operation_members m USING (operation_id)
            GROUP BY ALL""").fetchall():
        st = partial[tuple(block)]
        st.stored[op_id] = (op_date, keys)
        st.hashes[op_id] = content_hash


def _redo_days(con, plan: _Plan, partial: dict[tuple, _Partial], registered: list) -> None:
    """Redo the changed days of plan.days (states kept in `partial` between calls);
    blocks that grow past MAX_DAYS move to plan.full."""
    max_days = _tuning()[1]
    for b, days in plan.days.items():
        if b not in partial:
            partial[b] = _Partial(check=set(days))
        elif not days <= partial[b].check:
            partial[b].check |= days
            partial[b].result = None
    while True:
        want = {}
        for b, st in partial.items():
            if st.result is None:
                missing = st.window() - set(st.events)
                if len(st.events) + len(missing) > max_days:
                    plan.full.add(b)
                elif missing:
                    want[b] = missing
        for b in plan.full:
            partial.pop(b, None)
            plan.days.pop(b, None)
        if want:
            _fetch(con, want, partial, registered)
        pending = False
        for b, st in partial.items():
            if st.result is not None:
                continue
            st.changed = {d for d, evs in st.events.items() if day_fingerprint(evs) != st.stored_fp.get(d)}
            if st.window() - set(st.events):
                pending = True
                continue
            try:
                st.result = recluster_days(st.events, st.stored, st.changed)
            except NeedDays as exc:
                pending = True
                if exc.day is None:
                    st.extra.add(None)
                else:
                    # Further each time: a cascade that ran past the window may run on.
                    span = max(8, len(st.events))
                    st.extra.update(exc.day + timedelta(days=k) for k in range(span))
        if not pending:
            return


def _stale_holders(con, groups: dict[tuple, list], replaced: dict[tuple, set], whole: set,
                   registered: list) -> dict:
    """Stored operations, not being replaced, that hold an event of the new operations.

    Only possible when an update with `article_ids` left out an article whose events
    changed (the same event key moved to another day or block): the stored operation
    is stale, and its days are redone too. Returns {block: {its event_date}}.
    """
    keys = {event_key(m): block for block, gs in groups.items() for g in gs for m in g}
    if not keys:
        return {}
    tbl = pa.table({"article_id": [k.split("|")[0] for k in keys],
                    "extractor_version": [k.split("|")[1] for k in keys],
                    "ordinal": pa.array([int(k.split("|")[2]) for k in keys], pa.int32())})
    con.register("_ops_new_keys", tbl)
    registered.append("_ops_new_keys")
    stale: dict[tuple, set] = {}
    for *block, op_date, op_id in con.execute("""
            SELECT DISTINCT o.actor, o.claimant, o.cumulative, o.operation, o.event_date, o.operation_id
            FROM operation_members m
            JOIN _ops_new_keys k USING (article_id, extractor_version, ordinal)
            JOIN operations o USING (operation_id)""").fetchall():
        block = tuple(block)
        if block not in whole and op_id not in replaced.get(block, ()):
            stale.setdefault(block, set()).add(op_date)
    return stale


@dataclass
class _Redone:
    """What one update recomputed, before anything is written."""
    plan: _Plan
    full_events: dict = field(default_factory=dict)   # block clustered whole -> its current events
    full_groups: dict = field(default_factory=dict)   # block clustered whole -> its operations
    redone: dict = field(default_factory=dict)        # block with changed days -> its _Partial
    old: dict = field(default_factory=dict)           # operation_id -> content_hash of those replaced


def _recompute(con, article_ids, rebuild: bool, registered: list) -> _Redone:
    """Plan, fetch and recluster what changed (the module docstring has the argument)."""
    plan = _plan(con, article_ids, rebuild)
    r = _Redone(plan)
    partial: dict[tuple, _Partial] = {}
    while True:
        if plan.days:
            _redo_days(con, plan, partial, registered)
        todo = sorted(plan.full - set(r.full_events), key=_sort_key)
        if todo:
            con.register("_ops_blocks", _blocks_table(todo))
            registered.append("_ops_blocks")
            for block in todo:
                r.full_events[block] = []
            for ev in con.sql(_EVENTS_SQL + " WHERE " + _block_filter("e")).to_arrow_table().to_pylist():
                r.full_events[_block_key(ev)].append(ev)
            r.old.update(con.execute("SELECT operation_id, content_hash FROM operations o WHERE "
                                     + _block_filter("o")).fetchall())
            for block in todo:
                r.full_groups[block] = cluster_block(r.full_events[block])
        r.redone = {b: st for b, st in partial.items() if st.changed}
        if article_ids is None:
            return r    # every changed day was found: a moved event changed both its days
        stale = _stale_holders(
            con, {**{b: st.result[0] for b, st in r.redone.items()}, **r.full_groups},
            {b: st.result[1] for b, st in r.redone.items()}, plan.full, registered)
        if not stale:
            return r
        with_days = _day_blocks(con)
        for block, dates in stale.items():
            days = {None} if None in dates else set()
            days.update(x for d in dates if d is not None for x in (d - ONE_DAY, d, d + ONE_DAY))
            if block not in with_days or days <= plan.days.get(block, set()):
                plan.full.add(block)        # (or asked again: clustered whole)
                plan.convert.pop(block, None)
            else:
                plan.days[block] = plan.days.get(block, set()) | days


def _changes(r: _Redone) -> tuple[list[list[dict]], list[dict], list[tuple], set]:
    """The new operations (member lists), the day fingerprints to store, the (block, day)
    fingerprints to drop first, and the blocks whose fingerprints are all rewritten."""
    groups: list[list[dict]] = []
    day_rows: list[dict] = []
    day_keys: list[tuple] = []
    plan = r.plan
    for block in sorted(plan.full, key=_sort_key):
        groups.extend(r.full_groups[block])
        per_day: dict = {}
        for ev in r.full_events[block]:
            per_day.setdefault(ev["event_date"], []).append(ev)
        day_rows.extend(_day_row(block, d, day_fingerprint(evs)) for d, evs in per_day.items())
    for block, fps in plan.convert.items():
        day_rows.extend(_day_row(block, d, fp) for d, fp in fps.items())
    for block in sorted(r.redone, key=_sort_key):
        st = r.redone[block]
        new_groups, replaced = st.result
        groups.extend(new_groups)
        r.old.update((op_id, st.hashes[op_id]) for op_id in replaced)
        for d in st.changed:
            day_keys.append((block, d))
            fp = day_fingerprint(st.events[d])
            if fp is not None:
                day_rows.append(_day_row(block, d, fp))
    return groups, day_rows, day_keys, set(plan.full) | set(plan.convert)


def update_operations(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str] | None = None,
                      *, rebuild: bool = False, sync_code_tables: bool = False) -> dict:
    """Bring `operations` and `operation_members` up to date with `events_current`.

    Without `article_ids`, every block (actor, claimant, cumulative, operation) and day
    whose events changed since the last update is redone (with `rebuild`, every block
    whole); with `article_ids`, the days those articles touch, now or before. Only the
    days around a change are reclustered (module docstring) and only operations whose
    content changed are rewritten, in one transaction, with the operation_log and the
    registry of operation ids. Returns counts:
    {"blocks", "events", "operations", "inserted", "deleted", "unchanged"}.

    The code tables and claimant bodies are not touched here: the flows call
    `warehouse.codes.sync_code_tables` first (and rebuild when it says so);
    `sync_code_tables=True` does that step first, for scripts and tests.
    """
    if sync_code_tables:
        from warehouse.codes import sync_code_tables as sync

        rebuild = sync(con) or rebuild
    registered: list[str] = []
    try:
        r = _recompute(con, article_ids, rebuild, registered)
        counts = {"blocks": len(r.plan.full) + len(r.redone), "events": 0, "operations": 0, "inserted": 0,
                  "deleted": 0, "unchanged": 0}
        if not r.plan.full and not r.redone and not r.plan.convert:
            return counts
        groups, day_rows, day_keys, whole = _changes(r)
        ops, members = _operation_rows(groups)
        new = {row["operation_id"]: row["content_hash"] for row in ops}
        gone = sorted(op_id for op_id, h in r.old.items() if new.get(op_id) != h)
        fresh = {op_id for op_id, h in new.items() if r.old.get(op_id) != h}
        counts.update(events=sum(map(len, groups)), operations=len(ops), inserted=len(fresh),
                      deleted=len(gone), unchanged=len(ops) - len(fresh))
        ops_tbl = pa.Table.from_pylist([row for row in ops if row["operation_id"] in fresh], schema=_SCHEMA)
        mem_tbl = pa.Table.from_pylist([m for m in members if m["operation_id"] in fresh],
                                       schema=_MEMBER_SCHEMA)
        gone_tbl = pa.table({"operation_id": pa.array(gone, pa.string())})
        for name, tbl in (("_ops_new", ops_tbl), ("_ops_members_new", mem_tbl), ("_ops_gone", gone_tbl),
                          ("_ops_whole", _blocks_table(whole)), ("_ops_day_keys", _days_table(day_keys)),
                          ("_ops_day_rows", pa.Table.from_pylist(day_rows, schema=_DAY_FP_SCHEMA))):
            con.register(name, tbl)
            registered.append(name)
        with transaction(con):
            _write(con, [uuid.uuid4().hex, datetime.now(timezone.utc)], everything=bool(rebuild))
        return counts
    finally:
        for name in dict.fromkeys(registered):
            con.unregister(name)


def _write(con, update: list, everything: bool) -> None:
    """Replace the operations in _ops_gone by those in _ops_new (with their members, the
    log of both sides, the registry of ids) and the day fingerprints, inside the caller's
    transaction. `update` is [update_id, logged_at]."""
    con.execute(_LOG_SQL.format(side="old", ids="_ops_gone"), update)
    con.execute("DELETE FROM operation_members WHERE operation_id IN (SELECT operation_id FROM _ops_gone)")
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
    con.execute(_LOG_SQL.format(side="new", ids="_ops_new"), update)
    _register_ids(con, update[1], everything)
    whole_filter = f"EXISTS (SELECT 1 FROM _ops_whole b WHERE {_same_block('o', 'b')})"
    con.execute("DELETE FROM operation_blocks o WHERE " + whole_filter)
    con.execute("DELETE FROM operation_days o WHERE " + whole_filter)
    con.execute(f"""DELETE FROM operation_days o WHERE EXISTS (SELECT 1 FROM _ops_day_keys k
                    WHERE {_same_block('o', 'k')} AND o.event_date IS NOT DISTINCT FROM k.day)""")
    con.execute("INSERT INTO operation_days (actor, claimant, cumulative, operation, event_date, "
                "fingerprint) SELECT actor, claimant, cumulative, operation, event_date, fingerprint "
                "FROM _ops_day_rows ORDER BY ALL")


def _register_ids(con, now: datetime, everything: bool) -> None:
    """Keep `operation_ids` (migration 018), the registry of every id ever issued: an id
    written now is current, with the source articles it holds now (its first issue
    time kept); an id removed and not written again is retired now. With `everything`
    (a rebuild), any registered id not in `operations` is retired as well, so the
    registry follows `operations` whatever happened to that table before.

    Nothing here depends on the order of updates but through `operations` itself: an
    incremental update and a rebuild that leave the same operations leave the same
    current ids, and neither touches a retired id's row (so `operation_aliases`, a
    function of the registry and the current operations, is the same after both)."""
    con.execute("""
        UPDATE operation_ids AS r SET article_ids = n.article_ids, retired_at = NULL
        FROM _ops_new n WHERE r.operation_id = n.operation_id""")
    con.execute("""
        INSERT INTO operation_ids (operation_id, actor, claimant, operation, cumulative, article_ids,
                                   issued_at, retired_at)
        SELECT n.operation_id, n.actor, n.claimant, n.operation, n.cumulative, n.article_ids, $now, NULL
        FROM _ops_new n
        WHERE NOT EXISTS (SELECT 1 FROM operation_ids r WHERE r.operation_id = n.operation_id)
        ORDER BY n.operation_id""", {"now": now})
    retire = ("operation_id NOT IN (SELECT operation_id FROM operations)" if everything else
              "operation_id IN (SELECT operation_id FROM _ops_gone) "
              "AND operation_id NOT IN (SELECT operation_id FROM _ops_new)")
    con.execute(f"UPDATE operation_ids SET retired_at = $now WHERE retired_at IS NULL AND {retire}",
                {"now": now})


# operation_log (migration 014): an operation's analyst fields, before and after an update.
_LOG_SQL = """
INSERT INTO operation_log (update_id, logged_at, operation_id, side, "row")
SELECT $1, $2, o.operation_id, '{side}', to_json(struct_pack(
    actor := o.actor, claimant := o.claimant, operation := o.operation, cumulative := o.cumulative,
    event_date := o.event_date, period_start := o.period_start, country := o.country, admin1 := o.admin1,
    target_group := o.target_group, sorties := o.sorties, strikes := o.strikes, targets := o.targets,
    killed := o.killed, platforms := o.platforms, targets_hit := o.targets_hit, locations := o.locations,
    source_count := o.source_count, agencies := o.agencies, article_ids := o.article_ids,
    figures_disagree := o.figures_disagree, differing_fields := o.differing_fields,
    claimant_body := o.claimant_body,
    extractor_versions := (SELECT list(DISTINCT m.extractor_version ORDER BY m.extractor_version)
                           FROM operation_members m WHERE m.operation_id = o.operation_id)))
FROM operations o WHERE o.operation_id IN (SELECT operation_id FROM {ids})
ORDER BY o.operation_id
"""


def _day_row(block: tuple, day: date | None, fingerprint: str) -> dict:
    return {**dict(zip(BLOCK, block)), "event_date": day, "fingerprint": fingerprint}
