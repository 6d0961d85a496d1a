// What the screens read (the model). Screens never query the pack: the app fills the model when
// an intent changes what is shown. What they return (intents) and the session's state live in
// kiosk/session: the model holds a copy of that state for the frame being drawn.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "core/catalog.h"
#include "core/dates.h"
#include "core/languages.h"
#include "core/pack_reader.h"
#include "core/qr.h"
#include "core/event_dates.h"
#include "core/hours.h"
#include "core/kinds.h"
#include "core/map_data.h"
#include "session/intents.h"
#include "session/session.h"

#include <optional>

namespace kiosk::app {

// The session's vocabulary, under the names the app and its screens have always used.
using session::Screen;
using session::screen_name;
using session::Intent;
using session::GoHome;
using session::GoBack;
using session::OpenList;
using session::OpenItem;
using session::SetLanguage;
using session::OpenMap;
using session::ShowOnMap;
using session::StartVisit;
using session::ToggleOpenNow;
using session::ToggleWheelchair;
using session::SetCategory;
using session::SetEventWindow;
using session::PickDate;
using session::OpenSearch;
using session::SearchText;
using session::Panel;
using session::ShowPanel;
using session::AccessMode;
using session::ToggleAccess;
using session::SetSort;
using session::Speak;
using session::PinKey;
using session::LeaveStaff;
using session::OpenStaffTab;
using session::StaffRollback;
using session::StaffScanUsb;
using session::StaffInstallUsb;
using session::StaffExportStats;
using session::StaffRestart;
using session::StaffQuit;

// What the staff screens show. Filled by the app (StaffDesk) when staff mode opens or an
// action finishes; the staff screens only read it.
struct StaffModel {
    using Tab = session::StaffTab;  // which tab is open is the session's (Model::session.staff_tab)
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
    // Packs refused or failed while read since the kiosk started (core/problem_log.h), newest
    // first: the reason, how often, and the local time ("14:05") of the last one.
    struct PackProblem {
        std::string what, last;
        std::int64_t count = 0;
    };
    std::vector<PackProblem> pack_problems;
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
    // The screen, language, list and filters, search text, idle countdown...: a copy of the
    // session's state, taken after every change.
    session::State session;
    std::vector<std::string> languages = default_languages();  // offered on the switch, in order (config)
    bool speaking = false;          // the speech engine is reading the card aloud
    bool speech_reads_lang = true;  // the voice can read the visitor's language (not Japanese)
    StaffModel staff;
    // Every kind's cards in the visitor's language at this minute, with places' open status and
    // events' date windows (core/catalog.h); null while the pack is still being read.
    std::shared_ptr<const Listing> listing;
    std::vector<const Card*> cards;  // the list's cards (in `listing`), in display order, after filters
    std::unordered_map<std::int64_t, double> card_distance;  // metres from the kiosk, by listed item with a position (when here_near)
    // The list's practical filters: the wheelchair chip is offered when some item of the kind
    // passes it; category chips are the kind's most common categories (and the one chosen).
    bool wheelchair_filter = false;
    struct ListCategory {
        std::string id;
        Text label;
    };
    std::vector<ListCategory> list_categories;
    std::vector<Card> search_results;
    ItemDetail detail;              // the open item (session.item_id)
    QrMatrix detail_qr;             // its "take it with you" code (size 0 = none)
    std::string detail_link;        // what the code holds
    double detail_distance_m = -1;  // from the kiosk, or -1 when either position is unknown
    std::optional<Occurrence> detail_next;  // an event's next occurrence (empty: none left)
    OpenStatus detail_open;                 // a place's status now (Unknown for events)
    DateTime now;                   // the kiosk's clock (overridable with --now)
    std::string region;             // from the pack's metadata
    std::vector<std::string> kinds;                // the kinds with a home tile, in kKinds order
    // The pack's region (schema.sql, meta bbox and welcome.<lang>): the map opens on the box and
    // pans within it; v1-v2 packs have none (their bbox was the items' raw extent), and the map
    // keeps its base map's own region for them.
    bool has_region_box = false;
    GeoBox region_box;
    std::map<std::string, std::string> welcome;  // language -> the home screen's greeting
    // The kiosk stands within kNearRegionM of the region's box: only then are distances,
    // walking times and "you are here" shown (core/map_data.h, near_region).
    bool here_near = true;
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
    std::uint64_t pins_generation = 0;  // bumped whenever `pins` is refilled: the map's clusters are kept until then
    double here_lat = 50.4302, here_lon = 2.8032;  // default: the Louvre-Lens hall
    std::string here_name;

    // Attract loop: a few highlights with their pictures.
    struct Slide {
        std::int64_t item_id, media_id;
        std::string kind;
        Text title;
        std::string town;
    };
    std::vector<Slide> slides;
    double slide_seconds = 7;

    // A listed item's card (an ended event has none), for the map's preview and search.
    const Card* card_of(std::int64_t id) const { return listing ? listing->find(id) : nullptr; }
    // A place's status now: null when the export gives no hours or the clock is not trusted.
    const OpenStatus* open_of(std::int64_t id) const {
        return listing && clock_trusted ? listing->open_status(id) : nullptr;
    }
};

}  // namespace kiosk::app
