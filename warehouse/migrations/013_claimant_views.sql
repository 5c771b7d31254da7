-- 013: every daily view carries `claimant` (issue 13). Ukraine's General Staff's count of
-- Russian strikes and Russia's own count of its strikes are two claims; summing them
-- into one RUS figure counted one side's word with the other's. The views now group by
-- claimant too (a NULL claimant, a report that names no source, is its own group).

CREATE OR REPLACE VIEW daily_operations AS
SELECT
    event_date                                   AS day,
    actor,
    claimant,
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

CREATE OR REPLACE VIEW operations_by_admin1 AS
WITH per_province AS (
    SELECT o.event_date, o.actor, o.claimant, o.country, unnest(o.admin1) AS admin1,
           o.source_count, o.figures_disagree
    FROM operations o
    WHERE NOT o.cumulative AND o.event_date IS NOT NULL
)
SELECT
    p.event_date                                 AS day,
    p.actor,
    p.claimant,
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
    SELECT event_date, actor, claimant, country, unnest(platforms) AS platform, source_count
    FROM operations
    WHERE NOT cumulative AND event_date IS NOT NULL
)
SELECT event_date AS day, actor, claimant, country, platform,
       count(*) AS operations, sum(source_count)::BIGINT AS sources
FROM per_platform
GROUP BY ALL;

CREATE OR REPLACE VIEW targets_daily AS
WITH per_type AS (
    SELECT event_date, actor, claimant, country, unnest(targets_hit) AS t, source_count
    FROM operations
    WHERE NOT cumulative AND event_date IS NOT NULL
)
SELECT event_date AS day, actor, claimant, country, t."type" AS target_type,
       count(*)                               AS operations,
       sum(t."count")::BIGINT                 AS targets_hit,
       count(*) FILTER (WHERE t."count" IS NULL) AS operations_without_count,
       sum(source_count)::BIGINT              AS sources
FROM per_type
GROUP BY ALL;
