-- The kiosk's usage statistics, format v2: the one definition of what the statistics file holds.
--
-- A small SQLite file of its own (WAL), next to the packs but never inside one, so that it
-- survives pack installs and rollbacks. This file is compiled into the kiosk (see the top-level
-- CMakeLists.txt) and executed once to create a new statistics file; kiosk/core/stats.cpp checks
-- the two PRAGMAs below on every open and moves any other file aside.
--
-- Privacy: only per-day counters. No time finer than the hour a visit started, no order of
-- taps, no personal data. Search text reaches this file only as a folded term that 5 distinct
-- visits searched without result (the k=5 rule of deploy/FLEET.md: below that it is counted
-- in the kiosk's memory only). A "session" is one visit between a touch on the attract loop
-- and the idle reset.
--
-- Days are INTEGER days since 1970-01-01 in the kiosk's local calendar (core/dates.h
-- days_from_civil): smaller than ISO text, and range queries stay plain comparisons.
-- Every table is keyed by day first, so dropping old days (keep_days, or the size bound) is a
-- range delete at the left edge of each B-tree.
--
-- Rules for changing it: any change a v1 reader could misread bumps user_version and
-- kStatsSchemaVersion in stats.h, with a migration in stats.cpp from every older version that
-- keeps its counts (a kiosk's history is not thrown away); the kiosk moves an unknown (newer)
-- version aside and starts afresh.
--
-- v2 (issue 17): tally sections hour, access and zero_search. A v1 file is migrated in place
-- (its tally table rebuilt with the wider CHECK, rows copied).

-- 0x4B535431 = "KST1" in ASCII: a kiosk statistics file, distinct from a pack ("KPS1"), so
-- that a pack (or any other database) placed at the statistics path is never written to.
PRAGMA application_id = 1263752241;
PRAGMA user_version = 2;

-- One row per day with at least one visit.
CREATE TABLE day (
    day      INTEGER PRIMARY KEY,                -- days since 1970-01-01
    sessions INTEGER NOT NULL DEFAULT 0,         -- counted when the visit starts, so a crash keeps it
    ended    INTEGER NOT NULL DEFAULT 0,         -- visits whose length is known (ended normally)
    seconds  REAL    NOT NULL DEFAULT 0          -- summed length of those `ended` visits
);

-- Cards (items of the pack) that were opened at least once on a kept day. Kept apart from the
-- per-day counts so that a long source id is stored once, not once per day; the title is the
-- one shown when the card was last opened (packs change, and an old id may leave the pack).
CREATE TABLE card (
    id        INTEGER PRIMARY KEY,
    source_id TEXT    NOT NULL UNIQUE,           -- the pack's item.source_id
    title     TEXT    NOT NULL,
    last_day  INTEGER NOT NULL                   -- newest day with a card_day row: pruning drops
                                                 -- cards whose last_day is pruned
);

-- Taps on a card, per day.
CREATE TABLE card_day (
    day  INTEGER NOT NULL,
    card INTEGER NOT NULL REFERENCES card(id),
    n    INTEGER NOT NULL,
    PRIMARY KEY (day, card)
) WITHOUT ROWID;

-- Every other per-day counter, by section:
--   category        a home tile or list opened: a kind or category code ("belfry", "event",
--                   "kb:FineArts", "open-now", "weekend"), never a search text
--   language        visits that used this UI language ("fr", "en", "nl", "de"), once per visit
--   session_length  ended visits by length bucket ("0-30s", "30s-1min", "1-2min", "2-5min",
--                   "5-10min", "10min+")
--   hour            visits by the local hour they started: "00".."23" (v2)
--   access          visits that turned an access mode on: "large", "contrast", "reach",
--                   "speak"; once per visit and mode (v2)
--   zero_search     a folded search term that found nothing, n = visits; a term appears only
--                   once 5 distinct visits searched it (k=5): the count of the day that reached
--                   5 includes the earlier visits held in memory (v2)
CREATE TABLE tally (
    day     INTEGER NOT NULL,
    section TEXT    NOT NULL CHECK (section IN ('category', 'language', 'session_length',
                                                'hour', 'access', 'zero_search')),
    key     TEXT    NOT NULL,
    n       INTEGER NOT NULL,
    PRIMARY KEY (day, section, key)
) WITHOUT ROWID;
