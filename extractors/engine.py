"""The strike-event extractor: one engine, every language as data.

Stages (docs/architecture.md, DESIGN.md), one module each:
``document`` (sentences, context, shared look-ups) -> ``triggers`` (strike predicates and
their senses) -> ``roles`` (striker, target group) and ``claimant`` -> ``counts`` (numbers
bound to their nouns) -> ``platforms`` and ``targets`` -> ``locate`` (country, admin1,
localities) -> ``window`` (dates) -> ``events`` (one actor's claim, with evidence, spans and
confidence). This module keeps the entry points others import.
"""
from __future__ import annotations

from .document import SCHEMA_VERSION, split_sentences
from .events import extract

__all__ = ["SCHEMA_VERSION", "extract", "split_sentences"]
