// The pack writer: the only code that creates pack files. It executes the embedded schema and
// fills the content tables, then the derived ones (thumbnails, build record).
//
// Flow, chosen so a whole-country flux fits in bounded memory and still gives reproducible
// bytes:
//   1. stream the flux (ExportSource::for_each_object: one pass, even over a zip); each object
//      is parsed, filtered, its pictures loaded, and its rows go to a temporary "stage"
//      database under a provisional number (arrival order);
//   2. objects unchanged since --previous are not parsed: their rows are bulk-copied from the
//      old pack into the stage;
//   3. the stage is copied into the pack with stable ids (hashes of the source id and of the
//      picture's bytes, pack_writer.h), so neither archive order nor reuse changes a row, and
//      adding an item changes only that item's rows;
//   4. derived tables (source_file), meta; VACUUM only when asked (BuildOptions::vacuum).
// With a usable --previous the pack is a copy of it updated in place: the rows of objects that
// changed or left are deleted, the staged ones inserted, the global tables (categories, labels,
// departments, pictures, meta) adjusted, so the cost follows the change, not the flux.
#include "publish/pack_writer.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <deque>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "core/file_read.h"
#include "core/map_data.h"
#include "core/pack_reader.h"
#include "core/route.h"
#include "core/text_fold.h"
#include "core/manifest.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "publish/image_fetch.h"
#include "publish/images.h"
#include "publish/parse_pool.h"
#include "publish/region.h"

namespace kiosk::publish {

namespace {

// "2024-11-08T20:00:38.905Z" -> "2024-11-08T20:00:38Z": the kiosk compares build times to
// its clock with one-second precision, and one format keeps meta tidy.
std::string normalize_instant(const std::string& iso) {
    if (iso.size() >= 19 && iso[4] == '-' && iso[7] == '-' && iso[10] == 'T' && iso[13] == ':' && iso[16] == ':')
        return iso.substr(0, 19) + "Z";
    return iso;
}

// Media are keyed by the SHA-256 of their bytes: the same picture used by two items is
// stored once, and an unchanged picture keeps its key from one pack version to the next.
std::string content_key(std::string_view bytes) { return sha256_hex(bytes); }

// Where an image's bytes come from. Remote URLs are fetched by a later version of the tool;
// today they leave the item without a picture and a warning in the report.
bool load_image(const ExportSource& src, const std::string& locator, std::string& bytes, std::string& why) {
    if (locator.rfind("http://", 0) == 0 || locator.rfind("https://", 0) == 0) {
        why = "remote image skipped (--no-images): " + locator;
        return false;
    }
    // Only a regular file, at most kMaxPictureFileBytes: a FIFO or /dev/zero named as a picture
    // is one failed picture (a placeholder and a warning), never a hung or exhausted build.
    std::string reason;
    if (locator.rfind("file://", 0) == 0) {
        if (!read_regular_file(locator.substr(7), kMaxPictureFileBytes, bytes, reason)) {
            why = "image file not read (" + reason + "): " + locator;
            return false;
        }
        return true;
    }
    if (!src.read(locator, bytes, reason)) {
        why = "image not read from the flux (" + reason + "): " + locator;
        return false;
    }
    return true;
}


// Changing what the parser extracts makes rows of an older pack stale: a previous pack made
// by another generator is never reused. 0.3 (format v3): prices keep their policy, conditions
// and text; pictures' rights end dates and failures are recorded (source_image); weekday
// patterns, hours' notes, the new kinds and the fidelity record. 0.4: practical facts
// (item_fact) and @type categories, which an older v3 pack's rows lack; department labels
// (an older pack has no department table to name the region from).
// 0.5: media_focus and thumbnails cropped around it (schema.sql, History); a --previous pack
// of an older generator lacks them, so it gives a full build.
// 0.6: stable ids (hashes of source_id and of the picture's SHA-256, pack_writer.h); an older
// pack numbers items by rank, which an in-place update would mix with hashes.
// 0.7: format v4, routes (route, route_step...); an older pack has no route rows to copy.
// 0.8: 16 KB pages (Writer); an in-place update of an older pack would keep 4 KB pages, so it
// gives a full build.
constexpr const char* kGenerator = "kiosk-pack 0.8";

// Pictures loaded per batch of items; a batch is also the unit the HTTP fetcher can work on.
constexpr std::size_t kBatch = 256;

// The stage: same facts as the pack, keyed by a provisional number `tmp` in arrival order.
// No indexes: rows are only appended, then read once in bulk. `seq` is a child row's rank
// within its item (1, 2...: the order kItemsSql numbers it in), written with the row so the
// copy needs no window function; item.pack_fields are the Field bits the item's rows give
// the pack (fidelity), known once its rows are staged (NULL for rows copied from --previous).
constexpr const char* kStageSql = R"(
CREATE TABLE stage.item (tmp INTEGER PRIMARY KEY, file TEXT NOT NULL, source_id TEXT NOT NULL, kind TEXT,
    lat REAL, lon REAL, street TEXT, postal_code TEXT, town TEXT, city_insee TEXT, department TEXT, updated_at TEXT,
    fields INTEGER NOT NULL DEFAULT 0, pack_fields INTEGER);
CREATE TABLE stage.text (tmp INTEGER, field TEXT, lang TEXT, value TEXT);
CREATE TABLE stage.cat (tmp INTEGER, category_id TEXT);
CREATE TABLE stage.cat_label (category_id TEXT, lang TEXT, label TEXT, PRIMARY KEY (category_id, lang, label)) WITHOUT ROWID;
CREATE TABLE stage.period (tmp INTEGER, start_date TEXT, end_date TEXT, start_time TEXT, end_time TEXT, weekdays INTEGER,
    seq INTEGER);
CREATE TABLE stage.note (tmp INTEGER, note INTEGER, lang TEXT, value TEXT, valid_from TEXT, valid_through TEXT);
CREATE TABLE stage.hours (tmp INTEGER, day_of_week INTEGER, opens TEXT, closes TEXT, valid_from TEXT, valid_through TEXT,
    seq INTEGER);
CREATE TABLE stage.contact (tmp INTEGER, type TEXT, value TEXT, position INTEGER, seq INTEGER);
CREATE TABLE stage.fact (tmp INTEGER, key TEXT, value TEXT);
CREATE TABLE stage.fact_label (id TEXT, lang TEXT, label TEXT, PRIMARY KEY (id, lang, label)) WITHOUT ROWID;
CREATE TABLE stage.price (tmp INTEGER, min_price REAL, max_price REAL, currency TEXT, label_fr TEXT, position INTEGER,
    policy TEXT, free INTEGER, seq INTEGER);
CREATE TABLE stage.price_text (tmp INTEGER, position INTEGER, lang TEXT, label TEXT, conditions TEXT);
CREATE TABLE stage.item_media (tmp INTEGER, position INTEGER, sha256 TEXT, title TEXT, credits TEXT, licence TEXT);
CREATE TABLE stage.media (sha256 TEXT PRIMARY KEY, mime TEXT, width INTEGER, height INTEGER, bytes BLOB,
    thumb_width INTEGER, thumb_height INTEGER, thumb BLOB, focus_x REAL, focus_y REAL);
CREATE TABLE stage.source (file TEXT PRIMARY KEY, updated_at TEXT, tmp INTEGER) WITHOUT ROWID;
CREATE TABLE stage.reuse (old_id INTEGER PRIMARY KEY, tmp INTEGER NOT NULL, file TEXT NOT NULL, updated_at TEXT);
CREATE TABLE stage.kept (file TEXT PRIMARY KEY, updated_at TEXT) WITHOUT ROWID;
CREATE TABLE stage.gone (id INTEGER PRIMARY KEY, fields INTEGER);
CREATE TABLE stage.idmap (tmp INTEGER PRIMARY KEY, id INTEGER NOT NULL);
CREATE TABLE stage.media_map (sha256 TEXT PRIMARY KEY, id INTEGER, title TEXT, credits TEXT, licence TEXT,
    first_item INTEGER, first_pos INTEGER);
CREATE TABLE stage.image_note (file TEXT, locator TEXT, problem TEXT, rights_end TEXT, PRIMARY KEY (file, locator)) WITHOUT ROWID;
CREATE TABLE stage.dept (insee TEXT, name TEXT, region_insee TEXT, region_name TEXT,
    PRIMARY KEY (insee, name, region_insee, region_name)) WITHOUT ROWID;
CREATE TABLE stage.route (tmp INTEGER PRIMARY KEY, means TEXT, difficulty TEXT, length_m REAL, duration_min INTEGER,
    loop INTEGER, path BLOB);
CREATE TABLE stage.route_difficulty (tmp INTEGER, lang TEXT, label TEXT);
CREATE TABLE stage.route_step (tmp INTEGER, position INTEGER, ref TEXT, lat REAL, lon REAL);
CREATE TABLE stage.route_step_name (tmp INTEGER, position INTEGER, lang TEXT, name TEXT);
)";

// Unchanged objects (stage.kept), when the pack is rewritten from scratch: one INSERT ... SELECT
// per table copies all of them from the old pack. Child rows keep the old pack's rowid order,
// which was the parser's order. ?1 = the first free provisional number.
constexpr const char* kKeptToReuseSql = R"(
INSERT INTO stage.reuse (old_id, tmp, file, updated_at)
  SELECT f.item_id, ?1 + row_number() OVER (ORDER BY k.file), k.file, k.updated_at
  FROM stage.kept k JOIN old.source_file f USING (file) WHERE f.item_id IS NOT NULL;
)";
constexpr const char* kReuseSql = R"(
INSERT OR IGNORE INTO stage.source SELECT k.file, k.updated_at, r.tmp FROM stage.kept k LEFT JOIN stage.reuse r USING (file);
INSERT INTO stage.item (tmp, file, source_id, kind, lat, lon, street, postal_code, town, city_insee, department, updated_at,
    fields, pack_fields)
  SELECT r.tmp, r.file, o.source_id, o.kind, o.lat, o.lon, o.street, o.postal_code, o.town, o.city_insee, o.department, r.updated_at,
    coalesce(f.fields, 0), NULL
  FROM stage.reuse r JOIN old.item o ON o.id = r.old_id LEFT JOIN old.source_file f ON f.file = r.file ORDER BY r.tmp;
INSERT INTO stage.text SELECT r.tmp, t.field, t.lang, t.value FROM stage.reuse r JOIN old.item_text t ON t.item_id = r.old_id;
INSERT INTO stage.cat SELECT r.tmp, c.category_id FROM stage.reuse r JOIN old.item_category c ON c.item_id = r.old_id;
INSERT OR IGNORE INTO stage.cat_label SELECT l.category_id, l.lang, l.label FROM old.category_label l
  WHERE l.category_id IN (SELECT category_id FROM stage.cat);
INSERT INTO stage.fact SELECT r.tmp, f.key, f.value FROM stage.reuse r JOIN old.item_fact f ON f.item_id = r.old_id;
INSERT OR IGNORE INTO stage.fact_label SELECT l.id, l.lang, l.label FROM old.thesaurus_label l
  WHERE l.id IN (SELECT value FROM stage.fact);
INSERT INTO stage.period SELECT r.tmp, p.start_date, p.end_date, p.start_time, p.end_time, p.weekdays,
    row_number() OVER (PARTITION BY r.tmp ORDER BY p.rowid)
  FROM stage.reuse r JOIN old.event_period p ON p.item_id = r.old_id ORDER BY r.tmp, p.rowid;
INSERT INTO stage.note SELECT r.tmp, n.note, n.lang, n.value, n.valid_from, n.valid_through
  FROM stage.reuse r JOIN old.schedule_note n ON n.item_id = r.old_id;
INSERT INTO stage.hours SELECT r.tmp, h.day_of_week, h.opens, h.closes, h.valid_from, h.valid_through,
    row_number() OVER (PARTITION BY r.tmp ORDER BY h.rowid)
  FROM stage.reuse r JOIN old.opening_hours h ON h.item_id = r.old_id ORDER BY r.tmp, h.rowid;
INSERT INTO stage.contact SELECT r.tmp, c.type, c.value, c.position, row_number() OVER (PARTITION BY r.tmp ORDER BY c.position)
  FROM stage.reuse r JOIN old.contact c ON c.item_id = r.old_id ORDER BY r.tmp, c.rowid;
