"""Access to the gazetteer (extractors/gazetteer.py), loaded once per process.

The gazetteer's data ships with the extractor: a missing or malformed file is a
`GazetteerDataError` naming it, never an extractor that quietly finds no places.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def gazetteer():
    from .gazetteer import get_gazetteer

    return get_gazetteer()
