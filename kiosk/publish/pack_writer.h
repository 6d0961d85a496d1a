// Builds a content pack from a DATAtourisme flux (the pack tool's "build" command).
#pragma once

#include "core/error.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/map_data.h"
#include "publish/export_model.h"

struct sqlite3;

namespace kiosk::publish {

// Which objects of the flux go into the pack. Empty lists accept everything.
struct Selection {
    std::vector<std::string> departments;  // INSEE codes: "59", "62", "2A", "971"
    // Kinds kept. Empty = the visitor kinds: site, belfry, event, office, route. Listing any
    // of those keeps only the ones listed; "eat" and "sleep" are kept only when listed, on
    // top of the others ("--kind eat --kind sleep" = everything, restaurants and lodgings too).
    std::vector<std::string> kinds;
    bool has_bbox = false;
    double minlat = 0, minlon = 0, maxlat = 0, maxlon = 0;  // items without coordinates fail a bbox

    bool wants_kind(const std::string& kind) const;
    // The kind is wanted, and the department and position are inside the selection.
    // The department comes from the address's INSEE department, else the postal code.
    bool accepts(const ExportItem& item) const;
    // Canonical text ("department=59,62;kind=site", "all"), stored in the pack's meta so that an
    // incremental rebuild only reuses a previous pack made with the same selection.
    std::string describe() const;
};

struct BuildOptions {
    std::string pack_id = "nord-pas-de-calais";
    std::int64_t pack_version = 1;
    // ISO UTC. Empty = the newest lastUpdateDatatourisme of index.json (seconds, "Z"), never
    // the wall clock, so that the same flux always gives a byte-identical pack.
    std::string build_time;
    // The region the pack shows (meta region, bbox, welcome.<lang>; schema.sql). Empty name / no
    // box = derived from the items (publish/region.h); no welcome text = the kiosk's generic one.
    std::string region;
    bool has_region_box = false;
    GeoBox region_box;
    std::map<std::string, std::string> welcome;  // language -> text ("fr" -> "Bienvenue dans le Nord")
    Selection select;
    // A pack built earlier from an older version of the same flux: objects whose index entry
    // has the same file and lastUpdateDatatourisme are copied from it instead of re-parsed.
    // Objects whose pictures failed in that build (or whose picture rights have ended since)
    // are parsed again, so their pictures are retried (source_image in schema.sql).
    std::string previous;
    // Remote (http/https) pictures: downloaded in parallel per batch, kept in a
    // content-addressed cache between builds when image_cache is set (conditional GET). The
    // cache also remembers failures with a retry time (image_fetch.h, retry_delay_s).
    bool fetch_images = true;
    std::string image_cache;
    int image_parallel = 8;
    long image_timeout_s = 30;
    long image_connect_timeout_s = 10;
    std::int64_t image_clock = 0;  // Unix time for the failure cache's retry times; 0 = system clock
    // A pack without a single item is refused (EmptyPackError) unless this is set: an export
    // that lost its objects, or a selection that keeps none, would otherwise replace a good
    // pack on every kiosk with an empty screen.
    bool allow_empty = false;
    // VACUUM the pack at the end (kiosk-pack build --vacuum): the canonical layout that
    // install/delta.cpp reproduces after applying a delta (compact_pack). Off by default, so an
    // incremental build only writes the pages of the rows that changed; publish compacts the
    // copy it serves, so a pack built without it still gets working deltas.
    bool vacuum = false;
    // Tests only: the width of the item and media id hashes (0 = kItemIdBits, kMediaIdBits). A
    // narrow hash makes collisions common, to test that they are resolved as documented.
    int test_id_bits = 0;
    // Threads parsing objects beside the one writing rows (0 = one per core, 1 = parse on the
    // writing thread). The pack is the same whatever the number.
    unsigned parse_threads = 0;
    // Called now and then with (objects handled, objects listed in index.json).
    std::function<void(std::size_t, std::size_t)> progress;
};

// Objects of one DATAtourisme class (the one classify_object() decided on): its kind,
// how many went into the pack and how many not, and why not.
struct ClassCount {
    std::string kind;  // "" = never for the kiosk
    std::size_t kept = 0, dropped = 0;
    std::string reason;
};

// Why pictures were not shipped: keys of BuildReport::images_not_shipped, with the labels the
// tool prints. Each picture reference (item, locator) counts once.
inline constexpr std::pair<const char*, const char*> kImageReasons[] = {
    {"host_unreachable", "host unreachable (DNS, refused, connect timeout, TLS)"},
    {"skipped_host_unreachable", "skipped, host unreachable"},
    {"skipped_recent_failure", "skipped, failed in an earlier build (not retried before its retry time)"},
    {"http_error", "HTTP error"},
    {"transfer_error", "transfer cut or too slow"},
    {"invalid", "not a usable picture"},
    {"not_found", "file not found"},
    {"not_fetched", "not downloaded (--no-images)"},
    {"rights_expired", "rights expired"},
};

struct ImageHostGivenUp {
    std::string host;         // "host:port"
    std::string reason;       // its first failure
    bool from_cache = false;  // given up by the image cache: it failed in an earlier build
    std::string retry_after;  // ISO UTC: when a build asks it again ("" without an image cache: the next one)
    std::size_t skipped = 0;  // pictures not requested because of it
};

// One followed field of one kind: how many of the kind's items had it in the export, and
// how many carry it in the pack. The gap is what was lost (malformed, unusable, not fetched).
struct FieldCount {
    std::size_t in_export = 0, in_pack = 0;
};

// A repair the build made to one object: "html", "entities", "mojibake" (clean_text) or
// "merged" (the same place exported twice), with how many texts it touched.
struct Repair {
    std::string file, id, what;
    std::size_t count = 0;
};

// The pack's routes (issue 17), counted over the whole pack after the build: a step is
// resolved when the object it names is an item of the pack, named when it is not but has its
// own position, dropped (warned about, not shown) when it has neither. A route's path comes
// from the export's geometry, else is straight legs between its steps (two or more with a
// position), else there is none.
struct RouteCounts {
    std::size_t routes = 0;  // route items with their route facts
    std::size_t steps_resolved = 0, steps_named = 0, steps_dropped = 0;
    std::size_t paths_from_export = 0, paths_straight = 0, paths_none = 0;
};

struct BuildReport {
    std::size_t objects_listed = 0;         // entries of index.json
    std::size_t objects_read = 0;           // object files read and parsed
    std::size_t objects_reused = 0;         // unchanged since --previous, copied without parsing
    std::size_t objects_refused = 0;        // malformed, or missing @id / title
    std::size_t objects_missing = 0;        // listed in index.json but absent from the flux
    std::size_t items_kept = 0;
    std::size_t skipped_not_for_kiosk = 0;  // restaurants, lodgings... (classify() == "")
    std::size_t skipped_by_selection = 0;   // outside --department / --bbox / --kind
    std::size_t duplicates = 0;             // two objects with one @id: the first file wins
    std::size_t places_merged = 0;          // the same place exported twice: one card (merge_same_places)
    std::map<std::string, ClassCount> per_class;  // objects parsed in this build, by deciding class
    std::map<std::string, std::map<std::string, FieldCount>> fidelity;  // kind -> field -> counts
    std::vector<Repair> repairs;  // objects parsed in this build (a reused object was repaired before)
    std::size_t images_stored = 0;          // distinct pictures stored in the pack
    std::size_t images_fetched = 0;         // downloaded over HTTP(S)
    std::size_t images_cached = 0;          // served from the download cache
    std::size_t images_failed = 0;          // not shipped for any reason but rights_expired
    std::map<std::string, std::size_t> images_not_shipped;  // reason (kImageReasons) -> pictures
    std::vector<ImageHostGivenUp> image_hosts_given_up;     // by host name
    std::size_t objects_rechecked = 0;      // unchanged since --previous, parsed again for their pictures
    TextRepairs text_repairs;               // texts cleaned at import, over the objects read
    bool incremental = false;               // --previous was usable
    std::string build_time;                 // as recorded in the pack
    std::map<std::string, int> per_kind;
    RouteCounts routes;
    std::vector<Warning> warnings;
    double seconds = 0;
};

class BuildError : public Error {
public:
    explicit BuildError(const std::string& message, ErrorKind kind = ErrorKind::IoError) : Error(kind, message) {}
};

// The pack given as --previous cannot be read (not a pack, damaged, another format).
class PreviousPackError : public BuildError {
public:
    explicit PreviousPackError(const std::string& message) : BuildError(message, ErrorKind::Corrupt) {}
};

// The pack would hold no item and BuildOptions::allow_empty is not set.
class EmptyPackError : public BuildError {
public:
    explicit EmptyPackError(const std::string& message) : BuildError(message, ErrorKind::Corrupt) {}
};

// Stable ids (issue 16): an item's id is a hash of its source_id (the export's @id), a media
// row's id a hash of its SHA-256, so adding or removing an item changes only that item's rows
// and a delta between two packs stays about what changed. Item ids have kItemIdBits bits: child
// rows are numbered item_id * 2^20 + n (schema.sql), which must fit a signed 64-bit INTEGER,
// and every id stays below 2^53, exact as a JSON number. Ids are >= 1.
inline constexpr int kItemIdBits = 43;
inline constexpr int kMediaIdBits = 53;
std::int64_t stable_id_hash(std::string_view key, int bits);
// Two keys whose hashes collide: keys are taken in (hash, key) order and each takes the first
// free id from its hash up (wrapping from 2^bits - 1 to 1). The result depends only on the set
// of keys, so a full build and an incremental one agree; a collision moves at most the ids of
// the keys that collide. Returns the ids in the order of `keys` (which must be distinct).
std::vector<std::int64_t> resolve_stable_ids(const std::vector<std::string>& keys, int bits);

// VACUUMs a closed pack file and sets its header's write counters to fixed values, so that a
// pack's bytes depend only on its rows: what install::apply_delta reproduces (it VACUUMs and
// copies the counters from its base). Throws BuildError.
void compact_pack(const std::string& path);

// Reads the flux, writes the pack to `out_path` + ".tmp" and renames it over `out_path`
// only when complete, so a failed build never leaves a half-written pack behind.
// Objects are written to a staging database as they stream in, then copied into the pack in
// source-id order, so memory stays bounded and row ids never depend on the archive's order.
// Throws ExportError (unreadable flux), PreviousPackError (--previous refused), EmptyPackError
// (no item, without allow_empty) or BuildError (cannot write).
BuildReport build_pack(const ExportSource& src, const std::string& out_path, const BuildOptions& opt);


}  // namespace kiosk::publish
