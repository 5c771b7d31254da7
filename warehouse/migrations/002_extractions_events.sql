-- 002: what each extractor version read from each article.
-- `extractions` has one row per article per extractor version that ran on it, zero-event
-- runs included: it is how events_current tells "re-extracted to nothing" from "not
-- re-extracted yet", and how backfills resume (an article is done once it has a row).

CREATE TABLE extractions (
    article_id        VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,   -- 'MAJOR.MINOR.PATCH+<12 hex of the lexicon data>'
    n_events          INTEGER NOT NULL,
    extracted_at      TIMESTAMPTZ NOT NULL,  -- when this version first read this article
    PRIMARY KEY (article_id, extractor_version)
);

-- One row per event of the extraction contract (shared/contract/EXTRACTION.md).
CREATE TABLE events (
    article_id        VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    ordinal           INTEGER NOT NULL,   -- position in the extractor's output for the article
    actor             VARCHAR NOT NULL,
    target_group      VARCHAR,
    claimant          VARCHAR,
    operation         VARCHAR,
    event_date        DATE,
    period_start      DATE,
    cumulative        BOOLEAN,
    sorties           INTEGER,
    strikes           INTEGER,
    targets           INTEGER,
    killed            INTEGER,
    platforms         VARCHAR[],
    country           VARCHAR,
    admin1            VARCHAR[],
    locations         STRUCT(name VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE)[],
    targets_hit       STRUCT(type VARCHAR, count INTEGER, location VARCHAR)[],
    evidence          INTEGER[][],        -- [start, end] character offsets into articles.text
    spans             JSON,               -- field -> [start, end]
    confidence        DOUBLE,
    evidence_text     VARCHAR,            -- the evidence sentences themselves, joined by ' … '
    extracted_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (article_id, extractor_version, ordinal)
);
