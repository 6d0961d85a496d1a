// The map's layout, apart from its drawing: where the view is and how it moves (projection,
// pan, zoom, glides), which pins merge into bubbles, where labels go so that none covers
// another, and what a tap selects. No ImGui, GLFW, GL or file reading: the screen measures text
// and draws from these results, the app loads the map data.
//
// Coordinates are screen pixels (y grows downwards) unless a name says "world": world pixels
// are screen pixels minus the projection of (0, 0), so they move with the zoom but not the pan.
#pragma once

#include <cmath>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/map_data.h"

namespace kiosk::session {

struct Point {
    float x = 0, y = 0;
};

struct Box {
    Point min, max;
    float w() const { return max.x - min.x; }
    float h() const { return max.y - min.y; }
    bool contains(Point p) const { return p.x >= min.x && p.x < max.x && p.y >= min.y && p.y < max.y; }
    bool overlaps(const Box& o) const { return min.x < o.max.x && o.min.x < max.x && min.y < o.max.y && o.min.y < max.y; }
    bool within(const Box& outer) const {
        return min.x >= outer.min.x && max.x <= outer.max.x && min.y >= outer.min.y && max.y <= outer.max.y;
    }
};

// ---------------------------------------------------------------------------------------------
// The view: where the map is, where it is going, and its projection on screen.

inline constexpr double kMinZoom = 1, kMaxZoom = 32;  // 1 = the whole region fits the view
// Used when neither the pack (v1-v2 packs, or one without positions) nor the map data gives a
// region: pins still show, over a plain background. Nord-Pas-de-Calais, where v1-v2 packs were.
inline constexpr GeoBox kFallbackRegion{1.45, 4.30, 49.85, 51.15};

// Which base map shows the pack's region: the first of `bases` (most detailed first; null for a
// file that could not be read) whose extent holds the whole of `pack_box`; else the readable one
// that overlaps it most (an edge of the region may lack land, never the pins). Without a pack
// box, the first readable map. -1 when none is readable.
int pick_base_map(const GeoBox* pack_box, const std::vector<const MapData*>& bases);
// What zoom 1 fits and the view pans within: the pack's box, else the base map's own region,
// else kFallbackRegion.
GeoBox map_region(const GeoBox* pack_box, const MapData* base);
bool box_inside(const GeoBox& inner, const GeoBox& outer);
// The zoom the base map's details are chosen for (town ranks, line widths): how far `p` is
// zoomed in relative to the base map's own region fitting `area`. The same as the view's zoom
// when the pack's region is the base map's (the default pack); far more for a department on
// the France map, whose prefectures must show from the first view.
double detail_zoom(const MapData& base, const MapProjection& p, Box area, float margin);

// Sizes in em (the UI's font unit), shared by the layout and the screen that draws it.
inline constexpr float kMarginEm = 1.0f;          // around the region at zoom 1
inline constexpr double kClusterRadiusEm = 2.4;   // pins closer than this on screen share a bubble
inline constexpr float kTargetHalfEm = 1.3f;      // tap targets are 2.6 em squares
inline constexpr float kPinDiscEm = 0.8f;         // what a pin covers, for the labels
inline constexpr float kBubbleDiscEm = 1.3f;      // what a bubble covers

// Pan and zoom of the map, kept while the visitor looks at a card and comes back; reset with
// the rest of the view state for a new visit.
struct MapView {
    double center_lat = 50.55, center_lon = 2.75;  // roughly the middle of Nord-Pas-de-Calais
    double zoom = 1.0;
    bool initialised = false;
    GeoBox region;  // what reset_view started from: another pack's region starts the view anew
    // Where it is going: a glide in zoom and centre (a zoom button, a bubble, recentre), or pan
    // inertia after a fling, in pixels per second.
    bool gliding = false;
    double target_zoom = 1;
    LonLat target;
    float vx = 0, vy = 0;
    // How far, in pixels, the view may show beyond the region's west, east and south edges
    // besides the slack: the legend's and the controls' widths and the legend's height, so a pin
    // at the region's edge can come out from under them. Set by the screen each frame.
    float reach_left = 0, reach_right = 0, reach_bottom = 0;

