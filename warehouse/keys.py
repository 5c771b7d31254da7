"""Natural keys. These functions define identities stored forever: never change them."""
from __future__ import annotations

import hashlib


def article_id(canonical_url: str) -> str:
    """16 hex digits of SHA-256 over the canonical URL's UTF-8 bytes."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]


def content_hash(text: str) -> str:
    """SHA-256 (64 hex) of the text with runs of whitespace collapsed and ends stripped,
    so a page re-served with different line wrapping hashes the same."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
