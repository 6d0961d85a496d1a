// The kiosk application: window, main loop, the model and the one place intents are applied.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "app/model.h"
#include "app/screens.h"
#include "app/script.h"
#include "app/staff_desk.h"
#include "app/textures.h"
#include "app/touch.h"
#include "core/config.h"
#include "core/i18n.h"
#include "core/pack_reader.h"
#include "core/search.h"

struct GLFWwindow;

namespace kiosk::app {

struct Options {
    std::string pack;
    std::string state_dir;    // kiosk-sync's state directory: show <dir>/active, follow updates
    std::string config;       // kiosk.toml; empty = defaults
    std::string assets;
    std::string script;
    std::string screenshot;
    std::string dump_state;
    std::string now;          // ISO local time; empty = the system clock
    std::string lang;         // overrides the config's language when set
    bool exit_after_script = false;
    bool start_home = false;  // begin on the home screen instead of the attract loop
    int windowed_w = 0, windowed_h = 0;  // 0 = fullscreen on the primary monitor
};

class App : public ScriptHost {
public:
    explicit App(Options opt);
    ~App() override;
    // Returns the process exit code.
    int run();

    // ScriptHost
    bool find_target(const std::string& name, Rect& r) const override;
    bool settled() const override;
    void capture_screenshot(const std::string& path) override { screenshot_path_ = path; }
    void capture_state(const std::string& path) override;
    Touch& touch() override { return touch_; }

private:
    bool init_window(std::string& error);
    bool init_fonts(std::string& error);
    void apply(const Intent& intent);
    void refresh_model();
    void frame(double dt);
    void save_screenshot(const std::string& path);
    void update_idle(double now);
    void filter_list();
    bool load_pack_checked(const std::string& path);
    void check_for_new_pack(double now);
    void run_search();
    void reset_visit(double now);
    // Staff mode: the hidden gesture, the intents of its screens, and its own idle exit.
    bool corner_gesture(double now);
    bool apply_staff(const Intent& intent);  // true when the intent was a staff one
    void open_staff_tab(StaffModel::Tab tab);
    void end_visit();  // counts the visit that is ending (statistics)
    void notify_systemd(double now);

    Options opt_;
    Config config_;
    StaffDesk staff_;
    std::vector<double> corner_taps_;  // times of recent taps in the staff corner
    bool visit_open_ = false;          // a visitor session is being counted
    bool quit_ = false;                // staff chose restart or quit
    int quit_code_ = 0;
    // systemd: READY once the first frame is up, then WATCHDOG=1 at half the configured period.
    bool notified_ready_ = false;
    double watchdog_period_ = 0, next_watchdog_ = 0;
    double visit_start_ = 0;  // app clock when the current visitor started
    GLFWwindow* window_ = nullptr;
    Strings strings_;
    std::unique_ptr<Pack> pack_;
    SearchIndex search_;  // built when a pack is loaded
    std::unique_ptr<TextureCache> textures_;
    Touch touch_;
    Ui ui_;
    Model model_;
    ViewState view_;
    Screen back_to_ = Screen::Home;  // where Back from a card goes
    std::string active_file_;        // the pack file shown (symlink resolved)
    std::string pending_file_;       // a newly installed pack waiting for an idle moment
    std::string rejected_file_;      // a pack that failed to open: not retried
    double next_pack_check_ = 0;
    double hold_frames_until_ = 0;   // after a switch: keep the old picture until the new one is ready
    std::string lang_;
    std::optional<DateTime> fixed_now_;
    std::unique_ptr<Script> script_;
    std::string screenshot_path_;
    std::vector<std::pair<std::string, Rect>> last_targets_;
    bool animating_ = false;
    int frames_ = 0;
    // Start-up figures for the benchmark, in ms since the process started (-1 = not yet).
    double first_frame_ms_ = -1, first_settled_ms_ = -1;
    float font_em_ = 0;
};

}  // namespace kiosk::app
