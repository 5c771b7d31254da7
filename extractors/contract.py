"""Contract I/O (EXTRACTION.md): JSON Lines in, one output object per input line."""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from .engine import extract
from .errors import ExtractorError


def extract_document(doc: dict) -> dict:
    """One contract input document -> its contract output object."""
    if not isinstance(doc, dict):
        raise TypeError("a document must be a JSON object")
    return extract(doc)


def check_document(doc) -> str | None:
    """Why a parsed line is not a usable document, or None."""
    if not isinstance(doc, dict):
        return "line is not a JSON object"
    if doc.get("id") in (None, ""):
        return "missing 'id'"
    if not isinstance(doc.get("text"), str):
        return "missing 'text'" if "text" not in doc or doc["text"] is None else "'text' must be a string"
    return None


def run_jsonl(lines: Iterable[str]) -> Iterator[dict]:
    """Each input line -> one output dict, in order. A bad line (not JSON, nested too deep
    to read, no id or text, a date out of range) yields {"id", "error"} and the run goes on;
    blank lines are skipped."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            yield {"id": None, "error": f"line {n}: not valid JSON: {exc.msg}"}
            continue
        except RecursionError:
            yield {"id": None, "error": f"line {n}: JSON nested too deeply to read"}
            continue
        problem = check_document(doc)
        if problem:
            ident = doc.get("id") if isinstance(doc, dict) else None
            yield {"id": ident, "error": f"line {n}: {problem}"}
            continue
        try:
            yield extract_document(doc)
        except ExtractorError:
            raise   # the extractor's own data is broken: every later line would fail the same way
        except OverflowError:
            yield {"id": doc.get("id"), "error": f"line {n}: a date is out of range "
                                                 f"(published = {doc.get('published')!r}); give a real date"}
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop a run
            yield {"id": doc.get("id"), "error": f"line {n}: extractor failed: {type(exc).__name__}: {exc}"}
