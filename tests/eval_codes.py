"""Which codes a reference annotation may use, for the tests of the team's evaluation sets.

With ``../shared`` beside the checkout the contract's ``vocab.toml`` decides. Without it (a
user's clone) the organisation codes are checked against the project's own actor table
(``extractors/data/actors.toml``, every non-state code the extractor may emit) and states
against ISO 3166-1, so the same test runs, and can fail, on either machine.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache

import pycountry

from extractors import actors
from extractors.scoreboard import SHARED


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
