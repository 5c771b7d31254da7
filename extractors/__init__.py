"""strikewire's strike-event extractor: contract in, contract out; lexicons as data."""
from __future__ import annotations

from .contract import extract_document, run_jsonl
from .errors import ExtractorError, GazetteerDataError, LexiconError
from .version import extractor_version


def __getattr__(name):
    if name == "EXTRACTOR_VERSION":
        return extractor_version()
    raise AttributeError(name)


__all__ = ["EXTRACTOR_VERSION", "ExtractorError", "GazetteerDataError", "LexiconError", "extract_document",
           "run_jsonl"]
