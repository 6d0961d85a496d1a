// The kiosk application: window, main loop, the model, and the one place intents are applied
// (through the visitor session, kiosk/session, which says what to refresh and report).
#pragma once

#include <functional>
#include <map>
#include <future>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "app/cjk_font.h"
#include "app/model.h"
#include "app/screens.h"
#include "app/script.h"
#include "app/slide_show.h"
#include "app/staff_desk.h"
#include "app/textures.h"
#include "app/touch.h"
#include "core/catalog.h"
#include "core/config.h"
#include "core/content_loader.h"
#include "core/glyph_set.h"
#include "core/i18n.h"
#include "core/map_data.h"
#include "core/perf_stats.h"
#include "core/pack_reader.h"
#include "core/problem_log.h"
#include "core/search.h"
#include "session/session.h"
#include "speech/speaker.h"

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
    bool map_layer = true;    // the map's base drawn once off screen (screen_map.cpp); false: every frame
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
    void reset_perf() override;

private:
    bool init_window(std::string& error);
    bool init_fonts(std::string& error);
    // Loads the fonts at `percent` of the font unit (the large-text mode) into a new atlas.
    bool build_fonts(int percent);
    void upload_font_atlas();
    // The low-reach band in framebuffer rows for a screen `fh` pixels tall: [top, bottom).
    std::pair<float, float> reach_band(int fw, int fh) const;
    // Every intent goes through the session; carry_out does what its effects ask.
    void apply(const Intent& intent);
    void carry_out(const session::Effects& fx);
    void sync_busy();  // tells the session whether an install runs
    // The one catch point for pack errors: runs `read`; on any exception it logs one line
    // (core/problem_log.h: once a minute at most for the same one), keeps it for the staff
    // status tab, and leaves the failing pack for the last good one (fall_back). False when
    // it threw.
    bool read_pack(const std::function<void()>& read);
    // The pack on screen failed while read: switch to the previous good pack, else the default
    // pack, else show the calm "temporarily unavailable" screen. Never retries a failed file.
    void fall_back();
    // No pack at all: drop every piece of content read from the last one.
    void show_unavailable();
    void note_problem(const std::string& what);
    void refresh_model();
    void read_detail();  // the open card; call through read_pack
    void frame(double dt);
    void save_screenshot(const std::string& path);
    void filter_list();
    void filter_practical();
    void order_list();
    ListingKey listing_key() const;
    bool start_pack(const std::string& path);
    void read_meta();
    bool load_now(const std::string& path);
    void install_content(Content&& c);
    void poll_loader();
    void set_listing(std::shared_ptr<const Listing> listing);
    void check_for_new_pack(double now);
    void run_search();
    // A finger held still on the top band opens the PIN pad (session::StaffHold).
    void staff_hold();
    // Drops a tap that belongs to the screen before this one (a double tap, or a press that
    // came before the new screen was seen).
    void guard_taps();
    // The speaker button: reads the open card aloud (the engine starts on first use), or stops.
    void speak(bool start);
    void open_staff_tab(session::StaffTab tab);
    void notify_systemd(double now);
    // The base map for the pack's region (assets/map/region.txt, else france.txt when the
    // region lies outside it), each file read on first use; null if none can be read. `region`
    // gets what the map's zoom 1 fits (session::map_region).
    const MapData* base_map(GeoBox& region);
    const MapData* load_base_map(size_t i);
    void update_here_near();
    // Bench counters (issue 16): one drawn frame's UI-thread CPU into its series.
    void note_frame_perf(double cpu_ms, Screen screen);

    Options opt_;
    Config config_;
    StaffDesk staff_;
    bool quit_ = false;                // staff chose restart or quit
    int quit_code_ = 0;
    // systemd: READY once the first frame is up, then WATCHDOG=1 at half the configured period.
    bool notified_ready_ = false;
    double watchdog_period_ = 0, next_watchdog_ = 0;
    GLFWwindow* window_ = nullptr;
    Strings strings_;
    std::unique_ptr<Pack> pack_;             // the pack shown: details, pictures, staff status
    std::shared_ptr<const Catalog> catalog_;  // its lists in memory (null until read)
    std::unique_ptr<SearchIndex> search_;     // its search index (null until read)
    std::unique_ptr<ContentLoader> loader_;   // reads packs and listings off the UI thread
    std::string loading_file_;                // asked of the loader and not back yet
    std::optional<Content> pending_content_;  // a new pack read, waiting for a quiet moment
    bool relist_asked_ = false;               // a listing for another language or minute is on its way
    std::unique_ptr<TextureCache> textures_;
    std::unique_ptr<SlideShow> slides_;  // the attract loop's frames
    SlideShow::Key shot_slide_;           // the frame the last screenshot showed (state dumps)
    Touch touch_;
    Ui ui_;
    // The visitor session: screen, language, list, idle countdown, staff mode. Set up in run()
    // once the config is read; model_.session is its copy for the screens.
    session::Session session_{session::Settings{}};
    Model model_;
    ViewState view_;
    std::string active_file_;        // the pack file shown (symlink resolved)
    std::string pending_file_;       // a newly installed pack waiting for an idle moment
    std::string rejected_file_;      // a pack that failed to open: not retried
    std::string previous_good_;      // the pack shown before active_file_, the first fallback
    std::set<std::string> broken_files_;  // packs that failed while shown: never taken again
    bool falling_back_ = false;      // inside fall_back(): a failure there must not recurse
    ProblemLog problems_;            // recent pack problems, for the journal and staff
    double next_pack_check_ = 0;
    double hold_frames_until_ = 0;   // after a switch: keep the old picture until the new one is ready
    std::optional<DateTime> fixed_now_;
    std::unique_ptr<Script> script_;
    std::string screenshot_path_;
    std::vector<std::pair<std::string, Rect>> last_targets_;
    std::vector<std::string> last_clipped_;
    std::vector<std::string> last_markers_;  // the language markers of the last frame drawn
    bool animating_ = false;
    int frames_ = 0;
    // Start-up figures for the benchmark, in ms since the process started (-1 = not yet).
    double first_frame_ms_ = -1, first_settled_ms_ = -1;
    // Content fully loaded (ms since process start: the first pack's lists, map and search are
    // in memory), and the UI thread's wall time spent opening it at start-up (its small query).
    double content_ready_ms_ = -1, ui_load_ms_ = -1;
    // Issue 16's bench counters, in the --dump-state JSON ("perf"); the script's perf_reset
    // zeroes them. An applied intent's CPU waits in tap_cpu_ms_ for the next frame's, and
    // tap_typed_ says it changed the search text.
    PerfStats perf_;
    double tap_cpu_ms_ = -1;
    bool tap_typed_ = false;
    float font_em_ = 0;            // the font unit at 100% text
    int fonts_percent_ = 0;        // the size the atlas was built at
    unsigned font_texture_ = 0;    // the atlas's GL texture (upload_font_atlas)
    DiscSprites discs_;            // filled circles baked into the atlas (build_fonts)
    OffscreenLayer map_layer_;     // the map's land, sea and lines (screen_map.cpp); freed when the visit ends
    std::string regular_font_, bold_font_;
    // The atlas holds only the characters the kiosk can show (core/glyph_set.h): the UI
    // strings of the offered languages, and the shown pack's texts. A pack that brings
    // characters the atlas lacks rebuilds it before the next frame (glyphs_dirty_).
    std::map<std::string, GlyphSet> ui_glyphs_;  // per language, from its UI strings
    GlyphSet language_names_glyphs_, pack_glyphs_, atlas_glyphs_;
    std::string atlas_lang_;  // the visitor's language the atlas was last checked for
    GlyphSet wanted_glyphs() const;
    bool glyphs_dirty_ = false;
    CjkFonts cjk_;                     // mapped at start-up; may be missing (then '?' shows)
    ImVector<ImWchar> main_ranges_, cjk_ranges_;  // the ranges the atlas was built from
    std::vector<char32_t> missing_glyphs_;        // wanted, but in no font (dump-state)
    std::size_t missing_noted_ = 0;               // how many the journal was last told of
    std::size_t font_atlas_bytes_ = 0;
    void note_pack_glyphs(GlyphSet glyphs);
    // Tap guard: what the screen shows (screen, sheet, card) and since when.
    std::string shown_key_;
    double shown_since_ = 0;
    bool hold_fired_ = false;      // the staff hold fired; its release presses nothing
    std::unique_ptr<speech::Speaker> speaker_;  // made when a visitor first asks for speech
    std::set<std::string> speech_unread_logged_;  // languages whose missing voice the journal was told
    float band_top_ = 0, band_bottom_ = 0;  // where the UI is drawn (low reach: the reach band)
    struct BaseMapFile {
        std::future<std::pair<std::unique_ptr<MapData>, std::string>> reading;  // read_base_map_ahead
        std::unique_ptr<MapData> data;
        bool tried = false;
    };
    void read_base_map_ahead(size_t i);
    void poll_base_maps();  // each frame: France's map read ahead when the region needs it
    BaseMapFile base_maps_[2];  // region.txt (detailed), france.txt
};

}  // namespace kiosk::app
