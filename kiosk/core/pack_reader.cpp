// Defensive, read-only pack access: every pack is treated as untrusted input until checked.
#include "core/pack_reader.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/event_dates.h"
#include "core/languages.h"
#include "core/route.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "core/text_fold.h"

namespace kiosk {

namespace {

// SQL that orders a language column by the visitor's fallback chain; :lang is the visitor's
// language. Ties (two other languages) break alphabetically so the choice is stable.
constexpr const char* kLangRank =
    "CASE lang WHEN :lang THEN 0 WHEN 'en' THEN 1 WHEN 'fr' THEN 2 ELSE 3 END, lang";

std::string with_lang_rank(std::string sql) {
    const std::string marker = "$LANGRANK";
    auto p = sql.find(marker);
    if (p != std::string::npos) sql.replace(p, marker.size(), kLangRank);
    return sql;
}

}  // namespace

std::vector<std::string> fallback_chain(const std::string& lang) {
    if (const LanguageInfo* info = language_info(lang)) return info->content_chain;
    // A language with no UI (a text's own, say): the same shape as the known chains.
    std::vector<std::string> out{lang};
    for (const char* l : {"en", "fr"})
        if (lang != l) out.emplace_back(l);
    return out;
}

std::unique_ptr<Pack> Pack::open(const std::string& path, bool verify) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw PackError(PackError::Code::NotFound, "pack not found: " + path);

    // Check the 16-byte SQLite header ourselves: SQLite would happily treat an empty file as
    // a new database, and its own error for a foreign file ("file is not a database") does not
    // tell staff what they are looking at.
    {
        std::ifstream f(path, std::ios::binary);
        char head[16] = {};
        f.read(head, sizeof head);
        if (f.gcount() != 16 || std::memcmp(head, "SQLite format 3", 16) != 0)
            throw PackError(PackError::Code::NotAPack, "not a content pack (not an SQLite file): " + path);
    }

    std::unique_ptr<Pack> p(new Pack());
    p->path_ = path;
    // Packs are never written in place (the installer renames a new file in), so a plain
    // read-only open is enough and no write lock is ever taken.
    try {
        p->db_ = Db(path, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX);
    } catch (const SqlError& e) {
        throw PackError(PackError::Code::NotAPack, "cannot open pack " + path + ": " + e.message());
    }

