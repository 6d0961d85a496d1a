// Making a pack delta: the SQLite changeset that turns an older pack into the newer one. The
// kiosk's side, applying it, is install/delta.h; publish proves every delta by applying it.
#pragma once

#include <cstdint>
#include <string>

#include "install/delta.h"

namespace kiosk::publish {

using install::DeltaError;

struct DeltaInfo {
    std::int64_t bytes = 0;    // size of the changeset file
    std::int64_t changes = 0;  // rows inserted, updated or deleted
};

// Writes to `out_delta` (through a temporary file and rename) the changeset that turns
// `old_pack` into `new_pack`: every table, content and derived (thumbnails, build record,
// meta) alike. Every table must have a PRIMARY KEY (the session extension ignores the
// others). Both packs must have the same schema; a schema change needs the full pack.
// Throws DeltaError.
DeltaInfo make_delta(const std::string& old_pack, const std::string& new_pack, const std::string& out_delta);

}  // namespace kiosk::publish
