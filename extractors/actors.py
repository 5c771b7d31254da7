"""The organisation actors: the one table of actor codes that are not states.

``data/actors.toml`` lists every such code the extractor may emit (armed groups, alliances,
the ``OTHER`` claimant) with its name; the warehouse builds its ``actors`` table from the same
file (``warehouse.codes.actor_rows``), so the two cannot disagree. States are ISO 3166-1
alpha-3 codes and need no row here.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from .errors import ExtractorError

ACTORS_FILE = Path(__file__).parent / "data" / "actors.toml"
KINDS = ("organisation", "claimant")
GROUPS = ("armed_group", "alliance")
_KEYS = {"kind", "name", "description", "group", "governs", "led_by", "based_in"}


class ActorTableError(ExtractorError, ValueError):
    """The actor table is malformed; the message names the file and the code."""


@lru_cache(maxsize=1)
def table() -> dict[str, dict]:
    """code -> {kind, name, description, group}, validated."""
    where = ACTORS_FILE.name
    try:
        raw = tomllib.loads(ACTORS_FILE.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ActorTableError(f"{where}: not valid TOML: {exc}") from exc
    for code, entry in raw.items():
        if not isinstance(entry, dict):
            raise ActorTableError(f"{where} [{code}]: must be a table")
        unknown = set(entry) - _KEYS
        if unknown:
            raise ActorTableError(f"{where} [{code}]: unknown key {sorted(unknown)[0]!r}")
        if entry.get("kind") not in KINDS or not isinstance(entry.get("name"), str) or not entry["name"]:
            raise ActorTableError(f"{where} [{code}]: needs a name and kind 'organisation' or 'claimant'")
        if entry["kind"] == "organisation" and entry.get("group") not in GROUPS:
            raise ActorTableError(f"{where} [{code}]: an organisation needs group 'armed_group' or 'alliance'")
        if not isinstance(entry.get("governs", False), bool):
            raise ActorTableError(f"{where} [{code}]: governs must be true or false")
        lead = entry.get("led_by")
        if lead is not None and (entry.get("group") != "alliance" or not isinstance(lead, str) or
                                 not re.fullmatch(r"[A-Z]{3}", lead)):
            raise ActorTableError(f"{where} [{code}]: led_by must be a state's alpha-3 code, on an alliance")
        home = entry.get("based_in")
        if home is not None and (entry.get("group") != "armed_group" or not isinstance(home, str) or
                                 not re.fullmatch(r"[A-Z]{2}", home)):
            raise ActorTableError(f"{where} [{code}]: based_in must be a country's alpha-2 code, on an armed group")
    return raw


def codes(group: str) -> frozenset[str]:
    """The organisation codes of one group ("armed_group" or "alliance")."""
    return frozenset(code for code, e in table().items() if e.get("group") == group)


def governing() -> frozenset[str]:
    """The organisations that are a country's de facto government (``governs = true``): their
    officials claim as a government does."""
    return frozenset(code for code, e in table().items() if e.get("governs"))


def leads() -> dict[str, str]:
    """alliance code -> the state that leads it (``led_by``): that state's military speaking of
    the alliance's strikes ("the US military said coalition forces struck") is the alliance's
    release, as CJTF-OIR's are."""
    return {code: e["led_by"] for code, e in table().items() if e.get("led_by")}


def based_in() -> dict[str, str]:
    """armed group code -> the country it is based in (``based_in``, ISO alpha-2): its strikes
    elsewhere fall on another state's soil (roles.host_state_target_group)."""
    return {code: e["based_in"] for code, e in table().items() if e.get("based_in")}
