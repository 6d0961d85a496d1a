// The full readability check (see pack_check.h). The kiosk's own reader runs the queries, so
// that "passes the check" means "the kiosk can read it"; a second read-only connection lists
// what to read (every item, every picture) and compares the schema, which the reader does not
// expose.
#include "core/pack_check.h"

#include <sqlite3.h>

#include <cctype>
#include <exception>
#include <new>
#include <set>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/dates.h"
#include "core/error.h"
#include "core/image_decode.h"
#include "core/kinds.h"
#include "core/pack_reader.h"
#include "core/route.h"
#include "core/schema.h"
#include "core/search.h"
#include "core/sqlite.h"

namespace kiosk {

namespace {

// Tables a pack of the current format may lack (schema.sql, History): media_focus was added
// without a version bump, and a reader knows it by its presence.
const std::set<std::string> kOptionalTables = {"media_focus"};

[[noreturn]] void refuse(const std::string& why) { throw Error(ErrorKind::Corrupt, why); }

// A second connection with the reader's hardening (pack_reader.cpp): read-only, defensive,
// untrusted schema, no triggers or views, nothing memory-mapped.
Db open_listing(const std::string& path) {
    Db db(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, ErrorKind::Corrupt);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    exec(db, "PRAGMA trusted_schema=OFF; PRAGMA cell_size_check=ON; PRAGMA mmap_size=0;");
    return db;
}

std::vector<std::string> strings(sqlite3* db, const std::string& sql, const std::string& bind = {}) {
    Stmt st(db, sql);
    if (!bind.empty()) st.bind(1, bind);
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.text(0));
    return out;
}

std::vector<std::int64_t> ids(sqlite3* db, const std::string& sql) {
    Stmt st(db, sql);
    std::vector<std::int64_t> out;
    while (st.step()) out.push_back(st.i64(0));
    return out;
}

constexpr const char* kTablesSql =
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
constexpr const char* kColumnsSql = "SELECT name FROM pragma_table_info(?1) ORDER BY cid";

// Every table and column of schema.sql must be in the pack (a dropped or renamed one is a
// pack our writer did not make, or one the reader would fail on half-way through a visit).
void check_schema(sqlite3* pack) {
    Db ref(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, ErrorKind::Internal);
    exec(ref, kSchemaSql);
    const auto have_tables = strings(pack, kTablesSql);
    const std::set<std::string> have(have_tables.begin(), have_tables.end());
    for (const std::string& table : strings(ref, kTablesSql)) {
        if (!have.count(table)) {
            if (kOptionalTables.count(table)) continue;
            refuse("table " + table + " is missing");
        }
        const auto cols = strings(pack, kColumnsSql, table);
        const std::set<std::string> pack_cols(cols.begin(), cols.end());
        for (const std::string& col : strings(ref, kColumnsSql, table))
            if (!pack_cols.count(col)) refuse("table " + table + " has no column " + col);
    }
}

void check_meta(const Pack& p) {
    if (p.meta("pack_id").empty()) refuse("meta pack_id is missing");
    const std::string v = p.meta("pack_version");
    const bool digits = !v.empty() && v.size() <= 18 && v.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoll(v) <= 0) refuse("meta pack_version is not a positive integer: '" + v.substr(0, 40) + "'");
}

// What the kiosk reads for its screens (core/catalog.h, the detail in kiosk/app/app.cpp,
// run_search; kiosk/app/textures.cpp), in one visitor language: the language is a bound
// parameter of the same statements, and the fallback between languages is SQL.
void read_like_the_kiosk(const Pack& p, sqlite3* listing) {
    const std::string lang = "en";
    const DateTime now = now_local();
    std::vector<std::int64_t> card_ids;
    for (std::string_view k : kKinds) {
        const std::string kind(k);
        p.count(kind);
        for (const Card& c : p.cards(kind, lang, now)) card_ids.push_back(c.id);
        p.hours_of_kind(kind);
        p.periods_of_kind(kind);
        p.wheelchair_items(kind);
        p.categories_of_kind(kind, lang);
    }
    p.positions();
    const SearchIndex index(p);
    for (const char* q : {"a", "musee", "arras"}) p.cards_by_id([&] {
        std::vector<std::int64_t> hits;
        for (const SearchHit& h : index.query(q, lang)) hits.push_back(h.item_id);
        return hits;
    }(), lang, now);
    p.cards_by_id(card_ids, lang, now);
    // Every item's details, events over or not (a visitor reaches a card from the map, the
    // search or the list; reading them all is the only way to know each one reads).
    for (std::int64_t id : ids(listing, "SELECT id FROM item ORDER BY id")) p.item(id, lang, now);
}

