// Checking a delta's changeset before SQLite's session extension sees it. SQLite trusts a
// changeset's framing: a table header whose name has no terminating NUL, or whose column count
// runs past the end of the input, makes sqlite3changeset_next (and so the apply) loop for ever
// on a 14-byte input (SQLite 3.40). So the framing is walked here first, bounded at every step,
// and only a changeset that parses to its last byte is handed to SQLite, whose own iterator
// then checks it against the base pack's schema.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace kiosk::install {

// One table section of a changeset: its name, column count, each column's place in the
// primary key (0 = not in it, 1 = first...; as PRAGMA table_info's pk), and how many row
// changes follow the header.
struct ChangesetTable {
    std::string name;
    int columns = 0;
    std::vector<int> pk;
    std::size_t changes = 0;
};

// Walks the whole changeset (tables, operations, every value) with bounds checks: refuses a
// patchset, an unknown operation or value type, a name without its NUL, a length past the end,
// an empty changeset. Throws DeltaError (Corrupt) with a one-line reason naming the offset.
std::vector<ChangesetTable> parse_changeset(std::string_view bytes);

// Then SQLite's own iterator over the same bytes (safe once parse_changeset accepted them):
// every table must exist in `db`'s main schema with the same column count and primary key, no
// sqlite_ table, and SQLite must see as many changes as the walk did. Throws DeltaError
// (Mismatch for a changeset of another schema, Corrupt otherwise).
void check_changeset_schema(sqlite3* db, std::string_view bytes, const std::vector<ChangesetTable>& tables);

}  // namespace kiosk::install
