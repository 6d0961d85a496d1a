// Day files and heartbeat of deploy/FLEET.md, written by hand rather than with a JSON library:
// the bytes must not depend on a library's spacing or float printing (the uploader compares
// them), and the key order is the contract's.
#include "core/fleet_files.h"

#include <sys/statvfs.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <filesystem>

#include "core/durable_file.h"
#include "core/json_out.h"

namespace kiosk {

namespace fs = std::filesystem;

namespace {

std::string number(std::int64_t n) { return std::to_string(n); }

// Seconds with one decimal, locale-independent ("8123.5"; a French locale would print a comma).
std::string seconds(double s) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, s, std::chars_format::fixed, 1);
    return std::string(buf, r.ptr);
}

// {"a": 1, "b": 2} in the given order.
template <class It>
std::string object(It first, It last) {
    std::string out = "{";
    for (It it = first; it != last; ++it) {
        if (it != first) out += ", ";
        out += json_quote(it->first) + ": " + number(it->second);
    }
    return out + "}";
}

}  // namespace

std::string hour_stamp(const DateTime& t) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "T%02d", std::clamp(t.minute_of_day / 60, 0, 23));
    return to_iso(t.date) + buf;
}

std::string fleet_kiosk_folder(const std::string& kiosk_id) {
    std::string out = kiosk_id.empty() ? "kiosk" : kiosk_id;
    for (char& c : out)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) c = '_';
    return out;
}

std::string day_file_path(const std::string& kiosk_id, const Date& day) {
    return fleet_kiosk_folder(kiosk_id) + "/days/" + to_iso(day) + ".json";
}

std::string heartbeat_path(const std::string& kiosk_id) { return fleet_kiosk_folder(kiosk_id) + "/heartbeat.json"; }

std::string day_file_json(const StatsDay& d, const std::string& kiosk_id, bool complete, const std::string& made) {
    std::string o = "{\n";
    o += " \"format\": \"kiosk-stats-day/1\",\n";
    o += " \"kiosk\": " + json_quote(kiosk_id) + ",\n";
    o += " \"day\": \"" + to_iso(d.day) + "\",\n";
    o += std::string(" \"complete\": ") + (complete ? "true" : "false") + ",\n";
    o += " \"made\": " + json_quote(made) + ",\n";
    o += " \"visits\": " + number(d.visits) + ",\n";
    o += " \"visits_ended\": " + number(d.visits_ended) + ",\n";
    o += " \"visit_seconds\": " + seconds(d.visit_seconds) + ",\n";
    o += " \"visits_by_hour\": [";
    for (std::size_t h = 0; h < d.visits_by_hour.size(); ++h) o += (h ? ", " : "") + number(d.visits_by_hour[h]);
    o += "],\n";
    // Buckets and access modes in their fixed order, zeros included; the rest by key.
    o += " \"visit_length\": {";
    bool first = true;
    for (const char* b : kSessionLengthBuckets) {
        const auto it = d.visit_length.find(b);
        o += (first ? "" : ", ") + json_quote(b) + ": " + number(it == d.visit_length.end() ? 0 : it->second);
        first = false;
    }
    o += "},\n";
    o += " \"languages\": " + object(d.languages.begin(), d.languages.end()) + ",\n";
    o += " \"sections\": " + object(d.sections.begin(), d.sections.end()) + ",\n";
    o += " \"access\": {";
    first = true;
    for (const char* m : kAccessModes) {
        const auto it = d.access.find(m);
        o += (first ? "" : ", ") + json_quote(m) + ": " + number(it == d.access.end() ? 0 : it->second);
        first = false;
    }
    o += "},\n";
    o += " \"items\": [";
    for (std::size_t i = 0; i < d.items.size(); ++i) {
        const StatsCount& c = d.items[i];
        o += std::string(i ? ",\n  " : "\n  ") + "{\"id\": " + json_quote(c.key) + ", \"title\": " + json_quote(c.label) +
             ", \"opened\": " + number(c.n) + "}";
    }
    o += d.items.empty() ? "],\n" : "\n ],\n";
    o += " \"zero_result_searches\": " + object(d.zero_result_searches.begin(), d.zero_result_searches.end()) + "\n";
    o += "}\n";
    return o;
}

std::vector<DayFile> make_day_files(const std::string& stats_path, const std::string& kiosk_id, const DateTime& now,
                                    std::string& error) {
    std::vector<DayFile> out;
    const std::string made = hour_stamp(now);
    for (const StatsDay& d : read_stats_days(stats_path, error)) {
        const bool complete = d.day < now.date;
        out.push_back({d.day, day_file_path(kiosk_id, d.day), day_file_json(d, kiosk_id, complete, made),
                       day_file_json(d, kiosk_id, complete, "")});
    }
    return out;
}

std::string heartbeat_json(const Heartbeat& h) {
    std::string o = "{\n";
    o += " \"format\": \"kiosk-heartbeat/1\",\n";
    o += " \"kiosk\": " + json_quote(h.kiosk_id) + ",\n";
    o += " \"sent\": " + json_quote(h.sent) + ",\n";
    o += " \"pack\": " + json_quote(h.pack) + ",\n";
    o += " \"pack_version\": " + json_quote(h.pack_version) + ",\n";
    o += " \"last_sync\": " + (h.last_sync ? json_quote(*h.last_sync) : std::string("null")) + ",\n";
    o += std::string(" \"last_sync_ok\": ") + (h.last_sync_ok ? "true" : "false") + ",\n";
    o += " \"last_error\": " + json_quote(h.last_error) + ",\n";
    o += " \"free_disk_mb\": " + (h.free_disk_mb < 0 ? std::string("null") : number(h.free_disk_mb)) + ",\n";
    o += " \"software\": " + json_quote(h.software) + "\n";
    o += "}\n";
    return o;
}

std::int64_t free_disk_bytes(const std::string& dir) {
    struct statvfs v {};
    if (dir.empty() || ::statvfs(dir.c_str(), &v) != 0) return -1;
    return static_cast<std::int64_t>(v.f_bavail) * static_cast<std::int64_t>(v.f_frsize);
}

int write_fleet_tree(const std::string& dir, const std::string& kiosk_id, const std::vector<DayFile>& days,
                     const std::string& heartbeat, std::string& error) {
    error.clear();
    const fs::path base = fs::path(dir) / fleet_kiosk_folder(kiosk_id) / "days";
    std::error_code ec;
    fs::create_directories(base, ec);
    if (ec) {
        error = "cannot create " + base.string() + ": " + ec.message();
        return -1;
    }
    int written = 0;
    for (const DayFile& d : days) {
        if (!write_file_durably((fs::path(dir) / d.path).string(), d.json, error)) return -1;
        ++written;
    }
    if (!heartbeat.empty() && !write_file_durably((fs::path(dir) / heartbeat_path(kiosk_id)).string(), heartbeat, error))
        return -1;
    return written;
}

}  // namespace kiosk
