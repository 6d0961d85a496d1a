// A kiosk's statistics side without its window, for tests/e2e/fleet_e2e.py: visitor events read
// from stdin go to the real core Stats (kiosk/core/stats.h) as the kiosk's screens send them,
// and `write` makes the fleet tree with the real writer (kiosk/core/fleet_files.h), so the e2e
// test reads files whose bytes the kiosk itself would write.
//
//   fleet-stats-writer STATS_FILE KIOSK_ID < events
// One event per line, times as YYYY-MM-DDTHH:MM:
//   start TIME LANG | lang TIME LANG | card TIME ID TITLE... | category TIME CODE
//   access TIME MODE | search TIME FOUND(0/1) TEXT... | end TIME SECONDS
//   write TIME DIR [LAST_ERROR...]   the day files and heartbeat of TIME into DIR/<kiosk>/;
//                                    LAST_ERROR: the latest upload failure, for the heartbeat
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>

#include "core/dates.h"
#include "core/fleet_files.h"
#include "core/stats.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: fleet-stats-writer STATS_FILE KIOSK_ID < events\n");
        return 2;
    }
    const std::string path = argv[1], kiosk_id = argv[2];
    std::string error, warning;
    auto stats = kiosk::Stats::open(path, {}, error, warning);
    if (!stats) {
        std::fprintf(stderr, "fleet-stats-writer: %s\n", error.c_str());
        return 1;
    }
    std::string line;
    int n = 0;
    while (std::getline(std::cin, line)) {
        ++n;
        std::istringstream in(line);
        std::string verb, when_text;
        if (!(in >> verb >> when_text)) continue;
        const auto when = kiosk::parse_datetime(when_text);
        if (!when) {
            std::fprintf(stderr, "fleet-stats-writer: line %d: bad time %s\n", n, when_text.c_str());
            return 2;
        }
        std::string a, rest;
        in >> a;
        std::getline(in >> std::ws, rest);
        if (verb == "start") stats->session_started(*when, a);
        else if (verb == "lang") stats->language_used(*when, a);
        else if (verb == "card") stats->card_opened(*when, a, rest);
        else if (verb == "category") stats->category_opened(*when, a);
        else if (verb == "access") stats->access_used(*when, a);
        else if (verb == "search") stats->search_done(*when, rest, a == "1");
        else if (verb == "end") stats->session_ended(*when, std::stod(a));
        else if (verb == "write") {
            const auto days = kiosk::make_day_files(path, kiosk_id, *when, error);
            if (!error.empty()) {
                std::fprintf(stderr, "fleet-stats-writer: %s\n", error.c_str());
                return 1;
            }
            kiosk::Heartbeat h;
            h.kiosk_id = kiosk_id;
            h.sent = kiosk::hour_stamp(*when);
            h.pack = "nord-pas-de-calais";
            h.pack_version = "42";
            h.last_sync = h.sent;
            h.last_sync_ok = true;  // the install runs; only the upload is cut off in the test
            h.last_error = rest;
            const std::int64_t free = kiosk::free_disk_bytes(a);
            h.free_disk_mb = free < 0 ? -1 : free / (1024 * 1024);
            h.software = "e2e";
            if (kiosk::write_fleet_tree(a, kiosk_id, days, kiosk::heartbeat_json(h), error) < 0) {
                std::fprintf(stderr, "fleet-stats-writer: %s\n", error.c_str());
                return 1;
            }
        } else {
            std::fprintf(stderr, "fleet-stats-writer: line %d: unknown event %s\n", n, verb.c_str());
            return 2;
        }
    }
    if (!stats->last_error().empty()) {
        std::fprintf(stderr, "fleet-stats-writer: %s\n", stats->last_error().c_str());
        return 1;
    }
    return 0;
}
