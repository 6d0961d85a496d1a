// Packs of an older format stay readable: a kiosk updated before its pack must keep showing it.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <memory>

#include "core/pack_check.h"
#include "core/pack_reader.h"
#include "core/route.h"
#include "core/sqlite.h"
#include "core/schema.h"
#include "pack_fixture.h"
#include "test_util.h"

using namespace kiosk;


TEST_CASE("a pack of format v2 opens and reads as before", "[pack][format]") {
    testutil::TempDir tmp;
    const auto path = testutil::pack_from_sql(tmp.path, "pack_v2.sql");
    auto p = Pack::open(path);
    CHECK(p->schema_version() == 2);
    CHECK(p->meta("region") == "Nord-Pas-de-Calais");

    const DateTime today{{2026, 7, 1}, 600};
    auto sites = p->cards("site", "en", today);
    REQUIRE(sites.size() == 1);
    CHECK(sites[0].title.value == "Format two museum");
    CHECK(sites[0].town == "Lens");

    auto site = p->item(1, "fr", today);
    CHECK(site.title.value == "Musée du format deux");
    CHECK(site.short_desc.value == "Un musée.");
    REQUIRE(site.hours.size() == 1);
    CHECK(site.hours[0].day_of_week == 3);
    CHECK(site.hours[0].opens == "10:00");
    REQUIRE(site.contacts.size() == 1);
    CHECK(site.contacts[0].value == "+33 3 21 00 00 00");
    REQUIRE(site.prices.size() == 1);
    CHECK(site.prices[0].min_price == 5);
    CHECK(site.prices[0].max_price == 8);

    auto events = p->cards("event", "fr", today);
    REQUIRE(events.size() == 1);
    CHECK(events[0].next_start == "2026-07-04");
    auto ev = p->item(2, "fr", today);
    REQUIRE(ev.periods.size() == 1);
    CHECK(ev.periods[0].start_time == "14:00");

    int texts = 0;
    p->for_each_text([&](const Pack::TextRow&) { ++texts; });
    CHECK(texts == 4);
    CHECK(p->positions().size() == 2);
}

TEST_CASE("the current format is newer than every frozen one", "[pack][format]") {
    CHECK(kSchemaVersion > 2);
    CHECK(kOldestReadableSchemaVersion <= 2);
}

// v4 added routes (schema.sql, History): a v3 pack (the v4 schema less the route tables) still
// opens, reads and passes the full check, with no routes.
TEST_CASE("a pack of format v3 opens and has no routes", "[pack][format][routes]") {
    testutil::TempDir tmp;
    const std::string path = (tmp.path / "v3.pack").string();
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        std::unique_ptr<sqlite3, int (*)(sqlite3*)> close(db, sqlite3_close_v2);
        exec(db, kSchemaSql);
        exec(db, "DROP TABLE route_step_name; DROP TABLE route_step; DROP TABLE route_difficulty; DROP TABLE route;"
                 "PRAGMA user_version = 3;"
                 "INSERT INTO meta VALUES ('pack_id', 'v3'), ('pack_version', '1');"
                 "INSERT INTO item(id, source_id, kind, lat, lon) VALUES (1, 'a', 'route', 50.4, 2.8),"
                 " (2, 'b', 'site', 50.41, 2.81);"
                 "INSERT INTO item_text VALUES (1, 'title', 'fr', 'Boucle des terrils'), (2, 'title', 'fr', 'Musée');");
    }
    auto p = Pack::open(path);
    CHECK(p->schema_version() == 3);
    CHECK(p->route_ids().empty());
    CHECK_FALSE(p->route(1, "fr"));
    CHECK(p->routes_of(2, "fr").empty());
    CHECK(p->cards("route", "fr", DateTime{{2026, 7, 1}, 600}).size() == 1);  // still a plain item
    CHECK_NOTHROW(check_pack_readable(path));
}
