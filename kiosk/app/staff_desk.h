// Staff mode's back office: the PIN guard, the usage-statistics store, USB installs on a
// worker thread, rollback and statistics export. It fills StaffModel for the staff screens
// and never draws; the app calls it when an intent asks for something.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/model.h"
#include "core/config.h"
#include "core/i18n.h"
#include "core/staff_pin.h"
#include "core/stats.h"

namespace kiosk::app {

class StaffDesk {
public:
    StaffDesk() = default;
    ~StaffDesk();
    StaffDesk(const StaffDesk&) = delete;
    StaffDesk& operator=(const StaffDesk&) = delete;

    // Once at start-up. `state_dir` may be empty: a kiosk shown a single pack file can still
    // open staff mode, but has nowhere to install to.
    void configure(const Config& c, const std::string& state_dir, std::vector<std::string> config_errors);
    // No PIN hash configured: the gesture does nothing, nobody gets in.
    bool enabled() const { return !config_.staff_pin_hash.empty(); }
    // Usage statistics; null when no database could be opened (the kiosk runs on without).
    Stats* stats() { return stats_.get(); }

    // Clears the pad and shows any running lockout.
    void open_pad(StaffModel& s, std::int64_t now_s);
    // A key of the PIN pad. True when the PIN was right and staff mode may open.
    bool pin_key(StaffModel& s, char key, std::int64_t now_s);

    // The status tab: the pack on screen, the one kept for rollback, last sync, disk, clock.
    void refresh_status(StaffModel& s, const Pack* shown, const std::string& shown_file, const DateTime& now);
    void scan_usb(StaffModel& s);
    // Verifies and installs the chosen channel's pack on a worker thread; `wake` is called
    // from that thread when there is progress to show.
    void start_install(StaffModel& s, size_t index, std::function<void()> wake);
    // Copies the worker's progress into s. True once, when an install has just finished.
    bool poll(StaffModel& s);
    bool busy() const { return worker_busy_; }
    void rollback(StaffModel& s);
    void export_stats(StaffModel& s, size_t index, const DateTime& now);
    // The statistics tab: the last 14 days up to `today`. Labels of categories and languages
    // are translated with `strings` in `lang`.
    void load_stats(StaffModel& s, const Date& today, const Strings& strings, const std::string& lang);

private:
    Config config_;
    std::string state_dir_;
    std::vector<std::string> config_errors_;
    std::unique_ptr<PinGuard> guard_;
    std::unique_ptr<Stats> stats_;
    std::string stats_path_;
    std::string stats_problem_;

    // Install worker: shared with the thread under mutex_.
    std::thread worker_;
    std::atomic<bool> worker_busy_{false};
    std::mutex mutex_;
    double progress_ = -1;
    std::string step_, result_;
    bool result_ok_ = true, finished_ = false;
};

}  // namespace kiosk::app
