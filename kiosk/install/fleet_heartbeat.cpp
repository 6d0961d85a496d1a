// See fleet_heartbeat.h.
#include "install/fleet_heartbeat.h"

#include <algorithm>
#include <ctime>

#include "install/install.h"

namespace kiosk::install {

DateTime local_date_time(std::int64_t unix_time) {
    const std::time_t t = static_cast<std::time_t>(unix_time);
    std::tm tm{};
    localtime_r(&t, &tm);
    return DateTime{{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday}, tm.tm_hour * 60 + tm.tm_min};
}

namespace {
// The state directory's last error starts with its UTC time to the second; the heartbeat keeps
// no time finer than the hour (deploy/FLEET.md), and has its own "sent".
std::string without_time(const std::string& e) {
    if (e.size() > 21 && e[4] == '-' && e[10] == 'T' && e[19] == 'Z' && e[20] == ' ') return e.substr(21);
    return e;
}

bool sync_succeeded(const StateStatus& s) {
    return s.last_sync_time > 0 && (s.last_sync_status == "installed" || s.last_sync_status == "up_to_date");
}
}  // namespace

std::int64_t last_successful_sync(const std::string& state_dir) {
    const StateStatus s = read_status(state_dir);
    return sync_succeeded(s) ? s.last_sync_time : 0;
}

Heartbeat make_heartbeat(const std::string& state_dir, const std::string& kiosk_id, const std::string& software,
                         std::int64_t now, std::int64_t last_good_sync, const std::string& error) {
    const StateStatus status = read_status(state_dir);
    Heartbeat h;
    h.kiosk_id = kiosk_id;
    h.sent = hour_stamp(local_date_time(now));
    if (status.active.present && status.active.error.empty()) {
        h.pack = status.active.pack_id;
        h.pack_version = std::to_string(status.active.version);
    }
    h.last_sync_ok = sync_succeeded(status);
    if (h.last_sync_ok) last_good_sync = std::max(last_good_sync, status.last_sync_time);
    if (last_good_sync > 0) h.last_sync = hour_stamp(local_date_time(last_good_sync));
    // The caller's failure first (the server may take the heartbeat but not the days: a quota,
    // a permission), else the latest install failure.
    h.last_error = !error.empty() ? error : without_time(status.last_error);
    const std::int64_t free_bytes = free_disk_bytes(state_dir);
    h.free_disk_mb = free_bytes < 0 ? -1 : free_bytes / (1024 * 1024);
    h.software = software;
    return h;
}

}  // namespace kiosk::install
