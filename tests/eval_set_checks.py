"""What the tests of the team's evaluation sets check alike: which codes a reference
annotation may use, and that a set shares no text with the others.

With ``../shared`` beside the checkout the contract's ``vocab.toml`` decides. Without it (a
user's clone) the organisation codes are checked against the project's own actor table
(``extractors/data/actors.toml``, every non-state code the extractor may emit) and states
against ISO 3166-1, so the same test runs, and can fail, on either machine.
"""
from __future__ import annotations

import csv
import json
import re
import tomllib
from functools import lru_cache
from pathlib import Path

import pycountry

from extractors import actors
from extractors.scoreboard import SHARED



LANGS = ("ar", "de", "en", "es", "fr", "ru", "tr", "uk")
OPERATIONS = {"airstrike", "drone_strike", "missile_strike", "artillery"}
EVENT_FIELDS = {"actor", "target_group", "claimant", "operation", "event_date", "period_start",
                "cumulative", "sorties", "strikes", "targets", "killed", "platforms", "country",
                "admin1", "locations", "targets_hit"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def lines(path: Path) -> list[dict]:
    """The JSON objects of a JSON Lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_sources(folder: Path, lang: str) -> dict[str, dict]:
    """id -> row of a set's ``<lang>.sources.tsv``."""
    with open(folder / f"{lang}.sources.tsv", encoding="utf-8", newline="") as fh:
        return {row["id"]: row for row in csv.DictReader(fh, delimiter="\t")}

@lru_cache(maxsize=1)
def vocab() -> dict | None:
    """The contract's vocab.toml, or None where ../shared is absent."""
    path = SHARED / "contract" / "vocab.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def actor_code_known(code: str) -> bool:
    """A state's alpha-3 code or an organisation code of the contract (or, without it, of
    the project's actor table)."""
    if pycountry.countries.get(alpha_3=code):
        return True
    v = vocab()
    return code in v["actors"] if v is not None else code in actors.table()


def target_type_known(kind: str) -> bool:
    """A target type of the contract; without ../shared, any lower-case word passes."""
    v = vocab()
    return kind in v["target_types"] if v is not None else kind.replace("_", "").isalpha() and kind.islower()


def assert_shares_nothing(docs: list[dict], others: str, other_sources: str) -> None:
    """No document of a set reuses an id, a URL or a text of the other sets (their texts
    and source lines joined). Windows of 60 characters every 120: a copied story shares its
    lead and most of its windows; an agency's boilerplate paragraph (a press office's
    closing lines, the fixed sentences of a ministry's daily drone tally) may recur in
    another story and is tolerated up to a fifth of them, or two in a short story (eight
    windows or fewer). A shared lead counts as a copy when another window is shared too."""
    other_ids = set(re.findall(r"^([a-z]{2}-[^\t]+)\t", other_sources, flags=re.M))
    others = re.sub(r"\s+", " ", others)
    for d in docs:
        assert d["id"] not in other_ids, d["id"]
        assert d["url"] not in other_sources, f"{d['id']}: URL already used in another set"
        text = re.sub(r"\s+", " ", d["text"])
        windows = [text[i:i + 60] for i in range(0, max(1, len(text) - 60), 120)]
        shared = [w for w in windows if w in others]
        # a lead shared with nothing else shared is a formula that opens many stories ("The
        # governor of the Belgorod region, Vyacheslav Gladkov, reported"); a copied story shares more
        assert windows[0] not in others or len(shared) < 2, f"{d['id']}: its lead is in another set"
        assert len(shared) <= max(2, len(windows) // 5), f"{d['id']}: shares {shared}"
