"""The CPU-bound work on each article: clean the page, run the extractor.

Knows nothing of Prefect. `process_pages` takes a batch of fetched pages and returns
warehouse-ready rows; it runs in worker processes (`flows.runtime.page_pool.PagePool`), so its inputs and
outputs are plain picklable data. One broken page never stops the others: every
failure becomes a `fetch_log` row of stage 'clean' or 'extract'.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone

from flows.rows import ArticleRow, FetchLogRow


@dataclass
class PageJob:
    """One fetched article page and what its feed said about it."""

    url: str                      # canonical URL: the article's natural key
    feed_url: str | None
    agency: str | None
    guid: str | None
    title: str | None             # from the feed
    summary: str | None           # from the feed, plain text
    published_at: datetime | None  # from the feed, UTC
    lang_hint: str | None
    body: bytes | None            # raw page bytes (None when re-extracting stored text)
    content_type: str | None = None
    http_status: int | None = None
    fetched_at: datetime | None = None
    stored_text: str | None = None  # re-extraction from the warehouse without the page
    stored_lang: str | None = None


@dataclass
class ProcessedPage:
    article: ArticleRow
    extraction: dict | None
    events: list[dict] = field(default_factory=list)
    log: list[FetchLogRow] = field(default_factory=list)   # clean/extract trouble


def _iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).isoformat()


def _evidence_text(text: str, evidence: Iterable) -> str | None:
    parts = []
    for span in evidence or []:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        parts.append(text[start:end].strip())
    return " … ".join(p for p in parts if p) or None


def extract_rows(article_id: str, doc: dict) -> tuple[dict, list[dict]]:
    """Run the extractor on one contract document; rows for `extractions` and `events`."""
    from extractors import EXTRACTOR_VERSION, extract_document

    result = extract_document(doc)
    now = datetime.now(timezone.utc)
    events = []
    for ordinal, event in enumerate(result.get("events") or []):
        row = dict(event)
        row.update(article_id=article_id, extractor_version=EXTRACTOR_VERSION, ordinal=ordinal,
                   evidence_text=_evidence_text(doc["text"], event.get("evidence")),
                   extracted_at=now)
        events.append(row)
    extraction = {"article_id": article_id, "extractor_version": EXTRACTOR_VERSION,
                  "n_events": len(events), "extracted_at": now}
    return extraction, events


def process_page(job: PageJob) -> ProcessedPage:
    from flows.clean import clean_page

    log: list[FetchLogRow] = []
    text = job.stored_text
    lang = job.stored_lang or job.lang_hint
    title, published = job.title, job.published_at
    clean_error = None
    if job.body is not None:
        try:
            # The feed's title and date win over the page's: when the feed gave both, the
            # page's metadata pass (a quarter of cleaning's time) would be thrown away;
            # when it gave the date only, the deep date search would be.
            page = clean_page(job.body, job.url, job.content_type,
                              fast_date=job.published_at is not None,
                              metadata=not (job.title and job.published_at))
        except Exception as exc:  # a cleaner crash must not lose the batch
            page = None
            clean_error = f"{type(exc).__name__}: {exc}"
        if page is not None:
            text = page.text
            clean_error = page.error
            title = page.title or title
            published = job.published_at or page.published_at
            lang = page.lang or lang
        if clean_error:
            log.append(FetchLogRow.for_page(job, stage="clean",
                                            status="no_text" if text is None else "clean_warning",
                                            error=clean_error, size=len(job.body)))
    article = ArticleRow.from_job(job, text=text, title=title, published_at=published, lang=lang,
                                  clean_error=clean_error)
    # A page with no article text is still read through the feed's title and summary,
    # so a strike reported only in a teaser is not lost.
    doc_text = article.text or "\n".join(p for p in (job.title, job.summary) if p)
    if not doc_text.strip():
        return ProcessedPage(article, None, [], log)
    doc = {"id": article.article_id, "title": title, "text": doc_text, "published": _iso(published),
           "lang": lang, "url": job.url}
    try:
        extraction, events = extract_rows(article.article_id, doc)
    except Exception as exc:
        log.append(FetchLogRow.for_page(job, stage="extract", status="extract_error",
                                        error=f"{type(exc).__name__}: {exc}"))
        return ProcessedPage(article, None, [], log)
    return ProcessedPage(article, extraction, events, log)


def process_pages(jobs: list[PageJob]) -> list[ProcessedPage]:
    return [process_page(job) for job in jobs]


def failed_page(job: PageJob, status: str, error: str, *, seconds: float | None = None) -> ProcessedPage:
    """The row of a page that could not be processed: kept with its raw HTML (or its stored
    text), no new text, so a backfill can try it again; the failure is in fetch_log."""
    article = ArticleRow.from_job(job, text=None, title=job.title, published_at=job.published_at,
                                  lang=job.lang_hint, clean_error=error)
    log = [FetchLogRow.for_page(job, stage="clean" if job.body is not None else "extract",
                                status=status, error=error,
                                size=len(job.body) if job.body is not None else None,
                                ms=seconds * 1000 if seconds is not None else None)]
    return ProcessedPage(article, None, [], log)


def timed_out_page(job: PageJob, seconds: float) -> ProcessedPage:
    """A page whose worker was killed after `seconds`: stored for a backfill."""
    error = f"cleaning and extraction took over {seconds:g} s; the page is stored for a backfill"
    return failed_page(job, "timeout", error, seconds=seconds)


def chunked(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
