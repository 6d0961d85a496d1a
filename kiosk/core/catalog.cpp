// The pack read once into memory for lists, filters and the map (catalog.h says why).
#include "core/catalog.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <type_traits>
#include <unordered_map>

#include "core/event_dates.h"
#include "core/kinds.h"
#include "core/sqlite.h"
#include "core/text_fold.h"

namespace kiosk {

namespace {

// Reads rows into the compact form of catalog.h: each distinct text once, each distinct table
// of rows once. `add` takes one item's row; `finish` returns the tables, the items' slots
// renumbered to them.
template <typename PackedRowT>
class TablePacker {
public:
    explicit TablePacker(std::vector<std::string>& strings) : strings_(strings) {
        for (std::uint32_t i = 0; i < strings_.size(); ++i) ids_.emplace(strings_[i], i);
    }
    std::uint32_t text(const std::string& s) {
        const auto [at, fresh] = ids_.emplace(s, static_cast<std::uint32_t>(strings_.size()));
        if (fresh) strings_.push_back(s);
        return at->second;
    }
    // Rows of one item go to its own group, made on its first row.
    void add(std::int32_t& slot, const PackedRowT& row) {
        if (slot < 0) {
            slot = static_cast<std::int32_t>(groups_.size());
            groups_.emplace_back();
        }
        groups_[static_cast<std::size_t>(slot)].push_back(row);
    }
    template <typename ItemT>
    void finish(std::vector<ItemT>& items, std::int32_t ItemT::*slot, std::vector<PackedRowT>& rows,
                std::vector<std::uint32_t>& begin) {
        // A table's key is its rows' bytes: indices into one set of distinct texts, so equal
        // keys are equal rows, whatever the texts hold (the row type has no padding).
        static_assert(std::has_unique_object_representations_v<PackedRowT>);
        std::vector<std::int32_t> moved_to(groups_.size());
        std::unordered_map<std::string, std::int32_t> seen;
        for (std::size_t g = 0; g < groups_.size(); ++g) {
            const std::vector<PackedRowT>& group = groups_[g];
            std::string key(reinterpret_cast<const char*>(group.data()), group.size() * sizeof(PackedRowT));
            const auto [at, fresh] = seen.emplace(std::move(key), static_cast<std::int32_t>(begin.size() - 1));
            if (fresh) {
                rows.insert(rows.end(), group.begin(), group.end());
                begin.push_back(static_cast<std::uint32_t>(rows.size()));
            }
            moved_to[g] = at->second;
        }
        for (ItemT& it : items)
            if (it.*slot >= 0) it.*slot = moved_to[static_cast<std::size_t>(it.*slot)];
        groups_.clear();
        rows.shrink_to_fit();
        begin.shrink_to_fit();
    }

private:
    std::vector<std::string>& strings_;
    std::unordered_map<std::string, std::uint32_t> ids_;
    std::vector<std::vector<PackedRowT>> groups_;
};

// The reader's SQL ranks languages this way (pack_reader.cpp kLangRank): the visitor's,
// English, French, then the others alphabetically. Lower is better.
bool better_lang(const std::string& a, const std::string& b, const std::string& visitor) {
    auto rank = [&](const std::string& l) { return l == visitor ? 0 : l == "en" ? 1 : l == "fr" ? 2 : 3; };
    const int ra = rank(a), rb = rank(b);
    return ra != rb ? ra < rb : a < b;
}

// The index in [begin, end) of `texts` whose language the visitor reads best, or `none`.
template <typename T>
std::uint32_t best_text(const std::vector<T>& texts, std::uint32_t begin, std::uint32_t end, const std::string& visitor,
                        std::uint32_t none) {
    std::uint32_t best = none;
    for (std::uint32_t t = begin; t < end; ++t)
        if (best == none || better_lang(texts[t].lang, texts[best].lang, visitor)) best = t;
    return best;
}

}  // namespace

std::shared_ptr<const Catalog> Catalog::read(const Pack& pack, const std::vector<std::string>& languages) {
    std::shared_ptr<Catalog> c(new Catalog());
    const Db& db = pack.db_;
    {
        // Table scans in rowid order: the order the reader's per-kind queries see them in.
        Stmt st(db, "SELECT id, kind, coalesce(town, '') FROM item ORDER BY id");
        while (st.step()) {
            Item it;
            it.id = st.i64(0);
            it.kind = st.text(1);
            it.town = st.text(2);
            c->items_.push_back(std::move(it));
        }
    }
    c->index_.reserve(c->items_.size());
    for (std::uint32_t i = 0; i < c->items_.size(); ++i) c->index_.emplace(c->items_[i].id, i);
    auto at = [&](std::int64_t id) -> Item* {
        auto f = c->index_.find(id);
        return f == c->index_.end() ? nullptr : &c->items_[f->second];
    };
    {
        // Titles grouped by item, in item order, so each item's are one slice of titles_.
        Stmt st(db, "SELECT item_id, lang, value FROM item_text WHERE field = 'title' ORDER BY item_id, lang");
        while (st.step()) {
            Item* it = at(st.i64(0));
            if (!it) continue;
            const auto n = static_cast<std::uint32_t>(c->titles_.size());
            if (it->titles_end != n) it->titles_begin = n;
            c->titles_.push_back({st.text(1), st.text(2)});
            it->titles_end = n + 1;
        }
    }
    {
        Stmt st(db, "SELECT item_id, media_id FROM item_media ORDER BY item_id, position");
        std::int64_t last = 0;
        while (st.step()) {
            const std::int64_t id = st.i64(0);
            if (id == last) continue;
            last = id;
            if (Item* it = at(id)) it->thumb = st.i64(1);
        }
    }
    {
        TablePacker<PackedRow> packer(c->strings_);
        Stmt st(db, "SELECT item_id, day_of_week, opens, closes, valid_from, valid_through FROM opening_hours");
        while (st.step())
            if (Item* it = at(st.i64(0))) {
                const HoursRow r = Pack::hours_row(st, 1);
                packer.add(it->hours, {{packer.text(r.opens), packer.text(r.closes), packer.text(r.valid_from),
                                        packer.text(r.valid_through)}, r.day_of_week});
            }
        packer.finish(c->items_, &Item::hours, c->hours_.rows, c->hours_.begin);
    }
    {
        TablePacker<PackedRow> packer(c->strings_);
        Stmt st(db, "SELECT item_id, " + pack.period_columns() + " FROM event_period");
        while (st.step())
            if (Item* it = at(st.i64(0))) {
                const PeriodRow r = Pack::period_row(st, 1);
                packer.add(it->periods, {{packer.text(r.start_date), packer.text(r.end_date), packer.text(r.start_time),
                                          packer.text(r.end_time)}, r.weekdays});
            }
        packer.finish(c->items_, &Item::periods, c->periods_.rows, c->periods_.begin);
    }
    c->strings_.shrink_to_fit();
    c->period_bounds_.reserve(c->periods_.count());
    for (std::size_t t = 0; t < c->periods_.count(); ++t)
        c->period_bounds_.push_back(occurrence_bounds(c->unpack_periods(static_cast<std::int32_t>(t))));
    if (pack.schema_version() >= 3) {
        // The rows wheelchair_access() reads, grouped by item, so the filter and the card agree.
        Stmt st(db, "SELECT item_id, key, value FROM item_fact WHERE key IN ('wheelchair', 'label') ORDER BY item_id");
        Pack::wheelchair_rows(st, [&](std::int64_t id) {
            if (Item* it = at(id)) it->wheelchair = true;
        });
    }
    {
        // Rows come by category, so each category is appended once and its items go to the
        // kind they belong to.
        Stmt st(db, "SELECT category_id, item_id FROM item_category ORDER BY category_id, item_id");
        while (st.step()) {
            if (c->categories_.empty() || c->categories_.back().id != st.text(0)) c->categories_.push_back({st.text(0), {}});
            const Item* it = at(st.i64(1));
            if (!it) continue;
            auto& of_kind = c->kind_categories_[it->kind];
            const std::size_t index = c->categories_.size() - 1;
            if (of_kind.empty() || of_kind.back().first != index) of_kind.emplace_back(index, std::vector<std::int64_t>{});
            of_kind.back().second.push_back(it->id);
        }
        Stmt l(db, "SELECT category_id, lang, label FROM category_label ORDER BY category_id, lang");
        while (l.step()) {
            const std::string id = l.text(0);
            auto cat = std::lower_bound(c->categories_.begin(), c->categories_.end(), id,
                                        [](const Category& a, const std::string& b) { return a.id < b; });
            if (cat != c->categories_.end() && cat->id == id && !l.null(2)) cat->labels.push_back({l.text(1), l.text(2)});
        }
    }
    {
        Stmt st(db, "SELECT id, kind, lat, lon FROM item WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY id");
        while (st.step()) c->positions_.push_back({st.i64(0), st.text(1), st.f64(2), st.f64(3)});
    }
    for (const Item& it : c->items_) ++c->counts_[it.kind];
    for (std::string_view k : kKinds)
        if (c->counts_.count(k)) c->kinds_.emplace_back(k);
    for (const std::string& lang : languages)
        if (!c->orders_.count(lang)) c->orders_.emplace(lang, c->make_order(lang));
    return c;
}

int Catalog::count(const std::string& kind) const {
    auto f = counts_.find(kind);
    return f == counts_.end() ? 0 : f->second;
}

const Catalog::Item* Catalog::find(std::int64_t id) const {
    auto f = index_.find(id);
    return f == index_.end() ? nullptr : &items_[f->second];
}

Catalog::Order Catalog::make_order(const std::string& lang) const {
    Order o;
    o.title.assign(items_.size(), kNone);
    o.rank.assign(items_.size(), 0);
    std::vector<std::string> keys(items_.size());
    for (std::uint32_t i = 0; i < items_.size(); ++i) {
        const Item& it = items_[i];
        o.title[i] = best_text(titles_, it.titles_begin, it.titles_end, lang, kNone);
        if (o.title[i] != kNone) keys[i] = fold(titles_[o.title[i]].value);
        o.by_kind[it.kind].push_back(i);
    }
    // items_ is in id order, so a stable sort breaks ties by id, as the reader's query does.
    for (auto& [kind, rows] : o.by_kind) {
        std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
        for (std::uint32_t r = 0; r < rows.size(); ++r) o.rank[rows[r]] = r;
    }
    return o;
}

const Catalog::Order& Catalog::order(const std::string& lang, std::unique_ptr<Order>& scratch) const {
    if (auto f = orders_.find(lang); f != orders_.end()) return f->second;
    scratch = std::make_unique<Order>(make_order(lang));
    return *scratch;
}

Card Catalog::make_card(const Item& it, std::uint32_t title) const {
    Card c;
    c.id = it.id;
    c.kind = it.kind;
    c.town = it.town;
    c.thumb_media = it.thumb;
    if (title != kNone) c.title = {titles_[title].value, titles_[title].lang};
    return c;
}

std::vector<Card> Catalog::cards(const std::string& kind, const std::string& lang, const DateTime& now,
                                 const KnownDates* known) const {
    std::unique_ptr<Order> scratch;
    const Order& o = order(lang, scratch);
    std::vector<Card> out;
    auto rows = o.by_kind.find(kind);
    if (rows == o.by_kind.end()) return out;
    out.reserve(rows->second.size());
    if (kind != "event") {
        for (std::uint32_t i : rows->second) out.push_back(make_card(items_[i], o.title[i]));
        return out;
    }
    // Events by next occurrence, then alphabetically.
    std::vector<std::pair<Card, std::uint32_t>> dated;
    dated.reserve(rows->second.size());
    for (std::uint32_t i : rows->second) {
        Card c = make_card(items_[i], o.title[i]);
        const Item& it = items_[i];
        const int k = known && *known ? (*known)(it.id, c) : -1;
        if (k == 1 || (k < 0 && set_card_dates(c, periods(it.id), hours(it.id), now))) dated.emplace_back(std::move(c), o.rank[i]);
    }
    std::sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) {
        if (a.first.next_start != b.first.next_start) return a.first.next_start < b.first.next_start;
        return a.second < b.second;
    });
    for (auto& d : dated) out.push_back(std::move(d.first));
    return out;
}

