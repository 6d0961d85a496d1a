// check_pack_readable (core/pack_check.h): a pack that opens and passes quick_check but that
// the kiosk could not read all of is refused, with a one-line reason; a good pack of the
// current format, or of a frozen older one, passes.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <memory>

#include "core/error.h"
#include "core/pack_check.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "pack_fixture.h"
#include "test_util.h"

using namespace kiosk;

namespace {

// A 2 x 2 RGB PNG, written by hand (zlib), so that the test does not depend on an encoder.
std::string tiny_png() {
    const char* hex =
        "89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a730000001049444154789c6368"
        "70500022060805001a0e03819c0e39c70000000049454e44ae426082";
    std::string out;
    for (const char* p = hex; p[0] && p[1]; p += 2) out.push_back(static_cast<char>(std::stoi(std::string(p, 2), nullptr, 16)));
    return out;
}

void run_sql(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> close(db, sqlite3_close_v2);
    exec(db, sql.c_str());
}

// A small pack of the current format, as the writer lays it out: a site with a picture, an
// event with a period, texts in two languages.
std::string good_pack(const testutil::TempDir& tmp, const std::string& name = "good.pack") {
    const std::string path = (tmp.path / name).string();
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        std::unique_ptr<sqlite3, int (*)(sqlite3*)> close(db, sqlite3_close_v2);
        exec(db, kSchemaSql);
        exec(db,
             "INSERT INTO meta VALUES ('pack_id', 'test'), ('pack_version', '3'), ('build_time', '2026-11-01T00:00:00Z');"
             "INSERT INTO item(id, source_id, kind, town, lat, lon) VALUES (1, 'a', 'site', 'Lens', 50.4, 2.8),"
             " (2, 'b', 'event', 'Arras', 50.3, 2.7);"
             "INSERT INTO item_text(item_id, field, lang, value) VALUES (1, 'title', 'fr', 'Musée'),"
             " (1, 'title', 'en', 'Museum'), (2, 'title', 'fr', 'Fête');"
             "INSERT INTO event_period(id, item_id, start_date, end_date) VALUES (2097153, 2, '2099-09-04', '2099-09-05');"
             "INSERT INTO opening_hours(id, item_id, day_of_week, opens, closes) VALUES (1048577, 1, 3, '10:00', '18:00');");
        Stmt media(db, "INSERT INTO media(id, sha256, mime, width, height, bytes) VALUES (1, 'x', 'image/png', 2, 2, ?1)");
        media.bind_blob(1, tiny_png()).run();
        Stmt thumb(db, "INSERT INTO thumbnail(media_id, width, height, bytes) VALUES (1, 2, 2, ?1)");
        thumb.bind_blob(1, tiny_png()).run();
        exec(db, "INSERT INTO item_media VALUES (1, 0, 1); INSERT INTO media_focus VALUES (1, 0.5, 0.5);");
    }
    return path;
}

// The reason check_pack_readable gives, or "" when it accepts the pack.
std::string refusal(const std::string& path, ErrorKind* kind = nullptr) {
    try {
        check_pack_readable(path);
        return "";
    } catch (const Error& e) {
        if (kind) *kind = e.kind();
        CHECK(std::string(e.what()).find('\n') == std::string::npos);
        return e.what();
    }
}

}  // namespace

TEST_CASE("a good pack of the current format and a frozen v2 pack pass the full check", "[pack][check]") {
    testutil::TempDir tmp;
    CHECK(refusal(good_pack(tmp)).empty());
    CHECK(refusal(testutil::pack_from_sql(tmp.path, "pack_v2.sql")).empty());
    // A newer writer may add a table or a column an older reader ignores.
    const std::string path = good_pack(tmp, "newer.pack");
    run_sql(path, "CREATE TABLE future_table(x); ALTER TABLE item ADD COLUMN future_col TEXT");
    CHECK(refusal(path).empty());
    // media_focus came without a version bump: a pack made before it still reads.
    run_sql(path, "DROP TABLE media_focus");
    CHECK(refusal(path).empty());
}