    bool moving() const { return gliding || vx != 0 || vy != 0; }
};

// The view's start: the region's centre at zoom 1, nothing moving.
void reset_view(MapView& v, const GeoBox& region);
// The projection of v into the screen rectangle `area` (zoom 1 fits `region` inside `margin`).
MapProjection project(const GeoBox& region, const MapView& v, Box area, float margin);
// A finger drags the map by (dx, dy) pixels: what was under the view's centre follows it
// exactly. Stops a glide and any inertia.
void drag(MapView& v, const MapProjection& p, float dx, float dy);
// The finger left the map moving at (vx, vy) px/s: the map coasts on.
void fling(MapView& v, float vx, float vy);
// A finger rests on the map: inertia stops.
void hold(MapView& v);
// Glides to `target` at `zoom` (clamped to the zoom limits).
void glide_to(MapView& v, LonLat target, double zoom);
// One frame of motion: inertia (when `coast`, i.e. no finger holds the map) and the glide,
// then the clamp; the view is shown in `area` (zoom 1 fits `region` inside `margin`). A glide's
// target is clamped too, so a glide towards the edge ends where the clamp lets it.
void advance(MapView& v, const GeoBox& region, Box area, float margin, float dt, bool coast);

// How far beyond the region the visible area may reach, as a share of the view's width and
// height on each side: a pin on the edge comes a little away from it, and at most a twentieth
// of the screen shows what lies beyond the region, at every zoom.
inline constexpr double kPanSlack = 0.05;
// The part of the map the view shows: its corners in degrees.
GeoBox visible_box(const GeoBox& region, const MapView& v, Box area, float margin);
// Zoom within the limits, and the centre where the visible area stays within the region grown
// by kPanSlack on each side (and v.reach_left / right / bottom pixels on the west / east / south side); on an axis where the view is wider than that (zoom 1 on a screen
// of another shape than the region), the centre is the region's. Every zoom, both orientations.
void clamp_view(MapView& v, const GeoBox& region, Box area, float margin);

// ---------------------------------------------------------------------------------------------
// Pins and bubbles.

// Anything with an id, a kind and a position can be a pin (the app's Model::Pin, MapPin).
template <class P>
concept PinLike = requires(const P& p) {
    { p.id } -> std::convertible_to<std::int64_t>;
    { p.kind } -> std::convertible_to<const std::string&>;
    { p.lat } -> std::convertible_to<double>;
    { p.lon } -> std::convertible_to<double>;
};

struct MapPin {
    std::int64_t id = 0;
    std::string kind;
    double lat = 0, lon = 0;
};

// A group of pins close enough on screen to be drawn (and tapped) as one bubble.
struct Cluster {
    double wx = 0, wy = 0;        // the members' mean, world pixels
    double spread = 0;            // largest distance of a member from the mean, world pixels
    std::vector<size_t> members;  // indices into the pins, ascending
};

// Greedy grouping on a grid (linear in the pins): a pin joins the nearest group seed within
// `radius` pixels, else seeds a group; then groups whose means ended up closer than `radius`
// merge. Every pin is in exactly one cluster (a single pin is a cluster of one).
std::vector<Cluster> cluster_pins(const std::vector<LonLat>& pins, const MapProjection& p, double radius);

// ---------------------------------------------------------------------------------------------
// The clusters of each zoom, kept with what the screen draws from them.
//
// Grouping 50,000 pins takes tens of milliseconds, too much for every frame of a zoom. Clusters
// depend on the pins and the zoom, not the pan, so each zoom's are kept until the pins change
// (their generation). At rest the view shows the clusters of its exact zoom, as computed by
// cluster_pins. While the zoom glides, it shows those of the nearest zoom level (a power of two)
// or of a nearer zoom already kept, scaled to the frame; a zoom not yet kept is grouped a slice
// per frame (the glide's target first, where the view comes to rest, then the level), and until
// it is done the frame shows the nearest zoom kept.
class Grouping;

// Part of a bubble's rim: a colour and how many of its members are drawn in it.
struct Arc {
    std::uint32_t colour = 0;
    std::uint32_t count = 0;
};

// The clusters at one zoom, and each one's rim, so no frame scans a bubble's members.
struct ClusterSet {
    double scale = 0;  // pixels per degree of latitude they were grouped at
    std::vector<Cluster> clusters;
    // Cluster i's arcs are arcs[arc_begin[i]] up to arcs[arc_begin[i + 1]]: its members' colours
    // in the order they first appear, kinds sharing a colour in one arc.
    std::vector<Arc> arcs;
    std::vector<std::uint32_t> arc_begin;
};

class ClusterCache {
public:
    ClusterCache();
    ~ClusterCache();
    ClusterCache(ClusterCache&&) noexcept;
    ClusterCache& operator=(ClusterCache&&) noexcept;

