-- 014: what each update of `operations` changed (issue 13). update_operations writes, in
-- the transaction that rewrites operations, the row as it was ('old') of every operation
-- it deletes or rewrites and the row as written ('new') of every one it inserts. Rows are
-- the analyst's fields as JSON (plus the members' extractor versions), so the log reads
-- the same whatever columns `operations` gains later. A rerun that changes nothing
-- writes nothing.

CREATE TABLE IF NOT EXISTS operation_log (
    update_id    VARCHAR NOT NULL,       -- one per update_operations write
    logged_at    TIMESTAMPTZ NOT NULL,
    operation_id VARCHAR NOT NULL,
    side         VARCHAR NOT NULL,       -- 'old' (before the update) | 'new' (as written)
    "row"        JSON NOT NULL
);

-- One row per operation an update added, removed or changed. `changed_fields` names the
-- fields that differ (`extractor_versions` alone: the same operation re-read by a newer
-- extractor); `replaced_by` / `replaces` link a removed operation and the added ones of
-- the same update that share a source article with it (a re-clustering split, merged or
-- re-dated it).
CREATE VIEW operation_changes AS
WITH o AS (SELECT * FROM operation_log WHERE side = 'old'),
     n AS (SELECT * FROM operation_log WHERE side = 'new'),
j AS (
    SELECT coalesce(o.update_id, n.update_id)       AS update_id,
           coalesce(o.logged_at, n.logged_at)       AS changed_at,
           coalesce(o.operation_id, n.operation_id) AS operation_id,
           CASE WHEN o.operation_id IS NULL THEN 'added'
                WHEN n.operation_id IS NULL THEN 'removed' ELSE 'changed' END AS change,
           o."row" AS old_values, n."row" AS new_values
    FROM o FULL JOIN n ON o.update_id = n.update_id AND o.operation_id = n.operation_id
),
arts AS (
    SELECT update_id, operation_id, change,
           CAST(json_extract(coalesce(new_values, old_values), '$.article_ids') AS VARCHAR[]) AS article_ids
    FROM j WHERE change <> 'changed'
),
links AS (
    SELECT r.update_id, r.operation_id AS removed_id, a.operation_id AS added_id
    FROM arts r JOIN arts a ON a.update_id = r.update_id AND r.change = 'removed' AND a.change = 'added'
     AND list_has_any(r.article_ids, a.article_ids)
)
SELECT j.operation_id, j.change, j.changed_at,
       CASE WHEN j.change = 'changed' THEN list_filter(
           json_keys(j.new_values),
           lambda k: json_extract(j.old_values, '$.' || k) IS DISTINCT FROM json_extract(j.new_values, '$.' || k))
       END AS changed_fields,
       (SELECT list(l.added_id ORDER BY l.added_id) FROM links l
        WHERE l.update_id = j.update_id AND l.removed_id = j.operation_id) AS replaced_by,
       (SELECT list(l.removed_id ORDER BY l.removed_id) FROM links l
        WHERE l.update_id = j.update_id AND l.added_id = j.operation_id) AS replaces,
       j.old_values, j.new_values, j.update_id
FROM j
WHERE j.change <> 'changed'
   OR len(list_filter(json_keys(j.new_values),
          lambda k: json_extract(j.old_values, '$.' || k) IS DISTINCT FROM json_extract(j.new_values, '$.' || k))) > 0;
