// Applying pack deltas with SQLite's session extension. The publisher (publish/delta_make.cpp)
// records, with sqlite3session_diff, every row change of every table between two packs; here
// the changes are applied to a copy of the active pack and the writer's last step is re-run,
// which gives the new pack's exact bytes.
//
// Why the result is byte-identical: the writer ends with VACUUM, which rebuilds every table and
// index from scratch in key order into a fresh file, so the bytes depend only on the schema
// and the rows (with their rowids), plus a few header fields. After the apply the rows are the
// new pack's rows; VACUUM then lays them out as the writer did. What differs is the header's
// count of writes: the file change counter (offset 24, and its copy "version-valid-for" at 92)
// and the schema cookie (40), which the apply advances. Every pack made by the same writer with
// the same schema has the same values there (the writer's sequence of transactions does not
// depend on the content), so apply_delta copies them from the base pack. Should two writer
// versions differ in any of this, the result does not hash to the manifest's value: publish
// drops such a delta and the kiosk fetches the full pack.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include "install/delta.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

#include "core/durable_file.h"
#include "core/schema.h"
#include "core/sqlite.h"

namespace kiosk::install {

namespace fs = std::filesystem;

namespace {

using File = std::unique_ptr<FILE, int (*)(FILE*)>;

File open_or_throw(const std::string& path, const char* mode) {
    FILE* f = std::fopen(path.c_str(), mode);
    if (!f) throw DeltaError("cannot open " + path + ": " + std::strerror(errno), ErrorKind::Unreadable);
    return File(f, &std::fclose);
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
        throw DeltaError("cannot read the header of " + from + " or " + to, ErrorKind::IoError);
    for (std::size_t off : kFields) std::memcpy(out + off, base + off, 4);
    f.seekp(0);
    if (!f.write(out, sizeof out) || !f.flush()) throw DeltaError("cannot write the header of " + to, ErrorKind::IoError);
}

}  // namespace

bool is_pack_schema(sqlite3* db, const char* schema) {
    Stmt st(db, std::string("PRAGMA ") + schema + ".application_id");
    return st.step() && st.i64(0) == kApplicationId;
}

void apply_delta(const std::string& base_pack, const std::string& delta, const std::string& out_pack) {
    const std::string tmp = out_pack + ".tmp";
    TempFileGuard guard{tmp};
    {
        std::error_code ec;
        fs::copy_file(base_pack, tmp, fs::copy_options::overwrite_existing, ec);
        if (ec) throw DeltaError("cannot copy " + base_pack + ": " + ec.message(), ErrorKind::IoError);
    }
    try {
        Db db(tmp, SQLITE_OPEN_READWRITE);
        // A normal rollback journal: if the changeset aborts half-way, the copy is rolled
        // back cleanly before it is thrown away. No fsync until the end: a crash leaves a
        // .tmp that the installer deletes.
        exec(db, "PRAGMA trusted_schema=OFF; PRAGMA synchronous=OFF");
        if (!is_pack_schema(db, "main")) throw DeltaError("not a kiosk pack: " + base_pack);

        File f = open_or_throw(delta, "rb");
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
        const int rc = sqlite3changeset_apply_strm(db, in, f.get(), nullptr, on_conflict, &conflict);
        if (rc != SQLITE_OK) {
            if (conflict.type != 0)
                throw DeltaError("delta " + delta + " does not apply to " + base_pack + " (conflict in table " +
                                     conflict.table + "): wrong base version?",
                                 ErrorKind::Mismatch);
            throw DeltaError("cannot apply delta " + delta + ": " + sqlite3_errstr(rc));
        }
        // The writer's last step (publish/pack_writer.cpp, build_pack).
        exec(db, "VACUUM");
    } catch (const SqlError& e) {
        throw DeltaError("cannot apply delta " + delta + " to " + base_pack + ": " + e.what(), e.kind());
    }
    // The connection is closed: nobody caches these header fields any more.
    copy_write_counters(base_pack, tmp);
    commit_file(tmp, out_pack);
    guard.keep = true;
}

}  // namespace kiosk::install
