-- The content pack, format v4: the one definition of what a pack holds.
--
-- A pack is a single SQLite file that can be hashed, signed, copied to a USB stick and opened
-- read-only by the kiosk. This file is compiled into every binary (see embed_schema.cmake):
-- the pack writer executes it to create a pack, the reader checks the two PRAGMAs below.
--
-- Rules for changing it: any change a reader of the previous version could misread bumps
-- user_version, and the reader's kSchemaVersion with it (core/schema.h). Tables are split in
-- two groups:
--   * content tables: what the export said, normalised;
--   * derived tables (marked DERIVED): rebuilt by the pack tool from the content tables and
--     never edited by hand (thumbnails, the build records source_file and source_image).
--
-- History:
--   v1  first format.
--   v2  drops item_fts, an FTS5 index the kiosk never read (it builds its own search index
--       from item_text at load, core/search.h). Nothing else changed, so the reader still
--       opens v1 packs (kOldestReadableSchemaVersion); a delta is never made between the two
--       (different schemas), the kiosk takes the full pack instead.
--   v3  (issue 13: truthful on real exports) adds what the export says that v2 dropped; each
--       addition is listed at its table. The reader opens v2 packs and reads them as before,
--       with the v3 facts empty (Pack::schema_version(), tests/fixtures/packs/pack_v2.sql).
--       * event_period.weekdays and schedule_note: weekday patterns and hours' notes.
--       * item.kind: office, route, eat, sleep.
--       * source_file.fields, meta fidelity and repairs: the build's fidelity report.
--       * source_image: build record of pictures not shipped or with a rights end date.
--       Prices as written: price.policy, price.free and the table price_text (label and
--       conditions per language).
--       * practical information: item_fact and thesaurus_label; @type classes as categories.
--       * meta welcome.<lang>, bbox as the region's box (not the items' extent), table
--         department: the region a pack shows (the kiosk keeps its base map's box for v2).
--   v3 + media_focus (issue 14: pictures framed for the screen): a DERIVED table, the focal
--       point of each picture. Added WITHOUT a version bump, by the rule above: a reader that
--       does not know the table reads every other table exactly as before and centres its
--       crops, so kiosks still on older software keep installing new packs instead of refusing
--       them. Readers tell by the table's presence (Pack::media_frame gives the centre
--       without it); the pack tool's generator string changed with it (kiosk-pack 0.5), so a
--       --previous pack without the table gives a full build, and a delta is never made
--       between packs with and without it (publish/delta_make.cpp compares the schemas; the
--       kiosk takes the full pack).
--   v4  (issue 17: routes) adds the facts of a route (an item of kind 'route', a tour or
--       itinerary of the export): the tables route, route_difficulty, route_step and
--       route_step_name below, and nothing else. A reader of v1-v3 packs finds no route rows
--       to read (Pack::route gives none); a v3 kiosk refuses v4 packs (user_version), since it
--       would show routes as bare items without their steps. publish/ROUTES.md says which
--       export keys fill them.
--   v4 written with 16 KB pages instead of 4 KB (issue 16; the pack tool's Writer says why):
--       the same tables and rows, so every reader reads it as before; the generator string
--       changed (kiosk-pack 0.8), so a --previous pack with 4 KB pages gives a full build.

-- 0x4B505331 = "KPS1" in ASCII: identifies a kiosk pack among all SQLite files, so that a
-- random database copied onto a USB stick is refused before we read a single row.
PRAGMA application_id = 1263555377;
PRAGMA user_version = 4;

-- Pack-level facts, as key/value text so that adding a fact does not change the format.
-- Keys written by the pack tool: pack_id, pack_version (monotonic integer), build_time
-- (ISO UTC), source_export_date, region, bbox ("minlat,minlon,maxlat,maxlon"),
-- languages ("fr,en,nl"), count_KIND for each kind (site, belfry and event always), selection (the pack tool's
-- --department/--kind/--bbox, "all" = everything), generator.
-- The region the kiosk shows (v3): region is the name in its header; bbox the box its map
-- opens on and pans within (kiosk-pack --region-bbox, else the items' positions without far
-- outliers plus a margin: publish/region.h; in v1-v2 packs it was the items' raw extent, and
-- the kiosk ignores it there); welcome.<lang> (welcome.fr, welcome.en...) the home screen's
-- greeting in that language (kiosk-pack --welcome fr=...; absent = the kiosk's generic
-- "Welcome"). The region name, when not given, is the items' most common region label, else
-- department label, else town.
-- build_time defaults to the newest lastUpdateDatatourisme of the flux's index.json, not the
-- wall clock, so that the same flux always gives a byte-identical pack.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Binary media (full-size images), content-addressed so that two items sharing a picture
-- store it once and so that deltas between packs stay small.
-- id (kiosk-pack 0.6): a hash of sha256, stable across builds (publish/pack_writer.h); not dense.
CREATE TABLE media (
    id       INTEGER PRIMARY KEY,
    sha256  TEXT NOT NULL UNIQUE,           -- hex of the stored bytes
    mime    TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
    width   INTEGER NOT NULL CHECK (width  BETWEEN 1 AND 8192),
    height  INTEGER NOT NULL CHECK (height BETWEEN 1 AND 8192),
    bytes   BLOB NOT NULL,
    title   TEXT,
    credits TEXT,                           -- shown under the picture; never dropped
    licence TEXT
);

-- One point of interest. kind decides which home tile lists it.
-- id (kiosk-pack 0.6): a 43-bit hash of source_id, stable across builds so that adding or
-- removing an item does not renumber the others (publish/pack_writer.h); not dense, not ordered
-- like anything a visitor sees.
CREATE TABLE item (
    id          INTEGER PRIMARY KEY,
    source_id   TEXT NOT NULL UNIQUE,       -- the export's @id, stable across versions
    -- v3 adds office (tourist information), route (tours and itineraries), eat and sleep
    -- (restaurants and lodgings, only when the builder asks for them): publish/datatourisme.cpp,
    -- classify_object(), has the table of classes.
    kind        TEXT NOT NULL CHECK (kind IN ('site', 'belfry', 'event', 'office', 'route', 'eat', 'sleep')),
    lat         REAL,                       -- WGS84; NULL when the export had no usable geo
    lon         REAL,
    street      TEXT,
    postal_code TEXT,
    town        TEXT,
    city_insee  TEXT,
    department  TEXT,                       -- INSEE department code ("59", "62")
    updated_at  TEXT                        -- lastUpdateDatatourisme of the source object
);
CREATE INDEX item_kind ON item(kind);

-- v3: the departments the items lie in, with their region, as the export labels them
-- (hasAddressCity.isPartOfDepartment and its isPartOfRegion; French label first). One row per
-- department code found in item.department; gives the pack's default region name.
CREATE TABLE department (
    insee        TEXT PRIMARY KEY,          -- "59", "2A", "971"
    name         TEXT,                      -- "Nord"
    region_insee TEXT,                      -- "32"
    region_name  TEXT                       -- "Hauts-de-France"
) WITHOUT ROWID;

-- Per-language texts. Each row carries its own language, so the kiosk can show a field in
-- another language than the visitor's and say so (fallback is decided at read time).
CREATE TABLE item_text (
    item_id INTEGER NOT NULL REFERENCES item(id),
    field   TEXT NOT NULL CHECK (field IN ('title', 'short', 'long', 'hours')),
    lang    TEXT NOT NULL,                  -- ISO 639-1: fr, en, nl, de, ...
    value   TEXT NOT NULL,
    PRIMARY KEY (item_id, field, lang)
) WITHOUT ROWID;

-- Themes from the export's thesaurus (kb:Christmas, kb:Belfry...), labelled per language.
-- v3: also the item's @type classes a visitor recognises (Museum, Castle, Festival...), with
-- the pack tool's own labels (publish::type_category; the export labels no class). A class id
-- is the class's local name, so it never clashes with a theme's "kb:" id.
CREATE TABLE category (
    id TEXT PRIMARY KEY                     -- thesaurus id
) WITHOUT ROWID;
CREATE TABLE category_label (
    category_id TEXT NOT NULL REFERENCES category(id),
    lang        TEXT NOT NULL,
    label       TEXT NOT NULL,
    PRIMARY KEY (category_id, lang)
) WITHOUT ROWID;
CREATE TABLE item_category (
    item_id     INTEGER NOT NULL REFERENCES item(id),
    category_id TEXT NOT NULL REFERENCES category(id),
    PRIMARY KEY (item_id, category_id)
) WITHOUT ROWID;

-- v3: practical information, one row per fact the export states about an item; a fact it
-- does not state has no row (never a "no"). Read whole per item for the card, and by
-- (key, value) for the list filters (the wheelchair filter: key 'wheelchair', value 'yes').
--   key            value                                       from the export
--   wheelchair     'yes' / 'no'                                reducedMobilityAccess
--   pets           'yes' / 'no'                                isLocatedAt[].petsAllowed
--   amenity        thesaurus id (kb:Parking, kb:Shop...)       hasFeature[].features[]
--   label          thesaurus id (kb:LabelRating_...)           hasReview[].hasReviewValue
--   payment        thesaurus id (kb:Cash, kb:Visa...)          offers[].schema:acceptedPaymentMethod[]
--   audience       thesaurus id                                hasAudience[], hasClientTarget[]
--   language       ISO 639-1 code ('es' for the feed's 'sp'), 'lsf' for French Sign Language
--                                                              availableLanguage
--   booking_phone, booking_email, booking_web   the number or address   hasBookingContact
-- Thesaurus values are labelled in thesaurus_label, in the languages the export gives.
CREATE TABLE item_fact (
    item_id INTEGER NOT NULL REFERENCES item(id),
    key     TEXT NOT NULL CHECK (key IN ('wheelchair', 'pets', 'amenity', 'label', 'payment', 'audience',
                                         'language', 'booking_phone', 'booking_email', 'booking_web')),
    value   TEXT NOT NULL,
    PRIMARY KEY (item_id, key, value)
) WITHOUT ROWID;
CREATE INDEX item_fact_value ON item_fact(key, value);
CREATE TABLE thesaurus_label (
    id    TEXT NOT NULL,                    -- a thesaurus id used as an item_fact value
    lang  TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (id, lang)
) WITHOUT ROWID;

-- Child rows of an item (event_period, opening_hours, contact, price) have an explicit id
-- because SQLite's session extension, which makes the deltas between pack versions, ignores
-- tables without a PRIMARY KEY. The writer numbers them per item, id = item_id * 2^20 + n
-- (n = 1, 2... in the item's order), so that changing one item's rows does not renumber the
-- rows of every later item and the delta stays about that item. Added before any release,
-- so the format version stays 1.

-- Event occurrences: many per event, stored sorted by the writer but queried with ORDER BY
-- anyway. Times are local wall-clock "HH:MM" (the export has no zone), NULL when unknown.
CREATE TABLE event_period (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES item(id),
    start_date TEXT NOT NULL,               -- YYYY-MM-DD
    end_date   TEXT NOT NULL,               -- YYYY-MM-DD, >= start_date
    start_time TEXT,
    end_time   TEXT,
    -- v3. The days of the week the event is held within its dates (the export's Period
    -- appliesOnDay), as bits: 1 = Monday ... 64 = Sunday. 0 = every day. See core/event_dates.h
    -- for how this and the item's opening_hours make a weekday pattern.
    weekdays   INTEGER NOT NULL DEFAULT 0 CHECK (weekdays BETWEEN 0 AND 127)
);
CREATE INDEX event_period_item ON event_period(item_id, start_date);

-- Weekly opening rules: one row per (day, time range), optionally limited to a date range.
-- Day 8 stands for French public holidays (schema:PublicHolidays): on such a day, rows for
-- day 8 replace the weekday's rows (see core/hours.h). Added before any release, so the
-- format version stays 1. A row with neither opens nor closes means "closed" that day.
CREATE TABLE opening_hours (
    id            INTEGER PRIMARY KEY,
    item_id       INTEGER NOT NULL REFERENCES item(id),
    day_of_week   INTEGER NOT NULL CHECK (day_of_week BETWEEN 1 AND 8),  -- 1 = Monday, 8 = public holidays
    opens         TEXT,                     -- "HH:MM"; NULL when the export omits it
    closes        TEXT,
    valid_from    TEXT,                     -- YYYY-MM-DD, NULL = unbounded
    valid_through TEXT
);
CREATE INDEX opening_hours_item ON opening_hours(item_id);

-- v3. What the export says in words next to the hours: an openingHoursSpecification's
-- additionalInformation ("last entry 17:00", "closed on public holidays") or an event
-- Period's openingDetails, with the dates it was given for (NULL = unbounded), one row per
-- language. The kiosk shows the notes not yet expired, in the visitor's language or the
-- fallback chain's next one. The same text given on several day nodes is stored once.
CREATE TABLE schedule_note (
    item_id       INTEGER NOT NULL REFERENCES item(id),
    note          INTEGER NOT NULL,         -- 1, 2... per item, in export order
    lang          TEXT NOT NULL,
    value         TEXT NOT NULL,
    valid_from    TEXT,                     -- YYYY-MM-DD
    valid_through TEXT,
    PRIMARY KEY (item_id, note, lang)
) WITHOUT ROWID;

CREATE TABLE contact (
    id       INTEGER PRIMARY KEY,
    item_id  INTEGER NOT NULL REFERENCES item(id),
    type     TEXT NOT NULL CHECK (type IN ('phone', 'email', 'web')),
    value    TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX contact_item ON contact(item_id);

-- One line of an item's prices, in the export's order. Shapes (core/prices.h turns them into
-- what a visitor reads): one amount (min_price, max_price NULL), a range (min < max), "up to"
-- (max only), free (free = 1), text only (no amount, not free: price_text says it).
-- v3 adds policy and free; on a v2 pack the reader takes them as '' and 0.
CREATE TABLE price (
    id        INTEGER PRIMARY KEY,
    item_id   INTEGER NOT NULL REFERENCES item(id),
    min_price REAL,
    max_price REAL,
    currency  TEXT,
    label_fr  TEXT,                         -- the policy's French label; v3 readers use price_text
    position  INTEGER NOT NULL,
    policy    TEXT,                         -- v3: thesaurus id of the eligible policy ("kb:ReducedRate")
    free      INTEGER NOT NULL DEFAULT 0 CHECK (free IN (0, 1))  -- v3: free entry (kb:Free, or an amount of 0)
);

-- v3: the words of a price line per language: label = the policy's name ("Tarif réduit"),
-- conditions = who, when and how it applies ("Étudiants, demandeurs d'emploi") or, for a
-- text-only line, the price as written. Either may be NULL. Fallback between languages is
-- decided at read time, like item_text.
CREATE TABLE price_text (
    price_id   INTEGER NOT NULL REFERENCES price(id),
    lang       TEXT NOT NULL,
    label      TEXT,
    conditions TEXT,
    PRIMARY KEY (price_id, lang)
) WITHOUT ROWID;

-- Pictures of an item in display order; position 0 is the main picture.
-- The key columns come first: with SQLite 3.40.1 we saw quick_check report "NULL value in
-- item_media.media_id" on this WITHOUT ROWID table when the key was not a prefix of the
-- columns, although no NULL was stored.
CREATE TABLE item_media (
    item_id  INTEGER NOT NULL REFERENCES item(id),
    position INTEGER NOT NULL,
    media_id INTEGER NOT NULL REFERENCES media(id),
    PRIMARY KEY (item_id, position)
) WITHOUT ROWID;

-- DERIVED: a small JPEG per media row for cards, so lists never decode full pictures.
CREATE TABLE thumbnail (
    media_id INTEGER PRIMARY KEY REFERENCES media(id),
    width    INTEGER NOT NULL,
    height   INTEGER NOT NULL,
    bytes    BLOB NOT NULL                  -- JPEG
);

-- DERIVED (issue 14, see History): where the part of a picture that matters lies, so that a
-- crop to a card's or the screen's shape keeps it in view (core/picture_frame.h). x and y are
-- 0..1 of the picture's width and height from its top left. The pack tool computes it from
-- the pixels (publish/images.h, focal_point: the third of the picture with the most edge
-- energy, a little biased to the centre), once, and copies it on incremental builds like the
-- thumbnail, which is itself cropped around it. One row per media row; a pack without the
-- table (made before it) means the centre for every picture.
CREATE TABLE media_focus (
    media_id INTEGER PRIMARY KEY REFERENCES media(id),
    x        REAL NOT NULL CHECK (x BETWEEN 0 AND 1),
    y        REAL NOT NULL CHECK (y BETWEEN 0 AND 1)
);

-- DERIVED: build record, one row per object file of the flux that went into this pack or was
-- left out on purpose (not for the kiosk, outside the selection). The next build with
-- --previous copies the rows of an object whose file and lastUpdateDatatourisme are unchanged
-- instead of parsing it again. item_id is NULL for objects left out. Objects that were
-- refused (malformed...) are not recorded, so they are read again and warned about again.
CREATE TABLE source_file (
    file       TEXT PRIMARY KEY,            -- path relative to objects/, as in index.json
    updated_at TEXT,                        -- the index's lastUpdateDatatourisme
    item_id    INTEGER REFERENCES item(id),
    -- v3: the followed fields the object's JSON had (publish/export_model.h, Field), so that an
    -- incremental build's fidelity report still counts objects it copied without parsing.
    fields     INTEGER
) WITHOUT ROWID;

-- DERIVED (v3): build record of the pictures the next build must look at again, one row per
-- (object file, picture locator): those left out of this pack (problem says why) and those
-- shipped with a rights end date (problem NULL). With --previous, an unchanged object that has
-- a row with a problem, or a rights end date before the new build time, is parsed again
-- instead of copied: its failed pictures are retried (the image cache's retry times still
-- apply) and pictures whose rights have ended are dropped. Kept in the pack rather than only
-- in the image cache because --previous is the pack: the next build may run elsewhere, or
-- without --image-cache. problem is the kind, not the message, so two builds of one flux in
-- the same conditions give the same bytes. The kiosk never reads this table.
CREATE TABLE source_image (
    file       TEXT NOT NULL,               -- object file, as in source_file
    locator    TEXT NOT NULL,               -- as written in the export (URL or path)
    problem    TEXT CHECK (problem IN ('unreachable', 'http_error', 'transfer_error', 'invalid',
                                       'not_found', 'not_fetched', 'rights_expired')),
    rights_end TEXT,                        -- "YYYY-MM-DD", the picture's rightsEndDate
    PRIMARY KEY (file, locator)
) WITHOUT ROWID;

-- v4 (issue 17): what makes a route item (kind 'route') a route. One row per route item that
-- the export describes as a tour; a route item without one (a v3 pack's, or an export that
-- says nothing of its tour) is shown as a plain item. Every figure is the export's: a length
-- or duration it does not give is NULL, never computed from the path (core/route.h).
CREATE TABLE route (
    item_id      INTEGER PRIMARY KEY REFERENCES item(id),
    -- How it is travelled, from the @type (WalkingTour, CyclingTour...) or the locomotion
    -- mode; NULL = the export does not say.
    means        TEXT CHECK (means IN ('walk', 'bike', 'car', 'horse', 'boat')),
    -- The difficulty's thesaurus id when the export gives one (kb:EasyTour...), else NULL; its
    -- words per language are in route_difficulty (a difficulty may have words and no id).
    difficulty   TEXT,
    length_m     REAL CHECK (length_m IS NULL OR length_m > 0),           -- tourDistance, metres
    duration_min INTEGER CHECK (duration_min IS NULL OR duration_min > 0),
    loop         INTEGER NOT NULL DEFAULT 0 CHECK (loop IN (0, 1)),      -- ends where it starts
    -- The line to draw, from the export's geometry: little-endian int32 pairs (latitude,
    -- longitude) in millionths of a degree, in order. NULL = the export gives no geometry, and
    -- the kiosk draws straight legs between the steps (and says so). Why a BLOB and not rows:
    -- a path is read whole and never queried point by point; 8 bytes a point (about 0.1 m)
    -- keeps a 2,000-point path at 16 KB in one row, where a row per point would cost five
    -- times that and a read per route of thousands of rows.
    path         BLOB CHECK (path IS NULL OR (length(path) >= 16 AND length(path) % 8 = 0))
);

-- v4: the difficulty in the export's words ("Facile", "Easy"), per language.
CREATE TABLE route_difficulty (
    route_id INTEGER NOT NULL REFERENCES route(item_id),
    lang     TEXT NOT NULL,
    label    TEXT NOT NULL,
    PRIMARY KEY (route_id, lang)
) WITHOUT ROWID;

-- v4: the steps of a route, in order (position 1, 2...). A step names an object of the export
-- by its @id (ref) and/or is a point with its own position. The link to the pack's item is
-- made when read (ref = item.source_id), not stored: the rows of a route then follow its own
-- object only, an incremental build that adds or removes the object a step names needs not
-- touch the route, and a step whose object is not in the pack falls back to its own name and
-- position. A step with neither a pack item nor a position is kept (a later pack may hold its
-- object) but not shown; the build report counts it as dropped.
CREATE TABLE route_step (
    route_id INTEGER NOT NULL REFERENCES route(item_id),
    position INTEGER NOT NULL CHECK (position >= 1),
    ref      TEXT,                          -- the export's @id of the object the step is; NULL = a bare point
    lat      REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),    -- the step's own position, if the export gives one
    lon      REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
    PRIMARY KEY (route_id, position)
) WITHOUT ROWID;
-- "Part of route X" on an item's card: the steps that name it.
CREATE INDEX route_step_ref ON route_step(ref);

-- v4: a step's own name per language (a car park, a viewpoint), shown when the step is not
-- an item of the pack.
CREATE TABLE route_step_name (
    route_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    lang     TEXT NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (route_id, position, lang)
) WITHOUT ROWID;
