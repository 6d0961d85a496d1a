// The screens: each draws from the model and returns at most one intent per frame.
#pragma once

#include <string>

#include "app/model.h"
#include "app/widgets.h"
#include "session/map_layout.h"

namespace kiosk::app {

// Pan and zoom of the map (kiosk/session/map_layout.h), kept while the visitor looks at a card.
using session::MapView;

// Per-screen view state that outlives a frame but is not part of the model (scroll offsets).
// What the map screen last drew into the off-screen layer (ui.layer): its land, sea and lines
// for one view, shown as a texture until the view changes (screen_map.cpp, draw_base_layer).
struct MapBaseLayer {
    std::uint64_t generation = 0;  // the layer's generation drawn into; another one holds nothing of ours
    const void* base = nullptr;    // the MapData drawn
    float em = 0;
    bool high_contrast = false;
    Rect area;                     // the map's rectangle on screen
    double zoom = 0, lat = 0, lon = 0;  // the view drawn
    ImVec2 origin;                 // the layer's top left on screen, for that view (whole pixels)
    ImVec2 inner_min, inner_max;   // the view's own part of the layer, drawn first (layer pixels)
    int parts = 0;                 // parts drawn: 1 the view, then the four margins around it
    bool make_next = false;        // the layer is to be made on the next frame at rest
};

struct ViewState {
    MapView map;
    MapBaseLayer map_layer;
    session::ClusterCache map_clusters;  // the map's bubbles at the current zoom
    Date picker_month;  // first day of the month the date picker shows
    ScrollState list;
    ScrollState search;
    ScrollState detail;
    ScrollState route;  // the route screen's text and steps
    ScrollState staff;
    ScrollState panel;  // the language or access sheet
    ScrollState home;
    bool list_filters_open = false;  // large text: all the list's chips shown, not two rows
    size_t gallery = 0;        // which of the card's pictures is shown
    float gallery_drag = 0;    // horizontal travel of the current swipe on the picture
    std::vector<std::string> visible_titles;  // what the last frame showed, for --dump-state
    std::vector<std::string> visible_status;  // the date or open/closed line under each of them
    std::vector<std::string> detail_texts;    // headings and paragraphs of the detail screen, in order
    // The map's preview: the items a tap on a pin (one) or a bubble (its members) shows before
    // the card; empty when none is open. Kept while the visitor looks at a card and comes back.
    std::vector<std::int64_t> map_preview;
    ScrollState map_preview_scroll;   // a bubble's list, when longer than the room
    Rect map_preview_rect;            // last frame's: a drag that starts on it is not a pan
    std::int64_t map_focus = 0;       // "see on the map": centre on this item and preview it
    std::int64_t map_focusing = 0;    // ...and the item whose own zoom the map is gliding to
    GeoBox map_visible;               // what the map showed last frame, for --dump-state
    Rect map_area;                    // where it showed it, pixels
    std::string picture_fit;  // the detail picture: "whole", "cover", "" (none or loading)
};

// The bar on top of every visitor screen: the screen's title (and, held for a few seconds, the
// staff entry; app.cpp). Returns the content area, between it and the bottom bar.
Rect draw_header(Ui& ui, const std::string& title);
// The bottom bar (nav_bar.cpp): Home, Back, language, access, and the speaker in speech mode.
// On the attract loop only language and access.
float nav_bar_height(const Ui& ui);
float header_height(const Ui& ui);
Intent draw_nav_bar(Ui& ui, const Model& m, bool attract);
// The language or access sheet, when one is open (m.session.panel).
Intent draw_panel(Ui& ui, const Model& m, ViewState& v, float dt);

Intent draw_attract(Ui& ui, const Model& m, ViewState& v);
// Instead of any visitor screen while no pack can be read (screen_unavailable.cpp).
Intent draw_unavailable(Ui& ui, const Model& m);
// Drawn over any screen while the idle countdown runs.
void draw_idle_overlay(Ui& ui, const Model& m);
Intent draw_home(Ui& ui, const Model& m, ViewState& v, float dt);
Intent draw_list(Ui& ui, const Model& m, ViewState& v, float dt);
Intent draw_detail(Ui& ui, const Model& m, ViewState& v, float dt);
// A month calendar over the events list; returns SetEventWindow or PickDate{false}.
Intent draw_date_picker(Ui& ui, const Model& m, ViewState& v);

// "6,2 Mo", "1.5 GB": sizes for staff, in the units and decimal mark of the language.
std::string format_bytes(std::int64_t bytes, const std::string& lang);
// "Open now, until 18:00", "Opens tomorrow at 10:00"... empty when the data says nothing.
std::string open_line(const Ui& ui, const OpenStatus& s, const DateTime& now, ImU32* colour = nullptr);
// "Today, 14:00 – 18:00", "On now, until 18:00", "Saturday 28 November 2026, from 20:30".
std::string event_line(const Ui& ui, const Occurrence& o, const DateTime& now);
// The next dates of an event card as lists and search results show them ("4 Sept – 5 Sept",
// with the year when it is not today's); empty for a card without dates (not an event).
std::string card_dates(const Ui& ui, const Card& c, const Date& today);
// A card's town in the visitor's language (core/exonyms.h); `at` its position when known.
std::string card_town(const Ui& ui, const std::string& town, const LonLat* at = nullptr);
// One time range of a week table: "10:00 – 18:00", "from 10:00", "24 hours".
std::string time_range_text(const Ui& ui, const TimeRange& r);
// Closer than this, a place is where the kiosk stands: "You are here", not "0,0 km".
constexpr double kHereMetres = 150;
// "1,2 km" (walking false, for cards) or "1,2 km from here · 15 min on foot"; "You are here"
// closer than kHereMetres.
std::string distance_line(const Ui& ui, double metres, bool walking);
// The days of a weekday bit set (1 = Monday ... 64 = Sunday): "Saturday, Sunday".
std::string weekdays_text(const Ui& ui, int weekdays);
// `base` is the region's base map the app loaded once (null when it could not be read: pins
// still show, over a plain background); `region` what zoom 1 fits and panning stays within.
Intent draw_map(Ui& ui, const Model& m, ViewState& v, float dt, const MapData* base, const GeoBox& region);
Intent draw_search(Ui& ui, const Model& m, ViewState& v, float dt);
// A route (issue 17): its path on the base map with numbered steps, its figures, where it
// starts, its steps (each opens its card) and a QR code. `base` as for draw_map.
Intent draw_route(Ui& ui, const Model& m, ViewState& v, float dt, const MapData* base);

// Shared by the map and the route screen (screen_map.cpp): the base map (land, sea, rivers,
// coast, borders) in `view` at `zoom` (line widths), and its town and area labels where they
// cover none of `taken`.
void draw_base_map(Ui& ui, const MapData& md, const MapProjection& proj, Rect view, double zoom);
void draw_base_labels(Ui& ui, const MapData& md, const MapProjection& proj, Rect view, double zoom,
                      const std::vector<session::Box>& taken);
// A scale bar of a round length (1, 2 or 5 times a power of ten metres) at most max_w wide
// with its label, its bar's left end at `at`, in the palette's text colours (over a card).
void draw_scale_bar(Ui& ui, const MapProjection& proj, ImVec2 at, float max_w, float font_size);
// The kiosk's "you are here" dot and halo.
void draw_here_dot(Ui& ui, ImVec2 p);
// A QR code, dark modules on white with its quiet zone, at the top right of r (cards, routes).
void draw_qr(Ui& ui, const QrMatrix& q, Rect r);
// A route's figures as the export gives them: "12,5 km" / "800 m"; "2 h 30 min" (`prefix`
// "route." on screen, "speech.route." in words for the voice); where it starts from the
// kiosk ("" when not claimed); and its facts lines (length, duration, means, difficulty, loop).
std::string route_length_text(const Ui& ui, double metres);
std::string route_duration_text(const Ui& ui, int minutes, const std::string& prefix);
std::string route_start_text(const Ui& ui, const session::RouteStart& s);
std::vector<std::string> route_facts(const Ui& ui, const Route& r, const std::string& duration_prefix = "route.");
// "3,2 km" figures: one decimal below 10 km, whole kilometres past, the visitor's decimal mark.
std::string km_text(const Ui& ui, double metres);

// Staff mode: the PIN pad, then the tabbed staff screen. The USB and statistics tabs draw in
// `area` (under the tabs) and return `intent` or their own.
Intent draw_staff_pin(Ui& ui, const Model& m, ViewState& v);
Intent draw_staff(Ui& ui, const Model& m, ViewState& v, float dt);
Intent draw_staff_usb(Ui& ui, const Model& m, ViewState& v, Rect area, float dt, Intent intent);
Intent draw_staff_stats(Ui& ui, const Model& m, ViewState& v, Rect area, float dt, Intent intent);
// A section title with a rule under it, and a "label: value" line; both return the next y.
float staff_heading(Ui& ui, float x, float y, float w, const std::string& text);
float staff_line(Ui& ui, float x, float y, float w, const std::string& label, const std::string& value, ImU32 col);

}  // namespace kiosk::app
