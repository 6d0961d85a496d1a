// Staff mode's back office (see staff_desk.h). Installs and rollbacks go through the same
// installer as kiosk-sync, so a pack from a USB stick passes exactly the same checks.
#include "app/staff_desk.h"
#include "core/kinds.h"


#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include "core/fleet_files.h"
#include "core/manifest.h"
#include "core/usb_media.h"
#include "install/fleet_heartbeat.h"
#include "install/install.h"

namespace kiosk::app {

namespace fs = std::filesystem;

namespace {

std::string local_time(std::int64_t seconds) {
    if (seconds <= 0) return {};
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    return buf;
}

StaffModel::PackLine describe(const Pack& p, const std::string& file) {
    StaffModel::PackLine l;
    l.present = true;
    l.file = file;
    l.pack_id = p.meta("pack_id");
    l.version = p.meta("pack_version");
    l.build_time = p.meta("build_time");
    l.export_date = p.meta("source_export_date");
    l.region = p.meta("region");
    for (std::string_view k : kKinds) {
        const std::string kind(k), n = p.meta("count_" + kind);
        if (!n.empty() || base_kind(k)) l.counts[kind] = n.empty() ? 0 : std::atoi(n.c_str());
    }
    return l;
}

}  // namespace

StaffDesk::~StaffDesk() {
    if (worker_.joinable()) worker_.join();
}

void StaffDesk::configure(const Config& c, const std::string& state_dir, std::vector<std::string> config_errors) {
    config_ = c;
    state_dir_ = state_dir;
    config_errors_ = std::move(config_errors);
    // The lockout outlives a restart only when there is a state directory to keep it in.
    guard_ = std::make_unique<PinGuard>(state_dir_.empty() ? std::string() : state_dir_ + "/staff-pin.state");
    std::string path = c.stats_path;
    if (path.empty() && !state_dir_.empty()) path = state_dir_ + "/stats.db";
    if (path.empty()) {
        stats_problem_ = "no statistics database ([staff] stats or [sync] state in kiosk.toml)";
        return;
    }
    StatsOptions so;
    so.keep_days = c.stats_days;
    std::string error, warning;
    stats_path_ = path;
    stats_ = Stats::open(path, so, error, warning);
    if (!warning.empty()) std::fprintf(stderr, "kiosk: statistics: %s\n", warning.c_str());
    if (!stats_) {
        stats_problem_ = error;
        std::fprintf(stderr, "kiosk: statistics off: %s\n", error.c_str());
    }
}

void StaffDesk::open_pad(StaffModel& s, std::int64_t now_s) {
    s.pin_entry.clear();
    s.pin_message.clear();
    s.locked_until = guard_ && guard_->locked_until() > now_s ? guard_->locked_until() : 0;
    if (s.locked_until) s.pin_message = "staff.pin_locked";
    s.pin_tries_left = PinGuard::kMaxFailures - (guard_ ? guard_->failures() : 0);
}

bool StaffDesk::pin_key(StaffModel& s, char key, std::int64_t now_s) {
    if (key >= '0' && key <= '9') {
        if (s.pin_entry.size() < 12) s.pin_entry += key;
        return false;
    }
    if (key == '<') {
        if (!s.pin_entry.empty()) s.pin_entry.pop_back();
        return false;
    }
    if (key != '=' || !guard_) return false;
    const std::string pin = s.pin_entry;
    s.pin_entry.clear();
    switch (guard_->try_pin(config_.staff_pin_hash, pin, now_s)) {
        case PinResult::Ok:
            s.pin_message.clear();
            s.locked_until = 0;
            return true;
        case PinResult::Wrong:
        case PinResult::Locked:
            s.locked_until = guard_->locked_until() > now_s ? guard_->locked_until() : 0;
            s.pin_message = s.locked_until ? "staff.pin_locked" : "staff.pin_wrong";
            s.pin_tries_left = PinGuard::kMaxFailures - guard_->failures();
            return false;
        case PinResult::NoPinSet:
            s.pin_message = "staff.pin_off";
            return false;
    }
    return false;
}

void StaffDesk::refresh_status(StaffModel& s, const Pack* shown, const std::string& shown_file, const DateTime& now) {
    s.kiosk_id = config_.kiosk_id;
    s.kiosk_name = config_.kiosk_name;
    s.config_errors = config_errors_;
    s.shown = shown ? describe(*shown, shown_file) : StaffModel::PackLine{};
    s.previous = {};
    s.pack_source = "staff.source_file";
    std::error_code ec;
    if (!state_dir_.empty()) {
        const install::StateStatus st = install::read_status(state_dir_);
        const fs::path active = fs::canonical(fs::path(state_dir_) / "active", ec);
        if (!ec && active.string() == shown_file) s.pack_source = "staff.source_installed";
        if (st.previous.present) {
            s.previous.present = true;
            s.previous.file = st.previous.target;
            s.previous.pack_id = st.previous.pack_id;
            s.previous.version = std::to_string(st.previous.version);
            s.previous.error = st.previous.error;
        }
        s.accepted_version = st.accepted;
        s.last_sync_time = local_time(st.last_sync_time);
        s.last_sync_source = st.last_sync_source;
        s.last_sync_status = st.last_sync_status;
        s.last_sync_message = st.last_sync_message;
    }
    if (!config_.default_pack.empty() && fs::equivalent(config_.default_pack, shown_file, ec))
        s.pack_source = "staff.source_default";
    s.free_bytes = free_disk_bytes(!state_dir_.empty() ? state_dir_ : fs::path(shown_file).parent_path().string());
    s.clock_now = to_iso(now.date) + " " + to_hhmm(now.minute_of_day);
    s.pack_built = s.shown.build_time;
}

void StaffDesk::scan_usb(StaffModel& s) {
    s.usb_packs.clear();
    for (const UsbChannel& c : find_usb_channels(config_.usb_roots))
        s.usb_packs.push_back({c.dir, c.pack_id, c.version, c.published, c.size, c.problem});
    s.usb_sticks = find_usb_sticks(config_.usb_roots);
}

void StaffDesk::start_install(StaffModel& s, size_t index, std::function<void()> wake) {
    if (worker_busy_ || index >= s.usb_packs.size()) return;
    if (state_dir_.empty()) {
        s.result = "no pack directory: set [sync] state in kiosk.toml";
        s.result_ok = false;
        return;
    }
    install::InstallOptions o;
    for (const std::string& file : config_.trusted_keys) {
        PublicKey k;
        std::string error;
        if (load_public_key(file, k, error)) o.trusted.push_back(k);
        else std::fprintf(stderr, "kiosk: trusted key %s: %s\n", file.c_str(), error.c_str());
    }
    if (o.trusted.empty()) {
        s.result = "no trusted public key: set [sync] trusted_keys in kiosk.toml";
        s.result_ok = false;
        return;
    }
    o.state_dir = state_dir_;
    o.source = s.usb_packs[index].dir;
    o.attempts = 1;  // a local directory either reads or it does not
    auto last_wake = std::make_shared<std::chrono::steady_clock::time_point>();
    o.progress = [this, wake, last_wake](std::uint64_t done, std::uint64_t total) {
        {
            std::lock_guard lock(mutex_);
            progress_ = total ? static_cast<double>(done) / static_cast<double>(total) : -1;
        }
        // At most about 20 redraws a second, however often the copy reports.
        const auto t = std::chrono::steady_clock::now();
        if (t - *last_wake > std::chrono::milliseconds(50) || done == total) {
            *last_wake = t;
            wake();
        }
    };
    o.trace = [this, wake](const std::string& line) {
        {
            std::lock_guard lock(mutex_);
            step_ = line.rfind("state: ", 0) == 0 ? line.substr(7) : line;
        }
        wake();
    };
    if (worker_.joinable()) worker_.join();
    {
        std::lock_guard lock(mutex_);
        progress_ = -1;
        step_.clear();
        finished_ = false;
    }
    worker_busy_ = true;
    s.busy = true;
    s.progress = -1;
    s.result.clear();
    worker_ = std::thread([this, o, wake] {
        const install::InstallResult r = install::install_pack(o);
        {
            std::lock_guard lock(mutex_);
            result_ = r.message;
            result_ok_ = r.ok();
            finished_ = true;
        }
        worker_busy_ = false;
        wake();
    });
}

bool StaffDesk::poll(StaffModel& s) {
    std::lock_guard lock(mutex_);
    s.busy = worker_busy_;
    s.progress = progress_;
    s.busy_state = step_;
    if (!finished_) return false;
    finished_ = false;
    s.result = result_;
    s.result_ok = result_ok_;
    return true;
}

void StaffDesk::rollback(StaffModel& s) {
    if (state_dir_.empty() || worker_busy_) return;
    const install::InstallResult r = install::rollback(state_dir_);
    s.result = r.message;
    s.result_ok = r.status == install::InstallStatus::Installed;
}

void StaffDesk::export_stats(StaffModel& s, size_t index, const DateTime& now) {
    if (index >= s.usb_sticks.size()) return;
    if (!stats_) {
        s.result = stats_problem_;
        s.result_ok = false;
        return;
    }
    std::string error;
    const std::string file = stats_->export_csv(s.usb_sticks[index], config_.kiosk_id, now, error);
    s.result_ok = !file.empty();
    s.result = s.result_ok ? file : error;
    if (!s.result_ok) return;
    // Beside the CSV, the fleet report's tree (deploy/FLEET.md): the same day files and
    // heartbeat kiosk-sync uploads, for kiosks without a network.
    const std::vector<DayFile> days = make_day_files(stats_path_, config_.kiosk_id, now, error);
    const std::string heartbeat =
        heartbeat_json(install::make_heartbeat(state_dir_, config_.kiosk_id, KIOSK_VERSION,
                                               static_cast<std::int64_t>(std::time(nullptr)), 0, error));
    if (error.empty() && write_fleet_tree(s.usb_sticks[index] + "/kiosk-stats", config_.kiosk_id, days, heartbeat, error) < 0)
        error = "kiosk-stats: " + error;
    if (!error.empty()) {
        s.result_ok = false;
        s.result = file + "; " + error;
    }
}

void StaffDesk::load_stats(StaffModel& s, const Date& today, const Strings& strings, const std::string& lang) {
    s.sessions_per_day.clear();
    s.top_cards.clear();
    s.top_categories.clear();
    s.languages.clear();
    s.session_lengths.clear();
    s.sessions = 0;
    s.average_seconds = 0;
    s.stats_error = stats_ ? stats_->last_error() : stats_problem_;
    if (!stats_) return;
    const StatsSummary sum = stats_->summary(add_days(today, -13), today, 8);
    char label[16];
    for (const StatsDayCount& d : sum.days) {
        std::snprintf(label, sizeof label, "%02d/%02d", d.day.d, d.day.m);
        s.sessions_per_day.push_back({label, d.sessions});
    }
    for (const StatsCount& c : sum.top_cards) s.top_cards.push_back({c.label.empty() ? c.key : c.label, c.n});
    auto translated = [&](const std::string& prefix, const std::string& key) {
        const std::string k = prefix + key;
        return strings.has(lang, k) ? strings.get(lang, k) : key;
    };
    for (const StatsCount& c : sum.top_categories) s.top_categories.push_back({translated("stats.cat.", c.key), c.n});
    for (const StatsCount& c : sum.languages) s.languages.push_back({translated("lang.name.", c.key), c.n});
    for (const StatsCount& c : sum.session_lengths) s.session_lengths.push_back({c.key, c.n});
    s.sessions = sum.sessions;
    s.average_seconds = sum.sessions ? sum.total_seconds / static_cast<double>(sum.sessions) : 0;
}

}  // namespace kiosk::app
