// What the screens read (the model) and what they return (intents). Screens never query the
// pack: the app fills the model when an intent changes what is shown.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "core/dates.h"
#include "core/pack_reader.h"
#include "core/qr.h"
#include "core/event_dates.h"
#include "core/hours.h"

#include <optional>

namespace kiosk::app {

enum class Screen { Attract, Home, List, Detail, Map, Search, StaffPin, Staff };
const char* screen_name(Screen s);

// What the staff screens show. Filled by the app (StaffDesk) when staff mode opens or an
// action finishes; the staff screens only read it.
struct StaffModel {
    enum class Tab { Status, Usb, Stats };
    Tab tab = Tab::Status;
    // PIN pad
    std::string pin_entry;          // digits typed so far (shown as dots)
    std::string pin_message;        // key of the last refusal, for the pad's message line
    int pin_tries_left = 5;
    std::int64_t locked_until = 0;  // seconds since 1970; 0 = not locked
    // Status
    struct PackLine {
        bool present = false;
        std::string pack_id, version, build_time, export_date, region, file, error;
        std::map<std::string, int> counts;  // items per kind
    };
    PackLine shown, previous;        // the pack on screen; the one kept for rollback
    std::string pack_source;         // "installed (state dir)", "built-in default pack", a file
    std::string last_sync_time, last_sync_source, last_sync_status, last_sync_message;
    std::int64_t free_bytes = -1;    // on the pack directory's file system; -1 = unknown
    std::int64_t accepted_version = 0;
    std::string clock_now, pack_built;  // for the clock check line
    std::vector<std::string> config_errors;  // kiosk.toml problems (defaults used instead)
    std::string kiosk_id, kiosk_name;
    // USB
    struct UsbPack {
        std::string dir;              // the channel directory on the stick
        std::string pack_id;
        std::int64_t version = 0;
        std::string published;        // as the (not yet verified) manifest says
        std::int64_t size = 0;
        std::string problem;          // why it cannot be offered (unreadable manifest...)
    };
    std::vector<UsbPack> usb_packs;
    std::vector<std::string> usb_sticks;  // writable places to export statistics to
    bool busy = false;                    // an install is running
    double progress = -1;                 // 0..1 of the current transfer, -1 = not started
    std::string busy_state;               // the installer's current step
    // Outcome of the last action (install, rollback, export), one line, and whether it worked.
    std::string result;
    bool result_ok = true;
    // Statistics of the last 14 days (filled when the tab opens).
    struct Bar { std::string label; std::int64_t n = 0; };
    std::vector<Bar> sessions_per_day;    // oldest first; label = "DD/MM"
    std::vector<Bar> top_cards, top_categories, languages, session_lengths;
    std::int64_t sessions = 0;
    double average_seconds = 0;
    std::string stats_error;
};

struct Model {
    Screen screen = Screen::Attract;
    std::vector<std::string> languages{"fr", "en", "nl", "de"};  // offered on the switch, in order
    StaffModel staff;
    std::string kind;               // the list being shown (site, belfry, event)
    std::vector<Card> cards;        // the list's cards, in display order (after filters)
    std::map<std::int64_t, OpenStatus> open;  // sites and belfries: open or closed now, by item
    bool open_now_only = false;     // the "open now" filter on sites and belfries
    std::optional<EventWindow> event_window;  // events: today / weekend / 7 days / a date; none = all
    Date event_date;                // the picked date for EventWindow::OnDate
    bool picking_date = false;      // the date picker is open
    std::string search_text;        // what the visitor typed
    std::vector<Card> search_results;
    ItemDetail detail;              // the open item
    QrMatrix detail_qr;             // its "take it with you" code (size 0 = none)
    std::string detail_link;        // what the code holds
    double detail_distance_m = -1;  // from the kiosk, or -1 when either position is unknown
    DateTime now;                   // the kiosk's clock (overridable with --now)
    std::string region;             // from the pack's metadata
    std::map<std::string, int> counts;             // items per kind (events: upcoming only)
    std::map<std::string, std::int64_t> tile_media;  // a picture per kind for the home tiles
    std::string error;              // a friendly message when no pack could be opened
    // False when the clock says a date before the pack was built: the clock is wrong, so no
    // "open now" or "today" claim is made (DESIGN.md: clock guard).
    bool clock_trusted = true;

    // Map: every item with a position, and where the kiosk stands (from its config).
    struct Pin {
        std::int64_t id;
        std::string kind;
        double lat, lon;
    };
    std::vector<Pin> pins;
    double here_lat = 50.4302, here_lon = 2.8032;  // default: the Louvre-Lens hall
    std::string here_name;

    // Attract loop: a few highlights with their pictures, and the visitor's idle state.
    struct Slide {
        std::int64_t item_id, media_id;
        std::string kind;
        Text title;
        std::string town;
    };
    std::vector<Slide> slides;
    double slide_seconds = 7;
    double attract_since = 0;      // app clock when the loop (re)started
    double countdown_left = -1;    // seconds before the reset, or -1 while the visitor is active
};

struct GoHome {};
struct GoBack {};
struct OpenList { std::string kind; std::optional<EventWindow> window = std::nullopt; };
struct OpenItem { std::int64_t id; };
struct SetLanguage { std::string lang; };
struct OpenMap {};
struct StartVisit {};  // a touch on the attract loop
struct ToggleOpenNow {};
struct SetEventWindow { std::optional<EventWindow> window; Date date; };
struct PickDate { bool open; };  // show or hide the date picker
struct OpenSearch {};
struct SearchText { std::string text; };
// Staff mode. The PIN pad's keys, then the staff screens' actions.
struct PinKey { char key; };  // '0'..'9', '<' (erase), '=' (confirm)
struct LeaveStaff {};         // back to the visitors' attract loop
struct StaffTab { StaffModel::Tab tab; };
struct StaffRollback {};
struct StaffScanUsb {};
struct StaffInstallUsb { size_t index; };  // one of staff.usb_packs
struct StaffExportStats { size_t index; };  // one of staff.usb_sticks
struct StaffRestart {};       // quit; systemd starts the kiosk again
struct StaffQuit {};          // quit for good (maintenance at the machine)
using Intent = std::variant<std::monostate, GoHome, GoBack, OpenList, OpenItem, SetLanguage, OpenMap, StartVisit,
                            ToggleOpenNow, SetEventWindow, PickDate, OpenSearch, SearchText, PinKey, LeaveStaff,
                            StaffTab, StaffRollback, StaffScanUsb, StaffInstallUsb, StaffExportStats, StaffRestart,
                            StaffQuit>;


}  // namespace kiosk::app