std::optional<Card> Catalog::card(std::int64_t id, const std::string& lang) const {
    auto f = index_.find(id);
    if (f == index_.end()) return std::nullopt;
    // One card needs one title, not a whole order.
    const Item& it = items_[f->second];
    return make_card(it, best_text(titles_, it.titles_begin, it.titles_end, lang, kNone));
}

std::int32_t Catalog::hours_table(std::int64_t id) const {
    const Item* it = find(id);
    return it ? it->hours : -1;
}

std::int32_t Catalog::periods_table(std::int64_t id) const {
    const Item* it = find(id);
    return it ? it->periods : -1;
}

bool Catalog::may_occur_between(std::int64_t id, const Date& from, const Date& to) const {
    const std::int32_t t = periods_table(id);
    if (t < 0) return false;
    const auto& b = period_bounds_[static_cast<std::size_t>(t)];
    return b && !(to < b->first) && !(b->second < from);
}

namespace {

// The rows of table t of `tables` (-1: none), each made by make(packed row).
template <typename Row, typename Tables, typename Make>
std::vector<Row> unpack(const Tables& tables, std::int32_t t, Make make) {
    std::vector<Row> out;
    if (t < 0) return out;
    const auto u = static_cast<std::size_t>(t);
    out.reserve(tables.begin[u + 1] - tables.begin[u]);
    for (std::uint32_t i = tables.begin[u]; i < tables.begin[u + 1]; ++i) out.push_back(make(tables.rows[i]));
    return out;
}

}  // namespace

