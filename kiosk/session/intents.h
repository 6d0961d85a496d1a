// What can happen to a visitor session: the screens a visitor or staff member can be on, and
// the intents that change them, from a screen (a tap on a tile, a PIN key) or from the app
// (any touch, a new pack switched in). Screens return these; only Session::apply reads them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "core/dates.h"
#include "core/event_dates.h"

namespace kiosk::session {

enum class Screen { Attract, Home, List, Detail, Map, Search, StaffPin, Staff, Route };

// "attract", "staff_pin"...: the names --dump-state writes and the end-to-end tests read.
inline const char* screen_name(Screen s) {
    switch (s) {
        case Screen::Attract: return "attract";
        case Screen::Home: return "home";
        case Screen::List: return "list";
        case Screen::Detail: return "detail";
        case Screen::Map: return "map";
        case Screen::Search: return "search";
        case Screen::StaffPin: return "staff_pin";
        case Screen::Staff: return "staff";
        case Screen::Route: return "route";
    }
    return "?";
}

// The tabs of the staff screen.
enum class StaffTab { Status, Usb, Stats };

// --- From the visitors' screens ---
struct GoHome {};
struct GoBack {};
// `date` is today's date as the screen saw it: the day a window such as "this weekend"
// counts from (the session keeps no calendar of its own).
// `category` (a category id, e.g. "Museum" or "kb:Christmas"): open the list filtered on it,
// as a category chip on a card does; empty (the home tiles) shows the whole kind.
struct OpenList {
    std::string kind;
    std::optional<EventWindow> window = std::nullopt;
    Date date = {};
    std::string category = {};
};
struct OpenItem { std::int64_t id; };
// A route (issue 17): its own screen, with the path and the steps. A route item tapped in a
// list, a search or on the map comes as OpenItem; the app, which knows the item's kind, passes
// it on as OpenRoute. A card's "part of route X" button sends it directly.
struct OpenRoute { std::int64_t id; };
struct SetLanguage { std::string lang; };
struct OpenMap {};
// The card's "see on the map": the map centred on the item, its preview shown; Back returns to the card.
struct ShowOnMap { std::int64_t id; };
struct StartVisit {};  // a touch on the attract loop
struct ToggleOpenNow {};
struct ToggleWheelchair {};               // the list's "wheelchair accessible" filter
struct SetCategory { std::string id; };  // the list's category filter; empty = none
struct SetEventWindow { std::optional<EventWindow> window; Date date; };
struct PickDate { bool open; };  // show or hide the date picker
struct OpenSearch {};
struct SearchText { std::string text; };
// The bottom bar's sheets: the language list and the access modes; None closes either.
enum class Panel { None, Language, Access };
struct ShowPanel { Panel panel; };
// The access modes (issue 14). Large text steps 100% -> 150% -> 200% -> 100%; the others toggle.
enum class AccessMode { LargeText, Contrast, Reach, Speech };
struct ToggleAccess { AccessMode mode; };
// The speaker button: read the card aloud, or stop. The app's speech engine does it; the
// session only lets it through from the visitor's screens.
struct Speak { bool start; };
// The list's order: by distance from the kiosk (where it knows its position) or by name.
struct SetSort { bool by_distance; };

// --- From the staff screens: the PIN pad's keys, then the staff screen's actions ---
struct PinKey { char key; };  // '0'..'9', '<' (erase), '=' (confirm)
struct LeaveStaff {};         // back to the visitors' attract loop (from the pad: to the visitor's screen)
struct OpenStaffTab { StaffTab tab; };
struct StaffRollback {};
struct StaffScanUsb {};
struct StaffInstallUsb { std::size_t index; };   // one of the USB packs the staff model lists
struct StaffExportStats { std::size_t index; };  // one of the USB sticks the staff model lists
struct StaffRestart {};       // quit; systemd starts the kiosk again
struct StaffQuit {};          // quit for good (maintenance at the machine)

// --- From the app: what no screen sees ---
// Any input (press, move, release); `at` is when the input arrived, on the app's clock.
struct Touched { double at; };
// A finger held still for kStaffHoldSeconds on the neutral band at the top of the screen (the
// header's title, which is no control): the way into staff mode. The app times the hold.
struct StaffHold {};
constexpr double kStaffHoldSeconds = 3.0;
// The staff desk checked the PIN typed on the pad and it was right.
struct PinAccepted {};
// An install started or ended on the staff desk's worker.
struct StaffBusy { bool busy; };
// A new pack was switched in (hot reload, or a rollback shown at once).
struct PackLoaded {};
// The clock says a date before the pack was built: no "open now" or date filter is believed.
struct ClockUntrusted {};

using Intent = std::variant<std::monostate, GoHome, GoBack, OpenList, OpenItem, OpenRoute, SetLanguage, OpenMap, ShowOnMap, StartVisit,
                            ToggleOpenNow, ToggleWheelchair, SetCategory, SetEventWindow, PickDate, OpenSearch, SearchText, ShowPanel, ToggleAccess, SetSort, Speak, PinKey, LeaveStaff,
                            OpenStaffTab, StaffRollback, StaffScanUsb, StaffInstallUsb, StaffExportStats, StaffRestart,
                            StaffQuit, Touched, StaffHold, PinAccepted, StaffBusy, PackLoaded, ClockUntrusted>;

}  // namespace kiosk::session
