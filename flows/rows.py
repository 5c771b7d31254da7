"""The rows the flows hand to the warehouse: one class a table, one place each is built.

`FetchLogRow` is a `fetch_log` row and `ArticleRow` an `articles` row, with the
warehouse's column names (`warehouse.load.FETCH_LOG_SCHEMA`, `ARTICLE_SCHEMA`; the
loader fills in `run_id`, `at` and `raw_encoding`). They are frozen and picklable: worker
processes build them, the loading stage turns a batch of them into Arrow columns
(`warehouse.load`), never row by row into SQL.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.fetch import FetchResult
    from flows.pipeline import PageJob


@dataclass(frozen=True)
class FetchLogRow:
    """What happened to one URL at one stage of a run (a success, a warning or a failure)."""

    url: str
    feed_url: str | None
    kind: str                  # 'feed' or 'page' ('run' for a run refused as a whole, never loaded)
    stage: str                 # 'fetch', 'guard', 'parse', 'clean', 'extract'
    status: str
    http_status: int | None = None
    bytes: int | None = None
    ms: float | None = None
    error: str | None = None

    @classmethod
    def from_result(cls, result: FetchResult, *, kind: str, feed_url: str | None,
                    stage: str = "fetch") -> FetchLogRow:
        """The row of one fetch; a refusal by the address guard is logged at stage 'guard'."""
        return cls(url=result.url, feed_url=feed_url, kind=kind,
                   stage="guard" if result.status == "blocked" else stage,
                   status=result.status, http_status=result.http_status,
                   bytes=len(result.body) if result.body is not None else None,
                   ms=round(result.elapsed_ms, 1) if result.elapsed_ms is not None else None,
                   error=result.error)

    @classmethod
    def for_feed(cls, feed_url: str, *, stage: str, status: str, error: str | None,
                 http_status: int | None = None, size: int | None = None) -> FetchLogRow:
        """A row about a feed beyond its fetch (its parsing, a cut of its items)."""
        return cls(url=feed_url, feed_url=feed_url, kind="feed", stage=stage, status=status,
                   http_status=http_status, bytes=size, error=error)

    @classmethod
    def for_page(cls, job: PageJob, *, stage: str, status: str, error: str | None,
                 size: int | None = None, ms: float | None = None) -> FetchLogRow:
        """A row about a fetched page's cleaning or extraction."""
        return cls(url=job.url, feed_url=job.feed_url, kind="page", stage=stage, status=status,
                   http_status=job.http_status, bytes=size, ms=ms, error=error)

    @classmethod
    def for_run(cls, target: str, *, status: str, error: str) -> FetchLogRow:
        """A run refused or failed as a whole (the warehouse locked or damaged): reported,
        never loaded."""
        return cls(url=target, feed_url=None, kind="run", stage="run", status=status, error=error)


@dataclass(frozen=True)
class ArticleRow:
    """One article as stored: its page's text (or none), the feed's metadata, the raw HTML."""

    article_id: str
    url: str
    feed_url: str | None
    agency: str | None
    guid: str | None
    title: str | None
    summary: str | None
    published_at: datetime | None
    fetched_at: datetime | None
    lang: str | None
    text: str | None
    text_found: bool
    content_hash: str | None
    http_status: int | None
    raw_html: bytes | None     # zlib-compressed (warehouse.raw)
    clean_error: str | None

    @classmethod
    def from_job(cls, job: PageJob, *, text: str | None, title: str | None,
                 published_at: datetime | None, lang: str | None, clean_error: str | None) -> ArticleRow:
        """The row of a page that was worked on: `text` is what cleaning found (None or blank:
        no text, and the article is kept for a backfill); the rest comes from the job."""
        from warehouse.keys import article_id, content_hash
        from warehouse.raw import compress_raw

        found = bool(text and text.strip())
        return cls(article_id=article_id(job.url), url=job.url, feed_url=job.feed_url,
                   agency=job.agency, guid=job.guid, title=title, summary=job.summary,
                   published_at=published_at, fetched_at=job.fetched_at, lang=lang,
                   text=text if found else None, text_found=found,
                   content_hash=content_hash(text) if found else None,
                   http_status=job.http_status, raw_html=compress_raw(job.body),
                   clean_error=clean_error)
