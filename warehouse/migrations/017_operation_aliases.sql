-- 017: where an operation id that no longer exists went (issue 13). An operation keeps
-- its id across re-extractions that read its earliest source the same way; when its
-- earliest source changes (an earlier source arrives late, or a re-extraction reads that
-- source differently), the re-clustered claim gets a new id. A note, join or earlier
-- export naming the old id finds the current operation(s) here: the operations of the
-- same actor, claimant, type and cumulative flag that hold one of the old operation's
-- source articles (read from its last row in operation_log).

CREATE VIEW operation_aliases AS
WITH last_old AS (
    SELECT operation_id, arg_max("row", logged_at) AS "row", max(logged_at) AS gone_at
    FROM operation_log WHERE side = 'old'
    GROUP BY operation_id
)
SELECT l.operation_id AS old_id, o.operation_id AS current_id, l.gone_at
FROM last_old l
JOIN operations o
  ON o.actor = json_extract_string(l."row", '$.actor')
 AND o.claimant IS NOT DISTINCT FROM json_extract_string(l."row", '$.claimant')
 AND o.operation IS NOT DISTINCT FROM json_extract_string(l."row", '$.operation')
 AND o.cumulative = CAST(json_extract(l."row", '$.cumulative') AS BOOLEAN)
 AND list_has_any(o.article_ids, CAST(json_extract(l."row", '$.article_ids') AS VARCHAR[]))
WHERE l.operation_id NOT IN (SELECT operation_id FROM operations);
