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
// `old_pack` into `new_pack`: every table with a rowid or primary key, content and derived
// (the FTS5 index's shadow tables, thumbnails, meta) alike. Both packs must have the same
// schema; a schema change between versions needs the full pack. Throws DeltaError.
DeltaInfo make_delta(const std::string& old_pack, const std::string& new_pack, const std::string& out_delta);

// Copies `base_pack` to `out_pack`.tmp, applies the changeset (any conflict aborts: a delta
// applied to the wrong base fails instead of making a hybrid), runs the pack writer's final
// VACUUM so the file is laid out exactly as the writer lays it out, restores the schema
// cookie VACUUM bumps, fsyncs, and renames it to `out_pack`. The result is byte-identical to
// the pack the delta was made from; callers still compare its hash with the manifest's.
// Throws DeltaError.
void apply_delta(const std::string& base_pack, const std::string& delta, const std::string& out_pack);

// Makes a finished temporary file durable under its final name: fsync the file, rename() it
// over `path`, fsync the directory. After a crash `path` is either the old file or the new
// one, never a part. Throws DeltaError.
void commit_file(const std::string& tmp, const std::string& path);

}  // namespace kiosk::sync
