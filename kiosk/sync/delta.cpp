// Pack deltas with SQLite's session extension: sqlite3session_diff compares each table of the
// new pack with the old one and records the row changes; applying them to a copy of the old
// pack and re-running the writer's last step gives the new pack's exact bytes.
//
// What a delta carries: every row change of every table with a primary key, except the
// search index. item_fts is derived from item and item_text, and the writer builds it as one
// optimized segment, so a single changed word shifts most of its leaf pages: carrying it made
// a one-object change 20% of a 6 MB pack (two thirds of it FTS blocks, each with its old
// and new value). apply_delta instead clears the index and refills it with the writer's own
// code (fill_search_index), which is cheap next to a download.
//
// Why the result is byte-identical: the writer ends with VACUUM, which rebuilds every table and
// index from scratch in key order into a fresh file, so the bytes depend only on the schema
// and the rows (with their rowids), plus a few header fields. After the apply and the index
// refill the rows are the new pack's rows; VACUUM then lays them out as the writer did. What
// differs is the header's count of writes: the file change counter (offset 24, and its copy
// "version-valid-for" at 92) and the schema cookie (40), which the apply advances. Every pack
// made by the same writer with the same schema has the same values there (the writer's
// sequence of transactions does not depend on the content), so apply_delta copies them from
// the base pack. Should two writer versions differ in any of this, the result does not hash
// to the manifest's value: publish drops such a delta and the kiosk fetches the full pack.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include "sync/delta.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "core/durable_file.h"
#include "core/sqlite.h"
#include "sync/pack_writer.h"

namespace kiosk::sync {

namespace fs = std::filesystem;

namespace {

constexpr int kApplicationId = 1263555377;  // "KPS1", see schema.sql

// The search index's shadow tables: rebuilt by apply_delta, never carried (see above).
bool is_search_index_table(const std::string& name) { return name.rfind("item_fts_", 0) == 0; }

// One connection, closed however the function is left.
class Db {
public:
    Db(const std::string& path, int flags) {
        if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
            std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
            sqlite3_close_v2(db_);
            db_ = nullptr;
            throw DeltaError("cannot open " + path + ": " + why);
        }
        sqlite3_extended_result_codes(db_, 1);
    }
    ~Db() { sqlite3_close_v2(db_); }
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;
    sqlite3* get() const { return db_; }

private:
    sqlite3* db_ = nullptr;
};

class Session {
public:
    explicit Session(sqlite3* db) {
        if (sqlite3session_create(db, "main", &s_) != SQLITE_OK) throw DeltaError("cannot start an SQLite session");
    }
    ~Session() { sqlite3session_delete(s_); }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    sqlite3_session* get() const { return s_; }

private:
    sqlite3_session* s_ = nullptr;
};

std::int64_t pragma_int(sqlite3* db, const std::string& sql) {
    Stmt st(db, sql);
    return st.step() ? st.i64(0) : 0;
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

void check_pack(sqlite3* db, const char* schema, const std::string& path) {
    const std::string s = schema;
    if (pragma_int(db, "PRAGMA " + s + ".application_id") != kApplicationId)
        throw DeltaError("not a kiosk pack: " + path);
}

FILE* open_or_throw(const std::string& path, const char* mode) {
    FILE* f = std::fopen(path.c_str(), mode);
    if (!f) throw DeltaError("cannot open " + path + ": " + std::strerror(errno));
    return f;
}

struct FileCloser {
    FILE* f;
    ~FileCloser() {
        if (f) std::fclose(f);
    }
};

// Removes a temporary file (and SQLite's journal next to it) unless the work succeeded.
struct TmpGuard {
    std::string path;
    bool keep = false;
    ~TmpGuard() {
        if (keep) return;
        std::error_code ec;
        fs::remove(path, ec);
        fs::remove(path + "-journal", ec);
    }
};

void fsync_or_throw(const std::string& path, bool directory) {
    int err = 0;
    if (!sync_path(path, directory, &err)) throw DeltaError("cannot sync " + path + ": " + std::strerror(err));
}

// The header fields that count writes (see the top of this file): file change counter,
// schema cookie, version-valid-for, each 4 bytes big-endian. Copied byte for byte from the
// base; only called on a closed database.
void copy_write_counters(const std::string& from, const std::string& to) {
    constexpr std::size_t kFields[] = {24, 40, 92};
    char base[100], out[100];
    std::ifstream in(from, std::ios::binary);
    std::fstream f(to, std::ios::binary | std::ios::in | std::ios::out);
    if (!in.read(base, sizeof base) || !f.read(out, sizeof out))
        throw DeltaError("cannot read the header of " + from + " or " + to);
    for (std::size_t off : kFields) std::memcpy(out + off, base + off, 4);
    f.seekp(0);
    if (!f.write(out, sizeof out) || !f.flush()) throw DeltaError("cannot write the header of " + to);
}

}  // namespace

void commit_file(const std::string& tmp, const std::string& path) {
    fsync_or_throw(tmp, false);
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) throw DeltaError("cannot move " + tmp + " to " + path + ": " + ec.message());
    const fs::path dir = fs::path(path).parent_path();
    fsync_or_throw(dir.empty() ? "." : dir.string(), true);
}