INSERT INTO stage.price SELECT r.tmp, p.min_price, p.max_price, p.currency, p.label_fr, p.position, p.policy, p.free,
    row_number() OVER (PARTITION BY r.tmp ORDER BY p.position)
  FROM stage.reuse r JOIN old.price p ON p.item_id = r.old_id ORDER BY r.tmp, p.rowid;
INSERT INTO stage.price_text SELECT r.tmp, p.position, t.lang, t.label, t.conditions
  FROM stage.reuse r JOIN old.price p ON p.item_id = r.old_id JOIN old.price_text t ON t.price_id = p.id;
INSERT INTO stage.item_media SELECT r.tmp, im.position, m.sha256, m.title, m.credits, m.licence
  FROM stage.reuse r JOIN old.item_media im ON im.item_id = r.old_id JOIN old.media m ON m.id = im.media_id;
INSERT OR IGNORE INTO stage.media SELECT m.sha256, m.mime, m.width, m.height, m.bytes, t.width, t.height, t.bytes, f.x, f.y
  FROM old.media m LEFT JOIN old.thumbnail t ON t.media_id = m.id LEFT JOIN old.media_focus f ON f.media_id = m.id
  WHERE m.sha256 IN (SELECT sha256 FROM stage.item_media);
INSERT OR IGNORE INTO stage.image_note SELECT s.file, s.locator, s.problem, s.rights_end
  FROM old.source_image s WHERE s.file IN (SELECT file FROM stage.reuse);
INSERT OR IGNORE INTO stage.dept SELECT d.insee, coalesce(d.name, ''), coalesce(d.region_insee, ''), coalesce(d.region_name, '')
  FROM old.department d WHERE d.insee IN (SELECT department FROM stage.item);
INSERT INTO stage.route SELECT r.tmp, o.means, o.difficulty, o.length_m, o.duration_min, o.loop, o.path
  FROM stage.reuse r JOIN old.route o ON o.item_id = r.old_id;
INSERT INTO stage.route_difficulty SELECT r.tmp, d.lang, d.label FROM stage.reuse r JOIN old.route_difficulty d ON d.route_id = r.old_id;
INSERT INTO stage.route_step SELECT r.tmp, s.position, s.ref, s.lat, s.lon FROM stage.reuse r JOIN old.route_step s ON s.route_id = r.old_id;
INSERT INTO stage.route_step_name SELECT r.tmp, n.position, n.lang, n.name
  FROM stage.reuse r JOIN old.route_step_name n ON n.route_id = r.old_id;
)";

// Stage -> pack, with the ids of stage.idmap and stage.media_map (stable ids, pack_writer.h).
// Child rows are numbered per item (item id * 2^20 + rank, see schema.sql; the rank is the
// stage's seq: rows in staging order, contacts and prices by position) so that a delta
// between two versions only touches the rows of the items that changed. A picture's title
// and credits come from its first use (item id, position).
// kItemsSql writes the staged items' own rows; the global tables follow in kFinalSql (a pack
// written from scratch) or kInPlaceSql (the previous pack's copy, updated).
constexpr const char* kItemsSql = R"(
INSERT INTO item (id, source_id, kind, lat, lon, street, postal_code, town, city_insee, department, updated_at)
  SELECT m.id, s.source_id, s.kind, s.lat, s.lon, s.street, s.postal_code, s.town, s.city_insee, s.department, s.updated_at
  FROM stage.item s JOIN stage.idmap m USING (tmp) ORDER BY m.id;
INSERT INTO item_text SELECT m.id, t.field, t.lang, t.value FROM stage.text t JOIN stage.idmap m USING (tmp)
  ORDER BY m.id, t.field, t.lang;
INSERT INTO item_category SELECT DISTINCT m.id, c.category_id FROM stage.cat c JOIN stage.idmap m USING (tmp) ORDER BY 1, 2;
INSERT INTO item_fact SELECT DISTINCT m.id, f.key, f.value FROM stage.fact f JOIN stage.idmap m USING (tmp) ORDER BY 1, 2, 3;
INSERT INTO event_period (id, item_id, start_date, end_date, start_time, end_time, weekdays)
  SELECT m.id * 1048576 + p.seq, m.id, p.start_date, p.end_date, p.start_time, p.end_time, p.weekdays FROM stage.period p JOIN stage.idmap m USING (tmp)
  ORDER BY m.id, p.rowid;
INSERT INTO schedule_note (item_id, note, lang, value, valid_from, valid_through)
  SELECT m.id, n.note, n.lang, n.value, n.valid_from, n.valid_through FROM stage.note n JOIN stage.idmap m USING (tmp)
  ORDER BY m.id, n.note, n.lang;
INSERT INTO opening_hours (id, item_id, day_of_week, opens, closes, valid_from, valid_through)
  SELECT m.id * 1048576 + h.seq, m.id, h.day_of_week, h.opens, h.closes, h.valid_from, h.valid_through FROM stage.hours h JOIN stage.idmap m USING (tmp)
  ORDER BY m.id, h.rowid;
INSERT INTO contact (id, item_id, type, value, position)
  SELECT m.id * 1048576 + c.seq, m.id, c.type, c.value, c.position FROM stage.contact c JOIN stage.idmap m USING (tmp) ORDER BY m.id, c.position;
INSERT INTO price (id, item_id, min_price, max_price, currency, label_fr, position, policy, free)
  SELECT m.id * 1048576 + p.seq, m.id, p.min_price, p.max_price, p.currency, p.label_fr, p.position, p.policy, p.free
  FROM stage.price p JOIN stage.idmap m USING (tmp) ORDER BY m.id, p.position;
INSERT INTO price_text (price_id, lang, label, conditions)
  SELECT pr.id, t.lang, t.label, t.conditions FROM stage.price_text t JOIN stage.idmap m USING (tmp)
  JOIN price pr ON pr.item_id = m.id AND pr.position = t.position ORDER BY 1, 2;
INSERT INTO source_file (file, updated_at, item_id, fields)
  SELECT s.file, s.updated_at, m.id, i.fields FROM stage.source s LEFT JOIN stage.idmap m USING (tmp)
  LEFT JOIN stage.item i ON i.tmp = m.tmp ORDER BY s.file;
INSERT INTO source_image (file, locator, problem, rights_end)
  SELECT file, locator, problem, rights_end FROM stage.image_note ORDER BY file, locator;
INSERT INTO route (item_id, means, difficulty, length_m, duration_min, loop, path)
  SELECT m.id, r.means, r.difficulty, r.length_m, r.duration_min, r.loop, r.path FROM stage.route r JOIN stage.idmap m USING (tmp)
  ORDER BY m.id;
INSERT INTO route_difficulty (route_id, lang, label)
  SELECT m.id, d.lang, d.label FROM stage.route_difficulty d JOIN stage.idmap m USING (tmp) ORDER BY 1, 2;
INSERT INTO route_step (route_id, position, ref, lat, lon)
  SELECT m.id, s.position, s.ref, s.lat, s.lon FROM stage.route_step s JOIN stage.idmap m USING (tmp) ORDER BY 1, 2;
INSERT INTO route_step_name (route_id, position, lang, name)
  SELECT m.id, n.position, n.lang, n.name FROM stage.route_step_name n JOIN stage.idmap m USING (tmp) ORDER BY 1, 2, 3;
)";

// The staged pictures' uses, with their items' ids (before the media ids are chosen).
constexpr const char* kMediaUseSql = R"(
CREATE TABLE stage.media_use AS SELECT u.sha256, m.id AS item_id, u.position, u.title, u.credits, u.licence
  FROM stage.item_media u JOIN stage.idmap m USING (tmp);
)";

// Pictures staged in this build that the pack does not hold yet, and the staged uses. A
// picture the copy already holds takes its title and credits from a staged use that comes
// before all its other uses (item id, position), as in a build from scratch.
constexpr const char* kMediaSql = R"(
UPDATE media SET title = mm.title, credits = mm.credits, licence = mm.licence FROM stage.media_map mm
  WHERE media.sha256 = mm.sha256 AND NOT EXISTS (SELECT 1 FROM item_media im WHERE im.media_id = media.id AND
    (im.item_id < mm.first_item OR (im.item_id = mm.first_item AND im.position < mm.first_pos)));
INSERT INTO media (id, sha256, mime, width, height, bytes, title, credits, licence)
  SELECT mm.id, mm.sha256, sm.mime, sm.width, sm.height, sm.bytes, mm.title, mm.credits, mm.licence
  FROM stage.media_map mm JOIN stage.media sm USING (sha256) WHERE mm.sha256 NOT IN (SELECT sha256 FROM media) ORDER BY mm.id;
INSERT INTO thumbnail (media_id, width, height, bytes)
  SELECT mm.id, sm.thumb_width, sm.thumb_height, sm.thumb FROM stage.media_map mm JOIN stage.media sm USING (sha256)
  WHERE sm.thumb IS NOT NULL AND mm.id NOT IN (SELECT media_id FROM thumbnail) ORDER BY mm.id;
INSERT INTO media_focus (media_id, x, y)
  SELECT mm.id, sm.focus_x, sm.focus_y FROM stage.media_map mm JOIN stage.media sm USING (sha256)
  WHERE sm.focus_x IS NOT NULL AND sm.focus_y IS NOT NULL AND mm.id NOT IN (SELECT media_id FROM media_focus) ORDER BY mm.id;
INSERT INTO item_media (item_id, position, media_id)
  SELECT u.item_id, u.position, mm.id FROM stage.media_use u JOIN stage.media_map mm USING (sha256) ORDER BY 1, 2;
)";

// The global tables of a pack written from scratch. Two objects with one @id: the one whose
// file sorts first won (stage.idmap).
constexpr const char* kFinalSql = R"(
INSERT INTO category SELECT DISTINCT c.category_id FROM stage.cat c JOIN stage.idmap m USING (tmp) ORDER BY 1;
INSERT INTO category_label SELECT category_id, lang, min(label) FROM stage.cat_label
  WHERE category_id IN (SELECT id FROM category) GROUP BY category_id, lang ORDER BY category_id, lang;
INSERT INTO thesaurus_label SELECT id, lang, min(label) FROM stage.fact_label
  WHERE id IN (SELECT value FROM item_fact) GROUP BY id, lang ORDER BY id, lang;
INSERT INTO department (insee, name, region_insee, region_name)
  SELECT insee, nullif(name, ''), nullif(region_insee, ''), nullif(region_name, '') FROM
    (SELECT *, row_number() OVER (PARTITION BY insee ORDER BY name = '', name, region_insee, region_name) AS rn FROM stage.dept)
  WHERE rn = 1 AND insee IN (SELECT department FROM item) ORDER BY insee;
)";

// The rows of the items in stage.gone (changed, removed or merged away), in the previous
// pack's copy. Price rows are found by their id range (item id * 2^20 + n): the table has no
// index on item_id.
constexpr const char* kDeleteGoneSql = R"(
DELETE FROM item_text WHERE item_id IN (SELECT id FROM stage.gone);
DELETE FROM item_category WHERE item_id IN (SELECT id FROM stage.gone);
DELETE FROM item_fact WHERE item_id IN (SELECT id FROM stage.gone);
DELETE FROM event_period WHERE item_id IN (SELECT id FROM stage.gone);
DELETE FROM schedule_note WHERE item_id IN (SELECT id FROM stage.gone);
DELETE FROM opening_hours WHERE item_id IN (SELECT id FROM stage.gone);
DELETE FROM contact WHERE item_id IN (SELECT id FROM stage.gone);
CREATE TABLE stage.gone_price AS
  SELECT p.id FROM stage.gone g JOIN price p ON p.id BETWEEN g.id * 1048576 AND g.id * 1048576 + 1048575;
DELETE FROM price_text WHERE price_id IN (SELECT id FROM stage.gone_price);
DELETE FROM price WHERE id IN (SELECT id FROM stage.gone_price);
DELETE FROM item_media WHERE item_id IN (SELECT id FROM stage.gone);
DELETE FROM route_step_name WHERE route_id IN (SELECT id FROM stage.gone);
DELETE FROM route_step WHERE route_id IN (SELECT id FROM stage.gone);
DELETE FROM route_difficulty WHERE route_id IN (SELECT id FROM stage.gone);
DELETE FROM route WHERE item_id IN (SELECT id FROM stage.gone);
DELETE FROM item WHERE id IN (SELECT id FROM stage.gone);
DELETE FROM source_file WHERE file NOT IN (SELECT file FROM stage.kept);
DELETE FROM source_image WHERE file NOT IN (SELECT file FROM stage.kept);
)";

