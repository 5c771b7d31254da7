-- 001: feeds, articles, runs and the fetch log.
-- Natural keys: a feed by its URL; an article by its canonical URL (article_id is
-- derived from it by warehouse.keys.article_id and never changes); a run by run_id.

CREATE TABLE feeds (
    url             VARCHAR PRIMARY KEY,
    name            VARCHAR,
    agency          VARCHAR,
    lang            VARCHAR,
    etag            VARCHAR,          -- validators of the last readable response
    last_modified   VARCHAR,
    first_seen      TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_fetched_at TIMESTAMPTZ,
    last_status     VARCHAR           -- 'ok', 'not_modified', 'http_error', 'parse_error', …
);

CREATE TABLE articles (
    article_id    VARCHAR PRIMARY KEY,   -- 16 hex of sha256(url)
    url           VARCHAR NOT NULL UNIQUE,  -- canonical URL
    feed_url      VARCHAR,               -- the first feed that carried it
    agency        VARCHAR,
    guid          VARCHAR,
    title         VARCHAR,
    summary       VARCHAR,
    published_at  TIMESTAMPTZ,
    fetched_at    TIMESTAMPTZ,
    lang          VARCHAR,
    text          VARCHAR,               -- cleaned article text; NULL when none was found
    text_found    BOOLEAN NOT NULL DEFAULT false,
    content_hash  VARCHAR,               -- warehouse.keys.content_hash(text)
    http_status   INTEGER,
    raw_html      BLOB,                  -- the page bytes as fetched, compressed
    raw_encoding  VARCHAR,               -- how raw_html is compressed: 'zlib' (Python's zlib, RFC 1950)
    clean_error   VARCHAR,
    loaded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE runs (
    run_id             VARCHAR PRIMARY KEY,
    flow               VARCHAR NOT NULL,
    started_at         TIMESTAMPTZ NOT NULL,
    finished_at        TIMESTAMPTZ,
    -- 'interrupted': left 'running' by a process that died; marked by the next start_run.
    status             VARCHAR NOT NULL CHECK (status IN
                           ('running', 'completed', 'completed_with_errors', 'failed', 'interrupted')),
    params             JSON,
    extractor_version  VARCHAR,
    feeds_total        INTEGER,
    feeds_ok           INTEGER,
    feeds_failed       INTEGER,
    feeds_not_modified INTEGER,
    items_seen         INTEGER,
    articles_new       INTEGER,
    articles_failed    INTEGER,
    articles_no_text   INTEGER,
    events_new         INTEGER,
    errors             INTEGER,
    error_summary      VARCHAR
);

-- One row per thing fetched or processed in a run, failures included: what went wrong
-- where. A batch loaded twice within a run replaces its rows (key: run_id, url, kind, stage).
CREATE TABLE fetch_log (
    run_id      VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    feed_url    VARCHAR,
    kind        VARCHAR NOT NULL CHECK (kind IN ('feed', 'page')),
    stage       VARCHAR NOT NULL CHECK (stage IN ('guard', 'fetch', 'parse', 'clean', 'extract', 'load')),
    status      VARCHAR NOT NULL,   -- 'ok' or the failure ('timeout', 'http_error', 'no_text', …)
    http_status INTEGER,
    bytes       BIGINT,
    ms          DOUBLE,
    error       VARCHAR,
    "at"        TIMESTAMPTZ NOT NULL  -- quoted: AT is a keyword (write fetch_log."at" in queries)
);
