// Packs of a frozen older format, built from tests/fixtures/packs/*.sql, for the tests that
// check the reader still reads them.
#pragma once

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace testutil {

// Executes the fixture's SQL into DIR/FIXTURE.pack and returns that path.
inline std::string pack_from_sql(const std::filesystem::path& dir, const std::string& fixture) {
    std::ifstream in(std::string(KIOSK_FIXTURES_DIR) + "/packs/" + fixture);
    REQUIRE(in);
    std::stringstream sql;
    sql << in.rdbuf();
    const std::string path = (dir / (fixture + ".pack")).string();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql.str().c_str(), nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
    return path;
}

}  // namespace testutil