std::vector<HoursRow> Catalog::unpack_hours(std::int32_t t) const {
    return unpack<HoursRow>(hours_, t, [&](const PackedRow& r) {
        return HoursRow{r.number, strings_[r.field[0]], strings_[r.field[1]], strings_[r.field[2]], strings_[r.field[3]]};
    });
}

std::vector<PeriodRow> Catalog::unpack_periods(std::int32_t t) const {
    return unpack<PeriodRow>(periods_, t, [&](const PackedRow& r) {
        return PeriodRow{strings_[r.field[0]], strings_[r.field[1]], strings_[r.field[2]], strings_[r.field[3]], r.number};
    });
}

std::vector<HoursRow> Catalog::hours(std::int64_t id) const { return unpack_hours(hours_table(id)); }

std::vector<PeriodRow> Catalog::periods(std::int64_t id) const { return unpack_periods(periods_table(id)); }

bool Catalog::wheelchair(std::int64_t id) const {
    const Item* it = find(id);
    return it && it->wheelchair;
}

bool Catalog::any_wheelchair(const std::string& kind) const {
    return std::any_of(items_.begin(), items_.end(), [&](const Item& it) { return it.wheelchair && it.kind == kind; });
}

std::vector<CategoryRow> Catalog::categories_of_kind(const std::string& kind, const std::string& lang) const {
    std::vector<CategoryRow> out;
    auto of_kind = kind_categories_.find(kind);
    if (of_kind == kind_categories_.end()) return out;
    for (const auto& [index, items] : of_kind->second) {
        const Category& cat = categories_[index];
        const auto n = static_cast<std::uint32_t>(cat.labels.size());
        const std::uint32_t best = best_text(cat.labels, 0, n, lang, n);
        if (best == n || cat.labels[best].value.empty()) continue;  // nothing to show without a label
        out.push_back({cat.id, {cat.labels[best].value, cat.labels[best].lang}, items});
    }
    std::vector<std::string> keys;
    keys.reserve(out.size());
    for (const CategoryRow& r : out) keys.push_back(fold(r.label.value));
    std::vector<std::size_t> idx(out.size());
    std::iota(idx.begin(), idx.end(), 0);
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    std::vector<CategoryRow> sorted;
    sorted.reserve(out.size());
    for (std::size_t i : idx) sorted.push_back(std::move(out[i]));
    return sorted;
}

