// The catalog (core/catalog.h) gives the answers the pack reader's queries give: the kiosk
// switched its lists, filters and map from one to the other, and visitors must not see a
// difference. Checked on the region's sample export built by the real importer, in every UI
// language and one the catalog did not prepare, at moments around its events' dates.
#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <atomic>
#include <set>
#include <thread>

#include "core/catalog.h"
#include "core/content_loader.h"
#include "core/kinds.h"
#include "publish/pack_writer.h"
#include "test_util.h"

using namespace kiosk;

namespace {

void same_card(const Card& a, const Card& b) {
    INFO("item " << a.id << " / " << b.id);
    CHECK(a.id == b.id);
    CHECK(a.kind == b.kind);
    CHECK(a.title.value == b.title.value);
    CHECK(a.title.lang == b.title.lang);
    CHECK(a.town == b.town);
    CHECK(a.thumb_media == b.thumb_media);
    CHECK(a.next_start == b.next_start);
    CHECK(a.next_end == b.next_end);
}

}  // namespace

TEST_CASE("the catalog answers as the pack reader does on the sample export", "[catalog]") {
    testutil::TempDir tmp;
    auto src = publish::ExportSource::open(KIOSK_CONTENT_DIR);
    publish::BuildOptions opt;
    opt.build_time = "2026-01-01T00:00:00Z";
    const std::string path = (tmp.path / "content.pack").string();
    publish::build_pack(*src, path, opt);
    auto pack = Pack::open(path);
    const auto catalog = Catalog::read(*pack, {"fr", "en", "nl", "de"});
    REQUIRE(catalog->size() > 50);

    // "it" was not prepared: its order is made when asked, and must agree all the same.
    for (const std::string lang : {"fr", "en", "nl", "de", "it"})
        for (const char* when : {"2026-01-10T09:00", "2026-05-16T14:30", "2026-07-14T23:10", "2026-12-05T18:30"}) {
            INFO(lang << " at " << when);
            const DateTime now = *parse_datetime(when);
            const auto listing = Listing::make(*catalog, lang, now, now.date);
            for (std::string_view k : kKinds) {
                const std::string kind(k);
                INFO("kind " << kind);
                const std::vector<Card> want = pack->cards(kind, lang, now);
                const std::vector<Card>& got = listing->of(kind);
                REQUIRE(got.size() == want.size());
                for (size_t i = 0; i < want.size(); ++i) {
                    same_card(got[i], want[i]);
                    REQUIRE(listing->find(want[i].id) == &got[i]);
                }
                // What the filters read: open now (places), held in each date window (events).
                const auto hours = pack->hours_of_kind(kind);
                const auto periods = pack->periods_of_kind(kind);
                for (const Card& c : want) {
                    const auto h = hours.find(c.id);
                    if (kind != "event") {
                        const OpenStatus* o = listing->open_status(c.id);
                        REQUIRE((o != nullptr) == (h != hours.end()));
                        if (o) CHECK(o->state == open_status(h->second, now).state);
                        continue;
                    }
                    const auto p = periods.find(c.id);
                    for (EventWindow w : {EventWindow::Today, EventWindow::ThisWeekend, EventWindow::Next7Days}) {
                        const auto [from, to] = window_range(w, now.date, now.date);
                        CHECK(listing->in_window(w, c.id) ==
                              occurs_between(p == periods.end() ? std::vector<PeriodRow>{} : p->second,
                                             h == hours.end() ? std::vector<HoursRow>{} : h->second, from, to, now));
                    }
                }
                const auto cats = pack->categories_of_kind(kind, lang), mine = catalog->categories_of_kind(kind, lang);
                REQUIRE(mine.size() == cats.size());
                for (size_t i = 0; i < cats.size(); ++i) {
                    CHECK(mine[i].id == cats[i].id);
                    CHECK(mine[i].label.value == cats[i].label.value);
                    CHECK(mine[i].label.lang == cats[i].label.lang);
                    CHECK(mine[i].items == cats[i].items);
                }
            }
        }
    int shared = 0;  // pairs of items with equal hours
    for (std::string_view k : kKinds) {
        const std::string kind(k);
        CHECK(catalog->count(kind) == pack->count(kind));
        for (const auto& [id, rows] : pack->hours_of_kind(kind)) {
            const auto& mine = catalog->hours(id);
            REQUIRE(mine.size() == rows.size());
            for (size_t i = 0; i < rows.size(); ++i) {
                CHECK(mine[i].day_of_week == rows[i].day_of_week);
                CHECK(mine[i].opens == rows[i].opens);
                CHECK(mine[i].closes == rows[i].closes);
                CHECK(mine[i].valid_from == rows[i].valid_from);
                CHECK(mine[i].valid_through == rows[i].valid_through);
            }
        }
        for (const auto& [id, rows] : pack->periods_of_kind(kind)) {
            const auto& mine = catalog->periods(id);
            REQUIRE(mine.size() == rows.size());
            for (size_t i = 0; i < rows.size(); ++i) {
                CHECK(mine[i].start_date == rows[i].start_date);
                CHECK(mine[i].end_date == rows[i].end_date);
                CHECK(mine[i].start_time == rows[i].start_time);
                CHECK(mine[i].end_time == rows[i].end_time);
                CHECK(mine[i].weekdays == rows[i].weekdays);
            }
        }
        // Equal tables of hours, and of event periods, are kept once (catalog.cpp,
        // TablePacker): two items read the same table exactly when their rows are equal.
        const auto all = pack->hours_of_kind(kind);
        for (auto a = all.begin(); a != all.end(); ++a)
            for (auto b = std::next(a); b != all.end(); ++b) {
                const bool same = a->second == b->second;
                shared += same;
                CHECK((catalog->hours_table(a->first) == catalog->hours_table(b->first)) == same);
            }
        const auto events = pack->periods_of_kind(kind);
        for (auto a = events.begin(); a != events.end(); ++a) {
            CHECK(catalog->periods_table(a->first) >= 0);
            for (auto b = std::next(a); b != events.end(); ++b)
                CHECK((catalog->periods_table(a->first) == catalog->periods_table(b->first)) == (a->second == b->second));
        }
        const std::set<std::int64_t> wheelchair = pack->wheelchair_items(kind);
        CHECK(catalog->any_wheelchair(kind) == !wheelchair.empty());
        for (const Card& c : pack->cards(kind, "fr", *parse_datetime("2026-01-10T09:00")))
            CHECK(catalog->wheelchair(c.id) == (wheelchair.count(c.id) > 0));
    }
    CHECK(shared > 0);  // the sample has some: the sharing was seen, not only its absence
    const auto positions = pack->positions();
    REQUIRE(catalog->positions().size() == positions.size());
    for (size_t i = 0; i < positions.size(); ++i) {
        CHECK(catalog->positions()[i].item_id == positions[i].item_id);
        CHECK(catalog->positions()[i].lat == positions[i].lat);
    }
    // One card by id, as a search hit: the title in the visitor's language, no dates.
    const Card first = pack->cards("site", "nl", *parse_datetime("2026-01-10T09:00")).front();
    const auto one = catalog->card(first.id, "nl");
    REQUIRE(one);
    same_card(*one, first);
    CHECK_FALSE(catalog->card(-5, "nl"));
}

