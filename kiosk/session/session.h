// The visitor session as a state machine with no window in it: which screen is shown and where
// Back goes, the language, the list and its filters, the search text, the idle countdown and
// the reset to the attract loop, and the way into and out of staff mode. It changes only
// through apply() and tick(), and says what the app must do (statistics, content refreshes,
// staff desk calls, quitting) in the Effects they return; it never calls anything itself.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/dates.h"
#include "core/event_dates.h"
#include "session/intents.h"

namespace kiosk::session {

// The kiosk's settings the session needs (from kiosk.toml and the command line).
struct Settings {
    double idle_seconds = 60;       // without a touch, then the countdown starts
    double countdown_seconds = 10;  // visible countdown before everything is reset
    std::string language = "fr";        // what a new visitor finds (--lang, else the config's)
    std::string staff_language = "fr";  // the kiosk's own language (the config's), spoken by staff screens
    bool staff_enabled = false;         // a PIN hash is configured: the staff hold may open the pad
    // A card is read, not waited on: on the detail screen the countdown starts only after this
    // long without a touch (never sooner than idle_seconds).
    double detail_idle_seconds = 120;
    // Staff read longer than visitors and forget to leave; they are sent back to the attract
    // loop after this long without a touch, so the next visitor never finds staff mode open.
    double staff_idle_seconds() const { return idle_seconds * 3 > 120 ? idle_seconds * 3 : 120; }
};

// Everything a screen may read about the session. Times are on the app's clock, in seconds.
// The visitor's access modes (issue 14), chosen on the access sheet and dropped at the end of
// the visit: the next visitor finds the kiosk as it was.
struct AccessModes {
    int text_percent = 100;  // 100, 150 or 200: every size on screen follows the font unit
    bool contrast = false;   // the high-contrast palette (7:1 or more for all text)
    bool reach = false;      // every control within the reach band (the app computes it)
    bool speech = false;     // the speaker button reads the card aloud
    bool operator==(const AccessModes&) const = default;
};

struct State {
    Screen screen = Screen::Attract;
    Screen back_to = Screen::Home;  // where Back from a card goes: the screen it was opened from
    std::string lang;               // the language shown
    // The list: which kind, and its filters.
    std::string kind;               // site, belfry, event; empty before any list was opened
    bool open_now_only = false;     // the "open now" filter on sites and belfries
    bool wheelchair_only = false;   // only items whose export states wheelchair access (any kind)
    std::string category;           // only items of this category (id); empty = all
    std::optional<EventWindow> event_window;  // events: today / weekend / 7 days / a date; none = all
    Date event_date;                // the picked date for EventWindow::OnDate
    bool picking_date = false;      // the date picker is open
    std::string search_text;        // what the visitor typed
    bool sort_by_distance = true;   // lists nearest first (when the kiosk knows where it is), else by name
    Panel panel = Panel::None;      // a sheet of the bottom bar shown over the screen
    AccessModes access;
    std::int64_t item_id = 0;       // the card open on the Detail screen
    // The map opened from a card (ShowOnMap): Back from the map returns to that card, whose own
    // Back then goes where it went before. 0 when the map was opened from home.
    std::int64_t map_from_item = 0;
    Screen map_from_back_to = Screen::Home;
    // The route on the Route screen, and where its Back goes: the screen it was opened from,
    // and when that was a card (its "part of route" button), that card and the card's own Back.
    std::int64_t route_id = 0;
    Screen route_back_to = Screen::Home;
    std::int64_t route_from_item = 0;
    Screen route_from_back_to = Screen::Home;
    // Idle.
    double now = 0;                 // the last tick
    double last_input = -1;         // the last touch of any kind (-1: none yet)
    double attract_since = 0;       // when the attract loop (re)started
    double countdown_left = -1;     // seconds before the reset, or -1 while nobody is idle
    // The visit being counted for the statistics.
    bool visit_open = false;
    double visit_start = 0;         // when the visitor (or staff member) came
    // Staff mode.
    StaffTab staff_tab = StaffTab::Status;
    Screen pin_return = Screen::Attract;  // where cancelling the PIN pad goes back to
    bool install_busy = false;      // an install runs: staff mode may not be left
};

// What the app reports or carries out, in the order it happened.
// Statistics (only while a visit is counted, except VisitStarted which opens one):
struct VisitStarted { std::string lang; };
struct VisitEnded { double seconds; };  // from the visitor's arrival to their last touch
struct CategoryOpened { std::string name; };  // a kind, "map", "open-now", "search", "date-today"...
struct LanguageUsed { std::string lang; };
struct ItemOpened { std::int64_t id; };
// Staff desk: open (clear) the PIN pad; the gesture came but staff mode is off (tell the
// journal); and the staff screens' requests, passed on as they came.
struct PinPadOpened {};
struct StaffGestureRefused {};
using Event = std::variant<VisitStarted, VisitEnded, CategoryOpened, LanguageUsed, ItemOpened, PinPadOpened,
                           StaffGestureRefused, PinKey, StaffRollback, StaffScanUsb, StaffInstallUsb, StaffExportStats>;

// Which of the app's scroll positions (and the card's picture gallery) start afresh.
struct ViewResets {
    bool all = false;  // a new visitor: every view, the map's pan and zoom included
    bool list = false, search = false, card = false, staff = false, route = false;
};

struct Effects {
    std::vector<Event> events;
    bool refresh_content = false;  // screen, list, filters, card or language changed: query the pack again
    bool refresh_search = false;   // only the search text changed: run the search again
    ViewResets reset;
    std::optional<StaffTab> load_staff_tab;  // fill this staff tab (status, USB scan, statistics)
    std::int64_t focus_map = 0;    // centre the map on this item and show its preview (ShowOnMap)
    // This frame's tap or drag was used up (it only cancelled the countdown, or it ended the
    // staff hold): the screens must not see it.
    bool swallow_touch = false;
    std::optional<int> quit;       // staff chose restart (0) or quit for good (75)
    double wake_at = 0;            // from tick: when the next idle step is due (0: nothing due)
};

class Session {
public:
    explicit Session(Settings settings, Screen first = Screen::Attract);