// The global tables of the previous pack's copy, after kItemsSql and kMediaSql: what the
// staged items bring, less what no item uses any more. Labels keep the smallest text, as a
// full build does.
constexpr const char* kInPlaceSql = R"(
INSERT OR IGNORE INTO category SELECT DISTINCT c.category_id FROM stage.cat c JOIN stage.idmap m USING (tmp);
DELETE FROM category WHERE id NOT IN (SELECT category_id FROM item_category);
INSERT INTO category_label SELECT category_id, lang, min(label) FROM stage.cat_label
  WHERE category_id IN (SELECT id FROM category) GROUP BY category_id, lang
  ON CONFLICT (category_id, lang) DO UPDATE SET label = min(label, excluded.label);
DELETE FROM category_label WHERE category_id NOT IN (SELECT id FROM category);
INSERT INTO thesaurus_label SELECT id, lang, min(label) FROM stage.fact_label
  WHERE id IN (SELECT value FROM item_fact) GROUP BY id, lang
  ON CONFLICT (id, lang) DO UPDATE SET label = min(label, excluded.label);
DELETE FROM thesaurus_label WHERE id NOT IN (SELECT value FROM item_fact);
INSERT OR IGNORE INTO department (insee, name, region_insee, region_name)
  SELECT insee, nullif(name, ''), nullif(region_insee, ''), nullif(region_name, '') FROM
    (SELECT *, row_number() OVER (PARTITION BY insee ORDER BY name = '', name, region_insee, region_name) AS rn FROM stage.dept)
  WHERE rn = 1 AND insee IN (SELECT department FROM item);
DELETE FROM department WHERE insee NOT IN (SELECT department FROM item WHERE department IS NOT NULL);
DELETE FROM media WHERE id NOT IN (SELECT media_id FROM item_media);
DELETE FROM thumbnail WHERE media_id NOT IN (SELECT id FROM media);
DELETE FROM media_focus WHERE media_id NOT IN (SELECT id FROM media);
)";


// SQLite URI for a path: '?', '#' and '%' would otherwise be read as URI syntax.
std::string file_uri(const std::string& path, const char* params) {
    std::string uri = "file:";
    for (char c : std::filesystem::absolute(path).string()) {
        if (c == '?' || c == '#' || c == '%') {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
            uri += buf;
        } else {
            uri += c;
        }
    }
    return uri + params;
}

std::string query_text(sqlite3* db, const char* sql) {
    Stmt st(db, sql);
    return st.step() ? st.text(0) : std::string();
}

