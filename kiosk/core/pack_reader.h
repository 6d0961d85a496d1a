// Read-only access to a content pack: the only way the kiosk touches pack data.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/error.h"
#include "core/picture_frame.h"
#include "core/practical.h"
#include "core/sqlite.h"

namespace kiosk {

// core/route.h (which needs Text from here): include it to call Pack::route and routes_of.
struct Route;
struct RouteRef;

// Why a pack was refused. The message is one line a staff member can act on. The code is
// finer than the error kind, for the staff screen and tests: a foreign SQLite file and a
// text file are both Corrupt to a caller, but staff are told which it was.
class PackError : public Error {
public:
    enum class Code { NotFound, NotAPack, ForeignApplication, UnknownVersion, Corrupt };
    // Line breaks in the message (SQLite's integrity reports have them) become spaces.
    PackError(Code c, const std::string& msg) : Error(kind_of(c), one_line(msg)), code_(c) {}
    Code code() const { return code_; }

private:
    static ErrorKind kind_of(Code c) {
        switch (c) {
            case Code::NotFound: return ErrorKind::NotFound;
            case Code::UnknownVersion: return ErrorKind::Incompatible;
            default: return ErrorKind::Corrupt;
        }
    }
    static std::string one_line(std::string s) {
        for (char& ch : s)
            if (ch == '\n' || ch == '\r') ch = ' ';
        return s;
    }
    Code code_;
};

// A text in the best language available, and which language that was.
struct Text {
    std::string value;
    std::string lang;
    bool empty() const { return value.empty(); }
};

struct Card {
    std::int64_t id = 0;
    std::string kind;
    Text title;
    std::string town;
    std::int64_t thumb_media = 0;  // 0 = no picture
    // Events: the dates of the next occurrence (core/event_dates.h), today's date for one
    // under way; empty for other kinds.
    std::string next_start;
    std::string next_end;
};

struct PeriodRow {
    std::string start_date, end_date, start_time, end_time;  // times may be empty
    int weekdays = 0;  // days the event is held within the dates: bit d-1 for ISO day d; 0 = every day
    bool operator==(const PeriodRow&) const = default;
};

struct HoursRow {
    int day_of_week = 1;  // 1 = Monday
    std::string opens, closes, valid_from, valid_through;
    bool operator==(const HoursRow&) const = default;
};

// Words next to the hours or dates, in the best language available, and when they hold.
struct NoteRow {
    Text text;
    std::string valid_from, valid_through;  // empty = unbounded
};

struct ContactRow {
    std::string type, value;
};

// One price line as the pack stores it; core/prices.h turns it into what a visitor reads.
struct PriceRow {
    double min_price = -1, max_price = -1;  // -1 = not given
    std::string currency;
    std::string policy;  // thesaurus id ("kb:ReducedRate"); "" on v2 packs
    bool free = false;   // v3; on v2 packs an amount of 0 alone still reads as free
    // The export's words per language (lang -> text): the policy's label, and the conditions
    // (or, with no amount, the price as written). A v2 pack has only label {"fr": label_fr}.
    std::map<std::string, std::string> label, conditions;
};

// A category of an item (a theme, or a @type class such as Museum) with its label in the
// visitor's language or the nearest one.
struct CategoryRow {
    std::string id;
    Text label;
    std::vector<std::int64_t> items;  // categories_of_kind only: the items of that kind in it
};

struct MediaRef {
    std::int64_t id = 0;
    std::string credits, licence;
};

struct ItemDetail {
    std::int64_t id = 0;
    std::string kind, source_id;
    Text title, short_desc, long_desc, hours_text;
    std::string street, postal_code, town;
    bool has_geo = false;
    double lat = 0, lon = 0;
    std::vector<PeriodRow> periods;  // events: only those not yet over, soonest first
    std::vector<HoursRow> hours;
    std::vector<NoteRow> notes;      // not yet expired, in export order (v3 packs)
    std::vector<ContactRow> contacts;
    std::vector<PriceRow> prices;
    std::vector<MediaRef> media;
    // Format v3 (left empty on older packs): practical information (core/practical.h), in
    // (key, value) order, and categories sorted by their folded label.
    std::vector<FactRow> facts;
    std::vector<CategoryRow> categories;
};

class Pack {
public:
    // Opens defensively (read-only, no mmap, defensive mode, untrusted schema) and checks
    // application id and schema version, then (when verify) runs quick_check. A second
    // connection to a pack already verified may skip that. Throws PackError.
    static std::unique_ptr<Pack> open(const std::string& path, bool verify = true);
    ~Pack();
    Pack(const Pack&) = delete;
    Pack& operator=(const Pack&) = delete;

    const std::string& path() const { return path_; }
    // The format version (PRAGMA user_version), between kOldestReadableSchemaVersion and
    // kSchemaVersion. Reads of facts a version added are skipped on older packs.
    int schema_version() const { return version_; }
    // Full PRAGMA integrity_check (every page, index and constraint): slower than the
    // quick_check done by open(), so the installer runs it once per new pack. Throws
    // PackError(Corrupt) with SQLite's first findings.
    void integrity_check() const;
    const std::map<std::string, std::string>& meta() const { return meta_; }
    std::string meta(const std::string& key) const;