namespace {

// The first minute of the day after `now` that one of the item's hours or periods names.
// open_status, next_occurrence and occurs_between compare `now` with such times only (and
// with dates, which do not change before midnight), so until then their answers stand. Every
// time is taken, whatever its day or validity: a time too many only costs a recount.
int next_boundary(const std::vector<PeriodRow>& periods, const std::vector<HoursRow>& hours, const DateTime& now) {
    int best = 24 * 60;
    auto consider = [&](const std::string& hhmm) {
        const auto m = parse_hhmm(hhmm);
        if (!m) return;
        const int at = *m % (24 * 60);  // "25:00" (past midnight) matters at 01:00 too
        if (at > now.minute_of_day && at < best) best = at;
    };
    for (const PeriodRow& p : periods) {
        consider(p.start_time);
        consider(p.end_time);
    }
    for (const HoursRow& h : hours) {
        consider(h.opens);
        consider(h.closes);
    }
    return best;
}

constexpr EventWindow kWindows[] = {EventWindow::Today, EventWindow::ThisWeekend, EventWindow::Next7Days,
                                    EventWindow::OnDate};

}  // namespace

std::shared_ptr<const Listing> Listing::make(const Catalog& catalog, const std::string& lang, const DateTime& now,
                                             const Date& picked, const Listing* previous) {
    auto l = std::make_shared<Listing>();
    l->lang = lang;
    l->now = now;
    l->picked = picked;
    l->made_from = &catalog;
    // What the previous listing worked out holds for an item until its `until` minute.
    const Listing* prev = previous && previous->made_from == &catalog && previous->now.date == now.date &&
                                  previous->now.minute_of_day <= now.minute_of_day
                              ? previous
                              : nullptr;
    auto still = [&](std::int64_t id) {
        if (!prev) return false;
        auto u = prev->until.find(id);
        return now.minute_of_day < (u == prev->until.end() ? 24 * 60 : u->second);
    };
    const Catalog::KnownDates known = [&](std::int64_t id, Card& c) -> int {
        if (!still(id)) return -1;
        const Card* before = prev->find(id);
        if (!before) return 0;  // over then, over now
        c.next_start = before->next_start;
        c.next_end = before->next_end;
        return 1;
    };
    for (const std::string& kind : catalog.kinds()) {
        auto& cards = l->cards[kind];
        cards = catalog.cards(kind, lang, now, prev ? &known : nullptr);
        l->where_.reserve(l->where_.size() + cards.size());
        for (std::size_t i = 0; i < cards.size(); ++i) {
            const Card& c = cards[i];
            l->where_.emplace(c.id, std::make_pair(&cards, i));
            if (kind != "event" && !catalog.has_hours(c.id)) continue;
            if (still(c.id)) {
                if (auto u = prev->until.find(c.id); u != prev->until.end()) l->until.emplace(c.id, u->second);
                if (kind != "event") {
                    if (const OpenStatus* o = prev->open_status(c.id)) l->open.emplace(c.id, *o);
                    continue;
                }
                for (EventWindow w : kWindows)
                    if (w == EventWindow::OnDate && prev->picked != picked) {
                        const auto [from, to] = window_range(w, now.date, picked);
                        if (catalog.may_occur_between(c.id, from, to) &&
                            occurs_between(catalog.periods(c.id), catalog.hours(c.id), from, to, now))
                            l->window[static_cast<std::size_t>(w)].insert(c.id);
                    } else if (prev->in_window(w, c.id)) {
                        l->window[static_cast<std::size_t>(w)].insert(c.id);
                    }
                continue;
            }
            const std::vector<HoursRow> hours = catalog.hours(c.id);
            const std::vector<PeriodRow> periods = catalog.periods(c.id);
            if (const int until = next_boundary(periods, hours, now); until < 24 * 60) l->until.emplace(c.id, until);
            if (kind != "event") {
                l->open.emplace(c.id, kiosk::open_status(hours, now));
                continue;
            }
            for (EventWindow w : kWindows) {
                const auto [from, to] = window_range(w, now.date, picked);
                if (catalog.may_occur_between(c.id, from, to) && occurs_between(periods, hours, from, to, now))
                    l->window[static_cast<std::size_t>(w)].insert(c.id);
            }
        }
    }
    return l;
}

const OpenStatus* Listing::open_status(std::int64_t id) const {
    auto f = open.find(id);
    return f == open.end() ? nullptr : &f->second;
}

const Card* Listing::find(std::int64_t id) const {
    auto f = where_.find(id);
    return f == where_.end() ? nullptr : &(*f->second.first)[f->second.second];
}

int Listing::count(const std::string& kind) const {
    auto f = cards.find(kind);
    return f == cards.end() ? 0 : static_cast<int>(f->second.size());
}

const std::vector<Card>& Listing::of(const std::string& kind) const {
    static const std::vector<Card> kNone;
    auto f = cards.find(kind);
    return f == cards.end() ? kNone : f->second;
}

}  // namespace kiosk