std::string department_of(const ExportItem& it) {
    if (!it.department_insee.empty()) return it.department_insee;
    const std::string& pc = it.postal_code;
    if (pc.size() == 5 && std::all_of(pc.begin(), pc.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return pc.compare(0, 2, "97") == 0 ? pc.substr(0, 3) : pc.substr(0, 2);
    return {};
}

// Creates the pack (with the stage attached), or, for an incremental build, opens the copy of
// the previous pack that the build updates in place.
class Writer {
public:
    Writer(const std::string& path, bool fresh) {
        if (fresh) std::filesystem::remove(path);
        try {
            db_ = Db(path, SQLITE_OPEN_READWRITE | (fresh ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                     ErrorKind::IoError);
        } catch (const SqlError& e) {
            throw BuildError("cannot create pack " + path + ": " + e.message());
        }
        // A pack is written once and copied whole: no journal needed, and a crash leaves only
        // the .tmp file, which the next build removes. The old pack we may attach is input
        // like any other, so its schema is not trusted either. Pages are read through mmap:
        // the fidelity count and the final copy look up rows all over a file larger than the
        // page cache, and a read() per page was most of their time at 30,000 objects.
        // 16 KB pages (issue 16): in a WITHOUT ROWID table (item_text) a row keeps at most
        // about a quarter of a page in place and gives the rest an overflow page of its own.
        // With 4 KB pages every long description over ~1,000 bytes wasted most of a page:
        // 180 MB for the bench's 19,500 items, 112 MB with 16 KB pages (up to ~4,000 in place).
        exec(db_, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=16384; PRAGMA trusted_schema=OFF;"
                  " PRAGMA cache_size=-32768; PRAGMA temp_store=FILE; PRAGMA mmap_size=1073741824;");
        if (fresh) exec(db_, kSchemaSql);
        // The stage is an anonymous temporary database: SQLite keeps it in its page cache and
        // spills to a deleted temp file, so memory stays bounded whatever the flux size.
        exec(db_, "ATTACH '' AS stage; PRAGMA stage.journal_mode=OFF; PRAGMA stage.synchronous=OFF;"
                  " PRAGMA stage.cache_size=-65536;");
        exec(db_, kStageSql);
    }
    sqlite3* db() const { return db_; }
    void close() { db_ = Db(); }

private:
    Db db_;
};

// A stage INSERT, run about 600,000 times in a build of 30,000 objects, all on the writer
// thread. Stmt copies every text it binds (SQLITE_TRANSIENT: a malloc, a copy and, with SQLite's
// memory statistics, a global mutex each) and clears every binding after each row. Here a value
// is bound in place (SQLITE_STATIC): it must live until run(), which steps and resets at once,
// so temporaries are refused at compile time; and every use binds every parameter, so bindings
// are not cleared.
class StageStmt {
public:
    StageStmt(sqlite3* db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st_, nullptr) != SQLITE_OK)
            throw SqlError(std::string("SQL prepare failed: ") + sqlite3_errmsg(db));
    }
    ~StageStmt() { sqlite3_finalize(st_); }
    StageStmt(const StageStmt&) = delete;
    StageStmt& operator=(const StageStmt&) = delete;

    StageStmt& bind(int i, std::int64_t v) { return check(sqlite3_bind_int64(st_, i, v)); }
    StageStmt& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
    StageStmt& bind(int i, double v) { return check(sqlite3_bind_double(st_, i, v)); }
    StageStmt& bind(int i, const std::string& v) { return text(i, v.data(), v.size()); }
    StageStmt& bind(int i, const char* v) { return text(i, v, std::strlen(v)); }
    StageStmt& bind(int i, const std::string&&) = delete;  // would be gone before run()
    StageStmt& bind_blob(int i, const std::string& v) {
        return check(sqlite3_bind_blob64(st_, i, v.data(), v.size(), SQLITE_STATIC));
    }
    StageStmt& bind_blob(int i, const std::string&&) = delete;
    StageStmt& bind_null(int i) { return check(sqlite3_bind_null(st_, i)); }
    // NULL for an empty string, as Stmt::bind_opt.
    StageStmt& bind_opt(int i, const std::string& v) { return v.empty() ? bind_null(i) : bind(i, v); }
    StageStmt& bind_opt(int i, const std::string&&) = delete;
    void run() {
        const int rc = sqlite3_step(st_);
        sqlite3_reset(st_);
        if (rc != SQLITE_DONE) throw SqlError(std::string("SQL step failed: ") + sqlite3_errmsg(db_));
    }

private:
    StageStmt& text(int i, const char* p, std::size_t n) {
        return check(sqlite3_bind_text64(st_, i, p, n, SQLITE_STATIC, SQLITE_UTF8));
    }
    StageStmt& check(int rc) {
        if (rc != SQLITE_OK) throw SqlError(std::string("SQL bind failed: ") + sqlite3_errmsg(db_));
        return *this;
    }
    sqlite3* db_;
    sqlite3_stmt* st_ = nullptr;
};

struct StageStatements {
    explicit StageStatements(sqlite3* db)
        : item(db, "INSERT INTO stage.item (tmp, file, source_id, kind, lat, lon, street, postal_code, town, city_insee,"
                   " department, updated_at, fields, pack_fields) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                   " ?13, ?14)"),
          text(db, "INSERT INTO stage.text VALUES (?1, ?2, ?3, ?4)"),
          cat(db, "INSERT INTO stage.cat VALUES (?1, ?2)"),
          cat_label(db, "INSERT OR IGNORE INTO stage.cat_label VALUES (?1, ?2, ?3)"),
          period(db, "INSERT INTO stage.period VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
          note(db, "INSERT INTO stage.note VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          hours(db, "INSERT INTO stage.hours VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
          contact(db, "INSERT INTO stage.contact VALUES (?1, ?2, ?3, ?4, ?5)"),
          fact(db, "INSERT INTO stage.fact VALUES (?1, ?2, ?3)"),
          fact_label(db, "INSERT OR IGNORE INTO stage.fact_label VALUES (?1, ?2, ?3)"),
          price(db, "INSERT INTO stage.price VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
          price_text(db, "INSERT INTO stage.price_text VALUES (?1, ?2, ?3, ?4, ?5)"),
          item_media(db, "INSERT INTO stage.item_media VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          media(db, "INSERT INTO stage.media VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
          source(db, "INSERT OR IGNORE INTO stage.source VALUES (?1, ?2, ?3)"),
          kept(db, "INSERT OR IGNORE INTO stage.kept VALUES (?1, ?2)"),
          image_note(db, "INSERT OR IGNORE INTO stage.image_note VALUES (?1, ?2, ?3, ?4)"),
          dept(db, "INSERT OR IGNORE INTO stage.dept VALUES (?1, ?2, ?3, ?4)"),
          route(db, "INSERT INTO stage.route VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
          route_difficulty(db, "INSERT INTO stage.route_difficulty VALUES (?1, ?2, ?3)"),
          route_step(db, "INSERT INTO stage.route_step VALUES (?1, ?2, ?3, ?4, ?5)"),
          route_step_name(db, "INSERT INTO stage.route_step_name VALUES (?1, ?2, ?3, ?4)") {}
    StageStmt item, text, cat, cat_label, period, note, hours, contact, fact, fact_label, price, price_text, item_media, media,
        source, kept, image_note, dept, route, route_difficulty, route_step, route_step_name;
};

// One parsed object waiting for its pictures.
struct Pending {
    ExportItem item;
    std::string updated_at;  // the index's lastUpdateDatatourisme, else the object's
    std::int64_t tmp = 0;
};

// Why a remote picture was not shipped (a key of kImageReasons), from its fetch result.
const char* fetch_reason(const FetchResult* r) {
    if (r && r->skipped == FetchSkip::kHostGivenUp) return "skipped_host_unreachable";
    if (r && r->skipped == FetchSkip::kRecentFailure) return "skipped_recent_failure";
    switch (r ? r->failure : FetchFailure::kTransfer) {
    case FetchFailure::kUnreachable: return "host_unreachable";
    case FetchFailure::kHttpClient:
    case FetchFailure::kHttpServer: return "http_error";
    case FetchFailure::kTransfer: return "transfer_error";
    default: return "invalid";
    }
}

// The build record's problem for a reason (source_image.problem in schema.sql): the kind of
// failure, whether it happened now or was remembered, so the pack does not depend on the cache.
const char* record_problem(const char* reason, const FetchResult* r) {
    const std::string_view k(reason);
    if (k == "host_unreachable" || k == "skipped_host_unreachable") return "unreachable";
    if (k == "skipped_recent_failure") {
        FetchResult as_tried;
        as_tried.failure = r ? r->failure : FetchFailure::kTransfer;
        return record_problem(fetch_reason(&as_tried), nullptr);
    }
    return reason;  // http_error, transfer_error, invalid, not_found, not_fetched, rights_expired
}

class Builder {
public:
    Builder(const ExportSource& src, const BuildOptions& opt, BuildReport& rep, sqlite3* db)
        : src_(src), opt_(opt), rep_(rep), st_(db), build_date_(rep.build_time.substr(0, 10)) {
        if (opt.fetch_images) {
            FetchOptions fo;
            fo.cache_dir = opt.image_cache;
            fo.parallel = opt.image_parallel;
            fo.total_timeout_s = opt.image_timeout_s;
            fo.connect_timeout_s = opt.image_connect_timeout_s;
            fo.now = opt.image_clock;
            fetcher_ = std::make_unique<ImageFetcher>(fo);
        }
    }

    // The hosts given up, into the report, with one warning each (their skipped pictures get
    // none of their own: one line per host says it better than thousands).
    void report_hosts() {
        if (!fetcher_) return;
        for (const GivenUpHost& h : fetcher_->hosts_given_up()) {
            rep_.image_hosts_given_up.push_back({h.host, h.reason, h.from_cache, h.retry_after, h.skipped});
            std::string msg = "picture host " + h.host + " unreachable" + (h.from_cache ? " in an earlier build" : "") +
                              " (" + h.reason + ")";
            if (h.skipped)
                msg += "; " + std::to_string(h.skipped) + (h.from_cache ? "" : " more") + " picture(s) from it not requested";
            msg += h.retry_after.empty() ? "; asked again by the next build" : "; asked again after " + h.retry_after;
            rep_.warnings.push_back({"", "hasMainRepresentation", msg});
        }
    }

    void add_parsed(const IndexEntry& entry, ExportItem&& it) {
        rep_.text_repairs += it.text_repairs;
        const TextRepairs& tr = it.text_repairs;
        for (auto [what, n] : {std::pair<const char*, std::size_t>{"html", tr.html}, {"entities", tr.entities},
                               {"mojibake", tr.mojibake}})
            if (n) rep_.repairs.push_back({it.file, it.source_id, what, n});
        const std::string updated = !entry.last_update.empty() ? entry.last_update : it.last_update;
        ClassCount& cc = rep_.per_class[it.kind_class];
        cc.kind = it.kind;
        if (it.kind.empty()) {
            ++rep_.skipped_not_for_kiosk;
            ++cc.dropped;
            cc.reason = it.kind_reason;
            record_source(entry.file, updated, 0);
            return;
        }
        if (!opt_.select.wants_kind(it.kind)) {
            ++rep_.skipped_by_selection;
            ++cc.dropped;
            cc.reason = it.kind_reason + ", not asked for (--kind " + it.kind + ")";
            record_source(entry.file, updated, 0);
            return;
        }
        if (!opt_.select.accepts(it)) {
            ++rep_.skipped_by_selection;
            ++cc.dropped;
            cc.reason = "outside the selection";
            record_source(entry.file, updated, 0);
            return;
        }
        ++cc.kept;
        const std::int64_t tmp = ++next_tmp_;
        record_source(entry.file, updated, tmp);
        pending_.push_back(Pending{std::move(it), updated, tmp});
        if (pending_.size() >= kBatch) flush();
    }

    // An object unchanged since --previous: its rows stay as they are in the previous pack
    // (stage.kept; kKeptToReuseSql copies them when the pack is written from scratch).
    void add_kept(const IndexEntry& entry, bool has_item) {
        if (!has_item) ++rep_.skipped_not_for_kiosk;
        st_.kept.bind(1, entry.file).bind_opt(2, entry.last_update).run();
    }

    std::int64_t next_tmp() const { return next_tmp_ + 1; }

    // Writes the batch: pictures first (the part a fetcher can do in parallel), then rows.
    void flush() {
        if (fetcher_) {
            std::vector<std::string> urls;
            for (const Pending& p : pending_)
                for (const ImageRef& r : p.item.images)
                    if (is_remote_locator(r.locator) && !rights_expired(r)) urls.push_back(r.locator);
            if (!urls.empty()) {
                fetched_ = fetcher_->fetch(urls);
                const FetchStats& fs = fetcher_->stats();
                rep_.images_fetched = fs.fetched;
                rep_.images_cached = fs.cached + fs.not_modified;
            }
        }
        for (Pending& p : pending_) stage_item(p);
        pending_.clear();
        fetched_.clear();  // only one batch of downloaded pictures is ever held
    }

private:
    void record_source(const std::string& file, const std::string& updated, std::int64_t tmp) {
        st_.source.bind(1, file).bind_opt(2, updated);
        if (tmp) st_.source.bind(3, tmp); else st_.source.bind_null(3);
        st_.source.run();
    }

    void stage_item(const Pending& p) {
        const ExportItem& it = p.item;
        const std::int64_t tmp = p.tmp;
        // The Field bits this item's rows give the pack, as kFidelityExists would find them.
        unsigned pack_fields = 0;
        auto has = [&pack_fields](Field f) { pack_fields |= field_bit(f); };
        if (it.has_geo) has(Field::Geo);
        if (!it.street.empty() || !it.postal_code.empty() || !it.town.empty()) has(Field::Address);
        if (!it.department_insee.empty())
            st_.dept.bind(1, it.department_insee).bind(2, it.department_name).bind(3, it.region_insee)
                .bind(4, it.region_name).run();

        auto texts = [&](const char* field, const LangMap& m, Field f) {
            for (const auto& [lang, value] : m)
                if (!value.empty()) {
                    st_.text.bind(1, tmp).bind(2, field).bind(3, lang).bind(4, value).run();
                    has(f);
                }
        };
        texts("title", it.title, Field::Title);
        texts("short", it.short_desc, Field::Short);
        texts("long", it.long_desc, Field::Long);
        texts("hours", it.hours_text, Field::HoursText);

        for (const auto* cats : {&it.themes, &it.type_categories}) {
            for (const Category& c : *cats) {
                if (c.id.empty()) continue;
                has(Field::Themes);
                st_.cat.bind(1, tmp).bind(2, c.id).run();
                for (const auto& [lang, label] : c.label) st_.cat_label.bind(1, c.id).bind(2, lang).bind(3, label).run();
            }
        }
        stage_practical(tmp, it.practical);
        if (it.kind == "route" && !it.route.empty()) stage_route(tmp, it.route);
        int seq = 0;
        for (const Period& pr : it.periods) {
            st_.period.bind(1, tmp).bind(2, pr.start_date).bind(3, pr.end_date.empty() ? pr.start_date : pr.end_date)
                .bind_opt(4, pr.start_time).bind_opt(5, pr.end_time).bind(6, pr.weekdays & 0x7F).bind(7, ++seq).run();
            has(Field::Dates);
        }
        int note_no = 0;
        for (const ScheduleNote& n : it.notes) {
            ++note_no;
            for (const auto& [lang, value] : n.text)
                if (!value.empty())
                    st_.note.bind(1, tmp).bind(2, note_no).bind(3, lang).bind(4, value).bind_opt(5, n.valid_from)
                        .bind_opt(6, n.valid_through).run();
        }
        seq = 0;
        for (const OpeningRule& h : it.hours) {
            if (h.day_of_week < 1 || h.day_of_week > 8) continue;  // 8 = public holidays
            st_.hours.bind(1, tmp).bind(2, h.day_of_week).bind_opt(3, h.opens).bind_opt(4, h.closes)
                .bind_opt(5, h.valid_from).bind_opt(6, h.valid_through).bind(7, ++seq).run();
            has(Field::Hours);
        }
        int pos = 0;
        for (const Contact& c : it.contacts) {
            st_.contact.bind(1, tmp).bind(2, c.type).bind(3, c.value).bind(4, pos).bind(5, pos + 1).run();
            ++pos;
            has(Field::Contact);
        }
        pos = 0;
        for (const Price& pr : it.prices) {
            has(Field::Prices);
            st_.price.bind(1, tmp);
            if (pr.min >= 0) st_.price.bind(2, pr.min); else st_.price.bind_null(2);
            if (pr.max >= 0) st_.price.bind(3, pr.max); else st_.price.bind_null(3);
            static const std::string none;
            auto fr = pr.label.find("fr");
            st_.price.bind_opt(4, pr.currency).bind_opt(5, fr == pr.label.end() ? none : fr->second).bind(6, pos);
            st_.price.bind_opt(7, pr.policy).bind(8, pr.free ? 1 : 0).bind(9, pos + 1).run();
            std::set<std::string> langs;
            for (const auto& kv : pr.label) langs.insert(kv.first);
            for (const auto& kv : pr.conditions) langs.insert(kv.first);
            for (const std::string& lang : langs) {
                auto l = pr.label.find(lang);
                auto c = pr.conditions.find(lang);
                st_.price_text.bind(1, tmp).bind(2, pos).bind(3, lang)
                    .bind_opt(4, l == pr.label.end() ? none : l->second)
                    .bind_opt(5, c == pr.conditions.end() ? none : c->second).run();
            }
            ++pos;
        }

        pos = 0;
        for (const ImageRef& ref : it.images) {
            if (rights_expired(ref)) {
                not_shipped(it.file, ref, "rights_expired", nullptr,
                            "picture rights ended " + ref.rights_end + ", before the build time; not shipped: " +
                                ref.locator);
                continue;
            }
            std::string bytes, why, note;
            bool loaded = false;
            const FetchResult* fetched = nullptr;
            const char* reason = nullptr;
            if (fetcher_ && is_remote_locator(ref.locator)) {
                loaded = take_fetched(fetched_, ref.locator, bytes, why, note);
                auto f = fetched_.find(ref.locator);
                fetched = f == fetched_.end() ? nullptr : &f->second;
                if (!loaded) reason = fetch_reason(fetched);
            } else {
                loaded = load_image(src_, ref.locator, bytes, why);
                if (!loaded) reason = is_remote_locator(ref.locator) ? "not_fetched" : "not_found";
            }
            if (!note.empty()) rep_.warnings.push_back({it.file, "hasMainRepresentation", note});
            if (!loaded) {
                // A host given up is warned about once, in report_hosts(), not once per picture.
                const bool host_skip = fetched && fetched->skipped != FetchSkip::kNone &&
                                       fetched->failure == FetchFailure::kUnreachable;
                not_shipped(it.file, ref, reason, fetched, host_skip ? std::string() : why);
                continue;
            }
            const std::string key = content_key(bytes);
            if (!staged_media_.count(key)) {
                PreparedImage img;
                if (!prepare_image(bytes, img, why)) {
                    not_shipped(it.file, ref, "invalid", nullptr, why + ": " + ref.locator);
                    continue;
                }
                st_.media.bind(1, key).bind(2, img.info.mime).bind(3, img.info.width).bind(4, img.info.height)
                    .bind_blob(5, img.bytes).bind(6, img.thumb_width).bind(7, img.thumb_height)
                    .bind_blob(8, img.thumb_jpeg).bind(9, img.focus.x).bind(10, img.focus.y).run();
                staged_media_.insert(key);
            }
            st_.item_media.bind(1, tmp).bind(2, pos++).bind(3, key).bind_opt(4, ref.title).bind_opt(5, ref.credits)
                .bind_opt(6, ref.licence).run();
            has(Field::Pictures);
            // Shipped until its rights end: the next --previous build must look at it again.
            if (!ref.rights_end.empty()) record_image(it.file, ref, nullptr);
        }

        // Last, once its pictures are known: nothing reads the stage before the stream ends.
        StageStmt& ins = st_.item;
        ins.bind(1, tmp).bind(2, it.file).bind(3, it.source_id).bind(4, it.kind);
        if (it.has_geo) ins.bind(5, it.lat).bind(6, it.lon); else ins.bind_null(5).bind_null(6);
        ins.bind_opt(7, it.street).bind_opt(8, it.postal_code).bind_opt(9, it.town).bind_opt(10, it.city_insee)
            .bind_opt(11, it.department_insee).bind_opt(12, p.updated_at).bind(13, static_cast<std::int64_t>(it.export_fields))
            .bind(14, static_cast<std::int64_t>(pack_fields));
        ins.run();
    }

    // The item_fact rows of one item (schema.sql documents the keys).
    void stage_practical(std::int64_t tmp, const Practical& p) {
        auto fact = [&](const char* key, const std::string& value) {
            if (!value.empty()) st_.fact.bind(1, tmp).bind(2, key).bind(3, value).run();
        };
        if (p.wheelchair) fact("wheelchair", *p.wheelchair ? "yes" : "no");
        if (p.pets) fact("pets", *p.pets ? "yes" : "no");
        auto values = [&](const char* key, const std::vector<Category>& list) {
            for (const Category& c : list) {
                fact(key, c.id);
                for (const auto& [lang, label] : c.label)
                    st_.fact_label.bind(1, c.id).bind(2, lang).bind(3, label).run();
            }
        };
        values("amenity", p.amenities);
        values("label", p.labels);
        values("payment", p.payment);
        values("audience", p.audience);
        for (const std::string& code : p.languages) fact("language", code);
        for (const Contact& c : p.booking) fact(("booking_" + c.type).c_str(), c.value);
    }

    // The route rows of one route item (schema.sql, v4). Steps are numbered 1, 2... in the
    // export's order; which item a step is gets decided when the pack is read.
    void stage_route(std::int64_t tmp, const RouteFacts& r) {
        StageStmt& ins = st_.route;
        ins.bind(1, tmp).bind_opt(2, r.means).bind_opt(3, r.difficulty);
        if (r.length_m > 0) ins.bind(4, r.length_m); else ins.bind_null(4);
        if (r.duration_min > 0) ins.bind(5, r.duration_min); else ins.bind_null(5);
        ins.bind(6, r.loop ? 1 : 0);
        std::string path;  // bound in place: lives until run()
        if (r.path.size() >= 2) {
            std::vector<GeoPoint> points;
            points.reserve(r.path.size());
            for (const auto& [lat, lon] : r.path) points.push_back({lat, lon});
            path = encode_path(points);
            ins.bind_blob(7, path);
        } else {
            ins.bind_null(7);
        }
        ins.run();
        for (const auto& [lang, label] : r.difficulty_label)
            if (!label.empty()) st_.route_difficulty.bind(1, tmp).bind(2, lang).bind(3, label).run();
        int pos = 0;
        for (const RouteStepRef& step : r.steps) {
            ++pos;
            st_.route_step.bind(1, tmp).bind(2, pos).bind_opt(3, step.ref);
            if (step.has_geo) st_.route_step.bind(4, step.lat).bind(5, step.lon);
            else st_.route_step.bind_null(4).bind_null(5);
            st_.route_step.run();
            for (const auto& [lang, name] : step.name)
                if (!name.empty()) st_.route_step_name.bind(1, tmp).bind(2, pos).bind(3, lang).bind(4, name).run();
        }
    }

    // Rights end dates are inclusive: a picture is still shown on its last day.
    bool rights_expired(const ImageRef& r) const { return !r.rights_end.empty() && r.rights_end < build_date_; }

    void record_image(const std::string& file, const ImageRef& ref, const char* problem) {
        st_.image_note.bind(1, file).bind(2, ref.locator);
        if (problem) st_.image_note.bind(3, problem); else st_.image_note.bind_null(3);
        st_.image_note.bind_opt(4, ref.rights_end).run();
    }

    // Counts a picture left out under `reason` (kImageReasons), records it for the next build
    // and warns with `why` (unless empty).
    void not_shipped(const std::string& file, const ImageRef& ref, const char* reason, const FetchResult* fetched,
                     const std::string& why) {
        ++rep_.images_not_shipped[reason];
        if (std::string_view(reason) != "rights_expired") ++rep_.images_failed;
        record_image(file, ref, record_problem(reason, fetched));
        if (!why.empty()) rep_.warnings.push_back({file, "hasMainRepresentation", why});
    }

    const ExportSource& src_;
    const BuildOptions& opt_;
    BuildReport& rep_;
    StageStatements st_;
    std::vector<Pending> pending_;
    std::unique_ptr<ImageFetcher> fetcher_;       // null with --no-images
    std::map<std::string, FetchResult> fetched_;  // remote pictures of the current batch only
    std::unordered_set<std::string> staged_media_;  // sha256 of pictures already in the stage
    std::int64_t next_tmp_ = 0;
    std::string build_date_;  // "YYYY-MM-DD" of the build time, for rights end dates
};

// What a previous pack knows about each object file: its lastUpdate and item id (0 when the
// object was left out of that pack: not for the kiosk, or outside the selection).
struct PreviousFile {
    std::string updated_at;
    std::int64_t item_id = 0;
    bool recheck = false;  // a picture to retry, or whose rights have ended: parse it again
};

// Checks --previous (it is input: a regular file, then the reader's full checks) and says why
// it cannot be reused ("" = it can: same format, generator and selection).
std::string previous_refusal(const BuildOptions& opt) {
    // A regular file first (a FIFO would hang SQLite's open), then the reader's checks
    // (application id, version) without quick_check: it would read the whole file, most of an
    // incremental build's time. A damaged page still fails the build when a query reaches it,
    // and the pack's own checks (kiosk-pack verify, the kiosk's install) read every page.
    try {
        check_regular_file(opt.previous, UINT64_MAX);
    } catch (const Error& e) {
        throw PreviousPackError("previous pack " + opt.previous + ": " + e.message());
    }
    try {
        kiosk::Pack::open(opt.previous, false);
    } catch (const std::exception& e) {
        throw PreviousPackError("previous pack " + opt.previous + ": " + e.what());
    }
    Db db(file_uri(opt.previous, "?mode=ro"), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    exec(db, "PRAGMA trusted_schema=OFF");
    auto meta = [&](const char* key) {
        Stmt st(db, "SELECT value FROM meta WHERE key = ?1");
        st.bind(1, key);
        return st.step() ? st.text(0) : std::string();
    };
    const std::string old_version = query_text(db, "PRAGMA user_version");
    if (old_version != std::to_string(kSchemaVersion))
        return "of format v" + old_version + " (rows of this format's new tables would be missing)";
    if (meta("generator") != kGenerator)
        return "made by " + (meta("generator").empty() ? std::string("an unknown tool") : meta("generator"));
    if (meta("selection") != opt.select.describe()) return "made with another selection (" + meta("selection") + ")";
    return {};
}

// Attaches the usable previous pack as "old" and reads its build record.
std::unordered_map<std::string, PreviousFile> attach_previous(sqlite3* db, const BuildOptions& opt, BuildReport& rep) {
    std::unordered_map<std::string, PreviousFile> files;
    // Bound, not spliced into the SQL: a quote in the path must not end a literal.
    Stmt at(db, "ATTACH ?1 AS old");
    at.bind(1, file_uri(opt.previous, "?mode=ro"));
    at.step();
    Stmt st(db, "SELECT file, updated_at, item_id FROM old.source_file");
    while (st.step()) files[st.text(0)] = PreviousFile{st.text(1), st.null(2) ? 0 : st.i64(2)};
    rep.incremental = true;
    return files;
}

// Unchanged objects of the previous pack that must still be parsed again: one of their
// pictures was not shipped for a reason that may have gone (a server down, a 404 since fixed,
// --no-images), or was shipped with rights that end before this build. A picture left out for
// expired rights stays out until its object changes, so it does not make the object a recheck.
void mark_rechecks(sqlite3* db, const std::string& build_time, std::unordered_map<std::string, PreviousFile>& files) {
    Stmt st(db, "SELECT DISTINCT file FROM old.source_image"
                " WHERE (problem IS NOT NULL AND problem <> 'rights_expired') OR (problem IS NULL AND rights_end < ?1)");
    st.bind(1, build_time.substr(0, 10));
    while (st.step()) {
        auto it = files.find(st.text(0));
        if (it != files.end()) it->second.recheck = true;
    }
}

// The region's name and box: as kiosk-pack was told, else derived from the items just written.
struct RegionMeta {
    std::string name, bbox;
};

RegionMeta region_meta(sqlite3* db, const BuildOptions& opt) {
    RegionMeta r;
    r.name = opt.region;
    if (r.name.empty()) {
        auto counts = [db](const char* sql) {
            std::vector<NameCount> out;
            Stmt st(db, sql);
            while (st.step()) out.push_back({st.text(0), st.i64(1)});
            return out;
        };
        r.name = default_region_name(
            counts("SELECT d.region_name, count(*) FROM item i JOIN department d ON d.insee = i.department"
                   " WHERE d.region_name IS NOT NULL GROUP BY 1"),
            counts("SELECT d.name, count(*) FROM item i JOIN department d ON d.insee = i.department"
                   " WHERE d.name IS NOT NULL GROUP BY 1"),
            counts("SELECT town, count(*) FROM item WHERE town IS NOT NULL GROUP BY 1"));
    }
    GeoBox box;
    bool have_box = opt.has_region_box;
    if (have_box) {
        box = opt.region_box;
    } else {
        std::vector<LonLat> positions;
        Stmt st(db, "SELECT lon, lat FROM item WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY id");
        while (st.step()) positions.push_back({st.f64(0), st.f64(1)});
        have_box = default_region_box(positions, box);
    }
    if (have_box) r.bbox = format_bbox(box);
    return r;
}

}  // namespace

bool Selection::wants_kind(const std::string& kind) const {
    auto listed = [&](const std::string& k) { return std::find(kinds.begin(), kinds.end(), k) != kinds.end(); };
    if (kind.empty()) return false;
    if (kind == "eat" || kind == "sleep") return listed(kind);
    const bool restricted = std::any_of(kinds.begin(), kinds.end(), [](const std::string& k) { return k != "eat" && k != "sleep"; });
    return !restricted || listed(kind);
}

bool Selection::accepts(const ExportItem& item) const {
    if (!wants_kind(item.kind)) return false;
    if (!departments.empty()) {
        const std::string dep = department_of(item);
        if (std::find(departments.begin(), departments.end(), dep) == departments.end()) return false;
    }
    if (has_bbox) {
        if (!item.has_geo) return false;
        if (item.lat < minlat || item.lat > maxlat || item.lon < minlon || item.lon > maxlon) return false;
    }
    return true;
}

std::string Selection::describe() const {
    auto list = [](std::vector<std::string> v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        std::string s;
        for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
        return s;
    };
    std::string out;
    if (!departments.empty()) out += "department=" + list(departments);
    if (!kinds.empty()) out += std::string(out.empty() ? "" : ";") + "kind=" + list(kinds);
    if (has_bbox) {
        char buf[128];
        std::snprintf(buf, sizeof buf, "bbox=%.6f,%.6f,%.6f,%.6f", minlat, minlon, maxlat, maxlon);
        out += std::string(out.empty() ? "" : ";") + buf;
    }
    return out.empty() ? "all" : out;
}

// The same place exported twice (two producers, or a site listed by the town and by the
// museum): same kind, same French title once folded (case, accents, punctuation), less than
// kSamePlaceMetres apart. The most recently updated copy stays (its facts are the freshest),
// ties go to the smaller @id; the others leave the stage and the build record, so they are
// read and weighed again next build. Events and routes are never merged: the same name at
// the same place on other dates is another occurrence, not a copy.
constexpr double kSamePlaceMetres = 50;

void merge_same_places(sqlite3* db, BuildReport& rep, bool in_place) {
    struct Row {
        bool in_pack;      // an unchanged item of the previous pack's copy (in_place)
        std::int64_t key;  // its id, else the staged item's tmp
        double lat, lon;
        std::string updated, source_id, file, title;
    };
    std::map<std::pair<std::string, std::string>, std::vector<Row>> groups;
    // Cells of about 110 m (0.001 degree of latitude, 0.0015 of longitude): a twin within
    // kSamePlaceMetres lies in the same cell or a neighbour.
    auto cell = [](double lat, double lon) {
        return std::pair<long, long>(std::lround(std::floor(lat / 0.001)), std::lround(std::floor(lon / 0.0015)));
    };
    std::set<std::pair<long, long>> staged_cells;
    {
        Stmt st(db, "SELECT s.tmp, s.kind, s.lat, s.lon, coalesce(s.updated_at, ''), s.source_id, s.file, t.value "
                    "FROM stage.item s JOIN stage.text t ON t.tmp = s.tmp AND t.field = 'title' AND t.lang = 'fr' "
                    "WHERE s.kind NOT IN ('event', 'route') AND s.lat IS NOT NULL AND s.lon IS NOT NULL");
        while (st.step()) {
            groups[{st.text(1), fold(st.text(7))}].push_back(
                {false, st.i64(0), st.f64(2), st.f64(3), st.text(4), st.text(5), st.text(6), st.text(7)});
            staged_cells.insert(cell(st.f64(2), st.f64(3)));
        }
    }
    // The copy's unchanged items take part too, as their rows would in a build from scratch;
    // only those near a staged item can have a new twin, so only they are read whole.
    if (in_place && !staged_cells.empty()) {
        Stmt near(db, "SELECT id, lat, lon FROM item WHERE kind NOT IN ('event', 'route') AND lat IS NOT NULL"
                      " AND lon IS NOT NULL AND id NOT IN (SELECT id FROM stage.gone)");
        Stmt one(db, "SELECT i.kind, coalesce(i.updated_at, ''), i.source_id, '', t.value FROM item i "
                     "JOIN item_text t ON t.item_id = i.id AND t.field = 'title' AND t.lang = 'fr' WHERE i.id = ?1");
        while (near.step()) {
            const auto [y, x] = cell(near.f64(1), near.f64(2));
            bool close = false;
            for (long dy = -1; dy <= 1 && !close; ++dy)
                for (long dx = -1; dx <= 1 && !close; ++dx) close = staged_cells.count(std::pair<long, long>(y + dy, x + dx)) > 0;
            if (!close) continue;
            one.bind(1, near.i64(0));
            if (one.step())
                groups[{one.text(0), fold(one.text(4))}].push_back(
                    {true, near.i64(0), near.f64(1), near.f64(2), one.text(1), one.text(2), one.text(3), one.text(4)});
            one.reset();
        }
    }
    Stmt drop_item(db, "DELETE FROM stage.item WHERE tmp = ?1");
    Stmt drop_source(db, "DELETE FROM stage.source WHERE tmp = ?1");
    Stmt drop_kept(db, "INSERT OR IGNORE INTO stage.gone SELECT ?1, fields FROM source_file WHERE file = ?2");
    Stmt unkeep(db, "DELETE FROM stage.kept WHERE file = ?1");
    // A pack row's file is looked up only when it loses (a scan of the build record).
    Stmt file_of(db, "SELECT file FROM source_file WHERE item_id = ?1");
    for (auto& [key, rows] : groups) {
        if (rows.size() < 2) continue;
        // Only groups with a staged row can change: the copy's items were merged last build.
        if (std::none_of(rows.begin(), rows.end(), [](const Row& r) { return !r.in_pack; })) continue;
        std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            return a.updated != b.updated ? a.updated > b.updated : a.source_id < b.source_id;
        });
        std::vector<const Row*> kept;
        for (Row& r : rows) {
            const Row* twin = nullptr;
            for (const Row* k : kept)
                if (k->source_id != r.source_id && distance_m(k->lat, k->lon, r.lat, r.lon) < kSamePlaceMetres) twin = k;
            if (!twin) {
                kept.push_back(&r);
                continue;
            }
            if (r.in_pack) {
                file_of.bind(1, r.key);
                if (file_of.step()) r.file = file_of.text(0);
                file_of.reset();
                // Out of the pack and of the build record (its file is no longer "kept"), so
                // the next build reads it again, as it would after a build from scratch.
                drop_kept.bind(1, r.key).bind(2, r.file).run();
                unkeep.bind(1, r.file).run();
            } else {
                drop_item.bind(1, r.key).run();
                drop_source.bind(1, r.key).run();
            }
            ++rep.places_merged;
            rep.repairs.push_back({r.file, r.source_id, "merged", 1});
            char metres[32];
            std::snprintf(metres, sizeof metres, "%.0f", distance_m(twin->lat, twin->lon, r.lat, r.lon));
            rep.warnings.push_back({r.file, "rdfs:label", "the same place as " + twin->source_id + " (\"" + r.title +
                                                               "\", " + metres + " m apart); one card kept, " +
                                                               twin->source_id});
        }
    }
}

// Two objects with one @id, one staged and one unchanged in the previous pack's copy: the one
// whose file sorts first stays, as in a build from scratch. The other stays in the build
// record without an item. Returns how many were left out.
std::size_t resolve_duplicates_with_pack(sqlite3* db) {
    struct Pair {
        std::int64_t tmp, id;
        std::string staged_file, pack_file;
    };
    std::vector<Pair> pairs;
    {
        Stmt st(db, "SELECT s.tmp, i.id, s.file FROM stage.item s JOIN item i ON i.source_id = s.source_id "
                    "WHERE i.id NOT IN (SELECT id FROM stage.gone)");
        while (st.step()) pairs.push_back({st.i64(0), st.i64(1), st.text(2), {}});
    }
    for (Pair& p : pairs) {  // rare: a scan of the build record each
        Stmt f(db, "SELECT file FROM source_file WHERE item_id = ?1");
        f.bind(1, p.id);
        if (f.step()) p.pack_file = f.text(0);
    }
    Stmt drop_item(db, "DELETE FROM stage.item WHERE tmp = ?1");
    Stmt drop_kept(db, "INSERT OR IGNORE INTO stage.gone SELECT ?1, fields FROM source_file WHERE file = ?2");
    Stmt no_item(db, "INSERT INTO stage.source SELECT file, updated_at, NULL FROM stage.kept WHERE file = ?1"
                     " ON CONFLICT (file) DO UPDATE SET tmp = NULL");
    Stmt unkeep(db, "DELETE FROM stage.kept WHERE file = ?1");
    for (const Pair& p : pairs) {
        if (p.pack_file < p.staged_file) {
            drop_item.bind(1, p.tmp).run();
        } else {
            drop_kept.bind(1, p.id).bind(2, p.pack_file).run();
            no_item.bind(1, p.pack_file).run();  // recorded again, without an item
            unkeep.bind(1, p.pack_file).run();
        }
    }
    return pairs.size();
}

// Item ids (pack_writer.h, stable ids) for the stage's items, one per source_id (the file that
// sorts first), into stage.idmap. In place, the copy's remaining items count too: false when
// one of them would change id (a new hash collision), and nothing is written.
bool map_item_ids(sqlite3* db, bool in_place, int bits) {
    std::vector<std::string> keys;
    std::vector<std::int64_t> tmps, current;
    {
        Stmt st(db, "SELECT tmp, source_id FROM (SELECT tmp, source_id, row_number() OVER (PARTITION BY source_id "
                    "ORDER BY file) AS rn FROM stage.item) WHERE rn = 1");
        while (st.step()) {
            tmps.push_back(st.i64(0));
            keys.push_back(st.text(1));
            current.push_back(0);
        }
    }
    if (in_place) {
        Stmt st(db, "SELECT id, source_id FROM item WHERE id NOT IN (SELECT id FROM stage.gone)");
        while (st.step()) {
            tmps.push_back(0);
            current.push_back(st.i64(0));
            keys.push_back(st.text(1));
        }
    }
    const std::vector<std::int64_t> ids = resolve_stable_ids(keys, bits);
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (current[i] && current[i] != ids[i]) return false;
    Stmt ins(db, "INSERT INTO stage.idmap VALUES (?1, ?2)");
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (tmps[i]) ins.bind(1, tmps[i]).bind(2, ids[i]).run();
    return true;
}

// Media ids for the pictures of the staged items (after stage.idmap), into stage.media_map
// with their first staged use. In place, the copy's pictures still used count too: false when
// one of them would change id.
bool map_media_ids(sqlite3* db, bool in_place, int bits) {
    exec(db, kMediaUseSql);
    std::vector<std::string> keys;
    std::vector<std::int64_t> current;
    std::unordered_map<std::string, std::size_t> seen;  // staged sha256 -> index in keys
    {
        Stmt st(db, "SELECT DISTINCT sha256 FROM stage.media_use");
        while (st.step()) {
            seen.emplace(st.text(0), keys.size());
            keys.push_back(st.text(0));
            current.push_back(0);
        }
    }
    if (in_place) {
        Stmt st(db, "SELECT id, sha256 FROM media WHERE id IN (SELECT media_id FROM item_media)");
        while (st.step()) {
            const std::string sha = st.text(1);
            auto it = seen.find(sha);
            if (it != seen.end()) {
                current[it->second] = st.i64(0);
                continue;
            }
            keys.push_back(sha);
            current.push_back(st.i64(0));
        }
    }
    const std::vector<std::int64_t> ids = resolve_stable_ids(keys, bits);
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (current[i] && current[i] != ids[i]) return false;
    Stmt ins(db, "INSERT INTO stage.media_map (sha256, id) VALUES (?1, ?2)");
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (seen.count(keys[i])) ins.bind(1, keys[i]).bind(2, ids[i]).run();
    exec(db, "UPDATE stage.media_map SET title = u.title, credits = u.credits, licence = u.licence, first_item = u.item_id,"
             " first_pos = u.position FROM (SELECT *, row_number() OVER (PARTITION BY sha256 ORDER BY item_id, position) AS rn"
             " FROM stage.media_use) AS u WHERE u.rn = 1 AND u.sha256 = stage.media_map.sha256");
    return true;
}

// How the pack tells whether an item carries each followed field (export_model.h, Field), in
// Field order; `i` is the item row. One index lookup per item and field (prices by their id
// range: item id * 2^20 + n): cheaper than lists of whole tables, and the same query counts
// a few items (an incremental build) or all of them.
constexpr const char* kFidelityExists[] = {
    "EXISTS (SELECT 1 FROM item_text WHERE item_id = i.id AND field = 'title')",
    "EXISTS (SELECT 1 FROM item_text WHERE item_id = i.id AND field = 'short')",
    "EXISTS (SELECT 1 FROM item_text WHERE item_id = i.id AND field = 'long')",
    "i.lat IS NOT NULL",
    "coalesce(i.street, i.postal_code, i.town) IS NOT NULL",
    "EXISTS (SELECT 1 FROM opening_hours WHERE item_id = i.id)",
    "EXISTS (SELECT 1 FROM item_text WHERE item_id = i.id AND field = 'hours')",
    "EXISTS (SELECT 1 FROM event_period WHERE item_id = i.id)",
    "EXISTS (SELECT 1 FROM contact WHERE item_id = i.id)",
    "EXISTS (SELECT 1 FROM price WHERE id BETWEEN i.id * 1048576 AND i.id * 1048576 + 1048575)",
    "EXISTS (SELECT 1 FROM item_media WHERE item_id = i.id)",
    "EXISTS (SELECT 1 FROM item_category WHERE item_id = i.id)",
};
static_assert(sizeof kFidelityExists / sizeof kFidelityExists[0] == static_cast<unsigned>(Field::Count));

// Adds (sign 1) or takes away (sign -1) the fidelity counts of some items: `from` joins them
// as `i` (the pack's item row), `bits` is their export's field bits.
void adjust_fidelity(sqlite3* db, const std::string& bits, const std::string& from, int sign, BuildReport& rep) {
    std::string sql = "SELECT i.kind, " + bits;
    for (const char* e : kFidelityExists) sql += std::string(", ") + e;
    Stmt st(db, sql + " " + from);
    while (st.step()) {
        auto& kind = rep.fidelity[st.text(0)];
        const auto had = static_cast<unsigned>(st.i64(1));
        for (unsigned f = 0; f < static_cast<unsigned>(Field::Count); ++f) {
            FieldCount& c = kind[kFieldNames[f]];
            if (had & (1u << f)) c.in_export += static_cast<std::size_t>(sign);
            if (st.i64(2 + static_cast<int>(f))) c.in_pack += static_cast<std::size_t>(sign);
        }
    }
}

// The fidelity counts of the staged items that made it into the pack, from the Field bits
// their rows gave while staged (stage.item.pack_fields): what adjust_fidelity reads back from
// the pack's tables, without a dozen index lookups per item. Only for items staged from the
// export (a row copied from --previous has no bits).
void add_staged_fidelity(sqlite3* db, BuildReport& rep) {
    Stmt st(db, "SELECT s.kind, s.fields, s.pack_fields FROM stage.idmap m JOIN stage.item s USING (tmp)");
    while (st.step()) {
        auto& kind = rep.fidelity[st.text(0)];
        const auto had = static_cast<unsigned>(st.i64(1)), got = static_cast<unsigned>(st.i64(2));
        for (unsigned f = 0; f < static_cast<unsigned>(Field::Count); ++f) {
            FieldCount& c = kind[kFieldNames[f]];
            if (had & (1u << f)) ++c.in_export;
            if (got & (1u << f)) ++c.in_pack;
        }
    }
}

// The previous pack's fidelity meta value back into counts (fidelity_meta's format).
void parse_fidelity_meta(const std::string& text, BuildReport& rep) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find(';', pos);
        if (end == std::string::npos) end = text.size();
        const std::string part = text.substr(pos, end - pos);
        pos = end + 1;
        const auto colon = part.find(':');
        if (colon == std::string::npos) continue;
        auto& kind = rep.fidelity[part.substr(0, colon)];
        std::size_t p = colon + 1;
        while (p < part.size()) {
            std::size_t e = part.find(',', p);
            if (e == std::string::npos) e = part.size();
            const std::string one = part.substr(p, e - p);
            p = e + 1;
            const auto eq = one.find('='), slash = one.find('/');
            if (eq == std::string::npos || slash == std::string::npos || slash < eq) continue;
            FieldCount& c = kind[one.substr(0, eq)];
            c.in_export = std::strtoull(one.c_str() + eq + 1, nullptr, 10);
            c.in_pack = std::strtoull(one.c_str() + slash + 1, nullptr, 10);
        }
    }
}

// The pack's languages, sorted. From scratch: every item_text row. In place: the previous
// languages and the staged ones, each kept if any row still has it (one lookup that stops at
// the first row, instead of reading every text).
std::string pack_languages(sqlite3* db, bool in_place) {
    if (!in_place)
        return query_text(db, "SELECT group_concat(lang, ',') FROM (SELECT DISTINCT lang FROM item_text ORDER BY lang)");
    std::set<std::string> candidates;
    {
        const std::string old = query_text(db, "SELECT value FROM meta WHERE key = 'languages'");
        std::size_t p = 0;
        while (p <= old.size()) {
            std::size_t e = old.find(',', p);
            if (e == std::string::npos) e = old.size();
            if (e > p) candidates.insert(old.substr(p, e - p));
            p = e + 1;
        }
        Stmt st(db, "SELECT DISTINCT lang FROM stage.text");
        while (st.step()) candidates.insert(st.text(0));
    }
    std::string out;
    Stmt has(db, "SELECT 1 FROM item_text WHERE lang = ?1 LIMIT 1");
    for (const std::string& lang : candidates) {
        has.bind(1, lang);
        const bool used = has.step();
        has.reset();
        if (used) out += (out.empty() ? "" : ",") + lang;
    }
    return out;
}

// The fidelity report in one meta value, for kiosk-pack info:
// "event:title=32/32,dates=32/32;site:title=46/46,hours=40/42" (fields present on either side).
std::string fidelity_meta(const BuildReport& rep) {
    std::string out;
    for (const auto& [kind, fields] : rep.fidelity) {
        std::string one;
        for (unsigned f = 0; f < static_cast<unsigned>(Field::Count); ++f) {
            auto it = fields.find(kFieldNames[f]);
            if (it == fields.end() || (!it->second.in_export && !it->second.in_pack)) continue;
            one += (one.empty() ? "" : ",") + std::string(kFieldNames[f]) + "=" + std::to_string(it->second.in_export) + "/" +
                   std::to_string(it->second.in_pack);
        }
        if (one.empty()) continue;  // a kind an incremental build removed the last item of
        out += (out.empty() ? "" : ";") + kind + ":" + one;
    }
    return out;
}

std::int64_t stable_id_hash(std::string_view key, int bits) {
    // FNV-1a, then splitmix64's finaliser so that every bit depends on every byte: fixed
    // arithmetic, the same id on every machine and in every version of the tool.
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    const std::uint64_t v = h & ((std::uint64_t{1} << bits) - 1);
    return v ? static_cast<std::int64_t>(v) : 1;
}

std::vector<std::int64_t> resolve_stable_ids(const std::vector<std::string>& keys, int bits) {
    const std::int64_t max_id = static_cast<std::int64_t>((std::uint64_t{1} << bits) - 1);
    if (keys.size() > static_cast<std::uint64_t>(max_id))
        throw BuildError("more than " + std::to_string(max_id) + " ids to give", ErrorKind::Internal);
    std::vector<std::pair<std::int64_t, std::size_t>> order;  // (hash, index)
    order.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) order.emplace_back(stable_id_hash(keys[i], bits), i);
    std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : keys[a.second] < keys[b.second];
    });
    std::vector<std::int64_t> ids(keys.size());
    std::unordered_set<std::int64_t> used;
    used.reserve(keys.size() * 2);
    for (const auto& [hash, i] : order) {
        std::int64_t id = hash;
        while (!used.insert(id).second) id = id >= max_id ? 1 : id + 1;
        ids[i] = id;
    }
    return ids;
}

