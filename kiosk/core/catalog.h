// What the kiosk's lists, map, home tiles, filters and attract loop show of a pack, read once
// per pack in a few whole-table queries, so that no tap runs SQL.
//
// Why: on a 50,000-item pack each list, filter or language change used to re-run the card
// query (three correlated subqueries per item) and reload every event's dates and every
// site's hours: 0.6-0.9 s of frozen screen per tap. A Catalog is read on the content loader's
// thread (app/content_loader.h) while the old pack stays on screen, and is immutable
// afterwards, so the UI thread only looks things up. Details of one item (long texts,
// prices, contacts) still come from Pack::item: one item's rows, a millisecond.
//
// A Listing is the Catalog's cards in one language at one minute: every kind's cards in
// display order (events with nothing left dropped, the rest by next occurrence), what the
// home tiles, the list, the map and the attract loop start from. Its answers are those of
// Pack::cards (tests/core/test_catalog.cpp compares them).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/dates.h"
#include "core/event_dates.h"
#include "core/hours.h"
#include "core/pack_reader.h"

namespace kiosk {

class Catalog {
public:
    // Reads the pack's items, titles, first pictures, positions, hours, event periods,
    // categories and wheelchair facts. Titles are put in display order ahead of time for each
    // of `languages` (the ones the kiosk offers); another language is sorted when asked.
    // Throws what the pack throws (SqlError, PackError): a foreign or damaged pack is refused
    // here, before anything of it reaches the screen.
    static std::shared_ptr<const Catalog> read(const Pack& pack, const std::vector<std::string>& languages);

    // Kinds with at least one item, in kKinds order, and how many items each has (events
    // counted whether or not they are over: Listing::count says how many are left).
    const std::vector<std::string>& kinds() const { return kinds_; }
    int count(const std::string& kind) const;
    std::size_t size() const { return items_.size(); }

    // Cards of one kind in `lang` at `now`, in display order: Pack::cards' answer. `known`,
    // when given, may answer for an event instead of working out its next occurrence: it sets
    // the card's dates and returns 1, returns 0 for an event known to be over, -1 to ask.
    using KnownDates = std::function<int(std::int64_t id, Card& c)>;
    std::vector<Card> cards(const std::string& kind, const std::string& lang, const DateTime& now,
                            const KnownDates* known = nullptr) const;
    // One card (an ended event included, with empty dates); nullopt for an unknown id.
    std::optional<Card> card(std::int64_t id, const std::string& lang) const;

    // Rows of one item, as the pack gives them (empty when none): made from the compact
    // tables below on each call, a few hundred nanoseconds a row.
    std::vector<HoursRow> hours(std::int64_t id) const;
    std::vector<PeriodRow> periods(std::int64_t id) const;
    bool has_hours(std::int64_t id) const { return hours_table(id) >= 0; }
    // Which stored table an item's rows are (-1: none). Items whose rows are equal, row for
    // row, share one: equal numbers exactly when the rows are equal.
    std::int32_t hours_table(std::int64_t id) const;
    std::int32_t periods_table(std::int64_t id) const;
    // False when the item's events cannot fall on from..to (event_dates.h occurrence_bounds,
    // worked out once per table): occurs_between need not be asked. Picking a date at 50,000
    // items then looks at the few events near it, not at every one (80 ms).
    bool may_occur_between(std::int64_t id, const Date& from, const Date& to) const;
    // The export states wheelchair access (practical.h wheelchair_access() == Yes).
    bool wheelchair(std::int64_t id) const;
    bool any_wheelchair(const std::string& kind) const;
    // The categories of a kind's items with labels in `lang` (fallback chain), each with its
    // items, sorted by folded label: Pack::categories_of_kind's answer.
    std::vector<CategoryRow> categories_of_kind(const std::string& kind, const std::string& lang) const;
    // Every item with a position, by id: Pack::positions' answer.
    const std::vector<Pack::GeoRow>& positions() const { return positions_; }

private:
    struct Item {
        std::int64_t id = 0;
        std::string kind, town;
        std::int64_t thumb = 0;
        std::uint32_t titles_begin = 0, titles_end = 0;  // into titles_
        std::int32_t hours = -1, periods = -1;           // tables of hours_ / periods_, -1 = none
        bool wheelchair = false;
    };
    struct Title {
        std::string lang, value;
    };
    struct Category {
        std::string id;
        std::vector<Title> labels;
    };
    // Display order of one language: the chosen title of each item and, per kind, the items
    // sorted by folded title (ties by id).
    struct Order {
        std::vector<std::uint32_t> title;  // per item: index into titles_, or kNone
        std::vector<std::uint32_t> rank;   // per item: position in its kind's alphabetical order
        std::map<std::string, std::vector<std::uint32_t>, std::less<>> by_kind;
    };
    static constexpr std::uint32_t kNone = 0xffffffffu;

