// Thin RAII wrappers over the SQLite C API: one connection type (Db), statements and
// transactions, shared by the pack reader and writer, the statistics, deltas and benchmarks.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "core/error.h"

namespace kiosk {

// A failed SQLite call. Corrupt by default: most of them mean the file is not the database we
// expect (a damaged or foreign pack); the writer's and the statistics' own failures say IoError.
class SqlError : public Error {
public:
    explicit SqlError(const std::string& message, ErrorKind kind = ErrorKind::Corrupt, std::string context = {})
        : Error(kind, message, std::move(context)) {}
};

// One connection, closed however the scope is left. The path is taken literally (no URI
// parameters unless `flags` holds SQLITE_OPEN_URI). Throws SqlError (kind `on_fail`) with
// SQLite's reason when the file cannot be opened.
class Db {
public:
    Db() = default;
    Db(const std::string& path, int flags, ErrorKind on_fail = ErrorKind::Unreadable) {
        if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
            const std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
            sqlite3_close_v2(db_);
            db_ = nullptr;
            throw SqlError(why, on_fail, path);  // what(): "<path>: <SQLite's reason>"
        }
        sqlite3_extended_result_codes(db_, 1);
    }
    ~Db() { sqlite3_close_v2(db_); }
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;
    Db(Db&& o) noexcept : db_(std::exchange(o.db_, nullptr)) {}
    Db& operator=(Db&& o) noexcept {
        if (this != &o) {
            sqlite3_close_v2(db_);
            db_ = std::exchange(o.db_, nullptr);
        }
        return *this;
    }
    sqlite3* get() const { return db_; }
    operator sqlite3*() const { return db_; }  // so Stmt(db, ...) and exec(db, ...) read naturally

private:
    sqlite3* db_ = nullptr;
};

// A prepared statement. Binds are 1-based like SQLite's; columns are 0-based.
class Stmt {
public:
    Stmt(sqlite3* db, std::string_view sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &st_, nullptr) != SQLITE_OK)
            throw SqlError(std::string("SQL prepare failed: ") + sqlite3_errmsg(db));
    }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    Stmt(Stmt&& o) noexcept : db_(o.db_), st_(std::exchange(o.st_, nullptr)) {}
    ~Stmt() { sqlite3_finalize(st_); }

    Stmt& bind(int i, std::int64_t v) { check(sqlite3_bind_int64(st_, i, v)); return *this; }
    Stmt& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
    Stmt& bind(int i, double v) { check(sqlite3_bind_double(st_, i, v)); return *this; }
    Stmt& bind(int i, std::string_view v) {
        check(sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Stmt& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
    Stmt& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
    Stmt& bind_blob(int i, std::string_view v) {
        check(sqlite3_bind_blob(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Stmt& bind_null(int i) { check(sqlite3_bind_null(st_, i)); return *this; }
    // Binds NULL for an empty string: the schema uses NULL for "not given".
    Stmt& bind_opt(int i, std::string_view v) { return v.empty() ? bind_null(i) : bind(i, v); }

    // True while there is a row to read.
    bool step() {
        int rc = sqlite3_step(st_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw SqlError(std::string("SQL step failed: ") + sqlite3_errmsg(db_));
    }
    void run() { step(); reset(); }
    void reset() { sqlite3_reset(st_); sqlite3_clear_bindings(st_); }

    std::int64_t i64(int c) const { return sqlite3_column_int64(st_, c); }
    int i32(int c) const { return sqlite3_column_int(st_, c); }
    double f64(int c) const { return sqlite3_column_double(st_, c); }
    bool null(int c) const { return sqlite3_column_type(st_, c) == SQLITE_NULL; }
    std::string text(int c) const {
        auto p = reinterpret_cast<const char*>(sqlite3_column_text(st_, c));
        return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(st_, c))) : std::string();
    }
    std::string blob(int c) const {
        auto p = static_cast<const char*>(sqlite3_column_blob(st_, c));
        return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(st_, c))) : std::string();
    }

private:
    void check(int rc) {
        if (rc != SQLITE_OK) throw SqlError(std::string("SQL bind failed: ") + sqlite3_errmsg(db_));
    }
    sqlite3* db_;
    sqlite3_stmt* st_ = nullptr;
};

// Runs SQL that returns no rows (may hold several statements).
inline void exec(sqlite3* db, const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : "unknown error";
        sqlite3_free(err);
        throw SqlError("SQL failed: " + msg);
    }
}

// A transaction that rolls back unless commit() was called, so an exception half-way
// through a write never leaves half a pack.
class Transaction {
public:
    explicit Transaction(sqlite3* db) : db_(db) { exec(db_, "BEGIN"); }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction() {
        if (db_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    void commit() { exec(db_, "COMMIT"); db_ = nullptr; }

private:
    sqlite3* db_;
};

}  // namespace kiosk