    // Cards of one kind in the visitor's language (with fallback). Events with nothing left
    // at `now` (every period and time slot over) are left out, and events are ordered by
    // their next occurrence (core/event_dates.h).
    std::vector<Card> cards(const std::string& kind, const std::string& lang, const DateTime& now) const;
    ItemDetail item(std::int64_t id, const std::string& lang, const DateTime& now) const;
    // Cards for the given items, in the given order (search results). Unknown ids are skipped.
    std::vector<Card> cards_by_id(const std::vector<std::int64_t>& ids, const std::string& lang, const DateTime& now) const;
    // Opening rules and event periods of every item of a kind, for list filters and
    // the open/closed line on cards (one query per list, not one per card).
    std::map<std::int64_t, std::vector<HoursRow>> hours_of_kind(const std::string& kind) const;
    std::map<std::int64_t, std::vector<PeriodRow>> periods_of_kind(const std::string& kind) const;
    int count(const std::string& kind) const;
    // At least one item of the kind: an index lookup, for the first screen of a big pack.
    bool has(const std::string& kind) const;
    // Items of a kind whose export states wheelchair access (wheelchair_access() == Yes), for
    // the list's wheelchair filter. Empty on packs older than v3.
    std::set<std::int64_t> wheelchair_items(const std::string& kind) const;
    // The categories of a kind's items, labelled in the visitor's language, each with its
    // items, sorted by folded label: the list's category chips and filter.
    std::vector<CategoryRow> categories_of_kind(const std::string& kind, const std::string& lang) const;

    // Every text row with its item's kind and town, for building in-memory indexes
    // (search). Rows come grouped by item. Besides item_text's fields, each label of the
    // item's categories comes as field "category", so "museum" finds museums in any language.
    struct TextRow {
        std::int64_t item_id;
        std::string kind, town, field, lang, value;
    };
    void for_each_text(const std::function<void(const TextRow&)>& fn) const;
    // The other words the screens show from the pack, beyond for_each_text's: meta values
    // (region, greetings), picture titles and credits, and on a v3 pack the departments,
    // fact labels, schedule notes and price words. For the glyphs the font must hold.
    void for_each_label(const std::function<void(std::string_view)>& fn) const;
    // Position of every item that has one, for the map.
    struct GeoRow {
        std::int64_t item_id;
        std::string kind;
        double lat, lon;
    };
    std::vector<GeoRow> positions() const;

    bool thumbnail(std::int64_t media_id, std::string& jpeg) const;
    bool media(std::int64_t media_id, std::string& bytes) const;

    // A picture's size (of media.bytes) and focal point (schema.sql, media_focus; the centre
    // in a pack made before the table existed). False when there is no such media row.
    struct MediaFrame {
        int width = 0, height = 0;
        Focus focus;
    };
    bool media_frame(std::int64_t media_id, MediaFrame& out) const;

    // Routes (format v4, issue 17; core/route.h). Empty / nullopt on older packs.
    // The items that are routes with their steps (a row in `route`), by id.
    std::vector<std::int64_t> route_ids() const;
    // One route: its facts, its steps in order (each an item of the pack or a point with a
    // position; a step with neither is left out), and its path (the export's geometry, else
    // straight legs between the steps that have a position). A handful of indexed queries:
    // fine on the UI thread, like item(). nullopt when `id` is not a route. Throws
    // PackError(Corrupt) when the route's rows are damaged (a path that is not whole int32
    // pairs, a point out of range): check_pack_readable reads every route, so an installed
    // pack never throws here.
    std::optional<Route> route(std::int64_t id, const std::string& lang) const;
    // The routes an item is a step of ("part of route X"), ordered by the route's title; the
    // step number counts the steps route() shows.
    std::vector<RouteRef> routes_of(std::int64_t item_id, const std::string& lang) const;

private:
    // The catalog (core/catalog.h) reads whole tables through the same connection.
    friend class Catalog;
    Pack() = default;
    Text text(std::int64_t item, const char* field, const std::string& lang) const;
    void read_categories(std::int64_t id, const std::string& lang, ItemDetail& d) const;
    void read_facts(std::int64_t id, const std::string& lang, ItemDetail& d) const;
    std::vector<HoursRow> hours_of(std::int64_t id) const;
    // The event_period columns PeriodRow is read from (weekdays is 0 before v3).
    std::string period_columns() const;
    static PeriodRow period_row(const Stmt& st, int col);
    // day_of_week, opens, closes, valid_from, valid_through from column `col` on.
    static HoursRow hours_row(const Stmt& st, int col);
    // Rows (item_id, key, value) of item_fact ordered by item: calls `yes` for each item whose
    // facts say wheelchair_access() == Yes (the list's filter, here and in the catalog).
    static void wheelchair_rows(Stmt& st, const std::function<void(std::int64_t)>& yes);

    Db db_;
    std::string path_;
    int version_ = 0;
    bool has_focus_ = false;  // the pack has the media_focus table
    std::map<std::string, std::string> meta_;
};

// The order in which languages are tried for a visitor reading `lang`: their own, then
// English (the most widely read by our visitors), then French (the export's own language);
// for the UI languages, their content_chain in core/languages.h.
std::vector<std::string> fallback_chain(const std::string& lang);

}  // namespace kiosk