TEST_CASE("a pack that passes quick_check but that the kiosk cannot read is refused", "[pack][check]") {
    testutil::TempDir tmp;
    const std::string path = good_pack(tmp);
    std::string sql, want;
    SECTION("a missing table the kiosk reads") {
        sql = "DROP TABLE opening_hours";
        want = "table opening_hours is missing";
    }
    SECTION("a missing table only the schema names") {
        sql = "DROP TABLE source_image";
        want = "table source_image is missing";
    }
    SECTION("a dropped column") {
        sql = "ALTER TABLE item DROP COLUMN department";
        want = "table item has no column department";
    }
    SECTION("a renamed column") {
        sql = "ALTER TABLE item_text RENAME COLUMN value TO text";
        want = "table item_text has no column value";
    }
    SECTION("pack_version is not a number") {
        sql = "UPDATE meta SET value = 'three' WHERE key = 'pack_version'";
        want = "meta pack_version is not a positive integer";
    }
    SECTION("no pack_id") {
        sql = "DELETE FROM meta WHERE key = 'pack_id'";
        want = "meta pack_id is missing";
    }
    SECTION("a picture that is no picture") {
        sql = "UPDATE media SET bytes = x'0001020304'";
        want = "picture 1 is not a picture the kiosk can show";
    }
    SECTION("a thumbnail with a damaged header") {
        sql = "UPDATE thumbnail SET bytes = substr(bytes, 1, 12)";
        want = "thumbnail 1 is not a picture the kiosk can show";
    }
    SECTION("a picture over the size limit") {
        sql = "UPDATE media SET bytes = zeroblob(33 * 1024 * 1024)";
        want = "picture 1 is 34603008 bytes, over the limit";
    }
    SECTION("a v2 pack whose query the reader runs fails") {
        const std::string v2 = testutil::pack_from_sql(tmp.path, "pack_v2.sql");
        run_sql(v2, "ALTER TABLE contact RENAME COLUMN value TO v");
        ErrorKind kind = ErrorKind::Internal;
        const std::string why = refusal(v2, &kind);
        INFO(why);
        CHECK(why.find("no such column: value") != std::string::npos);
        CHECK(kind == ErrorKind::Corrupt);
        return;
    }
    run_sql(path, sql);
    // Still a sound SQLite file: only the full check can tell.
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        std::unique_ptr<sqlite3, int (*)(sqlite3*)> close(db, sqlite3_close_v2);
        Stmt qc(db, "PRAGMA quick_check");
        REQUIRE(qc.step());
        REQUIRE(qc.text(0) == "ok");
    }
    ErrorKind kind = ErrorKind::Internal;
    const std::string why = refusal(path, &kind);
    INFO(why);
    CHECK(why.find(want) != std::string::npos);
    CHECK(why.find(path) != std::string::npos);
    CHECK(kind == ErrorKind::Corrupt);
}

TEST_CASE("the full check refuses a missing file and a foreign one with their own kinds", "[pack][check]") {
    testutil::TempDir tmp;
    ErrorKind kind = ErrorKind::Internal;
    CHECK_FALSE(refusal((tmp.path / "none.pack").string(), &kind).empty());
    CHECK(kind == ErrorKind::NotFound);
    testutil::write_file(tmp.path / "text.pack", "hello, not a pack\n");
    CHECK_FALSE(refusal((tmp.path / "text.pack").string(), &kind).empty());
    CHECK(kind == ErrorKind::Corrupt);
}

// Routes (format v4): a pack with a route reads; route rows the reader's joins would silently
// hide, or a path that is not whole points, are refused.
TEST_CASE("the full check reads every route and refuses broken route tables", "[pack][check][routes]") {
    testutil::TempDir tmp;
    const std::string path = good_pack(tmp);
    run_sql(path,
            "INSERT INTO item(id, source_id, kind, lat, lon) VALUES (3, 'r', 'route', 50.4, 2.8);"
            "INSERT INTO item_text VALUES (3, 'title', 'fr', 'Boucle');"
            "INSERT INTO route(item_id, means, length_m, loop, path) VALUES (3, 'walk', 4200, 1,"
            " x'000b010380b92a001032010370922a00');"
            "INSERT INTO route_difficulty VALUES (3, 'fr', 'Facile');"
            "INSERT INTO route_step VALUES (3, 1, 'a', NULL, NULL), (3, 2, NULL, 50.41, 2.79);"
            "INSERT INTO route_step_name VALUES (3, 2, 'fr', 'Parking');");
    REQUIRE(refusal(path).empty());
    std::string sql, want;
    SECTION("a route row of an item that is not a route") {
        sql = "INSERT INTO route(item_id) VALUES (1)";
        want = "a route row belongs to no route item";
    }
    SECTION("steps of no route") {
        sql = "INSERT INTO route_step VALUES (99, 1, 'a', NULL, NULL)";
        want = "a route step belongs to no route";
    }
    SECTION("a step's name of no step") {
        sql = "INSERT INTO route_step_name VALUES (3, 7, 'fr', 'x')";
        want = "a route step's name belongs to no step";
    }
    SECTION("a path that is not whole points") {
        sql = "PRAGMA ignore_check_constraints = ON; UPDATE route SET path = x'0102030405060708090a0b0c'";
        want = "a route's path is not whole points";
    }
    SECTION("a path point out of range") {
        sql = "UPDATE route SET path = x'ffffff7fffffff7fffffff7fffffff7f'";
        want = "a route's path is not whole points in range";
    }
    SECTION("a step position out of range") {
        sql = "PRAGMA ignore_check_constraints = ON; UPDATE route_step SET lat = 200 WHERE position = 2";
        want = "a route step's position is out of range";
    }
    run_sql(path, sql);
    ErrorKind kind = ErrorKind::Internal;
    const std::string why = refusal(path, &kind);
    INFO(why);
    CHECK(why.find(want) != std::string::npos);
    CHECK(kind == ErrorKind::Corrupt);
}
