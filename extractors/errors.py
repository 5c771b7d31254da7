"""The extractor's errors: its data files (lexicons, gazetteer) are code shipped with it, so a
malformed one stops the work with one line naming the file and the entry.

    ExtractorError                 anything an operator can act on; str() is one line
     ├── LexiconError              a lexicon under extractors/lexicons/ is malformed
     └── GazetteerDataError        a gazetteer file under extractors/data/ is malformed or missing

A document the extractor cannot read is not one of these: `contract.run_jsonl` turns it into
an error line and goes on. The CLI prints these as one line (`strikewire: …`, exit 2).
"""
from __future__ import annotations


class ExtractorError(Exception):
    """Base class: the message is one line, fit to show a user as is."""


class LexiconError(ExtractorError):
    """A lexicon file is malformed (the message names the file and the key)."""


class GazetteerDataError(ExtractorError):
    """A data file under extractors/data is malformed or missing (the message names file and entry)."""
