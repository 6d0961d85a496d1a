// kiosk-sync: installs the newest signed content pack from a channel (HTTP(S) or a mounted
// USB stick) into the kiosk's state directory, rolls back, and reports status.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/manifest.h"
#include "sync/install.h"
#include "tools/progress_bar.h"

namespace {

// Distinct exit codes so that the kiosk's staff screen and scripts can react to each reason
// without parsing messages.
enum Exit : int {
    kOk = 0,             // installed, up to date, rolled back
    kUsage = 1,          // bad arguments (CLI11), unreadable --key file
    kUnreachable = 2,    // the channel or a file on it could not be fetched
    kBadSignature = 3,   // signature missing/bad/unknown key, or malformed manifest
    kExpired = 4,        // manifest past its expiry
    kRollback = 5,       // manifest older than the version already accepted
    kMismatch = 6,       // size/hash mismatch or damaged pack (nothing was activated)
    kNoSpace = 7,        // not enough free space in the state directory
    kIoError = 8,        // the state directory cannot be read or written, or is locked
    kNothing = 9,        // rollback: no previous pack
};

constexpr const char* kExitHelp =
    "Exit codes: 0 installed, up to date or rolled back; 1 bad arguments or key file;\n"
    "  2 source unreachable; 3 bad or unknown signature, malformed manifest; 4 manifest expired;\n"
    "  5 rollback attempt (older than the version already accepted); 6 size/hash mismatch or\n"
    "  damaged pack; 7 not enough free space; 8 local I/O error or another sync running;\n"
    "  9 nothing to roll back to.\n"
    "Nothing is activated unless every check passed; on any failure the active pack is untouched.";

int exit_code(kiosk::sync::InstallStatus s) {
    using S = kiosk::sync::InstallStatus;
    switch (s) {
        case S::Installed:
        case S::UpToDate: return kOk;
        case S::Unreachable: return kUnreachable;
        case S::BadSignature: return kBadSignature;
        case S::Expired: return kExpired;
        case S::RollbackAttempt: return kRollback;
        case S::Mismatch: return kMismatch;
        case S::NoSpace: return kNoSpace;
        case S::IoError: return kIoError;
        case S::NothingToRollBack: return kNothing;
    }
    return kIoError;
}

int report(const kiosk::sync::InstallResult& r) {
    const int code = exit_code(r.status);
    if (code == kOk) {
        std::printf("%s\n", r.message.c_str());
        if (!r.note.empty()) std::fprintf(stderr, "kiosk-sync: note: %s\n", r.note.c_str());
    } else {
        std::fprintf(stderr, "kiosk-sync: %s\n", r.message.c_str());
    }
    return code;
}

void print_pack(const char* label, const kiosk::sync::PackInfo& p) {
    if (!p.present) std::printf("%-10s none\n", label);
    else if (!p.error.empty()) std::printf("%-10s unreadable (%s): %s\n", label, p.target.c_str(), p.error.c_str());
    else
        std::printf("%-10s %s version %lld (%s)\n", label, p.pack_id.c_str(), static_cast<long long>(p.version),
                    p.target.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"kiosk-sync: install signed content packs on the kiosk, roll back, show status"};
    app.footer(kExitHelp);

    kiosk::sync::InstallOptions opt;
    std::vector<std::string> key_paths;
    bool verbose = false;
    std::string config_path;
    app.add_option("--config", config_path,
                   "kiosk.toml: its [sync] state, from and trusted_keys are used where the options are not given");
    app.add_option("--state", opt.state_dir, "Kiosk state directory (packs/, active, previous, accepted, staging/)");
    app.add_option("--from", opt.source, "Channel: http(s):// URL of the published directory, or a local directory");
    // One file per --key, so "--key a.pub rollback" cannot swallow the subcommand.
    app.add_option("--key", key_paths, "Trusted public key file (repeat for several)")->allow_extra_args(false);
    app.add_option("--retries", opt.attempts, "Tries per file over HTTP")->check(CLI::Range(1, 20))->capture_default_str();
    app.add_option("--retry-wait", opt.first_backoff_s, "Seconds before the second try, doubled after each")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    app.add_option("--timeout", opt.timeout_s, "Seconds to connect, and to wait on a stalled transfer")
        ->check(CLI::Range(1, 3600))
        ->capture_default_str();
    app.add_flag("-v,--verbose", verbose, "Print each state of the install as it is entered");

    auto* rollback = app.add_subcommand("rollback", "Make the previous pack active again (staff action)");
    auto* status = app.add_subcommand("status", "Print the active and previous packs, accepted version, last error");
    for (auto* sub : {rollback, status}) {
        sub->add_option("--state", opt.state_dir, "Kiosk state directory");
        sub->footer(kExitHelp);
    }
    app.require_subcommand(0, 1);
    CLI11_PARSE(app, argc, argv);
    if (!config_path.empty()) {
        kiosk::Config cfg;
        std::string err;
        if (!kiosk::load_config(config_path, cfg, err)) {
            std::fprintf(stderr, "kiosk-sync: %s\n", err.c_str());
            return kUsage;
        }
        if (opt.state_dir.empty()) opt.state_dir = cfg.state_dir;
        if (opt.source.empty()) opt.source = cfg.sync_from;
        if (key_paths.empty()) key_paths = cfg.trusted_keys;
    }

    if ((*status || *rollback) && opt.state_dir.empty()) {
        std::fprintf(stderr, "kiosk-sync: give --state (or --config with [sync] state)\n");
        return kUsage;
    }
    if (*status) {
        const auto s = kiosk::sync::read_status(opt.state_dir);
        print_pack("active", s.active);
        print_pack("previous", s.previous);
        std::printf("%-10s %lld\n", "accepted", static_cast<long long>(s.accepted));
        std::printf("%-10s %s\n", "last_error", s.last_error.empty() ? "none" : s.last_error.c_str());
        return kOk;
    }
    if (*rollback) return report(kiosk::sync::rollback(opt.state_dir));

    if (opt.state_dir.empty() || opt.source.empty() || key_paths.empty()) {
        std::fprintf(stderr, "kiosk-sync: installing needs --state, --from and at least one --key, "
                             "or a --config giving them (see --help)\n");
        return kUsage;
    }
    for (const auto& kp : key_paths) {
        kiosk::PublicKey k;
        std::string err;
        if (!kiosk::load_public_key(kp, k, err)) {
            std::fprintf(stderr, "kiosk-sync: %s\n", err.c_str());
            return kUsage;
        }
        opt.trusted.push_back(k);
    }
    kiosk::tools::ProgressBar bar([](std::uint64_t done, std::uint64_t total) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%.1f/%.1f MB", static_cast<double>(done) / 1e6, static_cast<double>(total) / 1e6);
        return std::string(buf);
    });
    opt.progress = [&bar](std::uint64_t done, std::uint64_t total) { bar.update(done, total); };
    if (verbose) opt.trace = [&bar](const std::string& line) {
        bar.clear();
        std::fprintf(stderr, "%s\n", line.c_str());
    };
    // Test-only hook: the kill -9 test slows each state down so that its random kills land
    // in every state. Nothing in production sets it.
    if (const char* d = std::getenv("KIOSK_SYNC_TEST_STEP_DELAY_MS")) opt.step_delay_ms = std::atoi(d);
    const auto r = kiosk::sync::install(opt);
    bar.clear();
    return report(r);
}
