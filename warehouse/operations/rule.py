"""The matching rule: which events report the same claim (pure: no DuckDB here).

One ministry statement is carried by TASS, RIA, AFP and Reuters within hours. Each
article yields an event; the rule groups the events that report the same claim into one
operation (docs/analysts.md explains it to analysts):

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

A block's clustering depends only on the set of its events: loading articles in any
order or batches gives the same operations. `cluster_block` is the greedy pass over one
block; `recluster_days` redoes it only around the days that changed, from the stored
operations (`incremental.py` has the argument why the result is `cluster_block`'s).
Events are plain dicts with the columns `incremental._EVENT_COLUMNS` reads.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

FIGURES = ("sorties", "strikes", "targets", "killed")
# Fields compared between members when recording where sources differ, in report order.
COMPARED = ("event_date", "period_start", "country", "admin1", "target_group", *FIGURES)
BLOCK = ("actor", "claimant", "cumulative", "operation")

# Bump when the matching rule or the stored row changes: every block is then recomputed.
RULE_VERSION = "2"   # 2: operation ids no longer hash the extractor version

ONE_DAY = timedelta(days=1)


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


class _Greedy:
    """The greedy pass over one block: `feed` events in `_order_key` order."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.by_day: dict[date, list[int]] = {}

    def restore(self, members: list[dict]) -> None:
        """An operation started before the pass resumed, holding `members` (in pass order)."""
        idx = len(self.clusters)
        cluster = _Cluster()
        for m in members:
            cluster.add(m)
        self.clusters.append(cluster)
        for d in sorted(d for d in cluster.dates if d is not None):
            self.by_day.setdefault(d, []).append(idx)

    def feed(self, ev: dict) -> None:
        d = ev["event_date"]
        best, best_rank = None, None
        if d is not None:
            seen = set()
            for day in (d - ONE_DAY, d, d + ONE_DAY):
                for idx in self.by_day.get(day, ()):
                    if idx in seen:
                        continue
                    seen.add(idx)
                    rank = self.clusters[idx].rank(ev)
                    if rank is not None and (best_rank is None or (rank, idx) < (best_rank, best)):
                        best, best_rank = idx, rank
        if best is None:
            best = len(self.clusters)
            self.clusters.append(_Cluster())
        cluster = self.clusters[best]
        if d is not None and d not in cluster.dates:
            self.by_day.setdefault(d, []).append(best)
        cluster.add(ev)


def cluster_block(events: list[dict]) -> list[list[dict]]:
    """Group one block's events into operations; each list is one operation's members."""
    greedy = _Greedy()
    for ev in sorted(events, key=_order_key):
        greedy.feed(ev)
    return [sorted(c.members, key=_source_key) for c in greedy.clusters]


class NeedDays(Exception):
    """`recluster_days` needs the events of a day it was not given."""

    def __init__(self, day: date | None):
        super().__init__(day)
        self.day = day


def recluster_days(events_by_day: dict, stored: dict, changed: set) -> tuple[list[list[dict]], set]:
    """Redo one block's clustering around its changed days (the argument is in incremental.py).

    events_by_day: {day: the block's current events dated `day`} for every day fetched
        (None: undated), a day without events mapping to [].
    stored: {operation_id: (event_date, [member event keys])} for every stored operation
        of the block whose event_date is a fetched day or the day after one.
    changed: the fetched days whose events differ from those the stored operations saw.
    Returns the new operations (member lists in source order) and the ids of the stored
    operations they replace; raises NeedDays when it must read a day not fetched.
    """
    def need(day):
        if day not in events_by_day:
            raise NeedDays(day)

    # Members on unchanged days are today's events, date and all.
    reliable = {event_key(ev): ev for day, evs in events_by_day.items()
                if day is not None and day not in changed for ev in evs}
    by_date: dict = {}
    member_days: dict[str, dict] = {}
    for op_id, (op_date, keys) in stored.items():
        by_date.setdefault(op_date, []).append(op_id)
        days: dict = {}
        for k in keys:
            ev = reliable.get(k)
            if ev is not None:
                days.setdefault(ev["event_date"], []).append(ev)
        member_days[op_id] = days

    def first_dated(day) -> list[str]:
        """Stored operations whose first date is `day` (day and day-1 unchanged)."""
        return [op_id for d in (day, day + ONE_DAY) for op_id in by_date.get(d, ())
                if day in member_days[op_id] and day - ONE_DAY not in member_days[op_id]]

    groups: list[list[dict]] = []
    replaced: set = set()
    dated = sorted(d for d in changed if d is not None)
    i = 0
    while i < len(dated):
        start = dated[i]
        need(start - ONE_DAY)
        need(start - 2 * ONE_DAY)
        greedy = _Greedy()
        before = start - ONE_DAY
        restored = first_dated(before)
        for op_id in sorted(restored, key=lambda o: min(_order_key(m) for m in member_days[o][before])):
            greedy.restore(sorted(member_days[op_id][before], key=_order_key))
        replaced.update(restored)
        day = start
        while True:
            need(day)
            for ev in sorted(events_by_day[day], key=_order_key):
                greedy.feed(ev)
            if day not in changed and day - ONE_DAY not in changed:
                open_now = {frozenset(map(event_key, c.members)) for c in greedy.clusters if c.dates == {day}}
                open_before = {frozenset(map(event_key, member_days[o][day])) for o in first_dated(day)}
                if open_now == open_before:
                    break
            day += ONE_DAY
        end = day
        groups.extend(sorted(c.members, key=_source_key) for c in greedy.clusters if min(c.dates) < end)
        day = start
        while day <= end:
            for op_id in by_date.get(day, ()):
                if day < end or end - ONE_DAY in member_days[op_id]:
                    replaced.add(op_id)
            day += ONE_DAY
        while i < len(dated) and dated[i] <= end:
            i += 1
    if None in changed:
        need(None)
        groups.extend([ev] for ev in events_by_day[None])
        replaced.update(by_date.get(None, ()))
    return groups, replaced

