// The files a kiosk hands to the fleet report (deploy/FLEET.md): one JSON file per local day
// with a visit ("kiosk-stats-day/1") and a heartbeat ("kiosk-heartbeat/1"). kiosk-sync uploads
// them (install/fleet_upload.h); the staff USB export writes the same tree to a stick.
// Byte-exact output: the uploader sends a day again only when its bytes (minus "made") change.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/stats.h"

namespace kiosk {

// "YYYY-MM-DDTHH": the finest time these files ever carry (privacy: never finer than the hour).
std::string hour_stamp(const DateTime& t);

// The kiosk id as it names a folder: A-Z a-z 0-9 - _ kept, anything else '_' ("kiosk" if empty).
std::string fleet_kiosk_folder(const std::string& kiosk_id);

// One day file's text. `complete`: the day is over (before today's date). `made`: hour_stamp of
// now. One key per line, in the order of deploy/FLEET.md, ending with a newline.
std::string day_file_json(const StatsDay& d, const std::string& kiosk_id, bool complete, const std::string& made);

// The relative path of a day file under the base: <kiosk>/days/<YYYY-MM-DD>.json.
std::string day_file_path(const std::string& kiosk_id, const Date& day);
std::string heartbeat_path(const std::string& kiosk_id);  // <kiosk>/heartbeat.json

struct DayFile {
    Date day;
    std::string path;     // relative, as day_file_path()
    std::string json;     // the file's text
    std::string content;  // the text with an empty "made": what decides whether it changed
};

// The day files of every day the statistics file at stats_path keeps (read-only open), oldest
// first. Empty with `error` when the file cannot be read; empty without error when there is none.
std::vector<DayFile> make_day_files(const std::string& stats_path, const std::string& kiosk_id, const DateTime& now,
                                    std::string& error);

struct Heartbeat {
    std::string kiosk_id;
    std::string sent;                      // hour_stamp
    std::string pack;                      // the active pack's id ("" none)
    std::string pack_version;              // its version as decimal text ("" none)
    std::optional<std::string> last_sync;  // hour_stamp of the last successful sync
    bool last_sync_ok = false;             // the latest sync (install) run succeeded
    std::string last_error;                // one line, "" if none
    std::int64_t free_disk_mb = -1;        // of the state directory's file system; -1 unknown
    std::string software;                  // the kiosk's version
};
std::string heartbeat_json(const Heartbeat& h);

// Free space for an unprivileged user on the file system of `dir`, in bytes (statvfs); -1
// unknown. (The heartbeat's free_disk_mb, the staff status screen's free space.)
std::int64_t free_disk_bytes(const std::string& dir);

// Writes <dir>/<kiosk>/days/*.json and <dir>/<kiosk>/heartbeat.json (each durably). Returns the
// number of day files written, or -1 with a one-line `error`.
int write_fleet_tree(const std::string& dir, const std::string& kiosk_id, const std::vector<DayFile>& days,
                     const std::string& heartbeat, std::string& error);

}  // namespace kiosk