    // Called by the app at the start of each frame with its clock: the idle countdown, the
    // reset to the attract loop, the staff idle exit. Intents applied later use this time.
    Effects tick(double now);
    Effects apply(const Intent& intent);

    const State& state() const { return s_; }
    const Settings& settings() const { return settings_; }
    bool in_staff() const { return s_.screen == Screen::StaffPin || s_.screen == Screen::Staff; }
    // How long without a touch before the countdown, on the screen shown now.
    double idle_limit() const;
    // A newly installed pack may be switched in now: nobody is in the middle of something
    // (attract loop, staff screen, or the home screen 5 s after the last touch).
    bool quiet_for_pack_switch() const;

private:
    // One function per transition of the diagram in session.cpp.
    void start_visit(Effects& fx);
    void open_list(const OpenList& o, Effects& fx);
    void open_item(std::int64_t id, Effects& fx);
    void open_route(std::int64_t id, Effects& fx);
    void go_back();
    void count_down(double idle);
    void cancel_countdown(double at, Effects& fx);
    void open_pin_pad(Effects& fx);
    void enter_staff(Effects& fx);
    void reset_visit(Effects& fx);
    void end_visit(Effects& fx);
    void quit(int code, Effects& fx);
    void staff_hold(Effects& fx);
    void cancel_pin_pad(Effects& fx);
    void toggle_access(AccessMode mode, Effects& fx);
    void visitor_intent(const Intent& intent, Effects& fx);
    void staff_intent(const Intent& intent, Effects& fx);
    double last_touch() const;  // the visitor's arrival or last touch, whichever is later

    Settings settings_;
    State s_;
};

}  // namespace kiosk::session
