-- 003: which extractor version is current for each article, and what changed.
--
-- The ordering rule (one place: extractions_ranked; every view below uses it):
--   1. Versions compare semantically by MAJOR.MINOR.PATCH as integers (so 1.10.0 is
--      newer than 1.9.3); a pre-release ('1.2.0-rc1') is older than its release. The
--      build part after '+' (the lexicon data hash) does not order versions.
--   2. Among versions that compare equal (same MAJOR.MINOR.PATCH, different data hash
--      or pre-release tag), the one whose run read the article last wins
--      (extractions.extracted_at, newest first); then the version string, so the
--      choice is deterministic even on a timestamp tie.
--   3. A version string that is not MAJOR.MINOR.PATCH… sorts below every semantic one.
-- The current version of an article is its rank 1 among the versions that ran on it,
-- as recorded in `extractions`, not in `events`: an article whose newest version found
-- no event has no current events. Rolling back to an older extractor therefore means
-- deleting the newer version's extractions and events, not re-running the old one.

CREATE VIEW extractions_ranked AS
WITH keyed AS (
    SELECT x.*,
           regexp_extract(x.extractor_version, '^v?(\d+)\.(\d+)\.(\d+)(-[^+]*)?',
                          ['major', 'minor', 'patch', 'pre']) AS v
    FROM extractions x
)
SELECT article_id, extractor_version, n_events, extracted_at,
       CASE WHEN v.major = '' THEN NULL
            ELSE [v.major::BIGINT, v.minor::BIGINT, v.patch::BIGINT,
                  CASE WHEN v.pre = '' THEN 1 ELSE 0 END] END AS version_key,
       row_number() OVER (PARTITION BY article_id
                          ORDER BY version_key DESC NULLS LAST, extracted_at DESC,
                                   extractor_version DESC) AS version_rank
FROM keyed;

-- The events of each article's current extractor version; same columns as `events`.
CREATE VIEW events_current AS
SELECT ev.*
FROM events ev
JOIN extractions_ranked x
  ON x.article_id = ev.article_id
 AND x.extractor_version = ev.extractor_version
 AND x.version_rank = 1;

-- Per extractor version: how much it read, and on how many articles it is current.
CREATE VIEW extractor_versions AS
SELECT extractor_version,
       any_value(version_key)                    AS version_key,
       count(*)                                  AS articles,
       count(*) FILTER (WHERE version_rank = 1)  AS articles_current,
       sum(n_events)                             AS events,
       min(extracted_at)                         AS first_extracted_at,
       max(extracted_at)                         AS last_extracted_at
FROM extractions_ranked
GROUP BY extractor_version;

