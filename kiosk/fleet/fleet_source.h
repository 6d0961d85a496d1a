// Where kiosk-stats finds the files: a folder (an upload server's tree copied or mounted, one
// kiosk's folder, or a USB statistics export holding kiosk-stats/) or the upload server itself,
// listed with WebDAV PROPFIND and read with GET (libcurl). The layout is the same everywhere:
// <base>/<kiosk-id>/days/<YYYY-MM-DD>.json and <base>/<kiosk-id>/heartbeat.json.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "fleet/fleet_data.h"

namespace kiosk::fleet {

// Bounds on a listing: far above a real fleet (a few dozen kiosks, a year of days each).
constexpr std::size_t kMaxKiosksPerSource = 2000;
constexpr std::size_t kMaxDaysPerKiosk = 5000;
constexpr std::uint64_t kMaxListingBytes = 8ull << 20;

struct SourceOptions {
    long timeout_s = 20;   // per HTTP request: connect, and a stall
};

struct SourceResult {
    bool listed = false;   // false: the source itself could not be read (`why`)
    std::string why;
    std::size_t day_files = 0, heartbeats = 0, skipped = 0;
};

using WarnFn = std::function<void(const std::string&)>;

// Reads every day file and heartbeat of `source` into `fleet`. A file that is unreadable,
// malformed, foreign, oversized, or names another kiosk or day than its place is skipped with
// one line to `warn`; only a source that cannot be listed at all comes back with listed=false.
SourceResult read_source(const std::string& source, Fleet& fleet, const WarnFn& warn, const SourceOptions& opt = {});

// A URL as it may be shown: without a user name or password.
std::string shown_url(std::string_view url);

// One entry of a WebDAV multistatus answer (PROPFIND Depth 1), relative to the listed folder.
struct DavEntry {
    std::string name;  // percent-decoded last segment
    bool folder = false;
};
// The direct children of `folder_path` (the URL's path, e.g. "/fleet/", percent-encoded as sent)
// in a PROPFIND answer. The folder itself, entries elsewhere and names holding '/' are left
// out. Outside input: never throws, bounded by the answer's size.
std::vector<DavEntry> parse_propfind(std::string_view xml, std::string_view folder_path);

}  // namespace kiosk::fleet
