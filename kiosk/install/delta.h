// Applying a pack delta: an SQLite changeset (session extension) that turns the kiosk's active
// pack into a byte-identical copy of the newer one (DESIGN.md section 4). The publisher's side,
// making deltas, is publish/delta_make.h.
#pragma once

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

// Copies `base_pack` to `out_pack`.tmp, applies the changeset (any conflict aborts: a delta
// applied to the wrong base fails instead of making a hybrid), VACUUMs as the pack writer
// does, copies the header's write counters from the base (the apply itself advanced them),
// fsyncs, and renames it to `out_pack`. The result is byte-identical to the pack the delta
// was made from when both packs come from the same writer version; callers still compare its
// hash with the manifest's. Throws DeltaError.
void apply_delta(const std::string& base_pack, const std::string& delta, const std::string& out_pack);

// True when `db`'s schema `schema` ("main", "old"...) carries the pack's application id.
bool is_pack_schema(sqlite3* db, const char* schema);

}  // namespace kiosk::install