    // The colour a kind's pins are drawn in: the screen's, opaque here.
    using Colour = std::function<std::uint32_t(const std::string& kind)>;

    // Takes in the pins when their generation (bumped wherever the pins are refilled) or their
    // count changed: positions, kinds, colours, the legend and the index by id; the clusters of
    // the old pins are dropped. Nothing to do otherwise: no frame reads every pin.
    template <PinLike P>
    void update(const std::vector<P>& pins, std::uint64_t generation, const Colour& colour) {
        if (filled_ && generation == generation_ && pins.size() == pos_->size()) return;
        std::vector<std::string> kinds;
        kinds.reserve(pins.size());
        std::vector<std::int64_t> ids;
        ids.reserve(pins.size());
        std::vector<LonLat> pos;
        pos.reserve(pins.size());
        for (const P& p : pins) {
            ids.push_back(p.id);
            kinds.push_back(p.kind);
            pos.push_back({p.lon, p.lat});
        }
        reset(generation, std::move(ids), kinds, std::move(pos), colour);
    }

    // The clusters for a frame of view v in `area`, grouped within `radius` pixels: at its exact
    // zoom unless the zoom is gliding. Their world pixels times `scale_to(set, ...)` are this
    // frame's. With fewer than async_pins() pins a gliding frame spends at most about
    // budget_ms() grouping, unless nothing at all is kept yet (new pins during a glide); with
    // more, the zooms a glide needs are grouped on a worker thread and none on this one.
    const ClusterSet& for_view(const GeoBox& region, const MapView& v, Box area, float margin, double radius);
    // The clusters at v's exact zoom, grouped now if need be.
    const ClusterSet& at_rest(const GeoBox& region, const MapView& v, Box area, float margin, double radius);
    // The clusters at v's exact zoom if they are kept, else nullptr: nothing is grouped.
    const ClusterSet* kept_at(const GeoBox& region, const MapView& v, Box area, float margin, double radius);

