"""The extractor's version: semver of the code + 12 hex of the data it reads.

Any change to a lexicon or to the gazetteer data changes the version, so the warehouse
keeps the events of each (code, data) pair apart.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

CODE_VERSION = "0.3.0"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    from .lexicon import lexicon_hash
    from .places import gazetteer

    h = hashlib.sha256()
    h.update(lexicon_hash().encode())
    h.update(gazetteer().data_hash().encode())   # a broken gazetteer is a GazetteerDataError here
    return f"{CODE_VERSION}+{h.hexdigest()[:12]}"
