// kiosk-sync: installs the newest signed content pack from a channel (HTTP(S) or a mounted
// USB stick) into the kiosk's state directory, rolls back, reports status, and hashes the
// staff PIN for kiosk.toml.
#include <CLI/CLI.hpp>

#include <grp.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/manifest.h"
#include "core/staff_pin.h"
#include "install/install.h"
#include "install/fleet_upload.h"
#include "install/http_channel.h"
#include "tools/exit_codes.h"
#include "tools/progress_bar.h"

namespace {

using kiosk::ErrorKind;

// Exit codes come from one table (kiosk/tools/exit_codes.h).
int code_for(ErrorKind k) { return kiosk::tools::exit_code_for(kiosk::tools::kiosk_sync_exits(), k); }
constexpr int kOk = 0;
const int kUsage = code_for(ErrorKind::Usage);
const int kIoError = code_for(ErrorKind::IoError);

const std::string kExitHelp = kiosk::tools::exit_help(kiosk::tools::kiosk_sync_exits()) +
                              "\nNothing is activated unless every check passed; on any failure the active pack is untouched.";

int report(const kiosk::install::InstallResult& r) {
    const int code = r.ok() ? kOk : code_for(r.error);
    if (code == kOk) {
        std::printf("%s\n", r.message.c_str());
        if (!r.note.empty()) std::fprintf(stderr, "kiosk-sync: note: %s\n", r.note.c_str());
    } else {
        std::fprintf(stderr, "kiosk-sync: %s\n", r.message.c_str());
    }
    return code;
}

void print_pack(const char* label, const kiosk::install::PackInfo& p) {
    if (!p.present) std::printf("%-10s none\n", label);
    else if (!p.error.empty()) std::printf("%-10s unreadable (%s): %s\n", label, p.target.c_str(), p.error.c_str());
    else
        std::printf("%-10s %s version %lld (%s)\n", label, p.pack_id.c_str(), static_cast<long long>(p.version),
                    p.target.c_str());
}

void print_last_sync(const kiosk::install::StateStatus& s) {
    if (s.last_sync_time == 0 && s.last_sync_status.empty()) {
        std::printf("%-10s none\n", "last_sync");
        return;
    }
    std::printf("%-10s %s %s", "last_sync", kiosk::format_utc(s.last_sync_time).c_str(), s.last_sync_status.c_str());
    if (s.last_sync_version > 0) std::printf(" version %lld", static_cast<long long>(s.last_sync_version));
    std::printf("\n%-10s %s\n", "sync_from", s.last_sync_source.empty() ? "(rollback)" : s.last_sync_source.c_str());
    std::printf("%-10s %s\n", "sync_msg", s.last_sync_message.c_str());
}

// ---- pin-hash ----------------------------------------------------------------------------

// The terminal's settings while echo is off, so that Ctrl-C does not leave the shell blind.
struct termios g_saved_tty;

extern "C" void restore_tty_and_die(int sig) {
    ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved_tty);  // async-signal-safe, like the two below
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

// One line from stdin without its line ending; on a terminal the prompt goes to stderr and
// the typed digits are not shown. False at end of input.
bool read_pin_line(const char* prompt, bool tty, std::string& line) {
    if (!tty) {
        if (!std::getline(std::cin, line)) return false;
    } else {
        ::tcgetattr(STDIN_FILENO, &g_saved_tty);
        struct termios quiet = g_saved_tty;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        std::signal(SIGINT, restore_tty_and_die);
        std::signal(SIGTERM, restore_tty_and_die);
        // Echo goes off (and digits typed too early are dropped) before the prompt invites
        // typing, so that no digit is ever shown.
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        std::fprintf(stderr, "%s", prompt);
        std::fflush(stderr);
        const bool got = static_cast<bool>(std::getline(std::cin, line));
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved_tty);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        std::fprintf(stderr, "\n");  // the Enter key was not echoed either
        if (!got) return false;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

int pin_hash() {
    const bool tty = ::isatty(STDIN_FILENO) != 0;
    std::string pin, again;
    if (!read_pin_line("Staff PIN (4 to 12 digits): ", tty, pin)) {
        std::fprintf(stderr, "kiosk-sync: no PIN on stdin\n");
        return kUsage;
    }
    if (!kiosk::valid_pin_format(pin)) {
        std::fprintf(stderr, "kiosk-sync: a staff PIN is 4 to 12 digits (0-9), nothing else\n");
        return kUsage;
    }
    // Typed blind, a PIN is easily mistyped: on a terminal it is asked twice.
    if (tty && (!read_pin_line("Same PIN again: ", tty, again) || again != pin)) {
        std::fprintf(stderr, "kiosk-sync: the two PINs differ, nothing was hashed\n");
        return kUsage;
    }
    try {
        std::printf("pin_hash = \"%s\"\n", kiosk::hash_pin(pin).c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk-sync: %s\n", e.what());
        return kIoError;
    }
    return kOk;
}

// ---- --progress-lines ----------------------------------------------------------------------

// Machine-readable progress on stdout for a parent process (the kiosk's staff screen runs us
// on a USB stick and draws the bar). Each line is flushed at once: stdout is a pipe there.
class ProgressLines {
public:
    void state(const char* name) {
        std::printf("state %s\n", name);
        std::fflush(stdout);
        last_ = {};  // the next transfer's first figure shows at once
    }
    void progress(std::uint64_t done, std::uint64_t total) {
        const auto now = std::chrono::steady_clock::now();
        // At most 10 lines a second, but always the last one, so that a bar ends full.
        if (done != total && now - last_ < std::chrono::milliseconds(100)) return;
        last_ = now;
        std::printf("progress %llu %llu\n", static_cast<unsigned long long>(done), static_cast<unsigned long long>(total));
        std::fflush(stdout);
    }

private:
    std::chrono::steady_clock::time_point last_{};
};

// The fleet statistics upload ([fleet] of kiosk.toml), after an install run or on its own.
// Returns the exit code of `kiosk-sync upload`; after an install it is ignored: statistics never
// hold back packs.
int run_upload(const kiosk::Config& cfg, const std::string& state_dir, bool force, bool after_install) {
    if (cfg.fleet_url.empty()) {
        if (after_install) return kOk;
        std::fprintf(stderr, "kiosk-sync: upload needs a [fleet] url in the --config file\n");
        return kUsage;
    }
    kiosk::install::FleetUploadOptions u;
    u.url = cfg.fleet_url;
    u.protocol = cfg.fleet_protocol;
    u.user = cfg.fleet_user;
    u.password_file = cfg.fleet_password_file;
    u.s3_region = cfg.fleet_s3_region;
    u.access_key_file = cfg.fleet_access_key_file;
    u.secret_key_file = cfg.fleet_secret_key_file;
    u.timeout_s = cfg.fleet_timeout;
    u.retry_first_s = cfg.fleet_retry_first_seconds;
    u.retry_max_s = cfg.fleet_retry_max_seconds;
    u.state_dir = state_dir;
    u.stats_path = cfg.stats_path.empty() ? state_dir + "/stats.db" : cfg.stats_path;
    u.kiosk_id = cfg.kiosk_id;
    u.software = KIOSK_VERSION;
    u.force = force;
    const auto r = kiosk::install::upload_fleet(u);
    if (r.ok) std::printf("%s\n", r.message.c_str());
    else std::fprintf(stderr, "kiosk-sync: %s\n", r.message.c_str());
    if (r.ok || !r.attempted) return kOk;  // waiting out the backoff is not a failure
    return code_for(r.error);
}

}  // namespace

// IT runs "sudo kiosk-sync ..." and udev-started units run as root, but the state directory
// belongs to the kiosk user, who must keep writing there (the kiosk's statistics, the hourly
// sync). Root working in it would leave root-owned files the next unprivileged run cannot
// replace. So root becomes the directory's owner before touching anything.
bool become_state_owner(const std::string& dir) {
    struct stat st {};
    if (geteuid() != 0 || dir.empty() || stat(dir.c_str(), &st) != 0 || st.st_uid == 0) return true;
    if (setgroups(0, nullptr) != 0 || setgid(st.st_gid) != 0 || setuid(st.st_uid) != 0) {
        std::fprintf(stderr, "kiosk-sync: cannot switch to the owner (uid %u) of %s\n", static_cast<unsigned>(st.st_uid),
                     dir.c_str());
        return false;
    }
    return true;
}

int main(int argc, char** argv) {
    CLI::App app{"kiosk-sync: install signed content packs on the kiosk, roll back, show status, hash the staff PIN"};
    app.footer(kExitHelp);

    kiosk::install::InstallOptions opt;
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
    bool progress_lines = false;
    app.add_flag("--progress-lines", progress_lines,
                 "For a program running kiosk-sync: print on stdout 'state NAME' as the install enters each "
                 "state, and 'progress DONE TOTAL' (bytes of the current transfer, at most 10 lines a second, the "
                 "last one DONE = TOTAL) while it downloads, then the result line as without it; no progress bar");

    // "kiosk-sync install --config ..." reads better in units and scripts than options alone;
    // both forms install. fallthrough lets the options above follow the subcommand's name.
    auto* install_cmd = app.add_subcommand("install", "Install the newest pack of the channel (the default action)");
    install_cmd->footer(kExitHelp);
    install_cmd->fallthrough();
    auto* rollback = app.add_subcommand("rollback", "Make the previous pack active again (staff action)");
    auto* status = app.add_subcommand("status", "Print the active and previous packs, accepted version, last error, "
                                                "last sync (time, outcome, source, message)");
    for (auto* sub : {rollback, status}) {
        sub->add_option("--state", opt.state_dir, "Kiosk state directory");
        sub->footer(kExitHelp);
        sub->fallthrough();  // "kiosk-sync status --config /etc/kiosk/kiosk.toml" works too
    }
    auto* pin_hash_cmd = app.add_subcommand(
        "pin-hash", "Read a staff PIN (4 to 12 digits) on stdin, asked twice without echo on a terminal, and print "
                    "the line pin_hash = \"...\" (argon2id) for the [staff] section of kiosk.toml");
    pin_hash_cmd->footer("Exit codes: 0 printed; 1 no PIN, not 4 to 12 digits, or the two PINs differ.");
    auto* upload_cmd = app.add_subcommand(
        "upload", "Send the fleet statistics (day files that changed, and a heartbeat) to kiosk.toml's [fleet] url; "
                  "an install run does it too, after installing");
    bool force_upload = false;
    upload_cmd->add_flag("--now", force_upload, "Try now even if an earlier failure set the next try later");
    upload_cmd->add_option("--state", opt.state_dir, "Kiosk state directory");
    upload_cmd->footer(kExitHelp);
    upload_cmd->fallthrough();
    app.require_subcommand(0, 1);
    CLI11_PARSE(app, argc, argv);
    if (*pin_hash_cmd) return pin_hash();
    kiosk::Config cfg;
    if (!config_path.empty()) {
        std::string err;
        if (!kiosk::load_config(config_path, cfg, err)) {
            std::fprintf(stderr, "kiosk-sync: %s\n", err.c_str());
            return kUsage;
        }
        if (opt.state_dir.empty()) opt.state_dir = cfg.state_dir;
        if (opt.source.empty()) opt.source = cfg.sync_from;
        if (key_paths.empty()) key_paths = cfg.trusted_keys;
    }

    if (!become_state_owner(opt.state_dir)) return kIoError;
    if ((*status || *rollback || *upload_cmd) && opt.state_dir.empty()) {
        std::fprintf(stderr, "kiosk-sync: give --state (or --config with [sync] state)\n");
        return kUsage;
    }
    if (*status) {
        const auto s = kiosk::install::read_status(opt.state_dir);
        print_pack("active", s.active);
        print_pack("previous", s.previous);
        std::printf("%-10s %lld\n", "accepted", static_cast<long long>(s.accepted));
        std::printf("%-10s %s\n", "last_error", s.last_error.empty() ? "none" : s.last_error.c_str());
        print_last_sync(s);
        return kOk;
    }
    if (*rollback) return report(kiosk::install::rollback(opt.state_dir));
    if (*upload_cmd) return run_upload(cfg, opt.state_dir, force_upload, false);

    // A kiosk fed by USB sticks only has no channel, but may still report to the fleet: the
    // timer's install run then only uploads.
    if (!opt.state_dir.empty() && opt.source.empty() && !cfg.fleet_url.empty()) {
        std::printf("no [sync] from: nothing to install\n");
        return run_upload(cfg, opt.state_dir, false, false);
    }
    if (opt.state_dir.empty() || opt.source.empty() || key_paths.empty()) {
        std::fprintf(stderr, "kiosk-sync: installing needs --state, --from and at least one --key, "
                             "or a --config giving them (see --help)\n");
        return kUsage;
    }
    if (std::string err; !kiosk::load_public_keys(key_paths, opt.trusted, err)) {
        std::fprintf(stderr, "kiosk-sync: %s\n", err.c_str());
        return kUsage;
    }
    kiosk::tools::ProgressBar bar([](std::uint64_t done, std::uint64_t total) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%.1f/%.1f MB", static_cast<double>(done) / 1e6, static_cast<double>(total) / 1e6);
        return std::string(buf);
    });
    ProgressLines lines;
    if (progress_lines) opt.progress = [&lines](std::uint64_t done, std::uint64_t total) { lines.progress(done, total); };
    else opt.progress = [&bar](std::uint64_t done, std::uint64_t total) { bar.update(done, total); };
    if (verbose || progress_lines) opt.trace = [&](const std::string& line) {
        if (progress_lines && line.rfind("state: ", 0) == 0) lines.state(line.c_str() + 7);
        if (verbose) {
            bar.clear();
            std::fprintf(stderr, "%s\n", line.c_str());
        }
    };
    // Test-only hook: the kill -9 test slows each state down so that its random kills land
    // in every state. Nothing in production sets it.
    if (const char* d = std::getenv("KIOSK_SYNC_TEST_STEP_DELAY_MS")) opt.step_delay_ms = std::atoi(d);
    opt.open_channel = kiosk::install::open_any_channel;  // HTTP(S) channels as well as directories
    const auto r = kiosk::install::install_pack(opt);
    bar.clear();
    const int code = report(r);
    run_upload(cfg, opt.state_dir, false, true);  // whatever the install's outcome: a heartbeat says it
    return code;
}