    // The kinds that have pins, in kKinds order (the home screen's): the legend's rows.
    const std::vector<std::string>& legend() const { return legend_; }
    // The colour pin i is drawn in.
    std::uint32_t pin_colour(size_t i) const { return kind_colour_[pin_kind_[i]]; }
    // The index of the pin with this id, or -1.
    std::ptrdiff_t find(std::int64_t id) const;
    // How many times the pins were grouped since the cache was made (tests, benchmarks).
    size_t groupings() const { return groupings_; }
    double budget_ms() const { return budget_ms_; }
    void set_budget_ms(double ms) { budget_ms_ = ms; }
    std::uint64_t generation() const { return generation_; }
    // At least async_pins() pins (0 = never; the tests' and benchmark's synchronous path):
    // - new pins with no zoom kept yet: the first zoom asked for is grouped on a worker thread
    //   (20 ms at zoom 1, 80 ms up close at 50,000 pins, which the tap that opens the map would
    //   otherwise wait for); until it is done the clusters given are empty, no pins drawn;
    // - the zooms a glide heads for, and a view at rest on a zoom not kept, are grouped on a
    //   worker thread too, one at a time, the nearest kept zoom shown scaled meanwhile.
    // pending() is true meanwhile: the screen asks for frames and draws no conclusion from
    // what for_view gives (kept_at tells when the exact zoom is there).
    bool pending();
    size_t async_pins() const { return async_pins_; }
    void set_async_pins(size_t n) { async_pins_ = n; }

private:
    void reset(std::uint64_t generation, std::vector<std::int64_t> ids, const std::vector<std::string>& kinds,
               std::vector<LonLat> pos, const Colour& colour);
    void check_radius(double radius);
    const ClusterSet& get(const MapProjection& p);  // grouped now if not kept
    ClusterSet* kept(double scale);
    const ClusterSet& keep(double scale, std::vector<Cluster> clusters);
    void touch(const ClusterSet* set);  // most recently used: the last to be dropped

    struct Async;  // a grouping on a worker thread (map_layout.cpp)
    const ClusterSet* from_worker(const MapProjection& p);
    bool take_worker();
    void start_worker(const MapProjection& p);  // groups p's zoom on a new thread (async_)
    bool many_pins() const { return async_pins_ != 0 && pos_->size() >= async_pins_; }  // worth a thread