void compact_pack(const std::string& path) {
    try {
        Db db(path, SQLITE_OPEN_READWRITE, ErrorKind::IoError);
        exec(db, "PRAGMA trusted_schema=OFF; VACUUM");
    } catch (const SqlError& e) {
        throw BuildError("cannot compact pack " + path + ": " + e.message());
    }
    // The header's write counters (file change counter at 24, schema cookie at 40,
    // version-valid-for at 92) count the writes that made the file, which differ between a build
    // from scratch, an incremental one and a delta's apply: fixed values make the bytes depend
    // on the rows alone. Change counter and version-valid-for stay equal, so SQLite keeps
    // trusting the header's page count.
    std::fstream f(path, std::ios::binary | std::ios::in | std::ios::out);
    const unsigned char one[4] = {0, 0, 0, 1};
    for (std::streamoff off : {24, 40, 92}) {
        f.seekp(off);
        f.write(reinterpret_cast<const char*>(one), 4);
    }
    if (!f.flush()) throw BuildError("cannot write the header of " + path);
}

namespace {

// BuildReport::routes, and a warning per dropped step, over the whole pack (a reused route's
// steps may resolve differently now that other objects came or went).
void count_routes(sqlite3* db, BuildReport& rep) {
    RouteCounts& c = rep.routes;
    // One pass; the build record's file of each route (for the warnings) through one join that
    // SQLite indexes for the query, not a scan of source_file per dropped step.
    Stmt st(db, "SELECT r.item_id, r.path IS NOT NULL, s.position, s.ref, i.id IS NOT NULL,"
                " s.lat IS NOT NULL AND s.lon IS NOT NULL, coalesce(i.lat IS NOT NULL AND i.lon IS NOT NULL, 0),"
                " coalesce(f.file, ''), ri.source_id,"
                " EXISTS (SELECT 1 FROM route_step_name n WHERE n.route_id = s.route_id AND n.position = s.position)"
                " FROM route r JOIN item ri ON ri.id = r.item_id LEFT JOIN source_file f ON f.item_id = r.item_id"
                " LEFT JOIN route_step s ON s.route_id = r.item_id LEFT JOIN item i ON i.source_id = s.ref"
                " ORDER BY r.item_id, s.position");
    std::int64_t current = 0;
    bool from_export = false;
    int placed = 0;
    auto close = [&] {
        if (!current) return;
        ++c.routes;
        if (from_export) ++c.paths_from_export;
        else if (placed >= 2) ++c.paths_straight;
        else ++c.paths_none;
    };
    while (st.step()) {
        if (st.i64(0) != current) {
            close();
            current = st.i64(0);
            from_export = st.i32(1) != 0;
            placed = 0;
        }
        if (st.null(2)) continue;  // a route without steps
        // A point of its own: a position, a name, or both (pack_reader.cpp, kShownStep).
        const bool item = st.i32(4) != 0, own_geo = st.i32(5) != 0, own = own_geo || st.i32(9) != 0;
        if (item) ++c.steps_resolved;
        else if (own) ++c.steps_named;
        else {
            ++c.steps_dropped;
            rep.warnings.push_back({st.text(7), "olo:slot",
                                    "step " + std::to_string(st.i64(2)) + " names " +
                                        (st.null(3) ? std::string("nothing") : st.text(3)) +
                                        ", which is not in the pack, and has no name or position of its own; left out of the route",
                                    st.text(8)});
        }
        if ((item && st.i32(6)) || own_geo) ++placed;
    }
    close();
}

// exec(), statement by statement, printing each one's time on stderr when `timing` (the
// first words of the statement name it): KIOSK_PACK_TIMING=2, to see inside a phase.
void exec_timed(sqlite3* db, const char* sql, bool timing) {
    if (!timing) {
        exec(db, sql);
        return;
    }
    const char* tail = sql;
    while (tail && *tail) {
        sqlite3_stmt* st = nullptr;
        const char* next = nullptr;
        if (sqlite3_prepare_v2(db, tail, -1, &st, &next) != SQLITE_OK) {
            exec(db, tail);  // reports the error as exec() does
            return;
        }
        if (!st) break;  // only blanks left
        const auto t0 = std::chrono::steady_clock::now();
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE) {
            exec(db, tail);
            return;
        }
        std::string head(tail, static_cast<std::size_t>(std::min<std::ptrdiff_t>(next - tail, 60)));
        for (char& c : head)
            if (c == '\n') c = ' ';
        std::fprintf(stderr, "  sql %.3f s  %s\n", std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
                     head.c_str());
        tail = next;
    }
}

