"""Row building: an operation's stored row and its member rows, from its member events.

`operation_row` keeps one representative value per field (the modal value over the
sources, ties to the earliest source; lists are unions), records where the sources
differ (`differences`) instead of averaging it away, and gives the row a content hash,
so that an update rewrites only operations whose content changed. Pure: plain dicts in
and out, no DuckDB or Arrow here (incremental.py turns them into Arrow tables).
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from datetime import date
from typing import Any, Iterable

from warehouse.operations.rule import BLOCK, COMPARED, FIGURES, _block_key, cluster_block, event_key


def operation_id_for(first_member: dict) -> str:
    """The operation's id, from its earliest source's event as the article reported it:
    the article, the block (actor, claimant, cumulative, operation), the event date and
    the event's place among that article's events of the same block and date. Not the
    extractor version nor the ordinal: a re-extraction that reads the same claim from
    the same article keeps the id, so notes, joins and exports that name it still hold."""
    parts = [first_member["article_id"], *(first_member.get(k) for k in BLOCK),
             first_member.get("event_date"), first_member.get("block_nth", first_member.get("ordinal"))]
    return hashlib.sha256(("op2|" + json.dumps(parts, default=str)).encode()).hexdigest()[:16]


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
        "claimant_body": _modal(m.get("claimant_body") for m in members),
    }
    # repr of plain values (str, int, float, bool, date, lists, dicts in a fixed order) is
    # stable across runs; the member keys make a moved member a change too.
    fingerprint = repr((sorted(row.items()), [event_key(m) for m in members]))
    row["content_hash"] = hashlib.blake2b(fingerprint.encode(), digest_size=16).hexdigest()
    return row



def _operation_rows(groups: Iterable[list[dict]]) -> tuple[list[dict], list[dict]]:
    """Operation rows and member rows for operations given as member lists (source order)."""
    ops, members = [], []
    for group in groups:
        row = operation_row(group)
        ops.append(row)
        for rank, m in enumerate(group, start=1):
            members.append({"operation_id": row["operation_id"], "article_id": m["article_id"],
                            "extractor_version": m["extractor_version"], "ordinal": m["ordinal"],
                            "member_rank": rank, "agency": m["agency"],
                            "published_us": m["published_us"]})
    return ops, members


def _sort_key(block: tuple) -> tuple:
    return tuple((v is None, str(v)) for v in block)


def _sort_blocks(keys) -> list[tuple]:
    return sorted(keys, key=_sort_key)


def build_operations(events: list[dict]) -> tuple[list[dict], list[dict]]:
    """Operation rows and member rows for a set of events (several blocks allowed)."""
    blocks: dict[tuple, list[dict]] = {}
    for ev in events:
        blocks.setdefault(_block_key(ev), []).append(ev)
    return _operation_rows(group for key in _sort_blocks(blocks) for group in cluster_block(blocks[key]))

