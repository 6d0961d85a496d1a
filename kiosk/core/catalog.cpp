// The pack read once into memory for lists, filters and the map (catalog.h says why).
#include "core/catalog.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>

#include "core/event_dates.h"
#include "core/kinds.h"
#include "core/sqlite.h"
#include "core/text_fold.h"

namespace kiosk {

namespace {

// Appends a field to a key with its length first, so no text can make two keys alike.
void add_field(std::string& key, const std::string& f) {
    key += ':';
    key += std::to_string(f.size());
    key += ':';
    key += f;
}

// Keeps each distinct group of rows once: items whose groups are equal (row for row, in order)
// point at the same one. `add_key` appends a row's fields to a key, unambiguously.
template <typename ItemT, typename Row, typename AddKey>
void intern_groups(std::vector<ItemT>& items, std::int32_t ItemT::*slot, std::vector<std::vector<Row>>& groups,
                   AddKey add_key) {
    std::vector<std::vector<Row>> kept;
    std::vector<std::int32_t> moved_to(groups.size());
    std::unordered_map<std::string, std::int32_t> seen;
    std::string key;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        key.clear();
        for (const Row& r : groups[i]) add_key(key, r);
        const auto [at, fresh] = seen.emplace(key, static_cast<std::int32_t>(kept.size()));
        if (fresh) kept.push_back(std::move(groups[i]));
        moved_to[i] = at->second;
    }
    for (ItemT& it : items)
        if (it.*slot >= 0) it.*slot = moved_to[static_cast<std::size_t>(it.*slot)];
    groups = std::move(kept);
}


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

const std::vector<HoursRow> kNoHours;
const std::vector<PeriodRow> kNoPeriods;

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
    // Rows of one item go to its own vector in `groups`, made on its first row.
    auto group = [&](std::int32_t& slot, auto& groups) -> auto& {
        if (slot < 0) {
            slot = static_cast<std::int32_t>(groups.size());
            groups.emplace_back();
        }
        return groups[static_cast<std::size_t>(slot)];
    };
    {
        Stmt st(db, "SELECT item_id, day_of_week, opens, closes, valid_from, valid_through FROM opening_hours");
        while (st.step())
            if (Item* it = at(st.i64(0))) group(it->hours, c->hours_).push_back(Pack::hours_row(st, 1));
    }
    {
        Stmt st(db, "SELECT item_id, " + pack.period_columns() + " FROM event_period");
        while (st.step())
            if (Item* it = at(st.i64(0))) group(it->periods, c->periods_).push_back(Pack::period_row(st, 1));
    }
    // Many items share one table of hours (a network's museums, a town's offices, seasons
    // copied from one template): each distinct table is kept once. At 50,000 items the
    // tables were most of the catalog (four strings a row, 136 bytes).
    intern_groups(c->items_, &Item::hours, c->hours_, [](std::string& key, const HoursRow& r) {
        key += std::to_string(r.day_of_week);
        for (const std::string* f : {&r.opens, &r.closes, &r.valid_from, &r.valid_through}) add_field(key, *f);
    });
    intern_groups(c->items_, &Item::periods, c->periods_, [](std::string& key, const PeriodRow& r) {
        key += std::to_string(r.weekdays);
        for (const std::string* f : {&r.start_date, &r.end_date, &r.start_time, &r.end_time}) add_field(key, *f);
    });
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

const std::vector<HoursRow>& Catalog::hours(std::int64_t id) const {
    const Item* it = find(id);
    return it && it->hours >= 0 ? hours_[static_cast<std::size_t>(it->hours)] : kNoHours;
}

const std::vector<PeriodRow>& Catalog::periods(std::int64_t id) const {
    const Item* it = find(id);
    return it && it->periods >= 0 ? periods_[static_cast<std::size_t>(it->periods)] : kNoPeriods;
}

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
            const auto& hours = catalog.hours(c.id);
            if (kind != "event" && hours.empty()) continue;
            if (still(c.id)) {
                if (auto u = prev->until.find(c.id); u != prev->until.end()) l->until.emplace(c.id, u->second);
                if (kind != "event") {
                    if (const OpenStatus* o = prev->open_status(c.id)) l->open.emplace(c.id, *o);
                    continue;
                }
                for (EventWindow w : kWindows)
                    if (w == EventWindow::OnDate && prev->picked != picked) {
                        const auto [from, to] = window_range(w, now.date, picked);
                        if (occurs_between(catalog.periods(c.id), hours, from, to, now))
                            l->window[static_cast<std::size_t>(w)].insert(c.id);
                    } else if (prev->in_window(w, c.id)) {
                        l->window[static_cast<std::size_t>(w)].insert(c.id);
                    }
                continue;
            }
            const auto& periods = catalog.periods(c.id);
            if (const int until = next_boundary(periods, hours, now); until < 24 * 60) l->until.emplace(c.id, until);
            if (kind != "event") {
                l->open.emplace(c.id, kiosk::open_status(hours, now));
                continue;
            }
            for (EventWindow w : kWindows) {
                const auto [from, to] = window_range(w, now.date, picked);
                if (occurs_between(periods, hours, from, to, now)) l->window[static_cast<std::size_t>(w)].insert(c.id);
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
