// The changeset framing (SQLite's session extension, sqlite3session.h "changeset format"):
//   table header:  'T', varint nCol, nCol bytes (each column's place in the primary key, 0 =
//                  not in it), name, NUL
//   change:        op (SQLITE_INSERT 18, SQLITE_DELETE 9, SQLITE_UPDATE 23), indirect (0/1),
//                  then nCol values (DELETE: old row, INSERT: new row, UPDATE: old then new)
//   value:         type 0 undefined (UPDATE only), 1 integer and 2 real (8 bytes), 3 text and
//                  4 blob (varint length, bytes), 5 NULL
// 'P' starts a patchset's table, which a delta never holds.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include "install/changeset_check.h"

#include <cstdint>
#include <map>
#include <memory>

#include "core/sqlite.h"
#include "install/delta.h"

namespace kiosk::install {

namespace {

// SQLite allows at most 32767 columns (SQLITE_MAX_COLUMN's hard limit); a pack table has ~15.
constexpr std::uint64_t kMaxColumns = 32767;

class Walker {
public:
    explicit Walker(std::string_view b) : b_(b) {}

    bool done() const { return at_ >= b_.size(); }
    std::size_t at() const { return at_; }

    [[noreturn]] void refuse(const std::string& why) const {
        throw DeltaError("delta is malformed: " + why + " at byte " + std::to_string(at_));
    }

    unsigned byte(const char* what) {
        if (at_ >= b_.size()) refuse(std::string("ends inside ") + what);
        return static_cast<unsigned char>(b_[at_++]);
    }

    void skip(std::uint64_t n, const char* what) {
        if (n > b_.size() - at_) refuse(std::string(what) + " runs past the end");
        at_ += static_cast<std::size_t>(n);
    }

    // SQLite's varint: big-endian groups of 7 bits, the high bit saying "more"; the ninth byte
    // gives all 8 bits.
    std::uint64_t varint(const char* what) {
        std::uint64_t v = 0;
        for (int i = 0; i < 9; ++i) {
            const unsigned c = byte(what);
            if (i == 8) return (v << 8) | c;
            v = (v << 7) | (c & 0x7f);
            if (!(c & 0x80)) return v;
        }
        return v;
    }

    std::string name() {
        const std::size_t end = b_.find('\0', at_);
        if (end == std::string_view::npos) refuse("table name without its terminating NUL");
        std::string n(b_.substr(at_, end - at_));
        at_ = end + 1;
        return n;
    }

