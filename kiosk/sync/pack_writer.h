// Builds a content pack from a DATAtourisme flux (the pack tool's "build" command).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "sync/export_model.h"

namespace kiosk::sync {

struct BuildOptions {
    std::string pack_id = "nord-pas-de-calais";
    std::int64_t pack_version = 1;
    std::string build_time;  // ISO UTC; empty = now. Fixed by tests for reproducible packs.
    std::string region = "Nord-Pas-de-Calais";
};

struct BuildReport {
    std::size_t objects_read = 0;
    std::size_t items_kept = 0;
    std::size_t skipped_not_for_kiosk = 0;  // restaurants, lodgings... (classify() == "")
    std::size_t images_stored = 0;
    std::size_t images_failed = 0;
    std::map<std::string, int> per_kind;
    std::vector<Warning> warnings;
    double seconds = 0;
};

class BuildError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads the flux, writes the pack to `out_path` + ".tmp" and renames it over `out_path`
// only when complete, so a failed build never leaves a half-written pack behind.
// Throws ExportError (unreadable flux) or BuildError (cannot write).
BuildReport build_pack(const ExportSource& src, const std::string& out_path, const BuildOptions& opt);

}  // namespace kiosk::sync