DeltaInfo make_delta(const std::string& old_pack, const std::string& new_pack, const std::string& out_delta) {
    // Not a URI connection: paths are taken literally, so ATTACH below cannot be tricked into
    // reading URI parameters out of a file name.
    Db db(new_pack, SQLITE_OPEN_READONLY);
    sqlite3* c = db.get();
    try {
        exec(c, "PRAGMA trusted_schema=OFF");
        Stmt at(c, "ATTACH ?1 AS old");
        at.bind(1, old_pack);
        at.step();
        check_pack(c, "main", new_pack);
        check_pack(c, "old", old_pack);
        if (schema_of(c, "main") != schema_of(c, "old"))
            throw DeltaError("packs have different schemas; no delta between " + old_pack + " and " + new_pack);
    } catch (const SqlError& e) {
        throw DeltaError(std::string("cannot read packs: ") + e.what());
    }

    // Every table stored as a b-tree (the virtual table item_fts has none: rootpage 0), its
    // shadow tables excepted.
    std::vector<std::string> tables;
    {
        Stmt st(c, "SELECT name FROM main.sqlite_master WHERE type = 'table' AND rootpage > 0"
                   " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid");
        while (st.step())
            if (!is_search_index_table(st.text(0))) tables.push_back(st.text(0));
    }
    Session session(c);
    for (const std::string& t : tables) {
        // sqlite3session_diff silently skips a table without a PRIMARY KEY; such a table would
        // make deltas that do not reproduce the pack, so it is an error here.
        Stmt pk(c, "SELECT count(*) FROM pragma_table_info(?1) WHERE pk > 0");
        pk.bind(1, t);
        if (!pk.step() || pk.i64(0) == 0)
            throw DeltaError("table " + t + " has no PRIMARY KEY; the session extension cannot diff it");
        if (sqlite3session_attach(session.get(), t.c_str()) != SQLITE_OK)
            throw DeltaError("cannot attach table " + t + " to the session");
        char* err = nullptr;
        if (sqlite3session_diff(session.get(), "old", t.c_str(), &err) != SQLITE_OK) {
            std::string why = err ? err : sqlite3_errmsg(c);
            sqlite3_free(err);
            throw DeltaError("cannot diff table " + t + ": " + why);
        }
    }

    const std::string tmp = out_delta + ".tmp";
    TmpGuard guard{tmp};
    {
        FILE* f = open_or_throw(tmp, "wb");
        FileCloser closer{f};
        // Streamed to the file: a delta after a large change never has to fit in memory twice.
        auto out = [](void* ctx, const void* data, int n) -> int {
            return std::fwrite(data, 1, static_cast<std::size_t>(n), static_cast<FILE*>(ctx)) ==
                           static_cast<std::size_t>(n)
                       ? SQLITE_OK
                       : SQLITE_IOERR;
        };
        if (sqlite3session_changeset_strm(session.get(), out, f) != SQLITE_OK)
            throw DeltaError("cannot write delta " + tmp);
        closer.f = nullptr;
        if (std::fclose(f) != 0) throw DeltaError("cannot write delta " + tmp + ": " + std::strerror(errno));
    }

    DeltaInfo info;
    {
        // Count the changes (for the publisher's report) by walking the changeset we wrote.
        FILE* f = open_or_throw(tmp, "rb");
        FileCloser closer{f};
        auto in = [](void* ctx, void* data, int* n) -> int {
            *n = static_cast<int>(std::fread(data, 1, static_cast<std::size_t>(*n), static_cast<FILE*>(ctx)));
            return std::ferror(static_cast<FILE*>(ctx)) ? SQLITE_IOERR : SQLITE_OK;
        };
        sqlite3_changeset_iter* it = nullptr;
        if (sqlite3changeset_start_strm(&it, in, f) != SQLITE_OK) throw DeltaError("cannot read back delta " + tmp);
        while (sqlite3changeset_next(it) == SQLITE_ROW) ++info.changes;
        if (sqlite3changeset_finalize(it) != SQLITE_OK) throw DeltaError("delta " + tmp + " reads back damaged");
    }
    std::error_code ec;
    info.bytes = static_cast<std::int64_t>(fs::file_size(tmp, ec));
    commit_file(tmp, out_delta);
    guard.keep = true;
    return info;
}

