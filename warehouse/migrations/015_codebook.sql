-- 015: code tables for weapon platforms and target types (issue 13), filled from
-- warehouse/codes/platforms.toml and target_types.toml by warehouse.codes.sync_codes().

CREATE TABLE IF NOT EXISTS platforms (
    code        VARCHAR PRIMARY KEY,   -- as in events.platforms / operations.platforms
    name        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,      -- aircraft | helicopter | drone | cruise_missile |
                                       -- ballistic_missile | artillery_rocket_system
    operators   VARCHAR[] NOT NULL     -- ISO 3166-1 alpha-3 of the states that use it
);

CREATE TABLE IF NOT EXISTS target_types (
    code        VARCHAR PRIMARY KEY,   -- as in targets_hit[].type / targets_daily.target_type
    name        VARCHAR NOT NULL,
    category    VARCHAR NOT NULL,      -- military | infrastructure | economic | personnel | civilian
    description VARCHAR
);