    Catalog() = default;
    const Item* find(std::int64_t id) const;
    Order make_order(const std::string& lang) const;
    const Order& order(const std::string& lang, std::unique_ptr<Order>& scratch) const;
    Card make_card(const Item& it, std::uint32_t title) const;  // title: index into titles_, or kNone

    std::vector<Item> items_;  // by id
    std::unordered_map<std::int64_t, std::uint32_t> index_;
    std::vector<Title> titles_;
    // Opening hours and event periods, compact. Why: four std::string a row are 136 bytes,
    // and a 50,000-item pack has some 600,000 rows (80 MB). Each distinct field value is kept
    // once in strings_ (dates and times repeat endlessly) and a row is four indices into it
    // plus its number, 20 bytes; each distinct table of rows is kept once (many places share
    // their hours). Indices, not parsed dates: any text the pack holds comes back as it was.
    struct PackedRow {
        std::uint32_t field[4];  // HoursRow opens, closes, valid_from, valid_through;
                                 // PeriodRow start_date, end_date, start_time, end_time
        std::int32_t number;     // HoursRow day_of_week; PeriodRow weekdays
    };
    struct Tables {
        std::vector<PackedRow> rows;
        std::vector<std::uint32_t> begin{0};  // table t is rows [begin[t], begin[t + 1])
        std::size_t count() const { return begin.size() - 1; }
    };
    std::vector<std::string> strings_;
    Tables hours_, periods_;
    std::vector<HoursRow> unpack_hours(std::int32_t table) const;  // -1: none
    std::vector<PeriodRow> unpack_periods(std::int32_t table) const;
    std::vector<std::optional<std::pair<Date, Date>>> period_bounds_;  // per table of periods_
    std::vector<Category> categories_;  // by id
    // Per kind: the categories its items have (index into categories_) with those items.
    std::map<std::string, std::vector<std::pair<std::size_t, std::vector<std::int64_t>>>, std::less<>> kind_categories_;
    std::vector<Pack::GeoRow> positions_;
    std::vector<std::string> kinds_;
    std::map<std::string, int, std::less<>> counts_;
    std::map<std::string, Order, std::less<>> orders_;  // by language, made in read()
};

// The cards of every kind in one language at one minute (see the top of this file), with what
// the list's filters need at that minute, so that a filter tap only looks things up.
struct Listing {
    Listing() = default;
    Listing(const Listing&) = delete;  // find() points into `cards`
    Listing& operator=(const Listing&) = delete;
    std::string lang;
    DateTime now;
    std::map<std::string, std::vector<Card>, std::less<>> cards;  // per kind, display order
    // Places (not events) with opening hours: open or closed at `now` (hours.h open_status).
    std::unordered_map<std::int64_t, OpenStatus> open;
    // The events held within each date window at `now` (event_dates.h occurs_between), by
    // EventWindow; OnDate is the window of `picked`.
    Date picked;
    std::array<std::unordered_set<std::int64_t>, 4> window;
    // The cards, 0 for an item not listed (an event that is over).
    const Card* find(std::int64_t id) const;
    int count(const std::string& kind) const;
    const std::vector<Card>& of(const std::string& kind) const;

    // Until which minute of `now`'s day an item's open status, dates and windows stay as
    // worked out (the first time its hours or periods name after `now`; 1440 = midnight).
    // The next minute's listing works out again only the items whose minute has come.
    std::unordered_map<std::int64_t, int> until;
    const Catalog* made_from = nullptr;

    const OpenStatus* open_status(std::int64_t id) const;
    bool in_window(EventWindow w, std::int64_t id) const { return window[static_cast<std::size_t>(w)].count(id) > 0; }

    // About 0.5 s for 50,000 items (events' next dates, places' open status): made on the
    // content loader's thread, never while a frame waits.
    // `previous`, a listing of the same catalog earlier the same day, lends what has not
    // changed since: a minute's listing then costs a few milliseconds, not half a second.
    static std::shared_ptr<const Listing> make(const Catalog& catalog, const std::string& lang, const DateTime& now,
                                               const Date& picked, const Listing* previous = nullptr);

private:
    std::unordered_map<std::int64_t, std::pair<const std::vector<Card>*, std::size_t>> where_;
};

}  // namespace kiosk