// What the build does with an object of the index, decided from --previous alone (no side
// effects, so the thread that streams a zip can ask it).
enum class Wanted { Parse, Recheck, Kept, KeptNoItem };

// A streaming source (a zip) read on a thread of its own. Inflating the archive took a
// third of the stream thread's time, and that thread also writes every row: with the reading
// beside it, inflating, parsing and writing overlap. The reader hands over the same events
// for_each_object gives, in the order it gives them, so the pool sees exactly the sequence a
// sequential stream would and the pack does not change. At most kMaxEvents events and about
// kMaxBytes of object text wait at once (one larger object still passes, alone).
class StreamThread {
public:
    enum class Kind { Decision, Object, Missing };
    struct Event {
        Kind kind = Kind::Object;
        IndexEntry entry;
        std::string json;             // Object: the text, with simdjson's padding room
        Wanted wanted = Wanted::Parse;  // Decision
        bool escaped = false;           // Missing
    };

    StreamThread(const ExportSource& src, std::function<Wanted(const IndexEntry&)> decide)
        : decide_(std::move(decide)), thread_([this, &src] { run(src); }) {}
    ~StreamThread() {
        {
            std::lock_guard<std::mutex> lock(mu_);
            cancelled_ = true;  // a build that failed on this side: the reader stops at its next event
        }
        not_full_.notify_all();
        thread_.join();
    }
    StreamThread(const StreamThread&) = delete;
    StreamThread& operator=(const StreamThread&) = delete;

