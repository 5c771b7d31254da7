-- 018: every operation id ever issued, so an id that changed stays resolvable (issue 13).
--
-- An operation's id is made from its earliest source's event (warehouse/operations/rows.py),
-- so it changes when an earlier source arrives late or a re-extraction reads the
-- earliest source differently. Which ids were ever issued is history, not something a
-- rebuild can derive from the events: `operation_ids` keeps it. update_operations writes
-- it in the transaction that rewrites operations: an id written is current (retired_at
-- NULL), with the source articles it holds then; an id removed and not written again is
-- retired. A rebuild leaves the same rows as the incremental update it replaces (it
-- writes the same current ids, and touches no retired one). Never delete its rows: the
-- registry is the one part of the operations tables that cannot be recomputed.
--
-- Replaces the view of 017 (which read the ids from operation_log): the registry also
-- holds ids from before operation_log existed, and the view below follows an id's
-- sources wherever they went, however many updates ago.

DROP VIEW IF EXISTS operation_aliases;

CREATE TABLE IF NOT EXISTS operation_ids (
    operation_id VARCHAR PRIMARY KEY,
    actor        VARCHAR,              -- the block the id was issued in (its id hashes it)
    claimant     VARCHAR,
    operation    VARCHAR,
    cumulative   BOOLEAN NOT NULL,
    article_ids  VARCHAR[] NOT NULL,   -- its source articles when last written, earliest first
    issued_at    TIMESTAMPTZ NOT NULL, -- first written
    retired_at   TIMESTAMPTZ           -- NULL while current; when it was last removed
);

-- The ids of today's operations, issued when operation_log first names them.
INSERT INTO operation_ids
SELECT o.operation_id, o.actor, o.claimant, o.operation, o.cumulative, o.article_ids,
       coalesce((SELECT min(l.logged_at) FROM operation_log l WHERE l.operation_id = o.operation_id), now()),
       NULL
FROM operations o
ORDER BY o.operation_id;

-- Ids operation_log saw removed and not written since: retired, with their last row.
INSERT INTO operation_ids
WITH last AS (
    SELECT operation_id, arg_max(side, logged_at) AS side, arg_max("row", logged_at) AS "row",
           min(logged_at) AS issued_at, max(logged_at) AS retired_at
    FROM operation_log GROUP BY operation_id
)
SELECT operation_id, json_extract_string("row", '$.actor'), json_extract_string("row", '$.claimant'),
       json_extract_string("row", '$.operation'), CAST(json_extract("row", '$.cumulative') AS BOOLEAN),
       CAST(json_extract("row", '$.article_ids') AS VARCHAR[]), issued_at, retired_at
FROM last
WHERE side = 'old' AND operation_id NOT IN (SELECT operation_id FROM operations)
ORDER BY operation_id;

-- Where each retired id went: the current operation that holds the most of its source
-- articles, preferring its own block (actor, claimant, type, cumulative); then the one
-- holding its earliest source; then the smallest id. One row per retired id whose
-- sources still report a claim. Computed from the registry and today's operations, so
-- a chain of changes (A replaced by B, B by C) resolves A straight to C.
CREATE VIEW operation_aliases AS
WITH retired AS (
    SELECT operation_id, actor, claimant, operation, cumulative, retired_at,
           unnest(article_ids) AS article_id, generate_subscripts(article_ids, 1) AS pos
    FROM operation_ids WHERE retired_at IS NOT NULL
),
held AS (
    SELECT r.operation_id AS old_id, o.operation_id AS current_id, any_value(r.retired_at) AS gone_at,
           count(DISTINCT r.article_id)::INTEGER AS shared_sources, min(r.pos) AS first_pos,
           bool_and(o.actor IS NOT DISTINCT FROM r.actor AND o.claimant IS NOT DISTINCT FROM r.claimant
                    AND o.operation IS NOT DISTINCT FROM r.operation
                    AND o.cumulative = r.cumulative) AS same_block
    FROM retired r
    JOIN (SELECT DISTINCT operation_id, article_id FROM operation_members) m ON m.article_id = r.article_id
    JOIN operations o ON o.operation_id = m.operation_id
    GROUP BY r.operation_id, o.operation_id
)
SELECT old_id, current_id, gone_at, shared_sources, same_block
FROM held
QUALIFY row_number() OVER (PARTITION BY old_id
                           ORDER BY same_block DESC, shared_sources DESC, first_pos, current_id) = 1;
