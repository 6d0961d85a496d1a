// The heartbeat of deploy/FLEET.md as the state directory tells it (active pack, last sync, free
// disk). Shared by kiosk-sync's upload and the staff USB export, which has no network.
#pragma once

#include <cstdint>
#include <string>

#include "core/fleet_files.h"

namespace kiosk::install {

// `now`: seconds since 1970. `last_good_sync`: the last successful install run known to the
// caller (0: none; the state directory's last run counts when it succeeded). `error`: a
// failure of the caller's own (an upload) that goes before the install's last error.
Heartbeat make_heartbeat(const std::string& state_dir, const std::string& kiosk_id, const std::string& software,
                         std::int64_t now, std::int64_t last_good_sync, const std::string& error);

// The last install run in the state directory, if it succeeded (seconds since 1970), else 0.
std::int64_t last_successful_sync(const std::string& state_dir);

// The local hour of a time (seconds since 1970), as hour_stamp() writes it.
DateTime local_date_time(std::int64_t unix_time);

}  // namespace kiosk::install
