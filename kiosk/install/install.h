// The kiosk's pack installer: fetches a signed manifest and its pack (or a delta) from a
// channel (install/channel.h: a mounted directory, or HTTP(S) with install/http_channel.h), verifies everything, and switches the active pack
// atomically, keeping the previous one for rollback (DESIGN.md section 4).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/manifest.h"
#include "install/channel.h"

namespace kiosk::install {

// How a run ended. A failure says why in InstallResult::error, one kiosk::ErrorKind per reason
// a caller may react to (kiosk-sync maps them to its exit codes, kiosk/tools/exit_codes.h):
// Unreachable (the channel or a file on it could not be fetched), BadSignature (missing, bad,
// unknown key, or manifest malformed), Expired, RollbackAttempt (older than the highest
// version ever accepted), Mismatch (size/hash differs from the manifest, or the pack is
// damaged), NoSpace, IoError (the state directory cannot be read or written), Busy (another
// run holds the lock), NotFound (rollback without a previous pack).
enum class InstallStatus {
    Installed,  // a new pack is active (or, for rollback, the previous one is)
    UpToDate,   // the channel offers the version already active
    Failed,     // nothing changed; see error
};

struct InstallOptions {
    std::string state_dir;
    std::string source;  // "http://..." / "https://..." channel base, or a local directory
    // How to reach `source`; empty = open_directory_channel (the kiosk's USB install).
    // kiosk-sync sets open_any_channel (install/http_channel.h) for HTTP(S) as well.
    ChannelOpener open_channel;
    std::vector<PublicKey> trusted;
    int attempts = 3;           // tries per file over HTTP before giving up
    double first_backoff_s = 1;  // wait after the first failed try, doubled after each
    long timeout_s = 30;        // connection timeout, and how long a transfer may stall
    std::int64_t now = -1;      // seconds since 1970 for the expiry check; -1 = the clock
    // Bytes available to us in a directory; empty = statvfs. Tests inject a small number.
    std::function<std::uint64_t(const std::string& dir)> free_space;
    // (bytes done, bytes total) of the current transfer; called often, so keep it cheap.
    std::function<void(std::uint64_t, std::uint64_t)> progress;
    // Test-only: sleep this long at every state transition so that a test can kill the
    // process at many different points of an install. Zero in production.
    int step_delay_ms = 0;
    // One line per state transition ("state: VERIFY_SIGNATURE"), for -v and for tests.
    std::function<void(const std::string&)> trace;
};

struct InstallResult {
    InstallStatus status = InstallStatus::Failed;
    ErrorKind error = ErrorKind::Internal;  // why, when status is Failed
    std::string message;  // one line: what was installed, or why nothing was
    std::string note;     // non-fatal: e.g. why a delta was not used ("" if none)
    std::int64_t version = 0;  // the manifest's version, once it was verified
    bool via_delta = false;

    bool ok() const { return status != InstallStatus::Failed; }
    bool failed_with(ErrorKind k) const { return status == InstallStatus::Failed && error == k; }
};

// A stable lowercase name for an outcome ("installed", "up_to_date", else the error kind's name:
// "bad_signature"...), as last_sync keeps it.
const char* status_name(const InstallResult& r);

// Runs the whole state machine drawn at the top of install.cpp. Never throws: every failure
// is an error kind with a one-line message, and every failure before activation leaves the
// active pack as it was. Records the outcome as last_sync (and a failure as the last error)
// for read_status().
InstallResult install_pack(const InstallOptions& opt);

// Swaps `active` and `previous` (an explicit staff action: it may go back in version, and it
// does not lower the accepted version).
InstallResult rollback(const std::string& state_dir);

struct PackInfo {
    bool present = false;
    std::string target;  // the symlink's target, relative to the state directory
    std::string pack_id;
    std::int64_t version = 0;
    std::string error;  // why the pack could not be read, if present but unreadable
};

struct StateStatus {
    PackInfo active, previous;
    std::int64_t accepted = 0;  // 0 = never accepted anything
    std::string last_error;     // "" when the last run succeeded
    // The last install or rollback run, whatever its outcome (time 0: none recorded yet).
    std::int64_t last_sync_time = 0;     // seconds since 1970
    std::string last_sync_source;        // URL or directory; "" for a rollback
    std::string last_sync_status;        // status_name() of its outcome
    std::string last_sync_message;       // its one-line result
    std::int64_t last_sync_version = 0;  // the manifest's (or rolled-back-to) version, 0 if none
};

// Reads the state directory without changing it.
StateStatus read_status(const std::string& state_dir);

}  // namespace kiosk::install
