// Applying pack deltas with SQLite's session extension. The publisher (publish/delta_make.cpp)
// records, with sqlite3session_diff, every row change of every table between two packs; here
// the changes are applied to a copy of the active pack and publish's last step is re-run,
// which gives the new pack's exact bytes.
//
// Why the result is byte-identical: a served pack is compacted by publish (publish::compact_pack:
// VACUUM, then fixed header counters), and VACUUM rebuilds every table and
// index from scratch in key order into a fresh file, so the bytes depend only on the schema
// and the rows (with their rowids), plus a few header fields. After the apply the rows are the
// new pack's rows; VACUUM then lays them out as compact_pack did. What differs is the header's
// count of writes: the file change counter (offset 24, and its copy "version-valid-for" at 92)
// and the schema cookie (40), which the apply advances. compact_pack sets them to fixed values,
// so apply_delta copies them from the base pack. Should two writer
// versions differ in any of this, the result does not hash to the manifest's value: publish
// drops such a delta and the kiosk fetches the full pack.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include "install/delta.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

#include "core/durable_file.h"
#include "core/file_read.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "install/changeset_check.h"
#include "install/channel.h"

namespace kiosk::install {

namespace fs = std::filesystem;

namespace {

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

void apply_delta(const std::string& base_pack, const std::string& delta, const std::string& out_pack,
                 const DeltaLimits& limits) {
    const auto deadline = std::chrono::steady_clock::now() + limits.time;
    // The whole changeset in memory, read only if it is a regular file under the cap (a FIFO
    // named like a delta must not hang us), and walked before SQLite sees a byte of it.
    std::string bytes;
    try {
        bytes = read_regular_file(delta, limits.max_delta_bytes);
    } catch (const Error& e) {
        throw DeltaError("cannot read delta: " + std::string(e.what()), e.kind());
    }
    const std::vector<ChangesetTable> tables = parse_changeset(bytes);

    const std::string tmp = out_pack + ".tmp";
    TempFileGuard guard{tmp};
    {
        std::error_code ec;
        fs::copy_file(base_pack, tmp, fs::copy_options::overwrite_existing, ec);
        if (ec) throw DeltaError("cannot copy " + base_pack + ": " + ec.message(), ErrorKind::IoError);
    }
    const std::uint64_t base_size = size_or_zero(tmp);
    try {
        Db db(tmp, SQLITE_OPEN_READWRITE);
        // A normal rollback journal: if the changeset aborts half-way, the copy is rolled
        // back cleanly before it is thrown away. No fsync until the end: a crash leaves a
        // .tmp that the installer deletes.
        exec(db, "PRAGMA trusted_schema=OFF; PRAGMA synchronous=OFF");
        if (!is_pack_schema(db, "main")) throw DeltaError("not a kiosk pack: " + base_pack);
        check_changeset_schema(db, bytes, tables);

        // The size budget: SQLite refuses (SQLITE_FULL) to grow the copy past it.
        const std::uint64_t cap = std::max(base_size, limits.expected_out) + 4 * bytes.size() + (1u << 20);
        {
            Stmt page(db, "PRAGMA page_size");
            page.step();
            const std::uint64_t page_size = static_cast<std::uint64_t>(std::max<std::int64_t>(page.i64(0), 512));
            const std::string pragma = "PRAGMA max_page_count=" + std::to_string(cap / page_size + 1);
            Stmt set(db, pragma);
            set.step();
        }
        // The time budget: SQLite calls this every thousand virtual-machine instructions and gives up
        // (SQLITE_INTERRUPT) once it says so; it covers the apply and the VACUUM.
        struct Budget {
            std::chrono::steady_clock::time_point deadline;
            bool out = false;
        } budget{deadline};
        sqlite3_progress_handler(
            db, 1000,
            [](void* ctx) -> int {
                auto* b = static_cast<Budget*>(ctx);
                if (std::chrono::steady_clock::now() >= b->deadline) b->out = true;
                return b->out ? 1 : 0;
            },
            &budget);

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
        const int rc = sqlite3changeset_apply(db, static_cast<int>(bytes.size()), bytes.data(), nullptr, on_conflict, &conflict);
        const auto over_budget = [&](int code) {
            if (budget.out || code == SQLITE_INTERRUPT)
                throw DeltaError("delta " + delta + " took longer than " + std::to_string(limits.time.count() / 1000) +
                                 " s to apply: given up");
            if ((code & 0xff) == SQLITE_FULL)
                throw DeltaError("delta " + delta + " would grow the pack past " + std::to_string(cap >> 20) + " MB: given up");
        };
        if (rc != SQLITE_OK) {
            over_budget(rc);
            if (conflict.type != 0)
                throw DeltaError("delta " + delta + " does not apply to " + base_pack + " (conflict in table " +
                                     conflict.table + "): wrong base version?",
                                 ErrorKind::Mismatch);
            throw DeltaError("cannot apply delta " + delta + ": " + sqlite3_errstr(rc));
        }
        // Between the two the clock is looked at too: a small apply may finish between two
        // calls of the handler.
        if (std::chrono::steady_clock::now() >= deadline) over_budget(SQLITE_INTERRUPT);
        // Publish's last step (publish/pack_writer.cpp, compact_pack).
        const int vacuum = sqlite3_exec(db, "VACUUM", nullptr, nullptr, nullptr);
        if (vacuum != SQLITE_OK) {
            over_budget(sqlite3_extended_errcode(db));
            throw DeltaError("cannot apply delta " + delta + " to " + base_pack + ": VACUUM failed: " + sqlite3_errmsg(db));
        }
        sqlite3_progress_handler(db, 0, nullptr, nullptr);
    } catch (const SqlError& e) {
        throw DeltaError("cannot apply delta " + delta + " to " + base_pack + ": " + e.what(), e.kind());
    }
    // The connection is closed: nobody caches these header fields any more.
    copy_write_counters(base_pack, tmp);
    commit_file(tmp, out_pack);
    guard.keep = true;
}

}  // namespace kiosk::install