    // The next event; false once the stream ended (rethrowing what stopped it, if anything).
    bool next(Event& ev) {
        std::unique_lock<std::mutex> lock(mu_);
        not_empty_.wait(lock, [this] { return !queue_.empty() || done_; });
        if (queue_.empty()) {
            if (error_) std::rethrow_exception(error_);
            return false;
        }
        ev = std::move(queue_.front());
        queue_.pop_front();
        bytes_ -= ev.json.size();
        lock.unlock();
        not_full_.notify_one();
        return true;
    }

private:
    struct Cancelled {};

    void run(const ExportSource& src) {
        std::exception_ptr error;
        try {
            src.for_each_object(
                [this](const IndexEntry& e) {
                    const Wanted w = decide_(e);
                    if (w != Wanted::Parse) push(Event{Kind::Decision, e, {}, w, false});
                    return w == Wanted::Parse || w == Wanted::Recheck;
                },
                [this](const IndexEntry& e, const std::string& json) {
                    Event ev{Kind::Object, e, {}, Wanted::Parse, false};
                    // The text and simdjson's padding, not the source's whole buffer: that is as
                    // large as the largest object so far, and a fresh one for each of 30,000
                    // small objects cost page faults on this thread (~5% of a zip build).
                    ev.json.reserve(json.size() + ParsePool::kPadding);
                    ev.json = json;
                    push(std::move(ev));
                },
                [this](const IndexEntry& e, bool escaped) { push(Event{Kind::Missing, e, {}, Wanted::Parse, escaped}); });
        } catch (const Cancelled&) {
        } catch (...) {
            error = std::current_exception();
        }
        {
            std::lock_guard<std::mutex> lock(mu_);
            done_ = true;
            error_ = error;
        }
        not_empty_.notify_all();
    }

    void push(Event&& ev) {
        std::unique_lock<std::mutex> lock(mu_);
        not_full_.wait(lock, [this] {
            return cancelled_ || queue_.empty() || (queue_.size() < kMaxEvents && bytes_ < kMaxBytes);
        });
        if (cancelled_) throw Cancelled{};
        bytes_ += ev.json.size();
        queue_.push_back(std::move(ev));
        lock.unlock();
        not_empty_.notify_one();
    }

    static constexpr std::size_t kMaxEvents = 256;
    static constexpr std::size_t kMaxBytes = 16u << 20;
    std::function<Wanted(const IndexEntry&)> decide_;
    std::mutex mu_;
    std::condition_variable not_empty_, not_full_;
    std::deque<Event> queue_;
    std::size_t bytes_ = 0;
    bool done_ = false, cancelled_ = false;
    std::exception_ptr error_;
    std::thread thread_;  // last: started once the members above exist
};

}  // namespace

