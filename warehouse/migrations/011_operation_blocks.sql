-- 011: what update_operations last clustered, per block (actor, claimant, cumulative,
-- operation): a fingerprint of the block's current events. A block whose events did not
-- change since is not recomputed, so a daily run only redoes the blocks it touched.

CREATE TABLE IF NOT EXISTS operation_blocks (
    actor        VARCHAR,
    claimant     VARCHAR,
    cumulative   BOOLEAN NOT NULL,
    operation    VARCHAR,
    fingerprint  VARCHAR NOT NULL   -- '<rule version>:<xor of event hashes>:<events>'
);