-- What changed for each article between the two newest versions that ran on it
-- (version_rank 2 = old, 1 = new). Events are paired as the contract scores them: by
-- actor and cumulative, then by order of appearance (the n-th such event of the old
-- version with the n-th of the new). One row per event that was added, removed or
-- changed; unchanged events and articles read by a single version have no rows.
-- `changed_fields` names what differs (lists compared as sets); `old_values` and
-- `new_values` hold the event's fields before and after (NULL when added / removed).
-- Offsets (evidence, spans) are not compared: they move with any text edit.
CREATE VIEW event_changes AS
WITH pairs AS (
    SELECT n.article_id,
           o.extractor_version AS old_version, o.extracted_at AS old_extracted_at,
           n.extractor_version AS new_version, n.extracted_at AS new_extracted_at
    FROM extractions_ranked n
    JOIN extractions_ranked o ON o.article_id = n.article_id AND o.version_rank = 2
    WHERE n.version_rank = 1
),
side AS (
    SELECT ev.*, p.old_version = ev.extractor_version AS is_old,
           row_number() OVER (PARTITION BY ev.article_id, ev.extractor_version, ev.actor, ev.cumulative
                              ORDER BY ev.ordinal) AS nth
    FROM events ev
    JOIN pairs p ON p.article_id = ev.article_id
                AND ev.extractor_version IN (p.old_version, p.new_version)
),
o AS (SELECT * FROM side WHERE is_old),
n AS (SELECT * FROM side WHERE NOT is_old),
joined AS (
    SELECT coalesce(o.article_id, n.article_id) AS article_id,
           coalesce(o.actor, n.actor)           AS actor,
           coalesce(o.cumulative, n.cumulative) AS cumulative,
           o.ordinal AS old_ordinal, n.ordinal AS new_ordinal,
           list_filter([
               CASE WHEN o.target_group IS DISTINCT FROM n.target_group THEN 'target_group' END,
               CASE WHEN o.claimant     IS DISTINCT FROM n.claimant     THEN 'claimant' END,
               CASE WHEN o.operation    IS DISTINCT FROM n.operation    THEN 'operation' END,
               CASE WHEN o.event_date   IS DISTINCT FROM n.event_date   THEN 'event_date' END,
               CASE WHEN o.period_start IS DISTINCT FROM n.period_start THEN 'period_start' END,
               CASE WHEN o.sorties      IS DISTINCT FROM n.sorties      THEN 'sorties' END,
               CASE WHEN o.strikes      IS DISTINCT FROM n.strikes      THEN 'strikes' END,
               CASE WHEN o.targets      IS DISTINCT FROM n.targets      THEN 'targets' END,
               CASE WHEN o.killed       IS DISTINCT FROM n.killed       THEN 'killed' END,
               CASE WHEN o.country      IS DISTINCT FROM n.country      THEN 'country' END,
               CASE WHEN list_sort(o.platforms) IS DISTINCT FROM list_sort(n.platforms) THEN 'platforms' END,
               CASE WHEN list_sort(o.admin1)    IS DISTINCT FROM list_sort(n.admin1)    THEN 'admin1' END,
               CASE WHEN list_sort(o.locations) IS DISTINCT FROM list_sort(n.locations) THEN 'locations' END,
               CASE WHEN list_sort(o.targets_hit) IS DISTINCT FROM list_sort(n.targets_hit) THEN 'targets_hit' END,
               CASE WHEN round(o.confidence, 3) IS DISTINCT FROM round(n.confidence, 3) THEN 'confidence' END
           ], lambda f: f IS NOT NULL) AS diff,
           CASE WHEN o.article_id IS NULL THEN NULL ELSE struct_pack(
               operation := o.operation, target_group := o.target_group, claimant := o.claimant,
               event_date := o.event_date, period_start := o.period_start,
               sorties := o.sorties, strikes := o.strikes, targets := o.targets, killed := o.killed,
               platforms := o.platforms, country := o.country, admin1 := o.admin1,
               locations := o.locations, targets_hit := o.targets_hit, confidence := o.confidence,
               evidence_text := o.evidence_text) END AS old_values,
           CASE WHEN n.article_id IS NULL THEN NULL ELSE struct_pack(
               operation := n.operation, target_group := n.target_group, claimant := n.claimant,
               event_date := n.event_date, period_start := n.period_start,
               sorties := n.sorties, strikes := n.strikes, targets := n.targets, killed := n.killed,
               platforms := n.platforms, country := n.country, admin1 := n.admin1,
               locations := n.locations, targets_hit := n.targets_hit, confidence := n.confidence,
               evidence_text := n.evidence_text) END AS new_values
    FROM o FULL OUTER JOIN n
      ON n.article_id = o.article_id AND n.actor = o.actor
     AND n.cumulative IS NOT DISTINCT FROM o.cumulative AND n.nth = o.nth
)
SELECT j.article_id, a.url, a.title, a.published_at,
       CASE WHEN j.old_ordinal IS NULL THEN 'added'
            WHEN j.new_ordinal IS NULL THEN 'removed'
            ELSE 'changed' END AS change,
       j.actor, j.cumulative,
       CASE WHEN j.old_ordinal IS NULL OR j.new_ordinal IS NULL THEN NULL ELSE j.diff END AS changed_fields,
       p.old_version, p.new_version, j.old_ordinal, j.new_ordinal,
       j.old_values, j.new_values, p.old_extracted_at, p.new_extracted_at
FROM joined j
JOIN pairs p USING (article_id)
LEFT JOIN articles a USING (article_id)
WHERE j.old_ordinal IS NULL OR j.new_ordinal IS NULL OR len(j.diff) > 0;

-- One row: what the warehouse holds, for a quick look (`SELECT * FROM warehouse_info`).
CREATE VIEW warehouse_info AS
SELECT (SELECT max(version) FROM schema_migrations)                      AS schema_version,
       (SELECT count(*) FROM feeds)                                      AS feeds,
       (SELECT count(*) FROM articles)                                   AS articles,
       (SELECT count(*) FROM articles WHERE text_found)                  AS articles_with_text,
       (SELECT min(published_at) FROM articles)                          AS first_published_at,
       (SELECT max(published_at) FROM articles)                          AS last_published_at,
       (SELECT count(*) FROM events_current)                             AS events_current,
       (SELECT count(*) FROM events)                                     AS events_all_versions,
       (SELECT count(*) FROM extractor_versions)                         AS extractor_versions,
       (SELECT arg_max(extractor_version, version_key) FROM extractor_versions) AS newest_extractor_version,
       (SELECT arg_max(run_id, started_at) FROM runs)                    AS last_run_id,
       (SELECT arg_max(status, started_at) FROM runs)                    AS last_run_status,
       (SELECT max(finished_at) FROM runs)                               AS last_run_finished_at;