BuildReport build_pack(const ExportSource& src, const std::string& out_path, const BuildOptions& opt) {
    const auto t0 = std::chrono::steady_clock::now();
    BuildReport rep;
    const std::string tmp = out_path + ".tmp";
    // KIOSK_PACK_TIMING=1 prints the time of each phase on stderr (for bench/pack_bench.py), =2
    // also of each statement of the final copy.
    const bool timing = std::getenv("KIOSK_PACK_TIMING") != nullptr;
    const bool sql_timing = timing && std::string_view(std::getenv("KIOSK_PACK_TIMING")) == "2";
    auto last = t0;
    auto phase = [&](const char* name) {
        if (!timing) return;
        auto now = std::chrono::steady_clock::now();
        std::fprintf(stderr, "phase %-8s %.3f s\n", name, std::chrono::duration<double>(now - last).count());
        last = now;
    };
    try {
        // A usable --previous is copied and updated in place: only the pages of the rows that
        // change are written (plus whatever the kept rows need: nothing).
        std::string refusal = "none";
        if (!opt.previous.empty()) {
            refusal = previous_refusal(opt);
            if (!refusal.empty())
                rep.warnings.push_back({"", "--previous", "previous pack " + refusal + "; doing a full build"});
            phase("check");
        }
        if (refusal.empty()) {
            std::error_code ec;
            std::filesystem::copy_file(opt.previous, tmp, std::filesystem::copy_options::overwrite_existing, ec);
            if (ec) throw BuildError("cannot copy previous pack " + opt.previous + " to " + tmp + ": " + ec.message());
            phase("copy");
        }
        Writer w(tmp, !refusal.empty());
        sqlite3* db = w.db();
        std::unordered_map<std::string, PreviousFile> previous;
        if (refusal.empty()) previous = attach_previous(db, opt, rep);
        const int item_bits = opt.test_id_bits ? opt.test_id_bits : kItemIdBits;
        const int media_bits = opt.test_id_bits ? opt.test_id_bits : kMediaIdBits;

        const auto& index = src.index();
        rep.objects_listed = index.size();
        std::string newest;
        for (const IndexEntry& e : index) newest = std::max(newest, e.last_update);
        rep.build_time = opt.build_time.empty() ? normalize_instant(newest.empty() ? "1970-01-01T00:00:00Z" : newest)
                                                : opt.build_time;
        if (rep.incremental) mark_rechecks(db, rep.build_time, previous);

        Transaction tx(db);
        Builder b(src, opt, rep, db);
        std::size_t handled = 0;
        auto tick = [&] {
            ++handled;
            if (opt.progress && (handled % 64 == 0 || handled == index.size())) opt.progress(handled, index.size());
        };
        // Objects are parsed on the other cores while this thread reads files and writes rows;
        // every event comes back in the flux's order, so the pack does not depend on timing.
        auto missing = [&rep, &src, &tick](const IndexEntry& e, bool escaped) {
            ++rep.objects_missing;
            rep.warnings.push_back(missing_warning(src, e, escaped));
            tick();
        };
        // A directory lets the workers read the files too (declared before the pool, which
        // uses it until its end).
        const ExportSource::ObjectReader read = src.object_reader();
        ParsePool pool(
            [&](ParsePool::Parsed& p) {
                if (p.error) std::rethrow_exception(p.error);
                if (p.read != ExportSource::ObjectRead::Read) {
                    missing(p.entry, p.read == ExportSource::ObjectRead::Escaped);
                    return;
                }
                ++rep.objects_read;
                for (Warning& warning : p.warnings) rep.warnings.push_back(std::move(warning));
                if (p.ok) b.add_parsed(p.entry, std::move(p.item));
                else ++rep.objects_refused;
                tick();
            },
            opt.parse_threads);
        // Reads `previous` only, which nothing changes while the flux streams.
        auto decide = [&previous](const IndexEntry& e) {
            if (previous.empty() || e.last_update.empty()) return Wanted::Parse;
            auto it = previous.find(e.file);
            if (it == previous.end() || it->second.updated_at != e.last_update) return Wanted::Parse;
            if (it->second.recheck) return Wanted::Recheck;
            return it->second.item_id != 0 ? Wanted::Kept : Wanted::KeptNoItem;
        };
        // What a decision does, on this thread; true when the object is to be parsed.
        auto apply = [&](const IndexEntry& e, Wanted wanted) {
            if (wanted == Wanted::Parse) return true;
            if (wanted == Wanted::Recheck) {
                ++rep.objects_rechecked;
                return true;
            }
            const bool has_item = wanted == Wanted::Kept;
            pool.then([&rep, &b, &tick, e, has_item] {
                ++rep.objects_reused;
                b.add_kept(e, has_item);
                tick();
            });
            return false;
        };
        auto want = [&](const IndexEntry& e) { return apply(e, decide(e)); };
        auto on_missing = [&](const IndexEntry& e, bool escaped) {
            pool.then([&missing, e, escaped] { missing(e, escaped); });
        };
        // In the index's order, as the directory source streams. An escaped path is never in
        // a previous pack, so it is wanted, and its reader reports it as the source would.
        if (read) {
            for (const IndexEntry& e : index)
                if (want(e)) pool.submit_read(e, read);
        } else if (pool.threads() == 0) {
            src.for_each_object(
                want, [&](const IndexEntry& e, const std::string& json) { pool.submit(e, json); }, on_missing);
        } else {
            StreamThread reader(src, decide);
            StreamThread::Event ev;
            while (reader.next(ev)) {
                switch (ev.kind) {
                case StreamThread::Kind::Decision: apply(ev.entry, ev.wanted); break;
                case StreamThread::Kind::Object: pool.submit(ev.entry, std::move(ev.json)); break;
                case StreamThread::Kind::Missing: on_missing(ev.entry, ev.escaped); break;
                }
            }
        }
        pool.finish();
        b.flush();
        b.report_hosts();
        phase("stream");
        bool in_place = rep.incremental;
        std::size_t dups_with_pack = 0;
        if (in_place) {
            // Items of the copy whose object changed, was re-read or left the flux.
            exec(db, "INSERT INTO stage.gone SELECT item_id, fields FROM source_file WHERE item_id IS NOT NULL"
                     " AND file NOT IN (SELECT file FROM stage.kept)");
            phase("gone");
            merge_same_places(db, rep, true);
            phase("merge");
            dups_with_pack = resolve_duplicates_with_pack(db);
            phase("dups");
            // A new hash collision that moves an unchanged item's id: write the pack from
            // scratch instead (rare: see resolve_stable_ids).
            if (!map_item_ids(db, true, item_bits)) in_place = false;
            phase("plan");
            if (in_place) {
                parse_fidelity_meta(query_text(db, "SELECT value FROM meta WHERE key = 'fidelity'"), rep);
                adjust_fidelity(db, "coalesce(g.fields, 0)", "FROM stage.gone g JOIN item i ON i.id = g.id", -1, rep);
                phase("fid-");
                exec(db, kDeleteGoneSql);
                phase("delete");
                exec(db, kItemsSql);
                phase("items");
                if (!map_media_ids(db, true, media_bits)) in_place = false;
            }
            if (!in_place) {
                rep.warnings.push_back({"", "--previous", "a new id collision moves an unchanged item or picture; "
                                                          "the pack is written from scratch"});
                rep.fidelity.clear();
                exec(db, "DELETE FROM stage.idmap; DELETE FROM stage.media_map; DROP TABLE IF EXISTS stage.media_use;");
                Stmt tables(db, "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
                std::vector<std::string> names;
                while (tables.step()) names.push_back(tables.text(0));
                for (const std::string& t : names) exec(db, ("DELETE FROM main.\"" + t + "\"").c_str());
            }
        }
        if (in_place) {
            exec(db, kMediaSql);
            phase("media");
            exec(db, kInPlaceSql);
            phase("global");
            adjust_fidelity(db, "s.fields", "FROM stage.idmap m JOIN item i ON i.id = m.id JOIN stage.item s ON s.tmp = m.tmp", 1,
                            rep);
            phase("in-place");
        } else {
            if (rep.incremental) {
                Stmt kept(db, kKeptToReuseSql);
                kept.bind(1, b.next_tmp());
                kept.run();
                exec(db, kReuseSql);
            }
            phase("reuse");
            merge_same_places(db, rep, false);
            map_item_ids(db, false, item_bits);
            phase("ids");
            exec_timed(db, kItemsSql, sql_timing);
            map_media_ids(db, false, media_bits);
            exec_timed(db, kMediaSql, sql_timing);
            exec_timed(db, kFinalSql, sql_timing);
            phase("final");
            if (rep.incremental)  // rows copied from the previous pack: counted from the pack
                adjust_fidelity(db, "s.fields", "FROM stage.idmap m JOIN item i ON i.id = m.id JOIN stage.item s ON s.tmp = m.tmp",
                                1, rep);
            else
                add_staged_fidelity(db, rep);
            phase("fidelity");
        }

        {
            Stmt st(db, "SELECT kind, count(*) FROM item GROUP BY kind");
            while (st.step()) rep.per_kind[st.text(0)] = st.i32(1);
        }
        rep.items_kept = static_cast<std::size_t>(std::stoll(query_text(db, "SELECT count(*) FROM item")));
        if (rep.items_kept == 0 && !opt.allow_empty)
            throw EmptyPackError("the pack would hold no item (" + std::to_string(rep.objects_listed) + " objects listed, " +
                                 std::to_string(rep.objects_read) + " read, " + std::to_string(rep.objects_refused) +
                                 " refused, " + std::to_string(rep.objects_missing) + " missing, " +
                                 std::to_string(rep.skipped_not_for_kiosk) + " not for the kiosk, " +
                                 std::to_string(rep.skipped_by_selection) +
                                 " outside the selection); refusing to write an empty pack (--allow-empty builds it)");
        rep.duplicates = static_cast<std::size_t>(
            std::stoll(query_text(db, "SELECT (SELECT count(*) FROM stage.item) - (SELECT count(*) FROM stage.idmap)"))) +
                         (in_place ? dups_with_pack : 0);
        if (rep.duplicates)
            rep.warnings.push_back({"", "@id", std::to_string(rep.duplicates) +
                                                   " object(s) repeat another object's @id; the first file (by name) was kept"});
        rep.images_stored = static_cast<std::size_t>(std::stoll(query_text(db, "SELECT count(*) FROM media")));
        count_routes(db, rep);
        phase("routes");

        const RegionMeta region = region_meta(db, opt);
        phase("region");
        const std::string langs = pack_languages(db, in_place);
        phase("langs");
        std::vector<std::pair<std::string, std::string>> kv = {
            {"pack_id", opt.pack_id},
            {"pack_version", std::to_string(opt.pack_version)},
            {"build_time", rep.build_time},
            {"source_export_date", query_text(db, "SELECT coalesce(max(updated_at), '') FROM item")},
            {"region", region.name},
            {"bbox", region.bbox},
            {"languages", langs},
            {"count_site", std::to_string(rep.per_kind["site"])},
            {"count_belfry", std::to_string(rep.per_kind["belfry"])},
            {"count_event", std::to_string(rep.per_kind["event"])},
            {"selection", opt.select.describe()},
            {"generator", kGenerator},
            {"fidelity", fidelity_meta(rep)},
            {"repairs", "html=" + std::to_string(rep.text_repairs.html) + ",entities=" +
                            std::to_string(rep.text_repairs.entities) + ",mojibake=" + std::to_string(rep.text_repairs.mojibake) +
                            ",places_merged=" + std::to_string(rep.places_merged)},
        };
        for (const auto& [kind, n] : rep.per_kind)
            if (kind != "site" && kind != "belfry" && kind != "event") kv.emplace_back("count_" + kind, std::to_string(n));
        exec(db, "DELETE FROM meta");
        Stmt meta(db, "INSERT INTO meta(key, value) VALUES (?1, ?2)");
        for (const auto& [k, v] : kv) meta.bind(1, k).bind(2, v).run();
        for (const auto& [lang, text] : opt.welcome)
            if (!text.empty()) meta.bind(1, "welcome." + lang).bind(2, text).run();
        tx.commit();
        exec(db, "DETACH stage");
        if (rep.incremental) exec(db, "DETACH old");
        w.close();
        phase("meta");
        if (opt.vacuum) {
            compact_pack(tmp);
            phase("vacuum");
        }
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(tmp, ec);
        throw;
    }
    std::error_code ec;
    std::filesystem::rename(tmp, out_path, ec);
    if (ec) throw BuildError("cannot move finished pack into place: " + out_path + ": " + ec.message());
    rep.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return rep;
}

}  // namespace kiosk::publish
