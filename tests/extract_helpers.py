"""What the extractor tests share: one document through `extract_document`, its events back.

A test that needs another publication date (relative dates resolve against it) or another
language passes it; everything else about the document is the same for every test.
"""
from __future__ import annotations

from extractors import extract_document

PUBLISHED = "2024-05-14T09:00:00+00:00"   # a Tuesday


def events(text: str, lang: str | None = "en", published: str | None = PUBLISHED, **fields) -> list[dict]:
    """The events of one document whose text is `text` (extra contract fields go in `fields`)."""
    doc = {"id": "t", "text": text, "lang": lang, "published": published, **fields}
    return extract_document(doc)["events"]


def first(text: str, lang: str = "en", published: str | None = PUBLISHED) -> dict:
    """The first event of a text that must report at least one."""
    found = events(text, lang, published)
    assert found, text
    return found[0]


def one(text: str, lang: str = "en", published: str | None = PUBLISHED) -> dict:
    """The only event of a text that must report exactly one."""
    found = events(text, lang, published)
    assert len(found) == 1, found
    return found[0]


def actors(found: list[dict]) -> list[str]:
    """The actor codes of some events, sorted (a document's events come in no fixed order)."""
    return sorted(e["actor"] for e in found)


MATRIX_LANGS = ["ar", "de", "en", "es", "fr", "ru", "tr", "uk"]


def matrix_cases(matrix: dict, xfail: dict):
    """pytest params of a construction matrix ({construction: (expected, {lang: sentence})}):
    one per (construction, language), marked strict xfail where `xfail` gives its reason."""
    import pytest

    for construction, (expected, by_lang) in matrix.items():
        for lang, text in by_lang.items():
            marks = [pytest.mark.xfail(strict=True, reason=xfail[(construction, lang)])] \
                if (construction, lang) in xfail else []
            yield pytest.param(construction, lang, text, expected, marks=marks, id=f"{construction}-{lang}")


def covers_every_language(matrix: dict) -> bool:
    """Does every construction of the matrix have a sentence in each of the eight languages?"""
    return all(sorted(by_lang) == MATRIX_LANGS for _, by_lang in matrix.values())