// Routes (format v4): every route as the route screen reads it, every item's "part of route"
// line, and what the reader's joins would silently hide: route rows of an item that is not a
// route, steps or words of a route that has no route row, a path that is not whole points.
void read_routes(const Pack& p, sqlite3* listing) {
    if (p.schema_version() < 4) return;
    auto none = [&](const char* sql, const std::string& why) {
        Stmt st(listing, sql);
        if (st.step()) refuse(why + " (item " + std::to_string(st.i64(0)) + ")");
    };
    none("SELECT r.item_id FROM route r LEFT JOIN item i ON i.id = r.item_id WHERE i.id IS NULL OR i.kind <> 'route'",
         "a route row belongs to no route item");
    none("SELECT s.route_id FROM route_step s LEFT JOIN route r ON r.item_id = s.route_id WHERE r.item_id IS NULL",
         "a route step belongs to no route");
    none("SELECT n.route_id FROM route_step_name n LEFT JOIN route_step s USING (route_id, position) WHERE s.route_id IS NULL",
         "a route step's name belongs to no step");
    none("SELECT d.route_id FROM route_difficulty d LEFT JOIN route r ON r.item_id = d.route_id WHERE r.item_id IS NULL",
         "a route difficulty belongs to no route");
    none("SELECT item_id FROM route WHERE path IS NOT NULL AND (typeof(path) <> 'blob' OR length(path) < 16 OR length(path) % 8 <> 0)",
         "a route's path is not whole points");
    for (std::int64_t id : p.route_ids())
        if (!p.route(id, "en")) refuse("route " + std::to_string(id) + " cannot be read");
    for (std::int64_t id : ids(listing, "SELECT DISTINCT i.id FROM route_step s JOIN item i ON i.source_id = s.ref ORDER BY 1"))
        p.routes_of(id, "en");
}

// Every picture the kiosk may show: the size first (a hostile blob must not be loaded whole),
// then the header as the decoder would see it, then its frame.
void read_pictures(const Pack& p, sqlite3* listing) {
    struct Source {
        const char* what;
        const char* sql;
        bool full;
    };
    const Source sources[] = {{"picture", "SELECT id, length(bytes) FROM media ORDER BY id", true},
                              {"thumbnail", "SELECT media_id, length(bytes) FROM thumbnail ORDER BY media_id", false}};
    for (const Source& s : sources) {
        Stmt st(listing, s.sql);
        while (st.step()) {
            const std::int64_t id = st.i64(0);
            const std::string name = std::string(s.what) + " " + std::to_string(id);
            if (st.i64(1) > static_cast<std::int64_t>(kMaxImageBytes))
                refuse(name + " is " + std::to_string(st.i64(1)) + " bytes, over the limit of " +
                       std::to_string(kMaxImageBytes));
            std::string bytes, why;
            if (!(s.full ? p.media(id, bytes) : p.thumbnail(id, bytes))) refuse(name + " cannot be read");
            ImageInfo info;
            if (!probe_image(bytes, info, why)) refuse(name + " is not a picture the kiosk can show: " + why);
            Pack::MediaFrame frame;
            if (s.full && !p.media_frame(id, frame)) refuse(name + " has no frame");
        }
    }
}

}  // namespace

void check_pack_readable(const std::string& path) {
    try {
        const auto pack = Pack::open(path, true);
        check_meta(*pack);
        const Db listing = open_listing(path);
        if (pack->schema_version() == kSchemaVersion) check_schema(listing);
        read_like_the_kiosk(*pack, listing);
        // The kiosk's lists come from the catalog's whole-table reads: read them as it will.
        Catalog::read(*pack, {"en"});
        read_routes(*pack, listing);
        read_pictures(*pack, listing);
    } catch (const Error& e) {
        const ErrorKind kind = e.kind() == ErrorKind::NotFound || e.kind() == ErrorKind::Incompatible ? e.kind()
                                                                                                        : ErrorKind::Corrupt;
        // The reader's messages already end with the path; ours get it as context.
        if (e.message().find(path) != std::string::npos) throw Error(kind, e.message());
        throw Error(kind, "unreadable pack (" + e.message() + ")", path);
    } catch (const std::bad_alloc&) {
        throw Error(ErrorKind::Corrupt, "unreadable pack (out of memory while reading it)", path);
    } catch (const std::exception& e) {
        throw Error(ErrorKind::Corrupt, std::string("unreadable pack (") + e.what() + ")", path);
    }
}

}  // namespace kiosk
