// Applying a pack delta: an SQLite changeset (session extension) that turns the kiosk's active
// pack into a byte-identical copy of the newer one (DESIGN.md section 4). The publisher's side,
// making deltas, is publish/delta_make.h.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "core/error.h"

struct sqlite3;

namespace kiosk::install {

// Why a delta could not be made or applied (one line). A failed apply never leaves `out_pack`.
// Mismatch when the delta does not fit its base (wrong version, edited pack), Corrupt when
// the delta or a pack is damaged or foreign, IoError when a file cannot be written.
class DeltaError : public Error {
public:
    explicit DeltaError(const std::string& message, ErrorKind kind = ErrorKind::Corrupt) : Error(kind, message) {}
};

// What one apply may take. A delta is small and its apply quick; these only stop a hostile or
// broken one from hanging the installer or filling the disk.
struct DeltaLimits {
    std::chrono::milliseconds time{std::chrono::minutes(5)};  // the apply and the VACUUM, together
    std::uint64_t max_delta_bytes = 256ull << 20;               // the changeset file
    // The copy being changed may grow to max(base, expected_out) + 4 x the delta + 1 MiB
    // (every row a delta adds is in its bytes); expected_out 0 = unknown.
    std::uint64_t expected_out = 0;
};

// Reads the changeset (a regular file under the cap), walks its framing and checks its tables
// against the base (install/changeset_check.h), then copies `base_pack` to `out_pack`.tmp,
// applies the changeset (any conflict aborts: a delta applied to the wrong base fails instead
// of making a hybrid) within the time and size budget, VACUUMs as the pack writer does, copies
// the header's write counters from the base (the apply itself advanced them), fsyncs, and
// renames it to `out_pack`. The result is byte-identical to the pack the delta was made from
// when both packs come from the same writer version; callers still compare its hash with the
// manifest's. Throws DeltaError; a failed, refused or timed-out apply leaves no file behind
// (neither the copy nor its journal).
void apply_delta(const std::string& base_pack, const std::string& delta, const std::string& out_pack,
                 const DeltaLimits& limits = {});

// True when `db`'s schema `schema` ("main", "old"...) carries the pack's application id.
bool is_pack_schema(sqlite3* db, const char* schema);

}  // namespace kiosk::install
