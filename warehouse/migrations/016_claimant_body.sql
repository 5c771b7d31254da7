-- 016: the claiming body (issue 13): which body of the claimant spoke (Ministry of
-- Defence, General Staff, Air Force, CENTCOM, IDF spokesperson, ...), read by
-- warehouse/claimants.py from the words around the event's claimant span.

CREATE TABLE IF NOT EXISTS claimant_bodies (
    code        VARCHAR PRIMARY KEY,   -- as in event_claimants / operations.claimant_body
    name        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,      -- ministry | staff | service | command | spokesperson |
                                       -- government | security | monitor | media | local_authority
    patterns    VARCHAR[] NOT NULL     -- the regular expressions that find it (case-insensitive)
);

-- One row per event with a claimant: the body read from its words (NULL: none named).
CREATE TABLE IF NOT EXISTS event_claimants (
    article_id        VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    ordinal           INTEGER NOT NULL,
    claimant_body     VARCHAR,
    body_start        INTEGER,          -- [body_start, body_end): offsets into articles.text
    body_end          INTEGER,
    phrase            VARCHAR,          -- the words themselves
    PRIMARY KEY (article_id, extractor_version, ordinal)
);

ALTER TABLE operations ADD COLUMN claimant_body VARCHAR;