    // `undefined_ok`: an update leaves unchanged columns undefined, except the old row's
    // primary key, which names the row (SQLite 3.40 dereferences it unchecked: an update
    // without it crashes the apply).
    void value(bool undefined_ok) {
        const unsigned type = byte("a value");
        switch (type) {
            case 0:
                if (!undefined_ok) refuse("undefined value outside an update's unchanged columns");
                return;
            case 1:
            case 2: skip(8, "a number"); return;
            case 3:
            case 4: skip(varint("a length"), type == 3 ? "a text" : "a blob"); return;
            case 5: return;
            default: refuse("unknown value type " + std::to_string(type));
        }
    }

private:
    std::string_view b_;
    std::size_t at_ = 0;
};

}  // namespace

std::vector<ChangesetTable> parse_changeset(std::string_view bytes) {
    Walker w(bytes);
    std::vector<ChangesetTable> tables;
    if (w.done()) w.refuse("empty changeset");
    while (!w.done()) {
        const unsigned c = w.byte("a change");
        if (c == 'P') w.refuse("a patchset, not a changeset");
        if (c == 'T') {
            ChangesetTable t;
            const std::uint64_t n = w.varint("a column count");
            if (n == 0 || n > kMaxColumns) w.refuse("column count " + std::to_string(n));
            t.columns = static_cast<int>(n);
            for (int i = 0; i < t.columns; ++i) {
                const unsigned flag = w.byte("the primary key flags");
                if (flag > n) w.refuse("primary key place " + std::to_string(flag));
                t.pk.push_back(static_cast<int>(flag));
            }
            t.name = w.name();
            if (t.name.empty()) w.refuse("empty table name");
            tables.push_back(std::move(t));
            continue;
        }
        if (tables.empty()) w.refuse("a change before any table header");
        if (c != SQLITE_INSERT && c != SQLITE_DELETE && c != SQLITE_UPDATE) w.refuse("unknown operation " + std::to_string(c));
        if (w.byte("a change") > 1) w.refuse("indirect flag out of range");
        ChangesetTable& t = tables.back();
        const int records = c == SQLITE_UPDATE ? 2 : 1;
        for (int r = 0; r < records; ++r)
            for (int i = 0; i < t.columns; ++i)
                w.value(c == SQLITE_UPDATE && !(r == 0 && t.pk[static_cast<std::size_t>(i)] != 0));
        ++t.changes;
    }
    return tables;
}

void check_changeset_schema(sqlite3* db, std::string_view bytes, const std::vector<ChangesetTable>& tables) {
    // The base pack's tables: column count and primary key flags, as the session sees them.
    std::map<std::string, std::vector<int>> schema;
    for (const ChangesetTable& t : tables) {
        if (t.name.rfind("sqlite_", 0) == 0) throw DeltaError("delta changes SQLite's own table " + t.name);
        Stmt cols(db, "SELECT pk FROM pragma_table_info(?1) ORDER BY cid");
        cols.bind(1, t.name);
        std::vector<int> pk;
        while (cols.step()) pk.push_back(cols.i32(0));
        if (pk.empty()) throw DeltaError("delta changes table " + t.name + ", which the pack does not have", ErrorKind::Mismatch);
        schema[t.name] = pk;
    }
    sqlite3_changeset_iter* raw = nullptr;
    if (sqlite3changeset_start(&raw, static_cast<int>(bytes.size()), const_cast<char*>(bytes.data())) != SQLITE_OK)
        throw DeltaError("delta is malformed: SQLite cannot read it");
    std::unique_ptr<sqlite3_changeset_iter, int (*)(sqlite3_changeset_iter*)> it(raw, sqlite3changeset_finalize);
    std::size_t seen = 0, expected = 0;
    for (const ChangesetTable& t : tables) expected += t.changes;
    int rc;
    while ((rc = sqlite3changeset_next(it.get())) == SQLITE_ROW) {
        const char* table = nullptr;
        int ncol = 0, op = 0, indirect = 0;
        unsigned char* pk = nullptr;
        int npk = 0;
        if (sqlite3changeset_op(it.get(), &table, &ncol, &op, &indirect) != SQLITE_OK ||
            sqlite3changeset_pk(it.get(), &pk, &npk) != SQLITE_OK || !table)
            throw DeltaError("delta is malformed: SQLite cannot read change " + std::to_string(seen + 1));
        const auto want = schema.find(table);
        if (want == schema.end()) throw DeltaError("delta is malformed: SQLite reads a table the walk did not");
        if (static_cast<std::size_t>(ncol) != want->second.size())
            throw DeltaError("delta gives table " + std::string(table) + " " + std::to_string(ncol) + " columns, the pack has " +
                                 std::to_string(want->second.size()),
                             ErrorKind::Mismatch);
        for (int i = 0; i < npk && i < ncol; ++i)
            if (pk[i] != want->second[static_cast<std::size_t>(i)])
                throw DeltaError("delta's primary key of table " + std::string(table) + " is not the pack's", ErrorKind::Mismatch);
        ++seen;
    }
    if (rc != SQLITE_DONE) throw DeltaError(std::string("delta is malformed: ") + sqlite3_errstr(rc));
    if (seen != expected)
        throw DeltaError("delta is malformed: SQLite reads " + std::to_string(seen) + " changes, the walk " +
                         std::to_string(expected));
}

}  // namespace kiosk::install