void apply_delta(const std::string& base_pack, const std::string& delta, const std::string& out_pack) {
    const std::string tmp = out_pack + ".tmp";
    TmpGuard guard{tmp};
    {
        std::error_code ec;
        fs::copy_file(base_pack, tmp, fs::copy_options::overwrite_existing, ec);
        if (ec) throw DeltaError("cannot copy " + base_pack + ": " + ec.message());
    }
    {
        Db db(tmp, SQLITE_OPEN_READWRITE);
        sqlite3* c = db.get();
        try {
            // A normal rollback journal: if the changeset aborts half-way, the copy is rolled
            // back cleanly before it is thrown away. No fsync until the end: a crash leaves a
            // .tmp that the installer deletes.
            exec(c, "PRAGMA trusted_schema=OFF; PRAGMA synchronous=OFF");
            check_pack(c, "main", base_pack);
        } catch (const SqlError& e) {
            throw DeltaError("cannot read base pack " + base_pack + ": " + e.what());
        }

        FILE* f = open_or_throw(delta, "rb");
        FileCloser closer{f};
        auto in = [](void* ctx, void* data, int* n) -> int {
            *n = static_cast<int>(std::fread(data, 1, static_cast<std::size_t>(*n), static_cast<FILE*>(ctx)));
            return std::ferror(static_cast<FILE*>(ctx)) ? SQLITE_IOERR : SQLITE_OK;
        };
        struct Conflict {
            int type = 0;
            std::string table;
        } conflict;
        // Any conflict means the base is not the version the delta was made from (or it was
        // edited): abort, the whole apply is rolled back.
        auto on_conflict = [](void* ctx, int type, sqlite3_changeset_iter* it) -> int {
            auto* cf = static_cast<Conflict*>(ctx);
            if (cf->type == 0) {
                const char* table = nullptr;
                int ncol = 0, op = 0, indirect = 0;
                sqlite3changeset_op(it, &table, &ncol, &op, &indirect);
                cf->type = type;
                cf->table = table ? table : "?";
            }
            return SQLITE_CHANGESET_ABORT;
        };
        const int rc = sqlite3changeset_apply_strm(c, in, f, nullptr, on_conflict, &conflict);
        if (rc != SQLITE_OK) {
            if (conflict.type != 0)
                throw DeltaError("delta " + delta + " does not apply to " + base_pack + " (conflict in table " +
                                 conflict.table + "): wrong base version?");
            throw DeltaError("cannot apply delta " + delta + ": " + sqlite3_errstr(rc));
        }
        try {
            // The writer's last steps (pack_writer.cpp, build_pack): the search index from
            // the patched tables, in one transaction as there, then VACUUM.
            Transaction tx(c);
            exec(c, "INSERT INTO item_fts (item_fts) VALUES ('delete-all')");
            fill_search_index(c, false);
            tx.commit();
            exec(c, "VACUUM");
        } catch (const SqlError& e) {
            throw DeltaError("cannot finish applied pack: " + std::string(e.what()));
        }
    }
    // The connection is closed: nobody caches these header fields any more.
    copy_write_counters(base_pack, tmp);
    commit_file(tmp, out_pack);
    guard.keep = true;
}

}  // namespace kiosk::sync
