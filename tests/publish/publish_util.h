// Helpers of the publish tests only: building a pack with the publisher's own functions.
#pragma once

#include <catch2/catch.hpp>

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <string>
#include <utility>
#include <vector>

#include <sqlite3.h>

#include "publish/pack_writer.h"
#include "test_util.h"

namespace testutil {

// Every row of every table of a pack, in key order, as text: two packs with the same rows give
// the same text whatever their page layout (an incremental build updates its copy in place and
// is not VACUUMed, so its bytes differ from a build from scratch; its rows must not).
inline std::string pack_rows(const fs::path& pack) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(pack.string().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    std::vector<std::string> tables;
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &st, nullptr) ==
            SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    std::string out;
    for (const std::string& t : tables) {
        out += "table " + t + "\n";
        REQUIRE(sqlite3_prepare_v2(db, ("SELECT * FROM \"" + t + "\"").c_str(), -1, &st, nullptr) == SQLITE_OK);
        const int n = sqlite3_column_count(st);
        sqlite3_finalize(st);
        std::string order;
        for (int i = 1; i <= n; ++i) order += (i > 1 ? ", " : "") + std::to_string(i);
        REQUIRE(sqlite3_prepare_v2(db, ("SELECT * FROM \"" + t + "\" ORDER BY " + order).c_str(), -1, &st, nullptr) ==
                SQLITE_OK);
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int i = 0; i < n; ++i) {
                const int type = sqlite3_column_type(st, i);
                out += type == SQLITE_NULL ? std::string("NULL")
                                           : std::to_string(type) + ":" +
                                                 std::string(static_cast<const char*>(sqlite3_column_blob(st, i)) ? static_cast<const char*>(sqlite3_column_blob(st, i)) : "",
                                                             static_cast<std::size_t>(sqlite3_column_bytes(st, i)));
                out += '\x1f';
            }
            out += '\n';
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

// The id of the item with this source_id (@id) in a pack, 0 if none.
inline std::int64_t item_id_of(const fs::path& pack, const std::string& source_id) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(pack.string().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT id FROM item WHERE source_id = ?1", -1, &st, nullptr) == SQLITE_OK);
    sqlite3_bind_text(st, 1, source_id.c_str(), -1, SQLITE_TRANSIENT);
    const std::int64_t id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return id;
}

// Builds a pack from a flux directory with a fixed build time (reproducible packs).
inline kiosk::publish::BuildReport build_pack(const fs::path& flux, const fs::path& out) {
    auto src = kiosk::publish::ExportSource::open(flux.string());
    kiosk::publish::BuildOptions opt;
    opt.build_time = "2026-11-01T00:00:00Z";
    return kiosk::publish::build_pack(*src, out.string(), opt);
}

// A museum with one picture at `locator` (a URL, a flux path or file://), and optionally more
// members in the picture's annotation.
inline FluxObject museum(const std::string& title, const std::string& locator, const std::string& annotation = "") {
    return {title, R"("@type":["CulturalSite","Museum","PlaceOfInterest","PointOfInterest"],
 "rdfs:label":{"fr":[")" + title + R"("]},
 "hasMainRepresentation":[{"ebucore:hasAnnotation":[{"credits":["Test"])" +
                       (annotation.empty() ? "" : "," + annotation) + R"(}],
   "ebucore:hasRelatedResource":[{"ebucore:locator":[")" + locator + R"("]}]}])"};
}

inline void make_fifo(const fs::path& p) {
    fs::create_directories(p.parent_path());
    REQUIRE(::mkfifo(p.c_str(), 0600) == 0);
}

// Runs `work` on a thread and returns its result. Code that blocks on one of `fifos` (the bug
// the FIFO tests look for) fails the test after 20 s instead of hanging it: each FIFO is then
// opened for writing and closed, again and again, which releases a reader stuck in open() or
// read() with an end of file.
template <class F>
auto with_fifo_guard(const std::vector<fs::path>& fifos, F&& work) {
    auto job = std::async(std::launch::async, std::forward<F>(work));
    if (job.wait_for(std::chrono::seconds(20)) == std::future_status::timeout) {
        FAIL_CHECK("blocked on a FIFO");
        while (job.wait_for(std::chrono::milliseconds(100)) == std::future_status::timeout)
            for (const fs::path& f : fifos) {
                const int fd = ::open(f.c_str(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0) ::close(fd);
            }
    }
    return job.get();
}

// Writes a zip holding exactly the given (name, content) entries; names ending in '/' become
// directory entries. Names are written verbatim, hostile ones included.
inline void write_zip(const fs::path& zip, const std::vector<std::pair<std::string, std::string>>& entries) {
    struct archive* a = archive_write_new();
    REQUIRE(a != nullptr);
    REQUIRE(archive_write_set_format_zip(a) == ARCHIVE_OK);
    REQUIRE(archive_write_open_filename(a, zip.c_str()) == ARCHIVE_OK);
    for (const auto& [name, data] : entries) {
        struct archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.c_str());
        bool dir = !name.empty() && name.back() == '/';
        archive_entry_set_filetype(e, dir ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(e, dir ? 0755 : 0644);
        archive_entry_set_size(e, dir ? 0 : static_cast<la_int64_t>(data.size()));
        REQUIRE(archive_write_header(a, e) == ARCHIVE_OK);
        if (!dir) REQUIRE(archive_write_data(a, data.data(), data.size()) == static_cast<la_ssize_t>(data.size()));
        archive_entry_free(e);
    }
    REQUIRE(archive_write_close(a) == ARCHIVE_OK);
    archive_write_free(a);
}

}  // namespace testutil