    bool filled_ = false;
    std::uint64_t generation_ = 0;
    // Shared with a worker grouping them, which may outlive these pins (a new pack mid-way).
    std::shared_ptr<const std::vector<LonLat>> pos_ = std::make_shared<const std::vector<LonLat>>();
    std::vector<std::uint16_t> pin_kind_;   // index into kind_colour_
    std::vector<std::uint32_t> kind_colour_;  // per distinct kind
    std::vector<std::string> legend_;
    std::unordered_map<std::int64_t, size_t> by_id_;
    double radius_ = 0;
    // The kept zooms, most recently used last; a few, as each holds a cluster per pin up close.
    std::vector<std::unique_ptr<ClusterSet>> sets_;
    std::unique_ptr<Grouping> pending_;  // a zoom being grouped a slice per frame
    double budget_ms_ = 2;  // per gliding frame, below async_pins_ pins
    size_t groupings_ = 0;
    std::shared_ptr<Async> async_;  // the worker's grouping, while it runs or until taken
    size_t async_pins_ = 5000;
    bool resting_ = false;  // the last for_view was at rest on a zoom still being grouped
    ClusterSet empty_;  // what is shown while the worker groups
};

// What a set's world pixels are multiplied by to be the frame's (1 at rest).
inline double scale_to(const ClusterSet& s, const MapProjection& p) { return p.pixels_per_degree_lat() / s.scale; }

// One thing to draw and tap: a pin, or a bubble standing for several.
struct Marker {
    Point pos;
    int cluster = -1;  // index into the clusters for a bubble; -1 for a single pin
    size_t pin = 0;    // index into the pins for a single pin
    Point anchor;      // the pins' true spot when fanned out around it
    bool fanned = false;
};

// Where a round thing (pin, bubble, "you are here") lies, for the labels to keep off it.
struct Disc {
    Point c;
    float r = 0;
};

// ---------------------------------------------------------------------------------------------
// Labels.

// The type a label is set in: the screen maps each to a font and size, and measures text in it.
enum class LabelStyle { Town1, Town2, TownSmall, Sea, Country };

struct LabelText {
    std::function<Point(LabelStyle, const std::string& text)> measure;  // width and height in pixels
    std::function<std::string(const std::string& key)> translate;       // for seas and countries
    std::function<std::string(const MapTown& town)> town_name;          // in the visitor's language; unset: as on the map
};

struct PlacedLabel {
    LabelStyle style = LabelStyle::Town1;
    std::string text;
    Point at;             // top left of the text
    Box box;              // what it covers: the text, and the town's dot when it has one
    bool dot = false;     // draw the town's dot at `dot_at` (no dot when a bubble stands on the town)
    Point dot_at;
};

// ---------------------------------------------------------------------------------------------
// The whole frame.

struct LayoutInput {
    Box area;                      // the map's part of the screen
    float em = 32;                 // the UI's font unit, pixels
    std::vector<Box> covers;       // controls and legend drawn over the map: taps there are theirs
    std::vector<Box> keep_clear;   // other things labels must not cover (the data's credit)
    LonLat here;                   // "you are here"
    bool show_here = true;         // false when the kiosk stands far from the region (near_region)
    Point here_label_size;         // its label's size (text and padding)
};

struct MapLayout {
    Box area;
    std::vector<Box> covers;
    float em = 32;
    double cluster_radius = 0;
    std::vector<Marker> markers;  // drawn in this order
    bool here_visible = false;
    Point here;
    Box here_label;
    std::vector<PlacedLabel> labels;  // in priority order: towns by rank, then seas and countries
};

// Lays out one frame: markers for the clusters (single pins, bubbles, and at the closest zoom
// the members of a shared spot fanned out on a ring), the "you are here" label where it covers
// the fewest markers, then town and area labels where they touch nothing already placed.
// `base` may be null (no map data: no labels). The clusters' world pixels times `cluster_scale`
// are p's (another zoom's clusters during a glide, see ClusterCache).
MapLayout layout_map(const LayoutInput& in, const std::vector<Cluster>& clusters, const MapProjection& p, double zoom,
                     const MapData* base, const LabelText& text, double cluster_scale = 1);

// Town and area labels alone: placed in priority order, each at the first of its candidate spots
// that stays inside `view` and overlaps nothing in `taken` (which grows with each label placed);
// a label without such a spot is left out. Towns whose rank the zoom does not show yet are skipped.
std::vector<PlacedLabel> place_labels(const MapData& base, const MapProjection& p, Box view, double zoom, float em,
                                      std::vector<Box> taken, const std::vector<Disc>& discs, const LabelText& text);

// The spot for the "you are here" label of `size` around `here`: above, below, right or left,
// the first that stays in `view` and covers the fewest discs.
Box place_here_label(Point here, Point size, float em, Box view, const std::vector<Disc>& discs);

// Whether a touch at q is for the map (inside it, not on a control or the legend).
bool reaches_map(const MapLayout& l, Point q);
// The marker a touch at q selects: the nearest whose target square holds q; -1 for none.
int hit_test(const MapLayout& l, Point q);

// What a tap does: opens a pin, or zooms into a bubble until its members stand apart (at least
// one step, at most the closest zoom, where pins sharing a spot fan out).
struct TapResult {
    enum class What { Nothing, OpenPin, Zoom };
    What what = What::Nothing;
    size_t pin = 0;  // index into the pins for OpenPin
};
TapResult tap_map(MapView& v, const MapProjection& p, const MapLayout& l, const std::vector<Cluster>& clusters, Point q,
                  double cluster_scale = 1);

// ---------------------------------------------------------------------------------------------
// The preview card a tap on a pin or bubble shows before the card itself.

// Where a preview of `want` (width and height in pixels) goes for the tapped marker at `pin`
// (a disc of radius `pin_r`): below, above, right or left of it, never over it, inside `area`
// less `pad`, and off the `covers` (zoom buttons, legend) where a side allows it. A side with
// less room than `want` gives a smaller box (the screen wraps or scrolls what it holds); the
// side that shows the most of it, less what it hides of the covers, wins (the earlier on ties). Never narrower than `min_w` nor
// lower than `min_h` unless no side has that much room.
Box place_preview(Box area, Point pin, float pin_r, Point want, float pad, const std::vector<Box>& covers,
                  float min_w, float min_h);

}  // namespace kiosk::session
