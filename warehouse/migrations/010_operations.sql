-- Operations: one reported claim, however many agencies carried it (issue 5).
-- Rows are written only by warehouse/operations.py (update_operations), which
-- rebuilds the affected operations with DELETE + INSERT in one transaction.

CREATE TABLE IF NOT EXISTS operations (
    operation_id        VARCHAR PRIMARY KEY,   -- 16 hex of sha256 of the first member's event key
    actor               VARCHAR,
    claimant            VARCHAR,
    operation           VARCHAR,
    cumulative          BOOLEAN NOT NULL,
    event_date          DATE,
    period_start        DATE,
    country             VARCHAR,
    admin1              VARCHAR[],             -- union of the members' provinces, sorted
    target_group        VARCHAR,
    sorties             INTEGER,               -- representative figures: the modal value,
    strikes             INTEGER,               -- ties to the earliest source; never averaged
    targets             INTEGER,
    killed              INTEGER,
    platforms           VARCHAR[],             -- union of the members' platforms, sorted
    targets_hit         STRUCT("type" VARCHAR, "count" INTEGER)[],
    locations           VARCHAR[],             -- union of the members' place names, sorted
    source_count        INTEGER NOT NULL,      -- member articles
    agency_count        INTEGER NOT NULL,      -- distinct agencies among them
    agencies            VARCHAR[],
    article_ids         VARCHAR[],             -- in source order (earliest first)
    first_published_at  TIMESTAMPTZ,
    last_published_at   TIMESTAMPTZ,
    representative_article_id VARCHAR,         -- the earliest source
    figures_disagree    BOOLEAN NOT NULL,      -- sources give different sorties/strikes/targets/killed
    differing_fields    VARCHAR[],             -- every field on which sources differ
    differences         JSON,                  -- {field: [{value, article_ids, agencies}, ...]}
    confidence          DOUBLE,                -- highest member confidence
    content_hash        VARCHAR NOT NULL       -- lets a rerun skip unchanged operations
);

CREATE TABLE IF NOT EXISTS operation_members (
    operation_id        VARCHAR NOT NULL,
    article_id          VARCHAR NOT NULL,
    extractor_version   VARCHAR NOT NULL,
    ordinal             INTEGER NOT NULL,
    member_rank         INTEGER NOT NULL,      -- 1 = the earliest source (the representative)
    agency              VARCHAR,
    published_at        TIMESTAMPTZ
);

-- Code tables, filled from warehouse/codes/ by warehouse.codes.sync_codes().
CREATE TABLE IF NOT EXISTS actors (
    code        VARCHAR PRIMARY KEY,   -- as used in events.actor / claimant / target_group
    name        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,      -- 'state' | 'organisation' | 'claimant'
    iso_alpha3  VARCHAR,               -- states only
    iso_alpha2  VARCHAR,               -- states only
    description VARCHAR
);

CREATE TABLE IF NOT EXISTS admin1 (
    code        VARCHAR PRIMARY KEY,   -- ISO 3166-2, e.g. 'SY-ID'
    name        VARCHAR NOT NULL,      -- English name
    country     VARCHAR NOT NULL,      -- ISO 3166-1 alpha-2
    type        VARCHAR,               -- governorate, oblast, province, ...
    lat         DOUBLE,                -- approximate centroid; null where not curated
    lon         DOUBLE
);

CREATE TABLE IF NOT EXISTS operation_types (
    code                 VARCHAR PRIMARY KEY,  -- events.operation
    description          VARCHAR NOT NULL,
    acled_event_type     VARCHAR,
    acled_sub_event_type VARCHAR,
    cameo_code           VARCHAR,
    cameo_name           VARCHAR,
    plover_event_type    VARCHAR,
    plover_mode          VARCHAR
);

CREATE TABLE IF NOT EXISTS code_table_versions (
    name         VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL
);

-- Daily figures per actor and country. Running totals (cumulative) are left out: summing
-- them with daily reports would count the same strikes again. Undated operations too.
CREATE OR REPLACE VIEW daily_operations AS
SELECT
    event_date                                   AS day,
    actor,
    country,
    count(*)                                     AS operations,
    sum(sorties)::BIGINT                         AS sorties,
    sum(strikes)::BIGINT                         AS strikes,
    sum(targets)::BIGINT                         AS targets,
    sum(killed)::BIGINT                          AS killed,
    sum(source_count)::BIGINT                    AS sources,
    count(*) FILTER (WHERE figures_disagree)     AS disputed_operations
FROM operations
WHERE NOT cumulative AND event_date IS NOT NULL
GROUP BY ALL;

-- One row per (day, actor, province). An operation over two provinces counts in both,
-- so these rows do not add up to daily_operations; figures are not split by province.
CREATE OR REPLACE VIEW operations_by_admin1 AS
WITH per_province AS (
    SELECT o.event_date, o.actor, o.country, unnest(o.admin1) AS admin1,
           o.source_count, o.figures_disagree
    FROM operations o
    WHERE NOT o.cumulative AND o.event_date IS NOT NULL
)
SELECT
    p.event_date                                 AS day,
    p.actor,
    p.country,
    p.admin1,
    a.name                                       AS admin1_name,
    a.lat,
    a.lon,
    count(*)                                     AS operations,
    sum(p.source_count)::BIGINT                  AS sources,
    count(*) FILTER (WHERE p.figures_disagree)   AS disputed_operations
FROM per_province p
LEFT JOIN admin1 a ON a.code = p.admin1
GROUP BY ALL;

CREATE OR REPLACE VIEW platforms_daily AS
WITH per_platform AS (
    SELECT event_date, actor, country, unnest(platforms) AS platform, source_count
    FROM operations
    WHERE NOT cumulative AND event_date IS NOT NULL
)
SELECT event_date AS day, actor, country, platform,
       count(*) AS operations, sum(source_count)::BIGINT AS sources
FROM per_platform
GROUP BY ALL;

CREATE OR REPLACE VIEW targets_daily AS
WITH per_type AS (
    SELECT event_date, actor, country, unnest(targets_hit) AS t, source_count
    FROM operations
    WHERE NOT cumulative AND event_date IS NOT NULL
)
SELECT event_date AS day, actor, country, t."type" AS target_type,
       count(*)                               AS operations,
       sum(t."count")::BIGINT                 AS targets_hit,
       count(*) FILTER (WHERE t."count" IS NULL) AS operations_without_count,
       sum(source_count)::BIGINT              AS sources
FROM per_type
GROUP BY ALL;
