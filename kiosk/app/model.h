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

enum class Screen { Attract, Home, List, Detail, Map, Search };
const char* screen_name(Screen s);

struct Model {
    Screen screen = Screen::Attract;
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
using Intent = std::variant<std::monostate, GoHome, GoBack, OpenList, OpenItem, SetLanguage, OpenMap, StartVisit,
                            ToggleOpenNow, SetEventWindow, PickDate, OpenSearch, SearchText>;

// The languages offered on the switch, in the order shown.
inline const std::vector<std::string>& ui_languages() {
    static const std::vector<std::string> k{"fr", "en", "nl", "de"};
    return k;
}

}  // namespace kiosk::app
