// Deltas between two versions of a pack: SQLite changesets (session extension) that turn the
// older pack file into a byte-identical copy of the newer one (DESIGN.md section 4).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace kiosk::sync {

// Why a delta could not be made or applied (one line). A failed apply never leaves `out_pack`.
class DeltaError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct DeltaInfo {
    std::int64_t bytes = 0;    // size of the changeset file
    std::int64_t changes = 0;  // rows inserted, updated or deleted
};

// Writes to `out_delta` (through a temporary file and rename) the changeset that turns
// `old_pack` into `new_pack`: every table, content and derived (thumbnails, build record,
// meta) alike, except the search index's shadow tables (item_fts_*), which apply_delta
// rebuilds. Every table must have a PRIMARY KEY (the session extension ignores the others).
// Both packs must have the same schema; a schema change needs the full pack. Throws DeltaError.
DeltaInfo make_delta(const std::string& old_pack, const std::string& new_pack, const std::string& out_delta);

// Copies `base_pack` to `out_pack`.tmp, applies the changeset (any conflict aborts: a delta
// applied to the wrong base fails instead of making a hybrid), rebuilds the search index and
// VACUUMs as the pack writer does, copies the header's write counters from the base (the
// apply itself advanced them), fsyncs, and renames it to `out_pack`. The result is
// byte-identical to the pack the delta was made from when both packs come from the same
// writer version; callers still compare its hash with the manifest's. Throws DeltaError.
void apply_delta(const std::string& base_pack, const std::string& delta, const std::string& out_pack);

// Makes a finished temporary file durable under its final name: fsync the file, rename() it
// over `path`, fsync the directory. After a crash `path` is either the old file or the new
// one, never a part. Throws DeltaError.
void commit_file(const std::string& tmp, const std::string& path);

}  // namespace kiosk::sync
