// Making pack deltas with SQLite's session extension: sqlite3session_diff compares each table
// of the new pack with the old one and records the row changes, streamed to a file. Why
// applying them gives the new pack's exact bytes is told at the top of install/delta.cpp.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include "publish/delta_make.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <vector>

#include "core/durable_file.h"
#include "core/sqlite.h"

namespace kiosk::publish {

namespace fs = std::filesystem;

namespace {

class Session {
public:
    explicit Session(sqlite3* db) {
        if (sqlite3session_create(db, "main", &s_) != SQLITE_OK) throw DeltaError("cannot start an SQLite session", ErrorKind::Internal);
    }
    ~Session() { sqlite3session_delete(s_); }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    sqlite3_session* get() const { return s_; }

private:
    sqlite3_session* s_ = nullptr;
};

using File = std::unique_ptr<FILE, int (*)(FILE*)>;

File open_or_throw(const std::string& path, const char* mode) {
    FILE* f = std::fopen(path.c_str(), mode);
    if (!f) throw DeltaError("cannot open " + path + ": " + std::strerror(errno), ErrorKind::IoError);
    return File(f, &std::fclose);
}

// The whole schema as text, in creation order: two packs whose schemas print the same have
// the same tables, columns and keys, which sqlite3session_diff and the apply both need.
std::string schema_of(sqlite3* db, const char* schema) {
    Stmt st(db, std::string("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM ") + schema +
                    ".sqlite_master ORDER BY rowid");
    std::string out;
    while (st.step()) out += st.text(0) + "\n";
    return out;
}

}  // namespace

DeltaInfo make_delta(const std::string& old_pack, const std::string& new_pack, const std::string& out_delta) {
    // Not a URI connection: paths are taken literally, so ATTACH below cannot be tricked into
    // reading URI parameters out of a file name.
    std::vector<std::string> tables;
    Db db;
    try {
        db = Db(new_pack, SQLITE_OPEN_READONLY);
        exec(db, "PRAGMA trusted_schema=OFF");
        Stmt at(db, "ATTACH ?1 AS old");
        at.bind(1, old_pack);
        at.step();
        if (!install::is_pack_schema(db, "main")) throw DeltaError("not a kiosk pack: " + new_pack);
        if (!install::is_pack_schema(db, "old")) throw DeltaError("not a kiosk pack: " + old_pack);
        if (schema_of(db, "main") != schema_of(db, "old"))
            throw DeltaError("packs have different schemas; no delta between " + old_pack + " and " + new_pack,
                             ErrorKind::Incompatible);
        // A delta rebuilds the new pack on the old one's pages (install/delta.cpp): across a
        // change of page size (kiosk-pack 0.8) the result could never hash to the new pack.
        auto page_size = [&db](const char* sql) {
            Stmt ps(db, sql);
            return ps.step() ? ps.i64(0) : 0;
        };
        if (page_size("PRAGMA main.page_size") != page_size("PRAGMA old.page_size"))
            throw DeltaError("packs have different page sizes; no delta between " + old_pack + " and " + new_pack,
                             ErrorKind::Incompatible);
        // Every table stored as a b-tree (a virtual table has none: rootpage 0).
        Stmt st(db, "SELECT name FROM main.sqlite_master WHERE type = 'table' AND rootpage > 0"
                    " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid");
        while (st.step()) tables.push_back(st.text(0));
    } catch (const SqlError& e) {
        throw DeltaError(std::string("cannot read packs: ") + e.what(), e.kind());
    }

    Session session(db);
    for (const std::string& t : tables) {
        // sqlite3session_diff silently skips a table without a PRIMARY KEY; such a table would
        // make deltas that do not reproduce the pack, so it is an error here.
        Stmt pk(db, "SELECT count(*) FROM pragma_table_info(?1) WHERE pk > 0");
        pk.bind(1, t);
        if (!pk.step() || pk.i64(0) == 0)
            throw DeltaError("table " + t + " has no PRIMARY KEY; the session extension cannot diff it", ErrorKind::Incompatible);
        if (sqlite3session_attach(session.get(), t.c_str()) != SQLITE_OK)
            throw DeltaError("cannot attach table " + t + " to the session", ErrorKind::Internal);
        char* err = nullptr;
        if (sqlite3session_diff(session.get(), "old", t.c_str(), &err) != SQLITE_OK) {
            std::string why = err ? err : sqlite3_errmsg(db);
            sqlite3_free(err);
            throw DeltaError("cannot diff table " + t + ": " + why);
        }
    }

    const std::string tmp = out_delta + ".tmp";
    TempFileGuard guard{tmp};
    {
        File f = open_or_throw(tmp, "wb");
        // Streamed to the file: a delta after a large change never has to fit in memory twice.
        auto out = [](void* ctx, const void* data, int n) -> int {
            return std::fwrite(data, 1, static_cast<std::size_t>(n), static_cast<FILE*>(ctx)) ==
                           static_cast<std::size_t>(n)
                       ? SQLITE_OK
                       : SQLITE_IOERR;
        };
        if (sqlite3session_changeset_strm(session.get(), out, f.get()) != SQLITE_OK)
            throw DeltaError("cannot write delta " + tmp, ErrorKind::IoError);
        if (std::fclose(f.release()) != 0)
            throw DeltaError("cannot write delta " + tmp + ": " + std::strerror(errno), ErrorKind::IoError);
    }

    DeltaInfo info;
    {
        // Count the changes (for the publisher's report) by walking the changeset we wrote.
        File f = open_or_throw(tmp, "rb");
        auto in = [](void* ctx, void* data, int* n) -> int {
            *n = static_cast<int>(std::fread(data, 1, static_cast<std::size_t>(*n), static_cast<FILE*>(ctx)));
            return std::ferror(static_cast<FILE*>(ctx)) ? SQLITE_IOERR : SQLITE_OK;
        };
        sqlite3_changeset_iter* it = nullptr;
        if (sqlite3changeset_start_strm(&it, in, f.get()) != SQLITE_OK) throw DeltaError("cannot read back delta " + tmp);
        while (sqlite3changeset_next(it) == SQLITE_ROW) ++info.changes;
        if (sqlite3changeset_finalize(it) != SQLITE_OK) throw DeltaError("delta " + tmp + " reads back damaged");
    }
    std::error_code ec;
    info.bytes = static_cast<std::int64_t>(fs::file_size(tmp, ec));
    commit_file(tmp, out_delta);
    guard.keep = true;
    return info;
}

}  // namespace kiosk::publish