TEST_CASE("the catalog refuses a pack without a table it reads", "[catalog]") {
    testutil::TempDir tmp;
    auto src = publish::ExportSource::open(KIOSK_CONTENT_DIR);
    const std::string path = (tmp.path / "content.pack").string();
    publish::build_pack(*src, path, {});
    {
        auto pack = Pack::open(path);
        // A table the reader expects, dropped behind its back (issue 15's foreign packs): the
        // catalog's read throws, so the kiosk refuses the pack before showing it.
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "DROP TABLE opening_hours", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    auto pack = Pack::open(path);
    CHECK_THROWS(Catalog::read(*pack, {"fr"}));
}

TEST_CASE("the content loader reads packs and listings on its own thread", "[catalog]") {
    testutil::TempDir tmp;
    auto src = publish::ExportSource::open(KIOSK_CONTENT_DIR);
    const std::string good = (tmp.path / "content.pack").string();
    publish::build_pack(*src, good, {});
    const std::string junk = (tmp.path / "junk.pack").string();
    testutil::write_file(junk, "not a pack at all");

    std::atomic<int> wakes{0};
    ContentLoader loader([&] { ++wakes; });
    // Polled as the kiosk's frames do; a minute at most.
    auto wait_idle = [&] {
        std::vector<ContentLoader::Loaded> got;
        for (int i = 0; i < 6000 && got.empty(); ++i) {
            got = loader.take_loaded();
            if (got.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return got;
    };
    const DateTime now = *parse_datetime("2026-05-16T14:30");
    const ListingKey key{{"fr", "en"}, "en", now, now.date};

    loader.load(good, key);
    auto loaded = wait_idle();
    REQUIRE(loaded.size() == 1);
    REQUIRE(loaded[0].content);
    CHECK(loaded[0].path == good);
    Content c = std::move(*loaded[0].content);
    REQUIRE(c.pack);
    REQUIRE(c.search);
    CHECK(c.listing->lang == "en");
    auto pack = Pack::open(good);
    CHECK(c.listing->of("site").size() == pack->cards("site", "en", now).size());
    CHECK(c.listing->of("site").front().title.value == pack->cards("site", "en", now).front().title.value);
    CHECK_FALSE(loader.busy());

    // A file that is no pack: one line saying why, no content.
    loader.load(junk, key);
    loaded = wait_idle();
    REQUIRE(loaded.size() == 1);
    CHECK_FALSE(loaded[0].content);
    CHECK(loaded[0].error.find("not a content pack") != std::string::npos);

    // A listing in another language, made from the catalog in memory.
    loader.relist(c.catalog, {{"fr", "en"}, "nl", now, now.date});
    std::vector<ContentLoader::Relisted> relisted;
    for (int i = 0; i < 6000 && relisted.empty(); ++i) {
        relisted = loader.take_relisted();
        if (relisted.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(relisted.size() == 1);
    CHECK(relisted[0].catalog == c.catalog);
    CHECK(relisted[0].listing->lang == "nl");
    CHECK(relisted[0].listing->of("site").front().title.value == pack->cards("site", "nl", now).front().title.value);
    CHECK_FALSE(loader.busy());
    CHECK(wakes == 3);  // the caller was woken once per result
}

TEST_CASE("a listing made from the minute before gives the answers of a fresh one", "[catalog]") {
    testutil::TempDir tmp;
    auto src = publish::ExportSource::open(KIOSK_CONTENT_DIR);
    const std::string path = (tmp.path / "content.pack").string();
    publish::build_pack(*src, path, {});
    auto pack = Pack::open(path);
    const auto catalog = Catalog::read(*pack, {"fr", "en"});
    // Days with events under way, holidays and weekends; every 13 minutes, through midnight.
    for (const char* day : {"2026-07-14", "2026-12-05", "2026-12-24"}) {
        INFO(day);
        DateTime now = *parse_datetime(std::string(day) + "T00:00");
        std::shared_ptr<const Listing> chained = Listing::make(*catalog, "en", now, now.date);
        for (int minute = 13; minute < 24 * 60; minute += 13) {
            now.minute_of_day = minute;
            // The language changes on the way: dates and statuses do not depend on it.
            const std::string lang = minute % 2 ? "fr" : "en";
            const auto fresh = Listing::make(*catalog, lang, now, now.date);
            const auto next = Listing::make(*catalog, lang, now, now.date, chained.get());
            INFO("at " << to_hhmm(minute));
            for (const std::string& kind : catalog->kinds()) {
                const auto& a = fresh->of(kind);
                const auto& b = next->of(kind);
                REQUIRE(a.size() == b.size());
                for (size_t i = 0; i < a.size(); ++i) same_card(b[i], a[i]);
            }
            REQUIRE(next->open.size() == fresh->open.size());
            for (const auto& [id, o] : fresh->open) {
                const OpenStatus* mine = next->open_status(id);
                REQUIRE(mine);
                CHECK(mine->state == o.state);
                CHECK(mine->closes == o.closes);
                CHECK(mine->opened == o.opened);
                CHECK(mine->next_open.has_value() == o.next_open.has_value());
                if (o.next_open && mine->next_open) CHECK(to_hhmm(mine->next_open->minute_of_day) == to_hhmm(o.next_open->minute_of_day));
            }
            for (size_t w = 0; w < fresh->window.size(); ++w) CHECK(next->window[w] == fresh->window[w]);
            chained = next;
        }
    }
}
