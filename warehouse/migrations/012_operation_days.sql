-- 012: what update_operations last clustered, per block (actor, claimant, cumulative,
-- operation) and event date: a fingerprint of that day's current events in the block.
-- A day whose fingerprint did not change since is not recomputed; see the module
-- docstring of warehouse/operations.py for why only the days around a change are.
-- A block with no rows here is clustered whole (operation_blocks, 011, is then read
-- once to tell whether it changed, and its row is replaced by this table's rows).

CREATE TABLE IF NOT EXISTS operation_days (
    actor        VARCHAR,
    claimant     VARCHAR,
    cumulative   BOOLEAN NOT NULL,
    operation    VARCHAR,
    event_date   DATE,              -- NULL: the block's undated events
    fingerprint  VARCHAR NOT NULL   -- '<rule version>:<xor of event hashes>:<events>'
);