    // Hardening from DESIGN.md section 4: a hostile pack must not run SQL functions through
    // its schema, corrupt records must be caught early, and nothing is memory-mapped.
    sqlite3_db_config(p->db_, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(p->db_, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(p->db_, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(p->db_, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    try {
        exec(p->db_, "PRAGMA trusted_schema=OFF; PRAGMA cell_size_check=ON; PRAGMA mmap_size=0;");

        Stmt app(p->db_, "PRAGMA application_id");
        app.step();
        const auto app_id = static_cast<std::int32_t>(app.i64(0));
        if (app_id != kApplicationId) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "0x%08X", static_cast<unsigned>(app_id));
            throw PackError(PackError::Code::ForeignApplication,
                            "not a content pack (SQLite file of another application, id " + std::string(buf) + "): " + path);
        }
        Stmt ver(p->db_, "PRAGMA user_version");
        ver.step();
        const auto v = ver.i64(0);
        if (v < kOldestReadableSchemaVersion || v > kSchemaVersion)
            throw PackError(PackError::Code::UnknownVersion,
                            "pack format version " + std::to_string(v) + " is not supported (this kiosk reads versions " +
                                std::to_string(kOldestReadableSchemaVersion) + " to " + std::to_string(kSchemaVersion) +
                                "): " + path);
        p->version_ = static_cast<int>(v);

        if (verify) {
            Stmt qc(p->db_, "PRAGMA quick_check");
            qc.step();
            if (qc.text(0) != "ok")
                throw PackError(PackError::Code::Corrupt, "pack is damaged (" + qc.text(0) + "): " + path);
        }

        // media_focus was added without a version bump (schema.sql, History): its presence says.
        Stmt focus(p->db_, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'media_focus'");
        p->has_focus_ = focus.step();

        Stmt m(p->db_, "SELECT key, value FROM meta");
        while (m.step()) p->meta_[m.text(0)] = m.text(1);
    } catch (const SqlError& e) {
        // A file with a valid header but mangled pages fails here rather than in quick_check.
        throw PackError(PackError::Code::Corrupt, std::string("pack is damaged (") + e.what() + "): " + path);
    }
    return p;
}

Pack::~Pack() = default;

void Pack::integrity_check() const {
    std::string report;
    try {
        // At most a few findings: one line for staff, not SQLite's full list.
        Stmt st(db_, "PRAGMA integrity_check(5)");
        while (st.step()) report += (report.empty() ? "" : "; ") + st.text(0);
    } catch (const SqlError& e) {
        throw PackError(PackError::Code::Corrupt, std::string("pack is damaged (") + e.what() + "): " + path_);
    }
    if (report != "ok") throw PackError(PackError::Code::Corrupt, "pack is damaged (" + report + "): " + path_);
}

std::string Pack::meta(const std::string& key) const {
    auto it = meta_.find(key);
    return it == meta_.end() ? std::string() : it->second;
}

Text Pack::text(std::int64_t item, const char* field, const std::string& lang) const {
    Stmt st(db_, with_lang_rank("SELECT value, lang FROM item_text WHERE item_id = :item AND field = :field "
                                "ORDER BY $LANGRANK LIMIT 1"));
    // Named parameters are numbered by first appearance: :item = 1, :field = 2, :lang = 3.
    st.bind(1, item).bind(2, field).bind(3, lang);
    if (!st.step()) return {};
    return {st.text(0), st.text(1)};
}

namespace {

// The columns of a card; `where` picks the rows (and binds after :lang).
std::string card_sql(const std::string& where) {
    return with_lang_rank(
        "SELECT i.id, i.kind, i.town,"
        " (SELECT value || char(31) || lang FROM item_text WHERE item_id = i.id AND field = 'title' "
        "   ORDER BY $LANGRANK LIMIT 1) AS title,"
        " (SELECT media_id FROM item_media WHERE item_id = i.id ORDER BY position LIMIT 1)"
        " FROM item i WHERE " + where);
}

void split_unit(const std::string& s, std::string& a, std::string& b) {
    auto p = s.find('\x1f');
    a = s.substr(0, p);
    b = p == std::string::npos ? std::string() : s.substr(p + 1);
}

void read_card(const Stmt& st, Card& c) {
    c.id = st.i64(0);
    c.kind = st.text(1);
    c.town = st.text(2);
    split_unit(st.text(3), c.title.value, c.title.lang);
    c.thumb_media = st.null(4) ? 0 : st.i64(4);
}

}  // namespace

std::string Pack::period_columns() const {
    return version_ >= 3 ? "start_date, end_date, start_time, end_time, weekdays"
                         : "start_date, end_date, start_time, end_time, 0";
}

std::vector<Card> Pack::cards_by_id(const std::vector<std::int64_t>& ids, const std::string& lang, const DateTime& now) const {
    Stmt st(db_, card_sql("i.id = :id"));
    Stmt per(db_, "SELECT " + period_columns() + " FROM event_period WHERE item_id = ?1");
    std::vector<Card> out;
    for (std::int64_t id : ids) {
        st.bind(1, lang).bind(2, id);
        Card c;
        bool keep = st.step();
        if (keep) read_card(st, c);
        st.reset();
        if (keep && c.kind == "event") {
            std::vector<PeriodRow> periods;
            per.bind(1, id);
            while (per.step()) periods.push_back(period_row(per, 0));
            per.reset();
            keep = set_card_dates(c, periods, hours_of(id), now);
        }
        if (keep) out.push_back(std::move(c));
    }
    return out;
}

std::vector<Card> Pack::cards(const std::string& kind, const std::string& lang, const DateTime& now) const {
    Stmt st(db_, card_sql("i.kind = :kind"));
    st.bind(1, lang).bind(2, kind);
    std::vector<Card> out;
    while (st.step()) {
        Card c;
        read_card(st, c);
        out.push_back(std::move(c));
    }
    if (kind == "event") {
        // Two queries for the whole list, not one per card.
        const auto periods = periods_of_kind(kind);
        const auto hours = hours_of_kind(kind);
        static const std::vector<PeriodRow> kNoPeriods;
        static const std::vector<HoursRow> kNoHours;
        std::erase_if(out, [&](Card& c) {
            auto p = periods.find(c.id);
            auto h = hours.find(c.id);
            return !set_card_dates(c, p == periods.end() ? kNoPeriods : p->second, h == hours.end() ? kNoHours : h->second, now);
        });
    }
    // Events by next occurrence, everything else alphabetically by the title as shown, with
    // accents and apostrophes folded ("Beffroi d’Arras" among the A's, not after the Z's).
    std::vector<std::string> keys;
    keys.reserve(out.size());
    for (const Card& c : out) keys.push_back(fold(c.title.value));
    std::vector<size_t> order(out.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (out[a].next_start != out[b].next_start) return out[a].next_start < out[b].next_start;
        return keys[a] < keys[b];
    });
    std::vector<Card> sorted;
    sorted.reserve(out.size());
    for (size_t i : order) sorted.push_back(std::move(out[i]));
    out = std::move(sorted);
    return out;
}

HoursRow Pack::hours_row(const Stmt& st, int col) {
    return {st.i32(col), st.text(col + 1), st.text(col + 2), st.text(col + 3), st.text(col + 4)};
}

PeriodRow Pack::period_row(const Stmt& st, int col) {
    return {st.text(col), st.text(col + 1), st.text(col + 2), st.text(col + 3), st.i32(col + 4)};
}

std::vector<HoursRow> Pack::hours_of(std::int64_t id) const {
    Stmt h(db_, "SELECT day_of_week, opens, closes, valid_from, valid_through FROM opening_hours "
                "WHERE item_id = ?1 ORDER BY valid_from, day_of_week, opens");
    h.bind(1, id);
    std::vector<HoursRow> out;
    while (h.step()) out.push_back(hours_row(h, 0));
    return out;
}

ItemDetail Pack::item(std::int64_t id, const std::string& lang, const DateTime& now) const {
    ItemDetail d;
    Stmt st(db_, "SELECT id, kind, source_id, street, postal_code, town, lat, lon FROM item WHERE id = ?1");
    st.bind(1, id);
    if (!st.step()) return d;
    d.id = st.i64(0);
    d.kind = st.text(1);
    d.source_id = st.text(2);
    d.street = st.text(3);
    d.postal_code = st.text(4);
    d.town = st.text(5);
    d.has_geo = !st.null(6) && !st.null(7);
    d.lat = st.f64(6);
    d.lon = st.f64(7);
    d.title = text(id, "title", lang);
    d.short_desc = text(id, "short", lang);
    d.long_desc = text(id, "long", lang);
    d.hours_text = text(id, "hours", lang);

    // end_date >= yesterday narrows the read; an overnight slot of yesterday may still run.
    Stmt p(db_, "SELECT " + period_columns() + " FROM event_period "
                "WHERE item_id = ?1 AND end_date >= ?2 ORDER BY start_date, start_time");
    p.bind(1, id).bind(2, to_iso(add_days(now.date, -1)));
    std::vector<PeriodRow> periods;
    while (p.step()) periods.push_back(period_row(p, 0));
    d.periods = periods_not_over(periods, now);
    d.hours = hours_of(id);

    if (version_ >= 3) {
        // One row per note: the language the fallback chain ranks first.
        Stmt n(db_, with_lang_rank("SELECT value, lang, coalesce(valid_from, ''), coalesce(valid_through, ''), note "
                                   "FROM schedule_note WHERE item_id = :item AND (valid_through IS NULL OR "
                                   "valid_through >= :today) ORDER BY note, $LANGRANK"));
        n.bind(1, id).bind(2, to_iso(now.date)).bind(3, lang);
        std::int64_t last = -1;
        while (n.step()) {
            if (n.i64(4) == last) continue;
            last = n.i64(4);
            d.notes.push_back({{n.text(0), n.text(1)}, n.text(2), n.text(3)});
        }
    }

    Stmt c(db_, "SELECT type, value FROM contact WHERE item_id = ?1 ORDER BY position");
    c.bind(1, id);
    while (c.step()) d.contacts.push_back({c.text(0), c.text(1)});

    // price.policy, price.free and price_text came with v3; a v2 pack has the French label only.
    const bool v3 = version_ >= 3;
    Stmt pr(db_, v3 ? "SELECT id, min_price, max_price, currency, label_fr, policy, free FROM price "
                      "WHERE item_id = ?1 ORDER BY position"
                    : "SELECT id, min_price, max_price, currency, label_fr, NULL, 0 FROM price "
                      "WHERE item_id = ?1 ORDER BY position");
    pr.bind(1, id);
    std::map<std::int64_t, size_t> price_index;
    while (pr.step()) {
        PriceRow row;
        row.min_price = pr.null(1) ? -1 : pr.f64(1);
        row.max_price = pr.null(2) ? -1 : pr.f64(2);
        row.currency = pr.text(3);
        row.policy = pr.text(5);
        row.free = pr.i32(6) != 0;
        if (!v3 && !pr.text(4).empty()) row.label["fr"] = pr.text(4);
        price_index[pr.i64(0)] = d.prices.size();
        d.prices.push_back(std::move(row));
    }
    if (v3 && !d.prices.empty()) {
        Stmt pt(db_, "SELECT price_id, lang, label, conditions FROM price_text "
                     "WHERE price_id IN (SELECT id FROM price WHERE item_id = ?1)");
        pt.bind(1, id);
        while (pt.step()) {
            auto at = price_index.find(pt.i64(0));
            if (at == price_index.end()) continue;
            PriceRow& row = d.prices[at->second];
            if (!pt.null(2) && !pt.text(2).empty()) row.label[pt.text(1)] = pt.text(2);
            if (!pt.null(3) && !pt.text(3).empty()) row.conditions[pt.text(1)] = pt.text(3);
        }
    }

    Stmt m(db_, "SELECT m.id, m.credits, m.licence FROM item_media im JOIN media m ON m.id = im.media_id "
                "WHERE im.item_id = ?1 ORDER BY im.position");
    m.bind(1, id);
    while (m.step()) d.media.push_back({m.i64(0), m.text(1), m.text(2)});
    read_categories(id, lang, d);
    if (version_ >= 3) read_facts(id, lang, d);
    return d;
}

void Pack::read_categories(std::int64_t id, const std::string& lang, ItemDetail& d) const {
    // :lang is the first named parameter (in $LANGRANK), :item the second.
    Stmt st(db_, with_lang_rank("SELECT c.category_id, (SELECT label || char(31) || lang FROM category_label "
                                "WHERE category_id = c.category_id ORDER BY $LANGRANK LIMIT 1) "
                                "FROM item_category c WHERE c.item_id = :item"));
    st.bind(1, lang).bind(2, id);
    while (st.step()) {
        CategoryRow c;
        c.id = st.text(0);
        split_unit(st.text(1), c.label.value, c.label.lang);
        if (!c.label.empty()) d.categories.push_back(std::move(c));  // nothing to show without a label
    }
    std::stable_sort(d.categories.begin(), d.categories.end(),
                     [](const CategoryRow& a, const CategoryRow& b) { return fold(a.label.value) < fold(b.label.value); });
    // A class and a theme may carry the same words (DefenceSite and kb:Fortifications are both
    // "Fortifications"): one chip says it.
    d.categories.erase(std::unique(d.categories.begin(), d.categories.end(),
                                   [](const CategoryRow& a, const CategoryRow& b) {
                                       return fold(a.label.value) == fold(b.label.value);
                                   }),
                       d.categories.end());
}

void Pack::read_facts(std::int64_t id, const std::string& lang, ItemDetail& d) const {
    Stmt st(db_, with_lang_rank("SELECT f.key, f.value, (SELECT label || char(31) || lang FROM thesaurus_label "
                                "WHERE id = f.value ORDER BY $LANGRANK LIMIT 1) "
                                "FROM item_fact f WHERE f.item_id = :item ORDER BY f.key, f.value"));
    st.bind(1, lang).bind(2, id);
    while (st.step()) {
        FactRow f{st.text(0), st.text(1), {}, {}};
        split_unit(st.text(2), f.label, f.label_lang);
        d.facts.push_back(std::move(f));
    }
}

std::set<std::int64_t> Pack::wheelchair_items(const std::string& kind) const {
    std::set<std::int64_t> out;
    if (version_ < 3) return out;
    // The rows wheelchair_access() reads, grouped by item, so the filter and the card agree.
    Stmt st(db_, "SELECT f.item_id, f.key, f.value FROM item_fact f JOIN item i ON i.id = f.item_id "
                 "WHERE i.kind = ?1 AND f.key IN ('wheelchair', 'label') ORDER BY f.item_id");
    st.bind(1, kind);
    wheelchair_rows(st, [&](std::int64_t id) { out.insert(id); });
    return out;
}

void Pack::wheelchair_rows(Stmt& st, const std::function<void(std::int64_t)>& yes) {
    std::int64_t current = 0;
    std::vector<FactRow> facts;
    auto flush = [&] {
        if (current && wheelchair_access(facts) == Access::Yes) yes(current);
        facts.clear();
    };
    while (st.step()) {
        if (st.i64(0) != current) {
            flush();
            current = st.i64(0);
        }
        facts.push_back({st.text(1), st.text(2), {}, {}});
    }
    flush();
}

std::vector<CategoryRow> Pack::categories_of_kind(const std::string& kind, const std::string& lang) const {
    Stmt st(db_, with_lang_rank("SELECT c.category_id, c.item_id, (SELECT label || char(31) || lang FROM category_label "
                                "WHERE category_id = c.category_id ORDER BY $LANGRANK LIMIT 1) "
                                "FROM item_category c JOIN item i ON i.id = c.item_id WHERE i.kind = :kind "
                                "ORDER BY c.category_id, c.item_id"));
    st.bind(1, lang).bind(2, kind);
    std::vector<CategoryRow> out;
    while (st.step()) {
        if (out.empty() || out.back().id != st.text(0)) {
            CategoryRow c;
            c.id = st.text(0);
            split_unit(st.text(2), c.label.value, c.label.lang);
            out.push_back(std::move(c));
        }
        out.back().items.push_back(st.i64(1));
    }
    std::erase_if(out, [](const CategoryRow& c) { return c.label.empty(); });
    std::stable_sort(out.begin(), out.end(),
                     [](const CategoryRow& a, const CategoryRow& b) { return fold(a.label.value) < fold(b.label.value); });
    return out;
}

std::map<std::int64_t, std::vector<HoursRow>> Pack::hours_of_kind(const std::string& kind) const {
    Stmt st(db_, "SELECT h.item_id, h.day_of_week, h.opens, h.closes, h.valid_from, h.valid_through "
                 "FROM opening_hours h JOIN item i ON i.id = h.item_id WHERE i.kind = ?1");
    st.bind(1, kind);
    std::map<std::int64_t, std::vector<HoursRow>> out;
    while (st.step()) out[st.i64(0)].push_back(hours_row(st, 1));
    return out;
}

std::map<std::int64_t, std::vector<PeriodRow>> Pack::periods_of_kind(const std::string& kind) const {
    Stmt st(db_, "SELECT item_id, " + period_columns() +
                     " FROM event_period WHERE item_id IN (SELECT id FROM item WHERE kind = ?1)");
    st.bind(1, kind);
    std::map<std::int64_t, std::vector<PeriodRow>> out;
    while (st.step()) out[st.i64(0)].push_back(period_row(st, 1));
    return out;
}

bool Pack::has(const std::string& kind) const {
    Stmt st(db_, "SELECT 1 FROM item WHERE kind = ?1 LIMIT 1");
    st.bind(1, kind);
    return st.step();
}

int Pack::count(const std::string& kind) const {
    Stmt st(db_, "SELECT count(*) FROM item WHERE kind = ?1");
    st.bind(1, kind);
    st.step();
    return st.i32(0);
}

void Pack::for_each_text(const std::function<void(const TextRow&)>& fn) const {
    Stmt st(db_, "SELECT t.item_id, i.kind, coalesce(i.town, ''), t.field, t.lang, t.value "
                 "FROM item_text t JOIN item i ON i.id = t.item_id "
                 "UNION ALL SELECT c.item_id, i.kind, coalesce(i.town, ''), 'category', l.lang, l.label "
                 "FROM item_category c JOIN item i ON i.id = c.item_id JOIN category_label l ON l.category_id = c.category_id "
                 "ORDER BY 1");
    TextRow r;
    while (st.step()) {
        r.item_id = st.i64(0);
        r.kind = st.text(1);
        r.town = st.text(2);
        r.field = st.text(3);
        r.lang = st.text(4);
        r.value = st.text(5);
        fn(r);
    }
}

void Pack::for_each_label(const std::function<void(std::string_view)>& fn) const {
    std::string sql =
        "SELECT value FROM meta UNION SELECT title FROM media UNION SELECT credits FROM media "
        "UNION SELECT street FROM item";
    if (version_ >= 3)
        sql += " UNION SELECT name FROM department UNION SELECT region_name FROM department "
               "UNION SELECT label FROM thesaurus_label UNION SELECT value FROM schedule_note "
               "UNION SELECT label FROM price_text UNION SELECT conditions FROM price_text";
    Stmt st(db_, sql.c_str());
    while (st.step()) fn(st.text(0));
}

std::vector<Pack::GeoRow> Pack::positions() const {
    Stmt st(db_, "SELECT id, kind, lat, lon FROM item WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY id");
    std::vector<GeoRow> out;
    while (st.step()) out.push_back({st.i64(0), st.text(1), st.f64(2), st.f64(3)});
    return out;
}

bool Pack::thumbnail(std::int64_t media_id, std::string& jpeg) const {
    Stmt st(db_, "SELECT bytes FROM thumbnail WHERE media_id = ?1");
    st.bind(1, media_id);
    if (!st.step()) return false;
    jpeg = st.blob(0);
    return true;
}

bool Pack::media(std::int64_t media_id, std::string& bytes) const {
    Stmt st(db_, "SELECT bytes FROM media WHERE id = ?1");
    st.bind(1, media_id);
    if (!st.step()) return false;
    bytes = st.blob(0);
    return true;
}

bool Pack::media_frame(std::int64_t media_id, MediaFrame& out) const {
    Stmt st(db_, has_focus_ ? "SELECT m.width, m.height, f.x, f.y FROM media m LEFT JOIN media_focus f ON f.media_id = m.id"
                              " WHERE m.id = ?1"
                            : "SELECT width, height, NULL, NULL FROM media WHERE id = ?1");
    st.bind(1, media_id);
    if (!st.step()) return false;
    out.width = static_cast<int>(st.i64(0));
    out.height = static_cast<int>(st.i64(1));
    out.focus = {};
    // The CHECKs keep x and y in 0..1; clamped anyway, a hand-edited pack must not move a crop
    // off the picture.
    if (!st.null(2) && !st.null(3)) out.focus = {std::clamp(st.f64(2), 0.0, 1.0), std::clamp(st.f64(3), 0.0, 1.0)};
    return true;
}

// ---------------------------------------------------------------------------------------
// Routes (format v4, schema.sql). A step's item is found by its @id (route_step.ref =
// item.source_id, an indexed UNIQUE column), so the link holds whatever the build order.

namespace {

// A step route() shows: an item of the pack, or a point with its own position or its own name
// (a work known by its street: listed, not drawn on the map).
constexpr const char* kShownStep =
    "(i.id IS NOT NULL OR (s.lat IS NOT NULL AND s.lon IS NOT NULL) OR"
    " EXISTS (SELECT 1 FROM route_step_name n WHERE n.route_id = s.route_id AND n.position = s.position))";

RouteMeans means_of(const std::string& m) {
    if (m == "walk") return RouteMeans::Walk;
    if (m == "bike") return RouteMeans::Bike;
    if (m == "car") return RouteMeans::Car;
    if (m == "horse") return RouteMeans::Horse;
    if (m == "boat") return RouteMeans::Boat;
    return RouteMeans::Unknown;
}

bool in_range(double lat, double lon) { return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180; }

}  // namespace

std::vector<std::int64_t> Pack::route_ids() const {
    std::vector<std::int64_t> out;
    if (version_ < 4) return out;
    Stmt st(db_, "SELECT r.item_id FROM route r JOIN item i ON i.id = r.item_id WHERE i.kind = 'route' ORDER BY r.item_id");
    while (st.step()) out.push_back(st.i64(0));
    return out;
}

std::optional<Route> Pack::route(std::int64_t id, const std::string& lang) const {
    if (version_ < 4) return std::nullopt;
    Stmt st(db_, "SELECT r.means, r.length_m, r.duration_min, r.loop, r.path FROM route r JOIN item i ON i.id = r.item_id "
                 "WHERE r.item_id = ?1 AND i.kind = 'route'");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    const std::string where = " (route " + std::to_string(id) + "): " + path_;
    Route r;
    r.item_id = id;
    r.title = text(id, "title", lang);
    r.means = means_of(st.text(0));
    if (!st.null(1)) r.length_m = std::max(0.0, st.f64(1));
    if (!st.null(2)) r.duration_min = std::max(0, st.i32(2));
    r.loop = st.i32(3) != 0;
    const bool has_path = !st.null(4);
    if (has_path && !decode_path(st.blob(4), r.path))
        throw PackError(PackError::Code::Corrupt, "pack is damaged (a route's path is not whole points in range)" + where);
    r.path_from_export = has_path;

    Stmt d(db_, with_lang_rank("SELECT label, lang FROM route_difficulty WHERE route_id = :route ORDER BY $LANGRANK LIMIT 1"));
    d.bind(1, id).bind(2, lang);
    if (d.step()) r.difficulty = {d.text(0), d.text(1)};

    // :lang is the first named parameter, :route the second.
    const std::string rank = kLangRank;
    Stmt s(db_, "SELECT s.position, i.id, i.lat, i.lon, s.lat, s.lon,"
                " (SELECT value || char(31) || lang FROM item_text WHERE item_id = i.id AND field = 'title' ORDER BY " + rank +
                    " LIMIT 1),"
                " (SELECT name || char(31) || lang FROM route_step_name n WHERE n.route_id = s.route_id AND"
                "  n.position = s.position ORDER BY " + rank + " LIMIT 1)"
                " FROM route_step s LEFT JOIN item i ON i.source_id = s.ref WHERE s.route_id = :route AND " +
                    std::string(kShownStep) + " ORDER BY s.position");
    s.bind(1, lang).bind(2, id);
    while (s.step()) {
        RouteStep step;
        step.item_id = s.null(1) ? 0 : s.i64(1);
        if (step.item_id && !s.null(2) && !s.null(3)) {
            step.has_geo = true;
            step.at = {s.f64(2), s.f64(3)};
        } else if (!s.null(4) && !s.null(5)) {
            step.has_geo = true;
            step.at = {s.f64(4), s.f64(5)};
        }
        if (step.has_geo && !in_range(step.at.lat, step.at.lon))
            throw PackError(PackError::Code::Corrupt, "pack is damaged (a route step's position is out of range)" + where);
        split_unit(s.text(step.item_id ? 6 : 7), step.name.value, step.name.lang);
        // An item without a title in any language (the writer never makes one) keeps the
        // step's own name.
        if (step.name.empty() && step.item_id) split_unit(s.text(7), step.name.value, step.name.lang);
        r.steps.push_back(std::move(step));
    }
    if (!has_path) {
        for (const RouteStep& step : r.steps)
            if (step.has_geo) r.path.push_back(step.at);
        if (r.path.size() < 2) r.path.clear();
    }
    return r;
}

std::vector<RouteRef> Pack::routes_of(std::int64_t item_id, const std::string& lang) const {
    std::vector<RouteRef> out;
    if (version_ < 4) return out;
    // The item's first step in each route, numbered among the steps route() shows.
    Stmt st(db_, "SELECT s.route_id, min(s.position) FROM route_step s JOIN route r ON r.item_id = s.route_id "
                 "JOIN item ri ON ri.id = r.item_id AND ri.kind = 'route' "
                 "WHERE s.ref = (SELECT source_id FROM item WHERE id = ?1) GROUP BY s.route_id");
    st.bind(1, item_id);
    Stmt num(db_, "SELECT count(*) FROM route_step s LEFT JOIN item i ON i.source_id = s.ref "
                  "WHERE s.route_id = ?1 AND s.position <= ?2 AND " + std::string(kShownStep));
    while (st.step()) {
        RouteRef ref;
        ref.route_id = st.i64(0);
        num.bind(1, ref.route_id).bind(2, st.i64(1));
        num.step();
        ref.step = num.i32(0);
        num.reset();
        ref.title = text(ref.route_id, "title", lang);
        out.push_back(std::move(ref));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RouteRef& a, const RouteRef& b) { return fold(a.title.value) < fold(b.title.value); });
    return out;
}

}  // namespace kiosk
