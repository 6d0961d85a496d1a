// kiosk-sync's fleet statistics upload (deploy/FLEET.md): the day files that changed since their
// last successful upload and a heartbeat, PUT to a WebDAV folder or an S3 bucket with libcurl.
// An outbox in the state directory remembers what was sent, so that days offline go later
// without loss, and when to try again after a failure (exponential backoff with a cap).
// Linked into kiosk-sync only (the kiosk itself never opens a network connection).
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/dates.h"
#include "core/error.h"

namespace kiosk::install {

struct FleetUploadOptions {
    std::string url;                   // base, http(s)://
    std::string protocol = "webdav";   // "webdav" or "s3"
    std::string user, password_file;   // WebDAV credentials (password: first line of the file)
    std::string s3_region = "us-east-1";
    std::string access_key_file, secret_key_file;
    int timeout_s = 30;
    int retry_first_s = 900, retry_max_s = 43200;
    std::string state_dir;             // holds the outbox; its file system's free space is reported
    std::string stats_path;            // the kiosk's statistics file (read-only)
    std::string kiosk_id;
    std::string software;              // the kiosk's version, for the heartbeat
    bool force = false;                // try now even if the backoff says later
    std::int64_t now = 0;              // seconds since 1970 (0: the clock)
};

struct FleetUploadResult {
    bool attempted = false;   // false: the backoff said not yet (nothing was sent)
    bool ok = false;          // every changed day file and the heartbeat were accepted
    int days_sent = 0, days_left = 0;
    std::string message;      // one line
    ErrorKind error = ErrorKind::Internal;  // when !ok
};

// The outbox: what was sent, and the backoff state. Public for tests.
struct FleetOutbox {
    std::map<std::string, std::string> sent;  // "YYYY-MM-DD" -> content hash of the last accepted upload
    int failures = 0;                         // consecutive failed uploads
    std::int64_t next_try = 0;                // not before (seconds since 1970); 0 = now
    std::int64_t last_good_sync = 0;          // the last successful install run seen
    std::string last_error;
};
FleetOutbox read_fleet_outbox(const std::string& state_dir);   // missing or damaged: empty
void write_fleet_outbox(const std::string& state_dir, const FleetOutbox& o);  // throws Error
// The wait after `failures` consecutive failures: first * 2^(failures-1), at most max.
std::int64_t fleet_backoff_seconds(int failures, int first_s, int max_s);

// Never throws: every failure is in the result (and the outbox, and the next heartbeat).
FleetUploadResult upload_fleet(const FleetUploadOptions& opt);

}  // namespace kiosk::install
